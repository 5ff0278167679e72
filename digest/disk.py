"""The one module that touches the disk: reads seeds and the cache, writes and prunes pages."""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import sqlite3
import stat
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

import numpy as np
import numpy.typing as npt

from digest.copies import CopyIndex
from digest.errors import WriteError
from digest.model import KeptPage, Page, Problem, Seed, Tally
from digest.stories import StoryWords, WordCounts, joined_ints

log = logging.getLogger(__name__)
SEED_SUFFIXES = (".txt", ".md")
# What digest owns inside the docs folder; it writes nowhere else.
OWNED_FOLDERS = ("briefs", "topics", "days")
OWNED_FILES = ("index.md", "feed.xml")
# The build report, beside mkdocs.yml: outside docs/ so MkDocs never publishes it.
REPORT_FILE = ".digest/report.txt"
# Analyses of seeds by content, so a rebuild analyses only what changed. Disposable.
CACHE_FILE = ".digest/cache.sqlite"
_CACHE_TABLE = "entries"  # key -> zlib-compressed entry text
# What the last complete build was made from and what it wrote, to skip a build that would
# change nothing.
MANIFEST_FILE = ".digest/manifest.json"
# Each text's word-triple fingerprints and the copy pairs among them, so a rebuild compares
# only changed texts with the rest.
COPIES_FILE = ".digest/copies.npz"
# Each story text's word counts, so a rebuild counts only the words of changed texts.
WORDS_FILE = ".digest/words.npz"
# Written when the live preview sees seeds or pages change; `mkdocs serve` watches it.
CHANGED_FILE = ".digest/changed.txt"
# A seed is an article; anything bigger is a mistake (a video, a database dump), not news.
MAX_SEED_BYTES = 50 * 1024 * 1024
_PAGE_MARKER = b"---\ngenerator: digest"  # a generated page's first bytes
_FEED_MARKER = b"<generator>digest</generator>"  # in the head of the generated feed
_HEAD = 1024
_TMP_PREFIX, _TMP_SUFFIX = ".digest-", ".tmp"  # dot first: MkDocs skips hidden files


@dataclass(frozen=True)
class Manifest:
    """The last complete build: its inputs' fingerprint, its files, its tally and report."""

    fingerprint: str
    files: Mapping[str, tuple[int, int]]  # docs-relative path -> (size, mtime in ns)
    tally: Tally
    report: tuple[Problem, ...]
    digests: Mapping[str, str] = field(default_factory=dict)  # path -> digest of its bytes
    renderer: str = ""  # what rendered the pages: digest's code and settings
    inputs: Mapping[str, str] = field(default_factory=dict)  # path -> what the page shows


@dataclass(frozen=True)
class WriteResult:
    """What writing the pages changed on disk."""

    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    problems: tuple[Problem, ...]
    refused: tuple[str, ...] = ()  # page paths not written, each explained in `problems`
    digests: Mapping[str, str] = field(default_factory=dict)  # path -> digest, pages now there


def read_seeds(folder: Path, *, root: Path) -> tuple[list[Seed], list[Problem]]:
    """Return the seeds of a folder in sorted order, and a notice for each file skipped.

    Hidden files and folders and README.md are not seeds and are passed over silently.
    """
    seeds: list[Seed] = []
    skipped: list[Problem] = []
    if not folder.is_dir():
        return seeds, skipped
    base, shown = folder.resolve(), _display(folder, root)
    # Sorted by path parts, as paths sort: "a/b" before "a-b".
    for parts, entry in sorted(_files_below(folder, ())):
        if parts[-1].lower() == "readme.md":
            continue
        source = _printable("/".join((shown, *parts)))
        reason = _not_a_seed(entry, base)
        if reason:
            skipped.append(Problem(source, reason))
            continue
        try:
            with open(entry.path, "rb", buffering=0) as f:  # read whole: no buffer needed
                seeds.append(Seed(source, f.readall()))
        except OSError as exc:
            skipped.append(Problem(source, f"cannot be read ({exc.strerror})"))
    return seeds, skipped


def _files_below(
    folder: Path | str, parts: tuple[str, ...]
) -> Iterable[tuple[tuple[str, ...], os.DirEntry[str]]]:
    """Yield the path parts and entry of every file below a folder but hidden ones.

    Links to folders are not followed, as os.walk does not follow them either.
    """
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if not entry.is_dir():
                yield (*parts, entry.name), entry
            elif not entry.is_symlink():
                yield from _files_below(entry.path, (*parts, entry.name))


def _not_a_seed(entry: os.DirEntry[str], base: Path) -> str:
    """Return why a file of the seeds folder is not read as a seed, or "" when it is."""
    if os.path.splitext(entry.name)[1].lower() not in SEED_SUFFIXES:
        return "skipped: expected a .txt or .md seed"
    # Only a link can lead outside: folders are walked without following links.
    if entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(base):
        return "skipped: a link to a file outside the seeds folder"
    try:
        st = entry.stat()
    except OSError:
        st = None
    if st is None or not stat.S_ISREG(st.st_mode):
        # A FIFO would block the build forever, a socket cannot be read.
        return "skipped: expected a regular file"
    if st.st_size > MAX_SEED_BYTES:
        size = st.st_size / 2**20
        return f"skipped: {size:.1f} MB is over the {MAX_SEED_BYTES // 2**20} MB limit"
    return ""


def write_pages(
    pages: Iterable[Page | KeptPage], docs_dir: Path, last: Manifest | None = None
) -> WriteResult:
    """Write changed pages, remove generated pages no longer wanted, and never touch others.

    A build killed at any moment leaves every page whole and every link working: changed
    pages are first written in full under temporary names, then renamed in one quick pass,
    and stale pages are removed only after that. The next build removes leftover temporary
    files and finishes the job. `written` lists pages in the order they were renamed.
    A page the last build's manifest recorded, untouched since, is compared by digest
    instead of being read back; a KeptPage is one of those, known to be unchanged.
    """
    _remove_leftovers(docs_dir)
    changes, problems, refused, unchanged, wanted = [], [], [], 0, set()
    digests: dict[str, str] = {}
    folders = _Folders(docs_dir)
    for page in pages:
        try:
            target = folders.inside(page.path)
        except WriteError as exc:
            problems.append(Problem(page.path, str(exc)))
            refused.append(page.path)
            continue
        if target in wanted:  # two pages on one path: the second would silently replace the first
            problems.append(Problem(page.path, "not written: a second page with the same path"))
            continue
        wanted.add(target)
        if isinstance(page, KeptPage):
            # An empty digest never matches: the next build compares the file itself.
            digests[page.path] = last.digests.get(page.path, "") if last else ""
            unchanged += 1
            continue
        data = page.text.encode("utf-8")
        digests[page.path] = _digest(data)
        state = _recorded_state(target, page.path, digests[page.path], last) or _state(target, data)
        if state == "unchanged":
            unchanged += 1
        elif state == "foreign":
            source = _display(target, docs_dir.parent)
            problems.append(Problem(source, "not overwritten: digest did not generate it"))
            refused.append(page.path)
            del digests[page.path]
        else:
            changes.append((state, page.path, target, data))
    # New pages go in before changed ones, and stale ones go last: whenever the build stops,
    # every link on every page, old or new, leads to a page that is there.
    changes.sort(key=lambda change: change[0] != "new")
    _replace_all([(target, data) for _, _, target, data in changes])
    removed = _remove_stale(docs_dir, wanted, folders)
    written = tuple(path for _, path, _, _ in changes)
    return WriteResult(written, unchanged, tuple(removed), tuple(problems), tuple(refused), digests)


def write_report(problems: Iterable[Problem], root: Path) -> Path:
    """Write the build report, one `file: reason` line per problem, and return its path."""
    path = root / REPORT_FILE
    ignore = path.parent / ".gitignore"
    if not ignore.exists():  # the report describes one machine's build: keep it out of git
        _write_atomically(ignore, b"*\n")
    _write_atomically(path, "".join(f"{p}\n" for p in problems).encode("utf-8"))
    return path


def load_cache(root: Path) -> dict[str, str]:
    """Return every stored analysis entry; a store that cannot be read is dropped, not trusted,
    and an entry that does not decompress is left out (its seed is analysed again)."""
    path = root / CACHE_FILE
    if not path.exists():
        return {}
    try:
        with closing(sqlite3.connect(path)) as db:
            rows = db.execute(f"SELECT key, entry FROM {_CACHE_TABLE}").fetchall()
    except sqlite3.Error as exc:
        log.warning("%s: unreadable analysis cache (%s); analysing every seed again", path, exc)
        path.unlink(missing_ok=True)
        return {}
    entries = {}
    for key, blob in rows:
        try:
            entries[key] = zlib.decompress(blob).decode("utf-8")
        except (zlib.error, TypeError, UnicodeDecodeError):
            continue
    return entries


def save_cache(root: Path, fresh: Mapping[str, str], keep: Iterable[str]) -> None:
    """Store new analysis entries and drop the entries no seed uses any more."""
    path = root / CACHE_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    # Compressed: a large site's store is read whole by every rebuild, and briefs' JSON
    # shrinks about fourfold.
    rows = sorted((k, zlib.compress(v.encode("utf-8"))) for k, v in fresh.items())
    try:
        with closing(sqlite3.connect(path)) as db, db:
            db.execute("DROP TABLE IF EXISTS briefs")  # the uncompressed layout of digest <= 0.1
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {_CACHE_TABLE} (key TEXT PRIMARY KEY, entry BLOB)"
            )
            stale = {k for (k,) in db.execute(f"SELECT key FROM {_CACHE_TABLE}")} - set(keep)
            db.executemany(
                f"DELETE FROM {_CACHE_TABLE} WHERE key = ?", [(k,) for k in sorted(stale)]
            )
            db.executemany(f"INSERT OR REPLACE INTO {_CACHE_TABLE} VALUES (?, ?)", rows)
    except sqlite3.Error as exc:  # a cache that cannot be written only costs time next build
        log.warning("%s: analysis cache not saved (%s)", path, exc)
        path.unlink(missing_ok=True)


def load_manifest(root: Path) -> Manifest | None:
    """Return the last complete build's manifest, None when there is none or it is damaged."""
    try:
        data = json.loads((root / MANIFEST_FILE).read_text(encoding="utf-8"))
        return Manifest(
            fingerprint=str(data["fingerprint"]),
            files={str(k): (int(v[0]), int(v[1])) for k, v in data["files"].items()},
            tally=Tally(*(int(n) for n in data["tally"])),
            report=tuple(Problem(str(s), str(r)) for s, r in data["report"]),
            digests={str(k): str(v) for k, v in data.get("digests", {}).items()},
            renderer=str(data.get("renderer", "")),
            inputs={str(k): str(v) for k, v in data.get("inputs", {}).items()},
        )
    except (OSError, ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None


def save_manifest(
    root: Path, docs_dir: Path, *, fingerprint: str, digests: Mapping[str, str], tally: Tally,
    report: Iterable[Problem], renderer: str = "", inputs: Mapping[str, str] | None = None,
) -> None:  # fmt: skip
    """Record a complete build: what it was made from and the state of every file it owns."""
    data = {
        "fingerprint": fingerprint,
        "files": _file_stats(docs_dir, digests),
        "digests": dict(digests),
        "renderer": renderer,
        "inputs": {path: inputs[path] for path in digests if path in inputs} if inputs else {},
        "tally": [tally.briefs, tally.topics, tally.days],
        "report": [[p.source, p.reason] for p in report],
    }
    _write_atomically(root / MANIFEST_FILE, json.dumps(data, sort_keys=True).encode("utf-8"))


def load_copies(root: Path) -> CopyIndex | None:
    """Return the copies the last build found, None when there are none or they are damaged."""
    try:
        with np.load(root / COPIES_FILE, allow_pickle=False) as data:
            keys = [str(k) for k in data["keys"]]
            sizes, prints, pairs = data["sizes"], data["prints"], data["pairs"]
            version = str(data["version"])
        if pairs.ndim != 2:
            raise ValueError("pairs that are not pairs")
        texts = {k: prints[a:b] for k, a, b in _runs(keys, sizes, len(prints))}
        pair_keys = frozenset((keys[a], keys[b]) for a, b in pairs.tolist())
    except (OSError, ValueError, KeyError, IndexError, TypeError, EOFError, BadZipFile):
        return None  # found again from the texts: only time is lost
    return CopyIndex(version, texts, pair_keys)


def save_copies(root: Path, index: CopyIndex) -> None:
    """Store what finding copies learnt for the next build."""
    keys = list(index.prints)
    place = {k: i for i, k in enumerate(keys)}
    pairs = sorted((place[a], place[b]) for a, b in index.pairs)
    buffer = io.BytesIO()
    np.savez(
        buffer,
        version=np.array(index.version),
        keys=np.array(keys, dtype=str),
        sizes=np.array([len(index.prints[k]) for k in keys], dtype=np.int64),
        prints=np.concatenate([index.prints[k] for k in keys]) if keys else np.zeros(0, np.uint64),
        pairs=np.array(pairs, dtype=np.int64).reshape(-1, 2),
    )
    _write_atomically(root / COPIES_FILE, buffer.getvalue())


def untouched_inputs(docs_dir: Path, last: Manifest) -> dict[str, str]:
    """Return the inputs of the last build's pages whose files are as it left them."""
    stats = _file_stats(docs_dir, last.inputs)
    return {
        path: inputs
        for path, inputs in last.inputs.items()
        if path in last.digests and stats.get(path) == last.files.get(path)
    }


def load_words(root: Path) -> StoryWords | None:
    """Return the word counts the last build stored, None when there are none or they are
    damaged."""
    try:
        with np.load(root / WORDS_FILE, allow_pickle=False) as data:
            keys = [str(k) for k in data["keys"]]
            sizes = data["sizes"]
            columns, counts, capitals = (
                data[n].astype(np.int64) for n in ("columns", "counts", "capitals")
            )
            vocabulary = tuple(str(data["vocabulary"]).split("\n")) if len(columns) else ()
            version = str(data["version"])
        if {len(counts), len(capitals)} != {len(columns)}:
            raise ValueError("parts of different lengths")
        runs = _runs(keys, sizes, len(columns))
        if len(columns) and not 0 <= int(columns.min()) <= int(columns.max()) < len(vocabulary):
            raise ValueError("a column outside the vocabulary")
    except (OSError, ValueError, KeyError, IndexError, TypeError, EOFError, BadZipFile):
        return None  # counted again from the texts: only time is lost
    texts = {k: WordCounts(columns[a:b], counts[a:b], capitals[a:b]) for k, a, b in runs}
    return StoryWords(version, vocabulary, texts)


def _runs(keys: list[str], sizes: npt.NDArray[Any], total: int) -> list[tuple[str, int, int]]:
    """Return each key's run [start, end) of values stored end to end, `sizes` per key;
    raise ValueError when the sizes cannot be right."""
    if len(sizes) != len(keys) or int(sizes.sum()) != total:
        raise ValueError("parts of different lengths")
    if len(sizes) and int(sizes.min()) < 0:
        raise ValueError("a part of fewer than no values")
    bounds = np.concatenate([[0], np.cumsum(sizes)]).tolist()
    return list(zip(keys, bounds[:-1], bounds[1:], strict=True))


def save_words(root: Path, words: StoryWords) -> None:
    """Store the word counts of this build's story texts for the next build."""
    entries = list(words.texts.values())
    buffer = io.BytesIO()
    np.savez(
        buffer,
        version=np.array(words.version),
        vocabulary=np.array("\n".join(words.vocabulary)),  # a word never holds a line break
        keys=np.array(list(words.texts), dtype=str),
        sizes=np.array([len(e.columns) for e in entries], dtype=np.int64),
        # 32 bits hold any column or count a text has, in half the space.
        columns=joined_ints([e.columns for e in entries]).astype(np.int32),
        counts=joined_ints([e.counts for e in entries]).astype(np.int32),
        capitals=joined_ints([e.capitals for e in entries]).astype(np.int32),
    )
    _write_atomically(root / WORDS_FILE, buffer.getvalue())


def files_unchanged(docs_dir: Path, files: Mapping[str, tuple[int, int]]) -> bool:
    """Return True when every recorded file is still there with the same size and time."""
    return _file_stats(docs_dir, files) == dict(files)


def file_states(folder: Path) -> dict[str, tuple[int, int]]:
    """Return the size and time (ns) of every visible file below a folder, by path.

    Two of these differ when a file was edited, added or removed; a missing folder has none.
    """
    states: dict[str, tuple[int, int]] = {}
    if not folder.is_dir():
        return states
    for _, entry in _files_below(folder, ()):
        try:
            st = entry.stat()
        except OSError:  # removed meanwhile: absent, as it is now
            continue
        states[entry.path] = (st.st_size, st.st_mtime_ns)
    return states


def write_changed(root: Path, paths: Iterable[str]) -> Path:
    """Write the names of changed files to CHANGED_FILE, which `mkdocs serve` watches, so a
    change there starts a build; return the file.

    Replaced whole: the server polls it from a thread of this process, and seeing it
    emptied, then filled, it would start two builds.
    """
    target = root / CHANGED_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(target, "".join(f"{path}\n" for path in paths).encode("utf-8"))
    return target


def empty_in_background(folder: Path) -> None:
    """Empty a folder now and delete what it held in another process.

    Its entries move to a new hidden sibling folder (renames, instant on one file system),
    which a separate Python deletes while this one goes on. Hidden entries stay, as
    MkDocs leaves them when it cleans the site folder; so does what cannot be moved (the
    folder is a mount point, say), for MkDocs to delete as usual.
    """
    try:
        with os.scandir(folder) as entries:
            moving = [entry.name for entry in entries if not entry.name.startswith(".")]
        if not moving:
            return
        trash = Path(tempfile.mkdtemp(prefix=".digest-old-", dir=folder.parent))
    except OSError:
        return
    try:
        for name in moving:
            os.rename(folder / name, trash / name)
    except OSError:
        pass
    remove = "import shutil, sys; shutil.rmtree(sys.argv[1], ignore_errors=True)"
    subprocess.Popen(  # its own session: stopping the caller with Ctrl-C lets it finish
        [sys.executable, "-c", remove, str(trash)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )  # fmt: skip


def _file_stats(docs_dir: Path, paths: Iterable[str]) -> dict[str, tuple[int, int]]:
    stats = {}
    for path in paths:
        try:
            st = os.stat(f"{docs_dir}/{path}")
        except OSError:
            continue
        stats[path] = (st.st_size, st.st_mtime_ns)
    return stats


def is_generated(path: Path) -> bool:
    """Return True when a file carries digest's marker, so digest may replace or remove it."""
    with path.open("rb") as f:
        return _is_ours(f.read(_HEAD))


def _is_ours(head: bytes) -> bool:
    return head.startswith(_PAGE_MARKER) or (head.startswith(b"<?xml") and _FEED_MARKER in head)


def _digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _recorded_state(target: Path, path: str, digest: str, last: Manifest | None) -> str | None:
    """Return "unchanged" or "changed" for a page the last build wrote and nobody touched
    since (same size and time), None when the file must be read to tell."""
    if last is None or path not in last.digests or path not in last.files:
        return None
    try:
        st = target.lstat()
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode) or (st.st_size, st.st_mtime_ns) != last.files[path]:
        return None
    return "unchanged" if last.digests[path] == digest else "changed"


def _state(target: Path, data: bytes) -> str:
    """Return "new", "changed", "unchanged" or "foreign" (a file digest did not generate)."""
    if target.is_symlink() or (target.exists() and not target.is_file()):
        return "foreign"
    if not target.exists():
        return "new"
    old = target.read_bytes()
    if old == data:
        return "unchanged"
    return "changed" if _is_ours(old[:_HEAD]) else "foreign"


class _Folders:
    """Resolves page paths inside the docs folder, each folder once: thousands of pages
    share a few hundred folders, and resolving a path costs a system call per part."""

    def __init__(self, docs_dir: Path) -> None:
        self.docs_dir = docs_dir
        self.base = docs_dir.resolve()
        self.resolved: dict[str, tuple[Path, bool]] = {}  # folder -> real path, inside base

    def folder(self, relative: str) -> tuple[Path, bool]:
        """Return a docs-relative folder's real path and whether it is inside the docs folder."""
        if relative not in self.resolved:
            real = (self.docs_dir / relative).resolve()
            self.resolved[relative] = (real, real.is_relative_to(self.base))
        return self.resolved[relative]

    def inside(self, relative: str) -> Path:
        """Return the target path, refusing any that would leave digest's folders."""
        folder, _, name = relative.rpartition("/")
        real, inside = self.folder(folder)
        top = relative.split("/", 1)[0]
        # The file itself is not resolved: a link in its place is refused as foreign.
        if (
            name in ("", ".", "..")
            or not inside
            or (top not in OWNED_FOLDERS and relative not in OWNED_FILES)
        ):
            raise WriteError(
                f"not written: {relative!r} is outside digest's folders in {self.docs_dir}"
            )
        return real / name


def _replace_all(changes: list[tuple[Path, bytes]]) -> None:
    """Write every file under a temporary name first, then rename them all."""
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in changes:
            staged.append((_stage(target, data), target))
        for tmp, target in staged:
            os.replace(tmp, target)  # atomic: a reader sees the old file or the new, never half
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise


def _stage(target: Path, data: bytes) -> Path:
    """Write data to a new temporary file beside the target and return its path."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=_TMP_PREFIX, suffix=_TMP_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary name and rename, so an interrupted build leaves whole files."""
    _replace_all([(target, data)])


def _remove_leftovers(docs_dir: Path) -> None:
    """Remove temporary files an interrupted build left behind."""
    leftovers = list(docs_dir.glob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}"))
    for folder in OWNED_FOLDERS:
        leftovers += (docs_dir / folder).rglob(f"{_TMP_PREFIX}*{_TMP_SUFFIX}")
    for path in leftovers:
        if path.is_file() and not path.is_symlink():
            path.unlink()


def _remove_stale(docs_dir: Path, wanted: set[Path], folders: _Folders) -> list[str]:
    """Remove generated pages that no page asks for any more, and folders left empty."""
    removed = []
    targets = {str(target) for target in wanted}  # strings: a Path per page costs more here
    for relative in [
        *OWNED_FILES,
        *(path for f in OWNED_FOLDERS for path in _pages_in(docs_dir, f)),
    ]:
        parent, _, name = relative.rpartition("/")
        if f"{folders.folder(parent)[0]}/{name}" in targets:  # resolved as a page's target is
            continue
        path = docs_dir / relative
        if path.is_file() and not path.is_symlink() and is_generated(path):
            # A link is the user's, wherever it points.
            path.unlink()
            removed.append(relative)
    for folder in OWNED_FOLDERS:
        # Bottom up, links to folders not followed: only digest's own empty folders go.
        for current, _, _ in os.walk(docs_dir / folder, topdown=False):
            if current != str(docs_dir / folder) and not os.listdir(current):
                os.rmdir(current)
    return removed


def _pages_in(docs_dir: Path, folder: str) -> list[str]:
    """Return the docs-relative paths of the Markdown files below a folder, sorted."""
    start = len(str(docs_dir)) + 1
    return sorted(
        f"{top[start:]}/{name}"
        for top, _, names in os.walk(docs_dir / folder)
        for name in names
        if name.endswith(".md")
    )


def _display(path: Path, root: Path) -> str:
    """Return a path as shown in messages: relative to the project, on one printable line."""
    try:
        shown = path.relative_to(root).as_posix()
    except ValueError:
        shown = path.as_posix()
    return _printable(shown)


def _printable(name: str) -> str:
    # A file name may hold any byte but "/" and NUL: a newline would split a report line, and
    # an undecodable byte (a surrogate escape) cannot be written into a UTF-8 page.
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name)
