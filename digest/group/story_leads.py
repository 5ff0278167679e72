"""Leads: what a brief's headline and first sentence name, to part stories by.

A brief's whole text says what it is about; its lead (headline and first sentence) says
what happened. Reports of one event and its follow-ups name its place, people or thing
in their leads ("Yukos", "Kenteris", "Grigoropoulos"), while a brief that joined them by
subject leads with its own news ("India and Russia in energy talks" among Yukos' court
days, "Britain boosted by Holmes double" among the Greek sprinters' hearings). Inside a
story two briefs are linked when their leads share a name of the story's own (most of
the batch's leads naming it are in the story: "Russia" leads briefs on everything) or
`LEAD_SHARED_WORDS` words of any kind ("Athens", "teenager", "police"), a name of several
words counting once (a club's win and its captain's interview that share the club and
"Northern Cup" share two things: `shared_words`); briefs that fall
into separate linked parts are separate stories. A name in capitals ("HP", "LSE") is
also named by a lead whose run of capitalised words spells it out ("Hewlett-Packard",
"London Stock Exchange": `with_short_forms`): one report leads with a firm's initials,
another with its name.

A brief linked to one report by a place or an occasion alone ("Athens", "Olympic": a
look back at the year's Games among the Greek sprinters' hearings) gives none of the words
most leads of its part give, its actors' names or what happened to them: it stands alone
(`without_strays`). A report or follow-up of the event gives one of them at least; the
names most leads give are a check on what links them, not a second way to link.

Two names can mark two events inside one story: "Oscar" leads one ceremony's reports and
"Bafta" the other's, a film up for both linking them. When two names are each given by
several leads and never by one lead together, hold most of the story's leads between
them, and share no third name that most leads of each give (`rival_names`), no lead of
one side is linked to a lead of the other. Rival bidders for one exchange are parties to
one event, and most leads of each name what they bid for.

Who, where and when tell two events apart (`told_apart`). A headline's actors are the
names it gives that its first sentence gives again ("Murray" of "Murray returns to
Scotland fold", "Euan Murray has been named ..."), countries and bodies aside (the shipped
aliases: "Scotland" is the side both players join); two leads whose actors each include
one the other lead never names report two people's or two places' news, and are not
linked. Nor are two leads that name a period of one kind and never the same one: a
monthly figure of January and one of February, a cup's third round and its fourth, a
quarter's profits and the next quarter's, a year's results and the year before's
(`periods_in`); nor a lead counting a run of weeks past the first ("top of the chart for a
second week") and one naming no week, which reports another week of the run (`counts_on`).
Nor are two leads that give a figure of one kind and never the same one: two quakes of
magnitude 5.9 and 6.1, orders for 43 aircraft and for 30, shares up 6% and down 18%, a
side's 2-1 win and its 0-0 draw (`figures_in`). A sum of money is no such figure: the
sources of one deal report different sums. Nor are two leads that each name a side a match
is played against that the other lead never names (`opponents_in`): a side's match against
one club and its next against another ("to face Kerrow", "Westholm 12-30 Dunmore") are
two events, while the reports of one match name both its sides. Periods, figures and
sides tell apart leads without a headline too: they are read in any opening, while a
headline's actors need a headline.
Briefs told apart by period, side or a magnitude or score never share a part, not even
through a third brief linked to both (a lead on one country's jobless total "last month",
linked to January's and February's figures): links are taken closest first, and a link
that would put two such leads in one part is passed over, so the third brief joins the
occasion it shares most with (`other_occasion`). Two headlines' actors and the other
figures are weaker evidence: a party's poster and its election chief's defence of it are
one affair's news, and a bidder's shares move another way each day of its bid. A story of
two told apart is parted. A lead that counts back to a period ("rose above five million
last month") is given the period the next sentence names ("... in January":
`periods_read_on`).

A first sentence that names no one ("They gripped rocks and stones ...") sets a scene, and
the lead reads on to the next (`opening`). A text with no headline of its own gives only
its opening, which often sets a scene in words that name something ("Another day in
Hollywood; another star in rehab."): it is no evidence, so a story holding one is left
whole.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import combinations, islice
from typing import Any

import numpy as np
import numpy.typing as npt

from digest.analyze.lexicon import shipped_aliases, zipf
from digest.analyze.name_words import acronym
from digest.group.story_words import STOPWORDS, run_ends, text_key
from digest.model import Article

LEAD_RARE_ZIPF = 3.5  # a word rarer than this in English is specific ("jibe", "ricochet")
LEAD_OWN = 0.5  # least share of the batch's leads naming a word that are in the story
LEAD_SHARED_WORDS = 3  # words two leads share, of any kind, that link them
LEAD_LEAST_STORY = 3  # a story of two stands by its cosine (`parted_pairs`) unless told apart
RIVAL_LEAST = 2  # leads each of two rival event names is given by, at least
RIVAL_COVER = 0.75  # least share of a story's leads that two rival names hold between them
SPELLED_LEAST, SPELLED_MOST = 2, 5  # words in a run a short form stands for
TITLE_CASE_SHARE = 0.8  # "HP's Mark Hurd: Thoughts on consolidation" is not title case
_RUN_JOINERS = frozenset({"of", "and", "for"})
# Periods a figure or a contest is counted by: a week's chart, a month's jobless total, a
# quarter's profits, a cup's round. Not "day": a trial's or a summit's days are one story.
PERIOD_WORDS = frozenset({"week", "month", "quarter", "round"})
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[\s-]+([a-z]{3,})\b",
    re.IGNORECASE,
)
# A year on its own, not in a span ("2004-05"), a date ("10/12/2004"), a sum ("$2004") or
# a time of day ("from 1900 GMT", "at 2030 hours").
_YEAR = re.compile(
    r"(?<![\w.,/:$£€-])(?<!since )(?<!Since )(19\d\d|20\d\d)(?![\w/:-]|[.,]\d)"
    r"(?!\s?(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|ET|hrs|hours|h)\b)"
)
# A period counted back to ("last month"), whose name the next sentence may give.
_LAST_PERIOD = re.compile(r"\b(?:last|previous)\s+(month|quarter)\b", re.IGNORECASE)
# A run counted in these ("for a third week") repeats a period: its first, or another, is
# another story. A quarter's or a round's other reports may not name it ("profits in the
# three months to June", "beat Stoke at the Britannia"); a chart's week is named.
COUNTED_ON = frozenset({"week"})
# Months in full only: "Jan" is a first name too.
_MONTH_NAMES = frozenset(
    "january february march april may june july august september october november december".split()
)

# A figure written in digits, with the unit the lead counts it in: "6%", "43 aircraft",
# "30 Airbus A320 aircraft" (up to two names between), "magnitude 5.9", "5.9-magnitude".
# A number joined to another ("17-28", "7-6", "10/12", "9:30") is a score, a date or a
# time; one after a currency sign or before a scale ("$44.7m", "674 million") is a sum,
# which the sources of one event give differently.
_FIGURE = re.compile(
    r"(?<![\w.,$£€¥/:–-])(\d+(?:[.,]\d+)*)(?![\d.,]*\d)(?![-–/:]\d)"
    r"(\s?%|\s?per\s?cent\b)?(?:[\s-]+(?:[A-Z][\w-]*\s+){0,2}([^\W\d_]+))?"
)
# Two numbers of up to three digits joined by a dash: a score ("17-28", "2 - 1"). Not one
# in brackets (a boxer's record, a tie-break), nor one of three numbers ("45-7-2"), nor a
# running tally ("puts Spain 2-0 up", "a 2-1 lead"): a tie's or a series' days give
# another each.
_SCORE = re.compile(
    r"(?<![\w.,/:$£€(–-])(\d{1,3})\s?[-–]\s?(\d{1,3})(?![\w.,/:–-]|\s?[-–]\s?\d)"
    r"(?!\s+(?:up|down|ahead|behind|lead|advantage)\b)"
)
# A side's name: a run of capitalised words on one line ("Ana Vale", "Dunmore Rovers").
_SIDE = r"([A-Z][\w'’-]*(?: +[A-Z][\w'’-]*)*)"
# Words a match's other side follows ("to face Kerrow", "beat Ana Vale", "Ashby v Kerrow");
# "the" may come between ("against the Lakers").
_FACING = re.compile(
    r"\b(?:against|face[sd]?|facing|beat(?:s|en)?|defeat(?:s|ed)?|v|vs|versus|lost to|"
    rf"loses? to|draw with|drew with)\.? +(?:the +)?{_SIDE}"
)
# The two sides of a score ("Westholm 12-30 Dunmore").
_SCORE_LINE = re.compile(rf"{_SIDE} +\d{{1,3}} ?[-–] ?\d{{1,3}} +{_SIDE}")
# Figures one occasion gives and another of its kind does not: a quake's magnitude, a
# match's score. A share's move or a count changes from day to day of one affair.
OCCASION_FIGURES = frozenset({"magnitude", "score"})
_SCALES = frozenset({"m", "bn", "million", "billion", "trillion", "mn", "k"})
# Spans of time and ages ("three days", "33-year-old") vary between the reports of one
# event and measure no event's size; "times" and ordinal endings ("6th") count nothing. A
# toll of the dead or hurt rises from one report of an event to the next ("50 people").
_NOT_UNITS = frozenset(
    "year month week day hour minute second time old st nd rd th am pm gmt people person "
    "dead death killed injured wounded hurt victim casualty casualties missing".split()
)

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A sentence ends at . ! or ? after a lower-case letter, digit or closing quote, before a
# capital or an opening quote: "Mr. Smith" and "$1.5bn" do not end one.
_SENTENCE_END = re.compile(r"(?<=[a-z0-9\"”’)][.!?])\s+(?=[\"“‘A-Z])")
_POSSESSIVE = re.compile(r"['’]s$")
# Two capitalised words or more joined by spaces or hyphens: "Dan Marsh", "Anglo-Irish".
_CAPITALISED = r"[A-Z][^\W_]*(?:['’][^\W\d_]+)*"
_NAME_RUN = re.compile(rf"{_CAPITALISED}(?:[ -]+{_CAPITALISED})+")
_RUN_PARTS = re.compile(r"[ -]+")


@dataclass(frozen=True)
class Lead:
    """The words of a brief's headline and first sentence, folded to a plain form."""

    headed: bool  # the article has a headline of its own
    names: frozenset[str]  # capitalised or rare in English
    words: frozenset[str]  # every word but the stopwords
    acronyms: frozenset[str] = frozenset()  # names written in capitals: "hp", "lse"
    spelled: frozenset[str] = frozenset()  # initials of runs of capitalised words
    actors: frozenset[str] = frozenset()  # names the headline and first sentence both give
    periods: frozenset[tuple[str, str]] = frozenset()  # ("month", "january"), ("round", "third")
    figures: frozenset[tuple[str, str]] = frozenset()  # ("%", "6"), ("aircraft", "43")
    opponents: frozenset[str] = frozenset()  # sides a match is played against: "kerrow"
    joined: frozenset[str] = frozenset()  # names of several words: "champion league"


def read_lead(article: Article) -> Lead:
    """Return the words of an article's headline and the first sentence of its body."""
    body = [p.text for p in article.body if p.text.strip()]
    if body and article.title and body[0].strip() == article.title.strip():
        body = body[1:]  # the text's own headline line, which the title repeats
    first = opening(body)
    text = f"{article.title}\n{first}"
    periods = periods_in(text)
    names, words, acronyms = set(), set(), set()
    for match in _WORD.finditer(text):
        plain = _POSSESSIVE.sub("", match.group(0).lower())
        if plain in STOPWORDS:
            continue
        if acronym(_POSSESSIVE.sub("", match.group(0))):
            acronyms.add(plain)
            names.add(plain)  # "HP", "GM": a name of two letters
        if len(plain) < 3:
            continue
        words.add(folded(plain))
        if match.group(0)[0].isupper() or zipf(plain) < LEAD_RARE_ZIPF:
            names.add(folded(plain))
    return Lead(
        bool(article.title),
        frozenset(names),
        frozenset(words),
        frozenset(acronyms),
        spelled_out(text),
        actors_of(article.title, first),
        periods | periods_read_on(body, first, periods),
        figures_in(text),
        opponents_in(text),
        joined_names(text),
    )


def capitalised_in(text: str, *, first: bool) -> set[str]:
    """Return the capitalised words of a text in lower case, its first word only when
    `first` (a sentence's first word is capitalised by its place)."""
    found = set()
    for k, match in enumerate(_WORD.finditer(text)):
        word = _POSSESSIVE.sub("", match.group(0))
        plain = word.lower()
        if (k or first) and word[0].isupper() and plain not in STOPWORDS and word != "I":
            found.add(plain)
    return found


def actors_of(title: str, first: str) -> frozenset[str]:
    """Return the names a headline gives that its first sentence gives again past its
    first word, folded: who or where the news is about ("Murray" of "Murray returns to
    Scotland fold" and "Euan Murray has been named ..."); a word capitalised by a
    headline's style ("Bets off after ...") is not given again. Countries, their peoples
    and the bodies of the shipped aliases are a setting, not an actor: two players join
    one side."""
    if not title:
        return frozenset()
    given = capitalised_in(title, first=True) & capitalised_in(first, first=False)
    return frozenset(folded(name) for name in given if name not in shipped_aliases())


def periods_in(text: str) -> frozenset[tuple[str, str]]:
    """Return the periods a lead names, each as (kind, which): a month in full, capitalised
    past a line's first word ("jobless total rose in January": "May" opening a line is
    the verb), an ordinal before a word ("third round", "fourth quarter") and a year
    ("profits for 2004"; not one after "since", which dates a comparison, nor one in a
    span such as "2004-05")."""
    months = {("month", w) for w in capitalised_in_lines(text) if w in _MONTH_NAMES}
    ordinals = {
        (folded(m.group(2).lower()), m.group(1).lower())
        for m in _ORDINAL.finditer(text)
        if folded(m.group(2).lower()) in PERIOD_WORDS
    }
    years = {("year", m.group(1)) for m in _YEAR.finditer(text)}
    return frozenset(months | ordinals | years)


def figures_in(text: str) -> frozenset[tuple[str, str]]:
    """Return the figures a lead gives in digits, each as (unit, value): a share ("6%",
    "18 per cent": "%"), a magnitude ("magnitude 5.9", "6.1-magnitude") or a count of
    the lower-case noun after it, past up to two names ("43 aircraft", "30 Airbus A320
    aircraft"), its value without separators ("5,000" and "5000" are one), and a score
    ("score", its two numbers in rising order: "2-1" and "1-2" are one match's). Sums of
    money, years, dates, times, spans of time, ages and tolls of the dead or hurt are no
    figures (`_FIGURE`, `_NOT_UNITS`), nor a boxer's record in brackets ("(52-3)": it
    changes with the fight) or a tie-break's score."""
    found = set()
    for match in _FIGURE.finditer(text):
        digits, share, after = match.groups()
        before = text[max(0, match.start() - 14) : match.start()].lower()
        unit = "%" if share else figure_unit(before, after or "")
        value = digits.replace(",", "")
        if unit and not (unit != "%" and re.fullmatch(r"1[89]\d\d|20\d\d", value)):
            found.add((unit, value))
    scores = {("score", "-".join(sorted(m.groups(), key=int))) for m in _SCORE.finditer(text)}
    return frozenset(found | scores)


def figure_unit(before: str, after: str) -> str:
    """Return what a number counts, by the words around it: "magnitude" before or after
    it, else the lower-case noun after it (folded), else "" (a name after it, "28 Ireland",
    is a score's side; a stopword or a scale counts nothing)."""
    word = after.lower()
    if word == "magnitude" or re.search(r"magnitude(\s+of)?[\s:-]*$", before):
        return "magnitude"
    if not after.islower() or word in STOPWORDS or word in _SCALES:
        return ""
    plural = word.endswith("s") and word[:-1] in _NOT_UNITS  # "days", "hours"
    return "" if plural or word in _NOT_UNITS else folded(word)


def opponents_in(text: str) -> frozenset[str]:
    """Return the sides a lead says a match is played against, each by the last word of
    its name, folded: the name after "against", "face", "beat", "v" and the like ("to
    face Kerrow", "beat Ana Vale": "kerrow", "vale"), and the names on either side of a
    score ("Westholm 12-30 Dunmore": "westholm", "dunmore")."""
    sides = [m.group(1) for m in _FACING.finditer(text)]
    sides += [side for m in _SCORE_LINE.finditer(text) for side in m.groups()]
    found = {folded(_POSSESSIVE.sub("", side.split()[-1]).lower()) for side in sides}
    return frozenset(found - STOPWORDS)


def joined_names(text: str) -> frozenset[str]:
    """Return the names of two words or more a lead gives, each as its folded words joined
    by spaces ("Dan Marsh": "dan marsh", "Northern Cup": "northern cup"): runs of
    capitalised words on one line, joined by spaces or hyphens; a stopword ("The") or a
    word under three letters parts a run, and a possessive ends one ("Westholm's Cup
    Final" gives "cup final"). A line in title case is a run of every word and gives
    none."""
    found: set[str] = set()
    for line in text.splitlines():
        runs = _NAME_RUN.findall(line)
        if not runs or in_title_case([_POSSESSIVE.sub("", w) for w in _WORD.findall(line)]):
            continue
        for run in runs:
            found.update(" ".join(name) for name in run_names(run) if len(name) > 1)
    return frozenset(found)


def run_names(run: str) -> list[list[str]]:
    """Return the names in a run of capitalised words, each as its folded words."""
    names: list[list[str]] = [[]]
    for word in _RUN_PARTS.split(run):
        plain = _POSSESSIVE.sub("", word.lower())
        if plain in STOPWORDS or len(plain) < 3:
            names.append([])
            continue
        names[-1].append(folded(plain))
        if plain != word.lower():  # a possessive: what follows is another name
            names.append([])
    return names


def capitalised_in_lines(text: str) -> set[str]:
    """Return the capitalised words of each line of a text past the line's first word."""
    return set().union(*(capitalised_in(line, first=False) for line in text.splitlines()))


def strangers(one: Lead, other: Lead) -> bool:
    """Return whether one headline's actors are all missing from the other lead."""
    return bool(one.actors) and not one.actors & other.names


def told_apart(one: Lead, other: Lead) -> bool:
    """Return whether two leads report two events: both headed and each headline's actors
    include one the other lead never names (Murray's return and Taylor's, one club's cup
    tie and another's), or both name a period of one kind and never the same one (a
    monthly figure of January and one of February, a cup's third round and its fourth),
    or one counts a run of weeks on and the other names no week (`counts_on`), or both
    give a figure of one kind and never the same one (magnitude 5.9 and 6.1, scores 2-1
    and 0-0: `figures_in`), or each names a match's side the other never names
    (`facing_others`). Periods, figures and sides are read in a lead without a headline
    too: an opening that gives them is as specific as a headline."""
    if one.headed and other.headed and strangers(one, other) and strangers(other, one):
        return True
    return other_occasion(one, other) or differ(one.figures, other.figures)


def other_occasion(one: Lead, other: Lead) -> bool:
    """Return whether two leads report two occasions of one kind: another period, another
    quake's magnitude, another match's score or side (`told_apart` without the headlines'
    actors and the other figures). Two people's news may be one affair's (a party's poster
    and its election chief's defence of it), and a firm's shares move another way each
    day of a bid; two months' figures, two quakes or two matches are two events."""
    if counts_on(one.periods, other.periods) or counts_on(other.periods, one.periods):
        return True
    return (
        facing_others(one, other)
        or differ(one.periods, other.periods)
        or differ(occasion_figures(one), occasion_figures(other))
    )


def occasion_figures(lead: Lead) -> frozenset[tuple[str, str]]:
    """Return a lead's figures that only one occasion gives: magnitudes and scores."""
    return frozenset(f for f in lead.figures if f[0] in OCCASION_FIGURES)


def facing_others(one: Lead, other: Lead) -> bool:
    """Return whether two leads each name a match's side the other lead never names: one
    club's or country's matches against two sides ("to face Ashby", "Westholm 12-30
    Dunmore") are two events, while the reports of one match name both its sides. Two
    leads giving one score report one match, whatever they call its sides ("Westholm
    Utd" and "Westholm United")."""
    if values(one.figures, "score") & values(other.figures, "score"):
        return False
    return bool(one.opponents - other.names) and bool(other.opponents - one.names)


def counts_on(one: frozenset[tuple[str, str]], other: frozenset[tuple[str, str]]) -> bool:
    """Return whether one lead counts a run of weeks past the first ("held on to the top
    spot for a second week") while the other names no week: the other reports an earlier
    week of the run (a chart's opening weekend), not this one."""
    later = any(kind in COUNTED_ON and which != "first" for kind, which in one)
    return later and not {kind for kind, _ in other} & COUNTED_ON


def differ(one: frozenset[tuple[str, str]], other: frozenset[tuple[str, str]]) -> bool:
    """Return whether two leads' (kind, which) pairs share a kind and never its value."""
    kinds = {kind for kind, _ in one} & {kind for kind, _ in other}
    return any(not values(one, kind) & values(other, kind) for kind in kinds)


def values(pairs: frozenset[tuple[str, str]], kind: str) -> set[str]:
    """Return the values of one kind among (kind, which) pairs."""
    return {which for k, which in pairs if k == kind}


def spelled_out(text: str) -> frozenset[str]:
    """Return the initials of the first `SPELLED_LEAST` to `SPELLED_MOST` words of each run
    of capitalised words in the text's lines ("Hewlett-Packard Co." gives "hp" and "hpc",
    "the London Stock Exchange" "ls" and "lse"); "of", "and" and "for" inside a run are
    passed over ("Bank for International Settlements" gives "bis"). A line in title case
    ("Lohan Checks Into Rehab") is a run of every word and spells nothing."""
    found: set[str] = set()
    for line in text.splitlines():
        words = [_POSSESSIVE.sub("", m.group(0)) for m in _WORD.finditer(line)]
        if in_title_case(words):
            continue
        for run in capitalised_runs(line):
            found.update(run[:size] for size in range(SPELLED_LEAST, SPELLED_MOST + 1))
    return frozenset(found)


def in_title_case(words: Sequence[str]) -> bool:
    """Return whether more than `TITLE_CASE_SHARE` of the words of four letters or more,
    three at least, are capitalised ("Lohan Checks Into Rehab at Betty Ford Center")."""
    long = [w for w in words if len(w) >= 4]
    capitals = sum(w[0].isupper() for w in long)
    return capitals >= 3 and capitals > TITLE_CASE_SHARE * len(long)


def capitalised_runs(line: str) -> list[str]:
    """Return the lower-case initials of each run of capitalised words in the line, its
    words joined by spaces or hyphens (an acronym, itself a short form, ends a run)."""
    runs: list[str] = []
    run, end = "", 0
    for match in _WORD.finditer(line):
        word = _POSSESSIVE.sub("", match.group(0))
        joined = not line[end : match.start()].strip(" -–")
        end = match.end()
        if run and joined and word in _RUN_JOINERS:
            continue
        if not (run and joined):
            runs.append(run)
            run = ""
        if word[0].isupper() and not acronym(word):
            run += word[0].lower()
        else:
            runs.append(run)
            run = ""
    return [r for r in [*runs, run] if len(r) >= SPELLED_LEAST]


def opening(body: Sequence[str]) -> str:
    """Return the first sentence of the paragraphs, and the next one when it names no one.

    A first sentence that opens with a pronoun or an article and has no capital past its
    first word sets a scene ("They gripped rocks and stones, looking ready for a fight.");
    the next says where and who ("... in the Greek capital's running street protests").
    """
    read = sentences(body)
    first = next(read, "")
    words = [m.group(0) for m in _WORD.finditer(first)]
    named = any(w[0].isupper() and w != "I" for w in words[1:])
    if named or not words or words[0].lower() not in STOPWORDS or acronym(words[0]):
        return first
    return f"{first}\n{next(read, '')}"


def sentences(body: Sequence[str]) -> Iterator[str]:
    """Return the sentences of the paragraphs, split as they are read."""
    return (s for paragraph in body for s in _SENTENCE_END.split(paragraph))


def periods_read_on(
    body: Sequence[str], first: str, named: frozenset[tuple[str, str]]
) -> frozenset[tuple[str, str]]:
    """Return the periods of a kind the lead's first sentence (`first`: its `opening`)
    counts back to without naming it ("unemployment rose above five million last month")
    that the body's next sentence names ("the total reached 5.04 million in January"): a
    monthly or quarterly figure's lead often leaves its period to the next sentence, and
    two months' figures are two stories."""
    kinds = {m.group(1).lower() for m in _LAST_PERIOD.finditer(first)}
    kinds -= {kind for kind, _ in named}
    if not kinds:
        return frozenset()
    following = next(islice(sentences(body), first.count("\n") + 1, None), "")
    return frozenset(p for p in periods_in(following) if p[0] in kinds)


def folded(word: str) -> str:
    """Return a lower-case word without a plural s ("oscars" -> "oscar"), so that one
    lead's "Oscars" and another's "Oscar" are one word ("across" keeps its s)."""
    plural = word.endswith("s") and not word.endswith("ss") and len(word) > 4
    return word[:-1] if plural else word


def with_short_forms(leads: Sequence[Lead]) -> list[Lead]:
    """Return the leads, each naming too the short forms of the batch ("HP", "LSE") that
    its runs of capitalised words spell out ("Hewlett-Packard", "London Stock Exchange"):
    one report leads with a firm's initials, another with its name."""
    short = frozenset().union(*(lead.acronyms for lead in leads))
    return [
        replace(
            lead,
            names=lead.names | (lead.spelled & short),
            actors=lead.actors | (lead.spelled & short),
        )
        for lead in leads
    ]


def named_in_leads(leads: Sequence[Lead]) -> Counter[str]:
    """Return how many leads of the batch name each word."""
    return Counter(name for lead in leads for name in lead.names)


def lead_parts(leads: Sequence[Lead], named: Counter[str]) -> list[list[int]]:
    """Return a story's parts (positions in `leads`, the part holding position 0 first):
    a story of two told apart (`told_apart`) in two, the whole when a lead has no headline
    or the story is small, else its lead-linked parts (see the module docstring). `named`
    counts the batch's leads naming each word."""
    whole = [list(range(len(leads)))]
    if len(leads) == 2 and told_apart(*leads):
        return [[0], [1]]
    if len(leads) < LEAD_LEAST_STORY or not all(lead.headed for lead in leads):
        return whole
    inside = Counter(name for lead in leads for name in lead.names)
    own = {name for name, n in inside.items() if n >= 2 and n >= LEAD_OWN * named[name]}
    parent = list(range(len(leads)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    apart = rival_names(leads)  # leads of one side are never linked to the other's
    side = [(k in apart[0], k in apart[1]) for k in range(len(leads))]
    members = [[k] for k in range(len(leads))]
    # Stories are small (a few dozen briefs at most): every pair is looked at.
    told = {(j, k) for k in range(len(leads)) for j in range(k) if told_apart(leads[k], leads[j])}
    distinct = {(j, k) for j, k in told if other_occasion(leads[k], leads[j])}

    def join(k: int, j: int) -> None:
        a, b = root(k), root(j)
        if a == b or (side[a][0] and side[b][1]) or (side[a][1] and side[b][0]):
            return
        if any((min(x, y), max(x, y)) in distinct for x in members[a] for y in members[b]):
            return  # a lead linked to two events' reports joins the one it shares most with
        parent[a] = b
        members[b] += members[a]
        side[b] = (side[a][0] or side[b][0], side[a][1] or side[b][1])

    links = [
        (-(len(lead.names & leads[j].names & own) + shared_words(lead, leads[j])), j, k)
        for k, lead in enumerate(leads)
        for j in range(k)
        if (j, k) not in told and linked(lead, leads[j], own)
    ]
    for _, j, k in sorted(links):  # the closest first, ties in order
        join(k, j)
    parts: dict[int, list[int]] = {}
    for k in range(len(leads)):
        parts.setdefault(root(k), []).append(k)
    return sorted(p for part in parts.values() for p in without_strays(part, leads))


def linked(one: Lead, other: Lead, own: set[str]) -> bool:
    """Return whether two leads of a story share a name of the story's own, or
    `LEAD_SHARED_WORDS` words of any kind (a name of several words counting once)."""
    return bool(one.names & other.names & own) or shared_words(one, other) >= LEAD_SHARED_WORDS


def shared_words(one: Lead, other: Lead) -> int:
    """Return how many words two leads share, a name of several words both give counting
    as one: a club's match report and its captain's interview that share the club and
    "Northern Cup" share two things, not three words."""
    shared = one.words & other.words
    if len(shared) < LEAD_SHARED_WORDS:  # too few to link, however they are counted
        return len(shared)
    repeats = (len(shared.intersection(name.split())) - 1 for name in one.joined & other.joined)
    return len(shared) - sum(max(n, 0) for n in repeats)


def without_strays(part: list[int], leads: Sequence[Lead]) -> list[list[int]]:
    """Return a linked part (positions in `leads`) with each lead that gives none of its
    core words (names or other words given by more than half of its leads, two at least)
    standing alone (see the module docstring)."""
    if len(part) < LEAD_LEAST_STORY:
        return [part]
    given = Counter(word for k in part for word in leads[k].words | leads[k].names)
    core = {word for word, n in given.items() if n >= 2 and n > len(part) / 2}
    strays = {k for k in part if core and not (leads[k].words | leads[k].names) & core}
    rest = [k for k in part if k not in strays]
    return [rest, *([k] for k in sorted(strays))] if rest else [part]


def rival_names(leads: Sequence[Lead]) -> tuple[frozenset[int], frozenset[int]]:
    """Return the leads (positions) that give each of a story's two rival event names,
    or two empty sets when it has none.

    Two names are rivals when each is given by `RIVAL_LEAST` leads or more, no lead gives
    both, the two hold `RIVAL_COVER` of the story's leads between them, and no third
    name is given by most leads of each: "Oscar" and "Bafta" lead two ceremonies' reports
    (a film's name, given by some of each, is not given by most). Two bidders for one
    exchange are rivals in one event, whose name most leads of each give ("LSE"). Of
    several rival pairs, the one holding most leads is taken (then the first in order).
    """
    holders: defaultdict[str, set[int]] = defaultdict(set)
    for k, lead in enumerate(leads):
        for name in lead.names:
            holders[name].add(k)
    often = {name: held for name, held in holders.items() if len(held) >= RIVAL_LEAST}
    best: tuple[int, frozenset[int], frozenset[int]] = (0, frozenset(), frozenset())
    for one, other in combinations(sorted(often), 2):
        a, b = often[one], often[other]
        cover = len(a) + len(b)
        if a & b or cover < RIVAL_COVER * len(leads) or cover <= best[0]:
            continue
        if not any(
            len(held & a) > len(a) / 2 and len(held & b) > len(b) / 2
            for name, held in often.items()
            if name not in (one, other)
        ):
            best = (cover, frozenset(a), frozenset(b))
    return best[1], best[2]


# ---------------------------------------------------------------- kept between builds
# A lead depends on its article alone, and reading one is a fifth of grouping: a rebuild
# reads the leads of new articles only. The store (digest.store) keeps these arrays as they
# are; only this module reads them.

# A lead's sets, stored as places in one vocabulary: words, and pairs of words joined by a
# tab (a lead's word holds neither a tab nor a line break). Every field of Lead but
# `headed` is one of these (tests/test_stories.py checks it).
LEAD_WORD_SETS = (
    "names", "words", "acronyms", "spelled", "actors", "opponents", "joined",
)  # fmt: skip
LEAD_PAIR_SETS = ("periods", "figures")


@dataclass(frozen=True)
class StoredLeads:
    """Leads of articles by `lead_key`, kept between builds."""

    version: str  # the digest code that read them
    leads: Mapping[str, Lead]


def lead_key(article: Article) -> str:
    """Return a key naming what an article's lead is read from: its title and body."""
    return text_key("\x00".join((article.title, *(p.text for p in article.body))))


def read_leads(
    articles: Mapping[str, Article], known: StoredLeads | None = None, *, version: str = ""
) -> StoredLeads:
    """Return the leads of the articles (given by `lead_key`), reusing those `known` (of the
    same version) has; each is what `read_lead` gives."""
    stored = known.leads if known is not None and known.version == version else {}
    leads = {k: stored[k] if k in stored else read_lead(a) for k, a in articles.items()}
    return StoredLeads(version, leads)


def _stored_sets(lead: Lead) -> list[list[str]]:
    """Return a lead's sets as sorted lists of strings, in the order of the names above."""
    words = [sorted(getattr(lead, name)) for name in LEAD_WORD_SETS]
    return words + [sorted("\t".join(pair) for pair in getattr(lead, n)) for n in LEAD_PAIR_SETS]


def _lead_of(headed: bool, sets: Sequence[frozenset[str]]) -> Lead:
    """Return the lead `_stored_sets` gave the sets of."""
    parts: dict[str, Any] = dict(zip(LEAD_WORD_SETS, sets, strict=False))
    for name, held in zip(LEAD_PAIR_SETS, sets[len(LEAD_WORD_SETS) :], strict=True):
        parts[name] = frozenset(
            (kind, which) for kind, _, which in (s.partition("\t") for s in held)
        )
    return Lead(headed, **parts)


def leads_to_arrays(stored: StoredLeads) -> dict[str, npt.NDArray[Any]]:
    """Return the leads as named arrays for the next build: each lead's sets as places in
    one sorted vocabulary, end to end."""
    leads = list(stored.leads.values())
    sets = [words for lead in leads for words in _stored_sets(lead)]
    vocabulary = sorted({w for words in sets for w in words})
    place = {word: i for i, word in enumerate(vocabulary)}
    return {
        "version": np.array(stored.version),
        "vocabulary": np.array("\n".join(vocabulary)),
        "keys": np.array(list(stored.leads), dtype=str),
        "headed": np.array([lead.headed for lead in leads], dtype=bool),
        "sizes": np.array([len(words) for words in sets], dtype=np.int64),
        "places": np.array([place[w] for words in sets for w in words], dtype=np.int32),
    }


def leads_from_arrays(arrays: Mapping[str, npt.NDArray[Any]] | None) -> StoredLeads | None:
    """Return the leads `leads_to_arrays` gave, None when they are missing or damaged (the
    leads are read again: only time is lost)."""
    if arrays is None:
        return None
    per_lead = len(LEAD_WORD_SETS) + len(LEAD_PAIR_SETS)
    try:
        keys = [str(k) for k in arrays["keys"]]
        headed = arrays["headed"].astype(bool).tolist()
        places = arrays["places"].astype(np.int64)
        vocabulary = str(arrays["vocabulary"]).split("\n") if len(places) else []
        if len(headed) != len(keys):
            raise ValueError("parts of different lengths")
        if len(places) and not 0 <= int(places.min()) <= int(places.max()) < len(vocabulary):
            raise ValueError("a place outside the vocabulary")
        sizes = arrays["sizes"].astype(np.int64)
        if len(sizes) != per_lead * len(keys):
            raise ValueError("parts of different lengths")
        ends = run_ends(sizes, len(places))
        version = str(arrays["version"])
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    words = [vocabulary[i] for i in places.tolist()]
    none: frozenset[str] = frozenset()  # most sets are empty: no slice to make
    sized = zip(sizes.tolist(), ends, strict=True)
    sets = [frozenset(words[end - n : end]) if n else none for n, end in sized]
    leads = {
        key: _lead_of(head, sets[n * per_lead : (n + 1) * per_lead])
        for n, (key, head) in enumerate(zip(keys, headed, strict=True))
    }
    return StoredLeads(version, leads)
