"""Keywords: the people, places and bodies of the lead first, then the best other names and
subject phrases, none repeating another.

Candidates (keyword_features.py) are the article's names and YAKE's phrases that read as a
subject; a logistic regression learned from crowd-annotated news (bench/learn_keywords.py)
rates them. The names the headline and lead give come first, most named first, as a
reader looks for them, then a phrase of the headline the text repeats ("concierge
medicine"); the rest follow by rating, single words and phrases alike (no fixed share of
either), a common word giving way to a phrase the text mostly uses it in (and to one that
holds nearly all its uses however rated: "arms embargo"), and a generic one ("customers",
"rose") showing only in such a phrase, or to fill the list. A word the text does not make
its subject (said once or twice, not in the lead), a name of one everyday word said once or
twice ("the Government") and a name said once near the end (a caption, an example) only
fill the list too, and such a word rated as
filler ("lads", "tally") not even that: the list ends shorter. A wire round-up is read up
to its first item's sign-off ("- AP"): the other items' names are no keywords of it, nor
are those of the page's call to watch or read ("Watch World News with Diane Sawyer"). No
keyword shares a word stem with another, so there are no case or plural variants, no
"Putin" beside "Vladimir Putin"; only two names may share one ("Haley Barbour", "Marsha
Barbour"), and a place and a thing of it the text says again ("Libya", "Libyan embassy").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from digest.analyze.entities import article_paragraphs, lead_end
from digest.analyze.headline_grammar import is_plural_noun
from digest.analyze.keyword_features import (
    FEATURE_NAMES,
    Candidate,
    candidate_features,
    find_candidates,
    is_joined,
)
from digest.analyze.lead_clause import clause_phrases
from digest.analyze.lexicon import (
    is_dictionary_word,
    is_past_form,
    lemma_table,
    shipped_aliases,
    word_classes,
    zipf,
)
from digest.analyze.linear import load_model
from digest.analyze.sentences import speaks_to_the_reader, split_sentences
from digest.analyze.text import STOPWORDS, compiled
from digest.model import Article

if TYPE_CHECKING:
    import yake

MODEL = load_model("keywords", FEATURE_NAMES)
Phrases = Sequence[tuple[float, Candidate, frozenset[str]]]  # rated phrases with their stems

# YAKE candidates read: enough for ten keywords after the clean-up drops many.
_CANDIDATES = 80
# Names of the lead put first, at most: the rest of the list is left to the rating.
LEAD_NAMES = 5
# A subject of the headline said this many times as often as the lead's most named name
# comes before the names: "dividends" (21 uses) before "S&P" (7). Chosen by reading the
# tuning fold's lists; P@10 does not see the order.
MAIN_SUBJECT_TIMES = 3
# How many words a person's name has that a headline may give by the surname alone.
PERSON_WORDS = (2, 3)
# Subjects of the headline and lead that follow them, at most ("bankruptcy", "gas stations").
LEAD_SUBJECTS = 2
# A phrase holding a common word, rated at least this share of it, is shown instead when
# the text mostly uses the word in it: "port authority" tells more than "port". Chosen on
# the tuning fold, by P@10 and by reading its lists.
PHRASE_RATIO = 0.3
# A phrase ending on a word and holding this share of its uses stands for it however it
# is rated ("arms embargo" for "embargo"). Chosen by reading the tuning fold's lists.
PHRASE_SHARE = 2 / 3
# Past the lead, words and phrases rated below this are left out even when the list is
# short: a shorter list reads better than one filled with fragments. Chosen on the tuning
# fold by reading its lists; P@10 barely sees it (0.396 with none and here, 0.397 at 0.2).
RATING_FLOOR = 0.25
# A word this common in English ("company" 5.6, "year" 6.0; "pay" 5.4 is not) adds nothing
# to a word it follows: "ferry company" says no more than "ferry". Chosen by reading lists.
EVERYDAY_ZIPF = 5.5
# A single word that is no name is a subject when the headline or lead says it and the
# text says it again, or when the text says it this often ("sanctions"); one said less
# ("reputation", "imagination") only fills a list. A rarer word than RARE_ZIPF
# ("retainer" 3.1, "eviction" 3.4) needs one use fewer. Chosen on the tuning fold by
# reading its lists (with the rules below, P@10 0.398 -> 0.393 there, 0.398 -> 0.385 on
# the held-out fold: the gold lists hold many such words).
SUBJECT_USES = 3
RARE_ZIPF = 4.0
# A word of the headline alone ("spread", "niche") is a subject of the lead only when the
# text says it this often; a phrase of it ("concierge medicine") when it says it twice.
HEADLINE_WORD_USES = 3
# A name said once from this share of the text on, outside the lead, is a side item (a
# caption, an example near the end): it only fills a list. Chosen on the tuning fold;
# dropping such names outright cost P@10 0.010 on each fold and left lists short.
SIDE_FROM = 0.33
# A name of one English word this common ("government" 5.6, "house" 5.7, "army" 5.1; not
# "congress" 4.9, "apple" 4.8) said fewer than NAME_WORD_USES times only fills a list:
# "the Government has expelled" names no keyword. Chosen by reading the tuning fold's lists.
NAME_WORD_ZIPF = 5.0
NAME_WORD_USES = 3
# A name said once inside a list of names only fills a list this short without it.
LISTED_BELOW = 8
# A single word this common ("firm" 4.8, "pair" 4.7, "ban" 4.55, "promises" as "promise";
# not "charity" 4.45; "surgery" 4.63 is) that the text does not make its subject is left out
# even from a short list. Chosen on the tuning fold: at 4.35 it also took "dragon" and
# "charity" (P@10 0.388 there, 0.384 at 4.35, 0.393 without the rule).
FILLER_ZIPF = 4.5
# An everyday single word this common ("item" 4.57, "rise" 4.81, "shock" 4.46,
# "appointment" 4.49; not "mortgage" 4.39) is a subject only when the headline says it or
# the text says it SUBJECT_WORD_USES times; else it is no keyword, even of a short list.
# Chosen by reading the tuning fold's lists: P@10 there 0.378 -> 0.372 with the relearned
# weights (the gold lists hold many such words: "dinner", "prison"), at 4.5 0.373.
EVERYDAY_WORD_ZIPF = 4.4
SUBJECT_WORD_USES = 4
# An abstract noun of an act or state ("negotiations", "departure", "allegations",
# "humanity") this common that the headline and lead do not say and the text says at most
# ABSTRACT_USES times is a word of the telling too, however rare beside "item". Its endings
# are English derivation, not a topic list. Chosen on the tuning fold by reading its lists:
# P@10 0.369 -> 0.366 there, 0.367 held out unchanged (at 4.2 for every word: 0.362, 0.355).
ABSTRACT_ZIPF = 4.0
ABSTRACT_USES = 2
# A word at least this common in English that the text says once and its headline does not
# ("forecast", "withdrawal", "backing", "complaints", "controversy") is a word of the
# telling wherever it stands, even when the list is short without it; rarer ones
# ("glaucoma", "encephalitis") may still name the subject. Chosen by reading the tuning
# fold's lists.
ONCE_ZIPF = 4.0
_ABSTRACT = re.compile(r"(?:ment|ness|ity|ance|ence|ship|ism|ure|sion|ation|ition)s?$")
# A single word the text does not make its subject fills a list only when rated at least
# this: below it ("tally" 0.30, "lads" 0.32, "stretch" 0.31, "belt" 0.28) the words read as
# filler, above it ("cocaine" 0.37, "glaucoma" 0.37) they are still what the text is about.
# Chosen by reading the tuning fold's lists: P@10 0.384 -> 0.381 there, 0.380 -> 0.379
# held out (the scorer counts a missing keyword as a miss).
FILLER_FLOOR = 0.33
# A single word this common as written ("attempt" 4.85, "economy" 4.87; not "injury" 4.74,
# "warnings" 3.78) says nothing alone, even as the subject or object of the lead's first
# sentence. Chosen by reading the tuning fold's lists.
CLAUSE_WORD_ZIPF = 4.8
# A single word of the brief's headline the text says this often ("jobs" of "U.S. economy
# adds 216,000 jobs in March", said 7 times; "attack", "bill", "copper") is what the
# article is about, however common or plural: it shows after the lead's names. Less common
# in English than EVERYDAY_ZIPF as written ("man", "years", "company" are not). Chosen by
# reading the tuning fold's lists: said 3-5 times, headline words were mostly words of the
# telling ("dad", "statement", "wife", "process").
TITLE_WORD_USES = 6
# A rarer word (below FILLER_ZIPF in its commonest noun form: "copper", "rupee", "gaming";
# not "profits", as "profit") needs fewer uses.
TITLE_RARE_WORD_USES = 3
# A single everyday word this common ("year" 6.0, "plans" 5.2, "profit" 4.7; not "fraud"
# 4.4 or "smoking" 4.5, often the subject) that the headline does not say and the text
# says at most BACK_WORD_USES times shows after the names and phrases, wherever it was
# chosen: a reader looks for the people, places, bodies and subjects first, and "year" or
# "plans" named 2-4 times is a word of the telling. Only the order changes, so P@10 cannot
# see it; chosen by reading the tuning fold's lists (at 4.3 it moved "fraud" of a fraud
# trial and "compensation" of an asbestos payout back).
BACK_WORD_ZIPF = 4.6
BACK_WORD_USES = 4
# A single word the headline does not say and the text says at most twice shows after the
# names and phrases too when it is ordinary English this common ("warden" 3.6,
# "embarrassment" 3.8, "regime" 4.3, "workforce" 3.9; not "glaucoma" 3.0 or
# "encephalitis"): a reader would not look it up. The gold lists hold many such words, so
# they stay, last. Only the order changes, so P@10 cannot see it. Chosen by reading the
# tuning fold's lists (a rule for phrases of common words, "strong performance", also moved
# subjects: "pension contributions", "tube workers").
PASSING_WORD_ZIPF = 3.5
PASSING_WORD_USES = 2
# One or two words after a final dash or colon of a headline: the source it credits.
_ATTRIBUTION = re.compile(r"(?:\s[-–—]\s?|:\s)(?:\S+\s)?\S+$")
# Page furniture that scrapes leave in the text; never a keyword.
_FURNITURE = frozenset(
    "image images source photo photos file credit getty advertisement follow".split()
)
_EDGE_PUNCTUATION = " \t\"'“”‘’()[]{},;:!?*–—-/\\|#@&"
_INNER_MARKS = re.compile(r"[\"“”()\[\]{}|]")
# A possessive run into the next word, a space lost in the scrape: "council’sheadquarters".
_RUN_ON = re.compile(r"\w['’]s[a-z]{2,}")
_LETTER = re.compile(r"[A-Za-z]")
# "network apparently", "innocently jangling": an adverb at the edge of a phrase means YAKE
# ran across a clause boundary; "Thursday March", a season ("last Spring") and "GMT" (of
# "1200 GMT") name no subject.
_ADVERB = re.compile(r"^[a-z]{3,}ly$")
_CALENDAR = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december today yesterday tomorrow
    spring summer autumn winter gmt bst utc cet
    """.split()
)
# Two words or more in capitals after a sentence's end and before a capitalised word: a
# subheading the scrape ran into the paragraph ("BUNDESLIGA GAME ABANDONED The police").
# Or a line of its own: "\nBUNDESLIGA GAME ABANDONED.\n".
_INLINE_HEADING = re.compile(
    r"[.!?\"”)] ((?:[A-Z][A-Z'’-]+ ){2,})(?=[A-Z][a-z])"
    r"|\n((?:[A-Z][A-Z'’-]+ )+[A-Z][A-Z'’-]+)\.?\n"
)
# The links a scraped quote page puts after a ticker: "(BAYGn.DE: Quote, Profile, Research,
# Stock Buzz)"; the ticker stays, as the text wrote it.
_QUOTE_LINKS = re.compile(r"(\([A-Za-z0-9.]+:)( Quote(?:, (?:Profile|Research|Stock Buzz))+)(?=\))")
# An agency's sign-off ending one item of a round-up, with the next item after it.
_SIGN_OFF = re.compile(r"\s[-–—]\s(?:AP|AFP|Reuters|UPI)\s+(?=\S)")
_HANDLE_MARKS = frozenset("@#")
# Where a page's label opens: the text's start, a new line or a sentence's end, "The" at most
# between.
_LABEL_OPENING = re.compile(r"(?:^|\n|[.!?][\"”’)]?\s+)(?:The\s+)?$")
_STEM_WORD = re.compile(r"[a-z0-9]+")
# Words longer than this are compared on their first letters: "employers" ~ "employment".
_STEM_LETTERS = 5


@lru_cache(maxsize=8)
def _extractor(language: str) -> yake.KeywordExtractor:
    import yake  # here: a rebuild from the cache analyses nothing, and YAKE takes 0.1 s to load

    # dedup_lim=1.0 turns YAKE's own de-duplication off: ours below is stricter and cheaper.
    # Phrases of up to two words: names of any length come from the names found, and
    # YAKE's three-word phrases were mostly fragments; n=2 also costs YAKE a fifth less.
    return yake.KeywordExtractor(lan=language, n=2, top=_CANDIDATES, dedup_lim=1.0)


def extract_keywords(
    article: Article,
    *,
    count: int,
    language: str = "en",
    aliases: Mapping[str, str] | None = None,
    title: str = "",
) -> tuple[str, ...]:
    """Return up to `count` keywords, the lead's names first.

    `title` is the headline the brief shows when the article carries none: the words of
    what a reader sees first are found there too.
    """
    rated = [
        (round(MODEL.probability(row), 9), c)
        for c, row in keyword_candidates(article, language, aliases, title=title)
    ]
    rated.sort(key=rating_order)
    return choose_keywords(rated, count=count)


def rating_order(pc: tuple[float, Candidate]) -> tuple[float, int, str]:
    """Sort key: best rated first; ties keep YAKE's order, then the spelling's."""
    return (-pc[0], pc[1].rank, pc[1].key)


def keyword_candidates(
    article: Article,
    language: str = "en",
    aliases: Mapping[str, str] | None = None,
    *,
    title: str = "",
) -> list[tuple[Candidate, tuple[float, ...]]]:
    """Return the usable candidates, spelled as they will be shown, with their feature rows;
    `title` is the headline written for an article that carries none."""
    paragraphs = first_wire_item(article_paragraphs(article))
    lead = lead_end(article, paragraphs)
    # The article's own headline stays whole: "Watch: ..." may title a story.
    kept = 1 if article.title and paragraphs else 0
    paragraphs = (*paragraphs[:kept], *map(without_furniture, paragraphs[kept:]))
    text = "\n".join(paragraphs)
    candidates = find_candidates(
        paragraphs,
        _extractor(language).extract_keywords(text),
        lead_end=lead,
        aliases=shipped_aliases() if aliases is None else aliases,
        # article_paragraphs puts the article's own headline first, when it has one.
        headline_end=len(paragraphs[0]) if article.title and paragraphs else 0,
    )
    furniture = _FURNITURE_STEMS | _stems(article.credit)
    heading = inline_heading(text, lead)
    body = len(paragraphs[0]) + 1 if kept else 0
    news = clause_phrases(next(iter(split_sentences(text[body:lead])), ""))
    headline, told = without_attribution(article.title or title), text[body:]
    usable = []
    for c, row in zip(candidates, candidate_features(candidates, text), strict=True):
        keyword = clean_keyword(c.surface)
        if keyword and not page_furniture(keyword, text, body=body, furniture=furniture):
            # First said under a heading past the lead: another item of a round-up, or a
            # side section; it only fills the list. (Its features, the model's, stay.)
            aside = c.aside or c.first * max(1, len(text)) >= heading
            titled = headline_names(c, keyword, headline, told)
            usable.append((replace(c, surface=keyword, aside=aside, titled=titled), row))
    return with_clause_subjects(usable, news)


def without_attribution(headline: str) -> str:
    """Return the headline without the source it credits at its end ("... episodes -US
    study", "... hormones: study", "... - Digits"): who says it, not what it is about."""
    return _ATTRIBUTION.sub("", headline)


def headline_names(c: Candidate, keyword: str, headline: str, body: str) -> bool:
    """Return True when the headline names the keyword: whole, or a person by the surname
    alone, as headlines do ("Pell to lead ..." for "Ada Pell") when the text does too
    ("Pell, who ...")."""
    if said_in(keyword, headline):
        return True
    words = keyword.split()
    if not (person_name(c, words) and said_in(words[-1], headline)):
        return False
    return len(whole_word_at(words[-1], body)) > len(whole_word_at(keyword, body))


def person_name(c: Candidate, words: Sequence[str]) -> bool:
    """Return True for a name of two or three capitalised words, not all English, that may
    be a person's ("Ada Pell", "Ada J Pell"): no acronym, no plural at its end ("ACME
    Division I. Pell" is a name run on, "Ostend Herons" a team)."""
    capitalised = all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in words)
    return (
        c.name
        and PERSON_WORDS[0] <= len(words) <= PERSON_WORDS[1]
        and capitalised
        and not is_plural_noun(words[-1])
        and not all(map(is_dictionary_word, words))
    )


def said_in(keyword: str, headline: str) -> bool:
    """Return True when the headline says the keyword, as a whole word or words."""
    return bool(whole_word_at(keyword, headline, ignore_case=True))


def whole_word_at(words: str, text: str, *, ignore_case: bool = False) -> list[int]:
    """Return where the text says `words` as whole words, not inside longer ones."""
    # The plain test first: a pattern compiled per candidate would overflow re's cache.
    if (words.lower() not in text.lower()) if ignore_case else (words not in text):
        return []
    return [m.start() for m in _words_alone(words, ignore_case).finditer(text)]


def _words_alone(words: str, ignore_case: bool) -> re.Pattern[str]:
    """Return the pattern of `words` not inside longer words."""
    return compiled(rf"(?<!\w){re.escape(words)}(?!\w)", re.IGNORECASE if ignore_case else 0)


def handle_only(keyword: str, text: str) -> bool:
    """Return True for a keyword with a word the text writes only as a handle or hashtag
    ("@DonnieWahlberg", "#MediaMoney"): page clutter, not a word a reader would click."""
    for word in keyword.split():
        if not any(mark + word in text for mark in _HANDLE_MARKS):
            continue  # written after no mark: the search below would find nothing to drop
        said = whole_word_at(word, text)
        if said and all(text[i - 1 : i] in _HANDLE_MARKS for i in said):
            return True
    return False


def page_furniture(keyword: str, text: str, *, body: int, furniture: frozenset[str]) -> bool:
    """Return True for a keyword of the page rather than the story: a credit or a word
    like "Getty", a handle or hashtag, a label before a colon past the headline (which
    ends at `body`)."""
    if _stems(keyword) <= furniture or handle_only(keyword, text):
        return True
    return label_only(keyword, text[body:])


def label_only(keyword: str, text: str) -> bool:
    """Return True for a keyword the text says only opening a sentence and right before a
    colon, as a page labels a part of itself ("The Final Word: ...", "Full details:"):
    furniture, no subject. `text` is the body, past a headline ("Ada Pell: my year" names
    its subject); a title's colon inside a sentence ("won with Metallica: Some Kind Of
    Monster") is no label."""
    if f"{keyword}:" not in text:  # the plain test first: most keywords are never labels
        return False
    said = whole_word_at(keyword, text)
    return bool(said) and all(
        text.startswith(":", i + len(keyword)) and _LABEL_OPENING.search(text, max(0, i - 8), i)
        for i in said
    )


def with_clause_subjects(
    usable: list[tuple[Candidate, tuple[float, ...]]], phrases: Sequence[Sequence[str]]
) -> list[tuple[Candidate, tuple[float, ...]]]:
    """Return the candidates with the longest one ending each noun phrase marked as the
    clause's subject or object ("warnings" of "should carry larger warnings"): a plain
    phrase of the lead, or a word of it the text says again, never a generic one."""
    marked: set[int] = set()
    for words in phrases:
        # The longest phrase; of names, the one the text says most: "American Apparel",
        # not "American Apparel Inc" of the lead only.
        fits = [
            (c.count if c.name else 0, c.size, -i)
            for i, (c, _) in enumerate(usable)
            if clause_fit(c, tuple(words))
        ]
        if fits:
            marked.add(-max(fits)[2])
    return [
        (replace(c, clause=True) if i in marked else c, row) for i, (c, row) in enumerate(usable)
    ]


def clause_fit(c: Candidate, words: tuple[str, ...]) -> bool:
    """Return True for a candidate that ends the noun phrase and may stand for it."""
    key = tuple(c.key.split())
    if not words:
        return False
    if c.name:  # "Number eight Imanol Harinordoquy has been dropped": he comes first
        # At the phrase's end, or before an abbreviation: "American Apparel Inc."; not
        # "Hollywood" of "Hollywood blockbuster".
        end = len(words) - (len(words[-1]) <= 3 < len(words))
        # A common word written as a name ("the Government has expelled") is not put first.
        plain = c.size == 1 and is_dictionary_word(c.key)
        return c.lead and not plain and key == words[end - c.size : end]
    if not plain_subject(c) or not (c.lead and c.count >= 2):
        return False
    if c.size == 1 and zipf(c.key) >= CLAUSE_WORD_ZIPF:
        return False
    return key == words[len(words) - c.size :]


def inline_heading(text: str, lead: int) -> int:
    """Return where the first heading in capitals begins past the lead, on a line of its
    own or run into a paragraph ("... he said. BUNDESLIGA GAME ABANDONED The police ..."),
    the text's length when there is none: a round-up's next item, or a side section."""
    match = _INLINE_HEADING.search(text, lead)
    return match.start(1 if match.group(1) else 2) if match else len(text)


def without_furniture(paragraph: str) -> str:
    """Return the paragraph with each sentence the page says to its reader blanked out, so
    a promo's names ("Watch "World News with Diane Sawyer" ...") are no keywords; spaces
    keep every other word where it was. A quote page's links after a ticker ("(JNJ.N:
    Quote, Profile, Research, Stock Buzz)") are blanked out too: no "Research" keyword."""
    for sentence in split_sentences(paragraph):
        if speaks_to_the_reader(sentence):
            paragraph = paragraph.replace(sentence, " " * len(sentence), 1)
    return _QUOTE_LINKS.sub(lambda m: m.group(1) + " " * len(m.group(2)), paragraph)


def first_wire_item(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Return the paragraphs up to the first agency sign-off that another item follows: a
    round-up ("... survived. - AP Suicide bomber kills 3 in Fallujah BAGHDAD - ...") is
    about its first item, and the others' names are no keywords of it."""
    for i, paragraph in enumerate(paragraphs):
        if match := _SIGN_OFF.search(paragraph):
            return (*paragraphs[:i], paragraph[: match.start()])
    return paragraphs


def describes_by_participle(keyword: str) -> bool:
    """Return True for a phrase ending on a compound of a word and a past participle
    written in lower case ("Montreal-based", "family-owned", "state-backed"): an
    adjective of the noun it describes, no subject of its own."""
    head, dash, tail = keyword.split()[-1].rpartition("-")
    return bool(head and dash and tail.islower() and is_past_form(tail))


def clean_keyword(surface: str) -> str:
    """Return the phrase without stray marks at its edges, "" when no usable keyword is left.

    Unusable: no letter, a quote or bracket inside, a possessive run into the next word, a
    compound ending on a participle ("Paris-based"), a stopword or (in a phrase) an adverb
    at either edge, or only dates.
    """
    keyword = surface.strip(_EDGE_PUNCTUATION)
    if not _LETTER.search(keyword) or _INNER_MARKS.search(keyword) or _RUN_ON.search(keyword):
        return ""
    if describes_by_participle(keyword):
        return ""
    tokens = keyword.lower().split()
    if tokens[0] in STOPWORDS or tokens[-1] in STOPWORDS or set(tokens) <= _CALENDAR:
        return ""
    edges = {keyword.split()[0], keyword.split()[-1]} if len(tokens) > 1 else set()
    # Inside a phrase, a word only ever an adverb crosses a clause too: "network apparently
    # hopes"; "elderly" and "family" are more than adverbs.
    inner = [w for w in tokens[1:-1] if _ADVERB.match(w) and word_classes(w) == {"ADV"}]
    return "" if inner or any(_ADVERB.match(w) for w in edges) else keyword


def choose_keywords(rated: Sequence[tuple[float, Candidate]], *, count: int) -> tuple[str, ...]:
    """Return the lead's names most named, then the best rated rest, none repeating another.

    `rated` comes best first. A common word gives way to a phrase holding it that is rated
    nearly as well: "port authority" rather than "port".
    """
    # A common word written as a name yields to the lead's phrase the text says it in more
    # often: "mobile payments", not "Payments" of "its Payments service".
    said = [pc[1] for pc in rated if lead_subject(pc[1])]
    rated = [pc for pc in rated if not outnamed(pc[1], said)]
    # The lead's names the headline says first: who or what the news is about ("Law Lords
    # rule ..."), not a place the lead names too; then by how often the article names
    # them: its subject is named most. Then what the headline and lead are about besides
    # them ("gas stations").
    lead = sorted(
        (pc for pc in rated if pc[1].name and pc[1].lead and not everyday_name(pc[1])),
        key=lambda pc: (not pc[1].titled, not pc[1].clause, -pc[1].count, pc[1].first),
    )
    # A phrase of the headline first: "retail sales" says more than a word beside it; then
    # the lead's phrases in its order, as the subject of its main clause comes first ("US
    # retail sales fell ... driven down by car sales"), then its words.
    # A word of the headline the text says again and again ("dividends") comes before
    # the lead's other phrases ("annual dividends"), and before its names too when the
    # text says it MAIN_SUBJECT_TIMES as often as any of them: it is what the article is
    # about, not the company the lead names ("Corvana ... may file for bankruptcy").
    subjects = sorted(
        (pc for pc in rated if lead_subject(pc[1])),
        key=lambda pc: (
            not (pc[1].headline and pc[1].size > 1),
            not pc[1].headline,
            pc[1].size == 1,
            pc[1].first,
        ),
    )
    most_named = max((pc[1].count for pc in lead), default=0)
    main = [
        pc
        for pc in subjects[:1]
        if pc[1].headline and pc[1].count >= MAIN_SUBJECT_TIMES * most_named
    ]
    phrases = [(p, c, _stems(c.surface)) for p, c in rated if c.size > 1 and not c.name]
    good = [pc for pc in rated if not (pc[1].common or enumerated(pc[1]))]
    central = [pc for pc in good if not (pc[1].aside or side_item(pc[1]) or everyday_name(pc[1]))]
    # A name of a list said once shows only when the list would be short without it.
    listed = [pc for pc in rated if enumerated(pc[1])]
    chosen = _Chosen(names_said_again(rated))
    # The subject and object of the lead's first sentence, whatever their count or rating.
    # In the sentence's order: its subject before its object ("video games", "warnings").
    clause = sorted((pc for pc in rated if pc[1].clause), key=lambda pc: pc[1].first)
    # Not a word a phrase or name of the lead holds: "oil prices" shows it, not "prices".
    held = [_stems(pc[1].surface) for pc in (*lead, *subjects, *clause) if pc[1].size > 1]
    titled = [
        (p, _in_title_phrase(c, rated)) for p, c in rated if title_word(c) and not _held(c, held)
    ]
    # Said in a phrase, as the text mostly says it: "share buy-back", not "buy-back".
    plain = [(p, c, stems) for p, c, stems in phrases if not (c.generic or c.modifier)]
    # The last pass fills the list from what is left when phrases took a word's place,
    # with words the text names once or does not make its subject, names said once near
    # the end, and plurals and verb forms ("customers", "rose"), which before it show
    # only in a phrase. A common word ("month", "percent") is never padding: a short
    # article shows fewer.
    passes: tuple[tuple[Sequence[tuple[float, Candidate]], int, Phrases], ...] = (
        (main, 1, phrases),
        (lead, min(LEAD_NAMES, count), phrases),
        (titled, count, plain),
        (clause, count, plain),
        (subjects, min(LEAD_NAMES + LEAD_SUBJECTS, count), phrases),
        (central, count, phrases),
        (good, count, []),
    )
    for wanted, limit, fuller in passes:
        if wanted is central:
            chosen.lead_part = len(chosen.shown)
        for p, c in wanted:
            if len(chosen.shown) >= limit:
                # Past the lead, a word of the telling ("warden", "year") leaves its place
                # to a name the text says again: the list ends on the names a reader looks
                # for, and the word shows only when the list is short without it.
                if wanted is not central or len(chosen.shown) - len(chosen.back) >= limit:
                    break
                if c.name and c.count >= 2 and not (c.modifier or c.generic):
                    chosen.add(c)
                continue
            # Past the lead, words and phrases end where the ratings say the rest is not
            # worth showing; a name is never a fragment ("Food and Drug Administration",
            # rated low for its length), nor are two nouns the text joins again and again
            # ("denial of service attack").
            below = (wanted is central or wanted is good) and p < RATING_FLOOR
            if below and not (c.name or is_joined(c.surface)):
                continue
            if wanted is lead:
                c = _named_thing(c, rated)
            if wanted is titled:  # the headline's word, as the headline says it
                chosen.add(c)
                continue
            if c.size == 1 and not c.name and wanted is clause:
                c = _fuller(p, c, fuller, chosen.stems)
            elif c.size == 1 and not c.name:
                word, c = c, _fuller(p, c, fuller, chosen.stems)
                # A word the text does not make its subject ("reputation") only fills the
                # list, unless the lead has it in a phrase: "retail" of "retail sales".
                if wanted is central and unproven(word) and not (c.size > 1 and c.lead):
                    continue
                # Rated low besides ("lads", "tally", "stretch"), such a word is filler an
                # editor would cut: the list ends shorter instead.
                if c.size == 1 and (unproven(c) or c.aside) and p < FILLER_FLOOR:
                    continue
                # Alone, a common word the text does not make its subject ("pair") never
                # shows; in its phrase it may ("retail sales").
                if c.size == 1 and filler_word(c):
                    continue
                # Nor does an everyday word the headline does not have and the text says
                # only in passing ("item", "rise", "count"), however the lead uses it.
                if c.size == 1 and passing_word(c):
                    continue
            # A word the text puts before nouns ("mobile") shows only in a phrase; a
            # generic one ("customers", "current difficulties") only in a phrase too.
            if not (c.modifier or c.generic):
                chosen.add(c)
    if len(chosen.shown) < LISTED_BELOW:
        for _, c in listed[: count - len(chosen.shown)]:
            chosen.add(c)
    return chosen.in_order()[:count]


def names_said_again(rated: Sequence[tuple[float, Candidate]]) -> frozenset[str]:
    """Return the stems of the names the text says more than once."""
    return frozenset().union(*(_stems(c.surface) for _, c in rated if c.name and c.count > 1))


class _Chosen:
    """Keywords chosen so far. Two names may share a word ("Haley Barbour", "Marsha
    Barbour") unless one holds the other ("Barbour"); any other keyword shares none, but
    for a place and a thing of it the text says again ("Libya", "Libyan embassy")."""

    def __init__(self, repeated: frozenset[str] = frozenset()) -> None:
        self.shown: list[str] = []
        self.stems: set[str] = set()  # of every keyword
        self.phrase_stems: set[str] = set()  # of the keywords that are not names
        self.plain_stems: set[str] = set()  # of those that are no thing of a place
        self.phrase_forms: set[str] = set()  # the phrases' words as written, singular
        self.name_stems: set[str] = set()
        self.name_forms: set[str] = set()  # the names' words as written, singular
        self.names: list[frozenset[str]] = []
        self.once: set[str] = set()  # the keywords the text says once
        self.details: set[str] = set()  # said once, by neither the headline nor a name again
        self.repeated = repeated  # the stems of the names the text says again
        self.back: set[str] = set()  # everyday words said a few times: shown last
        self.lead_part = 0  # how many keywords the headline and lead gave

    def in_order(self) -> tuple[str, ...]:
        """Return the keywords, those of the headline and lead first; of each part, what the
        text says again before what it says once ("Patricia Hewitt" before "Leicester"),
        each in the order chosen; everyday words said a few times ("year", "deal") after
        all of them. Only the order changes, not which are shown."""
        # A name or phrase the lead says once and the headline does not (the county a ferry
        # line that closes sails from) is a detail of the telling: the headline's subject
        # comes before it. A full name the text then shortens ("John Q. Smith", then
        # "John Smith") is no detail.
        lead = sorted(self.shown[: self.lead_part], key=lambda k: k in self.details)
        rest = sorted(self.shown[self.lead_part :], key=lambda k: k in self.once)
        ordered = (*lead, *rest)
        return tuple(sorted(ordered, key=lambda k: k in self.back))

    def add(self, c: Candidate) -> None:
        stems = _stems(c.surface)
        if not stems:
            return
        if self._clashes(c, stems):
            return
        if c.name:
            self.names.append(stems)
            self.name_stems |= stems
            self.name_forms |= _forms(c.surface)
        else:
            self.phrase_stems |= stems
            self.phrase_forms |= _forms(c.surface)
            if not thing_of_a_place(c):
                self.plain_stems |= stems
        self.shown.append(c.surface)
        self.stems |= stems
        if c.count < 2:
            self.once.add(c.surface)
        if c.count < 2 and not c.titled and not stems & self.repeated:
            self.details.add(c.surface)
        if everyday_word(c):
            self.back.add(c.surface)

    def _clashes(self, c: Candidate, stems: frozenset[str]) -> bool:
        """Return True when a keyword shown already says what `c` says."""
        # A place and a thing of it clash only on a word written alike: "Libya" and
        # "Libyan embassy" are two keywords, "Kenya" and "Kenyan government" one.
        forms = _forms(c.surface)
        if c.name:
            if forms & self.phrase_forms or stems & self.plain_stems:
                return True
            if any(stems <= n or n <= stems for n in self.names):
                return True
            return any(_same_person(c.surface, shown) for shown in self.shown)
        if stems & self.phrase_stems or forms & self.name_forms:
            return True
        return bool(stems & self.name_stems) and not thing_of_a_place(c)


def everyday_word(c: Candidate) -> bool:
    """Return True for an everyday English word alone, no name and not the headline's, that
    the text says at most BACK_WORD_USES times ("year", "people", "plans"), or a less common
    one it says at most PASSING_WORD_USES times, not as the subject or object of the lead's
    first sentence ("warden", "embarrassment"): a word of the telling more than a subject,
    shown after the names and phrases."""
    if c.name or c.size > 1 or c.titled or not c.surface.islower() or c.count > BACK_WORD_USES:
        return False
    common = everyday_zipf(c.key)
    passing = c.count <= PASSING_WORD_USES and not c.clause and common >= PASSING_WORD_ZIPF
    return common >= BACK_WORD_ZIPF or passing


def thing_of_a_place(c: Candidate) -> bool:
    """Return True for a phrase the text says again that ends on a noun rarer than an
    everyday one ("Libyan embassy", not "Kenyan government"): a subject of its own beside
    the place whose adjective it opens with."""
    words = c.key.split()
    return not c.name and len(words) > 1 and c.count >= 2 and zipf(words[-1]) < EVERYDAY_ZIPF


def _same_person(name: str, other: str) -> bool:
    """Return True for two spellings of one person's name: "Mike Brown" and "Michael
    Brown", "Dave" and "David Collins", a short first name opening like the long one (by
    three letters when only one letter longer) and the same surname."""
    first, _, last = name.partition(" ")
    other_first, _, other_last = other.partition(" ")
    if not last or last != other_last or " " in last or first == other_first:
        return False
    short, long_ = sorted((first, other_first), key=len)
    longer = len(long_) - len(short)
    return short[:2] == long_[:2] and (longer >= 2 or (longer == 1 and short[:3] == long_[:3]))


def lead_subject(c: Candidate) -> bool:
    """Return True for what the headline or lead is about besides its names: a phrase of the
    lead ("gas stations"), or a word of the headline ("bankruptcy"), the text names again."""
    often = c.size > 1 or (c.headline and c.count >= HEADLINE_WORD_USES)
    return plain_subject(c) and c.lead and c.count >= 2 and often


def plain_subject(c: Candidate) -> bool:
    """Return True for a candidate that may stand for a subject besides the names: not a
    name, a common or generic word, a word put before nouns, or one said in an aside."""
    return not (c.name or c.common or c.generic or c.modifier or c.aside)


def title_word(c: Candidate) -> bool:
    """Return True for a single word of the brief's headline that the text says again and
    again ("jobs", "attack"): its subject even when common, plural or rated low; not a
    word every text uses ("man", "years"), nor one put before nouns ("health" care)."""
    if not c.titled or c.name or c.size > 1 or c.modifier or c.aside or is_past_form(c.key):
        return False
    if everyday_zipf(c.key) < FILLER_ZIPF:
        return c.count >= TITLE_RARE_WORD_USES
    # A common word ("profits", "action") only of the article's own headline: a written one
    # takes the lead's words, which say what happened more than what it is about.
    return c.headline and c.count >= TITLE_WORD_USES and zipf(c.key) < EVERYDAY_ZIPF


def _in_title_phrase(word: Candidate, rated: Sequence[tuple[float, Candidate]]) -> Candidate:
    """Return the best rated phrase of the headline holding the word ("trade protocol" for
    "protocol") that reads as a subject, else the word: not "strikes deal" of the headline
    only."""
    stems = _stems(word.surface)
    for _, c in rated:
        if c.titled and c.size > 1 and plain_subject(c) and stems <= _stems(c.surface):
            return c
    return word


def _named_thing(name: Candidate, rated: Sequence[tuple[float, Candidate]]) -> Candidate:
    """Return the phrase of the name and the plural the text puts after it in most of the
    name's uses, said again ("ID cards" in 7 of "ID"'s 9), else the name: those things
    are what the text is about, the name alone only part of it. Not one thing ("Facebook
    page", "RBI single"), which the name says well enough."""
    for _, c in rated:
        words = c.key.split()
        if c.name or c.generic or c.aside or c.count < 2 or c.count * 2 <= name.count:
            continue
        noun = c.surface.split()[-1]
        opens = c.key.startswith(name.key + " ") and len(words) == name.size + 1
        plural = noun.endswith("s") and not noun.endswith("ss")
        if opens and plural and noun.islower() and zipf(noun) < EVERYDAY_ZIPF:
            return c
    return name


def _held(word: Candidate, phrases: Sequence[frozenset[str]]) -> bool:
    """Return True when one of the phrases (their stems) holds the word."""
    stems = _stems(word.surface)
    return any(stems <= phrase for phrase in phrases)


def outnamed(c: Candidate, subjects: Sequence[Candidate]) -> bool:
    """Return True for a name of one common word ("Payments") that a subject phrase of the
    lead holds and the text says more often ("mobile payments")."""
    if not (c.name and c.size == 1 and is_dictionary_word(c.key)):
        return False
    stems = _stems(c.surface)
    return any(s.size > 1 and s.count > c.count and stems <= _stems(s.surface) for s in subjects)


def side_item(c: Candidate) -> bool:
    """Return True for a name said once, past the headline and lead: a photo caption, an
    example or an aside near the end ("Los Angeles", "Germany"), not what the text is about."""
    return c.name and c.count < 2 and not c.lead and c.first >= SIDE_FROM


def everyday_name(c: Candidate) -> bool:
    """Return True for a name of one everyday English word that the text says fewer than
    NAME_WORD_USES times ("the Government", "the House"): it stands for a body the text
    names elsewhere, or for none, and only fills a list."""
    plain = c.name and c.size == 1 and c.count < NAME_WORD_USES and is_dictionary_word(c.key)
    return plain and zipf(c.key) >= NAME_WORD_ZIPF


def enumerated(c: Candidate) -> bool:
    """Return True for a name said once, past the lead, inside a list of names ("Iceland"
    of "Liechtenstein, Switzerland, Iceland, Norway"): one example of many."""
    return c.name and c.listed and c.count < 2 and not c.lead


def filler_word(c: Candidate) -> bool:
    """Return True for a common English word alone that the text does not make its
    subject ("firm", "pair", "display"): not even worth filling a list with."""
    if not c.surface.islower():  # "Internet": written as a name
        return False
    return unproven(c) and everyday_zipf(c.key) >= FILLER_ZIPF


def passing_word(c: Candidate) -> bool:
    """Return True for an everyday English word alone ("item", "rise", "nation") that the
    headline does not say and the text says fewer than SUBJECT_WORD_USES times: a word of
    its telling, not its subject, though the lead may use it; so is a less common abstract
    noun past the lead ("negotiations"). The subject or object of the lead's first
    sentence never is."""
    if not c.surface.islower() or c.name or c.size > 1 or c.headline:
        return False
    if c.count >= SUBJECT_WORD_USES or c.clause:
        return False
    common = everyday_zipf(c.key)
    if common >= ONCE_ZIPF and c.count < 2 and not (c.titled or c.lead):
        return True  # "forecast", "withdrawal", "complaints": said once, in passing
    return common >= EVERYDAY_WORD_ZIPF or (common >= ABSTRACT_ZIPF and abstract_noun(c))


def abstract_noun(c: Candidate) -> bool:
    """Return True for a noun of an act or state, known by its ending ("negotiations",
    "allegations", "departure"), that the lead does not say and the text says at most
    ABSTRACT_USES times."""
    return not c.lead and c.count <= ABSTRACT_USES and _ABSTRACT.search(c.key) is not None


def everyday_zipf(word: str) -> float:
    """Return how common a word is in English by its commonest noun form: "promises" is
    as common as "promise"."""
    return max(map(zipf, (word, *lemma_table(word).get("NOUN", ()))))


def unproven(c: Candidate) -> bool:
    """Return True for a single word that is no name and that the text does not make its
    subject: said fewer than SUBJECT_USES times ("reputation", "imagination"), unless the
    headline or lead says it and the text again; a rare word ("retainer") needs one use
    fewer, so the lead saying it is enough."""
    if c.name or c.size > 1:
        return False
    uses = SUBJECT_USES - (zipf(c.key) < RARE_ZIPF)
    return c.count < uses and not (c.lead and c.count >= uses - 1)


def _fuller(p: float, word: Candidate, phrases: Phrases, taken: set[str]) -> Candidate:
    """Return the best phrase holding `word` that is how the text mostly uses it (half its
    uses or more) or first names it in the lead ("agriculture ministry", then "the
    ministry"), and is rated at least PHRASE_RATIO of it, else `word`; any phrase holding
    a word the text uses as a modifier ("mobile payments" for "mobile").

    A phrase that ends on a word every article uses tells no more than the word: "ferry",
    not "ferry company".
    """
    stems = _stems(word.surface)
    for q, phrase, phrase_stems in phrases:
        # A phrase only the headline holds or said aside, going on past the word, is a
        # clipped clause more than its noun phrase: "garments colour debut" for "garments"
        # (but "lace panel vest" for "vest").
        if phrase.aside and not word.aside and phrase.key.split()[-1] != word.key:
            continue
        # Rated well below the word, a phrase still stands for it when it is how the text
        # says the word nearly always ("arms embargo", "chip and pin").
        if q < p * PHRASE_RATIO and not (word.modifier or _says_it_always(phrase, word)):
            continue
        words = phrase.key.split()
        # A modifier opens its phrase: "mobile payments", not "open temporary stores". A
        # word first said as the head of a phrase of the lead is that phrase said short:
        # "Kenya's agriculture ministry said ... The ministry said".
        introduced = phrase.lead and words[-1] == word.key and phrase.first <= word.first
        usual = (
            words[0] == word.key if word.modifier else phrase.count * 2 >= word.count or introduced
        )
        specific = words[-1] == word.key or zipf(words[-1]) < EVERYDAY_ZIPF
        if usual and specific and stems <= phrase_stems and not phrase_stems & taken:
            return phrase
    return word


def _says_it_always(phrase: Candidate, word: Candidate) -> bool:
    """Return True for a phrase ending on the word that the text says twice or more and
    that holds PHRASE_SHARE of the word's uses: "arms embargo", 3 of "embargo"'s 3."""
    ends = phrase.key.split()[-1] == word.key
    return (
        ends
        and not phrase.generic
        and phrase.count >= 2
        and phrase.count >= PHRASE_SHARE * word.count
    )


def _stems(text: str) -> frozenset[str]:
    """Return crude stems of a text's words, so variants of one word compare equal."""
    return frozenset(_crude_stem(w) for w in _STEM_WORD.findall(text.lower()) if w != "s")


def _forms(text: str) -> frozenset[str]:
    """Return a text's words lower-cased, without a possessive or plural "s": "Libya" and
    "Libyan" stay apart, as crude stems do not keep them."""
    words = (w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in text.lower().split())
    return frozenset(w.removesuffix("s") if len(w) > 3 else w for w in words)


def _crude_stem(word: str) -> str:
    return word[:_STEM_LETTERS] if len(word) > _STEM_LETTERS else word.removesuffix("s") or word


_FURNITURE_STEMS = _stems(" ".join(_FURNITURE))
