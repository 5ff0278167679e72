"""The README documents every option and every command a user can reach."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from digest.cli import _parser
from digest.plugin import DigestConfig

README = (Path(__file__).parent.parent / "README.md").read_text()


def section(title: str) -> str:
    """Return the README section under `## title`, up to the next second-level heading."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no section {title!r}"
    return match.group(1)


def subcommands() -> list[str]:
    (action,) = [a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return sorted(action.choices)


def test_every_plugin_option_is_a_row_of_the_configuration_table() -> None:
    rows = re.findall(r"^\| `(\w+)` \|", section("Configuration"), re.M)
    assert sorted(rows) == sorted(name for name, _ in DigestConfig._schema)


def test_every_subcommand_is_documented_under_commands() -> None:
    text = section("Commands")
    assert subcommands() == sorted(["analyze", "build", "init", "show"])
    for name in subcommands():
        assert f"`digest {name}" in text


def test_exit_codes_are_documented() -> None:
    text = section("Commands")
    for code in ("0", "1", "2"):
        assert re.search(rf"^\| {code} \| \w", text, re.M)
