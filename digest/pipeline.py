"""The table of contents: read -> parse -> analyze -> group -> render -> write."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from digest import disk
from digest.analyze.brief import analyze_article, budget_note
from digest.config import Settings
from digest.errors import DigestError, SeedError
from digest.group import group_site
from digest.model import Article, Brief, Problem, Seed, Site
from digest.parse import parse_seed
from digest.paths import brief_path
from digest.render import render_site

log = logging.getLogger(__name__)
_NO_HEADLINE = "no headline could be made from its text; titled by its file name"


@dataclass(frozen=True)
class BuildResult:
    """What a build made, changed and could not use."""

    site: Site
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    problems: tuple[Problem, ...]  # the build report: one line per file not (fully) built
    report_file: Path | None = None  # where the report was written


def build(
    settings: Settings, *, root: Path, progress: Callable[[int, int], None] | None = None
) -> BuildResult:
    """Build the generated pages of the project at `root` and write those that changed.

    Every seed ends up as a brief, a duplicate named on a brief, or a line of the report,
    which is also written to `.digest/report.txt` beside mkdocs.yml. `progress(done, total)`
    is called as articles are analysed, the slow stage.
    """
    seeds, skipped = disk.read_seeds(root / settings.seeds_dir, root=root)
    articles, unreadable = parse_seeds(seeds)
    briefs, failed = analyze_each(articles, settings, progress=progress)
    site = group_site(briefs, settings)
    pages = render_site(site, settings)
    written = disk.write_pages(pages, root / settings.docs_dir)
    problems = [*skipped, *unreadable, *_notes(articles, settings), *failed]
    problems += _unwritten_briefs(site, written.refused, settings.docs_dir)
    problems += unaccounted(seeds, site, problems)
    report = tuple(sorted(problems, key=lambda p: p.source))  # stable: a file's lines keep order
    report_file = disk.write_report(report, root)
    return BuildResult(
        site, written.written, written.unchanged, written.removed, report, report_file
    )


def parse_seeds(seeds: Iterable[Seed]) -> tuple[list[Article], list[Problem]]:
    """Return the articles that parse, and a problem for each seed that does not."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for seed in seeds:
        try:
            articles.append(parse_seed(seed))
        except SeedError as exc:
            problems.append(Problem(exc.source, exc.reason))
        except Exception as exc:  # one bad seed must not stop the others: report, go on
            problems.append(_unexpected(seed.source, "parsing", exc))
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


def analyze_each(
    articles: Sequence[Article],
    settings: Settings,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Brief], list[Problem]]:
    """Return the briefs of the articles analysis can handle, and a problem for each other."""
    briefs: list[Brief] = []
    problems: list[Problem] = []
    for done, article in enumerate(articles, 1):
        try:
            brief = analyze_article(article, settings)
        except Exception as exc:  # an analyzer bug on one article must not stop the others
            problems.append(_unexpected(article.source, "analysis", exc))
        else:
            if not brief.title.strip():  # later stages (the feed) need a headline to show
                brief = replace(brief, title=PurePosixPath(article.source).stem or "Untitled")
                problems.append(Problem(article.source, _NO_HEADLINE))
            briefs.append(brief)
        if progress is not None:
            progress(done, len(articles))
    return briefs, problems


def unaccounted(seeds: Iterable[Seed], site: Site, problems: Iterable[Problem]) -> list[Problem]:
    """Return a problem for each seed that is neither a brief, a duplicate, nor reported."""
    kept = {b.article.source for b in site.briefs}
    kept |= {source for b in site.briefs for source in b.duplicates}
    kept |= {p.source for p in problems}
    return [
        Problem(seed.source, "not built and not reported: a digest bug, please report it")
        for seed in seeds
        if seed.source not in kept
    ]


def _unwritten_briefs(site: Site, refused: Iterable[str], docs_dir: str) -> list[Problem]:
    """Return a problem naming the seed of each brief whose page the writer refused."""
    sources = {brief_path(b): b.article.source for b in site.briefs}
    return [
        Problem(sources[path], f"brief not written: {docs_dir}/{path} is not digest's to replace")
        for path in refused
        if path in sources
    ]


def _notes(articles: Iterable[Article], settings: Settings) -> list[Problem]:
    problems = [Problem(a.source, note) for a in articles for note in a.notes]
    cut = ((a.source, budget_note(a, settings.max_words)) for a in articles)
    return problems + [Problem(source, note) for source, note in cut if note]


def _unexpected(source: str, stage: str, exc: Exception) -> Problem:
    log.debug("%s failed on %s", stage, source, exc_info=exc)
    if isinstance(exc, DigestError):
        return Problem(source, f"not built: {exc}")
    first_line = (str(exc).splitlines() or [""])[0][:200]
    return Problem(source, f"not built: {stage} failed ({type(exc).__name__}: {first_line})")
