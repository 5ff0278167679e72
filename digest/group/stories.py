"""Stories: the reports of one event or development, from any source, and its follow-ups.

A story is an event, not a theme: two earthquakes, two rehab stays or a party's many
campaign days are separate stories however much vocabulary they share. Briefs are grouped
in four passes over the graph of `digest.group.story_graph` (names weighted by how much the
briefs naming them are alike; pairs linked by cosine × how much their nearest neighbours
coincide), a fifth over their leads (`digest.group.story_leads`) and a sixth over their
dates, both run before the fourth: a story they part may leave two briefs that must stand
as a pair. The lead pass parts a story into its briefs linked by what their leads name,
never links the leads of two rival names ("Oscar", "Bafta": each given by several leads,
never together, and sharing no name most leads of each give), never links two leads that
who, where or when tell apart (each headline's actor missing from the other lead, another
month or round, or another match's opponent: `told_apart`, which parts a story of two too),
never puts two leads of another month, match or quake in one part through a third lead
linked to both (`other_occasion`), and sets apart a brief whose lead gives none of the
words most leads of its part give (a look back at the Games among a doping case's
hearings, linked by the host city alone):

1. Links: average link over the linked pairs, a missing link counting 0. Two groups merge
   while the mean link over all their pairs clears `LINK_THRESHOLD`. Reports of one event
   are each other's nearest neighbours, so they link strongly; briefs that are merely
   alike do not, and a large group needs most of its pairs linked, which stops chains.
2. Fragments: an event reported by many sources can come out of pass one in parts, each
   holding the sources nearest each other. Two groups of several briefs merge when their
   mean cosine clears `FRAGMENT_FLOOR` and is at least `FRAGMENT_RATIO` times the mean
   cosine inside the looser of the two: parts of one event are about as alike across as
   within, while two events of one kind are each tighter than their likeness to the
   other. Groups whose leads name the same people and places (the names most of each
   group's leads give are the same: `Fragments.lead_names`) need only `NAMED_RATIO`:
   sources of one event that each stress a detail ("injured reserve", "knee", "season
   over") still lead with the same player and club, while two clubs' offers to one
   player lead with a club each. A lone brief joins a story by its links (pass one)
   only: one article that shares a rare name with an event's reports is not a part of
   it. Two groups reported on the same days (their median dates at most
   `DATE_GRACE_DAYS` apart) need only clear `SAME_DAYS_FLOOR`: a follow-up's sources
   name new places and people ("leaves one clinic for another"), and the date says what
   the words cannot.
3. Small stories: a story of 3 to `SMALL_SIZE` briefs is held by few links, and when one
   source covers a subject, its articles on one club, carmaker or country are each
   other's nearest neighbours as an event's reports are. Such a story is parted, by
   average link within it, when its mean cosine is below `SMALL_COSINE`, or when beyond
   its `SHARED_TERMS` most shared words (a manager's name, his first name and his club)
   its briefs' mean cosine is below `SMALL_REST`: reports of one event or its follow-ups
   share what happened, where and who else was in it ("Yuganskneftegas", "auction",
   "bankruptcy court"); articles on one subject share the subject's name and little else
   ("Wenger" and "Arsenal" over a defeat, a contract and a goalkeeper). An event's many
   sources make a larger story, which these floors would split; a larger story gets them
   only when less than `OWN_SHARE` of what its briefs share lies in words found mostly
   within it among the news of its days (`own_share`, `word_holders`): an event's
   reports share its own names (a pirate ship, a town), a party's campaign days the
   names of the party and its leader, found in its briefs on everything else. A story
   whose mean cosine reaches `PAIR_COSINE`, as alike as a pair must be to stand, is
   kept: a trial's days share the case's names and little else, and are one story.
4. Pairs: a story of two briefs less alike than `PAIR_COSINE` is parted. A larger story
   is held by many links, two briefs by one, and one link is often all that two briefs
   on one subject share (two broadband surveys, two auctions). Below `PAIR_CLOSE` a pair
   is parted too when beyond its `SHARED_TERMS` most shared words it is less alike than
   `SMALL_REST`, as a small story is: an oil firm's find and its setback share the firm,
   its field and "shares" and "oil", and little of what happened.

6. Late strays: when every brief of a story of three or more has a day, a last brief
   that came `STRAY_DAYS` or more after the rest and is close to one of them at most
   stands alone (`parted_late`): a club's transfer weeks after its cup run, joined through
   the one report naming the player. A follow-up weeks on that recalls the story is close
   to most of it, and stays.

A story's follow-ups come in the following days. When briefs carry dates, a pair (in pass
one) or two groups' median dates (in pass two, where a date a text's stamp line states
counts too: `digest.group.story_dates`) more than `DATE_GRACE_DAYS` apart have their
similarity halved every `DATE_SCALE_DAYS` further, and briefs more than `STORY_DAYS` apart
are never linked: a date far from another is evidence of another event, and an undated
brief is no evidence either way.

The passes are exact and repeat: group sums are kept and added, ties go to the smaller
ids, and the result is numbered by first appearance. Each brief's centrality (its summed
cosine with the rest of its story: `centrality`) says which brief the story is named after.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.group.story_dates import stated_date
from digest.group.story_graph import (
    CLOSE_FLOOR,
    STORY_DAYS,
    Pairs,
    Vector,
    pair_values,
    story_graph,
    story_space,
)
from digest.group.story_leads import (
    Lead,
    lead_parts,
    named_in_leads,
    read_lead,
    with_short_forms,
)
from digest.group.story_words import Ints, StoryWords
from digest.model import Brief

# Chosen together on fold 0 of ECB+ by `bench/bench_story_quality.py --tune`.
LINK_THRESHOLD = 0.1  # mean link (cosine × shared²) two groups need to become one story
FRAGMENT_FLOOR = 0.3  # least mean cosine for two groups to be parts of one story
FRAGMENT_RATIO = 0.75  # mean cosine across, against the looser group's mean within
NAMED_RATIO = 0.65  # ... when the two groups' leads name the same people and places
SAME_DAYS_FLOOR = 0.2  # least mean cosine across for groups reported on the same days
PAIR_COSINE = 0.7  # least cosine of a story of two briefs
PAIR_CLOSE = 0.8  # ... and, below this, least beyond their shared terms (chosen on BBC fold 0)
SMALL_COSINE = 0.42  # least mean cosine of a story of 3 to SMALL_SIZE briefs
SMALL_REST = 0.15  # ... and of its briefs beyond their SHARED_TERMS most shared words
SMALL_SIZE = 8  # largest story the two floors above apply to (chosen with them)
OWN_SHARE = 0.4  # least own_share of a story above SMALL_SIZE to be left as it is
SHARED_TERMS = 3  # a name, its first name and its club or company
LEAD_WORDS = 60  # the lead says what the story is; its words count twice
DATE_GRACE_DAYS = 3  # dates this close count as one period
DATE_SCALE_DAYS = 10  # beyond the grace, similarity halves after this many more days
STRAY_DAYS = 14  # a last brief this many days after the rest of its story came weeks on

Matrix = npt.NDArray[np.float64]  # a story's few rows, dense (`dense_rows`)
Scored = tuple[float, int, int]  # (-score, id, id): heapq pops the best pair first


@dataclass(frozen=True)
class Stories:
    """A story number per brief, and how closely each brief is linked to its story."""

    numbers: tuple[int, ...]  # equal numbers share a story, numbered by first appearance
    centrality: tuple[float, ...]  # summed cosine with the other briefs of its story


def group_stories(
    briefs: Sequence[Brief],
    words: StoryWords | None = None,
    leads: Mapping[str, Lead] | None = None,
) -> tuple[int, ...]:
    """Return a story number per brief, in input order; equal numbers share a story."""
    return find_stories(briefs, words, leads).numbers


def find_stories(
    briefs: Sequence[Brief],
    words: StoryWords | None = None,
    leads: Mapping[str, Lead] | None = None,
) -> Stories:
    """Return the briefs' stories (numbers in input order) and each brief's centrality.

    `words` may hold the word counts of the briefs' story texts (`count_words`) already,
    and `leads` the leads of their articles (`read_lead`) by seed source.
    """
    if not briefs:
        return Stories((), ())
    space = story_space([story_text(b) for b in briefs], words)
    days = day_array([b.date.toordinal() if b.date else None for b in briefs])
    graph = story_graph(space, days)
    labels = linked_groups(len(briefs), graph.links, days)
    stated = day_array([d.toordinal() if (d := reported_on(b)) else None for b in briefs])
    read = leads or {}
    lead = [read[s] if (s := b.article.source) in read else read_lead(b.article) for b in briefs]
    short = with_short_forms(lead)
    labels = joined_fragments(space.vectors, graph.close, stated, labels, short)
    labels = parted_loose(space.vectors, labels, stated)
    labels = parted_by_leads(short, labels)
    labels = parted_late(space.vectors, labels, stated)
    labels = parted_pairs(space.vectors, labels)  # of any pass, the lead pass's too
    numbers = numbered_by_first_seen(labels)
    return Stories(numbers, centrality(space.vectors, numbers))


def centrality(vectors: sp.csr_matrix, numbers: Sequence[int]) -> tuple[float, ...]:
    """Return each brief's summed cosine with the other briefs of its story, rounded so
    that ties repeat: the brief most like the rest tells what the story is, while one that
    joined through a single member is unlike the others.

    A brief's dot with its story's vector sum counts its own (1, or 0 for an empty row)
    once; the dot is summed over the brief's own words, each looked up in the sum, so a
    story of hundreds of briefs costs no more than its briefs' words. A brief alone in its
    story has 0, and its words are not looked at.
    """
    count = len(numbers)
    labels = np.asarray(numbers, dtype=np.int64)
    shared = np.flatnonzero(np.bincount(labels)[labels] > 1)
    centres = np.zeros(count)
    if len(shared):
        rows = sp.csr_matrix(vectors[shared])
        story = np.unique(labels[shared], return_inverse=True)[1].astype(np.int64)
        indicator = sp.csr_matrix((np.ones(len(shared)), (story, np.arange(len(shared)))))
        sums = sp.csr_matrix(indicator @ rows)
        row = np.repeat(np.arange(len(shared), dtype=np.int64), np.diff(rows.indptr))
        looked_up = pair_values(sums, story[row], rows.indices.astype(np.int64))
        total = np.bincount(row, weights=rows.data * looked_up, minlength=len(shared))
        own = np.bincount(row, weights=rows.data * rows.data, minlength=len(shared))
        centres[shared] = total - own
    return tuple(round(float(v), 6) for v in centres)


def parted_loose(
    vectors: sp.csr_matrix, labels: Sequence[int], days: Vector | None = None
) -> list[int]:
    """Return labels with each story of 3 to `SMALL_SIZE` briefs, and each larger one
    below `OWN_SHARE` (`own_share`, counting the briefs that hold its words among those
    reported near its days: `word_holders`), parted as `loose_parts` parts it (pass
    three). `days` gives the day each brief was reported (NaN or None: unknown)."""
    holders = word_holders(vectors, np.full(vectors.shape[0], np.nan) if days is None else days)

    def parts(rows: list[int]) -> list[list[int]]:
        if len(rows) < 3:
            return [list(range(len(rows)))]
        story, columns = dense_rows(vectors, rows)
        if len(rows) > SMALL_SIZE and own_share(story, holders(rows, columns)) >= OWN_SHARE:
            return [list(range(len(rows)))]
        return loose_parts(story)

    return parted(labels, parts)


def dense_rows(vectors: sp.csr_matrix, rows: Sequence[int]) -> tuple[Matrix, Ints]:
    """Return the rows as a dense array over the columns any of them holds, and those
    columns in order: a story's few rows, without a sparse matrix's cost per operation."""
    picked = np.asarray(rows, dtype=np.int64)
    starts, ends = vectors.indptr[picked], vectors.indptr[picked + 1]
    at = np.concatenate([np.arange(s, e) for s, e in zip(starts, ends, strict=True)])
    columns, inverse = np.unique(vectors.indices[at], return_inverse=True)
    dense = np.zeros((len(picked), len(columns)))
    dense[np.repeat(np.arange(len(picked)), ends - starts), inverse] = vectors.data[at]
    return dense, columns.astype(np.int64)


def word_holders(vectors: sp.csr_matrix, days: Vector) -> Callable[[list[int], Ints], Ints]:
    """Return a count, for a story's rows and its words (columns), of the briefs holding
    each word among those reported within `STORY_DAYS` of the story's first and last day,
    and every undated brief; for a story with no date, among all briefs.

    A year of news names a party or a president in hundreds of briefs: whether an event's
    words are its own is asked of the news of its days. Each word's dated holders are kept
    sorted by day, so a count is two binary searches a word.
    """
    columns = vectors.shape[1]
    held = sp.csc_matrix(vectors)
    word = np.repeat(np.arange(columns, dtype=np.int64), np.diff(held.indptr))
    day = days[held.indices]
    dated = ~np.isnan(day)
    everywhere = np.bincount(word, minlength=columns)
    undated = np.bincount(word[~dated], minlength=columns)
    first = float(np.nanmin(days)) - STORY_DAYS - 1 if dated.any() else 0.0
    span = int(np.nanmax(days) - first) + STORY_DAYS + 2 if dated.any() else 1
    keys = np.sort(word[dated] * span + (day[dated] - first).astype(np.int64))

    def holders(rows: list[int], used: Ints) -> Ints:
        near = days[rows][~np.isnan(days[rows])]
        if not len(near):
            return everywhere[used]
        lo, hi = int(near.min() - first) - STORY_DAYS, int(near.max() - first) + STORY_DAYS
        counts = undated[used] + np.searchsorted(keys, used * span + hi, side="right")
        return counts - np.searchsorted(keys, used * span + lo, side="left")

    return holders


def own_share(rows: Matrix, held: Ints) -> float:
    """Return how much of what a story's briefs share lies in words found mostly within
    it: each word's part in the dots of its pairs, weighted by the share of the briefs
    holding the word (`held`: of the news of its days, `word_holders`) that are in it.

    An event's reports share its own names (a pirate ship, a town, a defendant); a party's
    campaign days share the party's and its leader's names, found in briefs on everything
    else the party does.
    """
    shared = word_parts(rows)
    within = np.count_nonzero(rows, axis=0)
    return float((shared * within / np.maximum(held, 1)).sum() / max(shared.sum(), 1e-12))


def parted(labels: Sequence[int], parts: Callable[[list[int]], list[list[int]]]) -> list[int]:
    """Return labels with each story parted as `parts` splits its rows (positions in the
    story): the first part keeps the story's label, each other part gets a new one."""
    out = list(labels)
    fresh = max(labels, default=0) + 1
    for rows in story_members(labels).values():
        for part in parts(rows)[1:]:
            for k in part:
                out[rows[k]] = fresh
            fresh += 1
    return out


def loose_parts(rows: Matrix) -> list[list[int]]:
    """Return the parts of a small story (row numbers, the part holding row 0 first): the
    whole when its mean cosine reaches `PAIR_COSINE`, else by average link at
    `SMALL_COSINE` when its mean cosine is lower, then each part of three
    or more by average link beyond its most shared words when their mean is below
    `SMALL_REST`."""
    dots = rows @ rows.T
    parts = [list(range(rows.shape[0]))]
    mean = mean_off_diagonal(dots)
    if mean >= PAIR_COSINE:
        # As alike as a pair must be to stand: a trial's days, a takeover's bids, whose
        # briefs share the case's names and words the rest floor would not see past.
        return parts
    if mean < SMALL_COSINE:
        parts = agreeing_parts(dots, SMALL_COSINE)
    out: list[list[int]] = []
    for part in parts:
        rest = beyond_shared_terms(rows[part]) if len(part) >= 3 else None
        if rest is None or mean_off_diagonal(rest) >= SMALL_REST:
            out.append(part)
        else:
            out += [[part[k] for k in inner] for inner in agreeing_parts(rest, SMALL_REST)]
    return sorted(out)


def mean_off_diagonal(dots: npt.NDArray[np.float64]) -> float:
    """Return the mean of the dots of distinct rows."""
    size = len(dots)
    return float((dots.sum() - np.trace(dots)) / (size * (size - 1)))


def beyond_shared_terms(rows: Matrix) -> Matrix:
    """Return the dots of the rows without the `SHARED_TERMS` words that add most to them."""
    kept = rows.copy()
    kept[:, np.argsort(-word_parts(rows), kind="stable")[: int(SHARED_TERMS)]] = 0.0
    return kept @ kept.T


def word_parts(rows: Matrix) -> Vector:
    """Return each word's part in the dots of all pairs of rows, twice over."""
    sums = rows.sum(axis=0)
    return np.asarray(sums * sums - (rows * rows).sum(axis=0), dtype=np.float64)


def agreeing_parts(dots: npt.NDArray[np.float64], floor: float) -> list[list[int]]:
    """Return the parts of average link over the dots (mean >= `floor`), each in row
    order, the part holding row 0 first."""
    parts = [[k] for k in range(len(dots))]
    while len(parts) > 1:
        best, pick = floor, None
        for a in range(len(parts)):
            for b in range(a + 1, len(parts)):
                mean = float(dots[np.ix_(parts[a], parts[b])].mean())
                if mean > best or (pick is None and mean == best):  # ties: the first pair
                    best, pick = mean, (a, b)
        if pick is None:
            break
        a, b = pick
        parts[a] = sorted(parts[a] + parts.pop(b))
    return sorted(parts)


def story_members(labels: Sequence[int]) -> dict[int, list[int]]:
    """Return each story's rows, in order, by its label."""
    members: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        members.setdefault(label, []).append(row)
    return members


def parted_pairs(vectors: sp.csr_matrix, labels: Sequence[int]) -> list[int]:
    """Return labels with each story of two briefs parted when they are less alike than
    `PAIR_COSINE`, or than `PAIR_CLOSE` and below `SMALL_REST` beyond their
    `SHARED_TERMS` most shared words (pass four)."""

    def parts(rows: list[int]) -> list[list[int]]:
        if len(rows) == 2 and loose_pair(dense_rows(vectors, rows)[0]):
            return [[0], [1]]
        return [list(range(len(rows)))]

    return parted(labels, parts)


def loose_pair(rows: Matrix) -> bool:
    """Return whether two briefs (rows) are too loosely alike to be a story.

    Two reports of one event share what happened; two events on one subject (an oil
    find and a setback, an award and a poll) share the subject's name and little else,
    as a small story's briefs may (`loose_parts`). Briefs as alike as `PAIR_CLOSE` are
    copies or near copies, whose words are all shared.
    """
    cosine = float(rows[0] @ rows[1])
    if cosine < PAIR_COSINE:
        return True
    return cosine < PAIR_CLOSE and float(beyond_shared_terms(rows)[0, 1]) < SMALL_REST


def parted_by_leads(leads: Sequence[Lead], labels: Sequence[int]) -> list[int]:
    """Return labels with each story parted by what its briefs' leads name (pass five)."""
    full = with_short_forms(leads)
    named = named_in_leads(full)
    return parted(labels, lambda rows: lead_parts([full[r] for r in rows], named))


def parted_late(vectors: sp.csr_matrix, labels: Sequence[int], days: Vector) -> list[int]:
    """Return labels with the last brief of a story set apart when it came `STRAY_DAYS` or
    more after the rest and is close (cosine `CLOSE_FLOOR`) to one of them at most.

    Only a story whose briefs all have a day (`days`: reported on, NaN unknown) is looked
    at: an undated brief may have come at any time.
    """

    def parts(rows: list[int]) -> list[list[int]]:
        whole = [list(range(len(rows)))]
        if len(rows) < 3:
            return whole
        when = days[rows]
        if np.isnan(when).any():
            return whole
        order = np.argsort(when, kind="stable")
        last = int(order[-1])
        if when[last] - when[order[-2]] < STRAY_DAYS:
            return whole
        story = sp.csr_matrix(vectors[rows])
        cosines = np.asarray((story @ story[last].T).toarray()).ravel()
        if np.count_nonzero(cosines >= CLOSE_FLOOR) - 1 > 1:  # its own cosine aside
            return whole
        return [[k for k in range(len(rows)) if k != last], [last]]

    return parted(labels, parts)


def reported_on(brief: Brief) -> dt.date | None:
    """Return the day a brief was reported: its date, or the date its text's stamp states."""
    return brief.date or stated_date(brief.article.title, brief.article.text)


def story_text(brief: Brief) -> str:
    """Return the text a brief is compared by: human headline, article text, lead again."""
    text = "\n".join(part for part in (brief.article.title, brief.article.text) if part)
    return text + "\n" + " ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])


def day_array(days: Sequence[int | None]) -> Vector:
    """Return day ordinals as floats, NaN for undated."""
    return np.array([np.nan if d is None else d for d in days], dtype=np.float64).reshape(-1)


def date_factor(gap: Vector) -> Vector:
    """Return the factor (1 down to 0) for gaps in days; NaN (undated) gives 1."""
    late = np.fmax(np.nan_to_num(gap, nan=0.0) - DATE_GRACE_DAYS, 0.0) / DATE_SCALE_DAYS
    return np.asarray(0.5**late, dtype=np.float64)


# ---------------------------------------------------------------- pass one: links


def linked_groups(count: int, links: Pairs, days: Vector) -> list[int]:
    """Return a group label per brief after average link over the links (missing: 0)."""
    weights, left, right = links
    weights = weights * date_factor(np.abs(days[left] - days[right]))
    # sums[g][h]: total link between groups g and h; a group's id is never reused.
    sums: list[dict[int, float]] = [{} for _ in range(2 * count)]
    for w, i, j in zip(weights.tolist(), left.tolist(), right.tolist(), strict=True):
        sums[i][j] = sums[j][i] = w
    sizes = [1] * count + [0] * count
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    heap = [
        (-w, i, j)
        for w, i, j in zip(weights.tolist(), left.tolist(), right.tolist(), strict=True)
        if w >= LINK_THRESHOLD
    ]
    heapq.heapify(heap)
    new = count
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue
        members[new] = members.pop(a) + members.pop(b)
        sizes[new] = sizes[a] + sizes[b]
        for pair in joined_sums(sums, a, b, new, sizes):
            heapq.heappush(heap, pair)
        new += 1
    return labels_of(list(members.values()), count)


def joined_sums(
    sums: list[dict[int, float]], a: int, b: int, new: int, sizes: list[int]
) -> list[Scored]:
    """Move the link sums of groups `a` and `b` to `new`; return its pairs that may merge."""
    mine = sums[a] if len(sums[a]) >= len(sums[b]) else sums[b]
    other = sums[b] if mine is sums[a] else sums[a]
    sums[a], sums[b] = {}, {}
    for group, total in other.items():
        mine[group] = mine.get(group, 0.0) + total
    mine.pop(a, None)
    mine.pop(b, None)
    sums[new] = mine
    ready = []
    for group, total in mine.items():
        near = sums[group]
        near.pop(a, None)
        near.pop(b, None)
        near[new] = total
        mean = total / (sizes[new] * sizes[group])
        if mean >= LINK_THRESHOLD:
            ready.append((-mean, group, new))  # group < new: ids grow
    return ready


def labels_of(groups: Sequence[Sequence[int]], count: int) -> list[int]:
    """Return a label per row: the position of its group in `groups`."""
    labels = [0] * count
    for label, rows in enumerate(groups):
        for row in rows:
            labels[row] = label
    return labels


# ---------------------------------------------------------------- pass two: fragments


class Fragments:
    """Groups of briefs with their vector sums, the dots within them and their dates."""

    def __init__(
        self,
        vectors: sp.csr_matrix,
        days: Vector,
        labels: Sequence[int],
        leads: Sequence[Lead] | None = None,
    ) -> None:
        count = len(labels)
        groups = numbered_by_first_seen(labels)
        self.label = np.array(groups, dtype=np.int64)
        self.members: dict[int, list[int]] = {}
        for row, group in enumerate(groups):
            self.members.setdefault(group, []).append(row)
        indicator = sp.csr_matrix(
            (np.ones(count), (self.label, np.arange(count))), shape=(len(self.members), count)
        )
        self.first_sums = sp.csr_matrix(indicator @ vectors)
        self.sums: dict[int, sp.csr_matrix] = {}  # of merged groups; the others: first_sums
        own = indicator @ np.asarray(vectors.multiply(vectors).sum(axis=1)).ravel()  # 1 a brief
        squares = np.asarray(self.first_sums.multiply(self.first_sums).sum(axis=1)).ravel()
        # |sum|² counts every pair within twice and each brief's own dot once.
        self.within = dict(enumerate(((squares - own) / 2).tolist()))
        self.days: dict[int, list[float]] = {
            group: [float(days[r]) for r in rows if not np.isnan(days[r])]
            for group, rows in self.members.items()
        }
        # How many of each group's leads name each word: what its reports say happened to whom.
        self.named: dict[int, Counter[str]] = {
            group: Counter(name for r in rows for name in leads[r].names) if leads else Counter()
            for group, rows in self.members.items()
        }
        self.next = len(self.members)

    def row(self, group: int) -> sp.csr_matrix:
        """Return a group's vector sum as a one-row matrix."""
        return self.sums[group] if group in self.sums else self.first_sums[group]

    def dot(self, a: int, b: int) -> float:
        """Return the dot of two groups' vector sums: the sum of their pairs' cosines."""
        return float(self.row(a).multiply(self.row(b)).sum())

    def looseness(self, group: int) -> float | None:
        """Return the mean cosine of a group's pairs; None for a lone brief."""
        size = len(self.members[group])
        return self.within[group] / (size * (size - 1) / 2) if size > 1 else None

    def score(self, a: int, b: int, dot: float) -> float | None:
        """Return how close two groups whose sums have the given dot are, against the
        looser one (higher first), or None when they may not merge."""
        within = [w for w in (self.looseness(a), self.looseness(b)) if w is not None]
        if len(within) < 2:
            return None  # a lone brief joins by its links (pass one) or not at all
        gap = self.gap(a, b)
        cross = dot * float(date_factor(np.array([gap]))[0])
        cross /= len(self.members[a]) * len(self.members[b])
        loosest = max(min(within), 1e-12)
        if gap <= DATE_GRACE_DAYS:  # reported on the same days (False for NaN)
            return cross / loosest if cross >= SAME_DAYS_FLOOR else None
        names = self.lead_names(a)
        ratio = NAMED_RATIO if names and names == self.lead_names(b) else FRAGMENT_RATIO
        if cross < FRAGMENT_FLOOR or cross < ratio * loosest:
            return None
        return cross / loosest

    def lead_names(self, group: int) -> frozenset[str]:
        """Return the names that most of a group's leads give (two at least): who and
        where its reports say something happened."""
        size = len(self.members[group])
        return frozenset(name for name, n in self.named[group].items() if n >= max(2, size / 2))

    def gap(self, a: int, b: int) -> float:
        """Return the days between two groups' median dates; NaN when one has no date."""
        if not self.days[a] or not self.days[b]:
            return float("nan")
        return abs(float(np.median(self.days[a]) - np.median(self.days[b])))

    def merge(self, a: int, b: int) -> int:
        """Replace groups `a` and `b` by their union; return its id."""
        new = self.next
        self.next += 1
        cross = self.dot(a, b)
        self.members[new] = self.members.pop(a) + self.members.pop(b)
        self.label[self.members[new]] = new
        self.sums[new] = sp.csr_matrix(self.row(a) + self.row(b))
        self.sums.pop(a, None)
        self.sums.pop(b, None)
        self.within[new] = self.within.pop(a) + self.within.pop(b) + cross
        self.days[new] = self.days.pop(a) + self.days.pop(b)
        self.named[new] = self.named.pop(a) + self.named.pop(b)
        return new


def joined_fragments(
    vectors: sp.csr_matrix,
    close: Pairs,
    days: Vector,
    labels: Sequence[int],
    leads: Sequence[Lead] | None = None,
) -> list[int]:
    """Return labels after merging groups that are parts of one story (pass two).

    `days` gives the day each brief was reported (NaN: unknown): its date, or the date its
    stamp states (`reported_on`).

    Two groups' mean cosine is a mean of their briefs' pairs, so it clears the floor only
    if one pair does: the close pairs name every two groups that may merge.
    """
    state = Fragments(vectors, days, labels, leads)
    _, left, right = close
    ends = np.unique(np.sort(np.stack([state.label[left], state.label[right]]), axis=0), axis=1)
    ends = ends[:, ends[0] != ends[1]]
    near: dict[int, set[int]] = {g: set() for g in state.members}
    for a, b in zip(ends[0].tolist(), ends[1].tolist(), strict=True):
        near[a].add(b)
        near[b].add(a)
    first = state.first_sums
    dots = np.asarray(first[ends[0]].multiply(first[ends[1]]).sum(axis=1)).ravel()
    heap: list[Scored] = []
    for a, b, dot in zip(ends[0].tolist(), ends[1].tolist(), dots.tolist(), strict=True):
        score = state.score(a, b, dot)
        if score is not None:
            heap.append((-score, a, b))
    heapq.heapify(heap)
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in state.members or b not in state.members:
            continue
        new = state.merge(a, b)
        around = (near.pop(a) | near.pop(b)) - {a, b}
        near[new] = around
        for other in sorted(around):
            near[other] -= {a, b}
            near[other].add(new)
            score = state.score(other, new, state.dot(other, new))
            if score is not None:
                heapq.heappush(heap, (-score, other, new))  # other < new: ids grow
    labels_out: list[int] = state.label.tolist()
    return labels_out


def numbered_by_first_seen(labels: Sequence[int]) -> tuple[int, ...]:
    """Return labels renumbered 0, 1, 2 ... in order of first appearance."""
    numbers: dict[int, int] = {}
    return tuple(numbers.setdefault(label, len(numbers)) for label in labels)
