"""Read stage: the seed files of a folder, each read whole, in a stated order."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from digest.model import Problem, Seed

SEED_SUFFIXES = (".txt", ".md", ".html", ".htm")  # see digest/parse/__init__.py
# A seed is an article; anything bigger is a mistake (a video, a database dump), not news.
MAX_SEED_BYTES = 50 * 1024 * 1024


def read_seeds(folder: Path, *, root: Path) -> tuple[list[Seed], list[Problem]]:
    """Return the seeds of a folder in sorted order, and a notice for each file skipped.

    Hidden files and folders and README.md are not seeds and are passed over silently.
    """
    seeds: list[Seed] = []
    skipped: list[Problem] = []
    if not folder.is_dir():
        return seeds, skipped
    base, shown = folder.resolve(), display(folder, root)
    # Sorted by path parts, as paths sort: "a/b" before "a-b".
    for parts, entry in sorted(files_below(folder, ())):
        if parts[-1].lower() == "readme.md":
            continue
        source = printable("/".join((shown, *parts)))
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


def files_below(
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
                yield from files_below(entry.path, (*parts, entry.name))


def _not_a_seed(entry: os.DirEntry[str], base: Path) -> str:
    """Return why a file of the seeds folder is not read as a seed, or "" when it is."""
    if os.path.splitext(entry.name)[1].lower() not in SEED_SUFFIXES:
        return "skipped: expected a .txt, .md or .html seed"
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


def file_states(folder: Path) -> dict[str, tuple[int, int]]:
    """Return the size and time (ns) of every visible file below a folder, by path.

    Two of these differ when a file was edited, added or removed; a missing folder has none.
    """
    states: dict[str, tuple[int, int]] = {}
    if not folder.is_dir():
        return states
    for _, entry in files_below(folder, ()):
        try:
            st = entry.stat()
        except OSError:  # removed meanwhile: absent, as it is now
            continue
        states[entry.path] = (st.st_size, st.st_mtime_ns)
    return states


def display(path: Path, root: Path) -> str:
    """Return a path as shown in messages: relative to the project, on one printable line."""
    try:
        shown = path.relative_to(root).as_posix()
    except ValueError:
        shown = path.as_posix()
    return printable(shown)


def printable(name: str) -> str:
    # A file name may hold any byte but "/" and NUL: a newline would split a report line, and
    # an undecodable byte (a surrogate escape) cannot be written into a UTF-8 page.
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else ascii(c)[1:-1] for c in name)
