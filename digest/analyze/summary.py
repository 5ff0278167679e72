"""Summary: the lead sentences an editor would keep, in document order."""

from __future__ import annotations

from digest.analyze.sentences import split_sentences
from digest.analyze.text import opens_with_reference
from digest.model import Article


def summarize(article: Article, *, sentences: int, words: int) -> tuple[str, ...]:
    """Return up to `sentences` body sentences within `words` words, in document order."""
    chosen: list[str] = []
    total = 0
    for paragraph in article.body:
        for sentence in split_sentences(paragraph.text):
            n = len(sentence.split())
            if len(chosen) == sentences:
                return tuple(chosen)
            if total + n > words and chosen:
                continue
            if opens_with_reference(sentence) and not chosen:
                continue
            chosen.append(sentence)
            total += n
    return tuple(chosen)
