"""One article -> one brief: every analyzer applied, nothing shared between articles."""

from __future__ import annotations

from dataclasses import replace

from digest.analyze.keywords import extract_keywords
from digest.analyze.summary import summarize
from digest.analyze.title import make_title
from digest.analyze.topics import find_subjects, normalise_subject
from digest.config import Settings
from digest.model import Article, Brief, Paragraph


def analyze_article(article: Article, settings: Settings) -> Brief:
    """Return the brief of one article; long articles are analysed on their first words only."""
    sample = _within_budget(article, settings.max_words)
    aliases = settings.alias_map
    human_topics = tuple(normalise_subject(t, aliases=aliases) for t in article.topics)
    return Brief(
        article=article,
        title=make_title(sample),
        slug="",  # assigned by grouping, which sees every brief and can resolve clashes
        keywords=extract_keywords(sample, count=settings.keyword_count, language=settings.language),
        summary=summarize(
            sample, sentences=settings.summary_sentences, words=settings.summary_words
        ),
        subjects=_unique(human_topics + find_subjects(sample, aliases=aliases)),
    )


def _within_budget(article: Article, max_words: int) -> Article:
    """Return the article cut to its first `max_words` words, so analysis cost is bounded."""
    if article.word_count <= max_words:
        return article
    kept: list[Paragraph] = []
    total = 0
    for paragraph in article.paragraphs:
        total += len(paragraph.text.split())
        if total > max_words and kept:
            break
        kept.append(paragraph)
    return replace(article, paragraphs=tuple(kept))


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)
