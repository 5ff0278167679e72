"""disk: seeds read in order; pages written only when changed; foreign files never touched."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.disk import read_seeds, write_pages
from digest.model import Page

GENERATED = "---\ngenerator: digest 0\ntitle: x\n---\n\n# x\n"


def test_seeds_are_read_sorted_and_other_files_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("b.txt", "a.md", "notes.csv", "README.md"):
        (seeds / name).write_text("x")
    found, skipped = read_seeds(seeds, root=tmp_path)
    assert [s.source for s in found] == ["seeds/a.md", "seeds/b.txt"]
    assert [str(p) for p in skipped] == ["seeds/notes.csv: skipped: expected a .txt or .md seed"]


def test_unchanged_pages_are_not_rewritten(tmp_path: Path) -> None:
    page = Page("briefs/x.md", GENERATED)
    assert write_pages([page], tmp_path).written == ("briefs/x.md",)
    before = (tmp_path / "briefs/x.md").stat().st_mtime_ns
    result = write_pages([page], tmp_path)
    assert result.written == () and result.unchanged == 1
    assert (tmp_path / "briefs/x.md").stat().st_mtime_ns == before


def test_hand_written_file_is_never_overwritten(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("# My own home page\n")
    result = write_pages([Page("index.md", GENERATED)], tmp_path)
    assert (tmp_path / "index.md").read_text() == "# My own home page\n"
    assert [p.reason for p in result.problems] == ["not overwritten: digest did not generate it"]


def test_stale_generated_pages_are_removed_and_foreign_ones_kept(tmp_path: Path) -> None:
    write_pages([Page("briefs/2024/01/01/old.md", GENERATED)], tmp_path)
    (tmp_path / "briefs/mine.md").write_text("# mine\n")
    result = write_pages([Page("briefs/new.md", GENERATED)], tmp_path)
    assert result.removed == ("briefs/2024/01/01/old.md",)
    assert not (tmp_path / "briefs/2024").exists()
    assert (tmp_path / "briefs/mine.md").exists() and (tmp_path / "briefs/new.md").exists()


@pytest.mark.parametrize("path", ["../outside.md", "/etc/x.md", "about.md", "briefs/../../x.md"])
def test_pages_outside_digest_folders_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(ValueError, match="outside digest's folders"):
        write_pages([Page(path, GENERATED)], tmp_path / "docs")
