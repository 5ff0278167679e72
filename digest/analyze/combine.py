"""Story summaries: one summary drawn across several briefs, each fact told once."""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.analyze.text import STOPWORDS, opens_with_reference
from digest.model import Brief

_SAME_FACT = 0.5  # content-word overlap above which two sentences tell the same fact
_TOKEN = re.compile(r"[a-z0-9]+")


def summarize_story(briefs: Sequence[Brief], *, sentences: int, words: int) -> tuple[str, ...]:
    """Return up to `sentences` summary sentences across briefs, lead brief first, no repeats.

    Sentences are taken round-robin from each brief's own summary (already in document
    order), so every source contributes its first, most important fact before any second one.
    """
    chosen: list[str] = []
    seen: list[set[str]] = []
    total = 0
    for sentence, is_first in _round_robin([b.summary for b in briefs]):
        content = _content_words(sentence)
        n = len(sentence.split())
        if len(chosen) == sentences:
            break
        if total + n > words and chosen:
            continue
        if any(_overlap(content, other) > _SAME_FACT for other in seen):
            continue
        if is_first or not opens_with_reference(sentence):
            chosen.append(sentence)
            seen.append(content)
            total += n
    return tuple(chosen)


def _round_robin(summaries: Sequence[Sequence[str]]) -> list[tuple[str, bool]]:
    """Return (sentence, opens its own summary) in round-robin order across summaries."""
    out: list[tuple[str, bool]] = []
    for depth in range(max((len(s) for s in summaries), default=0)):
        out += [(s[depth], depth == 0) for s in summaries if depth < len(s)]
    return out


def _content_words(sentence: str) -> set[str]:
    return {w for w in _TOKEN.findall(sentence.lower()) if w not in STOPWORDS}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0
