"""Story vectors and the graph of brief pairs that may share a story.

Vectors are TF-IDF rows of unit length (sublinear counts, words found in one brief only
dropped). A name counts up to `NAME_WEIGHT` times a common word, by how much the briefs
that name it are alike: the name of a pirate ship or of a fire's street is found in the
reports of one event, which resemble each other; the name of a party leader or of a
month is found in briefs on everything. So a name weighs as much as the story it marks.

The graph links two briefs whose cosine clears `LINK_FLOOR` by `cosine × shared² × what`:

- `shared` is how much their nearest neighbours coincide (the cosine of their rows of
  neighbour similarities, each brief its own neighbour): reports of one event are each
  other's nearest neighbours, while two events of one kind, or a subject's many stories,
  are alike without sharing neighbours;
- `what` (at most 1) falls when the cosine of their words other than names is below
  `PLAIN_FLOOR`: two briefs alike only by who and where (one country, one company) report
  different news.

Briefs dated more than `STORY_DAYS` apart are never compared, so the product of every
pair runs over each block's time window only (undated briefs are compared with all).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.group.story_words import Ints, StoryWords, count_words, joined_ints, text_key

NAME_WEIGHT = 5.0  # most a name counts, against a common word, when its briefs are alike
PLAIN_NAME_WEIGHT = 3.0  # what a name counts while its briefs' likeness is measured
COHESION_FLOOR = 0.1  # mean cosine of a name's briefs at which it starts to count up
COHESION_FULL = 0.4  # mean cosine at which it counts `NAME_WEIGHT` times
NEIGHBOURS = 8  # nearest briefs (cosine >= LINK_FLOOR) each brief's neighbourhood holds
LINK_FLOOR = 0.1  # least cosine for two briefs to be linked at all
CLOSE_FLOOR = 0.3  # least cosine of the pairs the fragment pass starts from
PLAIN_FLOOR = 0.12  # cosine of their words other than names below which a link weakens
PAIR_CHUNK = 8192  # pairs whose rows are gathered at once
STORY_DAYS = 30  # briefs dated further apart are never compared (their link would be weak)
CHUNK_ROWS = 512  # rows per block of the similarity product; bounds peak memory
PRODUCT_THREADS = 4  # at most: the blocks they hold at once bound the product's memory
NAME_CHUNK = 4096  # name columns whose briefs' sums are held at once

Vector = npt.NDArray[np.float64]
Pairs = tuple[Vector, Ints, Ints]  # values and rows (i < j) of brief pairs


@dataclass(frozen=True)
class StoryGraph:
    """The pairs of briefs that can share a story."""

    links: Pairs  # cosine × shared² of the pairs with cosine >= LINK_FLOOR sharing neighbours
    close: Pairs  # cosine of the pairs with cosine >= CLOSE_FLOOR


@dataclass(frozen=True)
class StorySpace:
    """The briefs as unit rows: of all their words, and of their words other than names."""

    vectors: sp.csr_matrix
    plain: sp.csr_matrix


def story_space(texts: Sequence[str], words: StoryWords | None = None) -> StorySpace:
    """Return unit TF-IDF rows; names count up by how much the briefs naming them are alike."""
    counts, names = count_matrix(texts, words)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    tf = counts.copy()
    tf.data = 1 + np.log(tf.data)
    weighted = sp.csr_matrix(
        tf @ sp.diags(idf_of(df, counts.shape[0]) * name_boosts(counts, names))
    )
    # A word found in one brief only adds nothing to any similarity; dropping it after
    # normalising keeps the cosines and makes every product cheaper.
    kept = df >= 2
    unit = normalised_rows(weighted)
    plain = normalised_rows(sp.csr_matrix(weighted @ sp.diags((~names).astype(np.float64))))
    return StorySpace(sp.csr_matrix(unit[:, kept]), sp.csr_matrix(plain[:, kept]))


def story_vectors(texts: Sequence[str], words: StoryWords | None = None) -> sp.csr_matrix:
    """Return the briefs' unit rows of all their words (`story_space`)."""
    return story_space(texts, words).vectors


def idf_of(df: Ints, documents: int) -> Vector:
    """Return smoothed inverse document frequencies."""
    return np.asarray(np.log((1 + documents) / (1 + df)) + 1, dtype=np.float64)


def name_boosts(counts: sp.csr_matrix, names: npt.NDArray[np.bool_]) -> Vector:
    """Return each column's weight against a common word: 1, or for a name in two briefs
    or more, from 1 up to `NAME_WEIGHT` as the mean cosine of its briefs rises."""
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    tf = counts.copy()
    tf.data = 1 + np.log(tf.data)
    plain = idf_of(df, counts.shape[0]) * np.where(names, PLAIN_NAME_WEIGHT, 1.0)
    unit = normalised_rows(sp.csr_matrix(tf @ sp.diags(plain)))
    telling = np.flatnonzero(names & (df >= 2))
    cohesion = name_cohesion(counts, unit, telling, df[telling])
    rise = np.clip((cohesion - COHESION_FLOOR) / (COHESION_FULL - COHESION_FLOOR), 0.0, 1.0)
    boosts = np.ones(counts.shape[1])
    boosts[telling] = 1 + (NAME_WEIGHT - 1) * rise
    return boosts


def count_matrix(
    texts: Sequence[str], words: StoryWords | None = None
) -> tuple[sp.csr_matrix, npt.NDArray[np.bool_]]:
    """Return the word counts of the texts as rows, and which columns are names: words
    written capitalised inside sentences more often than not."""
    words = words if words is not None else count_words(texts)
    entries = [words.texts[text_key(text)] for text in texts]
    sizes = np.fromiter((len(e.columns) for e in entries), dtype=np.int64, count=len(entries))
    columns = joined_ints([e.columns for e in entries])
    width = len(words.vocabulary)
    counts = sp.csr_matrix(
        (joined_ints([e.counts for e in entries]).astype(np.float64),
         (np.repeat(np.arange(len(texts)), sizes), columns)),
        shape=(len(texts), width),
    )  # fmt: skip
    capitals = np.bincount(
        columns, weights=joined_ints([e.capitals for e in entries]), minlength=width
    )
    return counts, capitals * 2 > np.asarray(counts.sum(axis=0)).ravel()


def name_cohesion(counts: sp.csr_matrix, unit: sp.csr_matrix, columns: Ints, df: Ints) -> Vector:
    """Return, per column, the mean cosine between the briefs whose rows hold it (df >= 2).

    The vectors of a column's briefs sum to C, and |C|² adds up every pair's cosine twice
    and each brief's own (1) once.
    """
    present = sp.csc_matrix(counts[:, columns])
    present.data[:] = 1.0
    squares = np.empty(len(columns))
    for start in range(0, len(columns), NAME_CHUNK):
        sums = sp.csr_matrix(present[:, start : start + NAME_CHUNK].T @ unit)
        squares[start : start + NAME_CHUNK] = np.asarray(sums.multiply(sums).sum(axis=1)).ravel()
    pairs = df * (df - 1.0)
    return np.asarray((squares - df) / np.maximum(pairs, 1.0), dtype=np.float64)


def normalised_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Return the rows scaled to unit length; empty rows stay empty."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix)


# ---------------------------------------------------------------- graph


def story_graph(space: StorySpace, days: Vector | None = None) -> StoryGraph:
    """Return the linked and the close pairs of briefs, from one pass over every pair of
    briefs not dated more than `STORY_DAYS` apart (`days`: ordinals, NaN when undated)."""
    cosines, left, right = similar_pairs(space.vectors, LINK_FLOOR, days)
    shared = neighbourhood_overlap(space.vectors.shape[0], cosines, left, right)
    keep = shared > 0
    cosines, shared, left, right = cosines[keep], shared[keep], left[keep], right[keep]
    # Two briefs alike only by their names (one country, one company) report different
    # news: a link needs the rest of their words to agree too.
    what = np.minimum(row_dots(space.plain, left, right) / PLAIN_FLOOR, 1.0)
    close = cosines >= CLOSE_FLOOR
    return StoryGraph(
        links=(cosines * shared * shared * what, left, right),
        close=(cosines[close], left[close], right[close]),
    )


def row_dots(matrix: sp.csr_matrix, left: Ints, right: Ints) -> Vector:
    """Return the dot of rows `left[k]` and `right[k]` for each k."""
    dots = np.empty(len(left))
    for start in range(0, len(left), PAIR_CHUNK):
        pick = slice(start, start + PAIR_CHUNK)
        rows = matrix[left[pick]].multiply(matrix[right[pick]])
        dots[pick] = np.asarray(rows.sum(axis=1)).ravel()
    return dots


def similar_pairs(vectors: sp.csr_matrix, floor: float, days: Vector | None = None) -> Pairs:
    """Return the cosines and rows (i < j) of every pair whose cosine clears `floor`, leaving
    out pairs dated more than `STORY_DAYS` apart (`days`: ordinals, NaN when undated)."""
    count = vectors.shape[0]
    days = np.full(count, np.nan) if days is None else days
    # Dated rows in date order, then the undated: a block of rows is compared with the
    # dated rows of its window, which follow it, and with every undated row.
    order = np.lexsort((np.arange(count), np.where(np.isnan(days), np.inf, days)))
    ordered_days = days[order]
    dated = int(np.count_nonzero(~np.isnan(days)))
    found: list[Pairs] = []
    for start, columns, block in window_blocks(vectors[order], ordered_days, dated):
        at = np.flatnonzero(block.data >= floor)
        rows = np.searchsorted(block.indptr, at, side="right") - 1 + start
        cols = columns[block.indices[at]]
        gap = np.abs(ordered_days[rows] - ordered_days[cols])
        keep = (rows < cols) & ~(gap > STORY_DAYS)  # NaN (undated) is never too far
        left, right = order[rows[keep]], order[cols[keep]]
        found.append((block.data[at][keep], np.minimum(left, right), np.maximum(left, right)))
    return joined_pairs(found)


def window_blocks(
    vectors: sp.csr_matrix, days: Vector, dated: int
) -> Iterator[tuple[int, Ints, sp.csr_matrix]]:
    """Yield each block of `CHUNK_ROWS` rows (dated first, in date order) with the columns
    it is compared with and its dots with them: the rows from the block's first on that are
    dated within `STORY_DAYS` of its last, and every undated row."""
    count = vectors.shape[0]
    transposed = sp.csc_matrix(vectors.T)

    def block(start: int) -> tuple[int, Ints, sp.csr_matrix]:
        stop = min(start + CHUNK_ROWS, count)
        columns = np.arange(start, count, dtype=np.int64)
        if stop <= dated:  # all dated: the window ends STORY_DAYS after its last row
            end = int(np.searchsorted(days[:dated], days[stop - 1] + STORY_DAYS, side="right"))
            columns = np.concatenate([columns[: end - start], np.arange(dated, count)])
        product = sp.csr_matrix(vectors[start:stop] @ transposed[:, columns])
        return start, columns, product

    # SciPy's sparse product lets go of the GIL: a block per thread at a time, yielded in
    # order, and no more blocks computed ahead than there are threads (each can hold 12 bytes
    # a pair: 100 MB at 16,000 briefs).
    threads = min(os.cpu_count() or 1, PRODUCT_THREADS)
    with ThreadPoolExecutor(threads) as pool:
        ahead: deque[Future[tuple[int, Ints, sp.csr_matrix]]] = deque()
        for start in range(0, count, CHUNK_ROWS):
            ahead.append(pool.submit(block, start))
            if len(ahead) > threads:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def nearest(count: int, cosines: Vector, left: Ints, right: Ints) -> tuple[Ints, Ints, Vector]:
    """Return the rows, neighbour columns and cosines of each row's `NEIGHBOURS` nearest
    other rows among the given pairs (ties: the smaller column)."""
    rows = np.concatenate([left, right])
    columns = np.concatenate([right, left])
    values = np.concatenate([cosines, cosines])
    order = np.lexsort((columns, -values, rows))
    rows, columns, values = rows[order], columns[order], values[order]
    rank = np.arange(len(rows)) - np.searchsorted(rows, rows)  # place within its row
    keep = rank < NEIGHBOURS
    return rows[keep], columns[keep], values[keep]


def joined_pairs(found: Sequence[Pairs]) -> Pairs:
    """Return the values, left and right rows of the parts end to end."""
    if not found:
        return np.zeros(0), np.zeros(0, np.int64), np.zeros(0, np.int64)
    values, left, right = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return values, left, right


def neighbourhood_overlap(count: int, cosines: Vector, left: Ints, right: Ints) -> Vector:
    """Return, per pair, the cosine of the two briefs' neighbourhood rows: each row holds
    the brief's own place (1) and its nearest neighbours' cosines."""
    rows, columns, values = nearest(count, cosines, left, right)
    own = np.arange(count)
    neighbourhoods = normalised_rows(
        sp.csr_matrix(
            (np.concatenate([values, np.ones(count)]),
             (np.concatenate([rows, own]), np.concatenate([columns, own]))),
            shape=(count, count),
        )
    )  # fmt: skip
    overlap = sp.csr_matrix(neighbourhoods @ neighbourhoods.T)
    return pair_values(overlap, left, right)


def pair_values(matrix: sp.csr_matrix, left: Ints, right: Ints) -> Vector:
    """Return the matrix's entries at (left, right), 0 where it has none."""
    matrix.sort_indices()
    width = np.int64(matrix.shape[1])
    rows = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), np.diff(matrix.indptr))
    keys = rows * width + matrix.indices  # ascending: rows in order, columns sorted
    wanted = left * width + right
    place = np.minimum(np.searchsorted(keys, wanted), max(len(keys) - 1, 0))
    if not len(keys):
        return np.zeros(len(left))
    return np.where(keys[place] == wanted, matrix.data[place], 0.0)
