"""Word classes and verb forms for headlines, from lemminflect's English lexicon.

A headline states news with a finite verb, in the present tense for past events
("Unilever merges its boards") and with "to" for the future ("Putin to visit
Pyongyang"). Finding that verb in a lead sentence and changing its tense needs to know
which words can be verbs, and in which forms: lemminflect's lexicon knows that ("rose"
is a past form of "rise" and also a noun; "sales" is only a noun) without a tagger
model, so looking a word up costs microseconds. Capitalised words inside a sentence are
names here, whatever the lexicon says ("Bush", "Reading").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from digest.analyze.lemma_tables import all_inflections, all_lemmas, inflection
from digest.analyze.lexicon import BE_WORDS

# Punctuation a token may carry at its edges: quotes, commas, brackets, dashes.
EDGE = "\"'“”‘’,;:.!?-–—()"
MODALS = frozenset("will would can could may might must shall should".split())
BE_FORMS = frozenset("is are was were am".split())
HAVE_FORMS = frozenset("has have had".split())
DO_FORMS = frozenset("does do did".split())
AUXILIARIES = MODALS | BE_FORMS | HAVE_FORMS | DO_FORMS
# Kept with their verb whatever else a verb group loses: "rarely have to" is no "have to".
NEGATIONS = frozenset({"not", "n't", "never", "rarely", "seldom", "hardly", "barely", "scarcely"})
DETERMINERS = frozenset(
    "the a an this that these those its their his her our my your some any every each no "
    "another such".split()
)
PREPOSITIONS = frozenset(
    """
    of in on at to for from by with without about into onto over under after before during
    since until against among amid amongst between through throughout towards toward across
    behind beyond near despite following via per than like around along within outside
    """.split()
)
# Words that open a new clause: a headline's object ends before them.
CLAUSE_OPENERS = frozenset(
    """
    and but or as because while when whereas although though if unless after before since
    which who whom whose where so amid despite following saying adding according including
    with until
    """.split()
)
# Word keys (crude stems: "wale" is Wales) of the heads of names of places, bodies and
# titled things: "Bank of England", "Labour Party", "Royal Albert Hall".
NAME_HEADS = frozenset(
    """
    party award prize code bureau commission exchange group company gallery open tunnel
    council office union bank league cup club association institute ministry department
    court house museum festival championship game trust fund agency service board
    authority corporation society foundation committee assembly parliament time news post
    airway airline motor record picture studio university college school hospital street
    road park square bridge centre theatre hall stadium tower island river sea ocean bay
    lake mountain valley kingdom state republic africa america korea wale ireland zealand
    arabia airport city county town act bill treaty order church catholic up insurance
    financial regional united rovers athletic wanderers albion
    """.split()
)
# Nouns of change: "a 222% rise", "a slump" say nothing until "in profit" says what rose.
CHANGE_NOUNS = frozenset(
    "rise rises fall falls increase increases decrease decreases jump jumps drop drops cut "
    "cuts slump surge growth decline boost".split()
)
# Nouns naming a part of what follows "of": "a quarter of a million consumers complain"
# ("the number of films falls" is one number).
PARTITIVES = frozenset("quarter half third majority minority lot lots rest bulk".split())
SUBJECT_PRONOUNS = frozenset("he she it they we i you".split())
POSSESSIVE_PRONOUNS = frozenset("his her its their our my your".split())
_PAST_TO_PRESENT_BE = {"was": "is", "were": "are"}
_VERB_TAGS = ("VB", "VBD", "VBN", "VBG", "VBZ", "VBP")


@lru_cache(maxsize=8192)
def word_classes(word: str) -> frozenset[str]:
    """Return the lexicon's classes of a lower-case word: NOUN, VERB, ADJ, ADV, AUX..."""
    return frozenset(all_lemmas(word))


@lru_cache(maxsize=8192)
def verb_tags(word: str) -> frozenset[str]:
    """Return the Penn tags a lower-case word has as a form of some verb ("rose": {"VBD"})."""
    tags: set[str] = set()
    for lemma in all_lemmas(word, "VERB").get("VERB", ()):
        table = all_inflections(lemma, "VERB")
        # The lexicon leaves the participle out where it is the past form ("created").
        table.setdefault("VBN", table.get("VBD", ()))
        tags.update(tag for tag, forms in table.items() if word in forms and tag in _VERB_TAGS)
    return frozenset(tags)


def verb_lemma(word: str) -> str:
    """Return the verb lemma of a lower-case verb form, the word itself when unknown."""
    for lemma in all_lemmas(word, "VERB").get("VERB", ()):
        if any(word in forms for forms in all_inflections(lemma, "VERB").values()):
            return str(lemma)
    return word


def present_form(word: str, *, plural: bool) -> str:
    """Return the present tense of a verb form agreeing with its subject ("rose" -> "rises")."""
    lower = word.lower()
    if lower in _PAST_TO_PRESENT_BE or lower in BE_FORMS:
        return "are" if plural else "is"
    if lower in HAVE_FORMS:
        return "have" if plural else "has"
    lemma = verb_lemma(lower)
    if plural:
        return lemma
    forms = inflection(lemma, "VBZ")
    return str(forms[0]) if forms else lemma


def is_passive(words: Sequence[str]) -> bool:
    """Return True for lower-case words ending on a participle after a form of "be": "is
    to be succeeded", "was named"; not "has named", nor "has been" (no participle after)."""
    if len(words) < 2 or "VBN" not in verb_tags(words[-1]):
        return False
    return any(word in BE_WORDS for word in words[:-1])


def base_form(word: str) -> str:
    """Return the bare infinitive of a verb form ("visited" -> "visit")."""
    return verb_lemma(word.lower())


def can_be_noun(word: str) -> bool:
    """Return True when the lexicon lists the word as a noun or adjective."""
    return bool(word_classes(word) & {"NOUN", "ADJ", "PROPN", "NUM"})


def is_common_noun(word: str) -> bool:
    """Return True for a word the lexicon lists as a noun only ("bookmaker", not "virgin")."""
    return word_classes(word) == {"NOUN"}


def is_plural_noun(word: str) -> bool:
    """Return True for a plural noun: "users", "MPs", "police"; not "Jones" or "news"."""
    if word.lower() in {"police", "people", "they", "we", "staff", "children", "women", "men"}:
        return True
    if len(word) > 2 and word[:-1].isupper() and word.endswith("s"):
        return True  # "MPs", "CEOs"
    lower = word.lower()
    if not lower.endswith("s") or lower.endswith(("ss", "us", "is", "news")):
        return False
    lemmas = all_lemmas(lower, "NOUN").get("NOUN", ())
    return any(lemma != lower for lemma in lemmas)


def bare(token: str) -> str:
    """Return a token without edge punctuation, lower case."""
    return token.strip(EDGE).lower()
