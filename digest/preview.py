"""What the live preview watches: seeds/ and docs/, polled between builds only.

`mkdocs serve` polls every watched file every half second, in threads that share the
interpreter with the build; with 10,000 articles, docs/ and seeds/ hold 20,000 files and a
build beside that poller takes about 1.4 times as long. So the plugin takes those folders
off the server's list and polls them here, paused while a build runs. Polling resumes from
the files as the build read them, so an edit made during a build is seen right after it.
A change seen is passed on by rewriting a file the server does watch.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from digest.seeds import file_states

States = Mapping[str, tuple[int, int]]  # path -> (size, mtime in ns)
POLL_SECONDS = 0.5  # as often as `mkdocs serve` polls
# A save is not one step (an editor truncates, then writes): a change is passed on once two
# looks this far apart agree, so one save starts one build, never one per step.
SETTLE_SECONDS = 0.1
_SETTLE_LOOKS = 10  # a file still growing after a second is passed on as it is then


def states_of(folders: Sequence[Path]) -> dict[str, tuple[int, int]]:
    """Return the state of every visible file in the folders."""
    return {path: state for folder in folders for path, state in file_states(folder).items()}


def settled_states(
    look: Callable[[], dict[str, tuple[int, int]]],
    first: dict[str, tuple[int, int]],
    *,
    pause: float,
) -> dict[str, tuple[int, int]]:
    """Return the files' states once a look `pause` seconds after the last one agrees with
    it, starting from `first`, a look that just found a change."""
    now = first
    for _ in range(_SETTLE_LOOKS):
        time.sleep(pause)
        later = look()
        if later == now:
            break
        now = later
    return now


def changed_paths(before: States, after: States) -> list[str]:
    """Return the paths edited, added or removed between two states, sorted."""
    return sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))


class Watcher:
    """A thread that calls `changed(paths)` when files in the folders change, but not while held."""

    def __init__(
        self,
        folders: Sequence[Path],
        changed: Callable[[list[str]], object],
        *,
        seen: States | None = None,
        interval: float = POLL_SECONDS,
    ) -> None:
        self.folders, self.changed, self.interval = tuple(folders), changed, interval
        self._seen = dict(seen) if seen is not None else states_of(self.folders)
        self._held = False
        self._lock = threading.Lock()  # a poll and a hold never overlap
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="digest-watcher", daemon=True)
        self._thread.start()

    def hold(self) -> None:
        """Stop polling (after a poll under way) until `resume`."""
        with self._lock:
            self._held = True

    def resume(self, seen: States) -> None:
        """Poll again, comparing with `seen`: the files as the build read them."""
        with self._lock:
            self._seen, self._held = dict(seen), False

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stopped.wait(self.interval):
            with self._lock:
                if self._held:
                    continue
                now = states_of(self.folders)
                if now != self._seen:
                    now = settled_states(
                        lambda: states_of(self.folders),
                        now,
                        pause=min(SETTLE_SECONDS, self.interval),
                    )
                paths = changed_paths(self._seen, now)
                self._seen = now
            if paths:
                self.changed(paths)
