"""Slugs: the file and URL names of briefs and topics."""

from __future__ import annotations

import re
import unicodedata

_SLUG_MAX = 60
# Names a slug may not take: Windows device names (a file "con.md" cannot be created or
# checked out there) and "index", which MkDocs reads as the page of the folder itself.
RESERVED = frozenset(
    ["con", "prn", "aux", "nul", "index"]
    + [f"{device}{n}" for device in ("com", "lpt") for n in range(10)]
)


def slugify(text: str, *, max_words: int = 8) -> str:
    """Return a lower-case ASCII slug of a text's first words: safe as a file and URL name.

    Only a-z, 0-9 and inner hyphens survive, so no slug holds a path separator, a dot,
    a look-alike letter or a reserved name; "" when the text has no letters or digits.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:max_words]
    slug = "-".join(words)[:_SLUG_MAX].strip("-")
    return f"{slug}-page" if slug in RESERVED else slug


def topic_slug(name: str) -> str:
    """Return the slug of a topic page; every link to the topic uses the same rule."""
    return slugify(name, max_words=12) or "topic"
