"""parse: a raw scrape becomes an Article with furniture kept apart from the text."""

from __future__ import annotations

import datetime as dt

import frontmatter
import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from digest.errors import SeedError
from digest.model import Article, Seed
from digest.parse import decode_seed, parse_seed, parse_text


def parse_fixture(name: str) -> Article:
    path = SEEDS / name
    return parse_seed(Seed(f"seeds/{name}", path.read_bytes()))


def test_header_furniture_is_split_into_date_credit_and_caption() -> None:
    article = parse_fixture("furniture_full.txt")
    assert article.date == dt.date(2024, 1, 21)
    assert article.credit == "REUTERS/FILE"
    assert article.caption == "Leaders shake hands at the summit venue in the capital."
    assert "Follow us on" not in article.text and "Image Source" not in article.text


def test_dateline_attribution_and_teaser_leave_the_text() -> None:
    article = parse_fixture("furniture_full.txt")
    assert article.dateline == "Moscow"
    assert article.paragraphs[0].text.startswith("The two governments signed")
    assert article.attribution == "With inputs from agencies"
    assert article.teasers == ("Grain exports hit a record high in the last quarter",)
    assert "inputs from agencies" not in article.text and "Also Read" not in article.text


def test_short_line_without_full_stop_is_a_subheading_kept_in_the_text() -> None:
    article = parse_fixture("furniture_full.txt")
    subheadings = [p.text for p in article.paragraphs if p.is_subheading]
    assert subheadings == ["Talks continue next month"]
    assert "Talks continue next month" in article.text
    assert all("Talks continue" not in p.text for p in article.body)


def test_every_sentence_of_the_article_survives() -> None:
    article = parse_fixture("furniture_full.txt")
    for sentence in (
        "The deal lowers tariffs on grain and machinery.",
        "Negotiators will meet again in February to discuss energy prices.",
        "Both sides called the talks constructive.",
    ):
        assert sentence in article.text


def test_caption_without_credit() -> None:
    article = parse_fixture("caption_without_credit.txt")
    assert article.credit == ""
    assert article.caption == "A crowd gathers outside the stadium before the final."
    assert article.body[0].text.startswith("The city council voted")


def test_caption_opening_with_a_capital_a_is_not_part_of_the_credit() -> None:
    article = parse_fixture("impossible_date.txt")
    assert (article.credit, article.caption) == ("AP", "A ferry leaves the harbour at dawn.")


def test_wire_dateline_with_agency_is_recognised() -> None:
    article = parse_fixture("dateline_with_agency.txt")
    assert article.dateline == "Shimla"
    assert article.body[0].text.startswith("Rescue teams pulled twelve people")


def test_teasers_between_paragraphs_are_all_removed() -> None:
    article = parse_fixture("teaser_between_paragraphs.txt")
    assert article.dateline == "New Delhi"
    assert article.credit == "INDIA TV"
    assert len(article.teasers) == 2
    assert [p.text.split()[0] for p in article.paragraphs] == ["Turnout", "Officials"]


def test_text_without_header_parses_as_undated_paragraphs() -> None:
    article = parse_fixture("no_header.txt")
    assert article.date is None and article.caption == "" and article.dateline == ""
    assert len(article.paragraphs) == 2


def test_impossible_date_is_built_undated_with_a_note() -> None:
    article = parse_fixture("impossible_date.txt")
    assert article.date is None
    assert article.notes and "2024-13-45" in article.notes[0]


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty file"),
        ("whitespace_only.txt", "empty file"),
        ("caption_only.txt", "only page furniture"),
        ("front_matter_invalid_yaml.md", "invalid YAML"),
        ("front_matter_python_tag.md", "python/object"),
    ],
)
def test_unusable_seed_raises_an_error_naming_file_and_reason(name: str, reason: str) -> None:
    with pytest.raises(SeedError) as caught:
        parse_fixture(name)
    message = str(caught.value)
    assert message.startswith(f"seeds/{name}: ") and reason in message
    assert "\n" not in message


def test_markdown_front_matter_overrides_are_kept() -> None:
    article = parse_fixture("front_matter_overrides.md")
    assert article.title == "A human headline wins"
    assert article.slug == "human-slug"
    assert article.url == "https://example.org/story"
    assert article.topics == ("Harbours", "Ferries")
    assert article.date == dt.date(2024, 3, 5)


@pytest.mark.parametrize(
    "data",
    [
        b"Plain text.",
        "\ufeffPlain text.".encode(),
        "Plain text.".encode("utf-16"),
        "Caf\u00e9 text.".encode("cp1252"),
    ],
)
def test_seed_encodings_decode_to_the_same_text(data: bytes) -> None:
    text = decode_seed(Seed("seeds/x.txt", data))
    assert text.replace("Café", "Plain") == "Plain text."


def test_binary_seed_is_refused() -> None:
    with pytest.raises(SeedError, match="binary"):
        decode_seed(Seed("seeds/x.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"))


@given(st.text())
def test_any_text_parses_or_raises_a_seed_error(text: str) -> None:
    try:
        article = parse_text(text, source="seeds/any.txt")
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.txt: ")
        return
    assert article.body, "an article always has body text"
    words_in = set(text.split())
    assert set(article.text.split()) <= words_in | {w.rstrip(":") for w in words_in}


@given(st.dictionaries(st.sampled_from(["title", "slug", "topics", "date", "x"]), st.text()))
def test_any_front_matter_parses_or_raises_a_seed_error(meta: dict[str, str]) -> None:
    text = frontmatter.dumps(frontmatter.Post("The body has one sentence.", **meta))
    try:
        parse_seed(Seed("seeds/any.md", text.encode()))
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.md: ")
