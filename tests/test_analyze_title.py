"""make_title: an honest headline cut from the lead, never dangling, never attributed."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_article
from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.analyze.text import STOPWORDS
from digest.analyze.title import headline_tokens, lead_tokens, make_title
from digest.analyze.title_vocabulary import COMMON_WORDS
from digest.model import Article, Paragraph
from digest.parse import parse_text

ANALYZE = Path(__file__).parent / "fixtures" / "analyze"
FIXTURES = sorted(p.name for p in ANALYZE.glob("*.txt"))


def fixture_article(name: str) -> Article:
    path = ANALYZE / name
    return parse_text(path.read_text(encoding="utf-8"), source=f"fixtures/{name}")


def lead_article(lead: str) -> Article:
    return Article(source="t.txt", paragraphs=(Paragraph(lead), Paragraph("More follows.")))


def dangles(title: str) -> bool:
    last = re.findall(r"[A-Za-z']+", title)[-1:] or [""]
    return not title or last[0].lower() in STOPWORDS or title[-1] in ",;:-"


@pytest.mark.parametrize("name", FIXTURES)
def test_headline_is_short_and_does_not_dangle(name: str) -> None:
    title = make_title(fixture_article(name))
    assert 0 < len(title) <= 90 and not dangles(title)


@pytest.mark.parametrize("name", FIXTURES)
def test_headline_words_come_from_the_lead_in_order(name: str) -> None:
    article = replace(fixture_article(name), title="")  # generated, not the article's own
    lead = article.body[0].text
    rest = iter(re.findall(r"\w+", lead.lower()))
    assert all(any(w == r for r in rest) for w in re.findall(r"\w+", make_title(article).lower()))


def test_attribution_and_its_time_never_reach_the_headline() -> None:
    title = make_title(
        lead_article(
            "Russian President Vladimir Putin showed his intention to visit Pyongyang soon, "
            "North Korea's state-run broadcaster KRT reported on Sunday."
        )
    )
    assert "reported" not in title and "KRT" not in title and "Sunday" not in title


def test_the_dateline_is_not_part_of_the_headline() -> None:
    article = parse_text(
        "Moscow: The two governments signed a trade agreement on Sunday, officials said.",
        source="t.txt",
    )
    assert not make_title(article).startswith("Moscow")


def test_a_human_title_wins() -> None:
    article = lead_article("The council voted to rebuild the stadium.")
    assert make_title(Article(**{**article.__dict__, "title": "Stadium to be rebuilt"})) == (
        "Stadium to be rebuilt"
    )


def test_headlinese_drops_asides_articles_auxiliaries_and_times() -> None:
    words = headline_tokens(
        "The firm, which employs 300 people, has cut its profit forecast (again) on Monday."
    )
    assert words == ["firm", "cut", "profit", "forecast"]


def test_a_negation_keeps_its_auxiliary() -> None:
    assert "has" in headline_tokens("The firm has not cut its forecast.")


_WORD = st.sampled_from("the of council said plan to and rebuild on Monday stadium , it".split())


@settings(max_examples=80, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=40).map(lambda w: " ".join(w) + "."))
@example("the the the the the the the the of Monday.")  # no opening within 40 can close
def test_any_lead_gives_a_headline_within_bounds(lead: str) -> None:
    title = make_title(lead_article(lead), max_chars=40)
    assert len(title) <= 40
    if re.search(r"[A-Za-z]", title) and any(
        w.lower() not in STOPWORDS for w in re.findall(r"[A-Za-z']+", lead)
    ):
        assert not dangles(title)


def test_a_given_name_drops_when_the_article_uses_the_surname() -> None:
    sentences = [
        "Prime Minister Tony Blair has defended his plans for the National Party's schools.",
        "Mr Blair told MPs the Party would not change course.",
    ]
    words = lead_tokens(sentences)
    assert "Tony" not in words and "Blair" in words and "National" in words


def test_common_words_are_less_rare_than_any_unlisted_word() -> None:
    assert COMMON_WORDS.rarity_of("the") < COMMON_WORDS.rarity_of("zyxwv")
    assert max(COMMON_WORDS.rarity.values()) <= COMMON_WORDS.unknown_rarity


def test_a_headline_does_not_stop_a_word_into_a_new_clause() -> None:
    title = make_title(
        lead_article(
            "Former minister Clare Short has criticised the tsunami aid coalition, "
            "saying the UN should be leading efforts."
        )
    )
    words = title.split()
    assert not any(w.endswith(",") for w in words[-3:-1])


def test_source_named_before_a_closing_attribution_leaves_with_it() -> None:
    article = make_article(
        "The minister agreed to visit the capital soon, the country's state-run "
        "broadcaster KRT reported on Sunday. Talks will follow in spring."
    )
    title = make_title(article)
    assert "KRT" not in title and "state-run" not in title and "broadcaster" not in title
    assert title.startswith("Minister agreed to visit")


CORPUS = Path(__file__).parent / "fixtures" / "corpus"
_VERBISH = re.compile(r"^(?:would|will|rose|fell|grew|\w+ed)$", re.IGNORECASE)


def corpus_title(name: str) -> str:
    path = CORPUS / name
    return make_title(parse_text(path.read_text(encoding="utf-8"), source=f"corpus/{name}"))


@pytest.mark.parametrize(
    ("name", "news_word", "speaker"),
    [
        ("004_mombasa_port.txt", "Mombasa", "authority"),
        ("003_nairobi_farmers.txt", "maize", "ministry"),
    ],
)
def test_a_lead_reporting_a_that_clause_is_headlined_by_the_clause(
    name: str, news_word: str, speaker: str
) -> None:
    title = corpus_title(name)
    words = title.split()
    assert news_word.lower() in title.lower() and speaker not in title
    assert any(_VERBISH.match(w) for w in words) and not dangles(title)


def test_a_reported_clause_needs_a_verb_to_take_the_headline() -> None:
    title = make_title(
        lead_article("The port authority said on Tuesday that container traffic rose sharply.")
    )
    assert title.startswith("Container traffic rose") and "said" not in title


def test_a_speaker_reporting_its_own_act_stays_the_subject() -> None:
    words = headline_tokens("Blair said he will not take part in a TV debate.")
    assert words[:3] == ["Blair", "will", "not"]
    assert headline_tokens("Blair said it was time to act.")[:2] == ["Blair", "said"]
