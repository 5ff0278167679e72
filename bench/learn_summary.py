"""Learn the summary sentence scorer from a gold set and write digest/analyze/models/summary.json.

    python bench/learn_summary.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "text" (headline on the first line), "title" and
"summary_sentences" (the reference: article sentences in article order). The scorer ranks
the sentences a summary may add after its lead (summary.candidates: after the lead, standing
alone), so those are the examples; one is positive when it matches a reference sentence the
way the reference scorer matches them. The model is a logistic regression over the cheap
features of summary_features.py, fitted on fold TUNE_FOLD only and reported on the other
fold; only its numbers are written, so running digest never needs scikit-learn. The data
itself is evaluation-only and is never written anywhere.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from learn_common import ROOT, TUNE_FOLD, fit, fold_of, probabilities, write_model  # noqa: E402

from digest.analyze.sentences import body_sentences, candidates, lead_index  # noqa: E402
from digest.analyze.summary_features import FEATURE_NAMES, sentence_features  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402


@dataclass(frozen=True)
class Example:
    """One gold article: its candidate sentences' feature rows and labels."""

    ident: str
    rows: list[tuple[float, ...]]
    labels: list[bool]


def main() -> int:
    """Fit the scorer on the tuning fold and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC summary gold set (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/summary.json"))
    args = parser.parse_args()
    usable = examples(args.gold)
    tune = [e for e in usable if fold_of(e.ident) == TUNE_FOLD]
    x = np.array([row for e in tune for row in e.rows])
    y = np.array([label for e in tune for label in e.labels])
    fitted = fit(x, y)
    for fold in (0, 1):
        share = top2(fitted, [e for e in usable if fold_of(e.ident) == fold])
        seen = "tuned on" if fold == TUNE_FOLD else "held out"
        print(f"fold {fold} ({seen}): top-2 candidate precision {share:.3f}")
    write_model(
        Path(args.out),
        fitted,
        features=FEATURE_NAMES,
        what="summary sentence scorer: the sentences after the lead",
        script="bench/learn_summary.py",
        records=len(tune),
    )
    return 0


def examples(gold: str) -> list[Example]:
    """Return each usable gold article's candidates as examples, duplicates skipped."""
    out = []
    seen: set[str] = set()
    for line in Path(gold).read_text(encoding="utf-8").splitlines():
        record = json.loads(line) if line.strip() else None
        if not record or record.get("duplicate_of") or record["id"] in seen:
            continue
        seen.add(record["id"])
        example = _example(record)
        if example is not None:
            out.append(example)
    return out


def _example(record: dict[str, Any]) -> Example | None:
    text = record["text"]
    if record.get("title") and text.startswith(record["title"]):
        text = text[len(record["title"]) :].lstrip("\n")
    try:
        article = parse_text(text, source=record["id"])
    except SeedError:
        return None
    body, first = body_sentences(article)
    pool = candidates(body, lead_index(article))
    if not pool:
        return None
    refs = [_norm(s) for s in record["summary_sentences"]]
    rows = sentence_features(body, first)
    return Example(
        record["id"], [rows[i] for i in pool], [_is_reference(body[i], refs) for i in pool]
    )


def top2(fitted: Any, usable: list[Example]) -> float:
    """Return the mean share of reference sentences among each article's two best candidates."""
    shares = []
    for example in usable:
        odds = probabilities(fitted, np.array(example.rows))
        best = np.argsort(-odds, kind="stable")[:2]
        shares.append(np.mean([example.labels[i] for i in best]))
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
