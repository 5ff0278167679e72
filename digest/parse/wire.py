"""Wire furniture: datelines, agency tags and typewriter dashes, told apart from the text.

A wire story opens on its dateline: "BEIJING, May 18 (Xinhua) --", "PINE RIDGE, S.D. (AP)
--", "LOS ANGELES (AP) _", "SPRINGFIELD, Ill. •", "NEW YORK -", "Moscow:". Readers see it as
metadata, never as the first words of the news, so it is taken off the first paragraph:
the place (and the wire's own date, when given) becomes the dateline, the bracketed
agency the agency. Scrapes of news sites often run a photo caption, a byline, a
correction note or the agency's bullet points on into the same paragraph before the
dateline ("... (AP Photo/Jane Doe) BUENOS AIRES, Argentina (AP) - ..."): that lead-in is
furniture too, kept apart as the caption (with its credit) or the deck.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from digest.analyze.lexicon import FUNCTION_WORDS

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
# "May 18", "Feb. 4, 2024", "18 May": the wire's date, which wire copy prints without a year.
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?"
    rf"|\d{{1,2}}\s+{_MONTH}(?:\s+(?:19|20)\d\d)?)"
)
# A shouted place of one to five words: "NEW YORK", "ST.-DENIS", "PEARCE AIR FORCE BASE".
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:\s[A-Z][A-Z.'’\-]*){0,4}"
# A place in title case, as sites that copy wire text print it: "Moscow", "New Delhi".
_TITLE_PLACE = r"[A-Z][a-zà-ÿ'’\-]+(?:\s[A-Z][a-zà-ÿ'’\-]+){0,2}"
# ", Ill.", ", S.D.", ", United Arab Emirates": a state or country after the place.
_REGION = rf",\s*(?!{_MONTH}\b)[A-Z][A-Za-z.'’\-]*(?:\s[A-Z][A-Za-z.'’\-]*){{0,3}}"
# "(AP)", "(Xinhua)", "(Hollywood Reporter)", "(ANTARA News/AFP)" (a paper and the wire it
# took the story from); never "(AP Photo)", which credits a picture.
_AGENCY = (
    r"\((?P<agency>(?!\w+\sPhoto)[A-Za-z][\w.&'’\-]*(?:\s[A-Za-z][\w.&'’\-]*){0,2}"
    r"(?:/[A-Z][\w.&'’\-]*)?)\)"
)
# What sets a dateline off from the text: dashes (typed, en, em), AP's "_", a bullet or a
# colon; "?" is what a lost dash becomes in a badly decoded scrape ("SEPANG, March 15 ?").
# After an agency tag the separator may be missing: "AUBURN HILLS, Mich. (AP) Dennis...".
_SEPARATOR = r"(?P<sep>--|[-–—_•·|:?]|(?<=\)))"
_WIRE_TAIL = rf"(?:,\s*(?P<date>{_DATE}|\d{{1,2}}(?=\s*\()))?(?:\s*{_AGENCY})?\s*{_SEPARATOR}"
_DATELINE = re.compile(
    rf"(?P<place>{_CAPS_PLACE}|{_TITLE_PLACE})(?P<region>(?:{_REGION}){{0,2}}){_WIRE_TAIL}\s+"
)
# A dateline with no place: "April 2 (Bloomberg) -", "April 1, 2011 -", "(AP) -".
_DATE_ONLY = re.compile(rf"(?P<date>{_DATE})(?:\s*{_AGENCY})?\s*(?P<sep>--|[-–—_•:])\s+")
_AGENCY_ONLY = re.compile(rf"{_AGENCY}\s*(?P<sep>--|[-–—_•:]|)\s+(?=[A-Z\"“‘'])")
# A shouted place some sites run into the text with no separator at all: "WASHINGTON
# Prosecutors investigating ...". Only a word of five letters or more, or two words and
# more, before a capitalised word and lower-case text: "UK", "BBC" and "NASA" open
# sentences as subjects ("UK firms ...", "NASA Administrator Charles Bolden said"). Each
# word of a place has two letters: initials ("J. K. Rowling wrote") name a person.
_BARE_DATELINE = re.compile(
    r"(?P<place>[A-Z]{5,}[A-Z.'’\-]*|[A-Z][.'’\-]?[A-Z][A-Z.'’\-]*(?:\s[A-Z][.'’\-]?[A-Z][A-Z.'’\-]*){1,3})"
    r"\s(?=[A-Z][a-z]+\s[a-z])"
)
# A wire's note to editors in brackets, printed before the dateline: "(Updates with
# comments in second paragraph.) April 1 (Bloomberg) - ...". A deck, not text.
_EDITORS_NOTE = re.compile(r"\([A-Z][^()]{0,300}\)\s+")
# Inside a paragraph only an agency tag marks a dateline: a shouted place with the agency
# in it ("... Pisarenko) BUENOS AIRES, Argentina (AP) - "), or right before it
# ("... executive (AP) SAN FRANCISCO - ").
_INNER_DATELINE = re.compile(
    rf"(?:(?<=\s)|^)(?:(?P<tag>{_AGENCY.replace('agency', 'before')})\s+)?"
    rf"(?P<place>{_CAPS_PLACE})(?P<region>(?:{_REGION}){{0,2}}){_WIRE_TAIL}\s+(?=\S)"
)
# Words that start a run-in line but name no place: "UPDATE: ...", "A -".
_NOT_PLACES = frozenset({"A", "I", "AN", "THE", "UPDATE", "UPDATED", "BREAKING", "CORRECTION"})
_MAX_LEAD_IN_WORDS = 80  # a caption, a byline and the agency's bullet points; not a story
# "(AP Photo/Jane Doe)", "(Reuters/Stringer)", "(Photo: AFP)": a photo credit ends a caption.
_PHOTO_CREDIT = re.compile(
    r"\((?P<credit>[A-Z][\w.&'’\- ]*Photo(?:s|graph)?\b[^()]*|Photo(?:s)?:?\s[^()]+|"
    r"[A-Z][\w.& ]*/[^()]+)\)\s*$"
)
# A headline or a picture's label run into a shouted dateline with nothing between: "Brain
# swelling tied to bear death BERLIN - The Berlin zoo's ...", "Gmail action MANILA,
# Philippines – If you ...". The lead-in has no sentence end and lower-case words, so the
# capitals start the place; a dash and a capital follow it, as after any dateline. The
# lead-in is bounded, so a long paragraph is read in linear time.
_RUN_IN_DATELINE = re.compile(
    r"(?P<lead>[A-Z][^.!?()\[\]:;\"“”]{1,120}?)\s"
    rf"(?P<place>{_CAPS_PLACE})(?P<region>(?:{_REGION}){{0,2}})"
    rf"(?:,\s*(?P<date>{_DATE}))?\s*(?P<sep>--|[-–—])\s+(?=[A-Z\"“])"
)
_MAX_RUN_IN_WORDS = 14  # a headline's length; a longer lead-in is a sentence that lost its stop
_MIN_PLACE_LETTERS = 4  # "US", "UK" and "EU" are subjects as often as places
# A picture's caption opening the text, its credit a bare name in brackets: "Franco poses
# with 826 student Angelita Bowden. (Keith Lane) Ten years ago, ...". Credited, the line is
# the caption whatever its words; a name in brackets inside a lead runs on in lower case.
_CREDITED_CAPTION = re.compile(
    r"(?P<caption>[A-Z\"“][^()]{0,300}?[.!?][\"'”’]?)\s+"
    r"\((?P<credit>[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){1,2})\)\s+(?=[A-Z\"“])"
)
_MAX_CAPTION_WORDS = 40


@dataclass(frozen=True)
class Wire:
    """A paragraph with its wire furniture taken off; empty fields when it has none."""

    text: str
    dateline: str = ""  # "Beijing, May 18", "Pine Ridge, S.D."
    agency: str = ""  # "Xinhua", "AP"
    caption: str = ""  # a photo caption run on before the dateline
    credit: str = ""  # that caption's photo credit, "AP Photo/Jane Doe"
    deck: str = ""  # other furniture run on before it: bullet points, byline, correction note


def split_dateline(paragraph: str) -> Wire:
    """Return the first paragraph of an article with its dateline and agency taken off.

    Give it text, not a subheading: "Moscow: talks resume" is no dateline and its story.
    """
    if m := _opening_dateline(paragraph):
        return _wire(m, paragraph[m.end() :], lead_in="")
    if (note := _EDITORS_NOTE.match(paragraph)) and (
        m := _opening_dateline(paragraph[note.end() :])
    ):
        rest = paragraph[note.end() + m.end() :]
        return _wire(m, rest, lead_in=note.group().strip())
    if m := _inner_dateline(paragraph):
        return _wire(m, paragraph[m.end() :], lead_in=paragraph[: m.start()].strip())
    if (m := _BARE_DATELINE.match(paragraph)) and m.group("place").split()[0] not in _NOT_PLACES:
        return _wire(m, paragraph[m.end() :], lead_in="")
    if m := _run_in_dateline(paragraph):
        return _wire(m, paragraph[m.end() :], lead_in=m.group("lead"))
    if (m := _CREDITED_CAPTION.match(paragraph)) and len(
        m.group("caption").split()
    ) <= _MAX_CAPTION_WORDS:
        wire = split_dateline(paragraph[m.end() :])
        if wire.caption:
            return Wire(paragraph)
        return replace(wire, caption=m.group("caption"), credit=m.group("credit"))
    return Wire(paragraph)


def dateline_only(line: str) -> Wire | None:
    """Return the dateline of a line that holds nothing else ("WASHINGTON (AP) _"), or None."""
    m = _opening_dateline(line + " ")
    if m is None or line[m.end() :].strip():
        return None
    return _wire(m, "", lead_in="")


def opens_with_wire_dateline(line: str) -> bool:
    """Return True when a line opens on a dateline only wire copy writes: one with the
    agency or the date in it, or a shouted place before AP's "_" or a typed "--".

    "CDC: Drop in birth rates", "NEW YORK - Mayor resigns" and "Apr. 1 - Now in theaters"
    may be headlines;
    "WASHINGTON (AP) _ The Senate voted" is the first line of a story.
    """
    m = _opening_dateline(line)
    if m is None:
        return False
    groups = m.groupdict()
    if not (groups.get("place") or groups.get("agency")):
        return False  # "Apr. 1, 2011 - Now in theaters: ..." heads a page
    return bool(groups.get("agency") or groups.get("date") or groups.get("sep") in ("_", "--"))


def _opening_dateline(text: str) -> re.Match[str] | None:
    m = _DATELINE.match(text) or _DATE_ONLY.match(text) or _AGENCY_ONLY.match(text)
    if m is None or not _plausible(m):
        return None
    place = m.groupdict().get("place") or ""
    if m.group("sep") == ":" and text[m.end() : m.end() + 1] in "\"“'‘":
        return None  # 'Blair: "We will win."' names a speaker, not a place
    if m.group("sep") in ("-", "–", "—", "•", "·") and place and not place.isupper():
        # "Washington • The nation's...", "Moscow - The...": a title-case word before a dash
        # is a place only when the text after it starts a sentence.
        rest = text[m.end() :]
        if not rest[:1].isupper():
            return None
        # "Vote For Me - ITV1's talent show - starts tonight": a dash that opens an aside.
        if f" {m.group('sep')} " in rest.split(". ", 1)[0]:
            return None
    return m


def _inner_dateline(paragraph: str) -> re.Match[str] | None:
    for m in _INNER_DATELINE.finditer(paragraph):
        if len(paragraph[: m.start()].split()) > _MAX_LEAD_IN_WORDS:
            return None
        if (m.group("agency") or m.group("before")) and _plausible(m):
            return m
    return None


def _run_in_dateline(paragraph: str) -> re.Match[str] | None:
    """Return a shouted dateline a short headline or label runs into, or None."""
    m = _RUN_IN_DATELINE.match(paragraph)
    if m is None or not any(c.islower() for c in m.group("lead")):
        return None  # a lead-in all in capitals has no edge where the place starts
    words = m.group("lead").split()
    # A headline ends on a word of its own, never on "the" or "that": those run on into
    # the capitals ("... told on Friday that the VALMORA - ISLES route ...").
    if len(words) > _MAX_RUN_IN_WORDS or words[-1].lower() in FUNCTION_WORDS:
        return None
    letters = sum(c.isalpha() for c in m.group("place"))
    return m if letters >= _MIN_PLACE_LETTERS and _plausible(m) else None


def _plausible(m: re.Match[str]) -> bool:
    groups = m.groupdict()
    place = groups.get("place") or ""
    if place.split(" ")[0].strip(",.:").upper() in _NOT_PLACES:
        return False
    if m.group("sep") == "?" and not groups.get("date"):
        return False  # a lost dash is read as one only in a full dateline, date and all
    if m.group("sep") == "" and " " in (groups.get("agency") or " "):
        return False  # no separator: only a one-word agency tag ends the dateline
    if m.group("sep") == "" and m.string[m.end() : m.end() + 1].islower():
        return False  # "General Motors (GM) saw its ...": a name and its initials, no dateline
    if m.group("sep") == "_" and not (place.isupper() or groups.get("agency")):
        return False  # AP's "_" follows a shouted place
    return bool(place or groups.get("date") or groups.get("agency"))


def _wire(m: re.Match[str], rest: str, *, lead_in: str) -> Wire:
    groups = m.groupdict()
    place = groups.get("place") or ""
    # Wire copy shouts its datelines; show them like the others ("SHIMLA" -> "Shimla").
    place = _title_case(place) if place.isupper() else place
    region = " ".join((groups.get("region") or "").split())
    date = " ".join((groups.get("date") or "").split())
    dateline = ", ".join(x for x in (place + region, date) if x).strip(" ,")
    agency = groups.get("agency") or groups.get("before") or ""
    caption, credit, deck = "", "", lead_in
    if c := _PHOTO_CREDIT.search(lead_in):
        caption, credit, deck = lead_in[: c.start()].strip(), c.group("credit").strip(), ""
    return Wire(rest.strip(), dateline, agency, caption, credit, deck)


def _title_case(place: str) -> str:
    """Return "St. Louis" for "ST. LOUIS" and "Pine Ridge" for "PINE RIDGE"."""
    return re.sub(r"[A-Za-z]+", lambda w: w.group()[0] + w.group()[1:].lower(), place)


# "MONDAY, MAY 23, 2005", "Thursday 30 June 2005": a page's date line above its headline.
_DATE_LINE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<date>{_DATE})", re.IGNORECASE
)
_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def is_date_line(line: str) -> bool:
    """Return True for a line that is a date and nothing else."""
    return _DATE_LINE.fullmatch(line.strip()) is not None


def date_of_line(line: str) -> dt.date | None:
    """Return the date a date line prints, or None when it gives no year or no real day."""
    m = _DATE_LINE.fullmatch(line.strip())
    year = re.search(r"\b(?:19|20)\d\d\b", m.group("date")) if m else None
    if m is None or year is None:
        return None
    words = m.group("date").replace(year.group(), "")
    day, month = re.search(r"\d{1,2}", words), re.search(r"[A-Za-z]{3}", words)
    if day is None or month is None:
        return None
    try:
        number = _MONTHS.index(month.group().lower()) + 1
        return dt.date(int(year.group()), number, int(day.group()))
    except ValueError:  # "May 32"
        return None


# "--" is a typewriter's em dash; AP's " _ " is one too. A run of three or more underscores
# is a rule between items, which `split_rules` turns into paragraph breaks.
_DOUBLE_HYPHEN = re.compile(r"(?<!-)--(?!-)")
_UNDERSCORE_DASH = re.compile(r"(?<=\s)_(?=\s)")
_BULLET_UNDERSCORE = re.compile(r"^_+\s*(?=\w)")
_RULE = re.compile(r"(?:^|\s)(?:_{3,}|-{3,}|\*(?:\s*\*){2,}|={3,})(?:\s|$)")


def normalise_dashes(text: str) -> str:
    """Return text with typewriter dashes ("--", AP's " _ ") as the em dashes they stand for."""
    if "-" in text:
        text = _DOUBLE_HYPHEN.sub("—", text)
    if "_" in text:
        text = _BULLET_UNDERSCORE.sub("", _UNDERSCORE_DASH.sub("—", text))
    return text


def split_rules(paragraph: str) -> list[str]:
    """Return the parts of a paragraph that rules ("___", "* * *") divide, rules left out."""
    parts = _RULE.split(paragraph) if any(c in paragraph for c in "_-*=") else [paragraph]
    return [p.strip() for p in parts if p.strip()]
