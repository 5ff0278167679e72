"""The table of contents: read -> parse -> analyze -> group -> render -> write.

`build` reads the seeds, parses and analyses those the store has no analysis of (in worker
processes: parsing and analysis are per article and pure), groups every brief into the
site, renders the pages whose inputs changed and writes those whose text changed. The
store (`.digest/`) is loaded once and saved once, when the build is complete.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from digest import store
from digest.analyze.brief import budget_note
from digest.batch import Batch, analyze_all, brief_seeds
from digest.cache import cache_key, code_version
from digest.config import Settings
from digest.group import group_briefs, group_site
from digest.lean import cycle_collection
from digest.model import Article, Brief, Manifest, Problem, Seed, Site, Tally
from digest.paths import brief_path
from digest.render import render_site
from digest.seeds import read_seeds
from digest.write import file_stats, files_unchanged, untouched_inputs, write_pages

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]


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


def build(settings: Settings, *, root: Path, progress: Progress | None = None) -> BuildResult:
    """Build the generated pages of the project at `root` and write those that changed.

    Every seed ends up as a brief, a duplicate named on a brief, or a line of the report,
    which is also written to `.digest/report.txt` beside mkdocs.yml. Only seeds whose bytes
    or analysis settings changed are analysed again. `progress(done, total)` is called as
    articles are analysed, the slow stage.
    """
    with cycle_collection(False):  # see digest.lean: on again while analysing here
        return _build(settings, root, progress)


def _build(settings: Settings, root: Path, progress: Progress | None) -> BuildResult:
    lap = _Laps()
    seeds, skipped = read_seeds(root / settings.seeds_dir, root=root)
    docs = root / settings.docs_dir
    keys = [cache_key(seed, settings) for seed in seeds]  # hashes every seed's bytes, once
    fingerprint = build_fingerprint(keys, skipped, settings)
    last = store.load(root)
    done = last.manifest
    if done and done.fingerprint == fingerprint and files_unchanged(docs, done.files):
        return BuildResult(None, (), len(done.files), (), done.report, last.report_file, done.tally)
    lap("read")
    batch = brief_seeds(seeds, keys, settings, cached=last.cache, progress=progress)
    lap("analyse")
    grouped = group_briefs(
        batch.briefs, settings, copies=last.copies, words=last.words, leads=last.leads
    )
    lap("group")
    renderer = renderer_version(settings)
    kept = untouched_inputs(docs, done) if done and done.renderer == renderer else {}
    pages = render_site(grouped.site, settings, last_inputs=kept)
    lap("render")
    written = write_pages(pages, docs, done)
    lap("write")
    report = build_report(seeds, skipped, batch, grouped.site, written.refused, settings)
    manifest = Manifest(
        fingerprint, file_stats(docs, written.digests), Tally.of(grouped.site), report,
        written.digests, renderer, {p.path: p.inputs for p in pages if p.inputs},
    )  # fmt: skip
    record = store.Record(
        manifest, batch.fresh, frozenset(keys), grouped.copies, grouped.words, grouped.leads
    )
    report_file = store.save(root, record)
    log.info("stages: %s (%d of %d seeds analysed)", lap, len(batch.fresh), len(seeds))
    return BuildResult(
        grouped.site, written.written, written.unchanged, written.removed, report, report_file,
        manifest.tally,
    )  # fmt: skip


def brief_articles(
    articles: Sequence[Article], settings: Settings, *, progress: Progress | None = None
) -> tuple[Site, list[Problem]]:
    """Return the site of articles analysed and grouped in memory, nothing read or written
    (what `digest show` and `digest analyze` print), and a problem for each article left out."""
    outcomes = analyze_all(articles, settings, progress=progress)
    briefs = [o for o in outcomes if isinstance(o, Brief)]
    return group_site(briefs, settings), [o for o in outcomes if isinstance(o, Problem)]


def build_report(
    seeds: Sequence[Seed],
    skipped: Sequence[Problem],
    batch: Batch,
    site: Site,
    refused: Iterable[str],
    settings: Settings,
) -> tuple[Problem, ...]:
    """Return the build report: every seed not (fully) in the site, with why, by file."""
    problems = [*skipped, *batch.problems, *_notes(batch.briefs, settings)]
    problems += _unwritten_briefs(site, refused, settings.docs_dir)
    problems += unaccounted(seeds, site, problems)
    return tuple(sorted(problems, key=lambda p: p.source))  # stable: a file's lines keep order


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
