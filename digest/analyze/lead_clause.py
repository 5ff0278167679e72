"""The subject and object of a lead's first sentence: what the news is about, however
seldom the text says the word again ("Violent video games should carry larger warnings").

No parser: the main clause's verb is the first auxiliary, modal or verb form past the
sentence's first word; its subject is the noun phrase opening the clause before it, its
object the noun phrase right after its verb group. Either is left out when the words there
are no plain noun phrase (a preposition, a number, a clause).
"""

from __future__ import annotations

import re

from digest.analyze.lexicon import (
    BE_WORDS,
    FUNCTION_WORDS,
    is_past_form,
    is_verb_form,
    word_classes,
)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d.,%]*|[^\sA-Za-z\d]")
_AUXILIARIES = BE_WORDS | frozenset(
    "has have had will would can could may might must shall should do does did".split()
)
# Inside a verb group, between the auxiliary and the object: "has not", "is to", "has now".
_VERB_GROUP = _AUXILIARIES | frozenset("not to also now already just still".split())
# Past forms English also has as nouns; after a subject, verbs: "confidence fell".
_PAST_FORMS = frozenset("fell rose saw hit won led left cut put set beat bid".split())
# Opening a noun phrase, not part of what it names: "the", "its", "more than 90% of".
_OPENING = frozenset(
    "the a an its his her their our this that these those more less than over under about"
    " nearly almost around some".split()
)
# Ending a noun phrase, as the prepositions FUNCTION_WORDS holds do: "highs above $53".
_PREPOSITIONS = frozenset(
    "above below near against between inside outside like through off".split()
)
# Ending an opening phrase or a dateline before the clause: "SAN FRANCISCO - In the shadow
# of City Hall, sidewalks abound".
_BOUNDARIES = frozenset(",;:-–—•()")
_BRACKETS = re.compile(r"\([^()]*\)")
_RELATIVES = frozenset("that which who whose".split())
_BEFORE_A_VERB = frozenset(
    "to will would can could may might must shall should do does did".split()
)
_ADVERB = re.compile(r"^[a-z]{3,}ly$")
_NUMBERS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())


def clause_phrases(sentence: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the lower-case words of the subject's and the object's noun phrases of the
    sentence's main clause, each () when there is none to be found."""
    # Brackets hold an aside or an acronym: "Former New Orleans Police Department (NOPD)
    # Officer David Warren was sentenced".
    tokens = _TOKEN.findall(_BRACKETS.sub(" ", sentence))
    verb = _main_verb(tokens)
    # A verb after "that" or "who" is a relative clause's: "the sign that the recovery
    # is taking root arrived".
    if verb is None or _RELATIVES & {t.lower() for t in tokens[:verb]}:
        return (), ()
    return _subject(tokens[:verb]), _object(tokens[verb:])


def _main_verb(tokens: list[str]) -> int | None:
    """Return the index of the main clause's first verb word, None when there is none."""
    for i, token in enumerate(tokens[1:], 1):
        word = token.lower()
        if word in _AUXILIARIES:
            return i
        # A participle after a noun describes it: "a comedy starring Paul Giamatti".
        participle = word.endswith("ing") and tokens[i - 1].lower() not in _AUXILIARIES
        if participle:
            continue
        verbal = _verb_word(word) and word not in _VERB_GROUP - _AUXILIARIES
        if token.islower() and verbal and tokens[i - 1].lower() not in _OPENING:
            # "ministers meet on Thursday to discuss": the main verb was missed.
            return None if tokens[i - 1].lower() == "to" else i
    return None


def _verb_word(word: str) -> bool:
    """Return True for a word of a verb group: "has", "not", "been", "hit", "raised"."""
    return (
        word in _VERB_GROUP
        or word in _PAST_FORMS
        or _only_a_verb(word)
        or is_verb_form(word)
        or is_past_form(word)
    )


def _only_a_verb(word: str) -> bool:
    classes = word_classes(word)
    return "VERB" in classes and not classes & {"NOUN", "PROPN", "NUM"}


def _subject(tokens: list[str]) -> tuple[str, ...]:
    """Return the noun phrase opening the clause before its verb: "business confidence" of
    "Business confidence among Japanese manufacturers has weakened"."""
    segments: list[list[str]] = [[]]
    for token in tokens:
        if token in _BOUNDARIES:
            segments.append([])
        else:
            segments[-1].append(token)
    for segment in segments:
        # Past a dateline ("SAN FRANCISCO -") and an opening phrase ("In the shadow of
        # City Hall, sidewalks abound"); an apposition after the subject is no subject:
        # "Sideways, a wine-tasting comedy ..., is up for six awards".
        dateline = all(t.isupper() for t in segment)
        opening = segment[0].lower() in FUNCTION_WORDS - _OPENING if segment else True
        if not (dateline or opening) and (words := _noun_phrase(segment)):
            return words
    return ()


def _object(tokens: list[str]) -> tuple[str, ...]:
    """Return the noun phrase right after the verb group: "larger warnings" of "should
    carry larger warnings so parents ..."; () for "has sunk by 16%" or "said that"."""
    i = 1  # past the verb: "saw" of "Deutsche Telekom saw strong profits"
    while i < len(tokens) and (
        _verb_word(tokens[i].lower())
        or _ADVERB.match(tokens[i])
        # After a modal or "to" comes a verb: "will appeal against", "is to boost spending".
        or tokens[i - 1].lower() in _BEFORE_A_VERB
    ):
        i += 1
    return _noun_phrase(tokens[i:])


def _noun_phrase(tokens: list[str]) -> tuple[str, ...]:
    """Return the plain words of the noun phrase the tokens open, up to the first word of
    grammar, mark or verb; () when they open on a preposition, a number or a clause."""
    words: list[str] = []
    end = len(tokens)
    for i, token in enumerate(tokens):
        end, word = i, token.lower()
        if not words and word in _OPENING:
            continue
        # A number inside a description before a name goes on: "Number eight Imanol
        # Harinordoquy has been dropped", "Formula One Lewis Hamilton".
        described = words and word in _NUMBERS and _name_follows(tokens, i)
        if described:
            words.append(word)
            continue
        if not token[0].isalpha() or word in FUNCTION_WORDS | _AUXILIARIES | _PREPOSITIONS:
            break
        if word_classes(word) == {"ADV"}:  # "Lace, suddenly, is everywhere"
            break
        # A participle opens a phrase ("rising fuel costs") or ends it ("a guitar belonging").
        # (A plural the lexicon lacks as a noun, "calls", is no verb: is_verb_form.)
        if token.islower() and is_verb_form(word) and (words or not word.endswith(("ing", "ed"))):
            break
        words.append(re.sub(r"['’]s$", "", word))
        end = i + 1
    # "a string of Grammy Awards", "a number of": a word that counts what follows.
    if len(words) == 1 and end < len(tokens) and tokens[end].lower() == "of":
        return ()
    return tuple(words)


def _name_follows(tokens: list[str], i: int) -> bool:
    """Return True when a capitalised word follows the token at `i`."""
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    return following[:1].isupper() and following[:1].isalpha()
