"""store: what one build leaves the next in .digest/, read back exactly or not at all."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from digest import store
from digest.group.copies import CopyIndex, find_copies, index_from_arrays, index_to_arrays
from digest.group.story_words import StoryWords, count_words, words_from_arrays, words_to_arrays
from digest.model import Manifest, Problem, Tally
from digest.store import write_report


def test_report_is_written_beside_the_project_and_ignored_by_git(tmp_path: Path) -> None:
    path = write_report([Problem("seeds/a.txt", "expected text, found binary data")], tmp_path)
    assert path == tmp_path / ".digest/report.txt"
    assert path.read_text() == "seeds/a.txt: expected text, found binary data\n"
    assert (tmp_path / ".digest/.gitignore").read_text() == "*\n"
    write_report([], tmp_path)
    assert path.read_text() == ""


def saved(
    root: Path, *, copies: store.Arrays | None = None, words: store.Arrays | None = None
) -> None:
    manifest = Manifest("f", {}, Tally(), ())
    record = store.Record(manifest, {}, frozenset(), copies or {}, words or {}, {})
    store.save(root, record)


def test_copies_found_are_kept_for_the_next_build_and_damaged_ones_are_dropped(
    tmp_path: Path,
) -> None:
    texts = ["the port strike ended on monday", "the port strike ended on monday night", "rain"]
    index = find_copies(texts, version="v1").index
    saved(tmp_path, copies=index_to_arrays(index))
    assert _same_index(index_from_arrays(store.load(tmp_path).copies), index)
    (tmp_path / store.COPIES_FILE).write_bytes(b"PK\x03\x04 not a whole archive")
    assert store.load(tmp_path).copies is None
    one = np.zeros(1, np.uint64)
    np.savez(
        tmp_path / store.COPIES_FILE, version="v1", keys=np.array(["a", "b"]),
        sizes=np.array([2, -1]), prints=one, pairs=np.zeros((0, 2), np.int64),
    )  # fmt: skip
    # lengths that add up, one of them negative
    assert index_from_arrays(store.load(tmp_path).copies) is None
    (tmp_path / store.COPIES_FILE).unlink()
    assert index_from_arrays(store.load(tmp_path).copies) is None


def test_word_counts_are_kept_for_the_next_build_and_damaged_ones_are_dropped(
    tmp_path: Path,
) -> None:
    words = count_words(["The port strike ended on Monday.", "Rain in Lisbon.", ""], version="v1")
    saved(tmp_path, words=words_to_arrays(words))
    loaded = words_from_arrays(store.load(tmp_path).words)
    assert loaded is not None and (loaded.version, loaded.vocabulary) == ("v1", words.vocabulary)
    assert list(loaded.texts) == list(words.texts)
    assert all(
        np.array_equal(getattr(loaded.texts[k], n), getattr(c, n))
        for k, c in words.texts.items()
        for n in ("columns", "counts", "capitals")
    )
    (tmp_path / store.WORDS_FILE).write_bytes(b"PK\x03\x04 not a whole archive")
    assert store.load(tmp_path).words is None
    small = StoryWords("v1", ("port",), words.texts)  # columns past the end of the vocabulary
    saved(tmp_path, words=words_to_arrays(small))
    assert words_from_arrays(store.load(tmp_path).words) is None
    one = np.zeros(1, np.int32)
    np.savez(
        tmp_path / store.WORDS_FILE, version="v1", vocabulary="port", keys=np.array(["a", "b"]),
        sizes=np.array([2, -1]), columns=one, counts=one, capitals=one,
    )  # fmt: skip
    # lengths that add up, one of them negative
    assert words_from_arrays(store.load(tmp_path).words) is None


def test_a_saved_build_is_loaded_back_whole(tmp_path: Path) -> None:
    report = (Problem("seeds/a.txt", "expected text, found binary data"),)
    manifest = Manifest("f", {"index.md": (3, 4)}, Tally(1, 2, 3), report, {"index.md": "d"}, "r")
    store.save(tmp_path, store.Record(manifest, {"k": "entry"}, frozenset({"k"}), {}, {}, {}))
    loaded = store.load(tmp_path)
    assert loaded.manifest == manifest and loaded.cache == {"k": "entry"}
    assert loaded.report_file.read_text() == "seeds/a.txt: expected text, found binary data\n"
    store.save(tmp_path, store.Record(manifest, {}, frozenset(), {}, {}, {}))  # no seed uses "k"
    assert store.load(tmp_path).cache == {}


def test_a_damaged_manifest_is_no_manifest(tmp_path: Path) -> None:
    (tmp_path / ".digest").mkdir()
    (tmp_path / store.MANIFEST_FILE).write_text('{"fingerprint": "f"}')
    assert store.load(tmp_path).manifest is None


def _same_index(loaded: CopyIndex | None, index: CopyIndex) -> bool:
    assert loaded is not None
    assert (loaded.version, loaded.pairs) == (index.version, index.pairs)
    assert list(loaded.prints) == list(index.prints)
    return all(np.array_equal(loaded.prints[k], index.prints[k]) for k in index.prints)
