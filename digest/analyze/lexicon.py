"""General English knowledge for keywords and topics; nothing here is learned from a corpus.

- How common a word is in English at large: `wordfreq` (frequencies pooled from many kinds
  of text; its small English list, read once, offline).
- Whether a word is only ever a verb form ("told", "named", "showed"): `lemminflect`'s
  lexicon, offline. A noun phrase never holds one, so a phrase that does crossed a clause.
- Closed word classes, reporting verbs and titles: short lists, written here by hand.
- News agencies and outlets, and names that mean one place or body ("UK", "Britain",
  "British"): package data in `data/`, written from general knowledge.

The two libraries are imported on first use: a rebuild from the cache analyses nothing.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources

from digest.analyze.lemma_tables import all_lemmas
from digest.analyze.text import STOPWORDS

# Said of what someone said: attribution, never a subject. Every form a reporter uses.
REPORTING_VERBS = frozenset(
    """
    say says said saying tell tells told telling report reports reported reporting
    announce announces announced announcing add adds added adding claim claims claimed
    note notes noted state states stated confirm confirms confirmed deny denies denied
    warn warns warned explain explains explained insist insists insisted argue argues
    argued describe describes described reveal reveals revealed name names named call
    calls called ask asks asked admit admits admitted suggest suggests suggested quote
    quoted write writes wrote written accord according urge urged urges estimate
    estimated predict predicted comment commented reply replied respond responded
    acknowledge acknowledged declare declared
    """.split()
)
# How a report was made, never a subject alone: "anonymity" of "speaking on condition of
# anonymity", "spokesman", "interview".
SOURCING_NOUNS = frozenset(
    """
    spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople anonymity
    interview interviews briefing briefings remarks comment comments tweet tweets
    """.split()
)
# How people take news, or that it was made, said of any story: never its subject alone
# ("speculation", "concern", "announcement"); in a phrase it may be ("takeover speculation").
RESPONSE_NOUNS = frozenset(
    """
    speculation concern concerns fear fears worry worries hope hopes optimism pessimism
    rumour rumours rumor rumors expectation expectations announcement announcements
    reaction reactions response responses criticism praise involvement
    """.split()
)
# Who a report may cite: a source when a reporting verb is beside it ("a witness told
# AFP", "the agency added"), a subject otherwise ("witnesses giving evidence in courts").
CITED_NOUNS = frozenset(
    """
    witness witnesses agency agencies official officials source sources statement
    statements reporter reporters correspondent correspondents
    """.split()
)
# What a report calls a body it has named, to say it again ("the firm", "the side", "the
# retailer"): never a subject alone; the name is the keyword.
STAND_IN_NOUNS = frozenset(
    """
    firm firms company companies group side team club band carrier airline retailer giant
    maker lender insurer chain brand
    """.split()
)
# Words that carry grammar, not a subject: pronouns and their contractions, determiners,
# quantifiers, conjunctions and sentence adverbs. With STOPWORDS, never a name or keyword.
FUNCTION_WORDS = STOPWORDS | frozenset(
    """
    i i'm i've i'd i'll you're you've you'd you'll we're we've we'd we'll they're they've
    they'd they'll he's she's it's that's there's here's what's who's let's us him hers
    ours yours theirs mine myself yourself himself herself itself ourselves themselves
    many much few several every either neither both another whatever whoever whichever
    if unless whether though although while whereas because since till upon within
    among amongst across along around behind beyond despite per via toward towards
    amid amidst whilst beside besides beneath throughout unlike
    meanwhile however moreover furthermore nevertheless nonetheless therefore thus hence instead
    still already even ever never always often sometimes perhaps maybe indeed yes
    according earlier later last next now today yesterday tomorrow tonight
    don't doesn't didn't won't wouldn't can't couldn't shouldn't isn't aren't wasn't
    weren't hasn't haven't hadn't mustn't shan't ain't
    mr mrs ms dr
    one two three four five six seven eight nine ten eleven twelve twenty thirty forty
    fifty hundred hundreds thousand thousands million millions billion billions
    """.split()
)
# Titles that stand before a name and are not part of it: "President Vladimir Putin" is
# about "Vladimir Putin". Royal and military ranks ("Prince Harry", "General Motors") are
# left out on purpose: they are part of the names readers know, and so is "comic" ("Comic
# Relief" is a charity, "Comic Sans" a typeface; "comedian" is the title of a person).
TITLE_WORDS = frozenset(
    """
    president minister premier secretary chancellor governor senator congressman
    congresswoman councillor councilman councilwoman alderman mayor pope sheikh emir mr
    mrs ms mx dr sir dame professor prof rev
    reverend judge ambassador envoy commissioner spokesman spokeswoman spokesperson
    executive chairman chairwoman ceo coach manager striker midfielder defender
    goalkeeper archbishop cardinal bishop inspector sergeant sgt detective lieutenant
    colonel commander admiral superintendent constable officer leader attorney surgeon lt
    solicitor
    mp mps msp mep mla mk gov sen sens rep reps col capt cmdr supt insp sgt cpl pm
    actor actress singer rapper comedian presenter author writer novelist poet
    artist painter sculptor photographer producer designer musician composer conductor
    guitarist drummer bassist footballer cricketer golfer boxer swimmer athlete sprinter
    cyclist jockey skier skater tennis-player businessman businesswoman tycoon billionaire
    entrepreneur economist analyst lawyer barrister scientist researcher historian
    """.split()
)
# Words that make a title of the title word after them: "Foreign Minister", "Vice President".
TITLE_MODIFIERS = frozenset(
    """
    prime foreign home deputy vice acting interim former shadow finance defence defense
    interior justice health education trade culture energy environment transport
    economy treasury state chief senior assistant opposition attorney surgeon first
    general party
    """.split()
)
# Words that end the name of a body: "Food and Drug Administration", "Securities and
# Exchange Commission" are one name, "Russia and China" are two.
BODY_WORDS = frozenset(
    """
    administration commission association department agency council union organization
    organisation bureau service services institute authority board committee corporation
    company party bank office foundation fund society trust group center centre university
    college school academy ministry court league federation alliance club museum hospital
    network institution coalition front movement forum partnership affairs studies
    relations sciences resources rights pact treaty
    """.split()
)
# Words that describe a name without being part of it, capitalised only when they open a
# sentence: "Former Chelsea defender", "Young UK film fans".
LEAD_INS = frozenset("former ex late fellow rival veteran young retired then".split())
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# The articles: a headline drops them, a name may hold one ("the Boerse" is a thing).
ARTICLES = frozenset({"the", "a", "an"})
# Every form of "be" but "am": before a participle it makes a verb group ("is narrowing").
BE_WORDS = frozenset("is are was were be been being".split())
# A phrase holding one is a time, not a subject: "women decades (ago)", "last year".
TIME_UNITS = frozenset(
    "year years month months week weeks day days decade decades hour hours minute minutes".split()
)
MONTHS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# "LAST_ZIPF" of the small list: a word it does not hold is rarer than this.
_RARE_ZIPF = 0.0


# The lexicon tests below run on the same words many times a sentence (every candidate,
# every name's run): each word's answer is worked out once.
@lru_cache(maxsize=65536)
def zipf(word: str) -> float:
    """Return how common a word is in English: log10 of its uses per billion words, 0 if rare.

    "the" is about 7.7, "company" 5.6, "Kenya" 4.1; a word rarer than the small list's
    floor (about 3) counts as 0.
    """
    frequency = _frequencies().get(word.lower())
    return round(math.log10(frequency) + 9, 2) if frequency else _RARE_ZIPF


@cache
def _frequencies() -> Mapping[str, float]:
    import wordfreq  # here: loading it is a third of a second

    # The small list (29,000 words) holds every word common enough to matter here, and
    # loads in a tenth of the time the large one takes.
    frequencies: Mapping[str, float] = wordfreq.get_frequency_dict("en", wordlist="small")
    return frequencies


@lru_cache(maxsize=65536)
def word_classes(word: str) -> frozenset[str]:
    """Return the parts of speech English has for a lower-case word ("NOUN", "VERB", ...).

    Empty for a word the lexicon does not hold: names mostly ("kenya", "xinhua").
    """
    return frozenset(lemma_table(word))


@lru_cache(maxsize=65536)
def lemma_table(word: str) -> Mapping[str, tuple[str, ...]]:
    """Return a lower-case word's lemmas by part of speech: "rose" is NOUN "rose" and VERB
    "rise"; empty for a word the lexicon does not hold."""
    return all_lemmas(word)


def is_inflected_noun(word: str) -> bool:
    """Return True for a lower-case word the lexicon holds as a noun other than its lemma,
    a plural: "houses", "fathoms"; not "house", "news" or a word it has as no noun."""
    return word not in lemma_table(word).get("NOUN", (word,))


@lru_cache(maxsize=65536)
def is_verb_form(word: str) -> bool:
    """Return True for a word that is only ever a verb: "told", "showed", "thanked"."""
    lower = word.lower()
    if lower in REPORTING_VERBS:
        return True
    if word_classes(lower) != {"VERB"}:
        return False
    # The lexicon misses a few plurals ("acts"): a noun's plural is a noun.
    plural = lower.endswith("s") and len(lower) > 3
    return not (
        plural and ("NOUN" in word_classes(lower[:-1]) or "NOUN" in word_classes(lower[:-2]))
    )


@lru_cache(maxsize=65536)
def is_past_form(word: str) -> bool:
    """Return True for a verb's past form that is no noun: after a noun it starts a clause
    ("residents collected", "Putin showed"); "ground" and "wound" are nouns too."""
    lower = word.lower()
    if lower.endswith(("s", "ing")) or "NOUN" in word_classes(lower):
        return False
    return _inflected_verb(lower)


def _inflected_verb(word: str) -> bool:
    lemmas = lemma_table(word).get("VERB", ())
    return bool(lemmas) and word not in lemmas


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """Return True when a word is common English, not only a name: "many", "public"."""
    lower = word.lower()
    return lower in FUNCTION_WORDS or bool(word_classes(lower))


@cache
def _agencies() -> Mapping[str, frozenset[str]]:
    data = json.loads(_data_text("agencies.json"))
    return {
        kind: frozenset(_without_article(n.casefold()) for n in data[kind])
        for kind in ("agencies", "outlets")
    }


def is_agency(name: str) -> bool:
    """Return True for a news agency: attribution ("Reuters", "Xinhua"), never a subject."""
    return _without_article(name.casefold()) in _agencies()["agencies"]


def is_news_source(name: str) -> bool:
    """Return True for an agency or outlet ("the Times" too), or a name that starts with an
    outlet's acronym ("BBC Sport") or an agency's name ("Reuters Health"): what reports
    the news is not what it is about."""
    key = _without_article(name.casefold())
    first = name.split()[0] if name.split() else name
    sources = _agencies()
    return (
        key in sources["outlets"]
        or key in sources["agencies"]
        or (first.isupper() and first.casefold() in sources["outlets"])
        # An agency's service or what a credit ran into: "Reuters Health", "Reuters A
        # Catholic" of "Lenoir/Reuters A Catholic policeman". Not "AP Moller".
        or (first != name and not first.isupper() and first.casefold() in sources["agencies"])
    )


def _without_article(key: str) -> str:
    return key[4:] if key.startswith("the ") else key


@cache
def shipped_aliases() -> Mapping[str, str]:
    """Return the shipped alias table keyed by case-folded variant (canonical names too)."""
    table: dict[str, str] = {}
    for canonical, variants in json.loads(_data_text("aliases.json"))["aliases"].items():
        for name in (canonical, *variants):
            table[name.casefold()] = canonical
    return table


def merge_aliases(user: Sequence[tuple[str, str]]) -> dict[str, str]:
    """Return the shipped table overridden by the user's (variant, canonical) pairs.

    A user's canonical name wins everywhere: when "Britain" is made canonical for "United
    Kingdom", the shipped variants of the United Kingdom ("UK", "British") follow it.
    """
    table = dict(shipped_aliases())
    chosen = {variant.casefold(): canonical for variant, canonical in user}
    chosen.update({canonical.casefold(): canonical for _, canonical in user})
    moved = {table[k]: v for k, v in chosen.items() if k in table and table[k] != v}
    table = {k: moved.get(v, v) for k, v in table.items()}
    table.update(chosen)
    return table


def _data_text(name: str) -> str:
    return resources.files("digest.analyze").joinpath("data", name).read_text("utf-8")
