"""Word lists and token helpers shared by the analyzers."""

from __future__ import annotations

import html
import re
from functools import lru_cache

STOPWORDS = frozenset(
    """
    a an the and or but nor so yet of in on at to for from by with without about into
    onto over under after before during since until as than that this these those is are
    was were be been being has have had do does did will would can could may might must
    shall should it its he she they them his her their we our you your i me my who whom
    whose which what when where why how not no also very just more most such there here
    all any some each other own same than then too up down out off again further once s
    t
    """.split()
)

# Words that point back to an earlier sentence: a summary must not open on one of these
# unless the sentence before it is in the summary too.
OPENERS = frozenset(
    """
    he she they it his her their its him them this these those that but however also
    meanwhile moreover furthermore and so then yet still instead such there
    """.split()
)

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_ALPHA = re.compile(r"[A-Za-z][A-Za-z']*")
_POSSESSIVE = re.compile(r"['’]s?$")


def words(text: str) -> list[str]:
    """Return the alphabetic words of a text, in order."""
    return WORD.findall(text)


def plain_words(text: str) -> list[str]:
    """Return the lower-cased alphabetic words of a text, hyphenated parts split apart."""
    return [w.lower() for w in _ALPHA.findall(text.replace("’", "'"))]


def opens_with_reference(sentence: str) -> bool:
    """Return True when a sentence opens with a pronoun or connective needing context."""
    first = plain_words(sentence)[:1]
    # "It's" points back as much as "It" does.
    return bool(first) and first[0].split("'")[0] in OPENERS


# Patterns built from an article's words (a name, an acronym, a keyword) are asked for again
# sentence after sentence and article after article, and outnumber the 512 that `re` keeps:
# one cache holds them all, compiled once each.
@lru_cache(maxsize=16384)
def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """Return `source` compiled with `flags`, once per pattern."""
    return re.compile(source, flags)


def whole_word(word: str, flags: int = 0) -> re.Pattern[str]:
    """Return the pattern of `word` as a whole word (a word of letters: no escaping)."""
    return compiled(rf"\b{word}\b", flags)


# Every analyzer stems the same few thousand words over and over: each is worked out once.
@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return a crude stem: lower case, possessive and plural endings off ("cities" -> "city")."""
    word = _POSSESSIVE.sub("", word.lower())
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def unescape(text: str) -> str:
    """Return text with HTML entities decoded; scraped feeds carry `&#039;` and `&amp;`."""
    return html.unescape(text) if "&" in text else text
