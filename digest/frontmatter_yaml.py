"""Front matter written by digest: the YAML of a few value types, made without PyYAML's
representer, which took a third of the time to render a large site.

Only what pages carry is written: text, whole numbers, dates, None and lists of text.
Text is written plain when it is clearly nothing but text, otherwise quoted, and escaped
where YAML would read a character differently; `yaml.safe_load` gives back every value.
`read_mapping` reads such front matter back, about three times faster than PyYAML's C
loader, and declines anything else.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import lru_cache
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
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT = re.compile(r"-?(?:0|[1-9]\d*)")  # what YAML 1.1 reads as a decimal whole number
_UNREAD = object()  # a scalar read_mapping leaves to YAML


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


def read_mapping(text: str) -> dict[str, object] | None:
    """Return the mapping in `text` when it is written as `yaml_mapping` writes, with or
    without a last line break; None for any other text, which is for a YAML parser.

    What it returns is what `yaml.safe_load` reads from the same text.
    """
    meta: dict[str, object] = {}
    items: list[object] | None = None  # the list the lines "- item" go to
    for line in text.removesuffix("\n").split("\n"):
        if line.startswith("- ") and items is not None:
            item = _read_scalar(line[2:])
            if item is _UNREAD:
                return None
            items.append(item)
            continue
        if items == []:
            return None  # "key:" with no item: YAML reads null, this writer writes "key: []"
        key, colon, value = line.partition(":")
        if not colon or _read_scalar(key) != key or key in meta:
            return None
        items = None
        if not value:
            items = []
            meta[key] = items
        elif value == " []":
            meta[key] = []
        elif value.startswith(" ") and (scalar := _read_scalar(value[1:])) is not _UNREAD:
            meta[key] = scalar
        else:
            return None
    return None if items == [] else meta


@lru_cache(maxsize=1 << 14)  # keys, and many values, recur on every page
def _read_scalar(text: str) -> object:
    """Return the value `yaml_value` wrote as `text`, or _UNREAD."""
    if text == "null":
        return None
    if _PLAIN.fullmatch(text):  # a letter first: no number, date or quote
        return text if text.casefold() not in _NOT_TEXT else _UNREAD  # else null, bool
    if _INT.fullmatch(text):
        return int(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return _UNREAD  # YAML would fail on it too, in its own way
    if text.startswith("'") and text.endswith("'") and len(text) > 1:
        inner = text[1:-1]
        value = inner.replace("''", "'")
        quoted_right = "'" not in inner.replace("''", "")
        return (
            value if quoted_right and value.isprintable() and not _UNSAFE.search(value) else _UNREAD
        )
    return _UNREAD  # double quotes (rare: text with unprintable characters) included


class DigestYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler, exporting with `yaml_mapping`."""

    def export(self, metadata: dict[str, object], **kwargs: Any) -> str:
        return yaml_mapping(metadata)
