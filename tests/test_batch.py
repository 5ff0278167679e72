"""batch: analyses are cached by content, spread over processes, and never change output."""

from __future__ import annotations

import gc
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from conftest import CORPUS, SEEDS

from digest import batch, lean, store
from digest.batch import Batch, brief_seeds, map_in_order
from digest.cache import cache_key
from digest.config import Settings
from digest.model import Seed
from digest.pipeline import build


def briefed(seeds: list[Seed], settings: Settings, *, cached: dict[str, str]) -> Batch:
    """Return brief_seeds of the seeds, keyed as a build keys them."""
    return brief_seeds(seeds, [cache_key(s, settings) for s in seeds], settings, cached=cached)


def seeds_of(folder: Path) -> list[Seed]:
    return [Seed(f"seeds/{p.name}", p.read_bytes()) for p in sorted(folder.glob("*.txt"))]


def test_cached_briefs_equal_fresh_ones_and_skip_analysis() -> None:
    seeds = seeds_of(CORPUS)
    first = briefed(seeds, Settings(), cached={})
    assert len(first.fresh) == len(seeds)
    again = briefed(seeds, Settings(), cached=dict(first.fresh))
    assert again.briefs == first.briefs and again.fresh == {}


def test_a_changed_setting_or_seed_is_analysed_again() -> None:
    seeds = seeds_of(CORPUS)
    cached = dict(briefed(seeds, Settings(), cached={}).fresh)
    assert len(briefed(seeds, Settings(summary_sentences=1), cached=cached).fresh) == 6
    edited = [Seed(seeds[0].source, seeds[0].data + b" More news."), *seeds[1:]]
    assert len(briefed(edited, Settings(), cached=cached).fresh) == 1


def test_a_damaged_cache_entry_is_analysed_again_not_trusted() -> None:
    seeds = seeds_of(CORPUS)
    fresh = briefed(seeds, Settings(), cached={})
    damaged = {k: v[: len(v) // 2] for k, v in fresh.fresh.items()}
    again = briefed(seeds, Settings(), cached=damaged)
    assert again.briefs == fresh.briefs and len(again.fresh) == len(seeds)


def test_output_is_the_same_for_any_number_of_workers() -> None:
    seeds = seeds_of(CORPUS) * 8  # enough work for the pool to be used
    seeds = [Seed(f"{s.source}.{i}", s.data) for i, s in enumerate(seeds)]
    one = briefed(seeds, Settings(jobs=1), cached={})
    two = briefed(seeds, Settings(jobs=2), cached={})
    assert one == two


def test_map_in_order_reports_progress_to_the_end() -> None:
    seen: list[tuple[int, int]] = []
    assert map_in_order(abs, [-3, 2, -1], 1, lambda d, t: seen.append((d, t))) == [3, 2, 1]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_bad_seed_is_a_problem_and_the_others_are_briefed() -> None:
    seeds = [*seeds_of(CORPUS), Seed("seeds/empty.txt", (SEEDS / "empty.txt").read_bytes())]
    batch = briefed(seeds, Settings(), cached={})
    assert len(batch.briefs) == 6
    assert [p.source for p in batch.problems] == ["seeds/empty.txt"]


def test_second_build_analyses_nothing_and_a_corrupt_store_is_rebuilt(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    build(Settings(), root=tmp_path)
    db_file = tmp_path / store.CACHE_FILE
    with sqlite3.connect(db_file) as db:
        assert db.execute("SELECT count(*) FROM entries").fetchone() == (7,)
    assert len(store.load(tmp_path).cache) == 7
    db_file.write_bytes(b"not a database at all" * 100)
    assert store.load(tmp_path).cache == {}
    result = build(Settings(summary_words=70), root=tmp_path)  # a setting changed: a real build
    assert result.tally.briefs == 6 and len(store.load(tmp_path).cache) == 7


def test_entries_of_removed_seeds_leave_the_store(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    build(Settings(), root=tmp_path)
    (tmp_path / "seeds/001_lisbon_metro.txt").unlink()
    build(Settings(), root=tmp_path)
    assert len(store.load(tmp_path).cache) == 6


def test_unchanged_project_skips_the_build_and_keeps_its_report(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    first = build(Settings(), root=tmp_path)
    again = build(Settings(), root=tmp_path)
    assert again.site is None and again.written == ()
    assert again.tally == first.tally and again.problems == first.problems


def test_a_touched_page_or_changed_setting_means_a_real_build(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    build(Settings(), root=tmp_path)
    (tmp_path / "docs/index.md").write_text("---\ngenerator: digest\n---\nedited by hand\n")
    repaired = build(Settings(), root=tmp_path)
    assert repaired.written == ("index.md",)
    assert build(Settings(date_format="%Y-%m-%d"), root=tmp_path).site is not None


def test_a_damaged_store_entry_is_a_miss_and_is_analysed_again(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    first = build(Settings(), root=tmp_path)
    with closing(sqlite3.connect(tmp_path / store.CACHE_FILE)) as db, db:
        (key,) = db.execute("SELECT key FROM entries ORDER BY key LIMIT 1").fetchone()
        db.execute("UPDATE entries SET entry = ? WHERE key = ?", (b"not zlib", key))
    assert key not in store.load(tmp_path).cache and len(store.load(tmp_path).cache) == 6
    (tmp_path / store.MANIFEST_FILE).unlink()  # so the next build runs
    again = build(Settings(), root=tmp_path)
    assert again.tally == first.tally and key in store.load(tmp_path).cache


@pytest.mark.parametrize("collect_from", [1, 1000])
def test_cycles_are_collected_while_many_articles_are_analysed_here_and_after_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collect_from: int
) -> None:
    # The build pauses the cycle collector (its objects hold no cycles), but analysis
    # leaves cycles (YAKE's): many analyses collect them as they go, a few leave them to
    # the end; either way the caller (MkDocs) gets its collector back.
    monkeypatch.setattr(batch, "_COLLECT_FROM", collect_from)
    collecting: list[bool] = []
    analyse = batch.analyze_article
    monkeypatch.setattr(
        batch, "analyze_article", lambda *a: collecting.append(gc.isenabled()) or analyse(*a)
    )
    shutil.copytree(CORPUS, tmp_path / "seeds")
    build(Settings(jobs=1), root=tmp_path)
    assert collecting == [collect_from == 1] * len(collecting) and collecting
    assert gc.isenabled()


def test_cycle_collection_comes_back_as_it_was_even_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(ValueError), lean.cycle_collection(False):
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()
    gc.disable()
    try:
        with lean.cycle_collection(True):
            assert gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
