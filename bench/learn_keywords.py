"""Learn the keyword candidate scorer from a gold set and write digest/analyze/models/keywords.json.

    python bench/learn_keywords.py /path/to/kp_500n_kpcrowd.jsonl [--out FILE]

The gold set is JSON lines with "text" and "keyphrases" (phrases readers picked). A
candidate, as digest would show it, is a positive example when its Porter stems equal
those of a gold phrase, the way the reference scorer matches them. The model is a logistic
regression over the cheap features of keyword_features.py, fitted on the records of fold
TUNE_FOLD only; the script prints P@10 (as the scorer counts it, with digest's choice of
keywords) on that fold, on the other fold, which the weights never saw, and on both. Only
the model's numbers are written, so running digest never needs scikit-learn or nltk. The
data is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from nltk.stem.porter import PorterStemmer

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from learn_common import ROOT, TUNE_FOLD, fit, fold_of, probabilities, write_model  # noqa: E402

from digest.analyze.keyword_features import FEATURE_NAMES, Candidate  # noqa: E402
from digest.analyze.keywords import (  # noqa: E402
    choose_keywords,
    keyword_candidates,
    rating_order,
)
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

Usable = list[tuple[dict[str, Any], list[tuple[Candidate, tuple[float, ...]]]]]


def main() -> int:
    """Fit the scorer on the tuning fold and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="KPCrowd keyphrase gold set (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/keywords.json"))
    args = parser.parse_args()
    stem = porter()
    usable = articles(args.gold)
    rows, labels, folds = examples(usable, stem)
    x, y = np.array(rows), np.array(labels)
    fitted = fit(x[folds == TUNE_FOLD], y[folds == TUNE_FOLD])
    for name, fold in (("tuning fold", TUNE_FOLD), ("held-out fold", 1 - TUNE_FOLD)):
        print(f"{name} {fold}: P@10 {p_at_10(fitted, usable, {fold}, stem):.3f}")
    print(f"both folds: P@10 {p_at_10(fitted, usable, {0, 1}, stem):.3f}")
    write_model(
        Path(args.out),
        fitted,
        features=FEATURE_NAMES,
        what=f"keyword candidate scorer, fitted on fold {TUNE_FOLD}",
        script="bench/learn_keywords.py",
        records=sum(fold_of(record["id"]) == TUNE_FOLD for record, _ in usable),
    )
    return 0


def porter() -> Callable[[str], str]:
    """Return the reference scorer's phrase stemmer: Porter stems of its \\w+ words."""
    stemmer = PorterStemmer()
    return lambda p: " ".join(stemmer.stem(w) for w in re.findall(r"\w+", p.lower()))


def articles(gold: str) -> Usable:
    """Return (record, usable candidates with feature rows) per record worth learning from."""
    out: Usable = []
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if not record or record.get("title_only") or not record.get("keyphrases"):
            continue
        try:
            article = parse_text(record["text"], source=record["id"])
        except SeedError:
            continue
        out.append((record, keyword_candidates(article)))
    return out


def examples(
    usable: Usable, stem: Callable[[str], str]
) -> tuple[list[tuple[float, ...]], list[bool], np.ndarray]:
    """Return feature rows, labels and each row's fold."""
    rows: list[tuple[float, ...]] = []
    labels: list[bool] = []
    folds: list[int] = []
    for record, candidates in usable:
        gold = {stem(g) for g in record["keyphrases"]}
        rows += [row for _, row in candidates]
        labels += [stem(c.surface) in gold for c, _ in candidates]
        folds += [fold_of(record["id"])] * len(candidates)
    return rows, labels, np.array(folds)


def p_at_10(fitted: Any, usable: Usable, folds: set[int], stem: Callable[[str], str]) -> float:
    """Return the records' mean share of gold phrases among the ten chosen keywords."""
    shares = []
    for record, candidates in usable:
        if fold_of(record["id"]) not in folds:
            continue
        gold = {stem(g) for g in record["keyphrases"]}
        chosen: tuple[str, ...] = ()
        if candidates:
            odds = probabilities(fitted, np.array([row for _, row in candidates]))
            rated = [(round(p, 9), c) for p, (c, _) in zip(odds.tolist(), candidates, strict=True)]
            chosen = choose_keywords(sorted(rated, key=rating_order), count=10)
        shares.append(sum(stem(k) in gold for k in chosen) / 10)
    return float(np.mean(shares))


if __name__ == "__main__":
    sys.exit(main())
