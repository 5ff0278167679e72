"""Summaries open on the news: a lead giving background, a deck or a teaser keeps the news
of the day with it, or hands over to it. Every article here is made up for its case."""

from __future__ import annotations

import pytest
from conftest import make_article

from digest.analyze.sentences import leans_on_context, news_after_teaser, split_sentences
from digest.analyze.summary import summarize

FILLER = "Its riders have grown used to buying tickets on their phones at the quay."


@pytest.mark.parametrize(
    "background",
    [
        "Over the past few years, Harbourline has made it plain that it sees a day when every"
        " ferry ticket is sold online.",
        "For decades the Valmora ferry was run by one family from a hut on the quay.",
        "Ten years ago, Harbourline ran a single boat between Valmora and the islands.",
        "Back in 2009, the island routes carried fewer than a hundred riders a week.",
    ],
    ids=["over the past years", "for decades", "years ago", "back in a year"],
)
def test_a_lead_of_years_gone_by_keeps_the_news_of_the_day_with_it(background: str) -> None:
    news = "Today, Harbourline announced a deal with the port of Valmora to run night sailings."
    article = make_article(f"{background} {FILLER}\n\n{news}")
    summary = summarize(article, sentences=3, words=75)
    assert summary[:2] == (background, news)


@pytest.mark.parametrize(
    "lead",
    [
        "Over the past week, Harbourline has cancelled forty sailings because of storms.",
        "Harbourline has run ferries between Valmora and the islands for years.",
    ],
    ids=["a week is the news's own time", "years not opening the lead"],
)
def test_a_report_naming_years_is_no_background(lead: str) -> None:
    body = [lead, "On Monday, the company said it would add a second boat in the spring."]
    assert news_after_teaser(body, 0) is None


def test_a_full_stop_set_apart_from_its_word_still_ends_the_sentence() -> None:
    paragraph = (
        "The service streams old shows such as The Harbour Years . Its library grew by a"
        " third this spring."
    )
    assert split_sentences(paragraph) == (
        "The service streams old shows such as The Harbour Years.",
        "Its library grew by a third this spring.",
    )
    assert split_sentences("Prices rose 3 . 5 per cent on the day.") == (
        "Prices rose 3 . 5 per cent on the day.",
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The ferry ran aground at 9:40 p.m. Saturday off the north quay, the coastguard said.",
        "The harbour gates open at 6 a.m. EST on weekdays, the port authority said.",
    ],
    ids=["a day after the time", "a time zone after the time"],
)
def test_a_time_of_day_does_not_end_the_sentence_before_its_day(sentence: str) -> None:
    assert split_sentences(f"{sentence} Nobody was hurt.") == (sentence, "Nobody was hurt.")


def test_a_time_of_day_still_ends_a_sentence_before_a_new_one() -> None:
    assert split_sentences("The ferry left at 9 a.m. Police boarded it at noon.") == (
        "The ferry left at 9 a.m.",
        "Police boarded it at noon.",
    )


def test_the_writer_reasoning_aloud_is_no_fact_to_add() -> None:
    reasoning = "Let's assume, conservatively, that the ferry sold 40,000 tickets in March."
    article = make_article(
        "Harbourline sold 38,000 ferry tickets in March, the port of Valmora said on Monday."
        f" {reasoning} The port counted 31,000 riders in February."
    )
    summary = summarize(article, sentences=3, words=75)
    assert summary[0].startswith("Harbourline sold 38,000")
    assert reasoning not in summary


def test_a_lead_comparing_with_its_own_first_clause_stands_alone() -> None:
    lead = (
        "Harbourline's new night ferry has already run into protests from island residents,"
        " but the service may have bigger problems than that."
    )
    article = make_article(
        f"{lead} While some riders welcome the late sailings, the crossing takes two hours."
    )
    assert summarize(article, sentences=3, words=75)[0] == lead
    assert leans_on_context("Ticket sales were double that.")
