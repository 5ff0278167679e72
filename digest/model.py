"""Frozen values that flow one way through the pipeline: Article -> Brief -> Topic/Day -> Page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Paragraph:
    """One block of article text: a body paragraph or a short subheading."""

    text: str
    is_subheading: bool = False


@dataclass(frozen=True)
class Article:
    """A seed parsed into its parts; furniture is kept apart from the article's own text."""

    source: str  # seed path as given, used in messages and on the brief
    paragraphs: tuple[Paragraph, ...]
    date: dt.date | None = None
    dateline: str = ""  # "Moscow", "Beijing, May 18": taken off the first paragraph
    agency: str = ""  # the wire agency its dateline names, "Xinhua", "AP"
    caption: str = ""  # photo caption
    credit: str = ""  # photo credit, "REUTERS/FILE"
    deck: str = ""  # furniture run on before the dateline: bullet points, byline, a correction
    attribution: str = ""  # agency tail, "With inputs from agencies"
    teasers: tuple[str, ...] = ()  # "Also Read: ..." headlines of other articles
    title: str = ""  # a human headline (front matter, JSONL input, the text's own); or empty
    headline: str = ""  # the headline line the text itself carried, whatever title overrides it
    slug: str = ""  # a human slug override; empty when none
    url: str = ""  # where the article was published, when known: an http(s) address
    outlet: str = ""  # who published it, "Reuters": the page's or front matter's; see outlets.py
    author: str = ""  # the byline's name(s), when the seed gives them
    topics: tuple[str, ...] = ()  # human topics, honoured over generated ones
    notes: tuple[str, ...] = ()  # what parsing had to assume, e.g. a date it could not read

    @property
    def body(self) -> tuple[Paragraph, ...]:
        """Return the body paragraphs, subheadings left out."""
        return tuple(p for p in self.paragraphs if not p.is_subheading)

    # Computed once per article: grouping and rendering read them many times.
    @cached_property
    def text(self) -> str:
        """Return the article's own text: paragraphs and subheadings, one per line."""
        return "\n".join(p.text for p in self.paragraphs)

    @cached_property
    def word_count(self) -> int:
        """Return the number of words of the article's own text."""
        return len(self.text.split())


@dataclass(frozen=True)
class Brief:
    """An article with what analysis made of it."""

    article: Article
    title: str
    slug: str
    keywords: tuple[str, ...]
    summary: tuple[str, ...]  # sentences in document order
    subjects: tuple[str, ...] = ()  # topic candidates, normalised, best first
    topics: tuple[str, ...] = ()  # topics that made the cut, filled by grouping
    story: str = ""
    duplicates: tuple[str, ...] = ()  # sources of the same copy, merged into this brief
    duplicate_outlets: tuple[str, ...] = ()  # each duplicate's outlet, "" when unknown
    related: tuple[str, ...] = ()  # sources of similar briefs from other stories, best first

    @property
    def date(self) -> dt.date | None:
        """Return the article's date, None when undated."""
        return self.article.date


@dataclass(frozen=True)
class Story:
    """Briefs covering one story, across sources and days; the lead brief first."""

    id: str
    briefs: tuple[Brief, ...]
    summary: tuple[str, ...] = ()  # drawn across the briefs, each fact once


@dataclass(frozen=True)
class Topic:
    """A subject shared by several briefs, newest brief first."""

    name: str
    slug: str
    briefs: tuple[Brief, ...]
    keywords: tuple[str, ...] = ()  # what the topic's briefs talk about most
    related: tuple[str, ...] = ()  # names of topics that share briefs with it, most first


@dataclass(frozen=True)
class Day:
    """The briefs of one date, in briefing order, and its stories ranked by coverage."""

    date: dt.date
    briefs: tuple[Brief, ...]
    stories: tuple[Story, ...] = ()


@dataclass(frozen=True)
class Site:
    """Everything the renderer needs, computed before anything is written."""

    briefs: tuple[Brief, ...]
    topics: tuple[Topic, ...]
    days: tuple[Day, ...]
    undated: tuple[Brief, ...] = field(default=())
    stories: tuple[Story, ...] = field(default=())


@dataclass(frozen=True)
class Tally:
    """How many briefs, topics and days a site has: what a build's closing line says."""

    briefs: int = 0
    topics: int = 0
    days: int = 0

    @classmethod
    def of(cls, site: Site) -> Tally:
        """Return the tally of a site."""
        return cls(len(site.briefs), len(site.topics), len(site.days))


@dataclass(frozen=True)
class Manifest:
    """The last complete build: its inputs' fingerprint, its files, its tally and report."""

    fingerprint: str
    files: Mapping[str, tuple[int, int]]  # docs-relative path -> (size, mtime in ns)
    tally: Tally
    report: tuple[Problem, ...]
    digests: Mapping[str, str] = field(default_factory=dict)  # path -> digest of its bytes
    renderer: str = ""  # what rendered the pages: digest's code and settings
    inputs: Mapping[str, str] = field(default_factory=dict)  # path -> what the page shows


@dataclass(frozen=True)
class Page:
    """A generated Markdown file: its path under the docs folder and its full text."""

    path: str  # POSIX path relative to docs_dir, e.g. "briefs/2024/01/21/x.md"
    text: str
    inputs: str = ""  # fingerprint of what the page shows, when tracked: see KeptPage


@dataclass(frozen=True)
class KeptPage:
    """A page not rendered again: it would show what the file the last build wrote shows
    (same `inputs`), and nobody touched that file since."""

    path: str
    inputs: str


@dataclass(frozen=True)
class Seed:
    """A file from the seeds folder, read but not yet decoded."""

    source: str  # path as shown to the user, e.g. "seeds/000_x.txt"
    data: bytes


@dataclass(frozen=True)
class Problem:
    """A line of the build report: which file, and why it is not (fully) in the site."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
