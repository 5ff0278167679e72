"""Sentence splitting shared by every analyzer; which sentence leads and which stand alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from segtok.segmenter import split_multi
from wordfreq import zipf_frequency

from digest.analyze.lexicon import (
    MONTHS,
    REPORTING_VERBS,
    WEEKDAYS,
    is_news_source,
    is_past_form,
    is_verb_form,
    lemma_table,
    word_classes,
)
from digest.analyze.text import STOPWORDS, compiled, plain_words, stem, whole_word
from digest.model import Article

# Words that point back to a sentence before: "He said...", "This means...", "However, ...".
# Pronouns, demonstratives and connectives are closed classes of English, not a corpus's words.
_POINTING = frozenset(
    """
    he she they it his her their its him them this these those that but however also
    meanwhile moreover furthermore therefore thus hence instead and so then yet still such
    nevertheless nonetheless besides otherwise likewise similarly accordingly
    consequently indeed here already
    """.split()
)
# Connectives that only tie a sentence to the one before: without them it says the same.
# "So" is not one of them: "So far, ..." opens many a sentence that stands alone.
_LINKING_OPENER = re.compile(
    r"^(?:but|and|however|meanwhile|moreover|furthermore|nevertheless|nonetheless|yet|also|"
    r"in addition|additionally|in contrast|by contrast|at the same time|as a result|even so|"
    r"for (?:his|her|their|its|our) part)\b,?\s+(?=[\"“‘'(]?[A-Za-z0-9])",
    re.IGNORECASE,
)
# Openers that place a sentence after one told before it: "Four minutes later, ...", "As a
# result, ...", "For his part, ...", "The same year ...", and a "though" tucked into the
# opening clause ("The hosts, though, ...", "Suntory, meanwhile, ..."): without that
# sentence they mislead.
# _LINKING_OPENER cuts those a sentence can do without.
_LEANING_OPENER = re.compile(
    r"^(?:again|afterwards|even so|of course|as a result|in response|in turn|by contrast|"
    r"in contrast|on the other hand|at the same time|for (?:his|her|their|its|our) part|"
    r"for (?:that|this) reason|for example|for instance|in (?:that|this) case|to that end|"
    r"(?:[\w-]+ ){1,3}(?:later|earlier)|first|second|third|next|finally|lastly)\b,"
    r"|^\w+ly,? (?:as a result\b|because,)"  # "Possibly as a result, ...", "Possibly because, ..."
    r"|^(?:by|until|since|till) then\b"
    r"|^the (?:resulting|same|latter|aforementioned)\b"  # "The resulting domain would ..."
    r"|^[^,.;:]{0,60}, (?:though|meanwhile|however|in turn|by contrast|in contrast),",
    re.IGNORECASE,
)
# A verb of saying before its speaker: what is left of "By contrast, said Mr Roe, ..." once
# the connective is cut is no sentence.
_SAYING_FIRST = re.compile(
    r"^(?:said|says|added|adds|argued|explained|noted|warned)\b", re.IGNORECASE
)
# "Such a change", "such an arrangement" early on: the change was told before.
_SUCH_A = re.compile(r"^(?:\S+\s+){0,7}such an?\b", re.IGNORECASE)
# An example of what a sentence left out told: "Prices doubled in Leeds, for example."
_EXAMPLE_AT_END = re.compile(r",\s+for (?:example|instance)[.!?][\"'”’)]*$", re.IGNORECASE)
# A subject, a phrase set off by commas, then "also": "Parry, speaking to the BBC, also admits".
_ALSO_AFTER_APPOSITION = re.compile(r"^[^,;:\"“]{2,40},[^,;:\"“]{1,60},\s+also\b", re.IGNORECASE)
# A subject of names, then "also": "Harbour Nights also broke ...", "Ana Roe and Tom
# Brandt also won ...", "The European Medicines Agency also said ...". Only capitalised
# words and the small words inside names come before it.
_ALSO_AFTER_NAMES = re.compile(
    r"^(?:The\s+)?[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|the|of|and|de|for))*\s+also\b"
    r"|^The(?:\s+\S+){1,3}\s+also\b"  # "The sales figures also suggest ..."
    # A role before the names: "Left back Tom Ardley also scored ...".
    r"|^[A-Z][a-z]+(?:\s+[a-z]+){1,2}(?:\s+[A-Z][\w'’.-]*)+\s+also\b"
)
# A demonstrative standing for a thing at the end of a sentence: "Velland and Ostmark will
# breach that this year.", "Bus pass sales were more than double that." It points back.
_DEMONSTRATIVE_AT_END = re.compile(
    r"\b(?:that|this|these|those)(?:\s+(?:this|next|last)\s+(?:year|week|month))?[.!?]*$",
    re.IGNORECASE,
)
# Where a sentence's second clause opens: what a demonstrative in it points at may be the
# first ("Sales rose, but analysts expected more than that.").
_CLAUSE_BEFORE = re.compile(r"\w[\w'’%)]*(?:,\s+(?:but|and|yet|so)\s|;\s)")
_MULTIPLE_OF = re.compile(r"\b(?:double|twice|triple|treble|half|times)\s+$", re.IGNORECASE)
# A short phrase before a sentence's subject: "At CES, ", "On Friday, ".
_OPENING_PHRASE = re.compile(r"^[^,;:\"“]{2,40},\s+")
# The same with no comma after it, up to a definite subject: "In a report published last
# July the cross-party committee ...".
_UNMARKED_PHRASE = re.compile(
    r"^(?:In|At|On|Under|After|During|Since|With|Following)\s[^,;:\"“]{2,40}?\s(?=the\s)"
)
# A speaker who "added" or "went on" spoke before: '... , Mr Roe added.', 'Brenner added: "'.
_ADDED = re.compile(r"\b(?:added|adds|continued|went on)(?:[:,]\s*[\"“]|\s+that\b|[.!?][\"'”’]?$)")
# A page's instruction to its reader, not news: "Read a full match report of ...".
_INSTRUCTION = re.compile(
    r"^(?:read|click|scroll|subscribe|tap|sign up|log in|listen|watch|see)\b(?![-'’])",
    re.IGNORECASE,
)
# A page's furniture run into a paragraph, not the story: a link, an e-mail address or a
# call to visit, follow or contact ("To see the full length version visit vogue.co.uk.",
# "Follow us on Twitter", "Click here", "To contact the reporter on this story: ..."), or a
# photo credit fused to the caption or text it ends ("Photograph: Linda Nylind for the
# Guardian For Metronomy's ..."). A bare site name is news ("Amazon.com holds a patent").
_FURNITURE = re.compile(
    r"https?://|\bwww\.|\b[\w.-]+@[\w-]+\.[a-z]"
    r"|\b(?:click here|follow us\b|to (?:see|read|watch) the full\b|visit (?:our|the) website"
    r"|to contact the (?:reporter|editor)s?\b)"
    r"|\b(?:Photograph|Photo|Picture|Illustration)s?:\s"
    # A blog's line crediting where it took the story from: "Source : Storm season: ...".
    r"|^\s*(?:Source|Sources|Via)\s?:\s",
    re.IGNORECASE,
)
# A reporter's failed try to reach someone ("A call to Roe went unanswered.", "Roe did not
# immediately return calls seeking comment."): a reader learns no fact from it.
_NO_ANSWER = re.compile(
    r"\b(?:went unanswered|(?:could not|couldn't|cannot) be reached"
    r"|(?:did not|didn't) (?:immediately )?(?:return|answer|respond to) (?:\w+ ){0,2}"
    r"(?:calls?|messages?|e-?mails?|requests?|inquiries))\b",
    re.IGNORECASE,
)
# A result line of a game, "Grizzlies 93, Hornets 81": a box score run into the text, from
# a round-up of other games, never the story's own news.
_SCORE_LINE = re.compile(r"\b[A-Z][a-z]+ \d{1,3}, (?:[A-Z][a-z]+ )+\d{1,3}\b")
# A wire dateline inside the body ("... survived. - AP Suicide bomber kills 3 in Fallujah
# BAGHDAD - A suicide bomber ...", "SYRACUSE, N.Y. — The election ..."): a news round-up's
# next story begins there. A city in capitals of five letters or more, or with its state or
# country, or an agency tag: "the LSE - Europe's biggest market" is an aside, not a dateline.
_DATELINE_INSIDE = re.compile(
    r"\s(?:[A-Z]{5,}(?:\s[A-Z]{3,})*|[A-Z]{3,}(?:\s[A-Z]{3,})*,\s[A-Z][\w.]*(?:\s[A-Z][\w.]*)*)"
    r"(?:\s\((?:AP|Reuters|AFP)\))?\s[-–—]{1,2}\s[A-Z]"
)
# A guide's tour dates close each of its items ("Corn Hall, Dunmere, Sat; Quay Club, Valdor,
# Sun; ..., Tue Ana Reyes, On tour Ana Reyes ..."): two days of the week, each before a
# semicolon, in one sentence. When the name run in after the last day is not the lead's, the
# items after the first one's dates are other shows.
_DAY_NAME = r"\b(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?"
_TOUR_DAY = re.compile(_DAY_NAME + ";")
_LAST_DAY = re.compile(_DAY_NAME + r"\b(?!.*" + _DAY_NAME + r"\b)")
_TOUR_DAYS = 2
_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")
# A wire service's pronunciation guide after a name, "Timothy Reisch (rysch)": a word in
# lower case in brackets that no English word list knows, noise to a reader of a brief.
# An injury or a format in brackets ("Reggie Bush (knee)", "Kinect (video)") is a word.
_PRONUNCIATION = re.compile(r"(?<=[A-Za-z])\s+\(([a-z]{3,})\)(?=[\s,.;:])")
# A caption's fragment run into the text: a slash that ends a word and is followed by a
# space and a capital, "orange dress/ Colour blocking Tangerine, lime and lemon.", or a
# photo credit in capitals, "AP PHOTO Al Horford capped ...".
_CAPTION = re.compile(r"[a-z]/ [A-Z]|\bPHOTOS?\b")
# Prepositions, subordinators and time adverbs that open a phrase before a sentence's
# subject ("Now he claims ...").
_PHRASE_OPENERS = frozenset(
    """
    at in on during after before since when while as asked if although though despite
    until once with without speaking writing following earlier later last because unless
    now today yesterday recently finally eventually initially
    """.split()
)
_TIMES = frozenset(
    """
    year years week weeks weekend month months morning afternoon evening season summer
    winter spring autumn decade century days
    """.split()
)
_DETERMINERS = frozenset("the a an this that these those".split())
# Possessives and demonstratives in a phrase before the subject stand for something named
# before it: "According to his figures", "Because of that", "In this case".
_POSSESSIVES = frozenset("his her its their him them".split())
_DEMONSTRATIVES = frozenset("this that these those".split())
# Prepositions opening a phrase before a subject: no one is named in them for a pronoun
# after them to stand for ("In a report, it said ...").
_PREPOSITIONS = frozenset(
    "in at on under for with by from during despite within among according after because".split()
)
# Participles opening a phrase about the subject that follows, never naming it: "Speaking
# at the conference, he said ...".
_PARTICIPLES = frozenset("speaking writing talking responding replying commenting asked".split())
# Verbs after an "it" that stands for nothing: "On Monday, it was announced that ...".
_EMPTY_IT_VERBS = frozenset("is was emerged emerges seems seemed appears appeared".split())
_SUBJECT_PRONOUNS = frozenset(("he", "she", "it", "they"))
_SUBJECT_REACH = 10  # words into a sentence within which its subject comes
# A time phrase, then a passive verb with no subject: "After 20 minutes was sent off." The
# source lost the name, and the fragment tells no one who. "After 20 minutes Kay was sent
# off" has its subject; "Within two hours were found ..." has none.
_NO_SUBJECT_AFTER_TIME = re.compile(
    r"^(?:in|on|after|within|inside|for)\s+(?:\d+|a few|\w+)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:was|were)\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
# A speaker left out at the end, or breaking into the quote: '..., he said.', '... Britain,
# she added.', '"The new standard," she said, "will help ..."', or before a participle's
# aside: '..., he said, citing its importance to Europe.'.
_PRONOUN_SPEAKER = re.compile(
    r",[\"'”’]?\s+(?:he|she|they|it)\s+(?:said|says|added|adds|told\b[^.]*|explained|argued"
    r"|noted|claimed|insisted|warned|stressed|admitted|conceded)"
    r"(?:[.!?][\"'”’]?$|,\s*[\"“]|,\s+[a-z]+ing\b)"
)
# Marks that separate a dateline from its story: a piece opening on one continues the last.
_DASHES = ("-", "–", "—", "•")
# An abbreviation of dotted letters ending a sentence, "... in the U.S. The plan ..." or "...
# joined Division I. Her team ...": the splitter reads its stop as the abbreviation's only.
# A word that opens sentences and no name (an article, a pronoun, "But") after it tells the
# stop ends the sentence too; a name after it ("U.S. Army", "John F. Kennedy") does not.
_ABBREVIATION_ENDING = re.compile(
    r"(?<![\w.])(?:(?:[A-Za-z]\.){2,4}|[A-Z]\.)"
    r"(?=\s+[\"“‘']?(?:The|A|An|He|She|It|They|We|His|Her|Its|Their|This|These|Those|There|But)\s)"
)
# Titles that stand before a name, never at the end of a sentence; the plural before two
# names ("Sens. Ann Roe and Tom Kay") too.
_TITLE_AT_END = re.compile(
    r"\b(?:Lt|Sgt|Cpl|Pvt|Pfc|Spc|Capt|Maj|Col|Brig|Gen|Adm|Cmdr|Sens?|Reps?|Gov|Atty|Supt|Insp|Det|"
    r"Rev|Prof|Drs?|Mr|Messrs|Mrs|Ms|Mt|Ft)\.$"
)
# A time of day closing a piece, and the day or time zone a report gives after it: "at
# 1:08 p.m. Saturday", "at 9 a.m. EST" are one sentence the splitter cut in two.
_CLOCK_AT_END = re.compile(r"\b[ap]\.m\.$")
_DAY_OR_ZONE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[ECMP][SD]?T|GMT|BST)\b(?!['’])"
)
_OPENING_QUOTES = "“‘"
_CLOSING_QUOTES = "”’"
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# A full stop a scrape set apart from its word, before the next sentence's capital.
_SPACED_STOP = re.compile(r"(?<=[\w\"”’)]) \.(?=\s+[\"“]?[A-Z])")
# The lead is the first sentence of the first paragraph this long (a byline or a one-line
# dateline paragraph is not news); the rule editors and the reader check share.
_LEAD_PARAGRAPH_WORDS = 8
# A teaser lead hands over to the news within this many sentences, or not at all.
_LEAD_WINDOW = 3
# Fewer words than this make a teaser or a fragment ("Don't panic."), not a news lead.
_LEAD_WORDS = 6
# A byline run into the first sentence: "By Eugenie Samuel Reich of Nature magazine Neutrinos".
_BYLINE = re.compile(r"^By\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\s+(?!,)")
# Three or more words in capitals, then a word in mixed case: a subheading run in.
_SUBHEAD_RUN_IN = re.compile(
    r"^(?:[A-Z0-9][A-Z0-9'’&-]*[,:!?]?\s+){2,}[A-Z][A-Z'’]+[,:!?]?\s+[A-Z][a-z]"
)
# The writer as "I": a column, a review or a blog, whose first sentence is no news lead.
# "I" before a capitalised word is a title's ("I'm A Celebrity"), "My" and "Me" too ("My
# Family", "Please Please Me"), so only a lower-case word may follow "I".
_FIRST_PERSON = re.compile(r"\bI(?:['’](?:m|ve|d|ll))?\s+[a-z]|\b(?:me|my|myself)\b")
# The writer as "we" ("we would like to point out that our own ...", "We tend to think of
# Seattle ..."): an opinion, no fact to add after a lead. A lead may say it in passing ("as
# we know it now") and still be the news, so only follow-ups are held to this. "Let's
# assume ..." is the writer reasoning aloud with the reader: "we" too.
_WRITER_WE = re.compile(
    r"(?<![-\w])[Ww]e(?:['’](?:re|ve|d|ll))?\s+[a-z]|\b[Ll]et(?:['’]s|\s+us)\s+[a-z]"
)
# ... but a first sentence whose subject is the writer's "we" or "our" ("We may not know when
# they will be released", "Our week wouldn't be complete without ...") opens a column or a
# teaser, not the news. "We Are The World" is a title: a capital follows.
_OPENS_AS_WE = re.compile(r"^(?:[Ww]e(?:['’](?:re|ve|d|ll))?|Our)\s+[a-z]")
# The reader addressed as "you": a teaser ("Ever wondered how many calories are in your
# food?"), not the news.
# "You" in capitals inside a sentence is a title's ("Who's Your Daddy"), "-you-" a compound's
# ("pay-as-you-go").
_SECOND_PERSON = re.compile(r"(?:^|(?<![-\w]))(?:you|your|yourself)(?![-\w])|^\W*(?:You|Your)\b")
# A quotation in straight or curly marks; one still open at the end runs to the end.
_QUOTED = re.compile(r"\"[^\"]*(?:\"|$)|“[^”]*(?:”|$)")
# A photographer's credit run into the sentence after a caption: "François Lenoir/Reuters A".
_SLASH_CREDIT = re.compile(
    r"^(?:[A-Z][\w'’.\-]+\s){0,2}[A-Z][\w'’.\-]+/(?P<source>[A-Z][\w.&\-]*)\s+(?=[A-Z\"“])"
)
# Readers' views after a report: at least this many paragraphs, this share of them personal.
_VIEWS_PARAGRAPHS = 3
_VIEWS_SHARE = 0.6
# Fewer words than this make a fragment ("By Google."), not a fact a summary can add.
_SENTENCE_WORDS = 5
# A label a round-up closes each item on has a few words ("Watch Video Report."); a lone
# "." or "..." a scrape left between quotations is none.
_LABEL_WORDS = 2
# Prose has lower-case words; a line with fewer than this share is a listing or a credit
# run together ("MEN Arena, Manchester, Sat, Mon; O2 Arena, SE10, Fri John Robinson ...").
_LOWER_SHARE = 0.2


@lru_cache(maxsize=4096)
def split_sentences(paragraph: str) -> tuple[str, ...]:
    """Return the sentences of one paragraph, whitespace trimmed, empty ones dropped.

    The splitter takes the full stop of an abbreviation it does not know for an end: a piece
    that opens on a dash ("MEMPHIS, Tenn. - A cemetery owner ...") or follows a title
    ("... said police spokeswoman Lt. Jane Roe.") continues the one before, as does one
    in lower case after a title's "!" or "?" ("Michael's former Wham! partner ...") or an
    ellipsis ("growth of 0.1%... in the third quarter"), or a day or time zone after a
    time of day ("at 1:08 p.m. Saturday in the capital"). A full stop typed after a space
    ("... The Harbour Years . Its library ...") ends a sentence as one after a word does.
    """
    out: list[str] = []
    paragraph = _SPACED_STOP.sub(".", paragraph)
    pieces = (p for s in split_multi(paragraph) for p in _split_after_abbreviations(s.strip()) if p)
    for piece in pieces:
        if out and (
            piece.startswith(_DASHES)
            or _TITLE_AT_END.search(out[-1])
            or _continues(piece)
            or (_CLOCK_AT_END.search(out[-1]) and _DAY_OR_ZONE.match(piece))
        ):
            out[-1] = f"{out[-1]} {piece}"
        elif piece:
            out.append(piece)
    return tuple(_PRONUNCIATION.sub(_keep_words, sentence) for sentence in out)


def _split_after_abbreviations(piece: str) -> list[str]:
    """Return a piece cut after each dotted abbreviation that ends a sentence in it: "Sales
    fell in the U.S. The plan ..." is two sentences."""
    ends = [m.end() for m in _ABBREVIATION_ENDING.finditer(piece)]
    return [piece[a:b].strip() for a, b in pairwise([0, *ends, len(piece)])]


def _keep_words(bracket: re.Match[str]) -> str:
    """Return a bracketed word as it is when English, nothing for a pronunciation guide."""
    return bracket.group() if zipf_frequency(bracket.group(1), "en") > 0 else ""


def _continues(piece: str) -> bool:
    """Return True for a piece opening on a lower-case word: no sentence begins so, but a
    name or brand may ("iPod", "eBay"), so the second letter must be lower case too."""
    return piece[:1].islower() and piece[1:2].islower()


def leans_on_context(sentence: str) -> bool:
    """Return True when a sentence cannot stand alone: it leans on one told before it.

    It opens on a pronoun or connective ("He", "This", "However") or on a phrase that
    places it after another ("Already,", "Four minutes later,", "For that reason,") or
    ends on one that makes it an example (", for example."), has "also" among its
    first words ("Putin also thanked ...", "At the fair, the agency also ..."), has its speaker
    "add" to what he said before ("Brenner added: ..."), starts in lower case (the tail of a split
    sentence), opens inside a quotation, ends on a speaker left out (", he added.") or has
    a pronoun for its subject before naming anyone ("At home he said ...", "In a report, it
    said ..."), an opening phrase that points back ("According to his figures,", "Because
    of that,", "By then") or an early "such a change". A page's instruction to its reader
    ("Read a full report ...", "Listen to the interview ...") stands for nothing either, nor
    does "Of course, ..." or a time phrase with no subject ("After 20 minutes was sent off.").
    """
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sentence[:200])]
    if not words or _INSTRUCTION.match(sentence):
        return True
    return (
        _opens_pointing(words)
        or bool(_LEANING_OPENER.search(sentence.lstrip(" \"'“‘(")))
        or _also_early(words, sentence)
        or bool(_ADDED.search(sentence))
        or bool(_EXAMPLE_AT_END.search(sentence.rstrip()))
        or sentence.lstrip(" \"'“‘(")[:1].islower()
        or opens_inside_a_quote(sentence)
        or bool(_PRONOUN_SPEAKER.search(sentence))
        or _subject_left_out(_WORD.findall(sentence[:200]))
        or _subject_missing(sentence)
        or _speaker_left_out(sentence)
        or _opening_phrase_points_back(sentence)
        or _demonstrative_subject(sentence)
        or _demonstrative_at_end(outside_quotes(sentence).rstrip(" \"'”’)"))
        or bool(_SUCH_A.match(sentence))
    )


def _demonstrative_at_end(sentence: str) -> bool:
    """Return True for a sentence closing on a demonstrative that points back ("Sales were
    double that."); after a clause of its own ("..., but the service may have bigger
    problems than that.") it points at that clause, unless it stands for a figure ("...,
    but bus pass sales were double that."), which a clause without one cannot give."""
    end = _DEMONSTRATIVE_AT_END.search(sentence)
    if end is None:
        return False
    before = sentence[: end.start()]
    return not _CLAUSE_BEFORE.search(before) or bool(_MULTIPLE_OF.search(before))


def _opening_phrase_points_back(sentence: str) -> bool:
    """Return True for "According to his figures, there ...", "Because of that, ...", "In a
    report, it said ...": a prepositional phrase before the subject points at something told
    before, or the subject after it is a pronoun. "Earlier this month, ..." names its time;
    "In his first speech, Obama ..." names whom "his" means; "When the minister arrived, he
    ..." is a clause that names whom "he" means: all stand alone."""
    text = sentence.lstrip(" \"'“‘(")
    opening = _OPENING_PHRASE.match(text)
    if not opening:
        return False
    phrase = [w.lower().replace("’", "'") for w in _WORD.findall(opening.group())]
    if not phrase or phrase[0] not in _PREPOSITIONS | _PARTICIPLES:
        return False
    rest = _WORD.findall(text[opening.end() :])[:2]
    after = [w.lower().replace("’", "'") for w in rest]
    named_after = bool(rest) and (rest[0][:1].isupper() or after[0] in _DETERMINERS)
    return (
        any(_demonstrative_points_back(phrase, k) for k in range(1, len(phrase)))
        or (not named_after and any(w in _POSSESSIVES for w in phrase))
        or _pronoun_subject(after)
    )


def _demonstrative_subject(sentence: str) -> bool:
    """Return True for "If tweets are highlighted, that helps.": after any opening phrase
    or clause, a demonstrative for the subject stands for something told before."""
    text = sentence.lstrip(" \"'“‘(")
    opening = _OPENING_PHRASE.match(text)
    after = _WORD.findall(text[opening.end() :])[:2] if opening else []
    words = [w.lower() for w in after]
    return bool(words) and words[0] in _DEMONSTRATIVES and not _names_its_time(words)


def _demonstrative_points_back(phrase: list[str], k: int) -> bool:
    """Return True for "Because of that", "In this case": a demonstrative that ends the
    phrase or follows a preposition; not "this month", nor the "that" of a clause."""
    if phrase[k] not in _DEMONSTRATIVES or _names_its_time(phrase[k:]):
        return False
    return k == len(phrase) - 1 or phrase[k - 1] in _PREPOSITIONS or phrase[k - 1] == "of"


def _pronoun_subject(words: list[str]) -> bool:
    """Return True for a subject pronoun, but not the "it" of "it was announced"."""
    if not words or words[0].split("'")[0] not in _SUBJECT_PRONOUNS:
        return False
    return words[0] != "it" or words[1:2] == [] or words[1] not in _EMPTY_IT_VERBS


def _also_early(words: list[str], sentence: str) -> bool:
    """Return True for "also" among the first words of the sentence or of its clause after
    an opening phrase, or right after a subject of names: "Putin also thanked ...", "At the fair,
    the agency also unveiled ...", "Harbour Nights also broke ...". A clause describing the
    name before it adds to what it says of that name, not to a sentence left out: "Dana
    Kerr, who also runs the cafe, had planned ..." stands alone."""
    if "also" in words[1:3]:
        return True
    opening = _OPENING_PHRASE.match(sentence)
    rest = _WORD.findall(sentence[opening.end() : opening.end() + 80]) if opening else []
    return (
        ("also" in [w.lower() for w in rest[1:4]] and rest[:1] not in (["who"], ["which"]))
        or bool(_ALSO_AFTER_APPOSITION.match(sentence))
        or bool(_ALSO_AFTER_NAMES.match(sentence.lstrip(" \"'“‘(")))
    )


def _opens_pointing(words: list[str]) -> bool:
    """Return True when the first word points back, as "He" or "However" do."""
    if words[0].split("'")[0] not in _POINTING:
        return False
    return not _names_its_time(words) and words[:2] != ["so", "far"]


def _names_its_time(words: list[str]) -> bool:
    """Return True for "This year's ...", "This past week ...": "this" points at a time."""
    rest = [w.split("'")[0] for w in words[1:3]]
    return (
        words[0] in ("this", "these")
        and bool(rest)
        and (
            rest[0] in _TIMES
            or (rest[0] in ("past", "coming") and rest[1:2] != [] and rest[1] in _TIMES)
        )
    )


def _speaker_left_out(sentence: str) -> bool:
    """Return True for a quotation that names no speaker: who said it is told elsewhere."""
    stripped = sentence.strip().replace('""', '"')
    if not stripped or stripped[0] not in '"“':
        return False
    if open_quote(stripped):
        return True  # it runs on past the sentence ('"At that meeting he said he would "fake" ...')
    close = _closing_quote(stripped)
    return close < 0 or not _WORD.search(stripped[close + 1 :])


def _subject_left_out(words: list[str]) -> bool:
    """Return True for "At home he said ...", "In fact, it's ...", "Trailing by two goals,
    they ...": an opening phrase, then a subject pronoun before any name or noun phrase it
    could stand for."""
    if not words or not _opens_a_phrase(words[0].lower()):
        return False
    for word in words[1:_SUBJECT_REACH]:
        if word[:1].isupper() or word.lower() in _DETERMINERS:
            return False
        if word.lower().replace("’", "'").split("'")[0] in _SUBJECT_PRONOUNS:
            return True
    return False


def _subject_missing(sentence: str) -> bool:
    """Return True for "After 20 minutes was sent off.": a time phrase, then a passive verb."""
    phrase = _NO_SUBJECT_AFTER_TIME.match(sentence)
    return phrase is not None and is_past_form(phrase["verb"])


def _opens_a_phrase(word: str) -> bool:
    """Return True for a word opening a phrase before the subject: "At", "Despite", or a
    participle ("Trailing", "Hoping") that is only ever a verb."""
    return word in _PHRASE_OPENERS or (word.endswith("ing") and word_classes(word) == {"VERB"})


def standing_alone(sentence: str) -> str | None:
    """Return the sentence as it can stand alone, or None when it leans on one left out.

    A sentence that leans only through its opening connective ("But the union says ...")
    stands alone without it, as an editor would cut it; one that leans otherwise cannot.
    """
    if not leans_on_context(sentence):
        return sentence
    cut = _LINKING_OPENER.sub("", sentence, count=1)
    if cut == sentence:
        return None
    if _SAYING_FIRST.match(cut):
        return None  # "By contrast, said Mr Roe, ..." would open "Said Mr Roe, ..."
    cut = cut[:1].upper() + cut[1:]
    return None if leans_on_context(cut) else cut


def opens_inside_a_quote(sentence: str) -> bool:
    """Return True when the first quotation mark closes a quote begun in an earlier sentence."""
    sentence = sentence.replace('""', '"')  # a CSV export doubles every quote mark
    for i, ch in enumerate(sentence):
        if ch in _OPENING_QUOTES:
            return False
        if ch in _CLOSING_QUOTES and not _is_apostrophe(sentence, i):
            return True
        if ch == '"':
            # A straight quote closes when it follows a word and is not followed by one.
            after = sentence[i + 1 : i + 2]
            return i > 0 and not sentence[i - 1].isspace() and not after.isalnum()
    return False


def open_quote(sentence: str) -> str:
    """Return the mark that would close a quotation left open at the sentence's end, or "".

    A speech running over several sentences closes only in the last one
    ('Santini said: "My time at Tottenham has been memorable.'): a count of straight marks
    that is odd, or more opening than closing curly ones, leaves one open.
    """
    sentence = sentence.replace('""', '"')
    if sentence.count("“") > sentence.count("”"):
        return "”"
    return '"' if sentence.count('"') % 2 else ""


def _is_apostrophe(sentence: str, i: int) -> bool:
    """Return True for the ’ of "Korea’s" or "runnin’": a letter stands before it."""
    return sentence[i] == "’" and i > 0 and sentence[i - 1].isalnum()


def is_question(sentence: str) -> bool:
    """Return True when a sentence asks rather than tells."""
    return sentence.rstrip("\"'”’)] ").endswith("?")


def is_quotation(sentence: str) -> bool:
    """Return True when a sentence is a quotation with at most its speaker after it.

    '"We will win," the coach said.' tells what someone said, not the news; a sentence that
    only opens on a quoted phrase ("'God games' could be educational, says research.") does not.
    """
    stripped = sentence.lstrip()
    if not stripped or stripped[0] not in "\"'“‘":
        return False
    close = _closing_quote(stripped)
    if close < 0:
        return True  # the quotation runs past the sentence's end
    return len(_WORD.findall(stripped[close + 1 :])) <= 6 and close > len(stripped) / 2


def _closing_quote(text: str) -> int:
    """Return the index of the quote mark closing the one `text` opens with, or -1."""
    pair = {"“": "”", "‘": "’", '"': '"', "'": "'"}[text[0]]
    for i in range(1, len(text)):
        ch = text[i]
        if ch == pair or (pair == '"' and ch == "”") or (pair == "'" and ch == "’"):
            if ch in "'’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue  # an apostrophe inside a word: "don't"
            return i
    return -1


def ends_a_sentence(text: str) -> bool:
    """Return True when text ends on sentence punctuation, a closing quote or bracket allowed."""
    return bool(_SENTENCE_END.search(text.rstrip()))


def body_sentences(article: Article) -> tuple[list[str], list[bool]]:
    """Return the body's sentences and, for each, whether it opens its paragraph."""
    body: list[str] = []
    first: list[bool] = []
    for paragraph in article.body:
        for i, sentence in enumerate(split_sentences(paragraph.text)):
            body.append(sentence)
            first.append(i == 0)
    return body, first


def lead_index(article: Article) -> int | None:
    """Return the index among the body's sentences of the news lead, None when there is none.

    The lead is the first sentence of the first paragraph of 8+ words. A lead that asks,
    quotes, exclaims or leans on nothing told yet is a teaser: the first sentence after it
    that tells news is the lead instead, when one comes soon.
    """
    body: list[str] = []
    start: int | None = None
    for paragraph in article.body:
        parts = split_sentences(paragraph.text)
        if (
            start is None
            and parts
            and len(paragraph.text.split()) >= _LEAD_PARAGRAPH_WORDS
            and ends_a_sentence(parts[0])
        ):
            start = len(body)
        body += parts
        if start is not None and len(body) > start + _LEAD_WINDOW:
            break
    if start is None:
        return None
    window = range(start, min(start + _LEAD_WINDOW + 1, len(body)))
    # A sentence whose subject a teaser introduced ("The 52-year-old ...") is no lead either.
    # A lead may name a group in passing ("the younger of the two brothers"): only its
    # subject and the things it points at count here.
    return next(
        (i for i in window if tells_news(body[i]) and not introduced_by(body, i, groups=False)),
        None,
    )


# The day of the news, as a report gives it: "on Monday", "On Saturday", "yesterday",
# "Today, the company said ...".
_NEWS_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Tt]oday|[Yy]esterday|[Tt]onight)\b"
)


def news_day(text: str) -> bool:
    """Return True when a text gives the day of the news ("on Monday", "yesterday")."""
    return bool(_NEWS_DAY.search(text))


# What dates a lead or makes it a report: a time, a figure, a modal, a perfect or a future
# ("has bought", "is to", "could miss", "is growing"). A lead with none of them that tells
# a story in the past or describes ("Blake DeWitt came to spring training expecting ...",
# "Larry Page is known for his vision") opens a feature.
_DATED = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|day|week|month|year|weekend|night|morning|now|recently|soon)\b"
    r"|\b(?:could|would|will|may|might|must|should|can|shall)\b"
    r"|\b(?:is|are)\s+(?:\w+\s+)?(?:to|been|\w+ing|\w+ed)\b"
    r"|\b(?:has|have|had)\s+(?:\w+\s+)?(?:\w[\w-]*(?:ed|en|wn)|been|made|won|lost|told|found"
    r"|left|paid|sold|bought|put|set|cut|hit|held|led|met|sent|spent|struck|become|begun"
    r"|come|done|gone|run|seen)\b",
    re.IGNORECASE,
)
# A profile's opening describes its subject: "Larry Page is known for his vision".
_PROFILE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+)?known\s+(?:for|as)\b")
# A lead opening on a span of time gone by ("Over the past few years, ...", "For decades
# ...", "Ten years ago, ...", "Back in 2009, ...") gives the background; a report of the
# day after it ("Today, the company announced ...") is the news the feature hangs on it.
_BACKGROUND_OPENING = re.compile(
    r"^(?:(?:Over|In|For|During)\s+the\s+(?:past|last)\s+(?:(?:few|several|\w+)\s+)?"
    r"(?:years|decades|months)|In\s+recent\s+(?:years|decades|months)"
    r"|For\s+(?:years|decades|generations|centuries)"
    r"|(?:[A-Z][a-z]+|\d+)\s+(?:years|decades)\s+ago|Back\s+in\s+(?:1[89]|20)\d\d)\b"
)
# The lead is the teaser when the news comes within this many sentences after it.
_TEASER_WINDOW = 3
# Words a finite past verb does not follow: "a crowded bar", "in limited supply".
_BEFORE_NO_VERB = _DETERMINERS | _PREPOSITIONS | {"to"}


def news_after_teaser(
    body: Sequence[str], lead: int, *, checks: BodyChecks | None = None
) -> int | None:
    """Return the index of the sentence soon after a feature's teaser lead that gives the
    day of the news ("On Saturday, he delivered as that pinch-hitter ..."), or None.

    A teaser names no day, figure, modal, perfect or future and reports no one's words, or
    opens on the years gone by ("Over the past few years, ..."): background either way;
    the news sentence is a statement of its own or leans on the teaser for its subject.
    `checks` holds the answers for `body` already worked out.
    """
    opening = body[lead].lstrip(" \"'“‘(")
    if _NEWS_DAY.search(body[lead]) or not (
        _tells_a_feature(body[lead]) or _BACKGROUND_OPENING.match(opening)
    ):
        return None
    checks = BodyChecks(body) if checks is None else checks
    for i in range(lead + 1, min(lead + 1 + _TEASER_WINDOW, len(body))):
        if (
            _NEWS_DAY.search(outside_quotes(body[i]))
            and not checks.quoted(i)
            and not is_quotation(body[i])
            and len(body[i].split()) >= _LEAD_WORDS
            and is_prose(body[i])
            and not is_question(body[i])
            and not in_first_person(body[i])
            and not addresses_reader(body[i])
        ):
            return i
    return None


# A text carrying its own headline (a scrape's first line, front matter) promises that news.
# A lead sharing no content word with it and dating nothing ("The rookie's first home run
# was a thing of beauty.", "One bad tackle, a heap of trouble.") is
# colour: the first sentence within this many after it that shares at least
# _HEADLINE_SHARE of the headline's content words and tells news leads instead. Chosen on
# fold 0 of KPCrowd: it acts on 4 of 134 texts (the game's score for the rookie's home run,
# the bombing for a reaction to it), so a news lead in other words than its headline's
# ("Police say at least 40 cars ...") is left alone.
_HEADLINE_WINDOW = 8
_HEADLINE_SHARE = 2


def headline_lead(
    body: Sequence[str], lead: int | None, headline: str, *, checks: BodyChecks | None = None
) -> int | None:
    """Return the index of the summary's lead: the news lead, or the sentence soon after a
    colour lead that states what the article's own headline says ("... as the Harriers lost
    4-3 at home" under "Harriers lose to Rovers again, 4-3"). `checks` holds the answers
    for `body` already worked out."""
    promised = content_stems(headline)
    if lead is None or len(promised) < _HEADLINE_SHARE or not _colour_lead(body[lead], promised):
        return lead
    checks = BodyChecks(body) if checks is None else checks
    for i in range(lead + 1, min(lead + 1 + _HEADLINE_WINDOW, len(body))):
        if (
            len(content_stems(body[i]) & promised) >= _HEADLINE_SHARE
            and not checks.quoted(i)
            and tells_news(body[i])
            and not introduced_by(body, i, groups=False)
        ):
            return i
    return lead


def _colour_lead(sentence: str, promised: frozenset[str]) -> bool:
    """Return True for a lead that shares no content word with the headline and dates
    nothing: no day, time, figure, modal, perfect or future."""
    plain = outside_quotes(sentence)
    return not (
        content_stems(sentence) & promised or _NEWS_DAY.search(plain) or _DATED.search(plain)
    )


def content_stems(text: str) -> frozenset[str]:
    """Return the stems of a text's content words, with a verb's lemma beside its form so
    "lost" meets "lose": no function words, no single letters."""
    found: set[str] = set()
    for word in plain_words(text):
        if word not in STOPWORDS and len(word) > 1:
            found.add(stem(word))
            found.update(lemma_table(word).get("VERB", ()))
    return frozenset(found)


def _tells_a_feature(sentence: str) -> bool:
    """Return True for a lead that dates nothing and reports no one: a feature's opening."""
    plain = outside_quotes(sentence)
    words = _WORD.findall(plain)
    return (_in_the_past(words) or bool(_PROFILE.search(plain))) and not (
        _DATED.search(plain) or any(w.lower() in REPORTING_VERBS for w in words)
    )


def _in_the_past(words: Sequence[str]) -> bool:
    """Return True when a verb of the sentence is in the past: a feature's teaser tells a
    story ("Blake DeWitt came to ..."), while news in the present ("Newcastle face a trip",
    "contestants still remain") is a report. "a crowded bar" is an adjective's past form."""
    return any(
        w in ("was", "were")
        or (
            w.islower()
            and is_past_form(w)
            and (k == 0 or words[k - 1].lower() not in _BEFORE_NO_VERB)
        )
        for k, w in enumerate(words)
    )


def tells_news(sentence: str) -> bool:
    """Return True when a sentence could open a summary: a statement that stands alone."""
    return (
        ends_a_sentence(sentence)
        and len(sentence.split()) >= _LEAD_WORDS
        and not is_question(sentence)
        and not sentence.rstrip("\"'”’) ").endswith("!")
        and not is_quotation(sentence)
        and is_prose(sentence)
        and not leans_on_context(sentence)
        and not is_aside(sentence)
        and not opens_on_a_subhead(sentence)
        and not _BYLINE.match(sentence)
        and not in_first_person(sentence)
        and not _OPENS_AS_WE.match(sentence.lstrip(" \"'“‘("))
        and not addresses_reader(sentence)
    )


def opens_on_a_subhead(sentence: str) -> bool:
    """Return True for a sentence a scrape ran a subheading in capitals into ("BIKE IT,
    YOU'LL LIKE IT Set to become ..."): three words in capitals open it, a mixed-case word
    follows. "IBM PC sales rose" has only two."""
    return bool(_SUBHEAD_RUN_IN.match(sentence.lstrip(" \"'“‘(")))


def is_furniture(sentence: str) -> bool:
    """Return True for a page's furniture run into the text: a web address, a call to visit
    or follow, a photo credit, a caption's fragment or another game's score line, never the
    story itself."""
    return bool(
        _FURNITURE.search(sentence) or _SCORE_LINE.search(sentence) or _CAPTION.search(sentence)
    )


def speaks_to_the_reader(sentence: str) -> bool:
    """Return True for a page's call to its reader to watch, read, listen, click or
    subscribe ("Watch "World News with Diane Sawyer" for more on this story tonight on
    ABC.", "Click here for ..."), not the story. Other furniture (`is_furniture`: a photo
    credit, a score line) is often fused to a sentence of the story in a scrape."""
    return bool(_INSTRUCTION.match(sentence.lstrip(" \"'“‘(")))


def readers_views(body: Sequence[str], first: Sequence[bool]) -> int:
    """Return the index of the first sentence of readers' views printed after the report
    (the BBC's "Your views"), or len(body) when there are none.

    They are a run of at least _VIEWS_PARAGRAPHS paragraphs at the end, in the last two
    thirds, without a quotation mark (a reader's view is printed as it came, not quoted) and
    mostly personal: in the first or second person, asking or exclaiming ("Leave them alone,
    why ruin something ...?"). Opinion, not the news, however central its words.
    """
    paragraphs = [i for i, opens in enumerate(first) if opens] + [len(body)]
    spans = [range(a, b) for a, b in pairwise(paragraphs) if a < b]
    start = len(spans)
    while start and not any(_has_quote_mark(body[i]) for i in spans[start - 1]):
        start -= 1
    personal = [any(_personal(body[i]) for i in span) for span in spans]
    while start < len(spans) and not personal[start]:
        start += 1
    run = personal[start:]
    if len(run) < _VIEWS_PARAGRAPHS or sum(run) < _VIEWS_SHARE * len(run):
        return len(body)
    return spans[start][0] if start * 3 > len(spans) else len(body)


def round_up_end(body: Sequence[str], lead: int | None) -> int:
    """Return the index of the first score line, dateline or tour dates after the lead, or
    len(body).

    A score line ("Flames 3, Blues 2: Jarome Iginla scored ...") opens the other games of a
    round-up or a match report's scorers' list; a dateline inside the body ("... - AP Suicide
    bomber kills 3 BAGHDAD - A suicide ...") opens a news round-up's next story; a guide's
    tour dates ("Corn Hall, Dunmere, Sat; Quay Club, Valdor, Sun; ...") close its first show
    when another act's name follows them. None is the story's news.
    """
    start = 0 if lead is None else lead + 1
    lead_text = "" if lead is None else body[lead]
    return next(
        (
            i
            for i in range(start, len(body))
            if _SCORE_LINE.search(body[i])
            or _DATELINE_INSIDE.search(body[i])
            or _next_show(body[i], lead_text)
        ),
        len(body),
    )


def _next_show(sentence: str, lead: str) -> bool:
    """Return True for a guide's tour dates followed by a name the lead does not give: the
    next show's ("..., Fri Ana Reyes, On tour Ana Reyes" after a lead on Tom Brandt)."""
    last = _LAST_DAY.search(sentence)
    if len(_TOUR_DAY.findall(sentence)) < _TOUR_DAYS or last is None:
        return False
    named = set(_CAPITALISED.findall(sentence[last.end() :])) - {"On"}
    return bool(named) and not named & set(_CAPITALISED.findall(lead))


def repeated_label_end(body: Sequence[str], lead: int | None) -> int:
    """Return the index of the first short sentence after the lead that the body prints
    again, or len(body) when there is none.

    A round-up of links closes each item on the same label ("Watch Video Report."): the
    items after the first one's label are other stories, never the first one's summary.
    """
    seen: dict[str, int] = {}
    for sentence in body:
        seen[sentence] = seen.get(sentence, 0) + 1
    start = 0 if lead is None else lead + 1
    return next(
        (
            i
            for i in range(start, len(body))
            if seen[body[i]] > 1 and _LABEL_WORDS <= len(_WORD.findall(body[i])) < _SENTENCE_WORDS
        ),
        len(body),
    )


def without_photo_credit(sentence: str) -> str:
    """Return a sentence without the photo credit a scrape ran into its start ("François
    Lenoir/Reuters A Catholic policeman ..."): a name, a slash and an agency or outlet."""
    credit = _SLASH_CREDIT.match(sentence)
    if credit and is_news_source(credit.group("source")):
        return sentence[credit.end() :]
    return sentence


def _has_quote_mark(sentence: str) -> bool:
    return any(mark in sentence for mark in '"“”')


def _personal(sentence: str) -> bool:
    """Return True for a sentence a reader writes, not a reporter: "I", "you", "?" or "!"."""
    return (
        in_first_person(sentence)
        or addresses_reader(sentence)
        or is_question(sentence)
        or sentence.rstrip("\"'”’) ").endswith("!")
    )


def is_aside(sentence: str) -> bool:
    """Return True for a sentence wholly in brackets: an aside or an editor's note
    ("(Corrects website name in 21st paragraph.)"), never news of its own."""
    stripped = sentence.strip()
    return stripped.startswith(("(", "[")) and stripped.rstrip(".").endswith((")", "]"))


def quoted_share(sentence: str) -> float:
    """Return the share of a sentence's words inside quotation marks."""
    total = len(_WORD.findall(sentence))
    return 1 - len(_WORD.findall(outside_quotes(sentence))) / total if total else 0.0


def in_first_person(sentence: str) -> bool:
    """Return True when the writer speaks as "I" outside any quotation: a columnist's or
    reviewer's aside ("I started writing about neutrinos because I love them."), not news."""
    return bool(_FIRST_PERSON.search(outside_quotes(sentence)))


def speaks_as_we(sentence: str) -> bool:
    """Return True when the writer speaks as "we" outside any quotation."""
    return bool(_WRITER_WE.search(outside_quotes(sentence)))


def _plain_quotes(sentence: str) -> str:
    """Return a sentence with its quote marks undoubled: a CSV export doubles every mark
    ('""'), and some papers close a quotation with two apostrophes (“The Last Hippie,’’)."""
    return sentence.replace('""', '"').replace("’’", "”").replace("‘‘", "“")


def addresses_reader(sentence: str) -> bool:
    """Return True when the writer speaks to the reader as "you" outside any quotation:
    a teaser ("Ever wondered how many calories are in your food?") or advice, not news."""
    return bool(_SECOND_PERSON.search(outside_quotes(sentence)))


def outside_quotes(sentence: str) -> str:
    """Return a sentence without its quotations, one left open running to the end."""
    return _QUOTED.sub(" ", _plain_quotes(sentence))


def is_prose(sentence: str) -> bool:
    """Return True when enough of a sentence's words are in lower case to make it prose."""
    words = _WORD.findall(sentence)
    return bool(words) and sum(w[0].islower() for w in words) >= _LOWER_SHARE * len(words)


class BodyChecks:
    """What a summary asks of each sentence of one body, each answer worked out once.

    `candidates`, `companions_of_the_one_before` and the summary's choice ask whether a
    sentence is fit to follow a lead and how it stands alone several times over: 200 BBC
    articles asked `standing_alone` about 8,000 times of 3,100 sentences. The answers live
    as long as the body's summary, not in a cache keyed on sentences across articles.
    """

    def __init__(self, body: Sequence[str]) -> None:
        self.body = body
        self._quoted: list[bool] | None = None
        self._fit: dict[int, bool] = {}
        self._alone: dict[int, str | None] = {}

    def quoted(self, i: int) -> bool:
        """Return True when sentence `i` starts inside a quotation an earlier one opened
        (`inside_quotes`)."""
        if self._quoted is None:
            self._quoted = inside_quotes(self.body)
        return self._quoted[i]

    def fit_to_follow(self, i: int) -> bool:
        """Return True when sentence `i` is fit to follow a lead (`_fit_to_follow`), a
        quotation an earlier sentence opened counted."""
        if i not in self._fit:
            self._fit[i] = _fit_to_follow(self.body[i], self.quoted(i))
        return self._fit[i]

    def up_to(self, end: int) -> BodyChecks:
        """Return the checks of the body's first `end` sentences, with the answers about
        them already worked out: whether a sentence starts inside a quotation depends only
        on the sentences before it."""
        part = BodyChecks(self.body[:end])
        if self._quoted is not None:
            part._quoted = self._quoted[:end]
        part._fit = {i: fit for i, fit in self._fit.items() if i < end}
        part._alone = {i: alone for i, alone in self._alone.items() if i < end}
        return part

    def standing_alone(self, i: int) -> str | None:
        """Return sentence `i` as it can stand alone, or None (`standing_alone`)."""
        if i not in self._alone:
            self._alone[i] = standing_alone(self.body[i])
        return self._alone[i]


def candidates(
    body: Sequence[str], lead: int | None, *, checks: BodyChecks | None = None
) -> list[int]:
    """Return the indexes of the sentences that may follow the lead: after it, standing alone
    (or, right after the lead, leaning on it for their subject alone: "It took $42.8m ..."),
    not inside a quotation opened in a sentence before. `checks` holds the answers for
    `body` already worked out."""
    after = -1 if lead is None else lead
    checks = BodyChecks(body) if checks is None else checks
    return [
        i
        for i in range(after + 1, len(body))
        if checks.fit_to_follow(i)
        and (
            checks.standing_alone(i) is not None
            or (i == after + 1 and lead is not None and continues_its_subject(body[i]))
        )
    ]


def companions_of_the_one_before(
    body: Sequence[str], lead: int | None, *, checks: BodyChecks | None = None
) -> list[int]:
    """Return the indexes of the sentences after the lead that read right after the one
    before them in the article and only there: they open on a subject pronoun or a
    demonstrative standing for what that one told ("He said ...", "This means ..."), and
    are otherwise fit to follow a lead. `candidates` leaves them out: they never stand alone.
    """
    after = -1 if lead is None else lead
    checks = BodyChecks(body) if checks is None else checks
    return [
        i
        for i in range(after + 2, len(body))
        if checks.fit_to_follow(i)
        and checks.standing_alone(i) is None
        and _opens_on_what_came_before(body[i], _names_a_person(body, i - 1))
    ]


def _names_a_person(body: Sequence[str], i: int) -> bool:
    """Return True when sentence `i` names someone in full, a first name then a surname
    ("Transport spokesman Alan Birch said ..."), not a day ("Christmas Day")."""
    return any(
        _first_name(m.group(1), body) and m.group(2).lower() not in _DAY_WORDS
        for m in _FULL_NAME.finditer(body[i])
    )


def _fit_to_follow(sentence: str, quoted: bool) -> bool:
    """Return True for a sentence of prose a lead may have after it: long enough, not inside
    a quotation, no aside, subheading, furniture, question, exclamation, ellipsis, unanswered call,
    first or second person."""
    return (
        len(sentence.split()) >= _SENTENCE_WORDS
        and not quoted
        and is_prose(sentence)
        and not is_aside(sentence)
        and not opens_on_a_subhead(sentence)
        and not is_furniture(sentence)
        and not is_question(sentence)
        and not _exclaims_or_trails_off(sentence)
        and not _NO_ANSWER.search(sentence)
        and not in_first_person(sentence)
        and not speaks_as_we(sentence)
        and not addresses_reader(sentence)
    )


def _exclaims_or_trails_off(sentence: str) -> bool:
    """Return True for the writer's own exclamation ("Welcome back, readers!"), a cheer or
    a deck's pitch, or a line trailing off on an ellipsis ("... comes with an umbrella..."),
    a teaser cut short: neither is a fact. A speaker's exclamation is in quotation marks."""
    end = outside_quotes(sentence).rstrip(" )")
    return end.endswith(("!", "...", "…"))


def _opens_on_what_came_before(sentence: str, person_before: bool) -> bool:
    """Return True for "He said ...", "They tested ...", "This is partly because ...": a
    subject pronoun or a demonstrative opens the sentence, and a "he" or "she" has someone
    named in full in the sentence before to stand for ("Vince Cable said ... He said ...")."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(sentence[:200])]
    if not words:
        return False
    first = words[0].split("'")[0]
    if first in ("he", "she"):
        return person_before
    return first in _SUBJECT_PRONOUNS | _DEMONSTRATIVES


def continues_its_subject(sentence: str) -> bool:
    """Return True for a sentence that leans only through a subject pronoun standing for the
    subject of the sentence before it ("It took $42.8m at the weekend."): right after the
    lead it tells the lead's own news, the key figure often, and reads as the article does."""
    first, _, rest = sentence.partition(" ")
    if first.lower() not in _SUBJECT_PRONOUNS or not rest:
        return False
    return not leans_on_context(f"Someone {rest}")


def inside_quotes(body: Sequence[str]) -> list[bool]:
    """Return, for each sentence, whether it starts inside a quotation an earlier one opened.

    '"I have to defend what is mine. In England you are punished for it."' splits into two
    sentences; the second is the speaker's, though no mark says so. A sentence that opens on
    a quote mark starts a quotation of its own (a quote running on into a new paragraph).
    """
    out: list[bool] = []
    open_quote = False
    for sentence in body:
        text = _plain_quotes(sentence)
        if text.lstrip()[:1] in ('"', "“"):
            open_quote = False
        out.append(open_quote)
        for ch in text:
            if ch == '"':
                open_quote = not open_quote
            elif ch in "“”":
                open_quote = ch == "“"
    return out


# Titles that stand before a surname ("Ms Kelly", "President Obama"), never first names: a
# reader who met "President Obama" knows who "Obama" is.
_NAME_TITLES = frozenset(
    """
    mr mrs ms miss dr prof sir dame lord lady president senator sen governor gov chancellor
    minister secretary judge justice coach manager captain general prince princess king queen
    pope father rev
    """.split()
)
# Capitalised words before a name that are dates or quantifiers, not first names: "On 10
# January Cellnet", "Both Boeing and Airbus".
_NOT_FIRST_NAMES = WEEKDAYS | frozenset(
    """
    january february march april may june july august september october november december
    both either neither every many
    """.split()
)
# A capitalised name word, Latin-1 letters included: "Schönert", "Müller", "José", with a
# capital inside it too: "MacKenzie", "McClement", "DeWitt", "O'Brien".
_NAME = "(?:O['’])?[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
# A surname standing alone: "Pell", "O'Brien", "Lee-Roe".
_LONE_NAME = re.compile(rf"{_NAME}(?:-{_NAME})?")
# A surname, maybe double-barrelled ("Lee-Roe") or after the capitalised particle its
# family writes before it ("La Rocca", "De Souza", "Van der Berg"): a particle is no first
# name, so "La Rocca said" calls by surname alone the "Jane La Rocca" a sentence before
# introduced.
_SURNAME = (
    r"(?:(?:De|Di|Da|Du|Del|Della|La|Le|Van|Von)\s+(?:(?:de[nr]?|la)\s+)?)?" + _LONE_NAME.pattern
)
# A name, maybe after a title, for a sentence's subject: "Davis had ...", "Ms Kelly, 40, ...".
_NAMED_SUBJECT = re.compile(
    r"(?:(?P<title>Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?\s+)?"
    rf"(?P<name>{_SURNAME})(?=\s+[a-z]|,)"
)
# Verbs of saying that follow or precede a speaker: "Pell said", "Roe noted", "Brandt
# claimed", "wrote Smith".
_SAYING = (
    r"(?:said|says|added|adds|told|tells|noted|notes|claimed|claims|explained|explains"
    r"|argued|argues|insisted|insists|warned|warns|stressed|stresses|admitted|admits"
    r"|conceded|concedes|recalled|recalls|wrote|writes)"
)
# A person called by surname alone inside a sentence: after a title ("to Mr Hogan"), after
# a verb of saying ("said White"), before one ('..." Pell said.', "but Roe noted") or as the
# subject of a clause described ("..., and Pell, who also coached Brandt, ..."), no first
# name before it.
_SURNAME_MENTION = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?P<titled>{_SURNAME})\b"
    rf"|\b{_SAYING}\s+(?P<speaker>{_SURNAME})\b(?!\s+[A-Z])"
    rf"|(?<![A-Za-z.]\s)(?<![A-Z]\w)\b(?P<speaking>{_SURNAME})\s+{_SAYING}\b"
    rf"|\b(?:and|but|while)\s+(?P<described>{_SURNAME}),\s+who\b"
    # A clause's speaker after a conjunction: "..., but Roe said the shop's success ...".
    rf"|\b(?:but|while|although|though|because|when|as)\s+(?P<joined>{_SURNAME})\s+{_SAYING}\b"
)
# A person's age set off by commas after what they are called: "The prince, 20, ...".
_AGE_APPOSITION = re.compile(r",\s*\d{1,3},")
# A person told only by age: "The 31-year-old Scot", "The 52-year-old's enthusiasm".
_AGE_DESCRIPTION = re.compile(r"The \d+-year-old\b")
# A first name and a surname: "Dougie Walker", "Jimmy Connors".
_NAMES_SOMEONE = re.compile(rf"\b{_NAME}\s+(?:[A-Z]\.\s+)?{_NAME}\b")
# The same, with the first name apart: whether it may be one is `_first_name`'s to say.
_FULL_NAME = re.compile(rf"\b({_NAME})\s+(?:[A-Z]\.\s+)?({_NAME})\b")
# A day's name is no surname: "Christmas Day", "Good Friday", "New Year".
_DAY_WORDS = WEEKDAYS | MONTHS | {"day", "eve", "year"}
# "The prince, 20, apologised ...", "The network has ...", "The label's blouses ...": a
# definite noun for the subject, or for whose it is.
_DEFINITE_SUBJECT = re.compile(
    r"The (?:[a-z]+-[a-z]+\s+)?(?P<noun>[a-z]+)"
    r"(?:(?P<possessive>['’]s)|(?P<apposition>,[^,]{1,40},)?\s+(?P<adverb>[a-z]+ly\s+)?(?P<next>\w+))"
)
# A demonstrative or "either" before a noun points at a thing told before: "this issue",
# "these zones", "on either issue yet", "such findings"; an adjective may come between
# ("these errant electrons").
_POINTING_DETERMINERS = frozenset(("this", "these", "those", "either", "neither", "such"))
# "That" is left out: it opens clauses ("said that farmland ...", "a game that merely
# ...") far more often than it points back ("Since that inquiry began").
# Times pointed at ("these days", "at this point") tell when, not what.
_POINTED_TIMES = _TIMES | frozenset("day date time point stage moment night hour period".split())
# "Such ... as" gives its own examples ("such positive actions as career training").
_SUCH_AS = re.compile(r"^(?:\s+[\w'’-]+){0,3}\s+as\b")
# A group told by its number points at the people or sides a sentence before named: "the
# two men", "the pair", "the trio". Their names must be told first, or the group's noun
# ("Two trade unions ..." before "the two unions"). "The three months to December" is a
# time, no group.
_GROUP = re.compile(
    r"\bthe\s+(?P<group>two|pair|duo|three|trio)\b(?!-)(?:\s+(?P<next>[a-z]+))?(?:\s+(?P<after>[a-z]+))?",
    re.I,
)
_GROUP_SIZES = {"two": 2, "pair": 2, "duo": 2, "three": 3, "trio": 3}
# A sentence giving the group's number introduces it too: "Three of the five nominees were
# British" before "the trio attended ...".
_NUMBER_WORDS = {2: re.compile(r"\b(?:two|both)\b", re.I), 3: re.compile(r"\bthree\b", re.I)}
# "All this" with no noun after it stands for what the sentence before told: "The effect
# of all this is ..." ("all that" often opens a clause: "all that remains is ...").
_ALL_THIS = re.compile(r"\ball this\b", re.I)
# A run of capitalised words inside a sentence: a name ("Michael Howard", "Israel").
_NAME_RUN = re.compile(r"(?<![\w'’])[A-Z][\w'’&.-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’&.-]*)*")
# Word classes that show the word after a demonstrative is no noun: "those outside", "this
# will".
_NOT_NOUNS = frozenset(("ADP", "ADV", "AUX", "PRON", "DET"))
# Words that show the noun before them is the whole subject, not the first of a phrase
# ("The new road bridge ..."): an auxiliary, a modal or a verb of saying.
_VERBS_AFTER_SUBJECT = frozenset(
    """
    has have had is was were are will would could can may might must should said says
    told added insisted denied admitted believes believed
    """.split()
)


# What `introduced_by` gives for a sentence no summary can hold: no sentence before it
# tells both whom it names and what it points at.
NEVER = frozenset({-1})


def introduced_by(body: Sequence[str], i: int, *, groups: bool = True) -> frozenset[int]:
    """Return the earlier sentences, one of which must come with sentence `i` into a summary.

    Its subject is a surname ("Davis had ...", "Ms Kelly has ...") whose full name ("Tony
    Davis") an earlier sentence gives, or a definite noun ("The prince, 20, apologised ...")
    an earlier sentence introduced ("Prince Harry"); or it quotes or names a person by
    surname alone ('..., said Pell.', "... to Mr Hogan", "and Pell, who ...") introduced
    earlier. The subject may follow an opening phrase, with or without a comma ("In a report
    published last July the cross-party committee ..."). Empty when it names them itself.

    What it points at ("either issue", "such findings", "the two men", "all this") must
    be named before it too; NEVER when no one sentence before names both.
    """
    who = _who_introduced(body, i)
    pointed = _pointed_introduced(body, i, groups=groups)
    if pointed is None:
        return who
    if not who:
        return pointed
    # The person and the thing pointed at ("Myers had two of those hits") must both be
    # told before: only a sentence telling both can come with this one.
    return (who & pointed) or NEVER


def _who_introduced(body: Sequence[str], i: int) -> frozenset[int]:
    """Return the sentences before `i` introducing the person it names as known."""
    for clause in subject_clauses(body[i]):
        needed = (
            _surname_introduced(body, i, clause)
            or _noun_introduced(body, i, clause)
            or _person_described(body, i, clause)
        )
        if needed:
            return needed
    return _person_introduced(body, i)


def _pointed_introduced(
    body: Sequence[str], i: int, *, groups: bool = True
) -> frozenset[int] | None:
    """Return the sentences before `i` naming what it points at ("this plan", "the two
    men"), None when it points at nothing; groups told by number only when asked."""
    noun = demonstrative_noun(body[i])
    if noun is not None:
        return _naming(body, i, noun)
    if i > 0 and _ALL_THIS.search(outside_quotes(body[i])):
        return frozenset({i - 1})
    return _group_introduced(body, i) if groups else None


def subject_clauses(sentence: str) -> list[str]:
    """Return where the sentence's subject may open: at its start and, after an opening
    phrase with or without a comma ("In a report published last July the committee ..."),
    past it, capitalised as a sentence start."""
    sentence = sentence.lstrip(" \"'“‘(")
    opening = _OPENING_PHRASE.match(sentence) or _UNMARKED_PHRASE.match(sentence)
    starts = (0, opening.end()) if opening else (0,)
    clauses = [sentence[start:] for start in starts]
    return [clause[:1].upper() + clause[1:] for clause in clauses]


def left_unintroduced(body: Sequence[str], i: int) -> bool:
    """Return True when sentence `i` calls its subject as someone already known ("The
    prince, 20, ...", "Ms Kelly has ...", "The 31-year-old ...") without saying who. It is
    asked of a sentence `introduced_by` finds no introduction for: none before it says who.

    A thing pointed at ("these zones", "either issue") that no sentence before names leans
    on a sentence a summary cannot hold. A definite noun a reader can place from the lead
    ("The firm, which floated in 2003, ...", "The film's producer") stands alone; a person
    told by title or age alone cannot.
    """
    for clause in subject_clauses(body[i]):
        definite = _DEFINITE_SUBJECT.match(clause)
        if _AGE_DESCRIPTION.match(clause) or (
            definite and _AGE_APPOSITION.fullmatch(definite["apposition"] or "")
        ):
            return True
        named = _NAMED_SUBJECT.match(clause)
        if named and named["title"] not in (None, "Lord", "Lady"):  # "Lord Woolf" is in full
            return not _gives_full_name(body[i], named["name"], body)
    return _pointed_introduced(body, i) == frozenset()


def _surname_introduced(body: Sequence[str], i: int, clause: str) -> frozenset[int]:
    """Return the sentences before `i` that give in full the surname `clause` opens on."""
    match = _NAMED_SUBJECT.match(clause)
    if not match:
        return frozenset()
    if not match["title"] and _written_in_lower_case(match["name"], body):
        return frozenset()  # a word written in lower case elsewhere ("Sales rose") is no name
    return _full_name_before(body, i, match["name"])


def _person_described(body: Sequence[str], i: int, clause: str) -> frozenset[int]:
    """Return the sentences before `i` naming someone in full, when `clause` opens on a
    person told only by age ("The 31-year-old Scot was ..."): one of them says who."""
    if not _AGE_DESCRIPTION.match(clause):
        return frozenset()
    return frozenset(j for j in range(i) if _NAMES_SOMEONE.search(body[j]))


def _person_introduced(body: Sequence[str], i: int) -> frozenset[int]:
    """Return the sentences before `i` giving in full a person sentence `i` calls by surname
    alone, after a title ("Mr Hogan"), as a speaker ("said Pell", "Roe said") or anywhere
    else in it (`_surname_inside`)."""
    for match in _SURNAME_MENTION.finditer(body[i]):
        name = next(n for n in match.groupdict().values() if n)
        if not match["titled"] and _written_in_lower_case(name, body):
            continue
        if _gives_full_name(body[i], name, body):
            continue
        needed = _full_name_before(body, i, name)
        if needed:
            return needed
    return _surname_inside(body, i)


def _surname_inside(body: Sequence[str], i: int) -> frozenset[int]:
    """Return the sentences before `i` giving in full a person sentence `i` names by surname
    alone anywhere past its first word ("The way Pell was missing the ball ...", "seized
    Roe's car"): a reader of a summary without them does not know who that is."""
    words = list(_WORD.finditer(body[i]))
    for k in range(1, len(words)):
        name = words[k].group().removesuffix("'s").removesuffix("’s")
        if (
            _LONE_NAME.fullmatch(name)
            and _alone_in_its_name(body[i], words, k)
            and name.lower() not in STOPWORDS
            # The plain test first: most names ("London", "Labour") follow no capital before.
            and any(_after_a_capital(name, body[j]) for j in range(i))
            and not _gives_full_name(body[i], name, body)
            and not _written_in_lower_case(name, body)
        ):
            needed = _full_name_before(body, i, name)
            if needed:
                return needed
    return frozenset()


def _after_a_capital(name: str, sentence: str) -> bool:
    """Return True when the sentence has the name right after a capitalised word, as a
    surname after a first name ("Tony Davis"); a plain test, no pattern built."""
    at = sentence.find(f" {name}")
    while at > 0:
        before = sentence[:at].rsplit(None, 1)
        if before and before[-1][:1].isupper():
            return True
        at = sentence.find(f" {name}", at + 1)
    return False


def _alone_in_its_name(sentence: str, words: Sequence[re.Match[str]], k: int) -> bool:
    """Return True when word `k` is a name of one word: no capitalised word right before or
    right after it ("the Valmora Quartet" is one name, "Tony Davis" another)."""
    before = words[k - 1].group()[:1].isupper()
    after = k + 1 < len(words) and words[k + 1].group()[:1].isupper()
    gap = sentence[words[k].end() : words[k + 1].start()] if k + 1 < len(words) else ""
    return not before and not (after and gap.strip() == "")


def demonstrative_noun(sentence: str) -> str | None:
    """Return the stem of a noun a sentence points at as told before ("these zones",
    "either issue", "such findings", "these errant electrons") and does not name earlier
    itself, None when there is none. Quotations are left out: a speaker's "this" points at
    what the speaker sees, and a quotation after "this" names the thing ("this "panic
    button" app")."""
    text = _QUOTED.sub(" Quoted ", _plain_quotes(sentence))
    words = [(m.group(), m.start()) for m in _WORD.finditer(text)]
    for k, (_, start) in enumerate(words):
        if not _points_as_determiner(words, k, text):
            continue
        noun = _pointed_noun([w for w, _ in words[k + 1 : k + 3]])
        if noun is not None and noun not in {stem(w) for w in _WORD.findall(text[:start])}:
            return noun
    return None


def _points_as_determiner(words: Sequence[tuple[str, int]], k: int, text: str) -> bool:
    """Return True for a word that points back as a determiner: "this", "either", "such"
    with no "as" giving its examples."""
    word, start = words[k][0].lower(), words[k][1]
    if word == "such":
        return not _SUCH_AS.match(text[start + len(word) :])
    return word in _POINTING_DETERMINERS


def _pointed_noun(after: Sequence[str]) -> str | None:
    """Return the stem of the noun after a determiner, past one adjective ("errant"), None
    for no noun ("those outside", "this will") or a time ("this year", "these days")."""
    if len(after) > 1 and word_classes(after[0].lower()) == {"ADJ"}:
        after = after[1:]
    if not after:
        return None
    word = after[0].lower().replace("’", "'").split("'")[0]  # "this year's" is "this year"
    classes = word_classes(word)
    # A word in lower case the lexicon does not hold is a noun it lacks ("neighbourhood");
    # one in capitals a name ("this DVD").
    unknown = not classes and after[0].islower()
    if word in STOPWORDS or not (unknown or "NOUN" in classes) or classes & _NOT_NOUNS:
        return None
    if word in _POINTED_TIMES:
        return None
    return stem(word)


def _group_introduced(body: Sequence[str], i: int) -> frozenset[int] | None:
    """Return the sentences before `i` naming the people or sides "the two men", "the pair"
    or "the trio" stands for, None when sentence `i` names no such group or names them
    itself ("The two companies held talks after Foster's bought a stake in Southcorp")."""
    match = _GROUP.search(outside_quotes(body[i]))
    if not match:
        return None
    noun = _group_noun([w.lower() for w in (match["next"], match["after"]) if w])
    if noun in _POINTED_TIMES:
        return None  # "the three months to December": a time, no group
    size = _GROUP_SIZES[match["group"].lower()]
    if _names_told(body[i]) >= size:
        return None
    told = _naming(body, i, stem(noun)) if noun else frozenset()
    return told | frozenset(
        j for j in range(i) if _names_told(body[j]) >= size or _NUMBER_WORDS[size].search(body[j])
    )


def _group_noun(after: Sequence[str]) -> str | None:
    """Return the noun of a group told by its number ("men", "DJs", "earlier films"), None
    for none ("the pair had")."""
    if len(after) > 1 and "ADJ" in word_classes(after[0]) and "NOUN" not in word_classes(after[0]):
        after = after[1:]
    if not after or after[0] in STOPWORDS:
        return None
    classes = word_classes(after[0])
    return after[0] if not classes or "NOUN" in classes else None


def _names_told(sentence: str) -> int:
    """Return how many different names a sentence gives, past its first word: runs of
    capitalised words that are no date, title or pointing word."""
    text = outside_quotes(sentence)
    first = _WORD.search(text)
    names = set()
    for match in _NAME_RUN.finditer(text):
        if first and match.start() == first.start():
            continue
        name = match.group().lower().rstrip(".")
        if name not in STOPWORDS | _POINTING | _NAME_TITLES | _NOT_FIRST_NAMES and name != "i":
            names.add(name)
    return len(names)


def _naming(body: Sequence[str], i: int, noun: str) -> frozenset[int]:
    """Return the sentences before `i` with a word of the stem `noun`."""
    return frozenset(j for j in range(i) if noun in {stem(w) for w in _WORD.findall(body[j])})


def _written_in_lower_case(name: str, body: Sequence[str]) -> bool:
    """Return True when the text writes the word in lower case too: "Sales" is no surname."""
    lower = name.lower()
    # The plain test first: most sentences lack the letters, and it is far cheaper.
    return any(lower in s and whole_word(lower).search(s) for s in body)


def _gives_full_name(sentence: str, name: str, body: Sequence[str]) -> bool:
    """Return True when a sentence gives a first name before the surname ("Tony Davis")."""
    if name not in sentence:
        return False  # the plain test first: no pattern built for a name said nowhere before
    return any(_first_name(m.group(1), body) for m in _full_name(name).finditer(sentence))


def _full_name(name: str) -> re.Pattern[str]:
    """Return the pattern of a first name, maybe an initial, then the surname `name`."""
    return compiled(rf"\b({_NAME})\s+(?:[A-Z]\.?\s+)?{re.escape(name)}\b")


def _noun_or_plural(noun: str) -> re.Pattern[str]:
    """Return the pattern of `noun` or its plural in "-s", in any case, as whole words."""
    return compiled(rf"\b{re.escape(noun)}s?\b", re.IGNORECASE)


def _full_name_before(body: Sequence[str], i: int, name: str) -> frozenset[int]:
    """Return the sentences before `i` that give a first name before the surname."""
    return frozenset(j for j in range(i) if _gives_full_name(body[j], name, body))


def _first_name(word: str, body: Sequence[str]) -> bool:
    """Return True when a capitalised word before a surname may be a first name: not a
    title, a date or a word the text writes in lower case ("Both Boeing and Airbus")."""
    lower = word.lower()
    if (
        lower in _NAME_TITLES
        or lower in _NOT_FIRST_NAMES
        or lower in STOPWORDS
        or lower in _POINTING
    ):
        return False
    return not _written_in_lower_case(word, body)


def _verb_after_subject(word: str) -> bool:
    """Return True for a word that shows the noun before it is the whole subject: an
    auxiliary or a verb form that is no noun ("The commission found ...")."""
    return word in _VERBS_AFTER_SUBJECT or is_past_form(word) or is_verb_form(word)


def _noun_introduced(body: Sequence[str], i: int, clause: str) -> frozenset[int]:
    """Return the sentences before `i` that name the noun of a subject "The <noun>"; only the
    latest when the subject is described: "The prince, 20," after "Prince Philip ... Prince
    Harry" is Harry."""
    match = _DEFINITE_SUBJECT.match(clause)
    if not match or not (
        match["possessive"]
        or match["apposition"]
        or match["adverb"]  # "The network apparently hopes": an adverb comes before a verb
        or _verb_after_subject(match["next"])
    ):
        return frozenset()
    noun = _noun_or_plural(match["noun"])
    named = [j for j in range(i) if noun.search(body[j])]
    if named and match["apposition"]:
        return frozenset(named[-1:])  # a person described stands for the latest one named
    return frozenset(named)
