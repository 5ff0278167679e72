"""Time digest's whole article analysis against YAKE alone on the same texts, in one run.

Usage: python bench/bench_analyze.py ARTICLES.jsonl [-n 200] [--rounds 3]

ARTICLES.jsonl holds records with a "text" field. The first N are parsed once (parsing is
not timed). In each round, for every article in turn, YAKE with its default settings
extracts keywords from the article's text, then digest's `analyze_article` (headline,
keywords, summary, subjects) analyses it. Each round starts from cold caches: a new YAKE
extractor, digest's caches cleared. Times are CPU seconds of this process, and each
article's cost is its best round, so that other work on a busy machine does not blur
the comparison. Prints both totals and their ratio.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yake
from yake.data import utils as yake_utils

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from digest.analyze import keywords as digest_keywords
from digest.analyze.brief import analyze_article
from digest.analyze.sentences import split_sentences
from digest.analyze.text import compiled
from digest.config import Settings
from digest.errors import SeedError
from digest.model import Article
from digest.parse import parse_text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import recorded


def main() -> int:
    """Run the benchmark described in the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", help="JSON lines with a 'text' field")
    parser.add_argument("-n", type=int, default=200, help="articles to analyse (default 200)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds of each (default 3)")
    args = parser.parse_args()
    articles = load_articles(Path(args.articles), args.n)
    settings = Settings()
    best_yake = [float("inf")] * len(articles)
    best_digest = [float("inf")] * len(articles)
    for _ in range(args.rounds):
        extractor = cold_start()
        for i, article in enumerate(articles):
            yake_cost = timed(partial(extractor.extract_keywords, article.text))
            digest_cost = timed(partial(analyze_article, article, settings))
            best_yake[i] = min(best_yake[i], yake_cost)
            best_digest[i] = min(best_digest[i], digest_cost)
    yake_total, digest_total = sum(best_yake), sum(best_digest)
    words = sum(a.word_count for a in articles)
    print(f"{len(articles)} articles, {words} words; CPU seconds, best of {args.rounds} rounds")
    print(f"  yake alone (default settings)  {yake_total:7.2f} s")
    print(f"  digest analyze_article         {digest_total:7.2f} s")
    print(f"  ratio                          {digest_total / yake_total:7.2f}")
    return 0


def load_articles(path: Path, limit: int) -> list[Article]:
    """Return the first `limit` records that parse, as articles."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if len(articles) == limit:
                break
            if line.strip():
                try:
                    articles.append(parse_text(json.loads(line)["text"], source=f"{path}:{number}"))
                except SeedError:
                    continue
    return articles


def cold_start() -> yake.KeywordExtractor:
    """Return a new default YAKE extractor, with the caches both sides keep cleared."""
    split_sentences.cache_clear()
    compiled.cache_clear()
    digest_keywords._extractor.cache_clear()
    yake_utils.get_tag.cache_clear()
    return yake.KeywordExtractor()


def timed(work: Callable[[], object]) -> float:
    """Return the CPU seconds `work` takes."""
    started = time.process_time()
    work()
    return time.process_time() - started


if __name__ == "__main__":
    with recorded(sys.argv):
        code = main()
    sys.exit(code)
