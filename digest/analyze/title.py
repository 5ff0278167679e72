"""Headline: an honest extractive headline cut from the lead sentence."""

from __future__ import annotations

import re

from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS
from digest.model import Article

# "..., North Korea's state-run broadcaster KRT reported on Sunday." and the like.
_ATTRIBUTION_TAIL = re.compile(
    r"[,;]?\s+(?:[^,;]{0,80}?\s)?"
    r"(?:said|says|reported|reports|told|announced|according to)\b[^,;]*$",
    re.IGNORECASE,
)


def make_title(article: Article, *, max_chars: int = 90) -> str:
    """Return the article's headline: its human title, else one cut from the lead sentence."""
    if article.title:
        return article.title
    lead = next((s for p in article.body for s in split_sentences(p.text)), "")
    return shorten_headline(lead, max_chars=max_chars)


def shorten_headline(sentence: str, *, max_chars: int) -> str:
    """Return a sentence trimmed to a headline: no attribution tail, no dangling last word."""
    text = sentence.strip().rstrip(".!?").strip()
    text = _ATTRIBUTION_TAIL.sub("", text) or text
    if len(text) > max_chars:
        text = text[: max_chars + 1].rsplit(" ", 1)[0]
    tokens = text.split()
    while tokens and (
        tokens[-1].lower().strip(",;:-'\"“”") in STOPWORDS or tokens[-1][-1] in ",;:-"
    ):
        tokens.pop()
    return " ".join(tokens).strip(",;:- ")
