"""The live preview's watcher: seeds/ and docs/ polled between builds, never during one."""

from __future__ import annotations

import queue
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from digest.preview import Watcher, changed_paths, settled_states, states_of

TICK = 0.02  # seconds between polls: fast, so a test waits little
CALM = 20 * TICK  # long enough to be sure no call is coming


class Calls:
    """The paths each call of the watcher's callback reported, in order."""

    def __init__(self) -> None:
        self.queue: queue.Queue[list[str]] = queue.Queue()

    def __call__(self, paths: list[str]) -> None:
        self.queue.put(paths)

    def next(self) -> list[str]:
        return self.queue.get(timeout=5)

    def none(self) -> bool:
        time.sleep(CALM)
        return self.queue.empty()


@pytest.fixture
def folders(tmp_path: Path) -> list[Path]:
    (tmp_path / "seeds/2024").mkdir(parents=True)
    (tmp_path / "docs").mkdir()
    (tmp_path / "seeds/2024/a.txt").write_text("one")
    (tmp_path / "docs/about.md").write_text("# About")
    return [tmp_path / "seeds", tmp_path / "docs"]


@pytest.fixture
def calls() -> Calls:
    return Calls()


@pytest.fixture
def watcher(folders: list[Path], calls: Calls) -> Iterator[Watcher]:
    watching = Watcher(folders, calls, interval=TICK)
    yield watching
    watching.stop()


def test_an_edit_an_addition_and_a_removal_are_each_reported(
    folders: list[Path], calls: Calls, watcher: Watcher
) -> None:
    seeds, docs = folders
    assert calls.none()
    (seeds / "2024/a.txt").write_text("one, edited")
    assert calls.next() == [str(seeds / "2024/a.txt")]
    (seeds / "b.md").write_text("two")
    assert calls.next() == [str(seeds / "b.md")]
    (docs / "about.md").unlink()
    assert calls.next() == [str(docs / "about.md")]


def test_hidden_files_such_as_an_editors_swap_file_are_not_changes(
    folders: list[Path], calls: Calls, watcher: Watcher
) -> None:
    (folders[0] / ".a.txt.swp").write_text("draft")
    (folders[0] / ".git").mkdir()
    (folders[0] / ".git/index").write_text("x")
    assert calls.none()


def test_an_edit_made_while_held_is_reported_once_resumed_from_what_the_build_read(
    folders: list[Path], calls: Calls, watcher: Watcher
) -> None:
    read = states_of(folders)  # what a build reads when it starts
    watcher.hold()
    (folders[0] / "2024/a.txt").write_text("one, edited while building")
    assert calls.none()
    watcher.resume(read)
    assert calls.next() == [str(folders[0] / "2024/a.txt")]


def test_pages_a_build_wrote_while_held_are_not_reported(
    folders: list[Path], calls: Calls, watcher: Watcher
) -> None:
    watcher.hold()
    (folders[1] / "briefs").mkdir()
    (folders[1] / "briefs/new.md").write_text("# New")
    watcher.resume(states_of(folders))  # the build's own writes are part of what it saw
    assert calls.none()


def test_a_missing_folder_has_no_files_until_it_is_made(tmp_path: Path, calls: Calls) -> None:
    watching = Watcher([tmp_path / "seeds"], calls, interval=TICK)
    try:
        assert states_of([tmp_path / "seeds"]) == {}
        (tmp_path / "seeds").mkdir()
        (tmp_path / "seeds/a.txt").write_text("one")
        assert calls.next() == [str(tmp_path / "seeds/a.txt")]
    finally:
        watching.stop()


def test_changed_paths_are_those_whose_size_or_time_differs() -> None:
    before = {"a": (1, 10), "b": (2, 20), "c": (3, 30)}
    after = {"a": (1, 10), "b": (2, 21), "d": (4, 40)}
    assert changed_paths(before, after) == ["b", "c", "d"]
    assert changed_paths(before, before) == []


def test_a_save_in_steps_is_passed_on_once_the_files_settle() -> None:
    # An editor truncates, then writes: the first look sees the empty file, the next the
    # written one, the one after agrees; the change passed on is the written file.
    empty, written = {"a.txt": (0, 10)}, {"a.txt": (9, 11)}
    looks = iter([written, written, {"a.txt": (5, 12)}])
    assert settled_states(lambda: next(looks), empty, pause=0) == written


def test_a_file_that_never_settles_is_passed_on_as_it_is_after_a_bounded_wait() -> None:
    growing = iter({"a.txt": (n, n)} for n in range(1, 100))
    assert settled_states(lambda: next(growing), {"a.txt": (0, 0)}, pause=0)["a.txt"][0] <= 20
