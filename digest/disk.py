"""The one module that touches the disk: reads seeds, writes and prunes generated pages."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from digest.model import Page, Problem, Seed

SEED_SUFFIXES = (".txt", ".md")
# What digest owns inside the docs folder; it writes nowhere else.
OWNED_FOLDERS = ("briefs", "topics", "days")
OWNED_FILES = ("index.md", "feed.xml")
_PAGE_MARKER = b"---\ngenerator: digest"  # a generated page's first bytes
_FEED_MARKER = b"<generator>digest</generator>"  # in the head of the generated feed
_HEAD = 1024


@dataclass(frozen=True)
class WriteResult:
    """What writing the pages changed on disk."""

    written: tuple[str, ...]
    unchanged: int
    removed: tuple[str, ...]
    problems: tuple[Problem, ...]


def read_seeds(folder: Path, *, root: Path) -> tuple[list[Seed], list[Problem]]:
    """Return the seeds of a folder in sorted order, and a notice for each file skipped."""
    seeds: list[Seed] = []
    skipped: list[Problem] = []
    if not folder.is_dir():
        return seeds, skipped
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        source = _display(path, root)
        if path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        if path.suffix.lower() not in SEED_SUFFIXES:
            skipped.append(Problem(source, "skipped: expected a .txt or .md seed"))
            continue
        try:
            seeds.append(Seed(source, path.read_bytes()))
        except OSError as exc:
            skipped.append(Problem(source, f"cannot be read ({exc.strerror})"))
    return seeds, skipped


def write_pages(pages: Iterable[Page], docs_dir: Path) -> WriteResult:
    """Write changed pages, remove generated pages no longer wanted, and never touch others."""
    written, problems, unchanged, wanted = [], [], 0, set()
    for page in pages:
        target = _inside(docs_dir, page.path)
        wanted.add(target)
        data = page.text.encode("utf-8")
        if target.exists():
            old = target.read_bytes()
            if old == data:
                unchanged += 1
                continue
            if not _is_ours(old[:_HEAD]):
                problems.append(
                    Problem(
                        _display(target, docs_dir.parent),
                        "not overwritten: digest did not generate it",
                    )
                )
                continue
        _write_atomically(target, data)
        written.append(page.path)
    removed = _remove_stale(docs_dir, wanted)
    return WriteResult(tuple(written), unchanged, tuple(removed), tuple(problems))


def is_generated(path: Path) -> bool:
    """Return True when a file carries digest's marker, so digest may replace or remove it."""
    with path.open("rb") as f:
        return _is_ours(f.read(_HEAD))


def _is_ours(head: bytes) -> bool:
    return head.startswith(_PAGE_MARKER) or (head.startswith(b"<?xml") and _FEED_MARKER in head)


def _inside(docs_dir: Path, relative: str) -> Path:
    """Return the target path, refusing any that would leave digest's folders."""
    target = (docs_dir / relative).resolve()
    base = docs_dir.resolve()
    top = Path(relative).parts[0] if Path(relative).parts else ""
    if not target.is_relative_to(base) or (
        top not in OWNED_FOLDERS and relative not in OWNED_FILES
    ):
        raise ValueError(f"refusing to write {relative!r} outside digest's folders in {docs_dir}")
    return target


def _write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary name and rename, so an interrupted build leaves whole files."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".digest-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _remove_stale(docs_dir: Path, wanted: set[Path]) -> list[str]:
    """Remove generated pages that no page asks for any more, and folders left empty."""
    removed = []
    candidates = [docs_dir / name for name in OWNED_FILES]
    for folder in OWNED_FOLDERS:
        candidates += sorted((docs_dir / folder).rglob("*.md"))

    for path in candidates:
        if path.is_file() and path.resolve() not in wanted and is_generated(path):
            path.unlink()
            removed.append(path.relative_to(docs_dir).as_posix())
    for folder in OWNED_FOLDERS:
        for sub in sorted((docs_dir / folder).rglob("*"), reverse=True):
            if sub.is_dir() and not any(sub.iterdir()):
                sub.rmdir()
    return removed


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
