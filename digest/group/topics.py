"""Topics: the subjects enough briefs share, each with its briefs, keywords and neighbours.

A topic gathers the variants of one name ("Oscars", "Oscar"); its related topics are the
ones its briefs carry most often.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

from digest.analyze.lexicon import is_dictionary_word
from digest.model import Brief, Topic
from digest.names import topic_slug

RELATED_TOPICS = 5
TOPIC_KEYWORDS = 5


def choose_topics(briefs: Iterable[Brief], *, min_briefs: int) -> dict[str, str]:
    """Return {case-folded subject: topic name} for the subjects that enough briefs share,
    and every human topic.

    Variants of one name are one topic, named by its root: "Oscars" is "Oscar",
    "Generation Xers" is "Generation X", "Gazprom Group" is "Gazprom", and "Blair" is
    "Tony Blair" when no other subject ends in "Blair".
    """
    briefs_of: defaultdict[str, set[int]] = defaultdict(set)
    spellings: defaultdict[str, Counter[str]] = defaultdict(Counter)
    human: set[str] = set()
    for i, brief in enumerate(briefs):
        human.update(t.casefold() for t in brief.article.topics)
        for subject in brief.subjects:
            briefs_of[subject.casefold()].add(i)
            spellings[subject.casefold()][subject] += 1
    groups: defaultdict[str, list[str]] = defaultdict(list)
    for key, root in _topic_roots(briefs_of).items():
        groups[root].append(key)
    topic_of: dict[str, str] = {}
    for root, members in sorted(groups.items()):
        shared = set().union(*(briefs_of[k] for k in members))
        if len(shared) >= min_briefs or human.intersection(members):
            name = spellings[root].most_common(1)[0][0]
            topic_of.update(dict.fromkeys(members, name))
    return topic_of


def brief_topics(subjects: Sequence[str], topic_of: Mapping[str, str]) -> tuple[str, ...]:
    """Return the topics of a brief's subjects, each once, in the subjects' order."""
    named = (topic_of.get(s.casefold()) for s in subjects)
    return tuple(dict.fromkeys(name for name in named if name))


# A name is a variant of a shorter name that is also a subject: a plural ("Oscars"), a
# plural of a letter ("Generation Xers"), or the name with a company's legal suffix.
_PLURAL_ENDINGS = ("'s", "’s", "s'", "s’", "ies", "es", "s")
_LETTER_PLURAL = re.compile(r"^(.* [a-z0-9]{1,2})(?:ers?|s)$")
_LEGAL_SUFFIXES = frozenset("inc corp corporation ltd plc llc co group".split())


def _topic_roots(known: Mapping[str, object]) -> dict[str, str]:
    """Return each case-folded subject's root: itself, or the name it is a variant of."""
    surnames: defaultdict[str, list[str]] = defaultdict(list)
    for key in known:
        words = key.split()
        # "Tony Blair": a person's name, whose first word is no common English word.
        if len(words) > 1 and not is_dictionary_word(words[0]):
            surnames[words[-1]].append(key)
    roots = {}
    for key in known:
        fuller = surnames.get(key, [])
        roots[key] = fuller[0] if len(fuller) == 1 else _shorter_form(key, known)
    return roots


def _shorter_form(key: str, known: Mapping[str, object]) -> str:
    """Return the shorter subject in `known` that `key` is a variant of, else `key`."""
    words = key.split()
    if len(words) > 1 and words[-1].strip(".") in _LEGAL_SUFFIXES:
        shorter = " ".join(words[:-1])
        if shorter in known:
            return shorter
    letter = _LETTER_PLURAL.match(key)
    if letter and letter.group(1) in known:
        return letter.group(1)
    for ending in _PLURAL_ENDINGS:
        stem = key[: -len(ending)] + ("y" if ending == "ies" else "")
        if key.endswith(ending) and len(stem) > 2 and stem in known:
            return stem
    return key


def make_topics(briefs: Sequence[Brief]) -> tuple[Topic, ...]:
    """Return the topics, biggest first, each with its briefs newest first."""
    members: defaultdict[str, list[int]] = defaultdict(list)
    for i, brief in enumerate(briefs):
        for name in brief.topics:
            members[name].append(i)
    folded = [[(k.casefold(), k) for k in b.keywords] for b in briefs]  # each folded once
    topics = [
        Topic(
            name=name,
            slug=topic_slug(name),
            briefs=tuple(briefs[i] for i in group),
            keywords=_topic_keywords(name, (folded[i] for i in group)),
            related=_related_topics(name, [briefs[i] for i in group]),
        )
        for name, group in members.items()
    ]
    return tuple(sorted(topics, key=lambda t: (-len(t.briefs), t.name.casefold())))


def _topic_keywords(name: str, keywords: Iterable[Sequence[tuple[str, str]]]) -> tuple[str, ...]:
    """Return the keywords most of the topic's briefs share; ties go to the better ranked.

    `keywords` holds each brief's keywords, best first, as (case-folded, as shown) pairs.
    """
    counts: dict[str, int] = {}
    best_rank: dict[str, int] = {}
    shown: dict[str, str] = {}
    folded = name.casefold()
    for ranked in keywords:
        for rank, (key, keyword) in enumerate(ranked):
            if key in folded or folded in key:
                continue
            if key in counts:
                counts[key] += 1
                best_rank[key] = min(best_rank[key], rank)
            else:
                counts[key], best_rank[key], shown[key] = 1, rank, keyword
    top = heapq.nsmallest(TOPIC_KEYWORDS, counts, key=lambda k: (-counts[k], best_rank[k], k))
    return tuple(shown[k] for k in top)


def _related_topics(name: str, briefs: Sequence[Brief]) -> tuple[str, ...]:
    counts = Counter(t for b in briefs for t in b.topics if t != name)
    return tuple(sorted(counts, key=lambda t: (-counts[t], t.casefold())))[:RELATED_TOPICS]
