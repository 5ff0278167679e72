"""A deck run into the lead: the standfirst a scrape fused to the first sentence.

Scrapes that lose their line breaks run a story's deck straight into its lead: "Private
sector hiring finally shows some life US employers added jobs ...", "... New Jobs Added in
Manufacturing, Health Care American companies are adding workers ...". The seam is where a
new subject opens a clause of its own: a capitalised common word and a noun before a
finite verb ("US employers added", "American companies are"). Before it stands a deck, a
clause of its own closing on a noun, or a line in headline title case.

A magazine's standfirst may end on its byline instead: "... are now a major force in
fashion, writes Amy Raphael Last September a £35 vintage dress ...": all before the seam
after the writer's name is the deck, however many sentences it runs to.

Two seams more: a subject pronoun in capitals and its verb ("... at risk for blindness It's
been nearly six years ...", "... to the rhythms of classic-rock You know those dads ..."),
and a capitalised word the text also writes in lower case, which makes it a word and not a
name, so the deck may close on any word ("... produces only water when burned Hydrogen fuel
could be ..." where the text speaks of "hydrogen").

A deck in title case may end on a dateline, the place the story was filed from: "Harbour
Towns Are Finding a New Trade in Old Nets Valmora, Portugal Nets, it seems, are back ...":
all up to the dateline is the deck, for the lead that follows opens on anything at all.

A review opens on its particulars and its grade: "Tidewater Rated PG-13. At the Harbour
Cinema: B+ The new film by ...": all up to the grade is the deck.

An epigraph opens on a quotation signed with its speaker and year: "Ann Roe: "The sea
gives." ~ Jo Lane, 1921 On Friday the museum ...": all up to the year is the deck.

A name opening the clause is no seam: "German car maker BMW has announced" and "rock band
Queen are to tour" are one sentence each, so the subject must be a word and a noun.
"""

from __future__ import annotations

import re

from digest.analyze.headline_grammar import verb_tags
from digest.analyze.lexicon import FUNCTION_WORDS, REPORTING_VERBS, word_classes, zipf

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(?:\s|$)")
_MIN_DECK_WORDS = 4
_MAX_DECK_WORDS = 24
# A line in title case this long is a deck; "A UK Independence Party MEP suggested" opens
# on a name of four.
_MIN_TITLE_CASE_WORDS = 6
# A capitalised word at least this common is a word, not a name: "American", "Chinese".
_COMMON_ZIPF = 3.0
# ", writes Amy Raphael" and the capital after it: a standfirst's byline run into the text.
_WRITES = re.compile(
    r",\s(?:writes|reports)\s(?P<name>[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){1,2})\s(?=[A-Z])"
)
_MAX_STANDFIRST_WORDS = 60
# A review's particulars closing on its letter grade, then the text: "... At the Harbour
# Cinema: B+ The new film ...". Before "A" a title would read as a grade ("Update: A Man").
_REVIEW_GRADE = re.compile(
    r"(?P<deck>(?:\S+\s){1,20}?\S+:\s(?:[A-DF][+\-–]|[B-DF]))\s(?=[A-Z][a-z])"
)
# A quotation signed "~ Jo Lane, 1921" or "— Jo Lane, 1921", then the text: the year
# tells where the signature ends.
_EPIGRAPH = re.compile(
    r"(?P<deck>[^\"“”]{0,60}[\"“][^\"“”]{1,300}[\"”]\s*[~—–]\s*[A-Z][^.!?~\"“”]{0,60},"
    r"\s(?:1[5-9]|20)\d\d)\s(?=[A-Z])"
)
# A dateline after a deck: "Valmora, Portugal".
_PLACE = re.compile(r"[A-Z][a-z]+")
_PLACE_COMMA = re.compile(r"[A-Z][a-z]+,")
# A subject pronoun in capitals inside a first sentence opens the lead after a deck.
_SUBJECT_PRONOUNS = frozenset({"It", "You", "We", "They", "He", "She"})
_CONTRACTED_SUBJECTS = frozenset({"It's", "You're", "We're", "They're", "He's", "She's"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
_AUXILIARIES = frozenset(
    """is are was were has have had will would can could may might must shall should
    do does did""".split()
)


def split_deck(paragraph: str) -> tuple[str, str]:
    """Return (deck, text) for a first paragraph that opens on a deck run into its lead;
    ("", paragraph) when it does not."""
    if standfirst := _standfirst_with_byline(paragraph):
        return standfirst, paragraph[len(standfirst) :].strip()
    if grade := _REVIEW_GRADE.match(paragraph) or _EPIGRAPH.match(paragraph):
        return grade.group("deck"), paragraph[grade.end() :].strip()
    end = _SENTENCE_END.search(paragraph)
    words = paragraph[: end.start() if end else len(paragraph)].split()
    for j in range(_MIN_DECK_WORDS, min(len(words) - 2, _MAX_DECK_WORDS + 1)):
        opener = words[j : j + 3]
        if _opens_on_pronoun(opener) and _is_deck(words[:j]):
            return " ".join(words[:j]), paragraph.split(maxsplit=j)[j]
        if _opens_clause(opener) and _is_deck(
            words[:j], plainly=_in_lower_case(opener[0], paragraph)
        ):
            deck = " ".join(words[:j])
            return deck, paragraph.split(maxsplit=j)[j]
        if _ends_on_dateline(words[:j]) and words[j][0].isupper():
            return " ".join(words[:j]), paragraph.split(maxsplit=j)[j]
    return "", paragraph


def _ends_on_dateline(words: list[str]) -> bool:
    """Return True for a title-case deck with a verb, closed by a "Place, Country" dateline.

    The verb tells a deck from a run of names and places: "Senate Leader Ann Roe of
    Valmora, Democrat Jo Lane ..." opens a lead.
    """
    deck, place, country = words[:-2], words[-2], words[-1]
    return (
        _PLACE_COMMA.fullmatch(place) is not None
        and _PLACE.fullmatch(country) is not None
        and len(deck) >= _MIN_TITLE_CASE_WORDS
        and _in_title_case(deck)
        and any(_is_finite(w.lower()) for w in deck)
    )


def _standfirst_with_byline(paragraph: str) -> str:
    """Return the standfirst up to its ", writes NAME" byline; "" when none opens the text.

    The name runs to two words, or three when the third is no word of the language:
    "writes Amy Raphael Last September" ends on "Raphael".
    """
    m = _WRITES.search(paragraph)
    if m is None or len(paragraph[: m.start()].split()) > _MAX_STANDFIRST_WORDS:
        return ""
    names = m.group("name").split()
    if len(names) == 3 and word_classes(names[2].lower()):
        names = names[:2]
    return paragraph[: m.start("name")] + " ".join(names)


def _opens_clause(words: list[str]) -> bool:
    """Return True for a capitalised word, a noun and a finite verb: "US employers added"."""
    first, noun, verb = words
    if not first.isalpha() or not first[0].isupper():
        return False
    acronym = first.isupper() and len(first) > 1
    common = first.lower() not in FUNCTION_WORDS and (
        bool(word_classes(first.lower())) or zipf(first) >= _COMMON_ZIPF
    )
    return (acronym or common) and _is_noun(noun) and _is_finite(verb)


def _in_lower_case(word: str, paragraph: str) -> bool:
    """Return True when the paragraph writes the word in lower case too: a word, not a name."""
    return re.search(rf"\b{re.escape(word.lower())}\b", paragraph) is not None


def _opens_on_pronoun(words: list[str]) -> bool:
    """Return True for a subject pronoun in capitals and its verb: "It's been", "You know".

    Inside a sentence such a pronoun is written in lower case, so in capitals after a
    deck's last word it opens the lead; "I" is in capitals wherever it stands.
    """
    first, verb = words[0].replace("’", "'"), words[1]
    if first in _CONTRACTED_SUBJECTS:
        return verb.isalpha() and verb.islower()
    return first in _SUBJECT_PRONOUNS and _is_finite(verb)


def _is_deck(words: list[str], *, plainly: bool = False) -> bool:
    """Return True for words that end a deck: a clause closing on a noun, or a title-case
    line; never a subject's lead-in ("... the board of Indian conglomerate").

    `plainly` says the word opening the text after them is written in lower case elsewhere
    ("Hydrogen fuel could ..." where the text speaks of "hydrogen"): a word, not a name, so
    the seam is sure and the deck may close on any word of its own ("... when burned").
    """
    last = _last_part(words[-1])
    if last.isalpha() and last.islower():
        return (
            # "a senior EU politician says": an adjective leads on into the subject
            (plainly or (_is_noun(last) and "ADJ" not in word_classes(last)))
            and last not in FUNCTION_WORDS | REPORTING_VERBS
            # "shows" in "hiring finally shows some life" is a noun too: any verb form will do
            and any(
                w.islower() and (w in _AUXILIARIES or _FINITE_TAGS & verb_tags(w))
                for w in words[:-1]
            )
        )
    return len(words) >= _MIN_TITLE_CASE_WORDS and _in_title_case(words)


def _last_part(word: str) -> str:
    """Return a hyphenated word's last part, which tells its class: "classic-rock" a noun."""
    parts = word.split("-")
    return parts[-1] if len(parts) > 1 and all(p.isalpha() for p in parts) else word


def _is_noun(word: str) -> bool:
    """Return True for a lower-case noun; "that" and "this" are nouns to the lexicon too."""
    return (
        word.isalpha()
        and word.islower()
        and word not in FUNCTION_WORDS
        and "NOUN" in word_classes(word)
    )


def _is_finite(word: str) -> bool:
    """Return True for a lower-case finite verb form that is no noun: "added", "are"."""
    if not (word.isalpha() and word.islower()):
        return False
    if word in _AUXILIARIES:
        return True
    return bool(verb_tags(word) & _FINITE_TAGS) and "NOUN" not in word_classes(word)


def _in_title_case(words: list[str]) -> bool:
    longer = [w for w in words[1:] if len(w) >= 4 and w[0].isalpha()]
    return bool(longer) and sum(w[0].isupper() for w in longer) >= 0.7 * len(longer)
