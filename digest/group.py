"""Briefs -> Site: unique slugs, topics shared by enough briefs, days, stories."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from digest.config import Settings
from digest.model import Brief, Day, Site, Topic
from digest.names import slugify, topic_slug
from digest.stories import group_stories


def group_site(briefs: Iterable[Brief], settings: Settings) -> Site:
    """Return the site: briefs with slugs and topics, topics by size, days newest first."""
    ordered = sorted(with_unique_slugs(briefs), key=briefing_order)
    topic_names = choose_topics(ordered, min_briefs=settings.topic_min_briefs)
    stories = story_ids(ordered)
    ordered = [
        replace(b, topics=tuple(s for s in b.subjects if s.casefold() in topic_names), story=story)
        for b, story in zip(ordered, stories, strict=True)
    ]
    return Site(
        briefs=tuple(ordered),
        topics=make_topics(ordered),
        days=make_days(ordered),
        undated=tuple(b for b in ordered if b.date is None),
    )


def story_ids(briefs: list[Brief]) -> list[str]:
    """Return each brief's story id: the slug of the story's first brief in briefing order."""
    numbers = group_stories(briefs)
    first: dict[int, str] = {}
    for brief, number in zip(briefs, numbers, strict=True):
        first.setdefault(number, brief.slug)
    return [first[n] for n in numbers]


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


def choose_topics(briefs: Iterable[Brief], *, min_briefs: int) -> set[str]:
    """Return the case-folded subjects that enough briefs share, and every human topic."""
    counts: defaultdict[str, int] = defaultdict(int)
    human: set[str] = set()
    for brief in briefs:
        human.update(t.casefold() for t in brief.article.topics)
        for subject in brief.subjects:
            counts[subject.casefold()] += 1
    return human | {name for name, n in counts.items() if n >= min_briefs}


def make_topics(briefs: list[Brief]) -> tuple[Topic, ...]:
    """Return the topics, biggest first, each with its briefs newest first."""
    members: defaultdict[str, list[Brief]] = defaultdict(list)
    for brief in briefs:
        for name in brief.topics:
            members[name].append(brief)
    topics = [Topic(name=n, slug=topic_slug(n), briefs=tuple(bs)) for n, bs in members.items()]
    return tuple(sorted(topics, key=lambda t: (-len(t.briefs), t.name.casefold())))


def make_days(briefs: list[Brief]) -> tuple[Day, ...]:
    """Return one Day per date, newest first."""
    by_date: defaultdict[dt.date, list[Brief]] = defaultdict(list)
    for brief in briefs:
        if brief.date is not None:
            by_date[brief.date].append(brief)
    return tuple(Day(date=d, briefs=tuple(by_date[d])) for d in sorted(by_date, reverse=True))
