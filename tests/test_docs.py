"""The README documents every option and every command a user can reach."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from digest.cli import _parser
from digest.config import OPTIONS, options_table
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


def test_the_configuration_table_is_the_option_list_with_its_defaults_and_help() -> None:
    assert options_table() in section("Configuration")


def test_the_plugin_takes_exactly_the_listed_options_with_their_defaults() -> None:
    schema = dict(DigestConfig._schema)
    assert list(schema) == [o.name for o in OPTIONS]
    assert all(schema[o.name].default == o.default for o in OPTIONS)


def test_every_subcommand_is_documented_under_commands() -> None:
    text = section("Commands")
    assert subcommands() == sorted(["analyze", "build", "init", "show"])
    for name in subcommands():
        assert f"`digest {name}" in text


def test_exit_codes_are_documented() -> None:
    text = section("Commands")
    for code in ("0", "1", "2"):
        assert re.search(rf"^\| {code} \| \w", text, re.M)
