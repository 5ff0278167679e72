"""Command line: arguments in, a pipeline call, errors turned into messages and exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from digest import __version__
from digest.config import Settings
from digest.errors import DigestError, SeedError
from digest.group import group_site
from digest.model import Article, Brief, Seed
from digest.parse import parse_seed, parse_text
from digest.pipeline import analyze_articles, build

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `digest` command and return its exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    try:
        code: int = args.run(args)
        return code
    except DigestError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_ERRORS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a folder of raw news articles into a searchable briefing site.",
        epilog="Example: digest build && mkdocs serve",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    p = sub.add_parser(
        "build",
        help="write the brief, topic, day and home pages into docs/",
        description="Write the generated Markdown pages without running MkDocs.",
        epilog="Example: digest build --strict",
    )
    p.add_argument(
        "--config", default="mkdocs.yml", help="mkdocs.yml whose `digest` plugin options apply"
    )
    p.add_argument("--strict", action="store_true", help="exit 1 when any seed is reported")
    p.set_defaults(run=_run_build)
    p = sub.add_parser(
        "analyze",
        help="print one JSON object per article",
        description="Print each article's title, date, keywords, summary, topics and story "
        "as one JSON line.",
        epilog="Examples: digest analyze seeds/a.txt  |  digest analyze --jsonl articles.jsonl",
    )
    p.add_argument("seeds", nargs="*", type=Path, help="seed files (.txt or .md)")
    p.add_argument(
        "--jsonl", metavar="FILE", help='JSON lines {"id", "text", "title"?, "date"?}; - for stdin'
    )
    p.add_argument(
        "--config", default="mkdocs.yml", help="mkdocs.yml whose `digest` plugin options apply"
    )
    p.set_defaults(run=_run_analyze)
    return parser


def load_settings(config_file: str) -> tuple[Settings, Path]:
    """Return the settings of the `digest` plugin in mkdocs.yml, defaults when there is none."""
    path = Path(config_file)
    if not path.exists():
        return Settings(), Path.cwd()
    from mkdocs.config import load_config  # only when there is a config to read

    from digest.plugin import DigestPlugin, project_root, settings_from

    config = load_config(str(path))
    plugin = config.plugins.get("digest")
    if not isinstance(plugin, DigestPlugin):
        return Settings(), project_root(config)
    return settings_from(plugin.config, config), project_root(config)


def _run_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    settings, root = load_settings(args.config)
    result = build(settings, root=root)
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    site = result.site
    print(
        f"digest: {len(site.briefs)} briefs, {len(site.topics)} topics, {len(site.days)} days, "
        f"{len(result.problems)} reported; {len(result.written)} pages written, "
        f"{len(result.removed)} removed in {time.perf_counter() - started:.1f} s"
    )
    return EXIT_ERRORS if args.strict and result.problems else EXIT_OK


def _run_analyze(args: argparse.Namespace) -> int:
    if bool(args.seeds) == bool(args.jsonl):
        print(
            "digest analyze: give seed files or --jsonl FILE, not both or neither", file=sys.stderr
        )
        return EXIT_USAGE
    settings, _ = load_settings(args.config)
    inputs = list(_jsonl_articles(args.jsonl) if args.jsonl else _file_articles(args.seeds))
    articles = [a for _, a in inputs if isinstance(a, Article)]
    site = group_site(analyze_articles(articles, settings), settings)
    by_source = {b.article.source: b for b in site.briefs}
    failed = 0
    for ident, item in inputs:
        if isinstance(item, Article):
            print(json.dumps(brief_record(ident, by_source[item.source]), ensure_ascii=False))
        else:
            failed += 1
            print(f"digest: {item}", file=sys.stderr)
            print(
                json.dumps(
                    {
                        "id": ident,
                        "error": item.reason,
                        "title": "",
                        "date": None,
                        "keywords": [],
                        "summary": [],
                        "topics": [],
                        "story": None,
                    }
                )
            )
    return EXIT_ERRORS if failed else EXIT_OK


def brief_record(ident: str, brief: Brief) -> dict[str, object]:
    """Return the stable JSON shape of `digest analyze` for one brief."""
    return {
        "id": ident,
        "title": brief.title,
        "date": brief.date.isoformat() if brief.date else None,
        "keywords": list(brief.keywords),
        "summary": list(brief.summary),
        "topics": list(brief.topics),
        "story": brief.story,
    }


def _file_articles(paths: Sequence[Path]) -> Iterator[tuple[str, Article | SeedError]]:
    for path in paths:
        try:
            yield str(path), parse_seed(Seed(str(path), path.read_bytes()))
        except SeedError as exc:
            yield str(path), exc
        except OSError as exc:
            yield str(path), SeedError(str(path), f"cannot be read ({exc.strerror})")


def _jsonl_articles(name: str) -> Iterator[tuple[str, Article | SeedError]]:
    stream: TextIO = sys.stdin if name == "-" else open(name, encoding="utf-8")  # noqa: SIM115
    with stream:
        for number, line in enumerate(stream, 1):
            if line.strip():
                yield _record_article(line, label=f"{name}:{number}")


def _record_article(line: str, *, label: str) -> tuple[str, Article | SeedError]:
    try:
        record = json.loads(line)
        ident, text = str(record["id"]), record["text"]
    except (ValueError, KeyError, TypeError) as exc:
        return label, SeedError(label, f'expected a JSON object with "id" and "text", found {exc}')
    source = f"{label} ({ident})"
    try:
        article = parse_text(str(text), source=source)
    except SeedError as exc:
        return ident, exc
    from dataclasses import replace

    from digest.parse import parse_date

    date, _ = parse_date(record["date"]) if record.get("date") else (article.date, "")
    return ident, replace(article, title=str(record.get("title") or ""), date=date)


if __name__ == "__main__":
    sys.exit(main())
