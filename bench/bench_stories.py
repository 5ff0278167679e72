"""Time story clustering on N synthetic briefs made from a JSONL file of real articles.

Usage: python bench/bench_stories.py ARTICLES.jsonl [--sizes 1000 10000] [--baseline-size 1000]

Each record's text is the seed of a story; the briefs of a story are the seed and variants
of it (sentences dropped, a sentence of another article mixed in), as several sources would
write it up. Prints wall time (untraced run) and peak traced memory (second run) of
`group_stories` for each size, and of the TF-IDF average-link baseline at a size where its
quadratic cost is still bearable, with the ratio between the two on that size, and how
many briefs of the largest size the largest connected piece of the merge graph holds.
The same seed gives the same briefs.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

import numpy as np
import scipy.sparse as sp  # type: ignore[import-untyped]
from scipy.sparse.csgraph import connected_components  # type: ignore[import-untyped]

from digest.group.stories import group_stories, story_text
from digest.group.story_graph import story_graph, story_space
from digest.model import Article, Brief, Paragraph

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from story_baseline import baseline_stories  # noqa: E402

T = TypeVar("T")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def main() -> None:
    """Run the benchmark described in the module docstring."""
    args = parser().parse_args()
    texts = load_texts(args.articles)
    print(f"{'articles':>9} {'method':<9} {'seconds':>8} {'peak MiB':>9} {'stories':>8}")
    for size in args.sizes:
        if size != args.baseline_size:
            briefs = synthetic_briefs(texts, size, seed=args.seed)
            report(size, "project", lambda b=briefs: group_stories(b))
    largest = synthetic_briefs(texts, max(args.sizes), seed=args.seed)
    print(
        f"largest piece joined by linked pairs: {largest_piece(largest)} of {len(largest)} briefs"
    )
    if args.baseline_size:
        briefs = synthetic_briefs(texts, args.baseline_size, seed=args.seed)
        ours = report(args.baseline_size, "project", lambda: group_stories(briefs))
        raw = [b.article.text for b in briefs]
        theirs = report(args.baseline_size, "baseline", lambda: baseline_stories(raw))
        print(
            f"baseline / project at {args.baseline_size}: "
            f"{theirs[0] / ours[0]:.1f}x time, {theirs[1] / ours[1]:.1f}x peak memory"
        )


def largest_piece(briefs: Sequence[Brief]) -> int:
    """Return how many briefs the largest connected piece of the link graph holds: those
    a one-brief change could regroup, were only its piece clustered again."""
    _, left, right = story_graph(story_space([story_text(b) for b in briefs])).links
    graph = sp.coo_matrix((np.ones(len(left)), (left, right)), shape=(len(briefs),) * 2)
    _, labels = connected_components(graph, directed=False)
    return int(np.bincount(labels).max()) if len(briefs) else 0


def parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("articles", help='JSON lines with a "text" field')
    p.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    p.add_argument("--baseline-size", type=int, default=1000, help="0 to skip the baseline")
    p.add_argument("--seed", type=int, default=1)
    return p


def load_texts(path: str) -> list[str]:
    """Return the non-empty texts of a JSONL file."""
    with open(path, encoding="utf-8") as stream:
        records = [json.loads(line) for line in stream if line.strip()]
    return [str(r["text"]) for r in records if str(r.get("text", "")).strip()]


def synthetic_briefs(texts: Sequence[str], size: int, *, seed: int) -> list[Brief]:
    """Return `size` briefs: each text and its variants, then shuffled."""
    rng = random.Random(seed)
    briefs = []
    for n in range(size):
        story = n % len(texts)
        text = texts[story] if n < len(texts) else variant(texts, story, rng)
        briefs.append(brief_of(text, source=f"synthetic/{story}/{n}"))
    rng.shuffle(briefs)
    return briefs


def variant(texts: Sequence[str], story: int, rng: random.Random) -> str:
    """Return another source's take: a fifth of the sentences dropped, one borrowed."""
    sentences = [s for s in _SENTENCE_END.split(texts[story]) if s.strip()]
    kept = [s for s in sentences if rng.random() > 0.2] or sentences[:1]
    borrowed = [s for s in _SENTENCE_END.split(rng.choice(texts)) if s.strip()]
    kept.insert(rng.randrange(len(kept) + 1), rng.choice(borrowed or [""]))
    return " ".join(kept)


def brief_of(text: str, *, source: str) -> Brief:
    """Return a bare brief around the text; clustering reads only the article."""
    paragraphs = tuple(Paragraph(p) for p in text.split("\n") if p.strip())
    return Brief(
        article=Article(source=source, paragraphs=paragraphs),
        title="",
        slug="",
        keywords=(),
        summary=(),
    )


def report(size: int, method: str, run: Callable[[], Sequence[T]]) -> tuple[float, float]:
    """Run twice, timed then traced, print a table row and return (seconds, peak MiB)."""
    # tracemalloc slows Python code several times over, so time and memory come from two runs.
    started = time.perf_counter()
    labels = run()
    seconds = time.perf_counter() - started
    tracemalloc.start()
    run()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    print(f"{size:>9} {method:<9} {seconds:>8.2f} {peak:>9.1f} {len(set(labels)):>8}", flush=True)
    return seconds, peak


if __name__ == "__main__":
    main()
