"""Keywords: YAKE on the article's own text, cleaned of variants, fragments and stopwords."""

from __future__ import annotations

from functools import lru_cache

import yake

from digest.analyze.text import STOPWORDS
from digest.model import Article

_CANDIDATES = 3  # YAKE candidates read per keyword kept: the clean-up drops many


@lru_cache(maxsize=8)
def _extractor(count: int, language: str) -> yake.KeywordExtractor:
    return yake.KeywordExtractor(lan=language, n=3, top=count * _CANDIDATES)


def extract_keywords(article: Article, *, count: int, language: str = "en") -> tuple[str, ...]:
    """Return up to `count` keywords, best first (YAKE: a lower score is better)."""
    ranked = _extractor(count, language).extract_keywords(article.text)
    kept: list[str] = []
    for phrase, _score in ranked:
        if _is_clean(phrase) and not any(_overlaps(phrase, k) for k in kept):
            kept.append(phrase)
        if len(kept) == count:
            break
    return tuple(kept)


def _is_clean(phrase: str) -> bool:
    tokens = phrase.lower().split()
    return bool(tokens) and tokens[0] not in STOPWORDS and tokens[-1] not in STOPWORDS


def _stem(word: str) -> str:
    word = word.lower().strip("'’")
    return word[:-1] if word.endswith("s") and len(word) > 3 else word


def _overlaps(a: str, b: str) -> bool:
    """Return True when one phrase is a variant or a fragment of the other."""
    sa, sb = [_stem(w) for w in a.split()], [_stem(w) for w in b.split()]
    return bool(set(sa) & set(sb))
