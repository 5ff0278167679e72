"""Learn the headline word scorer from a gold set and write digest/analyze/models/title.json.

    python bench/learn_title.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "title" (the real headline) and "text" (the headline on
the first line, then the article). Each token of the article's cleaned lead sentence
(headline_cuts.clean_lead, as digest reads it) is a positive example when one of its
ROUGE tokens (Porter-stemmed) is in the real headline, as the reference scorer counts
overlap. The model is a logistic regression over the cheap features of
title_features.py (including the token's role in the lead's main clause), fitted on fold
TUNE_FOLD only; digest uses its probabilities to choose where a headline's object ends.
Only numbers are written, so running digest never needs scikit-learn or rouge-score,
and no word of the data is written anywhere. It prints the generated headlines'
ROUGE-1 F1 on the tuning fold, on the fold it never saw, and on the whole set. Running
it twice writes the same bytes.
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

from learn_common import ROOT, TUNE_FOLD, fit, fold_of, write_model  # noqa: E402

from digest.analyze.headline_clause import main_clause  # noqa: E402
from digest.analyze.headline_cuts import clean_lead  # noqa: E402
from digest.analyze.linear import LinearModel, model_from_data  # noqa: E402
from digest.analyze.sentences import split_sentences  # noqa: E402
from digest.analyze.text import unescape  # noqa: E402
from digest.analyze.title import make_title  # noqa: E402
from digest.analyze.title_features import FEATURE_NAMES, word_features  # noqa: E402
from digest.errors import SeedError  # noqa: E402
from digest.model import Article  # noqa: E402
from digest.parse import parse_text  # noqa: E402

Lead = tuple[dict[str, Any], Article, list[str]]


def main() -> int:
    """Fit the word scorer on the tuning fold and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC gold set with real headlines (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/title.json"))
    args = parser.parse_args()
    leads = read_leads(args.gold)
    tuning = [lead for lead in leads if fold_of(lead[0]["id"]) == TUNE_FOLD]
    out = Path(args.out)
    write_model(
        out,
        fit(*word_examples(tuning)),
        features=FEATURE_NAMES,
        what="headline word scorer",
        script="bench/learn_title.py",
        records=len(tuning),
    )
    model = model_from_data(json.loads(out.read_text("utf-8")), FEATURE_NAMES, where=str(out))
    for fold in (TUNE_FOLD, 1 - TUNE_FOLD, None):
        chosen = [lead for lead in leads if fold is None or fold_of(lead[0]["id"]) == fold]
        name = "all" if fold is None else f"fold {fold}" + (" (tuned)" if fold == TUNE_FOLD else "")
        print(f"{name}: {len(chosen)} headlines, ROUGE-1 F1 {rouge1(model, chosen):.3f}")
    return 0


def read_leads(gold: str) -> list[Lead]:
    """Return (record, article without its headline, sentences), duplicates skipped."""
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
        if sentences:
            out.append((record, article, sentences))
    return out


def word_examples(leads: list[Lead]) -> tuple[np.ndarray, np.ndarray]:
    """Return word feature rows and labels (the token is in the real headline)."""
    stemmer = PorterStemmer()
    rows, labels = [], []
    for record, _, sentences in leads:
        tokens = clean_lead(sentences[0], sentences[1:])
        headline = set(tokenize.tokenize(record["title"], stemmer))
        rows += word_features(tokens, sentences, main_clause(tokens))
        labels += [bool(set(tokenize.tokenize(t, stemmer)) & headline) for t in tokens]
    return np.array(rows), np.array(labels)


def rouge1(model: LinearModel, leads: list[Lead]) -> float:
    """Return the mean ROUGE-1 F1 of the generated headlines against the real ones."""
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    scores = [
        scorer.score(record["title"], make_title(article, model=model))["rouge1"].fmeasure
        for record, article, _ in leads
    ]
    return float(np.mean(scores))


if __name__ == "__main__":
    sys.exit(main())
