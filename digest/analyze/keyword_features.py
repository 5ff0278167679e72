"""Keyword candidates and their features: the article's names, and YAKE's phrases that name
a subject, each found back in the text.

Two sources, one list:
- names (`entities`): the people, places and bodies, whole ("Kim Jong Un", not YAKE's
  "leader Kim Jong"), short forms folded into the full name ("Putin" counts for "Vladimir
  Putin"), variants into one ("Russian", "Russia"), agencies left out, and so is a name
  the text gives only in credits (a byline, ", writes Amy Raphael", "told the Sunday
  Times", "NPR's ... reports"), a job opening a full name ("Demographer Cassandra Dorius"),
  a place it names only by its people outside the lead ("a French study"), and a common
  word said once with a capital that opens a quote or sentence ("'Surely You're ...'");
- YAKE's phrases (a lower YAKE score is better), kept only when they read as a subject: no
  fragment of a name ("Russian President Vladimir"), no description before a name
  ("broadcaster KRT"), no verb or weekday inside ("Statistics said Tuesday", "Putin
  showed"), no reporting verb, title or common English word alone ("told", "President",
  "company"), nor who a report cites or what stands in for a named body ("a witness told",
  "anonymity", "the firm"), no past form after a word ("prices rose"), no clause ("having
  metabolic syndrome", "questions rattling around"); a common plural, a kind of people
  or a verb's past form alone ("customers", "resident", "rose") is marked generic. An
  "-ing" word said after an article or adjective before a noun names a thing with it ("the
  waiting lists"), and two words said before several nouns and alone are a subject of
  their own ("box office" takings, records).
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace

from digest.analyze.entities import PLURAL_ACRONYM, Mention, find_mentions, fold_short_names
from digest.analyze.headline_grammar import MODALS
from digest.analyze.lexicon import (
    ARTICLES,
    BE_WORDS,
    BODY_WORDS,
    CITED_NOUNS,
    FUNCTION_WORDS,
    LEAD_INS,
    MONTHS,
    REPORTING_VERBS,
    RESPONSE_NOUNS,
    SOURCING_NOUNS,
    STAND_IN_NOUNS,
    TIME_UNITS,
    TITLE_MODIFIERS,
    TITLE_WORDS,
    WEEKDAYS,
    is_agency,
    is_dictionary_word,
    is_inflected_noun,
    is_news_source,
    is_past_form,
    is_verb_form,
    lemma_table,
    shipped_aliases,
    word_classes,
    zipf,
)
from digest.analyze.name_words import INITIAL_SKIPS
from digest.analyze.text import STOPWORDS, compiled, whole_word

_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")
_UNRANKED = 100  # rank given to a name YAKE did not list
# Longer names are titles of works or products ("Lands' End Canvas True Navy Nautical
# Button Shoulder Sweater"), not what a reader clicks.
_LONGEST_NAME = 4
# Names in a row that make a list of examples, at least: two may be a pair ("Israel and
# Russia" of one match report), three are a list.
_LIST_NAMES = 3
# An acronym a text defines in brackets right after the name it stands for: "(PwC)".
_BRACKETED_ACRONYM = re.compile(r" \(([A-Z][A-Za-z&.]{1,7})\)")
_BODY_JOINERS = frozenset({"of", "and", "for", "in"})  # not "the": "Journal of the ..." is a title
# Small words a subject phrase may hold: "cost of living", "research and development".
_INNER_JOINERS = frozenset({"of", "and"})
# A single lower-case word this common in English (Zipf scale: "visit", "percent" 5.0,
# "company" 5.6, "year" 6.0) says nothing about what one article is about. Chosen on the
# tuning fold by reading keyword lists, not by a score.
GENERIC_ZIPF = 4.9
# A plural this common ("customers" 4.8, "projects" 4.8, "concerns" 4.6) names a kind of
# people or things an article mentions, rarely its subject; people by what they do
# ("analysts" 3.8, "shareholders") already from a lower frequency. Chosen by reading lists.
PLURAL_ZIPF = 4.3
# A word shaped like a job this rare ("demographer") is one before a full name; "Sawyer"
# 3.54, "Victor" 4.2 and "Porter" 4.0 open names. Chosen by reading names, not by a score.
OCCUPATION_ZIPF = 3.4
PEOPLE_ZIPF = 3.8
_PEOPLE_ENDINGS = ("ist", "yst", "ian", "ant", "ent", "ee", "ive")
# "Swiss resort", "Italian researchers": a place's adjective before a common word.
_DEMONYM = re.compile(r"(?:an|ese|ish|ss|ch|i)$")
_NEXT_LOWER = re.compile(r" ([a-z][a-z'’-]*)")
# A byline or dateline phrase: the place it names is where the reporter sat.
# "Reporting from Washington and Los Angeles": every place of the list, not only the first.
_BYLINE_BEFORE = re.compile(r"(?:[Rr]eporting|[Ww]riting) from (?:[A-Z][\w.'’-]*,? (?:and )?)*$")
# Credits: who reported the story, not what it is about. An outlet is credited when it is
# told something, quoted or read ("told the Sunday Times", "according to the Financial
# Times", "writing in the Guardian", "(CNN)", "from the magazine Nature"), or when it
# reports ("the Observer reported", "BBC Sport understands", "NPR's Soraya Sarhaddi Nelson
# reports"); any name when it employs a reporter ("SW Radio Africa correspondent").
_OUTLET_BEFORE = re.compile(
    r"(?:\b(?:told|tells?|telling|to|according to|with|in|for|from)\s+(?:[Tt]he\s+)?"
    r"(?:(?:magazine|newspaper)\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+)?|\()$"
)
_OUTLET_AFTER = re.compile(
    r"(?:\s+on\s+\w+day)?\s+(?:reported|reports|said|says|say|claimed|claims|understands|"
    r"newspaper|magazine|website)\b|\)"
    r"|['’]s\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:reports?|tells|told|says|said|in|from)\b"
)
# A name said to be an outlet: "Nature magazine", "the magazine Nature".
_OUTLET_NOUN_AFTER = re.compile(r"\s+(?:magazine|newspaper)\b")
_OUTLET_NOUN_BEFORE = re.compile(r"\b(?:magazine|newspaper)\s+$")
# A name alone in brackets after a sentence credits a photo or a source: "... Bowden.
# (Keith Lane)", "(AP Photo/Natacha Pisarenko)", "(Los Angeles Times)".
_BRACKETED_CREDIT = re.compile(r"[.!?][\"”’]?\s*\((?:[^()/]{1,30}/)?$")
# A writer's credit in a standfirst: "... are now a major force in fashion, writes Amy
# Raphael".
# What a slash after a name credits: "/Reuters", "/AFP".
_SLASH_SOURCE = re.compile(r"/([A-Z][\w.-]*)")
_WRITER_BEFORE = re.compile(r",\s+writes\s+$")
_REPORTER_ROLE = r"(?:correspondent|reporter|editor|presenter|host|anchor|journalist)s?"
_EMPLOYS_REPORTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:correspondent|reporter)s?\b")
# After a credit, the outlet's reporter ("NPR's Soraya Sarhaddi Nelson", "BBC political
# correspondent Mark Mardell") and what the credit runs into: "By Eugenie Samuel
# Reich of Nature magazine", "By Denny Thomas and Fiona Lau", "Soraya Sarhaddi Nelson tells
# Renee Montagne" (the host).
_OUTLETS_REPORTER = re.compile(rf"['’]s\s+|(?:['’]s)?\s+(?:[a-z]+\s+)?{_REPORTER_ROLE}\s+")
_CREDIT_RUNS_ON = re.compile(
    r"\s*(?:of|for|and|tells|told|speaks with|talks with|talks to)\s+(?:the\s+)?"
)


@dataclass
class Candidate:
    """A name or phrase that may be a keyword, and where it stands in the text."""

    key: str  # case-folded, for de-duplication
    surface: str  # as shown
    name: bool  # a person, place or body
    score: float = 0.0  # YAKE's, lower is better; 0 for a name YAKE did not list
    rank: int = _UNRANKED  # 1 for YAKE's best candidate
    size_rank: int = _UNRANKED  # 1 for YAKE's best candidate of the same number of words
    count: int = 0  # occurrences in the text (a name's short forms included)
    first: float = 1.0  # offset of the first occurrence, as a share of the text
    lead: bool = False  # named in the headline or the lead's first sentences
    headline: bool = False  # named in the article's own headline
    common: bool = False  # a common English word alone: never a keyword
    aside: bool = False  # named once, or in the headline only: a keyword only to fill the list
    modifier: bool = False  # a word the text mostly puts before a noun: "mobile" payments
    generic: bool = False  # a plural or verb form ("customers", "rose"): shown last, or in a phrase
    listed: bool = False  # a name written beside others in a list: "Iceland, Norway"
    clause: bool = False  # the subject or object of the lead's first sentence: the news
    titled: bool = False  # said in the brief's headline: the article's own, or the one written
    spellings: Counter[str] = field(default_factory=Counter)

    @property
    def size(self) -> int:
        """Return the number of words."""
        return len(self.surface.split())


def find_candidates(
    paragraphs: Sequence[str],
    ranked: Sequence[tuple[str, float]],
    *,
    lead_end: int,
    aliases: Mapping[str, str],
    headline_end: int = 0,
) -> list[Candidate]:
    """Return the names of the text, then YAKE's usable phrases, in YAKE's order.

    `lead_end` and `headline_end` are where the lead and the headline line (0: none) end.
    """
    text = "\n".join(paragraphs)
    mentions = [
        m
        for m in tidy_mentions(find_mentions(tuple(paragraphs)), text)
        if not is_agency(m.name)
        and not _BYLINE_BEFORE.search(text, max(0, m.start - 60), m.start)
        and not street_address(text, m)
        and not party_tag(text, m)
    ]
    names, key_of = _names(
        mentions,
        text,
        lead_end=lead_end,
        aliases=aliases,
        credits=credited_mentions(mentions, text),
        headline_end=headline_end,
    )
    ranked = with_pair_subjects(with_name_subjects(ranked, text, mentions, lead_end=lead_end), text)
    index = _TextIndex(text, mentions)
    spelled = spelled_out(text, [c.surface for c in names.values()])
    joined = [span for phrase, _ in ranked if is_joined(phrase) for span in index.spans(phrase)]
    phrases: list[Candidate] = []
    sizes: Counter[int] = Counter()
    for rank, (phrase, score) in enumerate(ranked, 1):
        spans = index.spans(phrase)
        if not spans:  # YAKE tokenises differently here; nothing to show the reader
            continue
        if not is_joined(phrase) and all(_inside(span, joined) for span in spans):
            continue  # "denial", "service attack": only ever part of "denial of service attack"
        size = len(phrase.split())
        sizes[size] += 1
        found = index.kind(spans)
        if isinstance(found, Mention):  # the phrase is a whole name
            if found.name not in key_of:
                continue
            candidate = names[key_of[found.name]]
        elif found == "after name" and not any(m.name in key_of for m in index.opening(spans)):
            continue  # "Guardian newspaper" of a credit: no keyword, as the outlet is none
        elif index.describes_a_name(spans):
            continue  # "broadcaster" in "broadcaster KRT": the name is the keyword
        elif found and (verdict := _verdict(text, spans[0], after_name=found == "after name")):
            if _participle_phrase(text, spans):
                continue  # "speculation linking him", "person receiving": a clause YAKE cut
            if _verb_opening(text, spans) or _headline_verb(text, spans, headline_end):
                continue  # "to trim staff bonuses", "sales are slumping": a verb, no subject
            usage = _usage(index, spans, size, lead_end=lead_end, headline_end=headline_end)
            if usage == "fragment":
                continue
            candidate = _phrase(text, spans, lead_end=lead_end, plain=found == "phrase")
            if any(len(set(candidate.key.split()) & words) > 1 for words in spelled):
                continue  # "domestic product" of "gross domestic product": the acronym is shown
            candidate.headline = spans[0][0] < headline_end
            candidate.common = verdict == "common" or _cited(text, spans, candidate.key)
            candidate.aside = usage == "aside"
            candidate.modifier = usage == "modifier"
            candidate.generic = (
                is_generic_word(candidate.surface) if size == 1 else _passing(index, candidate)
            )
            phrases.append(candidate)
        else:
            continue
        if rank < candidate.rank:
            candidate.score, candidate.rank, candidate.size_rank = score, rank, sizes[size]
    return [*names.values(), *phrases]


# A house number before a name and a street's word after it: "221 Harbour St.",
# "200 Main Street"; where an office stands, not what the article is about.
_HOUSE_NUMBER_BEFORE = re.compile(r"\b\d+[A-Za-z]?\s+$")
_STREET_WORDS = r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Lane|Ln|Drive|Dr|Place|Pl|Way)"
_STREET_AFTER = re.compile(rf"\s+{_STREET_WORDS}\b")
_STREET_END = re.compile(rf"\s{_STREET_WORDS}\.?$")


# A party's letter and a state after a politician's name, in brackets or after a comma:
# "(R-Velland)", ", D-Calif.".
_PARTY_TAG = re.compile(r"[RDI]-[A-Z][\w.]*$")
_TAG_OPENING = re.compile(r"(?:\(|, )$")


def party_tag(text: str, mention: Mention) -> bool:
    """Return True for a politician's party and state ("R-Velland" of "Jane Marsh
    (R-Velland)"): a label of the name before it, no keyword; "D-Day" is none."""
    opens = _TAG_OPENING.search(text, max(0, mention.start - 2), mention.start)
    return bool(opens and _PARTY_TAG.match(mention.name))


def street_address(text: str, mention: Mention) -> bool:
    """Return True for a name written as a street address after a house number."""
    if not _HOUSE_NUMBER_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        return False
    return bool(_STREET_END.search(mention.name) or _STREET_AFTER.match(text, mention.end))


def _cited(text: str, spans: Sequence[tuple[int, int]], word: str) -> bool:
    """Return True for a word naming who a report cites, used so half the time or more: a
    reporting verb in the three words after it or the two before ("a witness told AFP",
    "said the witness"); "witnesses giving evidence" is a subject."""
    if word not in CITED_NOUNS:
        return False
    cited = 0
    for start, end in spans:
        after = [w.lower() for w in _TOKEN.findall(text[end : end + 40])[:3]]
        before = [w.lower() for w in _TOKEN.findall(text[max(0, start - 25) : start])[-2:]]
        cited += any(w in REPORTING_VERBS for w in (*after, *before))
    return cited * 2 >= len(spans)


def spelled_out(text: str, names: Sequence[str]) -> list[frozenset[str]]:
    """Return the words the text spells an acronym among the names out with: "gross",
    "domestic", "product" for "GDP"."""
    found = []
    for name in names:
        if not (name.isupper() and name.isalpha() and 2 <= len(name) <= 5):
            continue
        match = _spelling_out(name).search(text)
        if match:
            found.append(frozenset(match.group(0).lower().split()))
    return found


def _spelling_out(acronym: str) -> re.Pattern[str]:
    """Return the pattern of words, in any case, that begin with an acronym's letters in
    turn: "gross domestic product" for "GDP"."""
    words = r"\s+".join(rf"{letter}[a-z]+" for letter in acronym.lower())
    return compiled(rf"\b{words}\b", re.IGNORECASE)


def tidy_mentions(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return the mentions with a body's name whole and a role word off a surname: "Police
    Federation of England and Wales", not "Wales" apart; "Toure" of "Goalscorer Toure" when
    the text names "Kolo Toure"; a name whose possessive or number is part of it whole
    ("Marlow's Harbour", "40 Fathom")."""
    mentions = with_numbers(with_owned_titles(mentions, text), text)
    surnames = {m.name.split()[-1] for m in mentions if len(m.name.split()) > 1}
    tidy: list[Mention] = []
    for m in sorted(mentions, key=lambda m: m.start):
        previous = tidy[-1] if tidy else None
        if previous and (_body_goes_on(previous, m, text) or _pair_defined(previous, m, text)):
            tidy[-1] = replace(previous, name=text[previous.start : m.end], end=m.end)
            continue
        words = m.name.split()
        # "Free University": before a body's word, a capitalised word names the body.
        body = words[-1].lower() in BODY_WORDS
        if len(words) == 2 and words[1] in surnames and _role_word(words[0].lower()) and not body:
            start = m.end - len(words[1])
            m = replace(m, name=words[1], start=start)
        tidy.append(m)
    return tidy


# A possessive and one capitalised word after a name, no other after it: "'s Harbour" of
# "Marlow's Harbour"; not "'s Civic Centre", a name of its own.
_OWNED_TITLE = re.compile(r"['’]s ([A-Z][a-z]+)\b(?! [A-Z])")
# A small figure right before a name, no sign or separator before it: "40" of "40 Fathom".
_FIGURE_BEFORE = re.compile(r"(?<![\w#$£€.,/:-])(\d{1,3}) $")
# A word closing a sentence or line: a capitalised word after it may be capitalised by
# its place ("Rapper 40 Fathom"), not as part of a name before the figure ("Radio 3").
_SENTENCE_OPENING = re.compile(r"(?:^|[\n.!?][\"”’)]?\s+)[A-Z]\w*\s$")
# The word after a name, which a figure before the name may count: "MPs" of "30 Velland MPs".
_WORD_AFTER = re.compile(r" ([A-Za-z]+)\b")


def with_owned_titles(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return the mentions with a one-word name the text writes only before a possessive
    and one common word in capitals made one name with it: "Marlow's Harbour", "Brandt's
    Eleven", "Pellow's Ark", not "Marlow" alone. A place owns ("Norway's Capital"), and
    an owner of a name of its own stays apart ("Lantern's Tom Brandt", "Ardmore's Civic
    Centre")."""
    owned: dict[str, list[tuple[Mention, int]]] = defaultdict(list)
    for m in mentions:
        title = _OWNED_TITLE.match(text, m.end)
        if title and _owned_word(title.group(1)):
            owned[m.name].append((m, title.end()))
    counts = Counter(m.name for m in mentions)
    merged: dict[int, Mention] = {}
    for name, uses in owned.items():
        # Not a place, an acronym or a small word ("That's Magic" is "that is").
        place = name.casefold() in shipped_aliases() or name[:2].isupper()
        if " " in name or place or name.lower() in FUNCTION_WORDS or len(uses) < counts[name]:
            continue
        for m, end in uses:
            merged[m.start] = replace(m, name=text[m.start : end], end=end)
    if not merged:
        return list(mentions)
    spans = [(m.start, m.end) for m in merged.values()]
    inside = [m for m in mentions if m.start not in merged and _inside((m.start, m.end), spans)]
    return [merged.get(m.start, m) for m in mentions if m not in inside]


def _owned_word(word: str) -> bool:
    """Return True for a common word, or a number, that may end a name after its
    possessive: "Palace", "Twelve"; not "The", a title or a lead-in ("Chief", "Former")."""
    lower = word.lower()
    small = lower in STOPWORDS or lower in TITLE_WORDS or lower in TITLE_MODIFIERS
    return is_dictionary_word(word) and not (small or lower in LEAD_INS)


def with_numbers(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return the mentions with a name the text always writes after a small figure, opening
    on a singular noun, given the figure: "40 Fathom", "24 Hour Harbour Lights" (a count
    says "40 fathoms"). Not a year, a sum or a rank ("$50", "#1"), nor a figure a name
    before it ends on ("Radio 3 World Service")."""
    figures: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        figure = _FIGURE_BEFORE.search(text, max(0, m.start - 5), m.start)
        if figure is None or int(figure.group(1)) < 2:
            continue
        if not (_named_before(text, figure.start()) or _plural_after(text, m)):
            figures[m.name].append(
                replace(m, name=figure.group(1) + " " + m.name, start=figure.start())
            )
    counts = Counter(m.name for m in mentions)
    numbered: dict[int, Mention] = {}
    for name, uses in figures.items():
        if len(uses) == counts[name] and _singular_noun(name.split()[0].lower()):
            numbered.update((m.end, m) for m in uses)
    return [numbered.get(m.end, m) for m in mentions]


def _singular_noun(word: str) -> bool:
    """Return True for a singular noun, maybe a verb too ("fathom"), never an adjective or
    adverb: "South" of an address's "200 South", "Premier" of "12 Premier League clubs"."""
    classes = word_classes(word)
    noun = "NOUN" in classes and not classes & {"ADJ", "ADV"}
    return noun and word in lemma_table(word).get("NOUN", ())


def _plural_after(text: str, mention: Mention) -> bool:
    """Return True for a plural noun right after the name, which a figure before it counts:
    "MPs" of "30 Velland MPs", "fans" of "12 Ostend fans"."""
    after = _WORD_AFTER.match(text, mention.end)
    if after is None:
        return False
    word = after.group(1)
    return bool(PLURAL_ACRONYM.match(word)) or is_inflected_noun(word.lower())


def _named_before(text: str, start: int) -> bool:
    """Return True when a capitalised word inside a sentence comes right before `start`:
    the figure ends that name ("Radio 3")."""
    before = text[max(0, start - 40) : start]
    word = _WORD_BEFORE_NAME.search(before)
    return word is not None and not _SENTENCE_OPENING.search(before)


def _body_goes_on(body: Mention, word: Mention, text: str) -> bool:
    """Return True for a one-word name that ends a body's name after "and": "Skills" of
    "Department for Education and Skills"."""
    inner = set(body.name.lower().split()) & {"of", "for"}
    one_word = " " not in word.name
    return bool(inner) and one_word and text[body.end : word.start] == " and "


def _pair_defined(first: Mention, second: Mention, text: str) -> bool:
    """Return True for two names joined by "and" that an acronym in brackets after them
    spells as one: "Scottish and Newcastle (S&N)", a company, not a region and a city."""
    if text[first.end : second.start] != " and ":
        return False
    defined = _BRACKETED_ACRONYM.match(text, second.end)
    if defined is None:
        return False
    words = f"{first.name} {second.name}".split()
    return _acronym_letters(defined.group(1)) == "".join(w[0] for w in words)


def _role_word(word: str) -> bool:
    """Return True for a noun naming someone by a role, or a compound ending on one:
    "striker", "goalscorer"."""
    if word in lemma_table(word).get("NOUN", ()) and _names_people(word):
        return True
    tails = (word[k:] for k in range(3, len(word) - 3))
    return any(_names_people(t) and t in lemma_table(t).get("NOUN", ()) for t in tails)


# A word after a name, past the full stop an abbreviation keeps: "U.S. economy".
_NAME_THEN_WORD = re.compile(r"\.? ([a-z][a-z'’-]*)")


def with_name_subjects(
    ranked: Sequence[tuple[str, float]], text: str, mentions: Sequence[Mention], *, lead_end: int
) -> list[tuple[str, float]]:
    """Return YAKE's phrases with a name and the noun after it that the lead says and the
    text says again ("US economy"), each right after its noun and scored as it: YAKE
    never joins a name it holds for a stopword ("US") or writes with dots ("U.S.")."""
    listed = {phrase.lower() for phrase, _ in ranked}
    extra: dict[str, list[str]] = {}
    for m in mentions:
        match = _NAME_THEN_WORD.match(text, m.end)
        if m.start >= lead_end or not match:
            continue
        phrase = text[m.start : match.end()]
        if phrase.lower() not in listed and text.count(phrase) >= 2:
            extra.setdefault(match.group(1), []).append(phrase)
            listed.add(phrase.lower())
    result: list[tuple[str, float]] = []
    for phrase, score in ranked:
        result.append((phrase, score))
        result.extend((name_phrase, score) for name_phrase in extra.get(phrase.lower(), ()))
    return result


# A word before "of" this common ("lack" 4.9, "generation" 4.8, "variety" 4.75) counts or
# holds what follows; a rarer one ("swelling" 3.7) may be the subject. Chosen by reading
# the tuning fold's lists.
COUNTING_ZIPF = 4.5
# Two nouns joined by "and" or "of", and the noun after them when always the same: "foot
# and mouth", "denial of service attack".
_JOINED_NOUNS = re.compile(r"\b([a-z][a-z-]+) (and|of) ([a-z][a-z-]+)\b(?: ([a-z][a-z-]+)\b)?")
# Words this common joined by "and" or "of" name no one subject ("men and women", "cost
# of living" is the rare exception): one of the pair must be rarer. A word opening "of"
# must be rarer still, or it counts or holds ("majority of", "variety of", "series of").
# Chosen by reading keyword lists, not by a score.
PAIR_ZIPF = 5.0
PAIR_OF_ZIPF = 4.5


def with_pair_subjects(ranked: Sequence[tuple[str, float]], text: str) -> list[tuple[str, float]]:
    """Return YAKE's phrases with the subjects two nouns joined by "and" or "of" name,
    said twice or more ("foot and mouth", "denial of service attack"), each after the
    best phrase of YAKE's holding one of its nouns and scored as it: YAKE's two-word
    phrases cut such a subject into fragments ("denial", "service attack")."""
    found: dict[tuple[str, str, str], set[str]] = {}
    for match in _JOINED_NOUNS.finditer(text):
        first, joiner, second, after = match.groups()
        if _joinable(first, joiner, second):
            found.setdefault((first, joiner, second), set()).add(after or "")
    pairs: dict[str, list[str]] = {}
    for (first, joiner, second), afters in found.items():
        phrase = f"{first} {joiner} {second}"
        if text.count(phrase) < 2:
            continue
        after = next(iter(afters)) if len(afters) == 1 else ""
        if after and "NOUN" in word_classes(after) and after not in FUNCTION_WORDS:
            phrase = f"{phrase} {after}"  # "denial of service attack", every time
        for word in (first, second):
            pairs.setdefault(word, []).append(phrase)
    result: list[tuple[str, float]] = []
    listed = {phrase.lower() for phrase, _ in ranked}
    for phrase, score in ranked:
        result.append((phrase, score))
        for word in phrase.lower().split():
            for pair in pairs.pop(word, ()):
                if pair not in listed:
                    listed.add(pair)
                    result.append((pair, score))
    return result


def is_joined(phrase: str) -> bool:
    """Return True for two words joined by "and" or "of" (and a noun after them): what
    with_pair_subjects adds; YAKE's phrases hold two words at most."""
    words = phrase.lower().split()
    return len(words) > 2 and words[1] in _INNER_JOINERS


def _inside(span: tuple[int, int], spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


def _joinable(first: str, joiner: str, second: str) -> bool:
    """Return True for two nouns that may name one subject joined by `joiner`."""
    words = (first, second)
    if any(w in FUNCTION_WORDS or w in TIME_UNITS or "NOUN" not in word_classes(w) for w in words):
        return False
    if joiner == "of":
        return zipf(first) < PAIR_OF_ZIPF and not first.endswith("s")
    return min(map(zipf, words)) < PAIR_ZIPF


def _credits_after_slash(after: str) -> bool:
    """Return True for a name a slash and an agency or outlet follow: the photographer of a
    caption's credit ("François Lenoir/Reuters A Catholic policeman ...")."""
    match = _SLASH_SOURCE.match(after)
    return bool(match and is_news_source(match.group(1)))


def credited_mentions(mentions: Sequence[Mention], text: str) -> set[int]:
    """Return the indexes of the mentions that credit the story's reporting: a byline, an
    outlet quoted or told something, its reporter, and what such a credit runs into."""
    credited: set[int] = set()
    for i, m in enumerate(mentions):
        before = text[max(0, m.start - 40) : m.start]
        outlet = is_news_source(m.name)
        after = text[m.end : m.end + 40]
        if ("\n" + before).endswith("\nBy ") or before.endswith("Source: "):
            credited.add(i)  # a byline, or a source line: "Source: SWRadioAfrica"
        elif _WRITER_BEFORE.search(before):
            credited.add(i)  # the writer's credit: ", writes Amy Raphael"
        elif _BRACKETED_CREDIT.search(before) and after.startswith(")"):
            credited.add(i)  # a photo credit or source: "Franco poses. (Keith Lane)"
        elif (outlet and before.endswith("/")) or _credits_after_slash(after):
            credited.add(i)  # a caption's photo credit: "François Lenoir/Reuters"
        elif _EMPLOYS_REPORTER.match(after) or (
            (outlet or _OUTLET_NOUN_AFTER.match(after) or _OUTLET_NOUN_BEFORE.search(before))
            and (
                _OUTLET_AFTER.match(after)
                # Not "in the Australian jungle": an outlet's name is no adjective.
                or (_OUTLET_BEFORE.search(before) and not _before_a_word(after))
            )
        ):
            credited.add(i)
        elif i and i - 1 in credited:
            gap = text[mentions[i - 1].end : m.start]
            if _OUTLETS_REPORTER.fullmatch(gap) or _CREDIT_RUNS_ON.fullmatch(gap):
                credited.add(i)
    return credited


# Between two names of a list: "Iceland, Norway", "Israel and Russia", "Canada, and Peru".
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def enumerated_mentions(mentions: Sequence[Mention], text: str) -> set[int]:
    """Return the indexes of the mentions that stand in a list of three names or more
    ("Liechtenstein, Switzerland, Iceland, Norway"): each is one example among others."""
    ordered = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    runs: list[list[int]] = []
    for i in ordered:
        if runs and _LIST_GAP.fullmatch(text, mentions[runs[-1][-1]].end, mentions[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) >= _LIST_NAMES for i in run}


def _before_a_word(after: str) -> bool:
    """Return True when the text after a name goes on with a word other than a small one."""
    word = _NEXT_LOWER.match(after)
    return word is not None and word.group(1) not in FUNCTION_WORDS


def _names(
    mentions: Sequence[Mention],
    text: str,
    *,
    lead_end: int,
    aliases: Mapping[str, str],
    credits: Collection[int] = (),
    headline_end: int = 0,
) -> tuple[dict[str, Candidate], dict[str, str]]:
    """Return the text's names by canonical key, counted with their short forms, and the
    key of each name as written; a name only in credits (indexes into `mentions`) is left
    out: "NPR", "Soraya Sarhaddi Nelson" of "NPR's Soraya Sarhaddi Nelson reports".
    A headline capitalises common words ("In the World"): they name nothing there."""
    fuller = fold_short_names(mentions, aliases)
    addressed = _addressed_surnames(text)
    names: dict[str, Candidate] = {}
    key_of: dict[str, str] = {}
    named: set[str] = set()  # keys named as themselves, not only by an adjective
    reported: set[str] = set()  # keys named outside a credit
    inside: set[str] = set()  # keys named after a word of their sentence: "said Amber"
    itself: set[str] = set()  # keys written as themselves, or as an abbreviation ("UK")
    listed = enumerated_mentions(mentions, text)
    pieces: dict[str, bool] = {}  # keys written, past the headline, only inside longer names
    modifiers: dict[str, bool] = {}  # keys written, past the headline, only before a word
    # Keys named by their people's adjective in the headline (True) or past it in the lead.
    told: defaultdict[str, set[bool]] = defaultdict(set)
    for i, m in enumerate(mentions):
        full = without_description(fuller.get(m.name, m.name), addressed)
        canonical = aliases.get(full.casefold(), full)
        if _name_length(canonical) > _LONGEST_NAME or not _readable_name(canonical):
            continue
        key = key_of[m.name] = canonical.casefold()
        if m.start >= headline_end:
            common = _common_word_name(canonical, aliases)
            piece = common and piece_of_a_name(text, m)
            pieces[key] = pieces.get(key, True) and piece
            before_noun = common and adjective_before_a_word(text, m)
            modifiers[key] = modifiers.get(key, True) and before_noun
        if key not in names:
            names[key] = Candidate(key, canonical, True, first=m.start / max(1, len(text)))
        entry = names[key]
        entry.count += 1
        adjective = _adjective_use(text, m, canonical)
        if not adjective:
            named.add(key)
        elif m.start < lead_end and not m.name.isupper():  # "US economy": no place's news
            told[key].add(m.start < headline_end)
        if without_description(m.name, addressed).casefold() == canonical.casefold() or (
            m.name.isupper()
        ):
            itself.add(key)  # "France", "UK", "Demographer Cassandra Dorius"; not "French"
        entry.lead = entry.lead or (m.start < lead_end and not adjective)
        entry.spellings[canonical] += 1
        entry.listed = entry.listed or i in listed
        if i not in credits:
            reported.add(key)
        if m.start >= headline_end and _mid_sentence(text, m.start):
            inside.add(key)
    # "France" of "French wine" or "Spain" of "the Spaniard" is a keyword only when the
    # lead names it so: a place the text names only by its people is seldom the subject.
    # One the headline and the lead both name by its adjective ("Ruritanian gov't rejects
    # ...", "The Ruritanian government on Friday ...") is where the news is: a lead name.
    for key in (k for k, said in told.items() if len(said) == 2):
        names[key].lead = True
        named.add(key)
    by_people = {k for k, entry in names.items() if k not in itself and not entry.lead}
    cut = {k for k, piece in pieces.items() if piece}
    cut |= {k for k, modifier in modifiers.items() if modifier}
    unnamed = (_capitalised_words(names, aliases) - inside) | by_people | cut
    for key in names.keys() - reported | unnamed:
        del names[key]
    key_of = {written: key for written, key in key_of.items() if key in names}
    for key, entry in names.items():
        # "Switzerland" of "Swiss resort" only: where something happened, not what.
        entry.aside = entry.aside or key not in named
    _merge_acronyms(names, key_of, defined_acronyms(mentions, text))
    for entry in names.values():
        entry.surface = max(entry.spellings, key=lambda s: (entry.spellings[s], len(s), s))
    return names, key_of


def _name_length(name: str) -> int:
    """Return the words of a name, the small words joining a body's not counted: "Centers
    for Disease Control and Prevention" is as long as a body's name may be."""
    return sum(w not in _BODY_JOINERS for w in name.split())


def _capitalised_words(names: Mapping[str, Candidate], aliases: Mapping[str, str]) -> set[str]:
    """Return the keys of common words said once with a capital, which may open a sentence,
    quote or title rather than name something ("Contrary to popular belief", "'Surely
    You're Joking'"); a place ("Turkey") is a name all the same."""
    return {
        key
        for key, entry in names.items()
        if entry.count < 2 and " " not in key and key not in aliases and is_dictionary_word(key)
    }


# A capitalised word right before or after a name's word, a possessive and a space between
# at most: "Harbour" of "Harbour Stadium", "Lantern's" of "Lantern's Nine", "Group" of
# "Brennan's Group".
_CAPITAL_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w.-]*?)(['’]s)? $")
_CAPITAL_AFTER = re.compile(r"(['’]s)? ([A-Z][\w-]*)")


def piece_of_a_name(text: str, mention: Mention) -> bool:
    """Return True for a name written here right beside another capitalised word, which
    the name finder cut off it: "Stadium" of "Harbour Stadium", "Nine" of "Lantern's
    Nine", "Fools" of "April Fools"; not beside a small word, a title, a lead-in or an
    acronym ("The Hill", "Mr Brown", "Democratic Congressman", "Windows XP"), after a
    day's possessive ("Monday's Commons vote"), nor owning a person or another name
    ("Westholm's Tom Brandt")."""
    before = _CAPITAL_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    if before and _names_on(before.group(1)):
        return not (before.group(2) and before.group(1).lower() in WEEKDAYS)
    after = _CAPITAL_AFTER.match(text, mention.end)
    if not (after and _names_on(after.group(2))):
        return False
    return not after.group(1) or is_dictionary_word(after.group(2))


def adjective_before_a_word(text: str, mention: Mention) -> bool:
    """Return True for an English adjective of a side or creed written with a capital
    before a lower-case word: "Western" of "Western coalition forces", "Communist" of
    "Communist allies", "Democratic" of "a Democratic county executive"; it describes what
    follows and names nothing a reader would click. A film's "Haunted star" is none."""
    word = mention.name.lower()
    adjective = word.endswith(_CREED_ENDINGS) and "ADJ" in word_classes(word)
    after = _NEXT_LOWER.match(text, mention.end)
    return adjective and after is not None and after.group(1) not in FUNCTION_WORDS


# Endings of adjectives of sides, creeds and regions: "Democratic", "Republican",
# "Communist", "Western".
_CREED_ENDINGS = ("ic", "an", "ist", "ern")


def _names_on(word: str) -> bool:
    """Return True for a capitalised word that may go on with a name beside it: not a
    small word, a title, a lead-in or an acronym ("The", "Mr", "Former", "PCs")."""
    lower = word.lower().rstrip(".")
    return not (
        lower in FUNCTION_WORDS
        or lower in TITLE_WORDS
        or lower in TITLE_MODIFIERS
        or lower in LEAD_INS
        or word[:2].isupper()
    )


def _common_word_name(name: str, aliases: Mapping[str, str]) -> bool:
    """Return True for a name of one common English word that is no place: "Stadium",
    "Nine"; not "Turkey", which "Turkey's Corvana" does not make a piece of a name."""
    return " " not in name and name.casefold() not in aliases and is_dictionary_word(name)


# Before a word inside a sentence: a lower-case word, a comma or a figure, and a space.
# A common word capitalised there is a name: "said Amber", "in Congress".
# Not across a line break: a headline line may end on a lower-case word ("after split").
_MID_SENTENCE = re.compile(r"[a-z0-9,;][ \t]+$")
_WORD_BEFORE_NAME = re.compile(r"([A-Z][a-z]*)[ \t]+$")


def _mid_sentence(text: str, start: int) -> bool:
    """Return True for a name written inside a sentence, where a capital is no accident:
    "said Amber", "Apple's Safari", "The Chronicle"; not after a capitalised small word,
    which opens a title: "Song" of "The Last Song"."""
    if not _MID_SENTENCE.search(text, max(0, start - 3), start):
        return False
    before = _WORD_BEFORE_NAME.search(text, max(0, start - 30), start)
    opener = before.group(1).lower() if before else ""
    return opener not in FUNCTION_WORDS or opener in ARTICLES


def without_description(name: str, addressed: Collection[str] = ()) -> str:
    """Return a name without a description opening it: "Qwest" of "Denver-based Qwest",
    "Julian Schnabel" of "Painter-turned-director Julian Schnabel", "James Wan" of
    "Director James Wan", "Demographer Cassandra Dorius" (a job before a full name; "Baker"
    alone stays), "Tom Brandt" of "Republicans Tom Brandt", "Ada Pell" of "ACME Ada Pell"
    when the text calls her "Ms Pell" (a surname of `addressed`)."""
    words = name.split()
    body = len(words) == 3 and words[-1] in addressed and _body_before_a_person(words)
    if len(words) > 2 and (_people_before_a_person(words) or body):
        words.pop(0)  # "Republicans Tom Brandt", "Professors Ilse Varga", "ACME Ada Pell"
    while len(words) > 1 and _describes_a_name(words[0], rest=len(words) - 1):
        words.pop(0)
    return " ".join(words)


def _people_before_a_person(words: Sequence[str]) -> bool:
    """Return True for a common plural before a person's name: who the people named are,
    as in "fellow Republicans Tom Brandt and ...", "Professors Ilse Varga and
    ...", "Danishmen Jens Holt and ..."."""
    lower = words[0].lower()
    nouns = lemma_table(lower).get("NOUN", ())
    plural = bool(nouns) and lower not in nouns and lower.endswith(("s", "men"))
    # The lexicon lacks a people's men: "Irishmen", "Frenchmen"; not "Carmen", "Yemen".
    people = lower.endswith("men") and bool(_DEMONYM.search(lower[:-3]))
    return (plural or people) and _reads_as_person(words[1:])


def _body_before_a_person(words: Sequence[str]) -> bool:
    """Return True for a body's acronym before a person's name: "ACME Ada Pell" is Ada
    Pell of ACME, the person is the keyword."""
    letters = words[0].rstrip(".")
    return len(letters) > 1 and letters.isupper() and _reads_as_person(words[1:])


_ADDRESSED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]+)")


def _addressed_surnames(text: str) -> frozenset[str]:
    """Return the surnames the text gives after a form of address ("Ms Pell"): a person's,
    so "ACME Ada Pell" is a person after a body's acronym, not "ACME Ada Works"."""
    return frozenset(_ADDRESSED.findall(text))


def _reads_as_person(words: Sequence[str]) -> bool:
    """Return True for words that read as a person's name: capitalised words opening on no
    adjective, holding a word English lacks; "Kings Cross Station", "Veterans Memorial
    Coliseum", "Dungeons & Dragons", "Pilgrims Life & Annuity" are no such names."""
    capitalised = all(w[:1].isupper() and _NAME_PART.fullmatch(w) for w in words)
    opens = "ADJ" not in word_classes(words[0].lower())
    person = capitalised and opens and words[-1].lower() not in BODY_WORDS
    return person and not all(is_dictionary_word(w) for w in words)


_NAME_PART = re.compile(r"[A-Za-z][A-Za-z'’-]*\.?")


def _describes_a_name(word: str, *, rest: int) -> bool:
    head, _, tail = word.partition("-")
    if tail and head and any(part[:1].islower() for part in tail.split("-")):
        return True  # "Denver-based", "Painter-turned-director"
    lower = word.lower()
    # A job the lexicon lacks is still a noun when its verb is there: "Distributor".
    table = lemma_table(lower)
    unlisted_job = not table and lower.endswith(("er", "or")) and _names_people(lower)
    if not (rest >= 2 and (lower in table.get("NOUN", ()) or unlisted_job)):
        return False
    # "Demographer": a job, though English has no "demograph" to do.
    rare_job = lower.endswith(("er", "or", "ist", "ian")) and zipf(lower) < OCCUPATION_ZIPF
    return _names_people(lower) or rare_job


def _readable_name(name: str) -> bool:
    """Return False for what reads as no name: a letter or two ("C", "Ke") unless in
    capitals ("UN"), an abbreviated weekday ("Wed", "Mon"), a capital letter and a common
    word ("T-shirts")."""
    letters = [c for c in name if c.isalpha()]
    if len(letters) < 3 and not (len(letters) == 2 and name.isupper()):
        return False
    if _LETTER_AND_WORD.match(name):
        return False  # "T-shirts", "X-rays": a common word
    return name.casefold().rstrip(".") not in _WEEKDAY_SHORT


_LETTER_AND_WORD = re.compile(r"[A-Z]-[a-z]+$")
_WEEKDAY_SHORT = frozenset("mon tue tues wed thu thur thurs fri sat sun".split())


def _adjective_use(text: str, mention: Mention, canonical: str) -> bool:
    """Return True for a place named by its adjective before a common word: "Swiss" of
    "Swiss resort" for "Switzerland", "US" of "US singles chart"."""
    written = mention.name
    plural = written.endswith("s") and not written.endswith("ss")  # not "Swiss"
    if written.casefold() == canonical.casefold() or plural:
        return False  # "Palestinians": a people, who may be the subject
    adjective = bool(_DEMONYM.search(written)) or written.isupper()
    after = _NEXT_LOWER.match(text, mention.end)
    return adjective and after is not None and after.group(1) not in FUNCTION_WORDS


def _passing(index: _TextIndex, c: Candidate) -> bool:
    """Return True for a phrase said in passing: once, opening on an adjective the text
    uses nowhere else ("current difficulties", "special retrospective"); "nuclear crisis"
    in a text that says "nuclear" again is its subject."""
    words = c.key.split()
    first = words[0]
    # Three words are specific enough: "national food reserve".
    if c.count > 1 or len(words) > 2 or "ADJ" not in word_classes(first):
        return False
    return index.uses(first) < 2


def defined_acronyms(mentions: Sequence[Mention], text: str) -> dict[str, str]:
    """Return {acronym: name} for the acronyms the text defines in brackets after a name
    that opens on the acronym's letter: "PricewaterhouseCoopers (PwC)", "Scottish and
    Newcastle (S&N)"."""
    ordered = sorted(mentions, key=lambda m: m.start)
    defined: dict[str, str] = {}
    for name, acronym in itertools.pairwise(ordered):
        match = _BRACKETED_ACRONYM.match(text, name.end)
        letters = _acronym_letters(acronym.name)
        if not (match and match.group(1) == acronym.name and _written_as_acronym(letters)):
            continue
        if letters[0] == name.name[0] and " " not in acronym.name:
            defined.setdefault(letters, name.name)
    return defined


def _acronym_letters(written: str) -> str:
    """Return an acronym's letters without its dots and ampersands: "SP" of "S&P"."""
    return written.replace(".", "").replace("&", "")


def _spellings(surface: str) -> set[str]:
    """Return the acronyms a body's name may be written as: "FDA" for the "Food and Drug
    Administration", "IOM", "DfES", "UKA" for "UK Athletics", "FBI" for the "US Federal
    Bureau of Investigation"."""
    words = [w for w in surface.split() if w not in INITIAL_SKIPS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return set()
    found = {
        "".join(w[0] for w in words),
        # Some keep the small words' letters: "IOM" is the "Institute of Medicine".
        "".join(w[0].upper() for w in surface.split()),
        # Some keep them in lower case: "DfES", "DoJ" ("Department of Justice").
        _lower_case_joiners(surface),
        # An acronym inside keeps all its letters: "UKA" is "UK Athletics".
        "".join(w if w.isupper() else w[0] for w in words),
    }
    if len(words) >= 3 and words[0].isupper():  # a country before a body: "US Federal ..."
        found.add("".join(w[0] for w in words[1:]))
    return found


def _merge_acronyms(
    names: dict[str, Candidate], key_of: dict[str, str], defined: Mapping[str, str]
) -> None:
    """Make an acronym and the name it stands for one, shown in full: "FDA" is the "Food
    and Drug Administration", "SC" "South Carolina", "PwC" "PricewaterhouseCoopers" (its
    definition in brackets), when the text gives both."""
    spelled: dict[str, str] = {}
    for key, c in names.items():
        for letters in sorted(_spellings(c.surface)):
            spelled.setdefault(letters, key)
    for letters, name in sorted(defined.items()):
        if key_of.get(name) in names:
            spelled[letters] = key_of[name]
    for key, c in list(names.items()):
        letters = _acronym_letters(c.surface)
        long_key = spelled.get(letters) if _written_as_acronym(letters) else None
        long_key = long_key or _spelled_opening(c.surface, names)
        if long_key is None or long_key == key:
            continue
        full = names[long_key]
        full.count += c.count
        full.lead = full.lead or c.lead
        full.first = min(full.first, c.first)
        # The spellings stay the full name's: a reader is shown what the acronym stands for.
        del names[key]
        for written, k in key_of.items():
            if k == key:
                key_of[written] = long_key


def _lower_case_joiners(surface: str) -> str:
    """Return a name's initials with "of" and "for" kept in lower case and the other small
    words left out: "DfES" for the "Department for Education and Skills"."""
    return "".join(w[0] for w in surface.split() if w in {"of", "for"} or w not in INITIAL_SKIPS)


def _written_as_acronym(letters: str) -> bool:
    """Return True for letters written as an acronym: "FDA", "DfES" (two capitals or more)."""
    return letters.isalpha() and letters[:1].isupper() and sum(c.isupper() for c in letters) >= 2


def _spelled_opening(surface: str, names: Mapping[str, Candidate]) -> str | None:
    """Return the key of the name an acronym opening this one spells out: "South Dakota
    National Guard" for "SD National Guard"."""
    first, _, rest = surface.partition(" ")
    if not (rest and first.isupper() and first.isalpha() and len(first) >= 2):
        return None
    for key, c in names.items():
        words = c.surface.split()
        head = words[: len(first)]
        if words[len(first) :] == rest.split() and "".join(w[0] for w in head) == first:
            return key
    return None


def _phrase(
    text: str, spans: Sequence[tuple[int, int]], *, lead_end: int, plain: bool
) -> Candidate:
    spellings = Counter(" ".join(text[s:e].split()) for s, e in spans)
    surface = max(spellings, key=lambda s: (s[:1].islower(), spellings[s], s))
    modifier = _modifier(text, spans)
    if modifier:  # "order offences" is always "public order offences" here
        surface = f"{modifier} {surface}"
    # No name in it and only common words: a capital comes from a sentence's start or a
    # headline ("Guest lineup"); "Jeff Sessions" is left as written.
    if plain and all(is_dictionary_word(w.rstrip("'’")) for w in surface.split()):
        surface = surface.lower()
    return Candidate(
        key=surface.casefold(),
        surface=surface,
        name=False,
        count=len(spans),
        first=spans[0][0] / max(1, len(text)),
        lead=spans[0][0] < lead_end,
        spellings=spellings,
    )


# Words before a phrase that count or date it, not name what it is: "third monthly decline".
_NOT_MODIFIERS = (
    WEEKDAYS
    | MONTHS
    | frozenset(
        "first second third fourth fifth sixth seventh eighth ninth tenth last next".split()
    )
)
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’\-]*) $")


def _modifier(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """Return the word before every occurrence of a two-word phrase when it is always the
    same modifier: YAKE's two-word window cut "public order offences" to "order offences"."""
    found = [_WORD_BEFORE.search(text, max(0, s - 30), s) for s, _ in spans]
    before = {m.group(1) if m else "" for m in found}
    if len(before) != 1:
        return ""
    word = before.pop()
    lower = word.lower()
    if not word.islower() or lower in FUNCTION_WORDS or lower in _NOT_MODIFIERS:
        return ""
    if len(spans) < 2 and _judges(lower):
        return ""  # "substantial prison term", said once: the prison term is the subject
    # "tried" mobile wallets, "taking" bong rips, "to trim" staff bonuses
    verb = is_verb_form(lower) or is_past_form(lower) or light_gerund(lower)
    said = [(m.start(1), end) for m, (_, end) in zip(found, spans, strict=True) if m]
    verb = verb or _verb_opening(text, said)
    return "" if verb or len(text[spans[0][0] : spans[0][1]].split()) != 2 else word


def _judges(word: str) -> bool:
    """Return True for an adjective that judges or compares rather than says what kind:
    only ever an adjective ("substantial", "controversial"), or a comparative or
    superlative ("stricter", "biggest", "smaller-than-expected"); not "public" or
    "national", nouns too, which may make a compound ("public service broadcaster")."""
    if "-than-" in word:
        return True
    base = lemma_table(word).get("ADJ", ())
    return word_classes(word) == {"ADJ"} or bool(base and word not in base)


def _verdict(text: str, span: tuple[int, int], *, after_name: bool) -> str:
    """Return "subject" for a phrase that reads as one, "common" for a common English noun
    alone (a keyword only when nothing better is left), "" otherwise: a verb, weekday,
    title or reporting verb in it, a small word inside ("intention to visit").

    After a name only nouns may follow: "Ukraine war", not "Putin showed" or "North Korea
    boosting".
    """
    phrase = text[span[0] : span[1]]
    # After a name, the letters of an abbreviation are the name's: "U.S. economy".
    written = [
        w for w in _TOKEN.findall(phrase) if not (after_name and len(w) == 1 and w.isupper())
    ]
    words = [w.lower() for w in written]
    for i, (w, lower) in enumerate(zip(written, words, strict=True)):
        # "government spending" ends on a noun made of a verb; "raising fees" is a clause.
        gerund = lower.endswith("ing") and i == len(words) - 1 and not after_name
        # "prices rose", "man accused": a past form after a word starts a clause.
        past = i > 0 and (is_past_form(lower) or _verb_inflected(lower))
        verb = (is_verb_form(lower) and not gerund and not _noun_after_adjective(words, i)) or past
        verb = verb and not (i == 0 and _gerund_modifier(text, span, words))
        title = lower in TITLE_WORDS or (w[:1].isupper() and lower in TITLE_MODIFIERS)
        if verb or title or lower in WEEKDAYS or lower in MONTHS:
            return ""
    if len(phrase.split()) > 1:
        # After a name, its first word is the name: "US" of "US economy" is no "us".
        # "coal mine": after a noun, "mine" is one too, not the pronoun.
        closed = words[-1] in _CLOSED_WORDS and not _noun_after_noun(words)
        if (words[0] in FUNCTION_WORDS and not after_name) or closed:
            return ""  # "earlier spending", "deal worth" (of "a deal worth $106m")
        if light_gerund(words[0]):
            return ""  # "having metabolic syndrome": a clause, not "rising prices"
        if any(w in TIME_UNITS for w in words):
            return ""
        last = word_classes(words[-1])
        noun = (
            "NOUN" in last
            or _noun_after_adjective(words, len(words) - 1)
            or (not after_name and _noun_gerund(words))
        )
        if last and not noun and not after_name:
            return ""  # a noun phrase ends on its noun: not "open temporary"
        joiners = frozenset() if after_name else _INNER_JOINERS
        inner = any(w in FUNCTION_WORDS and w not in joiners for w in words[1:-1])
        return "" if inner else "subject"
    if len(words) > 1:  # "three-year" and "10-day" describe a noun
        return "" if words[0].isdigit() or words[0] in FUNCTION_WORDS else "subject"
    # One word alone must be a noun, and not one every article uses.
    word = words[0]
    if word in FUNCTION_WORDS or not ("NOUN" in word_classes(word) or _said_as_noun(text, span)):
        return ""
    # How a report was made ("spokesman", "anonymity") or taken ("speculation") is not
    # what it is about, and "the firm" says again a name the list shows.
    unsaid = word in SOURCING_NOUNS or word in STAND_IN_NOUNS or word in RESPONSE_NOUNS
    return "common" if zipf(word) >= GENERIC_ZIPF or unsaid else "subject"


# Words that take an object as a preposition does ("worth $106m", "plus fees"): a phrase
# ending on one runs into what follows. Not in FUNCTION_WORDS: "Fort Worth" is a name.
_CLOSED_WORDS = FUNCTION_WORDS | frozenset({"worth", "versus", "plus", "minus"})


# Verbs whose "-ing" form before a noun starts a clause ("having metabolic syndrome",
# "taking bong rips"); other verbs' may describe one ("rising prices", "operating profit").
_LIGHT_VERBS = frozenset("have be do get make take give go put keep let".split())


# A gerund said this often names the article's activity ("dating", "mining").
GERUND_USES = 3
# An adjective said as a noun: "Broadband's spread", "a big leap for broadband."
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|in|on|to|with|about|over)\s+$")
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.,;:!?)]|and\b|or\b)")


def _said_as_noun(text: str, span: tuple[int, int]) -> bool:
    """Return True for a word the lexicon has as no noun that the text says as one: a
    gerund naming an activity, said GERUND_USES times ("dating", "mining"; not "having"),
    or a word only ever an adjective with a possessive after it or after a preposition at
    a clause's end, in any of its uses ("Broadband's spread", "a leap for broadband.")."""
    word = text[span[0] : span[1]].lower()
    classes = word_classes(word)
    if word.endswith("ing") and len(word) > 5 and classes == {"VERB"}:
        # Said again and again, it is the article's activity; once, a verb's ("insisting").
        said = len(whole_word(word, re.IGNORECASE).findall(text))
        return said >= GERUND_USES and not light_gerund(word)
    if classes != {"ADJ"}:
        return False
    # Any use, not only the first: "Homes with broadband have" reads as an adjective
    # until "villages with broadband, most said" shows the noun.
    uses = whole_word(re.escape(word), re.IGNORECASE).finditer(text)
    return any(_noun_use(text, m.span()) for m in uses)


def _noun_use(text: str, span: tuple[int, int]) -> bool:
    """Return True for an adjective used as a noun here: a possessive after it, or a
    preposition before it and a clause's end after it."""
    if _POSSESSIVE_AFTER.match(text, span[1]):
        return True
    before = text[max(0, span[0] - 12) : span[0]]
    return bool(_PREPOSITION_BEFORE.search(before) and _CLAUSE_END_AFTER.match(text, span[1]))


def light_gerund(word: str) -> bool:
    """Return True for the "-ing" form of a verb that says little alone: "having", "taking"."""
    verbs = lemma_table(word).get("VERB", ())
    return word.endswith("ing") and any(v in _LIGHT_VERBS for v in verbs)


# The possessive pronoun English also writes as a noun: "coal mine", "gold mine".
_PRONOUN_NOUNS = frozenset({"mine"})


def _noun_after_noun(words: Sequence[str]) -> bool:
    """Return True for two words ending on a possessive pronoun's spelling that a noun
    before it makes a noun: "coal mine", not "of mine"."""
    first = words[0]
    return (
        len(words) == 2
        and words[-1] in _PRONOUN_NOUNS
        and first not in FUNCTION_WORDS
        and "NOUN" in word_classes(first)
    )


# Words before an "-ing" word that make it part of a noun phrase: "the waiting lists", "a
# vending machine", "its operating profit"; a participle after them never starts a clause.
_NOUN_PHRASE_OPENERS = frozenset(
    "the a an his her its their our my your this that these those every each no longer more".split()
)
_OPENER_BEFORE = re.compile(r"\b([A-Za-z]+|\w+['’]s) $")


def _gerund_modifier(text: str, span: tuple[int, int], words: Sequence[str]) -> bool:
    """Return True for an "-ing" word opening two words before a noun that the text says
    after an article, possessive or adjective: "the waiting lists", "NHS's waiting lists",
    "a vending machine" name a thing; "including children", "using force" are clauses."""
    word, noun = words[0], words[-1]
    if len(words) != 2 or not word.endswith("ing") or light_gerund(word):
        return False
    if "NOUN" not in word_classes(noun) or noun in FUNCTION_WORDS:
        return False
    # Said once, it may be a passing description ("growing demand"); said again, a thing.
    phrase = text[span[0] : span[1]]
    starts = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text, re.I)]
    return len(starts) >= 2 and any(_opens_noun_phrase(text, start) for start in starts)


def _opens_noun_phrase(text: str, start: int) -> bool:
    """Return True when the word before `start` is an article, possessive or adjective."""
    before = _OPENER_BEFORE.search(text, max(0, start - 30), start)
    lower = before.group(1).lower() if before else ""
    possessive = lower.endswith(("'s", "’s"))
    return lower in _NOUN_PHRASE_OPENERS or possessive or word_classes(lower) == {"ADJ"}


def _noun_after_adjective(words: Sequence[str], i: int) -> bool:
    """Return True for a phrase's last word that the lexicon has as a verb only but that
    follows a word only ever an adjective, so names a thing: "digital divide"."""
    word = words[i]
    base = word in lemma_table(word).get("VERB", ())
    after_adjective = i > 0 and word_classes(words[i - 1]) == {"ADJ"}
    return i == len(words) - 1 and after_adjective and base and word not in REPORTING_VERBS


def _noun_gerund(words: Sequence[str]) -> bool:
    """Return True for two words ending on an activity a noun or adjective before it
    names: "consumer spending", "binge drinking", "insider trading", "online gaming". Not
    after a plural ("prices rising": a clause), nor a light verb's ("making"); a phrase
    the text runs on into an object ("police investigating the") is a fragment by use."""
    if len(words) != 2 or not words[1].endswith("ing") or light_gerund(words[1]):
        return False
    word = words[0]
    plural = word.endswith("s") and any(n != word for n in lemma_table(word).get("NOUN", ()))
    noun_or_adjective = bool(word_classes(word) & {"NOUN", "ADJ"})
    return "VERB" in word_classes(words[1]) and noun_or_adjective and not plural


# What follows a participle taking an object or particle ("linking him", "consisting of"),
# never a noun of an activity ("binge drinking in", "consumer spending grew").
_PARTICIPLE_OBJECTS = frozenset("the a an his her its their him them me us it of up".split())


def _participle_phrase(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True for two words ending on an "-ing" word that is only ever a verb, said
    once or once before an object ("people signing up"): a clause YAKE cut, not an activity
    a noun names ("insider trading", said again and again)."""
    words = text[spans[0][0] : spans[0][1]].lower().split()
    if len(words) != 2 or not words[1].endswith("ing") or word_classes(words[1]) != {"VERB"}:
        return False
    objects = [(m := _NEXT_WORD.match(text, end)) and m.group(1) for _, end in spans]
    return len(spans) < 2 or any(word in _PARTICIPLE_OBJECTS for word in objects)


# Words after which a verb's base form is a verb: "to trim", "will trim".
_BEFORE_BASE_VERB = MODALS | {"to"}


def _verb_opening(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True for a phrase the text opens as a verb: every use of a verb's base form
    after "to" or a modal ("to trim staff bonuses"), of an "-ing" word after a form of "be"
    or a comma ("are slumping", ", polishing shoes"); or a lone "-ing" word said after "be"
    and never after an article, possessive or adjective ("sales are slumping" names no
    "slumping"; "the additional testing" keeps "testing")."""
    first = text[spans[0][0] : spans[0][1]].split()[0].lower()
    verbs = lemma_table(first).get("VERB", ())
    if _told_once_after_subject(text, spans, first):
        return True
    gerund = first.endswith("ing") and bool(verbs)
    if not gerund and first not in verbs:
        return False
    befores = [_word_or_comma_before(text, start) for start, _ in spans]
    openers = _BEFORE_BASE_VERB if not gerund else BE_WORDS | {","}
    if all(before in openers for before in befores):
        return True
    if not gerund or len(text[spans[0][0] : spans[0][1]].split()) > 1:
        return False
    said_as_noun = any(_opens_noun_phrase(text, start) for start, _ in spans)
    return any(before in BE_WORDS for before in befores) and not said_as_noun


def _told_once_after_subject(text: str, spans: Sequence[tuple[int, int]], first: str) -> bool:
    """Return True for words said once, opening on a verb's "-s" form that is a noun's
    plural too, after a lower-case noun or "which", "that" or "who": "(the gallery, which)
    houses paintings", "(the council) monitors noise" tell what someone does. After a small
    word it is the plural ("of drinks firms"); after a name it may be one ("Velland arms
    sales")."""
    if len(spans) > 1 or " " not in text[spans[0][0] : spans[0][1]]:
        return False
    verbs = lemma_table(first).get("VERB", ())
    if not (is_inflected_noun(first) and first.endswith("s") and verbs and first not in verbs):
        return False
    before = _word_or_comma_before(text, spans[0][0])
    return before in _RELATIVES or bool(before and before not in FUNCTION_WORDS | {","})


# Words opening a relative clause, whose verb may follow: "which houses paintings".
_RELATIVES = frozenset({"which", "that", "who"})
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’.&-]* $")


def _headline_verb(text: str, spans: Sequence[tuple[int, int]], headline_end: int) -> bool:
    """Return True for words opening on a verb's "-s" form that only the headline says,
    after a name: "Velland moves forward", "Ostend Tips Hat" tell what the name did. Not
    "US singles chart" said in the text, nor "moves" alone."""
    words = text[spans[0][0] : spans[0][1]].lower().split()
    verbs = lemma_table(words[0]).get("VERB", ())
    third_person = words[0].endswith("s") and any(v != words[0] for v in verbs)
    return (
        third_person
        and len(words) > 1
        and all(end <= headline_end for _, end in spans)
        and all(_CAPITALISED_BEFORE.search(text, max(0, start - 30), start) for start, _ in spans)
    )


def _word_or_comma_before(text: str, start: int) -> str:
    """Return the lower-case word before `start` (past an adverb: "is already"), "," after a
    comma, "" otherwise."""
    if text[max(0, start - 2) : start].rstrip(" ").endswith(","):
        return ","
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return before.group(1) if before else ""


def is_generic_word(word: str) -> bool:
    """Return True for a lower-case word that says little alone: a common plural
    ("customers", "concerns", "analysts"), one of a kind of people so named ("resident",
    "consumer"), or a verb's past form a noun shares ("rose", "fell", "accused"); such a
    word is a keyword inside a phrase, or to fill the list."""
    if not word.islower():
        return False
    if _verb_inflected(word):
        return True
    nouns = lemma_table(word).get("NOUN", ())
    if word in nouns:  # one of a kind of people: "resident" as generic as "residents"
        return _names_people(word) and _generic_plural(f"{word}s", (word,))
    return word.endswith("s") and _generic_plural(word, nouns)


def _verb_inflected(word: str) -> bool:
    """Return True for a verb's past form, a noun's too: "rose" is "rise", "fell" "fall";
    not "weed", a verb itself more than a form of "wee"."""
    verbs = lemma_table(word).get("VERB", ())
    if word.endswith(("s", "ing")):
        return False
    others = [v for v in verbs if v != word]
    return bool(others) and (word not in verbs or max(map(zipf, others)) > zipf(word))


def _generic_plural(word: str, nouns: Sequence[str]) -> bool:
    frequency = zipf(word)
    people = any(_names_people(n) for n in nouns)
    return frequency >= PLURAL_ZIPF or (frequency >= PEOPLE_ZIPF and people)


def _names_people(noun: str) -> bool:
    """Return True for a noun shaped like a kind of people: "analyst", "employee", and
    "consumer" or "teacher", made of a word English has ("water" is not)."""
    if noun.endswith(("er", "or")):
        # "distributor" distributes: a verb that ends on "e" drops it.
        verb = "VERB" in lemma_table(f"{noun[:-2]}e")
        return bool(lemma_table(noun[:-2]) or lemma_table(noun[:-1])) or verb
    return noun.endswith(_PEOPLE_ENDINGS) and not noun.endswith("ment")


# Words after which a word is a verb, not a subject: "will headline", "beating the".
# Modals and the perfect's auxiliary: the word after them is a verb ("will headline", "have
# fallen"), with at most one adverb between ("have already fallen").
_BEFORE_A_VERB = frozenset(
    "to will would can could may might must shall should have has had".split()
)
_AFTER_A_VERB = frozenset(
    "the a an this that these those his her its their our my your him them it me us".split()
)
_NEXT_WORD = re.compile(r" ([a-z][a-z'’-]*)")
_PREVIOUS_WORD = re.compile(r"\b([a-z][a-z'’]*) (?:(?:already|just|not|never|also|\w+ly) )?$")
_NEXT_NAME = re.compile(r" [A-Z][a-z]")


def _usage(
    index: _TextIndex,
    spans: Sequence[tuple[int, int]],
    size: int,
    *,
    lead_end: int,
    headline_end: int,
) -> str:
    """Return how the text uses a phrase that is no name, when that unfits it to be a
    keyword alone: "fragment" for words mostly running on into a noun ("glittering
    international" career) or, for one word, used as a verb ("will headline", "beating
    the"); "modifier" for one word mostly before a noun, or half the time for an
    adjective ("mobile" payments); "aside" for one word the text names once, past its
    lead, or words only the headline holds: not what the text is about ("glimpse"); ""
    otherwise.
    """
    text = index.text
    if _half_of_a_pair(text, spans):
        return "fragment"
    before_nouns = sum(_noun_follows(text, end) for _, end in spans) * 2
    # Headlines clip and use verbs as nouns ("Talks Mimic", "gov't turns down"): what the
    # article is about, its body names too.
    in_headline_only = spans[-1][0] < headline_end
    if size > 1:
        clauses = sum(_in_a_clause(text, start, end) for start, end in spans)
        # "foot and mouth" outbreak, crisis: a joined pair names a subject before nouns too.
        joined = is_joined(text[spans[0][0] : spans[0][1]])
        # "box office" takings, history, records: a compound that describes many things
        # is a subject in its own right, not a clipped "public order offences".
        clipped = before_nouns > len(spans) and not (joined or _describes_many(text, spans))
        if clipped or clauses * 2 > len(spans):
            return "fragment"
        return "aside" if in_headline_only else ""
    verbal = sum(_verb_use(text, start, end) for start, end in spans) * 2 > len(spans)
    word = text[spans[0][0] : spans[0][1]].lower()
    body = [span for span in spans if span[0] >= headline_end]  # a headline drops "of"
    if verbal or _predicative(text, spans, word) or _counts_what_follows(text, body):
        return "fragment"
    # Half is enough for an adjective: "eligible donors" once and "eligible for" once.
    if before_nouns > len(spans) or (before_nouns == len(spans) and "ADJ" in word_classes(word)):
        return "modifier"
    # Headlines use verbs as nouns ("Fighting rages"): a word only the headline holds is
    # no subject, even to fill a list.
    if in_headline_only:
        return "fragment"
    once = index.uses(word) < 2 and spans[0][0] >= lead_end
    return "aside" if once else ""


def _counts_what_follows(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True for a word the text only ever puts before "of", a plural, or a common
    word said twice: it counts or holds what follows ("dozens of people", "a lack of
    staff ... the lack of beds"), and names no subject; "the reputation of their
    practice", once, and "swelling of the brain", a rarer word, may."""
    word = text[spans[0][0] : spans[0][1]].lower() if spans else ""
    plural = word.endswith("s") and not word.endswith("ss")
    often = plural or (len(spans) >= 2 and zipf(word) >= COUNTING_ZIPF)
    return often and all(text.startswith(" of ", end) for _, end in spans)


def _half_of_a_pair(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True for words the text only says as one half of a fixed pair it says twice
    or more: "foot" and "mouth crisis" of "foot and mouth crisis"."""
    phrase = text[spans[0][0] : spans[0][1]]
    after = {m.group(1) if (m := _PAIR_AFTER.match(text, end)) else "" for _, end in spans}
    before = {
        m.group(1) if (m := _PAIR_BEFORE.search(text, max(0, start - 40), start)) else ""
        for start, _ in spans
    }
    pairs = []
    if len(after) == 1 and "" not in after:
        pairs.append(f"{phrase.split()[-1]} and {after.pop()}")
    if len(before) == 1 and "" not in before:
        pairs.append(f"{before.pop()} and {phrase.split()[0]}")
    return any(text.count(pair) >= 2 for pair in pairs)


# The other half of a pair of words joined by "and": "foot and mouth".
_PAIR_AFTER = re.compile(r" and ([a-z]+)\b")
_PAIR_BEFORE = re.compile(r"\b([a-z]+) and $")


# A phrase said this often before as many different nouns names a thing of its own.
COMPOUND_USES = 3


def _describes_many(text: str, spans: Sequence[tuple[int, int]]) -> bool:
    """Return True for two words ending on a noun that the text says COMPOUND_USES times or
    more and puts before more than one noun ("box office takings", "box office records"):
    a subject, not the clipped start of one longer phrase ("order offences")."""
    words = text[spans[0][0] : spans[0][1]].lower().split()
    if len(spans) < COMPOUND_USES or len(words) != 2 or "NOUN" not in word_classes(words[-1]):
        return False
    after = [_noun_follows(text, end) and text[end:].split(None, 1)[0] for _, end in spans]
    # Said alone at least once: "at the box office", where "nuclear power" may always be
    # "nuclear power plant", "nuclear power reactors".
    return len(set(after) - {False}) >= 2 and False in after


def _noun_follows(text: str, end: int) -> bool:
    match = _NEXT_WORD.match(text, end)
    if not match:
        return False
    word = match.group(1)
    # "boat running", "network apparently": a participle or adverb starts a clause.
    if word in FUNCTION_WORDS or word.endswith(("ly", "ing")):
        return False
    # "retail sales fell": a verb's past form a noun shares ("fell", "rose") starts a clause.
    if is_verb_form(word) or is_past_form(word) or _verb_inflected(word):
        return False
    # "anti-war" activist: a compound word is a noun when its last part is one.
    return "NOUN" in word_classes(word) or "NOUN" in word_classes(word.rsplit("-", 1)[-1])


def _verb_use(text: str, start: int, end: int) -> bool:
    """Return True for a word used as a verb here: "will headline", "have already fallen",
    "beating the", or "beating Sharapova" (a common word right before a name is a verb or a
    description)."""
    after = _NEXT_WORD.match(text, end)
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return (
        bool(after and after.group(1) in _AFTER_A_VERB)
        or bool(before and before.group(1) in _BEFORE_A_VERB)
        or bool(_NEXT_NAME.match(text, end))
    )


# A subject or a modal before words, or an article or possessive after them, makes them a
# clause's verb and its neighbour: "it raises awareness", "He accused ministers", "let
# consumers pay", "a cop addresses the camera", "Dad remains the Man".
_SUBJECTS = frozenset("he she it they we i you who let lets will would can could may might".split())
# The word before, capitalised too: "He accused ministers" opens a sentence.
_PREVIOUS_ANY_WORD = re.compile(_PREVIOUS_WORD.pattern, re.IGNORECASE)
_DETERMINERS = frozenset("the a an his her its their our my your".split())


def _in_a_clause(text: str, start: int, end: int) -> bool:
    """Return True for words that cross a clause here rather than name a subject: a
    subject or modal before them, an article after them ("cop addresses the"), a be verb
    before a participle ("is narrowing fast"), a plural and a participle before a small
    word ("questions rattling around"), "to" before a verb ("to raise funds"), or a verb
    before "that" ("investigation shows that")."""
    before = _PREVIOUS_ANY_WORD.search(text, max(0, start - 40), start)
    after = _NEXT_WORD.match(text, end)
    previous = before.group(1).lower() if before else ""
    next_word = after.group(1) if after else ""
    words = text[start:end].lower().split()
    participle = words[0].endswith("ing")
    return (
        previous in _SUBJECTS
        or (participle and previous in BE_WORDS)
        or next_word in _DETERMINERS
        or (_people_doing(words) and next_word in FUNCTION_WORDS - _INNER_JOINERS)
        or (previous == "to" and _acts(words[0]))
        or (next_word == "that" and words[-1].endswith("s") and "VERB" in word_classes(words[-1]))
    )


def _acts(word: str) -> bool:
    """Return True for a verb that is no adjective: after "to" it opens a clause ("to raise
    funds", "to sell shares"), where "to local budgets" names a noun."""
    classes = word_classes(word)
    return "VERB" in classes and "ADJ" not in classes


def _people_doing(words: Sequence[str]) -> bool:
    """Return True for a plural and an "-ing" verb: what they do, not a compound noun
    ("questions rattling", "countries meeting"; "board meeting", "water monitoring" are)."""
    first, last = words[0], words[-1]
    plural = first.endswith("s") and not first.endswith("ss") and is_inflected_noun(first)
    return len(words) == 2 and plural and last.endswith("ing") and "VERB" in word_classes(last)


# Endings of adjectives ("responsible", "unfortunate", "eligible", "dangerous").
_ADJECTIVE_ENDINGS = ("ible", "able", "ous", "ful", "ate")
_AFTER_A_PREDICATE = re.compile(r"(?: (?:for|to|that|about|with)\b|\s*[,.;:!?\"”])")


def _predicative(text: str, spans: Sequence[tuple[int, int]], word: str) -> bool:
    """Return True for an adjective the text says of something, never names: "responsible
    for", "it was unfortunate,"; never after an article or before a noun."""
    # The lexicon has "responsible" as a noun only: "-ible" and "-able" are adjectives enough.
    adjective = "ADJ" in word_classes(word) or word.endswith(("ible", "able"))
    if not (adjective and word.endswith(_ADJECTIVE_ENDINGS)):
        return False
    for start, end in spans:
        before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
        if (before and before.group(1) in _DETERMINERS) or not _AFTER_A_PREDICATE.match(text, end):
            return False
    return True


# Uses of a word outside any name that make it a subject of its own, most of its uses.
_ALONE_USES = 3


class _TextIndex:
    """Where each word of a text occurs, and which name each word belongs to."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.text = text
        matches = list(_TOKEN.finditer(text))
        self.words = [m.group(0).lower() for m in matches]
        self.bounds = [m.span() for m in matches]
        self.at: dict[str, list[int]] = {}
        for i, word in enumerate(self.words):
            self.at.setdefault(word, []).append(i)
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.starts = [m.start for m in self.mentions]
        self.start_set = frozenset(self.starts)

    def uses(self, word: str) -> int:
        """Return how often the text uses a lower-case word, its plural or singular counted
        with it."""
        forms = {word, f"{word}s", f"{word}es", word.removesuffix("s"), word.removesuffix("es")}
        return sum(len(self.at.get(form, ())) for form in forms)

    def spans(self, phrase: str) -> list[tuple[int, int]]:
        """Return the character spans of a phrase's occurrences, punctuation between words."""
        tokens = _TOKEN.findall(phrase.lower())
        if not tokens:
            return []
        n = len(tokens)
        return [
            (self.bounds[i][0], self.bounds[i + n - 1][1])
            for i in self.at.get(tokens[0], ())
            if self.words[i : i + n] == tokens
        ]

    def opening(self, spans: Sequence[tuple[int, int]]) -> list[Mention]:
        """Return the names that open the spans."""
        found = []
        for start, _ in spans:
            i = bisect.bisect_left(self.starts, start)
            if i < len(self.starts) and self.starts[i] == start:
                found.append(self.mentions[i])
        return found

    def describes_a_name(self, spans: Sequence[tuple[int, int]]) -> bool:
        """Return True when every occurrence stands right before a name: "leader Kim"."""
        return all(end + 1 in self.start_set for _, end in spans)

    def kind(self, spans: Sequence[tuple[int, int]]) -> Mention | str:
        """Return the name a phrase is; "phrase" when it touches none; "after name" for
        words after whole names ("Ukraine war"); "" for a fragment of a name or words
        running into one ("Russian President Vladimir", "broadcaster KRT")."""
        verdicts = [self._kind(span) for span in spans]
        whole = next((v for v in verdicts if isinstance(v, Mention)), None)
        if whole is not None:
            return whole
        if all(v == "phrase" for v in verdicts):
            return "phrase"
        if all(v in ("phrase", "after name") for v in verdicts):
            return "after name"
        # A word the text mostly says alone is a subject though a name holds it once:
        # "copper" said 8 times, once in "Chilean Copper Commission"; "parole" and "Parole
        # Boards".
        plain = verdicts.count("phrase")
        return "phrase" if plain >= _ALONE_USES and plain * 2 > len(verdicts) else ""

    def _kind(self, span: tuple[int, int]) -> Mention | str:
        start, end = span
        i = bisect.bisect_right(self.starts, end) - 1
        touching = []
        while i >= 0 and self.mentions[i].end > start - 200:
            m = self.mentions[i]
            if m.start < end and m.end > start:
                touching.append(m)
            i -= 1
        if not touching:
            return "phrase"
        if len(touching) == 1 and (touching[0].start, touching[0].end) == span:
            return touching[0]
        # "Ukraine war": one whole name first, then words; never words before a name.
        alone = len(touching) == 1 and touching[0].start == start and touching[0].end <= end
        return "after name" if alone else ""


def _rarity(words: Sequence[str], f: Callable[[float, float], float]) -> float:
    values = [zipf(w) for w in words] or [0.0]
    result = values[0]
    for v in values[1:]:
        result = f(result, v)
    return result


# One table of (feature name, how it is computed): a name cannot drift from its value.
Row = Callable[["_Context"], float]


@dataclass(frozen=True)
class _Context:
    c: Candidate
    words: tuple[str, ...]
    counts: tuple[int, ...]
    worst_score: float


FEATURES: tuple[tuple[str, Row], ...] = (
    ("one_word", lambda x: float(x.c.size == 1)),
    ("two_words", lambda x: float(x.c.size == 2)),
    ("name", lambda x: float(x.c.name)),
    ("lead", lambda x: float(x.c.lead)),
    ("name_in_lead", lambda x: float(x.c.name and x.c.lead)),
    ("yake_listed", lambda x: float(x.c.rank < _UNRANKED)),
    ("log_yake_score", lambda x: math.log((x.c.score or x.worst_score) + 1e-9)),
    ("log_rank", lambda x: math.log(x.c.rank)),
    ("log_size_rank", lambda x: math.log(x.c.size_rank)),
    ("log_count", lambda x: math.log(x.c.count + 1)),
    ("name_log_count", lambda x: float(x.c.name) * math.log(x.c.count + 1)),
    ("first_offset", lambda x: x.c.first),
    ("capitals", lambda x: sum(w[:1].isupper() for w in x.c.surface.split()) / x.c.size),
    ("all_capitals", lambda x: float(x.c.surface.isupper())),
    ("digits", lambda x: float(bool(_DIGIT.search(x.c.surface)))),
    ("characters", lambda x: len(x.c.surface) / 10),
    ("log_rarest_word_count", lambda x: math.log(min(x.counts) + 1)),
    ("log_commonest_word_count", lambda x: math.log(max(x.counts) + 1)),
    ("rarest_word_zipf", lambda x: _rarity(x.words, min)),
    ("commonest_word_zipf", lambda x: _rarity(x.words, max)),
    ("phrase_log_count", lambda x: float(x.c.size > 1) * math.log(x.c.count + 1)),
)
FEATURE_NAMES: tuple[str, ...] = tuple(name for name, _ in FEATURES)


def candidate_features(candidates: Sequence[Candidate], text: str) -> list[tuple[float, ...]]:
    """Return one feature row per candidate, in FEATURE_NAMES order."""
    word_counts = Counter(w.lower() for w in _TOKEN.findall(text))
    scores = [c.score for c in candidates if c.score]
    worst = max(scores, default=1.0)
    rows = []
    for c in candidates:
        words = tuple(w.lower() for w in _TOKEN.findall(c.surface)) or (c.key,)
        counts = tuple(word_counts.get(w, 1) for w in words)
        context = _Context(c, words, counts, worst)
        rows.append(tuple(f(context) for _, f in FEATURES))
    return rows
