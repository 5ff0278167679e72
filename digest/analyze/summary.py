"""Summary: the sentences a learned scorer rates most summary-worthy, in document order."""

from __future__ import annotations

import math
from collections.abc import Sequence
from itertools import combinations

from digest.analyze.linear import load_model
from digest.analyze.sentences import split_sentences
from digest.analyze.summary_features import FEATURE_NAMES, sentence_features
from digest.analyze.text import opens_with_reference, unescape
from digest.model import Article

# Only the best few sentences are combined: 10 keeps the search to at most 175 sets.
_CANDIDATES = 10
# A sentence earns its words only when the scorer gives it better than even odds; below that
# it would dilute the summary however long it is.
_WORTH = 0.5

MODEL = load_model("summary", FEATURE_NAMES)


def summarize(article: Article, *, sentences: int, words: int) -> tuple[str, ...]:
    """Return up to `sentences` body sentences within `words` words, in document order.

    No sentence opens on a pronoun or connective unless the sentence before it is kept too.
    HTML entities that scrapes leave ("&#039;") are decoded.
    """
    body, first = body_sentences(article)
    if not body:
        return ()
    odds = sentence_odds(body, first)
    chosen = best_set(body, odds, size=sentences, budget=words)
    return tuple(unescape(body[i]) for i in chosen)


def body_sentences(article: Article) -> tuple[list[str], list[bool]]:
    """Return the body's sentences and, for each, whether it opens its paragraph."""
    body: list[str] = []
    first: list[bool] = []
    for paragraph in article.body:
        for i, sentence in enumerate(split_sentences(paragraph.text)):
            body.append(sentence)
            first.append(i == 0)
    return body, first


def sentence_odds(body: Sequence[str], first: Sequence[bool]) -> list[float]:
    """Return each sentence's learned probability of belonging in a summary."""
    return [MODEL.probability(row) for row in sentence_features(body, first)]


def best_set(
    body: Sequence[str], odds: Sequence[float], *, size: int, budget: int
) -> tuple[int, ...]:
    """Return the sentence indexes, ascending, worth most words within the budget."""
    lengths = [len(s.split()) for s in body]
    ranked = sorted(range(len(body)), key=lambda i: (-odds[i], i))[:_CANDIDATES]
    leans = {i for i in ranked if opens_with_reference(body[i])}
    worth = {i: (odds[i] - _WORTH) * lengths[i] for i in ranked}
    best: tuple[int, ...] = ()
    best_value = -math.inf
    for k in range(1, size + 1):
        for chosen in combinations(sorted(ranked), k):
            if sum(lengths[i] for i in chosen) > budget or _dangles(chosen, leans):
                continue
            value = round(sum(worth[i] for i in chosen), 9)
            if value > best_value:
                best, best_value = chosen, value
    return best or _fallback(ranked, leans)


def _dangles(chosen: tuple[int, ...], leans: set[int]) -> bool:
    """Return True when a chosen sentence leans on a sentence before it that is not chosen."""
    return any(i in leans and i - 1 not in chosen for i in chosen)


def _fallback(ranked: Sequence[int], leans: set[int]) -> tuple[int, ...]:
    """Return the best sentence standing on its own, over budget: no sentence fits it."""
    alone = [i for i in ranked if i not in leans]
    return (alone[0],) if alone else (0,)
