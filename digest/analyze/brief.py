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
    # The title given by the article wins; the generator reads only the text under it.
    title = make_title(sample)
    return Brief(
        article=article,
        title=title,
        slug="",  # assigned by grouping, which sees every brief and can resolve clashes
        keywords=_keywords(sample, settings, title=title),
        summary=summarize(
            sample, sentences=settings.summary_sentences, words=settings.summary_words
        )
        if sample.body
        else (),
        subjects=_unique(human_topics + find_subjects(sample, aliases=aliases)),
    )


def _keywords(article: Article, settings: Settings, *, title: str) -> tuple[str, ...]:
    """Return the keywords of the article's text and of the headline line it carries.

    The headline names what the article is about, so keywords are drawn from it as from a
    subheading; an article that is a headline alone still gets its keywords. `title` is
    the brief's headline: a word of it the text repeats is a subject.
    """
    if article.headline:
        headline = Paragraph(article.headline, is_subheading=True)
        article = replace(article, paragraphs=(headline, *article.paragraphs))
    if not article.paragraphs:
        return ()
    return extract_keywords(
        article,
        count=settings.keyword_count,
        language=settings.language,
        aliases=settings.alias_map,  # a country the user renamed shows as it does in topics
        title=title,
    )


# A word is rarely longer than this; the character budget bounds text with no spaces at all.
_CHARS_PER_WORD = 25


def budget_note(article: Article, max_words: int) -> str:
    """Return the report note of an article cut for analysis, or "" when it was analysed whole."""
    chars = len(article.text)
    if chars <= max_words:  # fewer characters than the budget's words: nothing was cut
        return ""
    words = article.word_count
    if words > max_words:
        return f"analysed its first {max_words} words of {words}; the page keeps the full text"
    if chars > max_words * _CHARS_PER_WORD:
        return (
            f"analysed its first {max_words * _CHARS_PER_WORD} characters of {chars}; "
            "the page keeps the full text"
        )
    return ""


def _within_budget(article: Article, max_words: int) -> Article:
    """Return the article cut to its first `max_words` words, so analysis cost is bounded."""
    words_left, chars_left = max_words, max_words * _CHARS_PER_WORD
    if article.word_count <= words_left and len(article.text) <= chars_left:
        return article
    kept: list[Paragraph] = []
    for paragraph in article.paragraphs:
        if words_left <= 0 or chars_left <= 0:
            break
        # A paragraph is cut inside when needed: one paragraph may be the whole 5 MB article.
        text = " ".join(paragraph.text.split()[:words_left])[:chars_left]
        kept.append(replace(paragraph, text=text))
        words_left -= len(text.split())
        chars_left -= len(text) + 1
    return replace(article, paragraphs=tuple(kept))


def _unique(names: tuple[str, ...]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for name in names:
        if name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return tuple(out)
