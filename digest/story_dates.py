"""Story dates: the date an undated article states on its first lines.

A scraped page often carries its publication stamp as a line of the text rather than as
metadata: "Published: August 7, 2012", "Posted 11/27/2005 7:21 AM", "UPDATED 05 / 03 /
2013 at 11:00 AM EDT", "Tuesday 28 April 2009 22.34 BST". Such a line is short and is
mostly the date; a date inside a sentence ("elections planned for December 15") is what
the article reports, not when, and is not read. A numeric date puts the month first
("05/03/2013": May 3), as American stamps do, unless its first number is over 12.

Stories use a stated date as evidence that groups were reported on the same days, never
as the article's date: the parser decides that.
"""

from __future__ import annotations

import datetime as dt
import re

STAMP_LINES = 3  # lines from the top (headline first) that may hold a stamp
STAMP_MAX_WORDS = 14  # a longer line is a sentence, whatever dates it holds

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
        if len(line.split()) <= STAMP_MAX_WORDS and (day := date_in_stamp(line)) is not None:
            return day
    return None


def date_in_stamp(line: str) -> dt.date | None:
    """Return the first unmistakable date the line gives, or None."""
    for pattern in _NAMED:
        if m := pattern.search(line):
            month = _MONTHS.index(m["month"][:3].lower()) + 1
            return checked_date(int(m["year"]), month, int(m["day"]))
    if m := _ISO.search(line):
        return checked_date(int(m["year"]), int(m["a"]), int(m["b"]))
    if m := _NUMERIC.search(line):
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        year += 2000 if year < 100 else 0
        if a > 12 >= b:  # day first
            return checked_date(year, b, a)
        return checked_date(year, a, b)  # month first, as most English-language stamps
    return None


def checked_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None for one that does not exist ("February 30")."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
