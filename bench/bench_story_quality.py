"""Story quality on event-labelled news, beside the TF-IDF average-link baseline.

Usage: python bench/bench_story_quality.py --events EVENTS.jsonl --others OTHERS.jsonl
           [--mix 500] [--baseline-distance 0.8] [--tune [--only NAME ...]]

EVENTS holds articles labelled with the event they report (`cluster_id`, `topic`, `date`
where known: ECB+ as the evaluation data gives it); OTHERS holds unlabelled articles
(`text`, optionally `title` as the text's first line and `duplicate_of`). Prints, for
digest and the baseline in the same run:

- on EVENTS, with their dates and with every date removed, NMI and ARI of the stories
  against the events, on the whole set and on each half of a two-fold split by topic
  (both events of a topic fall in one half, as `digest.evaluate` splits ECB+: the split a
  held-out set of other topics resembles), each half scored on the whole run's stories;
- on OTHERS, the largest story and the share of briefs that share a story;
- on EVENTS mixed with `--mix` of OTHERS (a fixed sample), how many of those others end
  up in a story holding an EVENTS article: each is a brief joined to an event it does not
  report.

`--tune` instead runs digest over a grid of its thresholds (`GRID`) and, as the learning
scripts do, chooses on each topic fold the setting that scores best there (the worse of
the dated and undated runs) among those that keep the OTHERS bounds (largest story <= 12,
at most 60% of briefs sharing a story) and join no OTHERS article to an event; it prints
that choice's figures on the other fold, then the choice on the whole set. `--only` runs
the grid of the named thresholds alone, the others held at digest's values: a threshold
added after the others were chosen is chosen with them fixed.

Articles are parsed as `digest analyze` parses them and grouped as the site groups them
(copies merged first); analysis (headlines, summaries, keywords) is not needed for this.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

from digest.config import Settings
from digest.errors import SeedError
from digest.group import group_site, stories
from digest.model import Brief
from digest.parse import parse_date, parse_text

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH), str(BENCH.parent)]

from story_baseline import baseline_stories  # noqa: E402


@dataclass(frozen=True)
class Record:
    """One article: its id, its brief, and its event and topic when labelled."""

    ident: str
    brief: Brief
    event: str = ""
    topic: str = ""
    raw: str = ""  # the text as the file gives it, to parse again without the record's date


Grouper = Callable[[Sequence[Record]], list[str]]


def main() -> None:
    """Run the benchmark described in the module docstring."""
    args = parser().parse_args()
    events = load(args.events, labelled=True)
    others = load(args.others, labelled=False)
    if args.tune:
        tune(events, others, args.mix, only=args.only)
        return
    undated = [replace(r, brief=undated_brief(r)) for r in events]
    methods: dict[str, Grouper] = {
        "digest": digest_stories,
        "baseline": lambda records: baseline(records, args.baseline_distance),
    }
    for name, group in methods.items():
        print(f"== {name}")
        for label, records in (("dated", events), ("undated", undated)):
            print(f"events {label:<8} {event_scores(records, group)}")
        print(f"others          {shared_scores(group(others))}")
        print(f"mixed           {mix_violations(events, others, args.mix, group)}")


def parser() -> argparse.ArgumentParser:
    """Return the command-line parser."""
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--events", required=True, help="JSON lines with cluster_id, topic, text")
    p.add_argument("--others", required=True, help="JSON lines with text (no labels)")
    p.add_argument("--mix", type=int, default=500, help="OTHERS articles mixed into EVENTS")
    p.add_argument("--baseline-distance", type=float, default=0.8)
    p.add_argument("--tune", action="store_true", help="choose digest's thresholds by fold")
    p.add_argument("--only", nargs="+", choices=sorted(GRID), help="tune these thresholds alone")
    return p


def load(path: str, *, labelled: bool) -> list[Record]:
    """Return the records of a JSONL file that parse, skipping repeats of another record."""
    out = []
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            if not line.strip():
                continue
            raw = json.loads(line)
            if raw.get("duplicate_of"):
                continue
            try:
                article = parse_text(str(raw["text"]), source=str(raw["id"]))
            except SeedError:
                continue  # as `digest analyze` reports it: no brief, no story
            date = parse_date(raw["date"])[0] if raw.get("date") else article.date
            brief = Brief(
                replace(article, date=date), title=str(raw["id"]), slug="", keywords=(), summary=()
            )
            event = str(raw.get("cluster_id", "")) if labelled else ""
            topic = str(raw.get("topic", ""))
            out.append(Record(str(raw["id"]), brief, event, topic, str(raw["text"])))
    return out


def undated_brief(record: Record) -> Brief:
    """Return the record's brief with the date its record gave removed (one found in the
    text stays)."""
    article = parse_text(record.raw, source=record.brief.article.source)
    return replace(record.brief, article=replace(record.brief.article, date=article.date))


def digest_stories(records: Sequence[Record]) -> list[str]:
    """Return each record's story as the site groups it."""
    site = group_site([r.brief for r in records], Settings())
    story = {s: b.story for b in site.briefs for s in (b.article.source, *b.duplicates)}
    return [story[r.brief.article.source] for r in records]


def baseline(records: Sequence[Record], distance: float) -> list[str]:
    """Return each record's story by TF-IDF average link on the article texts."""
    numbers = baseline_stories([r.brief.article.text for r in records], distance=distance)
    return [str(n) for n in numbers]


def fold_of(topic: str) -> int:
    """Return 0 or 1 for an event's topic, as `digest.evaluate.story_fold_of` splits ECB+:
    both events of a topic, and every report of each, fall in one fold."""
    return int(hashlib.sha1(f"topic {topic}".encode()).hexdigest(), 16) % 2


def event_scores(records: Sequence[Record], group: Grouper) -> str:
    """Return NMI/ARI on the whole set and on each topic fold's records (clusters of the
    whole run, as `digest.evaluate` scores its held-out fold)."""
    labels = group(records)
    shown = []
    for name, keep in [("all", lambda r: True), *((f"fold{k}", in_fold(k)) for k in (0, 1))]:
        picked = [(r.event, label) for r, label in zip(records, labels, strict=True) if keep(r)]
        gold, found = [g for g, _ in picked], [f for _, f in picked]
        nmi, ari = normalized_mutual_info_score(gold, found), adjusted_rand_score(gold, found)
        shown.append(f"{name} {len(picked)}: NMI {nmi:.3f} ARI {ari:.3f} stories {len(set(found))}")
    return " | ".join(shown)


def in_fold(fold: int) -> Callable[[Record], bool]:
    """Return a test of whether a record's topic falls in the fold."""
    return lambda record: fold_of(record.topic) == fold


def shared_scores(labels: Sequence[str]) -> str:
    """Return the largest story and the share of briefs in a story of several."""
    sizes = Counter(labels)
    shared = sum(n for n in sizes.values() if n > 1) / max(len(labels), 1)
    largest = max(sizes.values(), default=0)
    return f"{len(labels)} briefs: largest {largest}, in_shared {shared:.3f}, stories {len(sizes)}"


def mix_violations(
    events: Sequence[Record], others: Sequence[Record], size: int, group: Grouper
) -> str:
    """Return how many of a sample of `others` share a story with an event's article."""
    sample = random.Random(1).sample(list(others), min(size, len(others)))
    labels = group([*events, *sample])
    event_stories = set(labels[: len(events)])
    joined = [
        r.ident
        for r, label in zip(sample, labels[len(events) :], strict=True)
        if label in event_stories
    ]
    shown = ", ".join(joined[:5]) + (" ..." if len(joined) > 5 else "")
    return f"{len(sample)} others mixed in: {len(joined)} joined an event's story" + (
        f" ({shown})" if joined else ""
    )


GRID = {
    "LINK_THRESHOLD": (0.08, 0.1, 0.12),
    "FRAGMENT_RATIO": (0.7, 0.75, 0.8),
    "NAMED_RATIO": (0.6, 0.65, 0.7, 0.75),
    "SAME_DAYS_FLOOR": (0.1, 0.2, 0.3),
    "PAIR_COSINE": (0.4, 0.5, 0.6, 0.7),
    "SMALL_COSINE": (0.42, 0.45),
    "SMALL_REST": (0.1, 0.15),
    "OWN_SHARE": (0.2, 0.3, 0.4, 0.5),
}
# Settings whose fold goal is this close to the fold's best score alike: a few articles of
# ECB+ move a figure by this much, while the share of OTHERS sharing a story (read: two
# events of a kind put together) moves by tenths.
ALIKE = 0.005


@dataclass(frozen=True)
class Trial:
    """One setting of the grid: NMI/ARI on fold 0, fold 1 and the whole set (the worse of
    dated and undated), the share of OTHERS in a story, and whether it keeps the bounds."""

    setting: tuple[float, ...]
    scores: tuple[tuple[float, float], ...]
    shared: float
    eligible: bool


def tune(
    events: Sequence[Record],
    others: Sequence[Record],
    mix: int,
    *,
    only: Sequence[str] | None = None,
) -> None:
    """Print the grid's figures, the choice on each fold with its figures on the other, and
    the choice on the whole set (see the module docstring).

    Among settings that score alike on the fold (within `ALIKE` of its best), the one
    sharing the fewest OTHERS briefs wins (a reader is better served by a story too few
    than by one too many), then the one scoring best, then the higher thresholds.
    """
    grid = {name: values for name, values in GRID.items() if not only or name in only}
    undated = [replace(r, brief=undated_brief(r)) for r in events]
    trials = []
    for setting in itertools.product(*grid.values()):
        for name, value in zip(grid, setting, strict=True):
            setattr(stories, name, value)
        trials.append(trial(setting, events, undated, others, mix))
        shown = " | ".join(f"{n:.3f}/{a:.3f}" for n, a in trials[-1].scores)
        print(
            f"{dict(zip(grid, setting, strict=True))}: fold0 | fold1 | all {shown}; "
            f"others in_shared {trials[-1].shared:.3f}; eligible {trials[-1].eligible}",
            flush=True,
        )
    for fold in (0, 1, 2):
        eligible = [t for t in trials if t.eligible]
        top = max(goal(t.scores[fold]) for t in eligible)
        alike = [t for t in eligible if goal(t.scores[fold]) >= top - ALIKE]
        best = max(alike, key=lambda t: (-t.shared, goal(t.scores[fold]), t.setting))
        held = f"fold{1 - fold} {best.scores[1 - fold][0]:.3f}/{best.scores[1 - fold][1]:.3f}"
        name = "the whole set" if fold == 2 else f"fold{fold}"
        print(
            f"chosen on {name}: {dict(zip(grid, best.setting, strict=True))}"
            + ("" if fold == 2 else f", on the other fold: {held}")
        )


def trial(
    setting: tuple[float, ...],
    events: Sequence[Record],
    undated: Sequence[Record],
    others: Sequence[Record],
    mix: int,
) -> Trial:
    """Return the figures of digest's current settings (see `Trial`)."""
    runs = [
        list(zip(records, digest_stories(records), strict=True)) for records in (events, undated)
    ]
    scores = tuple(
        min(
            (nmi_ari([(r, s) for r, s in run if keep(r)]) for run in runs),
            key=lambda pair: goal(pair),
        )
        for keep in (in_fold(0), in_fold(1), lambda r: True)
    )
    sizes = Counter(digest_stories(others))
    largest = max(sizes.values())
    shared = sum(n for n in sizes.values() if n > 1) / sum(sizes.values())
    joined = int(mix_violations(events, others, mix, digest_stories).split(": ")[1].split()[0])
    return Trial(setting, scores, shared, largest <= 12 and shared <= 0.6 and joined == 0)


def nmi_ari(pairs: Sequence[tuple[Record, str]]) -> tuple[float, float]:
    """Return NMI and ARI of the labels against the records' events."""
    gold, labels = [r.event for r, _ in pairs], [label for _, label in pairs]
    return normalized_mutual_info_score(gold, labels), adjusted_rand_score(gold, labels)


def goal(scores: tuple[float, float]) -> float:
    """Return how far NMI and ARI are, at worst, above their bounds (0.97 and 0.90)."""
    return min(scores[0] - 0.97, scores[1] - 0.90)


if __name__ == "__main__":
    main()
