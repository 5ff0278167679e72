"""Saved article pages (`.html`, `.htm`) -> Article: the article's text and its metadata.

trafilatura finds the article in the page (navigation, ads, cookie banners, comments and
related links left out) and reads its headline, date, author and site name from the
page's OpenGraph, JSON-LD and other meta tags. Its text then goes through the same
paragraph and dateline reading as a `.txt` scrape. The page's address is read here, not
by trafilatura, which drops an address it cannot use without saying so: a canonical
address that is not http(s) is dropped with a note in the report.

Nothing of the page's markup survives: only text, which renderers escape like any other.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from digest.errors import SeedError
from digest.model import Article
from digest.parse.front_matter import checked_url
from digest.parse.text import parse_date, parse_extracted_text

HtmlElement = Any  # lxml's element (trafilatura's tree): lxml ships no type hints
HTML_SUFFIXES = (".html", ".htm")
NO_ARTICLE = (
    "expected an article in the HTML page, found no article text "
    "(only navigation, links or other page furniture)"
)
# Dates are the page's own: htmldate rejects dates after `max_date`, which defaults to
# today, so a fixed far bound keeps a page's brief the same whatever day it is built on.
# Its extensive search (any date-like text in the page) is off: a date in the article's
# text ("the 2030 target") is not its publication date.
_DATE_PARAMS = {"original_date": True, "extensive_search": False, "max_date": "2999-12-31"}
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# A paragraph of article text ends a sentence and has a few words: a page whose extracted
# text has none is a list of links, a menu or an empty shell.
_ARTICLE_MIN_WORDS = 4
# A site name written as a domain ("valleytimes.example", trafilatura's fallback when the
# page names none) is no outlet name: the `outlets` setting is tried before it.
_DOMAIN = re.compile(r"^[\w.-]+\.[A-Za-z]{2,}$")
# What separates a headline from the site's name in a page's <title>.
_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
_CANONICAL = '//link[contains(concat(" ", normalize-space(@rel), " "), " canonical ")]/@href'
_JSON_LD = '//script[@type="application/ld+json"]'


def parse_html(text: str, *, source: str) -> Article:
    """Return the Article of a saved article page; a page with no article text is a SeedError."""
    import trafilatura  # only when a page is parsed: its import costs a build of .txt seeds

    _quiet_extractor_logs()
    tree = trafilatura.load_html(text)
    if tree is None:
        raise SeedError(source, "expected an HTML page, found nothing an HTML parser could read")
    notes: list[str] = []
    # Read before extraction, which may prune the tree.
    url, page_title = _page_url(tree, notes), _one_line(tree.findtext(".//title"))
    found = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        favor_precision=True, date_extraction_params=dict(_DATE_PARAMS),
    )  # fmt: skip
    if found is None or isinstance(found, dict) or found.body is None:
        raise SeedError(source, NO_ARTICLE)
    blocks = list(_blocks(found.body))
    outlet = _outlet(found.sitename)
    title, blocks = _headline(_one_line(found.title), blocks, outlet)
    outlet = outlet or _title_tail(page_title, title)
    if not any(_is_article_paragraph(kind, b) for kind, b in blocks):
        raise SeedError(source, NO_ARTICLE)
    body = "\n\n".join(b for _, b in blocks)
    article = parse_extracted_text(body, source=source, headline=title)
    date, note = parse_date(found.date) if found.date else (article.date, "")
    return replace(
        article,
        date=date,
        url=url,
        outlet=outlet,
        author=_one_line(found.author),
        notes=(*article.notes, *notes, *([note] if note else [])),
    )


def _quiet_extractor_logs() -> None:
    """Keep the extractor's warnings ("discarding data: None") out of the build's output:
    digest reports what they mean itself, naming the file. Errors still show."""
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.ERROR)


def _blocks(body: HtmlElement) -> Iterator[tuple[str, str]]:
    """Yield (kind, text) for each block of trafilatura's extracted body, in order.

    Kinds are its element names: "head" (a heading; "h1" for a first-level one), "p",
    "quote", and "list". A line break inside a block is a space: the block is one paragraph.
    """
    last: tuple[str, str] | None = None
    for element in body:
        if element.tag == "list":
            block = ("list", _list_text(element))
        elif element.tag == "head" and element.get("rend") == "h1":
            block = ("h1", _text_of(element))
        else:
            block = (str(element.tag), _text_of(element))
        if not block[1]:
            continue
        if last and last[0] == "p" and block[0] == "list" and last[1].endswith(":"):
            last = ("p", f"{last[1]} {block[1]}")  # "...three things:" runs on into its list
            continue
        if last:
            yield last
        last = block
    if last:
        yield last


def _list_text(element: HtmlElement) -> str:
    """Return a list as one paragraph: its items, each a sentence, or else run on with ";".

    Items that are not sentences ("whether energy prices stay low;") would each read as a
    subheading on their own.
    """
    items = [t for t in (_text_of(item) for item in element.iter("item")) if t]
    if all(_SENTENCE_END.search(t) for t in items):
        return " ".join(items)
    text = "; ".join(t.rstrip(";,") for t in items)
    return text if _SENTENCE_END.search(text) else text + "."


def _text_of(element: HtmlElement) -> str:
    for lb in element.iter("lb"):  # trafilatura's <br>: its text runs on after a space
        lb.tail = " " + (lb.tail or "")
    return _one_line("".join(element.itertext()))


def _headline(
    title: str, blocks: list[tuple[str, str]], outlet: str
) -> tuple[str, list[tuple[str, str]]]:
    """Return the page's headline and the blocks after it.

    The metadata's title is the headline, the site's name taken off its end; the page's
    own h1 (or a first heading that repeats the title) opens the text and goes.
    """
    first_kind, first = blocks[0] if blocks else ("", "")
    if first_kind == "h1" or (first_kind == "head" and first.casefold() == title.casefold()):
        return _without_site_name(title or first, outlet), blocks[1:]
    return _without_site_name(title, outlet), blocks


def _is_article_paragraph(kind: str, text: str) -> bool:
    return (
        kind not in ("head", "h1")
        and len(text.split()) >= _ARTICLE_MIN_WORDS
        and bool(_SENTENCE_END.search(text))
    )


def _outlet(site_name: str | None) -> str:
    name = _one_line(site_name)
    return "" if _DOMAIN.match(name) else name


def _without_site_name(title: str, outlet: str) -> str:
    """Return a headline without the site's name that page titles often end on:
    "Rail strike called off | Northern Dispatch"."""
    for separator in _SEPARATORS:
        head, sep, tail = title.rpartition(separator)
        if sep and head and outlet and tail.casefold() == outlet.casefold():
            return head.strip()
    return title


def _title_tail(page_title: str, headline: str) -> str:
    """Return the site's name a page's <title> gives after its headline, "" when none:
    "Harbour bridge reopens | The Coastal Ledger" -> "The Coastal Ledger"."""
    for separator in _SEPARATORS:
        head, sep, tail = page_title.rpartition(separator)
        if sep and head.casefold() == headline.casefold() and 0 < len(tail.split()) <= 6:
            return _outlet(tail)
    return ""


def _page_url(tree: HtmlElement, notes: list[str]) -> str:
    """Return the page's own http(s) address: its canonical link, OpenGraph or JSON-LD url.

    The first http(s) one is taken; when the page names only others (javascript:, a
    relative path), the first is noted and none is kept.
    """
    candidates = [
        *tree.xpath(_CANONICAL),
        *tree.xpath('//meta[@property="og:url"]/@content'),
        *_json_ld_urls(tree),
    ]  # fmt: skip
    named = [_one_line(str(c)) for c in candidates if _one_line(str(c))]
    for url in named:
        if checked_url(url, what="", notes=[]):
            return url
    return checked_url(named[0], what="canonical URL", notes=notes) if named else ""


def _json_ld_urls(tree: HtmlElement) -> Iterator[str]:
    """Yield the `url` or `mainEntityOfPage` of every JSON-LD article object in the page."""
    for script in tree.xpath(_JSON_LD):
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue  # broken JSON-LD is common; the page's other metadata still counts
        for item in _json_objects(data):
            kind = item.get("@type")
            kinds = kind if isinstance(kind, list) else [kind]
            if not any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds):
                continue
            for key in ("url", "mainEntityOfPage"):
                value = item.get(key)
                value = value.get("@id") if isinstance(value, dict) else value
                if isinstance(value, str):
                    yield value


def _json_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Yield the objects of JSON-LD data: itself, list items and `@graph` members."""
    if depth > 4:  # JSON-LD nests articles a level or two down; deeper is not metadata
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _json_objects(data.get("@graph"), depth + 1)


def _one_line(text: str | None) -> str:
    return " ".join((text or "").split())
