"""Topics: named subjects shared by briefs; never a word capitalised by grammar, a news
agency or outlet, or two variants of one name."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import FIXTURES, make_article, make_brief

from digest.analyze.entities import find_mentions
from digest.analyze.topics import find_subjects, normalise_subject
from digest.config import Settings
from digest.group.topics import choose_topics
from digest.pipeline import build

MIXED_CORPUS = FIXTURES / "topics"
GRAMMAR = {"If", "Many", "I'm", "I've", "We've", "Get", "Public", "I", "We"}
NEWS_SOURCES = {"Reuters", "AP", "Associated Press", "Xinhua", "BBC", "CNN"}


def site_topics(root: Path, settings: Settings | None = None) -> list[str]:
    """Return the topic names of a site built from the mixed corpus, biggest first."""
    shutil.copytree(MIXED_CORPUS, root / "seeds")
    build(settings or Settings(), root=root)
    index = (root / "docs/topics/index.md").read_text(encoding="utf-8")
    return re.findall(r"^\| \[([^\]]+)\]\(", index, flags=re.MULTILINE)


def test_a_mixed_corpus_gets_named_subjects_as_topics_and_nothing_else(tmp_path: Path) -> None:
    topics = site_topics(tmp_path)
    assert set(topics) == {
        "Kenya", "United Kingdom", "Generation X", "Grindavik", "Iceland", "Nairobi",
        "Nokia", "Oscar", "Pension Research Council", "Wales", "World Cup",
    }  # fmt: skip
    assert not GRAMMAR & set(topics)
    assert not NEWS_SOURCES & set(topics)


def test_the_aliases_setting_renames_a_shipped_alias_and_keeps_its_variants(
    tmp_path: Path,
) -> None:
    settings = Settings(aliases=(("United Kingdom", "Britain"), ("UK", "Britain")))
    topics = site_topics(tmp_path, settings)
    assert "Britain" in topics and "United Kingdom" not in topics
    page = (tmp_path / "docs/topics/britain.md").read_text(encoding="utf-8")
    assert page.count("/briefs/") >= 3  # the UK, Britain and British briefs, one topic


def test_sentence_openers_contractions_and_pronouns_are_not_names() -> None:
    text = (
        "If the talks fail, the strike will go on. Many workers agree. I'm tired, I've said "
        'so. Get ready, he said: "We\'ve waited." Public anger grew. Kenya said so.'
    )
    assert [m.name for m in find_mentions((text,))] == ["Kenya"]


def test_a_common_word_opening_a_sentence_is_a_name_when_the_text_says_so() -> None:
    text = "Public Health England warned on Monday. Officials at Public Health England agreed."
    assert [m.name for m in find_mentions((text,))] == ["Public Health England"] * 2


def test_titles_possessives_and_descriptions_come_off_names() -> None:
    text = (
        "Russian President Vladimir Putin met North Korean leader Kim Jong Un, North Korea's "
        "state-run broadcaster KRT said. Secretary-General Ban Ki-moon and US-led forces "
        "and Austrian Jurgen Melzer watched."
    )
    names = [m.name for m in find_mentions((text,))]
    assert names == [
        "Russian", "Vladimir Putin", "North Korean", "Kim Jong Un", "North Korea", "KRT",
        "Ban Ki-moon", "US", "Austrian", "Jurgen Melzer",
    ]  # fmt: skip


def test_a_bodys_name_keeps_its_and_two_places_do_not() -> None:
    text = "The Food and Drug Administration warned Russia and China on Monday."
    names = [m.name for m in find_mentions((text,))]
    assert names == ["Food and Drug Administration", "Russia", "China"]


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("British", "United Kingdom"),
        ("Britons", "United Kingdom"),
        ("U.S.", "United States"),
        ("Kenyans", "Kenya"),
        ("Kenya's", "Kenya"),
        ("Nato", "NATO"),
    ],
)
def test_the_shipped_alias_table_makes_variants_one_subject(variant: str, canonical: str) -> None:
    assert normalise_subject(variant, aliases=Settings().alias_map) == canonical


def test_an_agency_or_outlet_is_never_a_subject() -> None:
    article = make_article(
        "Reuters reported on Monday that the BBC and CNN had seen the report. Xinhua and "
        "BBC Sport said Kenya would reply. Reuters said Kenya had not."
    )
    assert find_subjects(article, aliases=Settings().alias_map) == ("Kenya",)


def test_plural_possessive_and_letter_variants_are_one_topic_named_by_the_root() -> None:
    briefs = [
        make_brief(f"B{i}", subjects=subjects)
        for i, subjects in enumerate(
            [("Oscars",), ("Oscar",), ("Generation Xers",), ("Generation X",), ("Gazprom Group",)]
            + [("Gazprom",)]
        )
    ]
    topic_of = choose_topics(briefs, min_briefs=2)
    assert topic_of["oscars"] == topic_of["oscar"] == "Oscar"
    assert topic_of["generation xers"] == topic_of["generation x"] == "Generation X"
    assert topic_of["gazprom group"] == topic_of["gazprom"] == "Gazprom"


def test_a_lone_surname_joins_the_one_full_name_ending_in_it() -> None:
    briefs = [make_brief("A", subjects=("Tony Blair",)), make_brief("B", subjects=("Blair",))]
    expected = {"tony blair": "Tony Blair", "blair": "Tony Blair"}
    assert choose_topics(briefs, min_briefs=2) == expected
    # Two people share the surname: a lone "Brown" could be either, so it stays apart.
    for title, name in (("C", "Gordon Brown"), ("D", "Chris Brown"), ("E", "Brown")):
        briefs.append(make_brief(title, subjects=(name,)))
    assert "brown" not in choose_topics(briefs, min_briefs=2)
