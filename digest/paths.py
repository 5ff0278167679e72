"""Where each generated page lives under the docs folder; URLs follow from these paths."""

from __future__ import annotations

import datetime as dt

from digest.model import Brief

FEED_PATH = "feed.xml"


def brief_path(brief: Brief) -> str:
    """Return the docs-relative path of a brief: its URL carries its date."""
    folder = brief.date.strftime("%Y/%m/%d") if brief.date else "undated"
    return f"briefs/{folder}/{brief.slug}.md"


def topic_path(topic_slug: str) -> str:
    """Return the docs-relative path of a topic page."""
    return f"topics/{topic_slug}.md"


def day_path(date: dt.date) -> str:
    """Return the docs-relative path of a day page."""
    return f"days/{date.isoformat()}.md"
