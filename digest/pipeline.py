"""The table of contents: read -> parse -> analyze -> group -> render -> write."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from digest import disk
from digest.analyze.brief import analyze_article
from digest.config import Settings
from digest.errors import SeedError
from digest.group import group_site
from digest.model import Article, Brief, Problem, Seed, Site
from digest.parse import parse_seed
from digest.render import render_site

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build made, changed and could not use."""

    site: Site
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    problems: tuple[Problem, ...]


def build(
    settings: Settings, *, root: Path, progress: Callable[[int, int], None] | None = None
) -> BuildResult:
    """Build the generated pages of the project at `root` and write those that changed.

    `progress(done, total)` is called as articles are analysed, the slow stage.
    """
    seeds, skipped = disk.read_seeds(root / settings.seeds_dir, root=root)
    articles, unreadable = parse_seeds(seeds)
    site = group_site(analyze_articles(articles, settings, progress=progress), settings)
    pages = render_site(site, settings)
    written = disk.write_pages(pages, root / settings.docs_dir)
    problems = (*skipped, *unreadable, *_notes(articles), *written.problems)
    return BuildResult(site, written.written, written.unchanged, written.removed, problems)


def parse_seeds(seeds: Iterable[Seed]) -> tuple[list[Article], list[Problem]]:
    """Return the articles that parse, and a problem for each seed that does not."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for seed in seeds:
        try:
            articles.append(parse_seed(seed))
        except SeedError as exc:
            problems.append(Problem(exc.source, exc.reason))
    return articles, problems


def analyze_articles(
    articles: Sequence[Article],
    settings: Settings,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> list[Brief]:
    """Return one brief per article, in input order; report `progress(done, total)` if asked."""
    briefs = []
    for article in articles:
        briefs.append(analyze_article(article, settings))
        if progress is not None:
            progress(len(briefs), len(articles))
    return briefs


def _notes(articles: Iterable[Article]) -> list[Problem]:
    return [Problem(a.source, note) for a in articles for note in a.notes]
