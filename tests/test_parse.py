"""parse: a raw scrape becomes an Article with furniture kept apart from the text."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import frontmatter
import pytest
from conftest import SEEDS
from hypothesis import assume, given
from hypothesis import strategies as st

from digest.errors import SeedError
from digest.model import Article, Seed
from digest.parse import (
    HEADLINE_ONLY,
    clean_text,
    decode_entities,
    decode_seed,
    parse_seed,
    parse_text,
)


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


# Words the scrape's own furniture markers are made of; parsing drops them with the marker.
MARKERS = re.compile(
    r"\bdate\b|follow us on|image source|photo source|image credit|\benlarge\b|advertisement",
    re.I,
)


def words_of(text: str) -> set[str]:
    """Return the words of a text, case folded: a shouted dateline is shown in title case."""
    return set(re.findall(r"[^\W_]+", text.casefold()))


def kept_words(article: Article) -> set[str]:
    """Return the words of every field parsing puts text in: nothing else may hold any."""
    fields = [article.text, article.title, article.headline, article.dateline, article.agency,
              article.caption, article.credit, article.deck, article.attribution,
              *article.teasers]  # fmt: skip
    return words_of(" ".join(fields))


def parse_or_none(text: str) -> Article | None:
    """Return the article, or None when the text holds no sentence to build one from."""
    try:
        return parse_text(text, source="seeds/any.txt")
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.txt: ") and "\n" not in str(exc)
        assert not re.search(r"[.!?…]", text), "a text with a sentence in it is never lost"
        return None


@given(st.text())
def test_any_text_parses_or_raises_a_seed_error(text: str) -> None:
    try:
        article = parse_text(text, source="seeds/any.txt")
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.txt: ")
        return
    assert article.body or article.title, "an article always has text or a headline"
    assert article.title == article.headline  # a .txt seed's only title is its own headline
    decoded = decode_entities(clean_text(text))
    assert kept_words(article) <= words_of(decoded)  # parsing makes up no words
    assert words_of(decoded) - kept_words(article) == set() or MARKERS.search(decoded)


# Text made of words, lines and the punctuation that decides what a line is.
WORD = st.from_regex(r"[A-Za-z]{1,9}", fullmatch=True)
WIRE_OPENING = st.sampled_from(
    ["", "", "", "LOS ANGELES (AP) _ ", "BEIJING, May 18 (Xinhua) -- ", "Moscow: ", "(AP) ",
     "April 2 (Bloomberg) - ", "By Jo Doe NEW YORK (Reuters) - ", "PINE RIDGE, S.D. • ",
     "Ships dock. (AP Photo/Jo Doe) OSLO, Norway (AP) - ", "&#039;", "&amp; "]
)  # fmt: skip
LINE = st.tuples(WIRE_OPENING, st.lists(WORD, min_size=1, max_size=30)).map(
    lambda opening_words: opening_words[0] + " ".join(opening_words[1])
)
ENDING = st.sampled_from(["", ".", "?", "!", ",", ":", "...", " -", "--", " _"])
ARTICLE = st.lists(st.tuples(LINE, ENDING), min_size=1, max_size=6).flatmap(
    lambda lines: st.lists(st.sampled_from(["\n", "\n\n"]), min_size=len(lines),
                           max_size=len(lines)).map(
        lambda breaks: "".join(f"{t}{e}{b}" for (t, e), b in zip(lines, breaks, strict=True))
    )
)  # fmt: skip


@given(ARTICLE)
def test_parsing_never_loses_a_word_of_the_text(text: str) -> None:
    article = parse_or_none(text)
    if article is None:
        return
    dropped = words_of(decode_entities(text)) - kept_words(article)
    assert not dropped or MARKERS.search(text), dropped


@given(ARTICLE)
def test_a_sentence_ending_in_a_full_stop_is_never_the_headline(text: str) -> None:
    article = parse_or_none(text)
    if article is None:
        return
    assert not article.title.endswith(".") or article.title.endswith("...")
    first_line = text.split("\n", 1)[0]
    if first_line.endswith(".") and not first_line.endswith("..."):
        assert article.title == ""


# A sentence of prose: a capital only where it opens. Shouted words ("WASHINGTON
# Prosecutors ...") and a headline printed again make datelines and repeats, which the
# wire and headline tests cover.
PROSE = st.lists(st.from_regex(r"[a-z]{1,9}", fullmatch=True), min_size=1, max_size=30).map(
    lambda words: " ".join([words[0].capitalize(), *words[1:]])
)


@given(st.lists(WORD, min_size=2, max_size=10), st.lists(PROSE, min_size=1, max_size=4))
def test_a_short_first_line_before_the_text_is_its_headline(
    headline: list[str], sentences: list[str]
) -> None:
    line = " ".join(w.capitalize() for w in headline)
    body = " ".join(f"{s}." for s in sentences)
    assume(not body.lower().startswith(line.lower()))
    article = parse_text(f"{line}\n\n{body}", source="seeds/any.txt")
    assert article.title == line
    assert article.text == body  # the headline is not read again as text


@given(st.dictionaries(st.sampled_from(["title", "slug", "topics", "date", "x"]), st.text()))
def test_any_front_matter_parses_or_raises_a_seed_error(meta: dict[str, str]) -> None:
    text = frontmatter.dumps(frontmatter.Post("The body has one sentence.", **meta))
    try:
        parse_seed(Seed("seeds/any.md", text.encode()))
    except SeedError as exc:
        assert str(exc).startswith("seeds/any.md: ")


def test_headline_line_without_blank_line_after_it_is_the_title() -> None:
    article = parse_fixture("headline_line_without_blank.txt")
    assert article.title == "Ferry company adds second daily crossing"
    assert article.body[0].text.startswith("The ferry company added")
    assert all("Ferry company adds" not in p.text for p in article.paragraphs)


def test_hard_wrapped_paragraphs_stay_whole() -> None:
    article = parse_fixture("hard_wrapped_paragraphs.txt")
    assert [p.is_subheading for p in article.paragraphs] == [False, False]
    assert "summer of full boats" in article.body[0].text


# ------------------------------------------------------------------- the article's own headline


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        ("headline_own_line.txt", "Harbour board approves new ferry berth"),
        ("headline_question.txt", "Can a four-day week keep nurses in hospitals?"),
        (
            "headline_line_then_text.txt",
            "Lake town celebrates its ferry's centenary with three days of music...",
        ),
        ("wire_dateline_ap_underscore.txt", "Ferry strike ends after two weeks"),
    ],
)
def test_a_headline_the_article_carries_is_its_title(name: str, headline: str) -> None:
    article = parse_fixture(name)
    assert (article.title, article.headline) == (headline, headline)
    assert headline not in article.text  # never read again as the lead


def test_html_entities_never_reach_the_title_or_the_text() -> None:
    article = parse_fixture("headline_with_entities.txt")
    assert article.title == 'Ferry firm\'s "green" boats & buses win award'
    assert article.body[0].text.startswith("The ferry firm's electric boats")


def test_a_lede_that_lost_its_full_stop_is_not_taken_for_a_headline() -> None:
    article = parse_fixture("lede_without_full_stop.txt")
    assert article.title == ""
    assert article.body[0].text.startswith("Ferry operators across the region")


@pytest.mark.parametrize(
    "text",
    [
        "Ferry talks resume today.\n\nThe two sides met again on Monday.",
        '"Do we have a deal? Not yet."\n\nThe two sides met again on Monday.',
        "Result: Port 3-1 3-2 6-4 6-2 Harbour\n\nThe two sides met again on Monday.",
        "Quayside\n\nThe two sides met again on Monday.",
        "So why, after all these months, is the harbour still waiting for its new ferry?"
        "\n\nThe two sides met again on Monday.",
    ],
    ids=["full stop", "quotation", "score line", "one word", "long question"],
)
def test_a_first_line_that_is_not_a_headline_stays_text(text: str) -> None:
    article = parse_text(text, source="seeds/x.txt")
    assert article.title == ""
    assert text.split("\n")[0] in article.text


def test_front_matter_title_wins_over_the_headline_line() -> None:
    article = parse_fixture("front_matter_title_over_headline.md")
    assert article.title == "The editor's headline wins"
    assert article.headline == "Ferry terminal opens with two berths"
    assert article.body[0].text.startswith("The harbour authority opened")


def test_page_furniture_before_the_text_leaves_the_title_to_the_generator() -> None:
    real = Path(__file__).parent.parent / "seeds/000_12ae448d07d32f30.txt"
    article = parse_seed(Seed("seeds/real.txt", real.read_bytes()))
    assert article.title == "" and article.date == dt.date(2024, 1, 21)
    assert article.dateline == "Moscow" and article.credit == "REUTERS/FILE"


def test_a_headline_only_article_is_built_with_a_note() -> None:
    article = parse_fixture("headline_only.txt")
    assert article.title == "Retired ferry captain, pioneer of night crossings, dies at 94"
    assert article.paragraphs == ()
    assert article.notes == (HEADLINE_ONLY,)


def test_text_on_the_date_line_is_the_article() -> None:
    article = parse_fixture("date_line_with_text.txt")
    assert article.date == dt.date(2024, 2, 4) and article.caption == ""
    assert article.body[0].text.startswith("Coast guards rescued eleven fishermen")


# ------------------------------------------------------------------- wire furniture


@pytest.mark.parametrize(
    ("name", "dateline", "agency", "opening"),
    [
        ("wire_dateline_xinhua.txt", "Maputo, Feb. 4", "Xinhua", "Mozambique's port authority"),
        ("wire_dateline_ap_underscore.txt", "Springfield, Ill.", "AP", "Ferry crews on the"),
        ("wire_dateline_bullet.txt", "Pine Ridge, S.D.", "", "The river port reopened"),
        ("wire_dateline_after_caption.txt", "Baytown, Texas", "AP", "The new bridge over"),
        ("byline_before_dateline.txt", "New Delhi, April 2", "Reuters", "Port workers voted"),
        ("dateline_with_agency.txt", "Shimla", "Reuters", "Rescue teams pulled"),
    ],
)
def test_wire_dateline_and_agency_are_metadata_not_text(
    name: str, dateline: str, agency: str, opening: str
) -> None:
    article = parse_fixture(name)
    assert (article.dateline, article.agency) == (dateline, agency)
    assert article.body[0].text.startswith(opening)
    assert not re.search(r"\((?:AP|Reuters|Xinhua)\)|--|\s_\s", article.text)


def test_typewriter_dashes_become_em_dashes() -> None:
    xinhua = parse_fixture("wire_dateline_xinhua.txt").body[0].text
    assert "year. Grain and coal led the rise — as in the year before — the authority" in xinhua
    ap = parse_fixture("wire_dateline_ap_underscore.txt").body[0].text
    assert "The deal — the first in six years — still needs" in ap


def test_caption_and_byline_run_on_before_the_dateline_are_furniture() -> None:
    caption = parse_fixture("wire_dateline_after_caption.txt")
    assert caption.credit == "AP Photo/Jane Example"
    assert caption.caption.startswith("Cars cross the new bridge") and caption.deck == ""
    byline = parse_fixture("byline_before_dateline.txt")
    assert byline.deck == "By Jane Example and John Sample"


@pytest.mark.parametrize(
    ("line", "dateline", "agency"),
    [
        ("LOS ANGELES (AP) _ A jury met on Friday.", "Los Angeles", "AP"),
        ("NEW YORK - A jury met on Friday.", "New York", ""),
        ("BEIJING, May 18 (Xinhua) -- A jury met on Friday.", "Beijing, May 18", "Xinhua"),
        ("ST. LOUIS, Mo. — A jury met on Friday.", "St. Louis, Mo.", ""),
        ("April 2 (Bloomberg) - A jury met on Friday.", "April 2", "Bloomberg"),
        ("(AP) A jury met on Friday.", "", "AP"),
        ("AUBURN HILLS, Mich. (AP) A jury met on Friday.", "Auburn Hills, Mich.", "AP"),
        ("Moscow: A jury met on Friday.", "Moscow", ""),
        ("Tripoli (ANTARA News/AFP) - A jury met on Friday.", "Tripoli", "ANTARA News/AFP"),
        (
            "(Updates with the verdict in second paragraph.) April 2 (Bloomberg) - A jury met on"
            " Friday.",
            "April 2",
            "Bloomberg",
        ),
    ],
)
def test_dateline_forms_of_the_wires(line: str, dateline: str, agency: str) -> None:
    article = parse_text(f"Jury meets\n\n{line} It sat late.", source="seeds/x.txt")
    assert (article.dateline, article.agency) == (dateline, agency)
    assert article.body[0].text == "A jury met on Friday. It sat late."


@pytest.mark.parametrize(
    "line",
    [
        'Blair: "We will win the vote on Friday."',
        "Vote For Me - the council's talent show - starts on Friday.",
        "UPDATE: The jury met on Friday.",
        "The man (AP) said the jury met on Friday.",
        "NATO (North Atlantic Treaty) Secretary General spoke on Friday.",
        "NASA Administrator Jo Roe said the jury met on Friday.",
        "UK firms said the jury met on Friday.",
        "J. K. Roe wrote the verdict on Friday.",
        "Kelmont Motors (KM) saw its profits fall on Friday.",
        "Peer-to-peer (P2P) networks met on Friday.",
    ],
)
def test_lines_that_only_look_like_datelines_stay_text(line: str) -> None:
    article = parse_text(f"Jury meets\n\n{line}", source="seeds/x.txt")
    assert (article.dateline, article.agency) == ("", "")
    assert article.body[0].text == line


def test_a_rule_of_underscores_divides_paragraphs() -> None:
    article = parse_text("Ports reopen\n\nOne port opened. ___ Another port opened.", source="x")
    assert [p.text for p in article.paragraphs] == ["One port opened.", "Another port opened."]


def test_a_page_date_line_above_the_headline_dates_the_article() -> None:
    article = parse_fixture("date_line_above_headline.txt")
    assert article.date == dt.date(2024, 3, 5)
    assert article.title == "HARBOUR PILOTS STRIKE!"
    assert article.body[0].text.startswith("Harbour pilots walked out at dawn")
    assert "TUESDAY, MARCH 5, 2024" in article.text  # kept, as a line of its own


@pytest.mark.parametrize(
    "text", ["Follow us on Image Source : AP A ferry leaves.", "Image Source : AP\n\n"]
)
def test_undated_header_alone_is_reported_as_furniture(text: str) -> None:
    with pytest.raises(SeedError, match="found only page furniture"):
        parse_text(text, source="seeds/x.txt")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('""Glee"" star to tour\n\nThe star of ""Glee"" will tour.', '"Glee" star to tour'),
        ('Say ""cheese"" to ""Glee""\n\nA "new" show starts.', 'Say ""cheese"" to ""Glee""'),
    ],
    ids=["every quote doubled: a CSV export", "a lone quote: the writer's own"],
)
def test_quotes_doubled_by_a_csv_export_are_undone(text: str, title: str) -> None:
    assert parse_text(text, source="seeds/x.txt").title == title


def test_ad_and_photo_labels_between_sentences_leave_the_text() -> None:
    article = parse_fixture("page_labels_between_sentences.txt")
    text = article.text
    assert "the growl we all know. The action in this episode is new." in text
    assert "is new. A hologram" in text and "Enlarge" not in text
    assert 'tenth. "We will adapt,"' in text
    assert "Advertisement revenue fell by a tenth." in text  # a word of the text stays


def test_a_subhead_or_caption_run_into_the_next_sentence_is_split_off() -> None:
    article = parse_fixture("subhead_fused_to_text.txt")
    subheads = [p.text for p in article.paragraphs if p.is_subheading]
    assert subheads == [
        "Harbour board proposes night limits on cranes, trucks and ferries",
        "Photograph: Jo Roe for the Courier",
        "Data: Valmora Port",
    ]
    body = [p.text for p in article.body]
    assert body[0].startswith("It could get harder to sleep near the port")
    assert body[1].startswith("The crane at the north quay")  # a paragraph after the caption
    assert body[-1].endswith("Singer Ana Roe's song You Can Do It to three.")  # a title, no cut


@pytest.mark.parametrize(
    "text",
    [
        '"The risks are real," said analyst Jo Roe The dispute with the port goes on and on.',
        "Rank, famous for the Carry On series, will expose the plan to its staff this week.",
        "Two facts are missing: 1) We do not know who pays for it, and we do not know when.",
    ],
    ids=["a quotation that lost its full stop", "a title of a work", "a numbered list"],
)
def test_text_that_only_looks_fused_stays_text(text: str) -> None:
    article = parse_text(f"Port news\n\n{text}", source="seeds/x.txt")
    assert not any(p.is_subheading for p in article.paragraphs)
    assert " ".join(p.text for p in article.body).split() == text.split()


def test_a_headline_printed_again_at_the_start_of_the_text_is_not_text() -> None:
    article = parse_fixture("headline_repeated_above_dateline.txt")
    assert article.title == "Ferry services resume on the Valmora route"
    assert (article.dateline, article.agency) == ("Valmora, Norland", "AP")
    assert article.body[0].text.startswith("Ferry services between Valmora and the islands")


def test_a_lead_that_opens_on_the_headline_words_stays_whole() -> None:
    text = "Ferry strike ends\n\nFerry strike ends after the crews accept a pay offer on Friday."
    article = parse_text(text, source="seeds/x.txt")
    assert article.body[0].text == "Ferry strike ends after the crews accept a pay offer on Friday."


def test_a_headline_run_into_a_shouted_dateline_is_the_deck() -> None:
    article = parse_fixture("headline_run_into_dateline.txt")
    assert (article.dateline, article.deck) == ("Valmora", "Harbour crane tied to ferry delay")
    assert article.body[0].text.startswith("The port's oldest crane, Old Ned, jammed on Friday")


@pytest.mark.parametrize(
    "line",
    [
        "Ships leaving the US - The harbour master said so on Friday.",
        "Ferry crews were told on Friday that the VALMORA - ISLES route would close.",
    ],
    ids=["a place too short to be a dateline", "a sentence before the capitals"],
)
def test_capitals_and_a_dash_inside_a_lead_are_no_dateline(line: str) -> None:
    article = parse_text(f"Port news\n\n{line}", source="seeds/x.txt")
    assert (article.dateline, article.deck) == ("", "")
    assert article.body[0].text == line


def test_a_caption_credited_to_a_bare_name_is_furniture() -> None:
    article = parse_fixture("caption_with_bare_credit.txt")
    assert article.caption == "Mara Quill poses with her crew on the bridge of the Night Heron."
    assert article.credit == "Jon Ebb"
    assert article.body[0].text.startswith("Thirty years ago, Mara Quill took")


def test_a_standfirst_ending_on_its_byline_is_the_deck() -> None:
    article = parse_fixture("standfirst_with_byline.txt")
    assert [p.text for p in article.paragraphs if p.is_subheading] == [
        "Mara Quill spent the 90s on the night ferries. Now she and her sister run the busiest"
        " yard on the coast, writes Jon Ebb"
    ]
    assert article.body[0].text.startswith("Last spring a small wooden dinghy")


def test_a_wire_note_to_editors_before_the_dateline_is_the_deck() -> None:
    text = "Jury meets\n\n(Updates with the verdict.) April 2 (Bloomberg) - A jury met on Friday."
    assert parse_text(text, source="seeds/x.txt").deck == "(Updates with the verdict.)"


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("VALMORA Prosecutors met the jury on Friday.", "Valmora"),
        ("NEW YORK Prosecutors met the jury on Friday.", "New York"),
    ],
)
def test_a_shouted_place_run_into_the_text_is_a_dateline(line: str, dateline: str) -> None:
    article = parse_text(f"Jury meets\n\n{line}", source="seeds/x.txt")
    assert article.dateline == dateline
    assert article.body[0].text == "Prosecutors met the jury on Friday."


@pytest.mark.parametrize(
    ("text", "deck", "lead"),
    [
        (
            "Port hiring finally shows some life Harbour employers added 400 jobs in March.",
            "Port hiring finally shows some life",
            "Harbour employers added 400 jobs in March.",
        ),
        (
            "Jobless Rate Drops to 5 Percent; New Jobs Added in Shipping, Fishing Local companies"
            " are adding workers at the fastest pace in five years.",
            "Jobless Rate Drops to 5 Percent; New Jobs Added in Shipping, Fishing",
            "Local companies are adding workers at the fastest pace in five years.",
        ),
        (
            "Ferry fares can fall for island families Tides are free and leave no smoke when"
            " spun Tidal turbines could soon light the whole island, the council said on"
            " Monday, as tidal power passed its last test.",
            "Ferry fares can fall for island families Tides are free and leave no smoke when"
            " spun",
            "Tidal turbines could soon light the whole island, the council said on Monday, as"
            " tidal power passed its last test.",
        ),
        (
            "She sued the boatyard and won, but says the hull is still at risk of rust It's been"
            " four long winters since the ferry ran aground off the harbour wall.",
            "She sued the boatyard and won, but says the hull is still at risk of rust",
            "It's been four long winters since the ferry ran aground off the harbour wall.",
        ),
        (
            "A crew sails to the rhythms of sea-shanty You know those skippers who sing to"
            " their nets every single morning at dawn.",
            "A crew sails to the rhythms of sea-shanty",
            "You know those skippers who sing to their nets every single morning at dawn.",
        ),
        (
            "The Return of Nets as a Major Craft Trend is Giving a Boost to a Fading Coastal"
            " Trade Valmora, Portugal Nets, suddenly, are everywhere along the harbour wall.",
            "The Return of Nets as a Major Craft Trend is Giving a Boost to a Fading Coastal"
            " Trade Valmora, Portugal",
            "Nets, suddenly, are everywhere along the harbour wall.",
        ),
        (
            "\u201cTidewater\u201d Rated PG-13. At the Harbour Cinema: C+ Painter-turned-director"
            " Ann Roe has built a second career from films about the sea.",
            "\u201cTidewater\u201d Rated PG-13. At the Harbour Cinema: C+",
            "Painter-turned-director Ann Roe has built a second career from films about the sea.",
        ),
        (
            'Ann Roe: "The sea gives and the sea takes." ~ Baroness Jo Lane, 1921 On March 26'
            " the harbour museum will open a show of her nets.",
            'Ann Roe: "The sea gives and the sea takes." ~ Baroness Jo Lane, 1921',
            "On March 26 the harbour museum will open a show of her nets.",
        ),
    ],
    ids=["a deck that is a clause", "a deck in title case",
         "bullets before a word the text writes in lower case",
         "a deck before a contracted pronoun", "a deck on a hyphenated noun before a pronoun",
         "a title-case deck closing on its dateline", "a review's particulars and grade",
         "an epigraph signed with a year"],
)  # fmt: skip
def test_a_deck_run_into_the_lead_is_split_off(text: str, deck: str, lead: str) -> None:
    article = parse_text(f"Port news\n\n{text}", source="seeds/x.txt")
    assert [p.text for p in article.paragraphs if p.is_subheading] == [deck]
    assert article.body[0].text == lead


@pytest.mark.parametrize(
    "text",
    [
        "Less than four years after the new model was launched, German car maker Selva has"
        " announced new investment in the port.",
        "The board is naive to refuse the evidence in court, a senior EU politician says.",
        "The remaining members of rock band Queen are to go on tour in the summer.",
        "A UK Independence Party MEP suggested the port saw the board as a rival.",
        "Ships will be turned away if they use the old quay at night Harbour Master Jo Roe has"
        " ruled.",
        "The quay was rebuilt after the storms Harbour Lights said it would reopen the old"
        " cafe.",
        "Harbour Master Ann Roe of Valmora, Portugal Jo Lane and the crews met on Friday to"
        " plan the regatta.",
        "Update: A Storm Warning was issued for the harbour on Friday, the council said.",
    ],
    ids=["a name after its class", "an adjective before the subject", "a band's name",
         "a name in title case", "a title before a name",
         "a name that is a word written only in capitals here",
         "names and a place with no verb before them", "a label before a title"],
)  # fmt: skip
def test_a_lead_that_only_looks_like_it_opens_on_a_deck_stays_whole(text: str) -> None:
    article = parse_text(f"Port news\n\n{text}", source="seeds/x.txt")
    assert not any(p.is_subheading for p in article.paragraphs)
    assert article.body[0].text == text


def test_a_crosshead_in_capitals_or_a_label_run_into_the_text_is_split_off() -> None:
    text = (
        'The festival opened on Friday. BOATS THAT CAME BACK FOR A SECOND YEAR "I will be'
        ' here every year," the captain said. Opening Night At least 4,000 people watched the'
        " fireworks over the bay. Some of the highlights Some of the boats came from the"
        " northern islands for the parade."
    )
    article = parse_text(f"Festival opens\n\n{text}", source="seeds/x.txt")
    subheads = [p.text for p in article.paragraphs if p.is_subheading]
    assert subheads == [
        "BOATS THAT CAME BACK FOR A SECOND YEAR",
        "Opening Night",
        "Some of the highlights",
    ]
    assert article.body[-1].text.startswith("Some of the boats came from")


def test_a_title_in_capitals_that_opens_its_sentence_stays_text() -> None:
    text = "The list is long. KNIGHTS OF THE OLD REPUBLIC II Looks set to build on the first game."
    article = parse_text(f"Games of the year\n\n{text}", source="seeds/x.txt")
    assert not any(p.is_subheading for p in article.paragraphs)
