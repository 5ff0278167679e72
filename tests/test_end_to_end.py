"""The whole pipeline on a fixture corpus, compared with a golden tree regenerated on purpose.

Regenerate after an intended change of output with: pytest tests/test_end_to_end.py --update-golden
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CORPUS, HOSTILE

from digest import render
from digest.config import Settings
from digest.pipeline import build

GOLDEN = Path(__file__).parent / "golden"


def tree(folder: Path) -> dict[str, str]:
    """Return every file below a folder by its path: pages, feeds and the stylesheet."""
    files = (p for p in sorted(folder.rglob("*")) if p.is_file())
    return {p.relative_to(folder).as_posix(): p.read_text() for p in files}


def build_corpus(root: Path) -> Path:
    shutil.copytree(CORPUS, root / "seeds")
    build(Settings(), root=root)
    return root / "docs"


def test_fixture_corpus_builds_the_golden_tree(tmp_path: Path, update_golden: bool) -> None:
    docs = build_corpus(tmp_path)
    if update_golden:
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(docs, GOLDEN)
    assert tree(docs) == tree(GOLDEN)


def test_second_build_rewrites_nothing_and_a_removed_seed_removes_its_brief(
    tmp_path: Path,
) -> None:
    build_corpus(tmp_path)
    again = build(Settings(), root=tmp_path)
    assert again.written == () and again.removed == ()
    (tmp_path / "seeds/003_nairobi_farmers.txt").unlink()
    after = build(Settings(), root=tmp_path)
    assert any(p.startswith("briefs/2024/03/05/") for p in after.removed)
    assert not any("maize" in text for text in tree(tmp_path / "docs").values())


def test_corpus_report_names_the_skipped_file(tmp_path: Path) -> None:
    shutil.copytree(CORPUS, tmp_path / "seeds")
    result = build(Settings(), root=tmp_path)
    assert [str(p) for p in result.problems] == [
        "seeds/notes.csv: skipped: expected a .txt, .md or .html seed"
    ]
    assert result.tally.briefs == 6


def test_a_rebuild_after_edits_writes_what_a_cold_build_of_the_same_seeds_writes(
    tmp_path: Path,
) -> None:
    # The rebuild reuses what the last build stored (analyses, copies); a cold build
    # of the edited seeds must come out the same.
    warm = tmp_path / "warm"
    build_corpus(warm)
    seeds = warm / "seeds"
    copy = (seeds / "001_lisbon_metro.txt").read_text()
    (seeds / "008_lisbon_metro_reposted.txt").write_text(copy.replace("\n\n", "\n\nLISBON\n\n", 1))
    (seeds / "003_nairobi_farmers.txt").write_text(
        (seeds / "003_nairobi_farmers.txt").read_text() + "\nThe rains came late this year.\n"
    )
    (seeds / "004_mombasa_port.txt").unlink()
    build(Settings(), root=warm)
    cold = tmp_path / "cold"
    shutil.copytree(seeds, cold / "seeds")
    build(Settings(), root=cold)
    assert tree(warm / "docs") == tree(cold / "docs")
    assert "008_lisbon_metro_reposted.txt" in "".join(tree(cold / "docs").values())


def test_a_new_headline_shows_on_every_page_listing_it_and_a_touched_page_is_restored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Pages whose inputs did not change are not rendered again: the pages that list a
    # brief must still follow its edits, and a page edited by hand is never trusted.
    warm = tmp_path / "warm"
    docs = build_corpus(warm)
    column = warm / "seeds/005_transport_column.md"
    column.write_text(column.read_text().replace("Why rail is back on", "Rail returns to"))
    touched = docs / "briefs/2024/03/05/kenya-s-agriculture-ministry-says-maize-harvest-will.md"
    touched.write_text(touched.read_text() + "\nEdited by hand.\n")
    rendered: list[str] = []
    render_brief = render.render_brief
    monkeypatch.setattr(
        render,
        "render_brief",
        lambda b, *a, **k: rendered.append(b.slug) or render_brief(b, *a, **k),
    )
    listing_briefs = sorted(
        Path(path).stem
        for path, text in tree(docs).items()
        if path.startswith("briefs/") and "rail-column/" in text and "rail-column" not in path
    )
    build(Settings(), root=warm)
    # The column, the briefs listing it and the touched page; not the others.
    assert len(listing_briefs) >= 2
    assert sorted(rendered) == sorted(
        {"rail-column", "kenya-s-agriculture-ministry-says-maize-harvest-will", *listing_briefs}
    )
    cold = tmp_path / "cold"
    shutil.copytree(warm / "seeds", cold / "seeds")
    build(Settings(), root=cold)
    assert tree(docs) == tree(cold / "docs")
    listing = [text for text in tree(docs).values() if "rail-column/" in text]
    assert len(listing) >= 2 and all("Rail returns to Europe" in text for text in listing)


def test_the_site_address_changes_the_feed_and_renders_no_page_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `mkdocs serve` gives the plugin the server's address instead of the site's: going
    # back and forth must neither render every page again nor leave the server's links.
    build_corpus(tmp_path)
    rendered: list[str] = []
    for name in ("render_brief", "render_topic", "render_day"):
        real = getattr(render, name)
        monkeypatch.setattr(
            render, name, lambda *a, real=real, **k: rendered.append(a[0]) or real(*a, **k)
        )
    feed = tmp_path / "docs/feed.xml"
    # Only the feeds show the address: the site's two and each topic's.
    feeds = {"feed.xml", "feed.json"} | {
        p.relative_to(tmp_path / "docs").as_posix() for p in tmp_path.glob("docs/topics/*/feed.xml")
    }
    assert len(feeds) == 7
    served = build(Settings(site_url="http://127.0.0.1:8000/"), root=tmp_path)
    assert set(served.written) == feeds
    assert "http://127.0.0.1:8000/briefs/" in feed.read_text()
    built = build(Settings(site_url="https://news.example.org/"), root=tmp_path)
    assert set(built.written) == feeds
    for path in feeds:
        text = (tmp_path / "docs" / path).read_text()
        assert "127.0.0.1" not in text and "https://news.example.org/briefs/" in text
    assert rendered == []


def digest_build(root: Path, *args: str, hash_seed: str) -> dict[str, str]:
    """Return the docs tree a `digest build` in a fresh process writes."""
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run(
        [sys.executable, "-m", "digest.cli", "build", "--quiet", *args],
        cwd=root, env=env, check=True,
    )  # fmt: skip
    return tree(root / "docs")


def test_two_processes_and_any_jobs_write_byte_identical_sites(tmp_path: Path) -> None:
    # Sets and dicts of strings iterate in an order that changes with the process's hash
    # seed: output that leaked such an order would differ between these builds.
    trees = []
    for n, (jobs, seed) in enumerate([("1", "1"), ("2", "2"), ("3", "12345")]):
        root = tmp_path / f"run{n}"
        shutil.copytree(CORPUS, root / "seeds")
        # more seeds than the size from which analysis goes to worker processes
        for i, seed_file in enumerate(sorted(HOSTILE.glob("*.txt"))):
            shutil.copy(seed_file, root / "seeds" / f"h{i:02}_{seed_file.name}")
        trees.append(digest_build(root, "--jobs", jobs, hash_seed=seed))
    assert trees[0] == trees[1] == trees[2]
    assert len(trees[0]) > 20
