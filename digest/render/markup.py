"""Markup for generated pages: untrusted text made inert, links, dates, counts, front matter.

Pure string helpers the page templates (`digest.render.pages`) are built from.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from functools import lru_cache

import frontmatter

from digest import __version__
from digest.config import Settings
from digest.frontmatter_yaml import DigestYAMLHandler
from digest.paths import href

GENERATOR = f"digest {__version__}"  # front matter marker: digest owns files that carry it
# Characters that Markdown, its extensions or HTML could read as syntax anywhere in a line;
# "@" makes e-mail autolinks (magiclink) and "+" makes ++keys++.
_ALWAYS_ESCAPED = frozenset("\\`*_{}[]<>&|~^=$!@+")
_AS_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in _ALWAYS_ESCAPED})
# Syntax only at the start of a line: "# ", "- ", "1. ", "> ", "??? " (details), "/// " (blocks)
# and ": " (a definition, when the paragraph before it is taken as the term).
_LINE_START = re.compile(r"^(\s*)([#+\-?/:]|\d+[.)])")
_COLON_WORD = re.compile(r":(?=\S)")  # ":emoji:" and "javascript:" need a colon before a word
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)  # magiclink turns "www.x.org" into a link
# A line break inside untrusted text would start a new Markdown line, where "# " is a heading
# and four spaces are code: text is shown on one line, as Markdown would show it anyway.
_LINE_BREAKS = re.compile(r"[ \t\n\r\f\v]+")
_SPACES = re.compile(r"  +")
# python-frontmatter's handler with digest's writer: PyYAML's representer was a third of
# the time to render a large site.
_FRONT_MATTER = DigestYAMLHandler()
_TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”"})
# Line breaks become spaces; other control characters go (Python-Markdown marks its
# placeholders with STX and ETX, and none is ever shown anyway).
_ONE_LINE = str.maketrans(
    {c: " " if c in "\t\n\r\x0b\x0c" else None for c in map(chr, [*range(32), 127])}
)


def escape_text(text: str) -> str:
    """Return untrusted text as Markdown that shows it literally and activates nothing."""
    text = _LINE_BREAKS.sub(" ", text).strip()
    out = text.translate(_AS_ENTITIES)
    out = _WWW.sub(r"\1&#46;", _COLON_WORD.sub("&#58;", out))
    return _LINE_START.sub(lambda m: m.group(1) + _entities(m.group(2)), out)


@lru_cache(maxsize=1 << 16)  # titles and ledes are listed on many pages
def escape_html(text: str) -> str:
    """Return untrusted text for a raw HTML block: on one line, every tag and entity inert.

    Lists, ledes and the full text are written as raw HTML blocks, which Python-Markdown
    stashes untouched: several times cheaper for MkDocs to convert than the same Markdown,
    and nothing in them can be read as Markdown syntax.
    """
    # Quotes stay as they are: outside attributes they are plain text, and every entity is
    # one more event for the HTML parsers MkDocs runs over each page.
    text = text.translate(_ONE_LINE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return html.escape(text.strip(), quote=False)


def plain_title(text: str) -> str:
    """Return text safe where themes print front matter unescaped (title, tags)."""
    return " ".join(text.translate(_TITLE_LOOKALIKES).split())


def with_front_matter(meta: Mapping[str, object], lines: list[str]) -> str:
    """Return the page's lines under its front matter, digest's marker first."""
    # The marker goes first: the writer recognises its own files by their first bytes.
    post = frontmatter.Post("\n".join(lines).rstrip() + "\n")
    post.metadata = {"generator": GENERATOR, **meta}
    return frontmatter.dumps(post, handler=_FRONT_MATTER) + "\n"


def markdown_link(text: str, target: str, page: str) -> str:
    """Return a Markdown link from one generated page to another."""
    return f"[{escape_text(text)}]({rel(target, page)})"


def html_link(text: str, target: str, page: str, settings: Settings) -> str:
    """Return an HTML link from one generated page to another."""
    url = href(target, page, directory_urls=settings.directory_urls)
    return f'<a href="{html.escape(url)}">{escape_html(text)}</a>'


def rel(target: str, page: str) -> str:
    """Return the link from one docs-relative page to another (both plain POSIX paths)."""
    here, there = page.split("/")[:-1], target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _entities(chars: str) -> str:
    return "".join(f"&#{ord(c)};" for c in chars)


def date(date: dt.date | None, settings: Settings) -> str:
    """Return a date as the settings print it, "undated" for None."""
    return format_date(date, settings.date_format)


@lru_cache(maxsize=4096)  # a site prints each of a few hundred dates thousands of times
def format_date(date: dt.date | None, date_format: str) -> str:
    """Return a date as pages print it, "undated" for None."""
    if date is None:
        return "undated"
    # %-d is not portable strftime (Windows lacks it), so digest expands it itself.
    return date.strftime(date_format.replace("%-d", str(date.day)))


def count(n: int, noun: str) -> str:
    """Return a count and its noun, plural unless one: "1 story", "3 briefs"."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
