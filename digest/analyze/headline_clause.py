"""The main clause of a lead sentence: its subject, its finite verb group and what follows.

A lead sentence states the news as subject + verb + object, wrapped in asides a headline
leaves out. This module finds that clause without a parser: the subject is what precedes
the first word that can be a finite verb in its place (an auxiliary, a modal, or a past
or present form that no determiner or preposition precedes); the verb group is then
rewritten as headlines write it by headline_tense.py ("has agreed" -> "agrees").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from digest.analyze.headline_grammar import (
    AUXILIARIES,
    DETERMINERS,
    EDGE,
    NEGATIONS,
    PARTITIVES,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    bare,
    can_be_noun,
    is_plural_noun,
    verb_tags,
    word_classes,
)
from digest.analyze.headline_tense import GROUP_ADVERBS, verb_group

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_RELATIVE = frozenset({"who", "which", "that", "whom", "whose"})
# Openers of an adverbial before the subject: "In a statement, ...", "After the vote, ...".
_ADVERBIAL_OPENERS = PREPOSITIONS | frozenset(
    """
    after as while when although though if once despite following amid having speaking apart
    well then again
    meanwhile however earlier later now yet still also but and so
    """.split()
)
_ARTICLE_LIKE = frozenset({"a", "an", "the", "its", "their", "his", "her"})
# Words that tie a sentence to the one before: never part of a subject.
_CONNECTIVES = frozenset(
    "however meanwhile instead indeed moreover furthermore nevertheless nonetheless thus "
    "therefore also but and".split()
)
_ADVERBIAL_REACH = 20
_SUBORDINATORS = frozenset("after before when while since until because although though if".split())
# The article's own agreement wins: "England have named" is plural, as the BBC writes it.
_AUXILIARY_NUMBER = {
    "has": False, "is": False, "was": False, "does": False,
    "have": True, "are": True, "were": True, "do": True,
}  # fmt: skip
# Quantities, not adverbials: "At least three people died".
_QUANTITY = frozenset({"least", "most", "more", "less", "fewer", "up", "about", "around"})
# A headline never opens on a pronoun ("He said ...") nor on a subordinate clause ("If ...").
_NO_SUBJECT_START = SUBJECT_PRONOUNS | frozenset(
    "his her its their this these those there here if when while although though because as "
    "unless whether what before after since until once whereas and but or so yet also".split()
)
# A reported clause may open on a pronoun or possessive: "says he will", "said its profit".
_REPORTED_OPENERS = frozenset("his her its their he she it they we i you".split())
# "More than 40 stars", "two men": a count before the head makes it plural.
_COUNT = re.compile(
    r"\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|dozens|"
    r"tens|hundreds|thousands|millions|several|many|both|few"
)
_PLURAL_PRONOUNS = frozenset({"they", "we", "i", "you"})
_NAME_REACH = 4  # "Harbour and District": the words of a name between commas
_APPOSITION_REACH = 16  # ", the region's top showcase for new hits and talent,"
# Verbs of thinking that take a clause, and nouns too: after a name and before a name or
# an article they are the verb ("Pell hopes Brandt will ...", "Roe fears the firm ...").
_THINKS = frozenset("hopes fears believes expects doubts claims warns insists predicts".split())
_DEMONSTRATIVES = frozenset({"this", "these", "those"})
_FLOATING = frozenset({"all", "both", "alike", "together", "themselves", "each"})
# Words that end the clause a verb candidate is in.
_BOUNDARIES = (
    frozenset("and but or as because while when after before since that which who if so".split())
    | SUBJECT_PRONOUNS
)


@dataclass(frozen=True)
class Clause:
    """A lead's main clause, as token positions plus the verb group in headlinese."""

    subject: tuple[int, ...]  # positions of the subject's tokens
    verb: tuple[str, ...]  # the verb group, rewritten ("rises", "to visit", "is named")
    verb_at: tuple[int, ...]  # positions of the verb group's tokens in the lead
    rest: tuple[int, ...]  # positions after the verb group, up to the clause's end
    plural: bool  # the subject is plural (verb agreement)


def main_clause(tokens: Sequence[str], start: int = 0, *, reported: bool = False) -> Clause | None:
    """Return the main clause of a lead sentence's tokens, or None when no verb is found.

    A `reported` clause ("said [his party] would ...") may open on a possessive.
    """
    opening = _past_adverbial(tokens, start)
    found = _clause_at(tokens, opening, reported=reported)
    if found is not None and _hanging_participle(tokens, found):
        found = None  # "..., declaring Britain needs a change": the sentence's tail
    if found is not None and opening != start and _listed_subject(tokens, found):
        # "Now that people have embraced TV, DVDs and recorders, the next revolution is":
        # the opening clause ran on past its first comma
        later = _clause_after_list(tokens, found, reported=reported)
        found = later or found
    if found is not None or opening == start:
        return found
    found = _clause_at(tokens, start, reported=reported)
    return None if found is not None and _placed_subject(tokens, found) else found


def _placed_subject(tokens: Sequence[str], clause: Clause) -> bool:
    """Return True for a subject that is only a place or time phrase: "At the awards, there
    is the prospect" has none of its own; "Over 40 stars" is a count."""
    first = clause.subject[0]
    following = tokens[first + 1] if first + 1 < len(tokens) else ""
    return bare(tokens[first]) in PREPOSITIONS and not following[:1].isdigit()


def _hanging_participle(tokens: Sequence[str], clause: Clause) -> bool:
    """Return True for a subject opening on a lower-case "-ing" verb after a comma: the
    participle clause a sentence ends on ("..., declaring Britain needs"), which has no
    subject of its own; a gerund opening the sentence ("Smoking kills") has no comma."""
    first = clause.subject[0]
    word = tokens[first].strip(EDGE)
    after_comma = first > 0 and tokens[first - 1].endswith(",")
    return after_comma and word.islower() and "VBG" in verb_tags(word)


def _listed_subject(tokens: Sequence[str], clause: Clause) -> bool:
    """Return True when a comma inside the subject follows a lower-case word or a name list."""
    return any(tokens[i].endswith(",") for i in clause.subject[:-1])


def _clause_after_list(tokens: Sequence[str], clause: Clause, *, reported: bool) -> Clause | None:
    """Return the clause whose subject starts after the subject's last comma, if any."""
    commas = [i for i in clause.subject[:-1] if tokens[i].endswith(",")]
    found = _clause_at(tokens, commas[-1] + 1, reported=reported)
    return found if found is not None and not _listed_subject(tokens, found) else None


def _clause_at(tokens: Sequence[str], start: int, *, reported: bool) -> Clause | None:
    """Return the clause whose subject starts at `start`, or None."""
    verb = find_verb(tokens, start)
    if verb is None:
        return None
    subject = _subject(tokens, start, verb)
    if not subject:
        return None
    refused = _NO_SUBJECT_START - (_REPORTED_OPENERS if reported else frozenset())
    first = re.split(r"['’]", bare(tokens[subject[0]]))[0]
    determiner = first in _DEMONSTRATIVES and len(subject) > 1  # "This year's nominees"
    if first in refused and not determiner:
        return None  # "It's a common axiom" opens on a pronoun too
    plural = _AUXILIARY_NUMBER.get(
        bare(tokens[verb]), subject_is_plural([tokens[i] for i in subject])
    ) or _bare_present(bare(tokens[verb]))  # "Newcastle United face": the article's number
    end, words = verb_group(tokens, verb, plural=plural, reported=reported)
    if verb and bare(tokens[verb - 1]) in NEGATIONS:
        words = [bare(tokens[verb - 1]), *words]  # "rarely visits": the subject let it go
    if not words:
        return None
    return Clause(
        subject=tuple(subject),
        verb=tuple(words),
        verb_at=tuple(range(verb, end)),
        rest=tuple(range(end, len(tokens))),
        plural=plural,
    )


def _bare_present(word: str) -> bool:
    """Return True for a present form that only a plural takes ("face", not "faces")."""
    tags = verb_tags(word)
    return word not in AUXILIARIES and "VBP" in tags and not tags & {"VBZ", "VBD"}


def _past_adverbial(tokens: Sequence[str], start: int) -> int:
    """Return where the subject starts, past an opening "In a statement," or "However,"."""
    while start < len(tokens) and not any(c.isalnum() for c in tokens[start]):
        start += 1
    if start >= len(tokens):
        return start
    if bare(tokens[start]) in _CONNECTIVES and start + 1 < len(tokens):
        return _past_adverbial(tokens, start + 1)  # "However the festival continues"
    following = bare(tokens[start + 1]) if start + 1 < len(tokens) else ""
    adverb = bare(tokens[start]).endswith("ly") and tokens[start].endswith(",")  # "Meanwhile,"
    first = bare(tokens[start])
    adverb = adverb or (first.endswith("ing") and "VBG" in verb_tags(first))  # "Making good on"
    # "At least 20 people died, ..." counts its subject; "In most corners of X, ..." opens
    # on a place
    third = tokens[start + 2].strip(EDGE) if start + 2 < len(tokens) else ""
    quantity = following in _QUANTITY and not is_plural_noun(third)
    opener = bare(tokens[start]) in _ADVERBIAL_OPENERS and not quantity
    reach = range(start, min(len(tokens) - 1, start + _ADVERBIAL_REACH))
    comma = next((i for i in reach if tokens[i].endswith(",")), None)
    if comma is None:
        return start
    # "More than two days after the plane went missing, ...": a subordinate clause first
    # ("because of overbooking, cancellations or delays" is a preposition's list)
    # "Delegates are gathering before the election, declaring ...": a subordinator after
    # the sentence's own verb closes the main clause, it opens none before the subject
    verb = find_verb(tokens, start)
    subordinate = any(
        bare(tokens[k]) in _SUBORDINATORS
        and bare(tokens[k + 1]) != "of"
        and (verb is None or verb > k)
        for k in range(start + 1, comma)
    )
    return comma + 1 if opener or adverb or subordinate else start


def find_verb(tokens: Sequence[str], start: int) -> int | None:
    """Return the position of the clause's first finite verb (or auxiliary) after a subject."""
    for i in range(start + 1, len(tokens)):
        if _is_finite_here(tokens, i, start):
            return i
        if tokens[i].endswith((";", ":")) or tokens[i] in {"-", "–", "—"}:
            return None
    return None


def _is_finite_here(tokens: Sequence[str], i: int, start: int) -> bool:
    """Return True when the token at i can be the clause's finite verb in its place."""
    token, word = tokens[i], bare(tokens[i])
    if not word.isalpha() or token.strip(EDGE)[:1].isupper():
        return False  # a name, a number or punctuation
    previous = bare(tokens[i - 1])
    pronoun = previous in _DEMONSTRATIVES and word in AUXILIARIES  # "Those are the two"
    if (previous in DETERMINERS and not pronoun) or previous in PREPOSITIONS:
        return False
    if tokens[i - 1].endswith("'s"):
        return False
    if previous == "being":
        return False  # "being made an MBE underlines ...": a participle, never the verb
    if _aside_participle(tokens, i) or _in_apposition(tokens, i, start):
        return False  # "the film, called Tide, has been shown": the aside names the film
    if can_be_noun(word) and _COUNT.fullmatch(previous) and previous != "both":
        return False  # "the two questions": a count's noun, never the verb
    if previous in _RELATIVE and i - 1 > start:
        return False  # "the man who shot ...": a relative clause's verb
    if previous in AUXILIARIES and i > start + 1 and bare(tokens[i - 2]) in _RELATIVE:
        return False  # "the reception that has greeted"
    if previous in {"and", "or"} and i - 3 > start and bare(tokens[i - 3]) in _RELATIVE:
        return False  # "a phone that recognises and responds": the relative clause's too
    if not any(_is_nominal(t) for t in tokens[start:i]):
        return False  # "a bitterly divided court": no subject before it yet
    if any(_subject_pronoun(tokens, k) for k in range(start + 1, i)):
        return False  # "months look like they are": a verb of another clause
    if word in AUXILIARIES:
        return True
    tags = verb_tags(word)
    if not tags & _FINITE or (can_be_noun(word) and word_classes(previous) == {"ADJ"}):
        return False  # "lighter sentences": a noun after its adjective
    following = bare(tokens[i + 1]) if i + 1 < len(tokens) else ""
    if _is_adverb(tokens[i + 1] if i + 1 < len(tokens) else "") and i + 2 < len(tokens):
        following = bare(tokens[i + 2])  # "immigration rules racially discriminated"
    if can_be_noun(word) and (following in AUXILIARIES or verb_tags(following) & {"VBD"}):
        return False  # "job cuts hit", "profit rose": a noun before the verb
    if word == "said" and following not in {"to", "by"} and _is_nominal(tokens[i - 1]):
        return True  # "EMI said music sales will fall": it reports ("said to be": no verb)
    if word in _THINKS and tokens[i - 1].strip(EDGE)[:1].isupper() and i + 1 < len(tokens):
        opening = tokens[i + 1].strip(EDGE)
        if opening[:1].isupper() or bare(opening) in _ARTICLE_LIKE | {"that"}:
            return True  # "Pell hopes Westholm's Brandt will": a verb, not "Pell's hopes"
    # "said" is an adjective too ("the said party"), but after a name it reports
    ambiguous = (can_be_noun(word) and word != "said") or (
        "VBN" in tags and following not in DETERMINERS
    )
    if ambiguous and (("VBN" in tags and following == "by") or _later_auxiliary(tokens, i)):
        return False  # "a man arrested by police", "building products group X has"
    if can_be_noun(word) and _joined_nouns(tokens, i) and _later_auxiliary(tokens, i + 2):
        return False  # "UK drinks and food firm Allied Domecq have risen": a noun
    if can_be_noun(word) and "ADJ" in word_classes(previous) and _later_past(tokens, i):
        return False  # "Quarterly profits at Corvane jumped": "profits" is the noun
    named = i + 1 < len(tokens) and tokens[i + 1][:1].isupper()
    if can_be_noun(word) and named and _later_past(tokens, i):
        return False  # "Hollywood stars Kevin Spacey and Kate Bosworth attended": a descriptor
    if "VBN" in tags and following in PREPOSITIONS and _later_simple_past(tokens, i):
        return False  # "browsers sited outside the US began": a participle, then the verb
    if tags & {"VBD", "VBZ"}:
        return True
    if i - 1 == start and previous in _PLURAL_PRONOUNS and "VBP" in tags:
        return True  # "they plan to": after a pronoun, no noun reading is left
    # A bare present form ("endure") needs a plural subject and no noun reading in doubt;
    # a team or a firm takes one as the BBC writes it ("Newcastle United face a trip").
    team = tokens[i - 1].strip(EDGE)[:1].isupper() and following in _ARTICLE_LIKE
    plural = is_plural_noun(tokens[i - 1].strip(EDGE)) or previous in SUBJECT_PRONOUNS
    return (plural or team) and (
        not can_be_noun(word) or following in DETERMINERS or following == "like"
    )


def _aside_participle(tokens: Sequence[str], i: int) -> bool:
    """Return True for a participle opening an aside between commas that the verb follows:
    "The film, called Tide, has been shown", "The mayor, elected in May, said"."""
    word = bare(tokens[i])
    if not tokens[i - 1].endswith(",") or "VBN" not in verb_tags(word) or word == "said":
        return False
    return _verb_after_aside(tokens, i, _NAME_REACH)


def _in_apposition(tokens: Sequence[str], i: int, start: int) -> bool:
    """Return True for a word inside a description between commas after a name, which the
    verb follows: "The Kelmont Fair, the region's top showcase for new hits, opens"."""
    comma = next((k for k in range(i - 1, start, -1) if tokens[k].endswith((",", ";", ":"))), None)
    if comma is None or not tokens[comma].endswith(",") or i - comma > _APPOSITION_REACH:
        return False
    named = tokens[comma].strip(EDGE)[:1].isupper()
    return (
        named
        and bare(tokens[comma + 1]) in _ARTICLE_LIKE
        and _verb_after_aside(tokens, i, _APPOSITION_REACH)
    )


def _verb_after_aside(tokens: Sequence[str], i: int, reach: int) -> bool:
    """Return True when the aside holding the word at i closes on a comma within `reach`
    tokens and the sentence's verb follows it."""
    for k in range(i, min(i + reach + 1, len(tokens) - 1)):
        if tokens[k].endswith(","):
            after = bare(tokens[k + 1])
            return after in AUXILIARIES or bool(verb_tags(after) & _FINITE)
        if tokens[k].endswith((";", ":", ".")):
            return False
    return False


def _subject_pronoun(tokens: Sequence[str], k: int) -> bool:
    """Return True for a pronoun that opens a clause; "make it easier" holds an object."""
    if bare(tokens[k]) not in SUBJECT_PRONOUNS:
        return False
    previous = bare(tokens[k - 1])
    return not (bare(tokens[k]) == "it" and "VB" in verb_tags(previous))


def _is_adverb(token: str) -> bool:
    word = bare(token)
    return word in GROUP_ADVERBS or (word.endswith("ly") and word_classes(word) == {"ADV"})


def _is_nominal(token: str) -> bool:
    """Return True for a word that can head a subject: a name, a number, a noun, a pronoun."""
    core = token.strip(EDGE)
    if core[:1].isupper() or core[:1].isdigit():
        return True
    classes = word_classes(core.lower())
    return bool(classes & {"NOUN", "PRON", "PROPN", "NUM"}) or not classes


def _later_auxiliary(tokens: Sequence[str], i: int) -> bool:
    """Return True when an auxiliary follows in the same clause: the word at i was no verb."""
    for k in range(i + 1, len(tokens)):
        token, word = tokens[k], bare(tokens[k])
        if word in _BOUNDARIES and not _joins_names(tokens, k):
            return False
        if word in AUXILIARIES and word != "had" and not token.strip(EDGE)[:1].isupper():
            return True  # ("in May" holds no modal)
        if token.endswith((",", ";", ":", ".")):
            return False
    return False


def _later_past(tokens: Sequence[str], i: int) -> bool:
    """Return True when a past form that is no noun follows in the same clause ("jumped")."""
    for k in range(i + 1, len(tokens)):
        word = bare(tokens[k])
        if (word in _BOUNDARIES and not _joins_names(tokens, k)) or tokens[k - 1].endswith(","):
            return False
        if not tokens[k].strip(EDGE)[:1].isupper() and "VBD" in verb_tags(word):
            # "the debt freeze offered by creditors": a participle with its agent
            agent = k + 1 < len(tokens) and bare(tokens[k + 1]) == "by"
            return not can_be_noun(word) and not ("VBN" in verb_tags(word) and agent)
    return False


def _later_simple_past(tokens: Sequence[str], i: int) -> bool:
    """Return True when a past form that is neither noun nor participle ("began", "fell"),
    or a present one before "to" ("plans to"), follows in the same clause: the verb the
    word at i only qualified the subject for."""
    for k in range(i + 1, len(tokens)):
        word = bare(tokens[k])
        if (word in _BOUNDARIES and not _joins_names(tokens, k)) or tokens[k - 1].endswith(","):
            return False
        if tokens[k].strip(EDGE)[:1].isupper():
            continue
        # "films produced in the UK fell 40%": a figure after a past form makes it the verb
        figure = k + 1 < len(tokens) and tokens[k + 1][:1].isdigit()
        if figure and "VBD" in verb_tags(word) and "VBN" not in verb_tags(word):
            return True
        if verb_tags(word) == {"VBD"}:
            return not can_be_noun(word)
        # "an attendant suspended over her blog says she was fired": "says" and the clause
        # it reports are the verb, "suspended" only said which attendant
        if word in _SAYS and k + 1 < len(tokens) and bare(tokens[k + 1]) in _REPORTED_START:
            return tokens[k - 1][-1:] not in EDGE
        # "a suspect held in Guantanamo Bay for 33 months plans to sue": "plans to" is
        # the verb, "held" only said which suspect
        if "VBZ" in verb_tags(word) and k + 1 < len(tokens) and bare(tokens[k + 1]) == "to":
            return tokens[k][-1:] not in EDGE
    return False


_SAYS = frozenset({"says", "said"})
_REPORTED_START = SUBJECT_PRONOUNS | frozenset({"that"})


def _joined_nouns(tokens: Sequence[str], i: int) -> bool:
    """Return True when "and" or "or" joins the word at i to a lower-case noun: "drinks
    and food firm"; "rose and sales fell" joins two clauses, which _later_auxiliary tells."""
    if i + 2 >= len(tokens) or bare(tokens[i + 1]) not in {"and", "or"} or tokens[i][-1:] in EDGE:
        return False
    after = tokens[i + 2].strip(EDGE)
    return after.islower() and "NOUN" in word_classes(after)


def _joins_names(tokens: Sequence[str], k: int) -> bool:
    """Return True for an "and" between two names ("firms NTL and Telewest have")."""
    if bare(tokens[k]) != "and" or not 0 < k < len(tokens) - 1:
        return False
    return tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper()


def _subject(tokens: Sequence[str], start: int, verb: int) -> list[int]:
    """Return the subject's positions: an appositive between commas is left out."""
    kept: list[int] = []
    depth = 0  # inside ", the former minister," after the subject's head
    for i in range(start, verb):
        if depth:
            # ", the chairman of Spain's biggest bank, Santander," runs on to the verb's comma
            if tokens[i].endswith(",") and (i + 1 == verb or not tokens[verb - 1].endswith(",")):
                depth = 0
            continue
        kept.append(i)
        if tokens[i].endswith(",") and not _is_list(tokens, i, verb):
            depth = 0 if _names_described(tokens, i, verb) else 1
    while kept and (not any(c.isalnum() for c in tokens[kept[-1]]) or _is_adverb(tokens[kept[-1]])):
        kept.pop()  # "Most respondents also said": "also" belongs to the verb
    return kept if any(any(c.isalpha() for c in tokens[i]) for i in kept) else []


def _names_described(tokens: Sequence[str], comma: int, verb: int) -> bool:
    """Return True when a name between commas closes a description and opens the verb
    ("The region's biggest grain buyer, Norland, has said"): the subject is named
    there, so the name stays in it (headline_subject keeps the name alone)."""
    head, name = tokens[comma].strip(EDGE), tokens[comma + 1 : verb]
    if not head.islower() or not 0 < len(name) <= _NAME_REACH or not name[-1].endswith(","):
        return False
    if any(t.endswith(",") for t in name[:-1]):
        return False
    return all(t[:1].isupper() or t in {"and", "of", "&"} for t in name) and name[0][:1].isupper()


def _is_list(tokens: Sequence[str], comma: int, verb: int) -> bool:
    """Return True when a comma in the subject separates listed items ("A, B and C"), not
    an appositive (", the home of Mickey Mouse and friends,", ", 24,")."""
    following = tokens[comma + 1] if comma + 1 < verb else ""
    if bare(following) in DETERMINERS or following[:1].isdigit():
        return False
    head = tokens[comma].strip(EDGE)
    named = head[:1].isupper() and (comma > 0 or not word_classes(head.lower()))
    if named and following[:1].islower():
        return False  # "Negroponte, chairman and founder of Media Labs,": an appositive
    return any(bare(t) in {"and", "or"} for t in tokens[comma + 1 : verb])


def _participle_after_plural(before: str, word: str) -> bool:
    """Return True for "living" in "labourers living": a participle after a plural noun."""
    if not word.islower() or not word.endswith(("ing", "ed")):
        return False
    if word.endswith("ed") and "NOUN" in word_classes(word):
        return False  # "the firms' red": an "-ed" noun is no participle
    return bool(verb_tags(word) & {"VBG", "VBN"}) and is_plural_noun(before)


def subject_is_plural(subject: Sequence[str]) -> bool:
    """Return True for a plural subject: a plural head noun, or nouns joined by "and"."""
    words = [t.strip(EDGE) for t in subject]
    head_end = next(
        (i for i, w in enumerate(words) if i and (w.lower() in PREPOSITIONS - {"than"})),
        len(words),
    )
    # "Mexican labourers living in the US": a participle's phrase follows the head
    head_end = next(
        (i for i in range(1, head_end) if _participle_after_plural(words[i - 1], words[i])),
        head_end,
    )
    head = [w for w in words[:head_end] if w]
    while len(head) > 1 and head[-1].lower() in _FLOATING:
        head.pop()  # "Shops all over the UK": the head is "Shops"
    if not head:
        return False
    if head[-1].lower() in PARTITIVES and head_end + 1 < len(words) and words[head_end] == "of":
        # "a quarter of a million consumers complain", "half of the money goes": the part
        # agrees with what it is a part of
        return subject_is_plural(words[head_end + 1 :])
    if any(w.lower() == "and" for w in head[1:-1]):
        return True  # "Egypt and Israel"; a firm writes "Marks & Spencer"
    counted = any(
        _COUNT.fullmatch(w.lower())
        and w not in {"1", "one"}
        and (k == 0 or head[k - 1] != "number")
        for k, w in enumerate(head)
    )  # "number eight Owen" is one man
    return counted or is_plural_noun(head[-1])
