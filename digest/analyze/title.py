"""Headline: the lead sentence compressed to headlinese, then its most headline-like run.

The lead sentence first loses what headlines leave out and no reader misses: asides in
brackets, articles and possessive determiners, finite auxiliaries ("has risen" ->
"risen", "is to" -> "to"), relative clauses between commas, and time phrases ("on
Monday", "last year"). Each remaining word gets a learned probability of appearing in a
human headline (bench/learn_title.py, fitted on real news headlines); the headline is
the contiguous run of words with the best expected overlap with such a headline. A
speaker reporting its own act stays the subject ("Blair said he will quit" -> "Blair will
quit"); a run that is only a noun phrase gives way to the reported clause of a "said
that" lead ("X said that traffic rose" -> "Traffic rose"). It never carries attribution
("..., KRT reported on Sunday"), never ends on a stopword or a comma, and stays within
`max_chars`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from digest.analyze.linear import load_model
from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS, unescape
from digest.analyze.title_features import ATTRIBUTION, FEATURE_NAMES, word_features, word_key
from digest.analyze.title_vocabulary import COMMON_WORDS
from digest.model import Article

# Words in a typical news headline; the expected-overlap score weighs a span's length
# against it, so a long span has to earn its extra words.
HEADLINE_WORDS = 4.0
_MAX_WORDS = 14
MODEL = load_model("title", FEATURE_NAMES)
_EDGE = "\"'“”‘’,;:.!?-–—"
_WORDLIKE = re.compile(r"[A-Za-z0-9]")
_CLAUSE_END = (",", ";", ":", ".")
# Articles and possessive determiners: "its profit forecast" reads as "profit forecast".
_ARTICLES = frozenset({"the", "a", "an", "its", "their", "his", "her"})
# Finite auxiliaries only: after "will" or "could", "be" stays ("will be employed").
_AUXILIARIES = frozenset({"has", "have", "had", "is", "are", "was", "were", "been"})
_NEGATIONS = frozenset({"not", "n't", "never", "no"})
_RELATIVES = frozenset({"which", "who", "whose"})
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december today yesterday tomorrow
    """.split()
)  # "may" is left out: it is far more often a verb
_PERIODS = frozenset({"week", "weekend", "month", "year", "season"})
_RELATIVE_TIME = frozenset({"last", "this", "next", "previous", "coming"})
# "than last year" goes with its time: "a third larger than last year" -> "third larger".
_TIME_LEADS = _RELATIVE_TIME | frozenset(
    {"on", "in", "at", "during", "early", "late", "the", "than"}
)
_YEAR = re.compile(r"(?:19|20)\d\d")
# "Tony Blair" reads as "Blair" once the article calls him that; these never drop before a
# capitalised word ("Former England" captain), nor after one: "National Party" is no person.
# Heads are word keys (crude stems: "wale" is Wales) of places, bodies and titled things.
_MODIFIERS = frozenset(
    """
    former ex top double triple new old young late veteran chief deputy acting vice prime
    great grand north south east west northern southern eastern western central upper lower
    united royal national international world european olympic british english scottish
    welsh irish american french german
    """.split()
)
_NAME_HEADS = frozenset(
    """
    party award prize code bureau commission exchange group company gallery open tunnel
    council office union bank league cup club association institute ministry department
    court house museum festival championship game trust fund agency service board
    authority corporation society foundation committee assembly parliament time news post
    airway airline motor record picture studio university college school hospital street
    road park square bridge centre theatre hall stadium tower island river sea ocean bay
    lake mountain valley kingdom state republic africa america korea wale ireland zealand
    arabia airport city county town act bill treaty order church catholic up insurance
    financial regional
    """.split()
)


def make_title(article: Article, *, max_chars: int = 90) -> str:
    """Return the article's headline: its human title, else one cut from the lead sentence."""
    if article.title:
        return article.title
    sentences = [unescape(s) for p in article.body for s in split_sentences(p.text)]
    if not sentences:
        return ""
    tokens = lead_tokens(sentences)
    span = best_span(tokens, word_odds(tokens, sentences), max_chars=max_chars)
    if span is None:  # nothing but stopwords left to stand on: keep the lead's opening
        return _opening(sentences[0].split(), max_chars=max_chars)
    return headline_text(tokens[span[0] : span[1]])


def lead_tokens(sentences: Sequence[str]) -> list[str]:
    """Return the lead sentence in headlinese, given names dropped where the article does."""
    tokens = headline_tokens(sentences[0])
    later = {word_key(t) for s in sentences[1:] for t in s.split()}
    return [t for i, t in enumerate(tokens) if not _given_name(tokens, i, later)] or tokens


def _given_name(tokens: Sequence[str], i: int, later: set[str]) -> bool:
    """Return True for "Brian" in "Brian Kerr" when later sentences say "Kerr" but no "Brian"."""
    if i + 1 >= len(tokens) or tokens[i][-1:] in _EDGE or word_key(tokens[i]) in later:
        return False
    name, surname = tokens[i].strip(_EDGE), tokens[i + 1].strip(_EDGE)
    if name.lower() in _MODIFIERS or word_key(surname) in _NAME_HEADS:
        return False
    after = tokens[i + 2].strip(_EDGE) if i + 2 < len(tokens) else ""
    return (
        name.isalpha()
        and name[:1].isupper()
        and not name.isupper()
        and surname[:1].isupper()
        and not after[:1].isupper()
        and word_key(tokens[i + 1]) in later
    )


def word_odds(tokens: Sequence[str], sentences: Sequence[str]) -> list[float]:
    """Return each lead-sentence token's learned probability of being in the headline."""
    return [MODEL.probability(row) for row in word_features(tokens, sentences, common=COMMON_WORDS)]


_ATTRIBUTION_REACH = 8  # words between a comma and "said" that can name a source
# A reported clause's run weighs length against more words: its verb needs its object
# ("traffic rose by twelve percent", not "traffic rose").
_CLAUSE_WORDS = 8.0
_THAT_REACH = 4  # "told the country's reporters that": words between the verb and "that"
# "Blair said he will ..." -> "Blair will ...": pronouns that stand for the speaker.
_SPEAKER_PRONOUNS = frozenset({"he", "she", "it"})
_COPULAS = frozenset({"is", "was"})
# Verbs that report a clause; said-like ones also stop a headline run (ATTRIBUTION).
_REPORTING = ATTRIBUTION | frozenset(
    "announced announces confirmed confirms revealed reveals stated states warned warns".split()
)
# Modals, auxiliaries and past forms that are no nouns; "-ed" and "-ing" words count too.
_VERBS = frozenset(
    """
    will would can could may might must shall should is are was were be been has have had
    does did rose fell grew won lost made took gave began became came went left kept held
    sold bought paid met ran found brought sought spent built sent beat struck broke chose
    wrote got told thought knew says wants needs plans seems remains fails vows urges
    """.split()
)


def best_span(
    tokens: Sequence[str], odds: Sequence[float], *, max_chars: int
) -> tuple[int, int] | None:
    """Return (start, end) of the run of tokens with the best expected headline overlap.

    A run with no verb in it is only a noun phrase ("Kenya's port authority"): when the
    lead reports a clause ("... said that traffic rose"), the best run of that clause
    holding a verb is the headline instead.
    """
    best = _best_run(tokens, odds, range(len(tokens)), max_chars=max_chars)
    clause = _reported_clause(tokens)
    if clause is None or (best is not None and _has_verb(tokens[best[0] : best[1]])):
        return best
    starts = range(clause, len(tokens))
    clause_run = _best_run(
        tokens, odds, starts, max_chars=max_chars, verb=True, words=_CLAUSE_WORDS
    )
    return clause_run or best


def _best_run(
    tokens: Sequence[str],
    odds: Sequence[float],
    starts: range,
    *,
    max_chars: int,
    verb: bool = False,
    words: float = HEADLINE_WORDS,
) -> tuple[int, int] | None:
    """Return the best-scoring (start, end) opening at one of `starts`, with a verb if asked."""
    best: tuple[int, int] | None = None
    best_value = -1.0
    for start in starts:
        if not _can_open(tokens[start]):
            continue
        hits, size, verbs = 0.0, 0, 0
        for end in range(start + 1, min(len(tokens), start + _MAX_WORDS) + 1):
            token = tokens[end - 1]
            if _bare(token) in ATTRIBUTION:
                break  # attribution is never part of the headline, nor anything after it
            if _WORDLIKE.search(token):
                hits, size = hits + odds[end - 1], size + 1
            verbs += _verbish(token)
            if len(headline_text(tokens[start:end])) > max_chars:
                break
            value = round(2 * hits / (size + words), 9)
            if (
                _can_close(token)
                and not _stub(tokens, start, end)
                and (verbs or not verb)
                and value > best_value
            ):
                best, best_value = (start, end), value
            if token.endswith((".", "!", "?", ";", ":")):
                break  # one clause of a run-on lead is enough
    return best


def _reported_clause(tokens: Sequence[str]) -> int | None:
    """Return where a reported clause starts ("X said (on Tuesday) that Y": Y), if Y has a verb.

    Only "that" marks one: without it ("Hodgson says Premiership should ...") the speaker
    is often the news, and a run of Y alone states an opinion as fact.
    """
    for i, token in enumerate(tokens[1:-1], start=1):
        if _bare(token) not in _REPORTING or token.endswith(_CLAUSE_END):
            continue
        for j in range(i + 1, min(len(tokens), i + _THAT_REACH + 1)):
            if _bare(tokens[j]) == "that" and not tokens[j].endswith(_CLAUSE_END):
                return j + 1 if _has_verb(tokens[j + 1 :]) else None
            if tokens[j].endswith(_CLAUSE_END):
                break
    return None


def _has_verb(tokens: Sequence[str]) -> bool:
    return any(_verbish(t) for t in tokens)


def _verbish(token: str) -> bool:
    """Return True for a word that is likely a verb: a modal, an auxiliary, a past or -ing."""
    word = _bare(token)
    return word in _VERBS or (len(word) > 4 and word.endswith(("ed", "ing")) and word.isalpha())


def headline_text(tokens: Sequence[str]) -> str:
    """Return tokens as a headline: edge punctuation off, unpaired quotes off, capitalised."""
    text = " ".join(tokens).strip(_EDGE + " ")
    if text.count('"') % 2 or text.count("“") != text.count("”"):
        text = re.sub(r"[\"“”]", "", text).strip()
    return text[:1].upper() + text[1:]


def _opening(tokens: Sequence[str], *, max_chars: int) -> str:
    """Return the longest opening of the tokens within `max_chars`, ending on no stopword;
    "" when only the first word is left and it is one (the brief is then titled by its
    file name, and the report says so)."""
    end = len(tokens)
    while end > 1 and (
        len(headline_text(tokens[:end])) > max_chars or not _can_close(tokens[end - 1])
    ):
        end -= 1
    if _ends_on_stopword(tokens[end - 1]):
        return ""
    return headline_text(tokens[:end])[:max_chars]


def _attribution_tail(tokens: Sequence[str]) -> set[int]:
    """Return the indexes of a closing ", <source> reported ..." clause, source included.

    The span search stops at the attribution verb, but the words naming the source
    ("North Korea's state-run broadcaster KRT") would otherwise be left dangling.
    """
    for comma, token in enumerate(tokens):
        if not token.endswith(","):
            continue
        tail = tokens[comma + 1 :]
        verb = next(
            (i for i, t in enumerate(tail[:_ATTRIBUTION_REACH]) if _bare(t) in ATTRIBUTION), None
        )
        if verb is not None and not any(t.endswith(",") for t in tail[:verb]):
            return set(range(comma + 1, len(tokens)))
    return set()


def headline_tokens(sentence: str) -> list[str]:
    """Return the sentence's words without what headlinese drops (see the module docstring)."""
    tokens = _outside_brackets(sentence.split())
    dropped = _relative_clauses(tokens) | _time_phrases(tokens) | _attribution_tail(tokens)
    dropped |= _speaker_as_subject(tokens, dropped)
    for i, token in enumerate(tokens):
        if token.endswith(_CLAUSE_END):
            continue
        word = _bare(token)
        if word in _ARTICLES or (word in _AUXILIARIES and _before_verb(tokens, i)):
            dropped.add(i)
    kept = [
        t.rstrip(",") if i + 1 in dropped and _bare(tokens[i + 1]) in _RELATIVES else t
        for i, t in enumerate(tokens)
        if i not in dropped
    ]
    return kept or tokens


def _speaker_as_subject(tokens: Sequence[str], dropped: set[int]) -> set[int]:
    """Return the positions of "said (that) he" before a verb: "Blair said he will" -> "Blair will".

    The speaker is the subject of what it reports, so the headline can start with it and
    still carry the news. "It is" is left alone: "said it was time" is no speaker's act.
    """
    kept = [i for i in range(len(tokens)) if i not in dropped]
    for n, i in enumerate(kept[1:-2], start=1):
        if _bare(tokens[i]) not in _REPORTING or tokens[kept[n - 1]].endswith(_CLAUSE_END):
            continue
        rest = kept[n + 1 : n + 5]
        if _bare(tokens[rest[0]]) == "that" and not tokens[rest[0]].endswith(_CLAUSE_END):
            rest = rest[1:]
        if (
            len(rest) > 1
            and _bare(tokens[rest[0]]) in _SPEAKER_PRONOUNS
            and not tokens[i].endswith(_CLAUSE_END)
            and _verbish(tokens[rest[1]])
            and not _expletive(tokens, rest)
        ):
            return set(range(i, rest[0] + 1))
        return set()
    return set()


def _expletive(tokens: Sequence[str], rest: Sequence[int]) -> bool:
    """Return True for an "it" that stands for nothing: "it was time", not "it was cutting"."""
    if _bare(tokens[rest[0]]) != "it" or _bare(tokens[rest[1]]) not in _COPULAS:
        return False
    after = _bare(tokens[rest[2]]) if len(rest) > 2 else ""
    return not (_verbish(after) or after.endswith("ly") or after in {"still", "not", "now"})


def _before_verb(tokens: Sequence[str], i: int) -> bool:
    """Return True when an auxiliary leads into a verb it can be dropped before."""
    following = _bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
    return bool(following) and following not in _NEGATIONS and following[:1].isalpha()


def _relative_clauses(tokens: Sequence[str]) -> set[int]:
    """Return the positions of ", which ... ," and ", who ... ," clauses."""
    dropped: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i].endswith(",") and _bare(tokens[i + 1]) in _RELATIVES:
            end = next((j for j in range(i + 1, len(tokens)) if tokens[j].endswith(",")), None)
            if end is not None:
                dropped |= set(range(i + 1, end + 1))
    return dropped


def _time_phrases(tokens: Sequence[str]) -> set[int]:
    """Return the positions of "on Monday", "in January 2005", "last week" and the like."""
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        word = _bare(token)
        previous = _bare(tokens[i - 1]) if i else ""
        if word in _CALENDAR or (word in _PERIODS and previous in _RELATIVE_TIME):
            dropped.add(i)
            j = i - 1
            while j >= 0 and _bare(tokens[j]) in _TIME_LEADS and not tokens[j].endswith(","):
                dropped.add(j)
                j -= 1
            if i + 1 < len(tokens) and _YEAR.fullmatch(tokens[i + 1].strip(",.;:")):
                dropped.add(i + 1)
    return dropped


def _outside_brackets(tokens: Sequence[str]) -> list[str]:
    """Return the tokens outside (brackets): asides never make a headline."""
    kept, depth = [], 0
    for token in tokens:
        opens, closes = token.count("("), token.count(")")
        if depth == 0 and not opens:
            kept.append(token)
        depth = max(0, depth + opens - closes)
    return kept


def _bare(token: str) -> str:
    return token.strip(_EDGE + "()").lower()


def _can_open(token: str) -> bool:
    return bool(_WORDLIKE.search(token)) and _bare(token) not in STOPWORDS


def _can_close(token: str) -> bool:
    return bool(_WORDLIKE.search(token)) and not _ends_on_stopword(token)


def _ends_on_stopword(token: str) -> bool:
    words = re.findall(r"[A-Za-z']+", token)
    return bool(words) and words[-1].lower() in STOPWORDS


def _stub(tokens: Sequence[str], start: int, end: int) -> bool:
    """Return True when a span would end a word or two into a new clause ("..., saying UN")."""
    return any(
        tokens[i].endswith(",") or tokens[i] in {"-", "–", "—"}
        for i in range(max(start, end - 3), end - 1)
    )
