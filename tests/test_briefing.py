"""The briefing around the briefs: stories on day pages, topic timelines, related briefs, feed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import feedparser
import pytest
from conftest import make_article, make_brief
from hypothesis import given, settings
from hypothesis import strategies as st

import digest.group.site
from digest.analyze.combine import summarize_story
from digest.config import Settings
from digest.group import briefing_order, group_site
from digest.group.stories import Stories
from digest.model import Brief, Site, Story
from digest.render import STORY_SIBLINGS, render_site
from digest.render.neighbours import Neighbours
from digest.render.timeline import timeline_svg

D1, D2 = dt.date(2024, 3, 4), dt.date(2024, 3, 5)


def brief(title: str, source: str, date: dt.date | None, story: int, **changes: object) -> Brief:
    article = make_article(f"{title} happened today.", source=source, date=date)
    summary = (f"{title} happened today.",)
    return make_brief(title, slug="", article=article, story=str(story), summary=summary, **changes)


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Site:
    """A site of two stories on two days; stories are fixed here, not clustered."""

    def fixed_stories(briefs: Sequence[Brief], *_: object) -> Stories:
        return Stories(tuple(int(b.story) for b in briefs), (0.0,) * len(briefs))

    monkeypatch.setattr(digest.group.site, "find_stories", fixed_stories)
    briefs = [
        brief("Metro line approved", "seeds/a.txt", D1, 1, keywords=("metro line", "Lisbon")),
        brief("Lisbon metro gets go-ahead", "seeds/b.txt", D1, 1, keywords=("metro line",)),
        brief("Metro works begin", "seeds/c.txt", D2, 1, keywords=("metro line", "works")),
        brief("Maize harvest grows", "seeds/d.txt", D2, 2, keywords=("maize", "harvest")),
        brief("Harvest stores open", "seeds/e.txt", D2, 3, keywords=("harvest", "stores")),
    ]
    return group_site(briefs, Settings())


def pages(site: Site) -> dict[str, str]:
    return {p.path: p.text for p in render_site(site, Settings())}


def test_day_page_groups_one_story_from_several_sources(site: Site) -> None:
    day = next(d for d in site.days if d.date == D1)
    assert [len(s.briefs) for s in day.stories] == [2]
    text = pages(site)["days/2024-03-04.md"]
    assert text.count("\n## ") == 1 and "Also covered by:" in text
    assert "Metro line approved" in text and "Lisbon metro gets go-ahead" in text


def test_stories_are_ranked_by_that_days_coverage(site: Site) -> None:
    day = next(d for d in site.days if d.date == D2)
    assert [len(s.briefs) for s in day.stories] == [1, 1, 1]
    whole = [len(s.briefs) for s in site.stories]
    assert whole == sorted(whole, reverse=True) and whole[0] == 3


def test_brief_page_lists_its_story_and_related_briefs(site: Site) -> None:
    text = pages(site)["briefs/2024/03/05/maize-harvest-grows.md"]
    assert "## Related briefs" in text and "Harvest stores open" in text
    assert "## In this story" not in text
    story_page = pages(site)["briefs/2024/03/04/metro-line-approved.md"]
    assert "## In this story" in story_page and "Metro works begin" in story_page


def test_related_briefs_come_from_other_stories_only(site: Site) -> None:
    by_source = {b.article.source: b for b in site.briefs}
    for b in site.briefs:
        assert all(by_source[r].story != b.story for r in b.related)
        assert len(b.related) <= 5


def test_story_summary_takes_each_fact_once() -> None:
    first = make_brief(summary=("The council approved the metro plan on Monday.",))
    second = make_brief(
        summary=("On Monday the council approved the metro plan.", "Work starts in May.")
    )
    summary = summarize_story([first, second], sentences=3, words=75)
    assert summary == ("The council approved the metro plan on Monday.", "Work starts in May.")


def test_timeline_counts_every_day_including_empty_ones() -> None:
    svg = timeline_svg([D1, D1, D1 + dt.timedelta(days=3)], label="x")
    # Four days, bars on the first (full height) and the fourth (half): empty days keep
    # their place on the axis.
    assert 'd="M1 60V0h10V60zM37 60V30h10V60z"' in svg
    assert "at most 2, in the day of 2024-03-04" in svg
    assert "<script" not in svg and "http" not in svg.replace("http://www.w3.org", "")


def test_long_timelines_fall_back_to_weeks_then_months() -> None:
    year = [dt.date(2024, 1, 1) + dt.timedelta(days=d) for d in range(0, 300, 10)]
    assert "per week" in timeline_svg(year, label="x")
    decade = [dt.date(2015 + y, 1, 1) for y in range(10)]
    assert "per month" in timeline_svg(decade, label="x")


def test_feed_is_valid_atom_with_article_dates_and_stable_ids(site: Site) -> None:
    feed = feedparser.parse(pages(site)["feed.xml"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 5
    newest = feed.entries[0]
    assert newest.published.startswith("2024-03-05")
    ids = [e.id for e in feed.entries]
    assert len(set(ids)) == 5 and all(i.startswith("tag:") for i in ids)
    assert ids == [e.id for e in feedparser.parse(pages(site)["feed.xml"]).entries]


def test_copies_of_one_article_collapse_into_one_brief_naming_every_source() -> None:
    text = (
        "The port authority said container traffic through the harbour rose by twelve percent "
        "last year, helped by a new terminal and faster customs checks at the gates."
    )
    original = make_brief(
        "Port traffic up", slug="", article=make_article(text, source="seeds/a.txt")
    )
    copy = make_brief(
        "Port traffic up", slug="", article=make_article(text + " More soon.", source="seeds/b.txt")
    )
    other = make_brief(
        "Maize", slug="", article=make_article("Maize prices fell sharply.", source="seeds/c.txt")
    )
    site = group_site([original, copy, other], Settings())
    assert [b.article.source for b in site.briefs] == ["seeds/c.txt", "seeds/a.txt"] or [
        b.article.source for b in site.briefs
    ] == ["seeds/a.txt", "seeds/c.txt"]
    kept = next(b for b in site.briefs if b.article.source == "seeds/a.txt")
    assert kept.duplicates == ("seeds/b.txt",)
    page = render_site(site, Settings())
    assert any("seeds/b.txt" in p.text for p in page if p.path.startswith("briefs/"))


def test_a_long_story_lists_only_its_nearest_briefs_on_each_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        digest.group.site,
        "find_stories",
        lambda briefs, *_: Stories((0,) * len(briefs), (0.0,) * len(briefs)),
    )
    day = dt.date(2024, 1, 1)
    briefs = [
        brief(f"Chapter {i}", f"seeds/{i:02d}.txt", day + dt.timedelta(days=i), 0)
        for i in range(20)
    ]
    text = pages(group_site(briefs, Settings()))["briefs/2024/01/11/chapter-10.md"]
    listed = text.split("## In this story")[1].split("## Full text")[0]
    assert listed.count("<li>") == 8 and "And 11 other briefs in this story." in listed
    assert ">Chapter 9<" in listed and ">Chapter 11<" in listed and ">Chapter 0<" not in listed


def test_a_day_page_summarises_only_what_was_reported_that_day(site: Site) -> None:
    day = next(d for d in site.days if d.date == D2)
    metro = next(s for s in day.stories if s.briefs[0].title == "Metro works begin")
    assert metro.summary == ("Metro works begin happened today.",)
    earlier = next(d for d in site.days if d.date == D1).stories[0]
    assert not any("Metro works begin" in sentence for sentence in earlier.summary)


@settings(deadline=None, max_examples=60)
@given(st.lists(st.one_of(st.none(), st.integers(0, 40)), min_size=1, max_size=40), st.data())
def test_a_brief_lists_the_story_briefs_nearest_in_time_then_first_in_briefing_order(
    days: list[int | None], data: st.DataObject
) -> None:
    day = dt.date(2024, 1, 1)
    briefs = [
        brief(f"Chapter {n}", f"seeds/{n:02d}.txt", None if d is None else day + dt.timedelta(d), 0)
        for n, d in enumerate(days)
    ]
    story = Story("0", tuple(sorted(briefs, key=briefing_order)), ())
    neighbours = Neighbours.of(Site(briefs=tuple(briefs), topics=(), days=(), stories=(story,)))
    me = data.draw(st.sampled_from(briefs))

    def apart(other: Brief) -> int:
        return 1 << 30 if None in (me.date, other.date) else abs((me.date - other.date).days)

    others = [b for b in story.briefs if b is not me]
    nearest = sorted(others, key=lambda b: (apart(b), briefing_order(b)))[:STORY_SIBLINGS]
    expected = sorted(nearest, key=briefing_order)
    assert neighbours.nearest_in_story(me, STORY_SIBLINGS) == (expected, len(others))


def fixed_centrality(monkeypatch: pytest.MonkeyPatch, centres: dict[str, float]) -> None:
    """Group briefs by their `story` field, each with the centrality given by title."""

    def found(briefs: Sequence[Brief], *_: object) -> Stories:
        numbers = tuple(int(b.story) for b in briefs)
        return Stories(numbers, tuple(centres[b.title] for b in briefs))

    monkeypatch.setattr(digest.group.site, "find_stories", found)


def test_a_story_is_named_after_its_most_central_brief_not_a_late_stray(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixed_centrality(monkeypatch, {"Dam opens": 1.4, "Dam floods valley": 1.1, "Dam sold": 0.3})
    briefs = [
        brief("Dam opens", "seeds/a.txt", D1, 1),
        brief("Dam floods valley", "seeds/b.txt", D2, 1),
        brief("Dam sold", "seeds/c.txt", D2 + dt.timedelta(days=40), 1),  # newest
    ]
    site = group_site(briefs, Settings())
    assert {b.story for b in site.briefs} == {"dam-opens"}
    (story,) = site.stories
    assert story.id == "dam-opens" and story.briefs[0].title == "Dam opens"


def test_a_tie_names_the_story_after_its_earlier_brief_whatever_the_input_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fixed_centrality(monkeypatch, {"Ferry strike starts": 0.8, "Ferry strike ends": 0.8})
    briefs = [
        brief("Ferry strike ends", "seeds/a.txt", D2, 1),
        brief("Ferry strike starts", "seeds/b.txt", D1, 1),
    ]
    for order in (briefs, briefs[::-1]):
        site = group_site(order, Settings())
        assert {b.story for b in site.briefs} == {"ferry-strike-starts"}
