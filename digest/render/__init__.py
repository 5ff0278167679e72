"""Site -> Pages: Markdown text for every generated file. Pure: nothing here touches the disk.

`render_site` lists the pages and keeps those whose inputs did not change. The pages are
made by `digest.render.pages` from the helpers of `digest.render.markup` (escaping, links,
dates, front matter) and `digest.render.timeline`; `digest.render.neighbours` looks up
what a page needs from the rest of the site.

The pages are called through this module's names (`render_brief`, `render_topic`, ...),
so a test can count what is rendered by patching them here.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import replace
from functools import partial

from digest.assets import stylesheet_page
from digest.config import Settings
from digest.feed import render_feed, render_json_feed, render_topic_feed, topic_feed_shows
from digest.model import Brief, Day, KeptPage, Page, Site, Topic
from digest.paths import brief_path, day_path, topic_feed_path, topic_path
from digest.render.markup import GENERATOR, escape_html, escape_text, format_date, plain_title
from digest.render.neighbours import Neighbours
from digest.render.pages import (
    render_brief,
    render_day,
    render_days_index,
    render_home,
    render_topic,
    render_topics_index,
)
from digest.render.timeline import timeline_svg

__all__ = [
    "GENERATOR",
    "STORY_SIBLINGS",
    "Neighbours",
    "brief_page",
    "escape_html",
    "escape_text",
    "format_date",
    "kept_or_rendered",
    "plain_title",
    "render_brief",
    "render_day",
    "render_days_index",
    "render_home",
    "render_site",
    "render_topic",
    "render_topics_index",
    "timeline_svg",
]

STORY_SIBLINGS = 8  # other briefs of its story listed on a brief page, nearest in time


def render_site(
    site: Site, settings: Settings, *, last_inputs: Mapping[str, str] | None = None
) -> list[Page | KeptPage]:
    """Return every generated page of the site, in a fixed order.

    `last_inputs` are the inputs of the pages the last build rendered with the same code
    and settings, whose files are untouched since: a brief, topic or day page (or a topic's
    feed) whose inputs are the same is kept as it is. One new seed changes few of them.
    """
    last = last_inputs or {}
    neighbours = Neighbours.of(site)
    pages = [brief_page(b, settings, neighbours, last) for b in site.briefs]
    for t in site.topics:
        render = partial(render_topic, t, settings)
        shows = _topic_shows(t, neighbours)
        pages.append(kept_or_rendered(topic_path(t.slug), shows, last, render))
        # A topic's feed is rendered again only when what it shows changed, like its page.
        render = partial(render_topic_feed, t, settings)
        feed_shows = topic_feed_shows(t, settings)
        pages.append(kept_or_rendered(topic_feed_path(t.slug), feed_shows, last, render))
    for d in site.days:
        render = partial(render_day, d, settings)
        pages.append(kept_or_rendered(day_path(d.date), _day_shows(d, neighbours), last, render))
    pages += [render_topics_index(site, settings), render_days_index(site, settings)]
    pages += [render_home(site, settings), render_feed(site, settings)]
    pages += [render_json_feed(site, settings), stylesheet_page()]
    return pages


def kept_or_rendered(
    path: str, shows: object, last_inputs: Mapping[str, str], render: Callable[[], Page]
) -> Page | KeptPage:
    """Return KeptPage when what the page shows (`shows`, whose repr says it all) is what the
    last build's page showed, else the page `render` makes, with its inputs."""
    inputs = hashlib.blake2b(repr(shows).encode(), digest_size=16).hexdigest()
    if last_inputs.get(path) == inputs:
        return KeptPage(path, inputs)
    return replace(render(), inputs=inputs)


def brief_page(
    brief: Brief, settings: Settings, neighbours: Neighbours, last_inputs: Mapping[str, str]
) -> Page | KeptPage:
    """Return a brief's page, or KeptPage when it would show what the last build's did."""
    story = neighbours.nearest_in_story(brief, STORY_SIBLINGS)
    related = [neighbours.by_source[s] for s in brief.related if s in neighbours.by_source]
    shows = (brief, len(story[0]), story[1], [*map(neighbours.listing, (*story[0], *related))])
    render = partial(render_brief, brief, settings, story=story, related=related)
    return kept_or_rendered(brief_path(brief), shows, last_inputs, render)


def _topic_shows(topic: Topic, neighbours: Neighbours) -> tuple[object, ...]:
    listed = [*map(neighbours.listing, topic.briefs)]
    return (topic.name, topic.slug, topic.keywords, topic.related, listed)


def _day_shows(day: Day, neighbours: Neighbours) -> tuple[object, ...]:
    stories = [(s.summary, [*map(neighbours.listing, s.briefs)]) for s in day.stories]
    return (day.date, len(day.briefs), stories)
