"""make_title: a headline that states the news with a verb, from the lead's main clause."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_article
from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.analyze.headline_claim import attributions
from digest.analyze.headline_clause import main_clause
from digest.analyze.headline_cuts import clean_lead
from digest.analyze.headline_figures import figure, headlinese
from digest.analyze.headline_grammar import bare, base_form, is_passive, present_form
from digest.analyze.headline_subject import trimmed_subject
from digest.analyze.sentences import split_sentences
from digest.analyze.text import STOPWORDS
from digest.analyze.title import make_title, shipped_model, title_candidates
from digest.model import Article, Paragraph
from digest.parse import parse_text

ANALYZE = Path(__file__).parent / "fixtures" / "analyze"
FIXTURES = sorted(p.name for p in ANALYZE.glob("*.txt"))
# A finite verb as a reader sees it: a present form, "to" + verb, a modal, a participle.
_FINITE = re.compile(
    r"\b(?:\w+s|to \w+|will|would|could|can|may|might|must|should|is|are|has|have|\w+ed)\b"
)


def fixture_title(name: str) -> str:
    """Return the headline digest makes for a fixture, whether or not it carries its own."""
    path = ANALYZE / name
    article = parse_text(path.read_text(encoding="utf-8"), source=f"fixtures/{name}")
    return make_title(replace(article, title=""))


def lead_title(lead: str, more: str = "Officials gave no further details.") -> str:
    article = Article(source="t.txt", paragraphs=(Paragraph(lead), Paragraph(more)))
    return make_title(article)


def lead_cuts(lead: str, more: str = "Officials gave no further details.") -> list[str]:
    """Return every headline cut digest weighs for a lead followed by one plain sentence."""
    return [cut.text for cut in title_candidates([lead, more], shipped_model(), max_chars=90)]


def dangles(title: str) -> bool:
    last = re.findall(r"[A-Za-z']+", title)[-1:] or [""]
    return not title or last[0].lower() in STOPWORDS or title[-1] in ",;:-."


def words(title: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", title)


@pytest.mark.parametrize("name", FIXTURES)
def test_headline_is_short_states_news_and_does_not_dangle(name: str) -> None:
    title = fixture_title(name)
    assert 0 < len(title) <= 90 and not dangles(title)
    assert len(words(title)) >= 4 and _FINITE.search(title)


@pytest.mark.parametrize("name", FIXTURES)
def test_headline_words_come_from_the_lead_in_order(name: str) -> None:
    """Only the verb's form changes ("rose" -> "rises") and figures are written as figures
    ("12 percent" -> "12%"); every word stands, in order, in one of the first sentences (a
    quotation or teaser lead hands over to the next)."""
    path = ANALYZE / name
    article = parse_text(path.read_text(encoding="utf-8"), source=name)
    first = [headlinese(s) for p in article.body for s in split_sentences(p.text)][:3]
    title = re.findall(r"[\w']+", fixture_title(name).lower())
    assert any(_in_order(title, re.findall(r"[\w']+", s.lower())) for s in first)


def _in_order(title: list[str], lead: list[str]) -> bool:
    lemmas = [base_form(w) for w in lead]
    rest = iter(range(len(lead)))
    for word in title:
        if word == "to" and "to" not in lead:
            continue  # "will visit" -> "to visit"
        if not any(word in (lead[i], lemmas[i]) or base_form(word) == lemmas[i] for i in rest):
            return False
    return True


def test_a_closing_attribution_never_reaches_the_headline() -> None:
    title = fixture_title("lead_with_attribution.txt")
    assert title.startswith("City council of Marlow votes to close")
    assert "officials" not in title.lower() and "said" not in title and "Thursday" not in title


def test_a_speaker_who_only_reports_a_figure_leaves_the_headline_to_the_news() -> None:
    """ "The port authority said that container traffic rose by nine percent" is a fact."""
    title = fixture_title("said_that_lead.txt")
    assert title == "Container traffic through Kelsport rises 9%"


def test_a_future_will_becomes_to() -> None:
    assert fixture_title("future_will_lead.txt").startswith("Ostrowski to visit Aldorian capital")


def test_a_stated_intention_is_headlined_as_the_plan() -> None:
    assert fixture_title("intention_lead.txt") == "Ostrowski to visit Tarnow"


def test_a_denial_stays_a_denial() -> None:
    title = fixture_title("denial_lead.txt")
    assert "denies company is going bankrupt" in title
    assert not title.lower().startswith(("company", "brannock is"))


def test_a_negation_is_never_dropped() -> None:
    assert "not" in lead_title("The two firms did not agree on a price for the factory.").split()
    assert lead_title("The firm has not cut its profit forecast.").startswith("Firm has not cut")
    assert lead_title("The union won't call off the strike at the port.").startswith(
        "Union will not call off strike"
    )
    assert lead_title("The minister rarely visits the region.") == "Minister rarely visits region"


def test_a_reported_future_stays_will() -> None:
    title = lead_title("Yukos has said a US court will decide whether to block the auction.")
    assert title.startswith("Yukos says US court will decide whether to block auction")


def test_a_speaker_reporting_its_own_act_becomes_its_subject() -> None:
    title = fixture_title("speaker_reports_own_act.txt")
    assert title.startswith("Blakeney will not take part") and "said" not in title


def test_the_act_after_by_is_the_news() -> None:
    assert fixture_title("search_ended_by_appointing.txt") == (
        "Aldorian Athletics appoints psychologist Merrow"
    )


def test_the_act_after_before_is_the_news_and_set_scores_go() -> None:
    title = fixture_title("match_won_before_set_scores.txt")
    assert title.startswith("Brenner fights back to defeat")
    assert "match point" not in title and not re.search(r"\d", title)


def test_an_agent_a_pending_act_and_a_lone_score_stay() -> None:
    waiting = "Piet Vos is waiting to learn the future of coach Dana Merrow before committing."
    assert lead_title(waiting).startswith("Piet Vos waits to learn")
    sold = "Six greyhound tracks have been put up for sale by gaming group Tarnow Leisure."
    assert lead_title(sold).startswith("Six greyhound tracks put up for sale")
    assert "26-21" in lead_title("Aldoria beat Veltria 26-21 in a dramatic final in Tarnow.")


def test_a_time_phrase_opening_the_lead_is_left_out() -> None:
    title = fixture_title("time_phrase_opener.txt")
    assert title.startswith("Central bank of Aldoria raises main interest rate")
    assert "Monday" not in title and not title.startswith("On")


def test_a_one_word_subject_still_gives_a_headline_of_four_words_with_a_verb() -> None:
    title = fixture_title("one_word_subject_lead.txt")
    assert title.startswith("Grenwald resigns from board") and len(words(title)) >= 4


def test_a_wire_dateline_and_agency_never_reach_the_headline() -> None:
    title = fixture_title("wire_dateline_lead.txt")
    assert title.startswith("Aldoria's exports rise 12%")
    assert not re.search(r"KELSPORT|Xinhua|--|May 18", title)


def test_past_events_are_told_in_the_present_agreeing_with_the_subject() -> None:
    assert lead_title("Unilever has merged its two boards.") == "Unilever merges two boards"
    assert lead_title("Shares in the carmaker rose sharply.").startswith("Shares in carmaker rise")
    assert lead_title("Tens of thousands of people marched through the capital.").startswith(
        "Tens of thousands of people march"
    )
    # A part agrees with what it is a part of; "the number" is one number.
    assert "consumers complain of" in lead_title(
        "Almost a quarter of a million Kelmont consumers complained of identity theft."
    )
    assert "money goes" in lead_title("Half of the Kelmont money went to the banks.")
    assert "Number of Kelmont films falls" in lead_title("The number of Kelmont films fell 40%.")


def test_a_headline_does_not_leave_its_verb_or_phrase_wanting() -> None:
    assert lead_title("Actor Dan Harlow has died at the age of 85.").endswith("Harlow dies aged 85")
    title = lead_title("Novelist Ada Brant was known for her thrillers about the hotel trade.")
    assert not title.endswith(("is known", "was known")) and "thrillers" in title
    title = lead_title(
        "The government has put tax cuts and social spending at the heart of its budget."
    )
    assert not title.endswith(("tax cuts", "social")) and "spending" in title
    # A participle closing the object wants its agent: not "... pump supplied".
    title = lead_title(
        "Carmaker Volta is to recall all vans fitted with a faulty brake valve supplied by "
        "parts maker Kessel."
    )
    assert not title.endswith("supplied") and "brake valve" in title


def test_the_subject_is_kept_whole() -> None:
    title = lead_title("Car maker Aston Martin has been sold to a group of investors.")
    assert title.startswith("Aston Martin sold") or title.startswith("Car maker Aston Martin")


def test_an_office_before_a_name_leaves_the_name() -> None:
    assert lead_title("Swiss cement firm Holcim has bid $800m for two Indian firms.").startswith(
        "Holcim bids $800m"
    )


def test_a_pronoun_lead_gives_way_to_the_next_sentence() -> None:
    title = lead_title(
        "He said it was a matter of fairness.",
        "The union of Valmora dockers voted to strike over night-shift pay.",
    )
    assert title.startswith("Union of Valmora dockers votes to strike")


def test_a_human_title_wins() -> None:
    titled = make_article(
        "The council voted to rebuild the stadium.", title="Stadium to be rebuilt"
    )
    assert make_title(titled) == "Stadium to be rebuilt"


def test_the_dateline_is_not_part_of_the_headline() -> None:
    article = parse_text(
        "Moscow: The two governments signed a trade agreement on Sunday, officials said.",
        source="t.txt",
    )
    assert make_title(article) == "Two governments sign trade agreement"


def test_lead_cleaning_drops_asides_relative_clauses_and_times() -> None:
    tokens = clean_lead(
        "The firm, which employs 300 people, has cut its profit forecast (again) on Monday."
    )
    assert tokens == ["The", "firm", "has", "cut", "its", "profit", "forecast"]


@pytest.mark.parametrize(
    ("lead", "later", "start"),
    [
        (
            "Tony Blair has rejected calls for an inquiry.",
            "Mr Blair said so. Critics say Tony Blair is wrong.",
            "Blair rejects calls",
        ),
        (
            "Roger Federer has won the Dubai title.",
            "Federer beat Ivan Ljubicic. Roger Federer is top seed. Federer was happy.",
            "Federer wins Dubai title",
        ),
    ],
)
def test_a_person_is_named_by_surname_when_the_article_uses_it_alone(
    lead: str, later: str, start: str
) -> None:
    """Headlines say "Blair", as the article does after the lead, even where it repeats
    the whole name once more."""
    assert lead_title(lead, later).startswith(start)


@pytest.mark.parametrize(
    ("lead", "later", "start"),
    [
        (
            "Kestrel Rovers striker Tomas Velland has signed a new contract.",
            "Velland said he was delighted. Tomas Velland joined in 2001.",
            "Velland signs new contract",
        ),
        (
            "Goalkeeper Ilse Marrow has been ruled out of the final.",
            "Marrow hurt her knee in training.",
            "Goalkeeper Marrow ruled out of final",
        ),
    ],
)
def test_a_surname_the_article_uses_alone_once_names_the_person(
    lead: str, later: str, start: str
) -> None:
    """One later mention by the surname alone ("Velland said") is how the article names
    the person, and headlines do the same: the given name goes."""
    assert lead_title(lead, later).startswith(start)


def test_a_name_the_article_gives_an_article_names_no_person() -> None:
    """ "the Vallbank" is a thing, not a person named by the surname: where the article
    repeats "Norske Vallbank" too, the name stays whole."""
    title = lead_title(
        "Norske Vallbank has raised its offer for the exchange.",
        "Staff at the Vallbank were told. Norske Vallbank said so.",
    )
    assert title.startswith("Norske Vallbank raises")


@pytest.mark.parametrize(
    ("lead", "later", "start"),
    [
        (
            "Microsoft will replace copies of Windows XP.",
            "XP is sold widely. Copies of XP cost money.",
            "Microsoft to replace copies of Windows XP",
        ),
        (
            "Cherie Blair has opened a hospital wing.",
            "Cherie Blair said so. Tony Blair was away.",
            "Cherie Blair opens",
        ),
        (
            "Industrial and Commercial Bank China has reported a jump in profits.",
            "China's economy grew. China has many banks.",
            "Industrial and Commercial Bank China reports",
        ),
    ],
)
def test_a_name_stays_whole_when_its_first_word_names_no_person(
    lead: str, later: str, start: str
) -> None:
    """A product ("Windows XP"), a firm ("Commercial Bank"), or a person the article
    keeps naming in full keeps every word."""
    assert lead_title(lead, later).startswith(start)


def test_a_relative_clause_holding_a_list_leaves_whole() -> None:
    tokens = clean_lead(
        "Record producer Terry Melcher, who worked with the Byrds, Ry Cooder and the Beach "
        "Boys, has died aged 62."
    )
    assert tokens == ["Record", "producer", "Terry", "Melcher", "has", "died", "aged", "62."]


def test_a_participle_followed_by_an_auxiliary_is_no_main_verb() -> None:
    tokens = "Building products group Hardie has agreed to pay compensation .".split()
    clause = main_clause(tokens)
    assert clause is not None and clause.verb == ("agrees",)
    assert [tokens[i] for i in clause.subject] == ["Building", "products", "group", "Hardie"]


def test_a_participle_before_says_only_says_which_one() -> None:
    # "suspended" is no verb here: "suspends" would say the opposite of the news
    tokens = "A Kelmont bus driver suspended over his blog says he has been sacked .".split()
    clause = main_clause(tokens)
    assert clause is not None and clause.verb == ("says",)
    assert "suspends" not in lead_title(
        "A Kelmont bus driver suspended over his blog says he has been sacked."
    )


@pytest.mark.parametrize(
    ("form", "plural", "present"),
    [
        ("rose", False, "rises"),
        ("said", False, "says"),
        ("fell", True, "fall"),
        ("was", True, "are"),
    ],
)
def test_verb_forms_turn_present(form: str, plural: bool, present: str) -> None:
    assert present_form(form, plural=plural) == present


@pytest.mark.parametrize(
    ("words", "passive"),
    [
        ("is to be succeeded", True),
        ("was named", True),
        ("is being launched", True),
        ("has named", False),
        ("has been", False),
        ("named", False),
    ],
)
def test_a_passive_is_a_form_of_be_before_a_participle(words: str, passive: bool) -> None:
    assert is_passive(words.split()) is passive


_WORD = st.sampled_from(
    "the of council said plan to and rebuild on Monday stadium , it will has rose not that "
    "Blair who which ( ) -- BEIJING".split()
)


@settings(max_examples=120, deadline=None)
@given(st.lists(_WORD, min_size=1, max_size=40).map(lambda w: " ".join(w) + "."))
@example("the the the the the the the the of Monday.")  # no opening within 40 can close
@example("Blair said that it will rebuild the stadium on Monday.")
def test_any_lead_gives_a_headline_within_bounds(lead: str) -> None:
    title = make_title(make_article(lead), max_chars=40)
    assert len(title) <= 40
    if re.search(r"[A-Za-z]", title) and any(
        w.lower() not in STOPWORDS for w in re.findall(r"[A-Za-z']+", lead)
    ):
        assert not dangles(title)


def test_a_lead_in_before_a_colon_gives_way_to_the_news_after_it() -> None:
    title = lead_title(
        "Korvath will try: the city council voted on Tuesday to replace all 900 of its "
        "diesel buses with electric ones by 2030."
    )
    assert title.startswith("City council votes to replace")
    assert "try" not in title


def test_a_quantity_of_its_things_keeps_its_grammar_without_the_possessive() -> None:
    title = lead_title("The council voted to replace all 900 of its diesel buses by 2030.")
    assert "all 900 diesel buses" in title


@pytest.mark.parametrize(
    ("lead", "rewritten"),
    [
        ("Exports rose twelve per cent in May.", "Exports rose 12% in May."),
        ("Shares sank by more than 16% on Monday.", "Shares sank over 16% on Monday."),
        ("More than 40 stars sang.", "Over 40 stars sang."),
        ("The government of Aldoria raised taxes.", "Aldoria raised taxes."),
        ("He died at the age of 85.", "He died aged 85."),
    ],
)
def test_quantities_are_written_as_headlines_write_them(lead: str, rewritten: str) -> None:
    assert headlinese(lead) == rewritten


@pytest.mark.parametrize(
    "lead",
    [
        "The firm plans to cut costs by $3bn.",  # "costs" is a noun: what is cut
        "It did better than expected and more than its rivals.",
        "A rise by 5% was forecast.",
    ],
)
def test_a_rewrite_never_changes_what_a_phrase_means(lead: str) -> None:
    assert headlinese(lead) == lead


def test_number_words_become_figures() -> None:
    assert [figure(w) for w in ("twelve", "forty-two", "Ninety", "dozen", "12")] == [
        "12",
        "42",
        "90",
        "dozen",
        "12",
    ]


def test_a_progressive_passive_and_a_forecast_are_headlined_without_their_copula() -> None:
    assert lead_title("A US TV network is being sued for $2.5m by a viewer.").startswith(
        "US TV network sued"
    )
    title = lead_title("Aldoria's economy is forecast to grow by 4.2% this year.")
    assert title == "Aldoria's economy forecast to grow 4.2%"


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "Violent video games should carry larger warnings, the culture secretary has said.",
            "Violent video games should carry larger warnings, says culture secretary",
        ),
        (
            "The new tax is a betrayal of pensioners, opposition leader Ana Morel insisted.",
            "New tax is a betrayal of pensioners, insists Morel",
        ),
        (
            "The Harland Mining company lied to a federal court, the regulator said.",
            "Harland Mining company lies to federal court, says regulator",
        ),
        (
            "Spam could be about to undergo a massive increase, say experts.",
            "Spam could be about to undergo massive increase, say experts",
        ),
    ],
)
def test_a_claim_keeps_its_speaker(lead: str, headline: str) -> None:
    """A view, a forecast or an accusation never reads as a fact: its speaker stays."""
    assert lead_title(lead, "Ms Morel spoke in Parliament.") == headline


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        (
            "Two men were arrested after the raid on the port, police said.",
            "Two men arrested after raid on port",
        ),
        (
            "Figures show that Aldorian house prices fell by 0.7% in December.",
            "Aldorian house prices fall 0.7%",
        ),
        (
            "More than 90% of large companies are optimistic, a survey of 1,300 bosses suggests.",
            "Over 90% of large companies optimistic",
        ),
    ],
)
def test_a_speaker_who_only_reports_a_fact_is_left_out(lead: str, headline: str) -> None:
    assert lead_title(lead) == headline


def test_a_claim_keeps_its_speaker_however_long_the_clause() -> None:
    title = lead_title(
        "The new law banning the hunting of red deer with dogs in Aldoria is so poorly "
        "drafted that nobody can define what the offence is, pro-hunt MPs say."
    )
    assert "MPs" in title and len(title) <= 90


def test_a_speaker_is_named_short_and_first_when_nothing_else_fits() -> None:
    ways = attributions(("a", "senior", "Tory", "MP"), "said")
    assert ways == [("", ", says Tory MP"), ("", ", says MP"), ("MP: ", "")]
    assert attributions(("experts",), "say") == [("", ", say experts"), ("Experts: ", "")]
    assert attributions(("the", "Law", "Lords"), "ruled")[0] == ("", ", Law Lords rule")
    assert attributions(("it",), "said") == []


def test_a_denial_or_a_forecast_that_is_only_said_keeps_its_speaker() -> None:
    assert lead_title("Police denied that the protester was shot.").startswith("Police deny")
    assert lead_title("Yukos has said a US court will decide the case.").startswith("Yukos says")


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        ("Shares in music giant Emberly rose sharply on Monday.", "Emberly shares rise sharply"),
        ("Quarterly profits at US media giant Corvane jumped 76%.", "Corvane quarterly profits"),
        (
            "Scarlets and Aldoria Eagles forward Dave Hodges has ended his playing career.",
            "Hodges ends playing career",
        ),
        ("Bath and England centre Mike Tindall believes he can play.", "Tindall believes"),
        ("Japan's Kobashiro has won a copyright case in Beijing.", "Kobashiro wins"),
        ("The world's biggest carmaker Vantor Motors is recalling 200 cars.", "Vantor Motors"),
        ("The trial of Jon Ebbar started in New York on Monday.", "Jon Ebbar trial starts"),
        ("The head of Kelmont's of London criticised the watchdog.", "Kelmont's of London head"),
        # A name holding "of", a part of something and a title keep their order.
        ("Bank of Kelmont raised interest rates.", "Bank of Kelmont raises"),
        ("A number of Kelmont firms have closed.", "Number of Kelmont firms"),
        ("Duke of Kelmont opened the bridge.", "Duke of Kelmont opens"),
    ],
)
def test_a_subject_is_named_as_headlines_name_it(lead: str, start: str) -> None:
    assert lead_title(lead, "Mr Hodges and Mr Tindall spoke.").startswith(start)


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        ("Sprinter Kolliner has lodged an appeal against his ban.", "Sprinter Kolliner lodges"),
        ("Actor Wallister is suing Revolution Studios.", "Actor Wallister sues"),
        ("Veteran Italian conductor Marlo Vettani has died in Kelmont.", "Conductor Vettani dies"),
        # An office goes, and so does a noun that is half of a compound ("Maker Kelwagen").
        ("Kelmont coach Andor Brisk has resigned from his post.", "Brisk resigns"),
        ("German car maker Kelwagen has cut 2,000 jobs at its plant.", "Kelwagen cuts"),
    ],
)
def test_a_person_is_named_with_the_noun_for_what_they_do(lead: str, start: str) -> None:
    """The surname alone leaves a reader asking who ("Vettani dies"): headlines keep the
    noun for what the person does ("Conductor Vettani dies"), as wire editors do."""
    assert lead_title(lead, "Vettani and Brisk spoke.").startswith(start)


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        ("Hearts of Oak won the cup final with a 3-2 win.", "Hearts of Oak win"),
        ("Most areas of the US saw growth in December.", "Most areas of US see growth"),
        ("Actor Tom Hanks and director Ron Howard are reuniting for a film.", "Tom Hanks and"),
        ("Ocean's Twelve has gone straight to number one in the chart.", "Ocean's Twelve"),
        ("Bishop Auckland have won the cup final.", "Bishop Auckland win"),
        ("The twelve Aldorians have been freed from jail.", "Twelve Aldorians"),
    ],
)
def test_a_name_or_a_quantity_is_no_descriptor(lead: str, start: str) -> None:
    assert lead_title(lead).startswith(start)


@pytest.mark.parametrize(
    ("lead", "later", "start"),
    [
        (
            "Lindsay Davenport has put any talk of retirement on hold after an injury-free year.",
            "Davenport is 28.",
            "Davenport puts any talk of retirement on hold",
        ),
        (
            "One of Aldoria's best-known bankers was arrested on Thursday on charges of "
            "falsifying shareholder information and selling shares based on the false data.",
            "He denies it.",
            "One of Aldoria's best-known bankers arrested",
        ),
        (
            "Sir Alex Ferguson has named his team for the cup final.",
            "Ferguson said so.",
            "Ferguson names",
        ),
        (
            "However the Kelsport film festival continues as originally planned.",
            "Officials said so.",
            "Kelsport film festival continues",
        ),
        (
            "Nicholas Negroponte, chairman and founder of MIT's Media Lab, says he is "
            "developing a cheap laptop.",
            "Negroponte said so.",
            "Negroponte develops cheap laptop",
        ),
        (
            "Faster, better or cheaper phones will not help firms sell more handsets.",
            "Research says so.",
            "Faster, better or cheaper phones",
        ),
        # "leant" after "being" is a participle, never the main verb: it stays as written
        (
            "The attorney general has again denied being leant on by ministers.",
            "He said so.",
            "Attorney general again denies being leant",
        ),
        # "drinks" and "stars" are nouns here, not the verb: the verb comes later
        (
            "Shares in UK drinks and food firm Kelmont Domecq have risen on speculation.",
            "Kelmont Domecq said nothing.",
            "Kelmont Domecq shares rise",
        ),
        (
            "Film stars Kevin Dorran and Kate Venn attended the premiere of a new film.",
            "Dorran and Venn smiled.",
            "Dorran and Venn attend premiere",
        ),
    ],
)
def test_a_lead_is_parsed_into_a_whole_headline(lead: str, later: str, start: str) -> None:
    """A placed object keeps its place, an arrest keeps its phrase, a knight his surname
    (honour and given name go together), a connective and an appositive stay out, a list
    stays whole."""
    assert lead_title(lead, later).startswith(start)


def test_a_headline_that_fits_no_other_way_spares_idle_adjectives() -> None:
    title = lead_title(
        "Actor Stephen Fry is joining the cast of the forthcoming film adaptation of The "
        "Hitchhiker's Guide To The Galaxy.",
        "Stephen Fry will voice the Guide.",
    )
    assert title == (
        "Actor Stephen Fry joins cast of film adaptation of The Hitchhiker's Guide To The Galaxy"
    )
    tokens = clean_lead("Faster, better or funkier phones will not help firms.", tight=True)
    assert "funkier" in tokens


def test_an_aside_between_dashes_goes_even_with_hyphens_inside() -> None:
    tokens = clean_lead(
        "The fate of Yugansk - the oil firm sold to a little-known buyer - is still unclear."
    )
    assert tokens == ["The", "fate", "of", "Yugansk", "is", "still", "unclear."]


def test_due_to_opens_a_phrase_a_headline_may_end_before() -> None:
    title = lead_title(
        "Controversial new EU rules for the patenting of computer-based inventions have been "
        "put on hold due to a last minute intervention by Poland."
    )
    assert title.endswith("put on hold")


def test_a_team_keeps_the_plural_the_article_gives_it() -> None:
    title = lead_title(
        "Premiership side Newcastle United face a trip to league leaders Yeading in the cup."
    )
    assert title.startswith("Newcastle United face trip")


def test_a_warning_about_a_thing_that_acts_is_no_reported_clause() -> None:
    title = lead_title(
        "Security firms are warning about several mobile phone viruses that can spread fast."
    )
    assert title.startswith("Security firms warn about several mobile phone viruses")


def test_a_headline_never_ends_on_a_quantifier_or_runs_into_a_relative_verb() -> None:
    assert not lead_title("Gadget lovers are so hungry for data many could suffer.").endswith(
        "many"
    )
    tokens = "The warm reception that has greeted the game is a reflection .".split()
    clause = main_clause(tokens)
    assert clause is not None and clause.verb == ("is",)


def test_a_claim_whose_subject_runs_long_keeps_its_head_and_its_speaker() -> None:
    title = lead_title(
        "A system to make it easier to create website addresses using alphabets like "
        "Cyrillic could open a back door for scammers, a trade body has warned."
    )
    assert title == "System could open back door for scammers, warns trade body"


def test_what_it_has_been_reported_will_happen_stays_a_report() -> None:
    title = lead_title(
        "French actress Audrey Tautou will play the female lead in the film of The Da "
        "Vinci Code, it has been reported."
    )
    assert title.endswith(", say reports") and "Tautou to play female lead" in title


def test_an_article_stays_before_a_modified_figure() -> None:
    title = lead_title("Prices of homes in Aldoria rose a seasonally adjusted 0.5% in May.")
    assert "rise a seasonally adjusted 0.5%" in title


def test_a_share_after_of_keeps_its_words_so_the_headline_never_closes_on_of() -> None:
    assert headlinese("The rate fell to a low of 8.8 percent.") == (
        "The rate fell to a low of 8.8 percent."
    )
    assert headlinese("The economy grew by 1.5 million jobs.") == (
        "The economy grew by 1.5 million jobs."
    )


def test_a_participle_that_names_a_kind_is_no_post_modifier() -> None:
    tokens = "Menu labeling requirements proposed by the agency would require menus .".split()
    assert trimmed_subject(tokens, range(5)) == range(5)
    tokens = "A system to make it easier to create names could open a door .".split()
    assert list(trimmed_subject(tokens, range(8))) == [0, 1]


@pytest.mark.parametrize(
    "lead",
    [
        "Imagine you are a protester on the streets of a repressive city.",
        "In case you missed them, here are the ten most popular videos of the week.",
    ],
)
def test_an_imperative_or_here_is_no_subject(lead: str) -> None:
    assert not lead_title(lead).startswith(("Imagine", "Here"))


def test_a_firm_that_added_things_is_no_closing_attribution() -> None:
    title = lead_title(
        "Making good on its promise to fill the void, Kelsport Cable has added 24 new channels."
    )
    assert title.startswith("Kelsport Cable adds 24 new channels")


@pytest.mark.parametrize(
    ("lead", "unwanted"),
    [
        (
            "Russian authorities do not have to abide by any US court decisions taken with "
            "regard to troubled oil giant Ardovia, a Houston court has been told.",
            "with regard",
        ),
        (
            "More than 800,000 Kelmont Building Society members are to receive a profit "
            "share worth on average £52 each.",
            "worth",
        ),
    ],
)
def test_a_headline_never_ends_inside_a_phrase_that_wants_its_close(
    lead: str, unwanted: str
) -> None:
    """A compound preposition ("with regard to") and "worth" end only with what they
    introduce: the headline ends before them or runs to the end of their phrase."""
    title = lead_title(lead)
    assert unwanted not in title or title.split(unwanted)[1].strip(), title
    assert not title.endswith(("with regard", "worth", "on average"))


@pytest.mark.parametrize(
    ("lead", "tokens"),
    [
        (
            "Kelmont's economic growth accelerated in the last three months of 2004.",
            ["Kelmont's", "economic", "growth", "accelerated"],
        ),
        ("Profits rose over the past two years.", ["Profits", "rose"]),
        ("Sales fell in the first six months of the year.", ["Sales", "fell"]),
        # The span is the subject here, not a time phrase: it stays.
        (
            "The next 12 months look like fun.",
            ["The", "next", "12", "months", "look", "like", "fun."],
        ),
    ],
)
def test_a_span_of_time_leaves_the_lead(lead: str, tokens: list[str]) -> None:
    """A headline reports the change, not the span it was measured over: no
    "accelerates in last" left dangling."""
    assert clean_lead(lead) == tokens


def test_a_surname_that_is_also_a_word_needs_a_form_of_address() -> None:
    """ "Microsoft Word" stays whole though the article says "Word" alone; "Gordon Brown"
    is "Brown" where the article says "Mr Brown" and "Gordon Brown"."""
    title = lead_title(
        "Writing a Microsoft Word document can be a dangerous business, says Workshare.",
        "Word files leak. Word is common. Microsoft Word is used. Workshare said so.",
    )
    assert "Microsoft Word" in title
    title = lead_title(
        "Gordon Brown has cut taxes for pensioners.", "Mr Brown said so. Gordon Brown is sure."
    )
    assert title.startswith("Brown cuts taxes")


def test_a_participle_after_a_plural_head_keeps_the_verb_plural() -> None:
    title = lead_title("Mexican labourers living in the US sent a record $16.6bn home.")
    assert title.startswith("Mexican labourers living in US send ")


def test_a_comma_after_the_verb_closes_the_headline() -> None:
    """What follows the comma qualifies the news ("driven by ..."): it is no object."""
    title = lead_title(
        "Kelmont's economic growth accelerated in the last three months of 2004, driven by "
        "consumer spending, a report shows."
    )
    assert title == "Kelmont's economic growth accelerates"


def test_a_participle_before_a_later_past_verb_qualifies_the_subject() -> None:
    """ "browsers sited outside the US began": "began" is the verb, "sited" no verb."""
    tokens = "The blocking of browsers sited outside the US began in the early hours.".split()
    clause = main_clause(tokens)
    assert clause is not None and clause.verb == ("begins",)


def test_a_part_of_the_day_leaves_with_its_day() -> None:
    tokens = clean_lead("Police arrested two men on Tuesday night in Leeds.")
    assert tokens == ["Police", "arrested", "two", "men", "in", "Leeds."]


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        ("Smoking is not good for your health.", "Smoking is not good"),
        (
            "Re-using old mobile phones is not just good for the environment, it has social "
            "benefits too.",
            "Re-using old mobile phones is good",
        ),
    ],
)
def test_not_just_is_no_negation(lead: str, title: str) -> None:
    """ "is not just good" says it is good and more: the headline must not deny it."""
    assert lead_title(lead).startswith(title)


def test_a_headline_never_ends_on_whether() -> None:
    title = lead_title(
        "Yukos has said a US bankruptcy court will decide whether to block Russia's impending "
        "auction of its main production arm on Thursday."
    )
    assert not title.endswith("whether")


def test_because_of_opens_no_clause_before_the_subject() -> None:
    """ "because of overbooking, cancellations or delays" is a list inside the subject, not
    a subordinate clause that the comma ends."""
    title = lead_title(
        "Air passengers who are unable to board their flights because of overbooking, "
        "cancellations or flight delays can now demand greater compensation."
    )
    assert title.startswith("Air passengers")


def test_two_joined_adjectives_stay_together() -> None:
    """ "an odd mix of naive and sophisticated": no cut after "naive", and the verb after
    the comma ("suggests a report") opens no second clause that would end it there."""
    title = lead_title(
        "Internet search engine users are an odd mix of naive and sophisticated, suggests a "
        "report into search habits."
    )
    assert not title.endswith("naive")


@pytest.mark.parametrize(
    ("lead", "more", "clipped"),
    [
        (
            "UK sportswear firm Umbro has posted a 222% rise in annual profit after sales of "
            "replica England football kits were boosted by the Euro 2004 tournament.",
            "Umbro made £15.4m.",
            "222% rise",
        ),
        (
            "The Conservatives have expressed serious misgivings about government plans for "
            "keeping UK and foreign terror suspects under house arrest.",
            "Officials gave no further details.",
            "keeping UK",
        ),
    ],
)
def test_a_headline_does_not_stop_before_what_completes_its_object(
    lead: str, more: str, clipped: str
) -> None:
    """A change wants what changed ("rise in annual profit"); "UK and foreign" modify a
    noun still to come: neither is a place to end."""
    assert not lead_title(lead, more).endswith(clipped)


def test_a_participle_that_is_no_adjective_keeps_its_phrase() -> None:
    """ "law aimed" wants "at cracking down": a participle no lexicon lists as adjective."""
    title = lead_title(
        "US politicians are proposing a tough new law aimed at cracking down on indecency "
        "on television and radio."
    )
    assert not title.endswith("aimed")


def test_an_object_ends_before_an_ing_verb_with_its_own_object() -> None:
    """An "-ing" verb with its object ("singing a song") is a clause of its own: the
    headline may end on the object before it instead of falling back to a side fact in the
    next sentence; an "-ing" word modifying a noun ("spending plans") is no such clause."""
    title = lead_title(
        "Singer Marla Venn is to open next month's Kelsport Games singing a song only "
        "previously performed there by Ray Dorran and Vicki Lune.",
        "Venn will be accompanied by 150 students from the Kelsport School of Music.",
    )
    assert title.startswith("Singer Venn to open") and title.endswith("Kelsport Games"), title
    assert "accompanied" not in title
    title = lead_title("The Kelmont government has cut its social spending plans for 2006.")
    assert not title.endswith("social"), title


@pytest.mark.parametrize(
    ("lead", "tokens"),
    [
        (
            "The film will be shown at this year's Kelsport Film Festival.",
            ["The", "film", "will", "be", "shown", "at", "Kelsport", "Film", "Festival."],
        ),
        (
            "Dorran is ruled out of Wednesday's cup clash.",
            ["Dorran", "is", "ruled", "out", "of", "cup", "clash."],
        ),
        # Opening the lead, the time tells which nominees: it stays.
        (
            "This year's Kelsport nominees are the least popular for 20 years.",
            ["This", "year's", "Kelsport", "nominees", "are", "the", "least", "popular"]
            + ["for", "20", "years."],
        ),
        # "the year's end" is no date standing before an event: it stays.
        (
            "Sales rose by the year's end.",
            ["Sales", "rose", "by", "the", "year's", "end."],
        ),
    ],
)
def test_a_date_standing_as_a_possessive_leaves_the_lead(lead: str, tokens: list[str]) -> None:
    """Headlines name the event without its date: "at Kelsport Film Festival", not "at
    this year's Kelsport Film Festival"."""
    assert clean_lead(lead) == tokens


def test_a_verb_keeps_the_adjective_that_completes_it() -> None:
    """ "Networks prove" says nothing: the adjective completing a linking verb stays."""
    title = lead_title(
        "Kelmont download networks are proving popular not just with an audience of "
        "youngsters but with advertisers equally keen to reach out to them."
    )
    assert title.startswith("Kelmont download networks prove popular"), title


@pytest.mark.parametrize(
    ("lead", "tokens"),
    [
        # The month modifies "window": it goes alone, or "transfer window" loses its head.
        (
            "Dorran will sign a goalkeeper during the January transfer window.",
            ["Dorran", "will", "sign", "a", "goalkeeper", "during", "the", "transfer"]
            + ["window."],
        ),
        ("Dorran signed on Monday evening in a deal.", ["Dorran", "signed", "in", "a", "deal."]),
        (
            "Regulators will decide on Friday whether to approve the drug.",
            ["Regulators", "will", "decide", "whether", "to", "approve", "the", "drug."],
        ),
        (
            "Shares rose on Monday following a press report.",
            ["Shares", "rose", "following", "a", "press", "report."],
        ),
    ],
)
def test_a_day_or_month_goes_and_leaves_the_phrase_it_modifies(
    lead: str, tokens: list[str]
) -> None:
    assert clean_lead(lead) == tokens


@pytest.mark.parametrize(
    ("lead", "tokens"),
    [
        # A coming event's date is news: it stays after "will" or "is to".
        (
            "The mayor will open the Kelmont bridge on 16 March, the council said.",
            ["The", "mayor", "will", "open", "the", "Kelmont", "bridge", "on", "16", "March,"],
        ),
        ("Dorran is to return in February.", ["Dorran", "is", "to", "return", "in", "February."]),
        # A past act's date, or one in another clause, goes as any time does.
        ("The bridge was opened on 16 March.", ["The", "bridge", "was", "opened"]),
        (
            "Dorran will return, having been injured in February.",
            ["Dorran", "will", "return,", "having", "been", "injured"],
        ),
    ],
)
def test_the_date_of_a_coming_event_stays_in_the_lead(lead: str, tokens: list[str]) -> None:
    assert clean_lead(lead) == tokens


def test_a_headline_gives_the_date_of_a_coming_event() -> None:
    assert lead_title(
        "Chancellor Ann Vell will deliver her Budget on 16 March.", "Ms Vell gave no details."
    ) == ("Vell to deliver her Budget on 16 March")


def test_a_reported_clause_may_end_before_how_often() -> None:
    # "once in a while" says how often: the told clause closes before it, so the lead's
    # own news is headlined rather than a later sentence's setting.
    title = lead_title(
        "The Kelmont mayor has told a group of school pupils that it is okay to stay up "
        "late once in a while.",
        "Ann Dorran was speaking to more than 100 pupils from schools in the north.",
    )
    assert title.startswith("Kelmont mayor says it is okay to stay up late"), title
    # "once" opening a clause is a condition, not how often
    cuts = lead_cuts("Arden would consider signing Dorran once the striker has served his ban.")
    assert "Arden would consider signing Dorran" not in cuts, cuts


def test_a_long_headline_gives_way_to_the_core_clause() -> None:
    # A subject's phrase that runs the headline past a dozen words goes, the news stays.
    title = lead_title(
        "The number of people out of work in the country's biggest mining region has risen "
        "for the tenth month in a row.",
        "Ms Ray said jobs were scarce.",
    )
    assert title == "Number of people out of work rises for tenth month", title


def test_a_verb_that_urges_keeps_what_it_urges() -> None:
    """ "Venn urges Dorran" leaves the reader asking to do what: the "to" clause stays."""
    title = lead_title(
        "Kelsport coach Marla Venn has urged Britain's Ray Dorran to keep competing at "
        "major championships after his injury."
    )
    assert "to keep competing" in title, title


def test_an_adjective_after_the_verb_keeps_its_complement() -> None:
    """ "Gadget lovers are so hungry" wants "for what": the headline runs on to the end of
    the complement, before the quantifier that opens the next clause."""
    title = lead_title(
        "Gadget lovers are so hungry for digital data many are carrying the equivalent of "
        "ten trucks full of paper."
    )
    assert title == "Gadget lovers are so hungry for digital data", title


def test_a_later_sentence_gives_no_label_in_place_of_the_lead() -> None:
    """A short label from a later sentence ("Music images") is no headline: the lead's
    longer one stays, even clipped."""
    title = lead_title("Kelmont singer Ray Dorran is known for it.", "Music images.")
    assert title.startswith("Singer Ray Dorran is known"), title


def test_a_speaker_confirming_its_own_plan_gives_the_plan() -> None:
    """ "they plan to": after a pronoun "plan" is the verb, so the plan is the news and the
    headline does not stop at "Kelmont confirm"."""
    title = lead_title(
        "Indie band Kelmont have confirmed that they plan to take a break after ten years."
    )
    assert title.startswith("Kelmont plan to take break"), title


def test_a_verb_is_no_headline_without_the_clause_it_announces() -> None:
    title = lead_title("Kelmont has warned that if the deal fails hundreds of jobs will go.")
    assert title != "Kelmont warns", title


def test_a_noun_after_a_count_is_no_verb() -> None:
    """ "the two questions": "questions" is counted, never the clause's verb."""
    clause = main_clause("Those are the two questions occupying Kelmont fans.".split())
    assert clause is None or clause.verb != ("question",)


def test_a_participle_with_its_agent_is_no_later_verb() -> None:
    """ "the loan offered by lenders" qualifies the object: "needs" stays the verb."""
    title = lead_title(
        "Dorrania no longer needs the loan offered by the Kelmont Club of lenders, its "
        "finance minister has said."
    )
    assert title.startswith("Dorrania no longer needs loan"), title


def test_a_past_form_before_a_figure_is_the_verb() -> None:
    """ "films produced in the UK fell 40%": "fell" (a noun too) is the verb, "produced"
    qualifies the films."""
    clause = main_clause("The number of films produced in the UK fell 40% in 2004.".split())
    assert clause is not None and clause.verb == ("falls",)


def test_used_to_keeps_its_past() -> None:
    """A habit of the past has no present: "uses to skip" is no English."""
    title = lead_title(
        "Kelmont leader Ray Dorran has admitted he used to skip school to play snooker."
    )
    assert "he used to skip school" in title, title


def test_a_verb_that_classes_keeps_its_as_phrase() -> None:
    """ "describes league win" leaves the reader asking as what."""
    title = lead_title(
        "Kelmont coach Ray Dorran described the league win over Arden as the highlight of "
        "his career."
    )
    assert title.endswith("as highlight of career"), title


def test_the_comma_closing_a_bracketed_aside_stays() -> None:
    """ "Kelmont Bank (KB), Dorrania's biggest lender, has": the descriptor between the
    commas stays an appositive once the brackets go."""
    title = lead_title(
        "Kelmont Bank (KB), Dorrania's biggest lender, has seen a 10% jump in profits."
    )
    assert title.startswith("Kelmont Bank sees"), title


def test_a_name_particle_keeps_the_whole_name() -> None:
    """ "Kelmont striker Ruud van Dorran": the descriptor goes, never the given name and
    the particle with it ("Dorran may ...")."""
    title = lead_title("Kelmont striker Ruud van Dorran may make his comeback against Arden.")
    assert title.startswith("Ruud van Dorran may make"), title


def test_a_name_set_off_by_commas_keeps_its_first_word() -> None:
    """ "..., Media Labs Kelmont, is to close": mid-sentence, every capital is the name's
    own, so its first word is no descriptor to drop ("Labs Kelmont to close")."""
    title = lead_title("Velland's research laboratory, Media Labs Kelmont, is to shut down.")
    assert title.startswith("Media Labs Kelmont to shut"), title


def test_a_voiced_fear_reports_its_clause() -> None:
    """ "Researchers express concerns" hides the news: the clause the concern is about is
    reported as the noun's own verb would report it, and the descriptor before a possessive
    name goes as it goes before a name."""
    title = lead_title(
        "Researchers have expressed concerns that new health minister Ann Dorran's travel "
        "plans could delay vital hospital reforms.",
        "Ms Dorran has said she will visit every region.",
    )
    assert title.startswith("Researchers fear Dorran's travel plans could delay"), title


def test_a_range_aside_after_the_subject_goes_whole() -> None:
    """ "Gadgets, from phones prove ..." breaks the aside: it goes whole."""
    title = lead_title(
        "Gadgets, from phones, to cameras and music players, have proved to be a big hit "
        "with shoppers in Kelmont."
    )
    assert title.startswith("Gadgets prove to be big hit"), title


@pytest.mark.parametrize(
    "lead",
    [
        "Tough new rules on noise for bars and clubs in the old quarter of Kelmont are "
        "coming into force.",
        "New rules for taxi drivers working in Kelmont and its surrounding villages and "
        "towns are coming into force.",
    ],
)
def test_a_verb_keeps_the_phrase_it_goes_into(lead: str) -> None:
    """ "Rules come" says nothing: "come into force" is one verb."""
    assert lead_title(lead).endswith("come into force")


def test_an_object_ends_before_a_participle_that_urges() -> None:
    """ "orders telling staff" wants what they are told: the object ends before the
    participle's clause instead."""
    title = lead_title(
        "The information commissioner has asked for details of Kelmont Office orders "
        "telling staff to delete thousands of old e-mails."
    )
    assert title.endswith("Kelmont Office orders"), title


@pytest.mark.parametrize(
    ("lead", "more", "clipped"),
    [
        (
            "A Kelmont council candidate has quit after being quoted as wanting to close the "
            "town library.",
            "Officials gave no further details.",
            "quoted",
        ),
        (
            "Kelsport manager Ray Dorran expects the Kelmont Cup clash with Brenton to be a "
            "fight to the finish.",
            "Dorran is relishing the first leg of the tie against his former club.",
            "with Brenton",
        ),
        (
            "Boss Sir Ray Dorran was left ruing Kelsport United's failure to close the gap on "
            "Brenton after his side's 1-1 draw with Fenmoor.",
            "Leaders Brenton endured a 2-2 stalemate on Sunday.",
            "failure",
        ),
    ],
)
def test_a_clipped_object_yields_to_a_whole_one(lead: str, more: str, clipped: str) -> None:
    """A participle that classes ("quoted | as"), an expected object ("clash | to be") and a
    noun taking "to" ("failure | to close") leave the reader waiting: where the sentence
    gives a longer cut completing the phrase, the clipped one is no candidate."""
    cuts = lead_cuts(lead, more)
    assert cuts
    assert not any(cut.endswith(clipped) for cut in cuts), cuts


@pytest.mark.parametrize(
    ("lead", "start"),
    [
        (
            "The Kelmont Green Party is worried that hundreds of residents could lose their "
            "homes to the new bypass.",
            "Kelmont Green Party fears hundreds of residents could lose",
        ),
        (
            "The Morvane council is confident that the new bridge will open in May.",
            "Morvane council confident new bridge will open",
        ),
    ],
)
def test_an_adjective_of_feeling_keeps_the_clause_it_feels_about(lead: str, start: str) -> None:
    """ "Party concerned thousands of residents" says the wrong thing: a worry is told as
    "fears" with its clause, confidence keeps its adjective and its clause."""
    assert lead_title(lead).startswith(start), lead_title(lead)


@pytest.mark.parametrize(
    ("lead", "amount"),
    [
        ("Kelnet's broadband speeds gear up a notch as its new network opens.", "a notch"),
        ("A few Kelmont schools will close next year.", "A few"),
        ("Prices at Morvane shops rose a bit in March.", "a bit"),
    ],
)
def test_an_amount_keeps_its_article(lead: str, amount: str) -> None:
    """ "gear up notch" breaks the idiom and "few schools" says the opposite of "a few"."""
    assert amount in lead_title(lead), lead_title(lead)


def test_a_phrase_restricting_all_is_never_cut_off() -> None:
    """ "to review all foreign investment" is not what Kelmont reviews: the phrase that
    restricts "all" stays with it."""
    lead = (
        "Kelmont is to review all foreign investment in its fishing industries in an effort "
        "to protect local jobs."
    )
    cuts = lead_cuts(lead)
    assert cuts
    assert not any(cut.endswith("investment") for cut in cuts), cuts


@pytest.mark.parametrize(
    ("lead", "quote"),
    [
        (
            'Kelsport boss Ray Dorran said the 4-0 loss to Brenton was "the worst night of my '
            'life" on Sunday.',
            '"the worst night of my life"',
        ),
        ('Kelmont boss Ray Dorran called the defeat "a disgrace" on Sunday.', '"a disgrace"'),
        (
            "Arden manager Ray Dorran claimed their display in the 3-1 defeat at Brenton was "
            '"our worst performance in the Kelmont Cup".',
            '"our worst performance',
        ),
    ],
)
def test_a_quotation_keeps_its_marks_and_its_words(lead: str, quote: str) -> None:
    """A speaker's words stay theirs: a headline in the first person ("was our worst
    performance") would be the outlet's own, and "take break" in quote marks a misquote."""
    title = lead_title(lead)
    assert quote in title and title.count('"') == 2, title


def test_a_relative_clause_with_two_verbs_stays_in_the_subject() -> None:
    """ "a phone that recognises and responds to voices" holds both verbs of its relative
    clause: the headline's verb is the one after it, not "responds"."""
    lead = "A Kelnet phone that recognises and responds to voices has been launched in Morvane."
    cuts = lead_cuts(lead)
    assert cuts
    assert all(" launched" in cut and "has been" not in cut for cut in cuts), cuts


def test_a_headline_never_ends_before_a_possessive() -> None:
    """ "top of BBC News" cuts a name off its "website's poll": no cut before a possessive."""
    lead = (
        "Kelmont electro-rock group The Arvens have come top of the Morvane News website's "
        "Sound of 2005 poll to find the most promising new act."
    )
    cuts = lead_cuts(lead)
    assert cuts
    assert not any(cut.endswith("Morvane News") for cut in cuts), cuts


@pytest.mark.parametrize(
    ("lead", "clipped"),
    [
        ("Controversy and Ray Dorran are never very far away at Kelsport.", "never"),
        (
            "Kelmont's adoption of broadband has helped make it the fourth most digitally-savvy "
            "town in Arden, a report says.",
            "fourth",
        ),
        (
            "Shares in Kelmont oil company Arvel Resources have lost more than 50% of their "
            "value on a report that the firm has failed to win a contract in Morvane.",
            "lose",
        ),
        ("Kelnet has found a way to put a silicon laser on a chip.", "laser"),
        (
            "Director Ana Dorran is thrilled to be given the chance to make Kelmont's favourite "
            "novel into a film.",
            "chance",
        ),
    ],
)
def test_a_shorter_cut_never_leaves_its_phrase_wanting(lead: str, clipped: str) -> None:
    """A short headline is welcome, a clipped one is not: no cut ends on an adverb
    ("are never"), inside "fourth most ...", on a verb before its figure ("lose | over
    50%"), on what a placing verb places before its place ("put laser | on chip") or on a
    noun before its clause ("given chance | to make")."""
    cuts = lead_cuts(lead)
    assert cuts
    assert not any(cut.endswith(clipped) for cut in cuts), cuts


def test_a_headline_never_parts_a_subject_from_its_verb() -> None:
    """ "damages way Kelmont" leaves "Kelmont" waiting for "is governed": no cut stands
    before an auxiliary, nor after a reported clause's bare subject ("says feud")."""
    lead = (
        "Tory leader Michael Dorran says the feud between Ana Kelm and Ray Brent damages the "
        "way Kelmont is governed."
    )
    cuts = lead_cuts(lead)
    assert cuts == [
        "Michael Dorran says feud between Ana Kelm and Ray Brent damages way Kelmont is governed"
    ]


def test_a_verb_whose_object_takes_a_preposition_keeps_it() -> None:
    """ "Kelmont oil firm files" says nothing: "files for bankruptcy protection" is the news."""
    lead = (
        "The Kelmont oil firm has filed for bankruptcy protection in Morvane in an attempt to "
        "halt the forced sale."
    )
    cuts = lead_cuts(lead)
    assert cuts
    assert not any(cut.endswith("files") for cut in cuts), cuts


def test_a_lead_of_questions_takes_its_headline_from_the_first_sentence_with_a_clause() -> None:
    """Three questions and a verbless frame gave a single word ("Heart"): the first later
    sentence with a main clause tells the news with a verb."""
    article = Article(
        source="t.txt",
        paragraphs=(
            Paragraph('"Do you have it in your heart? How much nerve do you have? Can you win?"'),
            Paragraph(
                "These are the questions Ray Dorran will ask of Kelmont's young players. "
                "The Arden coach swept into Morvane on Monday to announce a new academy "
                "with the Kelmont Rowing Club."
            ),
        ),
    )
    title = make_title(article)
    assert len(words(title)) >= 4 and _FINITE.search(title), title
    assert "Arden coach" in title, title


@pytest.mark.parametrize(
    "lead",
    [
        "After two years of delays, it's safe to say that this is the most awaited game of "
        "the year.",
        "Kelvision's talent contest for would-be mayors finally hits our screens this week.",
        "There used to be one moment in a Kelmont rowing season that stood out.",
    ],
)
def test_a_lead_that_sets_a_scene_gives_way_to_the_news(lead: str) -> None:
    """A verdict, the outlet's own voice or an empty subject is no news: the sentence after
    it that names an actor gives the headline."""
    more = "The Kelmont council approved a new stadium for the town on Monday."
    title = lead_title(lead, more)
    assert "council approves new stadium" in title, title


def test_a_scene_setting_lead_stays_when_nothing_after_it_tells_news() -> None:
    """With no sentence after it that has a clause, the lead's own headline stands."""
    title = lead_title("There is a new ferry between Kelmont and Morvane this spring.", "Why?")
    assert "ferry" in title, title


def test_a_past_clause_joined_by_and_goes_to_the_present_with_its_main_verb() -> None:
    """ "prices fall and waiting times lengthened" mixes tenses: both verbs are told in the
    present, as headlines tell the past."""
    lead = (
        "Kelmont house prices fell further in May and waiting times lengthened as rate rises "
        "took their toll, a survey found."
    )
    cuts = lead_cuts(lead)
    assert any("times lengthen" in cut for cut in cuts), cuts
    assert not any("lengthened" in cut for cut in cuts), cuts


def test_a_passive_joined_by_and_keeps_its_participle() -> None:
    """ "was fined and its boss jailed": the second verb is a passive, never "jails"."""
    lead = "Kelco was fined £2m and its boss jailed for fraud by a Morvane court on Monday."
    cuts = lead_cuts(lead)
    assert not any("jails" in cut for cut in cuts), cuts


def test_a_headline_never_cuts_a_descriptor_off_its_name() -> None:
    """ "sold to group combining Saudi" cuts "Saudi billionaire investor Prince Alwaleed"
    in two: the cut falls before the phrase or after the name."""
    lead = (
        "Kelmont's famous Arden hotel has been sold to a group combining Morvanian "
        "billionaire investor Ray Dorran and a unit of Kelco bank."
    )
    cuts = lead_cuts(lead)
    assert cuts
    assert not any(cut.endswith("Morvanian") for cut in cuts), cuts


def test_a_hedged_future_reads_likely_to() -> None:
    """ "to most likely be unveiled" splits the infinitive: the hedge goes before "to"."""
    title = lead_title("Details of the next Kelnet console will most likely be unveiled in May.")
    assert "likely to be unveiled" in title and "most likely" not in title, title


def test_an_opening_place_with_most_is_no_subject() -> None:
    """ "In most corners of the industry, ..." opens on a place; "At least 20 people" counts
    its subject."""
    title = lead_title(
        "In most corners of the Kelmont boat industry, electric engines are being heralded "
        "as the biggest change since steam."
    )
    assert title.startswith("Electric engines"), title
    assert lead_title("At least 20 people died in a Kelmont ferry fire on Monday.").startswith(
        "At least 20 people"
    )


def test_a_linking_phrase_leaves_the_headline() -> None:
    """ "on the other hand" ties the lead to a sentence the headline does not carry."""
    title = lead_title(
        "Kelnet's new game on the other hand revisits the best-loved scenes of the Arden films."
    )
    assert "other hand" not in title and "revisits" in title, title


def test_a_particle_that_closes_its_clause_closes_the_headline() -> None:
    """ "should be set up, MPs said": the lead's headline ends on the particle that completes
    its verb instead of giving way to a later sentence's side fact."""
    title = lead_title(
        "A national body to tackle skills shortages should be set up, a committee of Kelmont "
        "MPs has said.",
        "The committee was reporting on the work of the Arden research council.",
    )
    assert title.startswith("National body to tackle skills shortages should be set up"), title


def test_a_particle_before_its_object_is_no_close() -> None:
    """ "sets up" with its object still to come is no headline end."""
    cuts = lead_cuts("Kelco has set up a new research unit in Morvane.")
    assert not any(cut.endswith(" up") for cut in cuts), cuts


def test_a_bare_head_noun_takes_the_phrase_that_names_it() -> None:
    """ "poised to launch bid" leaves out whose bid: the phrase with the name goes along."""
    lead = (
        "Pan-European group Kelnext is poised to launch a bid for the Arden Stock Exchange, "
        "Morvane media reports say."
    )
    assert lead_title(lead).endswith("bid for Arden Stock Exchange"), lead_title(lead)
    lead = "The Morvane Party has appointed a senior figure from Kelco to run its campaign."
    assert "senior figure from Kelco" in lead_title(lead), lead_title(lead)


def test_so_and_an_adjective_keep_their_clause_or_lose_so() -> None:
    """ "are so outdated" promises the "that" clause a headline leaves out: "so" goes."""
    title = lead_title(
        "The computer systems used to monitor Kelmont's power stations are so outdated that "
        "they are hampering the work of inspectors."
    )
    assert title.endswith("power stations outdated"), title


def test_a_wh_clause_keeps_what_its_verb_wants() -> None:
    """ "wonder why it took" stops before what it took: "so long" goes with it."""
    title = lead_title(
        "No-one who plays the finished Kelnet game will wonder why it took so long to make."
    )
    assert title.endswith("why it took so long") or "so long to make" in title, title


@pytest.mark.parametrize(
    ("lead", "headline"),
    [
        ("Coach Farrow is unlikely to select any players from the Kelmont league.", "unlikely to"),
        ("Troubled carmaker Kelwagen is in talks with a rival about an alliance.", "in talks with"),
        ("Kelmont ministers are unhappy about plans to cut the housing budget.", "unhappy about"),
    ],
)
def test_a_state_or_place_is_headlined_without_its_copula(lead: str, headline: str) -> None:
    """Wire headlines drop "is" before a state or a place: "Farrow unlikely to select",
    "Kelwagen in talks with rival"."""
    title = lead_title(lead)
    assert headline in title and " is " not in title and " are " not in title, title


def test_a_noun_after_the_copula_keeps_it() -> None:
    """ "is an unlikely setting": the adjective belongs to the noun, and "Kelmont unlikely
    setting" would read as nothing; "is" stays."""
    title = lead_title("The cruise liner Kelmont Star is an unlikely setting for radar tests.")
    assert title.startswith("Kelmont Star is") and "unlikely setting" in title, title


def test_a_verb_of_saying_keeps_what_was_said() -> None:
    """ "Minister says" is no news: the headline goes on to what was said."""
    title = lead_title(
        "The new health minister for Kelmont says there are lessons to learn from Arden."
    )
    assert not title.endswith("says") and "lessons" in title, title


def test_a_closing_learned_names_the_source_not_the_news() -> None:
    """ ", the BBC's political editor has learned" closes the lead as a source does."""
    title = lead_title(
        "Premier Dorn Kessel is likely to call an early vote when parliament returns, the "
        "Kelmont Post's political editor has learned."
    )
    assert title.startswith("Dorn Kessel likely to call early vote"), title


def test_a_short_headline_goes_on_to_the_phrase_that_completes_it() -> None:
    """ "Kolt to make return" tells too little: a nearly as likely longer cut wins."""
    title = lead_title(
        "Tennis star Mira Kolt will make her return from a long wrist injury at the Kelmont "
        "Open in May.",
        "Kolt has not played since October.",
    )
    assert title.startswith("Kolt to make return") and len(title.split()) >= 5, title


def test_a_placed_participle_keeps_its_place() -> None:
    """ "has been put | on hold": the place completes the verb even after "been"."""
    title = lead_title("A campaign by Kelnet to block junk mail appears to have been put on hold.")
    assert title.endswith("put on hold"), title


def test_an_amount_stays_with_what_it_counts() -> None:
    """ "announces 5.65bn | euros" splits one amount: no cut falls between them, and a
    midfielder keeps the noun for what he does though the lexicon lacks it."""
    title = lead_title(
        "Swiss drugmaker Kelpharm has announced 5.65bn euros of purchases to grow its "
        "generics unit."
    )
    assert not title.endswith("5.65bn") and title.startswith("Kelpharm"), title
    title = lead_title("Kelmont midfielder Aron Vell has been ruled out for six weeks.", "Vell.")
    assert title.startswith("Midfielder Vell ruled out"), title


def test_a_pronoun_keeps_its_copula() -> None:
    """ "insists he is livid" would read "insists he livid" without it."""
    title = lead_title("Coach Dale Ormond insists he is livid about the referee's decision.")
    assert "he is livid" in title, title


def test_a_stated_plan_is_told_with_to_alone() -> None:
    # "Unilever to merge its two boards" is the editors' own example of a 5.
    assert lead_title("Unilever has agreed to merge its two boards.") == (
        "Unilever to merge two boards"
    )
    assert lead_title("Dairy group Milko plans to build a second plant in Wales.").startswith(
        "Milko to build second plant"
    )
    assert lead_title("The Kelmont saxophone is set to fetch $1m at auction.").startswith(
        "Kelmont saxophone to fetch $1m"
    )
    # A hope is no plan, and a plan given up is none either.
    assert lead_title("Ferris hopes to block the transfer of his striker.").startswith(
        "Ferris hopes to block"
    )
    assert not lead_title("The Kelmont board had planned to sell the unit.").startswith(
        "Kelmont board to sell"
    )


def test_a_plan_to_put_something_keeps_where_it_goes() -> None:
    title = lead_title(
        "Both the Greens and the Liberals have pledged to put pensions at the heart of their "
        "campaigns."
    )
    assert title.endswith("to put pensions at heart of campaigns")


def test_an_owner_or_creator_goes_after_the_firm_or_work_it_holds() -> None:
    assert lead_title(
        "The majority owner of embattled oil firm Vantor has sued the government for damages."
    ).startswith("Vantor majority owner sues government")
    assert lead_title(
        "The creator of defunct TV soap Riverside has written to the culture minister."
    ).startswith("Riverside creator writes to culture minister")
    # No name closes the owner phrase: the subject stays as the lead has it.
    assert lead_title("The owner of the local club has sued the council.").startswith(
        "Owner of local club sues council"
    )


def test_a_descriptor_before_a_name_in_the_object_goes() -> None:
    assert lead_title("Ferris United face a trip to Northern League leaders Gorwick.") == (
        "Ferris United face trip to Gorwick"
    )
    # A noun for what a person does says who they are, and a verb is no descriptor.
    assert lead_title("Kelmont Athletics has appointed psychologist Ann Corr.").endswith(
        "psychologist Ann Corr"
    )
    assert "after criticising referee Kaplan" in lead_title(
        "Ferris faces disciplinary action after criticising referee Kaplan."
    )


def test_an_article_is_kept_only_where_the_headline_opens_on_a_figure() -> None:
    assert lead_title("Walker won the 9.2km race in Leeds.") == "Walker wins 9.2km race in Leeds"
    assert lead_title("Barrow saw a 12% jump in profits.") == "Barrow sees 12% jump in profits"
    assert lead_title("Growth accelerated in the third quarter.") == (
        "Growth accelerates in third quarter"
    )


def test_a_cut_never_leaves_a_contact_clause_without_its_verb() -> None:
    # "are issues ministers": the noun after "issues" is the subject of a clause with no
    # "that", not part of the object.
    title = lead_title(
        "Pensions and care are issues ministers from the main parties have stepped around."
    )
    assert not title.endswith(("issues ministers", "main parties"))


def test_a_lead_telling_how_things_usually_are_gives_way_to_the_news() -> None:
    article = Article(
        source="t.txt",
        paragraphs=(
            Paragraph(
                "Pensions and care have normally been issues ministers from the main parties "
                "have stepped around at election time."
            ),
            Paragraph(
                "But no longer. Both the Greens and the Liberals have pledged to put pensions "
                "at the heart of their campaigns."
            ),
        ),
    )
    assert make_title(article) == "Both Greens and Liberals to put pensions at heart of campaigns"


def test_a_future_act_keeps_the_condition_it_holds_under() -> None:
    assert lead_title(
        "Members will be banned from the chamber if they use pagers during debates."
    ).startswith("Members to be banned from chamber if they use pagers")
    # Never cut inside the condition before its verb.
    title = lead_title(
        "Spending can only be restored if the minister opens up his books for inspection, "
        "say the Greens."
    )
    assert "if minister opens up books" in title


def test_a_subject_may_lose_the_phrase_after_its_head_when_the_words_tell_little() -> None:
    title = lead_title(
        "Parents who refuse to allow former partners contact with their children could be "
        "electronically tagged under plans being considered by ministers.",
        "Tagging parents is one of the plans ministers are considering for the courts.",
    )
    assert title.startswith("Parents could be tagged"), title


def test_a_lead_that_sets_the_scene_of_a_talk_headlines_what_was_told() -> None:
    # "Corr speaks to over 100 secondary pupils" is the setting; what he told them is news.
    assert lead_title(
        "First Minister Ian Corr spoke to over 100 secondary pupils at a school in Dundee, "
        "telling them that a vote at 16 would make politicians listen.",
        "Corr said young people cared about politics.",
    ) == ("Corr tells pupils vote at 16 will make politicians listen")
    assert lead_title(
        "The minister visited the Dundee plant, urging workers to accept the pay offer."
    ).startswith("Minister urges workers to accept pay offer")
    # A talk still to come told nothing yet.
    assert lead_title("Corr will speak to pupils, telling them about the vote.").startswith(
        "Corr to speak to pupils"
    )


def test_a_participle_clause_a_lead_ends_on_is_never_the_headline_clause() -> None:
    # "before the election" follows the sentence's own verb: no opening clause ends at its
    # comma, and "declaring Harland needs ..." has no subject of its own.
    tokens = (
        "Party delegates are gathering for their spring conference before the election, "
        "declaring Harland needs a new mayor ."
    ).split()
    clause = main_clause(tokens)
    assert clause is not None and [tokens[i] for i in clause.subject] == ["Party", "delegates"]
    assert not lead_title(
        "Party delegates are gathering for their spring conference before the election, "
        "declaring Harland needs a new mayor."
    ).startswith("Declaring")


def test_a_gathering_that_declares_something_headlines_the_declaration() -> None:
    assert lead_title(
        "Green delegates are gathering in Brayford for their last conference before the "
        "vote, declaring the town needs a new bridge."
    ).startswith("Green delegates declare town needs new bridge")


def test_a_headline_never_ends_inside_a_short_quotation() -> None:
    cuts = lead_cuts(
        'Party delegates in Brayford have declared the town needs "a change at the top".'
    )
    assert cuts and all('"a change"' not in cut for cut in cuts), cuts


def test_being_able_to_do_something_is_told_as_doing_it() -> None:
    assert lead_title(
        "Visitors to the Kelmont Library will be able to get wireless internet access."
    ).startswith("Visitors to Kelmont Library to get wireless internet access")
    assert lead_title("Ferris United are able to sign the striker.").startswith(
        "Ferris United can sign striker"
    )


def test_a_speaker_named_by_a_name_is_never_cut_inside_it() -> None:
    # "Lib Dems" is one name: "Dems" alone names nobody; "Tory MP" may go to "MP".
    assert attributions(("the", "Lib", "Dems"), "say") == [
        ("", ", say Lib Dems"),
        ("Lib Dems: ", ""),
    ]
    assert ("", ", says MP") in attributions(("a", "Tory", "MP"), "said")


def test_an_office_of_two_fields_still_names_the_speaker_of_a_claim() -> None:
    assert lead_title(
        "Loud arcade games should carry warning stickers, the trade and industry secretary "
        "has said."
    ) == ("Loud arcade games should carry warning stickers, says trade and industry secretary")


def test_a_name_that_reports_keeps_its_verb_of_saying() -> None:
    # "said" before a bare noun is the verb, not a participle: never "X said sales set to be".
    title = lead_title(
        "Corvane said music sales for the year to March will fall 8%, with profits set to "
        "be 15% lower than expected."
    )
    assert title.startswith("Corvane says music sales"), title
    assert "to will" not in title and "year to" not in title, title


def test_a_name_the_article_gives_by_its_initials_goes_by_them() -> None:
    more = "The NFA said the ruling was final."
    title = lead_title("The Northland Football Association has banned the striker.", more)
    assert title.startswith("NFA bans striker"), title
    assert lead_title("The Dorran Central Bank's board met.", "The DCB gave no date.").startswith(
        "DCB's board"
    )
    # Initials only introduced in brackets are not yet the article's name for it.
    assert lead_title(
        "Kelmont Bank (KB) has raised its rates.", "Officials gave no further details."
    ).startswith("Kelmont Bank")


def test_a_passive_still_going_on_keeps_being_in_what_is_reported() -> None:
    title = lead_title("The Aldorian police are warning that a virus is being spread via e-mails.")
    assert "virus being spread" in title, title


def test_a_body_named_with_an_office_word_keeps_its_whole_name() -> None:
    # "Premier" opens the name of a league, no office: never "League attempts".
    title = lead_title("The Premier League is attempting to find a date for the hearing.")
    assert title.startswith("Premier League"), title
    assert lead_title("Russian President Vladimir Putin has visited the plant.").startswith(
        "Vladimir Putin visits"
    )


def test_two_nouns_sharing_the_plural_they_modify_are_never_parted() -> None:
    title = lead_title(
        "Kelnet has said it will double the broadband speeds of most of its home and "
        "business customers."
    )
    assert not title.endswith("home"), title


def test_an_adverb_before_being_able_to_stays_with_the_act() -> None:
    assert lead_title(
        "People using wireless hotspots will soon be able to make free phone calls."
    ).startswith("People using wireless hotspots to soon make free phone calls")


def test_a_final_say_is_no_closing_attribution() -> None:
    # ", will have the final say" goes on with the clause: "say" is a noun, "final" no speaker.
    title = lead_title(
        "But Brenner also admits Holm, who has been linked with other clubs, will have the "
        "final say on his future.",
        "Brenner spoke to reporters.",
    )
    assert "say final" not in title and ", say" not in title, title


def test_a_short_object_keeps_the_after_clause_that_carries_the_news() -> None:
    """ "Gorwick manager Tam Reid said he has no regrets" says nothing until "after" says
    why; the clause stays, cut only past its own verb."""
    title = lead_title(
        "Gorwick manager Tam Reid said he has no regrets after his young side lost 4-0 at "
        "Ferris in the cup.",
        "Reid said the youngsters would learn from it.",
    )
    assert title.startswith("Reid has no regrets after"), title
    assert "loses 4-0" in title, title  # told in the present, as the headline
    # never cut between the clause's subject and its verb
    cuts = lead_cuts(
        "Gorwick manager Tam Reid said he has no regrets after his young side lost 4-0.",
        "Reid said the youngsters would learn from it.",
    )
    assert not any(cut.endswith(("side", "young side")) for cut in cuts), cuts


def test_an_as_phrase_that_is_no_clause_still_ends_the_object() -> None:
    """ "name 5 May as election day when Parliament returns": the verb after "when" is
    another clause's, so "as" opens no clause of its own."""
    title = lead_title(
        "Kelmont's mayor is likely to name a date as polling day when the council returns."
    )
    assert "council returns" not in title, title


def test_a_possessive_goes_with_the_descriptor_it_opened() -> None:
    title = lead_title(
        "New Ferris manager Tam Reid faces an immediate reunion with his old club Gorwick."
    )
    assert title.endswith("faces immediate reunion with Gorwick"), title


def test_a_subject_described_before_it_is_named_goes_by_its_name() -> None:
    title = lead_title(
        "The region's biggest baker, Kelmont and Dorran, is to buy 40% of Arden Mills in a "
        "deal worth £20m."
    )
    assert title.startswith("Kelmont and Dorran to buy 40% of Arden Mills"), title
    # a list of names stays whole
    assert lead_title("Ferris, Gorwick and Arden have agreed to merge their councils.").startswith(
        "Ferris, Gorwick and Arden"
    )


def test_a_sum_the_lead_gives_stays_in_the_headline() -> None:
    """ "Kelco owner sues government" leaves out what the reader looks for: how much."""
    title = lead_title(
        "The majority owner of Kelco has sued the Arden government for $12.5bn.",
        "Kelco says the government owes it $12.5bn.",
    )
    assert title.endswith("for $12.5bn"), title


def test_a_participle_after_the_subject_is_no_verb_before_plans_to() -> None:
    """ "A suspect held in Kelmont jail for two years plans to sue": "held" only says which
    suspect; the headline's verb is the plan."""
    title = lead_title(
        "A terror suspect held in Kelmont jail for 18 months plans to sue the government."
    )
    assert "holds" not in title, title
    assert "to sue government" in title, title


def test_two_people_described_before_their_names_go_by_their_names() -> None:
    title = lead_title(
        "Film stars Ann Corr and Tam Reid are reuniting for The Kelmont Road, a drama set "
        "in Ferris.",
        "Corr and Reid last worked together in 2001.",
    )
    assert title.startswith("Corr and Reid reunite"), title
    # a team and a described player are no pair of people
    title = lead_title("Gorwick and Ferris forward Tam Reid has signed a new contract.")
    assert not title.startswith("Gorwick and"), title


def test_a_verb_alone_gives_way_to_the_phrase_that_places_it() -> None:
    """ "Corr and Reid reunite" says less than "reunite for The Kelmont Road"."""
    title = lead_title(
        "Film stars Ann Corr and Tam Reid are reuniting for The Kelmont Road, a drama set "
        "in Ferris.",
        "Corr and Reid last worked together in 2001.",
    )
    assert title.endswith("for The Kelmont Road"), title


def test_a_number_inside_a_name_is_no_place_to_cut() -> None:
    cuts = lead_cuts(
        "Wales are hopeful that flanker Tam Reid could be fit for the RBS 6 Nations opener "
        "against England in Cardiff."
    )
    assert not any(cut.endswith(("RBS", "RBS 6")) for cut in cuts), cuts


def test_a_name_in_apposition_stands_for_its_description() -> None:
    """ "premiere of new film, Beyond the Sea," names the film: the name stays, with the
    words of its title, and the description goes."""
    title = lead_title(
        "Film stars Ann Corr and Tam Reid attended the premiere of their new film, Over the "
        "Hill, in Kelmont on Thursday.",
        "Corr and Reid smiled for the cameras.",
    )
    assert title == "Corr and Reid attend premiere of Over the Hill", title
    # a clause after the comma is no name
    title = lead_title("Sales fell in the third quarter, Kelco said on Monday.")
    assert "Kelco" not in title, title


def test_a_rank_wants_what_it_ranks_first_in() -> None:
    """ "becomes first solo artist" says nothing until "to have three singles in the top
    five" says first at what."""
    cuts = lead_cuts(
        "Rapper Kel Dorran has become the first solo artist to have three singles in the "
        "Arden top five in the same week."
    )
    title = lead_title(
        "Rapper Kel Dorran has become the first solo artist to have three singles in the "
        "Arden top five in the same week."
    )
    assert not title.endswith("first solo artist"), (title, cuts)


def test_a_passive_wants_who_acts_when_the_lead_names_them() -> None:
    title = lead_title(
        "The late Ann Corr's Radio Kelmont show is to be succeeded in February by three shows "
        "hosted by three DJs.",
        "Corr died in October.",
    )
    # a coming event's date stays, and the agent after it is still wanted
    assert "succeeded in February by three shows" in title, title


def test_a_compound_noun_the_lexicon_lacks_is_a_descriptor_too() -> None:
    """ "French carmaker Venn Motors": "carmaker" is no word the lexicon knows, but it
    describes the name after it as "car maker" would."""
    title = lead_title(
        "Kelco Motors is in talks with French carmaker Venn Arden about an alliance."
    )
    assert "carmaker" not in title, title
    assert "with Venn Arden" in title, title
    # a count before a name is no descriptor
    title = lead_title("Dame Ann Corr is among three British authors on the Kelmont prize list.")
    assert "three British authors" in title, title


def test_a_win_names_whom_it_was_over() -> None:
    cuts = lead_cuts(
        "Ann Corr continued her remarkable rise with victory over Kelmont Open champion "
        "Tam Venn at the Arden Championships."
    )
    assert not any(cut.endswith("with victory") for cut in cuts), cuts


def test_a_name_with_its_initials_in_brackets_stays_the_subject() -> None:
    article = parse_text(
        "Kelmont Motors (KM) saw its net profits fall 37% in the last quarter of 2004, as"
        " it continued to lose money in Europe.\n\nKM earned $630m in the period.",
        source="t.txt",
    )
    assert make_title(article).startswith("KM sees net profits fall 37%")


def test_a_verb_of_seeing_keeps_the_verb_its_object_does() -> None:
    title = lead_title(
        "Most towns of the valley saw their trade continue to grow in April and early June,"
        " the chamber of commerce said."
    )
    assert title.endswith("continue to grow")


def test_two_times_joined_by_and_leave_together() -> None:
    tokens = clean_lead("Sales rose in December and early January, the shop said.")
    assert [bare(t) for t in tokens] == ["sales", "rose"]


def test_unnamed_reports_stay_with_what_they_report() -> None:
    title = lead_title(
        "Coach Ada Brant has turned down an offer from the Valmora club, say reports."
    )
    assert title.endswith(", say reports")
    title = lead_title("Retailer Kelmont could sell its food arm, reports claim.")
    assert title.endswith(", say reports") and "claim" not in title


def test_counted_reports_keep_the_record() -> None:
    title = lead_title("Mobile sales rose 9% in the year, two reports have shown.")
    assert "reports" not in title


def test_what_a_court_is_told_is_what_the_court_hears() -> None:
    title = lead_title(
        "The firm does not have to obey any foreign ruling on its debts, a Valmora court"
        " has been told."
    )
    assert title.endswith("court hears")


def test_a_named_speakers_hope_stays_a_hope() -> None:
    title = lead_title(
        "League chief Ada Brant hopes Valmora's Jo Roe will be named player of the year."
    )
    assert "Brant hopes" in title and "Roe will be named player" in title


def test_a_judgement_keeps_its_speaker() -> None:
    title = lead_title(
        "The council is being foolish by refusing to repair the old bridge, a senior local"
        " engineer says."
    )
    assert "refusing" not in title or "refusing to repair" in title
    assert title.endswith("engineer")


def test_members_of_a_body_speak_for_it() -> None:
    title = lead_title("Paper books are here to stay, says a panel of industry experts.")
    assert title.endswith(", say industry experts")


def test_a_clause_joined_by_and_that_leaves_the_first_whole() -> None:
    title = lead_title(
        "Ada Brant has said the Valmora council needs its own mayor and that members should"
        " lead the way on reforming the town hall.",
        "Ms Brant said so on Monday.",
    )
    assert title == "Brant says Valmora council needs own mayor"


def test_a_name_after_its_description_names_the_subject() -> None:
    title = lead_title(
        "The valley's biggest sugar buyer, Valmora, has said it will not allow any new mills"
        " to be built."
    )
    assert title.startswith("Valmora will not allow")


def test_a_clause_noun_keeps_its_act_past_whose_it_is() -> None:
    title = lead_title(
        "A judge has dismissed an attempt by the Valmora shipping firm Kelmont to gain"
        " protection from its creditors."
    )
    assert "Kelmont to gain protection" in title


def test_a_perfect_progressive_with_an_object_is_told_in_the_present() -> None:
    title = lead_title("Valmora fans have been marking the old mill's 200th birthday this week.")
    assert title.startswith("Valmora fans mark old mill's 200th birthday")


def test_an_after_clause_is_told_in_the_present_with_the_headline() -> None:
    """ "shares sink after firm issued warning" mixes tenses: the clause is in the present."""
    cuts = lead_cuts("Shares in Kelco sank 9% after the firm issued a profit warning on Monday.")
    assert any("after firm issues profit warning" in cut for cut in cuts), cuts
    assert not any("issued" in cut for cut in cuts), cuts


def test_an_after_clause_without_its_own_subject_keeps_its_verb() -> None:
    """ "after admitting he lied": the clause opens on a participle, not a subject."""
    cuts = lead_cuts("Kelmont's mayor resigned after admitting he lied to the council.")
    assert not any("lies" in cut for cut in cuts), cuts


def test_a_verb_after_a_modal_keeps_its_object() -> None:
    """ "believes Kelsport can win" leaves out what they can win: a longer cut says it."""
    cuts = lead_cuts(
        "Former captain Ray Dorran believes Kelsport can win the Morvane Shield this season."
    )
    assert cuts
    assert not any(cut.endswith("can win") for cut in cuts), cuts


def test_a_hyphenated_perfect_is_told_in_the_present() -> None:
    title = lead_title("Kelsport coach Ray Dorran has re-opened the long row over ticket prices.")
    assert "Dorran re-opens" in title, title


def test_a_passive_of_naming_keeps_what_it_names_its_subject() -> None:
    """ "bridge named" says nothing: "named as the region's best building" is the news."""
    title = lead_title("Kelmont's new footbridge has been named as the region's best building.")
    assert "named as region's best building" in title, title
    title = lead_title("Two glass towers in Valmora have been recognised as the tallest.")
    assert "recognised as tallest" in title, title


def test_a_participle_aside_between_commas_is_no_verb() -> None:
    """ "The film, called Tide, has been shown": "calls Tide" would misread the aside."""
    title = lead_title("The last novel by writer Anna Berg, called Low Tide, has been published.")
    assert "calls" not in title, title
    assert title.endswith("published"), title


def test_a_negation_keeps_the_just_it_limits() -> None:
    """ "should not be cutting prices" would deny what the lead only qualifies."""
    title = lead_title("Shops in Kelmont should not just be cutting prices, traders say.")
    assert "should not just be cutting prices" in title, title


def test_a_reported_wish_keeps_its_would() -> None:
    """ "would like to race" is a wish: "will like to race" is no English, "to like" no news."""
    title = lead_title("Runner Ellen Marsh has indicated that she would like to race in Kelmont.")
    assert "would like to race" in title, title
    title = lead_title("Kelsport manager Ray Dorran said he would like to sign two new strikers.")
    assert "would like to sign" in title, title
    title = lead_title("Kelsport manager Ray Dorran said the club would sign two new strikers.")
    assert "club will sign" in title, title


def test_a_description_between_commas_holds_no_verb() -> None:
    """ "the showcase for new hits": "hits" describes the fair; "opens" is what it does."""
    title = lead_title(
        "The Kelmont Fair, the region's top showcase for uncovering the next big hits and new"
        " talent, opens on Thursday."
    )
    assert title.startswith("Kelmont Fair opens"), title


def test_one_of_keeps_the_phrase_that_says_which() -> None:
    """ "Velland is one of men" tells nothing: the phrase after it says which men."""
    title = lead_title(
        "Leading actor Tom Velland is one of the men behind plans to reopen a Kelmont theatre."
    )
    assert not title.endswith("one of men"), title
    assert "one of men behind" in title, title


def test_a_place_before_there_is_is_no_subject() -> None:
    """ "At festival is prospect" is no headline: a later sentence states the news."""
    title = lead_title(
        "At the Kelmont festival on Saturday, there is the prospect that a local band could"
        " win a clutch of prizes.",
        "The band Kelco Lights has been nominated in five categories.",
    )
    assert not title.startswith("At "), title


def test_a_reported_event_keeps_its_reportedly() -> None:
    """ "officials disappear" would tell as fact what the lead only reports."""
    title = lead_title("Two officials at the Kelco bank have reportedly disappeared.")
    assert "reportedly disappear" in title, title
    title = lead_title("The Kelco board will reportedly reject the offer for the club.")
    assert "reportedly to reject" in title, title


def test_an_expected_act_keeps_its_expected() -> None:
    """ "Ferrow to quit" would claim what others only expect of him."""
    title = lead_title("Kelmont Rovers manager Dan Ferrow is expected to quit the club in June.")
    assert "Ferrow expected to quit" in title, title
    assert "likely to quit" in lead_title("Dan Ferrow is likely to quit the club in June.")


def test_a_follow_up_lead_gives_way_to_the_news() -> None:
    """ "Move comes as ..." names no subject: the sentence after it tells the news."""
    title = lead_title(
        "The move comes as the Veltan Trust prepares to close four of its branches.",
        "The Veltan Trust will cut 300 jobs, the bank said on Monday.",
    )
    assert title.startswith("Veltan Trust to cut 300 jobs"), title


def test_a_stretch_of_time_is_no_subject() -> None:
    """ "Last 12 months see ..." sums up a year: the sentence after it has the news."""
    title = lead_title(
        "The last 12 months have seen a sharp rise in fake parcel messages sent to phones.",
        "The Veltan Trust said criminals sent two million such texts in the year to March.",
    )
    assert not title.startswith("Last 12 months"), title
    assert "Veltan Trust" in title, title


def test_an_and_clause_is_a_place_to_cut() -> None:
    """ "breaks barrier | and the number of cases grew": the first clause is a headline, and
    a headline keeping the second tells it in the present, agreeing with "number"."""
    cuts = lead_cuts(
        "Sales of the Kelco scooter passed the 5,000 mark and the number of new dealers rose to 40."
    )
    assert "Sales of Kelco scooter pass 5,000 mark" in cuts, cuts
    assert not any(cut.endswith("dealers rose") for cut in cuts), cuts
    assert all("dealers rise " not in cut + " " for cut in cuts), cuts


def test_a_long_subject_is_named_by_its_head() -> None:
    """A wire desk leaves the rest of a long subject to the story: "Report by Kelmont Trust
    delayed", not what the report is on; a head that says nothing alone keeps its phrase."""
    title = lead_title(
        "A report by the Kelmont Trust on the future of the town's historic harbour has been"
        " delayed."
    )
    assert title == "Report by Kelmont Trust delayed", title
    title = lead_title(
        "Friends of those who collect vintage stamps may want to visit the Veltan fair."
    )
    assert not title.startswith("Friends of those may"), title
    title = lead_title(
        "A surge in demand for bicycles from Kelco has led to a six-week wait at Veltan stores."
    )
    assert title.startswith("Surge in demand"), title


def test_a_span_of_time_wants_what_it_is_after() -> None:
    """ "sell just hours" leaves the reader asking: hours after what?"""
    cuts = lead_cuts(
        "Tickets for the Kelmont folk festival featuring Dan Ferrow ran out just hours after"
        " the box office opened."
    )
    assert not any(cut.endswith("just hours") for cut in cuts), cuts


def test_will_have_to_stays_and_keeps_its_way() -> None:
    """ "to have to" reads badly, and "negotiate way" leaves out which way; an "if" that
    says what for ("if they are to win") is no condition the headline needs."""
    title = lead_title(
        "Kelmont will have to negotiate their way through a tough draw if they are to win"
        " the Veltan Sevens."
    )
    assert title.startswith("Kelmont will have to negotiate way through tough draw"), title
    title = lead_title("Dan Ferrow will have the final say on his future.")
    assert "Ferrow to have final say" in title, title


def test_an_after_clause_is_told_in_the_present() -> None:
    """ "after fund voiced opposition" in a present headline reads as a slip; a past form
    after a possessive describes its noun and stays as it is."""
    title = lead_title(
        "Shares in Kelco have risen 3% after a pension fund voiced opposition to the deal."
    )
    assert "after pension fund voices opposition" in title, title
    title = lead_title("Kelco shares fell after the firm's planned merger with Veltan collapsed.")
    assert "firm's planned merger" in title, title


def test_a_lead_set_years_ago_drops_its_time() -> None:
    """ "Some 40 years ago Ferrow leave ..." read the time as the subject; an "ago" later in
    the sentence is an anniversary's news and stays."""
    title = lead_title("Some 40 years ago Dan Ferrow left Kelmont Rovers and headed for Spain.")
    assert title.startswith("Dan Ferrow leaves Kelmont Rovers"), title
    title = lead_title("Singer Dan Ferrow vanished ten years ago, and his fans still hold vigils.")
    assert title.endswith("vanishes ten years ago"), title


def test_a_lead_pointing_at_its_page_drops_this() -> None:
    """ "This second space film brings ..." points at a page a headline reader does not
    have; "this year's" keeps it, as "this" says which year."""
    title = lead_title("This second space film brought a change of director and a bold new look.")
    assert title.startswith("Second space film brings change of director"), title
    title = lead_title("This year's harvest fell by a third, farmers in Norland said.")
    assert title.startswith("This year's harvest falls"), title


def test_a_call_for_someone_to_act_keeps_the_act() -> None:
    """ "calls for all MPs found guilty" leaves out what they are to be: the call is the act
    its infinitive names, so the headline runs on to it."""
    title = lead_title(
        "Gina Morrow has called for all drivers caught speeding near schools to be banned.",
        "Morrow said more must be done.",
    )
    assert title == "Morrow calls for all drivers caught speeding near schools to be banned", title
    title = lead_title("Unions have called for the mayor of Ostend to resign over the tram deal.")
    assert title.startswith("Unions call for mayor of Ostend to resign"), title


def test_an_estimated_cost_names_what_it_is_for() -> None:
    """ "It could cost £80m to run a vote on ..." opens on an empty "it": the headline names
    the thing the money goes on, with the figure that is the news."""
    title = lead_title("It could cost £40m to rebuild the old harbour wall, the council has said.")
    assert title.startswith("Old harbour wall could cost £40m"), title


def test_a_comparison_keeps_what_it_is_measured_against() -> None:
    # "fewer jobs" alone says jobs fell; the news is that they fell short of forecasts.
    lead = (
        "Velland created fewer jobs than expected in March, but analysts said that the dip "
        "in hiring was not enough to derail the region's economy."
    )
    assert "Velland creates fewer jobs" not in lead_cuts(lead)
    assert lead_title(lead).startswith("Velland creates fewer jobs than expected")
