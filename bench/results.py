"""Where the benches keep their run history: bench/results.md, appended to by every run.

The README shows figures with the command that makes them; when and on which commit a
run was made, and how loaded the machine was, belongs here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results.md"


@contextlib.contextmanager
def recorded(argv: list[str]) -> Iterator[None]:
    """Print as usual, and append what was printed to the results file once the run ends."""
    buffer = io.StringIO()
    real = sys.stdout

    class Tee(io.TextIOBase):
        def write(self, text: str) -> int:
            buffer.write(text)
            return real.write(text)

        def flush(self) -> None:
            real.flush()

    sys.stdout = Tee()
    try:
        yield
    finally:
        sys.stdout = real
    if buffer.getvalue().strip():
        _append(argv, buffer.getvalue())


def _append(argv: list[str], printed: str) -> None:
    root = RESULTS.parent.parent
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=root, capture_output=True, text=True
    ).stdout.strip()
    when = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    command = " ".join(["python", os.path.relpath(argv[0], root), *argv[1:]])
    head = f"## {when}, {commit or 'no git'}, load average {load}"
    entry = f"\n{head}\n\n`{command}`\n\n```\n{printed.rstrip()}\n```\n"
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(entry)
