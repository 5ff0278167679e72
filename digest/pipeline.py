"""The table of contents: read -> parse -> analyze -> group -> render -> write."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from digest import disk
from digest.analyze.brief import budget_note
from digest.batch import analyze_all, brief_seeds, cycle_collection
from digest.cache import cache_key, code_version
from digest.config import Settings
from digest.copies import find_copies
from digest.group import group_site
from digest.model import Article, Brief, Problem, Seed, Site, Tally
from digest.paths import brief_path
from digest.render import render_site
from digest.stories import count_words, story_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    """What a build made, changed and could not use."""

    site: Site | None  # None when nothing changed since the last build and nothing was redone
    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    problems: tuple[Problem, ...]  # the build report: one line per file not (fully) built
    report_file: Path | None = None  # where the report was written
    tally: Tally = field(default_factory=Tally)


def build(
    settings: Settings,
    *,
    root: Path,
    progress: Callable[[int, int], None] | None = None,
) -> BuildResult:
    """Build the generated pages of the project at `root` and write those that changed.

    Every seed ends up as a brief, a duplicate named on a brief, or a line of the report,
    which is also written to `.digest/report.txt` beside mkdocs.yml. Only seeds whose bytes
    or analysis settings changed are analysed again. `progress(done, total)` is called as
    articles are analysed, the slow stage.
    """
    # The cycle collector is on again while articles are analysed in this process.
    with cycle_collection(False), huge_pages(False):
        return _build(settings, root, progress)


@contextmanager
def huge_pages(enabled: bool) -> Iterator[None]:
    """Let NumPy ask Linux for huge pages for its large arrays, or not, for a while, then back.

    The build turns it off. Where transparent huge pages are given on request (`madvise`,
    Debian's and Ubuntu's default), the kernel may first compact memory to find each 2 MB
    page: writing the story table for the first time took up to five times as long (up to
    half a second of a one-seed rebuild at 10,000 seeds), and the build writes its large
    arrays about once, so it gains little from huge pages. NumPy 1 keeps its setting.
    """
    core = getattr(np, "_core", None)  # NumPy 2
    switch = getattr(getattr(core, "multiarray", None), "_set_madvise_hugepage", None)
    if switch is None:
        yield
        return
    was = switch(enabled)
    try:
        yield
    finally:
        switch(was)


def _build(
    settings: Settings, root: Path, progress: Callable[[int, int], None] | None
) -> BuildResult:
    lap = _Laps()
    seeds, skipped = disk.read_seeds(root / settings.seeds_dir, root=root)
    docs = root / settings.docs_dir
    keys = [cache_key(seed, settings) for seed in seeds]  # hashes every seed's bytes, once
    fingerprint = build_fingerprint(keys, skipped, settings)
    last = disk.load_manifest(root)
    if last and last.fingerprint == fingerprint and disk.files_unchanged(docs, last.files):
        report_file = root / disk.REPORT_FILE
        return BuildResult(None, (), len(last.files), (), last.report, report_file, last.tally)
    lap("read")
    batch = brief_seeds(seeds, keys, settings, cached=disk.load_cache(root), progress=progress)
    disk.save_cache(root, batch.fresh, keep=keys)
    lap("analyse")
    texts = [brief.article.text for brief in batch.briefs]
    copies = find_copies(texts, disk.load_copies(root), version=code_version())
    story_texts = [story_text(b) for b in batch.briefs]
    words = count_words(story_texts, disk.load_words(root), version=code_version())
    site = group_site(batch.briefs, settings, copy_of=copies.copy_of, words=words)
    lap("group")
    renderer = renderer_version(settings)
    kept = disk.untouched_inputs(docs, last) if last and last.renderer == renderer else {}
    pages = render_site(site, settings, last_inputs=kept)
    lap("render")
    written = disk.write_pages(pages, docs, last)
    lap("write")
    problems = [*skipped, *batch.problems, *_notes(batch.briefs, settings)]
    problems += _unwritten_briefs(site, written.refused, settings.docs_dir)
    problems += unaccounted(seeds, site, problems)
    report = tuple(sorted(problems, key=lambda p: p.source))  # stable: a file's lines keep order
    report_file = disk.write_report(report, root)
    tally = Tally.of(site)
    disk.save_manifest(
        root, docs, fingerprint=fingerprint, digests=written.digests, tally=tally, report=report,
        renderer=renderer, inputs={p.path: p.inputs for p in pages if p.inputs},
    )  # fmt: skip
    disk.save_copies(root, copies.index)
    disk.save_words(root, words)
    log.info("stages: %s (%d of %d seeds analysed)", lap, len(batch.fresh), len(seeds))
    return BuildResult(
        site, written.written, written.unchanged, written.removed, report, report_file, tally
    )


class _Laps:
    """Seconds each stage took, for `digest build -v`: where a slow build spends its time."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.laps: list[str] = []

    def __call__(self, stage: str) -> None:
        now = time.perf_counter()
        self.laps.append(f"{stage} {now - self.last:.2f} s")
        self.last = now

    def __str__(self) -> str:
        return ", ".join(self.laps)


def renderer_version(settings: Settings) -> str:
    """Return what a page's text depends on besides its inputs: digest's code and settings.

    The site's address is left out: only the feed shows it, and the feed is rendered in
    every build. So the pages rendered under `mkdocs serve`, which gives the server's
    address, are kept by the next `mkdocs build`, and the other way round.
    """
    kept = replace(settings, site_url="")
    return hashlib.sha256(f"{code_version()}|{kept!r}".encode()).hexdigest()


def build_fingerprint(keys: Sequence[str], skipped: Sequence[Problem], settings: Settings) -> str:
    """Return what a build's output depends on: seed keys, skipped files, settings, code."""
    digest = hashlib.sha256(f"{code_version()}|{settings!r}".encode())
    for key in keys:
        digest.update(key.encode())
    for problem in skipped:
        digest.update(str(problem).encode())
    return digest.hexdigest()


def analyze_articles(
    articles: Sequence[Article],
    settings: Settings,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Brief], list[Problem]]:
    """Return the briefs of the articles analysis can handle, and a problem for each other."""
    outcomes = analyze_all(articles, settings, progress=progress)
    return [o for o in outcomes if isinstance(o, Brief)], [
        o for o in outcomes if isinstance(o, Problem)
    ]


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


def _notes(briefs: Iterable[Brief], settings: Settings) -> list[Problem]:
    """Return what parsing and analysis had to assume, from the briefs (cached ones too)."""
    articles = [b.article for b in briefs]
    problems = [Problem(a.source, note) for a in articles for note in a.notes]
    cut = ((a.source, budget_note(a, settings.max_words)) for a in articles)
    return problems + [Problem(source, note) for source, note in cut if note]
