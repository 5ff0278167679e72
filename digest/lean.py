"""The interpreter settings digest changes, in one place, each with the measurement behind it.

Both save time that grows with the corpus and that a user waits for on every rebuild;
neither changes any output. Measured on a 10,000-article site (bench/bench_build.py),
one seed edited and `digest build` run again.
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
