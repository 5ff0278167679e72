"""The interpreter settings digest changes, in one place, each with the measurement behind it.

Each saves time that grows with the corpus and that a user waits for on a build; none
changes any output. Measured with bench/bench_build.py: the first two on a 10,000-article
site, one seed edited and `digest build` run again; the third on a cold build.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn


@contextmanager
def cycle_collection(enabled: bool) -> Iterator[None]:
    """Turn Python's collector of reference cycles on or off for a while, then back.

    A build turns it off: its stages make millions of objects and no cycles, and each full
    collection walks every live object (about half a second of a one-seed rebuild, more
    under `mkdocs serve`, whose own objects are walked too). Analysis in the build's own
    process turns it on again: YAKE leaves about 300 cycles an article.
    """
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        yield
    finally:
        (gc.enable if was else gc.disable)()


# Allocations between two young collections in an analysis worker. Python's default, 700,
# runs thousands of collections an article over YAKE's many small objects, while an
# article leaves about 300 cycles to collect: this many still collects them every few
# articles, and cut a worker's analysis time by about 8% (1,200 articles, 2 workers).
_WORKER_YOUNG_COLLECTION = 50_000


def collect_cycles_less_often() -> None:
    """Set an analysis worker's collector of reference cycles to run less often."""
    _, middle, old = gc.get_threshold()
    gc.set_threshold(_WORKER_YOUNG_COLLECTION, middle, old)


def exit_at_once(code: int) -> NoReturn:
    """End the process with `code` once output is flushed, without freeing every object.

    The interpreter frees a large build's objects one by one on the way out (0.15-0.2 s of
    a one-seed rebuild) and a first collection would walk them all (0.07 s); every file the
    build wrote is whole and closed by the time the command returns.
    """
    gc.disable()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
