"""Zensical beside MkDocs on the same N-article site: a cold build and one-seed rebuilds.

Makes the corpus of bench_build.py, then measures:

  digest build, cold        the generated pages, written once for both builders
  site, cold                `mkdocs build` (the plugin finds nothing changed) and
                            `zensical build` with no cache, taken in turn, fastest of each kept
  one seed edited, rounds   a sentence appended to a different seed each round, then
                            `digest build` (what changed), `mkdocs build` and `zensical build`
                            on the same pages (Zensical reusing its cache, as a second build
                            does); fastest of each kept

and prints wall time, CPU time and peak memory, with Zensical's times as a share of MkDocs'.
MkDocs writes to site-mkdocs/, Zensical to site/, so neither sees the other's output.
The corpus lives in a temporary folder and is deleted afterwards (evaluation texts are never
kept or published). Needs zensical (pip install -e '.[zensical]'). Example:

  python bench/bench_zensical.py --texts ../shared/eval/summ_bbc_news_summary.jsonl --n 1000
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import sys
import tempfile
from pathlib import Path

from bench_build import Run, digest_build, folder_mb, make_project, measure, read_texts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import recorded


def mkdocs_build(root: Path) -> Run:
    return measure([sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site-mkdocs"], root)


def zensical_build(root: Path, *, cold: bool) -> Run:
    if cold:  # its cache and its last site: a first build
        shutil.rmtree(root / ".cache", ignore_errors=True)
        shutil.rmtree(root / "site", ignore_errors=True)
    return measure([sys.executable, "-m", "zensical", "build"], root)


def fastest(runs: list[Run]) -> Run:
    return min(runs, key=lambda run: run.wall)


def edit_seed(root: Path, i: int) -> None:
    seed = root / f"seeds/{i:06d}.txt"
    seed.write_text(seed.read_text() + f"\nThe ministry said talks would resume on day {i}.\n")


def report(rows: list[tuple[str, Run, str]]) -> None:
    print(f"{'step':28} {'wall s':>8} {'cpu s':>8} {'peak MB':>8}  beside MkDocs")
    for name, run, note in rows:
        print(f"{name:28} {run.wall:8.2f} {run.cpu:8.2f} {run.peak_mb:8.0f}  {note}")


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--texts", nargs="+", required=True, help="JSON lines files or folders of .txt")
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus")
    ap.add_argument("--rounds", type=int, default=3, help="rounds of each build, fastest kept")
    ap.add_argument("--keep", help="keep the corpus and sites in this folder")
    args = ap.parse_args()
    if importlib.util.find_spec("zensical") is None:
        raise SystemExit("zensical is not installed: pip install -e '.[zensical]'")
    root = Path(args.keep or tempfile.mkdtemp(prefix="digest-zensical-"))
    try:
        make_project(root, read_texts(args.texts), args.n)
        cold_digest = digest_build(root, None)
        mkdocs_cold, zensical_cold = [], []
        for _ in range(args.rounds):  # in turn: the machine's load changes minute to minute
            mkdocs_cold.append(mkdocs_build(root))
            zensical_cold.append(zensical_build(root, cold=True))
        edited_digest, edited_mkdocs, edited_zensical = [], [], []
        for i in range(args.rounds):
            edit_seed(root, i)
            edited_digest.append(digest_build(root, None))
            edited_mkdocs.append(mkdocs_build(root))
            edited_zensical.append(zensical_build(root, cold=False))
        mk, zs = fastest(mkdocs_cold), fastest(zensical_cold)
        mk1, zs1, dg1 = fastest(edited_mkdocs), fastest(edited_zensical), fastest(edited_digest)
        pages = sum(1 for _ in (root / "site").rglob("*.html"))
        print(f"corpus: {args.n} articles, {pages} pages, {os.cpu_count()} cores")
        report([
            ("digest build, cold", cold_digest, "the same pages for both"),
            ("mkdocs build, cold", mk, ""),
            ("zensical build, cold", zs, f"{zs.wall / mk.wall:.2f}x MkDocs' wall time"),
            ("digest build, one seed", dg1, f"{dg1.rewritten} files rewritten"),
            ("mkdocs build, one seed", mk1, f"with digest: {dg1.wall + mk1.wall:.2f} s"),
            (
                "zensical build, one seed",
                zs1,
                f"{zs1.wall / mk1.wall:.2f}x MkDocs' wall time; with digest: "
                f"{dg1.wall + zs1.wall:.2f} s, "
                f"{(dg1.wall + zs1.wall) / (dg1.wall + mk1.wall):.2f}x",
            ),
        ])  # fmt: skip
        print(f"site: MkDocs {folder_mb(root / 'site-mkdocs'):.1f} MB, "
              f"Zensical {folder_mb(root / 'site'):.1f} MB")  # fmt: skip
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    with recorded(sys.argv):
        code = main()
    sys.exit(code)
