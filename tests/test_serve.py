"""Live preview: `mkdocs serve` on a new project picks up added and edited seeds."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from digest.init import init_project

WAIT = 60.0  # seconds: generous, a rebuild takes about one here
QUIET = 6.0  # seconds without a change in which a settled server must not rebuild
SEED = """---
title: Harbour cranes arrive in Mombasa
date: 2024-03-05
slug: harbour-cranes
---
Four new cranes arrived at the port of Mombasa on Tuesday, the port authority said.
"""
BRIEF = "briefs/2024/03/05/harbour-cranes/"


class Server:
    """A `mkdocs serve` process and every line it has printed so far."""

    def __init__(self, root: Path, port: int) -> None:
        self.url = f"http://127.0.0.1:{port}/"
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"],
            cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )  # fmt: skip
        # Read continuously: a full pipe would block the server.
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.append(line)

    def builds(self) -> int:
        return sum("Building documentation" in line for line in self.lines)

    def get(self, path: str) -> str:
        """Return the page's text, or "" while it is not served."""
        try:
            with urllib.request.urlopen(self.url + path, timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return ""

    def wait_for(self, path: str, check: Callable[[str], bool]) -> str:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            assert self.process.poll() is None, "".join(self.lines)
            text = self.get(path)
            if text and check(text):
                return text
            time.sleep(0.5)
        raise AssertionError(f"{path} not as expected within {WAIT} s:\n" + "".join(self.lines))

    def wait_until_quiet(self) -> None:
        """Wait until no build has started for QUIET seconds, within WAIT."""
        deadline = time.monotonic() + WAIT
        count, since = self.builds(), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.5)
            if self.builds() != count:
                count, since = self.builds(), time.monotonic()
            elif time.monotonic() - since >= QUIET:
                return
        raise AssertionError("server keeps rebuilding:\n" + "".join(self.lines))

    def stop(self) -> int:
        self.process.terminate()
        return self.process.wait(timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    init_project(tmp_path)
    served = Server(tmp_path, free_port())
    try:
        served.wait_for("", lambda text: "No briefs yet" in text)
        yield served
    finally:
        if served.process.poll() is None:
            served.stop()


def test_serve_shows_an_added_seed_then_its_edit_and_settles_then_a_page_edit(
    server: Server, tmp_path: Path
) -> None:
    seed = tmp_path / "seeds/cranes.md"
    seed.write_text(SEED)
    server.wait_for(BRIEF, lambda text: "Four new cranes" in text)
    server.wait_until_quiet()

    before = server.builds()
    seed.write_text(SEED.replace("Four new cranes", "Six new cranes"))
    page = server.wait_for(BRIEF, lambda text: "Six new cranes" in text)
    assert "Four new cranes" not in page
    # The pages the build wrote into docs/ start no other build: one edit, one build.
    server.wait_until_quiet()
    assert server.builds() == before + 1, "".join(server.lines)
    # The project's own pages are watched as well.
    (tmp_path / "docs/about.md").write_text("# About\n\nWritten by the desk.\n")
    server.wait_for("about/", lambda text: "Written by the desk." in text)

    server.stop()  # raises if the server does not end within its wait
    assert server.process.poll() is not None
