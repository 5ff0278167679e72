"""Learn the headline word scorer from a gold set and write digest/analyze/models/title.json.

    python bench/learn_title.py /path/to/summ_bbc_news_summary.jsonl [--out FILE]

The gold set is JSON lines with "title" (the real headline) and "text" (the headline on
the first line, then the article). Each word of the article's lead sentence is a positive
example when one of its ROUGE tokens (Porter-stemmed) is in the headline, as the reference
scorer counts overlap. The model is a logistic regression over the cheap features of
title_features.py; only its numbers are written, so running digest never needs
scikit-learn or rouge-score. Two features come from a table of common words learned
here: a word's rarity across articles and its headline lift (how much likelier than an
average lead word it is to be in the headline). The table holds only words in at least
`COMMON_SHARE` of the articles, with those two numbers, never any text. The data is
never written anywhere else. Each fold's figure is learned, table included, without
that fold.
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Mapping
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
    CommonWords,
    word_features,
    word_key,
)
from digest.errors import SeedError  # noqa: E402
from digest.parse import parse_text  # noqa: E402

# A word is "common" when at least this share of articles uses it; rarer words all get
# the same rarity, so the table stays a short list of everyday news words.
COMMON_SHARE = 0.01
# Lead words a lift is smoothed towards the average with: a word seen in a few leads
# only moves a little from "nothing known".
LIFT_PRIOR = 50.0
_VOCABULARY_HEAD = (
    '"""Common news words for the headline scorer: rarity and headline lift, by word key."""\n\n'
    "from digest.analyze.title_features import CommonWords\n\n"
    "# Written by bench/learn_title.py; edit that script, not this file.\n"
)
Lead = tuple[dict[str, Any], list[str], list[str]]


def main() -> int:
    """Fit the scorer on every usable record and write its model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", help="BBC gold set with real headlines (JSON lines)")
    parser.add_argument("--out", default=str(ROOT / "digest/analyze/models/title.json"))
    parser.add_argument("--vocabulary", default=str(ROOT / "digest/analyze/title_vocabulary.py"))
    args = parser.parse_args()
    leads = lead_sentences(args.gold)
    for held_out in (0, 1):
        training = [lead for lead in leads if fold_of(lead[0]["id"]) != held_out]
        common = learn_common_words(training)
        fitted = fit(*examples(training, common))
        print(f"fold {held_out} held out: ROUGE-1 F1 {rouge1(fitted, leads, held_out, common):.3f}")
    common = learn_common_words(leads)
    out = Path(args.out)
    write_model(
        out,
        fit(*examples(leads, common)),
        features=FEATURE_NAMES,
        what="headline word scorer",
        script="bench/learn_title.py",
        records=len(leads),
    )
    vocabulary = Path(args.vocabulary)
    vocabulary.write_text(_VOCABULARY_HEAD + common_words_source(common), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(vocabulary)], check=False)
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


def learn_common_words(leads: list[Lead]) -> CommonWords:
    """Return rarity and headline lift of the words in at least COMMON_SHARE of articles."""
    shares = Counter(k for _, _, sentences in leads for k in article_keys(sentences))
    size = len(leads)
    rarity = {
        key: round(math.log(size / count), 1)
        for key, count in shares.items()
        if count >= COMMON_SHARE * size and not set(key) & set('"\\')
    }
    return CommonWords(
        rarity=rarity, lift=headline_lift(leads, rarity), unknown_rarity=round(math.log(size), 1)
    )


def headline_lift(leads: list[Lead], words: Mapping[str, float]) -> dict[str, float]:
    """Return the smoothed log-odds lift of being in the headline, for the given words."""
    stemmer = PorterStemmer()
    seen, hits = Counter[str](), Counter[str]()
    for record, tokens, _ in leads:
        headline = set(tokenize.tokenize(record["title"], stemmer))
        for token in tokens:
            seen[word_key(token)] += 1
            hits[word_key(token)] += bool(set(tokenize.tokenize(token, stemmer)) & headline)
    base = hits.total() / seen.total()
    lift = {
        key: math.log(
            (hits[key] + LIFT_PRIOR * base) / (seen[key] - hits[key] + LIFT_PRIOR * (1 - base))
        )
        - math.log(base / (1 - base))
        for key in words
    }
    return {key: round(value, 1) for key, value in lift.items() if round(value, 1)}


def article_keys(sentences: list[str]) -> set[str]:
    """Return the word keys an article uses, as the features count them."""
    return {word_key(t) for s in sentences for t in s.split()}


def examples(leads: list[Lead], common: CommonWords) -> tuple[np.ndarray, np.ndarray]:
    """Return feature rows and labels (the token is in the headline)."""
    stemmer = PorterStemmer()
    rows, labels = [], []
    for record, tokens, sentences in leads:
        headline = set(tokenize.tokenize(record["title"], stemmer))
        rows += word_features(tokens, sentences, common=common)
        labels += [bool(set(tokenize.tokenize(t, stemmer)) & headline) for t in tokens]
    return np.array(rows), np.array(labels)


def rouge1(fitted: Any, leads: list[Lead], fold: int, common: CommonWords) -> float:
    """Return the held-out records' mean ROUGE-1 F1 of the chosen headline."""
    scorer = rouge_scorer.RougeScorer(["rouge1"], use_stemmer=True)
    scores = []
    for record, tokens, sentences in leads:
        if fold_of(record["id"]) != fold or not tokens:
            continue
        features = np.array(word_features(tokens, sentences, common=common))
        odds = probabilities(fitted, features).tolist()
        span = best_span(tokens, odds, max_chars=90) or (0, 1)
        headline = headline_text(tokens[span[0] : span[1]])
        scores.append(scorer.score(record["title"], headline)["rouge1"].fmeasure)
    return float(np.mean(scores))


def common_words_source(common: CommonWords) -> str:
    """Return the common-word table as Python source: words grouped by their numbers."""
    return (
        "\n".join(
            [
                "",
                "# -log of the share of articles using a word; only common words are listed.",
                *grouped_source("_RARITY", common.rarity),
                "# Log odds of a lead word being in the headline, against an average lead word.",
                *grouped_source("_LIFT", common.lift),
                "COMMON_WORDS = CommonWords(",
                "    rarity={w: r for r, words in _RARITY.items() for w in words.split()},",
                "    lift={w: v for v, words in _LIFT.items() for w in words.split()},",
                f"    unknown_rarity={common.unknown_rarity!r},",
                ")",
            ]
        )
        + "\n"
    )


def grouped_source(name: str, values: Mapping[str, float]) -> list[str]:
    """Return `name = {value: \"\"\"words\"\"\"}` source lines, words wrapped."""
    groups: dict[float, list[str]] = {}
    for key, value in sorted(values.items()):
        groups.setdefault(value, []).append(key)
    lines = [f"{name} = {{"]
    for value, keys in sorted(groups.items()):
        lines.append(f'    {value!r}: """')
        lines += [f"        {line}" for line in textwrap.wrap(" ".join(keys), 84)]
        lines.append('    """,')
    return [*lines, "}"]


if __name__ == "__main__":
    sys.exit(main())
