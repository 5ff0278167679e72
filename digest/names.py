"""Slugs: the file and URL names of briefs and topics."""

from __future__ import annotations

import re
import unicodedata

_SLUG_MAX = 60


def slugify(text: str, *, max_words: int = 8) -> str:
    """Return a lower-case ASCII slug of a text's first words: safe as a file and URL name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())[:max_words]
    return "-".join(words)[:_SLUG_MAX].strip("-")


def topic_slug(name: str) -> str:
    """Return the slug of a topic page; every link to the topic uses the same rule."""
    return slugify(name, max_words=12) or "topic"
