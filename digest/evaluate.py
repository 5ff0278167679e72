"""Measure brief quality on the evaluation sets with the reference scorer, in one table.

    python -m digest.evaluate --data /path/to/eval [--check]

For each task the reference scorer (DATA/score.py) prepares the input, `digest analyze
--jsonl` analyses it with default settings (one whole run per input, on every core, so
the output is what a user would get), and the scorer measures the result beside its
baselines; for stories, the TF-IDF average-link baseline is scored beside the project.
With --check, the project's targets are given to the scorer and the exit status is 1
when any is not met. Working files go to a temporary folder that is removed afterwards;
nothing is written into the project.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from digest.stories import baseline_stories


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
    Task("stories", "news_wikiref220.jsonl", "stories", ("--min-nmi", "0.95", "--min-ari", "0.88")),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run every task and print the scorer's figures; return 1 when a checked bound fails."""
    args = _parser().parse_args(argv)
    data = Path(args.data)
    scorer = data / "score.py"
    failed: list[str] = []
    with tempfile.TemporaryDirectory(prefix="digest-eval-") as tmp:
        inputs = {t.prepare: prepare(scorer, data / t.gold, t.prepare, Path(tmp)) for t in TASKS}
        outputs = analyse_all(inputs, Path(tmp))
        print("digest evaluation (reference scorer: figures beside its baselines)\n")
        for task in TASKS:
            bounds = task.bounds if args.check else ()
            if run_scorer(scorer, task, data, outputs[task.prepare], bounds):
                failed.append(task.name)
        print("stories baseline: TF-IDF cosine average link (distance 0.9), same input")
        baseline = baseline_predictions(inputs["stories"], Path(tmp))
        run_scorer(scorer, TASKS[-1], data, baseline, ())
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
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a target of the project is not met"
    )
    return parser


def prepare(scorer: Path, gold: Path, task: str, tmp: Path) -> Path:
    """Return the path of the scorer's prepared input for a task."""
    path = tmp / f"{task}.in.jsonl"
    with path.open("w", encoding="utf-8") as out:
        subprocess.run(
            [sys.executable, str(scorer), "prepare", task, str(gold)], check=True, stdout=out
        )
    return path


def analyse_all(inputs: dict[str, Path], tmp: Path) -> dict[str, Path]:
    """Return digest's output path per input; each analysis uses every core by itself."""
    outputs = {name: tmp / f"{name}.out.jsonl" for name in inputs}
    for name, source in inputs.items():
        # Run from the temporary folder, so no mkdocs.yml applies: default settings.
        command = [sys.executable, "-m", "digest.cli", "analyze", "--quiet", "--jsonl", str(source)]
        with outputs[name].open("wb") as out:
            code = subprocess.run(command, cwd=tmp, stdout=out, check=False).returncode
        if code not in (0, 1):  # 1: some records were refused, and said so
            raise SystemExit(f"digest analyze failed on the {name} input")
    return outputs


def baseline_predictions(source: Path, tmp: Path) -> Path:
    """Return a predictions file of the TF-IDF average-link baseline's stories."""
    records = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines()]
    labels = baseline_stories([str(r["text"]) for r in records])
    path = tmp / "stories.baseline.jsonl"
    lines = [json.dumps({"id": r["id"], "story": n}) for r, n in zip(records, labels, strict=True)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


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
