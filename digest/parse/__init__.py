"""Raw seed -> Article: decoding, front matter, headline, wire furniture and paragraphs.

`decode` turns bytes into clean text, `text` reads a scrape's furniture, headline and
paragraphs, `wire` its dateline and agency, `front_matter` a Markdown seed's overrides,
`html_page` a saved article page's text and metadata.
"""

from __future__ import annotations

from digest.model import Article, Seed
from digest.parse.decode import clean_text, decode_entities, decode_seed
from digest.parse.front_matter import parse_markdown
from digest.parse.html_page import HTML_SUFFIXES, parse_html
from digest.parse.text import HEADLINE_ONLY, parse_date, parse_text

__all__ = [
    "HEADLINE_ONLY",
    "HTML_SUFFIXES",
    "clean_text",
    "decode_entities",
    "decode_seed",
    "parse_date",
    "parse_html",
    "parse_markdown",
    "parse_seed",
    "parse_text",
]


def parse_seed(seed: Seed) -> Article:
    """Return the Article of a seed file, chosen by its suffix."""
    text = decode_seed(seed)
    suffix = seed.source.lower()
    if suffix.endswith(".md"):
        return parse_markdown(text, source=seed.source)
    if suffix.endswith(HTML_SUFFIXES):
        return parse_html(text, source=seed.source)
    return parse_text(text, source=seed.source)
