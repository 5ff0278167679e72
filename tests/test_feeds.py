"""The feeds: the site's Atom and JSON Feed, one Atom feed per topic linked from its page."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import feedparser
import frontmatter
import pytest
from conftest import CORPUS, FIXTURES, make_article, make_brief

from digest import render, write
from digest.config import Settings
from digest.feed import FEED_ENTRIES, render_feed, render_json_feed, render_topic_feed
from digest.model import Site, Topic
from digest.pipeline import build

SITE_URL = "https://news.example.org/"
SETTINGS = Settings(site_url=SITE_URL)
HOSTILE = (
    '<script>alert(1)</script> & <img src=x onerror="alert(2)"> ]]> <![CDATA[x]]> '
    "<a href='javascript:alert(3)'>link</a> \x01\x1b&amp;"
)
HOSTILE_SHOWN = HOSTILE.replace("\x01", "").replace("\x1b", "")  # control characters go
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)")


def built_corpus(root: Path) -> Path:
    shutil.copytree(CORPUS, root / "seeds")
    build(SETTINGS, root=root)
    return root / "docs"


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_corpus(tmp_path_factory.mktemp("feeds"))


def topics_of_briefs(docs: Path) -> dict[str, set[str]]:
    """Return each topic's briefs' URLs, read off the briefs' front matter."""
    topics: dict[str, set[str]] = {}
    for page in sorted((docs / "briefs").rglob("*.md")):
        url = SITE_URL + page.relative_to(docs).with_suffix("").as_posix() + "/"
        for topic in frontmatter.load(page)["topics"]:
            topics.setdefault(topic, set()).add(url)
    return topics


def check_json_feed(data: Any) -> None:
    """Assert what JSON Feed 1.1 requires of a feed and its items."""
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert isinstance(data["title"], str) and data["title"]
    assert isinstance(data["items"], list)
    for item in data["items"]:
        assert isinstance(item["id"], str) and item["id"]
        texts = [item.get("content_html"), item.get("content_text")]
        assert any(isinstance(t, str) for t in texts)
        assert RFC3339.fullmatch(item["date_published"])
        for key in data.keys() | item.keys():  # custom keys need an underscore
            assert key.islower() and not key.startswith("_")


def test_site_feeds_are_valid_atom_and_json_feed_with_the_same_entries(docs: Path) -> None:
    atom = feedparser.parse((docs / "feed.xml").read_bytes())
    assert not atom.bozo, atom.get("bozo_exception")
    data = json.loads((docs / "feed.json").read_text(encoding="utf-8"))
    check_json_feed(data)
    assert data["feed_url"] == SITE_URL + "feed.json" and data["home_page_url"] == SITE_URL
    assert [i["id"] for i in data["items"]] == [e.id for e in atom.entries]
    assert [i["url"] for i in data["items"]] == [e.link for e in atom.entries]
    assert [i["title"] for i in data["items"]] == [e.title for e in atom.entries]
    assert [i["content_text"] for i in data["items"]] == [e.summary for e in atom.entries]
    assert len(data["items"]) == 6
    dates = [i["date_published"] for i in data["items"]]
    assert dates == sorted(dates, reverse=True)  # newest first


def test_each_topic_page_links_its_atom_feed_of_the_topics_briefs(docs: Path) -> None:
    topics = topics_of_briefs(docs)
    pages = sorted(p for p in (docs / "topics").glob("*.md") if p.name != "index.md")
    assert len(pages) == 5
    for page in pages:
        name = frontmatter.load(page)["title"]
        (link,) = re.findall(r'<a href="([^"]+)" class="digest-feed"', page.read_text())
        feed_file = page.parent / link  # links of raw HTML start from the page's folder
        feed = feedparser.parse(feed_file.read_bytes())
        assert not feed.bozo, (page, feed.get("bozo_exception"))
        assert name in feed.feed.title
        assert {e.link for e in feed.entries} == topics[name]
        assert all(name in [t.term for t in e.tags] for e in feed.entries)
        assert feed.feed.link == SITE_URL + f"topics/{page.stem}/"


def test_feeds_escape_hostile_article_text_so_no_reader_sees_markup() -> None:
    article = make_article("The council approved the plan.", date=dt.date(2024, 1, 21))
    brief = make_brief(HOSTILE, article=article, summary=(HOSTILE,), topics=(HOSTILE,))
    site = Site(briefs=(brief,), topics=(Topic(HOSTILE, "hostile", (brief,)),), days=())
    for page in (render_feed(site, SETTINGS), render_topic_feed(site.topics[0], SETTINGS)):
        assert "<script" not in page.text and "<img" not in page.text and "<a " not in page.text
        feed = feedparser.parse(page.text.encode())
        assert not feed.bozo, feed.get("bozo_exception")
        (entry,) = feed.entries
        # Text constructs: a reader shows the characters, it does not read them as HTML.
        assert entry.title_detail.type == "text/plain" and entry.title == HOSTILE_SHOWN
        assert entry.summary_detail.type == "text/plain" and entry.summary == HOSTILE_SHOWN
        assert [t.term for t in entry.tags] == [HOSTILE_SHOWN]
    text = render_json_feed(site, SETTINGS).text
    assert "<" not in text and ">" not in text  # not even for a client taking it for HTML
    data = json.loads(text)
    check_json_feed(data)
    (item,) = data["items"]
    assert "content_html" not in item
    assert item["title"] == item["content_text"] == HOSTILE_SHOWN
    assert item["tags"] == [HOSTILE_SHOWN]


ATOM = "{http://www.w3.org/2005/Atom}"
ATOM_ELEMENTS = {
    f"{ATOM}{name}"
    for name in ("feed", "id", "title", "updated", "link", "generator", "entry", "summary",
                 "category", "published", "author", "name", "source")
}  # fmt: skip


def test_feeds_of_the_hostile_seeds_hold_no_markup_but_atoms_own(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES / "hostile", tmp_path / "seeds")
    build(SETTINGS, root=tmp_path)
    docs = tmp_path / "docs"
    atoms = [docs / "feed.xml", *sorted(docs.glob("topics/*/feed.xml"))]
    assert len(atoms) > 1
    for path in atoms:
        tree = ElementTree.parse(path)
        assert {e.tag for e in tree.iter()} <= ATOM_ELEMENTS, path  # no element of the text
        feed = feedparser.parse(path.read_bytes())
        assert not feed.bozo, (path, feed.get("bozo_exception"))
        for entry in feed.entries:
            assert entry.title_detail.type == entry.summary_detail.type == "text/plain"
    text = (docs / "feed.json").read_text(encoding="utf-8")
    assert "<" not in text and ">" not in text
    data = json.loads(text)
    check_json_feed(data)
    assert len(data["items"]) == len(feedparser.parse((docs / "feed.xml").read_bytes()).entries)
    assert not any("content_html" in item for item in data["items"])


def test_feeds_hold_the_newest_dated_briefs_and_leave_undated_ones_out() -> None:
    briefs = [
        make_brief(f"Story {i}", slug=f"story-{i}",
                   article=make_article(date=dt.date(2024, 1, 1) + dt.timedelta(days=i)))
        for i in range(FEED_ENTRIES + 5)
    ][::-1]  # fmt: skip
    undated = make_brief("Undated", slug="undated", article=make_article(date=None))
    site = Site(briefs=(*briefs, undated), topics=(), days=())
    data = json.loads(render_json_feed(site, SETTINGS).text)
    assert [i["title"] for i in data["items"]] == [b.title for b in briefs[:FEED_ENTRIES]]
    atom = feedparser.parse(render_feed(site, SETTINGS).text.encode())
    assert [e.title for e in atom.entries] == [b.title for b in briefs[:FEED_ENTRIES]]


def test_feeds_are_the_same_bytes_in_every_build(tmp_path: Path, docs: Path) -> None:
    again = built_corpus(tmp_path)
    feeds = sorted(p.relative_to(docs).as_posix() for p in docs.rglob("feed.*"))
    assert len(feeds) == 2 + 5  # the site's two, and one per topic
    for path in feeds:
        assert (again / path).read_bytes() == (docs / path).read_bytes(), path


def test_an_edited_brief_renders_and_rewrites_only_its_topics_feeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = built_corpus(tmp_path)
    rendered: list[str] = []
    real = render.render_topic_feed
    monkeypatch.setattr(
        render, "render_topic_feed", lambda t, s: rendered.append(t.slug) or real(t, s)
    )
    column = tmp_path / "seeds/005_transport_column.md"  # Transport, Portugal and Europe
    column.write_text(column.read_text().replace("Why rail is back on", "Rail returns to"))
    result = build(SETTINGS, root=tmp_path)
    feeds = {p for p in result.written if p.startswith("topics/") and p.endswith("/feed.xml")}
    assert feeds == {f"topics/{t}/feed.xml" for t in ("europe", "portugal", "transport")}
    assert sorted(rendered) == ["europe", "portugal", "transport"]
    assert "Rail returns to" in (docs / "topics/europe/feed.xml").read_text()
    # The same pages as a build from scratch of the edited seeds.
    cold = built_corpus_of(tmp_path / "seeds", tmp_path / "cold")
    for path in ["feed.xml", "feed.json", *sorted(feeds), "topics/kenya/feed.xml"]:
        assert (docs / path).read_bytes() == (cold / path).read_bytes(), path


def built_corpus_of(seeds: Path, root: Path) -> Path:
    shutil.copytree(seeds, root / "seeds")
    build(SETTINGS, root=root)
    return root / "docs"


def test_a_topic_gone_takes_its_feed_and_folder_with_it(tmp_path: Path) -> None:
    docs = built_corpus(tmp_path)
    assert (docs / "topics/kenya/feed.xml").exists()
    for seed in ("003_nairobi_farmers.txt", "004_mombasa_port.txt"):  # Kenya's two briefs
        (tmp_path / "seeds" / seed).unlink()
    result = build(SETTINGS, root=tmp_path)
    assert "topics/kenya/feed.xml" in result.removed
    assert not (docs / "topics/kenya").exists()
    assert (docs / "topics/portugal/feed.xml").exists()


def test_every_file_digest_writes_is_known_as_its_own_and_others_are_never_replaced(
    tmp_path: Path,
) -> None:
    docs = built_corpus(tmp_path)
    written = [p for p in docs.rglob("*") if p.is_file() and p.name != "about.md"]
    assert {p.suffix for p in written} == {".md", ".xml", ".json", ".css"}
    assert all(write.is_generated(p) for p in written)
    # A JSON feed and a stylesheet of the project's own are kept.
    (docs / "feed.json").write_text('{"version": "https://jsonfeed.org/version/1.1"}\n')
    (docs / "assets/digest/digest.css").write_text("body { color: red; }\n")
    build(SETTINGS, root=tmp_path)
    assert (docs / "feed.json").read_text().startswith('{"version"')
    assert (docs / "assets/digest/digest.css").read_text() == "body { color: red; }\n"
