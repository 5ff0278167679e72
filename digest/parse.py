"""Raw seed text -> Article: furniture, dateline, credit, caption and paragraphs kept apart."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import charset_normalizer
import yaml
from frontmatter.default_handlers import YAMLHandler

from digest.errors import SeedError
from digest.model import Article, Paragraph, Seed
from digest.names import slugify

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
# Words a headline does not end on but a hard-wrapped line often does.
_JOINING_WORDS = frozenset(
    "a an the and or but of in on at to for from by with as that which who is are was were".split()
)


def parse_text(text: str, *, source: str) -> Article:
    """Return the Article of a raw `.txt` scrape: header furniture first, then paragraphs."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", clean_text(text)) if b.strip()]
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
    meta, content, notes = _front_matter(text, source=source)
    article = parse_text(content, source=source)
    date = article.date
    notes = list(article.notes) + notes
    if "date" in meta:
        date, note = parse_date(meta["date"])
        notes += [note] if note else []
    fields = {key: _meta_str(meta, key, notes) for key in ("title", "slug", "caption", "credit")}
    return Article(
        source=source,
        paragraphs=article.paragraphs,
        date=date,
        dateline=article.dateline,
        caption=fields["caption"] or article.caption,
        credit=fields["credit"] or article.credit,
        attribution=article.attribution,
        teasers=article.teasers,
        title=fields["title"],
        slug=_meta_slug(fields["slug"], notes),
        url=_meta_url(_meta_str(meta, "url", notes) or _meta_str(meta, "source", notes), notes),
        topics=_meta_topics(meta, notes),
        notes=tuple(notes),
    )


class _SeedLoader(yaml.SafeLoader):
    """SafeLoader without aliases or implicit timestamps: seeds are data, never a program.

    Aliases let a few lines expand into gigabytes once printed ("billion laughs"); a date is
    read by `parse_date`, so an impossible one (2024-13-45) is a note, not a crash.
    """

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise yaml.composer.ComposerError(
                None, None, "found an alias (*name), which seeds may not use", event.start_mark
            )
        return super().compose_node(parent, index)


_SeedLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_YAML = YAMLHandler()
# Whatever a YAML constructor may raise on hostile input besides YAMLError: bad !!timestamp,
# ints over Python's digit limit, deep nesting.
_YAML_FAILURES = (yaml.YAMLError, ValueError, TypeError, OverflowError, RecursionError)


def _front_matter(text: str, *, source: str) -> tuple[Mapping[str, object], str, list[str]]:
    """Return (front matter, body, notes); only YAML between `---` lines counts as front matter."""
    if not _YAML.detect(text):
        return {}, text, []
    try:
        raw, content = _YAML.split(text)
    except ValueError:  # an opening `---` and no closing one: the whole file is the body
        return {}, text, []
    try:
        meta = yaml.load(raw, Loader=_SeedLoader)  # a SafeLoader: builds no objects
    except _YAML_FAILURES as exc:
        raise SeedError(
            source, f"expected YAML front matter, found invalid YAML ({_yaml_problem(exc)})"
        ) from exc
    if meta is None:
        return {}, content, []
    if not isinstance(meta, dict):
        found = type(meta).__name__
        return {}, content, [f"front matter ignored: expected key: value pairs, found a {found}"]
    return {str(k): v for k, v in meta.items()}, content, []


def _yaml_problem(exc: BaseException) -> str:
    """Return what YAML found wrong and on which line of the file, in a few words."""
    if isinstance(exc, yaml.MarkedYAMLError) and exc.problem:
        mark = exc.problem_mark
        # The front matter YAML starts with the newline after `---`: its line 0 is the file's 1.
        where = f" on line {mark.line + 1}" if mark is not None else ""
        return " ".join(f"{exc.problem}{where}".split())[:200]
    return " ".join(str(exc).split())[:200]


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
    for block in (part for b in blocks for part in _heading_split(b)):
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


def _heading_split(block: str) -> list[str]:
    """Return a block with a leading headline line split off: "Headline\nFirst paragraph...".

    Scrapes often put a headline on its own line with no blank line after it. A hard-wrapped
    paragraph is told apart: its first line runs on (it ends on a joining word or a comma)
    or is about as long as the line after it.
    """
    first, _, rest = block.partition("\n")
    first, rest = first.strip(), rest.strip()
    words = first.split()
    if (
        not rest
        or not rest[0].isupper()
        or not _is_subheading(first)
        or words[-1].lower().strip(",;:") in _JOINING_WORDS
        or first[-1] in ",;:-"
        or len(first) > 0.8 * len(rest.partition("\n")[0])
    ):
        return [block]
    return [first, rest]


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


# Front matter values shown as text: scalars only, since str() of a nested list can be huge.
_SCALARS = (str, int, float, dt.date)


def _meta_str(meta: Mapping[str, object], key: str, notes: list[str]) -> str:
    """Return a front matter value as one line of clean text; other shapes are noted."""
    value = meta.get(key)
    if value is None:
        return ""
    if not isinstance(value, _SCALARS):
        notes.append(f"front matter {key} ignored: expected text, found a {type(value).__name__}")
        return ""
    return " ".join(clean_text(str(value)).split())


def _meta_topics(meta: Mapping[str, object], notes: list[str]) -> tuple[str, ...]:
    raw = meta.get("topics")
    if raw is None:
        return ()
    items = [raw] if isinstance(raw, _SCALARS) else raw
    if not isinstance(items, list) or not all(isinstance(t, _SCALARS) for t in items):
        notes.append(f"front matter topics ignored: expected a list of names, found {raw!r:.60}")
        return ()
    names = (" ".join(clean_text(str(t)).split()) for t in items)
    return tuple(name for name in names if name)


def _meta_slug(slug: str, notes: list[str]) -> str:
    if slug and not slugify(slug):
        notes.append(f"front matter slug {slug[:60]!r} has no letters or digits; title used")
        return ""
    return slug


def _meta_url(url: str, notes: list[str]) -> str:
    """Return an http(s) address; any other scheme (javascript:, data:) is noted and dropped."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        notes.append(f"front matter url ignored: expected an http(s) address, found {url[:60]!r}")
        return ""
    return url


def parse_seed(seed: Seed) -> Article:
    """Return the Article of a seed file, chosen by its suffix."""
    text = decode_seed(seed)
    if seed.source.lower().endswith(".md"):
        return parse_markdown(text, source=seed.source)
    return parse_text(text, source=seed.source)


def decode_seed(seed: Seed) -> str:
    """Return a seed's clean text, whatever its encoding; binary data is a SeedError.

    UTF-8 and UTF-16 are recognised by their byte-order mark or their bytes; anything else
    goes to charset-normalizer, which is maintained and tested on far more text than we have.
    """
    text = _decode(seed.data)
    if text is None or _mostly_controls(text):
        raise SeedError(
            seed.source,
            "expected text in UTF-8, UTF-16 or a single-byte encoding such as cp1252, "
            "found binary data",
        )
    return clean_text(text)


def clean_text(text: str) -> str:
    """Return text with one kind of line break and no control characters but tab and newline."""
    text = _ANSI.sub("", text) if "\x1b" in text else text
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# Terminal colour codes (ESC [ 31 m) come with text pasted from a console; drop them whole.
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# C0 and C1 controls but tab and newline, DEL, and a byte-order mark left inside the text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff]")
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# git's rule for telling binary from text: a NUL byte in the first 8000 bytes.
_SNIFF_BYTES = 8000
# Western encodings preferred when they read a text as well as the detector's pick does.
_PREFERRED = ("cp1252", "latin_1")
_MAX_CHAOS = 0.2  # the detector's "mess" ratio of a decoding, at its own default threshold


def _decode(data: bytes) -> str | None:
    """Return the decoded text, or None when no encoding explains the bytes."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data[len(bom) :], codec)
    if b"\x00" in data[:_SNIFF_BYTES]:
        return _utf16_without_bom(data)
    text = _strict(data, "utf-8")
    return text if text is not None else _detect(data)


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> str | None:
    """Return UTF-16 text told by its NULs: the zero half of ASCII characters, all on one side."""
    sample = data[:_SNIFF_BYTES]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # UTF-16 text with some Latin in it has NULs on one side, for a good share of characters;
    # a stray NUL or two in a text file, or NULs all over, is binary.
    one_sided = min(even, odd) * 4 <= max(even, odd)
    if len(data) % 2 or not one_sided or max(even, odd) * 8 < len(sample) // 2:
        return None
    return _strict(data, "utf-16-le" if odd > even else "utf-16-be")


def _detect(data: bytes) -> str | None:
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    best = matches[0]
    # On short texts the detector's first pick is often an exotic code page (mac_latin2 for
    # English with a euro sign). A Western encoding that reads the text at least as coherently
    # wins: legacy scrapes of English-language news are nearly always cp1252. The price: a short
    # Czech or Turkish text in its own legacy code page may be read as cp1252.
    for codec in _PREFERRED:
        for match in matches:
            if (
                codec in match.could_be_from_charset
                and match.chaos <= _MAX_CHAOS
                and match.coherence >= best.coherence
            ):
                text = _strict(data, codec)
                if text is not None:
                    return text
    return str(best)


def _mostly_controls(text: str) -> bool:
    """Return True for "text" that is mostly control characters: binary read as text."""
    sample = text[:_SNIFF_BYTES]
    controls = len(_CONTROLS.findall(sample.replace("\r", "").replace("\f", "")))
    return controls * 10 > len(sample)
