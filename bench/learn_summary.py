"""Learn the summary sentence scorer from a gold set and write digest/analyze/models/summary.json.

    python bench/learn_summary.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "text" (headline on the first line), "title" and
"summary_sentences" (the reference: article sentences in article order). A sentence is a
positive example when it matches a reference sentence the way the reference scorer matches
them. The model is a logistic regression over the cheap features of summary_features.py;
only its numbers are written, so running digest never needs scikit-learn. The data itself
is evaluation-only and is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from learn_common import ROOT, fit, fold_of, probabilities, write_model  # noqa: E402

from digest.analyze.sentences import split_sentences  # noqa: E402
from digest.analyze.summary_features import FEATURE_NAMES, sentence_features  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

Usable = list[tuple[dict[str, Any], list[str], list[bool]]]


def main() -> int:
    """Fit the scorer on every usable record and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC summary gold set (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/summary.json"))
    args = parser.parse_args()
    usable = articles(args.gold)
    rows, labels, folds = examples(usable)
    x, y = np.array(rows), np.array(labels)
    for held_out in (0, 1):
        fitted = fit(x[folds != held_out], y[folds != held_out])
        share = top3(fitted, usable, held_out)
        print(f"fold {held_out} held out: top-3 precision {share:.3f}")
    write_model(
        Path(args.out),
        fit(x, y),
        features=FEATURE_NAMES,
        what="summary sentence scorer",
        script="bench/learn_summary.py",
        records=len(usable),
    )
    return 0


def articles(gold: str) -> Usable:
    """Return (record, body sentences, paragraph-first flags), duplicates skipped."""
    out = []
    seen: set[str] = set()
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if not record or record.get("duplicate_of") or record["id"] in seen:
            continue
        seen.add(record["id"])
        text = record["text"]
        if record.get("title") and text.startswith(record["title"]):
            text = text[len(record["title"]) :].lstrip("\n")
        try:
            article = parse_text(text, source=record["id"])
        except SeedError:
            continue
        sentences, first = [], []
        for paragraph in article.body:
            for i, sentence in enumerate(split_sentences(paragraph.text)):
                sentences.append(sentence)
                first.append(i == 0)
        if sentences:
            out.append((record, sentences, first))
    return out


def examples(usable: Usable) -> tuple[list[tuple[float, ...]], list[bool], np.ndarray]:
    """Return feature rows, labels and each row's fold."""
    rows: list[tuple[float, ...]] = []
    labels: list[bool] = []
    folds: list[int] = []
    for record, sentences, first in usable:
        refs = [_norm(s) for s in record["summary_sentences"]]
        rows += sentence_features(sentences, first)
        labels += [_is_reference(s, refs) for s in sentences]
        folds += [fold_of(record["id"])] * len(sentences)
    return rows, labels, np.array(folds)


def top3(fitted: Any, usable: Usable, fold: int) -> float:
    """Return the mean share of reference sentences among each held-out article's top three."""
    shares = []
    for record, sentences, first in usable:
        if fold_of(record["id"]) != fold:
            continue
        refs = [_norm(s) for s in record["summary_sentences"]]
        odds = probabilities(fitted, np.array(sentence_features(sentences, first)))
        best = np.argsort(-odds, kind="stable")[:3]
        shares.append(np.mean([_is_reference(sentences[i], refs) for i in best]))
    return float(np.mean(shares))


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _is_reference(sentence: str, refs: list[str]) -> bool:
    """Match as the reference scorer does: equal, or one contains most of the other."""
    n = _norm(sentence)
    return bool(n) and any(
        n == r or (n in r and len(n) >= 0.6 * len(r)) or (r in n and len(r) >= 0.6 * len(n))
        for r in refs
    )


if __name__ == "__main__":
    sys.exit(main())
