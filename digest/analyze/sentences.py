"""Sentence splitting shared by every analyzer, so they all cut text the same way."""

from __future__ import annotations

from functools import lru_cache

from segtok.segmenter import split_multi


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Return the sentences of one paragraph, whitespace trimmed, empty ones dropped."""
    return tuple(s.strip() for s in split_multi(paragraph) if s.strip())
