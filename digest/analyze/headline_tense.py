"""A lead's verb group rewritten as headlines write it: present tense, "to" for the future.

"has agreed" -> "agrees", "rose" -> "rises", "will visit" -> "to visit", "was named" ->
"named", "is facing" -> "faces". Negations always stay with their verb: "did not cut" ->
"does not cut". headline_clause.py finds the group; this module only rewrites it.
"""

from __future__ import annotations

from collections.abc import Sequence

from digest.analyze.headline_grammar import (
    AUXILIARIES,
    BE_FORMS,
    DO_FORMS,
    EDGE,
    HAVE_FORMS,
    MODALS,
    NEGATIONS,
    POSSESSIVE_PRONOUNS,
    PREPOSITIONS,
    bare,
    base_form,
    is_plural_noun,
    present_form,
    verb_tags,
    word_classes,
)
from digest.analyze.text import STOPWORDS

# Adverbs that sit inside a verb group ("has also agreed") and leave a headline with it.
GROUP_ADVERBS = frozenset(
    "also already now still just yet finally recently reportedly previously again even both "
    "all".split()
)
# "reportedly" stays: without it a headline tells as fact what the lead only reports.
_KEPT_ADVERBS = frozenset({"still", "again", "reportedly"})
_NOT_ONLY = frozenset({"just", "only", "merely", "simply"})
_FUTURE = frozenset({"will", "shall"})
# "is set to visit" -> "set to visit": headlines drop the copula before these.
_SET_TO = frozenset(
    {"set", "poised", "expected", "likely", "due", "about", "forecast", "tipped", "predicted"}
)
_BE_PARTS = frozenset({"be", "been", "being"})
# "will most likely be unveiled": a hedge inside a future group; "to most likely be"
# splits the infinitive, so the headline says "likely to be unveiled".
_HEDGES = frozenset({"likely", "probably"})
# "is going bankrupt", "is getting worse": a progressive that links to a state stays one.
_LINKING = frozenset({"going", "getting", "becoming", "growing", "turning", "looking"})


def verb_group(
    tokens: Sequence[str], at: int, *, plural: bool, reported: bool = False
) -> tuple[int, list[str]]:
    """Return the end of the verb group at `at` and its words in headlinese; a `reported`
    one keeps what is still going on ("warns virus being spread")."""
    first = bare(tokens[at])
    if first == "used" and at + 1 < len(tokens) and bare(tokens[at + 1]) == "to":
        return at + 1, [first]  # "he used to play": a habit of the past has no present
    if first not in AUXILIARIES:
        return at + 1, [present_form(first, plural=plural)]
    chain, j = _auxiliary_chain(tokens, at)
    following = bare(tokens[j]) if j < len(tokens) else ""
    if first in BE_FORMS and chain == [first] and following == "to":
        return j + 1, ["to"]  # "is to visit" -> "to visit"
    after = bare(tokens[j + 1]) if j + 1 < len(tokens) else ""
    if first in BE_FORMS and chain == [first] and following == "going" and after == "to":
        return j + 2, ["to"]  # "is going to cut" -> "to cut"
    if chain[0] in _FUTURE and chain[-1] == "have" and following == "to":
        return j, chain  # "will have to": "to have to" reads badly
    head = _participle_at(tokens, j)
    progressive = (
        head.endswith("ing")
        and head not in _LINKING
        and "VBG" in verb_tags(head)
        and not tokens[j].endswith(tuple(EDGE))
        and j + 1 < len(tokens)
    )
    words = _rewrite(chain, head, plural=plural, progressive=progressive, reported=reported)
    if words is None:
        return at, []
    return (j + 1 if head else j), words


def _auxiliary_chain(tokens: Sequence[str], at: int) -> tuple[list[str], int]:
    """Return the auxiliaries, negations and adverbs from `at` on, and where they end."""
    chain, j = [bare(tokens[at])], at + 1
    while j < len(tokens) and not tokens[j - 1].endswith((",", ";", ":")):
        word = bare(tokens[j])
        after_modal = chain[0] in MODALS and word == "have"  # "would have agreed"
        adverb = word.endswith("ly") and word_classes(word) == {"ADV"}  # "have angrily"
        following = bare(tokens[j + 1]) if j + 1 < len(tokens) else ""
        hedged = word in _HEDGES or (word == "most" and following in _HEDGES)
        hedge = chain[0] in _FUTURE and hedged
        if word in _NOT_ONLY and chain[1:] == ["not"] and chain[0] in BE_FORMS:
            # "is not just good, it ...": it is good, and more besides ("should not just
            # be pushing technology for its own sake" denies the phrase: it stays)
            chain.pop()
            j += 1
            continue
        grouped = word in NEGATIONS or word in GROUP_ADVERBS or word in _BE_PARTS
        if grouped or after_modal or adverb or hedge:
            chain.append(word)
            j += 1
        else:
            break
    return chain, j


def _participle_at(tokens: Sequence[str], j: int) -> str:
    """Return the verb an auxiliary chain leads into ("agreed", "visit", "growing"), or ""."""
    if j >= len(tokens) or tokens[j - 1].endswith((",", ";", ":")):
        return ""
    word = bare(tokens[j])
    # "has re-opened": a hyphenated prefix leaves a verb a verb
    if not word.replace("-", "").isalpha() or tokens[j].strip(EDGE)[:1].isupper():
        return ""
    return word if verb_tags(word) & {"VB", "VBN", "VBG"} else ""


def _rewrite(
    chain: list[str], head: str, *, plural: bool, progressive: bool = False, reported: bool = False
) -> list[str] | None:
    """Return the verb group in headlinese: present tense, "to" for the future.

    A `progressive` head with an object goes to the simple present: "is facing" -> "faces".
    A `reported` passive still going on keeps "being": after "warns", "virus spread" would
    read as a past act.
    """
    negated = _negation(chain)
    kept = [w for w in chain if w in _KEPT_ADVERBS]
    first, *more = [w for w in chain if w in AUXILIARIES or w in _BE_PARTS or w == "have"]
    tail = [head] if head else []
    if first in _FUTURE and not negated and head != "have":
        hedged = ["likely"] if _HEDGES & set(chain) else []
        # "will reportedly reject" -> "reportedly to reject": the infinitive stays whole
        hedged += [w for w in kept if w == "reportedly"]
        kept = [w for w in kept if w != "reportedly"]
        # "will have to" stays: "to have to" reads badly
        return [*hedged, "to", *kept, *more, *tail]
    if first in MODALS:
        return [first, *negated, *kept, *more, *tail]
    if _bare_passive(first, more, head, negated):
        return [*kept, head]  # "was fined" -> "fined", as headlines put a passive
    if first in HAVE_FORMS:
        if more == ["been"] and progressive and not negated:
            return [*kept, present_form(head, plural=plural)]  # "have been marking" -> "mark"
        if more[:1] == ["been"] and (head or first != "had"):
            return [present_form("is", plural=plural), *negated, *kept, *tail]
        if head and not negated and not more:
            return [*kept, present_form(head, plural=plural)]
        return [present_form(first, plural=plural), *negated, *kept, *more, *tail]
    if first in BE_FORMS:
        if head in _SET_TO and not negated:
            return [head]
        if more == ["being"] and not negated and "VBN" in verb_tags(head):
            # "is being sued" -> "sued", as headlines put a passive
            return [*kept, *more[: int(reported)], head]
        if progressive and not more and not negated:
            return [*kept, present_form(head, plural=plural)]  # "is facing" -> "faces"
        return [present_form(first, plural=plural), *negated, *kept, *more, *tail]
    if first in DO_FORMS:
        if head and negated:
            return ["do" if plural else "does", *negated, base_form(head)]
        if head:
            return [*kept, present_form(head, plural=plural)]
        return ["do" if plural else "does", *negated]
    return None


def _negation(chain: list[str]) -> list[str]:
    """Return the chain's negation with the "just" or "only" it limits: "should not just
    be pushing" denies only part of the act, and "should not be pushing" all of it."""
    words: list[str] = []
    for n, word in enumerate(chain):
        limited = word in _NOT_ONLY and n > 0 and chain[n - 1] in NEGATIONS
        if word in NEGATIONS or limited:
            words.append(word)
    return words


def _bare_passive(first: str, more: list[str], head: str, negated: list[str]) -> bool:
    """Return True for a passive a headline states by its participle alone ("X fined").

    Only a participle that is also a past form ("fined", not "given") is read as a verb
    when it stands alone, so only those lose their auxiliary.
    """
    if negated or not head or "VBN" not in verb_tags(head) or "VBD" not in verb_tags(head):
        return False
    return (first in BE_FORMS and not more) or (first in HAVE_FORMS and more == ["been"])


_CONJUNCT_SUBJECT_WORDS = 4  # "and | property sale times | lengthened"


def present_conjuncts(words: Sequence[str], *, plural: bool) -> list[str]:
    """Return a headline's words with the past verb of a clause joined by "and" put in the
    present, as its main verb was: "prices fall further and sale times lengthen", "shares
    fall and recovered" -> "recover". Call it only for a main verb in the simple past: after
    a passive ("was fined and jailed") the participle is the headline's own form.
    `plural` agrees a verb sharing the main verb's subject.
    """
    out = list(words)
    for k, word in enumerate(words):
        if bare(word) != "and" or word[-1:] in EDGE:
            continue
        at = _conjunct_verb(words, k)
        if at is None:
            continue
        out[at] = _in_present(words, at, plural=plural if at == k + 1 else None, opener=k)
    return out


# Conjunctions of time and cause whose clause a headline tells in the present, as its
# main verb: "shares sink after firm issues profit warning" (general English).
_TIME_CLAUSE_OPENERS = frozenset({"after", "when", "because"})


def present_time_clauses(words: Sequence[str]) -> list[str]:
    """Return a headline's words with the past verb of an "after", "when" or "because"
    clause put in the present: "coach has no regrets after side loses 3-0", not "lost".
    The clause must name its own subject first; "after admitting he lied" keeps its past.
    """
    out = list(words)
    for k, word in enumerate(words):
        if bare(word) not in _TIME_CLAUSE_OPENERS or word[-1:] in EDGE:
            continue
        at = _conjunct_verb(words, k)
        if at is not None and at > k + 1:
            out[at] = _in_present(words, at, plural=None, opener=k)
    return out


def _in_present(words: Sequence[str], at: int, *, plural: bool | None, opener: int) -> str:
    """Return the past verb at `at` in the present, agreeing with `plural` or, when that is
    None, with its subject's head past the `opener` ("and", "after"): the noun just
    before it or before its "of"; its closing marks stay."""
    # "the number of new cases grew": the noun before "of" is the head the verb agrees with
    head = next((j - 1 for j in range(at - 1, opener + 1, -1) if bare(words[j]) == "of"), at - 1)
    agrees = is_plural_noun(words[head].strip(EDGE)) if plural is None else plural
    raw = words[at]
    edge = raw[len(raw.rstrip(EDGE)) :]
    return present_form(bare(raw), plural=agrees) + edge


def _conjunct_verb(words: Sequence[str], k: int) -> int | None:
    """Return where the past verb of the clause after "and" at `k` is, if one stands within
    a short subject of it and is not a participle of an agent ("assets acquired by")."""
    for at in range(k + 1, min(k + 2 + _CONJUNCT_SUBJECT_WORDS, len(words))):
        raw, word = words[at], bare(words[at])
        if raw[:1].isupper() and at > k + 1:
            continue  # a name in the subject: "and Kelco shares | fell"
        # "a fund voiced opposition": after a plain noun, a past form that is an adjective
        # too ("voiced", "planned") is the verb; after "its" it describes ("its planned bid")
        owned = words[at - 1].endswith(("'s", "’s")) or bare(words[at - 1]) in POSSESSIVE_PRONOUNS
        after_noun = at > k + 1 and "NOUN" in word_classes(bare(words[at - 1])) and not owned
        if (
            "VBD" in verb_tags(word)
            and not owned
            and ("ADJ" not in word_classes(word) or after_noun)
        ):
            after = bare(words[at + 1]) if at + 1 < len(words) else ""
            return None if after in {"by", "to"} else at
        if word == "of" and at > k + 1:
            continue  # "and the number of new cases | grew": "of" goes on the subject
        if word in STOPWORDS or word in PREPOSITIONS or raw[-1:] in EDGE:
            return None
    return None
