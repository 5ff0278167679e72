"""Words of names: a sentence's words that may make a name, and what each one is.

`entities` reads names from these: which words are capitalised, which only by their place
(a sentence's start, after a quote or a colon), which stand for a title ("President",
"Foreign Minister", "Brig. Gen."), and what to trim off a name's edges ("the", a month).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from digest.analyze.lexicon import (
    ARTICLES,
    FUNCTION_WORDS,
    MONTHS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    is_dictionary_word,
    is_verb_form,
)

# Words that may be part of a name: capitalised ("U.S.", "Kim", "Ki-moon"), with a capital
# inside ("iPhone"), or a lower-case joiner ("of", "van").
_NAME_WORD = re.compile(
    r"(?:[A-Z]\.){2,}|\b(?:[A-ZÀ-ÖØ-Þ]|[a-z]{1,2}[A-Z]|[dl]['’][A-Z])[\w'’.&\-]*"
    r"|\b(?:of|for|and|the|de|van|von|der|den|del|della|da|di|du|bin|al|la|le|y)\b"
)
LOWER_WORD = re.compile(r"(?<![\w'’])[a-z][a-z'’]*")
INITIALS = re.compile(r"(?:[A-Z]\.)+$")
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_CURRENCY = frozenset("$£€¥")
# Ranks shortened with a full stop before a name: "Brig. Gen. Timothy Reisch" (not "Gen X"),
# "NYPD Comm. Kelly" (a commissioner).
_RANKS = frozenset("gen brig maj adm pvt cpl det comm".split())
_DESCRIBING = frozenset(
    "born style wide era speaking centric winner winning nominee nominated owned".split()
)
_OPENING_MARKS = frozenset("\"“‘'(:[—–-•|·*")
# A sentence the splitter left joined: 'said." However' (a closing quote after the stop).
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]+$")
# Words that open a date ("Last September", "Next Tuesday") when a name's run ends on them;
# never the last word of a name.
_DATING = frozenset("last next this earlier later now today yesterday tomorrow tonight".split())
# Months as abbreviated, which are first names too: "Jan Brewer", "Dec Ryan".
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Lower-case words that belong inside a name: "Bank of England", "Institute for Fiscal
# Studies", "Ludwig van Beethoven"; "and" only in a body's name ("Food and Drug
# Administration", not "Russia and China").
JOINERS = frozenset("of for and the de van von der den del della da di du bin al la le y".split())


@dataclass(frozen=True)
class Token:
    """A word that may be part of a name, and where it stands in the text."""

    text: str  # possessive and closing full stop off
    start: int
    end: int  # of `text`
    raw_end: int  # of the word as written
    possessive: bool
    initial: bool  # capitalised by its place: sentence start, after a quote or colon
    cut: bool  # "US-led": the name ends here
    dotted: bool = False  # written with a full stop: "Gen.", "Brig."


def name_words(sentence: str, offset: int) -> list[Token]:
    """Return the words that can make a name: capitalised words and joiners. Other words
    are left out, so they break a run as punctuation does."""
    tokens = []
    for m in _NAME_WORD.finditer(sentence):
        text = m.group(0) if INITIALS.match(m.group(0)) else m.group(0).rstrip(".")
        possessive = bool(_POSSESSIVE.search(text)) and len(text) > 2
        if possessive:
            text = text[:-2] if text[-2] in "'’" else text[:-1]
        head, _, tail = text.partition("-")
        cut = bool(tail) and capitalised(head) and _describes(tail)
        text = head if cut else text.rstrip("'’")
        at = m.start()
        if not text or sentence[at - 1 : at] in _CURRENCY:
            continue  # "$US108": an amount
        before = sentence[max(0, at - 6) : at].rstrip()
        initial = (
            at == 0
            or (bool(before) and before[-1] in _OPENING_MARKS)
            or bool(_SENTENCE_END.search(before))
            # "Warner Bros. However": the splitter took the full stop for an abbreviation's.
            or (before[-1:] == "." and text.lower() in FUNCTION_WORDS)
        )
        start = offset + at
        dotted = m.group(0).endswith(".") and not INITIALS.match(m.group(0))
        tokens.append(
            Token(
                text, start, start + len(text), offset + m.end(), possessive, initial, cut, dotted
            )
        )
    return tokens


def _describes(tail: str) -> bool:
    """Return True for what follows a name's hyphen to describe something else or to go on
    with the sentence: "US-led", "UK-based", "Kenyan-born", "Brewer-who last year"; not
    "Ki-moon"."""
    small = tail in FUNCTION_WORDS  # a dash written as a hyphen: "Jan Brewer-who cut"
    return tail[:1].islower() and (tail in _DESCRIBING or is_verb_form(tail) or small)


def in_title_case(sentence: str, tokens: Sequence[Token]) -> bool:
    """Return True for a Title Case line, where capitals say nothing about names."""
    capitals = sum(1 for t in tokens if t.text[:1].isupper())
    if capitals < 3 or capitals * 2 < len(sentence.split()):
        return False  # most lines: settled without looking at every word
    return not any(w not in FUNCTION_WORDS for w in LOWER_WORD.findall(sentence))


def capitalised(word: str) -> bool:
    """Return True for a word written as a name is: "Kim", "U.S.", "iPhone", "d'Or"."""
    # "iPhone" and "eBay" are names too: a capital after the first letter.
    return word[:1].isupper() or (word[:1].islower() and any(c.isupper() for c in word[1:3]))


# Words that join the capitalised words of a body's name and give it no initial: "FDA" is
# the "Food and Drug Administration", "BoE" the "Bank of England", "SRCD" the "Society for
# Research in Child Development".
INITIAL_SKIPS = frozenset({"of", "and", "for", "in", "the", "&"})


def acronym(word: str) -> bool:
    """Return True for a word of two or more capital letters: "UN", "KRT", "U.S."."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def shouted(word: str) -> bool:
    """Return True for a common word in capitals: "CRUDE oil prices surged"."""
    return len(word) >= 5 and is_dictionary_word(word)


def is_title(run: list[Token], i: int) -> bool:
    """Return True when run[i] belongs to a title before or after a name."""
    lower = run[i].text.lower()
    if lower in TITLE_WORDS or (run[i].dotted and lower in _RANKS):
        return True
    if "-" in lower:  # "Secretary-General", "Vice-President"
        parts = lower.split("-")
        return any(p in TITLE_WORDS for p in parts) and all(
            p in TITLE_WORDS or p in TITLE_MODIFIERS for p in parts
        )
    if lower == "of" and i > 0 and run[i - 1].text.lower() in TITLE_WORDS:
        return True  # "Secretary of State"
    if lower in TITLE_MODIFIERS:
        j = i + 1
        while j < len(run) and run[j].text.lower() in TITLE_MODIFIERS:
            j += 1
        if j < len(run) and run[j].text.lower() in TITLE_WORDS:
            return True
        # "Attorney General", "Secretary of State": the modifier follows the title word.
        before = run[i - 1].text.lower() if i > 0 else ""
        return before in TITLE_WORDS or (before == "of" and i > 1 and is_title(run, i - 1))
    return False


def trim_edges(part: list[Token]) -> list[Token]:
    """Return the part without joiners, articles or dates at its edges: "Amy Raphael" of
    "writes Amy Raphael Last September"."""
    lo, hi = 0, len(part)
    while lo < hi and (_edge_word(part[lo].text) or _leading_month(part, lo, hi)):
        lo += 1
    while hi > lo and (_edge_word(part[hi - 1].text) or _trailing_date(part, lo, hi)):
        hi -= 1
    return part[lo:hi]


def _edge_word(word: str) -> bool:
    return word in JOINERS or word.lower() in ARTICLES


def _leading_month(part: list[Token], lo: int, hi: int) -> bool:
    """Return True for a month opening a name ("March Madrid"), except a first name a month
    shortens to, written without a full stop before a surname ("Jan Brewer"), or the month
    of a day's name ("April Fools Day", "May Day")."""
    first = part[lo]
    lower = first.text.lower()
    short = lower in _MONTH_SHORT and hi - lo > 1 and not first.dotted
    day = hi - lo > 1 and part[hi - 1].text == "Day"
    return lower in MONTHS and not short and not day


def _trailing_date(part: list[Token], lo: int, hi: int) -> bool:
    """Return True for a month closing a name, except "May" after a name ("Theresa May"),
    or a word that dates one ("Last" of "Last September") after a name's words."""
    last = part[hi - 1]
    if last.text.lower() in _DATING and hi - 1 > lo:
        return True
    if last.text.lower() not in MONTHS:
        return False
    return not (last.text == "May" and hi - 1 > lo and not part[hi - 2].possessive)
