"""Summary: the news lead, then the sentences a learned scorer rates most summary-worthy.

Sentences keep document order and each stands alone: none opens on a pronoun, "also" early
on, or inside a quotation, so a reader never meets "He" without knowing who; an opening
connective ("But", "However,") that only tied a sentence to the one before is cut. A
sentence whose subject or speaker an earlier sentence introduced ("Davis had ...", "The
prince, 20, ...", "..., said Mr Hogan.") comes only with that sentence; one calling
someone by title or age that no sentence before it introduces ("Mr Prettejohn urged ...",
"The prince, 20, ..." with no prince named) is never added. One opening on a pronoun or
"This" ("He said ...", "It took $19.1m ...") comes only right after the sentence it leans
on, as the article has it; "He" or "She" only after one naming someone; so does one
pointing back in its first words ("Critics say this bold choice ...") or adding with "also"
after its verb ("The mayor was also fined ..."). Facts come before
colour: a sentence mostly quoted must be clearly likelier than a fact to be added, and a
figure, a decision, the next step or an answer given right after the lead ("up 38% on
2024", "will vote on Monday", "denied the claims") is preferred, and a short remark naming
no one ("Old buildings rarely age gracefully.") counts by its words alone. A feature's teaser lead
("Blake DeWitt came to spring training expecting ...") keeps the sentence soon after it
that gives the day of the news ("On Saturday, he delivered ... 5-3"). Under the article's
own headline, a colour lead that shares no word with it and dates nothing ("The rookie's
first home run was a thing of beauty.") gives way to the sentence soon after it that
states the headline's news ("... as the Harriers lost 4-3").
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from itertools import combinations

from digest.analyze.lexicon import REPORTING_VERBS, is_dictionary_word
from digest.analyze.linear import load_model
from digest.analyze.sentences import (
    NEVER,
    BodyChecks,
    body_sentences,
    candidates,
    companions_of_the_one_before,
    headline_lead,
    introduced_by,
    lead_index,
    left_unintroduced,
    news_after_teaser,
    news_day,
    open_quote,
    outside_quotes,
    quoted_share,
    readers_views,
    repeated_label_end,
    round_up_end,
    split_sentences,
    without_photo_credit,
)
from digest.analyze.summary_features import FEATURE_NAMES, carries_fact, sentence_features
from digest.model import Article

__all__ = ["body_sentences", "summarize"]

# Only the best few sentences are combined: 10 keeps the search to at most 175 sets.
_CANDIDATES = 10
# A sentence after the lead earns its words only when the scorer's odds beat this; below it
# the sentence would dilute the summary however long it is. Chosen on fold 0 of the dev set.
_WORTH = 0.35

# A follow-up's worth grows with its words, since a longer sentence carries more facts, but a
# short one stating the news ("Page takes over as CEO on Monday", odds 0.95) is a whole fact:
# by plain length it lost to two 30-word background sentences with odds 0.6. Each sentence
# counts as this many words more. Chosen on fold 0 of the BBC set: 20 changes 104 of 663
# summaries, P@3 0.832 -> 0.842, ROUGE-2 0.5037 -> 0.5041; of 20 changed read, 8 better
# (a score, a figure, the news for background), 3 worse (a quote for a fact), 9 alike.
_FACT_WORDS = 20
# A short remark that names no one and tells nothing that happened ("Old buildings rarely
# age gracefully.", "Nobody likes change.") is colour, not such a fact: it gets no such
# credit. Up to this many words; a longer sentence earns its place by its words. On fold 0
# of the BBC set 3 of 663 summaries change, P@3 0.843 and ROUGE-2 0.507 hold; on
# fold 0 of KPCrowd 4 of 134 take a figure or a name for a remark.
_REMARK_WORDS = 12
_PERFECT = re.compile(r"\b(?:has|have|had)\b", re.IGNORECASE)

# An editor adds the facts after the lead and leaves the colour of quotes to the article: a
# sentence mostly quoted earns its place only with odds this much higher. The references
# quote freely, so ROUGE prefers none: 0.2 halves the quoted follow-ups on fold 0 (124 ->
# 62 of 1,251) for 0.004 of ROUGE-2; shutting them out costs 0.015.
_QUOTE_COST = 0.2
_QUOTED_SHARE = 0.5

# The key figure, the next step and its day, the decision and the other side's answer are
# what a reader looks for after the lead ("674 million mobiles were sold", "will meet on
# Monday", "was fined", "denied the claims"), and news gives them in the sentences right
# after the lead. The learned scorer ranks by the words a sentence shares with the rest and
# passes such facts over for background or colour ("Good design ... could push up sales"):
# one of the _EARLY sentences after the lead stating one earns this in odds. Chosen on fold
# 0 of the BBC set: 0.3 with figures alone changed 48 of 663 summaries for 0.003 of ROUGE-2;
# the other facts change 38 more, ROUGE-2 0.5050 -> 0.5065, P@3 0.843 -> 0.844; of those
# 38 read, 22 better (the deadline, the ruling or the denial for background), 5 worse
# (another tie for the manager's answer, a "will" of speculation), the rest alike.
_FACT_BONUS = 0.3
_EARLY = 2

MODEL = load_model("summary", FEATURE_NAMES)

# Some outlets set a lead's first words in capitals ("CRUDE oil prices rose ..."): type, not
# words a summary shouts. The run is English words before a lower-case one, so an acronym
# that is no word ("NASA said") or short ("WHO warned", "US officials") keeps its capitals.
_SHOUTED_OPENING = re.compile(r"((?:[A-Z]{2,}\s+)*[A-Z]{2,})(?=\s+[a-z])")
_SHOUTED_LETTERS = 4
# A quotation whose closing mark the source lost before its speaker ('"Prices are low, Ms
# Reyes says.'): the mark goes back where the speech ends, not after the speaker.
_QUOTE_RUN_INTO_SPEAKER = re.compile(
    r'^(?P<speech>[^"“”]*["“][^"“”]+?),(?P<speaker>(?:\s+[\w.’\'-]+){2,6})\.$'
)
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})

# A sentence can lean on the one before it past its first words: pointing back early on
# ("Critics say this bold choice ...", "Buyers will skip those ...") or adding to it with
# "also" after its verb ("The mayor was also fined ..."). Such a sentence comes only right
# after the one before, as "He said ..." does. Later in a sentence "this" mostly points
# inside it ("..., and residents feared this flooding ..."), and "who is also"
# describes the name before it. On fold 0 of the BBC set this drops 7 leaning follow-ups
# for 0.0004 of ROUGE-2.
_POINTING_WORDS = 8
_POINTING_EARLY = re.compile(
    r"\b(?:this|these|those)\s+(?!(?:year|week|month|season|time|morning|afternoon|evening"
    r"|weekend|summer|winter|spring|autumn|who|that|which|of)\b)[a-z]"
)
_ALSO_AFTER_VERB = re.compile(
    r"(?<!who )(?<!which )\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might)"
    r"\s+also\b"
)


def summarize(article: Article, *, sentences: int, words: int) -> tuple[str, ...]:
    """Return up to `sentences` body sentences within `words` words, in document order.

    The first is the article's lead unless the lead is a question, a quotation or a teaser,
    kept even when it alone is over `words`: a summary without the news is worse than a long
    one. No sentence leans on one left out.
    """
    body, first = body_sentences(article)
    if not body or sentences < 1:
        return ()
    whole = BodyChecks(body)
    lead = headline_lead(body, lead_index(article), article.headline, checks=whole)
    odds = sentence_odds(body, first)
    news = None if lead is None else news_after_teaser(body, lead, checks=whole)
    # Readers' views printed after the report are opinion, and the games after a round-up's
    # first score line, the items after the label that closes its first item ("Watch
    # Video Report.") and those under a subheading in capitals ("CUP TIE ABANDONED") are
    # other stories: no summary sentence comes from them.
    stories_end = min(
        round_up_end(body, lead), repeated_label_end(body, lead), capitals_heading_end(article)
    )
    end = max(min(readers_views(body, first), stories_end), (lead or 0) + 1)
    checks = whole.up_to(end)
    chosen = best_set(
        body[:end], odds[:end], lead=lead, size=sentences, budget=words, news=news, checks=checks
    )
    return tuple(tidy(checks.standing_alone(i) or body[i]) for i in chosen)


def capitals_heading_end(article: Article) -> int:
    """Return the index among the body's sentences of the first one under a subheading set
    in capitals ("CUP TIE ABANDONED") after some text, or the number of sentences.

    A wire round-up sets one over each item after the first; a long report over its later
    sections, the news told above them either way.
    """
    seen = 0
    for paragraph in article.paragraphs:
        if not paragraph.is_subheading:
            seen += len(split_sentences(paragraph.text))
        elif seen and _in_capitals(paragraph.text):
            return seen
    return seen


def _in_capitals(heading: str) -> bool:
    """Return True for a heading of two or more words, every letter a capital."""
    letters = [c for c in heading if c.isalpha()]
    return len(heading.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)


def tidy(sentence: str) -> str:
    """Return a sentence as a summary shows it: no dash or bullet left from a headline cut
    off, no photo credit run into its start, and no quotation left open.

    Entities, typewriter dashes and doubled quotes are the parser's (digest.parse): decoding
    them again here would turn an article's own "&amp;lt;" into "<".
    """
    sentence = without_shouting(without_photo_credit(sentence.lstrip("-–—_•* ") or sentence))
    # A speech running on into the article's next sentence is closed where the summary
    # stops quoting it, as an editor would close it.
    closed = with_speech_closed(sentence)
    return closed if closed != sentence else sentence + open_quote(sentence)


def without_shouting(sentence: str) -> str:
    """Return a sentence whose opening words set in capitals ("CRUDE oil prices ...", "FLOOD
    WATERS rose.") are written as a sentence writes them: "Crude oil prices ..."."""
    run = _SHOUTED_OPENING.match(sentence)
    if run is None or sum(c.isalpha() for c in run.group(1)) < _SHOUTED_LETTERS:
        return sentence
    words = run.group(1).split()
    if not all(is_dictionary_word(w) for w in words):
        return sentence
    spaced = re.split(r"(\s+)", run.group(1).lower())
    return spaced[0].capitalize() + "".join(spaced[1:]) + sentence[run.end() :]


def with_speech_closed(sentence: str) -> str:
    """Return a quotation left open before its speaker closed where the speech ends:
    '"Prices are low, Ms Reyes says.' becomes '"Prices are low," Ms Reyes says.'."""
    parts = _QUOTE_RUN_INTO_SPEAKER.match(sentence.replace('""', '"'))
    if parts is None or not _names_a_speaker(parts["speaker"].split()):
        return sentence
    close = "”" if "“" in parts["speech"] else '"'
    return f"{parts['speech']},{close}{parts['speaker']}."


def _names_a_speaker(words: Sequence[str]) -> bool:
    """Return True for "Ms Reyes says", "he said" or "said Dan Kerr": a reporting verb, and
    besides it only a name or a pronoun."""
    verbs = [w for w in words if w.lower() in REPORTING_VERBS]
    others = [w for w in words if w.lower() not in REPORTING_VERBS]
    return len(verbs) == 1 and all(w[0].isupper() or w in _SPEAKER_PRONOUNS for w in others)


def sentence_odds(body: Sequence[str], first: Sequence[bool]) -> list[float]:
    """Return each sentence's learned probability of belonging in a summary."""
    return [MODEL.probability(row) for row in sentence_features(body, first)]


def best_set(
    body: Sequence[str],
    odds: Sequence[float],
    *,
    lead: int | None,
    size: int,
    budget: int,
    news: int | None = None,
    checks: BodyChecks | None = None,
) -> tuple[int, ...]:
    """Return the sentence indexes, ascending, worth most words within the budget.

    The lead, when there is one, is always first; the rest come after it and stand alone,
    or come with the sentence that introduced their subject ("Davis", "The prince"). A
    fact given soon after the lead (a figure, a decision, the next step, an answer) is
    preferred to colour the scorer rates a little higher.
    `checks` holds the answers for `body` already worked out.
    """
    checks = BodyChecks(body) if checks is None else checks
    lengths = [len(s.split()) for s in body]
    odds = with_facts(body, odds, lead)
    # A sentence calling its subject by a title or age no sentence before it introduced
    # ("The prince, 20, ...") is never added: no companion can make it stand.
    ranked: list[int] = []
    needs: dict[int, frozenset[int]] = {}
    # Besides the sentences that stand alone, one opening "He said ..." or "This means ..."
    # may come right after the sentence it leans on, as the article has it.
    pool = candidates(body, lead, checks=checks) + companions_of_the_one_before(
        body, lead, checks=checks
    )
    # A scrape that prints its text again would give a summary the same sentence twice.
    first_seen = {s: i for i, s in reversed(list(enumerate(body)))}
    pool = [i for i in pool if first_seen[body[i]] == i]
    for i in sorted(pool, key=lambda i: (-odds[i], i)):
        needs[i] = _companions(checks, i)
        if _may_join(body, i, needs[i]):
            ranked.append(i)
            if len(ranked) == _CANDIDATES:
                break
    ranked += _introducers(checks, ranked, needs, pool, odds, lead)
    fixed: tuple[int, ...] = () if lead is None else (lead,)
    # A feature's teaser lead keeps the sentence that gives the day of the news with it.
    if lead is not None and news is not None and _news_fits(body, lead, news, lengths, budget):
        fixed = (lead, news) if size > 1 else fixed
        ranked = [i for i in ranked if i != news]
    room = budget - sum(lengths[i] for i in fixed)
    worth = {
        i: _value(odds[i] - _quote_cost(body[i]), lengths[i], remark=_remark(body[i]))
        for i in ranked
    }
    best: tuple[int, ...] = ()
    best_value = -math.inf if lead is None else 0.0
    for k in range(1, size - len(fixed) + 1):
        for chosen in combinations(sorted(ranked), k):
            if sum(lengths[i] for i in chosen) > room or _leaning(chosen, fixed, needs):
                continue
            value = round(sum(worth[i] for i in chosen), 9)
            if value > best_value:
                best, best_value = chosen, value
    if fixed or best:
        return tuple(sorted(fixed + best))
    return _fallback([i for i in ranked if not needs[i]])


def _may_join(body: Sequence[str], i: int, needs: frozenset[int]) -> bool:
    """Return True when sentence i can be in a summary: with the sentence it leans on, or
    alone when it calls no one as already known. NEVER takes no place among the candidates."""
    return needs != NEVER and (bool(needs) or not left_unintroduced(body, i))


def _introducers(
    checks: BodyChecks,
    ranked: Sequence[int],
    needs: dict[int, frozenset[int]],
    pool: Sequence[int],
    odds: Sequence[float],
    lead: int | None,
) -> list[int]:
    """Return, for each candidate leaning on a sentence no candidate is, the likeliest
    sentence it leans on that may join a summary: a follow-up can come with the sentence
    naming what it points at ("the two men"), not only be left out."""
    body = checks.body
    have = set(ranked) | ({lead} if lead is not None else set())
    added: list[int] = []
    for i in ranked:
        if not needs[i] or needs[i] & have:
            continue
        for j in sorted(needs[i] & set(pool) - set(added), key=lambda j: (-odds[j], j)):
            needs[j] = needs.get(j) or _companions(checks, j)
            if _may_join(body, j, needs[j]):
                added.append(j)
                break
    return added


def _companions(checks: BodyChecks, i: int) -> frozenset[int]:
    """Return the sentences of which one must come with sentence i, none when it stands alone.

    "He said ..." or "This means ..." comes only right after the sentence before it, as the
    article has it; one whose subject or thing pointed at was introduced further back
    ("Davis had ...", "these zones") needs that one too, so it comes only when the sentence
    before is that one.
    """
    body = checks.body
    introducers = introduced_by(body, i)
    # A sentence pointing back ("this bold choice") at nothing the checks found it naming
    # leans on the one before it.
    alone = checks.standing_alone(i) is not None and (introducers or not _points_back(body[i]))
    if i == 0 or alone:
        return introducers
    if not introducers and left_unintroduced(body, i):
        return introducers  # "They said these zones ...": no sentence names the zones
    before = frozenset({i - 1})
    if not introducers or i - 1 in introducers:
        return before
    return NEVER  # no summary holds both


def _points_back(sentence: str) -> bool:
    """Return True when a sentence, outside its quotations, points back in its first words
    ("say this bold choice") or adds with "also" after its verb ("was also fined")."""
    opening = " ".join(outside_quotes(sentence).split()[:_POINTING_WORDS])
    return bool(_POINTING_EARLY.search(opening) or _ALSO_AFTER_VERB.search(opening))


def _value(odds: float, length: int, *, remark: bool = False) -> float:
    """Return what a follow-up sentence adds to a summary: its odds over the bar, by length,
    with a short sentence of news counted as a fact in its own right; a remark is not one."""
    return (odds - _WORTH) * (length + (0 if remark and length <= _REMARK_WORDS else _FACT_WORDS))


def _remark(sentence: str) -> bool:
    """Return True for a remark: a sentence with no capital past its first word (no name)
    and no figure, day, perfect ("has left"), decision, next step or answer ("Faith may
    seek comfort in company.")."""
    told = outside_quotes(sentence)
    return not (
        any(word[:1].isupper() for word in told.split()[1:])
        or any(c.isdigit() for c in told)
        or _PERFECT.search(told)
        or news_day(told)
        or carries_fact(sentence)
    )


def _news_fits(
    body: Sequence[str], lead: int, news: int, lengths: Sequence[int], budget: int
) -> bool:
    """Return True when the news after a teaser fits the budget beside it and leans on
    nothing but the teaser ("On Saturday, he delivered ..." after "Blake DeWitt came ...")."""
    return (
        news < len(body)
        and lengths[lead] + lengths[news] <= budget
        and introduced_by(body, news) <= {lead}
    )


def _quote_cost(sentence: str) -> float:
    """Return what a sentence mostly in quotation marks costs a summary, in odds."""
    return _QUOTE_COST if quoted_share(sentence) >= _QUOTED_SHARE else 0.0


def with_facts(body: Sequence[str], odds: Sequence[float], lead: int | None) -> list[float]:
    """Return the odds with the bonus of a fact given soon after the lead."""
    start = -1 if lead is None else lead
    return [
        p + _FACT_BONUS if 0 < i - start <= _EARLY and carries_fact(body[i]) else p
        for i, p in enumerate(odds)
    ]


def _leaning(
    chosen: tuple[int, ...], fixed: tuple[int, ...], needs: dict[int, frozenset[int]]
) -> bool:
    """Return True when a chosen sentence's subject is introduced only by one left out."""
    kept = set(chosen) | set(fixed)
    return any(needs[i] and not needs[i] & kept for i in chosen)


def _fallback(ranked: Sequence[int]) -> tuple[int, ...]:
    """Return the best sentence standing on its own, over budget: no sentence fits it."""
    return (ranked[0],) if ranked else (0,)
