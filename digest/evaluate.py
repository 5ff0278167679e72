"""Measure brief quality on the evaluation sets with the reference scorer, in one table.

    python -m digest.evaluate --data /path/to/eval [--check] [--check-stories]

For each task the reference scorer (DATA/score.py) prepares the input, `digest analyze
--jsonl` analyses it with default settings (one whole run per input, two at a time on the
two cores, so the output is what a user would get), and the scorer measures the result
beside its baselines. With --check, the bounds for headlines, summaries and keywords are
given to the scorer and the exit status is 1 when any is not met; --check-stories adds the
stories bounds given with --min-nmi/--min-ari. Working files go to a temporary folder
that is removed afterwards; nothing is written into the project.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Task:
    """One scorer task: its gold file, the task that prepares its input, and its bounds."""

    name: str
    gold: str
    prepare: str
    bounds: tuple[str, ...]


TASKS = (
    Task(
        "summaries",
        "summ_bbc_news_summary.jsonl",
        "summaries",
        tuple("--min-p3 0.80 --min-r2 0.50 --max-words 75 --max-dangling 0.03".split()),
    ),
    Task(
        "titles",
        "summ_bbc_news_summary.jsonl",
        "summaries",
        tuple("--min-r1 0.30 --max-chars 90 --max-dangling 0.02".split()),
    ),
    Task(
        "keywords",
        "kp_500n_kpcrowd.jsonl",
        "keywords",
        tuple(
            "--min-p10 0.35 --max-redundancy 0.02 --min-multiword 0.40 --max-junk 0.02 "
            "--min-count 10".split()
        ),
    ),
    Task("stories", "news_wikiref220.jsonl", "stories", ()),
)
_WORKERS = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run every task and print the scorer's figures; return 1 when a checked bound fails."""
    args = _parser().parse_args(argv)
    data = Path(args.data)
    scorer = data / "score.py"
    story_bounds = _story_bounds(args)
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="digest-eval-") as tmp:
        inputs = {t.prepare: prepare(scorer, data / t.gold, t.prepare, Path(tmp)) for t in TASKS}
        outputs = analyse_all(inputs, Path(tmp))
        print("digest evaluation (reference scorer: figures beside its baselines)\n")
        for task in TASKS:
            checked = args.check and (task.name != "stories" or args.check_stories)
            bounds = task.bounds if task.name != "stories" else story_bounds
            code = run_scorer(scorer, task, data, outputs[task.prepare], bounds if checked else ())
            if code:
                failed.append(task.name)
    if failed:
        print(f"bounds not met: {', '.join(failed)}")
        return 1
    if args.check:
        print("every checked bound is met")
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m digest.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--data", required=True, help="folder with the gold sets and score.py")
    parser.add_argument("--check", action="store_true", help="exit 1 when a bound is not met")
    parser.add_argument(
        "--check-stories", action="store_true", help="with --check, check the stories too"
    )
    parser.add_argument("--min-nmi", help="with --check-stories: lowest story NMI accepted")
    parser.add_argument("--min-ari", help="with --check-stories: lowest story ARI accepted")
    return parser


def _story_bounds(args: argparse.Namespace) -> tuple[str, ...]:
    pairs = (("--min-nmi", args.min_nmi), ("--min-ari", args.min_ari))
    return tuple(part for flag, value in pairs if value is not None for part in (flag, value))


def prepare(scorer: Path, gold: Path, task: str, tmp: Path) -> Path:
    """Return the path of the scorer's prepared input for a task."""
    path = tmp / f"{task}.in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, str(scorer), "prepare", task, str(gold)], check=True, stdout=out
        )
    return path


def analyse_all(inputs: dict[str, Path], tmp: Path) -> dict[str, Path]:
    """Return digest's output path per input, running `_WORKERS` analyses at a time."""
    outputs = {name: tmp / f"{name}.out.jsonl" for name in inputs}
    pending = sorted(inputs, key=lambda name: -inputs[name].stat().st_size)  # longest first
    running: list[tuple[str, subprocess.Popen[bytes]]] = []
    while pending or running:
        while pending and len(running) < _WORKERS:
            name = pending.pop(0)
            running.append((name, _start_analysis(inputs[name], outputs[name], tmp)))
        name, process = running.pop(0)
        if process.wait() not in (0, 1):  # 1: some records were refused, and said so
            raise SystemExit(f"digest analyze failed on the {name} input")
    return outputs


def _start_analysis(source: Path, target: Path, tmp: Path) -> subprocess.Popen[bytes]:
    """Start `digest analyze --jsonl` in the temporary folder, so no mkdocs.yml applies."""
    command = [sys.executable, "-m", "digest.cli", "analyze", "--quiet", "--jsonl", str(source)]
    with target.open("wb") as out:
        return subprocess.Popen(command, cwd=tmp, stdout=out)


def run_scorer(
    scorer: Path, task: Task, data: Path, predictions: Path, bounds: Sequence[str]
) -> int:
    """Run the scorer on a task, its report printed as it goes; return its exit status."""
    command = [sys.executable, str(scorer), task.name, str(data / task.gold), str(predictions)]
    code = subprocess.run([*command, *bounds], check=False).returncode
    print()
    return code


if __name__ == "__main__":
    sys.exit(main())
