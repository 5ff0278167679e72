"""`digest build && zensical build`: the site Material's successor makes of the same project.

Zensical reads mkdocs.yml but runs no MkDocs plugin, so digest writes the pages first. The
site must hold every page, feed and search entry the MkDocs build has, styled alike.
Skipped when Zensical is not installed (pip install -e '.[test,zensical]').
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import frontmatter
import pytest
from conftest import CORPUS
from test_plugin import dead_links

from digest.init import init_project

pytest.importorskip("zensical", reason="zensical is not installed (pip install -e '.[zensical]')")

ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": ""}
# Files of the theme and of each builder's search and sitemap, which differ by design.
THEME = re.compile(r"assets/(images|javascripts|stylesheets)/|search/|search\.json$|sitemap\.xml")


def corpus_project(root: Path) -> Path:
    """Return a new project (as `digest init` writes it) with the fixture corpus's seeds."""
    init_project(root)
    for seed in sorted(CORPUS.glob("*.*")):
        if seed.suffix in (".txt", ".md"):
            shutil.copy(seed, root / "seeds")
    return root


def run(root: Path, *command: str) -> None:
    done = subprocess.run([sys.executable, "-m", *command], cwd=root, capture_output=True,
                          text=True, env=ENV)  # fmt: skip
    assert done.returncode == 0, done.stdout + done.stderr


def zensical_site(root: Path) -> Path:
    """Build the project as the README says: digest, then Zensical; return the site."""
    run(root, "digest.cli", "build", "--strict", "--quiet")
    run(root, "zensical", "build", "--strict")
    return root / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Return the MkDocs site and the Zensical site of two copies of one project."""
    # One folder name: it is the site's name, shown in the feeds.
    mkdocs = corpus_project(tmp_path_factory.mktemp("mkdocs") / "news")
    run(mkdocs, "mkdocs", "build", "--strict")
    zensical = zensical_site(corpus_project(tmp_path_factory.mktemp("zensical") / "news"))
    return mkdocs / "site", zensical


def files(site: Path) -> set[str]:
    found = (p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    return {f for f in found if not THEME.match(f)}


def test_zensical_builds_every_page_and_feed_the_mkdocs_build_has(sites: tuple[Path, Path]) -> None:
    mkdocs, zensical = sites
    pages = files(mkdocs)
    assert {"index.html", "feed.xml", "feed.json", "assets/digest/digest.css"} <= pages
    assert sum(p.startswith("briefs/") for p in pages) == 6
    assert sum(p.startswith("topics/") and p.endswith("/feed.xml") for p in pages) == 5
    assert {"days/2024-03-05/index.html", "topics/portugal/index.html"} <= pages
    assert files(zensical) == pages
    for name in pages - {p for p in pages if p.endswith(".html")}:  # copied as digest wrote them
        assert (zensical / name).read_bytes() == (mkdocs / name).read_bytes(), name


def test_every_zensical_page_links_digests_stylesheet_once(sites: tuple[Path, Path]) -> None:
    _, zensical = sites
    link = re.compile(r'<link[^>]+href="[./]*assets/digest/digest\.css"')
    pages = sorted(zensical.rglob("*.html"))
    assert len(pages) > 15
    for page in pages:
        assert len(link.findall(page.read_text())) == 1, page
    # The page shows what the stylesheet styles: the topic's timeline and feed link.
    topic = (zensical / "topics/portugal/index.html").read_text()
    assert 'class="digest-timeline"' in topic and 'class="digest-feed"' in topic


def test_zensical_search_finds_a_brief_by_its_headline_where_mkdocs_search_does(
    sites: tuple[Path, Path],
) -> None:
    mkdocs, zensical = sites
    theirs = json.loads((zensical / "search.json").read_text())["items"]
    ours = json.loads((mkdocs / "search/search_index.json").read_text())["docs"]
    assert {i["location"] for i in theirs} == {d["location"] for d in ours}
    docs = mkdocs.parent / "docs"
    for brief in sorted((docs / "briefs").rglob("*.md")):
        headline = frontmatter.load(brief)["title"]
        location = brief.relative_to(docs).with_suffix("").as_posix() + "/"
        hits = {i["location"] for i in theirs if i["title"] == headline and i["level"] == 1}
        assert hits == {location}, headline
    # Lists of other briefs stay out of the index, as under MkDocs: a word of one brief's
    # text is found on that brief and its day only.
    braga = {i["location"] for i in theirs if "Braga" in i["text"]}
    assert braga == {d["location"] for d in ours if "Braga" in d["text"]}
    assert not any(loc.startswith("topics/") for loc in braga)


def article_links(page: Path) -> list[str]:
    found = re.search(r"<article.*?</article>", page.read_text(), re.DOTALL)
    assert found, page
    return re.findall(r'href="([^"]*)"', found.group(0))


def test_every_link_leads_to_a_page_and_is_the_link_the_mkdocs_build_has(
    sites: tuple[Path, Path],
) -> None:
    # Links of raw HTML are written from the page's source folder, which Zensical reads
    # them from; under MkDocs the plugin makes them start from the page's URL.
    mkdocs, zensical = sites
    assert dead_links(zensical) == []
    pages = sorted(p.relative_to(zensical) for p in zensical.rglob("*.html"))
    related = article_links(zensical / "briefs/2024/03/05/rail-column/index.html")
    # The column lists the rail operator's order of the day before, from its source folder.
    assert any(link.startswith("../../04/portugal-s-state-rail-operator") for link in related)
    for page in pages:
        assert article_links(zensical / page) == article_links(mkdocs / page), page


def test_links_lead_to_pages_without_directory_urls_too(tmp_path: Path) -> None:
    root = corpus_project(tmp_path / "news")
    config = root / "mkdocs.yml"
    config.write_text(config.read_text() + "use_directory_urls: false\n")
    site = zensical_site(root)
    assert (site / "briefs/2024/03/05/rail-column.html").is_file()
    assert dead_links(site) == []


def test_a_seed_edit_shows_after_digest_build_and_zensical_build_again(tmp_path: Path) -> None:
    root = corpus_project(tmp_path)
    site = zensical_site(root)
    seed = root / "seeds/004_mombasa_port.txt"
    seed.write_text(seed.read_text() + "\nThe harbour pilots elected a new chair on Friday.\n")
    zensical_site(root)
    # The seed's brief, found by the source its front matter names, whatever its headline.
    (page,) = [
        p
        for p in (root / "docs/briefs").rglob("*.md")
        if frontmatter.load(p)["source"] == "seeds/004_mombasa_port.txt"
    ]
    brief = site / page.relative_to(root / "docs").with_suffix("") / "index.html"
    assert "harbour pilots elected a new chair" in brief.read_text()
