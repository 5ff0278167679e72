"""The MkDocs plugin inside a real `mkdocs build` of a temporary project."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import frontmatter
import pytest
import yaml
from conftest import CORPUS, SEEDS

REPO = Path(__file__).parent.parent


def make_project(root: Path, seeds: Path | None = None) -> Path:
    """Copy the shipped project's config and hand-written pages, with the given seeds."""
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs", ignore=shutil.ignore_patterns(
        "briefs", "topics", "days", "index.md"))  # fmt: skip
    shutil.copytree(seeds or REPO / "seeds", root / "seeds")
    return root


def corpus_project(root: Path) -> Path:
    """Return a project of the fixture corpus without its one non-seed file, which --strict
    would report."""
    make_project(root, CORPUS)
    (root / "seeds/notes.csv").unlink()
    return root


def mkdocs_build(root: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *flags],
        cwd=root, capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )  # fmt: skip


def search_index(root: Path) -> list[dict[str, str]]:
    data = json.loads((root / "site/search/search_index.json").read_text())
    docs: list[dict[str, str]] = data["docs"]
    return docs


def test_shipped_project_builds_strict_and_search_finds_the_seed(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    run = mkdocs_build(root, "--strict")
    assert run.returncode == 0, run.stderr
    assert "WARNING" not in run.stderr
    hits = [d["location"] for d in search_index(root) if "Pyongyang" in d["text"]]
    assert any(loc.startswith("briefs/2024/01/21/") for loc in hits)
    assert (root / "site/days/2024-01-21/index.html").exists()
    assert (root / "site/topics/index.html").exists()


def test_brief_page_keeps_furniture_out_of_title_summary_and_keywords(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    assert mkdocs_build(root).returncode == 0
    (brief,) = (root / "docs/briefs").rglob("*.md")
    head = brief.read_text().split("## Full text")[0]
    for furniture in (
        "Follow us",
        "Image Source",
        "FILE North",
        "inputs from agencies",
        "Also Read",
    ):
        assert furniture not in head.split("credit:")[0] + head.split("caption:")[-1]


def test_corpus_site_has_briefs_days_topics_and_home(tmp_path: Path) -> None:
    root = corpus_project(tmp_path)
    assert mkdocs_build(root, "--strict").returncode == 0
    site = root / "site"
    assert len(list((site / "briefs").rglob("index.html"))) == 6
    assert (site / "days/2024-03-04/index.html").exists()
    assert (site / "topics/portugal/index.html").exists()
    assert "Mombasa" in (site / "index.html").read_text()


def test_bad_seed_is_a_warning_that_strict_turns_into_a_failure(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    shutil.copy(SEEDS / "empty.txt", root / "seeds/empty.txt")
    relaxed = mkdocs_build(root)
    assert relaxed.returncode == 0
    assert "seeds/empty.txt: expected article text, found an empty file" in relaxed.stderr
    assert len(list((root / "site/briefs").rglob("index.html"))) == 1
    strict = mkdocs_build(root, "--strict")
    assert strict.returncode == 1


@pytest.mark.parametrize("listed", [True, False], ids=["listed", "not listed"])
def test_plugin_serves_its_stylesheet_and_every_page_links_it_once(
    tmp_path: Path, listed: bool
) -> None:
    # mkdocs.yml lists the stylesheet under extra_css (for Zensical); an older project's
    # does not, and the plugin adds it. Either way each page links it exactly once.
    root = make_project(tmp_path)
    if not listed:
        config = root / "mkdocs.yml"
        config.write_text(
            config.read_text().replace("extra_css:\n  - assets/digest/digest.css\n", "")
        )
        assert "extra_css" not in yaml.safe_load(config.read_text())
    assert mkdocs_build(root, "--strict").returncode == 0
    css = root / "site/assets/digest/digest.css"
    assert ".digest-chip" in css.read_text()
    pages = sorted((root / "site").rglob("*.html"))
    assert len(pages) > 5
    for page in pages:
        assert (
            len(re.findall(r'<link[^>]+href="[./]*assets/digest/digest\.css"', page.read_text()))
            == 1
        )


def test_corpus_site_shows_stories_copies_timelines_related_briefs_and_feed(
    tmp_path: Path,
) -> None:
    import feedparser

    root = corpus_project(tmp_path)
    run = mkdocs_build(root, "--strict")
    assert run.returncode == 0, run.stderr
    site = root / "site"
    day = (site / "days/2024-03-04/index.html").read_text()
    assert "Also covered by" in day and "Lawmakers in Lisbon voted" in day
    lisbon = next((site / "briefs/2024/03/04").glob("*approves-plan-to-extend-lisbon*/index.html"))
    page = lisbon.read_text()
    assert "also 1 other copy" in page  # the copy, counted on its brief (no outlet known)
    assert "In this story" in page and "Related briefs" in page
    assert 'class="digest-timeline"' in (site / "topics/portugal/index.html").read_text()
    feed = feedparser.parse((site / "feed.xml").read_text())
    assert not feed.bozo and len(feed.entries) == 6


class Links(HTMLParser):
    """The relative links of a page: what a reader can click to go elsewhere in the site."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href and not urlsplit(href).scheme and not href.startswith(("#", "/")):
            self.hrefs.append(href.split("#")[0])


def dead_links(site: Path) -> list[str]:
    """Return `page -> href` for every relative link of the site that leads to no file."""
    dead = []
    for page in sorted(site.rglob("*.html")):
        links = Links()
        links.feed(page.read_text())
        for href in filter(None, links.hrefs):
            target = page.parent / href
            if not (target / "index.html" if target.is_dir() else target).is_file():
                dead.append(f"{page.relative_to(site)} -> {href}")
    return dead


@pytest.mark.parametrize("directory_urls", [True, False])
def test_every_link_of_the_corpus_site_leads_to_a_page(
    tmp_path: Path, directory_urls: bool
) -> None:
    root = corpus_project(tmp_path)
    config = root / "mkdocs.yml"
    config.write_text(config.read_text() + f"use_directory_urls: {str(directory_urls).lower()}\n")
    assert mkdocs_build(root, "--strict").returncode == 0
    site = root / "site"
    page = next((site / "briefs").rglob("*.html")).read_text()
    assert "Related briefs" in page  # lists of links are there to check
    assert dead_links(site) == []


def test_search_finds_a_headline_on_its_brief_not_on_every_page_that_lists_it(
    tmp_path: Path,
) -> None:
    root = corpus_project(tmp_path)
    assert mkdocs_build(root, "--strict").returncode == 0
    brief = next((root / "docs/briefs/2024/03/04").glob("*approves-plan-to-extend-lisbon*.md"))
    title = frontmatter.loads(brief.read_text()).metadata["title"]
    own = brief.relative_to(root / "docs").with_suffix("").as_posix() + "/"
    hits = {d["location"].split("#")[0] for d in search_index(root) if title in d["text"]}
    hits |= {d["location"].split("#")[0] for d in search_index(root) if title == d["title"]}
    assert own in hits
    # Its story's other briefs and its topics link to it; their lists are not searched.
    assert {h for h in hits if h.startswith(("briefs/", "topics/"))} == {own}


# The one thing the plugin changes in a page by design: links of its raw HTML, written from
# the page's source folder, read from its URL (a hook does it here before conversion).
LINKS_HOOK = """\
from digest.paths import url_below_source
from digest.plugin import links_from_page_url

def on_page_markdown(markdown, page, config, files):
    if url_below_source(page.file.src_uri, directory_urls=config.use_directory_urls):
        return links_from_page_url(markdown)
    return markdown
"""


def without_digest_plugin(config: Path) -> None:
    """Rewrite mkdocs.yml so MkDocs builds the written pages alone (mkdocs.yml links the
    stylesheet the pipeline writes), with a hook moving their links as the plugin does."""
    lines = config.read_text().splitlines()
    start = lines.index("  - digest:")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith("      "))
    lines = [*lines[:start], *lines[end:], "hooks:", "  - links_hook.py"]
    assert "  - assets/digest/digest.css" in lines  # listed for builders without the plugin
    config.write_text("\n".join(lines) + "\n")
    (config.parent / "links_hook.py").write_text(LINKS_HOOK)


def test_plugin_site_and_search_index_are_what_mkdocs_makes_of_the_pages_alone(
    tmp_path: Path,
) -> None:
    # The plugin carries raw HTML past Markdown and shows search only what it indexes;
    # neither may change a page or the index.
    root = corpus_project(tmp_path)
    assert mkdocs_build(root, "--strict").returncode == 0
    (root / "site").rename(root / "site-plugin")
    without_digest_plugin(root / "mkdocs.yml")
    assert mkdocs_build(root, "--strict").returncode == 0
    plugin_site, plain_site = root / "site-plugin", root / "site"

    def pages(site: Path) -> dict[str, str]:
        return {p.relative_to(site).as_posix(): p.read_text() for p in sorted(site.rglob("*.html"))}

    plain = pages(plain_site)
    assert any(p.startswith("topics/") for p in plain) and any("briefs/" in p for p in plain)
    assert pages(plugin_site) == plain
    index = "search/search_index.json"
    assert (plugin_site / index).read_bytes() == (plain_site / index).read_bytes()


def test_every_generated_page_gets_the_front_matter_mkdocs_would_read_from_it(
    tmp_path: Path,
) -> None:
    # The plugin reads front matter as digest writes it itself, instead of MkDocs parsing
    # the YAML: same metadata, same Markdown, in a build that rebuilt nothing too; front
    # matter written otherwise (a hand edit) is left to MkDocs.
    from mkdocs.config import load_config
    from mkdocs.structure.files import File, Files
    from mkdocs.structure.pages import Page
    from mkdocs.utils.meta import get_data

    root = corpus_project(tmp_path)
    assert mkdocs_build(root).returncode == 0
    config = load_config(str(root / "mkdocs.yml"))  # a new plugin, nothing left to build
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    docs = root / "docs"
    paths = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md"))
    edited = docs / next(p for p in paths if p.startswith("briefs/"))
    edited.write_text(edited.read_text().replace("\ntitle: ", "\nextra: {a: 1}\ntitle: ", 1))

    def read(path: str) -> tuple[str | None, str, Page]:
        file = File(path, config.docs_dir, config.site_dir, config.use_directory_urls)
        page = Page(None, file, config)
        source = config.plugins.on_page_read_source(page=page, config=config)
        page.read_source(config)
        body, files = page.markdown, Files([file])
        page.markdown = config.plugins.on_page_markdown(
            page.markdown, page=page, config=config, files=files
        )
        return source, body, page

    generated = 0
    for path in paths:
        markdown, meta = get_data((docs / path).read_text())
        source, body, page = read(path)
        assert body == markdown and page.meta == meta
        if meta.get("generator", "").startswith("digest") and docs / path != edited:
            assert source is not None and not source.startswith("---")  # read by the plugin
            generated += 1
    assert generated > 6 and read(str(edited.relative_to(docs)))[2].meta["extra"] == {"a": 1}
