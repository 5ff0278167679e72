"""Neighbours: what a page needs from the rest of the site, looked up once per site.

The briefs of each story in briefing order, a brief's nearest others in its story, and
what any list of briefs shows of each (the inputs of the pages that list it).
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from digest.group import briefing_order
from digest.model import Brief, Site

_UNDATED = 1 << 30  # how many days apart a brief is from an undated one


def _listed(brief: Brief) -> tuple[object, ...]:
    """Return what any list of briefs shows of one: headline, link, date, first sentence,
    dateline and topics."""
    article = brief.article
    return (
        brief.title,
        brief.slug,
        article.date,
        brief.summary[:1],
        article.dateline,
        brief.topics,
    )


def _listing(brief: Brief) -> str:
    """Return a short digest of what any list shows of a brief.

    Short: a topic page's inputs hold one per brief it lists, thousands on a large site,
    and every build writes out and hashes the inputs of every page again.
    """
    return hashlib.blake2b(repr(_listed(brief)).encode(), digest_size=12).hexdigest()


@dataclass(frozen=True)
class Neighbours:
    """Lookups a brief page needs from the rest of the site, built once per site."""

    by_source: Mapping[str, Brief]
    stories: Mapping[str, Sequence[Brief]]  # story id -> its briefs in briefing order
    position: Mapping[str, int]  # source -> its brief's place in its story
    days: Mapping[str, Sequence[int]]  # story id -> minus the day ordinal of its dated briefs
    listed: Mapping[int, str]  # id() of each of the site's briefs -> its `listing`

    @classmethod
    def of(cls, site: Site) -> Neighbours:
        """Return the lookups of a site."""
        stories = {s.id: sorted(s.briefs, key=briefing_order) for s in site.stories}
        position = {
            b.article.source: i for briefs in stories.values() for i, b in enumerate(briefs)
        }
        days = {k: [-b.date.toordinal() for b in v if b.date] for k, v in stories.items()}
        by_source = {b.article.source: b for b in site.briefs}
        # A brief is listed on up to a dozen pages: what they show of it is written once.
        listed = {id(b): _listing(b) for b in site.briefs}
        return cls(by_source, stories, position, days, listed)

    def listing(self, brief: Brief) -> str:
        """Return a digest of what any list shows of a brief, for the inputs of a page that
        lists it."""
        return self.listed.get(id(brief)) or _listing(brief)

    def nearest_in_story(self, brief: Brief, limit: int) -> tuple[list[Brief], int]:
        """Return up to `limit` other briefs of the brief's story nearest to it in time (ties
        in briefing order), listed in briefing order, and how many others the story has.

        Only the briefs as near as the `limit`-th nearest of its neighbours in the list are
        compared: a story can hold hundreds of briefs, each listing its own nearest.
        """
        story = self.stories.get(brief.story, ())
        here = self.position.get(brief.article.source)
        if here is None or len(story) < 2:
            return [], 0
        days = self.days[brief.story]  # of its dated briefs, which come first in a story

        def apart(i: int) -> int:
            dated = i < len(days) and here < len(days)
            return abs(days[i] - days[here]) if dated else _UNDATED

        pool = range(len(story))
        if brief.date and len(story) - 1 > limit:
            near = range(max(0, here - limit), min(len(story), here + limit + 1))
            reach = sorted(apart(i) for i in near if i != here)[limit - 1]
            if reach < _UNDATED:  # every brief this near is dated, so in one run of the list
                day = days[here]
                pool = range(bisect_left(days, day - reach), bisect_right(days, day + reach))
        ranked = sorted((apart(i), i) for i in pool if i != here)
        return [story[i] for i in sorted(i for _, i in ranked[:limit])], len(story) - 1
