"""Learn the headline word scorer from a gold set and write digest/analyze/title_model.py.

    python bench/learn_title.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "title" (the real headline) and "text" (the headline on
the first line, then the article). Each word of the article's lead sentence is a positive
example when one of its ROUGE tokens (Porter-stemmed) is in the headline, as the reference
scorer counts overlap. The model is a logistic regression over the cheap features of
title_features.py; only its numbers are written, so running digest never needs
scikit-learn or rouge-score. The data is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import numpy as np
from nltk.stem.porter import PorterStemmer
from rouge_score import rouge_scorer, tokenize

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from learn_common import ROOT, fit, fold_of, probabilities, write_model  # noqa: E402

from digest.analyze.sentences import split_sentences  # noqa: E402
from digest.analyze.text import unescape  # noqa: E402
from digest.analyze.title import best_span, headline_text, lead_tokens  # noqa: E402
from digest.analyze.title_features import FEATURE_NAMES, word_features  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

Lead = tuple[dict[str, Any], list[str], list[tuple[float, ...]]]


def main() -> int:
    """Fit the scorer on every usable record and write the constants module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC gold set with real headlines (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/title_model.py"))
    args = parser.parse_args()
    leads = lead_sentences(args.gold)
    x, y, folds = examples(leads)
    for held_out in (0, 1):
        fitted = fit(x[folds != held_out], y[folds != held_out])
        print(f"fold {held_out} held out: ROUGE-1 F1 {rouge1(fitted, leads, held_out):.3f}")
    write_model(
        Path(args.out),
        fit(x, y),
        features=FEATURE_NAMES,
        what="headline word scorer",
        script="bench/learn_title.py",
        records=len(leads),
    )
    return 0


def lead_sentences(gold: str) -> list[Lead]:
    """Return (record, lead-sentence tokens, their feature rows), duplicates skipped."""
    out: list[Lead] = []
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if not record or record.get("duplicate_of") or not record.get("title"):
            continue
        text = record["text"]
        if text.startswith(record["title"]):
            text = text[len(record["title"]) :].lstrip("\n")
        try:
            article = parse_text(text, source=record["id"])
        except SeedError:
            continue
        sentences = [unescape(s) for p in article.body for s in split_sentences(p.text)]
        if not sentences:
            continue
        tokens = lead_tokens(sentences)
        out.append((record, tokens, word_features(tokens, sentences)))
    return out


def examples(leads: list[Lead]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return feature rows, labels (token in the headline) and each row's fold."""
    stemmer = PorterStemmer()
    rows, labels, folds = [], [], []
    for record, tokens, features in leads:
        headline = set(tokenize.tokenize(record["title"], stemmer))
        rows += features
        labels += [bool(set(tokenize.tokenize(t, stemmer)) & headline) for t in tokens]
        folds += [fold_of(record["id"])] * len(tokens)
    return np.array(rows), np.array(labels), np.array(folds)


def rouge1(fitted: Any, leads: list[Lead], fold: int) -> float:
    """Return the held-out records' mean ROUGE-1 F1 of the chosen headline."""
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    scores = []
    for record, tokens, features in leads:
        if fold_of(record["id"]) != fold or not tokens:
            continue
        odds = probabilities(fitted, np.array(features)).tolist()
        span = best_span(tokens, odds, max_chars=90) or (0, 1)
        headline = headline_text(tokens[span[0] : span[1]])
        scores.append(scorer.score(record["title"], headline)["rouge1"].fmeasure)
    return float(np.mean(scores))


if __name__ == "__main__":
    sys.exit(main())
