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
    """Return the URL of a docs-relative page (or file) relative to another page's folder
    in the docs folder: a link written in that page's raw HTML.

    Links in raw HTML are read from the page's source file, as Markdown links are: Zensical
    reads them so. MkDocs leaves raw HTML as is and a browser reads links from the page's
    URL, a folder deeper where `url_below_source` says so; the plugin moves them up.
    """
    parts = _url_parts(target, directory_urls)
    folder = tuple(page.split("/")[:-1])
    common = 0
    while common < min(len(folder), len(parts) - 1) and folder[common] == parts[common]:
        common += 1
    return "/".join([".."] * (len(folder) - common) + list(parts[common:])) or "./"


def url_below_source(page: str, *, directory_urls: bool) -> bool:
    """Return True when a page's URL names a folder below its source file's folder
    (`briefs/x.md` -> `briefs/x/`): links in its raw HTML need one more "../" there."""
    return directory_urls and page.endswith(".md") and page.rpartition("/")[2] != "index.md"


@lru_cache(maxsize=1 << 16)  # a site links each page from many others
def _url_parts(path: str, directory_urls: bool) -> tuple[str, ...]:
    return tuple(page_url(path, directory_urls=directory_urls).split("/"))
