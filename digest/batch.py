"""Analysis of many articles: cache hits reused, misses spread over worker processes.

Each article is analysed on its own, so the work splits over processes with no shared
state; results come back in input order, so the output is the same for any number of jobs.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import TypeVar

from digest.analyze.brief import analyze_article
from digest.cache import decode_brief, encode_brief
from digest.config import Settings
from digest.errors import DigestError, SeedError
from digest.lean import collect_cycles_less_often, cycle_collection
from digest.model import Article, Brief, Problem, Seed
from digest.parse import parse_seed

Progress = Callable[[int, int], None]
T = TypeVar("T")
R = TypeVar("R")

NO_HEADLINE = "no headline could be made from its text; titled by its file name"
# Below this many articles, starting worker processes costs more than it saves.
_PARALLEL_FROM = 24
# From this many articles analysed in the build's process, their reference cycles are
# collected meanwhile; fewer are not worth a walk of every live object.
_COLLECT_FROM = 100


@dataclass(frozen=True)
class Batch:
    """The briefs of a set of seeds, what could not be briefed, and new cache entries."""

    briefs: tuple[Brief, ...]
    problems: tuple[Problem, ...]
    fresh: Mapping[str, str]  # cache key -> entry, for the seeds analysed this time


def brief_seeds(
    seeds: Sequence[Seed],
    keys: Sequence[str],
    settings: Settings,
    *,
    cached: Mapping[str, str],
    progress: Progress | None = None,
) -> Batch:
    """Return a brief or a problem for every seed, in seed order, reusing cached analyses.

    `keys` are the seeds' cache keys (`cache_key`), which the caller needs too.
    """
    found = {k: b for k in set(keys) & cached.keys() if (b := decode_brief(cached[k]))}
    missing = [(seed, key) for seed, key in zip(seeds, keys, strict=True) if key not in found]
    outcomes = map_in_order(
        _brief_of_seed, [(seed, settings) for seed, _ in missing], settings.jobs, progress
    )
    fresh: dict[str, str] = {}
    problems: list[Problem] = []
    for (_, key), outcome in zip(missing, outcomes, strict=True):
        if isinstance(outcome, Problem):
            problems.append(outcome)
        else:
            found[key] = outcome
            fresh[key] = encode_brief(outcome)
    briefs = tuple(found[k] for k in keys if k in found)
    return Batch(briefs, tuple(problems), fresh)


def analyze_all(
    articles: Sequence[Article], settings: Settings, *, progress: Progress | None = None
) -> list[Brief | Problem]:
    """Return a brief, or the problem that stopped it, for every article, in input order."""
    work = [(article, settings) for article in articles]
    return map_in_order(_brief_of_article, work, settings.jobs, progress)


def map_in_order(
    fn: Callable[[T], R], items: Sequence[T], jobs: int, progress: Progress | None
) -> list[R]:
    """Return fn over items in their order, over `jobs` processes (0: every core)."""
    workers = min(jobs or os.cpu_count() or 1, len(items))
    results: list[R] = []
    for result in _results(fn, items, workers):
        results.append(result)
        if progress is not None:
            progress(len(results), len(items))
    return results


def _results(fn: Callable[[T], R], items: Sequence[T], workers: int) -> Iterator[R]:
    if workers <= 1 or len(items) < _PARALLEL_FROM:
        # YAKE leaves reference cycles, ~300 per article.
        with cycle_collection(len(items) >= _COLLECT_FROM):
            yield from map(fn, items)
        return
    # forkserver: workers start from a clean process, not a fork of one holding threads
    # (mkdocs serve runs a file watcher and a web server in threads).
    context = multiprocessing.get_context("forkserver")
    # Small chunks: the last ones finish close together, so no worker idles long at the end.
    chunk = max(1, len(items) // (workers * 32))
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=collect_cycles_less_often)
    with pool:
        yield from pool.map(fn, items, chunksize=chunk)


def _brief_of_seed(work: tuple[Seed, Settings]) -> Brief | Problem:
    seed, settings = work
    try:
        article = parse_seed(seed)
    except SeedError as exc:
        return Problem(exc.source, exc.reason)
    except Exception as exc:  # one bad seed must not stop the others: report, go on
        return unexpected(seed.source, "parsing", exc)
    return _brief_of_article((article, settings))


def _brief_of_article(work: tuple[Article, Settings]) -> Brief | Problem:
    article, settings = work
    try:
        brief = analyze_article(article, settings)
    except Exception as exc:  # an analyzer bug on one article must not stop the others
        return unexpected(article.source, "analysis", exc)
    if brief.title.strip():
        return brief
    # Later stages (the feed, links) need a headline to show; the note reaches the report.
    noted = replace(article, notes=(*article.notes, NO_HEADLINE))
    return replace(brief, article=noted, title=PurePosixPath(article.source).stem or "Untitled")


def unexpected(source: str, stage: str, exc: Exception) -> Problem:
    """Return the report line of an error no stage expected, naming the file and the stage."""
    if isinstance(exc, DigestError):
        return Problem(source, f"not built: {exc}")
    first_line = (str(exc).splitlines() or [""])[0][:200]
    return Problem(source, f"not built: {stage} failed ({type(exc).__name__}: {first_line})")
