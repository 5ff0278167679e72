"""Page templates: a brief, a topic, a day, the topic and day indexes and the home page.

Each takes what it shows and the settings and returns a Page; lists, ledes and the full
text are raw HTML blocks, headings Markdown (see `digest.render.markup`).
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable, Sequence

from digest.config import Settings
from digest.model import Article, Brief, Day, Page, Site, Topic
from digest.names import topic_slug
from digest.outlets import copies_text, host_of
from digest.paths import (
    FEED_PATH,
    JSON_FEED_PATH,
    brief_path,
    day_path,
    href,
    topic_feed_path,
    topic_path,
)
from digest.render.markup import (
    count,
    date,
    escape_html,
    escape_text,
    html_link,
    markdown_link,
    plain_title,
    rel,
    with_front_matter,
)
from digest.render.timeline import timeline_svg

_WORDS_PER_MINUTE = 200
# A heading whose section Material's search leaves out: lists of other briefs would make
# every brief a hit for the headlines it links to.
_UNSEARCHED = "{ data-search-exclude }"


def render_brief(
    brief: Brief,
    settings: Settings,
    *,
    story: tuple[Sequence[Brief], int] = ((), 0),
    related: Sequence[Brief] = (),
) -> Page:
    """Return a brief's page: headline, meta line, lede, keywords, topics, story, full text.

    `story` holds the other briefs of its story the page lists and how many others there
    are; `related` the related briefs it lists.
    """
    path = brief_path(brief)
    lines = [f"# {escape_text(brief.title)}", "", *_para("meta", _meta_line(brief, settings))]
    if brief.summary:
        lines += _para("lede", escape_html(" ".join(brief.summary)))
    shown = brief.keywords[: settings.page_keywords]
    if shown:
        chips = " ".join(f'<span class="digest-chip">{escape_html(k)}</span>' for k in shown)
        lines += _para("keywords", chips)
    if brief.topics:
        links = [html_link(t, topic_path(topic_slug(t)), path, settings) for t in brief.topics]
        lines += _para("topics", "Topics: " + " · ".join(links))
    lines += _story_and_related(story, related, path, settings)
    lines += _full_text(brief, settings)
    return Page(path, with_front_matter(_brief_meta(brief), lines))


def render_topic(topic: Topic, settings: Settings) -> Page:
    """Return a topic page: description, counts, timeline, related topics, briefs newest first."""
    path = topic_path(topic.slug)
    dates = sorted(b.date for b in topic.briefs if b.date)
    span = f"from {date(dates[0], settings)} to {date(dates[-1], settings)}" if dates else "undated"
    lines = [f"# {escape_text(topic.name)}", ""]
    if topic.keywords:
        lines += _para("lede", f"About: {escape_html(', '.join(topic.keywords))}.")
    lines += _para("meta", escape_html(f"{count(len(topic.briefs), 'brief')}, {span}."))
    feed = href(topic_feed_path(topic.slug), path, directory_urls=settings.directory_urls)
    # Out of the search index: every topic page says it.
    lines += [f'<p data-search-exclude><a href="{html.escape(feed)}" class="digest-feed" '
              'type="application/atom+xml">Follow this topic (Atom feed)</a></p>', ""]  # fmt: skip
    if dates:
        lines += [timeline_svg(dates, label=f"Briefs on {topic.name}"), ""]
    if topic.related:
        links = (html_link(t, topic_path(topic_slug(t)), path, settings) for t in topic.related)
        lines += _para("topics", f"Related topics: {' · '.join(links)}")
    lines += [f"## Briefs {_UNSEARCHED}", "", *_brief_list(topic.briefs, path, settings)]
    return Page(path, with_front_matter({"title": plain_title(topic.name)}, lines))


def render_day(day: Day, settings: Settings) -> Page:
    """Return the briefing of one day: its stories, most covered first."""
    path = day_path(day.date)
    title = f"Briefing for {date(day.date, settings)}"
    lines = [f"# {escape_text(title)}", "", *_para("meta", _day_counts(day))]
    lines += _day_body(day, path, settings)
    return Page(path, with_front_matter({"title": title, "date": day.date}, lines))


def render_topics_index(site: Site, settings: Settings) -> Page:
    """Return the list of all topics, biggest first."""
    path = "topics/index.md"
    lines = ["# Topics", ""]
    if not site.topics:
        lines += [f"No topic yet: a topic needs {count(settings.topic_min_briefs, 'brief')}.", ""]
    else:
        lines += ["| Topic | Briefs | Latest |", "| --- | ---: | --- |"]
    for topic in site.topics:
        latest = max((b.date for b in topic.briefs if b.date), default=None)
        link = markdown_link(topic.name, topic_path(topic.slug), path)
        lines.append(f"| {link} | {len(topic.briefs)} | {date(latest, settings)} |")
    return Page(path, with_front_matter({"title": "Topics"}, [*lines, ""]))


def render_days_index(site: Site, settings: Settings) -> Page:
    """Return the list of all days, newest first, and the undated briefs."""
    path = "days/index.md"
    lines = ["# Days", ""]
    if not site.days:
        lines += ["No dated brief yet.", ""]
    for day in site.days:
        label = date(day.date, settings)
        lines.append(f"- {markdown_link(label, day_path(day.date), path)}: {_day_counts(day)}")
    if site.undated:
        lines += ["", "## Undated", ""] + _brief_list(site.undated, path, settings)
    return Page(path, with_front_matter({"title": "Days"}, [*lines, ""]))


def render_home(site: Site, settings: Settings) -> Page:
    """Return the home page: the latest day's briefing and the biggest topics."""
    path = "index.md"
    lines = ["# Briefing", ""]
    if site.days:
        latest = site.days[0]
        heading = escape_text(date(latest.date, settings))
        lines += [f"## {heading}", "", *_para("meta", _day_counts(latest))]
        lines += _day_body(latest, path, settings, level="###")
    elif site.undated:
        lines += _brief_list(site.undated, path, settings)
    else:
        lines += ["No briefs yet: add articles to the seeds folder and build again.", ""]
    if site.topics:
        lines += ["## Biggest topics", ""]
        for topic in site.topics[:10]:
            lines.append(
                f"- {markdown_link(topic.name, topic_path(topic.slug), path)} ({len(topic.briefs)})"
            )
        lines.append("")
    days, topics = rel("days/index.md", path), rel("topics/index.md", path)
    feeds = f"[Feed]({rel(FEED_PATH, path)}) ([JSON]({rel(JSON_FEED_PATH, path)}))"
    lines += [f"[All days]({days}) · [All topics]({topics}) · {feeds}", ""]
    return Page(path, with_front_matter({"title": "Briefing"}, lines))


def _story_and_related(
    story: tuple[Sequence[Brief], int], related: Sequence[Brief], path: str, settings: Settings
) -> list[str]:
    """Return the lists of the brief's story's nearest other briefs and of related briefs.

    A long-running story can hold hundreds of briefs: listing them all on every one of
    them would make the site grow with the square of the story, so the nearest in time
    are shown, and the count of the rest.
    """
    shown, others = story
    lines: list[str] = []
    if shown:
        lines += [f"## In this story {_UNSEARCHED}", "", *_link_list(shown, path, settings)]
        if others > len(shown):
            lines += [f"And {count(others - len(shown), 'other brief')} in this story.", ""]
    if related:
        lines += [f"## Related briefs {_UNSEARCHED}", "", *_link_list(related, path, settings)]
    return lines


def _day_body(day: Day, path: str, settings: Settings, *, level: str = "##") -> list[str]:
    lines: list[str] = []
    for story in day.stories:
        lead, others = story.briefs[0], story.briefs[1:]
        lines += [f"{level} {markdown_link(lead.title, brief_path(lead), path)}", ""]
        if story.summary:
            lines += [f"<p>{escape_html(' '.join(story.summary))}</p>", ""]
        details = [d for d in [escape_html(lead.article.dateline)] if d]
        details += [html_link(t, topic_path(topic_slug(t)), path, settings) for t in lead.topics]
        if details:
            lines += _para("topics", " · ".join(details))
        if others:
            lines += ["<p data-search-exclude>Also covered by:</p>"]
            lines += _brief_list(others, path, settings)
    return lines


def _day_counts(day: Day) -> str:
    return f"{count(len(day.stories), 'story')}, {count(len(day.briefs), 'brief')}"


def _brief_list(briefs: Iterable[Brief], path: str, settings: Settings) -> list[str]:
    """Return briefs as a list of bold links with dates and first summary sentences."""
    items = []
    for brief in briefs:
        when = escape_html(date(brief.date, settings))
        lede = f": {escape_html(brief.summary[0])}" if brief.summary else ""
        link = html_link(brief.title, brief_path(brief), path, settings)
        items.append(f"<strong>{link}</strong> ({when}){lede}")
    return _html_list(items, searched=False)


def _link_list(briefs: Iterable[Brief], path: str, settings: Settings) -> list[str]:
    """Return briefs as a list of links with dates: what a brief page lists of others."""
    items = (
        f"{html_link(b.title, brief_path(b), path, settings)} "
        f"({escape_html(date(b.date, settings))})"
        for b in briefs
    )
    return _html_list(items, searched=False)


def _html_list(items: Iterable[str], *, searched: bool = True) -> list[str]:
    """Return a list; lists of other briefs stay out of the search index (`searched`)."""
    start = "<ul>" if searched else "<ul data-search-exclude>"
    return [start, *(f"<li>{item}</li>" for item in items), "</ul>", ""]


def _meta_line(brief: Brief, settings: Settings) -> str:
    article = brief.article
    # Blank fields are left out, not shown as empty markup.
    dateline, credit = escape_html(article.dateline), escape_html(article.credit)
    parts = [f"<strong>{dateline}</strong>"] if dateline else []
    if article.agency:  # the wire that filed it, as its dateline named it: "(Xinhua)"
        parts.append(escape_html(article.agency))
    parts.append(escape_html(date(brief.date, settings)) if brief.date else "Undated")
    parts.append(f"{_reading_time(brief)} min read")
    if article.author:
        parts.append(f"By {escape_html(article.author)}")
    # The outlet and its link, never the seed's path: that stays in the front matter.
    parts += [line for line in (_source_line(article), escape_html(copies_text(brief))) if line]
    if credit:
        parts.append(f"Photo: {credit}")
    return " · ".join(parts)


def _source_line(article: Article) -> str:
    """Return "Source: " and the outlet, linked to the article's address when known."""
    name = escape_html(article.outlet or host_of(article.url))
    if not name:
        return ""
    if article.url:  # an http(s) address: parsing dropped any other
        return f'Source: <a href="{html.escape(article.url)}" rel="nofollow">{name}</a>'
    return f"Source: {name}"


def _full_text(brief: Brief, settings: Settings) -> list[str]:
    """Return the full text, collapsed; out of the search index when settings say so."""
    article = brief.article
    heading = "## Full text" + ("" if settings.full_text_search else f" {_UNSEARCHED}")
    body = [f"<p><em>{escape_html(article.caption)}</em></p>"] if article.caption else []
    if article.deck:  # bullet points, byline or a correction note the scrape ran on
        body.append(f"<p><em>{escape_html(article.deck)}</em></p>")
    for paragraph in article.paragraphs:
        tag = "h4" if paragraph.is_subheading else "p"
        body.append(f"<{tag}>{escape_html(paragraph.text)}</{tag}>")
    if article.attribution:
        body.append(f"<p><em>({escape_html(article.attribution)})</em></p>")
    if article.teasers:
        body += ["<p>Also read:</p>", *_html_list(map(escape_html, article.teasers))[:-1]]
    # What Material's `??? quote` makes, without Markdown to convert.
    details = ['<details class="quote">', "<summary>Read the full article</summary>"]
    return [heading, "", *details, *body, "</details>", ""]


def _para(name: str, inner_html: str) -> list[str]:
    """Return a paragraph in one of digest's styles (the class is ours, never seed text)."""
    return [f'<p class="digest-{name}">{inner_html}</p>', ""]


def _brief_meta(brief: Brief) -> dict[str, object]:
    """Return the brief's front matter; keys in a fixed order, written as given."""
    article = brief.article
    return {
        "title": plain_title(brief.title),
        "date": brief.date,
        "slug": brief.slug,
        "source": article.source,
        "url": article.url,
        "outlet": article.outlet,
        "author": article.author,
        "dateline": article.dateline,
        "credit": article.credit,
        "caption": article.caption,
        "keywords": list(brief.keywords),
        # No `tags`: Material's search weighs a tag a thousand times a title, and matches a
        # query's words as prefixes, so "port" in a headline typed whole ranked every brief
        # tagged Portugal above that headline's own brief. Topics are in the page's text.
        "topics": list(brief.topics),
        "summary": list(brief.summary),
        "duplicates": list(brief.duplicates),
        "story": brief.story,
        "word_count": article.word_count,
        "reading_time": _reading_time(brief),
    }


def _reading_time(brief: Brief) -> int:
    return max(1, math.ceil(brief.article.word_count / _WORDS_PER_MINUTE))
