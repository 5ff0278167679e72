"""write: pages written whole, never a file digest did not make, stale pages pruned."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from digest import write
from digest.model import KeptPage, Manifest, Page, Tally
from digest.write import empty_in_background, write_pages

GENERATED = "---\ngenerator: digest 0\ntitle: x\n---\n\n# x\n"


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


def test_a_linked_folder_deep_in_the_tree_is_followed_only_while_it_stays_in_docs(
    tmp_path: Path,
) -> None:
    elsewhere, docs = tmp_path / "elsewhere", tmp_path / "docs"
    elsewhere.mkdir()
    (docs / "briefs/2024/01").mkdir(parents=True)
    (docs / "briefs/2024/01/02").symlink_to(elsewhere)  # out of docs, three folders down
    (docs / "topics/bridges").mkdir(parents=True)
    (docs / "topics/roads").symlink_to(docs / "topics/bridges")  # a link that stays inside
    pages = [Page("briefs/2024/01/02/x.md", GENERATED), Page("topics/roads/y.md", GENERATED)]
    result = write_pages(pages, docs)
    assert result.refused == ("briefs/2024/01/02/x.md",) and list(elsewhere.iterdir()) == []
    assert (docs / "topics/bridges/y.md").read_text() == GENERATED


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

    real_stage = write._stage
    monkeypatch.setattr(write, "_stage", fail_on_second)
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


def manifest_of(docs: Path, pages: list[Page]) -> Manifest:
    written = write_pages(pages, docs)
    stats = {p: ((docs / p).stat().st_size, (docs / p).stat().st_mtime_ns) for p in written.digests}
    return Manifest("f", stats, Tally(), (), written.digests)


def test_pages_the_manifest_vouches_for_are_compared_without_reading_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = [Page(f"briefs/{i}.md", GENERATED + f"{i}\n") for i in range(3)]
    last = manifest_of(tmp_path, old)
    read: list[Path] = []
    state = write._state
    monkeypatch.setattr(
        write, "_state", lambda target, data: read.append(target) or state(target, data)
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
    last = Manifest("f", stats.files, Tally(), (), stats.digests, "r", {
        p.path: p.inputs for p in pages})  # fmt: skip
    (tmp_path / "briefs/1.md").write_text(GENERATED + "edited by hand\n")
    (tmp_path / "briefs/2.md").unlink()
    assert write.untouched_inputs(tmp_path, last) == {"briefs/0.md": "in0"}
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


def test_a_folder_emptied_in_background_is_empty_at_once_and_its_old_files_go(
    tmp_path: Path,
) -> None:
    site = tmp_path / "site"
    (site / "briefs/a").mkdir(parents=True)
    (site / "briefs/a/index.html").write_text("<p>old</p>")
    (site / "index.html").write_text("<p>home</p>")
    (site / ".keep").write_text("hidden entries stay, as MkDocs keeps them")
    empty_in_background(site)
    assert sorted(p.name for p in site.iterdir()) == [".keep"]
    deadline = time.monotonic() + 30
    while list(tmp_path.glob(".digest-old-*")) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    empty_in_background(site)  # nothing to move: nothing left behind either
    empty_in_background(tmp_path / "missing")
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
    empty_in_background(site)  # no error: MkDocs empties the folder as usual
    assert (site / "index.html").exists()
