"""Copies: seeds that carry one article, such as the same agency text under two names.

Two texts are copies when most of the shorter one's word triples are in the longer
(`is_near_copy`); triples are compared by 64-bit fingerprints. Every such pair is found,
with no cut-off that depends on the rest of the corpus:

- over a whole corpus by prefix filtering: the shorter text's rarest triples cannot all
  be missing from its copy, so only texts sharing one of those are compared;
- after a small change, from the last build's `CopyIndex`: the test looks at two texts
  only, so the pairs among unchanged texts stand, and each new text is compared with
  every other one in a single pass over the stored fingerprints.

Both ways find the same pairs, so a rebuild gives what a cold build gives.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from digest.group.story_words import (
    WORD,
    Ints,
    range_indices,
    runs,
    spelling_ids,
    text_key,
    tokenised,
)
from digest.model import Brief

DUPLICATE_SHARE = (4, 5)  # share of the shorter text's word triples its copy must hold
# New texts up to which comparing each with every other beats finding all pairs again.
INCREMENTAL_LIMIT = 64

Prints = npt.NDArray[np.uint64]  # sorted, distinct fingerprints of a text's word triples
Size = TypeVar("Size", int, Ints)
Pair = tuple[str, str]  # two text keys, in order

# splitmix64's constants: multiplications that spread every input bit over the output.
_MIX = (np.uint64(0xBF58476D1CE4E5B9), np.uint64(0x94D049BB133111EB))
_SECOND, _THIRD = np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F)


@dataclass(frozen=True)
class CopyIndex:
    """What finding copies learnt, kept for the next build."""

    version: str  # the digest code that made it: other code may test copies another way
    prints: Mapping[str, Prints]  # text key -> the text's fingerprints
    pairs: frozenset[Pair]  # every two different texts that are copies


@dataclass(frozen=True)
class Copies:
    """Per text, the index of the earliest text it copies (None for none), and the index."""

    copy_of: tuple[int | None, ...]
    index: CopyIndex


def find_duplicates(briefs: Sequence[Brief]) -> tuple[int | None, ...]:
    """Return, per brief, the index of the earliest brief it duplicates, or None."""
    return find_copies([brief.article.text for brief in briefs]).copy_of


def find_copies(
    texts: Sequence[str], known: CopyIndex | None = None, *, version: str = ""
) -> Copies:
    """Return which texts copy which, reusing what `known` (of the same `version`) found."""
    keys = [text_key(text) for text in texts]
    usable = known if known is not None and known.version == version else None
    stored = usable.prints if usable is not None else {}
    unseen = {k: t for k, t in zip(keys, texts, strict=True) if k not in stored}
    prints = dict(zip(unseen, fingerprints(list(unseen.values())), strict=True))
    prints.update((k, stored[k]) for k in keys if k in stored)
    if usable is not None and len(unseen) <= INCREMENTAL_LIMIT:
        kept = {p for p in usable.pairs if p[0] in prints and p[1] in prints}
        pairs = kept | pairs_with(list(unseen), prints)
    else:
        pairs = all_pairs(prints)
    index = CopyIndex(version, {k: prints[k] for k in dict.fromkeys(keys)}, frozenset(pairs))
    return Copies(earliest_copies(keys, index), index)


def fingerprints(texts: Sequence[str]) -> list[Prints]:
    """Return each text's fingerprints of its runs of three consecutive words, lower-cased."""
    tokens, rows = tokenised(texts, WORD)
    index, raw = spelling_ids(tokens)
    lowered = {spelling: spelling.lower() for spelling in index}
    # Each distinct word is hashed once; a word's hash does not depend on the corpus.
    word_hash = {w: _hash(w) for w in dict.fromkeys(lowered.values())}
    by_spelling = np.fromiter((word_hash[lowered[s]] for s in index), np.uint64, len(index))
    ids = by_spelling[raw]
    starts = np.flatnonzero(rows[:-2] == rows[2:]) if len(ids) > 2 else np.zeros(0, np.int64)
    triples = _mixed(ids[starts] * _SECOND ^ ids[starts + 1]) * _THIRD ^ ids[starts + 2]
    triples = _mixed(triples)
    bounds = np.searchsorted(rows[starts], np.arange(len(texts) + 1))
    return [np.unique(triples[bounds[i] : bounds[i + 1]]) for i in range(len(texts))]


def _hash(word: str) -> int:
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little")


def _mixed(values: Prints) -> Prints:
    """Return splitmix64's finaliser of each value: nearby inputs give unrelated outputs."""
    values = (values ^ (values >> np.uint64(30))) * _MIX[0]
    values = (values ^ (values >> np.uint64(27))) * _MIX[1]
    return values ^ (values >> np.uint64(31))


def all_pairs(prints: Mapping[str, Prints]) -> set[Pair]:
    """Return every two different texts that are copies, comparing only prefix candidates."""
    keys = list(prints)
    sets = _dense_sets([prints[k] for k in keys])
    return {
        _pair(keys[i], keys[j]) for i, j in copy_candidates(sets) if is_near_copy(sets[i], sets[j])
    }


def _dense_sets(prints: Sequence[Prints]) -> list[frozenset[int]]:
    """Return the fingerprints renumbered 0, 1, 2 ..., as `copy_candidates` counts them."""
    sizes = [len(p) for p in prints]
    joined = np.concatenate(prints) if prints else np.zeros(0, np.uint64)
    dense = np.unique(joined, return_inverse=True)[1].ravel()
    bounds = np.concatenate([[0], np.cumsum(sizes)])
    return [frozenset(dense[bounds[i] : bounds[i + 1]].tolist()) for i in range(len(prints))]


def pairs_with(new: Sequence[str], prints: Mapping[str, Prints]) -> set[Pair]:
    """Return every pair of a text in `new` and another text that are copies."""
    keys = list(prints)
    sizes = np.array([len(prints[k]) for k in keys], dtype=np.int64)
    owner = np.repeat(np.arange(len(keys)), sizes)
    joined = np.concatenate([prints[k] for k in keys]) if keys else np.zeros(0, np.uint64)
    place = {k: i for i, k in enumerate(keys)}
    found: set[Pair] = set()
    for key in new:
        mine = prints[key]
        if not len(mine):
            continue
        at = np.minimum(np.searchsorted(mine, joined), len(mine) - 1)
        shared = np.bincount(owner[mine[at] == joined], minlength=len(keys))
        shorter, longer = np.minimum(sizes, len(mine)), np.maximum(sizes, len(mine))
        near = (shorter * 2 >= longer) & (shared >= required_overlap(shorter))
        near[place[key]] = False
        found.update(_pair(key, keys[j]) for j in np.flatnonzero(near).tolist())
    return found


def earliest_copies(keys: Sequence[str], index: CopyIndex) -> tuple[int | None, ...]:
    """Return, per text, the smallest index of the texts it is joined to by copies, or None."""
    parent = list(range(len(keys)))
    first: dict[str, int] = {}
    for i, key in enumerate(keys):
        # A text is a copy of itself unless it has no word triple at all.
        if key in first and len(index.prints[key]):
            join(parent, first[key], i)
        first.setdefault(key, i)
    for a, b in index.pairs:  # in any order: the root is the smallest index either way
        join(parent, first[a], first[b])
    roots = [root_of(parent, i) for i in range(len(keys))]
    return tuple(None if root == i else root for i, root in enumerate(roots))


def _pair(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def copy_candidates(triples: Sequence[frozenset[int]]) -> list[tuple[int, int]]:
    """Return the pairs (i < j) that may be near copies: the shorter set's rarest members,
    all but as many as `is_near_copy` lets it miss, include one of the longer set's.

    The sets hold dense numbers (0, 1, 2 ...), as `_dense_sets` makes them.
    """
    sizes = np.array([len(t) for t in triples], dtype=np.int64)
    docs = np.repeat(np.arange(len(triples)), sizes)
    dense = np.fromiter(itertools.chain.from_iterable(triples), np.int64, int(sizes.sum()))
    if not len(dense):
        return []
    df = np.bincount(dense)
    # Rarest first within each set: any order is exact, and this one meets the fewest sets.
    span = len(df) * (int(df.max()) + 1)
    if span * len(triples) < 2**62:  # one int64 key sorts faster than three
        order = np.argsort(docs * span + df[dense] * len(df) + dense)
    else:
        order = np.lexsort((dense, df[dense], docs))
    firsts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    rank = np.arange(len(order)) - firsts[docs[order]]
    prefix = order[rank < sizes[docs[order]] - required_overlap(sizes[docs[order]]) + 1]
    # Every set holding a prefix member: the members' postings, expanded in one go.
    by_run = np.argsort(dense, kind="stable")
    run_start = np.concatenate([[0], np.cumsum(df)[:-1]])
    counts = df[dense[prefix]]
    owner = np.repeat(docs[prefix], counts)
    other = docs[by_run[range_indices(run_start[dense[prefix]], counts)]]
    keep = (other != owner) & (sizes[owner] <= sizes[other]) & (sizes[other] <= 2 * sizes[owner])
    pairs = np.unique(
        np.minimum(owner[keep], other[keep]) * len(triples) + np.maximum(owner[keep], other[keep])
    )
    return [(int(p) // len(triples), int(p) % len(triples)) for p in pairs]


def required_overlap(size: Size) -> Size:
    """Return how many of a set's members its copy must hold: DUPLICATE_SHARE, rounded up."""
    share, whole = DUPLICATE_SHARE
    return -(-size * share // whole)


def is_near_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    """Return whether most of the shorter text's word runs are found in the longer."""
    shorter, longer = sorted((a, b), key=len)
    # Checked against the shorter so a copy with extra furniture, a credit line or a teaser
    # still counts; requiring half the length keeps a one-paragraph excerpt from counting.
    if not shorter or len(shorter) * 2 < len(longer):
        return False
    return len(shorter & longer) >= required_overlap(len(shorter))


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


# ---------------------------------------------------------------- kept between builds
# The store (digest.store) keeps these arrays as they are; only this module reads them.


def index_to_arrays(index: CopyIndex) -> dict[str, npt.NDArray[Any]]:
    """Return what finding copies learnt as named arrays for the next build."""
    keys = list(index.prints)
    place = {k: i for i, k in enumerate(keys)}
    pairs = sorted((place[a], place[b]) for a, b in index.pairs)
    return {
        "version": np.array(index.version),
        "keys": np.array(keys, dtype=str),
        "sizes": np.array([len(index.prints[k]) for k in keys], dtype=np.int64),
        "prints": np.concatenate([index.prints[k] for k in keys])
        if keys
        else np.zeros(0, np.uint64),
        "pairs": np.array(pairs, dtype=np.int64).reshape(-1, 2),
    }


def index_from_arrays(arrays: Mapping[str, npt.NDArray[Any]] | None) -> CopyIndex | None:
    """Return the index `index_to_arrays` gave, None when it is missing or damaged (copies
    are found again from the texts: only time is lost)."""
    if arrays is None:
        return None
    try:
        keys = [str(k) for k in arrays["keys"]]
        prints, pairs = arrays["prints"], arrays["pairs"]
        if pairs.ndim != 2:
            raise ValueError("pairs that are not pairs")
        texts = {k: prints[a:b] for k, a, b in runs(keys, arrays["sizes"], len(prints))}
        pair_keys = frozenset((keys[a], keys[b]) for a, b in pairs.tolist())
        version = str(arrays["version"])
    except (ValueError, KeyError, IndexError, TypeError, AttributeError):
        return None
    return CopyIndex(version, texts, pair_keys)
