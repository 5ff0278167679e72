"""Headline: the lead sentence's main clause, compressed to headlinese.

A headline states the news with a verb ("Unilever merges its two boards", "Putin to
visit Pyongyang"). The lead sentence first loses what headlines leave out (asides,
relative clauses, time phrases, a closing attribution: headline_cuts.py); then its main
clause is found and its verb group put in the present tense, or "to" for the future
(headline_clause.py). The subject and verb are fixed, with negations kept and a reported
clause kept whole behind its reporting verb (headline_frame.py). Where the object ends
is chosen among the places a phrase ends, by a ranker learned on real headlines over
cheap features (headline_cut.py, bench/learn_title.py); a headline never ends on a
stopword and stays within `max_chars`. A lead with no clause to find gets its most
headline-like run of words instead (title_span.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from digest.analyze.headline_claim import attributions, is_claim
from digest.analyze.headline_clause import find_verb, main_clause
from digest.analyze.headline_cut import Cut, cut_value, letter_words, preferred
from digest.analyze.headline_cuts import MONTHS, WIRE, clean_lead, lead_attribution
from digest.analyze.headline_frame import (
    Frame,
    headline_frame,
    headline_words,
    means_frame,
    open_subordinate,
    told_frame,
)
from digest.analyze.headline_grammar import (
    AUXILIARIES,
    CHANGE_NOUNS,
    CLAUSE_OPENERS,
    DETERMINERS,
    EDGE,
    MODALS,
    NEGATIONS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    bare,
    base_form,
    is_passive,
    is_plural_noun,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_tense import present_conjuncts, present_time_clauses
from digest.analyze.linear import LinearModel, load_model
from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS
from digest.analyze.title_features import FEATURE_NAMES
from digest.analyze.title_span import headline_text, span_title, word_odds
from digest.model import Article

_LEAD_SENTENCES = 3  # a quote, question or verbless lead gives way to the next sentence
# "more than expected", "Lord of the Rings", "agrees to pay": these carry their phrase on.
_NO_CUT_BEFORE = frozenset({"than", "of", "to"})
_COMPOUND_HEADS = frozenset({"due", "thanks", "ahead", "prior", "owing", "because", "instead"})
_COMPARING = frozenset({"rather", "other", "more", "less", "fewer"})  # "rather | than"
# "worth" opens a phrase that only its amount closes: "profit share | worth £52 each".
_PHRASE_OPENERS = PREPOSITIONS | CLAUSE_OPENERS | frozenset({"and", "or", "worth"})
_PARTICLES = frozenset("up out off down over back away on in about around through".split())
# These are prepositions as often: a particle only when nothing follows ("holds on").
_PREPOSITION_PARTICLES = frozenset("over on in about around through".split())
# A headline never ends on these: "Neutrinos because", "fell as".
_NO_CLOSE = (
    STOPWORDS
    | PREPOSITIONS
    | CLAUSE_OPENERS
    | frozenset("many much several few some any more most all both each every other such".split())
    | frozenset({"whether"})  # "court will decide whether" wants its clause
    | NEGATIONS  # "Controversy and Dallaglio are never"
    | frozenset("very too so ever also still just even".split())  # "are never very"
)
# "with regard to", "in response to", "on behalf of": the noun opens a phrase with its
# preposition, so the phrase ends before the first preposition, never after the noun.
_COMPOUND_NOUNS = frozenset(
    """
    regard respect addition response relation reference terms spite front favour favor
    behalf light wake charge place accordance connection lieu search return exchange
    """.split()
)
# Verbs that place their object somewhere: the place completes them.
_PLACING = frozenset({"put", "place", "lay", "send", "leave"})
_NEEDS_TO = frozenset({"set", "due", "poised", "expected", "able", "likely"})
# Verbs that take an object and then "to" with a verb: "urges Holmes to compete"
# (general English verb frames, as _PLACING).
_OBJECT_AND_TO = frozenset(
    "urge ask tell force allow persuade encourage order invite advise enable compel "
    "oblige require forbid permit pressure prompt cause spur inspire".split()
)
# Verbs that want "to" and a verb after them: "refusing to allow", "failed to agree"
# (general English verb frames, as _PLACING).
_TAKES_TO = frozenset(
    "refuse agree decide fail try plan promise threaten seek vow pledge aim attempt "
    "offer choose intend prepare".split()
)
# Verbs that take an object and then a bare verb: "sees its economy grow", "lets fans
# vote" (general English verb frames, as _PLACING).
_SEEING = frozenset({"see", "watch", "hear", "let", "make", "help"})
# Verbs that class their object "as" something: "sees the EU as an empire" (general
# English verb frames, as _PLACING).
_CLASSING = frozenset(
    "see regard view declare describe brand label dub hail portray depict class treat".split()
)
# Verbs that take an object and then "to" with a verb even across a phrase: "expects the
# clash with Barcelona | to be a fight" (general English verb frames, as _PLACING).
_EXPECTING = frozenset({"expect", "want"})
# Verbs that take an object and then where they lead it: "leads fraudsters | to focus on
# phone payments", "used to lull the public | into a false sense of security".
_LEADING = frozenset({"lead", "lull", "push", "drive", "tempt", "lure"})
# Verbs of motion that "into" makes one verb with its noun: "come into force", "go into
# administration", "run into trouble" (general English, as _PLACING); "continue into
# 2005" is only a time.
_GOING = frozenset({"come", "go", "fall", "run", "get", "enter"})
# Nouns that take a clause or "to" with a verb, which is the news: "express concerns |
# that Kelly's views could hamper research", "back plans | to write off debt" (general
# English noun frames, as _PLACING).
_CLAUSE_NOUNS = frozenset(
    """
    concern concerns fear fears claim claims hope hopes warning warnings attempt attempts
    bid bids failure decision plan plans promise promises pledge pledges threat threats
    refusal allegation allegations suggestion suggestions belief fact move chance
    chances opportunity way
    """.split()
)
# Verbs whose participle classes a person or thing "as" something: "after being quoted |
# as wanting", "to be treated | as criminals" (general English verb frames).
_CLASSED = frozenset(
    "quote cite name know recognise recognize identify confirm appoint elect crown choose "
    "select rank vote install".split()
)
# Verbs whose object comes with a preposition: "files for bankruptcy", "calls for
# calm", "relies on aid" (general English verb frames, as _PLACING).
_PREPOSITIONAL = frozenset(
    "file apply call bid look deal rely depend result account opt search aim focus".split()
)
# What opens an adjective's complement: "unsure whether", "hopeful of", "keen to".
_COMPLEMENT_OPENERS = frozenset({"of", "about", "that", "to", "whether", "for", "if"})
# What a participle closing the object takes after it: its agent or its means.
_AGENT_OPENERS = frozenset({"by", "with"})


@cache
def shipped_model() -> LinearModel:
    """Return the shipped word scorer, loaded once (a learn script may be rewriting it)."""
    return load_model("title", FEATURE_NAMES)


def make_title(article: Article, *, max_chars: int = 90, model: LinearModel | None = None) -> str:
    """Return the article's headline: its human title, else one made from the lead.

    `model` scores words: the shipped one unless a learn script passes the one it fits.
    """
    if article.title:
        return article.title
    model = model or shipped_model()
    sentences = [s for p in article.body for s in split_sentences(p.text)]
    if not sentences:
        return ""
    cuts = title_candidates(sentences, model, max_chars=max_chars)
    if cuts:
        return max(cuts, key=lambda cut: cut.value).text  # the first of equals: the shortest
    plain = (n for n, s in enumerate(sentences[:_LEAD_SENTENCES]) if not _is_quote_or_question(s))
    return span_title(sentences[next(plain, 0) :], model, max_chars=max_chars)


def title_candidates(sentences: Sequence[str], words: LinearModel, *, max_chars: int) -> list[Cut]:
    """Return the candidate headlines of the first lead sentence with a main clause.

    Past the lead's first sentences, the first later one with a clause stands in for a
    lead of questions, quotes and verbless frames: a headline with a verb ("Welsh legend
    Davies hails ...") beats a word picked from the lead ("Wales"). A lead that sets a
    scene ("It's safe to say ...", "... hits our screens") gives way to the next sentence
    that states news, and is kept only when none does.
    """
    fallbacks: list[list[Cut]] = []
    scene: list[Cut] = []  # a scene-setting lead's own cuts, if nothing later tells the news
    for n, sentence in enumerate(sentences):
        if n >= _LEAD_SENTENCES and (any(fallbacks) or scene):
            break
        if _is_quote_or_question(sentence):
            continue
        best = _best_cuts(sentences, n, words, max_chars=max_chars)
        if sets_scene(sentence):
            scene = scene or best
            continue
        if best and best[0].complete and (best[0].long_enough or not fallbacks):
            return best
        if n >= _LEAD_SENTENCES and best and not best[0].long_enough:
            continue  # past the lead, a short label ("Hewitt shows form") tells no news
        fallbacks.append(best)  # a later sentence may still give a whole headline
    chosen = max(fallbacks, key=_kind, default=[])
    return scene if _kind(scene) > _kind(chosen) else chosen


def _best_cuts(
    sentences: Sequence[str], n: int, words: LinearModel, *, max_chars: int
) -> list[Cut]:
    """Return the best kind of cuts sentence `n` gives, read with the sentences after it."""
    lead = [unextraposed(without_kicker(sentences[n])), *sentences[n + 1 :]]
    cuts = _sentence_cuts(lead, words, max_chars=max_chars)
    if not any(cut.long_enough for cut in cuts):
        # "Finch dies": the descriptor and given name make it a headline
        cuts += _sentence_cuts(lead, words, max_chars=max_chars, named=False)
    if not any(cut.complete for cut in preferred(cuts)):
        # "Fry joins cast of film adaptation of The Hitchhiker's Guide To The Galaxy"
        cuts += _sentence_cuts(lead, words, max_chars=max_chars, tight=True)
    # "Hunts begin on last day": a subject without the phrase after its head, when the
    # word scorer finds that phrase worth less than the words it costs
    cuts += _sentence_cuts(lead, words, max_chars=max_chars, headed=True)
    return preferred(_distinct(cuts))


def _distinct(cuts: list[Cut]) -> list[Cut]:
    """Return the cuts without repeats of a text, the first of each kept (a subject with
    nothing after its head gives the same cuts twice)."""
    seen: set[tuple[str, bool]] = set()
    out: list[Cut] = []
    for cut in cuts:
        if (cut.text, cut.complete) not in seen:
            seen.add((cut.text, cut.complete))
            out.append(cut)
    return out


def _kind(cuts: list[Cut]) -> tuple[bool, bool]:
    """Return how whole a sentence's best cuts are, for `max`: a later sentence's short
    label ("Music images") is no better than the lead's clipped headline; of equals, the
    earliest sentence."""
    return (cuts[0].long_enough, cuts[0].complete) if cuts else (False, False)


def _sentence_cuts(
    sentences: Sequence[str],
    words: LinearModel,
    *,
    max_chars: int,
    named: bool = True,
    tight: bool = False,
    headed: bool = False,
) -> list[Cut]:
    """Return the candidate headlines of the first sentence's main clause, if any; a
    `tight` one spares every word it can (clean_lead), a `headed` one names its subject
    by the head alone (headline_subject.headed_subject)."""
    tokens = clean_lead(sentences[0], sentences[1:], given_names=not named, tight=tight)
    clause = main_clause(tokens)
    if clause is None:
        return []
    odds = word_odds(tokens, sentences, words, clause)
    # "ends search by appointing Collins": the act after "by" or "before" is the news
    kind = {"named": named, "tight": tight, "headed": headed}
    frame = (
        told_frame(tokens, clause, odds, **kind)
        or means_frame(tokens, clause, odds, **kind)
        or headline_frame(tokens, clause, odds, **kind)
    )
    ways = _speaker_ways(sentences, tokens, frame)
    cuts: list[Cut] = []
    for before, after in ways:
        cuts += _cuts(tokens, frame, odds, max_chars=max_chars, said=(before, after))
        if any(cut.complete for cut in cuts):
            break  # the first way that gives a whole headline: the editor's preference
    return cuts


def _speaker_ways(
    sentences: Sequence[str], tokens: Sequence[str], frame: Frame
) -> list[tuple[str, str]]:
    """Return how the headline may name the speaker of a claim the lead closes on, as
    (before, after) pairs ("", ", says Blair"); [("", "")] when it states a fact."""
    attribution = lead_attribution(sentences[0], sentences[1:])
    if attribution is None:
        return [("", "")]
    words = [*frame.fixed, *(tokens[i] for i in frame.rest)]
    if not is_claim(attribution, words, stated=[tokens[i] for i in frame.verb_at]):
        return [("", "")]
    return attributions(attribution.source, attribution.verb) or [("", "")]


# "Korvath will try: the city council voted ...": a few words before a colon set the scene,
# and the clause after it is the news.
_KICKER = re.compile(r"^(?P<kicker>[^:;\"“]{3,50}?):\s+(?P<news>\S.*)$")
_KICKER_WORDS = 6
_NEWS_WORDS = 8


def without_kicker(sentence: str) -> str:
    """Return the sentence after a short lead-in ending on a colon, if a long clause follows."""
    match = _KICKER.match(sentence)
    if not match or len(match["kicker"].split()) > _KICKER_WORDS:
        return sentence
    news = match["news"]
    return news[:1].upper() + news[1:] if len(news.split()) >= _NEWS_WORDS else sentence


# "It could cost £80m to run the vote, ...": an empty "it" holds the subject's place and the
# thing the money goes on follows "to" and its verb; a headline names that thing first.
_EXTRAPOSED_COST = re.compile(
    r"^It (?P<verb>(?:will|would|could|may|might|can|should) cost) "
    r"(?P<figure>(?:(?:up to|about|around|nearly|almost|more than|at least|over) )?"
    r"[$£€]\d[\d,.]*(?:bn|m|k)?(?: (?:million|billion|trillion))?) to [a-z]+ "
    r"(?P<thing>[^,;:()\"“]{3,}?)(?P<rest>(?:[,;:(].*|\.)?)$"
)


def unextraposed(sentence: str) -> str:
    """Return a lead opening "It could cost FIGURE to VERB THING" as "THING could cost
    FIGURE", the rest of the sentence kept: "It will cost £2m to repair the bridge, the
    council said" -> "The bridge will cost £2m, the council said"; any other sentence as
    it is."""
    match = _EXTRAPOSED_COST.match(sentence)
    if not match:
        return sentence
    thing = match["thing"]
    return f"{thing[:1].upper()}{thing[1:]} {match['verb']} {match['figure']}{match['rest']}"


# "It's safe to say ...", "There used to be ...", "We are reaching the point ...": a lead
# that opens on an empty subject or speaks as the outlet sets a scene; the news follows.
_SCENE_OPENERS = re.compile(
    r"^(?:It(?:'s|’s| is| was| has been)|There (?:is|are|was|were|used|has|have)"
    r"|I|We|You|Imagine)\b"
)
# "After two years of previews, it's safe to say that ...": the writer's verdict, not news.
_VERDICT = re.compile(r"\bit(?:'s|’s| is) (?:safe|fair) to say\b", re.IGNORECASE)
# "have normally been", "has traditionally been": a lead telling how things usually are is
# background; the sentence after it holds what changed (general English adverbs of habit).
_HABITUAL = re.compile(
    r"^[^,;:]{0,80}?\b(?:has|have|had|is|are|was|were)\s+"
    r"(?:normally|usually|traditionally|typically|historically|generally|long)\s+been\b"
)
# "The move comes as ...", "It came days after ...": a lead that follows up news told
# elsewhere names the news only by a word pointing back to it; the next sentence says it.
_FOLLOW_UP = re.compile(
    r"^(?:The|This|That|It)\s+(?:[a-z]+\s+){0,2}(?:comes?|came)\s+"
    r"(?:as|after|amid|despite|just|only|days|weeks|months|hours|a\s+(?:day|week|month))\b"
)
# "The last 12 months have seen ...", "This year saw ...": a stretch of time as subject
# sums up a period, a feature's opening; the news and who made it follow.
_PERIOD = re.compile(
    r"^(?:(?:The|This|Last|Past)\s+)?(?:(?:last|past|previous)\s+)?(?:[a-z\d]+\s+)?"
    r"(?:years?|months?|weeks?|days?|decades?|seasons?|\d{4})\s+"
    r"(?:(?:has|have|had|will|would)\s+(?:also\s+|already\s+)?)?(?:seen|saw|sees?|see)\b"
)
# "finally hits our screens": the outlet's own voice, outside any quotation.
_FIRST_PERSON = re.compile(r"\b(?:our|my)\b")
_QUOTATION = re.compile(r"[\"“][^\"”]*[\"”]")


def sets_scene(sentence: str) -> bool:
    """Return True for a lead sentence that states no news: an empty or first-person
    subject ("It's safe to say", "We are reaching"), a follow-up or a stretch of time as
    subject ("The move comes as", "The last year has seen"), or the outlet's own voice
    ("hits our screens")."""
    if _SCENE_OPENERS.match(sentence) or _VERDICT.search(sentence):
        return True
    if _HABITUAL.search(sentence):
        return True  # "X have normally been issues ...": how things were, before the news
    if _FOLLOW_UP.match(sentence) or _PERIOD.match(sentence):
        return True  # "The move comes as ...", "The last year has seen ...": no subject
    return bool(_FIRST_PERSON.search(_QUOTATION.sub("", sentence)))


def _is_quote_or_question(sentence: str) -> bool:
    return sentence.startswith(('"', "“", "'", "‘")) or sentence.rstrip("\"'”’").endswith("?")


def _cuts(
    tokens: Sequence[str],
    frame: Frame,
    odds: Sequence[float],
    *,
    max_chars: int,
    said: tuple[str, str] = ("", ""),
) -> list[Cut]:
    """Return the frame's headlines, one for each place its object may end, each naming
    the speaker as `said` gives it ("Blair: ...", "..., says Blair") for a claim.

    A headline of MIN_WORDS or more is preferred: shorter ones are offered only when the
    clause allows nothing longer.
    """
    made: list[tuple[int, Cut, bool]] = []  # object end, cut, clipped to a reader
    for end, tier in _ends(tokens, frame.rest, frame.fixed[-1] if frame.fixed else ""):
        kept = frame.rest[:end]
        said_words = [*frame.fixed, *_in_tense(tokens, frame, kept)]
        if _degree_wants_clause(tokens, frame, end):
            del said_words[-2]  # "are so outdated | that ...": "so" promises a clause left out
        clause = headline_text(_without_copula(said_words, len(frame.fixed)))
        text = said[0] + clause + said[1]
        if len(text) > max_chars or not (_closes(clause) or _ends_phrasal(tokens, frame, end)):
            continue
        object_odds = [odds[i] for i in kept if _is_wordlike(tokens[i])]
        value = cut_value(text, tier=tier, odds=[*frame.fixed_odds, *object_odds])
        value -= _subject_cost(frame)
        if _verb_alone(tokens, frame.rest, end):
            value -= _UNPLACED_COST  # "Hanks and Howard reunite" | "for The Da Vinci Code"
        complete = _complete(tokens, frame, end)
        cut = Cut(text=text, value=value, complete=complete)
        made.append((end, cut, complete and _wanting(tokens, frame, end)))
    return _completed(made)


# "is in talks", "are at the centre of", "is among": a place or state a headline gives
# without its copula (general English prepositions of position).
_POSITIONS = frozenset({"in", "at", "among", "on", "under", "behind", "out", "up", "back"})
# Adjectives that quantify or grade rather than state ("is one of", "are so hungry").
_GRADING = STOPWORDS | frozenset({"one", "only", "first", "last", "next"})


def _without_copula(words: Sequence[str], fixed: int) -> list[str]:
    """Return a headline's words without the present copula closing its fixed words when
    a state or place follows, as wire headlines drop it: "Woodward unlikely to select",
    "Mitsubishi in talks with PSA". A noun after it stays ("Portable is top gadget")."""
    if fixed < 2 or len(words) <= fixed or words[fixed - 1] not in {"is", "are"}:
        return list(words)
    if bare(words[fixed - 2]) in SUBJECT_PRONOUNS:
        return list(words)  # "admits he is at a loss": a pronoun keeps its verb
    if _states_place(words, fixed) or _states_state(words, fixed):
        return [*words[: fixed - 1], *words[fixed:]]
    return list(words)


def _states_place(words: Sequence[str], at: int) -> bool:
    """Return True when a place or standing opens at `at` ("in talks", "due in court")."""
    after = bare(words[at])
    return (after in _POSITIONS or after == "due") and not words[at].endswith(tuple(EDGE))


def _states_state(words: Sequence[str], at: int) -> bool:
    """Return True for an adjective at `at` that closes the headline or takes a phrase
    ("unlikely to select", "unsure of"), not one before its noun ("unlikely setting")."""
    raw, after = words[at], bare(words[at])
    if raw[:1].isupper() or not after.isalpha() or after in _GRADING:
        return False
    classes = word_classes(after)
    if "ADJ" not in classes or classes & {"VERB", "NOUN"}:
        return False
    following = bare(words[at + 1]) if at + 1 < len(words) else ""
    closes = not following or raw.endswith(tuple(EDGE))
    return closes or following in PREPOSITIONS or following in {"to", "that", "and"}


def _in_tense(tokens: Sequence[str], frame: Frame, kept: Sequence[int]) -> list[str]:
    """Return the object's words, an "after" clause put in the present, and a clause
    joined by "and" too when the main verb was a simple past ("fell ... and times
    lengthened")."""
    words = present_time_clauses(headline_words(tokens, kept, opening=False))
    if len(frame.verb_at) != 1 or not frame.fixed:
        return words
    said = bare(tokens[frame.verb_at[0]])
    if said in AUXILIARIES or "VBD" not in verb_tags(said):
        return words
    verb = bare(frame.fixed[-1])
    return present_conjuncts(words, plural=verb == base_form(verb))


def _completed(made: Sequence[tuple[int, Cut, bool]]) -> list[Cut]:
    """Return the cuts with each clipped one replaced by the next longer whole cut, which
    completes its phrase and is worth at least what the clipped one was worth: the ranker
    chose how much news to tell, the reader needs the phrase closed. A shorter cut would
    keep less of that news ("says acceptance of seat" for "says acceptance of seat will
    allow him"; "revealed" for "revealed when Smith was named"), so with no longer whole
    cut the clipped one stays."""
    cuts = [cut for _, cut, _ in made]
    dropped: set[int] = set()
    for n, (end, cut, clipped) in enumerate(made):
        if clipped and (whole := _next_whole(made, end, cut)) is not None:
            cuts[whole] = replace(cuts[whole], value=max(cuts[whole].value, cut.value))
            dropped.add(n)
    return [cut for n, cut in enumerate(cuts) if n not in dropped]


def _next_whole(made: Sequence[tuple[int, Cut, bool]], end: int, cut: Cut) -> int | None:
    """Return the index of the first whole cut longer than a clipped one, if any."""
    return next(
        (
            k
            for k, (at, other, clipped) in enumerate(made)
            if at > end and other.complete and not clipped and other.long_enough >= cut.long_enough
        ),
        None,
    )


def _complete(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return False for a cut that leaves its verb or phrase wanting ("Hailey is known",
    "dies at age", "puts tax cuts" before "and ... at the centre", "to focus")."""
    rest = frame.rest
    following = bare(tokens[rest[end]]) if end < len(rest) else ""
    if _wants_clause(tokens, frame, end):
        return False  # "Busted confirm | that they ...": the verb wants its clause
    if _unclassed(tokens, frame, end):
        return False  # "sees EU | as an empire": the verb wants what it sees it as
    if end and _wh_clause_open(tokens, rest[:end], _lead_after(tokens, frame, end)):
        return False  # "to wonder why it took | so long": the clause's verb wants the rest
    if not following:
        return True
    if (following in _CONDITIONS and not _aim_follows(tokens, rest, end)) or _condition_open(
        tokens, rest[:end]
    ):
        return False  # "MPs to be thrown out | if they use Blackberries": only if they do
    if end == 0:
        verb = frame.fixed[-1].lower()
        raw = tokens[rest[0]].strip(EDGE)
        has_object = (
            following in DETERMINERS
            or raw[:1].isupper()
            or raw[:1].isdigit()
            or ("NOUN" in word_classes(following) and following not in PREPOSITIONS)
            or (following in _APPROXIMATE and _opens_figure(tokens, rest, 1))
        )  # "pushes | US crude oil prices", "lose | over 50%": a transitive verb alone
        # "networks prove | popular": a verb wants the adjective that completes it
        complement = word_classes(following) == {"ADJ"} and not raw[:1].isupper()
        return (
            not has_object
            and not complement
            # "rules come | into force", "firm goes | into administration": one verb
            and not (following == "into" and base_form(verb) in _GOING)
            and verb not in {"is", "are", "be"}
            and verb_tags(verb) != {"VBN"}
            # "bridge named | as the region's best building": what it is named is the news
            and not (following == "as" and _classed(verb))
            # "firm files | for bankruptcy protection": the verb's object is the phrase
            and not (base_form(verb) in _PREPOSITIONAL and following in PREPOSITIONS)
            # "show to be succeeded | by three shows": who acts is the news
            # "to be succeeded (in February) | by three shows": who acts is the news
            and not (
                _agent_follows(tokens, rest)
                and is_passive([bare(tokens[i]) for i in frame.verb_at])
            )
        )
    last = bare(tokens[rest[end - 1]])
    before = bare(tokens[rest[end - 2]]) if end > 1 else bare(tokens[rest[0] - 1])
    if (before == "to" or before in MODALS) and "VB" in verb_tags(last):
        return False  # "to focus" wants what it focuses on, "can win" what it wins
    acts = "NOUN" not in word_classes(last) or last.endswith("ing")  # not "backs plans | to"
    if following == "to" and acts and base_form(last) in _TAKES_TO:
        return False  # "by refusing | to allow ...": the verb wants the act it refuses
    # "Lords needs own Speaker | and that peers should ...", "breaks the 100,000 barrier |
    # and the number of new viruses grew": "and" joins two clauses, not two objects
    joins_clause = following == "and" and (
        _lead_after(tokens, frame, end + 1) == "that" or find_verb(tokens, rest[end]) is not None
    )
    if following == "of" or (
        following == "and"
        and not joins_clause
        and sum(map(_is_wordlike, _plain(tokens, rest[:end]))) <= 2
    ):
        return False
    if last == "way" and following in PREPOSITIONS and before in POSSESSIVE_PRONOUNS:
        return False  # "negotiate their way | through a tough draw": the way is the news
    if following in {"after", "before"} and last in _SPANS:
        return False  # "sell just hours | after the opening": how long after what
    counted = before in _COUNT_COMPARATIVES and "ADJ" not in word_classes(last)
    if following == "than" and counted:
        return False  # "creates fewer jobs | than expected": a count compared wants its measure
    if following == "in" and last in CHANGE_NOUNS:
        return False  # "posts 222% rise | in annual profit": a change wants what changed
    if following in PREPOSITIONS and _one_of(tokens, rest[:end]):
        return False  # "is one of the men | behind the plan": which men is the news
    if following == "to" and _urged(tokens, frame, rest[:end]):
        return False  # "urges Holmes | to compete": the verb wants what it urges
    if base_form(frame.fixed[-1].lower()) in _SEEING and "VB" in verb_tags(following):
        return False  # "sees its economy | continue to grow": the verb wants what it sees
    if following in _COMPLEMENT_OPENERS and _only_adjective(tokens, rest[:end]):
        return False  # "Wales are hopeful | of ...": the adjective wants its complement
    verb_only = word_classes(last) == {"VERB"} and not last.endswith("ing")
    # A participle closing the object, not a passive verb group ("is to be made"), wants
    # its agent or means: "recalls pump supplied | by Bosch", "vans fitted | with ...".
    participle = "VBN" in verb_tags(last) and "NOUN" not in word_classes(last)
    reduced = before not in AUXILIARIES | {"be", "been", "being"}
    if participle and reduced and following in _AGENT_OPENERS:
        return False
    # "policies aimed | at making Europe ...": a participle that is no adjective wants
    # the phrase it governs
    if participle and reduced and verb_only and following in PREPOSITIONS:
        return False
    if participle and base_form(last) in _PLACING and following in PREPOSITIONS:
        return False  # "appears to have been put | on hold": the place completes the verb
    if base_form(frame.fixed[-1].lower()) in _PLACING and _unplaced(tokens, rest[:end], following):
        return False  # "puts Liverpool" wants "on the comeback trail"
    if _placed_inside(tokens, rest[:end], following, frame.fixed[-1] if frame.fixed else ""):
        return False  # "finds way to put laser" wants "on chip"
    return not (verb_only and not verb_tags(last) & {"VBN", "VBD"})


_CONDITIONS = frozenset({"if", "unless"})
_SPANS = frozenset("seconds minutes hours days weeks months years".split())
# "fewer jobs", "more cars": a count that a "than" after it measures (general English).
_COUNT_COMPARATIVES = frozenset({"fewer", "more", "less"})
_DATE_WORDS = 3  # "in February", "on 16 March": a coming event's date, kept in its clause


def _undated(tokens: Sequence[str], kept: Sequence[int]) -> Sequence[int]:
    """Return the object kept without the date it ends on: "succeeded in February" ->
    "succeeded"; the object as it is when it ends on no month."""
    if not kept or bare(tokens[kept[-1]]) not in MONTHS:
        return kept
    start = len(kept) - 1
    if start and _DAY.fullmatch(tokens[kept[start - 1]]):
        start -= 1
    if start and bare(tokens[kept[start - 1]]) in PREPOSITIONS:
        start -= 1
    return kept[:start]


_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")


def _agent_follows(tokens: Sequence[str], rest: Sequence[int]) -> bool:
    """Return True when the object opens on "by", perhaps after the date of a coming
    event: "by three shows", "in February by three shows"."""
    words = [bare(tokens[i]) for i in rest[: _DATE_WORDS + 1]]
    if words[:1] == ["by"]:
        return True
    dated = next((k for k, word in enumerate(words) if word in MONTHS), None)
    return dated is not None and words[dated + 1 : dated + 2] == ["by"]


def _aim_follows(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for an "if" that states an aim, not a condition: "must beat Kelco | if
    they are to win the cup" says what for, and the headline stands without it."""
    words = [bare(tokens[i]) for i in rest[end + 1 : end + 5]]
    return any(a in {"is", "are"} and b == "to" for a, b in itertools.pairwise(words))


def _condition_open(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept opens a condition and stops before its verb:
    "restored if Brown | opens up his books"."""
    words = [bare(tokens[i]) for i in kept]
    at = max((k for k, word in enumerate(words) if word in _CONDITIONS), default=None)
    if at is None:
        return False
    return not any(
        word in AUXILIARIES or verb_tags(word) & {"VBD", "VBZ", "VBP"}
        for word, i in zip(words[at + 1 :], kept[at + 1 :], strict=True)
        if not tokens[i][:1].isupper()
    )


# Words that put a figure roughly: "lose over 50% of value", "raise about $3m".
_APPROXIMATE = frozenset("over under about around nearly almost some up more less".split())


def _opens_figure(tokens: Sequence[str], rest: Sequence[int], at: int) -> bool:
    """Return True when the object word at `at` is a figure: "50%", "$3m", "£1.5bn"."""
    word = tokens[rest[at]].strip(EDGE) if at < len(rest) else ""
    return word[:1].isdigit() or (word[:1] in "$£€" and word[1:2].isdigit())


def _one_of(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept is "one of" a plain noun and nothing more: "one of
    the men", whom the phrase after it picks out."""
    words = [bare(tokens[i]) for i in kept]
    words = [w for w in words if w not in DETERMINERS]
    return words[:2] == ["one", "of"] and len(words) == 3 and "NOUN" in word_classes(words[2])


def _wanting(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True for a cut a reader finds clipped though its words close a phrase: the
    word it stops before opens what the last verb or noun wants. Such a cut yields to a
    whole one from the same sentence, never to a later sentence's side fact."""
    rest = frame.rest
    if not end or end >= len(rest):
        return False  # the verb alone, or the whole clause
    following, last = bare(tokens[rest[end]]), bare(tokens[rest[end - 1]])
    if following in {"to", "into"} and _urged_inside(tokens, frame, rest[:end]):
        return True  # "orders telling staff | to ...": the object's own verb urges
    if following in {"that", "to"} and _clause_noun(tokens, rest[:end]):
        return True  # "ruing United's failure | to close the gap": the noun wants it
    if _reported_subject(tokens, frame, end):
        return True  # "claims display in 3-1 defeat | was ...": the claim is the clause
    if following in PREPOSITIONS - {"of", "to"} and _unrestricted(tokens, rest[:end]):
        return True  # "review all foreign investment | in mining": "all" is not all
    if _bare_head(tokens, rest, end):
        return True  # "poised to launch bid | for London Stock Exchange": whose bid?
    undated = [bare(tokens[i]) for i in _undated(tokens, rest[:end])]
    if _agent_follows(tokens, rest[end:]) and is_passive(undated[-2:]):
        return True  # "show to be succeeded (in February) | by three shows": who acts
    if following in {"over", "against"} and last in _CONTESTS:
        return True  # "continues rise with victory | over Kuznetsova": a win over whom?
    if following == "to" and _ranked(tokens, rest[:end]):
        return True  # "becomes first solo artist | to have three singles": first to do what?
    if _for_subject(tokens, rest, end):
        return True  # "calls for all MPs | to be vetted": the MPs are not the call
    return following == "as" and _classed(last)  # "after being quoted | as wanting ..."


# Nouns of a contest's result, which name the other side with "over" or "against"
# (general English).
_CONTESTS = frozenset("victory victories win wins defeat triumph".split())
# Words that rank a noun, which then wants what it ranks first in: "the first artist to".
_RANKS = frozenset({"first", "last", "only"})


def _ranked(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept is a ranked noun phrase with no phrase after the
    rank: "first solo artist", "biggest firm"; not "first in a series of cuts"."""
    words = [bare(tokens[i]) for i in kept]
    at = next((k for k, w in enumerate(words) if w in _RANKS or _superlative(w)), None)
    return at is not None and not any(w in PREPOSITIONS for w in words[at:])


def _for_subject(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when the object kept opens on "for" and stops inside the subject of an
    infinitive coming within _FOR_REACH words: "for all MPs (found guilty) | to be vetted";
    the act is the news, not the people who are to do it."""
    kept = [bare(tokens[i]) for i in rest[:end]]
    if kept[:1] != ["for"] or "to" in kept or tokens[rest[end - 1]][-1:] in ",;:":
        return False
    for k in range(end, min(end + _FOR_REACH, len(rest) - 1)):
        if bare(tokens[rest[k]]) == "to":
            return "VB" in verb_tags(bare(tokens[rest[k + 1]]))
        if tokens[rest[k]][-1:] in ",;:." or bare(tokens[rest[k]]) in {"and", "but", "or"}:
            return False
    return False


_FOR_REACH = 6  # words of the infinitive's subject a lead gives after the cut


def _superlative(word: str) -> bool:
    return word.endswith("est") and "ADJ" in word_classes(word) and word not in {"interest"}


# "bid for the LSE", "figure from BT", "market for people carriers": the phrase says which.
_NAMING_PREPOSITIONS = frozenset({"of", "for", "from"})
_BARE_HEAD_WORDS = 3


def _bare_head(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for an object of a few common words ending on its noun ("a senior
    figure", "the market") before the phrase that says which one: "of", "for" or "from",
    or "in"/"on" with a name."""
    kept = [tokens[i] for i in rest[:end]]
    words = [bare(t) for t in kept if bare(t) not in DETERMINERS]
    if not words or len(words) > _BARE_HEAD_WORDS or any(t[:1].isupper() for t in kept):
        return False
    if kept[-1][-1:] in EDGE or "NOUN" not in word_classes(words[-1]):
        return False  # "the bid, | which ...": the phrase was closed
    after = [tokens[i] for i in rest[end + 1 :] if bare(tokens[i]) not in DETERMINERS]
    named = bool(after) and after[0][:1].isupper()  # "for the London Stock Exchange"
    return named and bare(tokens[rest[end]]) in _NAMING_PREPOSITIONS


def _degree_wants_clause(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True for a cut ending "so" + adjective before the "that" clause it
    announces: without that clause, the headline says "are outdated", not "so outdated"."""
    words = [*frame.fixed, *(tokens[i] for i in frame.rest[:end])]
    if len(words) < 2 or bare(words[-2]) != "so":
        return False
    return _lead_after(tokens, frame, end) == "that"


# "how the money was spent", "why it took so long": a clause the object holds whole.
_WH_WORDS = frozenset("how why what whether".split())


def _wh_clause_open(tokens: Sequence[str], kept: Sequence[int], following: str) -> bool:
    """Return True for a cut inside a wh-clause of the object that stops on its verb
    with the verb's own words still to come ("why it took | so long", "how it was |
    spent"); a clause closed by a comma, or followed by a phrase, stands."""
    words = [bare(tokens[i]) for i in kept]
    at = max((n for n, word in enumerate(words) if word in _WH_WORDS), default=None)
    if at is None or at == len(words) - 1 or tokens[kept[-1]][-1:] in EDGE:
        return False
    last = words[-1]
    verb = last in AUXILIARIES or bool(verb_tags(last) & {"VBD", "VBZ", "VBP"})
    if not verb or not following:
        return False
    # "took | so long": a degree word opens no clause here, it measures what the verb did
    return following in {"so", "too"} or following not in PREPOSITIONS | CLAUSE_OPENERS


def _wants_clause(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True when nothing follows the headline's verb but "that" or "whether"
    opening its clause: "Busted confirm | that they plan ...", "court to decide | whether"."""
    if end:
        return False
    after = _lead_after(tokens, frame, end)
    # "minister says | there are lessons": a verb of saying wants what was said
    said = base_form(frame.fixed[-1].lower()) in _SAYING if frame.fixed else False
    return after in {"that", "whether"} or (said and bool(after))


# Verbs of saying or learning that are no news without what was said or learned
# (general English, as _REPORTING).
_SAYING = frozenset("say tell learn reveal admit claim insist argue explain add".split())


def _lead_after(tokens: Sequence[str], frame: Frame, end: int) -> str:
    """Return the lead's word after a cut keeping `end` object tokens, past the clause's
    end too (the clause stops before "as" and "that")."""
    if end < len(frame.rest):
        return bare(tokens[frame.rest[end]])
    last = frame.rest[-1] if frame.rest else _verb_closing(tokens, frame)
    if last is None or last + 1 >= len(tokens):
        return ""
    return bare(tokens[last + 1])


def _verb_closing(tokens: Sequence[str], frame: Frame) -> int | None:
    """Return the lead position of the verb closing the frame's fixed words, if the verb
    closes them ("Busted confirm"); None when a reported clause follows it."""
    if not frame.verb_at or not frame.fixed:
        return None
    verb = frame.verb_at[-1]
    same = base_form(bare(tokens[verb])) == base_form(frame.fixed[-1].lower())
    return verb if same else None


def _unclassed(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True when a verb that classes its object ("sees EU as", "declares films
    as") keeps its object without the "as" phrase the lead goes on to."""
    if not end or base_form(frame.fixed[-1].lower()) not in _CLASSING:
        return False
    kept, left = frame.rest[:end], [bare(tokens[i]) for i in frame.rest[end:]]
    # "sees profits fall 37% in 2004, | as it continued ...": past a comma, "as" opens a
    # clause of its own, not the class of the object
    closed = bool(frame.rest) and tokens[frame.rest[-1]].endswith(",")
    after = "" if closed else _lead_after(tokens, frame, len(frame.rest))
    return all(bare(tokens[i]) != "as" for i in kept) and "as" in [*left, after]


def _urged(tokens: Sequence[str], frame: Frame, kept: Sequence[int]) -> bool:
    """Return True when the object kept is what the headline's verb of urging acts on,
    and nothing else: "urges Britain's Holmes"; not "asks for details of orders telling
    staff", whose "to" goes with "telling"."""
    if base_form(frame.fixed[-1].lower()) not in _OBJECT_AND_TO:
        return False
    words = [bare(tokens[i]) for i in kept]
    return not any(w in PREPOSITIONS or "VBG" in verb_tags(w) for w in words)


def _urged_inside(tokens: Sequence[str], frame: Frame, kept: Sequence[int]) -> bool:
    """Return True when the object kept ends on what a verb of urging inside it acts on
    ("orders telling staff", "plans to encourage disabled people"), or the headline's verb
    expects it ("expects clash with Barcelona" | "to be a fight")."""
    if base_form(frame.fixed[-1].lower()) in _EXPECTING:
        return True
    words = [tokens[i].strip(EDGE) for i in kept]
    for at in range(len(words) - 1, 0, -1):
        word = words[at].lower()
        if words[at][:1].isupper() or word in PREPOSITIONS or word == "to":
            return False  # "asks for details | to": the "to" goes with no verb kept here
        urges = base_form(word) in _OBJECT_AND_TO | _LEADING and verb_tags(word) & {
            "VB",
            "VBZ",
            "VBG",
        }
        if urges and words[at - 1].lower() not in DETERMINERS:
            return True
    return False


def _clause_noun(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept is a noun taking a clause, with no phrase around
    it: "express concerns", "back plans"; not "rise on speculation", "split over decision"."""
    words = [bare(tokens[i]) for i in kept]
    noun = max((k for k, w in enumerate(words) if w in _CLAUSE_NOUNS), default=None)
    if noun is None:
        return False
    # "attempt by Russian oil giant Yukos | to gain ...": whose attempt, then what it is
    agent = words[noun + 1 :]
    if agent and (agent[0] != "by" or any(w in PREPOSITIONS for w in agent[1:])):
        return False
    return not any(w in PREPOSITIONS - {"to"} for w in words[:noun])  # "to be given chance"


# Verbs that report a clause without "that": "claimed their display was our worst"
# (general English verb frames, as _PLACING).
_REPORTING = frozenset(
    "say claim insist argue believe fear warn admit predict think suggest deny reveal".split()
)


def _reported_subject(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True when a reporting verb keeps only the subject of the clause it reports:
    "claims display in 3-1 defeat", before "was our worst performance"."""
    if not end or base_form(frame.fixed[-1].lower()) not in _REPORTING:
        return False
    kept = [bare(tokens[i]) for i in frame.rest[:end]]
    if any(word in AUXILIARIES for word in kept):
        return False  # the clause's verb is kept already
    return any(bare(tokens[i]) in AUXILIARIES for i in frame.rest[end:])


# Quantifiers whose noun a following phrase restricts: "all investment in mining" is
# not "all investment", so the phrase may not be cut off.
_UNIVERSAL = frozenset({"all", "every", "any", "each"})


def _unrestricted(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept is "all", "every", "any" or "each" and its noun,
    with no phrase after it yet: "all foreign investment", not "all bids for the club",
    nor "best band of all time"."""
    words = [bare(tokens[i]) for i in kept]
    at = next((k for k, w in enumerate(words) if w in _UNIVERSAL), len(words) - 1)
    return at < len(words) - 1 and not any(w in PREPOSITIONS for w in words)


def _classed(word: str) -> bool:
    """Return True for a participle of a verb that classes its object "as" something."""
    return "VBN" in verb_tags(word) and base_form(word) in _CLASSING | _CLASSED


def _only_adjective(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept is an adjective alone, perhaps after an adverb:
    "hopeful", "so hungry", "unsure"."""
    words = [bare(tokens[i]) for i in kept]
    if not words or len(words) > 2 or word_classes(words[-1]) != {"ADJ"}:
        return False
    return len(words) == 1 or "ADV" in word_classes(words[0])


def _ends(tokens: Sequence[str], rest: Sequence[int], verb: str = "") -> list[tuple[int, int]]:
    """Return (how many object tokens to keep, tier): 0 where a phrase ends, 1 before
    "to" or "of", 2 after a noun inside a phrase. `verb` is the headline's last fixed word."""
    passive = verb_tags(verb.lower()) == {"VBN", "VBD"} and verb.lower().endswith("ed")
    ends = []
    for end in range(len(rest) + 1):
        following = bare(tokens[rest[end]]) if end < len(rest) else ""
        last = tokens[rest[end - 1]].strip(EDGE) if end else ""
        after = tokens[rest[end + 1]] if end + 1 < len(rest) else ""
        # "starts in New York", "arrested on charges": a preposition, no particle
        opens_place = after[:1].isupper() or after[:1].isdigit()
        preposition = following in _PREPOSITION_PARTICLES and (opens_place or passive)
        if not last and following in _PARTICLES and not preposition:
            continue  # "Page takes over", "goes on sale" keep their particle
        if last[:1].isupper() and end < len(rest) and tokens[rest[end]][:1].isupper():
            continue  # "January's View From Great Edinburgh": one name
        if last[:1].isupper() and _numbered_name(tokens, rest, end):
            continue  # "RBS | 6 Nations": one name
        if _descriptor_follows(tokens, rest, end):
            continue  # "group combining Saudi | billionaire investor Prince Alwaleed"
        if _inside_compound_preposition(tokens, rest, end):
            continue  # "decisions taken with regard | to Yukos"
        if last and following in AUXILIARIES:
            continue  # "damages way UK | is governed": a subject wants its verb
        if end and open_subordinate(tokens, rest[:end]):
            continue  # "no regrets after his side | lost 3-0": the clause wants its verb
        if _inside_contact_clause(tokens, rest, end):
            continue  # "are issues politicians | from the big parties have tiptoed around"
        if _AMOUNT.match(last) and _names_unit(following):
            continue  # "announces 5.65bn | euros", "recalls 200,000 | vehicles": one amount
        if _worth_unpriced(tokens, rest[:end]):
            continue  # "profit share worth on average | £52 each"
        if _inside_short_quotation(tokens, rest, end):
            continue  # 'needs "a change | at the top"': a short quotation is one phrase
        if following in _NO_CUT_BEFORE:
            if last and not _needs_to(last.lower()) and last.lower() not in _COMPARING:
                ends.append((end, 1))
        elif following in {"and", "or"} and last and not _ends_noun_phrase(last, ""):
            continue  # "offered creative and technical help": no cut after "creative"
        elif following in {"and", "or"} and end and _names_joined(tokens, rest, end):
            continue  # "former Free and Bad Company singer": one name
        elif following in {"and", "or"} and end and _adjectives_joined(tokens, rest, end):
            continue  # "odd mix of naive and sophisticated": no cut after "naive"
        elif following in {"and", "or"} and end and _modifiers_joined(tokens, rest, end):
            continue  # "most home and business customers": no cut after "home"
        elif (
            not following
            or following in _PHRASE_OPENERS
            or _compound_preposition(tokens, rest, end)
        ):
            # "to put company into liquidation": a bare one-word object may need its phrase
            short = (
                following in PREPOSITIONS
                and sum(map(_is_wordlike, _plain(tokens, rest[:end]))) == 1
            )
            ends.append((end, 1 if short else 0))
        elif end == 1 and _complements_verb(last, following):
            ends.append((end, 2))  # "networks prove popular | not just with ...": its complement
        elif last and _opens_participle_clause(tokens, rest, end):
            ends.append((end, 0))  # "to open Super Bowl | singing a song": a clause of its own
        elif last and _how_often(tokens, rest, end) and last.lower() not in STOPWORDS:
            ends.append((end, 0))  # "okay to stay up late | once in a while": how often
        elif not last or _ends_noun_phrase(last, tokens[rest[end]]):
            ends.append((end, 2))
    return ends


# A verb alone tells less than the phrase after it, which says what the act is for, where
# or with whom ("reunite for The Da Vinci Code", "appear before tribunal", "clashes with
# ministers"): such a cut pays _UNPLACED_COST (chosen on fold 0 of the BBC dev set, where
# ROUGE-1 rises with it).
_UNPLACED_COST = 0.05
# "Ticket holders who queued overnight could soon get refunds": a wire desk names the
# subject by its head and leaves the rest to the story, so past _LONG_SUBJECT words of
# subject and verb each word costs _LONG_SUBJECT_COST, and the subject cut at its head
# (headline_subject.headed_subject) wins when it is nearly as likely. Chosen on fold 0 of
# the BBC dev set: ROUGE-1 level (0.312 -> 0.313), 7 headlines change, 6 read better.
_LONG_SUBJECT = 6
_LONG_SUBJECT_COST = 0.02


def _subject_cost(frame: Frame) -> float:
    """Return what a long subject costs a headline: _LONG_SUBJECT_COST a word past
    _LONG_SUBJECT words of subject and verb."""
    size = len(letter_words(" ".join(frame.fixed)))
    return _LONG_SUBJECT_COST * max(0, size - _LONG_SUBJECT)


# Adverbs of how often an act happens: they open an adverbial after the act's own words,
# which a headline may leave out (general English).
_HOW_OFTEN = frozenset("once twice sometimes often occasionally again regularly".split())


def _how_often(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when the object word at `end` tells how often ("once in a while",
    "again"), not when it opens a clause ("once the striker has served his ban")."""
    if bare(tokens[rest[end]]) not in _HOW_OFTEN:
        return False
    verb = find_verb(tokens, rest[end] + 1)
    return verb is None or verb - rest[end] > _CLAUSE_REACH


_CLAUSE_REACH = 5  # words from "once" to the verb of the clause it opens


def _verb_alone(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for a cut keeping none of an object that opens on a preposition."""
    return not end and bool(rest) and bare(tokens[rest[0]]) in PREPOSITIONS


def _numbered_name(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when a number between two capitalised words joins them: "RBS 6 Nations"."""
    if end + 1 >= len(rest) or not tokens[rest[end]].isdigit():
        return False
    return tokens[rest[end + 1]][:1].isupper()


def _complements_verb(last: str, following: str) -> bool:
    """Return True for an adjective only, standing after the verb and closing its phrase:
    "prove popular | not just ...", never "prove popular | music"."""
    word = last.lower()
    return word_classes(word) == {"ADJ"} and not word_classes(following) & {"NOUN", "ADJ"}


# What an "-ing" word takes when it is a verb with its own object: "singing | a song".
_OBJECT_OPENERS = DETERMINERS | frozenset("him them us me".split())


def _opens_participle_clause(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when an "-ing" verb with its object follows the cut ("Bowl | singing a
    song"): a clause of its own, unlike a noun it modifies ("social | spending plans")."""
    if end + 1 >= len(rest):
        return False
    word, raw = bare(tokens[rest[end]]), tokens[rest[end]]
    if raw[:1].isupper() or "VBG" not in verb_tags(word) or raw[-1:] in EDGE:
        return False
    # "orders | telling staff to destroy e-mails": a verb of urging, its object and "to"
    urging = base_form(word) in _OBJECT_AND_TO and "to" in (
        bare(tokens[i]) for i in rest[end + 2 : end + 4]
    )
    # "group | combining Saudi investor Prince Alwaleed": a name opens its object too
    named = tokens[rest[end + 1]][:1].isupper() and "NOUN" not in word_classes(word)
    return urging or named or bare(tokens[rest[end + 1]]) in _OBJECT_OPENERS


_DESCRIPTOR_WORDS = 3


def _descriptor_follows(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for a cut after a capitalised word that the next few lower-case words
    lead on into a name: "Saudi | billionaire investor Prince Alwaleed" is one phrase."""
    if not end or end >= len(rest) or not tokens[rest[end - 1]].strip(EDGE)[:1].isupper():
        return False
    if tokens[rest[end - 1]][-1:] in EDGE:
        return False  # "sold to Kelco, | chief executive Ann Lee said"
    for i in rest[end : end + _DESCRIPTOR_WORDS + 1]:
        token = tokens[i]
        if token[:1].isupper():
            return i != rest[end]
        word = bare(token)
        if not token.isalpha() or word in STOPWORDS | PREPOSITIONS or verb_tags(word):
            return False  # "Marsh | & McLennan" joins two names; "Kelco | on" a phrase
    return False


_CONTACT_REACH = 6  # words from a contact clause's subject to its verb


def _inside_contact_clause(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for a cut inside a relative clause that opens without "that" on a noun
    after a plural noun ("issues politicians | ... have tiptoed around"): the cut leaves
    the clause's subject with no verb, and the noun reads as part of the object."""
    words = [bare(tokens[i]) for i in rest]
    for start in range(max(1, end - _CONTACT_REACH), end):
        if not _opens_contact_clause(tokens, rest, start):
            continue
        for k in range(start + 1, min(len(rest), start + _CONTACT_REACH + 1)):
            if tokens[rest[k - 1]][-1:] in EDGE:
                break  # "issues politicians, | ...": the phrase was closed
            finite = word_classes(words[k]) == {"VERB"} and verb_tags(words[k]) & {"VBD", "VBZ"}
            if words[k] in AUXILIARIES or finite:
                return k >= end
    return False


def _opens_contact_clause(tokens: Sequence[str], rest: Sequence[int], at: int) -> bool:
    """Return True for a lower-case plural noun right after a plural noun: "issues
    politicians", the subject of a clause with no "that"; not "sales figures" nor "jobs"."""
    before, word = tokens[rest[at - 1]], tokens[rest[at]]
    if before[-1:] in EDGE or not word.isalpha() or not word.islower():
        return False
    return is_plural_noun(bare(before)) and is_plural_noun(word) and word_classes(word) == {"NOUN"}


def _inside_compound_preposition(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for a cut after "with regard" or "in response", before "to", "of" or "for"."""
    if end < 2 or end >= len(rest) or bare(tokens[rest[end]]) not in {"to", "of", "for", "with"}:
        return False
    last, before = bare(tokens[rest[end - 1]]), bare(tokens[rest[end - 2]])
    return last in _COMPOUND_NOUNS and before in PREPOSITIONS


def _worth_unpriced(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the kept words hold "worth" and no amount after it."""
    words = [tokens[i].strip(EDGE) for i in kept]
    at = max((k for k, w in enumerate(words) if w.lower() == "worth"), default=None)
    return at is not None and not any(w[:1].isdigit() or w[:1] in "$£€" for w in words[at:])


_QUOTATION_WORDS = 6  # a quotation this short is a phrase; a longer one a clause to cut
_OPENING_MARKS = ('"', "“")
_CLOSING_MARKS = ('"', "”")


def _inside_short_quotation(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True for a cut between two words of one quotation of a few words: 'needs "a
    change | at the top"' misquotes the speaker, where a long quotation may end early."""
    if not end or end >= len(rest) or rest[end] != rest[end - 1] + 1:
        return False
    last = rest[end - 1]
    start = None
    for k in range(last, max(-1, last - _QUOTATION_WORDS), -1):
        if _closes_quotation(tokens[k]):
            return False  # the quotation closed before the cut
        if tokens[k].startswith(_OPENING_MARKS):
            start = k
            break
    if start is None:
        return False
    reach = range(last + 1, min(len(tokens), start + _QUOTATION_WORDS))
    return any(_closes_quotation(tokens[k]) for k in reach)


def _closes_quotation(token: str) -> bool:
    return len(token) > 1 and token.rstrip(",.;:!?").endswith(_CLOSING_MARKS)


def _unplaced(tokens: Sequence[str], kept: Sequence[int], following: str) -> bool:
    """Return True when a placing verb's object has no place yet and one follows: "puts
    Liverpool | on the comeback trail"; "puts talk of retirement on hold | after" is placed."""
    if following not in PREPOSITIONS or following in {"of", "to"}:
        return False
    return not any(bare(tokens[i]) in PREPOSITIONS - {"of"} for i in kept)


def _placed_inside(
    tokens: Sequence[str], kept: Sequence[int], following: str, verb: str = ""
) -> bool:
    """Return True when the object kept ends on what a placing verb inside it places, with
    no place yet: "finds way to put laser | on chip"; `verb`, the headline's last fixed
    word, may be the "to" before it ("Greens to put pensions | at the heart of ...")."""
    words = [bare(verb), *(bare(tokens[i]) for i in kept)]
    at = next(
        (
            k
            for k in range(len(words) - 1, 0, -1)
            if words[k - 1] == "to"
            and base_form(words[k]) in _PLACING
            and "VB" in verb_tags(words[k])
        ),
        None,
    )
    return at is not None and _unplaced(tokens, kept[at:], following)


def _compound_preposition(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True where "due to", "thanks to", "ahead of" open a phrase."""
    if end + 1 >= len(rest):
        return False
    return bare(tokens[rest[end]]) in _COMPOUND_HEADS and bare(tokens[rest[end + 1]]) in {
        "to",
        "of",
    }


def _plain(tokens: Sequence[str], positions: Sequence[int]) -> list[str]:
    return [
        tokens[i] for i in positions if bare(tokens[i]) not in {"the", "a", "an", "its", "their"}
    ]


def _names_joined(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when "and" joins two capitalised words: "Free and Bad Company"."""
    after = tokens[rest[end + 1]].strip(EDGE) if end + 1 < len(rest) else ""
    return tokens[rest[end - 1]].strip(EDGE)[:1].isupper() and after[:1].isupper()


def _adjectives_joined(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when "and" joins two adjectives ("naive and sophisticated") or two
    modifiers of a noun still to come ("UK and foreign terror suspects")."""
    after = bare(tokens[rest[end + 1]]) if end + 1 < len(rest) else ""
    last = bare(tokens[rest[end - 1]])
    if word_classes(after) == {"ADJ"}:
        return True
    return (
        "ADJ" in word_classes(last)
        and "ADJ" in word_classes(after)
        and ("NOUN" not in word_classes(after))
    )


def _modifiers_joined(tokens: Sequence[str], rest: Sequence[int], end: int) -> bool:
    """Return True when "and" joins two singular nouns before the plural they both modify:
    "home and business customers" ("home" alone names no one); "homes and business
    premises" parts two things."""
    if end + 2 >= len(rest) or tokens[rest[end - 1]][-1:] in EDGE:
        return False
    last, after, head = (tokens[rest[k]] for k in (end - 1, end + 1, end + 2))
    if after[-1:] in EDGE or not (last.islower() and after.islower() and head.islower()):
        return False
    singular = [bare(w) for w in (last, after)]
    nouns = all("NOUN" in word_classes(w) and not is_plural_noun(w) for w in singular)
    return nouns and is_plural_noun(bare(head))


def _needs_to(word: str) -> bool:
    """Return True for a word that needs its "to": "likely to", "set to", "keen to"."""
    classes = word_classes(word)
    return (
        word in _NEEDS_TO
        or ("ADJ" in classes and "NOUN" not in classes)
        or ("VBN" in verb_tags(word))
    )


# Quantifiers standing as a new clause's subject: "hungry for data | many are carrying".
_CLAUSE_SUBJECTS = frozenset({"many", "most", "some", "several", "others"})
_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth".split())


_AMOUNT = re.compile(r"^[$£€]?\d[\d,.]*(?:bn|m|k)?$")


def _names_unit(word: str) -> bool:
    """Return True for a noun (or a word the lexicon lacks, "euros") that says what a
    figure counts: "200,000 vehicles", "5.65bn euros"; not "aged 91 | at home"."""
    if not word.isalpha() or word in STOPWORDS or word in PREPOSITIONS:
        return False
    classes = word_classes(word)
    return "NOUN" in classes or not classes


def _ends_noun_phrase(last: str, following: str) -> bool:
    """Return True when `last` can close a noun phrase that `following` does not go on."""
    after = bare(following)
    if following.strip(EDGE)[:1].isupper() or after.endswith("ing"):
        return False  # "Edinburgh | International", "social | spending"
    if after.endswith(("'s", "’s")):
        return False  # "BBC News | website's poll": the possessive goes on the phrase
    subject = after in _CLAUSE_SUBJECTS and last.lower() not in _ORDINALS
    if word_classes(after) & {"NOUN", "ADJ"} and not subject:
        return False  # "tax | cuts", "US | crude oil", "fourth | most savvy": inside the phrase
    return last[:1].isupper() or last[:1].isdigit() or "NOUN" in word_classes(last.lower())


def _closes(text: str) -> bool:
    """Return True when a headline ends on a word, not on a stopword (nor "line-up")."""
    last = text.split()[-1].strip(EDGE) if text.split() else ""
    words = re.findall(r"[A-Za-z']+", last)
    every = re.findall(r"[A-Za-z']+", text)
    if last.endswith("'s") or not every or every[-1].lower() in _NO_CLOSE or WIRE.search(text):
        return False
    # "dies aged 62" and "grows 4.2%" end well; "falls by 4.2%" reads as ending on "by"
    return bool(words) or last[:1].isdigit() or last[:1] in "$£€"


# "should be set up", "has sold off": a particle that ends its clause completes the verb.
_CLOSING_PARTICLES = frozenset("up out off down".split())


def _ends_phrasal(tokens: Sequence[str], frame: Frame, end: int) -> bool:
    """Return True for a cut ending on a verb's particle where the sentence's clause ends
    too ("A body should be set up, MPs said"): nothing is left waiting for it."""
    kept = [*frame.verb_at, *frame.rest[:end]]
    if len(kept) < 2 or not frame.fixed:
        return False
    last, before = tokens[kept[-1]], tokens[kept[-2]]
    if bare(last) not in _CLOSING_PARTICLES or not verb_tags(bare(before)):
        return False
    return kept[-1] == len(tokens) - 1 or last[-1:] in ",;."


def _is_wordlike(token: str) -> bool:
    return any(c.isalnum() for c in token)
