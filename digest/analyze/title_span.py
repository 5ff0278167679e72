"""Fallback headline: the lead's most headline-like run of words, when it has no clause.

A lead with no finite verb to build a headline on ("Gold medals for Britain's rowers")
is already headlinese: its best run by expected overlap with a human headline is kept,
without articles, never carrying attribution, never ending on a stopword or a comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.analyze.headline_clause import Clause
from digest.analyze.headline_cuts import ATTRIBUTION, clean_lead
from digest.analyze.headline_grammar import EDGE, bare
from digest.analyze.linear import LinearModel
from digest.analyze.text import STOPWORDS
from digest.analyze.title_features import word_features

SPAN_WORDS = 4.0  # the length a run's expected overlap is weighed against
_MAX_WORDS = 14
_ARTICLES = frozenset({"the", "a", "an", "its", "their"})
_WORDLIKE = re.compile(r"[A-Za-z0-9]")


def span_title(sentences: Sequence[str], model: LinearModel, *, max_chars: int) -> str:
    """Return the best run of the lead's words as a headline; "" when only stopwords."""
    cleaned = clean_lead(sentences[0], sentences[1:])
    scored = zip(cleaned, word_odds(cleaned, sentences, model), strict=True)
    kept = [(t, p) for t, p in scored if bare(t) not in _ARTICLES]
    tokens, odds = [t for t, _ in kept], [p for _, p in kept]
    span = best_span(tokens, odds, max_chars=max_chars)
    if span is None:
        return _opening(sentences[0].split(), max_chars=max_chars)
    return headline_text(tokens[span[0] : span[1]])


def word_odds(
    tokens: Sequence[str],
    sentences: Sequence[str],
    model: LinearModel,
    clause: Clause | None = None,
) -> list[float]:
    """Return each lead token's learned probability of being in a human headline."""
    return [model.probability(row) for row in word_features(tokens, sentences, clause)]


def best_span(
    tokens: Sequence[str], odds: Sequence[float], *, max_chars: int
) -> tuple[int, int] | None:
    """Return (start, end) of the run of tokens with the best expected headline overlap."""
    best: tuple[int, int] | None = None
    best_value = -1.0
    for start in range(len(tokens)):
        if not _WORDLIKE.search(tokens[start]) or bare(tokens[start]) in STOPWORDS:
            continue
        hits, size = 0.0, 0
        for end in range(start + 1, min(len(tokens), start + _MAX_WORDS) + 1):
            token = tokens[end - 1]
            if bare(token) in ATTRIBUTION or len(headline_text(tokens[start:end])) > max_chars:
                break  # attribution is never part of the headline, nor anything after it
            if _WORDLIKE.search(token):
                hits, size = hits + odds[end - 1], size + 1
            value = round(2 * hits / (size + SPAN_WORDS), 9)
            if can_close(token) and not _stub(tokens, start, end) and value > best_value:
                best, best_value = (start, end), value
            if token.endswith((".", "!", "?", ";", ":")):
                break  # one clause of a run-on lead is enough
    return best


def headline_text(tokens: Sequence[str]) -> str:
    """Return tokens as a headline: edge punctuation off, unpaired quotes off, capitalised."""
    text = _closed_quote(" ".join(tokens).strip(EDGE.replace("(", "").replace(")", "") + " "))
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = re.sub(r"[\"“”]", "", text).strip()
    if text.count("(") != text.count(")"):
        text = re.sub(r"[()]", "", text).strip()
    return text[:1].upper() + text[1:]


# A quotation the headline ends inside: its opening mark, then no closing one.
_OPEN_QUOTE = re.compile(r'(?:^|\s)(?P<mark>["“])[^"“”]*$')


def _closed_quote(text: str) -> str:
    """Return the text with a quotation it ends inside closed: the words stay the
    speaker's ('... was "our worst performance"'), never the outlet's own first person."""
    match = _OPEN_QUOTE.search(text)
    if match is None or match.end() == match.end("mark"):
        return text
    return text + ("”" if match["mark"] == "“" else '"')


def _opening(tokens: Sequence[str], *, max_chars: int) -> str:
    """Return the longest opening of the tokens within `max_chars`, ending on no stopword;
    "" when only the first word is left and it is one (the brief is then titled by its
    file name, and the report says so)."""
    end = len(tokens)
    while end > 1 and (
        len(headline_text(tokens[:end])) > max_chars or not can_close(tokens[end - 1])
    ):
        end -= 1
    if ends_on_stopword(tokens[end - 1]):
        return ""
    return headline_text(tokens[:end])[:max_chars]


def can_close(token: str) -> bool:
    """Return True for a token a headline may end on: a word, and no stopword."""
    return bool(_WORDLIKE.search(token)) and not ends_on_stopword(token)


def ends_on_stopword(token: str) -> bool:
    """Return True when the token's last word is a stopword ("the", "of", "it's")."""
    words = re.findall(r"[A-Za-z']+", token)
    return bool(words) and words[-1].lower() in STOPWORDS


def _stub(tokens: Sequence[str], start: int, end: int) -> bool:
    """Return True when a span would end a word or two into a new clause ("..., saying UN")."""
    return any(
        tokens[i].endswith(",") or tokens[i] in {"-", "–", "—"}
        for i in range(max(start, end - 3), end - 1)
    )
