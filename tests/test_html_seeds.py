"""Saved article pages as seeds, and the outlet readers see instead of a file path.

The pages in tests/fixtures/html are hand-written in the shapes common news sites use (an
article tag, OpenGraph and JSON-LD metadata, a cookie banner, a comments block, a page with
no article); nothing here needs the network.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import shutil
import subprocess
import sys
from dataclasses import replace
from html import escape
from pathlib import Path

import frontmatter
import pytest
from conftest import FIXTURES, make_article, make_brief
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.cli import main
from digest.config import Settings, outlets_from_mapping, sort_outlets
from digest.errors import ConfigError, SeedError
from digest.group import group_site
from digest.model import Article, Seed
from digest.outlets import copies_text, mapped_outlet
from digest.parse import parse_seed, parse_text
from digest.parse.html_page import NO_ARTICLE
from digest.pipeline import build
from digest.render.pages import render_brief

PAGES = FIXTURES / "html"
REPO = Path(__file__).parent.parent


def page(name: str) -> Article:
    return parse_seed(Seed(f"seeds/{name}", (PAGES / name).read_bytes()))


def html_seed(body: str, head: str = "") -> Article:
    text = f"<html><head>{head}</head><body><article>{body}</article></body></html>"
    return parse_seed(Seed("seeds/x.html", text.encode()))


ARTICLE = (
    "<h1>Tram line opens</h1><p>The new tram line opened on Monday with free rides for "
    "passengers all day, the city transport company said.</p><p>Trams will run every six "
    "minutes at peak times, and every ten minutes in the evening and at weekends.</p>"
)

# name: headline, date, author, outlet, address
METADATA = {
    "article_tag.html": (
        "Harbour bridge reopens after repairs", dt.date(2024, 3, 14), "Maria Keane",
        "The Coastal Ledger",
        "https://www.coastal-ledger.example/news/2024/03/harbour-bridge-reopens",
    ),
    "opengraph.html": (
        "Wind farm plan approved despite objections", dt.date(2023, 11, 2), "Tom Ellery",
        "Valley Times", "https://valleytimes.example/2023/11/02/wind-farm-approved/",
    ),
    "json_ld.html": (
        "Rail strike called off after late pay deal", dt.date(2024, 5, 20), "Priya Nair",
        "Northern Dispatch", "https://northern-dispatch.example/news/rail-strike-called-off",
    ),
    "cookie_banner.html": (
        "Library to stay open on Sundays", dt.date(2024, 2, 8), "", "Riverside Post",
        "https://riversidepost.example/local/library-sundays",
    ),
    "comments_block.html": (
        "Museum returns bronze statue to Benin City", dt.date(2023, 9, 30), "", "Culture Weekly",
        "https://cultureweekly.example/museum-returns-bronze",
    ),
}  # fmt: skip
# name: words of the page that are not the article's, and must not be in its text
FURNITURE = {
    "article_tag.html": ["Advertisement", "Subscribe", "Related stories", "All rights reserved",
                         "By Maria Keane", "14 March 2024"],
    "opengraph.html": ["Log in", "Most read", "School closes"],
    "json_ld.html": ["Business", "Sign up for our morning briefing", "NewsArticle"],
    "cookie_banner.html": ["cookies", "Accept", "preferences"],
    "comments_block.html": ["Comments", "history_buff_77", "About time too", "school trip"],
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(METADATA))
def test_an_article_page_gives_its_headline_date_author_outlet_and_address(name: str) -> None:
    article = page(name)
    found = (article.title, article.date, article.author, article.outlet, article.url)
    assert found == METADATA[name]
    assert article.notes == ()


@pytest.mark.parametrize("name", sorted(FURNITURE))
def test_an_article_pages_text_is_its_article_without_the_pages_furniture(name: str) -> None:
    article = page(name)
    assert article.word_count > 60 and len(article.body) >= 3
    assert article.paragraphs[0].text != article.title  # the h1 is the headline, not text
    for words in FURNITURE[name]:
        assert words not in article.text, words


def test_a_page_with_no_article_is_a_seed_error_naming_the_file() -> None:
    with pytest.raises(SeedError) as error:
        page("no_article.html")
    assert str(error.value) == f"seeds/no_article.html: {NO_ARTICLE}"


@pytest.mark.parametrize(
    "body",
    [
        "",
        "<h1>Only a headline</h1>",
        "<ul><li><a href='/a'>Tram line opens</a></li><li><a href='/b'>Port closes</a></li></ul>",
    ],
)
def test_pages_without_article_text_are_refused(body: str) -> None:
    with pytest.raises(SeedError, match="found no article text"):
        html_seed(body, "<title>Home</title>")


def test_extracted_text_is_read_like_a_txt_seed_dateline_and_credits_included() -> None:
    article = page("wire_dateline_and_list.html")
    assert (article.dateline, article.agency) == ("Frankfurt", "Reuters")
    assert article.attribution == "Reporting by Anna Weber; Editing by Mark Potter"
    # The same paragraphs as a .txt scrape of the page reads the same way.
    text = "\n\n".join([article.title, *(p.text for p in article.paragraphs)])
    as_txt = parse_text(
        text.replace("The central bank", "FRANKFURT (Reuters) - The central bank", 1),
        source="seeds/x.txt",
    )
    assert as_txt.paragraphs == article.paragraphs
    assert (as_txt.dateline, as_txt.agency, as_txt.title) == ("Frankfurt", "Reuters", article.title)


def test_a_list_runs_on_from_the_sentence_that_introduces_it() -> None:
    article = page("wire_dateline_and_list.html")
    assert article.paragraphs[1].text == (
        "Policymakers said three things would guide their next decision: how fast wages rise "
        "over the summer; whether energy prices stay low; how much banks lend to households."
    )
    assert not any(p.is_subheading for p in article.paragraphs)
    assert "markets barely moved after the announcement. Bond yields" in article.text  # <br>


def test_a_subheading_of_the_article_stays_a_subheading() -> None:
    article = page("article_tag.html")
    assert [p.text for p in article.paragraphs if p.is_subheading] == ["Traffic returns"]
    assert article.dateline == "Porthaven" and article.body[0].text.startswith("The harbour")


def test_the_headline_loses_the_site_name_its_title_tag_adds() -> None:
    article = html_seed(ARTICLE.replace("<h1>Tram line opens</h1>", ""),
                        "<title>Tram line opens | City Herald</title>"
                        '<meta property="og:site_name" content="City Herald">')  # fmt: skip
    assert (article.title, article.outlet) == ("Tram line opens", "City Herald")


@pytest.mark.parametrize(
    ("head", "url", "note"),
    [
        ('<link rel="canonical" href="javascript:alert(1)">', "", "'javascript:alert(1)'"),
        ('<meta property="og:url" content="/local/tram-line">', "", "'/local/tram-line'"),
        ('<link rel="canonical" href="ftp://x.example/a">', "", "'ftp://x.example/a'"),
        ('<link rel="canonical" href="/tram"><meta property="og:url" '
         'content="https://herald.example/tram">', "https://herald.example/tram", ""),
    ],
)  # fmt: skip
def test_only_an_http_address_is_kept_and_any_other_is_noted(
    head: str, url: str, note: str
) -> None:
    article = html_seed(ARTICLE, head)
    assert article.url == url
    expected = (f"canonical URL ignored: expected an http(s) address, found {note}",)
    assert article.notes == (expected if note else ())


def test_parsing_a_page_repeats_exactly() -> None:
    assert page("json_ld.html") == page("json_ld.html")


def test_a_htm_page_and_html_seeds_in_a_build_are_briefs_or_report_lines(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("opengraph.html", "no_article.html"):
        shutil.copy(PAGES / name, seeds / name)
    shutil.copy(PAGES / "json_ld.html", seeds / "rail.HTM")
    result = build(Settings(), root=tmp_path)
    assert [str(p) for p in result.problems] == [f"seeds/no_article.html: {NO_ARTICLE}"]
    assert result.tally.briefs == 2
    first = {p: (tmp_path / "docs" / p).read_bytes() for p in result.written}
    shutil.rmtree(tmp_path / "docs")
    shutil.rmtree(tmp_path / ".digest")
    again = build(Settings(), root=tmp_path)
    assert {p: (tmp_path / "docs" / p).read_bytes() for p in again.written} == first


# ------------------------------------------------------------------- outlets


OUTLETS = sort_outlets([("reuters/", "Reuters"), ("ap-", "Associated Press"),
                        ("wires/afp/", "AFP")])  # fmt: skip


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ("seeds/reuters/a.txt", "Reuters"),
        ("seeds/2024/Reuters/a.txt", "Reuters"),  # any folder of that name, any case
        ("seeds/ap-123.txt", "Associated Press"),
        ("seeds/2024/ap-123.txt", "Associated Press"),
        ("seeds/wires/afp/x.md", "AFP"),
        ("seeds/map-1.txt", ""),  # a prefix starts a name
        ("seeds/reuters.txt", ""),  # a folder key matches folders only
        ("seeds/x.txt", ""),
    ],
)
def test_the_outlets_setting_maps_folders_and_file_prefixes(source: str, outlet: str) -> None:
    assert mapped_outlet(source, OUTLETS, seeds_dir="seeds") == outlet


def test_the_seeds_folder_itself_is_not_matched() -> None:
    outlets = sort_outlets([("news/", "News Daily")])
    assert mapped_outlet("news/a.txt", outlets, seeds_dir="news") == ""
    assert mapped_outlet("news/news/a.txt", outlets, seeds_dir="./news") == "News Daily"


def test_the_longest_key_wins() -> None:
    outlets = sort_outlets([("ap-", "AP"), ("ap-sport-", "AP Sport")])
    assert mapped_outlet("seeds/ap-sport-1.txt", outlets, seeds_dir="seeds") == "AP Sport"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            {"reuters/": ["Reuters"]},
            "outlets.reuters/: expected an outlet's name, found ['Reuters']",
        ),
        ({"ap-": " "}, "outlets.ap-: expected an outlet's name, found ' '"),
        ({"/abs/": "X"}, "expected a folder (reuters/) or file-name prefix (ap-) below the seeds"),
        ({1: "X"}, "found 1"),
    ],
)
def test_a_malformed_outlets_setting_is_refused_naming_it(
    raw: dict[object, object], message: str
) -> None:
    with pytest.raises(ConfigError, match=r"^mkdocs\.yml: .*outlets") as error:
        outlets_from_mapping(raw, origin="mkdocs.yml")
    assert message in str(error.value)


def test_the_outlets_option_is_read_from_mkdocs_yml(tmp_path: Path) -> None:
    from digest.cli import load_settings

    (tmp_path / "docs").mkdir()
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - digest:\n      outlets:\n        ap-: AP\n")
    assert load_settings(str(config))[0].outlets == (("ap-", "AP"),)
    config.write_text("site_name: x\nplugins:\n  - digest:\n      outlets:\n        ap-: [AP]\n")
    with pytest.raises(ConfigError, match=r"mkdocs.yml: .*outlets.ap-: expected an outlet's name"):
        load_settings(str(config))


def test_an_outlet_comes_from_the_page_then_the_setting_then_the_address() -> None:
    settings = Settings(outlets=OUTLETS)
    named = make_brief(article=make_article(source="seeds/reuters/a.html", outlet="Reuters UK"))
    mapped = make_brief(article=make_article(source="seeds/reuters/b.txt", url="https://x.org/b"))
    hosted = make_brief(article=make_article(source="seeds/c.txt", url="https://www.y.org/c"))
    (b1,), (b2,), (b3,) = (group_site([b], settings).briefs for b in (named, mapped, hosted))
    assert [b.article.outlet for b in (b1, b2, b3)] == ["Reuters UK", "Reuters", "y.org"]


@pytest.mark.parametrize(
    ("outlets", "shown"),
    [
        (("Reuters", "AP", "Reuters"), "also in Reuters, AP"),
        (("AP", ""), "also in AP and 1 other copy"),
        (("", ""), "also 2 other copies"),
        (("Daily",), ""),  # the brief's own outlet says nothing new
    ],
)
def test_copies_are_named_by_their_outlets(outlets: tuple[str, ...], shown: str) -> None:
    sources = tuple(f"seeds/{i}.txt" for i in range(len(outlets)))
    brief = make_brief(article=make_article(outlet="Daily"), duplicates=sources,
                       duplicate_outlets=outlets)  # fmt: skip
    assert copies_text(brief) == shown


def test_a_brief_page_shows_the_outlet_linked_and_keeps_the_path_in_front_matter() -> None:
    article = make_article(source="seeds/reuters/secret-path.txt", outlet="Reuters",
                           url="https://x.example/a?b=1&c=2", author="Anna Weber")  # fmt: skip
    brief = make_brief(article=article, duplicates=("seeds/ap-1.txt",), duplicate_outlets=("AP",))
    page = render_brief(brief, Settings())
    post = frontmatter.loads(page.text)
    assert post["source"] == "seeds/reuters/secret-path.txt"
    assert post["duplicates"] == ["seeds/ap-1.txt"]
    assert (post["outlet"], post["author"]) == ("Reuters", "Anna Weber")
    assert "seeds/" not in post.content
    assert (
        ' · By Anna Weber · Source: <a href="https://x.example/a?b=1&amp;c=2" '
        'rel="nofollow">Reuters</a> · also in AP</p>'
    ) in post.content


def test_a_brief_with_no_outlet_and_no_address_names_no_source() -> None:
    page = render_brief(make_brief(article=make_article(source="seeds/a.txt")), Settings())
    assert "Source" not in frontmatter.loads(page.text).content


def test_front_matter_source_is_an_address_or_an_outlets_name() -> None:
    def md(meta: str) -> Article:
        return parse_seed(Seed("seeds/x.md", f"---\n{meta}\n---\nRiga: A sentence.\n".encode()))

    assert (md("source: Reuters").outlet, md("source: Reuters").url) == ("Reuters", "")
    assert md("source: 'AP/Reuters: World'").outlet == "AP/Reuters: World"
    by_address = md("source: https://x.org/a")
    assert (by_address.outlet, by_address.url) == ("", "https://x.org/a")
    explicit = md("outlet: Le Monde\nauthor: Jean Dupont\nurl: https://lemonde.example/a")
    assert (explicit.outlet, explicit.author, explicit.url) == (
        "Le Monde", "Jean Dupont", "https://lemonde.example/a",
    )  # fmt: skip
    hostile = md("source: javascript:alert(1)")
    assert (hostile.outlet, hostile.url) == ("", "")
    assert any("expected an http(s) address" in n for n in hostile.notes)


# ------------------------------------------------------------------- commands and feeds


def test_show_prints_the_outlet_author_and_address(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", str(PAGES / "opengraph.html")]) == 0
    meta = capsys.readouterr().out.splitlines()[2]
    assert meta == (
        "2 November 2023 · By Tom Ellery · Valley Times "
        "<https://valleytimes.example/2023/11/02/wind-farm-approved/>"
    )


def test_analyze_prints_the_outlet(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["analyze", str(PAGES / "json_ld.html"), str(PAGES / "no_article.html")]) == 1
    first, failed = map(json.loads, capsys.readouterr().out.splitlines())
    assert (first["outlet"], first["title"]) == (
        "Northern Dispatch", "Rail strike called off after late pay deal",
    )  # fmt: skip
    assert failed["outlet"] is None and "found no article text" in failed["error"]


def test_feeds_carry_the_author_outlet_and_address(tmp_path: Path) -> None:
    import feedparser

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    shutil.copy(PAGES / "opengraph.html", seeds)
    shutil.copy(PAGES / "cookie_banner.html", seeds)
    build(Settings(site_url="https://news.example.org/"), root=tmp_path)
    atom = feedparser.parse((tmp_path / "docs/feed.xml").read_bytes())
    assert not atom.bozo
    by_title = {e.title: e for e in atom.entries}
    wind = by_title["Wind farm plan approved despite objections"]
    assert wind.author == "Tom Ellery"
    assert (wind.source.title, wind.source.link) == ("Valley Times", "https://valleytimes.example/")
    assert by_title["Library to stay open on Sundays"].author == "Riverside Post"  # no byline
    items = json.loads((tmp_path / "docs/feed.json").read_text())["items"]
    wind_item = next(i for i in items if i["title"].startswith("Wind farm"))
    assert wind_item["authors"] == [{"name": "Tom Ellery"}]
    assert wind_item["external_url"] == METADATA["opengraph.html"][4]


# ------------------------------------------------------------------- the site


def test_a_site_names_outlets_and_copies_and_shows_no_seed_path(tmp_path: Path) -> None:
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    shutil.copytree(REPO / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns(
        "briefs", "topics", "days", "index.md"))  # fmt: skip
    config = (tmp_path / "mkdocs.yml").read_text()
    assert "      seeds_dir: seeds\n" in config
    (tmp_path / "mkdocs.yml").write_text(
        config.replace("seeds_dir: seeds\n", "seeds_dir: seeds\n      outlets: {ap-: AP}\n")
    )
    seeds = tmp_path / "seeds"
    for folder in ("dispatch", "wires"):
        (seeds / folder).mkdir(parents=True)
    # Seeds are read in path order: the page comes first and keeps the brief; the copy,
    # an AP text of the same article, is merged into it.
    shutil.copy(PAGES / "json_ld.html", seeds / "dispatch/rail.html")
    article = page("json_ld.html")
    text = "\n\n".join([article.title, *(p.text for p in article.paragraphs)])
    (seeds / "wires/ap-rail.txt").write_text(f"date 2024-05-20\n\n{text}\n")
    run = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=tmp_path, capture_output=True,
        text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    (brief,) = (tmp_path / "site/briefs/2024/05/20").glob("*/index.html")
    html = brief.read_text()
    assert 'Source: <a href="https://northern-dispatch.example/news/rail-strike-called-off"' in html
    assert "Northern Dispatch</a> · also in AP" in html
    assert "ap-rail.txt" not in html and "dispatch/rail.html" not in html


def test_an_html_seeds_cache_entry_gives_back_the_same_article() -> None:
    from digest.cache import decode_brief, encode_brief

    brief = make_brief(article=replace(page("article_tag.html"), source="seeds/a.html"))
    assert decode_brief(encode_brief(brief)) == brief


def test_a_page_in_a_legacy_encoding_is_decoded_like_a_txt_seed() -> None:
    text = ARTICLE.replace("The new tram line", "The café’s new tram line – naïve")
    html = f"<html><head><meta charset='windows-1252'></head><body><article>{text}</article>"
    article = parse_seed(Seed("seeds/x.html", html.encode("cp1252")))
    assert article.body[0].text.startswith("The café’s new tram line – naïve")


WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=60, deadline=None)
@given(
    title=WORDS,
    paragraphs=st.lists(WORDS.map(lambda w: f"{w} and the council met today."), max_size=4),
)
def test_a_page_gives_only_its_own_words_or_a_seed_error(title: str, paragraphs: list[str]) -> None:
    # Markup, attributes and scripts around the text never reach the article; any text does
    # not crash the parser.
    body = "".join(
        f"<p onclick=\"alert('zzattr')\">{escape(p)}<script>zzscript()</script></p>"
        for p in paragraphs
    )
    head = f"<title>{escape(title)}</title><style>.zzstyle{{}}</style>"
    try:
        article = html_seed(body, head)
    except SeedError:
        return
    shown = " ".join([article.title, article.dateline, article.agency, article.text])
    given_text = " ".join([title, *paragraphs])
    for markup in ("zzattr", "zzscript", "zzstyle", "onclick", "<p", "<script"):
        assert markup not in shown or markup in given_text, markup


def test_the_extractors_warnings_stay_out_of_the_build_output(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with pytest.raises(SeedError):
        html_seed("", "<title>Home</title>")
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
