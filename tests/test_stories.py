"""Story grouping: events, not themes, on hand-written fixture articles and built vectors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib.util
import random
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
import scipy.sparse as sp  # type: ignore[import-untyped]
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.cluster.hierarchy import fcluster, linkage  # type: ignore[import-untyped]
from scipy.spatial.distance import squareform  # type: ignore[import-untyped]

from digest.group import story_graph
from digest.group.stories import (
    LEAD_WORDS,
    LINK_THRESHOLD,
    OWN_SHARE,
    PAIR_CLOSE,
    PAIR_COSINE,
    SHARED_TERMS,
    SMALL_COSINE,
    SMALL_REST,
    SMALL_SIZE,
    STRAY_DAYS,
    beyond_shared_terms,
    centrality,
    day_array,
    dense_rows,
    group_stories,
    joined_fragments,
    linked_groups,
    own_share,
    parted_by_leads,
    parted_late,
    parted_loose,
    parted_pairs,
    reported_on,
    story_text,
    word_holders,
)
from digest.group.story_dates import stated_date
from digest.group.story_graph import STORY_DAYS, normalised_rows, story_vectors
from digest.group.story_leads import (
    LEAD_PAIR_SETS,
    LEAD_WORD_SETS,
    Lead,
    StoredLeads,
    figures_in,
    joined_names,
    lead_key,
    lead_parts,
    leads_from_arrays,
    leads_to_arrays,
    opponents_in,
    other_occasion,
    periods_in,
    read_lead,
    read_leads,
    spelled_out,
    told_apart,
)
from digest.group.story_words import StoryWords, WordCounts, count_words
from digest.model import Article, Brief, Paragraph, Seed
from digest.parse import parse_seed

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
    # Two earthquakes on one day: one kind of event, two stories.
    "andes quake": ["quake_andes_wire", "quake_andes_mines", "quake_andes_aftershocks"],
    "anatolia quake": ["quake_anatolia_wire", "quake_anatolia_rescue", "quake_anatolia_tents"],
    # A follow-up the next day: the singer leaves one clinic for another. Its reports name
    # new places and people (less alike than parts of one event need to be), and their
    # dates, two of them stated only by a stamp line, say it is the same story.
    "rehab": [
        "rehab_checkin_wire",
        "rehab_checkin_court",
        "rehab_checkin_profile",
        "rehab_switch_wire",
        "rehab_switch_attorney",
        "rehab_switch_tabloid",
    ],
    # One source on one manager (undated, as the BBC's are): a cup defeat, a new contract
    # and a goalkeeper he will not buy share his name, first name and club and little else:
    # three stories, though each is the others' nearest neighbour.
    "manager defeat": ["manager_defeat"],
    "manager contract": ["manager_contract"],
    "manager goalkeeper": ["manager_goalkeeper"],
    # Another manager's tunnel row, the charge, the fine and the appeal: its follow-ups
    # share the referee, the ban and the fine beyond the names, so they stay one story.
    "tunnel row": ["tunnel_row_charge", "tunnel_row_fine", "tunnel_row_appeal"],
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


def test_articles_of_one_event_share_a_number_and_others_do_not(briefs: list[Brief]) -> None:
    expected = {frozenset(names) for names in STORIES.values()}
    assert partition(briefs, group_stories(briefs)) == expected


def test_story_numbers_follow_first_appearance(briefs: list[Brief]) -> None:
    numbers = group_stories(briefs)
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


def test_empty_single_and_blank_inputs() -> None:
    assert group_stories([]) == ()
    assert group_stories([text_brief("One lone article about a harbour.")]) == (0,)
    blank = [text_brief("the and of", "a"), text_brief("it was", "b")]
    assert group_stories(blank) == (0, 1)


def test_baseline_groups_the_fixture_stories(briefs: list[Brief]) -> None:
    # The baseline lives with the benchmarks that compare digest against it.
    path = Path(__file__).parents[1] / "bench" / "story_baseline.py"
    spec = importlib.util.spec_from_file_location("story_baseline", path)
    assert spec is not None and spec.loader is not None
    baseline = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(baseline)
    numbers = baseline.baseline_stories([b.article.text for b in briefs])
    assert len(numbers) == len(briefs)
    assert frozenset(STORIES["pasta"]) in partition(briefs, numbers)


def dated(brief: Brief, day: dt.date | None) -> Brief:
    """Return the brief with its article dated `day` (None: undated)."""
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
    mixed = [dated(b, day) for b, day in zip(port, days, strict=True)]
    assert len(set(group_stories(mixed))) == 1


def test_a_follow_up_reported_the_next_day_joins_its_story_and_months_later_does_not(
    briefs: list[Brief],
) -> None:
    def rehab_stories(changed: list[Brief]) -> set[frozenset[str]]:
        groups = partition(changed, group_stories(changed))
        return {g for g in groups if any(slug.startswith("rehab") for slug in g)}

    checkin = frozenset(s for s in STORIES["rehab"] if "checkin" in s)
    switch = frozenset(s for s in STORIES["rehab"] if "switch" in s)
    assert rehab_stories(briefs) == {checkin | switch}
    # The same texts, the switch reported three months on: another event, another story.
    later = [dated(b, dt.date(2024, 7, 12)) if b.slug in switch else b for b in briefs]
    assert rehab_stories(later) == {checkin, switch}
    # Undated and without their stamp lines, nothing says they were reported together.
    undated = [
        unstamped(b) if b.slug in switch else dated(b, None) if b.slug in checkin else b
        for b in briefs
    ]
    assert rehab_stories(undated) == {checkin, switch}


def unstamped(brief: Brief) -> Brief:
    """Return the brief without its stamp line (the paragraph that is only a date)."""
    paragraphs = tuple(p for p in brief.article.paragraphs if stated_date("", p.text) is None)
    return replace(brief, article=replace(brief.article, paragraphs=paragraphs))


def test_an_undated_brief_is_reported_on_the_day_its_stamp_line_states(
    briefs: list[Brief],
) -> None:
    days = {b.slug: reported_on(b) for b in briefs if b.slug.startswith("rehab_switch")}
    assert days == {
        "rehab_switch_wire": dt.date(2024, 4, 12),  # "Published: April 12, 2024 9:10 AM"
        "rehab_switch_attorney": dt.date(2024, 4, 12),  # "Updated 04/12/2024 11:45 AM"
        "rehab_switch_tabloid": dt.date(2024, 4, 13),  # "April 13, 2024"
    }


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        ("Lohan checks in", "Published: August 7, 2012\nShe did.", dt.date(2012, 8, 7)),
        ("", "Posted 11 / 27 / 2005 7: 21 AM\nA quake hit.", dt.date(2005, 11, 27)),
        ("", "27/09/2013 - Turkmenistan to hold elections", dt.date(2013, 9, 27)),
        ("", "11 / 28 / 05\nAftershocks jolt the island", dt.date(2005, 11, 28)),
        ("", "Tuesday 28 April 2009 22.34 BST\nThe rule is gone.", dt.date(2009, 4, 28)),
        ("", "2013 - 09 - 26\nFor the first time", dt.date(2013, 9, 26)),
        ("", "Sun., Aug. 4, 2013 11: 29 AM PDT\nMeet him.", dt.date(2013, 8, 4)),
        ("Last Updated: Monday, 28 November 2005, 02: 24 GMT", "Ten dead", dt.date(2005, 11, 28)),
    ],
)
def test_a_stamp_line_near_the_top_states_the_date(
    title: str, text: str, expected: dt.date
) -> None:
    assert stated_date(title, text) == expected


@pytest.mark.parametrize(
    ("title", "text"),
    [
        # What the article reports, inside a sentence: not when it was published.
        ("", "Parliamentary elections which are planned for December 15, 2013, will be held."),
        ("", "First line.\nSecond line.\nThird line.\nPublished: August 7, 2012"),  # too far
        ("", "Posted February 30, 2012\nNo such day."),
        ("", "The score was 3-1 and 12 / 2 at the break."),
    ],
)
def test_no_date_is_read_from_a_sentence_a_late_line_or_an_impossible_day(
    title: str, text: str
) -> None:
    assert stated_date(title, text) is None


def test_a_story_of_two_briefs_needs_them_alike_a_larger_story_is_kept() -> None:
    # Rows on axis 0 share a word with a pair's first row at the given cosine.
    def rows(*cosines: float) -> sp.csr_matrix:
        return sp.csr_matrix([[1.0, 0.0, 0.0]] + [[c, (1 - c * c) ** 0.5, 0.0] for c in cosines])

    # The rows share one word: above `PAIR_CLOSE` a pair needs nothing beyond it.
    below, above = PAIR_COSINE - 0.05, PAIR_CLOSE + 0.05
    assert len(set(parted_pairs(rows(below), [0, 0]))) == 2
    assert len(set(parted_pairs(rows(above), [0, 0]))) == 1
    # Three briefs: held by more than one link, so never parted here.
    assert len(set(parted_pairs(rows(below, below), [0, 0, 0]))) == 1
    # Other stories keep their numbers; the parted brief gets one no other brief has.
    labels = parted_pairs(rows(below, above, above), [4, 4, 7, 7])
    assert labels[2] == labels[3] == 7 and labels[0] != labels[1] and 7 not in labels[:2]


def subject_rows(*events: float, own: float = 4.0) -> sp.csr_matrix:
    """Return unit rows, one per value: each holds `SHARED_TERMS` subject words of weight 3
    ("Arsene", "Wenger", "Arsenal"), an event word of the given weight (what happened) and
    a word of its own of weight `own` (the rest of its text)."""
    size = len(events)
    words = (own * np.eye(size)).tolist()
    return normalised_rows(
        sp.csr_matrix([[3.0] * SHARED_TERMS + [e] + words[k] for k, e in enumerate(events)])
    )


def test_a_small_story_alike_only_by_its_subject_is_parted_and_one_event_is_kept() -> None:
    subject = subject_rows(0, 0, 0, 0)  # one club's news: its names and nothing else
    event = subject_rows(3, 3, 3, 3)  # one event: the names and what happened
    for rows in (subject, event):  # both alike enough as a whole
        assert rows[0].multiply(rows[1]).sum() > SMALL_COSINE
    # Beyond the subject's words, only the event's reports are alike.
    assert (
        beyond_shared_terms(subject.toarray())[0, 1]
        < SMALL_REST
        < beyond_shared_terms(event.toarray())[0, 1]
    )
    assert len(set(parted_loose(subject, [0] * 4))) == 4
    assert len(set(parted_loose(event, [0] * 4))) == 1
    # Three briefs that share one word and little else: loose as a whole, parted.
    loose = normalised_rows(sp.csr_matrix([[1.0, 2, 0, 0], [1, 0, 2, 0], [1, 0, 0, 2]]))
    assert loose[0].multiply(loose[1]).sum() < SMALL_COSINE
    assert len(set(parted_loose(loose, [0] * 3))) == 3
    # Briefs as alike as a pair must be to stand (a trial's days: the case's names fill
    # them) are one story, however little they share beyond those names.
    trial = subject_rows(0, 0, 0, own=1.0)
    assert trial[0].multiply(trial[1]).sum() >= PAIR_COSINE
    assert beyond_shared_terms(trial.toarray())[0, 1] < SMALL_REST
    assert len(set(parted_loose(trial, [0] * 3))) == 1
    # A larger story (an event's many sources) is left to the passes before.
    large = [0.0] * (SMALL_SIZE + 1)
    assert len(set(parted_loose(subject_rows(*large), [0] * len(large)))) == 1


def test_two_events_on_one_subject_stay_apart_as_a_pair_and_two_reports_of_one_do_not() -> None:
    # A pair alike enough by cosine: the subject's names, or the names and what happened.
    subject, event = subject_rows(0, 0, own=3.0), subject_rows(3, 3, own=3.5)
    for rows in (subject, event):
        assert PAIR_COSINE <= rows[0].multiply(rows[1]).sum() < PAIR_CLOSE
    assert len(set(parted_pairs(subject, [0, 0]))) == 2
    assert len(set(parted_pairs(event, [0, 0]))) == 1
    # Near copies share every word: they stand whatever their rest.
    copies = subject_rows(0, 0, own=1.0)
    assert copies[0].multiply(copies[1]).sum() >= PAIR_CLOSE
    assert len(set(parted_pairs(copies, [0, 0]))) == 1


def test_an_oil_find_and_a_spill_at_one_field_are_two_stories() -> None:
    # One firm, one field, two events: its find, and a fine over a leak there.
    briefs = [fixture_brief(name) for names in STORIES.values() for name in names]
    find, fine = fixture_brief("kestrel_oil_find"), fixture_brief("kestrel_oil_fine")
    numbers = group_stories([*briefs, find, fine])
    assert numbers[-1] != numbers[-2]
    assert partition(briefs, numbers[:-2]) == {frozenset(s) for s in STORIES.values()}


def test_a_loose_small_story_keeps_the_briefs_that_agree() -> None:
    # Two reports of one event and a brief alike to them only by its subject: the two stay
    # together with their number, the third gets one no other brief has.
    labels = parted_loose(subject_rows(3, 3, 0), [5, 5, 5])
    assert labels[0] == labels[1] == 5 and labels[2] != 5
    # Other stories keep their numbers.
    labels = parted_loose(
        sp.vstack([subject_rows(3, 3, 0), subject_rows(3, 3, 3)]), [5] * 3 + [7] * 3
    )
    assert labels[3:] == [7, 7, 7] and labels[2] not in (5, 7)


def named_rows(names: int, size: int, elsewhere: int, own: float) -> sp.csr_matrix:
    """Return unit rows: `size` briefs on a subject sharing `names` words that `elsewhere`
    briefs on its other news hold too, `size` reports of an event sharing as many words
    found in them alone, then the `elsewhere` briefs; each also holds a word of its own,
    of weight `own` against a shared word's 1."""
    count = 2 * size + elsewhere
    dense = np.zeros((count, 2 * names + count))
    for row in range(count):
        first = names if size <= row < 2 * size else 0  # the event's words, the subject's
        dense[row, first : first + names] = 1.0
        dense[row, 2 * names + row] = own
    return normalised_rows(sp.csr_matrix(dense))


def test_a_large_story_alike_by_names_found_all_over_is_parted_and_an_event_is_kept() -> None:
    # Nine campaign days share the party's three names, which thirty briefs on its other
    # news hold too; nine reports of an event share three names of its own. Both are as
    # loose: beyond the three names, nothing is shared.
    size, elsewhere = SMALL_SIZE + 1, 30
    rows = named_rows(3, size, elsewhere, own=1.7)
    held = np.bincount(rows.indices, minlength=rows.shape[1])
    campaign, event = rows[:size], rows[size : 2 * size]
    assert own_share(campaign.toarray(), held) < OWN_SHARE <= own_share(event.toarray(), held)
    assert campaign[0].multiply(campaign[1]).sum() == pytest.approx(
        event[0].multiply(event[1]).sum()
    )
    labels = parted_loose(rows, [0] * size + [1] * size + list(range(2, 2 + elsewhere)))
    assert len(set(labels[:size])) == size  # each campaign day a story of its own
    assert set(labels[size : 2 * size]) == {1}  # the event's reports stay one story


def test_names_in_the_news_months_before_do_not_make_an_event_a_subject() -> None:
    # The nine campaign days above, undated, are parted; when the thirty briefs holding
    # their names were reported months before, the names are the nine's own in their days
    # and the story is left as an event's many sources are.
    size, elsewhere = SMALL_SIZE + 1, 30
    rows = named_rows(3, size, elsewhere, own=1.7)
    labels = [0] * size + [1] * size + list(range(2, 2 + elsewhere))
    assert len(set(parted_loose(rows, labels)[:size])) == size
    today, earlier = 738_000.0, 738_000.0 - 6 * STORY_DAYS
    days = np.array([today] * (2 * size) + [earlier] * elsewhere)
    assert set(parted_loose(rows, labels, days)[:size]) == {0}


@settings(max_examples=30, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), undated=st.floats(0.0, 1.0))
def test_word_holders_count_the_briefs_of_a_story_s_days_and_the_undated(
    seed: int, undated: float
) -> None:
    rng = np.random.default_rng(seed)
    vectors = sp.random(40, 25, density=0.2, random_state=rng, format="csr")
    days = rng.integers(738_000, 738_200, 40).astype(np.float64)
    days[rng.random(40) < undated] = np.nan
    rows = sorted(rng.choice(40, 4, replace=False).tolist())
    near = days[rows][~np.isnan(days[rows])]
    counted = np.ones(40, dtype=bool)
    if len(near):
        window = (days >= near.min() - STORY_DAYS) & (days <= near.max() + STORY_DAYS)
        counted = np.isnan(days) | window
    expected = np.asarray((vectors[counted] != 0).sum(axis=0)).ravel()
    used = np.unique(vectors[rows].indices).astype(np.int64)
    assert word_holders(vectors, days)(rows, used).tolist() == expected[used].tolist()


@settings(max_examples=30, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), picked=st.integers(1, 6))
def test_dense_rows_hold_the_story_s_rows_over_the_columns_they_use(seed: int, picked: int) -> None:
    rng = np.random.default_rng(seed)
    vectors = sp.random(20, 30, density=0.15, random_state=rng, format="csr")
    rows = rng.choice(20, picked, replace=False).tolist()
    dense, columns = dense_rows(vectors, rows)
    whole = vectors[rows].toarray()
    assert columns.tolist() == sorted(set(np.flatnonzero(whole.any(axis=0)).tolist()))
    assert np.array_equal(dense, whole[:, columns])


# ---------------------------------------------------------------- the passes on built data


def link_pairs(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return the nonzero upper-triangle entries of a symmetric matrix as (values, i, j)."""
    left, right = np.nonzero(np.triu(matrix, 1))
    return matrix[left, right], left.astype(np.int64), right.astype(np.int64)


@settings(max_examples=40, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(2, 40), density=st.floats(0.05, 0.6))
def test_pass_one_is_average_link_with_missing_links_counted_zero(
    seed: int, count: int, density: float
) -> None:
    rng = np.random.default_rng(seed)
    weights = np.triu(rng.random((count, count)) * (rng.random((count, count)) < density), 1)
    weights = weights + weights.T
    ours = linked_groups(count, link_pairs(weights), day_array([None] * count))
    distances = 1 - weights
    np.fill_diagonal(distances, 0)
    tree = linkage(squareform(distances, checks=False), method="average")
    # scipy merges while the mean distance is at most 1 - threshold; ties are improbable.
    theirs = fcluster(tree, t=1 - LINK_THRESHOLD, criterion="distance")
    assert same_partition(ours, theirs.tolist())


def same_partition(a: list[int], b: list[int]) -> bool:
    """Return whether two labelings group the rows alike."""
    return len(set(a)) == len(set(b)) == len(set(zip(a, b, strict=True)))


def test_a_link_between_briefs_dated_far_apart_is_weakened() -> None:
    links = (np.array([0.5]), np.array([0]), np.array([1]))
    near = day_array([700_000, 700_003])
    far = day_array([700_000, 700_400])
    assert linked_groups(2, links, near) == [0, 0]
    assert len(set(linked_groups(2, links, far))) == 2


def tight_groups(sizes: list[int], shared: float) -> sp.csr_matrix:
    """Return unit rows: each group's rows share a word of the group (weight 3) and differ
    by a word of their own (weight 1); all rows share one common word at `shared`."""
    rows, columns, values = [], [], []
    count = sum(sizes)
    row = 0
    for group, size in enumerate(sizes):
        for _ in range(size):
            rows += [row, row, row]
            columns += [group, len(sizes) + row, len(sizes) + count]
            values += [3.0, 1.0, shared]
            row += 1
    shape = (count, len(sizes) + count + 1)
    return normalised_rows(sp.csr_matrix((values, (rows, columns)), shape=shape))


def test_parts_as_alike_across_as_within_join_and_two_tight_events_do_not() -> None:
    # Two parts of one event: identical make-up, so across is as alike as within.
    halves = tight_groups([3, 3], shared=0.0)
    halves = sp.csr_matrix(sp.vstack([halves[:3], halves[:3]]))
    halves = normalised_rows(halves + sp.csr_matrix(np.eye(6, halves.shape[1], 20) * 0.3))
    close = link_pairs(
        np.triu((halves @ halves.T).toarray(), 1) * ((halves @ halves.T).toarray() >= 0.3)
    )
    assert len(set(joined_fragments(halves, close, day_array([None] * 6), [0, 0, 0, 1, 1, 1]))) == 1
    # Two events that share vocabulary (the common word), each tighter than their likeness.
    events = tight_groups([3, 3], shared=2.5)
    dots = (events @ events.T).toarray()
    close = link_pairs(dots * (dots >= 0.3))
    assert len(set(joined_fragments(events, close, day_array([None] * 6), [0, 0, 0, 1, 1, 1]))) == 2


def test_parts_whose_leads_name_the_same_people_join_when_a_little_looser() -> None:
    # Two groups 0.7 as alike across as within (cross 21/31 of within 30/31): below the
    # ratio parts of an event need, above the one for parts whose leads say the same.
    groups = tight_groups([3, 3], shared=21**0.5)
    dots = (groups @ groups.T).toarray()
    close = link_pairs(np.triu(dots, 1) * (dots >= 0.3))
    undated, labels = day_array([None] * 6), [0, 0, 0, 1, 1, 1]

    def leads(*names: set[str]) -> list[Lead]:
        return [Lead(False, frozenset(n), frozenset(n)) for n in names for _ in range(3)]

    # A player's season ended, told by two sets of sources: the same people lead both.
    bush = leads({"reggie", "bush", "saint"}, {"reggie", "bush", "saint"})
    assert len(set(joined_fragments(groups, close, undated, labels, bush))) == 1
    # Two clubs' offers to one player: a name in common, a club of each their own.
    offers = leads({"teixeira", "angel"}, {"teixeira", "red", "sox"})
    assert len(set(joined_fragments(groups, close, undated, labels, offers))) == 2
    assert len(set(joined_fragments(groups, close, undated, labels))) == 2


def test_shared_neighbours_keep_two_alike_events_apart() -> None:
    # Reports of two events of one kind: every pair is alike (the common word), but each
    # report's nearest neighbours are its own event's.
    vectors = tight_groups([6, 6], shared=2.0)
    graph = story_graph.story_graph(story_graph.StorySpace(vectors, vectors))
    dots = (vectors @ vectors.T).toarray()
    across = dots[0, 6]
    assert across >= story_graph.LINK_FLOOR  # alike enough to be compared at all
    labels = linked_groups(12, graph.links, day_array([None] * 12))
    assert len(set(labels[:6])) == 1 and len(set(labels[6:])) == 1 and labels[0] != labels[6]


def test_a_name_counts_more_when_the_briefs_naming_it_are_alike() -> None:
    # "Ostrava" is named in three reports of one fire; "Novak", a minister, in three
    # unrelated briefs. Both are names found in three briefs.
    fire = "A fire at the Kovo warehouse in Ostrava burned for hours, firefighters said."
    texts = [
        fire + " Smoke closed the ring road.",
        fire + " Crews stayed overnight at the warehouse.",
        fire + " Police are investigating the warehouse fire.",
        "The new school in Brno was opened by Minister Novak, who praised its teachers.",
        "Farmers protested grain prices outside parliament, and Novak declined to comment.",
        "A chess festival began in Plzen with Novak handing out the first prizes.",
    ]
    words = count_words(texts)
    boosts = story_graph.name_boosts(*story_graph.count_matrix(texts, words))
    column = {word: i for i, word in enumerate(words.vocabulary)}
    assert boosts[column["ostrava"]] > boosts[column["novak"]] >= 1.0
    assert boosts[column["warehouse"]] == 1.0  # not a name


# ---------------------------------------------------------------- word counts


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


def test_leads_kept_from_an_earlier_build_are_the_leads_a_fresh_read_gives() -> None:
    articles = {
        lead_key(a): a
        for a in (fixture_brief(n).article for names in STORIES.values() for n in names)
    }
    earlier = read_leads(articles, version="v")
    kept = leads_from_arrays(leads_to_arrays(earlier))
    assert kept is not None and kept.version == "v"
    assert kept.leads == {k: read_lead(a) for k, a in articles.items()}
    # Leads of other code are not used: a wrong lead under another version is read again.
    wrong = StoredLeads("old", dict.fromkeys(articles, Lead(False, frozenset(), frozenset())))
    assert read_leads(articles, wrong, version="v") == earlier
    damaged = {**leads_to_arrays(earlier), "sizes": np.array([1, 2])}
    assert leads_from_arrays(damaged) is None and leads_from_arrays({}) is None


def test_every_part_of_a_lead_is_kept_between_builds() -> None:
    stored = {f.name for f in dataclasses.fields(Lead)} - {"headed"}
    assert stored == {*LEAD_WORD_SETS, *LEAD_PAIR_SETS}  # a new part needs storing too
    lead = Lead(
        True, frozenset({"oscar"}), frozenset({"oscar", "night"}), frozenset({"bbc"}),
        frozenset({"bc"}), frozenset({"oscar"}), frozenset({("month", "january")}),
    )  # fmt: skip
    kept = leads_from_arrays(leads_to_arrays(StoredLeads("v", {"k": lead})))
    assert kept is not None and kept.leads == {"k": lead}


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


@settings(max_examples=30, deadline=None, derandomize=True)
@given(seed=st.integers(0, 2**32 - 1), count=st.integers(1, 1200), undated=st.floats(0, 1))
def test_similar_pairs_are_every_pair_that_clears_the_floor_within_the_time_window(
    seed: int, count: int, undated: float
) -> None:
    rng = np.random.default_rng(seed)
    vectors = normalised_rows(sp.random(count, 30, density=0.1, random_state=rng, format="csr"))
    days = rng.integers(0, 400, count).astype(np.float64)
    days[rng.random(count) < undated] = np.nan
    found = story_graph.similar_pairs(vectors, 0.3, days)
    dots = (vectors @ vectors.T).toarray()
    gaps = np.abs(days[:, None] - days[None, :])
    wanted = np.triu((dots >= 0.3) & ~(gaps > story_graph.STORY_DAYS), 1)
    assert sorted(zip(found[1].tolist(), found[2].tolist(), strict=True)) == sorted(
        zip(*map(np.ndarray.tolist, np.nonzero(wanted)), strict=True)
    )
    assert np.allclose(found[0], dots[found[1], found[2]])


def lead_partition(names: list[str], labels: list[int]) -> set[frozenset[str]]:
    """Return the groups of fixture names that share a story after the lead pass."""
    leads = [read_lead(fixture_brief(name).article) for name in names]
    groups: dict[int, set[str]] = {}
    for name, label in zip(names, parted_by_leads(leads, labels), strict=True):
        groups.setdefault(label, set()).add(name)
    return {frozenset(g) for g in groups.values()}


def test_a_brief_whose_lead_names_nothing_of_its_story_s_own_leaves_it() -> None:
    # Three days of one affair lead with its firm and its unit; a brief on energy talks,
    # which joined them by subject, leads with India and Russia, and Russia leads briefs
    # on everything (the rouble's three, a story of their own here).
    affair = ["tarnova_ruling", "tarnova_auction", "tarnova_suit"]
    elsewhere = ["rouble_rates", "rouble_budget", "rouble_banks"]
    names = [*affair, "energy_pact", *elsewhere]
    assert lead_partition(names, [0, 0, 0, 0, 1, 1, 1]) == {
        frozenset(affair),
        frozenset({"energy_pact"}),
        frozenset(elsewhere),
    }
    # Without the rouble's briefs Russia leads only this story's briefs, so it is the
    # story's own name and the talks stay (the owner sues Russia).
    assert lead_partition([*affair, "energy_pact"], [0, 0, 0, 0]) == {
        frozenset([*affair, "energy_pact"])
    }


def test_the_lead_pass_keeps_every_source_and_follow_up_of_an_event() -> None:
    # Wires, papers and tabloids on one event, and its next-day follow-ups, each lead
    # with the event's place or people.
    events = [names for names in STORIES.values() if len(names) >= 3]
    names = [name for event in events for name in event]
    labels = [k for k, event in enumerate(events) for _ in event]
    assert lead_partition(names, labels) == {frozenset(event) for event in events}


def test_a_lead_opening_on_a_scene_reads_on_to_the_sentence_that_names_the_event() -> None:
    # "They queued from dawn ..." names no one; the next sentence names the firm and its
    # unit, so the shareholders' day stays with the affair.
    affair = ["tarnova_ruling", "tarnova_auction", "tarnova_suit", "tarnova_queue"]
    elsewhere = ["rouble_rates", "rouble_budget", "rouble_banks"]
    assert lead_partition([*affair, *elsewhere], [0, 0, 0, 0, 1, 1, 1]) == {
        frozenset(affair),
        frozenset(elsewhere),
    }


def test_a_lead_naming_a_firm_in_full_links_to_leads_naming_it_by_its_initials() -> None:
    # Two reports lead with "HP", a third with "Hewlett-Packard" and its rival: one deal.
    deal = ["hp_deal_wire", "hp_deal_shares", "hp_deal_rivals"]
    assert lead_partition(deal, [0, 0, 0]) == {frozenset(deal)}
    # A title-case headline capitalises every word: it spells out no short form.
    assert spelled_out("Lohan Checks Into Rehab at Betty Ford Center") == frozenset()
    listing = "Hewlett-Packard said its shares would be listed on the London Stock Exchange."
    assert {"hp", "lse"} <= spelled_out(listing)


def test_two_ceremonies_whose_leads_each_name_their_own_are_two_stories() -> None:
    # One awards season: three reports lead with the Laurels, two with the Griffins, and a
    # film up for both links them. No lead names both ceremonies, and no name but the
    # film's (one Laurel lead gives it) is given by most of each: two events.
    laurels = ["laurel_favourite", "laurel_night", "laurel_result"]
    griffins = ["griffin_hope", "griffin_winners"]
    assert lead_partition([*laurels, *griffins], [0] * 5) == {
        frozenset(laurels),
        frozenset(griffins),
    }
    # Two bidders for one exchange: no lead names both, but most of each lead with the
    # exchange they bid for. One takeover battle.
    bids = [
        "exchange_halden_offer",
        "exchange_halden_talks",
        "exchange_corvo_approach",
        "exchange_corvo_poised",
    ]
    assert lead_partition(bids, [0] * 4) == {frozenset(bids)}


def test_a_story_holding_a_text_without_a_headline_is_left_whole() -> None:
    # A first sentence alone often sets a scene: no evidence, so no parting.
    headless = text_brief(
        "India and Russia are to work together on energy deals worth up to $20bn.", "pact"
    )
    briefs = [fixture_brief(n) for n in ("tarnova_ruling", "tarnova_auction", "tarnova_suit")]
    leads = [read_lead(b.article) for b in (*briefs, headless)]
    rouble = [
        read_lead(fixture_brief(n).article)
        for n in ("rouble_rates", "rouble_budget", "rouble_banks")
    ]
    assert len(set(parted_by_leads([*leads, *rouble], [0, 0, 0, 0, 1, 1, 1]))) == 2


def test_a_look_back_linked_by_its_place_alone_is_not_a_report_of_the_event() -> None:
    # Three days of a doping case lead with its two sprinters; a look back at the Games
    # shares the host city with one report, and names neither sprinter nor anything most
    # of the case's leads give.
    case = ["sprint_ban_suspended", "sprint_ban_hearing", "sprint_ban_cleared"]
    assert lead_partition([*case, "games_review"], [0] * 4) == {
        frozenset(case),
        frozenset({"games_review"}),
    }


def test_two_players_recalled_by_one_side_are_two_stories() -> None:
    # Each headline's player is named again in its first sentence and never in the other
    # lead: two players' news, though both join one side for one Saturday. The side is a
    # country (a shipped alias), so both leads giving it does not make them one story.
    pair = ["squad_return_kerrow", "squad_return_dunmore"]
    kerrow, dunmore = (read_lead(fixture_brief(name).article) for name in pair)
    assert "kerrow" in kerrow.actors and "wale" not in kerrow.actors | dunmore.actors
    assert told_apart(kerrow, dunmore)
    assert lead_partition(pair, [0, 0]) == {frozenset({name}) for name in pair}


def test_a_monthly_figure_of_another_month_is_another_story() -> None:
    # January's jobless total and the reaction to it are one story; February's total is
    # the next month's news, however alike its words.
    january = ["jobless_january", "jobless_january_reaction"]
    assert lead_partition([*january, "jobless_february"], [0, 0, 0]) == {
        frozenset(january),
        frozenset({"jobless_february"}),
    }


def test_a_lead_counting_back_to_last_month_takes_the_month_the_next_sentence_names() -> None:
    # "rose above one million last month" leaves the month to the next sentence ("in
    # March"): March's total is not January's or February's news.
    march = read_lead(fixture_brief("jobless_march_last_month").article)
    assert march.periods == {("month", "march")}
    january = ["jobless_january", "jobless_january_reaction"]
    names = [*january, "jobless_february", "jobless_march_last_month"]
    assert lead_partition(names, [0, 0, 0, 0]) == {
        frozenset(january),
        frozenset({"jobless_february"}),
        frozenset({"jobless_march_last_month"}),
    }
    # A month the first sentence names is the lead's; the next sentence adds none.
    lead = read_lead(
        text_brief("Sales rose in April and last month.\n\nIn June they fell.").article
    )
    assert lead.periods == {("month", "april")}


def test_a_lead_linked_to_two_months_figures_joins_one_of_them() -> None:
    # An outlook naming no month shares the country and the labour office with January's
    # and February's totals; it no longer bridges the two months into one story.
    january = ["jobless_january", "jobless_january_reaction", "jobless_outlook"]
    assert lead_partition([*january, "jobless_february"], [0, 0, 0, 0]) == {
        frozenset(january),
        frozenset({"jobless_february"}),
    }


def test_two_people_s_headlines_or_share_moves_are_no_other_occasion() -> None:
    # A party's poster and its campaign chief's defence of it are one affair; a bidder's
    # shares move another way each day of its bid. Two matches' scores are two matches.
    poster = headed_lead("Oakley defends poster", "Party chief Tom Oakley defended the poster.")
    critic = headed_lead("Brand attacks poster", "Rival leader Ann Brand attacked the poster.")
    assert told_apart(poster, critic) and not other_occasion(poster, critic)
    up = headed_lead("Bidder gains", "Shares in Kelmont rose 3% on the bid.")
    down = headed_lead("Bidder slips", "Shares in Kelmont fell 5% on the bid.")
    assert told_apart(up, down) and not other_occasion(up, down)
    win = headed_lead("Rovers win", "Rovers beat Town 2-1 at Millfield.")
    draw = headed_lead("Rovers draw", "Rovers drew 0-0 with Town at Millfield.")
    assert other_occasion(win, draw)


def test_a_running_tally_is_no_score() -> None:
    # A tie's days each give its tally; only a match's result tells two matches apart.
    assert figures_in("Garcia puts Spain 2-0 up in the final") == frozenset()
    assert figures_in("Spain hold a 2-1 lead") == frozenset()
    assert figures_in("Spain beat Chile 3-1") == {("score", "1-3")}


def test_a_lead_names_periods_counted_by_month_week_quarter_or_round() -> None:
    assert periods_in("Saints face Pompey\ndrawn in the FA Cup fourth round") == {
        ("round", "fourth")
    }
    assert periods_in("Profits rose in the third quarter and in March") == {
        ("quarter", "third"),
        ("month", "march"),
    }
    # A seed is a rank, a day of a summit is the summit's, and "May" opening a line is a verb.
    assert periods_in("Second seed Agassi out\nOn the second day of the forum") == frozenset()
    assert periods_in("May rise again") == frozenset()


def test_a_quake_of_another_magnitude_is_another_story() -> None:
    # Two quakes on one island, read without their dates (as the BBC's come): the first
    # quake's report and its next-day toll give one magnitude, though their tolls differ;
    # the second quake's lead gives another magnitude, however alike its words.
    first = ["isle_quake_first", "isle_quake_first_toll"]
    assert lead_partition([*first, "isle_quake_second"], [0, 0, 0]) == {
        frozenset(first),
        frozenset({"isle_quake_second"}),
    }
    # As a story of two, the second quake and either report of the first are parted.
    assert lead_partition(["isle_quake_first_toll", "isle_quake_second"], [0, 0]) == {
        frozenset({"isle_quake_first_toll"}),
        frozenset({"isle_quake_second"}),
    }


def test_a_lead_gives_figures_as_shares_magnitudes_and_counts() -> None:
    assert figures_in("Shares jumped 6% and 18 per cent") == {("%", "6"), ("%", "18")}
    assert figures_in("A 5.9-magnitude quake, then one of magnitude 6.1") == {
        ("magnitude", "5.9"),
        ("magnitude", "6.1"),
    }
    assert figures_in("Airline orders 43 aircraft and cuts 2,500 jobs") == {
        ("aircraft", "43"),
        ("jobs", "2500"),
    }
    # A maker's or a model's name may come between a count and what it counts.
    assert figures_in("It ordered 30 Airbus A320 aircraft") == {("aircraft", "30")}
    # Sums (sources of one deal give different ones), years, scores, times, ages, spans
    # of time and tolls of the dead (they rise from one report to the next) are not.
    assert figures_in("Offer of $184m, 674 million phones in 2005") == frozenset()
    assert figures_in("Kick-off at 9:30 on 10/12, the 2004-05 season") == frozenset()
    assert figures_in("The 33-year-old spent 12 days in hospital; 50 people died") == frozenset()


def test_a_lead_gives_scores_in_rising_order_but_no_records_or_tie_breaks() -> None:
    # One match's reports give its score either way round; a boxer's record changes with
    # the fight, and a tie-break is part of a set's score.
    assert figures_in("Italy 17-28 Ireland") == {("score", "17-28")}
    assert figures_in("Ireland win 28 - 17 in Rome") == {("score", "17-28")}
    assert figures_in("Roddick won 7-6 (7-3) 6-3") == {("score", "6-7"), ("score", "3-6")}
    assert figures_in("Kessler (52-3, 46 KOs) beat Ruiz (45-7-2)") == frozenset()


def test_two_matches_of_one_side_are_two_stories() -> None:
    # Two leads that each give a score, never the same one, report two matches, however
    # much of the side, its ground and its manager they share.
    win = read_lead(text_brief("Rovers beat Town 2-1 at Millfield on Saturday.").article)
    draw = read_lead(text_brief("Rovers drew 0-0 with City at Millfield.").article)
    again = read_lead(text_brief("Rovers' 1-2 comeback against Town lifts them.").article)
    assert told_apart(win, draw)
    assert not told_apart(win, again)


def test_a_side_s_matches_against_two_opponents_are_two_stories() -> None:
    # A side's report of one match, its team for the next and a later match's report share
    # the side's name, its cup and its players; each names an opponent the others never do.
    matches = ["side_match_first", "side_match_preview", "side_match_second"]
    first, preview, second = (read_lead(fixture_brief(name).article) for name in matches)
    assert first.opponents == {"westholm", "dunmore"} and preview.opponents == {"ashby"}
    assert told_apart(first, preview) and told_apart(preview, first)
    assert lead_partition(matches, [0, 0, 0]) == {frozenset({name}) for name in matches}
    # The reports of one match name both its sides, whichever they put first.
    again = read_lead(text_brief("Kerrow beat Westholm at the Harbour Cup.").article)
    assert not told_apart(again, second)
    # Two leads giving one score report one match, whatever they call its sides.
    short = read_lead(text_brief("Westholm Utd 7-41 Kerrow Town").article)
    full = read_lead(text_brief("Westholm United 7-41 Kerrow Rovers").article)
    assert short.opponents - full.names and full.opponents - short.names
    assert not told_apart(short, full)


def test_the_opponent_is_the_name_after_a_match_word_or_around_a_score() -> None:
    assert opponents_in("Rovers beat Andy Vale's Town 2-1") == {"town"}
    assert opponents_in("Set to face the Lakers, then Rovers v City") == {"laker", "city"}
    assert opponents_in("Ashby 17-28 Kerrow\nTwo late tries") == {"ashby", "kerrow"}
    # A lower-case word after "face" or "against" is no side.
    assert opponents_in("He faces a ban after voting against the plan") == frozenset()


def test_a_year_in_a_lead_is_a_period_unless_it_dates_a_comparison() -> None:
    assert periods_in("Profits for 2004 beat those of 2003") == {
        ("year", "2004"),
        ("year", "2003"),
    }
    # "since 2001" dates what the news is measured against; a span and a date are not years.
    assert periods_in("The best since 2001, in the 2004-05 season, on 10/12/2004") == frozenset()
    assert periods_in("Listen from 1900 GMT, or at 2030 hours") == frozenset()


def test_leads_without_headlines_are_told_apart_by_periods_and_figures() -> None:
    # An opening is no headline, so it has no actors; a year or a figure it gives is as
    # specific as one in a headline.
    old = read_lead(text_brief("The carmaker made 40,000 cars in 2003, its works said.").article)
    new = read_lead(text_brief("The carmaker made 52,000 cars in 2004, its works said.").article)
    assert not old.headed and not new.headed
    assert told_apart(old, new)
    assert not told_apart(old, old)


def headed_lead(title: str, first: str) -> Lead:
    """Return the lead of a made-up article with a headline and a first sentence."""
    return read_lead(Article(source=title, paragraphs=(Paragraph(first),), title=title))


def test_a_name_of_several_words_counts_once_among_the_words_two_leads_share() -> None:
    # A club's win and its captain's talk of the cup share the club and the cup's name:
    # two things, not three words, so the win is its own news and leaves the captain's
    # contract story; the captain's two leads share his name and the rival club.
    win = headed_lead(
        "Ashby through to the next stage",
        "Ashby manager Tom Reed said reaching the Northern Cup knockouts was his proudest night.",
    )
    talk = headed_lead(
        "Marsh doubts Ashby can lift the cup",
        "Dan Marsh has admitted that Ashby have little chance of winning the Northern Cup.",
    )
    contract = headed_lead(
        "Ashby will not sell Marsh",
        "Ashby will never sell Dan Marsh amid reports that Kerrow will bid for him again.",
    )
    rumour = headed_lead(
        "Kerrow ready to bid again for Marsh",
        "Kerrow will renew their bid for Dan Marsh, the Ashby captain, this week.",
    )
    assert "northern cup" in win.joined and "dan marsh" in talk.joined
    assert joined_names("Ashby's Northern Cup run") == {"northern cup"}
    named = Counter(name for lead in (win, talk, contract, rumour) for name in lead.names)
    named.update({"ashby": 10, "northern": 10, "cup": 10})  # they lead news all season
    assert lead_parts([win, talk, contract, rumour], named) == [[0], [1, 2, 3]]


def test_a_chart_s_later_week_is_another_story() -> None:
    # A film topping the chart for a second week is the next week's news; the lead of its
    # opening weekend names no week, and the two are parted however alike their words.
    pair = ["chart_week_opening", "chart_week_second"]
    first, second = (read_lead(fixture_brief(name).article) for name in pair)
    assert ("week", "second") in second.periods
    assert told_apart(first, second) and told_apart(second, first)
    assert lead_partition(pair, [0, 0]) == {frozenset({name}) for name in pair}
    # Two reports that both count the second week are one week's news.
    assert not told_apart(second, second)


def test_a_briefs_centrality_is_its_summed_cosine_with_the_rest_of_its_story() -> None:
    rows = normalised_rows(
        sp.csr_matrix(np.array([[1.0, 1, 0, 0], [1, 1, 0.2, 0], [0, 0.3, 1, 0], [0, 0, 0, 1]]))
    )
    dots = (rows @ rows.T).toarray()
    got = centrality(rows, (0, 0, 0, 1))
    assert got[:3] == pytest.approx(dots[:3, :3].sum(axis=1) - 1, abs=1e-6)
    assert got[3] == 0.0  # alone in its story
    assert min(got[:3]) == got[2]  # the brief least like the others


def late_story(last_row: list[float]) -> sp.csr_matrix:
    """Return unit rows of a story's three reports on one subject and a last brief."""
    reports = [[1.0, 1.0, 0.2, 0.0], [1.0, 0.8, 0.3, 0.0], [0.9, 1.0, 0.0, 0.3]]
    return normalised_rows(sp.csr_matrix(np.array([*reports, last_row])))


def test_a_brief_weeks_after_the_rest_joined_through_one_of_them_stands_alone() -> None:
    # A transfer weeks after a club's cup run, close to the one report naming the player.
    rows = late_story([0.0, 0.3, 0.0, 1.0])
    cosines = (rows @ rows.T).toarray()[3, :3]
    assert cosines[2] >= story_graph.CLOSE_FLOOR > max(cosines[:2])
    first = dt.date(2024, 5, 1).toordinal()
    days = np.array([first, first + 1, first + 2, first + 2 + STRAY_DAYS], dtype=np.float64)
    assert parted_late(rows, [0, 0, 0, 0], days) == [0, 0, 0, 1]
    # Days apart, or one brief undated: no evidence that it came later.
    assert parted_late(rows, [0, 0, 0, 0], days - np.array([0, 0, 0, 1])) == [0, 0, 0, 0]
    assert parted_late(rows, [0, 0, 0, 0], np.array([first, np.nan, first, days[3]])) == [0] * 4


def test_a_follow_up_weeks_later_that_recalls_the_whole_story_stays_in_it() -> None:
    rows = late_story([1.0, 0.9, 0.2, 0.4])  # a verdict recalling the case's reports
    first = dt.date(2024, 5, 1).toordinal()
    days = np.array([first, first + 1, first + 2, first + 40], dtype=np.float64)
    assert parted_late(rows, [0, 0, 0, 0], days) == [0, 0, 0, 0]
