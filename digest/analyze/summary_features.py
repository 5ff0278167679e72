"""Cheap per-sentence features for the learned summary scorer, shared with its trainer.

Each feature is one (name, function) pair of `_FEATURES`, so a value cannot drift from the
name its learned weight is filed under.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from digest.analyze.sentences import outside_quotes
from digest.analyze.text import STOPWORDS, plain_words, stem

_DIGIT = re.compile(r"\d")
_SAID = re.compile(r"\b(?:said|says|told)\b")
_QUOTES = ('"', "“", "”", "‘", "'")
_SHORT_WORDS = 8
# A quantity a reader needs: money, a share, a count in millions or thousands ("674 million
# mobiles", "up 0.6%", "$1.8 billion", "£5.7bn", "5,000 fans"). A bare number (a year, a
# score, an age) is not one.
_QUANTITY = re.compile(
    r"[$£€]\s?\d"
    r"|\d(?:[\d,.]*\d)?\s?(?:%|per ?cent\b|percent\b|(?:m|bn|million|billion|trillion)\b)"
    r"|(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)",
    re.IGNORECASE,
)
# Besides a figure, what a reader looks for right after the lead: the next step and its day
# ("will meet on Monday", "is expected next week"), the decision or ruling ("voted to",
# "was fined") and the other side's answer ("denied", "rejected the offer"). Said outside
# quotation marks: "I will be back" is colour, not a step.
_NEXT_STEP = re.compile(
    r"\b(?:will|expected to|due to|plans? to|set to|next (?:week|month|year)"
    r"|(?:on|by|from|until) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)
_DECISION = re.compile(
    r"\b(?:ruled|decided|approved|agreed|banned|permitted|allowed|voted|ordered|charged"
    r"|sentenced|fined|guilty|verdict)\b"
)
_ANSWER = re.compile(
    r"\b(?:den(?:y|ies|ied)|rejected|insist(?:s|ed)|declined|innocen(?:t|ce)|responded"
    r"|defended|dismissed|disputed|appeal)\b"
)


@dataclass(frozen=True)
class _Document:
    """What the features of one sentence need to know about the whole body."""

    sentences: Sequence[str]
    paragraph_first: Sequence[bool]
    sizes: list[int]  # words per sentence
    means: list[float]  # mean count in the body of each sentence's content stems
    top_mean: float
    frequency_ranks: list[int]  # rank of `means`, 0 for the highest
    repeated: list[float]  # share of each sentence's content stems found elsewhere
    shared_ranks: list[int]  # rank of how often the sentence's words recur in the body

    @property
    def count(self) -> int:
        """Return the number of sentences."""
        return len(self.sentences)


Feature = Callable[[_Document, int], float]

_FEATURES: tuple[tuple[str, Feature], ...] = (
    ("inverse_position", lambda d, i: 1.0 / (i + 1)),
    ("relative_position", lambda d, i: i / d.count),
    ("paragraph_first", lambda d, i: float(d.paragraph_first[i])),
    ("log_words", lambda d, i: math.log(d.sizes[i] + 1)),
    ("short", lambda d, i: float(d.sizes[i] < _SHORT_WORDS)),
    ("mean_frequency", lambda d, i: d.means[i]),
    ("relative_frequency", lambda d, i: d.means[i] / d.top_mean),
    ("frequency_rank", lambda d, i: d.frequency_ranks[i] / d.count),
    ("repeated_share", lambda d, i: d.repeated[i]),
    # Centrality: a sentence whose words the rest of the article keeps using tells its subject.
    ("shared_rank", lambda d, i: d.shared_ranks[i] / d.count),
    ("digits", lambda d, i: float(bool(_DIGIT.search(d.sentences[i])))),
    ("opens_quote", lambda d, i: float(d.sentences[i].startswith(_QUOTES))),
    ("quote", lambda d, i: float(any(q in d.sentences[i] for q in _QUOTES[:3]))),
    ("said", lambda d, i: float(bool(_SAID.search(d.sentences[i])))),
    ("log_sentences", lambda d, i: math.log(d.count)),
    ("capitals", lambda d, i: _capital_share(d.sentences[i])),
)

# The features of the model in models/summary.json, which bench/learn_summary.py writes.
FEATURE_NAMES: tuple[str, ...] = tuple(name for name, _ in _FEATURES)


def sentence_features(
    sentences: Sequence[str], paragraph_first: Sequence[bool]
) -> list[tuple[float, ...]]:
    """Return one feature row per sentence, in FEATURE_NAMES order."""
    document = _document(sentences, paragraph_first)
    return [tuple(f(document, i) for _, f in _FEATURES) for i in range(document.count)]


def carries_fact(sentence: str) -> bool:
    """Return True when a sentence, outside its quotations, gives a figure, the next step,
    a decision or an answer."""
    told = outside_quotes(sentence)
    return any(p.search(told) for p in (_QUANTITY, _NEXT_STEP, _DECISION, _ANSWER))


def _document(sentences: Sequence[str], paragraph_first: Sequence[bool]) -> _Document:
    words = [[w for w in plain_words(s) if w not in STOPWORDS] for s in sentences]
    stems = [[stem(w) for w in row] for row in words]
    counts = Counter(w for row in stems for w in row)
    means = [sum(counts[w] for w in row) / len(row) if row else 0.0 for row in stems]
    word_counts = Counter(w for row in words for w in row)
    # Each distinct word scores the times it recurs elsewhere; words said once score nothing.
    shared = [float(sum(word_counts[w] - 1 for w in set(row))) for row in words]
    return _Document(
        sentences=sentences,
        paragraph_first=paragraph_first,
        sizes=[len(s.split()) for s in sentences],
        means=means,
        top_mean=max(means, default=0.0) or 1.0,
        frequency_ranks=_ranks(means),
        repeated=[sum(1 for w in row if counts[w] > 1) / len(row) if row else 0.0 for row in stems],
        shared_ranks=_ranks(shared),
    )


def _ranks(values: Sequence[float]) -> list[int]:
    """Return each value's rank, 0 for the largest; ties keep document order."""
    order = sorted(range(len(values)), key=lambda i: (-values[i], i))
    ranks = [0] * len(values)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks


def _capital_share(sentence: str) -> float:
    tokens = sentence.split()[1:]
    return sum(1 for t in tokens if t[:1].isupper()) / len(tokens) if tokens else 0.0
