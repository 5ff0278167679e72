"""What a headline leaves out of a lead sentence, and no reader misses.

Asides in brackets, relative clauses between commas (", which employs 300 people,"),
time phrases ("on Monday", "last year", "in 2004") and a closing attribution (", the
agency KRT reported on Sunday") go; so does a given name the article drops afterwards
("Tony Blair" -> "Blair" when later sentences say "Mr Blair"), and so do a match's set
scores ("4-6 7-6 6-4"). Everything else stays in order: the clause finder
(headline_clause.py) reads the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from digest.analyze.headline_acronym import known_initials, with_initials
from digest.analyze.headline_claim import SPEECH, TAIL_VERBS, Attribution
from digest.analyze.headline_figures import headlinese
from digest.analyze.headline_grammar import (
    CLAUSE_OPENERS,
    EDGE,
    NAME_HEADS,
    PREPOSITIONS,
    bare,
    is_plural_noun,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_subject import HONOURS
from digest.analyze.lexicon import ARTICLES
from digest.analyze.text import STOPWORDS, plain_words, stem

ATTRIBUTION = frozenset(
    "said says reported reports told according added claimed suggests shows found finds".split()
)
_ATTRIBUTION_REACH = 8  # words between a comma and "said" that can name a source
_PRONOUNS = frozenset("he she it they we i you".split())
_INVERTED_REACH = 5  # ", said the bank's chief economist Ann Ray": words after the verb
_OTHER_REACH = 2  # ", the Law Lords ruled on Monday."
_RELATIVES = frozenset({"which", "who", "whose"})
# Adjectives that change what a noun means: never idle.
_MEANINGFUL = frozenset(
    """
    former ex late first last only next previous no other same own top main major new old
    false fake alleged suspected possible potential proposed planned failed would-be dead
    free public private foreign national local military nuclear illegal legal
    strong weak poor good bad better worse
    """.split()
)
# A wire dateline or agency tag opening a lead ("TUNIS, April 1 (Reuters) -", "(CNN) -",
# "LONDON:", "April 1, 2011 -", "Berlin (ANTARA News) -") is metadata, never a headline:
# a place in capitals, a date or an agency in brackets, then a dash, colon or underscore.
_PLACE = r"[A-Z][\w.'’-]*(?:[ ,]+[A-Z][\w.'’-]*){0,4}"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][\w.'’-]*){0,4}"
_DATE = r"[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?"
_AGENCY = r"\([^()]{1,40}\)"
# Agency tags and wire dashes anywhere: a headline holding one is refused.
WIRE = re.compile(r"\((?:AP|AFP|Reuters|Xinhua|UPI|PTI|IANS|CNN)\)|\bXinhua\b|--|\s_\s|^_")
_NOT = re.compile(r"\b([A-Za-z]+)n['’]t\b")
_DASHED = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s).){1,200}?\s[-–—]\s")  # "little-known" inside
_WIRE_HEAD = re.compile(
    rf"^\s*(?:(?:{_PLACE})?,?\s*(?:{_DATE})?\s*{_AGENCY}|{_CAPS_PLACE}(?:,?\s*{_DATE})?"
    rf"|{_DATE})\s*(?:--|[-–—_:])\s+"
)
_AUXILIARIES = frozenset("has have had is are was were will would".split())
_DAY_NUMBER = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?")
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december today yesterday tomorrow
    tonight
    """.split()
)  # "may" is left out: it is far more often a verb
_PERIODS = frozenset({"week", "weekend", "month", "year", "season", "night", "morning"})
_DAY_PARTS = _PERIODS | frozenset({"afternoon", "evening", "lunchtime"})
_RELATIVE_TIME = frozenset({"last", "this", "next", "previous", "coming", "earlier", "later"})
# "than last year" goes with its time: "a third larger than last year" -> "third larger".
_TIME_LEADS = _RELATIVE_TIME | frozenset(
    {"on", "in", "at", "during", "early", "late", "the", "than", "of", "since", "to", "until"}
)  # "the year to March" -> "the year": a span's end goes with its "to"
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_LEADS = frozenset({"in", "during"})
# "Tony Blair" reads as "Blair" once the article calls him that; these never drop before a
# capitalised word ("Former England" captain), nor after one: "National Party" is no person
# (NAME_HEADS).
_MODIFIERS = frozenset(
    """
    former ex top double triple new old young late veteran chief deputy acting vice prime
    great grand north south east west northern southern eastern western central upper lower
    united royal national international world european olympic british english scottish
    welsh irish american french german
    """.split()
)


def word_key(token: str) -> str:
    """Return the stem a token is counted under: its first word, lower case."""
    found = plain_words(token)
    return stem(found[0]) if found else token.lower()


def clean_lead(
    sentence: str, later: Sequence[str] = (), *, given_names: bool = False, tight: bool = False
) -> list[str]:
    """Return the lead sentence's tokens without wire furniture, asides, times,
    attribution and (unless `given_names`) the given names the article drops later; a
    name the article also gives by its initials goes by them.

    A `tight` lead, for a headline that fits no other way, also loses the adjectives a
    reader does not miss ("forthcoming", "controversial").
    """
    tokens = _lead_tokens(sentence)
    times = _time_phrases(tokens) | _spans_of_time(tokens) | _possessive_times(tokens)
    tail = closing_attribution(tokens)
    attribution = set(range(tail[0], len(tokens))) if tail else set()
    dropped = _relative_clauses(tokens) | _range_asides(tokens) | times | attribution
    dropped |= _discourse_markers(tokens)
    keys = later_names(later) if not given_names else _NO_NAMES
    if tight:
        dropped |= {i for i in range(len(tokens)) if _idle_adjective(tokens, i)}
    dropped |= given_names_dropped(tokens, keys)
    kept: list[str] = []
    for i, token in enumerate(tokens):
        if i not in dropped:
            relative = i + 1 in dropped and bare(tokens[i + 1]) in _RELATIVES | {"from"}
            kept.append(token.rstrip(",") if relative else token)
        elif i in times and token.endswith(",") and kept and not kept[-1].endswith(","):
            kept[-1] += ","  # "Before he resigned on Wednesday, X ...": the comma stays
    # "European Central Bank" -> "ECB", where the article gives the initials
    return with_initials(kept or tokens, known_initials([sentence, *later]))


# "Battlefront on the other hand revisits ...": phrases that link the sentence to its
# neighbours; a headline stands alone.
_DISCOURSE_MARKERS = (
    ("on", "the", "other", "hand"),
    ("in", "fact"),
    ("of", "course"),
    ("for", "example"),
    ("for", "instance"),
    ("by", "contrast"),
    ("in", "contrast"),
)


def _discourse_markers(tokens: Sequence[str]) -> set[int]:
    """Return the positions of the linking phrases inside a clause, unpunctuated: one set
    off by commas leaves its commas to the aside rules."""
    words = [bare(token) for token in tokens]
    out: set[int] = set()
    for marker in _DISCOURSE_MARKERS:
        size = len(marker)
        for i in range(1, len(words) - size + 1):
            span = tokens[i - 1 : i + size]
            if tuple(words[i : i + size]) == marker and span == [t.rstrip(EDGE) for t in span]:
                out.update(range(i, i + size))
    return out


def _idle_adjective(tokens: Sequence[str], i: int) -> bool:
    """Return True for an adjective before a noun that tells no news: "forthcoming film",
    "controversial rules"; never "former", "first", "biggest", "no"."""
    word = tokens[i]
    following = tokens[i + 1].strip(EDGE) if i + 1 < len(tokens) else ""
    lower = word.strip(EDGE).lower()
    if word != word.strip(EDGE) or not lower.isalpha() or word[:1].isupper() or not following:
        return False
    if i and (bare(tokens[i - 1]) in {"and", "or", "but"} or tokens[i - 1].endswith(",")):
        return False  # "better or funkier hardware": one of a list
    if word_classes(lower) != {"ADJ"} or lower in _MEANINGFUL or lower.endswith("est"):
        return False
    if lower.startswith(_DENYING) or lower.endswith(_CLASSIFYING):
        return False  # "unlikely setting", "financial officer": the pair is one sense
    if i and _grades(bare(tokens[i - 1])):
        return False  # "potentially lucrative": the adverb would be left alone
    return following[:1].isupper() or "NOUN" in word_classes(following.lower())


# Prefixes that turn an adjective's sense round: "unlikely", "non-executive", "anti-war".
_DENYING = ("un", "non", "anti")
# Endings of adjectives that class their noun rather than rate it ("financial officer",
# "artistic director", "disciplinary action", "economic rule"): the noun needs them.
_CLASSIFYING = ("al", "ic", "ary")
_DEGREES = frozenset("most more less least very so too quite rather fairly".split())


def _grades(word: str) -> bool:
    """Return True for a word that grades an adjective: "most", "very", "potentially"."""
    return word in _DEGREES or (word.endswith("ly") and "ADV" in word_classes(word))


@dataclass(frozen=True)
class LaterNames:
    """How the sentences after the lead name things: every word key, the keys of
    capitalised words standing alone ("Mr Blair", "Blair said"; not "Cherie Blair", nor
    "the Boerse": a thing), and those after a form of address ("Mr Brown": a person,
    though "brown" is a word)."""

    words: frozenset[str]
    alone: frozenset[str]
    addressed: frozenset[str] = frozenset()


_NO_NAMES = LaterNames(frozenset(), frozenset())
# Before a surname these still leave it standing alone: "Mr Blair said".
_FORMS_OF_ADDRESS = frozenset({"mr", "mrs", "ms", "miss", "dr"})


def later_names(later: Sequence[str]) -> LaterNames:
    """Return the word keys of the later sentences and those of names used alone, as
    headlines name a person: by the surname ("Federer said"), or after a form of address
    ("Mr Blair"); never a name said with an article ("the Boerse": a thing, no person)."""
    words: set[str] = set()
    alone: set[str] = set()
    things: set[str] = set()
    addressed: set[str] = set()
    for sentence in later:
        previous = ""
        for token in sentence.split():
            key = word_key(token)
            words.add(key)
            named = previous.strip(EDGE)[:1].isupper() and bare(previous) not in _FORMS_OF_ADDRESS
            if token.strip(EDGE)[:1].isupper() and not named:
                (things if bare(previous) in ARTICLES else alone).add(key)
                if bare(previous) in _FORMS_OF_ADDRESS:
                    addressed.add(key)
            previous = "" if token.endswith((".", "!", "?", ":")) else token
    people = (alone - things) | addressed
    return LaterNames(frozenset(words), frozenset(people), frozenset(addressed))


def given_names_dropped(tokens: Sequence[str], later: LaterNames) -> set[int]:
    """Return the positions of the given names a headline leaves out, with the honour
    before one: "Sir Alex Ferguson" -> "Ferguson", never "Sir Ferguson"."""
    given = {i for i in range(len(tokens)) if _given_name(tokens, i, later)}
    return given | {i - 1 for i in given if i and bare(tokens[i - 1]) in HONOURS}


def _given_name(tokens: Sequence[str], i: int, later: LaterNames) -> bool:
    """Return True for "Brian" in "Brian Kerr" when later sentences say "Kerr" but no
    "Brian", or say "Kerr" alone ("Mr Kerr", "Kerr said"): headlines use the surname."""
    if not later.words or i + 1 >= len(tokens) or tokens[i][-1:] in EDGE:
        return False
    name, surname = tokens[i].strip(EDGE), tokens[i + 1].strip(EDGE)
    # "Microsoft Word": a surname that is also a word must be a person's ("Mr Brown")
    known = bool(word_classes(surname.lower())) and word_key(surname) not in later.addressed
    surname_alone = word_key(surname) in later.alone and not known
    if word_key(name) in later.words and not surname_alone:
        return False
    heads = {word_key(name), word_key(surname)} & NAME_HEADS  # "Commercial Bank China's"
    if name.lower() in _MODIFIERS | HONOURS | STOPWORDS or heads:
        return False
    if surname.isupper() or is_plural_noun(name.lower()):
        return False  # "Windows XP", "Industrial Light": a product or a firm, no person
    if not word_classes(name.lower()) <= {"NOUN", "PROPN", "VERB"}:
        return False  # "General Motors": a given name is no adjective ("Mike", "Mark" are)
    after = tokens[i + 2].strip(EDGE) if i + 2 < len(tokens) else ""
    return (
        name.isalpha()
        and name[:1].isupper()
        and not name.isupper()
        and surname[:1].isupper()
        and not after[:1].isupper()
        and word_key(tokens[i + 1]) in later.words
    )


def lead_attribution(sentence: str, later: Sequence[str] = ()) -> Attribution | None:
    """Return the lead sentence's closing attribution (", police said"), if it has one,
    its speaker without the given names the article drops later."""
    tokens = _lead_tokens(sentence)
    tail = closing_attribution(tokens)
    if tail is None:
        return None
    keys = later_names(later)
    dropped = given_names_dropped(tail[1].source, keys)
    source = [t for i, t in enumerate(tail[1].source) if i not in dropped]
    return Attribution(source=tuple(source), verb=tail[1].verb)


def closing_attribution(tokens: Sequence[str]) -> tuple[int, Attribution] | None:
    """Return where a closing ", <source> said ..." or ", said <source>" clause starts (the
    token after its comma) and who said it, or None."""
    for comma, token in enumerate(tokens):
        if not token.endswith(","):
            continue
        tail = tokens[comma + 1 :]
        verb = next(
            (i for i, t in enumerate(tail[:_ATTRIBUTION_REACH]) if bare(t) in TAIL_VERBS), None
        )
        if verb is None or any(t.endswith(",") for t in tail[:verb]):
            continue
        if verb and bare(tail[0]) in _AUXILIARIES:
            continue  # ", will have the final say": the clause goes on, "say" is a noun
        source = [t for t in tail[:verb] if bare(t) not in _AUXILIARIES]
        after = tail[verb + 1 :]
        # ", BMW has announced £100m of investment" is a main clause: only a verb of speech
        # runs on (", police said on Monday, as ...")
        reach = _ATTRIBUTION_REACH if bare(tail[verb]) in SPEECH else _OTHER_REACH
        if any(bare(t) == "that" for t in after) or len(after) > reach:
            continue
        if verb == 0 and len(tail) > 1 and _plural_saying(tail[0], tail[1]):
            verb, source, after = 1, [tail[0]], tail[2:]  # ", reports claim."
        if not source and verb == 0 and 0 < len(after) <= _INVERTED_REACH:
            source = _inverted_source(after)  # ", said Mr Smith", ", say experts"
        said = bare(tail[verb])
        if source and bare(source[-1]) == "been" and said == "told":
            source, said = source[:-1], "heard"  # ", a court has been told": the court hears
        if source:
            return comma + 1, Attribution(source=tuple(source), verb=said)
    return None


# The plural present of verbs of saying: ", reports claim", ", sources say".
_PLURAL_SAYING = frozenset("say claim suggest show warn insist argue allege predict".split())


def _plural_saying(first: str, second: str) -> bool:
    """Return True for a plural speaker before its verb (", reports claim."), not an
    inverted verb before its speaker (", say reports.")."""
    return bare(second) in TAIL_VERBS | _PLURAL_SAYING and bare(first) not in _PLURAL_SAYING


def _inverted_source(after: Sequence[str]) -> list[str]:
    """Return the speaker after an inverted verb when it closes the sentence (", said Mr
    Smith.", ", say experts."); none after a pronoun (", said it would ...")."""
    words = list(after[1:] if bare(after[0]) == "to" else after)  # "according to"
    if not words or bare(words[0]) in _PRONOUNS or not words[-1].endswith((".", "!")):
        return []
    return words


def _lead_tokens(sentence: str) -> list[str]:
    """Return the lead's tokens in headlinese, without wire furniture, dashes, brackets
    and a match's set scores."""
    text = headlinese(_outside_dashes(_WIRE_HEAD.sub("", sentence, count=1)))
    return _without_set_scores(_outside_brackets(_NOT.sub(_spelled_out, text).split()))


_SCORE = re.compile(r"\d{1,2}-\d{1,2}")


def _without_set_scores(tokens: Sequence[str]) -> list[str]:
    """Return the tokens without runs of two or more scores ("beat Rusedski 4-6 7-6 6-4"):
    a headline names the winner, not the sets. A lone score ("beat Fiji 26-21") stays."""
    kept: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if _SCORE.fullmatch(token.rstrip(",.;:!?")):
            run.append(token)
            continue
        if len(run) >= 2 and kept:
            kept[-1] += run[-1][len(run[-1].rstrip(",.;:!?")) :]  # the run's closing mark
        elif run:
            kept += run
        run = []
        kept.append(token)
    return kept[:-1]


def _relative_clauses(tokens: Sequence[str]) -> set[int]:
    """Return the positions of ", which ... ," and ", who ... ," clauses."""
    dropped: set[int] = set()
    for i in range(len(tokens) - 1):
        if tokens[i].endswith(",") and bare(tokens[i + 1]) in _RELATIVES:
            commas = [j for j in range(i + 1, len(tokens)) if tokens[j].endswith(",")]
            # "X, who produced hits for A, B and C, has died": the clause ends at the comma
            # the main verb follows, not inside its own list.
            end = next(
                (j for j in commas if j + 1 < len(tokens) and bare(tokens[j + 1]) in _AUXILIARIES),
                commas[0] if commas else None,
            )
            if end is not None:
                dropped |= set(range(i + 1, end + 1))
    return dropped


def _range_asides(tokens: Sequence[str]) -> set[int]:
    """Return the positions of a ", from X to Y," aside after a subject ("Technologies,
    from e-mail to chatrooms and mobiles, have proved ..."): it goes whole, never in part,
    up to the comma a verb follows."""
    dropped: set[int] = set()
    for i in range(len(tokens) - 1):
        if not tokens[i].endswith(",") or bare(tokens[i + 1]) != "from":
            continue
        commas = [j for j in range(i + 2, len(tokens) - 1) if tokens[j].endswith(",")]
        end = next((j for j in commas if _opens_verb_group(bare(tokens[j + 1]))), None)
        if end is not None and "to" in (bare(t) for t in tokens[i + 2 : end + 1]):
            dropped |= set(range(i + 1, end + 1))
    return dropped


def _opens_verb_group(word: str) -> bool:
    """Return True for a word that opens a finite verb group: "have", "will", "rose"."""
    return word in _AUXILIARIES or bool(verb_tags(word) & {"VBD", "VBZ", "VBP"})


def _time_phrases(tokens: Sequence[str]) -> set[int]:
    """Return the positions of "on Monday", "in January 2005", "last week", "in 2004"."""
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        word = bare(token)
        previous = bare(tokens[i - 1]) if i else ""
        if word in _CALENDAR and _modifies_noun(tokens, i):
            dropped.add(i)  # "during the January transfer window": its phrase stays
        elif _future_date(tokens, i):
            continue  # "will deliver his Budget on 16 March": the date is the news
        elif (
            word in _CALENDAR
            or (word in _PERIODS and previous in _RELATIVE_TIME)
            or _may_date(tokens, i)
        ):
            dropped.add(i)
            j = i - 1
            if i and _DAY_NUMBER.fullmatch(tokens[i - 1]):
                dropped.add(i - 1)
                j = i - 2  # "on 16 March": the "on" goes with its day
            while j >= 0 and bare(tokens[j]) in _TIME_LEADS and not tokens[j].endswith(","):
                dropped.add(j)
                j -= 1
            if i + 1 < len(tokens) and _YEAR.fullmatch(tokens[i + 1].strip(",.;:")):
                dropped.add(i + 1)
            if word in _CALENDAR and i + 1 < len(tokens) and bare(tokens[i + 1]) in _DAY_PARTS:
                dropped.add(i + 1)  # "on Monday morning", "on Tuesday evening"
        elif previous in _YEAR_LEADS and _YEAR.fullmatch(token.strip(",.;:")):
            dropped |= {i - 1, i}
        elif word == "ago":
            dropped |= _ago(tokens, i)
    # "in December and early January": the "and" joining two times goes with them
    joins = {i for i in dropped if i + 2 in dropped and bare(tokens[i + 1]) in {"and", "or"}}
    return dropped | {i + 1 for i in joins}


MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
_DATE_LEADS = frozenset({"on", "in", "by"})
# What puts an act in the future: "will play", "is to relaunch", "set to unveil".
_FUTURE_TO = frozenset("is are set due expected poised".split())


_UNITS = frozenset("seconds minutes hours days weeks months years decades".split())
_ROUGHLY = frozenset("some about around nearly almost just only over".split())


def _ago(tokens: Sequence[str], i: int) -> set[int]:
    """Return the positions of "Some 40 years ago" opening the lead and ending at the "ago"
    at `i`: a scene set in the past, which a headline leaves to the story ("Ferrow leaves
    Rovers"). One later in the sentence stays: "vanished 10 years ago" is the news of an
    anniversary."""
    if i < 2 or bare(tokens[i - 1]) not in _UNITS or tokens[i - 2][-1:] in ",;:":
        return set()
    count = bare(tokens[i - 2])
    if not (count in _COUNT_WORDS or count.isdigit() or count in {"a", "several", "many"}):
        return set()
    start = i - 3 if i > 2 and bare(tokens[i - 3]) in _ROUGHLY else i - 2
    return set(range(start, i + 1)) if start == 0 else set()


def _future_date(tokens: Sequence[str], i: int) -> bool:
    """Return True for a month that dates an act still to come: "will deliver his Budget
    on 16 March", "is to return in February". A reader of a headline about a coming event
    wants its date; a past act's date is no news ("was born on 3 May")."""
    word = bare(tokens[i])
    if word not in MONTHS or (word == "may" and not _may_date(tokens, i)):
        return False
    day = i and _DAY_NUMBER.fullmatch(tokens[i - 1])
    lead = bare(tokens[i - 2] if day else tokens[i - 1]) if i > 1 else ""
    if lead not in _DATE_LEADS:
        return False
    for k in range(i - 1, 0, -1):
        if tokens[k - 1].endswith((",", ";", ":")):
            return False  # the date belongs to another clause
        previous, current = bare(tokens[k - 1]), bare(tokens[k])
        if current in {"will", "shall"} or (current == "to" and previous in _FUTURE_TO):
            return True
    return False


def _modifies_noun(tokens: Sequence[str], i: int) -> bool:
    """Return True for a day or month modifying a noun ("during the January transfer
    window"): only the month goes, or the phrase would lose its head; "Monday morning" and
    "on Friday whether" are times."""
    following = tokens[i + 1] if i + 1 < len(tokens) and tokens[i][-1:] not in EDGE else ""
    word = bare(following)
    if not following[:1].islower() or word in _DAY_PARTS:
        return False
    if word in STOPWORDS | PREPOSITIONS | CLAUSE_OPENERS | {"whether", "if"}:
        return False  # "on Monday following a report", "in May as planned"
    return "NOUN" in word_classes(word) and not _YEAR.fullmatch(word)


_POSSESSIVE = re.compile(r"^(?P<word>[A-Za-z]+)['’]s$")


def _possessive_times(tokens: Sequence[str]) -> set[int]:
    """Return the positions of a time standing as a possessive: "February's", "this
    year's" (Festival): a headline names the event without its date, as it does elsewhere."""
    dropped: set[int] = set()
    for i, token in enumerate(tokens):
        match = _POSSESSIVE.match(token)
        word = match["word"].lower() if match else ""
        previous = bare(tokens[i - 1]) if i else ""
        if i + 1 >= len(tokens) or token[-1:] in EDGE or not word:
            continue  # "... by next year's." closes nothing a headline keeps
        # Opening the sentence, the time says which ones: "This year's nominees are ..."
        if word in _CALENDAR and i > 0:
            dropped.add(i)
        elif word in _PERIODS and previous in _RELATIVE_TIME and i > 1 and _unbroken(tokens, i):
            dropped |= {i - 1, i}
    return dropped


def _unbroken(tokens: Sequence[str], i: int) -> bool:
    """Return True when no comma parts the token at i from the one before it."""
    return not tokens[i - 1].endswith(",")


_SPAN_EDGES = frozenset("last past next first final previous coming".split())
_SPAN_UNITS = frozenset("days weeks months years quarters decades".split())
_SPAN_LEADS = frozenset("in over during within for across throughout".split())
_COUNT_WORDS = frozenset("two three four five six seven eight nine ten twelve few".split())


def _spans_of_time(tokens: Sequence[str]) -> set[int]:
    """Return the positions of "in the last three months of 2004", "over the past two
    years": a headline reports the change, not the span it was measured over."""
    dropped: set[int] = set()
    for i in range(2, len(tokens)):
        count, edge = bare(tokens[i - 1]), bare(tokens[i - 2])
        counted = count in _COUNT_WORDS or count.isdigit()
        if bare(tokens[i]) not in _SPAN_UNITS or not counted or edge not in _SPAN_EDGES:
            continue
        if any(t.endswith(",") for t in tokens[i - 2 : i]):
            continue
        start = i - 2
        if start and bare(tokens[start - 1]) == "the":
            start -= 1
        if not start or bare(tokens[start - 1]) not in _SPAN_LEADS:
            continue  # "The next 12 months look good": the span is the subject
        start -= 1
        dropped |= set(range(start, i + 1 + _of_the_period(tokens, i)))
    return dropped


def _of_the_period(tokens: Sequence[str], unit: int) -> int:
    """Return how many tokens after a span's unit name its period: "of 2004" (2), "of the
    year" (3); 0 when none does."""
    after = [bare(t) for t in tokens[unit : unit + 4]]
    if tokens[unit].endswith(",") or len(after) < 3 or after[1] != "of":
        return 0
    if _YEAR.fullmatch(tokens[unit + 2].strip(",.;:")):
        return 2
    return 3 if after[2] == "the" and len(after) > 3 and after[3] in _PERIODS else 0


def _may_date(tokens: Sequence[str], i: int) -> bool:
    """Return True for the month in "5 May" or "May 2005", not the modal "may"."""
    if not i or tokens[i].strip(",.;:") != "May":
        return False
    following = tokens[i + 1].strip(",.;:") if i + 1 < len(tokens) else ""
    return bool(_DAY_NUMBER.fullmatch(tokens[i - 1]) or _YEAR.fullmatch(following))


def _spelled_out(match: re.Match[str]) -> str:
    """Return "weren't" as "were not", "won't" as "will not": the verb finder reads both."""
    stem = match.group(1)
    return {"wo": "will", "ca": "can", "sha": "shall"}.get(stem.lower(), stem) + " not"


def _outside_dashes(sentence: str) -> str:
    """Return the sentence without an aside between two dashes ("X - confirming Y - proves")."""
    return _DASHED.sub(" ", sentence)


def _outside_brackets(tokens: Sequence[str]) -> list[str]:
    """Return the tokens outside (brackets): asides never make a headline."""
    kept, depth = [], 0
    for i, token in enumerate(tokens):
        opens, closes = token.count("("), token.count(")")
        if depth == 0 and not opens:
            kept.append(token)
        elif kept and depth + opens - closes <= 0 and _closes_aside_with_mark(tokens, i):
            kept[-1] = kept[-1].rstrip(",;:") + token[-1]
        depth = max(0, depth + opens - closes)
    return kept


def _closes_aside_with_mark(tokens: Sequence[str], i: int) -> bool:
    """Return True when the token at i closes a bracket with a comma the sentence needs:
    "Bank (ICBC), China's biggest lender,"; not before "and", where it only set the aside
    off ("SMFG (X), and Daiwa")."""
    following = bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
    return tokens[i][-2:] in {"),", ");", "):"} and following not in {"and", "or"}
