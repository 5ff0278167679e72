"""Cheap per-sentence features for the learned summary scorer, shared with its trainer."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from digest.analyze.text import STOPWORDS, opens_with_reference, plain_words, stem

# The features of the model in models/summary.json, which bench/learn_summary.py writes.
FEATURE_NAMES: tuple[str, ...] = (
    "first",
    "inverse_position",
    "relative_position",
    "paragraph_first",
    "log_words",
    "short",
    "mean_frequency",
    "relative_frequency",
    "frequency_rank",
    "repeated_share",
    "digits",
    "opens_quote",
    "quote",
    "said",
    "opener",
    "log_sentences",
    "capitals",
)
_DIGIT = re.compile(r"\d")
_SAID = re.compile(r"\b(?:said|says|told)\b")
_QUOTES = ('"', "“", "”", "‘", "'")
_SHORT_WORDS = 8


def sentence_features(
    sentences: Sequence[str], paragraph_first: Sequence[bool]
) -> list[tuple[float, ...]]:
    """Return one feature row per sentence, in FEATURE_NAMES order."""
    stems = [[stem(w) for w in plain_words(s) if w not in STOPWORDS] for s in sentences]
    counts = Counter(w for row in stems for w in row)
    means = [sum(counts[w] for w in row) / len(row) if row else 0.0 for row in stems]
    top = max(means, default=0.0) or 1.0
    ranks = _ranks(means)
    n = len(sentences)
    rows: list[tuple[float, ...]] = []
    for i, (sentence, row) in enumerate(zip(sentences, stems, strict=True)):
        size = len(sentence.split())
        rows.append(
            (
                float(i == 0),
                1.0 / (i + 1),
                i / n,
                float(paragraph_first[i]),
                math.log(size + 1),
                float(size < _SHORT_WORDS),
                means[i],
                means[i] / top,
                ranks[i] / n,
                sum(1 for w in row if counts[w] > 1) / len(row) if row else 0.0,
                float(bool(_DIGIT.search(sentence))),
                float(sentence.startswith(_QUOTES)),
                float(any(q in sentence for q in _QUOTES[:3])),
                float(bool(_SAID.search(sentence))),
                float(opens_with_reference(sentence)),
                math.log(n),
                _capital_share(sentence),
            )
        )
    return rows


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
