"""Stories: briefs that cover the same story, grouped across sources and days.

Briefs become TF-IDF vectors (stopwords out, sublinear counts, names weighted up, the lead
counted twice) and are grouped in two passes over cosine similarity:

1. Average link: two groups merge while the mean similarity over all their pairs clears
   `STORY_THRESHOLD`. Up to 16,384 briefs the dot of every pair of briefs is kept in one
   table (4 bytes a pair), so a merge is a pass over a row; beyond, only the pairs that
   clear the bar are kept (a mean cannot clear a bar that no part of it clears) and a merge
   computes what it lacks from the vectors. A lone brief then joins the story it is, on
   average, closest to if that clears `ATTACH_THRESHOLD`.
2. Centroids: stories merge while the cosine of their summed vectors clears
   `CENTROID_THRESHOLD` and their mean pair similarity still clears `ATTACH_THRESHOLD`. A
   broad story (a league's transfers and its TV deals) has a low mean pair similarity, so
   the first pass leaves it in parts; the parts' centroids are close, because each part
   averages out its own briefs' side topics.

Both passes compute means exactly from the groups' vector sums. When briefs carry dates, a
group pair whose date spans lie far apart has its similarity scaled down (never up), so
two separate events on one subject stay apart; undated briefs are never penalised.

A text's word counts do not depend on the rest of the corpus, so a rebuild counts the
words of new texts only (`count_words`).
"""

from __future__ import annotations

import hashlib
import heapq
import itertools
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.model import Brief

STORY_THRESHOLD = 0.12  # mean cosine two groups need to become one story
ATTACH_THRESHOLD = 0.06  # mean cosine a brief or story needs to join a story in pass two
CENTROID_THRESHOLD = 0.25  # cosine of summed vectors two stories need to merge
NAME_WEIGHT = 3.0  # names tell one story from its neighbours better than common words
LEAD_WORDS = 60  # the lead says what the story is; its words count twice
DATE_GRACE_DAYS = 7  # date spans this close count as one period
DATE_SCALE_DAYS = 30  # beyond the grace, similarity halves after this many more days
CHUNK_ROWS = 512  # rows per block of the similarity product; bounds peak memory
PRODUCT_THREADS = 4  # at most: the blocks they hold at once bound the product's memory
TABLE_BYTES = 1 << 30  # a pass over up to 16,384 groups keeps every pair's dot in a table

Vector = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
Scored = tuple[float, int, int]  # (-score, id, id): heapq pops the best pair first
Score = Callable[[float, float, float, float], float]

# Texts are searched as `tokenised` gives them: underscores made spaces (matching "\w" is
# faster than "[^\W_]"), a line break first (so an opener needs no "^" or look-behind).
WORD = re.compile(r"\w+(?:['’]\w+)*")  # a word, with its apostrophes: "don't", "O’Neill"
_SENTENCE_OPENER = re.compile(r"(?:[.!?][\"”’)]*\s|\n)\W*?(\w+(?:['’]\w+)*)")
STOPWORDS = frozenset(
    """a about above after again against ago all almost also although always am among an and
    another any are around as at back be became because become been before being below between
    both but by can could did do does doing done down during each either else even ever every
    few for from further get gets got had has have having he her here hers herself him himself
    his how however i if in into is it its itself just last least less like made make many may
    me might more most much must my myself neither never new no nor not now of off often on once
    one only or other others our ours ourselves out over own per perhaps put rather really said
    same say says see seen she should since so some still such than that the their theirs them
    themselves then there these they this those though three through thus to too two under
    until up upon us very was we well were what when where whether which while who whom whose
    why will with within without would yet you your yours yourself yourselves
    monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
    week weeks month months year years""".split()
)


def group_stories(briefs: Sequence[Brief], words: StoryWords | None = None) -> tuple[int, ...]:
    """Return a story number per brief, in input order; equal numbers share a story.

    `words` may hold the word counts of the briefs' story texts (`count_words`) already.
    """
    if not briefs:
        return ()
    vectors = story_vectors([story_text(b) for b in briefs], words)
    days = [b.date.toordinal() if b.date else None for b in briefs]
    labels = average_link(vectors, days, threshold=STORY_THRESHOLD)
    labels = attach_strays(vectors, labels, threshold=ATTACH_THRESHOLD)
    labels = merge_by_centroid(vectors, days, labels)
    return numbered_by_first_seen(labels)


def story_text(brief: Brief) -> str:
    """Return the text a brief is compared by: human headline, article text, lead again."""
    text = "\n".join(part for part in (brief.article.title, brief.article.text) if part)
    return text + "\n" + " ".join(text.split(maxsplit=LEAD_WORDS)[:LEAD_WORDS])


# ---------------------------------------------------------------- vectors


@dataclass(frozen=True)
class WordCounts:
    """The distinct words of one text: their columns (ascending), how often each occurs,
    and how many more times it is capitalised inside a sentence than at its start."""

    columns: Ints
    counts: Ints
    capitals: Ints


@dataclass(frozen=True)
class StoryWords:
    """Word counts of story texts, kept between builds: a text's counts do not depend on
    the rest of the corpus, and counting is most of the cost of making vectors."""

    version: str  # the digest code that counted them
    vocabulary: tuple[str, ...]  # the words of the texts, sorted: a word's column is its place
    texts: Mapping[str, WordCounts]  # text key -> its counts


def text_key(text: str) -> str:
    """Return a key naming a text by its content."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


def count_words(
    texts: Sequence[str], known: StoryWords | None = None, *, version: str = ""
) -> StoryWords:
    """Return the word counts of the texts, reusing those `known` (of the same version) has.

    Columns are places in the sorted vocabulary of these texts alone, so the counts, and
    the vectors made of them, do not depend on what earlier builds counted.
    """
    keyed = dict(zip(map(text_key, texts), texts, strict=True))
    stored = known.texts if known is not None and known.version == version else {}
    kept = {k: stored[k] for k in keyed if k in stored}
    unseen = {k: t for k, t in keyed.items() if k not in stored}
    found, fresh = counted(list(unseen.values()))
    old = known.vocabulary if known is not None and kept else ()
    used = np.zeros(len(old), dtype=bool)
    for counts in kept.values():
        used[counts.columns] = True
    vocabulary = tuple(sorted({*itertools.compress(old, used.tolist()), *found}))
    place = {word: i for i, word in enumerate(vocabulary)}
    if vocabulary != old:  # sorted both: stored columns keep their order when they move
        moved = np.array([place.get(word, -1) for word in old], dtype=np.int64)
        kept = {k: WordCounts(moved[c.columns], c.counts, c.capitals) for k, c in kept.items()}
    at = np.array([place[word] for word in found], dtype=np.int64)
    for key, counts in zip(unseen, fresh, strict=True):
        columns = at[counts.columns]
        order = np.argsort(columns, kind="stable")
        kept[key] = WordCounts(columns[order], counts.counts[order], counts.capitals[order])
    return StoryWords(version, vocabulary, {k: kept[k] for k in keyed})


def counted(texts: Sequence[str]) -> tuple[list[str], list[WordCounts]]:
    """Return the words of the texts and each text's counts, a column being a place in them."""
    tokens, token_rows = tokenised(texts, WORD)
    openers, opener_rows = tokenised(texts, _SENTENCE_OPENER)
    # Each distinct spelling is normalised once; the per-token work stays in C (map, bincount).
    index, raw = spelling_ids(tokens)
    words, capital = spelling_words(list(index))
    found = list(dict.fromkeys(w for w in words if w))
    column = {word: i for i, word in enumerate(found)}
    word_of = np.array([column.get(w, -1) for w in words], dtype=np.int64)
    width = max(len(found), 1)
    keep = word_of[raw] >= 0
    cells, inverse = np.unique(token_rows[keep] * width + word_of[raw[keep]], return_inverse=True)
    counts = np.bincount(inverse, minlength=len(cells))
    capitals = np.bincount(inverse, weights=capital[raw[keep]], minlength=len(cells))
    # A capital opening a sentence says nothing; one inside it marks a name.
    opened = np.fromiter((index.get(t, -1) for t in openers), dtype=np.int64, count=len(openers))
    first = opened >= 0
    first[first] = capital[opened[first]] & (word_of[opened[first]] >= 0)
    starts = opener_rows[first] * width + word_of[opened[first]]
    at = np.minimum(np.searchsorted(cells, starts), max(len(cells) - 1, 0))
    at = at[cells[at] == starts] if len(cells) else at[:0]  # an opener is one of its text's words
    net = (capitals - np.bincount(at, minlength=len(cells))).astype(np.int64)
    bounds = np.searchsorted(cells // width, np.arange(len(texts) + 1))
    return found, [
        WordCounts(cells[a:b] % width, counts[a:b], net[a:b])
        for a, b in itertools.pairwise(bounds.tolist())
    ]


def story_vectors(texts: Sequence[str], words: StoryWords | None = None) -> sp.csr_matrix:
    """Return L2-normalised TF-IDF rows; words mostly written capitalised count as names."""
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
    names = capitals * 2 > np.asarray(counts.sum(axis=0)).ravel()
    return weighted(counts, names)


def joined_ints(parts: Sequence[Ints]) -> Ints:
    """Return the arrays end to end; no arrays make an empty one."""
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def spelling_ids(tokens: Sequence[str]) -> tuple[dict[str, int], Ints]:
    """Return each distinct spelling's number (in order of first use) and each token's."""
    index = {token: i for i, token in enumerate(dict.fromkeys(tokens))}
    return index, np.fromiter(map(index.__getitem__, tokens), dtype=np.int64, count=len(tokens))


def tokenised(texts: Sequence[str], pattern: re.Pattern[str]) -> tuple[list[str], Ints]:
    """Return every match of `pattern` across the texts and the row each came from; a text is
    searched with underscores as spaces and a line break before it."""
    found = [pattern.findall("\n" + text.replace("_", " ")) for text in texts]
    lengths = np.fromiter(map(len, found), dtype=np.int64, count=len(found))
    return list(itertools.chain.from_iterable(found)), np.repeat(np.arange(len(texts)), lengths)


def spelling_words(spellings: Sequence[str]) -> tuple[list[str], npt.NDArray[np.bool_]]:
    """Return each spelling's word ("" when dropped) and whether it is capitalised."""
    words = []
    for token in spellings:
        word = token.replace("’", "'").removesuffix("'s").lower()
        dropped = word in STOPWORDS or len(word) < 2 or (word.isdigit() and len(word) < 3)
        words.append("" if dropped else word)
    capital = np.fromiter((t[0].isupper() for t in spellings), dtype=bool, count=len(spellings))
    return words, capital


def weighted(counts: sp.csr_matrix, names: npt.NDArray[np.bool_]) -> sp.csr_matrix:
    """Return sublinear TF-IDF rows of unit length, names weighted up, lone words dropped."""
    documents = counts.shape[0]
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + documents) / (1 + df)) + 1
    weights = idf * np.where(names, NAME_WEIGHT, 1.0)
    matrix = counts.copy()
    matrix.data = 1 + np.log(matrix.data)
    matrix = sp.csr_matrix(matrix @ sp.diags(weights))
    unit = normalised_rows(matrix)
    # A word found in one document only adds nothing to any similarity; dropping it after
    # normalising keeps the cosines and makes every product cheaper.
    return sp.csr_matrix(unit[:, df >= 2])


def normalised_rows(matrix: sp.csr_matrix) -> sp.csr_matrix:
    """Return the rows scaled to unit length; empty rows stay empty."""
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sp.csr_matrix(sp.diags(1 / norms) @ matrix)


def similar_pairs(
    vectors: sp.csr_matrix, *, threshold: float, weights: Vector | None = None
) -> tuple[Vector, Ints, Ints]:
    """Return the dots and rows (i < j) of every pair whose dot, times both weights, clears
    `threshold`."""
    scale = np.ones(vectors.shape[0]) if weights is None else weights
    # Nearly every pair shares some word: the few dots that can clear the bar with the
    # largest weights are picked out before their rows and columns are looked up.
    floor = threshold / max(float(scale.max(initial=0.0)), 1e-12) ** 2
    found: list[tuple[Vector, Ints, Ints]] = []
    for start, block in upper_dot_blocks(vectors):
        at = np.flatnonzero(block.data >= floor)
        rows = np.searchsorted(block.indptr, at, side="right") - 1 + start
        columns = block.indices[at].astype(np.int64) + start
        dots = block.data[at]
        keep = (dots * scale[rows] * scale[columns] >= threshold) & (rows < columns)
        found.append((dots[keep], rows[keep], columns[keep]))
    return joined_pairs(found)


def upper_dot_blocks(vectors: sp.csr_matrix) -> Iterator[tuple[int, sp.csr_matrix]]:
    """Yield each block of `CHUNK_ROWS` rows' dots with the rows from the block's first on,
    with that first row's number: every pair's dot once or twice, no pair below a block."""
    transposed = sp.csc_matrix(vectors.T)

    def block(start: int) -> tuple[int, sp.csr_matrix]:
        return start, sp.csr_matrix(vectors[start : start + CHUNK_ROWS] @ transposed[:, start:])

    # SciPy's sparse product lets go of the GIL: a block per thread at a time, yielded in
    # order, and no more blocks computed ahead than there are threads (each can hold 12 bytes
    # a pair: 100 MB at 16,000 briefs).
    threads = min(os.cpu_count() or 1, PRODUCT_THREADS)
    with ThreadPoolExecutor(threads) as pool:
        ahead: deque[Future[tuple[int, sp.csr_matrix]]] = deque()
        for start in range(0, vectors.shape[0], CHUNK_ROWS):
            ahead.append(pool.submit(block, start))
            if len(ahead) > threads:
                yield ahead.popleft().result()
        while ahead:
            yield ahead.popleft().result()


def joined_pairs(found: Sequence[tuple[Vector, Ints, Ints]]) -> tuple[Vector, Ints, Ints]:
    """Return the dots, left and right rows of the parts end to end."""
    if not found:
        return np.zeros(0), np.zeros(0, np.int64), np.zeros(0, np.int64)
    dots, left, right = (np.concatenate(parts) for parts in zip(*found, strict=True))
    return dots, left, right


# ---------------------------------------------------------------- clustering


def average_link(
    vectors: sp.csr_matrix, days: Sequence[int | None], *, threshold: float
) -> list[int]:
    """Return a group label per row after average-link merging down to `threshold`."""
    sizes = np.ones(vectors.shape[0])
    dated = day_array(days)
    groups = merged_groups(Rule(threshold), vectors, sizes, np.stack([dated, dated], axis=1))
    return labels_of(groups, vectors.shape[0])


def merge_by_centroid(
    vectors: sp.csr_matrix, days: Sequence[int | None], labels: list[int]
) -> list[int]:
    """Return labels after merging stories whose summed vectors point the same way."""
    stories = [rows for _, rows in sorted(rows_by_label(labels).items())]
    indicator = sp.csr_matrix(
        (
            np.ones(len(labels)),
            ([i for i, rows in enumerate(stories) for _ in rows], [r for g in stories for r in g]),
        ),
        shape=(len(stories), len(labels)),
    )
    spans = np.array([span_of(day_array([days[r] for r in rows])) for rows in stories])
    rule = Rule(ATTACH_THRESHOLD, CENTROID_THRESHOLD, by_centroid=True)
    sizes = np.array([len(rows) for rows in stories], dtype=np.float64)
    groups = merged_groups(rule, sp.csr_matrix(indicator @ vectors), sizes, spans)
    merged = [[row for story in group for row in stories[story]] for group in groups]
    return labels_of(merged, len(labels))


def rows_by_label(labels: Sequence[int]) -> dict[int, list[int]]:
    """Return the rows of each label."""
    groups: dict[int, list[int]] = {}
    for row, label in enumerate(labels):
        groups.setdefault(label, []).append(row)
    return groups


def day_array(days: Sequence[int | None]) -> Vector:
    """Return day ordinals as floats, NaN for undated."""
    return np.array([np.nan if d is None else d for d in days], dtype=np.float64).reshape(-1)


def span_of(days: Vector) -> tuple[float, float]:
    """Return the first and last of `days`, NaN for both when none is dated."""
    dated = days[~np.isnan(days)]
    return (float(dated.min()), float(dated.max())) if dated.size else (np.nan, np.nan)


def labels_of(groups: Sequence[Sequence[int]], count: int) -> list[int]:
    """Return a label per row: the position of its group in `groups`."""
    labels = [0] * count
    for label, rows in enumerate(groups):
        for row in rows:
            labels[row] = label
    return labels


@dataclass(frozen=True)
class Rule:
    """When a merging pass joins two groups, and which joinable pair goes first."""

    mean_floor: float  # least mean pair cosine; also the bar for comparing groups at all
    centroid_floor: float = 0.0  # least cosine of the two groups' summed vectors
    by_centroid: bool = False  # rank pairs by centroid cosine instead of mean cosine

    def scores(self, dots: Vector, a: Facts, b: Facts) -> Vector:
        """Return each pair's rank score from the dot of its sums, -1 where it may not merge."""
        dots = dots * date_penalty(a, b)
        means = dots / (a.sizes * b.sizes)
        centroids = dots / np.maximum(a.norms * b.norms, 1e-12)
        ok = (means >= self.mean_floor) & (centroids >= self.centroid_floor)
        return np.where(ok, centroids if self.by_centroid else means, -1.0)


@dataclass(frozen=True)
class Facts:
    """Brief counts, vector-sum lengths and date spans (day ordinals, NaN undated) of groups."""

    sizes: Vector
    norms: Vector
    first: Vector
    last: Vector

    def at(self, index: Ints | int) -> Facts:
        """Return the facts of the groups at the given positions."""
        return Facts(self.sizes[index], self.norms[index], self.first[index], self.last[index])

    def join(self, a: int, b: int, *, into: int, dot: float) -> None:
        """Set the facts at `into` (which may be `a`) to those of the union of groups `a` and
        `b`, whose sums have the given dot."""
        sizes, norms = self.sizes, self.norms
        sizes[into] = sizes[a] + sizes[b]
        # |x + y|² = |x|² + |y|² + 2 x·y: the union's length without adding the vectors.
        norms[into] = np.sqrt(max(norms[a] * norms[a] + norms[b] * norms[b] + 2 * dot, 0.0))
        self.first[into] = np.fmin(self.first[a], self.first[b])
        self.last[into] = np.fmax(self.last[a], self.last[b])


def date_penalty(a: Facts, b: Facts) -> Vector:
    """Return the factor (1 down to 0) for the gap in days between two groups' date spans."""
    gap = np.maximum(b.first - a.last, a.first - b.last)  # negative when the spans overlap
    # Undated groups compare as NaN, which fmax turns into 0 days late: no penalty.
    late = np.fmax(gap - DATE_GRACE_DAYS, 0.0) / DATE_SCALE_DAYS
    return np.asarray(0.5**late, dtype=np.float64)


def merged_groups(
    rule: Rule, units: sp.csr_matrix, sizes: Vector, spans: npt.NDArray[np.float64]
) -> list[list[int]]:
    """Return groups of unit rows after merging the best pair the rule allows, until none."""
    count = units.shape[0]
    norms = np.sqrt(np.asarray(units.multiply(units).sum(axis=1)).ravel())
    first, last = spans.reshape(count, 2).T.copy() if count else np.zeros((2, 0))
    facts = Facts(np.array(sizes, dtype=np.float64), norms, first, last)
    merging: Merging
    if count * count * np.dtype(np.float32).itemsize <= TABLE_BYTES:
        merging = TableMerging.of(rule, units, facts)
    else:
        merging = SparseMerging.of(rule, units, facts)
    return merging.run(next_id=count)


def first_heap(rule: Rule, facts: Facts, pairs: tuple[Vector, Ints, Ints]) -> list[Scored]:
    """Return the heap of the unit pairs that may merge, given their dots and rows."""
    dots, left, right = pairs
    scores = rule.scores(dots, facts.at(left), facts.at(right))
    heap = [
        (-score, i, j)
        for score, i, j in zip(scores.tolist(), left.tolist(), right.tolist(), strict=True)
        if score >= 0
    ]
    heapq.heapify(heap)
    return heap


@dataclass
class Merging:
    """The working state of one merging pass: the standing groups and the pairs that may merge.

    Group ids are never reused and a pair's score changes only when one of its groups
    merges, which retires that id: so every pair that may merge goes on the heap once,
    and an entry whose two groups both still stand is current.
    """

    rule: Rule
    members: dict[int, list[int]]  # the standing groups
    heap: list[Scored]

    def run(self, *, next_id: int) -> list[list[int]]:
        """Merge the best pair (ties: smaller ids) until none may merge; return the groups."""
        while self.heap:
            _, a, b = heapq.heappop(self.heap)
            if a in self.members and b in self.members:
                self.merge(a, b, next_id)
                next_id += 1
        return [self.members[g] for g in sorted(self.members)]

    def merge(self, a: int, b: int, new: int) -> None:
        """Replace groups `a` and `b` by `new` and put its pairs that may merge on the heap."""
        raise NotImplementedError


@dataclass
class TableMerging(Merging):
    """Merging with a table of dots between groups and units, a row per group: a union's
    row is the sum of its parts' rows, and its dot with each group sums the row over that
    group's units. No column has to follow a merge (a strided write across the table)."""

    table: npt.NDArray[np.float32]  # by slot: dots of its group's vector sum with each unit
    facts: Facts  # by slot; a retired slot has infinite size, so clears no floor
    slot_of: dict[int, int]  # by standing group id; a union takes the slot of its first part
    ids: Ints  # by slot: the id of the group standing there
    slots: Ints  # by unit: the slot of its group

    @classmethod
    def of(cls, rule: Rule, units: sp.csr_matrix, facts: Facts) -> TableMerging:
        """Return the state before the first merge: every unit a group of its own."""
        count = units.shape[0]
        table = dot_table(units)
        pairs = table_pairs(table, threshold=rule.mean_floor, weights=1 / facts.sizes)
        start = {i: [i] for i in range(count)}
        heap = first_heap(rule, facts, pairs)
        ids = np.arange(count)
        return cls(rule, start, heap, table, facts, {i: i for i in range(count)}, ids, ids.copy())

    def merge(self, a: int, b: int, new: int) -> None:
        """Replace groups `a` and `b` by `new` and put its pairs that may merge on the heap."""
        into, gone = self.slot_of.pop(a), self.slot_of.pop(b)
        moved = self.members.pop(b)
        self.members[new] = self.members.pop(a) + moved
        self.slot_of[new], self.ids[into] = into, new
        table, facts = self.table, self.facts
        dot = float(table[into, moved].sum(dtype=np.float64))
        table[into] += table[gone]  # the dot of sums is additive
        self.slots[moved] = into
        row = np.bincount(self.slots, weights=table[into], minlength=len(self.slots))
        facts.join(into, gone, into=into, dot=dot)
        facts.sizes[gone] = np.inf
        near = np.flatnonzero(row >= self.rule.mean_floor * facts.sizes[into] * facts.sizes)
        near = near[near != into]
        scores = self.rule.scores(row[near], facts.at(into), facts.at(near))
        ok = scores >= 0
        # (-score, other, new): other < new, as ids grow.
        pairs = zip((-scores[ok]).tolist(), self.ids[near[ok]].tolist(), itertools.repeat(new))
        for pair in pairs:
            heapq.heappush(self.heap, pair)


def dot_table(vectors: sp.csr_matrix) -> npt.NDArray[np.float32]:
    """Return the dot of every pair of rows as a square table."""
    count = vectors.shape[0]
    table = np.empty((count, count), dtype=np.float32)
    # One buffer for every block: a fresh 25 MB array per block cost more in page faults
    # than the copy into the table.
    buffer = np.empty(CHUNK_ROWS * count)
    for start, block in upper_dot_blocks(vectors):
        dense = block.toarray(out=buffer[: block.shape[0] * block.shape[1]].reshape(block.shape))
        stop = start + dense.shape[0]
        table[start:stop, start:] = dense
        table[start:, start:stop] = dense.T
    return table


def table_pairs(
    table: npt.NDArray[np.float32], *, threshold: float, weights: Vector
) -> tuple[Vector, Ints, Ints]:
    """Return the dots and rows (i < j) of every pair in the table whose dot, times both
    weights, clears `threshold`."""
    found: list[tuple[Vector, Ints, Ints]] = []
    for start in range(0, table.shape[0], CHUNK_ROWS):
        block = table[start : start + CHUNK_ROWS, start:]  # row r, column c: pair start + r, c
        scaled = block * weights[start : start + block.shape[0], None] * weights[None, start:]
        rows, columns = np.nonzero(scaled >= threshold)
        keep = rows < columns
        rows, columns = rows[keep], columns[keep]
        found.append((block[rows, columns].astype(np.float64), rows + start, columns + start))
    return joined_pairs(found)


@dataclass
class SparseMerging(Merging):
    """Merging that keeps only the dots of pairs that clear the floor: for passes too large
    for a table. A union's dot with a neighbour of one part only is computed from the rows.
    """

    units: sp.csr_matrix
    facts: Facts  # by group id, retired ones included; a merge fills in its new id
    dots: list[dict[int, float]]  # by group id: the dots of its compared pairs

    @classmethod
    def of(cls, rule: Rule, units: sp.csr_matrix, facts: Facts) -> SparseMerging:
        """Return the state before the first merge: every unit a group of its own."""
        count = units.shape[0]
        # Each merge makes a new group id; a pass of `count` units makes fewer than `count`.
        by_id = Facts(
            *(np.resize(f, 2 * count) for f in (facts.sizes, facts.norms, facts.first, facts.last))
        )
        # A mean over a merged group is a weighted average of its parts' means, so it clears the
        # floor only against a group that some part already cleared it against.
        pairs = similar_pairs(units, threshold=rule.mean_floor, weights=1 / facts.sizes)
        dots: list[dict[int, float]] = [{} for _ in range(2 * count)]
        for i, j, dot in zip(pairs[1].tolist(), pairs[2].tolist(), pairs[0].tolist(), strict=True):
            dots[i][j] = dots[j][i] = dot
        start = {i: [i] for i in range(count)}
        return cls(rule, start, first_heap(rule, facts, pairs), units, by_id, dots)

    def merge(self, a: int, b: int, new: int) -> None:
        """Replace groups `a` and `b` by `new` and put its pairs that may merge on the heap."""
        near_a, near_b = self.dots[a], self.dots[b]
        self.dots[a], self.dots[b] = {}, {}
        self.members[new] = self.members.pop(a) + self.members.pop(b)
        standing = self.members
        around = sorted(c for c in near_a.keys() | near_b.keys() if c in standing)
        # The dot of sums is additive: a neighbour of both sides adds its two known dots;
        # a neighbour of one side only is compared with the union's sum, row by row.
        dots = np.array([near_a.get(c, 0.0) + near_b.get(c, 0.0) for c in around], dtype=np.float64)
        one_sided = [i for i, c in enumerate(around) if c not in near_a or c not in near_b]
        if one_sided:
            dots[one_sided] = self.sum_dots(self.members[new], [around[i] for i in one_sided])
        self.facts.join(a, b, into=new, dot=near_a[b])
        mine, theirs = self.facts.at(new), self.facts.at(np.array(around, dtype=np.int64))
        scores = self.rule.scores(dots, mine, theirs)
        # A pair below the mean floor is dropped: no later union of it can clear the floor
        # unless some other part does, and that part brings the pair back, scored exactly.
        close = dots >= self.rule.mean_floor * mine.sizes * theirs.sizes
        mine_dots = self.dots[new]
        for other, dot, score, kept in zip(
            around, dots.tolist(), scores.tolist(), close.tolist(), strict=True
        ):
            if kept:
                mine_dots[other] = self.dots[other][new] = dot
                if score >= 0:
                    heapq.heappush(self.heap, (-score, other, new))  # other < new: ids grow

    def sum_dots(self, rows: Sequence[int], groups: Sequence[int]) -> Vector:
        """Return the dot of the sum of `rows` with the sum of each of `groups`."""
        columns, values, _ = row_entries(self.units, rows)
        total = np.bincount(columns, weights=values, minlength=self.units.shape[1])
        members = [self.members[g] for g in groups]
        columns, values, lengths = row_entries(self.units, [row for m in members for row in m])
        group_of_row = np.repeat(np.arange(len(members)), [len(m) for m in members])
        products = total[columns] * values
        owner = np.repeat(group_of_row, lengths)
        return np.asarray(
            np.bincount(owner, weights=products, minlength=len(groups)), dtype=np.float64
        )


def row_entries(matrix: sp.csr_matrix, rows: Sequence[int]) -> tuple[Ints, Vector, Ints]:
    """Return the column numbers and values of the given CSR rows, end to end, and each row's
    count of entries: a row gather without building a matrix, which costs more here."""
    starts = matrix.indptr[rows]
    lengths = matrix.indptr[np.asarray(rows, dtype=np.int64) + 1] - starts
    at = range_indices(starts, lengths)
    return matrix.indices[at], matrix.data[at], lengths


def range_indices(starts: Ints, lengths: Ints) -> Ints:
    """Return the positions of each run [start, start + length), the runs end to end."""
    offsets = np.cumsum(lengths) - lengths
    at: Ints = np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)
    return at


def attach_strays(vectors: sp.csr_matrix, labels: list[int], *, threshold: float) -> list[int]:
    """Return labels with each lone brief moved into the story it is closest to, if close."""
    sizes = Counter(labels)
    strays = [row for row, label in enumerate(labels) if sizes[label] == 1]
    stories = sorted({label for label in labels if sizes[label] > 1})
    if not strays or not stories:
        return labels
    # A story is a fuller picture of its subject than any one brief, so a stray that is, on
    # average, close to all its briefs belongs there even below the merging threshold.
    column = {label: i for i, label in enumerate(stories)}
    story_rows = [row for row, label in enumerate(labels) if label in column]
    indicator = sp.csr_matrix(
        (
            np.ones(len(story_rows)),
            ([column[labels[row]] for row in story_rows], story_rows),
        ),
        shape=(len(stories), len(labels)),
    )
    totals = sp.csr_matrix(indicator @ vectors)
    story_sizes = np.array([sizes[label] for label in stories], dtype=np.float64)
    out = list(labels)
    for start in range(0, len(strays), CHUNK_ROWS):
        chunk = strays[start : start + CHUNK_ROWS]
        means = np.asarray((vectors[chunk] @ totals.T).todense()) / story_sizes
        best = np.argmax(means, axis=1)
        for row, choice, mean in zip(chunk, best, means.max(axis=1), strict=True):
            if mean >= threshold:
                out[row] = stories[int(choice)]
    return out


def numbered_by_first_seen(labels: Sequence[int]) -> tuple[int, ...]:
    """Return labels renumbered 0, 1, 2 ... in order of first appearance."""
    numbers: dict[int, int] = {}
    return tuple(numbers.setdefault(label, len(numbers)) for label in labels)


# ---------------------------------------------------------------- baseline

_BASELINE_TOKEN = re.compile(r"(?u)\b\w\w+\b")


def baseline_stories(texts: Sequence[str], *, distance: float = 0.9) -> tuple[int, ...]:
    """Return story numbers from the reference baseline: TF-IDF cosine average link.

    Mirrors scikit-learn's TfidfVectorizer(sublinear_tf=True) and AgglomerativeClustering
    (cosine, average, distance_threshold=0.9); quadratic in time and memory, for comparison.
    """
    from scipy.cluster.hierarchy import fcluster, linkage  # type: ignore[import-untyped]
    from scipy.spatial.distance import squareform  # type: ignore[import-untyped]

    if len(texts) < 2:
        return tuple(range(len(texts)))
    vocabulary: dict[str, int] = {}
    rows: list[int] = []
    columns: list[int] = []
    counts: list[int] = []
    for row, text in enumerate(texts):
        tally = Counter(
            vocabulary.setdefault(w, len(vocabulary)) for w in _BASELINE_TOKEN.findall(text.lower())
        )
        rows.extend([row] * len(tally))
        columns.extend(tally)
        counts.extend(tally.values())
    matrix = sp.csr_matrix(
        (np.array(counts, dtype=np.float64), (rows, columns)), shape=(len(texts), len(vocabulary))
    )
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    matrix.data = 1 + np.log(matrix.data)
    unit = normalised_rows(
        sp.csr_matrix(matrix @ sp.diags(np.log((1 + len(texts)) / (1 + df)) + 1))
    )
    distances = np.clip(1 - (unit @ unit.T).toarray(), 0, None)
    np.fill_diagonal(distances, 0)
    tree = linkage(squareform(distances, checks=False), method="average")
    return numbered_by_first_seen(fcluster(tree, t=distance, criterion="distance").tolist())
