"""Story clustering and duplicate finding on small hand-written fixture articles."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from digest.model import Article, Brief, Paragraph, Seed
from digest.parse import parse_seed
from digest.stories import baseline_stories, find_duplicates, group_stories

FIXTURES = Path(__file__).parent / "fixtures" / "stories"
STORIES = {
    "port": [
        "port_strike_wire",
        "port_strike_wire_copy",
        "port_strike_business",
        "port_strike_deal",
    ],
    "volcano": ["volcano_eruption", "volcano_grindavik_homes", "volcano_flights"],
    "chess": ["chess_final_game", "chess_reactions"],
    "pasta": ["pasta_recipe"],
}


def fixture_brief(name: str) -> Brief:
    """Return a bare brief of a fixture seed; clustering reads only the article."""
    path = FIXTURES / f"{name}.txt"
    article = parse_seed(Seed(str(path), path.read_bytes()))
    return Brief(article=article, title="", slug=name, keywords=(), summary=())


def text_brief(text: str, name: str = "x") -> Brief:
    """Return a bare brief whose article is the given paragraphs."""
    paragraphs = tuple(Paragraph(p) for p in text.split("\n\n"))
    article = Article(source=name, paragraphs=paragraphs)
    return Brief(article=article, title="", slug=name, keywords=(), summary=())


@pytest.fixture(scope="module")
def briefs() -> list[Brief]:
    return [fixture_brief(name) for names in STORIES.values() for name in names]


def partition(briefs: list[Brief], numbers: tuple[int, ...]) -> set[frozenset[str]]:
    """Return the groups of slugs that share a number."""
    groups: dict[int, set[str]] = {}
    for brief, number in zip(briefs, numbers, strict=True):
        groups.setdefault(number, set()).add(brief.slug)
    return {frozenset(g) for g in groups.values()}


def test_articles_of_one_story_share_a_number_and_others_do_not(briefs: list[Brief]) -> None:
    expected = {frozenset(names) for names in STORIES.values()}
    assert partition(briefs, group_stories(briefs)) == expected


def test_story_numbers_follow_first_appearance(briefs: list[Brief]) -> None:
    numbers = group_stories(briefs)
    assert numbers[0] == 0
    assert sorted(set(numbers)) == list(range(len(set(numbers))))
    seen: list[int] = []
    for n in numbers:
        if n not in seen:
            assert n == len(seen)
            seen.append(n)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_grouping_does_not_depend_on_input_order(briefs: list[Brief], seed: int) -> None:
    shuffled = list(briefs)
    random.Random(seed).shuffle(shuffled)
    assert partition(shuffled, group_stories(shuffled)) == partition(briefs, group_stories(briefs))


def test_grouping_repeats(briefs: list[Brief]) -> None:
    assert group_stories(briefs) == group_stories(list(briefs))


def test_empty_single_and_blank_inputs() -> None:
    assert group_stories([]) == ()
    assert group_stories([text_brief("One lone article about a harbour.")]) == (0,)
    blank = [text_brief("the and of", "a"), text_brief("it was", "b")]
    assert group_stories(blank) == (0, 1)


def test_near_duplicate_with_other_furniture_is_found(briefs: list[Brief]) -> None:
    duplicates = find_duplicates(briefs)
    names = [b.slug for b in briefs]
    wire, copy = names.index("port_strike_wire"), names.index("port_strike_wire_copy")
    assert duplicates[copy] == wire
    assert [i for i, d in enumerate(duplicates) if d is not None] == [copy]


def test_duplicate_points_to_the_earliest_copy(briefs: list[Brief]) -> None:
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    deal = next(b for b in briefs if b.slug == "port_strike_deal")
    again = replace(wire, slug="again")
    assert find_duplicates([deal, again, wire, again]) == (None, None, 1, 1)


def test_follow_up_on_the_same_story_is_not_a_duplicate(briefs: list[Brief]) -> None:
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    deal = next(b for b in briefs if b.slug == "port_strike_deal")
    assert find_duplicates([wire, deal]) == (None, None)


def test_short_excerpt_of_a_longer_article_is_not_a_duplicate(briefs: list[Brief]) -> None:
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    first = wire.article.paragraphs[0].text
    assert find_duplicates([wire, text_brief(first.split(".")[0] + ".")]) == (None, None)


def test_baseline_groups_the_fixture_stories(briefs: list[Brief]) -> None:
    numbers = baseline_stories([b.article.text for b in briefs])
    assert len(numbers) == len(briefs)
    groups = partition(briefs, numbers)
    assert frozenset(STORIES["pasta"]) in groups
