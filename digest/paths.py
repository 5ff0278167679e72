"""Where each generated page lives under the docs folder, and the URL MkDocs gives it."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from digest.model import Brief

FEED_PATH = "feed.xml"  # Atom, the latest briefs
JSON_FEED_PATH = "feed.json"  # JSON Feed 1.1, the same briefs
# digest's stylesheet, written beside the pages so that any builder reading mkdocs.yml's
# extra_css links it (Zensical runs no MkDocs plugin); the MkDocs plugin adds the link
# to projects whose mkdocs.yml lacks it.
STYLESHEET_PATH = "assets/digest/digest.css"


def brief_path(brief: Brief) -> str:
    """Return the docs-relative path of a brief: its URL carries its date."""
    day = brief.date
    folder = f"{day.year:04}/{day.month:02}/{day.day:02}" if day else "undated"
    return f"briefs/{folder}/{brief.slug}.md"


def topic_path(topic_slug: str) -> str:
    """Return the docs-relative path of a topic page."""
    return f"topics/{topic_slug}.md"


def topic_feed_path(topic_slug: str) -> str:
    """Return the docs-relative path of a topic's Atom feed: beside its page's URL."""
    return f"topics/{topic_slug}/feed.xml"


def day_path(date: dt.date) -> str:
    """Return the docs-relative path of a day page."""
    return f"days/{date.isoformat()}.md"


def page_url(path: str, *, directory_urls: bool) -> str:
    """Return the site-relative URL MkDocs gives a docs-relative file (mkdocs.yml's
    `use_directory_urls` says which of its two URL styles)."""
    if not path.endswith(".md"):
        return path  # copied as is, like the feed
    stem = path.removesuffix(".md")
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem.removesuffix("index")
    return f"{stem}/"


def href(target: str, page: str, *, directory_urls: bool) -> str:
    """Return the relative URL from one docs-relative page to another, as MkDocs writes it.

    Generated lists are raw HTML, which MkDocs leaves as is, so their links are written the
    way MkDocs would rewrite a Markdown link between the same two files.
    """
    parts = _url_parts(target, directory_urls)
    # A page's links start from its URL's folder: the URL itself when it ends in "/".
    folder = _url_parts(page, directory_urls)[:-1]
    common = 0
    while common < min(len(folder), len(parts) - 1) and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + list(parts[common:])) or "./"


@lru_cache(maxsize=1 << 16)  # a site links each page from many others
def _url_parts(path: str, directory_urls: bool) -> tuple[str, ...]:
    return tuple(page_url(path, directory_urls=directory_urls).split("/"))
