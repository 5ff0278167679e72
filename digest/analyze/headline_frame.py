"""A headline's frame: the words it must hold (subject, verb) and the object that may follow.

The subject is named as headlines name it ("England coach Andy Robinson" -> "Robinson"),
without articles. A reporting verb keeps the clause it reports ("Fed says US economy is
growing", "Boss denies firm is bankrupt"), and a speaker reporting its own act becomes
that act's subject ("Blair said he will quit" -> "Blair to quit"; "BT said it would cut
jobs" -> "BT to cut jobs"). An act told after "by" or "before" is the news itself
("ended its search by appointing Collins" -> "appoints Collins").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from digest.analyze.headline_claim import Attribution, is_claim
from digest.analyze.headline_clause import Clause, find_verb, main_clause, subject_is_plural
from digest.analyze.headline_grammar import (
    EDGE,
    MODALS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    bare,
    base_form,
    present_form,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_subject import (
    headed_subject,
    object_descriptors,
    renamed,
    trimmed_subject,
)
from digest.analyze.headline_tense import verb_group
from digest.analyze.lexicon import ARTICLES, BE_WORDS
from digest.analyze.text import STOPWORDS

_POSSESSIVES = frozenset({"its", "their"})
_QUANTITIES = frozenset("all most many some half several both each none".split())
_TIME_NOUNS = frozenset("day week month year decade season row time".split())
# Determiners that point at what the reader has in front of them (general English).
_DEMONSTRATIVES = frozenset({"this", "these"})
# Verbs that report a clause; "said he will" can hand its clause the speaker.
_REPORTING = frozenset(
    "say tell announce confirm reveal deny warn claim insist admit argue predict suggest "
    "believe fear report state hope expect doubt".split()
)
_TELLING = frozenset({"tell", "warn", "assure", "remind", "inform", "convince", "persuade"})
_SUBORDINATE = frozenset("as after before since until while".split())
_OWN_ACT = frozenset({"say", "tell", "announce", "confirm"})
_THAT_REACH = 7  # "told WLOX, a television station, that": words between verb and "that"
_VERB_REACH = 6  # words between a reported clause's start and its verb
_COPULAS = frozenset({"is", "are"})
# Words that point back to the speaker or the story: "its profit", "he", "the player".
_REFERRING = SUBJECT_PRONOUNS | POSSESSIVE_PRONOUNS
_REPORTED_FUTURE = {"would": "will", "to": "will"}
# "would like to race", "would rather stay": a wish, not a future, so "would" stays
# (general English).
_WISHING = frozenset({"like", "love", "prefer", "rather", "hate"})
# "expressed concerns that Kelly's views could hamper research": a verb voicing one of
# these nouns reports the clause after it as the noun's own verb would ("fear Kelly's
# views could hamper research"); the clause is the news (general English, as _REPORTING).
_VOICING = frozenset({"express", "voice", "raise", "share"})
_VOICED = {
    "concern": "fear",
    "concerns": "fear",
    "fear": "fear",
    "fears": "fear",
    "worries": "fear",
    "hope": "hope",
    "hopes": "hope",
    "claim": "claim",
    "claims": "claim",
    "warning": "warn",
    "warnings": "warn",
    "doubt": "doubt",
    "doubts": "doubt",
}
_VOICED_REACH = 3  # "expressed serious concerns that": words before the noun's "that"
# "is concerned (that) thousands may not vote": an adjective of feeling after "be" holds
# the clause it feels about; without it the headline says the wrong thing ("Party
# concerned thousands of residents"). Worry is headlined as the verb "fear", the others
# keep their adjective ("Council confident bridge will open"): general English.
_FEELING = {
    "concerned": "fear",
    "worried": "fear",
    "afraid": "fear",
    "fearful": "fear",
    "confident": "",
    "sure": "",
    "certain": "",
    "convinced": "",
    "optimistic": "",
    "hopeful": "",
    "adamant": "",
}
# "showed his intention to visit" states a plan: headlines write "to visit".
_SHOWING = frozenset("show express announce signal reveal confirm state".split())
_INTENTIONS = frozenset({"intention", "intent", "plan", "plans", "readiness"})
# "plans to build a plant", "has agreed to pay": the plan is the news, and headlines tell
# it with "to" alone ("Hyundai to build plant"); "is set to" likewise. Hopes and wishes
# stay ("hopes to block"): the act is not planned (general English). So does "is expected
# to": others expect it, and "Ferrow to quit" would claim more than the article does.
_PLANNING = frozenset("plan agree vow pledge promise decide intend prepare".split())
_PLANNED = frozenset({"set"})
_FRACTIONS = frozenset("third quarter half fifth tenth fraction".split())
# "gear up a notch", "a few", "a lot", "a number of": with its "a" the phrase is an idiom
# or an amount; without it, broken ("gear up notch") or the opposite ("few" for "a few").
_AMOUNT_NOUNS = frozenset("notch bit lot lots little few number couple handful tad touch".split())
# Words that open a new clause: the object ends before them ("after", "as" and "with"
# open a phrase as often, so they are only places to cut).
_CLAUSE_STOPS = frozenset(
    "but because while when whereas although though if unless which who whom whose where "
    "so saying adding according including that said".split()
)


@dataclass(frozen=True)
class Frame:
    """A headline in the making: fixed words (subject and verb) and the object to cut."""

    fixed: tuple[str, ...]
    fixed_odds: tuple[float, ...]  # the word scorer's probabilities of the fixed words
    rest: tuple[int, ...]  # lead positions that may follow, in order
    verb_at: tuple[int, ...] = ()  # lead positions of the verb group the headline tells


def headline_subject(
    tokens: Sequence[str], clause: Clause, *, named: bool, tight: bool, headed: bool = False
) -> Clause:
    """Return the clause with its subject as a headline names it: `named` subjects lose a
    descriptor before their name, `tight` ones what follows their head, `headed` ones the
    phrase after their head ("Hunts in England and Wales" -> "Hunts")."""
    clause = renamed(tokens, clause) if named else clause
    if tight:
        clause = replace(clause, subject=tuple(trimmed_subject(tokens, clause.subject)))
    if headed:
        subject = headed_subject(tokens, clause.subject)
        numbered = clause.verb[0] not in MODALS | {"to"}  # "could be tagged" agrees with any
        if not numbered or subject_is_plural([tokens[i] for i in subject]) == clause.plural:
            clause = replace(clause, subject=tuple(subject))
    return clause


def headline_frame(
    tokens: Sequence[str],
    clause: Clause,
    odds: Sequence[float],
    *,
    named: bool = True,
    tight: bool = False,
    headed: bool = False,
) -> Frame:
    """Return the headline's fixed words and the object positions for a clause; `named`
    subjects lose a descriptor before their name, `tight` ones what follows their head,
    `headed` ones the phrase after their head."""
    first = clause.subject[0]
    clause = headline_subject(tokens, clause, named=named, tight=tight, headed=headed)
    subject = clause.subject
    said = _subject_words(tokens, subject, first)
    reported = _reported_clause(tokens, clause)
    intended = _intention(tokens, clause)
    if intended is not None:
        return Frame(
            fixed=(*said, "to"),
            fixed_odds=_odds(tokens, odds, (*subject, *clause.verb_at)),
            rest=_clause_rest(tokens, clause.rest[intended:], condition=True),
            verb_at=clause.verb_at,
        )
    if reported is None:
        group, rest = _able(tokens, clause.verb, clause.rest)
        return Frame(
            fixed=(*said, *group),
            fixed_odds=_odds(tokens, odds, (*subject, *clause.verb_at)),
            rest=_clause_rest(tokens, rest, condition=_modal(tokens, clause.verb_at)),
            verb_at=clause.verb_at,
        )
    inner, verb = reported
    if _speaker_is_subject(tokens, clause, inner, verb):
        _, words = verb_group(tokens, inner.verb_at[0], plural=clause.plural)
        words = _in_future(words, {"would": "to"})
        return Frame(
            fixed=(*said, *words),
            fixed_odds=_odds(tokens, odds, (*subject, *inner.verb_at)),
            rest=_clause_rest(tokens, inner.rest, condition=_modal(tokens, inner.verb_at)),
            verb_at=inner.verb_at,
        )
    inner = renamed(tokens, inner)
    inner_words = _subject_words(tokens, inner.subject, inner.subject[0])
    spoken = Attribution(source=tuple(tokens[i] for i in subject), verb=verb[-1].lower())
    object_words = [tokens[i] for i in inner.rest]
    stated = [tokens[i] for i in inner.verb_at]
    named = _names_its_subject(tokens, inner.subject)
    if named and not is_claim(spoken, [*inner_words, *inner.verb, *object_words], stated=stated):
        # "Figures show house prices fell 0.7%" -> "House prices fall 0.7%"
        return Frame(
            fixed=(*inner_words, *inner.verb),
            fixed_odds=_odds(tokens, odds, (*inner.subject, *inner.verb_at)),
            rest=_clause_rest(tokens, inner.rest, condition=_modal(tokens, inner.verb_at)),
            verb_at=inner.verb_at,
        )
    # Reported speech keeps its own future: "says court will decide", not "court to decide".
    inner_verb = _in_future(inner.verb, _REPORTED_FUTURE)
    return Frame(
        fixed=(
            *said,
            *verb,
            *inner_words,
            *inner_verb,
        ),
        fixed_odds=_odds(tokens, odds, (*subject, *clause.verb_at, *inner.subject, *inner.verb_at)),
        rest=_clause_rest(tokens, inner.rest, condition=_modal(tokens, inner.verb_at)),
        verb_at=clause.verb_at,
    )


def _in_future(verb: Sequence[str], future: Mapping[str, str]) -> list[str]:
    """Return a reported verb group with its first word told as the future it reports
    ("would" -> "will"), unless "would" voices a wish: "would like to race" stays."""
    if list(verb[:1]) == ["would"] and verb[1:2] and verb[1] in _WISHING:
        return list(verb)
    return [future.get(w, w) for w in verb[:1]] + list(verb[1:])


# "ends its search by appointing Collins", "saved a match point before fighting back to
# defeat Rusedski": the act after these is the news.
_MEANS = frozenset({"by", "before"})
# A verb group that is not a plain statement of fact keeps its own verb: "will try to win
# by beating" is no "beats".
_UNSTATED = frozenset("to will would could may might should can must not".split())
# "by selling him": whose act it was, the pronoun leaves unsaid.
_OBJECT_PRONOUNS = frozenset("him her them it us me himself herself themselves itself".split())


# Verbs that set a scene: "McConnell spoke to 100 pupils, telling them ..." - the news is
# what was told (general English verbs of speaking, meeting, gathering and visiting).
_SETTING = frozenset("speak talk address meet gather assemble visit tour attend".split())
# What a speaker goes on to do with the listener, or a gathering declares: the act the
# headline tells ("delegates gather ..., declaring Britain needs a change").
_TELLING_ACTS = frozenset(
    "telling urging warning saying asking calling promising declaring insisting arguing".split()
)
_LISTENER_PRONOUNS = frozenset({"them", "him", "her", "us"})


def told_frame(
    tokens: Sequence[str],
    clause: Clause,
    odds: Sequence[float],
    *,
    named: bool = True,
    tight: bool = False,
    headed: bool = False,
) -> Frame | None:
    """Return the frame of what a speaker told the people a lead says they spoke to or met
    ("McConnell spoke to 100 pupils, telling them to vote" -> "McConnell tells pupils to
    vote"), or None for any other clause: the setting is no news when the act follows."""
    if base_form(bare(tokens[clause.verb_at[-1]])) not in _SETTING:
        return None
    if any(bare(tokens[i]) in _UNSTATED for i in clause.verb_at):
        return None  # "will speak to pupils": nothing was told yet
    at = next(
        (k for k, i in enumerate(clause.rest) if k and tokens[clause.rest[k - 1]].endswith(",")),
        None,
    )
    if at is None or bare(tokens[clause.rest[at]]) not in _TELLING_ACTS:
        return None
    listener = _listener(tokens, clause.rest[:at])
    act = clause.rest[at]
    after = list(clause.rest[at + 1 :])
    told: list[str] = []
    if after and bare(tokens[after[0]]) in _LISTENER_PRONOUNS:
        if listener is None:
            return None  # "telling them": whom, the lead does not say plainly
        told, after = [tokens[listener].strip(EDGE)], after[1:]
    if after and bare(tokens[after[0]]) == "that":
        after = after[1:]  # "telling them that a vote ..." -> "tells pupils vote ..."
    if not after:
        return None
    first = clause.subject[0]
    clause = headline_subject(tokens, clause, named=named, tight=tight, headed=headed)
    said = (
        *_subject_words(tokens, clause.subject, first),
        present_form(bare(tokens[act]), plural=clause.plural),
        *told,
    )
    inner = main_clause(tokens, after[0], reported=True)
    if inner is not None and inner.subject[0] == after[0]:
        # "telling them a vote at 16 would make politicians listen": the clause told
        inner_verb = _in_future(inner.verb, _REPORTED_FUTURE)
        return Frame(
            fixed=(*said, *_subject_words(tokens, inner.subject, after[0]), *inner_verb),
            fixed_odds=_odds(tokens, odds, (*clause.subject, act, *inner.subject, *inner.verb_at)),
            rest=_clause_rest(tokens, inner.rest, condition=_modal(tokens, inner.verb_at)),
            verb_at=(act,),
        )
    return Frame(
        fixed=said,
        fixed_odds=_odds(tokens, odds, (*clause.subject, act)),
        rest=_clause_rest(tokens, after),
        verb_at=(act,),
    )


def _listener(tokens: Sequence[str], setting: Sequence[int]) -> int | None:
    """Return the position of the head noun of whom a speaker spoke to or met: "to over
    100 secondary pupils at a school" -> "pupils"; None when it is no plain noun."""
    words = [bare(tokens[i]) for i in setting]
    start = 1 if words[:1] == ["to"] else 0
    end = next(
        (k for k in range(start, len(words)) if words[k] in PREPOSITIONS and k > start),
        len(words),
    )
    head = setting[end - 1] if end > start else None
    if head is None or "NOUN" not in word_classes(bare(tokens[head])):
        return None
    return head if tokens[head].strip(EDGE).isalpha() else None


def means_frame(
    tokens: Sequence[str],
    clause: Clause,
    odds: Sequence[float],
    *,
    named: bool = True,
    tight: bool = False,
    headed: bool = False,
) -> Frame | None:
    """Return the frame of the act a lead tells with "by" or "before" and a gerund after
    its object ("UK Athletics ended its search by appointing Collins" -> "UK Athletics
    appoints Collins"), or None when the clause has none."""
    if _reported_clause(tokens, clause) is not None or _intention(tokens, clause) is not None:
        return None
    if clause.verb[0].lower() in _UNSTATED or base_form(clause.verb[-1]) in _REPORTING:
        return None
    # "was put up for sale by gaming group": after a passive, "by" names the agent; "is
    # waiting to learn ... before committing": a pending act is not yet the news.
    if any(bare(tokens[i]) in BE_WORDS for i in clause.verb_at):
        return None
    first = clause.subject[0]
    clause = headline_subject(tokens, clause, named=named, tight=tight, headed=headed)
    rest = _clause_rest(tokens, clause.rest)
    at = _means_at(tokens, rest)
    if at is None:
        return None
    gerund = tokens[rest[at]].strip(EDGE)
    return Frame(
        fixed=(
            *_subject_words(tokens, clause.subject, first),
            present_form(gerund, plural=clause.plural),
        ),
        fixed_odds=_odds(tokens, odds, (*clause.subject, rest[at])),
        rest=tuple(rest[at + 1 :]),
        verb_at=(rest[at],),
    )


def _means_at(tokens: Sequence[str], rest: Sequence[int]) -> int | None:
    """Return where in the object a gerund after "by" or "before" stands, past at least
    one word of object; None when there is none."""
    for k in range(2, len(rest)):
        after = bare(tokens[rest[k + 1]]) if k + 1 < len(rest) else ""
        if (
            bare(tokens[rest[k - 1]]) in _MEANS
            and _is_gerund(tokens[rest[k]].strip(EDGE))
            and after not in _OBJECT_PRONOUNS
        ):
            return k
    return None


def _is_gerund(word: str) -> bool:
    """Return True for a verb's -ing form that is no preposition ("following"), no name
    ("Downing Street") and reports no claim ("by claiming")."""
    return (
        word.endswith("ing")
        and word.islower()
        and word not in PREPOSITIONS | {"including", "according"}
        and "VBG" in verb_tags(word)
        and base_form(word) not in _REPORTING
    )


def _names_its_subject(tokens: Sequence[str], subject: Sequence[int]) -> bool:
    """Return True for a reported subject a reader knows without its speaker: a name or a
    figure ("Wright-Phillips", "500 patents"); not "he", "its profit", "the player"."""
    words = [tokens[i].strip(EDGE) for i in subject]
    if any(w.lower() in _REFERRING for w in words):
        return False
    return any(w[:1].isupper() or w[:1].isdigit() for w in words)


def _subject_words(tokens: Sequence[str], subject: Sequence[int], first: int) -> list[str]:
    """Return the subject in headlinese; a word that opened the lead and moved behind an
    owner loses its capital ("Shares in EMI" -> "EMI shares")."""
    words = headline_words(tokens, subject)
    if subject and subject[0] != first and first in subject:
        moved = [i for i in subject if bare(tokens[i]) not in ARTICLES].index(first)
        words[moved] = words[moved][:1].lower() + words[moved][1:]
    return words


def _intention(tokens: Sequence[str], clause: Clause) -> int | None:
    """Return where the verb of "showed his intention to visit" or "plans to build" starts
    in the object, so the headline reads "Putin to visit", "Hyundai to build"; None for
    any other clause."""
    planned = _planned(tokens, clause)
    if planned is not None:
        return planned
    if base_form(bare(tokens[clause.verb_at[-1]])) not in _SHOWING:
        return None
    words = [bare(tokens[i]) for i in clause.rest[:4]]
    if words[:1] and words[0] in _POSSESSIVES | {"his", "her", "an", "the"}:
        words = words[1:]
        skip = 1
    else:
        skip = 0
    if len(words) > 2 and words[0] in _INTENTIONS and words[1] == "to":
        return skip + 2
    return None


def _able(
    tokens: Sequence[str], verb: Sequence[str], rest: Sequence[int]
) -> tuple[tuple[str, ...], Sequence[int]]:
    """Return the verb group and object without "be able to", as headlines say it: "to be
    able to get" -> "to get", "is able to pay" -> "can pay"; else both unchanged."""
    words = [bare(tokens[i]) for i in rest[:5]]
    if list(verb) == ["to"] and words[1:4] == ["be", "able", "to"] and _adverb(words[0]):
        return ("to", words[0]), rest[4:]  # "will soon be able to make" -> "to soon make"
    if len(words) < 3 or words[:2] != ["able", "to"] or "VB" not in verb_tags(words[2]):
        return tuple(verb), rest
    if list(verb[-2:]) == ["to", "be"]:
        return (*verb[:-1],), rest[2:]
    if list(verb) in (["is"], ["are"]):
        return ("can",), rest[2:]
    return tuple(verb), rest


def _adverb(word: str) -> bool:
    """Return True for an adverb standing between "will" and "be able": "soon", "finally"."""
    return word in {"soon", "now", "still"} or (
        word.endswith("ly") and word_classes(word) == {"ADV"}
    )


def _planned(tokens: Sequence[str], clause: Clause) -> int | None:
    """Return 1 for a plan stated with its verb ("plans to build", "has agreed to pay",
    "is set to sign"): wire headlines say "to build", "to pay".
    None for a plan the verb group doubts or ended ("had planned", "may agree", "not")."""
    if "to" in (bare(tokens[i]) for i in clause.subject):
        return None  # "Companies fail to draw up | plans to cope": "plans" is no verb
    lemma = base_form(bare(tokens[clause.verb_at[-1]]))
    group = [bare(tokens[i]) for i in clause.verb_at]
    passive = any(word in BE_WORDS for word in group[:-1])
    if lemma not in _PLANNING and not (passive and lemma in _PLANNED):
        return None
    if any(word in _UNSTATED or word == "had" for word in group) or passive != (lemma in _PLANNED):
        return None
    words = [bare(tokens[i]) for i in clause.rest[:2]]
    if len(words) < 2 or words[0] != "to" or "VB" not in verb_tags(words[1]):
        return None
    return 1


def _odds(
    tokens: Sequence[str], odds: Sequence[float], positions: Sequence[int]
) -> tuple[float, ...]:
    return tuple(odds[i] for i in positions if bare(tokens[i]) not in ARTICLES)


def headline_words(
    tokens: Sequence[str], positions: Sequence[int], *, opening: bool = True
) -> list[str]:
    """Return the tokens at `positions` in headlinese: articles and "its" left out, but
    never from inside a quotation; `opening` words start the headline."""
    out: list[str] = []
    quoted = _quoted(tokens)
    for n, i in enumerate(positions):
        if i not in quoted and _left_out(tokens, positions, n, out, opening=opening):
            continue
        following = positions[n + 1] if n + 1 < len(positions) else None
        gap = following != i + 1 if following is not None else not _is_last(tokens, positions)
        # "Markova, is", "Multiplex Group, shares": a comma goes with the aside it opened
        out.append(tokens[i].rstrip(",") if gap else tokens[i])
    return out


def _quoted(tokens: Sequence[str]) -> set[int]:
    """Return the positions of words inside double quote marks: a quotation keeps its
    articles ('"take a break"'), as the speaker said it."""
    inside, out = False, set()
    for i, token in enumerate(tokens):
        opens = token[:1] in {'"', "“"}
        if inside or opens:
            out.add(i)
        marks = token.count('"') + token.count("“") + token.count("”")
        inside = inside != (marks % 2 == 1)
    return out


def _left_out(
    tokens: Sequence[str], positions: Sequence[int], n: int, out: list[str], *, opening: bool
) -> bool:
    """Return True for a word headlinese leaves out: an article, "its", "his" before its noun."""
    word = bare(tokens[positions[n]])
    if word in ARTICLES and not _keeps_article(tokens, positions, n, opening=opening):
        return True
    if word in _POSSESSIVES and n + 1 < len(positions):
        return True
    if word in {"his", "her"} and _before_noun(tokens, positions, n):
        return True
    if opening and not n and word in _DEMONSTRATIVES and _before_noun(tokens, positions, n):
        # "This third film brings ..." points back at a page the headline stands without:
        # "Third film brings ..."; "this year's" keeps it, as the year is said by "this"
        return bare(tokens[positions[1]]).removesuffix("'s") not in _TIME_NOUNS
    # "all 900 of its buses" -> "all 900 buses", not "all 900 of buses"
    return word == "of" and bool(out) and _drops_after(tokens, positions, n)


def _drops_after(tokens: Sequence[str], positions: Sequence[int], n: int) -> bool:
    """Return True for an "of" left bare by the determiner after it going ("of its", "of the")."""
    if n + 1 >= len(positions) or tokens[positions[n]].endswith(","):
        return False
    following = bare(tokens[positions[n + 1]])
    before = bare(tokens[positions[n - 1]])
    quantity = before in _QUANTITIES or before.replace(",", "").isdigit()
    return quantity and (following in _POSSESSIVES or following in {"his", "her"})


def _before_noun(tokens: Sequence[str], positions: Sequence[int], n: int) -> bool:
    """Return True for a possessive "his" or "her": a word follows that is no stopword."""
    if n + 1 >= len(positions):
        return False
    following = tokens[positions[n + 1]].strip(EDGE)
    if following in {"most", "more", "own", "first", "last"}:
        return True  # "his most fearsome opponents"
    return following[:1].islower() and following.lower() not in STOPWORDS | PREPOSITIONS


def _before_modified_figure(tokens: Sequence[str], positions: Sequence[int], n: int) -> bool:
    """Return True when modifiers and then a figure follow: "a seasonally adjusted 0.5%"."""
    following = [tokens[i] for i in positions[n + 1 : n + 4]]
    for k, token in enumerate(following):
        if token[:1].isdigit() or token[:1] in "$£€":
            return k > 0
        if not word_classes(bare(token)) & {"ADJ", "ADV"} or "NOUN" in word_classes(bare(token)):
            return False
    return False


def _is_last(tokens: Sequence[str], positions: Sequence[int]) -> bool:
    return bool(positions) and positions[-1] == len(tokens) - 1


def _keeps_article(
    tokens: Sequence[str], positions: Sequence[int], n: int, *, opening: bool
) -> bool:
    """Return True for an article a headline keeps: in a name ("The Who"), "in a month"."""
    token = tokens[positions[n]]
    if n and token[:1].isupper():
        return True
    if _inside_title(tokens, positions[n]):
        return True  # "Beyond the Sea", "Lord of the Rings": a title keeps its words
    if opening and not n and n + 1 < len(positions) and tokens[positions[1]][:1].isdigit():
        return True  # "A 22-year-old gamer": a headline opening "22-" reads as a dateline
    following = bare(tokens[positions[n + 1]]) if n + 1 < len(positions) else ""
    previous = bare(tokens[positions[n - 1]]) if n else ""
    if following in _FRACTIONS and bare(token) != "the":
        return True  # "a third larger"; "the third quarter" is no fraction
    if bare(token) in {"a", "an"} and following in _AMOUNT_NOUNS and (n or following != "number"):
        return True  # "speeds gear up a notch", "a few"; a subject "Number of firms" reads well
    if bare(token) in {"a", "an"} and _before_modified_figure(tokens, positions, n):
        return True  # "rose a seasonally adjusted 0.5%", not "rose seasonally adjusted 0.5%"
    before = bare(tokens[positions[n] - 1]) if positions[n] else ""
    if bare(token) != "the" and before in {"is", "are", "was", "were"}:
        return True  # "Samsung is a giant", not "is giant"
    return bare(token) != "the" and previous in PREPOSITIONS and following in _TIME_NOUNS


def _inside_title(tokens: Sequence[str], at: int) -> bool:
    """Return True for a lower-case word between two capitalised words of a title (the
    sentence's opening word is capitalised for another reason: "At the Bafta awards")."""
    if not 1 < at < len(tokens) - 1 or tokens[at - 1][-1:] in EDGE or not tokens[at].islower():
        return False
    return tokens[at - 1][:1].isupper() and tokens[at + 1][:1].isupper()


def _reported_clause(tokens: Sequence[str], clause: Clause) -> tuple[Clause, list[str]] | None:
    """Return the clause a reporting verb reports, with the reporting verb in headlinese."""
    if not clause.rest:
        return None
    lemma = base_form(bare(tokens[clause.verb_at[-1]]))
    start = clause.rest[0]
    voiced = _voiced(tokens, clause) if lemma in _VOICING else None
    if voiced is not None:
        inner = main_clause(tokens, voiced[0], reported=True)
        if (
            inner is None
            or inner.subject[0] != voiced[0]
            or inner.verb_at[0] - voiced[0] > _VERB_REACH
        ):
            return None
        return inner, [present_form(voiced[1], plural=clause.plural)]
    felt = _felt(tokens, clause)
    if felt is not None:
        return felt
    if lemma not in _REPORTING and bare(tokens[start]) != "that":
        return None  # "should accept that ...": any verb may report a "that" clause
    # "told WLOX, a television station, that": only verbs with a listener reach past one
    reach = range(start, min(len(tokens), start + (_THAT_REACH + 1 if lemma in _TELLING else 1)))
    that = next((j for j in reach if bare(tokens[j]) == "that"), None)
    if that is not None and that > start and bare(tokens[start]) in PREPOSITIONS:
        return None  # "warn about viruses that can spread": a relative clause, no report
    if that is None and lemma == "tell":
        return None  # "told MPs the party ...": too easily a noun phrase, not a clause
    opening = that + 1 if that is not None else start
    inner = main_clause(tokens, opening, reported=True)
    if inner is None or inner.subject[0] != opening or inner.verb_at[0] - opening > _VERB_REACH:
        return None
    verb = ["say" if clause.plural else "says"] if lemma == "tell" else list(clause.verb)
    return inner, verb


def _felt(tokens: Sequence[str], clause: Clause) -> tuple[Clause, list[str]] | None:
    """Return the clause an adjective of feeling after "be" holds and the words saying
    it ("is concerned thousands may" -> "fears"; "is confident that" -> "confident")."""
    adjective = next(
        (i for i in (*clause.verb_at[-1:], *clause.rest[:1]) if bare(tokens[i]) in _FEELING), None
    )
    if adjective is None or not adjective or bare(tokens[adjective - 1]) not in BE_WORDS:
        return None
    opening = adjective + 1
    if opening < len(tokens) and bare(tokens[opening]) == "that":
        opening += 1
    inner = main_clause(tokens, opening, reported=True)
    if inner is None or inner.subject[0] != opening or inner.verb_at[0] - opening > _VERB_REACH:
        return None
    word = bare(tokens[adjective])
    said = _FEELING[word]
    return inner, [present_form(said, plural=clause.plural) if said else word]


def _voiced(tokens: Sequence[str], clause: Clause) -> tuple[int, str] | None:
    """Return where the clause a voiced noun reports opens and the verb saying it
    ("expressed concerns that" -> "fear"), if the object is such a noun and its "that"."""
    for k, i in enumerate(clause.rest[: _VOICED_REACH + 1]):
        word = bare(tokens[i])
        if word in _VOICED:
            after = i + 1
            if (
                after < len(tokens)
                and bare(tokens[after]) == "that"
                and clause.rest[k:][1:2] == (after,)
            ):
                return after + 1, _VOICED[word]
            return None
    return None


def _speaker_is_subject(
    tokens: Sequence[str], clause: Clause, inner: Clause, verb: Sequence[str]
) -> bool:
    """Return True for "Blair said he will quit": the speaker reports its own act."""
    if len(inner.subject) != 1 or base_form(verb[-1]) not in _OWN_ACT:
        return False
    pronoun = bare(tokens[inner.subject[0]])
    if pronoun not in {"he", "she", "it", "they"} or (pronoun == "they") != clause.plural:
        return False
    return not (pronoun == "it" and inner.verb[0] in _COPULAS)  # "it was time"


def _opens_clause(tokens: Sequence[str], i: int) -> bool:
    """Return True when a finite verb follows the word at i closely: a new clause."""
    verb = find_verb(tokens, i + 1)
    return (
        verb is not None
        and verb - i <= _VERB_REACH
        and not any(t.endswith(",") for t in tokens[i:verb])
    )


def _second_verb(tokens: Sequence[str], i: int) -> bool:
    """Return True when a past or present verb follows "and" closely ("and later said")."""
    for token in tokens[i + 1 : i + 3]:
        word = bare(token)
        if word_classes(word) == {"VERB"} and verb_tags(word) & {"VBD", "VBZ"}:
            return True
        if token.endswith(","):
            return False  # "naive and sophisticated, suggests a report": past the clause
    return False


# "will be thrown out if they use Blackberries": a future or possible act holds only under
# its condition, which the headline keeps (general English).
_CONDITIONS = frozenset({"if", "unless"})


def _modal(tokens: Sequence[str], verb_at: Sequence[int]) -> bool:
    """Return True for a verb group of a future or possible act: "will be", "could cut"."""
    return any(bare(tokens[i]) in MODALS for i in verb_at)


# "has no regrets after his side lost 3-0", "rises as experts predict more": a short object
# says little, and the "after" or "as" clause that follows carries the news; it stays, to be
# cut only past its own verb (open_subordinate).
_REASONS = frozenset({"after", "as"})
_SHORT_OBJECT = 3  # words of object at most, for the clause after it to stay


def _telling_reason(tokens: Sequence[str], kept: Sequence[int], at: int) -> bool:
    """Return True when the "after" or "as" clause at `at` follows a short object and
    none before it: the headline may go on into it."""
    if bare(tokens[at]) not in _REASONS or tokens[at - 1].endswith(","):
        return False
    words = [i for i in kept if any(c.isalnum() for c in tokens[i])]
    if len(words) > _SHORT_OBJECT or any(bare(tokens[i]) in _REASONS for i in kept):
        return False
    verb = find_verb(tokens, at)  # "as election day when Parliament returns": no clause
    return verb is not None and not any(bare(t) in _CLAUSE_STOPS for t in tokens[at:verb])


def open_subordinate(tokens: Sequence[str], kept: Sequence[int]) -> bool:
    """Return True when the object kept opens an "after" or "as" clause and stops before
    its verb, or on a verb of saying that wants what was said: "after his side | lost",
    "as experts predict | ..."."""
    at = next(
        (k for k, i in enumerate(kept) if bare(tokens[i]) in _REASONS and _opens_clause(tokens, i)),
        None,
    )
    if at is None:
        return False
    verb = find_verb(tokens, kept[at])
    if verb is None or verb > kept[-1]:
        return True
    return verb == kept[-1] and base_form(bare(tokens[verb])) in _REPORTING


def _clause_rest(
    tokens: Sequence[str], rest: Sequence[int], *, condition: bool = False
) -> tuple[int, ...]:
    """Return the object positions up to the clause's end (a comma, dash or new clause);
    with `condition`, an "if" or "unless" clause goes on with the object."""
    if rest and rest[0] and tokens[rest[0] - 1].endswith(","):
        return ()  # "growth accelerated, driven by spending": the verb closed the clause
    kept: list[int] = []
    for i in rest:
        word = bare(tokens[i])
        following = bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
        degree = word == "so" and word_classes(following) & {"ADJ", "ADV"} and following != "that"
        conditional = condition and word in _CONDITIONS
        stops = word in _CLAUSE_STOPS and not conditional
        if stops and (kept or word == "that") and following != "of" and not degree:
            break  # "exceed that of the US" goes on; "took so long" measures the verb
        if word in {"and", "but"} and kept and _second_verb(tokens, i):
            break  # "stormed the building and later confirmed ...": a second clause
        if (
            word in _SUBORDINATE
            and _opens_clause(tokens, i)
            and not _telling_reason(tokens, kept, i)
        ):
            break  # "fall as traders weighed figures", not "takes over as chief executive"
        if tokens[i] in {"-", "–", "—"}:
            break
        kept.append(i)
        listed = tokens[i].endswith(",") and word_classes(word) == {"ADJ"}  # "a new, cheap Mac"
        if tokens[i].endswith((",", ";", ":", ".", "!", "?")) and not listed:
            kept = _named_in_apposition(tokens, kept)
            break
    described = object_descriptors(tokens, kept)
    return tuple(i for i in kept if i not in described)


# Lower-case words inside a title or name: "Beyond the Sea", "Lord of the Rings".
_TITLE_WORDS = frozenset("the of and a an in on to for".split())
_TITLE_REACH = 6


def _named_in_apposition(tokens: Sequence[str], kept: list[int]) -> list[int]:
    """Return the object with a description that a name in apposition follows replaced
    by that name: "premiere of new film, Beyond the Sea," -> "premiere of Beyond the Sea";
    the object as it was when no name follows ("a drop in sales, analysts said")."""
    comma = kept[-1]
    if not tokens[comma].endswith(",") or not tokens[comma].islower():
        return kept
    if "NOUN" not in word_classes(bare(tokens[comma])):
        return kept
    name = _title_after(tokens, comma)
    if not name:
        return kept
    start = len(kept) - 1
    while start > 0 and tokens[kept[start - 1]].isalpha():
        word = bare(tokens[kept[start - 1]])
        if word in PREPOSITIONS or word in ARTICLES or word in STOPWORDS - POSSESSIVE_PRONOUNS:
            break
        start -= 1  # "the Czech capital, Prague" -> "Prague"; "his latest album" -> the album
    if start and bare(tokens[kept[start - 1]]) in POSSESSIVE_PRONOUNS:
        start -= 1
    if start and bare(tokens[kept[start - 1]]) in ARTICLES:
        start -= 1
    return [*kept[:start], *name]


def _title_after(tokens: Sequence[str], comma: int) -> list[int]:
    """Return the positions of a name or title after a comma that closes the sentence or
    its own phrase ("Beyond the Sea,", "Prague."), or [] when other words follow."""
    for end in range(comma + 1, min(len(tokens), comma + 1 + _TITLE_REACH)):
        token = tokens[end].strip(EDGE)
        if not token[:1].isupper() and bare(token) not in _TITLE_WORDS:
            return []
        if tokens[end][-1:] in ",." or end == len(tokens) - 1:
            if not token[:1].isupper() or not tokens[comma + 1][:1].isupper():
                return []
            return list(range(comma + 1, end + 1))
    return []
