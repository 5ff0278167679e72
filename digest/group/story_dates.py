"""Story dates: the date an undated article states on its first lines.

A scraped page often carries its publication stamp as a line of the text rather than as
metadata: "Published: August 7, 2012", "Posted 11/27/2005 7:21 AM", "UPDATED 05 / 03 /
2013 at 11:00 AM EDT", "Tuesday 28 April 2009 22.34 BST". Such a line opens with the date
or holds little else; a date inside a sentence ("elections planned for December 15,
2013") is what the article reports, not when, and is not read. A numeric date puts the
month first ("05/03/2013": May 3), as American stamps do, unless its first number is over
12.

Stories use a stated date as evidence that groups were reported on the same days, never
as the article's date: the parser decides that.
"""

from __future__ import annotations

import datetime as dt
import re

STAMP_LINES = 3  # lines from the top (headline first) that may hold a stamp
STAMP_OTHER_WORDS = 2  # most words a stamp holds besides its date, time and stamp words
STAMP_WORDS = frozenset(
    """published first posted updated last modified created story article time date on at
    by in of monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
    thur thurs fri sat sun am pm""".split()
)

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_NAMED = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),  # May 3rd, 2013
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),  # 28 April 2009
)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)\s?([-.])\s?(?P<a>\d{1,2})\s?\2\s?(?P<b>\d{1,2})\b")
# 05/03/2013, 11 / 28 / 05, 27.09.2013: the order of day and month is not stated.
_NUMERIC = re.compile(
    r"(?<![\d:])(?P<a>\d{1,2})\s?([/.])\s?(?P<b>\d{1,2})\s?\2\s?(?P<year>(?:19|20)?\d\d)(?![\d:])"
)


def stated_date(title: str, text: str) -> dt.date | None:
    """Return the date a publication stamp among the first lines states, or None."""
    lines = [line for line in (title, *text.split("\n")) if line.strip()]
    for line in lines[:STAMP_LINES]:
        found = date_in_line(line)
        if found is not None and found[0] is not None and is_stamp(line, found[1]):
            return found[0]
    return None


def is_stamp(line: str, where: re.Match[str]) -> bool:
    """Return whether a line holding a date at `where` is a stamp: it opens with the date
    ("27/09/2013 - Turkmenistan to hold ...") or holds little else ("Posted on Thu Jun
    13, 2013 08:45 AM PDT")."""
    before, after = line[: where.start()], line[where.end() :]
    if not other_words(before):
        return True
    return len(other_words(before + " " + after)) <= STAMP_OTHER_WORDS


def other_words(text: str) -> list[str]:
    """Return the words of a text that are not stamp words, times or zones ("EDT", "UK")."""
    words = _WORD.findall(_TIME.sub(" ", text))
    return [w for w in words if w.lower() not in STAMP_WORDS and not w.isupper()]


def date_in_line(line: str) -> tuple[dt.date | None, re.Match[str]] | None:
    """Return the first unmistakable date the line gives (None when it does not exist)
    and where it is, or None when it gives none."""
    for pattern in _NAMED:
        if m := pattern.search(line):
            month = _MONTHS.index(m["month"][:3].lower()) + 1
            return checked_date(int(m["year"]), month, int(m["day"])), m
    if m := _ISO.search(line):
        return checked_date(int(m["year"]), int(m["a"]), int(m["b"])), m
    if m := _NUMERIC.search(line):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        year += 2000 if year < 100 else 0
        if a > 12 >= b:  # day first
            return checked_date(year, b, a), m
        return checked_date(year, a, b), m  # month first, as most English-language stamps
    return None


_WORD = re.compile(r"[^\W\d_]{2,}")
_TIME = re.compile(
    r"\b\d{1,2}\s?[:.]\s?\d\d(?:\s?:\s?\d\d)?\s?(?:[ap]\.?\s?m\b\.?)?", re.IGNORECASE
)


def checked_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None for one that does not exist ("February 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
