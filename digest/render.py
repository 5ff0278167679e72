"""Site -> Pages: Markdown text for every generated file. Pure: nothing here touches the disk."""

from __future__ import annotations

import datetime as dt
import math
import posixpath
import re
from collections.abc import Iterable, Mapping

import frontmatter

from digest import __version__
from digest.config import Settings
from digest.model import Brief, Day, Page, Site, Topic
from digest.names import topic_slug

GENERATOR = f"digest {__version__}"  # front matter marker: digest owns files that carry it
_WORDS_PER_MINUTE = 200
# Characters that Markdown, its extensions or HTML could read as syntax anywhere in a line.
_ALWAYS_ESCAPED = frozenset("\\`*_{}[]<>&|~^=$!")
# Characters that are syntax only at the start of a line ("# ", "- ", "+ ", "1. ", "> ").
_LINE_START = re.compile(r"^(\s*)([#+\-]|\d+[.)])")
_COLON_WORD = re.compile(r":(?=\S)")  # ":emoji:" and "javascript:" need a colon before a word
_TITLE_LOOKALIKES = str.maketrans({"<": "‹", ">": "›", "&": "＆", '"': "”"})


def render_site(site: Site, settings: Settings) -> list[Page]:
    """Return every generated page of the site, in a fixed order."""
    pages = [render_brief(b, settings) for b in site.briefs]
    pages += [render_topic(t, settings) for t in site.topics]
    pages += [render_day(d, settings) for d in site.days]
    pages += [render_topics_index(site, settings), render_days_index(site, settings)]
    pages.append(render_home(site, settings))
    return pages


def escape_text(text: str) -> str:
    """Return untrusted text as Markdown that shows it literally and activates nothing."""
    out = "".join(f"&#{ord(c)};" if c in _ALWAYS_ESCAPED else c for c in text)
    out = _COLON_WORD.sub("&#58;", out)
    return _LINE_START.sub(lambda m: m.group(1) + _entities(m.group(2)), out)


def plain_title(text: str) -> str:
    """Return text safe where themes print front matter unescaped (title, tags)."""
    return " ".join(text.translate(_TITLE_LOOKALIKES).split())


def brief_path(brief: Brief) -> str:
    """Return the docs-relative path of a brief: its URL carries its date."""
    folder = brief.date.strftime("%Y/%m/%d") if brief.date else "undated"
    return f"briefs/{folder}/{brief.slug}.md"


def topic_path(topic_slug: str) -> str:
    """Return the docs-relative path of a topic page."""
    return f"topics/{topic_slug}.md"


def day_path(date: dt.date) -> str:
    """Return the docs-relative path of a day page."""
    return f"days/{date.isoformat()}.md"


def render_brief(brief: Brief, settings: Settings) -> Page:
    """Return the page of one brief: headline, meta line, summary, keywords, topics, full text."""
    path = brief_path(brief)
    article = brief.article
    lines = [f"# {escape_text(brief.title)}", "", _meta_line(brief, settings), ""]
    if brief.summary:
        lines += [f"**{escape_text(' '.join(brief.summary))}**", ""]
    shown = brief.keywords[: settings.page_keywords]
    if shown:
        lines += ["**Keywords:** " + " · ".join(f"`{_code(k)}`" for k in shown), ""]
    if brief.topics:
        links = [_link(t, topic_path(topic_slug(t)), path) for t in brief.topics]
        lines += ["**Topics:** " + " · ".join(links), ""]
    lines += ["## Full text", ""] + _full_text(brief)
    if article.teasers:
        lines += ["**Also read:**", ""] + [f"- {escape_text(t)}" for t in article.teasers] + [""]
    return Page(path, _with_front_matter(_brief_meta(brief), lines))


def render_topic(topic: Topic, settings: Settings) -> Page:
    """Return a topic page: counts, date range, then its briefs newest first."""
    path = topic_path(topic.slug)
    dates = sorted(b.date for b in topic.briefs if b.date)
    span = (
        f"from {_date(dates[0], settings)} to {_date(dates[-1], settings)}" if dates else "undated"
    )
    lines = [
        f"# {escape_text(topic.name)}",
        "",
        f"{_count(len(topic.briefs), 'brief')}, {span}.",
        "",
    ]
    lines += _brief_list(topic.briefs, path, settings)
    meta = {"title": plain_title(topic.name)}
    return Page(path, _with_front_matter(meta, lines))


def render_day(day: Day, settings: Settings) -> Page:
    """Return the briefing of one day."""
    path = day_path(day.date)
    lines = [f"# Briefing for {_date(day.date, settings)}", ""]
    lines += _day_body(day, path, settings)
    meta = {"title": f"Briefing for {_date(day.date, settings)}", "date": day.date}
    return Page(path, _with_front_matter(meta, lines))


def render_topics_index(site: Site, settings: Settings) -> Page:
    """Return the list of all topics, biggest first."""
    path = "topics/index.md"
    lines = ["# Topics", ""]
    if not site.topics:
        lines += [f"No topic yet: a topic needs {_count(settings.topic_min_briefs, 'brief')}.", ""]
    for topic in site.topics:
        lines.append(f"- {_link(topic.name, topic_path(topic.slug), path)} ({len(topic.briefs)})")
    return Page(path, _with_front_matter({"title": "Topics"}, lines + [""]))


def render_days_index(site: Site, settings: Settings) -> Page:
    """Return the list of all days, newest first, and the undated briefs."""
    path = "days/index.md"
    lines = ["# Days", ""]
    if not site.days:
        lines += ["No dated brief yet.", ""]
    for day in site.days:
        label = _date(day.date, settings)
        lines.append(
            f"- {_link(label, day_path(day.date), path)} ({_count(len(day.briefs), 'brief')})"
        )
    if site.undated:
        lines += ["", "## Undated", ""] + _brief_list(site.undated, path, settings)
    return Page(path, _with_front_matter({"title": "Days"}, lines + [""]))


def render_home(site: Site, settings: Settings) -> Page:
    """Return the home page: the latest day's briefing and the biggest topics."""
    path = "index.md"
    lines = ["# Briefing", ""]
    if site.days:
        latest = site.days[0]
        lines += [f"## {_date(latest.date, settings)}", ""] + _day_body(latest, path, settings)
    elif site.undated:
        lines += _brief_list(site.undated, path, settings)
    else:
        lines += ["No briefs yet: add articles to the seeds folder and build again.", ""]
    if site.topics:
        lines += ["## Biggest topics", ""]
        lines += [
            f"- {_link(t.name, topic_path(t.slug), path)} ({len(t.briefs)})"
            for t in site.topics[:10]
        ]
        lines.append("")
    days, topics = _rel("days/index.md", path), _rel("topics/index.md", path)
    lines += [f"[All days]({days}) · [All topics]({topics})", ""]
    return Page(path, _with_front_matter({"title": "Briefing"}, lines))


def _day_body(day: Day, path: str, settings: Settings) -> list[str]:
    lines: list[str] = []
    for brief in day.briefs:
        lines += [f"### {_link(brief.title, brief_path(brief), path)}", ""]
        if brief.summary:
            lines += [escape_text(" ".join(brief.summary)), ""]
        details = [escape_text(brief.article.dateline)] if brief.article.dateline else []
        details += [_link(t, topic_path(topic_slug(t)), path) for t in brief.topics]
        if details:
            lines += [" · ".join(details), ""]
    return lines


def _brief_list(briefs: Iterable[Brief], path: str, settings: Settings) -> list[str]:
    lines = []
    for brief in briefs:
        when = _date(brief.date, settings) if brief.date else "undated"
        lede = f": {escape_text(brief.summary[0])}" if brief.summary else ""
        lines.append(f"- **{_link(brief.title, brief_path(brief), path)}** ({when}){lede}")
    return lines + [""]


def _meta_line(brief: Brief, settings: Settings) -> str:
    article = brief.article
    parts = [f"**{escape_text(article.dateline)}**"] if article.dateline else []
    parts.append(_date(brief.date, settings) if brief.date else "Undated")
    parts.append(f"{_reading_time(brief)} min read")
    if article.credit:
        parts.append(f"Photo: {escape_text(article.credit)}")
    parts.append(f"Source: `{_code(article.source)}`")
    return " · ".join(parts)


def _full_text(brief: Brief) -> list[str]:
    article = brief.article
    lines: list[str] = []
    if article.caption:
        lines += [f"*{escape_text(article.caption)}*", ""]
    for paragraph in article.paragraphs:
        prefix = "### " if paragraph.is_subheading else ""
        lines += [prefix + escape_text(paragraph.text), ""]
    if article.attribution:
        lines += [f"*({escape_text(article.attribution)})*", ""]
    return lines


def _brief_meta(brief: Brief) -> dict[str, object]:
    """Return the brief's front matter; keys in a fixed order, written as given."""
    article = brief.article
    return {
        "title": plain_title(brief.title),
        "date": brief.date,
        "slug": brief.slug,
        "source": article.source,
        "url": article.url,
        "dateline": article.dateline,
        "credit": article.credit,
        "caption": article.caption,
        "keywords": list(brief.keywords),
        "topics": list(brief.topics),
        "tags": [plain_title(t) for t in brief.topics],
        "summary": list(brief.summary),
        "story": brief.story,
        "word_count": article.word_count,
        "reading_time": _reading_time(brief),
    }


def _with_front_matter(meta: Mapping[str, object], lines: list[str]) -> str:
    # The marker goes first: the writer recognises its own files by their first bytes.
    post = frontmatter.Post("\n".join(lines).rstrip() + "\n")
    post.metadata = {"generator": GENERATOR, **meta}
    return frontmatter.dumps(post, sort_keys=False, width=1000) + "\n"


def _reading_time(brief: Brief) -> int:
    return max(1, math.ceil(brief.article.word_count / _WORDS_PER_MINUTE))


def _link(text: str, target: str, page: str) -> str:
    return f"[{escape_text(text)}]({_rel(target, page)})"


def _rel(target: str, page: str) -> str:
    return posixpath.relpath(target, posixpath.dirname(page) or ".")


def _code(text: str) -> str:
    """Return text for an inline code span: backticks cannot close it early."""
    return text.replace("`", "'")


def _entities(chars: str) -> str:
    return "".join(f"&#{ord(c)};" for c in chars)


def _date(date: dt.date | None, settings: Settings) -> str:
    if date is None:
        return "undated"
    # %-d is not portable strftime (Windows lacks it), so digest expands it itself.
    return date.strftime(settings.date_format.replace("%-d", str(date.day)))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
