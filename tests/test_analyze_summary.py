"""summarize: learned-best body sentences, in document order, none leaning on a missing one."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.analyze.sentences import split_sentences
from digest.analyze.summary import body_sentences, summarize
from digest.analyze.summary_features import FEATURE_NAMES, sentence_features
from digest.analyze.text import opens_with_reference, unescape
from digest.model import Article, Paragraph
from digest.parse import parse_text

ANALYZE = Path(__file__).parent / "fixtures" / "analyze"
FIXTURES = sorted(p.name for p in ANALYZE.glob("*.txt"))


def fixture_article(name: str) -> Article:
    path = ANALYZE / name
    return parse_text(path.read_text(encoding="utf-8"), source=f"fixtures/{name}")


def positions(article: Article, summary: tuple[str, ...]) -> list[int]:
    body, _ = body_sentences(article)
    return [[unescape(b) for b in body].index(s) for s in summary]


@pytest.mark.parametrize("name", FIXTURES)
def test_summary_is_body_sentences_in_document_order(name: str) -> None:
    article = fixture_article(name)
    summary = summarize(article, sentences=3, words=75)
    assert 1 <= len(summary) <= 3
    found = positions(article, summary)
    assert found == sorted(found) and len(set(found)) == len(found)


@pytest.mark.parametrize("name", FIXTURES)
def test_summary_keeps_within_its_word_budget(name: str) -> None:
    summary = summarize(fixture_article(name), sentences=3, words=60)
    assert sum(len(s.split()) for s in summary) <= 60


@pytest.mark.parametrize("name", FIXTURES)
def test_no_summary_sentence_leans_on_a_sentence_left_out(name: str) -> None:
    article = fixture_article(name)
    summary = summarize(article, sentences=3, words=75)
    kept = positions(article, summary)
    body, _ = body_sentences(article)
    for i in kept:
        assert not opens_with_reference(body[i]) or i - 1 in kept


def test_the_lead_of_a_news_story_is_kept() -> None:
    article = fixture_article("harbour_strike.txt")
    assert summarize(article, sentences=3, words=75)[0].startswith("Dock workers at the port")


def test_subheadings_never_enter_the_summary() -> None:
    article = Article(
        source="t.txt",
        paragraphs=(
            Paragraph("Harbour strike spreads", is_subheading=True),
            Paragraph("Dock workers walked out on Monday. The port was closed by noon."),
        ),
    )
    assert "Harbour strike spreads" not in summarize(article, sentences=3, words=75)


def test_html_entities_are_decoded() -> None:
    summary = summarize(fixture_article("summit_with_furniture.txt"), sentences=3, words=75)
    assert not any("&#039;" in s or "&quot;" in s for s in summary)


def test_only_one_sentence_is_given_when_one_is_asked_for() -> None:
    assert len(summarize(fixture_article("library_reopens.txt"), sentences=1, words=75)) == 1


def test_every_feature_row_has_a_value_per_feature_name() -> None:
    rows = sentence_features(["One sentence here.", "Another one."], [True, False])
    assert all(len(row) == len(FEATURE_NAMES) for row in rows)


def test_summary_repeats_exactly() -> None:
    article = fixture_article("harbour_strike.txt")
    assert summarize(article, sentences=3, words=75) == summarize(article, sentences=3, words=75)


_WORD = st.sampled_from("port union strike pay the he said grain ships workers however".split())
_SENTENCE = st.lists(_WORD, min_size=1, max_size=30).map(lambda w: " ".join(w).capitalize() + ".")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_SENTENCE, min_size=1, max_size=6), min_size=1, max_size=6))
def test_any_article_gives_ordered_sentences_of_its_own(paragraphs: list[list[str]]) -> None:
    article = Article(source="t.txt", paragraphs=tuple(Paragraph(" ".join(p)) for p in paragraphs))
    summary = summarize(article, sentences=3, words=75)
    body = [s for p in article.body for s in split_sentences(p.text)]
    assert summary and len(summary) <= 3
    rest = iter(body)
    assert all(any(s == b for b in rest) for s in summary)  # a subsequence: document order
