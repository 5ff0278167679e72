"""Copies: every pair of texts that share most word triples, found the same cold or warm."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from hypothesis import given
from hypothesis import strategies as st
from test_stories import briefs, text_brief  # noqa: F401 (briefs is a fixture)

from digest.group.copies import (
    _dense_sets,
    copy_candidates,
    find_copies,
    find_duplicates,
    fingerprints,
    is_near_copy,
    join,
    required_overlap,
    root_of,
)
from digest.model import Brief


def test_near_duplicate_with_other_furniture_is_found(briefs: list[Brief]) -> None:  # noqa: F811
    duplicates = find_duplicates(briefs)
    names = [b.slug for b in briefs]
    wire, copy = names.index("port_strike_wire"), names.index("port_strike_wire_copy")
    assert duplicates[copy] == wire
    assert [i for i, d in enumerate(duplicates) if d is not None] == [copy]


def test_duplicate_points_to_the_earliest_copy(briefs: list[Brief]) -> None:  # noqa: F811
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    deal = next(b for b in briefs if b.slug == "port_strike_deal")
    again = replace(wire, slug="again")
    assert find_duplicates([deal, again, wire, again]) == (None, None, 1, 1)


def test_follow_up_on_the_same_story_is_not_a_duplicate(briefs: list[Brief]) -> None:  # noqa: F811
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    deal = next(b for b in briefs if b.slug == "port_strike_deal")
    assert find_duplicates([wire, deal]) == (None, None)


def test_short_excerpt_of_a_longer_article_is_not_a_duplicate(
    briefs: list[Brief],  # noqa: F811
) -> None:
    wire = next(b for b in briefs if b.slug == "port_strike_wire")
    first = wire.article.paragraphs[0].text
    assert find_duplicates([wire, text_brief(first.split(".")[0] + ".")]) == (None, None)


def test_texts_of_fewer_than_three_words_are_nobody_s_copy() -> None:
    assert find_copies(["Port strike", "Port strike", ""]).copy_of == (None, None, None)


WORD = st.sampled_from("Port port strike union pay talks said the ships Mombasa".split())
TEXT = st.lists(WORD, max_size=30).map(" ".join)


@st.composite
def texts_with_copies(draw: st.DrawFn) -> list[str]:
    """Texts, some of them edited copies of others: cut at either end, words added."""
    texts = draw(st.lists(TEXT, min_size=1, max_size=4))
    for _ in range(draw(st.integers(0, 5))):
        words = draw(st.sampled_from(texts)).split()
        cut = draw(st.integers(0, 3)), draw(st.integers(0, 3))
        texts.append(
            " ".join([*words[cut[0] : len(words) - cut[1]], *draw(st.lists(WORD, max_size=4))])
        )
    return texts


def string_triples(text: str) -> set[tuple[str, ...]]:
    words = text.lower().split()
    return set(zip(words, words[1:], words[2:], strict=False))


def copies_by_brute_force(texts: list[str]) -> tuple[int | None, ...]:
    """Return the earliest copy of each text, comparing every pair's triples as strings."""
    triples = [string_triples(t) for t in texts]
    parent = list(range(len(texts)))
    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            shorter, longer = sorted((triples[i], triples[j]), key=len)
            half = len(shorter) * 2 >= len(longer)
            if shorter and half and len(shorter & longer) >= required_overlap(len(shorter)):
                join(parent, i, j)
    roots = [root_of(parent, i) for i in range(len(texts))]
    return tuple(None if root == i else root for i, root in enumerate(roots))


@given(texts_with_copies())
def test_fingerprints_count_shared_triples_exactly(texts: list[str]) -> None:
    prints = fingerprints(texts)
    for i in range(len(texts)):
        assert len(prints[i]) == len(string_triples(texts[i]))
        for j in range(len(texts)):
            shared = string_triples(texts[i]) & string_triples(texts[j])
            assert len(np.intersect1d(prints[i], prints[j])) == len(shared)


@given(texts_with_copies())
def test_every_near_copy_pair_is_a_candidate(texts: list[str]) -> None:
    triples = _dense_sets(fingerprints(texts))
    copies = {
        (i, j)
        for i in range(len(texts))
        for j in range(i + 1, len(texts))
        if is_near_copy(triples[i], triples[j])
    }
    assert copies <= set(copy_candidates(triples))


@given(texts_with_copies())
def test_copies_are_the_pairs_a_comparison_of_every_pair_finds(texts: list[str]) -> None:
    assert find_copies(texts).copy_of == copies_by_brute_force(texts)


@given(texts_with_copies(), texts_with_copies(), st.data())
def test_a_rebuild_from_the_last_index_finds_what_a_cold_build_finds(
    before: list[str], added: list[str], data: st.DataObject
) -> None:
    # Some texts stay, some go, some are new (edited ones too), in any order.
    kept = data.draw(st.lists(st.sampled_from(before), max_size=len(before)))
    after = data.draw(st.permutations([*kept, *added]))
    last = find_copies(before, version="1").index
    warm = find_copies(after, last, version="1")
    cold = find_copies(after, version="1")
    assert warm.copy_of == cold.copy_of == copies_by_brute_force(list(after))
    assert warm.index.pairs == cold.index.pairs
    assert warm.index.prints.keys() == cold.index.prints.keys()


def test_an_index_is_trusted_only_by_the_code_version_that_made_it() -> None:
    texts = ["the port strike ended on monday", "the port strike ended on monday night"]
    # An index that knows both texts and says they are not copies.
    wrong = replace(find_copies(texts, version="old").index, pairs=frozenset())
    assert find_copies(texts, wrong, version="old").copy_of == (None, None)  # reused
    assert find_copies(texts, wrong, version="new").copy_of == (None, 0)
