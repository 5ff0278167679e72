"""Related briefs: for each brief, the briefs of other stories most alike to it."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.group.story_graph import Vector
from digest.group.story_words import Ints
from digest.model import Brief

RELATED_BRIEFS = 5
# A feature shared by more briefs than this says little about how alike two briefs are,
# and skipping it keeps finding related briefs linear in the corpus.
_COMMON_FEATURE = 200
_CHUNK_ROWS = 512  # rows of the related-brief scores computed at once; bounds memory


def with_related(briefs: Sequence[Brief], *, limit: int) -> list[Brief]:
    """Return briefs with up to `limit` similar briefs from other stories, best first.

    Similarity is the IDF-weighted sum of shared keywords and subjects: cheap, and it
    favours the rare names two articles share over the words every article uses.
    """
    shares, weighted = feature_matrices([_features(b) for b in briefs])
    numbers = {story: n for n, story in enumerate(dict.fromkeys(b.story for b in briefs))}
    story = np.array([numbers[b.story] for b in briefs], dtype=np.int64)
    sources = [b.article.source for b in briefs]
    related: list[tuple[str, ...]] = []
    for start in range(0, len(briefs), _CHUNK_ROWS):
        # One block of rows at a time: a brief shares features with hundreds of others.
        block = sp.csr_matrix(shares[start : start + _CHUNK_ROWS] @ weighted.T)
        # Whole-block array work first, so each row below costs one small sort.
        rows = np.repeat(np.arange(start, start + block.shape[0]), np.diff(block.indptr))
        elsewhere = story[block.indices] != story[rows]
        ends = np.cumsum(np.bincount(rows[elsewhere] - start, minlength=block.shape[0]))
        others, scores = block.indices[elsewhere], block.data[elsewhere]
        for lo, hi in zip([0, *ends[:-1].tolist()], ends.tolist(), strict=True):
            best = best_scored(others[lo:hi], scores[lo:hi], limit)
            related.append(tuple([sources[j] for j in best.tolist()]))
    return [replace(b, related=r) for b, r in zip(briefs, related, strict=True)]


def feature_matrices(features: Sequence[set[str]]) -> tuple[sp.csr_matrix, sp.csr_matrix]:
    """Return which briefs have which telling features (shared, but not by too many), and
    the same with each feature weighted by its IDF."""
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for i, feats in enumerate(features):
        for f in feats:
            postings[f].append(i)
    # Columns in a fixed order: float sums then come out the same in every build.
    telling = sorted(f for f, ids in postings.items() if 1 < len(ids) <= _COMMON_FEATURE)
    rows = [i for f in telling for i in postings[f]]
    columns = [k for k, f in enumerate(telling) for _ in postings[f]]
    shape = (len(features), len(telling))
    shares = sp.csr_matrix((np.ones(len(rows)), (rows, columns)), shape=shape)
    idf = np.array([math.log(len(features) / len(postings[f])) for f in telling])
    return shares, sp.csr_matrix(shares @ sp.diags(idf))


def best_scored(keys: Ints, scores: Vector, limit: int) -> Ints:
    """Return the `limit` keys of highest score (rounded, so float sums tie), ties by key."""
    return keys[np.lexsort((keys, -np.round(scores, 9)))[:limit]]


def _features(brief: Brief) -> set[str]:
    return {k.casefold() for k in brief.keywords} | {"@" + s.casefold() for s in brief.subjects}
