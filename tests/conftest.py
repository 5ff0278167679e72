"""Builders for model objects and paths to fixtures, shared by every test module."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from digest.model import Article, Brief, Paragraph

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"
CORPUS = FIXTURES / "corpus"
HOSTILE = FIXTURES / "hostile"

# Property tests check what holds, not how fast: on a shared, loaded machine one example
# can take past Hypothesis' 200 ms default deadline, which would fail a correct run.
settings.register_profile("shared-machine", deadline=None)
# CI draws the same examples on every run (derandomized), so whether a change lands never
# rests on a lucky draw; a developer's run draws new ones and so keeps finding new cases.
settings.register_profile("ci", deadline=None, derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "shared-machine")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden from the fixture corpus instead of comparing with it",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def make_article(text: str = "The council approved the plan on Monday.", **changes: Any) -> Article:
    """Return an article of one paragraph per blank-line block of `text`."""
    paragraphs = tuple(Paragraph(block.strip()) for block in text.split("\n\n") if block.strip())
    article = Article(source="seeds/test.txt", paragraphs=paragraphs, date=dt.date(2024, 1, 21))
    return replace(article, **changes)


def make_brief(title: str = "Council approves plan", **changes: Any) -> Brief:
    """Return a brief with a one-sentence article; change any field by keyword."""
    article = changes.pop("article", None) or make_article()
    brief = Brief(
        article=article,
        title=title,
        slug="council-approves-plan",
        keywords=("council", "plan"),
        summary=("The council approved the plan on Monday.",),
    )
    return replace(brief, **changes)
