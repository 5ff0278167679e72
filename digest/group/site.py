"""Briefs -> Site: slugs, duplicates merged, stories, topics, related briefs and days."""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.analyze.combine import summarize_story
from digest.analyze.lexicon import is_dictionary_word
from digest.cache import code_version
from digest.config import Settings
from digest.group.copies import find_copies, find_duplicates, index_from_arrays, index_to_arrays
from digest.group.stories import group_stories, story_text
from digest.group.story_graph import Vector
from digest.group.story_words import (
    Ints,
    StoryWords,
    count_words,
    words_from_arrays,
    words_to_arrays,
)
from digest.model import Brief, Day, Site, Story, Topic
from digest.names import slugify, topic_slug
from digest.outlets import with_outlets

RELATED_BRIEFS = 5
RELATED_TOPICS = 5
TOPIC_KEYWORDS = 5
# A feature shared by more briefs than this says little about how alike two briefs are,
# and skipping it keeps finding related briefs linear in the corpus.
_COMMON_FEATURE = 200
_CHUNK_ROWS = 512  # rows of the related-brief scores computed at once; bounds memory


Arrays = Mapping[str, np.ndarray[Any, Any]]


@dataclass(frozen=True)
class Grouped:
    """The site, and what grouping learnt that the next build can reuse (as arrays)."""

    site: Site
    copies: Arrays
    words: Arrays


def group_briefs(
    briefs: Sequence[Brief],
    settings: Settings,
    *,
    copies: Arrays | None = None,
    words: Arrays | None = None,
) -> Grouped:
    """Return the site of the briefs, finding copies and counting story words only for texts
    the last build's `copies` and `words` do not cover; the result is the same either way."""
    version = code_version()
    found = find_copies(
        [b.article.text for b in briefs], index_from_arrays(copies), version=version
    )
    counted = count_words(
        [story_text(b) for b in briefs], words_from_arrays(words), version=version
    )
    site = group_site(briefs, settings, copy_of=found.copy_of, words=counted)
    return Grouped(site, index_to_arrays(found.index), words_to_arrays(counted))


def group_site(
    briefs: Sequence[Brief],
    settings: Settings,
    *,
    copy_of: Sequence[int | None] | None = None,
    words: StoryWords | None = None,
) -> Site:
    """Return the site: copies merged, every brief in a story, its topics, days and related briefs.

    `briefs` come in seed order: of two copies of one article, the first one is kept.
    `copy_of` says which brief each copies (`digest.group.copies`), found here when not given;
    `words` may hold the word counts of the briefs' story texts (`digest.group.stories`).
    """
    briefs = with_outlets(briefs, settings.outlets, seeds_dir=settings.seeds_dir)
    merged = merge_duplicates(briefs, find_duplicates(briefs) if copy_of is None else copy_of)
    ordered = sorted(with_unique_slugs(merged), key=briefing_order)
    topic_of = choose_topics(ordered, min_briefs=settings.topic_min_briefs)
    ordered = [
        replace(b, topics=brief_topics(b.subjects, topic_of), story=story)
        for b, story in zip(ordered, story_ids(ordered, words), strict=True)
    ]
    ordered = with_related(ordered, limit=RELATED_BRIEFS)
    stories = make_stories(ordered, settings)
    return Site(
        briefs=tuple(ordered),
        topics=make_topics(ordered),
        days=make_days(ordered, settings),
        undated=tuple(b for b in ordered if b.date is None),
        stories=stories,
    )


def merge_duplicates(briefs: Sequence[Brief], copy_of: Sequence[int | None]) -> list[Brief]:
    """Return the briefs with each copy folded into the earliest brief it copies, which names
    it and its outlet."""
    copies: defaultdict[int, list[tuple[str, str]]] = defaultdict(list)
    for brief, original in zip(briefs, copy_of, strict=True):
        if original is not None:
            copies[original].append((brief.article.source, brief.article.outlet))
    merged = []
    for i, (brief, original) in enumerate(zip(briefs, copy_of, strict=True)):
        if original is None and i in copies:
            pairs = sorted(copies[i])  # by source: the order of `duplicates` as it was
            brief = replace(brief, duplicates=tuple(s for s, _ in pairs),
                            duplicate_outlets=tuple(o for _, o in pairs))  # fmt: skip
        if original is None:
            merged.append(brief)
    return merged


def briefing_order(brief: Brief) -> tuple[int, str, str]:
    """Sort key: newest first, undated last, then by title and slug so ties repeat."""
    ordinal = brief.date.toordinal() if brief.date else 0
    return (-ordinal, brief.title.casefold(), brief.slug)


def with_unique_slugs(briefs: Iterable[Brief]) -> list[Brief]:
    """Return briefs with slugs; a clash gets a suffix from its seed path, stable across builds."""
    wanted = [(b, slugify(b.article.slug or b.title) or "brief") for b in briefs]
    by_url: defaultdict[tuple[dt.date | None, str], list[Brief]] = defaultdict(list)
    for brief, slug in wanted:
        by_url[(brief.date, slug)].append(brief)
    out = []
    for brief, slug in wanted:
        if len(by_url[(brief.date, slug)]) > 1:
            slug = f"{slug}-{hashlib.sha1(brief.article.source.encode()).hexdigest()[:6]}"
        out.append(replace(brief, slug=slug))
    return out


def story_ids(briefs: Sequence[Brief], words: StoryWords | None = None) -> list[str]:
    """Return each brief's story id: the slug of the story's first brief in briefing order."""
    numbers = group_stories(briefs, words)
    first: dict[int, str] = {}
    for brief, number in zip(briefs, numbers, strict=True):
        first.setdefault(number, brief.slug)
    return [first[n] for n in numbers]


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


def with_related(briefs: Sequence[Brief], *, limit: int) -> list[Brief]:
    """Return briefs with up to `limit` similar briefs from other stories, best first.

    Similarity is the IDF-weighted sum of shared keywords and subjects: cheap, and it
    favours the rare names two articles share over the words every article uses.
    """
    shares, weighted = feature_matrices([_features(b) for b in briefs])
    numbers = {story: n for n, story in enumerate(dict.fromkeys(b.story for b in briefs))}
    story = np.array([numbers[b.story] for b in briefs], dtype=np.int64)
    out = []
    for start in range(0, len(briefs), _CHUNK_ROWS):
        # One block of rows at a time: a brief shares features with hundreds of others.
        block = sp.csr_matrix(shares[start : start + _CHUNK_ROWS] @ weighted.T)
        for row in range(block.shape[0]):
            i = start + row
            lo, hi = block.indptr[row], block.indptr[row + 1]
            others, scores = block.indices[lo:hi], block.data[lo:hi]
            elsewhere = story[others] != story[i]
            best = best_scored(others[elsewhere], scores[elsewhere], limit)
            related = tuple(briefs[j].article.source for j in best.tolist())
            out.append(replace(briefs[i], related=related))
    return out


def feature_matrices(features: Sequence[set[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Return which briefs have which telling features (shared, but not by too many), and
    the same with each feature weighted by its IDF."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, feats in enumerate(features):
        for f in feats:
            postings[f].append(i)
    # Columns in a fixed order: float sums then come out the same in every build.
    telling = sorted(f for f, ids in postings.items() if 1 < len(ids) <= _COMMON_FEATURE)
    rows = [i for f in telling for i in postings[f]]
    columns = [k for k, f in enumerate(telling) for _ in postings[f]]
    shape = (len(features), len(telling))
    shares = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
    idf = np.array([math.log(len(features) / len(postings[f])) for f in telling])
    return shares, sp.csr_matrix(shares @ sp.diags(idf))


def best_scored(keys: Ints, scores: Vector, limit: int) -> Ints:
    """Return the `limit` keys of highest score (rounded, so float sums tie), ties by key."""
    return keys[np.lexsort((keys, -np.round(scores, 9)))[:limit]]


def make_stories(briefs: Sequence[Brief], settings: Settings) -> tuple[Story, ...]:
    """Return the stories of some briefs, most briefs first, each summarised across them."""
    members: defaultdict[str, list[Brief]] = defaultdict(list)
    for brief in briefs:
        members[brief.story].append(brief)
    stories = [_story(story_id, group, settings) for story_id, group in members.items()]
    return tuple(sorted(stories, key=lambda s: (-len(s.briefs), briefing_order(s.briefs[0]))))


def _story(story_id: str, briefs: Sequence[Brief], settings: Settings) -> Story:
    """Return a story of its briefs, the most complete first, with one summary across them."""
    ordered = sorted(briefs, key=lambda b: (-b.article.word_count, briefing_order(b)))
    if len(ordered) == 1:
        return Story(story_id, tuple(ordered), ordered[0].summary)
    summary = summarize_story(
        ordered, sentences=settings.summary_sentences, words=settings.summary_words
    )
    return Story(story_id, tuple(ordered), summary)


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


def make_days(briefs: Sequence[Brief], settings: Settings) -> tuple[Day, ...]:
    """Return one Day per date, newest first, its stories ranked by that day's coverage.

    A day's story is summarised across that day's briefs only: the day page tells what
    was reported that day.
    """
    by_date: defaultdict[dt.date, list[Brief]] = defaultdict(list)
    for brief in briefs:
        if brief.date is not None:
            by_date[brief.date].append(brief)
    return tuple(
        Day(date=d, briefs=tuple(by_date[d]), stories=make_stories(by_date[d], settings))
        for d in sorted(by_date, reverse=True)
    )


def _features(brief: Brief) -> set[str]:
    return {k.casefold() for k in brief.keywords} | {"@" + s.casefold() for s in brief.subjects}


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
