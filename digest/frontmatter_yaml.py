"""Front matter written by digest: the YAML of a few value types, made without PyYAML's
representer, which took a third of the time to render a large site.

Only what pages carry is written: text, whole numbers, dates, None and lists of text.
Text is written plain when it is clearly nothing but text, otherwise quoted, and escaped
where YAML would read a character differently; `yaml.safe_load` gives back every value.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from typing import Any

from frontmatter.default_handlers import YAMLHandler

# Plain text: a letter first, then letters, digits, spaces and punctuation YAML gives no
# meaning to, ending on no space. No ":" or "#", so no mapping or comment can start inside.
_PLAIN = re.compile(r"[^\W\d_](?:[\w .,'’()/&+-]*[\w.)’'])?")
# Words YAML 1.1 reads as true, false or null rather than as text.
_NOT_TEXT = frozenset("y n yes no true false on off null".split())
# Characters a quoted scalar must escape: those YAML will not read as printable (C1
# controls, surrogates, non-characters) and those it reads as line breaks.
_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def yaml_text(text: str) -> str:
    """Return text as a YAML scalar that loads back as the same text."""
    if _PLAIN.fullmatch(text) and text.casefold() not in _NOT_TEXT:
        return text
    if text.isprintable() and not _UNSAFE.search(text):
        return "'" + text.replace("'", "''") + "'"
    quoted = json.dumps(text, ensure_ascii=False)  # JSON's escapes are YAML's too
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", quoted)


def yaml_value(value: object) -> str:
    """Return a scalar (text, int, date, None) as YAML."""
    if value is None:
        return "null"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return yaml_text(value)
    raise TypeError(f"front matter holds text, numbers, dates and lists, not {type(value)}")


def yaml_mapping(meta: Mapping[str, object]) -> str:
    """Return a mapping of scalars and lists of scalars as block YAML, keys in given order."""
    lines = []
    for key, value in meta.items():
        if isinstance(value, list | tuple):
            lines.append(f"{yaml_text(key)}: []" if not value else f"{yaml_text(key)}:")
            lines += [f"- {yaml_value(item)}" for item in value]
        else:
            lines.append(f"{yaml_text(key)}: {yaml_value(value)}")
    return "\n".join(lines)


class DigestYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, exporting with `yaml_mapping`."""

    def export(self, metadata: dict[str, object], **kwargs: Any) -> str:
        return yaml_mapping(metadata)
