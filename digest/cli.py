"""Command line: arguments in, a pipeline call, errors turned into messages and exit codes."""

from __future__ import annotations

import argparse
import json
import logging
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import NoReturn, TextIO

from tqdm import tqdm

from digest import __version__
from digest.config import Settings, load_settings
from digest.errors import DigestError, SeedError
from digest.init import init_project
from digest.lean import exit_at_once
from digest.model import Article, Brief, Seed
from digest.outlets import copies_text
from digest.parse import parse_date, parse_seed, parse_text
from digest.pipeline import brief_articles, build
from digest.render.markup import format_date

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2
log = logging.getLogger("digest")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `digest` command and return its exit code."""
    args = _parser().parse_args(argv)
    level = logging.ERROR if args.quiet else logging.INFO if args.verbose else logging.WARNING
    logging.basicConfig(level=level, format="%(message)s", force=True)
    try:
        code: int = args.run(args)
        return code
    except DigestError as exc:
        print(f"digest: {exc}", file=sys.stderr)
        return EXIT_ERRORS


def run() -> NoReturn:
    """Run the `digest` command and end the process with its exit code (see digest.lean)."""
    exit_at_once(main())


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Turn a folder of raw news articles into a searchable briefing site. "
        "Exit codes: 0 ok, 1 errors (a reported seed under --strict, a bad input or "
        "setting), 2 usage.",
        epilog="Example: digest init news && cd news && mkdocs serve",
    )
    parser.add_argument("--version", action="version", version=f"digest {__version__}")
    sub = parser.add_subparsers(required=True, metavar="COMMAND")
    _add_init(sub)
    _add_build(sub)
    _add_show(sub)
    _add_analyze(sub)
    return parser


def _common() -> argparse.ArgumentParser:
    """Return the options every subcommand takes, so they may follow the subcommand's name."""
    common = argparse.ArgumentParser(add_help=False)
    loudness = common.add_mutually_exclusive_group()
    loudness.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar, no closing line: only warnings and errors",
    )
    loudness.add_argument(
        "-v", "--verbose", action="store_true", help="also say what each stage did"
    )
    return common


def _add_config(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config",
        metavar="FILE",
        help="mkdocs.yml whose `digest` plugin options apply (default: ./mkdocs.yml, "
        "or the defaults when there is none)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes for analysis (default: the `jobs` option, 0: every core); "
        "the output is the same for any N",
    )


def _add_init(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "init",
        parents=[_common()],
        help="start a new digest project that builds at once",
        description="Write a new project into DIR: mkdocs.yml, docs/about.md, an empty seeds/ "
        "with a README on seed formats, a .gitignore and a GitHub Pages workflow.",
        epilog="Example: digest init news && cd news && mkdocs build --strict",
    )
    p.add_argument("dir", type=Path, metavar="DIR", help="folder to create, or an empty one")
    p.add_argument(
        "--force",
        action="store_true",
        help="write into a non-empty DIR; files already there are kept, never overwritten",
    )
    p.set_defaults(run=_run_init)


def _add_build(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "build",
        parents=[_common()],
        help="write the brief, topic, day and home pages into docs/",
        description="Write the generated Markdown pages without running MkDocs.",
        epilog="Example: digest build --strict",
    )
    _add_config(p)
    p.add_argument("--strict", action="store_true", help="exit 1 when any seed is reported")
    p.set_defaults(run=_run_build)


def _add_show(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "show",
        parents=[_common()],
        help="print the brief of one seed for a quick look",
        description="Print the headline, date, dateline, outlet, summary, keywords and topics that "
        "one seed would get. Topics shared with other briefs need a full build; here the "
        "seed's own topics are shown, or its candidates.",
        epilog="Example: digest show seeds/000_12ae448d07d32f30.txt",
    )
    p.add_argument("seed", type=Path, metavar="SEED", help="a seed file (.txt, .md or .html)")
    _add_config(p)
    p.set_defaults(run=_run_show)


def _add_analyze(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "analyze",
        parents=[_common()],
        help="print one JSON object per article",
        description="Print each article's title, date, keywords, summary, topics and story "
        "as one JSON line.",
        epilog="Examples: digest analyze seeds/a.txt  |  digest analyze --jsonl articles.jsonl",
    )
    p.add_argument("seeds", nargs="*", type=Path, help="seed files (.txt, .md or .html)")
    p.add_argument(
        "--jsonl", metavar="FILE", help='JSON lines {"id", "text", "title"?, "date"?}; - for stdin'
    )
    _add_config(p)
    p.set_defaults(run=_run_analyze)


def _settings(args: argparse.Namespace) -> tuple[Settings, Path]:
    """Return the settings of mkdocs.yml with what the command line overrides."""
    settings, root = load_settings(args.config)
    if args.jobs is not None:
        settings = replace(settings, jobs=args.jobs)  # Settings validates the number
    return settings, root


def _run_init(args: argparse.Namespace) -> int:
    result = init_project(args.dir, force=args.force)
    for name in result.written:
        log.info("wrote %s", args.dir / name)
    for name in result.kept:
        print(f"digest: kept {args.dir / name}: it exists already", file=sys.stderr)
    if not result.pinned:
        print(
            f"digest: edit {args.dir / 'requirements.txt'}: say where the Pages workflow "
            "installs digest from",
            file=sys.stderr,
        )
    if not args.quiet:
        print(
            f"digest: new project in {args.dir}; add articles to {args.dir / 'seeds'}, "
            f"then: cd {args.dir} && mkdocs serve"
        )
    return EXIT_OK


def _run_build(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    settings, root = _settings(args)
    with _progress_bar(enabled=not args.quiet) as progress:
        result = build(settings, root=root, progress=progress)
    for problem in result.problems:
        print(f"warning: {problem}", file=sys.stderr)
    if result.problems and result.report_file is not None:
        print(f"digest: the report is in {result.report_file}", file=sys.stderr)
    for page in result.written:
        log.info("wrote %s", Path(settings.docs_dir) / page)
    for page in result.removed:
        log.info("removed %s", Path(settings.docs_dir) / page)
    tally = result.tally
    if not args.quiet:
        print(
            f"digest: {tally.briefs} briefs, {tally.topics} topics, "
            f"{tally.days} days, {len(result.problems)} reported; "
            f"{len(result.written)} pages written, {len(result.removed)} removed "
            f"in {time.perf_counter() - started:.1f} s"
        )
    return EXIT_ERRORS if args.strict and result.problems else EXIT_OK


@contextmanager
def _progress_bar(*, enabled: bool) -> Iterator[Callable[[int, int], None]]:
    """Yield a progress callback drawing a bar on a terminal, and nothing anywhere else.

    tqdm's disable=None turns the bar off when stderr is not a terminal (CI logs, pipes);
    delay keeps short builds free of a bar that would flash and vanish.
    """
    with tqdm(
        desc="analysing", unit="seed", file=sys.stderr, disable=None if enabled else True,
        delay=1.0, leave=False,
    ) as bar:  # fmt: skip

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        yield progress


def _run_show(args: argparse.Namespace) -> int:
    settings, _ = _settings(args)
    path: Path = args.seed
    try:
        article = parse_seed(Seed(str(path), path.read_bytes()))
    except OSError as exc:
        raise SeedError(str(path), f"cannot be read ({exc.strerror})") from exc
    site, problems = brief_articles([article], settings)
    if problems:
        raise SeedError(str(path), problems[0].reason)
    (brief,) = site.briefs
    for note in article.notes:
        print(f"warning: {path}: {note}", file=sys.stderr)
    print(format_brief(brief, settings, width=min(shutil.get_terminal_size().columns, 100)))
    return EXIT_OK


def format_brief(brief: Brief, settings: Settings, *, width: int) -> str:
    """Return a brief as plain text for a terminal: headline, meta line, summary, terms."""
    article = brief.article
    when = format_date(brief.date, settings.date_format)
    byline = article.author and f"By {article.author}"
    source = " ".join(x for x in (article.outlet, article.url and f"<{article.url}>") if x)
    meta = " · ".join(x for x in (when, article.dateline, byline, source, copies_text(brief),
                                  article.credit and f"Photo: {article.credit}") if x)  # fmt: skip
    summary = textwrap.fill(" ".join(brief.summary), width) if brief.summary else "(no summary)"
    if brief.topics:
        topics = ", ".join(brief.topics)
    else:  # alone, a seed shares nothing: show what could become a topic
        candidates = ", ".join(brief.subjects) or "none"
        topics = f"none yet; candidates once {settings.topic_min_briefs} briefs share them: "
        topics += candidates
    lines = [brief.title, "=" * min(len(brief.title), width), meta, "", summary, ""]
    lines += [
        textwrap.fill("Keywords: " + ", ".join(brief.keywords[: settings.page_keywords]), width),
        textwrap.fill("Topics: " + topics, width),
    ]
    return "\n".join(lines)


def _run_analyze(args: argparse.Namespace) -> int:
    if bool(args.seeds) == bool(args.jsonl):
        print(
            "digest analyze: give seed files or --jsonl FILE, not both or neither", file=sys.stderr
        )
        return EXIT_USAGE
    settings, _ = _settings(args)
    inputs = list(_jsonl_articles(args.jsonl) if args.jsonl else _file_articles(args.seeds))
    site, problems = brief_articles([a for _, a in inputs if isinstance(a, Article)], settings)
    # A copy merged into another brief still gets its own line, with the brief it joined.
    by_source = {s: b for b in site.briefs for s in (b.article.source, *b.duplicates)}
    failures = {p.source: p.reason for p in problems}
    failed = 0
    for ident, item in inputs:
        if isinstance(item, Article) and item.source in by_source:
            brief = by_source[item.source]
            record = brief_record(ident, brief)
            if item.source != brief.article.source and item.title:
                record["title"] = item.title  # a copy's line keeps the headline it carries
            print(json.dumps(record, ensure_ascii=False))
            continue
        failed += 1
        reason = item.reason if isinstance(item, SeedError) else failures[item.source]
        print(f"digest: {ident}: {reason}", file=sys.stderr)
        print(json.dumps(_failed_record(ident, reason), ensure_ascii=False))
    return EXIT_ERRORS if failed else EXIT_OK


def _failed_record(ident: str, reason: str) -> dict[str, object]:
    """Return the line of an input that could not be analysed: every field empty, and why."""
    return {"id": ident, "error": reason, "title": "", "date": None, "keywords": [],
            "summary": [], "topics": [], "story": None, "outlet": None}  # fmt: skip


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
        # Who published it, when the seed, its page or the `outlets` setting says.
        "outlet": brief.article.outlet or None,
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
    date, _ = parse_date(record["date"]) if record.get("date") else (article.date, "")
    # A record's own title wins over the headline line its text carries, as front matter does.
    title = " ".join(str(record.get("title") or "").split()) or article.title
    return ident, replace(article, title=title, date=date)


if __name__ == "__main__":
    run()
