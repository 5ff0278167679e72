"""Learn the summary sentence scorer from a gold set and write digest/analyze/summary_model.py.

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
import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from digest.analyze.sentences import split_sentences  # noqa: E402
from digest.analyze.summary_features import FEATURE_NAMES, sentence_features  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

_DIGITS = 4


def main() -> int:
    """Fit the scorer on every usable record and write the constants module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC summary gold set (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/summary_model.py"))
    args = parser.parse_args()
    usable = articles(args.gold)
    rows, labels, folds = examples(usable)
    x, y = np.array(rows), np.array(labels)
    for held_out in (0, 1):
        train = folds != held_out
        model, mean, scale = fit(x[train], y[train])
        share = top3(model, mean, scale, usable, held_out)
        print(f"fold {held_out} held out: top-3 precision {share:.3f}")
    model, mean, scale = fit(x, y)
    write_module(Path(args.out), model, mean, scale, records=len(usable))
    return 0


Usable = list[tuple[dict[str, Any], list[str], list[bool]]]


def examples(usable: Usable) -> tuple[list[tuple[float, ...]], list[bool], np.ndarray]:
    """Return feature rows, labels and each row's fold (0/1, from a hash of the record id)."""
    rows: list[tuple[float, ...]] = []
    labels: list[bool] = []
    folds: list[int] = []
    for record, sentences, first in usable:
        refs = [_norm(s) for s in record["summary_sentences"]]
        rows += sentence_features(sentences, first)
        labels += [_is_reference(s, refs) for s in sentences]
        folds += [_fold(record["id"])] * len(sentences)
    return rows, labels, np.array(folds)


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


def fit(x: np.ndarray, y: np.ndarray) -> tuple[LogisticRegression, np.ndarray, np.ndarray]:
    """Return a logistic regression on standardised features, with the standardisation."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    model = LogisticRegression(C=1.0, max_iter=5000).fit((x - mean) / scale, y)
    return model, mean, scale


def top3(
    model: LogisticRegression, mean: np.ndarray, scale: np.ndarray, usable: Usable, fold: int
) -> float:
    """Return the mean share of reference sentences among each held-out article's top three."""
    shares = []
    for record, sentences, first in usable:
        if _fold(record["id"]) != fold:
            continue
        refs = [_norm(s) for s in record["summary_sentences"]]
        z = (np.array(sentence_features(sentences, first)) - mean) / scale
        best = np.argsort(-model.decision_function(z), kind="stable")[:3]
        shares.append(np.mean([_is_reference(sentences[i], refs) for i in best]))
    return float(np.mean(shares))


def write_module(
    path: Path, model: LogisticRegression, mean: np.ndarray, scale: np.ndarray, *, records: int
) -> None:
    """Write the learned numbers as a typed constants module, then ruff-format it."""

    def numbers(values: np.ndarray) -> str:
        return "(" + ", ".join(repr(round(float(v), _DIGITS)) for v in values) + ",)"

    text = (
        '"""Learned summary scorer: logistic regression weights."""\n\n'
        "# Written by bench/learn_summary.py; edit that, not this.\n"
        f"# Fitted on {records} articles; the order is summary_features.FEATURE_NAMES.\n"
        f"FEATURES: tuple[str, ...] = {tuple(FEATURE_NAMES)!r}\n"
        f"MEAN: tuple[float, ...] = {numbers(mean)}\n"
        f"SCALE: tuple[float, ...] = {numbers(scale)}\n"
        f"WEIGHTS: tuple[float, ...] = {numbers(model.coef_[0])}\n"
        f"BIAS: float = {round(float(model.intercept_[0]), _DIGITS)!r}\n"
    )
    path.write_text(text, encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(path)], check=False)
    print(f"wrote {path}")


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _is_reference(sentence: str, refs: list[str]) -> bool:
    """Match as the reference scorer does: equal, or one contains most of the other."""
    n = _norm(sentence)
    return bool(n) and any(
        n == r or (n in r and len(n) >= 0.6 * len(r)) or (r in n and len(r) >= 0.6 * len(n))
        for r in refs
    )


def _fold(ident: str) -> int:
    return int(hashlib.sha1(ident.encode()).hexdigest(), 16) % 2


if __name__ == "__main__":
    sys.exit(main())
