"""Stories: briefs that cover the same story, grouped across sources and days.

Briefs become TF-IDF vectors (stopwords out, sublinear counts, names weighted up, the lead
counted twice) and are grouped by average-link clustering on cosine similarity: two groups
merge while the mean similarity over all their pairs clears `STORY_THRESHOLD`. The mean is
computed exactly from the groups' vector sums, and only groups holding at least one pair
above the threshold are ever compared (a mean cannot clear a bar that no pair clears), so
time and memory follow the number of similar pairs rather than the square of the corpus.
"""

from __future__ import annotations

import heapq
import re
from collections import Counter
from collections.abc import Iterator, Sequence

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.model import Brief

STORY_THRESHOLD = 0.10  # mean cosine two groups need to become one story
ATTACH_THRESHOLD = 0.05  # mean cosine a lone brief needs to join an existing story
NAME_WEIGHT = 3.0  # names tell one story from its neighbours better than common words
LEAD_WORDS = 60  # the lead says what the story is; its words count twice
DUPLICATE_CANDIDATE = 0.5  # cosine above which two briefs are checked for duplication
DUPLICATE_OVERLAP = 0.8  # share of the shorter text's word triples found in the longer
CHUNK_ROWS = 512  # rows per block of the similarity product; bounds peak memory

Vector = npt.NDArray[np.float64]

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_OPENER = re.compile(r"(?:^|(?<=[.!?])[\"”’)]*\s+|\n)\W*?([^\W_]+(?:['’][^\W_]+)*)")
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
    why will with within without would yet you your yours yourself yourselves""".split()
)


def group_stories(briefs: Sequence[Brief]) -> tuple[int, ...]:
    """Return a story number per brief, in input order; equal numbers share a story."""
    if not briefs:
        return ()
    vectors = story_vectors([story_text(b) for b in briefs])
    labels = average_link(vectors, threshold=STORY_THRESHOLD)
    labels = attach_strays(vectors, labels, threshold=ATTACH_THRESHOLD)
    return numbered_by_first_seen(labels)


def story_text(brief: Brief) -> str:
    """Return the text a brief is compared by: human headline, article text, lead again."""
    text = "\n".join(part for part in (brief.article.title, brief.article.text) if part)
    return text + "\n" + " ".join(text.split()[:LEAD_WORDS])


# ---------------------------------------------------------------- vectors


def word_counts(text: str) -> Iterator[tuple[str, int, int]]:
    """Yield (content word lower-cased, count, times capitalised mid-sentence)."""
    # Counting raw tokens first keeps the per-word Python work to one pass per distinct token.
    openers = Counter(_SENTENCE_OPENER.findall(text))
    for token, count in Counter(_TOKEN.findall(text)).items():
        word = token.replace("’", "'").removesuffix("'s")
        lower = word.lower()
        if lower in STOPWORDS or len(lower) < 2 or (lower.isdigit() and len(lower) < 3):
            continue
        # A capital opening a sentence says nothing; one inside it marks a name.
        yield lower, count, count - openers[token] if word[0].isupper() else 0


def story_vectors(texts: Sequence[str]) -> sp.csr_matrix:
    """Return L2-normalised TF-IDF rows; words mostly written capitalised count as names."""
    vocabulary: dict[str, int] = {}
    capitalised: Counter[int] = Counter()
    seen: Counter[int] = Counter()
    rows: list[int] = []
    columns: list[int] = []
    counts: list[int] = []
    for row, text in enumerate(texts):
        tally: Counter[int] = Counter()
        for word, count, capitals in word_counts(text):
            column = vocabulary.setdefault(word, len(vocabulary))
            tally[column] += count
            capitalised[column] += capitals
        seen.update(tally)
        rows.extend([row] * len(tally))
        columns.extend(tally)
        counts.extend(tally.values())
    names = np.array([capitalised[c] * 2 > seen[c] for c in range(len(vocabulary))], dtype=bool)
    counts_matrix = sp.csr_matrix(
        (np.array(counts, dtype=np.float64), (rows, columns)),
        shape=(len(texts), len(vocabulary)),
    )
    return weighted(counts_matrix, names)


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


def similar_pairs(vectors: sp.csr_matrix, *, threshold: float) -> list[tuple[float, int, int]]:
    """Return (cosine, i, j) for every pair i < j whose cosine is at least `threshold`."""
    pairs: list[tuple[float, int, int]] = []
    transposed = sp.csc_matrix(vectors.T)
    for start in range(0, vectors.shape[0], CHUNK_ROWS):
        block = sp.coo_matrix(vectors[start : start + CHUNK_ROWS] @ transposed)
        rows = block.row + start
        keep = (block.data >= threshold) & (rows < block.col)
        pairs.extend(
            zip(
                block.data[keep].tolist(),
                rows[keep].tolist(),
                block.col[keep].tolist(),
                strict=True,
            )
        )
    return pairs


# ---------------------------------------------------------------- clustering


def average_link(vectors: sp.csr_matrix, *, threshold: float) -> list[int]:
    """Return a group label per row after average-link merging down to `threshold`."""
    count = vectors.shape[0]
    members: dict[int, list[int]] = {i: [i] for i in range(count)}
    neighbours: dict[int, set[int]] = {i: set() for i in range(count)}
    # Heap of (-mean cosine, a, b): the best pair first, ties broken by group ids.
    heap: list[tuple[float, int, int]] = []
    for cosine, i, j in similar_pairs(vectors, threshold=threshold):
        neighbours[i].add(j)
        neighbours[j].add(i)
        heap.append((-cosine, i, j))
    heapq.heapify(heap)
    next_id = count
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was merged since this pair was scored
        merged = members.pop(a) + members.pop(b)
        around = sorted((neighbours.pop(a) | neighbours.pop(b)) - {a, b})
        for other, mean in zip(
            around, mean_similarities(vectors, merged, around, members), strict=True
        ):
            neighbours[other] -= {a, b}
            neighbours[other].add(next_id)
            if mean >= threshold:
                heapq.heappush(heap, (-mean, other, next_id))
        members[next_id] = merged
        neighbours[next_id] = set(around)
        next_id += 1
    labels = [0] * count
    for group, rows in members.items():
        for row in rows:
            labels[row] = group
    return labels


def mean_similarities(
    vectors: sp.csr_matrix, group: list[int], others: list[int], members: dict[int, list[int]]
) -> list[float]:
    """Return the mean cosine between `group` and each of `others`, from vector sums."""
    if not others:
        return []
    total: Vector = np.asarray(vectors[group].sum(axis=0)).ravel()
    rows = [row for other in others for row in members[other]]
    sizes = np.array([len(members[other]) for other in others])
    per_row: Vector = np.asarray(vectors[rows] @ total).ravel()
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    sums: Vector = np.add.reduceat(per_row, starts)
    means: list[float] = (sums / (sizes * len(group))).tolist()
    return means


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


# ---------------------------------------------------------------- duplicates


def find_duplicates(briefs: Sequence[Brief]) -> tuple[int | None, ...]:
    """Return, per brief, the index of the earliest brief it duplicates, or None."""
    texts = [brief.article.text for brief in briefs]
    vectors = story_vectors(texts)
    triples = [word_triples(text) for text in texts]
    canonical = list(range(len(briefs)))
    for _, i, j in sorted(similar_pairs(vectors, threshold=DUPLICATE_CANDIDATE)):
        if is_near_copy(triples[i], triples[j]):
            join(canonical, i, j)
    roots = [root_of(canonical, i) for i in range(len(briefs))]
    return tuple(None if root == i else root for i, root in enumerate(roots))


def word_triples(text: str) -> frozenset[tuple[str, str, str]]:
    """Return the text's runs of three consecutive words, lower-cased."""
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    return frozenset(zip(tokens, tokens[1:], tokens[2:], strict=False))


def is_near_copy(a: frozenset[tuple[str, str, str]], b: frozenset[tuple[str, str, str]]) -> bool:
    """Return whether most of the shorter text's word runs are found in the longer."""
    shorter, longer = sorted((a, b), key=len)
    # Checked against the shorter so a copy with extra furniture, a credit line or a teaser
    # still counts; requiring half the length keeps a one-paragraph excerpt from counting.
    if not shorter or len(shorter) * 2 < len(longer):
        return False
    return len(shorter & longer) >= DUPLICATE_OVERLAP * len(shorter)


def root_of(parent: list[int], i: int) -> int:
    """Return the smallest index of i's duplicate set (union-find root)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def join(parent: list[int], i: int, j: int) -> None:
    """Merge the duplicate sets of i and j under the earlier index."""
    a, b = root_of(parent, i), root_of(parent, j)
    parent[max(a, b)] = min(a, b)


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
