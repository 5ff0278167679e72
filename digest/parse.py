"""Raw seed text -> Article: furniture, dateline, credit, caption and paragraphs kept apart."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping

import frontmatter
import yaml

from digest.errors import SeedError
from digest.model import Article, Paragraph, Seed

_DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*", re.IGNORECASE)
_FOLLOW = re.compile(r"^\s*Follow us on\b\s*", re.IGNORECASE)
_IMAGE_SOURCE = re.compile(r"^\s*(?:Image Source|Photo Source|Image credit)\s*:\s*", re.IGNORECASE)
_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’\-]*(?:[ ,]+[A-Z][\w.'’\-]*){0,3})"
    r"(?:\s*\((?:[A-Za-z]+)\))?\s*(?::|\s[-–—])\s+(?=\S)"
)
_ATTRIBUTION = re.compile(
    r"^\(?\s*(?P<text>with (?:inputs?|agency inputs?) from [^)]*?)\s*\)?\.?$", re.I
)
_TEASER = re.compile(r"^(?:also read|read also|read more|also see)\s*[:|\-–]\s*(?P<text>.+)$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
_SUBHEADING_MAX_WORDS = 14


def parse_text(text: str, *, source: str) -> Article:
    """Return the Article of a raw `.txt` scrape: header furniture first, then paragraphs."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        raise SeedError(source, "expected article text, found an empty file")
    date: dt.date | None = None
    credit, caption, notes = "", "", list[str]()
    if blocks and _looks_like_header(blocks[0]):
        date, credit, caption, notes, rest = _parse_header(blocks[0], source=source)
        blocks = ([rest] if rest else []) + blocks[1:]
    return _article_from_blocks(
        blocks, source=source, date=date, credit=credit, caption=caption, notes=tuple(notes)
    )


def parse_markdown(text: str, *, source: str) -> Article:
    """Return the Article of a Markdown seed; its front matter overrides what is generated."""
    try:
        post = frontmatter.loads(text)  # python-frontmatter loads YAML with SafeLoader
    except yaml.YAMLError as exc:
        reason = str(exc).splitlines()[0]
        raise SeedError(
            source, f"expected YAML front matter, found invalid YAML ({reason})"
        ) from exc
    meta: Mapping[str, object] = post.metadata
    article = parse_text(post.content, source=source)
    date, notes = article.date, list(article.notes)
    if "date" in meta:
        date, note = parse_date(meta["date"])
        notes += [note] if note else []
    return Article(
        source=source,
        paragraphs=article.paragraphs,
        date=date,
        dateline=article.dateline,
        caption=_meta_str(meta, "caption") or article.caption,
        credit=_meta_str(meta, "credit") or article.credit,
        attribution=article.attribution,
        teasers=article.teasers,
        title=_meta_str(meta, "title"),
        slug=_meta_str(meta, "slug"),
        url=_meta_str(meta, "url") or _meta_str(meta, "source"),
        topics=_meta_topics(meta, source=source),
        notes=tuple(notes),
    )


def _looks_like_header(block: str) -> bool:
    return bool(_DATE_LINE.match(block) or _FOLLOW.match(block) or _IMAGE_SOURCE.match(block))


def _parse_header(block: str, *, source: str) -> tuple[dt.date | None, str, str, list[str], str]:
    """Split the scrape's first block into date, credit, caption and any text after them."""
    del source  # kept in the signature for symmetry with the other parsers' messages
    date: dt.date | None = None
    notes: list[str] = []
    rest = block
    if m := _DATE_LINE.match(rest):
        date, note = parse_date(m.group(1))
        notes += [note] if note else []
        rest = rest[m.end() :]
    if m := _FOLLOW.match(rest):
        rest = rest[m.end() :]
    credit = ""
    if m := _IMAGE_SOURCE.match(rest):
        credit, rest = _split_credit(rest[m.end() :])
    # The caption is the header's first line; a scrape may run the lead on after a newline.
    caption, _, after = rest.partition("\n")
    return date, credit, caption.strip(), notes, after.strip()


def _split_credit(text: str) -> tuple[str, str]:
    """Return (credit, caption): the credit is the run of upper-case words that opens the text."""
    words = text.split(" ")
    n = 0
    # "A" and "I" open captions ("AP A ferry leaves..."), they are not part of a credit.
    while n < len(words) and _is_credit_word(words[n]):
        n += 1
    if n == len(words):  # all capitals: no caption to tell apart, keep it all as the credit
        return text.strip(), ""
    return " ".join(words[:n]).strip(), " ".join(words[n:])


def _is_credit_word(word: str) -> bool:
    return bool(word) and word not in ("A", "I") and not any(c.islower() for c in word)


def parse_date(raw: object) -> tuple[dt.date | None, str]:
    """Return a date and, when it could not be read, a note saying what was found."""
    if isinstance(raw, dt.datetime):
        return raw.date(), ""
    if isinstance(raw, dt.date):
        return raw, ""
    text = str(raw).strip()
    try:
        return dt.date.fromisoformat(text[:10]), ""
    except ValueError:
        return None, f"expected a date as YYYY-MM-DD, found {text[:40]!r}; shown as undated"


def _article_from_blocks(
    blocks: list[str],
    *,
    source: str,
    date: dt.date | None,
    credit: str,
    caption: str,
    notes: tuple[str, ...],
) -> Article:
    paragraphs: list[Paragraph] = []
    attribution, teasers, dateline = "", [], ""
    for block in blocks:
        line = " ".join(block.split())
        if m := _ATTRIBUTION.match(line):
            attribution = m.group("text")
        elif m := _TEASER.match(line):
            teasers.append(m.group("text"))
        else:
            if not paragraphs and not dateline:
                dateline, line = _split_dateline(line)
            paragraphs.append(Paragraph(line, is_subheading=_is_subheading(line)))
    if not any(not p.is_subheading for p in paragraphs):
        found = "only page furniture" if not paragraphs else "only subheadings"
        raise SeedError(source, f"expected a paragraph of article text, found {found}")
    return Article(
        source=source,
        paragraphs=tuple(paragraphs),
        date=date,
        dateline=dateline,
        caption=caption,
        credit=credit,
        attribution=attribution,
        teasers=tuple(teasers),
        notes=notes,
    )


def _split_dateline(line: str) -> tuple[str, str]:
    """Return ("Moscow", rest) for "Moscow: rest", or ("", line) when there is no dateline."""
    m = _DATELINE.match(line)
    if not m or not _SENTENCE_END.search(line):
        return "", line
    place = m.group("place").strip(" ,")
    # Wire copy shouts its datelines ("SHIMLA (Reuters) -"); show them like the others.
    return (place.title() if place.isupper() else place), line[m.end() :]


def _is_subheading(line: str) -> bool:
    return not _SENTENCE_END.search(line) and len(line.split()) <= _SUBHEADING_MAX_WORDS


def _meta_str(meta: Mapping[str, object], key: str) -> str:
    value = meta.get(key)
    return "" if value is None else " ".join(str(value).split())


def _meta_topics(meta: Mapping[str, object], *, source: str) -> tuple[str, ...]:
    raw = meta.get("topics")
    if raw is None:
        return ()
    if isinstance(raw, str):
        raw = [raw]
    if not isinstance(raw, list):
        raise SeedError(source, f"expected topics as a list of names, found {type(raw).__name__}")
    return tuple(" ".join(str(t).split()) for t in raw if str(t).strip())


def parse_seed(seed: Seed) -> Article:
    """Return the Article of a seed file, chosen by its suffix."""
    text = decode_seed(seed)
    if seed.source.lower().endswith(".md"):
        return parse_markdown(text, source=seed.source)
    return parse_text(text, source=seed.source)


def decode_seed(seed: Seed) -> str:
    """Return a seed's text: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252."""
    data = seed.data
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise SeedError(seed.source, "expected text, found binary data")
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
