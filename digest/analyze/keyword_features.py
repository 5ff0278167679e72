"""Keyword candidates: YAKE's ranked phrases found back in the text, with cheap features."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

# The features of the model in models/keywords.json, which bench/learn_keywords.py writes.
FEATURE_NAMES: tuple[str, ...] = (
    "one_word",
    "two_words",
    "log_yake_score",
    "log_rank",
    "log_size_rank",
    "log_count",
    "capitals",
    "all_capitals",
    "first_offset",
    "digits",
    "log_rarest_word_count",
    "log_commonest_word_count",
    "log_best_word_rank",
    "log_worst_word_rank",
    "characters",
    "phrase_log_count",
    "phrase_capitals",
    "phrase_log_best_word_rank",
    "phrase_log_size_rank",
)
_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_UNRANKED = 100  # rank given to a word YAKE did not rank on its own


@dataclass(frozen=True)
class Candidate:
    """A YAKE phrase and where it stands in the text (YAKE: a lower score is better)."""

    phrase: str  # as YAKE gives it, lower case
    surface: str  # its first spelling in the text
    score: float
    rank: int  # 1 for YAKE's best candidate
    size_rank: int  # 1 for YAKE's best candidate of the same number of words
    count: int  # occurrences in the text
    first: float  # offset of the first occurrence, as a share of the text
    cut_name: bool  # every occurrence runs on into a capitalised word: part of a longer name

    @property
    def size(self) -> int:
        """Return the number of words."""
        return len(self.phrase.split())


def find_candidates(text: str, ranked: Sequence[tuple[str, float]]) -> list[Candidate]:
    """Return YAKE's phrases that occur in the text, in YAKE's order, with their spellings."""
    index = _TextIndex(text)
    found: list[Candidate] = []
    sizes: Counter[int] = Counter()
    for rank, (phrase, score) in enumerate(ranked, 1):
        spans = index.spans(phrase)
        if not spans:  # YAKE tokenises differently here; nothing to show the reader
            continue
        size = len(phrase.split())
        sizes[size] += 1
        start, end = spans[0]
        found.append(
            Candidate(
                phrase=phrase,
                surface=" ".join(text[start:end].split()),
                score=score,
                rank=rank,
                size_rank=sizes[size],
                count=len(spans),
                first=start / len(text),
                cut_name=size > 1 and all(_runs_on(text, s) for s in spans),
            )
        )
    return found


class _TextIndex:
    """Where each word of a text occurs, to find phrases without a pattern per phrase."""

    def __init__(self, text: str) -> None:
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group(0).lower() for m in matches]
        self.bounds = [m.span() for m in matches]
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word, []).append(i)

    def spans(self, phrase: str) -> list[tuple[int, int]]:
        """Return the character spans of a phrase's occurrences, punctuation between words."""
        tokens = _TOKEN.findall(phrase.lower())
        if not tokens:
            return []
        n = len(tokens)
        return [
            (self.bounds[i][0], self.bounds[i + n - 1][1])
            for i in self.at.get(tokens[0], ())
            if self.words[i : i + n] == tokens
        ]


def candidate_features(candidates: Sequence[Candidate], text: str) -> list[tuple[float, ...]]:
    """Return one feature row per candidate, in FEATURE_NAMES order."""
    word_counts = Counter(w.lower() for w in _TOKEN.findall(text))
    word_ranks = {c.phrase: c.size_rank for c in candidates if c.size == 1}
    return [_row(c, word_counts, word_ranks) for c in candidates]


def _row(c: Candidate, word_counts: Counter[str], word_ranks: dict[str, int]) -> tuple[float, ...]:
    words = c.surface.split()
    tokens = [w.lower() for w in _TOKEN.findall(c.surface)] or [c.phrase]
    counts = [word_counts.get(t, 1) for t in tokens]
    ranks = [word_ranks.get(w, _UNRANKED) for w in c.phrase.split()]
    capitals = sum(1 for w in words if w[:1].isupper()) / len(words)
    several = float(c.size > 1)
    return (
        float(c.size == 1),
        float(c.size == 2),
        math.log(c.score + 1e-9),
        math.log(c.rank),
        math.log(c.size_rank),
        math.log(c.count + 1),
        capitals,
        float(capitals == 1.0),
        c.first,
        float(bool(_DIGIT.search(c.surface))),
        math.log(min(counts) + 1),
        math.log(max(counts) + 1),
        math.log(min(ranks) + 1),
        math.log(max(ranks) + 1),
        len(c.phrase) / 10,
        several * math.log(c.count + 1),
        several * capitals,
        several * math.log(min(ranks) + 1),
        several * math.log(c.size_rank),
    )


# "Russian President Vladimir" runs on into "Putin": YAKE's three-word limit cut the name.
_NEXT_NAME = re.compile(r"[ \t]+[A-Z]")
# "Foreign Language Film" follows "Best": the name began earlier.
_PREVIOUS_NAME = re.compile(r"(?<![\w'’.\-])([A-Z][\w'’.\-]*)[ \t]+$")
# Words that stand before a name without being part of it: "President Vladimir Putin".
_TITLE_WORDS = frozenset(
    """
    president prime minister mr mrs ms dr sir king queen prince princess pope general
    secretary chancellor governor senator judge director chief leader coach manager
    actress actor star singer captain lord lady saint st rev professor the a an
    """.split()
)


def _runs_on(text: str, span: tuple[int, int]) -> bool:
    """Return True when a capitalised name touches the span on either side: a fragment."""
    start, end = span
    if not text[start : start + 1].isupper():
        return False
    if _NEXT_NAME.match(text, end):
        return True
    before = _PREVIOUS_NAME.search(text, max(0, start - 40), start)
    return before is not None and before.group(1).lower() not in _TITLE_WORDS
