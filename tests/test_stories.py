"""Story clustering on small hand-written fixture articles."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp  # type: ignore[import-untyped]
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from digest import stories
from digest.model import Article, Brief, Paragraph, Seed
from digest.parse import parse_seed
from digest.stories import (
    LEAD_WORDS,
    STORY_THRESHOLD,
    StoryWords,
    WordCounts,
    average_link,
    baseline_stories,
    count_words,
    group_stories,
    merge_by_centroid,
    normalised_rows,
    story_text,
    story_vectors,
)

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


def test_baseline_groups_the_fixture_stories(briefs: list[Brief]) -> None:
    numbers = baseline_stories([b.article.text for b in briefs])
    assert len(numbers) == len(briefs)
    groups = partition(briefs, numbers)
    assert frozenset(STORIES["pasta"]) in groups


def dated(brief: Brief, day: dt.date) -> Brief:
    """Return the brief with its article dated `day`."""
    return replace(brief, article=replace(brief.article, date=day))


def test_same_subject_years_apart_is_two_stories(briefs: list[Brief]) -> None:
    port = [b for b in briefs if b.slug.startswith("port_strike")]
    early, late = dt.date(2021, 3, 1), dt.date(2024, 3, 1)
    split = [dated(b, early if i % 2 else late) for i, b in enumerate(port)]
    numbers = group_stories(split)
    assert len(set(numbers)) == 2
    assert numbers[1] == numbers[3] and numbers[0] == numbers[2]


def test_dates_days_apart_or_missing_do_not_split_a_story(briefs: list[Brief]) -> None:
    port = [b for b in briefs if b.slug.startswith("port_strike")]
    days = [dt.date(2024, 3, 1), dt.date(2024, 3, 4), None, dt.date(2024, 3, 9)]
    mixed = [b if day is None else dated(b, day) for b, day in zip(port, days, strict=True)]
    assert len(set(group_stories(mixed))) == 1


def spread_rows(groups: int, size: int, *, shared: float) -> sp.csr_matrix:
    """Return unit rows: one word of their own each, plus `shared` weight on a common word."""
    count = groups * size
    own = sp.identity(count, format="csr") * 3.0
    common = sp.csr_matrix(np.full((count, 1), shared))
    return normalised_rows(sp.csr_matrix(sp.hstack([own, common])))


def test_parts_of_a_broad_story_merge_by_their_centroids() -> None:
    # Each pair is only weakly alike (mean 0.1), but the parts' sums point the same way.
    vectors = spread_rows(2, 10, shared=1.0)
    labels = [0] * 10 + [1] * 10
    assert len(set(merge_by_centroid(vectors, [None] * 20, labels))) == 1


def test_parts_too_unlike_on_average_stay_apart() -> None:
    # Centroids still point the same way, but a mean pair cosine of 0.05 is below the floor.
    vectors = spread_rows(2, 10, shared=0.5**0.5)
    labels = [0] * 10 + [1] * 10
    assert len(set(merge_by_centroid(vectors, [None] * 20, labels))) == 2


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    seed=st.integers(0, 2**32 - 1),
    count=st.integers(2, 60),
    words=st.integers(4, 30),
    dated=st.booleans(),
)
def test_the_table_of_every_pair_and_the_sparse_pairs_group_alike(
    seed: int, count: int, words: int, dated: bool
) -> None:
    # Passes too large for a table keep only the pairs that clear the floor: same groups.
    # (Identical vectors tie exactly, and the two sum in another order and precision, so
    # may break the tie the other way: none here.)
    rng = np.random.default_rng(seed)
    vectors = normalised_rows(sp.random(count, words, density=0.5, random_state=rng, format="csr"))
    assume(len(np.unique(vectors.toarray(), axis=0)) == count)
    days = [int(d) if dated and d % 5 else None for d in rng.integers(700_000, 700_200, count)]
    in_table = average_link(vectors, days, threshold=STORY_THRESHOLD)
    assume(len(set(in_table)) < count)  # some pairs merged: there is something to compare
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(stories, "TABLE_BYTES", 0)
        assert average_link(vectors, days, threshold=STORY_THRESHOLD) == in_table


def test_counts_kept_from_an_earlier_build_give_the_vectors_a_fresh_count_gives() -> None:
    texts = [story_text(fixture_brief(name)) for names in STORIES.values() for name in names]
    earlier = count_words(
        [*texts[1:], "Zebras graze near Quixote Lake, the ranger said."], version="v"
    )
    now = count_words(texts, earlier, version="v")
    fresh = count_words(texts, version="v")
    assert now.vocabulary == fresh.vocabulary and "zebras" not in now.vocabulary
    assert (story_vectors(texts, now) != story_vectors(texts, fresh)).nnz == 0
    # Counts of other code are not used: a damaged entry under another version is ignored.
    wrong = {k: WordCounts(c.columns, c.counts * 0, c.capitals) for k, c in fresh.texts.items()}
    other = count_words(texts, StoryWords("old", fresh.vocabulary, wrong), version="v")
    assert (story_vectors(texts, other) != story_vectors(texts, fresh)).nnz == 0


def test_word_counts_say_how_often_each_word_is_a_name() -> None:
    counts = count_words(["Reed met Smith. Smith left. The smith's forge stayed, said Reed."])
    (entry,) = counts.texts.values()
    found = {
        counts.vocabulary[c]: (n, capitals)
        for c, n, capitals in zip(entry.columns, entry.counts, entry.capitals, strict=True)
    }
    # "Smith" opens one sentence (no sign of a name) and is written lower case once.
    assert found["smith"] == (3, 1) and found["reed"] == (2, 1) and found["forge"] == (1, 0)
    assert "the" not in found and "said" not in found  # stopwords are not counted


def test_a_story_text_repeats_the_lead_its_first_words_counted_twice() -> None:
    words = [f"w{i}" for i in range(200)]
    long_text = story_text(text_brief(" ".join(words[:100]) + "\n\n" + " ".join(words[100:])))
    assert long_text.endswith("\n" + " ".join(words[:LEAD_WORDS]))
    short = text_brief("Ten   cranes\n\narrived.")
    assert story_text(short) == f"{short.article.text}\nTen cranes arrived."
