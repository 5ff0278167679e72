"""Headline: the lead sentence's main clause, compressed to headlinese.

A headline states the news with a verb ("Unilever merges its two boards", "Putin to
visit Pyongyang"). The lead sentence first loses what headlines leave out (asides,
relative clauses, time phrases, a closing attribution: headline_cuts.py); then its main
clause is found and its verb group put in the present tense, or "to" for the future
(headline_clause.py). The subject stays whole ("Car maker Aston Martin"), negations stay
with their verb, a reported clause keeps its reporting verb ("Fed says US economy is
growing", "Boss denies firm is bankrupt") unless the speaker reports its own act ("Blair
said he will quit" -> "Blair to quit"). How much of the object follows is chosen by
expected overlap with a human headline: each word has a learned probability of being in
one (bench/learn_title.py), and the headline ends only where a phrase ends, never on a
stopword, within `max_chars`. A lead with no clause to find gets its most headline-like
run of words instead (title_span.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from digest.analyze.headline_clause import EDGE, Clause, bare, main_clause, verb_group
from digest.analyze.headline_cuts import clean_lead
from digest.analyze.headline_grammar import (
    CLAUSE_OPENERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    base_form,
    is_common_noun,
    word_classes,
)
from digest.analyze.linear import LinearModel, load_model
from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS, unescape
from digest.analyze.title_features import FEATURE_NAMES
from digest.analyze.title_span import headline_text, span_title, word_odds
from digest.model import Article

# Words in a typical news headline (ROUGE tokens): the expected-overlap score weighs a
# headline's length against it, so each extra word of object has to earn its place.
HEADLINE_WORDS = 6.0
TIER_COST = 0.02  # a cut inside a phrase must earn its place (chosen on fold 0)
MIN_WORDS = 4  # "US backs plan" is a label; a headline says more
_LEAD_SENTENCES = 2  # a quote or question lead gives way to the next sentence
_ARTICLES = frozenset({"the", "a", "an"})
_POSSESSIVES = frozenset({"its", "their"})
_TIME_NOUNS = frozenset("day week month year decade season row time".split())
# Verbs that report a clause; "said he will" can hand its clause the speaker.
_REPORTING = frozenset(
    "say tell announce confirm reveal deny warn claim insist admit argue predict suggest "
    "believe fear report state".split()
)
_OWN_ACT = frozenset({"say", "tell", "announce", "confirm"})
_THAT_REACH = 4  # "told the country's reporters that": words between the verb and "that"
_COPULAS = frozenset({"is", "are"})
# "more than expected", "Lord of the Rings", "agrees to pay": these carry their phrase on.
_NO_CUT_BEFORE = frozenset({"than", "of", "to"})
_PHRASE_OPENERS = PREPOSITIONS | CLAUSE_OPENERS | frozenset({"and", "or"})


@dataclass(frozen=True)
class _Frame:
    """A headline in the making: fixed words (subject and verb) and the object to cut."""

    fixed: tuple[str, ...]
    fixed_odds: float
    rest: tuple[int, ...]  # lead positions that may follow, in order


@cache
def shipped_model() -> LinearModel:
    """Return the shipped word scorer, loaded once (a learn script may be rewriting it)."""
    return load_model("title", FEATURE_NAMES)


def make_title(
    article: Article, *, max_chars: int = 90, model: LinearModel | None = None
) -> str:
    """Return the article's headline: its human title, else one made from the lead.

    `model` scores words: the shipped one unless a learn script passes the one it fits.
    """
    if article.title:
        return article.title
    model = model or shipped_model()
    sentences = [unescape(s) for p in article.body for s in split_sentences(p.text)]
    if not sentences:
        return ""
    for n, sentence in enumerate(sentences[:_LEAD_SENTENCES]):
        if _is_quote_or_question(sentence):
            continue
        tokens = clean_lead(sentence, sentences[n + 1 :])
        headline = clause_title(tokens, sentences[n:], max_chars=max_chars, model=model)
        if headline:
            return headline
    return span_title(sentences, model, max_chars=max_chars)


def _is_quote_or_question(sentence: str) -> bool:
    return sentence.startswith(("\"", "“", "'", "‘")) or sentence.rstrip("\"'”’").endswith("?")


def clause_title(
    tokens: Sequence[str], sentences: Sequence[str], *, max_chars: int, model: LinearModel
) -> str:
    """Return the headline made from the main clause of the lead's tokens, "" if none."""
    clause = main_clause(tokens)
    if clause is None:
        return ""
    odds = word_odds(tokens, sentences, model)
    frame = _frame(tokens, clause, odds)
    return _cut(tokens, frame, odds, max_chars=max_chars)


def _frame(tokens: Sequence[str], clause: Clause, odds: Sequence[float]) -> _Frame:
    """Return the headline's fixed words and the object positions for a clause."""
    reported = _reported_clause(tokens, clause)
    if reported is None:
        return _plain_frame(tokens, clause, odds)
    inner, verb = reported
    subject = _words(tokens, _named(tokens, clause.subject))
    subject_odds = sum(odds[i] for i in clause.subject)
    if _speaker_is_subject(tokens, clause, inner, verb):
        _, words = verb_group(tokens, inner.verb_at[0], plural=clause.plural)
        words = ["to" if w == "would" else w for w in words[:1]] + words[1:]
        return _Frame(
            fixed=(*subject, *words),
            fixed_odds=subject_odds + sum(odds[i] for i in inner.verb_at),
            rest=_clause_rest(tokens, inner.rest),
        )
    return _Frame(
        fixed=(*subject, *verb, *_words(tokens, _named(tokens, inner.subject)), *inner.verb),
        fixed_odds=subject_odds + sum(odds[i] for i in (*inner.subject, *inner.verb_at)),
        rest=_clause_rest(tokens, inner.rest),
    )


def _plain_frame(tokens: Sequence[str], clause: Clause, odds: Sequence[float]) -> _Frame:
    return _Frame(
        fixed=(*_words(tokens, _named(tokens, clause.subject)), *clause.verb),
        fixed_odds=sum(odds[i] for i in (*clause.subject, *clause.verb_at)),
        rest=_clause_rest(tokens, clause.rest),
    )


def _named(tokens: Sequence[str], subject: Sequence[int]) -> Sequence[int]:
    """Return the subject as headlines name it: "England coach Andy Robinson" -> "Robinson".

    A descriptor before a closing name goes ("Swiss cement firm Holcim" -> "Holcim"),
    unless it holds a preposition ("Head of US network Fox") or the name is all there is.
    """
    words = [tokens[i].strip(EDGE) for i in subject]
    start = len(words)
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    if start == len(words) or any(w.lower() in PREPOSITIONS or w.lower() in STOPWORDS for w in words):
        return subject
    if start == 0:  # all capitalised: "Bookmaker William Hill", a common noun first
        descriptor = len(words) > 2 and is_common_noun(words[0].lower())
        return subject[1:] if descriptor else subject
    return subject[start:]


def _reported_clause(tokens: Sequence[str], clause: Clause) -> tuple[Clause, list[str]] | None:
    """Return the clause a reporting verb reports, with the reporting verb in headlinese."""
    if not clause.rest:
        return None
    lemma = base_form(bare(tokens[clause.verb_at[-1]]))
    if lemma not in _REPORTING:
        return None
    start = clause.rest[0]
    that = next(
        (
            j
            for j in range(start, min(len(tokens), start + _THAT_REACH + 1))
            if bare(tokens[j]) == "that"
        ),
        None,
    )
    if that is None and lemma == "tell":
        return None
    opening = that + 1 if that is not None else start
    inner = main_clause(tokens, opening, reported=True)
    if inner is None or not inner.subject or inner.subject[0] != opening:
        return None
    if inner.verb_at[0] - opening > 6:
        return None
    verb = ["says" if not clause.plural else "say"] if lemma == "tell" else list(clause.verb)
    return inner, verb


def _speaker_is_subject(tokens: Sequence[str], clause: Clause, inner: Clause, verb: list[str]) -> bool:
    """Return True for "Blair said he will quit": the speaker reports its own act."""
    if len(inner.subject) != 1 or base_form(verb[-1]) not in _OWN_ACT:
        return False
    pronoun = bare(tokens[inner.subject[0]])
    if pronoun not in SUBJECT_PRONOUNS - {"i", "you", "we"}:
        return False
    if (pronoun == "they") != clause.plural:
        return False
    return not (pronoun == "it" and inner.verb[0] in _COPULAS)  # "it was time"


def _clause_rest(tokens: Sequence[str], rest: Sequence[int]) -> tuple[int, ...]:
    """Return the object positions up to the clause's end (a comma, dash or new clause)."""
    kept: list[int] = []
    for i in rest:
        word = bare(tokens[i])
        if kept and (word in CLAUSE_OPENERS - {"and", "or", "with", "until"} or word == "that"):
            break
        if tokens[i] in {"-", "–", "—"} or (kept and bare(tokens[i]) == "said"):
            break
        kept.append(i)
        if tokens[i].endswith((",", ";", ":", ".", "!", "?")):
            break
    return tuple(kept)


def _words(tokens: Sequence[str], positions: Sequence[int]) -> list[str]:
    """Return the tokens at `positions` in headlinese: articles and "its" left out."""
    out: list[str] = []
    for n, i in enumerate(positions):
        word = bare(tokens[i])
        if word in _ARTICLES and not _keeps_article(tokens, positions, n):
            continue
        if word in _POSSESSIVES and n + 1 < len(positions):
            continue
        out.append(tokens[i])
    return out


def _keeps_article(tokens: Sequence[str], positions: Sequence[int], n: int) -> bool:
    """Return True for an article a headline keeps: in a name ("The Who"), "in a month"."""
    token = tokens[positions[n]]
    if n and token[:1].isupper():
        return True
    following = bare(tokens[positions[n + 1]]) if n + 1 < len(positions) else ""
    previous = bare(tokens[positions[n - 1]]) if n else ""
    return bare(token) != "the" and previous in PREPOSITIONS and following in _TIME_NOUNS


def _cut(tokens: Sequence[str], frame: _Frame, odds: Sequence[float], *, max_chars: int) -> str:
    """Return the frame's headline with the object cut where expected overlap is best.

    A headline of MIN_WORDS or more beats a shorter one, and a cut where a phrase ends
    beats one inside a phrase; among equals the expected overlap decides.
    """
    best, best_key = "", (False, -9, -1.0)
    for end, tier in _ends(tokens, frame.rest):
        kept = frame.rest[:end]
        text = headline_text([*frame.fixed, *_words(tokens, kept)])
        if len(text) > max_chars or not _closes(text):
            continue
        size = len(_letter_words(text))
        hits = frame.fixed_odds + sum(odds[i] for i in kept if _is_wordlike(tokens[i]))
        key = (size >= MIN_WORDS, 0, round(2 * hits / (size + HEADLINE_WORDS) - TIER_COST * tier, 9))
        if key > best_key:
            best, best_key = text, key
    return best


def _ends(tokens: Sequence[str], rest: Sequence[int]) -> list[tuple[int, int]]:
    """Return (how many object tokens to keep, tier): 0 where a phrase ends, 1 before
    "to" or "of", 2 after a noun inside a phrase."""
    ends = []
    for end in range(len(rest) + 1):
        following = bare(tokens[rest[end]]) if end < len(rest) else ""
        last = tokens[rest[end - 1]].strip(EDGE) if end else ""
        if following in _NO_CUT_BEFORE:
            if last and not _needs_to(last.lower()):
                ends.append((end, 1))
        elif not following or following in _PHRASE_OPENERS:
            ends.append((end, 0))
        elif last and _ends_noun_phrase(last, tokens[rest[end]]):
            ends.append((end, 2))
    return ends


def _needs_to(word: str) -> bool:
    """Return True for a word that needs its "to": "likely to", "set to", "able to"."""
    return "ADJ" in word_classes(word) or word in {"set", "due", "poised", "expected"}


def _ends_noun_phrase(last: str, following: str) -> bool:
    """Return True when `last` can close a noun phrase that `following` does not go on."""
    if last[:1].isupper() or last[:1].isdigit():
        return not following.strip(EDGE)[:1].isupper()
    return "NOUN" in word_classes(last.lower()) and not is_common_noun(bare(following))


def _closes(text: str) -> bool:
    """Return True when a headline ends on a word, not on a stopword ("line-up" does)."""
    last = text.split()[-1].strip(EDGE) if text.split() else ""
    words = re.findall(r"[A-Za-z']+", last)
    if not words or last.endswith("'s"):
        return False
    return "-" in last or words[-1].lower() not in STOPWORDS


def _is_wordlike(token: str) -> bool:
    return any(c.isalnum() for c in token)


def _letter_words(text: str) -> list[str]:
    """Return the words of a headline as a reader counts them: numbers left out."""
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", text)


__all__ = ["HEADLINE_WORDS", "EDGE", "clause_title", "make_title"]
