"""Headlinese for quantities and stock phrases: the lead's text rewritten as headlines write it.

Headlines give numbers as figures and spend no word a reader does not miss: "twelve per
cent" -> "12%", "more than 40" -> "over 40", "rose by 5%" -> "rose 5%", "at the age of
85" -> "aged 85", "the government of Aldoria" -> "Aldoria", "fans around the world" ->
"fans". Each rewrite keeps the sentence's meaning and grammar, so the clause finder reads
the result as it would the lead itself.
"""

from __future__ import annotations

import re

from digest.analyze.headline_grammar import can_be_noun, verb_tags

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_NUMBER_WORD = rf"(?:(?:{'|'.join(_TENS)})(?:-(?:{'|'.join(_UNITS[1:10])}))?|{'|'.join(_UNITS)})"
_FIGURE = r"[$£€]?\d[\d,]*(?:\.\d+)?"
# "12 per cent", "twelve percent", "12 pc": a share is written "12%".
_PERCENT = re.compile(
    rf"\b(?P<number>{_FIGURE}|{_NUMBER_WORD})(?:\s+per\s*cent|\s+percent|\s+pc)\b", re.IGNORECASE
)
_KEEPS_WORDS = frozenset("of to at than from in on with about around over by".split())
_AGE = re.compile(r"\bat the age of (\d+)")
# "more than 40 stars": a count or an amount follows ("more than expected" stays).
_MORE_THAN = re.compile(rf"\b([Mm])ore than (?=(?:{_FIGURE}|{_NUMBER_WORD}|a|half)\b)")
# "fell by 16%", "rose by $3bn": a verb of change takes its amount without "by".
_BY_AMOUNT = re.compile(
    r"\b(?P<verb>[a-z]+) by (?=(?:over |more than |about |around |almost |nearly )?"
    r"(?:[$£€]\d[\d,.]*(?:bn|m|k)?|\d[\d,.]*(?:%|\s+per\s*cent|\s+percent|\s+points?))"
    r"(?:[\s,.;:]|$))"
)
# "leaders from around the globe", "fans around the world": where is everywhere.
_EVERYWHERE = re.compile(
    r"\s(?:from )?(?:all )?(?:around|across|round|over) the (?:world|globe)\b(?! of\b)"
)
# "the government of Aldoria" is "Aldoria" in a headline.
_GOVERNMENT_OF = re.compile(r"\b[Tt]he (?:government|administration) of (?=[A-Z])")


def headlinese(sentence: str) -> str:
    """Return the sentence with its quantities and stock phrases as a headline writes them."""
    text = _AGE.sub(r"aged \1", sentence)
    text = _PERCENT.sub(_as_figure, text)  # "nine per cent" -> "9 per cent"
    text = _BY_AMOUNT.sub(_without_by, text)
    text = _PERCENT.sub(_as_percent, text)
    text = _MORE_THAN.sub(lambda m: "Over " if m.group(1) == "M" else "over ", text)
    text = _EVERYWHERE.sub("", text)
    return _GOVERNMENT_OF.sub("", text)


def figure(word: str) -> str:
    """Return a number word as a figure ("twelve" -> "12", "forty-two" -> "42"); a figure
    or any other word comes back as it was."""
    lower = word.lower()
    if lower in _UNITS:
        return str(_UNITS.index(lower))
    tens, _, unit = lower.partition("-")
    if tens in _TENS and (not unit or unit in _UNITS[1:10]):
        return str(20 + 10 * _TENS.index(tens) + (_UNITS.index(unit) if unit else 0))
    return word


def _as_figure(match: re.Match[str]) -> str:
    number = match["number"]
    return figure(number) + match[0][len(number) :]


def _as_percent(match: re.Match[str]) -> str:
    """Return "12%" for "twelve per cent"; after "of" or "to" the words stay, so that a
    headline closing on the share never reads as closing on "of" ("a low of 8.8 percent")."""
    before = match.string[: match.start()].split()[-1:]
    if before and before[0].lower() in _KEEPS_WORDS:
        return match[0]
    return figure(match["number"]) + "%"


def _without_by(match: re.Match[str]) -> str:
    """Return "fell" for "fell by" when the word before "by" is a verb form; else unchanged."""
    verb = match["verb"]
    tags = verb_tags(verb)
    # "fell by", "has risen by", "slumps by"; "costs by" and "a rise by" keep it: a noun
    # may be what goes up
    if tags & {"VBD", "VBN"} or (tags and not can_be_noun(verb)):
        return f"{verb} "
    return match[0]
