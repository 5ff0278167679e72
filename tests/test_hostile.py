"""Hostile and broken seeds never break the build, reach the reader's browser, or lose an article.

The corpus in tests/fixtures/hostile is built with a real `mkdocs build`; hostile file names,
a 5 MB article and a page a user wrote are added at run time. Built HTML and the search index
are scanned with html.parser for anything a browser would run or load from seed content.
"""

from __future__ import annotations

import json
import os
import posixpath
import random
import re
import shutil
import signal
import subprocess
import sys
import timeit
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import frontmatter
import markdown
import pytest
import yaml
from conftest import CORPUS, HOSTILE, make_article, make_brief
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import digest.group.site
from digest import batch
from digest.config import Settings
from digest.errors import SeedError
from digest.model import Article, Paragraph, Seed
from digest.names import slugify
from digest.parse import decode_seed, parse_seed
from digest.pipeline import build
from digest.render.markup import plain_title
from digest.render.pages import render_brief

REPO = Path(__file__).parent.parent
REAL_SEED = REPO / "seeds/000_12ae448d07d32f30.txt"

# Seeds that must be built, each to one brief.
BUILT = {
    "admonitions_and_attributes.txt", "control_chars.txt", "cp1252.txt", "crlf_and_cr.txt",
    "entities_and_comments.txt", "entities_in_headline.txt", "event_handlers.txt",
    "front_matter_a_list.md", "headline_only.txt", "wire_on_date_line.txt", "hostile_page.html",
    "front_matter_impossible_date.md", "hostile_front_matter.md", "huge_token.txt",
    "iframes_and_embeds.txt", "impossible_date.txt", "javascript_urls.txt", "latin1.txt",
    "markdown_links_images.txt", "missing_date.txt", "no_headline.txt", "non_english.txt",
    "one_sentence.txt",
    "script_tags.txt", "slug_absolute.md", "slug_index.md", "slug_lookalike.md",
    "slug_only_symbols.md", "slug_reserved_con.md", "tables.txt", "template_braces.txt",
    "utf16_be_bom.txt", "utf16_le_bom.txt", "utf16_le_no_bom.txt", "utf8_bom.txt",
}  # fmt: skip
# Seeds built with a note in the report: what digest had to assume or leave out.
NOTED = {
    "front_matter_a_list.md": "front matter ignored: expected key: value pairs, found a list",
    "front_matter_impossible_date.md": "found '2024-13-45'; shown as undated",
    "impossible_date.txt": "found '2024-13-45'; shown as undated",
    "hostile_front_matter.md": "front matter url ignored: expected an http(s) address",
    "hostile_page.html": "canonical URL ignored: expected an http(s) address",
    "slug_only_symbols.md": "slug '../../' has no letters or digits; title used",
    "no_headline.txt": "no headline could be made from its text; titled by its file name",
    "headline_only.txt": "only a headline, no article text: the brief has no summary",
}
# Seeds not built: their report line and its reason.
REPORTED = {
    "binary.txt": "found binary data",
    "broken_utf16.txt": "found binary data",
    "empty.txt": "expected article text, found an empty file",
    "whitespace_only.txt": "expected article text, found an empty file",
    "only_furniture.txt": "found only page furniture",
    "page_without_article.html": "found no article text (only navigation, links or other",
    "front_matter_invalid.md": "found invalid YAML (found unexpected end of stream on line 4)",
    "python_tag.md": "could not determine a constructor for the tag",
    "yaml_alias_bomb.md": "found an alias (*name), which seeds may not use on line 3",
    "notes.csv": "skipped: expected a .txt, .md or .html seed",
}
# File names made at run time (not every file system can check them out), with the name the
# report and the page show: on one line, printable, valid UTF-8.
HOSTILE_NAMES = {
    "<script>alert(1)<!--.txt": "<script>alert(1)<!--.txt",
    'a" onmouseover="alert(1).txt': 'a" onmouseover="alert(1).txt',
    "[evil](javascript:alert(1)).txt": "[evil](javascript:alert(1)).txt",
    "`code` $(touch pwned) {{ config }}.txt": "`code` $(touch pwned) {{ config }}.txt",
    "line\nbreak.txt": "line\\nbreak.txt",
    "escape\x1b[31m.txt": "escape\\x1b[31m.txt",
    os.fsdecode(b"undecodable-\xff.txt"): "undecodable-\\udcff.txt",
    "CON.txt": "CON.txt",
    "index.md": "index.md",
    "ｆｕｌｌｗｉｄｔｈ．txt": "ｆｕｌｌｗｉｄｔｈ．txt",  # no real suffix: reported, not built
    "x" * 240 + ".txt": "x" * 240 + ".txt",
}
HUGE_WORDS = 900_000
HUGE_LAST = "The very last sentence of the huge article."


@dataclass(frozen=True)
class Built:
    """A hostile project after `mkdocs build --strict` and `mkdocs build`."""

    root: Path
    strict: subprocess.CompletedProcess[str]
    relaxed: subprocess.CompletedProcess[str]

    @property
    def report(self) -> list[str]:
        return (self.root / ".digest/report.txt").read_text().splitlines()

    def lines_of(self, source: str) -> list[str]:
        return [line for line in self.report if line.startswith(f"{source}: ")]

    def briefs(self) -> dict[str, Path]:
        """Return the brief page of each seed built, or merged into a brief as a duplicate."""
        pages = {}
        for path in (self.root / "docs/briefs").rglob("*.md"):
            meta = frontmatter.load(path).metadata
            if str(meta.get("generator", "")).startswith("digest"):
                for source in [meta["source"], *meta.get("duplicates", [])]:
                    pages[str(source)] = path
        return pages

    def html_of(self, page: Path) -> Path:
        relative = page.relative_to(self.root / "docs").with_suffix("")
        return self.root / "site" / relative / "index.html"


def mkdocs_build(root: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *flags],
        cwd=root, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )  # fmt: skip


def huge_article(words: int) -> str:
    """Return a dated article of `words` words in paragraphs of 100, about 6 bytes a word."""
    rng = random.Random(6)
    vocabulary = "the port of Oslo handled more cargo than ever this year said officials".split()
    paragraphs = [
        " ".join(rng.choice(vocabulary) for _ in range(99)) + " end." for _ in range(words // 100)
    ]
    return "date 2024-01-05\n\nOslo: " + "\n\n".join(paragraphs) + f"\n\n{HUGE_LAST}\n"


def make_hostile_project(root: Path) -> Path:
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    (root / "docs/briefs/undated").mkdir(parents=True)
    shutil.copy(REPO / "docs/about.md", root / "docs/about.md")
    (root / "docs/briefs/undated/mine.md").write_text("# A page I wrote myself\n")
    seeds = root / "seeds"
    shutil.copytree(HOSTILE, seeds)
    shutil.copy(REAL_SEED, seeds)
    for number, name in enumerate(HOSTILE_NAMES):
        (seeds / name).write_text(f"Gdansk: Hostile file name number {number} was filed today.\n")
    (seeds / "collides_with_my_page.md").write_text(
        "---\nslug: mine\n---\nLodz: This seed's slug names a page the user wrote.\n"
    )
    (seeds / "huge_article.txt").write_text(huge_article(HUGE_WORDS))
    return root


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Built:
    root = make_hostile_project(tmp_path_factory.mktemp("hostile"))
    strict = mkdocs_build(root, "--strict")
    return Built(root, strict, mkdocs_build(root))


# ------------------------------------------------------------------- nothing lost


def test_hostile_project_builds_and_strict_fails_with_the_report(hostile: Built) -> None:
    assert hostile.relaxed.returncode == 0, hostile.relaxed.stderr
    assert hostile.strict.returncode == 1
    for line in hostile.report:
        assert f"WARNING -  {line}" in hostile.strict.stderr  # the report, logged as warnings
    assert (hostile.root / "site/index.html").exists()


def test_every_valid_seed_has_its_brief_page_in_the_site(hostile: Built) -> None:
    briefs = hostile.briefs()
    expected = {f"seeds/{name}" for name in BUILT} | {"seeds/000_12ae448d07d32f30.txt"}
    expected |= {f"seeds/{shown}" for shown in HOSTILE_NAMES.values() if shown.endswith(".txt")}
    expected |= {"seeds/index.md", "seeds/huge_article.txt"}
    assert expected <= set(briefs)
    for source in expected:
        assert hostile.html_of(briefs[source]).exists(), source


@pytest.mark.parametrize("name", sorted(REPORTED))
def test_every_invalid_seed_is_a_report_line_with_its_reason(hostile: Built, name: str) -> None:
    (line,) = hostile.lines_of(f"seeds/{name}")
    assert REPORTED[name] in line
    assert f"seeds/{name}" not in hostile.briefs()


@pytest.mark.parametrize("name", sorted(NOTED))
def test_what_parsing_assumed_is_noted_in_the_report(hostile: Built, name: str) -> None:
    assert any(NOTED[name] in line for line in hostile.lines_of(f"seeds/{name}"))


def test_every_file_of_the_seeds_folder_is_a_brief_or_a_report_line(hostile: Built) -> None:
    built = set(hostile.briefs())
    reported = {line.split(": ")[0] for line in hostile.report}
    for path in (hostile.root / "seeds").iterdir():
        if path.name == "README.md":  # a folder's README is not a seed
            continue
        shown = "seeds/" + HOSTILE_NAMES.get(path.name, path.name)
        assert shown in built or any(line.startswith(f"{shown}: ") for line in hostile.report)
    assert not (built & reported) - {f"seeds/{name}" for name in NOTED} - {"seeds/huge_article.txt"}


def test_report_is_beside_mkdocs_yml_not_in_docs_or_site(hostile: Built) -> None:
    assert (hostile.root / ".digest/report.txt").exists()
    assert not list((hostile.root / "docs").rglob("report.txt"))
    assert not list((hostile.root / "site").rglob("report.txt"))


def test_huge_article_is_built_and_its_analysis_budget_is_reported(hostile: Built) -> None:
    (line,) = hostile.lines_of("seeds/huge_article.txt")
    words = HUGE_WORDS + len(HUGE_LAST.split())
    assert line.endswith(f"analysed its first 5000 words of {words}; the page keeps the full text")
    page = hostile.briefs()["seeds/huge_article.txt"].read_text()
    assert page.rstrip().endswith(f"<p>{HUGE_LAST}</p>\n</details>")  # the page keeps every word


def test_a_headline_only_seed_is_built_titled_by_its_headline(hostile: Built) -> None:
    page = hostile.briefs()["seeds/headline_only.txt"]
    meta = frontmatter.load(page).metadata
    assert meta["title"] == "Retired harbour pilot, who guided ships for forty years, dies at 90"
    assert meta["summary"] == []


def test_wire_copy_on_the_date_line_is_built_with_its_dateline(hostile: Built) -> None:
    page = hostile.briefs()["seeds/wire_on_date_line.txt"]
    meta = frontmatter.load(page).metadata
    assert meta["dateline"] == "Beijing, Feb 4" and str(meta["date"]) == "2024-02-04"
    assert "<strong>Beijing, Feb 4</strong> · Xinhua · " in page.read_text()
    shown = " ".join([meta["title"], *meta["summary"]])
    assert "Xinhua" not in shown and "--" not in shown and "BEIJING" not in shown


def test_undated_seeds_are_built_and_shown_as_undated(hostile: Built) -> None:
    briefs = hostile.briefs()
    for name in ("missing_date.txt", "impossible_date.txt", "front_matter_impossible_date.md"):
        page = briefs[f"seeds/{name}"]
        assert page.parent.name == "undated"
        assert "Undated" in hostile.html_of(page).read_text()


def test_encodings_decode_to_the_same_words(hostile: Built) -> None:
    briefs = hostile.briefs()
    for name, sentence in {
        "utf8_bom": "The café on Rua Nova reopened on Thursday with a “new” menu – naïve",
        "utf16_le_bom": "Señora Peña’s bakery sold crème brûlée",
        "utf16_be_bom": "The façade of the old théâtre was repainted",
        "utf16_le_no_bom": "Zoë and Chloë won the regional piñata contest",
        "cp1252": "Students paid €5 for a “déjà vu” concert – the first since the rector’s résumé",
        "latin1": "Der Bär läuft über die Straße",
    }.items():
        assert sentence in briefs[f"seeds/{name}.txt"].read_text()
    controls = briefs["seeds/control_chars.txt"].read_text()
    assert "The terminal turned red and rang the bell on Friday." in controls
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", controls)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            lambda n: "date 2024-01-01\n\n" + "Word and word. " * (n // 15), id="one paragraph"
        ),
        pytest.param(lambda n: "A line of text.\n\n" * (n // 17), id="many paragraphs"),
        pytest.param(lambda n: "Start. " + "x" * n, id="one token"),
        pytest.param(lambda n: "Start.\n" + " \n" * (n // 2) + "End.", id="blank lines"),
        pytest.param(lambda n: "Start. " + ".)" * (n // 2), id="sentence ends"),
        pytest.param(lambda n: "Aa" + " Bb" * (n // 3) + ": x.", id="dateline-like"),
    ],
)
def test_parsing_grows_linearly_up_to_5_mb(text: Callable[[int], str]) -> None:
    def seconds(size: int) -> float:
        seed = Seed("seeds/big.txt", text(size).encode())
        return min(timeit.repeat(lambda: parses_or_reports(seed), number=1, repeat=3))

    small, big = seconds(500_000), seconds(5_000_000)
    # Ten times the text takes about ten times the time; a quadratic step would take a
    # hundred. A ratio in one run, not a bound in seconds: these machines are shared.
    assert big < 30 * max(small, 0.01)


def small_hostile_project(root: Path) -> Path:
    shutil.copytree(HOSTILE, root / "seeds")
    shutil.copy(REAL_SEED, root / "seeds")
    return root


def test_digest_build_reports_and_only_strict_fails(tmp_path: Path) -> None:
    root = small_hostile_project(tmp_path)

    def digest(*flags: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "digest.cli", "build", *flags],
            cwd=root, capture_output=True, text=True, env={"PATH": ""},
        )  # fmt: skip

    relaxed, strict = digest(), digest("--strict")
    assert (relaxed.returncode, strict.returncode) == (0, 1)
    report = (root / ".digest/report.txt").read_text().splitlines()
    assert len(report) == len(REPORTED) + len(NOTED)
    assert all(line in strict.stderr for line in report)


def test_one_failing_seed_never_stops_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    real = batch.analyze_article

    def fails_on_tables(article: Article, settings: Settings) -> object:
        if article.source == "seeds/tables.txt":
            raise RuntimeError("an analyzer bug\nwith a second line")
        return real(article, settings)

    one_process = Settings(jobs=1)  # the failures are patched into this process only
    whole = build(one_process, root=small_hostile_project(tmp_path / "whole")).tally.briefs
    monkeypatch.setattr(batch, "analyze_article", fails_on_tables)
    monkeypatch.setattr(
        batch, "parse_seed", lambda seed: 1 / 0 if "latin1" in seed.source else parse_seed(seed)
    )
    result = build(one_process, root=small_hostile_project(tmp_path / "failing"))
    assert "seeds/tables.txt: not built: analysis failed (RuntimeError: an analyzer bug)" in [
        str(p) for p in result.problems
    ]
    assert "seeds/latin1.txt: not built: parsing failed (ZeroDivisionError: division by zero)" in [
        str(p) for p in result.problems
    ]
    assert result.tally.briefs == whole - 2


def test_a_seed_lost_by_a_later_stage_is_reported_as_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:

    real = digest.group.site.group_site
    monkeypatch.setattr(
        digest.group.site, "group_site", lambda briefs, settings, **_: real(briefs[1:], settings)
    )
    result = build(Settings(), root=small_hostile_project(tmp_path))
    lost = [str(p) for p in result.problems if "digest bug" in p.reason]
    assert len(lost) == 1 and lost[0].endswith(
        "not built and not reported: a digest bug, please report it"
    )


# ------------------------------------------------------------------- paths


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("../../../etc/passwd", "etc-passwd"),
        ("/etc/cron.d/evil", "etc-cron-d-evil"),
        ("C:\\Windows\\System32", "c-windows-system32"),
        ("．．／ｅｔｃ／ｐａｓｓｗｄ", "etc-passwd"),
        ("CON", "con-page"),
        ("nul", "nul-page"),
        ("Com1", "com1-page"),
        ("index", "index-page"),
        ("Ｉｎｄｅｘ", "index-page"),
        ("İstanbul ﬁnal", "istanbul-final"),
        ("../", ""),
        ("Москва", ""),
        ("a" * 500, "a" * 60),
    ],
)
def test_slugs_are_safe_file_names(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_nothing_is_written_outside_the_generated_folders(hostile: Built) -> None:
    root = hostile.root
    tops = {p.relative_to(root).parts[0] for p in root.iterdir()}
    assert tops == {"mkdocs.yml", "docs", "seeds", "site", ".digest"}
    docs = {p.relative_to(root / "docs").parts[0] for p in (root / "docs").iterdir()}
    assert docs <= {"about.md", "index.md", "briefs", "topics", "days", "feed.xml", "feed.json"} | {
        "assets"  # digest's stylesheet, alone in it
    }
    assert [p.name for p in (root / "docs/assets").rglob("*") if p.is_file()] == ["digest.css"]
    for pwned in ("digest-was-pwned", "pwned"):  # commands in python_tag.md, a file name
        assert not list(root.rglob(pwned)) and not (REPO / pwned).exists()
    names = [p.stem for p in (root / "docs/briefs").rglob("*.md")]
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", name) for name in names), names
    assert all(len(name) <= 70 for name in names)
    reserved = {"con", "nul", "prn", "aux", "index", "com1", "lpt1"}
    assert not reserved & {name for name in names}


def test_a_users_own_page_is_kept_and_the_collision_reported(hostile: Built) -> None:
    mine = hostile.root / "docs/briefs/undated/mine.md"
    assert mine.read_text() == "# A page I wrote myself\n"
    (line,) = hostile.lines_of("seeds/collides_with_my_page.md")
    assert "docs/briefs/undated/mine.md is not digest's to replace" in line


def test_hostile_file_names_stay_off_the_page_a_reader_sees(hostile: Built) -> None:
    # A seed's path is for the editor (front matter, report); readers see its outlet.
    briefs = hostile.briefs()
    for shown in HOSTILE_NAMES.values():
        if not shown.endswith(".txt"):
            continue
        html = hostile.html_of(briefs[f"seeds/{shown}"]).read_text()
        assert "Hostile file name number" in PageScan.of(html, "").text
        assert "seeds/" + shown not in PageScan.of(html, "").text


# ------------------------------------------------------------------- never live markup

MATERIAL_SCRIPT = re.compile(r"^(/|(\.\./)*)assets/javascripts/[\w.]+\.js$")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "data", "poster", "srcset", "xlink:href"}
NEVER_TAGS = {"iframe", "object", "embed", "applet", "frame", "frameset", "base", "x-evil"}
# Seed lines that are Markdown syntax, and the element they would become if it were live.
SYNTAX_LINES = {
    "Not a heading at all": {"h1", "h2", "h3", "h4", "h5", "h6"},
    "not a list item": {"li"},
    "not a numbered list": {"li"},
    "not a quote": {"blockquote"},
    "indented four spaces, not code": {"pre", "code"},
    'alert("fence")': {"pre", "code"},
    "evil-cell": {"table", "td", "th"},
    "evil definition": {"dd", "dt", "dl"},
    "evil details": {"summary"},
    "evil block": {"summary"},
}


class PageScan(HTMLParser):
    """What a browser would run or load from a page, and the text it would show."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.live: list[str] = []
        self.text = ""
        self.open: list[str] = []
        self.script: str | None = None

    @classmethod
    def of(cls, html: str, where: str) -> PageScan:
        scan = cls(where)
        scan.feed(html)
        scan.close()
        return scan

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ("br", "hr", "img", "input", "meta", "link", "wbr"):
            self.open.append(tag)
        if tag in NEVER_TAGS:
            self.live.append(f"<{tag}>")
        if tag == "meta" and any(name == "http-equiv" for name, _ in attrs):
            self.live.append(f"<meta {attrs}>")
        if tag == "script":
            src = dict(attrs).get("src")
            if src is not None and not MATERIAL_SCRIPT.match(src):
                self.live.append(f"<script src={src}>")
            self.script = ""
        for name, value in attrs:
            self._check_attribute(tag, name, value or "")

    def _check_attribute(self, tag: str, name: str, value: str) -> None:
        plain = re.sub(r"[\x00-\x20]", "", value).lower()
        if name.startswith("on"):
            self.live.append(f"<{tag} {name}={value!r}>")
        if name in URL_ATTRIBUTES and plain.startswith(("javascript:", "data:", "vbscript:")):
            self.live.append(f"<{tag} {name}={value!r}>")
        if name in URL_ATTRIBUTES and re.match(r"^([a-z]+:)?//", plain) and "evil" in plain:
            self.live.append(f"<{tag} {name}={value!r}>")  # a link or load the seed asked for
        if name in ("class", "style") and re.search(r"evil|admonition|danger", plain):
            self.live.append(f"<{tag} {name}={value!r}>")
        if name == "id" and (plain == "evil-id" or plain.startswith(("fn:", "fnref:"))):
            self.live.append(f"<{tag} {name}={value!r}>")
        if name == "title" and re.search(r"<[a-z!/?]", value, re.I):
            # Material's tooltips copy a title attribute into innerHTML: it must hold no markup.
            self.live.append(f"<{tag} {name}={value!r}>: markup in a tooltip")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script is not None:
            if re.search(r"alert|evil|import\(", self.script):
                self.live.append(f"<script>{self.script[:60]}")
            self.script = None
        if tag in self.open:
            while self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if self.script is not None:
            self.script += data
            return
        self.text += data
        for marker, tags in SYNTAX_LINES.items():
            if marker in data and tags & set(self.open):
                self.live.append(f"{marker!r} inside {sorted(tags & set(self.open))}")


def site_pages(root: Path) -> Iterator[tuple[str, str]]:
    for path in sorted((root / "site").rglob("*.html")):
        yield path.relative_to(root).as_posix(), path.read_text()


def test_built_html_runs_and_loads_nothing_from_seeds(hostile: Built) -> None:
    live = [
        f"{where}: {item}"
        for where, html in site_pages(hostile.root)
        for item in PageScan.of(html, where).live
    ]
    assert live == []


def test_search_index_and_material_search_results_carry_no_live_markup(hostile: Built) -> None:
    # Material's search UI inserts a result's title, text and tags with innerHTML, so each is
    # scanned as HTML: escaped markup shows as text, live markup would run.
    index = json.loads((hostile.root / "site/search/search_index.json").read_text())
    live = []
    for doc in index["docs"]:
        where = f"search_index.json {doc['location']}"
        for field in [doc["title"], doc["text"], *doc.get("tags", [])]:
            live += [f"{where}: {item}" for item in PageScan.of(field, where).live]
        assert not doc["location"].lower().startswith(("javascript:", "data:"))
    assert live == []
    texts = " ".join(d["text"] for d in index["docs"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in texts  # escaped, so shown as text


def test_hostile_markup_shows_as_the_text_it_is(hostile: Built) -> None:
    briefs = hostile.briefs()

    def shown(name: str) -> str:
        return " ".join(PageScan.of(hostile.html_of(briefs[name]).read_text(), name).text.split())

    assert "The council published <script>alert(1)</script> a report" in shown(
        "seeds/script_tags.txt"
    )
    assert "{{ config.site_name }} and {{ page.title }}" in shown("seeds/template_braces.txt")
    # Entities are decoded once when parsing; what they spell shows as text, never as markup.
    headline = "Council <script>alert('headline')</script> vote & <img src=x onerror=alert(1)>"
    assert headline in shown("seeds/entities_in_headline.txt")
    assert "[a notice](javascript:alert(1))" in shown("seeds/javascript_urls.txt")
    assert "| Party | evil-cell |" in shown("seeds/tables.txt")
    assert '!!! danger "evil admonition"' in shown("seeds/admonitions_and_attributes.txt")
    page = shown("seeds/hostile_page.html")
    assert "the words <script>alert('quoted')</script> were quoted" in page
    assert "Council votes on <script>alert('og')</script> budget" in page  # its og:title
    assert "Injected by a script" not in page and "evil input" not in page


def test_titles_meta_tags_and_nav_show_hostile_titles_as_look_alikes(hostile: Built) -> None:
    page = hostile.briefs()["seeds/hostile_front_matter.md"]
    html = hostile.html_of(page).read_text()
    title = re.search(r"<title>(.*?)</title>", html, re.S)
    assert title and "‹script›alert('title')‹/script›" in title.group(1)
    assert "<script>alert('title')" not in html and "onerror=alert('title')>" not in html
    assert "<script>alert('description')" not in html  # front matter keys digest does not know
    meta = frontmatter.load(page).metadata
    assert meta["url"] == "" and meta["slug"] == "etc-passwd"
    assert page.parent.name == "06" and page.name == "etc-passwd.md"


# ------------------------------------------------------------------- atomic output

# Runs `digest build` and kills it with SIGKILL, as a power cut would, after the page
# renames given on its command line (0: once the first page is staged, before any rename).
# Patching from outside keeps test hooks out of digest itself.
KILLED_BUILD = """
import os, signal, sys
from digest import write
from digest.cli import main
kill_after = int(sys.argv[1])
stage, replace = write._stage, os.replace
renamed = 0
def stage_then_maybe_die(target, data):
    staged = stage(target, data)
    if kill_after == 0:
        os.kill(os.getpid(), signal.SIGKILL)
    return staged
def replace_then_maybe_die(src, dst):
    global renamed
    replace(src, dst)
    renamed += 1
    if renamed == kill_after:
        os.kill(os.getpid(), signal.SIGKILL)
write._stage, write.os.replace = stage_then_maybe_die, replace_then_maybe_die
sys.exit(main(["build"]))
"""


def tree(docs: Path) -> dict[str, str]:
    """Return the text of every page under docs, even while a build renames files in it."""
    pages = {}
    for path in sorted(docs.rglob("*")):
        try:
            if path.is_file() and not path.name.startswith("."):
                pages[path.relative_to(docs).as_posix()] = path.read_text()
        except FileNotFoundError:  # renamed away between listing and reading
            continue
    return pages


def digest_build(root: Path, script: str = "from digest.cli import main; main(['build'])") -> None:
    subprocess.run([sys.executable, "-c", script], cwd=root, env={"PATH": ""}, check=True)


def broken_links(docs: Path, pages: set[str]) -> list[str]:
    """Return the links of the given pages (Markdown and raw HTML) that lead to no file."""
    broken = []
    for name in pages:
        text = (docs / name).read_text()
        for target in re.findall(r"\]\(([^)#\s]+\.md)\)", text):
            if not (docs / name).parent.joinpath(target).exists():
                broken.append(f"{name} -> {target}")
        for url in re.findall(r'href="(?!https?://)([^"#]+)"', text):  # not an article's own
            # Links in raw HTML start from the page's folder in docs/ (see paths.href).
            there = posixpath.normpath(posixpath.join(posixpath.dirname(name), url))
            page = (docs / f"{there}.md").exists() or (docs / there / "index.md").exists()
            if not (page or (docs / there).is_file()):  # a page, or a file such as a feed
                broken.append(f"{name} -> {url}")
    return broken


def two_seed_folders(root: Path) -> tuple[Path, Path]:
    """Return an old and a new seeds folder: one seed edited, one removed, several added."""
    old, new = root / "old", root / "new"
    shutil.copytree(CORPUS, old)
    (old / "notes.csv").unlink()
    shutil.copytree(old, new)
    (new / "003_nairobi_farmers.txt").unlink()
    lisbon = new / "001_lisbon_metro.txt"
    lisbon.write_text(lisbon.read_text().replace("western suburbs", "eastern suburbs"))
    for name in ("script_tags.txt", "tables.txt", "non_english.txt", "latin1.txt"):
        shutil.copy(HOSTILE / name, new / name)
    for day in range(1, 21):
        (new / f"day_{day:02}.txt").write_text(
            f"date 2024-04-{day:02}\n\nRiga: The harbour board met on day {day} of April "
            f"and approved berth {day} for ferries.\n"
        )
    return old, new


def project_after_edit(old_seeds: Path, new_seeds: Path, root: Path) -> Path:
    """Return a project built from the old seeds whose seeds folder now holds the new ones."""
    shutil.copytree(old_seeds, root / "seeds")
    digest_build(root)
    shutil.rmtree(root / "seeds")
    shutil.copytree(new_seeds, root / "seeds")
    return root


@pytest.mark.parametrize("changed_pages", [0, 2, 10, 25])
def test_a_killed_build_leaves_the_old_site_whole_and_the_next_build_repairs_it(
    tmp_path: Path, changed_pages: int
) -> None:
    old_seeds, new_seeds = two_seed_folders(tmp_path)
    uninterrupted = project_after_edit(old_seeds, new_seeds, tmp_path / "uninterrupted")
    before = tree(uninterrupted / "docs")
    root = shutil.copytree(uninterrupted, tmp_path / "project")
    docs = root / "docs"

    run = subprocess.run(
        [sys.executable, "-c", KILLED_BUILD, str(changed_pages)], cwd=root, env={"PATH": ""}
    )
    assert run.returncode == -signal.SIGKILL, "the build ended before it could be killed"
    digest_build(uninterrupted)
    after = tree(uninterrupted / "docs")
    killed = tree(docs)
    assert set(before) <= set(killed)  # nothing old removed before the new site is in
    for path, text in killed.items():
        assert text in (before.get(path), after.get(path)), f"{path} is neither old nor new"
    assert sum(before.get(k) != v for k, v in killed.items()) >= changed_pages
    # Old pages link only to old pages, all still there. New pages may link to each other
    # (related briefs both ways), so during the rename pass, a few milliseconds long, a new
    # page's link may wait for its target, which the next build writes.
    old_pages = {k for k, v in killed.items() if before.get(k) == v and k.endswith(".md")}
    assert broken_links(docs, old_pages) == []

    digest_build(root)
    assert tree(docs) == after  # repaired: nothing missing, nothing stale
    assert not list(docs.rglob(".digest-*.tmp"))


# ------------------------------------------------------------------- property-based

YAML_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40) | st.dates(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=10,
)
FRONT_MATTER = st.dictionaries(
    st.sampled_from(["title", "slug", "topics", "date", "url", "source", "caption", "credit"])
    | st.text(max_size=10),
    YAML_VALUES,
    max_size=6,
)
CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def parses_or_reports(seed: Seed) -> Article | None:
    """Return the article, or None when parsing reported a SeedError naming the file."""
    try:
        return parse_seed(seed)
    except SeedError as exc:
        assert str(exc).startswith(f"{seed.source}: ") and "\n" not in str(exc)
        return None


@given(st.binary(max_size=2000))
def test_any_bytes_decode_to_clean_text_or_a_seed_error(data: bytes) -> None:
    try:
        text = decode_seed(Seed("seeds/any.txt", data))
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.txt: ")
        return
    assert not CONTROLS.search(text) and "\r" not in text


@given(st.binary(max_size=2000), st.sampled_from(["seeds/any.txt", "seeds/any.md"]))
def test_any_bytes_parse_or_raise_a_seed_error(data: bytes, source: str) -> None:
    article = parses_or_reports(Seed(source, data))
    if article is not None:
        assert article.body or article.title  # text, or a headline alone
        assert not CONTROLS.search(article.text + article.title)


@given(FRONT_MATTER, st.text(max_size=200))
def test_any_front_matter_values_parse_to_text_or_a_seed_error(
    meta: dict[str, object], body: str
) -> None:
    text = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n" + body + "\nA sentence."
    article = parses_or_reports(Seed("seeds/any.md", text.encode()))
    if article is None:
        return
    for value in (article.title, article.slug, article.caption, article.credit, *article.topics):
        assert isinstance(value, str) and "\n" not in value and not CONTROLS.search(value)
    assert article.url == "" or article.url.lower().startswith(("http://", "https://"))


@given(st.text(max_size=300))
def test_any_front_matter_text_parses_or_raises_a_seed_error(raw: str) -> None:
    parses_or_reports(Seed("seeds/any.md", f"---\n{raw}\n---\nA sentence.".encode()))


# The site's Markdown extensions and the ones a user is most likely to add.
EXTENSIONS = [
    "toc", "tables", "attr_list", "md_in_html", "admonition", "def_list", "footnotes",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.magiclink", "pymdownx.tilde",
    "pymdownx.caret", "pymdownx.mark", "pymdownx.keys", "pymdownx.betterem",
    "pymdownx.blocks.admonition", "pymdownx.blocks.details",
]  # fmt: skip
TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=120)
HOSTILE_BITS = st.sampled_from(
    ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))",
     "![i](http://evil.example/i.png)", "{{ config }}", "| a | b |", "!!! danger", "{: .evil }",
     "\n# h", "\n- li", "\n> q", "\n    code", "```", "<!--", "&lt;b&gt;", "&#60;i&#62;",
     "javascript:alert(1)", "<http://evil.example>", "[^evil]", "\n\n"]
)  # fmt: skip
HOSTILE_TEXT = st.lists(TEXT | HOSTILE_BITS, max_size=6).map("".join)


def article_from(text: str, **fields: object) -> Article:
    paragraphs = [Paragraph(" ".join(b.split())) for b in text.split("\n\n") if b.split()]
    return make_article(paragraphs=tuple(paragraphs or [Paragraph("x.")]), **fields)


def tags_of(html: str) -> set[str]:
    scan = PageScan.of(html, "")
    tags: set[str] = set()

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            tags.add(tag)

    Tags().feed(html)
    assert scan.live == []
    return tags


@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT, HOSTILE_TEXT, st.lists(HOSTILE_TEXT, max_size=3))
def test_rendered_brief_has_the_structure_of_a_plain_one_and_no_live_markup(
    body: str, title: str, caption: str, source: str, keywords: list[str]
) -> None:
    hostile = make_brief(
        title=title or "x",
        keywords=tuple(keywords),
        summary=(body[:100] or "x",),
        article=article_from(body, caption=caption, credit=caption, dateline=title[:20],
                             source=source or "s", teasers=(title,)),
    )  # fmt: skip
    plain = make_brief(
        title="x",
        keywords=tuple("k" for _ in keywords),
        summary=("x",),
        article=article_from("\n\n".join("x." for _ in hostile.article.paragraphs),
                             caption="x" if caption else "", credit="x" if caption else "",
                             dateline="x" if title[:20].strip() else "", source="s",
                             teasers=("x",)),
    )  # fmt: skip
    pages = [render_brief(b, Settings()) for b in (hostile, plain)]
    hostile_html, plain_html = (
        markdown.markdown(frontmatter.loads(p.text).content, extensions=EXTENSIONS) for p in pages
    )
    assert tags_of(hostile_html) <= tags_of(plain_html)
    meta = frontmatter.loads(pages[0].text).metadata  # front matter round-trips
    assert meta["title"] == plain_title(title or "x")
    assert (meta["caption"], meta["source"]) == (caption, source or "s")
    assert meta["keywords"] == keywords
