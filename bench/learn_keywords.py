"""Learn the keyword candidate scorer from a gold set and write digest/analyze/models/keywords.json.

    python bench/learn_keywords.py /path/to/kp_500n_kpcrowd.jsonl [--out FILE]

The gold set is JSON lines with "text" and "keyphrases" (phrases readers picked). A YAKE
candidate, as digest would show it, is a positive example when its Porter stems equal
those of a gold phrase, the way the reference scorer matches them. The model is a logistic
regression over the cheap features of keyword_features.py; only its numbers are written,
so running digest never needs scikit-learn or nltk. The data is never written anywhere.
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

from learn_common import ROOT, fit, fold_of, probabilities, write_model  # noqa: E402

from digest.analyze.keyword_features import FEATURE_NAMES, Candidate  # noqa: E402
from digest.analyze.keywords import choose_keywords, keyword_candidates  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

Usable = list[tuple[dict[str, Any], list[tuple[Candidate, tuple[float, ...]]]]]


def main() -> int:
    """Fit the scorer on every usable record and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="KPCrowd keyphrase gold set (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/keywords.json"))
    args = parser.parse_args()
    stem = porter()
    usable = articles(args.gold)
    rows, labels, folds = examples(usable, stem)
    x, y = np.array(rows), np.array(labels)
    for held_out in (0, 1):
        fitted = fit(x[folds != held_out], y[folds != held_out])
        print(f"fold {held_out} held out: P@10 {p_at_10(fitted, usable, held_out, stem):.3f}")
    write_model(
        Path(args.out),
        fit(x, y),
        features=FEATURE_NAMES,
        what="keyword candidate scorer",
        script="bench/learn_keywords.py",
        records=len(usable),
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


def p_at_10(fitted: Any, usable: Usable, fold: int, stem: Callable[[str], str]) -> float:
    """Return the held-out records' mean share of gold phrases among ten chosen keywords."""
    shares = []
    for record, candidates in usable:
        if fold_of(record["id"]) != fold or not candidates:
            continue
        gold = {stem(g) for g in record["keyphrases"]}
        odds = probabilities(fitted, np.array([row for _, row in candidates]))
        rated = sorted(zip(odds.tolist(), [c for c, _ in candidates], strict=True), key=_order)
        shares.append(sum(stem(k) in gold for k in choose_keywords(rated, count=10)) / 10)
    return float(np.mean(shares))


def _order(pc: tuple[float, Candidate]) -> tuple[float, int]:
    return (-pc[0], pc[1].rank)


if __name__ == "__main__":
    sys.exit(main())
