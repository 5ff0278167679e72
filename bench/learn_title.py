"""Learn the headline word scorer from a gold set and write digest/analyze/title_model.py.

    python bench/learn_title.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "title" (the real headline) and "text" (the headline on
the first line, then the article). Each word of the article's lead sentence is a positive
example when one of its ROUGE tokens (Porter-stemmed) is in the headline, as the reference
scorer counts overlap. The model is a logistic regression over the cheap features of
title_features.py; only its numbers are written, so running digest never needs
scikit-learn or rouge-score. One feature is a word's rarity across articles, read from a
table of common words and their article shares learned here; the table holds only words
in at least `COMMON_SHARE` of the articles, never any text. The data is never written
anywhere else. Each fold's figure is learned, rarity table included, without that fold.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import textwrap
from collections import Counter
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
from digest.analyze.title_features import (  # noqa: E402
    FEATURE_NAMES,
    Rarity,
    word_features,
    word_key,
)
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

# A word is "common" when at least this share of articles uses it; rarer words all get
# the same rarity, so the table stays a short list of everyday news words.
COMMON_SHARE = 0.01
_LINEAR = "from digest.analyze.linear import LinearModel\n"
_RARITY = "from digest.analyze.title_features import Rarity\n"
Lead = tuple[dict[str, Any], list[str], list[str]]


def main() -> int:
    """Fit the scorer on every usable record and write the constants module."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC gold set with real headlines (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/title_model.py"))
    args = parser.parse_args()
    leads = lead_sentences(args.gold)
    for held_out in (0, 1):
        training = [lead for lead in leads if fold_of(lead[0]["id"]) != held_out]
        rarity = learn_rarity(training)
        fitted = fit(*examples(training, rarity))
        print(f"fold {held_out} held out: ROUGE-1 F1 {rouge1(fitted, leads, held_out, rarity):.3f}")
    rarity = learn_rarity(leads)
    out = Path(args.out)
    write_model(
        out,
        fit(*examples(leads, rarity)),
        features=FEATURE_NAMES,
        what="headline word scorer",
        script="bench/learn_title.py",
        records=len(leads),
    )
    text = out.read_text(encoding="utf-8").replace(_LINEAR, _LINEAR + _RARITY, 1)
    out.write_text(text + rarity_source(rarity), encoding="utf-8")
    return 0


def lead_sentences(gold: str) -> list[Lead]:
    """Return (record, lead-sentence tokens, article sentences), duplicates skipped."""
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
            out.append((record, lead_tokens(sentences), sentences))
    return out


def learn_rarity(leads: list[Lead]) -> Rarity:
    """Return the rarity of the words in at least COMMON_SHARE of the leads' articles."""
    shares = Counter(k for _, _, sentences in leads for k in article_keys(sentences))
    size = len(leads)
    common = {
        key: round(math.log(size / count), 1)
        for key, count in shares.items()
        if count >= COMMON_SHARE * size and not set(key) & set('"\\')
    }
    return Rarity(common=common, unknown=round(math.log(size), 1))


def article_keys(sentences: list[str]) -> set[str]:
    """Return the word keys an article uses, as the features count them."""
    return {word_key(t) for s in sentences for t in s.split()}


def examples(leads: list[Lead], rarity: Rarity) -> tuple[np.ndarray, np.ndarray]:
    """Return feature rows and labels (the token is in the headline)."""
    stemmer = PorterStemmer()
    rows, labels = [], []
    for record, tokens, sentences in leads:
        headline = set(tokenize.tokenize(record["title"], stemmer))
        rows += word_features(tokens, sentences, rarity=rarity)
        labels += [bool(set(tokenize.tokenize(t, stemmer)) & headline) for t in tokens]
    return np.array(rows), np.array(labels)


def rouge1(fitted: Any, leads: list[Lead], fold: int, rarity: Rarity) -> float:
    """Return the held-out records' mean ROUGE-1 F1 of the chosen headline."""
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    scores = []
    for record, tokens, sentences in leads:
        if fold_of(record["id"]) != fold or not tokens:
            continue
        features = np.array(word_features(tokens, sentences, rarity=rarity))
        odds = probabilities(fitted, features).tolist()
        span = best_span(tokens, odds, max_chars=90) or (0, 1)
        headline = headline_text(tokens[span[0] : span[1]])
        scores.append(scorer.score(record["title"], headline)["rouge1"].fmeasure)
    return float(np.mean(scores))


def rarity_source(rarity: Rarity) -> str:
    """Return the rarity table as Python source: common words grouped by their rarity."""
    groups: dict[float, list[str]] = {}
    for key, value in sorted(rarity.common.items()):
        groups.setdefault(value, []).append(key)
    lines = [
        "",
        "# Rarity: -log of the share of articles using a word; only common words are listed.",
        "_COMMON_WORDS = {",
    ]
    for value, keys in sorted(groups.items()):
        wrapped = textwrap.wrap(" ".join(keys), 84, break_on_hyphens=False)
        lines.append(f'    {value!r}: """')
        lines += [f"        {line}" for line in wrapped]
        lines.append('    """,')
    lines += [
        "}",
        "RARITY = Rarity(",
        "    common={w: r for r, words in _COMMON_WORDS.items() for w in words.split()},",
        f"    unknown={rarity.unknown!r},",
        ")",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
