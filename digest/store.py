"""The store: every file of `.digest/`, what one build leaves for the next.

A build loads the store once (`load`) and saves it once, when it is complete (`save`).
Everything here is disposable: without `.digest/` a build does all its work again and
writes the same pages. The store knows its files' formats (SQLite, JSON, NumPy archives),
not what the arrays mean: the stages that made them read them back.
"""

from __future__ import annotations

import io
import json
import logging
import sqlite3
from collections.abc import Iterable, Mapping
from contextlib import closing
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

import numpy as np
import numpy.typing as npt

from digest.model import Manifest, Problem, Tally
from digest.write import write_atomically

log = logging.getLogger(__name__)

FOLDER = ".digest"
# The build report, beside mkdocs.yml: outside docs/ so MkDocs never publishes it.
REPORT_FILE = f"{FOLDER}/report.txt"
# Analyses of seeds by content, so a rebuild analyses only what changed.
CACHE_FILE = f"{FOLDER}/cache.sqlite"
_CACHE_TABLE = "entries"  # key -> entry text
# What the last complete build was made from and what it wrote, to skip a build that would
# change nothing and to render only pages whose inputs changed.
MANIFEST_FILE = f"{FOLDER}/manifest.json"
# What grouping learnt of each text (copies' fingerprints, story word counts, leads), so a
# rebuild works on the changed texts only.
COPIES_FILE = f"{FOLDER}/copies.npz"
WORDS_FILE = f"{FOLDER}/words.npz"
LEADS_FILE = f"{FOLDER}/leads.npz"
# Written when the live preview sees seeds or pages change; `mkdocs serve` watches it.
CHANGED_FILE = f"{FOLDER}/changed.txt"

Arrays = Mapping[str, npt.NDArray[Any]]


class Stored:
    """What the last build left, each part read when first asked for: a build that finds
    nothing changed reads the manifest alone."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @cached_property
    def manifest(self) -> Manifest | None:
        """Return the last complete build's manifest, None when there is none or it is damaged."""
        return _read_manifest(self.root / MANIFEST_FILE)

    @cached_property
    def cache(self) -> dict[str, str]:
        """Return every stored analysis entry by its key (see digest.cache)."""
        return _read_cache(self.root / CACHE_FILE)

    @cached_property
    def copies(self) -> Arrays | None:
        """Return what finding copies stored, None when there is nothing readable."""
        return _read_arrays(self.root / COPIES_FILE)

    @cached_property
    def words(self) -> Arrays | None:
        """Return the story texts' word counts stored, None when there is nothing readable."""
        return _read_arrays(self.root / WORDS_FILE)

    @cached_property
    def leads(self) -> Arrays | None:
        """Return the articles' leads stored, None when there is nothing readable."""
        return _read_arrays(self.root / LEADS_FILE)

    @property
    def report_file(self) -> Path:
        """Return where the build report is."""
        return self.root / REPORT_FILE


@dataclass(frozen=True)
class Record:
    """What a complete build leaves for the next one."""

    manifest: Manifest
    fresh: Mapping[str, str]  # analysis entries made by this build, by key
    keys: frozenset[str]  # the keys of every seed's analysis: other entries are dropped
    copies: Arrays
    words: Arrays
    leads: Arrays


def load(root: Path) -> Stored:
    """Return what the last build at `root` stored."""
    return Stored(root)


def save(root: Path, record: Record) -> Path:
    """Store what a complete build leaves for the next one; return the build report's path."""
    report = write_report(record.manifest.report, root)
    _write_cache(root / CACHE_FILE, record.fresh, record.keys)
    _write_arrays(root / COPIES_FILE, record.copies)
    _write_arrays(root / WORDS_FILE, record.words)
    _write_arrays(root / LEADS_FILE, record.leads)
    # Last: a manifest vouches for everything else being there.
    _write_manifest(root / MANIFEST_FILE, record.manifest)
    return report


def write_report(problems: Iterable[Problem], root: Path) -> Path:
    """Write the build report, one `file: reason` line per problem, and return its path."""
    path = root / REPORT_FILE
    ignore = path.parent / ".gitignore"
    if not ignore.exists():  # what .digest/ holds describes one machine's build
        write_atomically(ignore, b"*\n")
    write_atomically(path, "".join(f"{p}\n" for p in problems).encode("utf-8"))
    return path


def mark_changed(root: Path, paths: Iterable[str]) -> Path:
    """Write the names of changed files to CHANGED_FILE, which `mkdocs serve` watches, so a
    change there starts a build; return the file.

    Replaced whole: the server polls it from a thread of this process, and seeing it
    emptied, then filled, it would start two builds.
    """
    target = root / CHANGED_FILE
    write_atomically(target, "".join(f"{path}\n" for path in paths).encode("utf-8"))
    return target


def _read_cache(path: Path) -> dict[str, str]:
    """Return every entry; a store that cannot be read is dropped, not trusted, and an entry
    that is not text (damaged, or compressed by an older digest, whose analyses are stale
    anyway) is left out: its seed is analysed again."""
    if not path.exists():
        return {}
    try:
        with closing(sqlite3.connect(path)) as db:
            rows = db.execute(f"SELECT key, entry FROM {_CACHE_TABLE}").fetchall()
    except sqlite3.Error as exc:
        log.warning("%s: unreadable analysis cache (%s); analysing every seed again", path, exc)
        path.unlink(missing_ok=True)
        return {}
    return {key: entry for key, entry in rows if isinstance(entry, str)}


def _write_cache(path: Path, fresh: Mapping[str, str], keep: frozenset[str]) -> None:
    """Store new analysis entries and drop the entries no seed uses any more."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # Not compressed: a large site's store is read whole by every rebuild, and
    # decompressing its entries took longer than reading them (10,000 briefs: 33 MB of
    # JSON, 14 MB compressed; 0.08 s to read, 0.3 s to decompress).
    rows = sorted(fresh.items())
    try:
        with closing(sqlite3.connect(path)) as db, db:
            db.execute(f"CREATE TABLE IF NOT EXISTS {_CACHE_TABLE} (key TEXT PRIMARY KEY, entry)")
            stale = {k for (k,) in db.execute(f"SELECT key FROM {_CACHE_TABLE}")} - keep
            db.executemany(
                f"DELETE FROM {_CACHE_TABLE} WHERE key = ?", [(k,) for k in sorted(stale)]
            )
            db.executemany(f"INSERT OR REPLACE INTO {_CACHE_TABLE} VALUES (?, ?)", rows)
    except sqlite3.Error as exc:  # a cache that cannot be written only costs time next build
        log.warning("%s: analysis cache not saved (%s)", path, exc)
        path.unlink(missing_ok=True)


def _read_manifest(path: Path) -> Manifest | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
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


def _write_manifest(path: Path, manifest: Manifest) -> None:
    data = {
        "fingerprint": manifest.fingerprint,
        "files": dict(manifest.files),
        "digests": dict(manifest.digests),
        "renderer": manifest.renderer,
        "inputs": {p: manifest.inputs[p] for p in manifest.digests if p in manifest.inputs},
        "tally": [manifest.tally.briefs, manifest.tally.topics, manifest.tally.days],
        "report": [[p.source, p.reason] for p in manifest.report],
    }
    write_atomically(path, json.dumps(data, sort_keys=True).encode("utf-8"))


def _read_arrays(path: Path) -> Arrays | None:
    """Return the arrays of a NumPy archive, None when it is missing or damaged."""
    try:
        with np.load(path, allow_pickle=False) as data:
            return {name: data[name] for name in data.files}
    except (OSError, ValueError, KeyError, EOFError, BadZipFile):
        return None


def _write_arrays(path: Path, arrays: Arrays) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    write_atomically(path, buffer.getvalue())
