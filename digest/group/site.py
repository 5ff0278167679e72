"""Briefs -> Site: slugs, duplicates merged, stories and days, with topics and related briefs."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from digest.analyze.combine import summarize_story
from digest.cache import code_version
from digest.config import Settings
from digest.group.copies import find_copies, find_duplicates, index_from_arrays, index_to_arrays
from digest.group.related import RELATED_BRIEFS, with_related
from digest.group.stories import find_stories, story_text
from digest.group.story_leads import (
    Lead,
    lead_key,
    leads_from_arrays,
    leads_to_arrays,
    read_leads,
)
from digest.group.story_words import StoryWords, count_words, words_from_arrays, words_to_arrays
from digest.group.topics import brief_topics, choose_topics, make_topics
from digest.model import Brief, Day, Site, Story
from digest.names import slugify
from digest.outlets import with_outlets

Arrays = Mapping[str, np.ndarray[Any, Any]]


@dataclass(frozen=True)
class Grouped:
    """The site, and what grouping learnt that the next build can reuse (as arrays)."""

    site: Site
    copies: Arrays
    words: Arrays
    leads: Arrays


def group_briefs(
    briefs: Sequence[Brief],
    settings: Settings,
    *,
    copies: Arrays | None = None,
    words: Arrays | None = None,
    leads: Arrays | None = None,
) -> Grouped:
    """Return the site of the briefs, finding copies, counting story words and reading leads
    only for texts the last build's `copies`, `words` and `leads` do not cover; the result
    is the same either way."""
    version = code_version()
    found = find_copies(
        [b.article.text for b in briefs], index_from_arrays(copies), version=version
    )
    counted = count_words(
        [story_text(b) for b in briefs], words_from_arrays(words), version=version
    )
    keys = [lead_key(b.article) for b in briefs]
    known = leads_from_arrays(leads)
    read = read_leads(
        dict(zip(keys, [b.article for b in briefs], strict=True)), known, version=version
    )
    by_source = {b.article.source: read.leads[k] for b, k in zip(briefs, keys, strict=True)}
    site = group_site(briefs, settings, copy_of=found.copy_of, words=counted, leads=by_source)
    return Grouped(
        site, index_to_arrays(found.index), words_to_arrays(counted), leads_to_arrays(read)
    )


def group_site(
    briefs: Sequence[Brief],
    settings: Settings,
    *,
    copy_of: Sequence[int | None] | None = None,
    words: StoryWords | None = None,
    leads: Mapping[str, Lead] | None = None,
) -> Site:
    """Return the site: copies merged, every brief in a story, its topics, days and related briefs.

    `briefs` come in seed order: of two copies of one article, the first one is kept.
    `copy_of` says which brief each copies (`digest.group.copies`), found here when not given;
    `words` may hold the word counts of the briefs' story texts (`digest.group.stories`),
    `leads` their articles' leads by seed source (`digest.group.story_leads`).
    """
    briefs = with_outlets(briefs, settings.outlets, seeds_dir=settings.seeds_dir)
    merged = merge_duplicates(briefs, find_duplicates(briefs) if copy_of is None else copy_of)
    ordered = sorted(with_unique_slugs(merged), key=briefing_order)
    topic_of = choose_topics(ordered, min_briefs=settings.topic_min_briefs)
    ordered = [
        replace(b, topics=brief_topics(b.subjects, topic_of), story=story)
        for b, story in zip(ordered, story_ids(ordered, words, leads), strict=True)
    ]
    ordered = with_related(ordered, limit=RELATED_BRIEFS)
    stories = make_stories(ordered, settings, named_first=True)
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


def story_ids(
    briefs: Sequence[Brief],
    words: StoryWords | None = None,
    leads: Mapping[str, Lead] | None = None,
) -> list[str]:
    """Return each brief's story id: the slug of the story's most central brief.

    The brief most like the story's others says what the story is (a stray that joined it
    through one member, weeks later, is unlike the rest); ties, as in a story of two, go
    to the earlier brief, then the smaller seed source, so the id repeats and stays put
    while later reports join.
    """
    found = find_stories(briefs, words, leads)
    best: dict[int, tuple[float, int, str, str]] = {}
    for brief, number, centre in zip(briefs, found.numbers, found.centrality, strict=True):
        day = brief.date.toordinal() if brief.date else dt.date.max.toordinal() + 1
        key = (-centre, day, brief.article.source, brief.slug)
        if number not in best or key < best[number]:
            best[number] = key
    return [best[n][3] for n in found.numbers]


def make_stories(
    briefs: Sequence[Brief], settings: Settings, *, named_first: bool = False
) -> tuple[Story, ...]:
    """Return the stories of some briefs, most briefs first, each summarised across them.

    With `named_first`, a story's lead is the brief it is named after (`story_ids`); else,
    as on a day page, the most complete of its briefs leads, which a later report joining
    the story never changes.
    """
    members: defaultdict[str, list[Brief]] = defaultdict(list)
    for brief in briefs:
        members[brief.story].append(brief)
    stories = [
        _story(story_id, group, settings, named_first=named_first)
        for story_id, group in members.items()
    ]
    return tuple(sorted(stories, key=lambda s: (-len(s.briefs), briefing_order(s.briefs[0]))))


def _story(
    story_id: str, briefs: Sequence[Brief], settings: Settings, *, named_first: bool
) -> Story:
    """Return a story of its briefs, its lead first, then the most complete, with one
    summary across them."""
    ordered = sorted(
        briefs,
        key=lambda b: (
            named_first and b.slug != story_id,
            -b.article.word_count,
            briefing_order(b),
        ),
    )
    if len(ordered) == 1:
        return Story(story_id, tuple(ordered), ordered[0].summary)
    summary = summarize_story(
        ordered, sentences=settings.summary_sentences, words=settings.summary_words
    )
    return Story(story_id, tuple(ordered), summary)


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
