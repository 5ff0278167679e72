"""passthrough: raw HTML blocks carried past Markdown give the HTML Markdown itself gives."""

from __future__ import annotations

from pathlib import Path

import frontmatter
import markdown
import pytest
from conftest import make_article, make_brief
from hypothesis import given
from hypothesis import strategies as st
from test_render import LINE

from digest.config import Settings
from digest.group import group_site
from digest.model import Paragraph
from digest.passthrough import restore_html_blocks, stash_html_blocks
from digest.render import render_site

GOLDEN = Path(__file__).parent / "golden"
SITE_EXTENSIONS = ["toc", "attr_list", "tables"]  # what the shipped mkdocs.yml enables


def converted_directly(page_markdown: str) -> str:
    return markdown.markdown(page_markdown, extensions=SITE_EXTENSIONS)


def converted_past_markdown(page_markdown: str) -> str:
    stashed, blocks = stash_html_blocks(page_markdown)
    return restore_html_blocks(markdown.markdown(stashed, extensions=SITE_EXTENSIONS), blocks)


@pytest.mark.parametrize(
    "page", sorted(p.relative_to(GOLDEN).as_posix() for p in GOLDEN.rglob("*.md"))
)
def test_every_kind_of_generated_page_converts_to_the_same_html(page: str) -> None:
    content = frontmatter.load(GOLDEN / page).content
    assert converted_past_markdown(content) == converted_directly(content)


@given(
    title=LINE,
    summary=st.lists(LINE, max_size=3),
    paragraphs=st.lists(LINE.filter(str.strip), min_size=1, max_size=4),
    dateline=LINE,
    caption=LINE,
    teasers=st.lists(LINE, max_size=2),
)
def test_brief_pages_of_any_text_convert_to_the_same_html(
    title: str,
    summary: list[str],
    paragraphs: list[str],
    dateline: str,
    caption: str,
    teasers: list[str],
) -> None:
    article = make_article(
        paragraphs=tuple(Paragraph(p) for p in paragraphs),
        dateline=dateline,
        caption=caption,
        teasers=tuple(teasers),
    )
    brief = make_brief(title or "x", slug="", summary=tuple(summary), article=article)
    for page in render_site(group_site([brief], Settings()), Settings()):
        if page.path.endswith(".md"):
            content = frontmatter.loads(page.text).content
            assert converted_past_markdown(content) == converted_directly(content)


def test_a_page_without_raw_html_is_left_as_it_is() -> None:
    page = "# Title\n\nA paragraph with <em>inline</em> HTML.\n\n- a list\n"
    assert stash_html_blocks(page) == (page, [])
