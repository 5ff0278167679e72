"""MkDocs plugin `digest`: runs the pipeline before MkDocs reads the docs folder."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE
from mkdocs.utils.templates import TemplateContext

from digest import disk
from digest.config import Settings, aliases_from_mapping
from digest.errors import ConfigError, DigestError
from digest.frontmatter_yaml import read_mapping
from digest.outlets import outlets_from_mapping
from digest.passthrough import restore_html_blocks, searched_blocks, stash_html_blocks
from digest.paths import STYLESHEET_PATH, url_below_source
from digest.pipeline import build
from digest.preview import Watcher, states_of

log = logging.getLogger("mkdocs.plugins.digest")


# A relative link of a generated page's raw HTML (render writes `<a href=` first; article
# text cannot hold a tag). It is written from the page's source folder, as Zensical reads
# it; MkDocs leaves raw HTML as is, so the plugin makes it start from the page's URL.
_RELATIVE_LINK = re.compile(r'<a href="(?![A-Za-z][A-Za-z0-9+.-]*:|/|#)')


def links_from_page_url(raw_html: str) -> str:
    """Return a generated page's raw HTML with its relative links read from the page's URL,
    one folder below its source file's (see paths.url_below_source)."""
    return _RELATIVE_LINK.sub('<a href="../', raw_html)


class DigestConfig(base.Config):  # type: ignore[no-untyped-call]
    """The plugin's section of mkdocs.yml; every option of Settings, validated by MkDocs."""

    seeds_dir = c.Type(str, default="seeds")
    summary_sentences = c.Type(int, default=3)
    summary_words = c.Type(int, default=75)
    keyword_count = c.Type(int, default=10)
    page_keywords = c.Type(int, default=8)
    topic_min_briefs = c.Type(int, default=2)
    aliases = c.Type(dict, default={})
    full_text_search = c.Type(bool, default=True)
    date_format = c.Type(str, default="%-d %B %Y")
    language = c.Type(str, default="en")
    max_words = c.Type(int, default=5000)
    jobs = c.Type(int, default=0)
    outlets = c.Type(dict, default={})  # {folder/ or file-name prefix: outlet}


def settings_from(plugin_config: DigestConfig, mkdocs_config: MkDocsConfig) -> Settings:
    """Return Settings from the plugin's options, with folders relative to the project root."""
    root = project_root(mkdocs_config)
    docs = Path(mkdocs_config.docs_dir)
    return Settings(
        seeds_dir=plugin_config.seeds_dir,
        docs_dir=str(docs.relative_to(root)) if docs.is_relative_to(root) else str(docs),
        summary_sentences=plugin_config.summary_sentences,
        summary_words=plugin_config.summary_words,
        keyword_count=plugin_config.keyword_count,
        page_keywords=plugin_config.page_keywords,
        topic_min_briefs=plugin_config.topic_min_briefs,
        aliases=aliases_from_mapping(plugin_config.aliases, origin="plugins.digest"),
        full_text_search=plugin_config.full_text_search,
        date_format=plugin_config.date_format,
        language=plugin_config.language,
        max_words=plugin_config.max_words,
        jobs=plugin_config.jobs,
        outlets=outlets_from_mapping(plugin_config.outlets, origin="plugins.digest"),
        site_name=mkdocs_config.site_name,
        site_url=mkdocs_config.site_url or "",
        directory_urls=mkdocs_config.use_directory_urls,
    )


def project_root(mkdocs_config: MkDocsConfig) -> Path:
    """Return the folder of mkdocs.yml: relative paths in the plugin's options start there."""
    return Path(mkdocs_config.config_file_path or ".").resolve().parent


class DigestPlugin(BasePlugin[DigestConfig]):  # type: ignore[no-untyped-call]
    """Write the briefs, topic, day and home pages into docs/ before MkDocs collects files."""

    settings: Settings | None = None
    report: tuple[int, Path | None] = (0, None)
    serving: bool = False  # under `mkdocs serve`
    cleans_site: bool = False  # under `mkdocs serve` without --dirty: every build starts empty
    watcher: Watcher | None = None  # polls seeds/ and docs/ between the preview's builds
    seen: dict[str, tuple[int, int]]  # their files as the last build read them, when serving
    stashed: dict[str, list[str]]  # a generated page's raw HTML blocks, while it converts
    for_search: dict[str, tuple[str, str]]  # a page's HTML, and what search needs of it
    front: dict[str, dict[str, object]]  # a page's front matter, read by the plugin

    def __init__(self) -> None:
        self.stashed, self.for_search, self.seen, self.front = {}, {}, {}, {}

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        # Values MkDocs' type checks let through (a negative count, a malformed alias) are
        # refused here, before anything is built, with the option's name in the message.
        try:
            self.settings = settings_from(self.config, config)
        except ConfigError as exc:
            raise PluginError(f"{config.config_file_path}: {exc}") from exc
        if STYLESHEET_PATH not in config.extra_css:
            # The stylesheet every build writes into docs/ (see paths.py): an older project's
            # mkdocs.yml does not list it.
            config.extra_css.append(STYLESHEET_PATH)
        return config

    def on_startup(self, *, command: str, dirty: bool) -> None:
        # Having this event keeps one plugin object across the rebuilds of `mkdocs serve`
        # (MkDocs' rule), so later builds find the watcher on_serve started.
        self.serving, self.watcher = command == "serve", None
        self.cleans_site = command == "serve" and not dirty

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        settings = self.settings or settings_from(self.config, config)
        root = project_root(config)
        if self.watcher is not None:
            self.watcher.hold()  # polling beside a build slows it; edits show after it
        # Seeds as they were before this build read them; pages as it wrote them.
        seeds = states_of([root / settings.seeds_dir]) if self.serving else {}
        try:
            result = build(settings, root=root)
        except DigestError as exc:
            raise PluginError(str(exc)) from exc
        finally:
            self.seen = {**seeds, **states_of([Path(config.docs_dir)])} if self.serving else {}
        if self.cleans_site:
            # MkDocs is about to delete the last preview's pages one by one (seconds at
            # 10,000); another process does it instead while this one builds.
            disk.empty_in_background(Path(config.site_dir))
        for problem in result.problems:
            log.warning(str(problem))  # a warning: `mkdocs build --strict` fails on it
        self.report = (len(result.problems), result.report_file)
        log.info(
            "digest: %d briefs, %d topics, %d days; %d pages written, %d removed",
            result.tally.briefs,
            result.tally.topics,
            result.tally.days,
            len(result.written),
            len(result.removed),
        )

    def on_page_read_source(self, /, *, page: Page, config: MkDocsConfig) -> str | None:
        # MkDocs reads front matter with PyYAML: 0.1-0.2 ms a brief page, 1-2 s at 10,000.
        # Front matter as digest writes it is read back here about three times faster (the
        # same values, tested against PyYAML); MkDocs gets the page without it.
        try:
            text = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads the file again and says what is wrong
        found = YAML_RE.match(text)
        meta = read_mapping(found.group(1)) if found else None
        if found is None or meta is None:
            return text  # written otherwise: MkDocs reads its front matter
        self.front[page.file.src_uri] = meta
        return "\n" + text[found.end() :]  # a blank first line: no front matter to look for

    @event_priority(100)  # first: every plugin reads the page's front matter from here on
    def _hand_over_front_matter(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        front = self.front.pop(page.file.src_uri, None)
        if front is not None:
            page.meta = front
        return markdown

    def _stash_html_blocks(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        if not str(page.meta.get("generator", "")).startswith("digest"):
            return markdown  # the project's own pages convert as usual
        markdown, blocks = stash_html_blocks(markdown)
        if url_below_source(page.file.src_uri, directory_urls=config.use_directory_urls):
            blocks = [links_from_page_url(block) for block in blocks]
        self.stashed[page.file.src_uri] = blocks
        return markdown

    on_page_markdown = CombinedEvent(_hand_over_front_matter, _stash_html_blocks)

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        blocks = self.stashed.pop(page.file.src_uri, [])
        full = restore_html_blocks(html, blocks)
        kept = searched_blocks(blocks)
        if kept != blocks:  # search skips part of the page: it gets a copy without that part
            self.for_search[page.file.src_uri] = (full, restore_html_blocks(html, kept))
        return full

    @event_priority(50)  # before search, which indexes page.content in on_page_context
    def _show_search_what_it_keeps(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        full, searched = self.for_search.get(page.file.src_uri, ("", ""))
        if full and page.content == full:  # no other plugin changed the page since
            page.content = searched
        return context

    @event_priority(-50)  # after search: the theme shows the whole page
    def _show_the_whole_page(
        self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig, nav: Navigation
    ) -> TemplateContext:
        full, searched = self.for_search.pop(page.file.src_uri, ("", ""))
        if full and page.content == searched:
            page.content = full
        return context

    on_page_context = CombinedEvent(_show_search_what_it_keeps, _show_the_whole_page)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        # MkDocs prints page warnings after ours; a last line keeps the report from scrolling by.
        count, path = self.report
        if count:
            log.warning("digest: %d seeds reported, listed in %s", count, path)
        self._resume_watching()

    def on_build_error(self, *, error: Exception) -> None:
        self._resume_watching()  # the edit that fixes the error must start a build

    def _resume_watching(self) -> None:
        if self.watcher is not None:
            self.watcher.resume(self.seen)

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Any
    ) -> LiveReloadServer:
        # The server would poll docs/ (and seeds/) during builds too, and see digest's own
        # writes as edits: the watcher polls them between builds and tells the server of a
        # change through a file it watches instead.
        root = project_root(config)
        changed = disk.write_changed(root, [])
        server.unwatch(config.docs_dir)
        server.watch(str(changed))
        folders = [root / self.config.seeds_dir, Path(config.docs_dir)]
        seen = self.seen if self.serving else None  # `serve --clean` read none
        self.watcher = Watcher(folders, lambda paths: disk.write_changed(root, paths), seen=seen)
        return server

    def on_shutdown(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
