"""Keywords hold no stray word cut from a name's label: a common word a number ranks
("5th Precinct", "#1 Rank") is no name on its own."""

from __future__ import annotations

from conftest import make_article

from digest.analyze.entities import find_mentions
from digest.analyze.keywords import extract_keywords

RANKED = (
    "Officers at the 9th Precinct in Harbourside arrested a courier named Tobin Leary on "
    "Tuesday after a chase through the old market district.\n\n"
    "Leary, 31, was carrying forged shipping papers, said detective Mara Quill, who has "
    "followed the courier ring for two years. The ring moved stolen bicycles to buyers in "
    "three states.\n\n"
    "Analysts gave the shipping firm Corvane Freight a #2 Rank on its outlook, saying the "
    "arrests would not hurt its business. Corvane Freight said it would help the police."
)


def test_a_ranked_common_word_is_no_name() -> None:
    names = {m.name for m in find_mentions((RANKED,))}
    assert "Precinct" not in names and "Rank" not in names
    assert {"Tobin Leary", "Mara Quill", "Corvane Freight"} <= names


def test_keywords_leave_out_a_word_cut_from_a_ranked_label() -> None:
    keywords = extract_keywords(make_article(RANKED), count=10)
    assert "Precinct" not in keywords and "Rank" not in keywords
    assert "Tobin Leary" in keywords


def test_a_numbered_name_of_its_own_stays() -> None:
    # A name no common word keeps its mention after a number: "3 Fenwicks Lane" aside.
    text = "The 2028 Velmora Games open in July, said organiser Petra Lund."
    assert "Velmora Games" in {m.name for m in find_mentions((text,))}


FIELD = (
    "A study by Lena Moravec of Calder University will be shown on Friday at a meeting run "
    "by the Society for Research in Marine Ecology, the SRME said.\n\n"
    "Moravec counted seabirds on four islands over six summers. The Institute for Coastal "
    "Studies in Westbury, which paid for the boats, said the counts would guide new rules."
)


def test_a_body_named_for_a_field_keeps_its_field() -> None:
    names = {m.name for m in find_mentions(tuple(FIELD.split("\n\n")))}
    assert "Society for Research in Marine Ecology" in names
    assert not {"Society for Research", "Marine Ecology"} & names
    # A place after "in" is where the body is, not part of its name.
    assert "Institute for Coastal Studies" in names and "Westbury" in names


def test_keywords_list_a_body_named_for_a_field_whole() -> None:
    keywords = extract_keywords(make_article(FIELD), count=10)
    # Shown whole, its initials ("SRME") standing for it, never as two fragments.
    assert "Society for Research in Marine Ecology" in keywords
    assert not {"SRME", "Society for Research", "Marine Ecology"} & set(keywords)


def test_a_headline_description_is_no_part_of_a_name() -> None:
    # The headline capitalises "Lowly" by its place; the text writes it as a description.
    paragraphs = (
        "Lowly Herons beat Gulls in shootout",
        "Tam Ness scored twice to give the lowly Harbour Herons a win over the Gulls on "
        "Friday. New York was quiet, said the new Ostend coach.",
    )
    names = {m.name for m in find_mentions(paragraphs)}
    assert "Lowly Herons" not in names and "Herons" in names
    assert "New York" in names  # a place's whole name, though "new" describes "Ostend"
