"""disk: seeds read in order; pages written only when changed; foreign files never touched."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from digest import disk
from digest.copies import CopyIndex, find_copies
from digest.disk import read_seeds, write_pages, write_report
from digest.model import KeptPage, Page, Problem
from digest.stories import StoryWords, count_words

GENERATED = "---\ngenerator: digest 0\ntitle: x\n---\n\n# x\n"


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
def test_pages_outside_digest_folders_are_refused_and_reported(tmp_path: Path, path: str) -> None:
    docs = tmp_path / "docs"
    result = write_pages([Page(path, GENERATED), Page("briefs/ok.md", GENERATED)], docs)
    assert result.refused == (path,) and result.written == ("briefs/ok.md",)
    assert "outside digest's folders" in result.problems[0].reason
    assert sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.md")) == [
        "docs/briefs/ok.md"
    ]


def test_a_linked_folder_cannot_lead_the_writer_outside_docs(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs/briefs").symlink_to(elsewhere)
    result = write_pages([Page("briefs/x.md", GENERATED)], tmp_path / "docs")
    assert result.refused == ("briefs/x.md",) and list(elsewhere.iterdir()) == []


def test_a_linked_page_is_neither_replaced_nor_removed(tmp_path: Path) -> None:
    mine = tmp_path / "mine.md"
    mine.write_text(GENERATED)  # even a file that looks generated is the user's behind a link
    (tmp_path / "docs/briefs").mkdir(parents=True)
    (tmp_path / "docs/briefs/x.md").symlink_to(mine)
    write_pages([Page("briefs/x.md", GENERATED + "changed\n")], tmp_path / "docs")
    write_pages([], tmp_path / "docs")
    assert (tmp_path / "docs/briefs/x.md").is_symlink() and mine.read_text() == GENERATED


def test_leftover_temporary_files_are_removed_and_others_kept(tmp_path: Path) -> None:
    (tmp_path / "briefs/2024").mkdir(parents=True)
    leftovers = [tmp_path / ".digest-abc.tmp", tmp_path / "briefs/2024/.digest-x.tmp"]
    for path in leftovers:
        path.write_text("half a page")
    (tmp_path / "briefs/notes.tmp").write_text("mine")
    write_pages([Page("briefs/x.md", GENERATED)], tmp_path)
    assert not any(path.exists() for path in leftovers)
    assert (tmp_path / "briefs/notes.tmp").exists()


def test_a_failed_write_leaves_the_old_pages_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_pages([Page("briefs/a.md", GENERATED), Page("briefs/b.md", GENERATED)], tmp_path)
    staged = 0

    def fail_on_second(target: Path, data: bytes) -> Path:
        nonlocal staged
        staged += 1
        if staged == 2:
            raise KeyboardInterrupt  # Ctrl-C in the middle of a build
        return real_stage(target, data)

    real_stage = disk._stage
    monkeypatch.setattr(disk, "_stage", fail_on_second)
    new = [Page("briefs/a.md", GENERATED + "new\n"), Page("briefs/b.md", GENERATED + "new\n")]
    with pytest.raises(KeyboardInterrupt):
        write_pages(new, tmp_path)
    assert {p.name: p.read_text() for p in (tmp_path / "briefs").iterdir()} == {
        "a.md": GENERATED,
        "b.md": GENERATED,
    }


def test_the_same_path_twice_is_written_once_and_reported(tmp_path: Path) -> None:
    result = write_pages([Page("briefs/x.md", GENERATED), Page("briefs/x.md", "other")], tmp_path)
    assert (tmp_path / "briefs/x.md").read_text() == GENERATED
    assert [p.reason for p in result.problems] == ["not written: a second page with the same path"]


def test_report_is_written_beside_the_project_and_ignored_by_git(tmp_path: Path) -> None:
    path = write_report([Problem("seeds/a.txt", "expected text, found binary data")], tmp_path)
    assert path == tmp_path / ".digest/report.txt"
    assert path.read_text() == "seeds/a.txt: expected text, found binary data\n"
    assert (tmp_path / ".digest/.gitignore").read_text() == "*\n"
    write_report([], tmp_path)
    assert path.read_text() == ""


def test_seeds_that_are_links_outside_too_big_or_not_files_are_reported(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (tmp_path / "secret.txt").write_text("not news")
    (seeds / "link.txt").symlink_to(tmp_path / "secret.txt")
    os.mkfifo(seeds / "pipe.txt")
    with (seeds / "huge.txt").open("wb") as f:
        f.truncate(disk.MAX_SEED_BYTES + 1)
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


def manifest_of(docs: Path, pages: list[Page]) -> disk.Manifest:
    written = write_pages(pages, docs)
    stats = {p: ((docs / p).stat().st_size, (docs / p).stat().st_mtime_ns) for p in written.digests}
    return disk.Manifest("f", stats, disk.Tally(), (), written.digests)


def test_pages_the_manifest_vouches_for_are_compared_without_reading_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = [Page(f"briefs/{i}.md", GENERATED + f"{i}\n") for i in range(3)]
    last = manifest_of(tmp_path, old)
    read: list[Path] = []
    state = disk._state
    monkeypatch.setattr(
        disk, "_state", lambda target, data: read.append(target) or state(target, data)
    )
    new = [
        old[0],
        Page("briefs/1.md", GENERATED + "edited\n"),
        old[2],
        Page("briefs/3.md", GENERATED),
    ]
    result = write_pages(new, tmp_path, last)
    assert result.written == ("briefs/3.md", "briefs/1.md") and result.unchanged == 2
    assert read == [tmp_path / "briefs/3.md"]  # only the page the manifest does not know


def test_only_untouched_pages_are_offered_as_kept_and_kept_pages_stay(tmp_path: Path) -> None:
    pages = [Page(f"briefs/{i}.md", GENERATED + f"{i}\n", inputs=f"in{i}") for i in range(3)]
    stats = manifest_of(tmp_path, pages)
    last = disk.Manifest("f", stats.files, disk.Tally(), (), stats.digests, "r", {
        p.path: p.inputs for p in pages})  # fmt: skip
    (tmp_path / "briefs/1.md").write_text(GENERATED + "edited by hand\n")
    (tmp_path / "briefs/2.md").unlink()
    assert disk.untouched_inputs(tmp_path, last) == {"briefs/0.md": "in0"}
    result = write_pages([KeptPage("briefs/0.md", "in0"), pages[1], pages[2]], tmp_path, last)
    assert result.written == ("briefs/2.md", "briefs/1.md") and result.unchanged == 1
    assert result.removed == () and result.digests == stats.digests
    assert (tmp_path / "briefs/0.md").read_text() == GENERATED + "0\n"


def test_a_page_edited_since_the_manifest_is_read_and_kept_when_foreign(tmp_path: Path) -> None:
    pages = [Page("briefs/x.md", GENERATED)]
    last = manifest_of(tmp_path, pages)
    (tmp_path / "briefs/x.md").write_text("# mine now\n")  # size and time change
    result = write_pages(pages, tmp_path, last)
    assert (
        result.refused == ("briefs/x.md",)
        and (tmp_path / "briefs/x.md").read_text() == "# mine now\n"
    )


def test_copies_found_are_stored_for_the_next_build_and_a_damaged_store_is_dropped(
    tmp_path: Path,
) -> None:
    texts = ["the port strike ended on monday", "the port strike ended on monday night", "rain"]
    index = find_copies(texts, version="v1").index
    disk.save_copies(tmp_path, index)
    assert _same_index(disk.load_copies(tmp_path), index)
    (tmp_path / disk.COPIES_FILE).write_bytes(b"PK\x03\x04 not a whole archive")
    assert disk.load_copies(tmp_path) is None
    one = np.zeros(1, np.uint64)
    np.savez(
        tmp_path / disk.COPIES_FILE, version="v1", keys=np.array(["a", "b"]),
        sizes=np.array([2, -1]), prints=one, pairs=np.zeros((0, 2), np.int64),
    )  # fmt: skip
    assert disk.load_copies(tmp_path) is None  # lengths that add up, one of them negative
    (tmp_path / disk.COPIES_FILE).unlink()
    assert disk.load_copies(tmp_path) is None


def test_word_counts_are_stored_for_the_next_build_and_a_damaged_store_is_dropped(
    tmp_path: Path,
) -> None:
    words = count_words(["The port strike ended on Monday.", "Rain in Lisbon.", ""], version="v1")
    disk.save_words(tmp_path, words)
    loaded = disk.load_words(tmp_path)
    assert loaded is not None and (loaded.version, loaded.vocabulary) == ("v1", words.vocabulary)
    assert list(loaded.texts) == list(words.texts)
    assert all(
        np.array_equal(getattr(loaded.texts[k], n), getattr(c, n))
        for k, c in words.texts.items()
        for n in ("columns", "counts", "capitals")
    )
    (tmp_path / disk.WORDS_FILE).write_bytes(b"PK\x03\x04 not a whole archive")
    assert disk.load_words(tmp_path) is None
    small = StoryWords("v1", ("port",), words.texts)  # columns past the end of the vocabulary
    disk.save_words(tmp_path, small)
    assert disk.load_words(tmp_path) is None
    one = np.zeros(1, np.int32)
    np.savez(
        tmp_path / disk.WORDS_FILE, version="v1", vocabulary="port", keys=np.array(["a", "b"]),
        sizes=np.array([2, -1]), columns=one, counts=one, capitals=one,
    )  # fmt: skip
    assert disk.load_words(tmp_path) is None  # lengths that add up, one of them negative


def _same_index(loaded: CopyIndex | None, index: CopyIndex) -> bool:
    assert loaded is not None
    assert (loaded.version, loaded.pairs) == (index.version, index.pairs)
    assert list(loaded.prints) == list(index.prints)
    return all(np.array_equal(loaded.prints[k], index.prints[k]) for k in index.prints)


def test_a_folder_emptied_in_background_is_empty_at_once_and_its_old_files_go(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    (site / "briefs/a").mkdir(parents=True)
    (site / "briefs/a/index.html").write_text("<p>old</p>")
    (site / "index.html").write_text("<p>home</p>")
    (site / ".keep").write_text("hidden entries stay, as MkDocs keeps them")
    disk.empty_in_background(site)
    assert sorted(p.name for p in site.iterdir()) == [".keep"]
    deadline = time.monotonic() + 30
    while list(tmp_path.glob(".digest-old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    disk.empty_in_background(site)  # nothing to move: nothing left behind either
    disk.empty_in_background(tmp_path / "missing")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_what_cannot_be_moved_aside_is_left_for_mkdocs_to_delete(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>home</p>")

    def cross_device(*args: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "rename", cross_device)
    disk.empty_in_background(site)  # no error: MkDocs empties the folder as usual
    assert (site / "index.html").exists()
