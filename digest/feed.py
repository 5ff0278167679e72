"""Atom feed of the latest briefs, with stable ids and the articles' own dates."""

from __future__ import annotations

import datetime as dt

from feedgen.feed import FeedGenerator

from digest.config import Settings
from digest.model import Page, Site
from digest.paths import FEED_PATH, brief_path

FEED_ENTRIES = 50
_ID_AUTHORITY = "tag:digest.invalid,2024:"  # tag URI: ids stay the same across hosts and builds


def render_feed(site: Site, settings: Settings) -> Page:
    """Return the Atom feed of the newest dated briefs; links are absolute when site_url is set."""
    dated = [b for b in site.briefs if b.date is not None][:FEED_ENTRIES]
    feed = FeedGenerator()
    feed.id(_ID_AUTHORITY + "feed")
    feed.title(settings.site_name or "digest")
    feed.link(href=_url(settings, FEED_PATH), rel="self")
    feed.link(href=_url(settings, ""), rel="alternate")
    feed.updated(_midnight(dated[0].date if dated else None))
    feed.generator("digest")
    for brief in reversed(dated):  # feedgen prepends: add oldest first so the newest leads
        assert brief.date is not None
        page = brief_path(brief).removesuffix(".md") + "/"
        entry = feed.add_entry()
        entry.id(_ID_AUTHORITY + page)
        entry.title(brief.title or brief.slug)  # Atom needs a non-empty title
        entry.link(href=_url(settings, page))
        entry.summary(" ".join(brief.summary) or brief.title)
        entry.published(_midnight(brief.date))
        entry.updated(_midnight(brief.date))
        for topic in brief.topics:
            entry.category(term=topic)
    return Page(FEED_PATH, feed.atom_str(pretty=True).decode("utf-8"))


def _url(settings: Settings, path: str) -> str:
    base = settings.site_url.rstrip("/")
    return f"{base}/{path}" if base else f"/{path}"


def _midnight(date: dt.date | None) -> dt.datetime:
    """Return the date at 00:00 UTC: articles carry a day, not a time."""
    day = date or dt.date(1970, 1, 1)
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)
