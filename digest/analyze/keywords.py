"""Keywords: YAKE's candidates rescored by a learned model, then kept free of repeats.

YAKE proposes phrases of one to three words (a lower YAKE score is better); a logistic
regression learned from crowd-annotated news (bench/learn_keywords.py) rates each one.
Half the slots go to the best phrases of several words, the rest to the best of any size.
No keyword shares a word stem with another, so there are no case or plural variants,
no "Putin" beside "Vladimir Putin" and no "Russian President Vladimir" beside either.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from digest.analyze.keyword_features import (
    FEATURE_NAMES,
    Candidate,
    candidate_features,
    find_candidates,
)
from digest.analyze.linear import load_model
from digest.analyze.text import STOPWORDS, unescape
from digest.model import Article

if TYPE_CHECKING:
    import yake

MODEL = load_model("keywords", FEATURE_NAMES)

# YAKE candidates read: enough for ten keywords after the clean-up drops many.
_CANDIDATES = 80
# Share of the keywords given to phrases of several words: single words score better
# against readers' choices, but a keyword list of single words reads as a bag of words.
_PHRASE_SHARE = 0.5
# Page furniture that scrapes leave in the text; never a keyword.
_FURNITURE = frozenset(
    "image images source photo photos file credit getty reuters afp advertisement follow".split()
)
_EDGE_PUNCTUATION = " \t\"'“”‘’()[]{},;:!?*–—-/\\|#@&"
_INNER_MARKS = re.compile(r"[\"“”()\[\]{}|]")
_LETTER = re.compile(r"[A-Za-z]")
# "network apparently", "innocently jangling": an adverb at the edge of a phrase means YAKE
# ran across a clause boundary; "Thursday March" names no subject.
_ADVERB = re.compile(r"^[a-z]{3,}ly$")
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    """.split()
)
_STEM_WORD = re.compile(r"[a-z0-9]+")
# Words longer than this are compared on their first letters: "employers" ~ "employment".
_STEM_LETTERS = 5


@lru_cache(maxsize=8)
def _extractor(language: str) -> yake.KeywordExtractor:
    import yake  # here: a rebuild from the cache analyses nothing, and YAKE takes 0.1 s to load

    # dedup_lim=1.0 turns YAKE's own de-duplication off: ours below is stricter and cheaper.
    return yake.KeywordExtractor(lan=language, n=3, top=_CANDIDATES, dedup_lim=1.0)


def keyword_text(article: Article) -> str:
    """Return the article's text with every paragraph closed, so no phrase spans two.

    A subheading has no full stop; without one YAKE reads it and the next paragraph's
    first words as one sentence ("tight deadline Construction").
    """
    return "\n".join(
        p.text if p.text.rstrip()[-1:] in ".!?…\"'”’" else p.text + "." for p in article.paragraphs
    )


def extract_keywords(article: Article, *, count: int, language: str = "en") -> tuple[str, ...]:
    """Return up to `count` keywords, best first."""
    rated = [
        (round(MODEL.probability(row), 9), c) for c, row in keyword_candidates(article, language)
    ]
    rated.sort(key=lambda pc: (-pc[0], pc[1].rank))  # ties keep YAKE's order
    return choose_keywords(rated, count=count)


def keyword_candidates(
    article: Article, language: str = "en"
) -> list[tuple[Candidate, tuple[float, ...]]]:
    """Return the usable candidates, spelled as they will be shown, with their feature rows."""
    text = unescape(keyword_text(article))
    candidates = find_candidates(text, _extractor(language).extract_keywords(text))
    furniture = _FURNITURE_STEMS | _stems(article.credit)
    usable = []
    for c, row in zip(candidates, candidate_features(candidates, text), strict=True):
        keyword = clean_keyword(c.surface)
        if keyword and not c.cut_name and not _stems(keyword) <= furniture:
            usable.append((replace(c, surface=keyword), row))
    return usable


def clean_keyword(surface: str) -> str:
    """Return the phrase without stray marks at its edges, "" when no usable keyword is left.

    Unusable: no letter, a quote or bracket inside, a stopword or (in a phrase) an adverb
    at either edge, or only dates.
    """
    keyword = surface.strip(_EDGE_PUNCTUATION)
    if not _LETTER.search(keyword) or _INNER_MARKS.search(keyword):
        return ""
    tokens = keyword.lower().split()
    if tokens[0] in STOPWORDS or tokens[-1] in STOPWORDS or set(tokens) <= _CALENDAR:
        return ""
    edges = {keyword.split()[0], keyword.split()[-1]} if len(tokens) > 1 else set()
    return "" if any(_ADVERB.match(w) for w in edges) else keyword


def choose_keywords(rated: Sequence[tuple[float, Candidate]], *, count: int) -> tuple[str, ...]:
    """Return the best keywords, phrases first up to their share, none repeating another."""
    phrases = math.ceil(count * _PHRASE_SHARE)
    chosen: list[tuple[float, Candidate]] = []
    taken: set[str] = set()
    for wanted in ([pc for pc in rated if pc[1].size > 1], rated):
        for p, c in wanted:
            limit = phrases if wanted is not rated else count
            if len(chosen) >= limit:
                break
            stems = _stems(c.surface)
            if stems and not stems & taken:
                chosen.append((p, c))
                taken |= stems
    chosen.sort(key=lambda pc: (-pc[0], pc[1].rank))
    return tuple(c.surface for _, c in chosen)


def _stems(text: str) -> frozenset[str]:
    """Return crude stems of a text's words, so variants of one word compare equal."""
    return frozenset(_crude_stem(w) for w in _STEM_WORD.findall(text.lower()) if w != "s")


def _crude_stem(word: str) -> str:
    return word[:_STEM_LETTERS] if len(word) > _STEM_LETTERS else word.removesuffix("s") or word


_FURNITURE_STEMS = _stems(" ".join(_FURNITURE))
