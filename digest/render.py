"""Site -> Pages: Markdown text for every generated file. Pure: nothing here touches the disk."""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial

import frontmatter

from digest import __version__
from digest.assets import stylesheet_page
from digest.config import Settings
from digest.feed import render_feed, render_json_feed, render_topic_feed, topic_feed_shows
from digest.frontmatter_yaml import DigestYAMLHandler
from digest.group import briefing_order
from digest.model import Article, Brief, Day, KeptPage, Page, Site, Topic
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

GENERATOR = f"digest {__version__}"  # front matter marker: digest owns files that carry it
_WORDS_PER_MINUTE = 200
STORY_SIBLINGS = 8  # other briefs of its story listed on a brief page, nearest in time
_UNDATED = 1 << 30  # how many days apart a brief is from an undated one
# A heading whose section Material's search leaves out: lists of other briefs would make
# every brief a hit for the headlines it links to.
_UNSEARCHED = "{ data-search-exclude }"
_BAR, _CHART_HEIGHT = 12, 60  # timeline bar width and chart height, in SVG units
# Characters that Markdown, its extensions or HTML could read as syntax anywhere in a line;
# "@" makes e-mail autolinks (magiclink) and "+" makes ++keys++.
_ALWAYS_ESCAPED = frozenset("\\`*_{}[]<>&|~^=$!@+")
_AS_ENTITIES = str.maketrans({c: f"&#{ord(c)};" for c in _ALWAYS_ESCAPED})
# Syntax only at the start of a line: "# ", "- ", "1. ", "> ", "??? " (details), "/// " (blocks)
# and ": " (a definition, when the paragraph before it is taken as the term).
_LINE_START = re.compile(r"^(\s*)([#+\-?/:]|\d+[.)])")
_COLON_WORD = re.compile(r":(?=\S)")  # ":emoji:" and "javascript:" need a colon before a word
_WWW = re.compile(r"\b(www)\.", re.IGNORECASE)  # magiclink turns "www.x.org" into a link
# A line break inside untrusted text would start a new Markdown line, where "# " is a heading
# and four spaces are code: text is shown on one line, as Markdown would show it anyway.
_LINE_BREAKS = re.compile(r"[ \t\n\r\f\v]+")
_SPACES = re.compile(r"  +")
# python-frontmatter's handler with digest's writer: PyYAML's representer was a third of
# the time to render a large site.
_FRONT_MATTER = DigestYAMLHandler()
_TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”"})
# Line breaks become spaces; other control characters go (Python-Markdown marks its
# placeholders with STX and ETX, and none is ever shown anyway).
_ONE_LINE = str.maketrans(
    {c: " " if c in "\t\n\r\x0b\x0c" else None for c in map(chr, [*range(32), 127])}
)


def render_site(
    site: Site, settings: Settings, *, last_inputs: Mapping[str, str] | None = None
) -> list[Page | KeptPage]:
    """Return every generated page of the site, in a fixed order.

    `last_inputs` are the inputs of the pages the last build rendered with the same code
    and settings, whose files are untouched since: a brief, topic or day page (or a topic's
    feed) whose inputs are the same is kept as it is. One new seed changes few of them.
    """
    last = last_inputs or {}
    neighbours = Neighbours.of(site)
    pages = [brief_page(b, settings, neighbours, last) for b in site.briefs]
    for t in site.topics:
        render = partial(render_topic, t, settings)
        shows = _topic_shows(t, neighbours)
        pages.append(kept_or_rendered(topic_path(t.slug), shows, last, render))
        # A topic's feed is rendered again only when what it shows changed, like its page.
        render = partial(render_topic_feed, t, settings)
        feed_shows = topic_feed_shows(t, settings)
        pages.append(kept_or_rendered(topic_feed_path(t.slug), feed_shows, last, render))
    for d in site.days:
        render = partial(render_day, d, settings)
        pages.append(kept_or_rendered(day_path(d.date), _day_shows(d, neighbours), last, render))
    pages += [render_topics_index(site, settings), render_days_index(site, settings)]
    pages += [render_home(site, settings), render_feed(site, settings)]
    pages += [render_json_feed(site, settings), stylesheet_page()]
    return pages


def kept_or_rendered(
    path: str, shows: object, last_inputs: Mapping[str, str], render: Callable[[], Page]
) -> Page | KeptPage:
    """Return KeptPage when what the page shows (`shows`, whose repr says it all) is what the
    last build's page showed, else the page `render` makes, with its inputs."""
    inputs = hashlib.blake2b(repr(shows).encode(), digest_size=16).hexdigest()
    if last_inputs.get(path) == inputs:
        return KeptPage(path, inputs)
    return replace(render(), inputs=inputs)


def brief_page(
    brief: Brief, settings: Settings, neighbours: Neighbours, last_inputs: Mapping[str, str]
) -> Page | KeptPage:
    """Return a brief's page, or KeptPage when it would show what the last build's did."""
    story = neighbours.nearest_in_story(brief, STORY_SIBLINGS)
    related = [neighbours.by_source[s] for s in brief.related if s in neighbours.by_source]
    shows = (brief, len(story[0]), story[1], [*map(neighbours.listing, (*story[0], *related))])
    render = partial(render_brief, brief, settings, story=story, related=related)
    return kept_or_rendered(brief_path(brief), shows, last_inputs, render)


def _listed(brief: Brief) -> tuple[object, ...]:
    """Return what any list of briefs shows of one: headline, link, date, first sentence,
    dateline and topics."""
    article = brief.article
    return (
        brief.title,
        brief.slug,
        article.date,
        brief.summary[:1],
        article.dateline,
        brief.topics,
    )


def _topic_shows(topic: Topic, neighbours: Neighbours) -> tuple[object, ...]:
    listed = [*map(neighbours.listing, topic.briefs)]
    return (topic.name, topic.slug, topic.keywords, topic.related, listed)


def _day_shows(day: Day, neighbours: Neighbours) -> tuple[object, ...]:
    stories = [(s.summary, [*map(neighbours.listing, s.briefs)]) for s in day.stories]
    return (day.date, len(day.briefs), stories)


def escape_text(text: str) -> str:
    """Return untrusted text as Markdown that shows it literally and activates nothing."""
    text = _LINE_BREAKS.sub(" ", text).strip()
    out = text.translate(_AS_ENTITIES)
    out = _WWW.sub(r"\1&#46;", _COLON_WORD.sub("&#58;", out))
    return _LINE_START.sub(lambda m: m.group(1) + _entities(m.group(2)), out)


@lru_cache(maxsize=1 << 16)  # titles and ledes are listed on many pages
def escape_html(text: str) -> str:
    """Return untrusted text for a raw HTML block: on one line, every tag and entity inert.

    Lists, ledes and the full text are written as raw HTML blocks, which Python-Markdown
    stashes untouched: several times cheaper for MkDocs to convert than the same Markdown,
    and nothing in them can be read as Markdown syntax.
    """
    # Quotes stay as they are: outside attributes they are plain text, and every entity is
    # one more event for the HTML parsers MkDocs runs over each page.
    text = text.translate(_ONE_LINE)
    if "  " in text:
        text = _SPACES.sub(" ", text)
    return html.escape(text.strip(), quote=False)


def plain_title(text: str) -> str:
    """Return text safe where themes print front matter unescaped (title, tags)."""
    return " ".join(text.translate(_TITLE_LOOKALIKES).split())


@dataclass(frozen=True)
class Neighbours:
    """Lookups a brief page needs from the rest of the site, built once per site."""

    by_source: Mapping[str, Brief]
    stories: Mapping[str, Sequence[Brief]]  # story id -> its briefs in briefing order
    position: Mapping[str, int]  # source -> its brief's place in its story
    days: Mapping[str, Sequence[int]]  # story id -> minus the day ordinal of its dated briefs
    listed: Mapping[int, str]  # id() of each of the site's briefs -> the repr of `_listed`

    @classmethod
    def of(cls, site: Site) -> Neighbours:
        """Return the lookups of a site."""
        stories = {s.id: sorted(s.briefs, key=briefing_order) for s in site.stories}
        position = {
            b.article.source: i for briefs in stories.values() for i, b in enumerate(briefs)
        }
        days = {k: [-b.date.toordinal() for b in v if b.date] for k, v in stories.items()}
        by_source = {b.article.source: b for b in site.briefs}
        # A brief is listed on up to a dozen pages: what they show of it is written once.
        listed = {id(b): repr(_listed(b)) for b in site.briefs}
        return cls(by_source, stories, position, days, listed)

    def listing(self, brief: Brief) -> str:
        """Return what any list shows of a brief, for the inputs of a page that lists it."""
        return self.listed.get(id(brief)) or repr(_listed(brief))

    def nearest_in_story(self, brief: Brief, limit: int) -> tuple[list[Brief], int]:
        """Return up to `limit` other briefs of the brief's story nearest to it in time (ties
        in briefing order), listed in briefing order, and how many others the story has.

        Only the briefs as near as the `limit`-th nearest of its neighbours in the list are
        compared: a story can hold hundreds of briefs, each listing its own nearest.
        """
        story = self.stories.get(brief.story, ())
        here = self.position.get(brief.article.source)
        if here is None or len(story) < 2:
            return [], 0
        days = self.days[brief.story]  # of its dated briefs, which come first in a story

        def apart(i: int) -> int:
            dated = i < len(days) and here < len(days)
            return abs(days[i] - days[here]) if dated else _UNDATED

        pool = range(len(story))
        if brief.date and len(story) - 1 > limit:
            near = range(max(0, here - limit), min(len(story), here + limit + 1))
            reach = sorted(apart(i) for i in near if i != here)[limit - 1]
            if reach < _UNDATED:  # every brief this near is dated, so in one run of the list
                day = days[here]
                pool = range(bisect_left(days, day - reach), bisect_right(days, day + reach))
        ranked = sorted((apart(i), i) for i in pool if i != here)
        return [story[i] for i in sorted(i for _, i in ranked[:limit])], len(story) - 1


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
        links = [_a(t, topic_path(topic_slug(t)), path, settings) for t in brief.topics]
        lines += _para("topics", "Topics: " + " · ".join(links))
    lines += _story_and_related(story, related, path, settings)
    lines += _full_text(brief, settings)
    return Page(path, _with_front_matter(_brief_meta(brief), lines))


def render_topic(topic: Topic, settings: Settings) -> Page:
    """Return a topic page: description, counts, timeline, related topics, briefs newest first."""
    path = topic_path(topic.slug)
    dates = sorted(b.date for b in topic.briefs if b.date)
    span = (
        f"from {_date(dates[0], settings)} to {_date(dates[-1], settings)}" if dates else "undated"
    )
    lines = [f"# {escape_text(topic.name)}", ""]
    if topic.keywords:
        lines += _para("lede", f"About: {escape_html(', '.join(topic.keywords))}.")
    lines += _para("meta", escape_html(f"{_count(len(topic.briefs), 'brief')}, {span}."))
    feed = href(topic_feed_path(topic.slug), path, directory_urls=settings.directory_urls)
    # Out of the search index: every topic page says it.
    lines += [f'<p data-search-exclude><a href="{html.escape(feed)}" class="digest-feed" '
              'type="application/atom+xml">Follow this topic (Atom feed)</a></p>', ""]  # fmt: skip
    if dates:
        lines += [timeline_svg(dates, label=f"Briefs on {topic.name}"), ""]
    if topic.related:
        links = (_a(t, topic_path(topic_slug(t)), path, settings) for t in topic.related)
        lines += _para("topics", f"Related topics: {' · '.join(links)}")
    lines += [f"## Briefs {_UNSEARCHED}", "", *_brief_list(topic.briefs, path, settings)]
    return Page(path, _with_front_matter({"title": plain_title(topic.name)}, lines))


def render_day(day: Day, settings: Settings) -> Page:
    """Return the briefing of one day: its stories, most covered first."""
    path = day_path(day.date)
    title = f"Briefing for {_date(day.date, settings)}"
    lines = [f"# {escape_text(title)}", "", *_para("meta", _day_counts(day))]
    lines += _day_body(day, path, settings)
    return Page(path, _with_front_matter({"title": title, "date": day.date}, lines))


def render_topics_index(site: Site, settings: Settings) -> Page:
    """Return the list of all topics, biggest first."""
    path = "topics/index.md"
    lines = ["# Topics", ""]
    if not site.topics:
        lines += [f"No topic yet: a topic needs {_count(settings.topic_min_briefs, 'brief')}.", ""]
    else:
        lines += ["| Topic | Briefs | Latest |", "| --- | ---: | --- |"]
    for topic in site.topics:
        latest = max((b.date for b in topic.briefs if b.date), default=None)
        link = _link(topic.name, topic_path(topic.slug), path)
        lines.append(f"| {link} | {len(topic.briefs)} | {_date(latest, settings)} |")
    return Page(path, _with_front_matter({"title": "Topics"}, [*lines, ""]))


def render_days_index(site: Site, settings: Settings) -> Page:
    """Return the list of all days, newest first, and the undated briefs."""
    path = "days/index.md"
    lines = ["# Days", ""]
    if not site.days:
        lines += ["No dated brief yet.", ""]
    for day in site.days:
        label = _date(day.date, settings)
        lines.append(f"- {_link(label, day_path(day.date), path)}: {_day_counts(day)}")
    if site.undated:
        lines += ["", "## Undated", ""] + _brief_list(site.undated, path, settings)
    return Page(path, _with_front_matter({"title": "Days"}, [*lines, ""]))


def render_home(site: Site, settings: Settings) -> Page:
    """Return the home page: the latest day's briefing and the biggest topics."""
    path = "index.md"
    lines = ["# Briefing", ""]
    if site.days:
        latest = site.days[0]
        heading = escape_text(_date(latest.date, settings))
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
                f"- {_link(topic.name, topic_path(topic.slug), path)} ({len(topic.briefs)})"
            )
        lines.append("")
    days, topics = _rel("days/index.md", path), _rel("topics/index.md", path)
    feeds = f"[Feed]({_rel(FEED_PATH, path)}) ([JSON]({_rel(JSON_FEED_PATH, path)}))"
    lines += [f"[All days]({days}) · [All topics]({topics}) · {feeds}", ""]
    return Page(path, _with_front_matter({"title": "Briefing"}, lines))


def timeline_svg(dates: Sequence[dt.date], *, label: str) -> str:
    """Return an inline SVG bar chart of how many dates fall in each day, week or month.

    Built at build time from numbers only, so it renders with no network and no script.
    All bars are one path: a site has thousands of topic pages, and a shape per bar made
    their charts the bulk of what MkDocs had to read.
    """
    buckets, unit = _timeline_buckets(dates)
    peak_start, peak = max(buckets.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
    width = max(len(buckets), 1) * _BAR
    bars = "".join(
        f"M{i * _BAR + 1} {_CHART_HEIGHT}V{_CHART_HEIGHT - round(_CHART_HEIGHT * n / peak)}"
        f"h{_BAR - 2}V{_CHART_HEIGHT}z"
        for i, n in enumerate(buckets.values())
        if n
    )
    first, last = next(iter(buckets)).isoformat(), dates[-1].isoformat()
    summary = f"{label}, per {unit}: at most {peak}, in the {unit} of {peak_start.isoformat()}"
    return (
        f'<figure class="digest-timeline-figure"><svg class="digest-timeline" role="img" '
        f'viewBox="0 0 {width} {_CHART_HEIGHT}" preserveAspectRatio="none" '
        f'aria-label="{html.escape(summary)}"><path d="{bars}"/></svg>'
        f"<figcaption>Briefs per {unit}, {first} to {last}</figcaption></figure>"
    )


def _timeline_buckets(dates: Sequence[dt.date]) -> tuple[dict[dt.date, int], str]:
    """Return counts per bucket (every bucket from first to last, empty ones too) and its unit."""
    first, last = min(dates), max(dates)
    span = (last - first).days
    unit = "day" if span <= 62 else "week" if span <= 2 * 366 else "month"

    def start(d: dt.date) -> dt.date:
        if unit == "day":
            return d
        if unit == "week":
            return d - dt.timedelta(days=d.weekday())
        return d.replace(day=1)

    buckets: dict[dt.date, int] = {}
    cursor = start(first)
    while cursor <= last:
        buckets[cursor] = 0
        cursor = _next_bucket(cursor, unit)
    for d in dates:
        buckets[start(d)] += 1
    return buckets, unit


def _next_bucket(d: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=1)
    if unit == "week":
        return d + dt.timedelta(days=7)
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


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
            lines += [f"And {_count(others - len(shown), 'other brief')} in this story.", ""]
    if related:
        lines += [f"## Related briefs {_UNSEARCHED}", "", *_link_list(related, path, settings)]
    return lines


def _day_body(day: Day, path: str, settings: Settings, *, level: str = "##") -> list[str]:
    lines: list[str] = []
    for story in day.stories:
        lead, others = story.briefs[0], story.briefs[1:]
        lines += [f"{level} {_link(lead.title, brief_path(lead), path)}", ""]
        if story.summary:
            lines += [f"<p>{escape_html(' '.join(story.summary))}</p>", ""]
        details = [d for d in [escape_html(lead.article.dateline)] if d]
        details += [_a(t, topic_path(topic_slug(t)), path, settings) for t in lead.topics]
        if details:
            lines += _para("topics", " · ".join(details))
        if others:
            lines += ["<p data-search-exclude>Also covered by:</p>"]
            lines += _brief_list(others, path, settings)
    return lines


def _day_counts(day: Day) -> str:
    return f"{_count(len(day.stories), 'story')}, {_count(len(day.briefs), 'brief')}"


def _brief_list(briefs: Iterable[Brief], path: str, settings: Settings) -> list[str]:
    """Return briefs as a list of bold links with dates and first summary sentences."""
    items = []
    for brief in briefs:
        when = escape_html(_date(brief.date, settings))
        lede = f": {escape_html(brief.summary[0])}" if brief.summary else ""
        items.append(f"<strong>{_a(brief.title, brief_path(brief), path, settings)}</strong> "
                     f"({when}){lede}")  # fmt: skip
    return _html_list(items, searched=False)


def _link_list(briefs: Iterable[Brief], path: str, settings: Settings) -> list[str]:
    """Return briefs as a list of links with dates: what a brief page lists of others."""
    items = (
        f"{_a(b.title, brief_path(b), path, settings)} ({escape_html(_date(b.date, settings))})"
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
    parts.append(escape_html(_date(brief.date, settings)) if brief.date else "Undated")
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


def _with_front_matter(meta: Mapping[str, object], lines: list[str]) -> str:
    # The marker goes first: the writer recognises its own files by their first bytes.
    post = frontmatter.Post("\n".join(lines).rstrip() + "\n")
    post.metadata = {"generator": GENERATOR, **meta}
    return frontmatter.dumps(post, handler=_FRONT_MATTER) + "\n"


def _reading_time(brief: Brief) -> int:
    return max(1, math.ceil(brief.article.word_count / _WORDS_PER_MINUTE))


def _link(text: str, target: str, page: str) -> str:
    return f"[{escape_text(text)}]({_rel(target, page)})"


def _a(text: str, target: str, page: str, settings: Settings) -> str:
    """Return an HTML link from one generated page to another."""
    url = href(target, page, directory_urls=settings.directory_urls)
    return f'<a href="{html.escape(url)}">{escape_html(text)}</a>'


def _rel(target: str, page: str) -> str:
    """Return the link from one docs-relative page to another (both plain POSIX paths)."""
    here, there = page.split("/")[:-1], target.split("/")
    common = 0
    while common < min(len(here), len(there) - 1) and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def _entities(chars: str) -> str:
    return "".join(f"&#{ord(c)};" for c in chars)


def _date(date: dt.date | None, settings: Settings) -> str:
    return format_date(date, settings.date_format)


@lru_cache(maxsize=4096)  # a site prints each of a few hundred dates thousands of times
def format_date(date: dt.date | None, date_format: str) -> str:
    """Return a date as pages print it, "undated" for None."""
    if date is None:
        return "undated"
    # %-d is not portable strftime (Windows lacks it), so digest expands it itself.
    return date.strftime(date_format.replace("%-d", str(date.day)))


def _count(n: int, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n} {noun if n == 1 else plural}"
