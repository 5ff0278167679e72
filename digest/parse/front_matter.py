"""Markdown seeds: YAML front matter read safely, its values checked one by one."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import replace
from urllib.parse import urlsplit

import yaml
from frontmatter.default_handlers import YAMLHandler

from digest.errors import SeedError
from digest.model import Article
from digest.names import slugify
from digest.parse.decode import clean_text
from digest.parse.text import parse_date, parse_text


def parse_markdown(text: str, *, source: str) -> Article:
    """Return the Article of a Markdown seed; its front matter overrides what is generated."""
    meta, content, notes = _front_matter(text, source=source)
    article = parse_text(content, source=source)
    date = article.date
    notes = list(article.notes) + notes
    if "date" in meta:
        date, note = parse_date(meta["date"])
        notes += [note] if note else []
    keys = ("title", "slug", "caption", "credit", "url", "source", "outlet", "author")
    fields = {key: _meta_str(meta, key, notes) for key in keys}
    # `source` is where the article came from: an address, or the outlet's name.
    source_is_address = is_address(fields["source"])
    url = fields["url"] or (fields["source"] if source_is_address else "")
    return replace(
        article,
        date=date,
        caption=fields["caption"] or article.caption,
        credit=fields["credit"] or article.credit,
        # Front matter's title wins over the headline line the text carries.
        title=fields["title"] or article.title,
        slug=_meta_slug(fields["slug"], notes),
        url=checked_url(url, what="front matter url", notes=notes),
        outlet=fields["outlet"] or ("" if source_is_address else fields["source"]),
        author=fields["author"],
        topics=_meta_topics(meta, notes),
        notes=tuple(notes),
    )


# A scheme ("https:", "javascript:") directly followed by more: "Reuters: World" is a name.
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]")


def is_address(text: str) -> bool:
    """Return True for text written as an address ("https://x.org/a", "www.x.org",
    "javascript:..."), False for a name ("Reuters", "AP/Reuters", "Reuters: World")."""
    return bool(_SCHEME.match(text)) or text.lower().startswith(("www.", "//"))


def checked_url(url: str, *, what: str, notes: list[str]) -> str:
    """Return an http(s) address; any other (javascript:, data:, a relative path) is noted
    in `notes`, naming `what` it was, and dropped."""
    if not url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        notes.append(f"{what} ignored: expected an http(s) address, found {url[:60]!r}")
        return ""
    return url


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
