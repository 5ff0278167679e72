"""Settings: one frozen, validated object, and where it comes from: mkdocs.yml.

Both adapters, the `digest` command and the MkDocs plugin, take their settings from here.
`OPTIONS` is the one list of the options a user sets in the plugin's section of mkdocs.yml,
with their help; their defaults are the defaults of `Settings`. The plugin's schema is made
from it, and the README's configuration table is tested against `options_table()`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from digest.analyze.lexicon import merge_aliases
from digest.errors import ConfigError

Outlets = tuple[tuple[str, str], ...]  # (folder or file-name prefix, outlet), longest first

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


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
        for option in OPTIONS:
            value = getattr(self, option.name)
            if option.minimum is not None and value < option.minimum:
                raise ConfigError(
                    f"setting {option.name}: expected a whole number >= {option.minimum}, "
                    f"found {value}"
                )

    @property
    def alias_map(self) -> Mapping[str, str]:
        """Return the shipped alias table (digest/analyze/data/aliases.json) overridden by
        the `aliases` setting, keyed by case-folded variant."""
        return _alias_map(self.aliases)


@dataclass(frozen=True)
class Option:
    """An option of the plugin's section of mkdocs.yml: its type, help and least value."""

    name: str
    kind: type
    help: str
    minimum: int | None = None

    @property
    def default(self) -> object:
        """Return the option's default: the default of the Settings field of its name (a
        mapping is written as the pairs it holds there: no pairs, no mapping)."""
        value = _DEFAULTS[self.name]
        return {} if self.kind is dict and value == () else value


OPTIONS: tuple[Option, ...] = (
    Option("seeds_dir", str, "folder of the seeds, relative to `mkdocs.yml`"),
    Option("summary_sentences", int, "most sentences in a summary", minimum=1),
    Option("summary_words", int, "most words in a summary", minimum=1),
    Option(
        "keyword_count", int,
        "keywords extracted per article, as `digest analyze` prints them", minimum=1,
    ),
    Option("page_keywords", int, "keywords shown on a brief page", minimum=0),
    Option(
        "topic_min_briefs", int,
        "briefs that must share a subject before it becomes a topic", minimum=1,
    ),
    Option(
        "aliases", dict,
        "`{topic: [variant, ...]}`: variants counted as that topic, over the shipped table "
        "(see Topics)",
    ),
    Option(
        "outlets", dict,
        "`{folder/ or file-name prefix: outlet}`: who published the seeds below the seeds "
        "folder whose folder or file name starts with the key (`reuters/: Reuters`, `ap-: "
        "Associated Press`; longest key first, case ignored), for seeds that do not name their "
        "outlet",
    ),
    Option(
        "full_text_search", bool,
        "`false` keeps the full text of briefs out of the search index (its size cost: see "
        "Scale)",
    ),
    Option(
        "date_format", str,
        "how pages print dates: `strftime`, plus `%-d` for the day without a leading zero",
    ),
    Option(
        "language", str,
        "language of the articles, for the keyword extractor's stop words; the site's own "
        "interface language is Material's `theme.language`",
    ),
    Option(
        "jobs", int,
        "worker processes for analysis, `0` for one per core; `--jobs N` overrides it; the "
        "output is the same for any number", minimum=0,
    ),
    Option(
        "max_words", int,
        "words of each article analysed; longer ones are cut for analysis and reported, the "
        "page keeps the full text", minimum=1,
    ),
)  # fmt: skip
_DEFAULTS = {f.name: f.default for f in dataclasses.fields(Settings)}


def options_table() -> str:
    """Return the Markdown table of the options, as the README shows it."""
    rows = ["| option | default | what it sets |", "| --- | --- | --- |"]
    for option in OPTIONS:
        least = f" (>= {option.minimum})" if option.minimum is not None else ""
        rows.append(f"| `{option.name}` | `{_shown(option.default)}` | {option.help}{least} |")
    return "\n".join(rows)


def _shown(value: object) -> str:
    return str(value).lower() if isinstance(value, bool) else str(value)


def settings_from(options: Mapping[str, object], mkdocs_config: MkDocsConfig) -> Settings:
    """Return Settings from the plugin's options (validated by MkDocs against OPTIONS) and
    what digest reads of mkdocs.yml itself; folders are relative to the project root."""
    root = project_root(mkdocs_config)
    docs = Path(mkdocs_config.docs_dir)
    values = {o.name: options[o.name] for o in OPTIONS if o.name in options}
    aliases, outlets = values.pop("aliases", {}), values.pop("outlets", {})
    if not isinstance(aliases, dict) or not isinstance(outlets, dict):  # MkDocs checked them
        raise ConfigError("settings aliases and outlets: expected mappings")
    return Settings(
        **values,  # type: ignore[arg-type]
        aliases=aliases_from_mapping(aliases, origin="plugins.digest"),
        outlets=outlets_from_mapping(outlets, origin="plugins.digest"),
        docs_dir=str(docs.relative_to(root)) if docs.is_relative_to(root) else str(docs),
        site_name=mkdocs_config.site_name,
        site_url=mkdocs_config.site_url or "",
        directory_urls=mkdocs_config.use_directory_urls,
    )


def project_root(mkdocs_config: MkDocsConfig) -> Path:
    """Return the folder of mkdocs.yml: relative paths in the plugin's options start there."""
    return Path(mkdocs_config.config_file_path or ".").resolve().parent


def load_settings(config_file: str | None) -> tuple[Settings, Path]:
    """Return the settings of the `digest` plugin in a mkdocs.yml and the project's root;
    the defaults and the current folder when there is no mkdocs.yml (and none was named)."""
    path = Path(config_file or "mkdocs.yml")
    if not path.exists():
        if config_file:
            raise ConfigError(f"{config_file}: expected a MkDocs config file, found nothing")
        return Settings(), Path.cwd()
    from mkdocs.config import load_config  # only when there is a config to read
    from mkdocs.exceptions import MkDocsException

    try:
        config = load_config(str(path))  # runs the plugins' own checks, digest's included
    except MkDocsException as exc:  # MkDocs has logged what is wrong; say where
        raise ConfigError(f"{path}: {exc.format_message()}") from exc
    plugin = config.plugins.get("digest")
    if plugin is None:
        return Settings(), project_root(config)
    try:
        return settings_from(plugin.config, config), project_root(config)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


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


def outlets_from_mapping(raw: Mapping[object, object], *, origin: str) -> Outlets:
    """Return the `outlets` setting's pairs, longest key first, validating its shape.

    Keys are folders (`reuters/`) or file-name prefixes (`ap-`) below the seeds folder;
    values the outlets' names.
    """
    pairs = []
    for key, outlet in raw.items():
        if not isinstance(key, str) or not key.strip() or key.startswith(("/", "\\")):
            raise ConfigError(
                f"{origin}: outlets: expected a folder (reuters/) or file-name prefix (ap-) "
                f"below the seeds folder, found {key!r}"
            )
        name = " ".join(outlet.split()) if isinstance(outlet, str) else ""
        if not name:
            raise ConfigError(
                f"{origin}: outlets.{key}: expected an outlet's name, found {outlet!r}"
            )
        pairs.append((key.strip(), name))
    return sort_outlets(pairs)


def sort_outlets(pairs: Sequence[tuple[str, str]]) -> Outlets:
    """Return pairs in the order they are tried: the longest key first, then by key."""
    return tuple(sorted(pairs, key=lambda pair: (-len(pair[0]), pair[0])))
