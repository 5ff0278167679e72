"""What indexing the full article text costs in search-index size, on an N-article corpus.

Makes the same corpus as bench_build.py, builds the site with the default
`full_text_search: true`, then again with `false`, and prints the size of Material's
`search/search_index.json` per article for both. The corpus lives in a temporary folder and
is deleted afterwards. Example:

  python bench/bench_search.py --texts ../shared/eval/summ_bbc_news_summary.jsonl --n 1000
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from bench_build import make_project, measure, read_texts

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import recorded


def index_kb_per_article(root: Path, articles: int) -> float:
    """Build the project (digest plugin included) and return its search index per article."""
    measure([sys.executable, "-m", "mkdocs", "build", "-q"], root)
    return (root / "site/search/search_index.json").stat().st_size / 1000 / articles


def main() -> int:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--texts", nargs="+", required=True, help="JSON lines files or folders of .txt")
    ap.add_argument("--n", type=int, default=1000, help="articles in the corpus")
    args = ap.parse_args()
    root = Path(tempfile.mkdtemp(prefix="digest-bench-search-"))
    try:
        make_project(root, read_texts(args.texts), args.n)
        with_text = index_kb_per_article(root, args.n)
        config = root / "mkdocs.yml"
        config.write_text(
            config.read_text().replace(
                "seeds_dir: seeds", "seeds_dir: seeds\n      full_text_search: false"
            )
        )
        without = index_kb_per_article(root, args.n)
        print(f"corpus: {args.n} articles; search index per article: "
              f"{with_text:.1f} kB with the full text (default), {without:.1f} kB without "
              f"(full_text_search: false), {with_text / without:.1f}x")  # fmt: skip
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    with recorded(sys.argv):
        code = main()
    sys.exit(code)
