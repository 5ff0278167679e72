"""Raw seed -> Article: decoding, front matter, headline, wire furniture and paragraphs.

`decode` turns bytes into clean text, `text` reads a scrape's furniture, headline and
paragraphs, `wire` its dateline and agency, `front_matter` a Markdown seed's overrides.
"""

from __future__ import annotations

from digest.model import Article, Seed
from digest.parse.decode import clean_text, decode_entities, decode_seed
from digest.parse.front_matter import parse_markdown
from digest.parse.text import HEADLINE_ONLY, parse_date, parse_text

__all__ = [
    "HEADLINE_ONLY",
    "clean_text",
    "decode_entities",
    "decode_seed",
    "parse_date",
    "parse_markdown",
    "parse_seed",
    "parse_text",
]


def parse_seed(seed: Seed) -> Article:
    """Return the Article of a seed file, chosen by its suffix."""
    text = decode_seed(seed)
    if seed.source.lower().endswith(".md"):
        return parse_markdown(text, source=seed.source)
    return parse_text(text, source=seed.source)
