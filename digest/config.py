"""One frozen, validated settings object shared by the CLI and the MkDocs plugin."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from digest.analyze.lexicon import merge_aliases
from digest.errors import ConfigError


@dataclass(frozen=True)
class Settings:
    """What a build is allowed to vary; everything else is fixed so output repeats."""

    seeds_dir: str = "seeds"
    docs_dir: str = "docs"
    summary_sentences: int = 3
    summary_words: int = 75
    keyword_count: int = 10  # keywords analysed and printed by `digest analyze`
    page_keywords: int = 8  # keywords shown on a brief page
    topic_min_briefs: int = 2
    aliases: tuple[tuple[str, str], ...] = field(default=())  # (variant, canonical topic)
    full_text_search: bool = True
    date_format: str = "%-d %B %Y"  # strftime, plus %-d for the day without a leading zero
    language: str = "en"
    site_name: str = "digest"  # from mkdocs.yml; names the feed
    site_url: str = ""  # from mkdocs.yml; makes feed links absolute
    directory_urls: bool = True  # mkdocs.yml's use_directory_urls; shapes links in lists
    jobs: int = 0  # worker processes for analysis; 0: one per core. Never changes output.
    max_words: int = 5000  # analysis budget per article; longer text is cut, and said so
    # (folder or file-name prefix, outlet), longest key first: see digest/outlets.py
    outlets: tuple[tuple[str, str], ...] = field(default=())

    def __post_init__(self) -> None:
        positive = {
            "summary_sentences": self.summary_sentences,
            "summary_words": self.summary_words,
            "keyword_count": self.keyword_count,
            "topic_min_briefs": self.topic_min_briefs,
            "max_words": self.max_words,
        }
        for name, value in positive.items():
            if value < 1:
                raise ConfigError(f"setting {name}: expected a whole number >= 1, found {value}")
        if self.jobs < 0:
            raise ConfigError(f"setting jobs: expected 0 (every core) or more, found {self.jobs}")
        if self.page_keywords < 0:
            raise ConfigError(f"setting page_keywords: expected >= 0, found {self.page_keywords}")

    @property
    def alias_map(self) -> Mapping[str, str]:
        """Return the shipped alias table (digest/analyze/data/aliases.json) overridden by
        the `aliases` setting, keyed by case-folded variant."""
        return _alias_map(self.aliases)


@lru_cache(maxsize=8)
def _alias_map(pairs: tuple[tuple[str, str], ...]) -> Mapping[str, str]:
    # Read for every article analysed: merged once per setting, and shared read-only.
    return MappingProxyType(merge_aliases(pairs))


def aliases_from_mapping(raw: Mapping[str, object], *, origin: str) -> tuple[tuple[str, str], ...]:
    """Return sorted alias pairs from a {canonical: [variants]} mapping, validating its shape."""
    pairs: list[tuple[str, str]] = []
    for canonical, variants in raw.items():
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise ConfigError(
                f"{origin}: aliases.{canonical}: expected a list of names, found {variants!r}"
            )
        pairs.extend((variant, str(canonical)) for variant in variants)
    return tuple(sorted(pairs))
