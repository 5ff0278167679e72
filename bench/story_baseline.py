"""The reference baseline story grouping is measured against: TF-IDF cosine, average link.

Used by bench/bench_stories.py (time and memory) and bench/bench_story_quality.py (NMI and
ARI beside digest's stories); not part of digest, which never runs it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]

from digest.group.stories import numbered_by_first_seen
from digest.group.story_graph import normalised_rows

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
