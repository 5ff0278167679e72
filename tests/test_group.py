"""group: unique, stable slugs; topics shared by enough briefs; days newest first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
from conftest import make_article, make_brief
from hypothesis import given
from hypothesis import strategies as st

from digest.config import Settings
from digest.group import group_site
from digest.group.related import best_scored, with_related
from digest.group.site import make_days, make_stories
from digest.model import Brief, Seed
from digest.names import slugify
from digest.parse import parse_seed


def test_slug_is_ascii_and_url_safe() -> None:
    assert slugify("Café crème: ¿Qué pasó? 2024/01") == "cafe-creme-que-paso-2024-01"
    assert slugify("../../etc/passwd") == "etc-passwd"


def test_two_briefs_with_one_headline_get_distinct_stable_slugs() -> None:
    a = make_brief("Same headline", slug="", article=make_article("One.", source="seeds/a.txt"))
    b = make_brief("Same headline", slug="", article=make_article("Two.", source="seeds/b.txt"))
    slugs = {x.article.source: x.slug for x in group_site([a, b], Settings()).briefs}
    again = {x.article.source: x.slug for x in group_site([b, a], Settings()).briefs}
    assert len(set(slugs.values())) == 2 and slugs == again


def test_a_human_slug_wins_over_the_headline() -> None:
    brief = make_brief("Long generated headline", slug="", article=make_article(slug="short"))
    assert group_site([brief], Settings()).briefs[0].slug == "short"


def test_topic_needs_the_minimum_number_of_briefs() -> None:
    shared = [
        make_brief(
            f"B{i}", slug="", article=make_article(f"Text {i}."), subjects=("Kenya", f"O{i}")
        )
        for i in range(2)
    ]
    site = group_site(shared, Settings())
    assert [t.name for t in site.topics] == ["Kenya"]
    assert all(b.topics == ("Kenya",) for b in site.briefs)
    assert group_site(shared, Settings(topic_min_briefs=3)).topics == ()


def test_human_topic_makes_a_topic_page_even_alone() -> None:
    article = make_article(topics=("Harbours",))
    brief = make_brief(slug="", article=article, subjects=("Harbours",))
    assert [t.name for t in group_site([brief], Settings()).topics] == ["Harbours"]


def test_days_newest_first_and_undated_kept_apart() -> None:
    briefs = [
        make_brief("A", slug="", article=make_article("A.", source="a", date=dt.date(2024, 1, 1))),
        make_brief("B", slug="", article=make_article("B.", source="b", date=dt.date(2024, 1, 3))),
        make_brief("C", slug="", article=make_article("C.", source="c", date=None)),
    ]
    site = group_site(briefs, Settings())
    assert [d.date.day for d in site.days] == [3, 1]
    assert [b.title for b in site.undated] == ["C"]
    assert [b.title for b in site.briefs] == ["B", "A", "C"]


# Scores that tie after rounding but not before: sums of the same weights in another order.
NEAR_TIES = st.sampled_from([0.1 + 0.2, 0.3, 0.7, 0.7 + 1e-12, 1.5, 2.0, 2.0 - 1e-11])


@given(st.dictionaries(st.integers(0, 50), NEAR_TIES, max_size=30), st.integers(1, 6))
def test_related_briefs_are_the_highest_scores_with_ties_by_position(
    scores: dict[int, float], limit: int
) -> None:
    everything = sorted(scores, key=lambda j: (-round(scores[j], 9), j))
    keys = np.array(list(scores), dtype=np.int64)
    values = np.array(list(scores.values()), dtype=np.float64)
    assert best_scored(keys, values, limit).tolist() == everything[:limit]


def test_each_brief_gets_its_own_related_briefs_even_next_to_one_sharing_nothing() -> None:
    def brief(name: str, story: str, keywords: tuple[str, ...]) -> Brief:
        article = make_article(source=f"seeds/{name}.txt")
        return make_brief(name, article=article, story=story, keywords=keywords)

    briefs = [
        brief("bridge", "s1", ("Jane Marsh", "bridge", "ferry")),
        brief("bake sale", "s2", ("bake sale",)),  # shares nothing with the others
        brief("ferry", "s3", ("Jane Marsh", "ferry", "harbour")),
        brief("harbour", "s4", ("harbour", "ferry", "Jane Marsh")),
        brief("bridge again", "s1", ("bridge", "Jane Marsh")),
    ]
    related = {b.title: b.related for b in with_related(briefs, limit=5)}
    assert related["bake sale"] == ()
    assert related["bridge"] == ("seeds/ferry.txt", "seeds/harbour.txt")
    assert related["ferry"] == ("seeds/harbour.txt", "seeds/bridge.txt", "seeds/bridge again.txt")


# ---------------------------------------------------------------- stories on day pages

STORY_FIXTURES = Path(__file__).parent / "fixtures" / "stories"


def fixture_brief(name: str) -> Brief:
    """Return a brief of a story fixture, its summary the article's first two paragraphs."""
    path = STORY_FIXTURES / f"{name}.txt"
    article = parse_seed(Seed(str(path), path.read_bytes()))
    summary = tuple(p.text for p in article.body[:2])
    return make_brief(name.replace("_", " "), slug="", article=article, summary=summary)


def test_two_events_of_one_kind_on_one_day_are_two_stories_each_summarised_from_its_own() -> None:
    names = [
        "quake_andes_wire",
        "quake_andes_mines",
        "quake_anatolia_wire",
        "quake_anatolia_rescue",
    ]
    site = group_site([fixture_brief(n) for n in names], Settings())
    (day,) = site.days
    assert len(day.stories) == 2
    for story in day.stories:
        own = {sentence for brief in story.briefs for sentence in brief.summary}
        assert story.summary and set(story.summary) <= own
        places = {"Antofagasta" in b.article.text for b in story.briefs}
        assert len(places) == 1  # one quake per story


def test_a_day_story_summary_uses_only_that_days_briefs_of_the_story() -> None:
    first = dt.date(2024, 3, 11)
    a = story_brief("a", first, "Crews fought the fire at the depot all night.", story="fire")
    b = story_brief("b", first, "The depot fire closed the ring road.", story="fire")
    c = story_brief(
        "c",
        first + dt.timedelta(days=1),
        "Police arrested a man over the depot fire.",
        story="fire",
    )
    d = story_brief("d", first, "The council passed its budget.", story="budget")
    days = {day.date: day for day in make_days([a, b, c, d], Settings())}
    fire = next(s for s in days[first].stories if s.id == "fire")
    assert set(fire.summary) <= set(a.summary) | set(b.summary)
    (next_day,) = days[first + dt.timedelta(days=1)].stories
    assert next_day.summary == c.summary  # alone that day: its own summary, whole


def test_a_story_of_one_brief_shows_that_briefs_own_summary() -> None:
    summary = ("The council passed its budget on Monday.", "It raises bus fares.", "Taxes stay.")
    lone = story_brief("lone", dt.date(2024, 3, 11), *summary, story="budget")
    (story,) = make_stories([lone], Settings(summary_sentences=1))
    assert story.summary == summary


def story_brief(name: str, day: dt.date, *summary: str, story: str) -> Brief:
    """Return a brief of a given story, date and summary."""
    article = make_article(" ".join(summary), source=f"seeds/{name}.txt", date=day)
    return make_brief(name, slug=name, article=article, summary=summary, story=story)
