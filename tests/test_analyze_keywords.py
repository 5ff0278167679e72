"""extract_keywords: ten clean keywords, several phrases, none a variant or fragment of another."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_article

from digest.analyze.keyword_features import find_candidates
from digest.analyze.keywords import clean_keyword, extract_keywords
from digest.analyze.text import STOPWORDS
from digest.model import Article, Paragraph
from digest.parse import parse_text

ANALYZE = Path(__file__).parent / "fixtures" / "analyze"
FIXTURES = sorted(p.name for p in ANALYZE.glob("*.txt"))


def fixture_article(name: str) -> Article:
    path = ANALYZE / name
    return parse_text(path.read_text(encoding="utf-8"), source=f"fixtures/{name}")


def keywords_of(name: str) -> tuple[str, ...]:
    return extract_keywords(fixture_article(name), count=10)


def word_sets(keywords: tuple[str, ...]) -> list[set[str]]:
    return [{w.rstrip("s") for w in re.findall(r"[a-z0-9]+", k.lower())} for k in keywords]


@pytest.mark.parametrize("name", FIXTURES)
def test_ten_keywords_are_given_for_a_full_article(name: str) -> None:
    assert len(keywords_of(name)) == 10


@pytest.mark.parametrize("name", FIXTURES)
def test_no_keyword_is_a_variant_or_fragment_of_another(name: str) -> None:
    sets = word_sets(keywords_of(name))
    for i, a in enumerate(sets):
        for j, b in enumerate(sets):
            assert i == j or not a & b, (keywords_of(name)[i], keywords_of(name)[j])


@pytest.mark.parametrize("name", FIXTURES)
def test_keywords_have_no_stopword_or_stray_mark_at_an_edge(name: str) -> None:
    for keyword in keywords_of(name):
        words = keyword.lower().split()
        assert words[0] not in STOPWORDS and words[-1] not in STOPWORDS
        assert re.match(r"\w", keyword) and re.search(r"[\w.)%]$", keyword)


@pytest.mark.parametrize("name", FIXTURES)
def test_several_keywords_are_phrases(name: str) -> None:
    assert sum(" " in k for k in keywords_of(name)) >= 4


def test_page_furniture_never_becomes_a_keyword() -> None:
    keywords = " ".join(keywords_of("summit_with_furniture.txt")).lower()
    assert "image" not in keywords and "source" not in keywords
    assert "file" not in keywords and "reuters" not in keywords


def test_html_entities_are_decoded_before_analysis() -> None:
    assert not any(
        "&" in k or "#039" in k or "quot" in k for k in keywords_of("summit_with_furniture.txt")
    )


def test_a_name_cut_short_is_not_a_keyword() -> None:
    keywords = keywords_of("summit_with_furniture.txt")
    assert "Marek Ostrowski" in keywords
    assert not any(k in {"Veltrian President Marek", "President Marek"} for k in keywords)


def test_a_phrase_running_on_into_a_name_is_flagged_as_cut() -> None:
    text = "Russian President Vladimir Putin met them. Russian President Vladimir Putin left."
    found = {
        c.phrase: c
        for c in find_candidates(text, [("president vladimir", 0.1), ("vladimir putin", 0.2)])
    }
    assert found["president vladimir"].cut_name
    assert not found["vladimir putin"].cut_name


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ('"Bones', "Bones"),
        ("Adams'", "Adams"),
        ("of the river", ""),
        ("network apparently", ""),
        ("Thursday March", ""),
        ("--", ""),
        ('Bones" star', ""),
        ("U.S. Senate", "U.S. Senate"),
    ],
)
def test_keyword_edges_are_cleaned_or_refused(raw: str, clean: str) -> None:
    assert clean_keyword(raw) == clean


def test_a_short_text_gives_what_it_has_without_failing() -> None:
    article = Article(source="t.txt", paragraphs=(Paragraph("Rain fell."),))
    assert len(extract_keywords(article, count=10)) <= 10


def test_keywords_repeat_exactly() -> None:
    assert keywords_of("harbour_strike.txt") == keywords_of("harbour_strike.txt")


def test_no_keyword_runs_from_a_subheading_into_the_next_paragraph() -> None:
    article = make_article(
        "The council approved the plan for the new metro line on Monday.\n\n"
        "Metro expansion faces tight deadline\n\n"
        "Construction must begin before the end of the year for the funds to stay available."
    )
    article = replace(
        article,
        paragraphs=tuple(
            replace(p, is_subheading=p.text.startswith("Metro")) for p in article.paragraphs
        ),
    )
    assert not any("deadline Construction" in k for k in extract_keywords(article, count=10))
