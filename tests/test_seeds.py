"""seeds: the read stage finds seed files in order and reports every file it passes over."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from digest.seeds import MAX_SEED_BYTES, read_seeds


def test_seeds_are_read_sorted_and_other_files_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("b.txt", "a.md", "notes.csv", "README.md", "a/z.txt", "a-b/y.txt", ".git/c.txt"):
        (seeds / name).parent.mkdir(exist_ok=True)
        (seeds / name).write_text("x")
    found, skipped = read_seeds(seeds, root=tmp_path)
    # Sorted as paths sort ("a/" before "a-b/"); hidden folders are not seeds.
    assert [s.source for s in found] == [
        "seeds/a/z.txt", "seeds/a-b/y.txt", "seeds/a.md", "seeds/b.txt"
    ]  # fmt: skip
    assert [str(p) for p in skipped] == [
        "seeds/notes.csv: skipped: expected a .txt, .md or .html seed"
    ]


def test_seeds_that_are_links_outside_too_big_or_not_files_are_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "secret.txt").write_text("not news")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    os.mkfifo(seeds / "pipe.txt")
    with (seeds / "huge.txt").open("wb") as f:
        f.truncate(MAX_SEED_BYTES + 1)
    found, skipped = read_seeds(seeds, root=tmp_path)
    assert found == []
    assert [str(p) for p in skipped] == [
        "seeds/huge.txt: skipped: 50.0 MB is over the 50 MB limit",
        "seeds/link.txt: skipped: a link to a file outside the seeds folder",
        "seeds/pipe.txt: skipped: expected a regular file",
    ]


@pytest.mark.parametrize(
    ("name", "shown"),
    [("a\nb.txt", "seeds/a\\nb.txt"), (os.fsdecode(b"caf\xe9.txt"), "seeds/caf\\udce9.txt")],
)
def test_file_names_are_shown_on_one_printable_line(tmp_path: Path, name: str, shown: str) -> None:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / name).write_text("One sentence.")
    (seed,), _ = read_seeds(tmp_path / "seeds", root=tmp_path)
    assert seed.source == shown
    seed.source.encode("utf-8")  # an undecodable name must not break writing a page
