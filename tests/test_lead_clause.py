"""clause_phrases: the subject and object of a lead's first sentence, found without a parser."""

from __future__ import annotations

import pytest

from digest.analyze.lead_clause import clause_phrases


@pytest.mark.parametrize(
    ("sentence", "subject", "object_"),
    [
        (
            "Violent video games should carry larger warnings so parents know.",
            ("violent", "video", "games"),
            ("larger", "warnings"),
        ),
        # Past a dateline and an opening phrase.
        (
            "OSTRAVA VALE - In the shadow of the town hall, street markets thrive again.",
            ("street", "markets"),
            (),
        ),
        # An apposition after the subject is no subject; an adverb between commas neither.
        ("Lace, suddenly, is everywhere this summer.", ("lace",), ()),
        (
            "Kinlo, a dating firm in Velland, has launched a video service.",
            ("kinlo",),
            ("video", "service"),
        ),
        # "will appeal against": a verb after a modal, then a preposition: no object.
        ("The rowing board will appeal against the ruling.", ("rowing", "board"), ()),
        # "a string of": a word counting what follows names nothing.
        ("The band has won a string of awards.", ("band",), ()),
        # A relative clause's verb is not the main clause's.
        ("The sign that the recovery is taking root arrived.", (), ()),
    ],
)
def test_the_subject_and_object_of_the_main_clause_are_found(
    sentence: str, subject: tuple[str, ...], object_: tuple[str, ...]
) -> None:
    assert clause_phrases(sentence) == (subject, object_)


def test_a_sentence_without_a_verb_has_no_clause() -> None:
    assert clause_phrases("Lace and more lace") == ((), ())


def test_an_acronym_in_brackets_does_not_end_the_subject() -> None:
    subject, _ = clause_phrases("Velland Rowing Club (VRC) captain Ilse Varga was dropped.")
    assert subject[-2:] == ("ilse", "varga")


def test_a_number_in_a_description_before_a_name_does_not_end_the_subject() -> None:
    # A rugby position: "Number eight" describes the player, who is the subject.
    subject, _ = clause_phrases("Number eight Tomas Velko has been dropped from the squad.")
    assert subject[-2:] == ("tomas", "velko")


def test_a_number_before_a_common_word_still_ends_the_subject() -> None:
    assert clause_phrases("The top two players have left the club.")[0] == ("top",)
