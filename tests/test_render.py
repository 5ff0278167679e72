"""render: briefs become Markdown pages whose untrusted text shows literally and runs nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace
from html.parser import HTMLParser

import frontmatter
import markdown
import pytest
import yaml
from conftest import make_article, make_brief
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from digest.config import Settings
from digest.frontmatter_yaml import read_mapping, yaml_mapping, yaml_text
from digest.group import group_site
from digest.model import Article, Brief, KeptPage, Page, Paragraph, Site, Story
from digest.render import render_site
from digest.render.markup import (
    GENERATOR,
    escape_html,
    escape_text,
    plain_title,
    with_front_matter,
)
from digest.render.pages import render_brief

# The site's extensions and the ones a user is most likely to add.
EXTENSIONS = [
    "toc", "tables", "attr_list", "md_in_html", "admonition", "def_list", "footnotes",
    "pymdownx.details", "pymdownx.superfences", "pymdownx.magiclink", "pymdownx.tilde",
    "pymdownx.caret", "pymdownx.mark", "pymdownx.keys", "pymdownx.betterem",
]  # fmt: skip
LINE = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=200)


class TagsAndText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_data(self, data: str) -> None:
        self.text += data


def to_html(text: str) -> TagsAndText:
    parsed = TagsAndText()
    parsed.feed(markdown.markdown(text, extensions=EXTENSIONS))
    return parsed


@given(LINE)
def test_escaped_text_renders_as_exactly_that_text_in_one_paragraph(line: str) -> None:
    line = " ".join(line.split())
    parsed = to_html(escape_text(line))
    assert set(parsed.tags) <= {"p"}
    assert parsed.attrs == []
    assert " ".join(parsed.text.split()) == line


@given(LINE)
def test_html_escaped_text_in_a_raw_block_renders_as_exactly_that_text(line: str) -> None:
    line = " ".join(line.split())
    parsed = to_html(f'<p class="digest-lede">{escape_html(line)}</p>')
    assert parsed.tags == ["p"]
    assert parsed.attrs == [("class", "digest-lede")]
    assert " ".join(parsed.text.split()) == line


def test_markup_in_article_text_stays_text() -> None:
    hostile = (
        '<script>alert(1)</script> <img src=x onerror="alert(1)"> [x](javascript:alert(1)) '
        "![i](http://x/i.png) {{ config }} | a | b | !!! note :smile: ~~del~~ ==mark== *em*"
    )
    parsed = to_html(escape_text(hostile))
    assert parsed.tags == ["p"]
    assert parsed.text == hostile


def test_line_start_syntax_is_neutralised() -> None:
    for line in ("# not a heading", "- not a list", "1. not a list", "> not a quote", "+ x"):
        assert to_html(escape_text(line)).tags == ["p"]


def test_titles_in_front_matter_carry_no_markup_characters() -> None:
    assert plain_title('<b>"A" & B</b>') == "‹b›”A” ＆ B‹/b›"


def brief_page_for(**changes: object) -> tuple[dict[str, object], str]:
    page = render_brief(make_brief(**changes), Settings())
    post = frontmatter.loads(page.text)
    return dict(post.metadata), post.content


def test_brief_front_matter_has_the_promised_keys_in_a_fixed_order() -> None:
    meta, _ = brief_page_for()
    assert list(meta)[:4] == ["generator", "title", "date", "slug"]
    for key in ("source", "dateline", "credit", "keywords", "topics", "summary"):
        assert key in meta
    assert meta["word_count"] == 7 and meta["reading_time"] == 1
    assert str(meta["generator"]).startswith("digest ")


def test_brief_page_shows_headline_summary_keywords_and_full_text() -> None:
    article = make_article("First paragraph here.\n\nSecond paragraph here.", dateline="Lisbon")
    _, body = brief_page_for(article=article, keywords=("metro line",))
    assert body.startswith("# Council approves plan\n")
    shown = markdown.markdown(body, extensions=EXTENSIONS)
    assert "<strong>Lisbon</strong> · 21 January 2024" in shown
    assert '<span class="digest-chip">metro line</span>' in shown
    assert "<p>First paragraph here.</p>\n<p>Second paragraph here.</p>" in shown


@given(st.text(max_size=80), st.lists(st.text(max_size=30), max_size=4))
def test_front_matter_round_trips_through_python_frontmatter(
    title: str, keywords: list[str]
) -> None:
    meta, _ = brief_page_for(title=title or "x", keywords=tuple(keywords))
    assert meta["keywords"] == keywords
    assert meta["title"] == plain_title(title or "x")


def test_site_pages_are_identical_across_runs() -> None:
    briefs = [
        make_brief(
            f"Story {i}", slug="", article=make_article(f"Event {i}.", date=dt.date(2024, 1, i + 1))
        )
        for i in range(3)
    ]
    first = render_site(group_site(briefs, Settings()), Settings())
    second = render_site(group_site(list(reversed(briefs)), Settings()), Settings())
    assert first == second


def test_a_brief_page_is_rendered_again_exactly_when_something_it_shows_changed() -> None:
    def site_of(**retitled: str) -> Site:
        briefs = [
            make_brief(
                retitled.get(name, f"Story {name}"),
                slug=name,
                story="ab" if name in "ab" else name,
                related=("seeds/c.txt",) if name == "d" else (),
                article=make_article(f"Event {name}.", source=f"seeds/{name}.txt"),
            )
            for name in "abcd"
        ]
        a, b, c, d = briefs
        return Site(
            tuple(briefs), (), (), (), (Story("ab", (a, b)), Story("c", (c,)), Story("d", (d,)))
        )

    def inputs_of(pages: list[Page | KeptPage]) -> dict[str, str]:
        return {p.path: p.inputs for p in pages if p.inputs}

    first = render_site(site_of(), Settings())
    kept = render_site(site_of(), Settings(), last_inputs=inputs_of(first))
    assert all(isinstance(p, KeptPage) for p in kept if p.path.startswith("briefs/"))
    # b lists a (same story) and d lists c (related): a new headline shows on both.
    again = render_site(site_of(a="New a", c="New c"), Settings(), last_inputs=inputs_of(first))
    rendered = {p.path.split("/")[-1] for p in again if isinstance(p, Page) and p.inputs}
    assert rendered == {"a.md", "b.md", "c.md", "d.md"}
    again = render_site(site_of(c="New c"), Settings(), last_inputs=inputs_of(first))
    rendered = {p.path.split("/")[-1] for p in again if isinstance(p, Page) and p.inputs}
    assert rendered == {"c.md", "d.md"}
    cold = render_site(site_of(c="New c"), Settings())
    assert [p for p in again if isinstance(p, Page)] == [
        p for p in cold if isinstance(p, Page) and p.path.split("/")[-1] not in ("a.md", "b.md")
    ]  # what is rendered comes out as in a build from scratch; lists of briefs always are


def _changed(value: object) -> object:
    if isinstance(value, str):
        return value + " changed"
    if isinstance(value, dt.date) or value is None:
        return dt.date(2024, 1, 9)
    assert isinstance(value, tuple)
    if value and isinstance(value[0], Paragraph):
        return (Paragraph("A new first paragraph."), *value)
    return ("changed", *value)


def _edited(brief: Brief, field: str) -> Brief:
    """Return the brief with one field (`title`, `article.date`, ...) changed."""
    part, _, name = field.rpartition(".")
    if part == "article":
        article = replace(brief.article, **{name: _changed(getattr(brief.article, name))})
        return replace(brief, article=article)
    return replace(brief, **{name: _changed(getattr(brief, name))})


EDITS = [f.name for f in fields(Brief) if f.name != "article"]
EDITS += [f"article.{f.name}" for f in fields(Article)]


@pytest.mark.parametrize("field", EDITS)
def test_a_kept_page_is_what_a_fresh_render_would_write_whatever_field_changed(field: str) -> None:
    # Briefs on two days, sharing a topic and a story, so every kind of page lists others.
    briefs = [
        make_brief(
            f"Lisbon metro story {i}",
            subjects=("Lisbon",),
            summary=(f"The metro grew by {i} stations.",),
            article=make_article(
                f"Lisbon's metro will grow by {i} stations, the city said.",
                source=f"seeds/{i}.txt",
                slug=f"s{i}",  # a slug of its own: a new headline leaves every link as it is
                date=dt.date(2024, 1, 1 + i % 2),
            ),
        )
        for i in range(4)
    ]
    settings = Settings(topic_min_briefs=2)
    before = render_site(group_site(briefs, settings), settings)
    after = group_site([_edited(briefs[0], field), *briefs[1:]], settings)
    inputs = {p.path: p.inputs for p in before if p.inputs}
    again = render_site(after, settings, last_inputs=inputs)
    fresh = {p.path: p.text for p in render_site(after, settings) if isinstance(p, Page)}
    old = {p.path: p.text for p in before if isinstance(p, Page)}
    kept = [p.path for p in again if isinstance(p, KeptPage)]
    assert kept and all(fresh[path] == old[path] for path in kept)


def test_home_page_shows_latest_day_and_links_to_days_and_topics() -> None:
    old = make_brief("Old story", slug="", article=make_article("Old.", date=dt.date(2024, 1, 1)))
    new = make_brief("New story", slug="", article=make_article("New.", date=dt.date(2024, 1, 2)))
    pages = {p.path: p.text for p in render_site(group_site([old, new], Settings()), Settings())}
    home = pages["index.md"]
    assert "New story" in home and "Old story" not in home
    assert "(days/index.md)" in home and "(topics/index.md)" in home
    assert "days/2024-01-01.md" in pages and "days/2024-01-02.md" in pages


def test_empty_site_renders_an_empty_briefing() -> None:
    pages = {p.path: p.text for p in render_site(group_site([], Settings()), Settings())}
    assert "No briefs yet" in pages["index.md"]
    assert set(pages) == {
        "index.md", "topics/index.md", "days/index.md", "feed.xml", "feed.json",
        "assets/digest/digest.css",
    }  # fmt: skip


PATH_PART = st.sampled_from(["briefs", "topics", "days", "2024", "01", "a", "b"])


@given(st.lists(PATH_PART, max_size=4), st.lists(PATH_PART, max_size=4))
def test_links_between_pages_are_the_relative_paths_mkdocs_resolves(
    page_dirs: list[str], target_dirs: list[str]
) -> None:
    import posixpath

    from digest.render.markup import rel

    page, target = "/".join([*page_dirs, "p.md"]), "/".join([*target_dirs, "t.md"])
    assert rel(target, page) == posixpath.relpath(target, posixpath.dirname(page) or ".")


@given(
    st.lists(PATH_PART, max_size=4),
    st.lists(PATH_PART, max_size=4),
    st.sampled_from(["p.md", "index.md"]),
    st.sampled_from(["t.md", "index.md", "feed.xml"]),
    st.booleans(),
)
def test_html_links_lead_from_the_page_to_the_url_mkdocs_and_zensical_give_the_target(
    page_dirs: list[str], target_dirs: list[str], page_name: str, name: str, directory_urls: bool
) -> None:
    import posixpath

    from digest.paths import href, page_url, url_below_source
    from digest.plugin import links_from_page_url

    page, target = "/".join([*page_dirs, page_name]), "/".join([*target_dirs, name])
    here = page_url(page, directory_urls=directory_urls)
    there = page_url(target, directory_urls=directory_urls)
    link = href(target, page, directory_urls=directory_urls)
    # Written from the page's source folder, as Zensical reads links in raw HTML ...
    from_source = posixpath.normpath(posixpath.join("/", posixpath.dirname(page), link))
    assert from_source == posixpath.normpath(f"/{there}")
    assert link.endswith("/") == (there.endswith("/") or not there)
    # ... and, once the plugin has moved it, from the page's URL, as a browser reads it.
    moved = f'<a href="{link}">'
    if url_below_source(page, directory_urls=directory_urls):
        moved = links_from_page_url(moved)
    folder = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"
    from_url = posixpath.join("/", folder, moved.removeprefix('<a href="').removesuffix('">'))
    assert posixpath.normpath(from_url) == posixpath.normpath(f"/{there}")


# Any text but lone surrogates, which no page can be written with (UTF-8 has no bytes for them).
ANY_TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=60)
SCALAR = ANY_TEXT | st.integers() | st.dates() | st.none()
FRONT_MATTER = st.dictionaries(
    st.from_regex(r"[a-z_]{1,12}", fullmatch=True), SCALAR | st.lists(ANY_TEXT, max_size=4)
)


@given(FRONT_MATTER, ANY_TEXT)
def test_front_matter_of_any_values_loads_back_as_written(
    meta: dict[str, object], body: str
) -> None:
    text = with_front_matter(meta, [body])
    assert frontmatter.loads(text).metadata == {"generator": GENERATOR, **meta}
    _, loaded = get_data(text)  # how MkDocs reads it
    assert loaded == {"generator": GENERATOR, **meta}


@given(FRONT_MATTER)
def test_front_matter_is_read_back_as_written_or_left_to_yaml(meta: dict[str, object]) -> None:
    written = yaml_mapping(meta)
    assert read_mapping(written) in (meta, None)
    texts = [x for v in meta.values() for x in (v if isinstance(v, list) else [v])]
    # Left to YAML: text in double quotes (unprintable characters), quoted keys, no mapping.
    plain_keys = all(yaml_text(key) == key for key in meta)
    if meta and plain_keys and all(x.isprintable() for x in texts if isinstance(x, str)):
        assert read_mapping(written + "\n") == meta


# Lines of YAML-ish text: keys, list items and scalars YAML may read otherwise than it looks.
TRICKY = st.sampled_from(
    ["a", "Ab c", "null", "Null", "~", "yes", "On", "12", "012", "-0", "+1", "1_0", "1.5",
     "2024-03-23", "2024-3-5", "2024-02-30", "2024-03-23 10:00", "'a''b'", "'a'b'", "''",
     "'", "a #b", "a: b", "[]", "[a]", '"a"', "é’s", " a", "a ", "- a", "\ta"]
)  # fmt: skip
KEY = st.sampled_from(["k", "k2", "k3", "title", "no", "'q'", "a b", "-"])
LINE = st.one_of(
    st.tuples(KEY, TRICKY).map(": ".join),
    st.tuples(KEY, TRICKY).map(":".join),
    KEY.map("{}:".format),
    TRICKY.map("- {}".format),
    TRICKY,
)
YAMLISH = st.lists(LINE, min_size=1, max_size=6).map("\n".join)


@settings(max_examples=500)
@given(YAMLISH | FRONT_MATTER.map(yaml_mapping))
def test_front_matter_read_back_never_disagrees_with_yaml(text: str) -> None:
    found = read_mapping(text)
    if found is not None:
        assert yaml.safe_load(text) == found


def test_a_brief_pages_front_matter_is_read_back() -> None:
    meta = {
        "generator": GENERATOR, "title": "Farmers' unions (Kenya) mark 1,000 days",
        "date": dt.date(2024, 3, 23), "url": "", "caption": "Quote: 'it is done' #1",
        "keywords": ["Sizzla", "UK tour"], "duplicates": [], "word_count": 412, "story": None,
    }  # fmt: skip
    assert read_mapping(yaml_mapping(meta) + "\n") == meta


@pytest.mark.parametrize(
    "text",
    ["yes", "No", "null", "~", "", "12", "1.5", "2024-01-05", "- a", "a: b", "a #b", "'q'", "x "],
)
def test_front_matter_text_that_yaml_reads_as_something_else_stays_text(text: str) -> None:
    assert yaml.safe_load(f"v: {yaml_text(text)}") == {"v": text}


def test_front_matter_writes_plain_text_plainly() -> None:
    assert yaml_text("Farmers' unions (Kenya) mark 1,000 days") == (
        "Farmers' unions (Kenya) mark 1,000 days"
    )
