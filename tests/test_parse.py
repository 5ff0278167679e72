"""parse: a raw scrape becomes an Article with furniture kept apart from the text."""

from __future__ import annotations

import datetime as dt

import frontmatter
import pytest
from conftest import SEEDS
from hypothesis import given
from hypothesis import strategies as st

from digest.errors import SeedError
from digest.model import Article, Paragraph, Seed
from digest.parse import clean_text, decode_seed, parse_seed, parse_text


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


@pytest.mark.parametrize(
    ("data", "text"),
    [
        ("Plain café text.".encode("utf-16-le"), "Plain café text."),
        ("Plain café text.".encode("utf-16-be"), "Plain café text."),
        (
            "Caf\u00e9 \u201cquoted\u201d \u2013 na\u00efve.".encode("cp1252"),
            "Café “quoted” – naïve.",
        ),
        ("Der Bär läuft über die Straße.".encode("latin-1"), "Der Bär läuft über die Straße."),
        (
            "Students paid €5 for a “déjà vu” concert – the rector’s résumé leaked.".encode(
                "cp1252"
            ),
            "Students paid €5 for a “déjà vu” concert – the rector’s résumé leaked.",
        ),
        (
            "Москва — столица России, крупнейший город страны.".encode("cp1251"),
            "Москва — столица России, крупнейший город страны.",
        ),
    ],
)
def test_legacy_and_bomless_encodings_are_detected(data: bytes, text: str) -> None:
    assert decode_seed(Seed("seeds/x.txt", data)) == text


def test_control_characters_and_terminal_colours_are_stripped() -> None:
    data = b"Red \x1b[31mtext\x1b[0m rings\x07 a\x08 bell.\r\nNext\rline\x7f\tend."
    assert decode_seed(Seed("seeds/x.txt", data)) == "Red text rings a bell.\nNext\nline\tend."


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xfe" + "Oslo".encode("utf-16-le") + b"\x00\xd8" + "a".encode("utf-16-le"),
        bytes(range(1, 32)) * 20,
        b"text with a NUL\x00 byte early on",
    ],
    ids=["utf-16 with a lone surrogate", "control characters", "NUL byte"],
)
def test_undecodable_or_binary_seed_is_refused(data: bytes) -> None:
    with pytest.raises(SeedError, match=r"^seeds/x.txt: expected text .* found binary data$"):
        decode_seed(Seed("seeds/x.txt", data))


def parse_md(front_matter: str, body: str = "Riga: One sentence of text.") -> Article:
    return parse_seed(Seed("seeds/x.md", f"---\n{front_matter}\n---\n{body}\n".encode()))


@pytest.mark.parametrize(
    ("front_matter", "note"),
    [
        ("date: 2024-13-45", "expected a date as YYYY-MM-DD, found '2024-13-45'; shown as undated"),
        ("- a\n- b", "front matter ignored: expected key: value pairs, found a list"),
        ("title: [a, b]", "front matter title ignored: expected text, found a list"),
        ("title: !!binary aGVsbG8=", "front matter title ignored: expected text, found a bytes"),
        ("topics: [[a], b]", "front matter topics ignored: expected a list of names"),
        ("url: javascript:alert(1)", "front matter url ignored: expected an http(s) address"),
        ("url: data:text/html,x", "front matter url ignored: expected an http(s) address"),
        ("slug: ../..", "front matter slug '../..' has no letters or digits; title used"),
    ],
)
def test_unusable_front_matter_values_are_noted_and_the_seed_still_built(
    front_matter: str, note: str
) -> None:
    article = parse_md(front_matter)
    assert article.body[0].text == "One sentence of text."
    assert any(n.startswith(note) for n in article.notes), article.notes


def test_front_matter_dates_are_read_as_text_and_checked() -> None:
    assert parse_md("date: 2024-03-05").date == dt.date(2024, 3, 5)
    assert parse_md("date: 2024-03-05 10:30:00").date == dt.date(2024, 3, 5)


def test_front_matter_aliases_are_refused_so_a_billion_laughs_cannot_expand() -> None:
    with pytest.raises(SeedError, match="found an alias"):
        parse_md("a: &a [x, x]\nb: &b [*a, *a]\ntitle: *b")


def test_escaped_control_characters_in_front_matter_values_are_stripped() -> None:
    article = parse_md('title: "\\x1b[31mRed\\x07 \\0title"\ncredit: "A\\nB"')
    assert (article.title, article.credit) == ("Red title", "A B")


def test_http_url_is_kept() -> None:
    assert parse_md("url: https://example.org/a?b=1").url == "https://example.org/a?b=1"


@pytest.mark.parametrize(
    "text", ['{\n"title": 1\n}\nBody sentence.', "---\ntitle: never closed\nBody sentence."]
)
def test_markdown_without_closed_yaml_front_matter_is_all_body(text: str) -> None:
    article = parse_seed(Seed("seeds/x.md", text.encode()))
    assert article.title == "" and "Body sentence." in article.text


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
    words_in = set(clean_text(text).split())
    assert set(article.text.split()) <= words_in | {w.rstrip(":") for w in words_in}


@given(st.dictionaries(st.sampled_from(["title", "slug", "topics", "date", "x"]), st.text()))
def test_any_front_matter_parses_or_raises_a_seed_error(meta: dict[str, str]) -> None:
    text = frontmatter.dumps(frontmatter.Post("The body has one sentence.", **meta))
    try:
        parse_seed(Seed("seeds/any.md", text.encode()))
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.md: ")


def test_headline_line_without_blank_line_after_it_is_a_subheading() -> None:
    article = parse_fixture("headline_line_without_blank.txt")
    assert article.paragraphs[0] == Paragraph("Ferry company adds second daily crossing", True)
    assert article.body[0].text.startswith("The ferry company added")


def test_hard_wrapped_paragraphs_stay_whole() -> None:
    article = parse_fixture("hard_wrapped_paragraphs.txt")
    assert [p.is_subheading for p in article.paragraphs] == [False, False]
    assert "summer of full boats" in article.body[0].text
