"""The built site of the fixture corpus, read in a real browser (Debian's Chromium).

Each test runs on the site `mkdocs build` makes (with the digest plugin) and on the one
`digest build && zensical build` makes (skipped when Zensical is not installed).
Screenshots of every page at desktop and phone widths are kept in test-artifacts/browser/.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import frontmatter
import pytest

from digest.init import init_project

REPO = Path(__file__).parent.parent.parent
CORPUS = REPO / "tests/fixtures/corpus"
ARTIFACTS = REPO / "test-artifacts/browser"
CHROMIUM = Path("/usr/bin/chromium")
# Chromium's own background traffic fails on a closed network and would only add noise.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WIDTHS = {"desktop": 1280, "phone": 375}
WAIT_MS = 15_000

playwright_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')"
)
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} is missing (apt-get install chromium; .ci/run installs it)",
        allow_module_level=True,
    )


BUILDS = {
    "mkdocs": [["mkdocs", "build", "--strict"]],
    # Zensical runs no MkDocs plugin: digest writes the pages first.
    "zensical": [["digest.cli", "build", "--strict", "--quiet"], ["zensical", "build", "--strict"]],
}


class Site:
    """The corpus project, built, and served on 127.0.0.1 while the tests run."""

    def __init__(self, root: Path, url: str, builder: str) -> None:
        self.root = root
        self.url = url
        self.builder = builder

    def brief_url(self, seed_name: str) -> str:
        """Return the URL path of the brief made from a seed, read off its front matter."""
        for page in sorted((self.root / "docs/briefs").rglob("*.md")):
            post = frontmatter.load(page)
            if post.get("source") == f"seeds/{seed_name}":
                relative = page.relative_to(self.root / "docs").with_suffix("")
                return f"/{relative.as_posix()}/"
        raise AssertionError(f"no brief for {seed_name}")

    def brief_meta(self, seed_name: str) -> dict[str, Any]:
        path = self.root / "docs" / self.brief_url(seed_name).strip("/")
        return dict(frontmatter.load(path.with_suffix(".md")).metadata)


@pytest.fixture(scope="module", params=sorted(BUILDS))
def site(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Site]:
    builder = request.param
    if builder == "zensical":
        pytest.importorskip("zensical", reason="zensical is not installed (the zensical extra)")
    root = tmp_path_factory.mktemp(builder)
    init_project(root)
    for seed in sorted(CORPUS.glob("*.*")):
        if seed.suffix in (".txt", ".md"):  # notes.csv is there to be reported, not shown
            shutil.copy(seed, root / "seeds")
    for command in BUILDS[builder]:
        run = subprocess.run(
            [sys.executable, "-m", *command], cwd=root, capture_output=True, text=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": ""},
        )  # fmt: skip
        assert run.returncode == 0, run.stdout + run.stderr
    handler = functools.partial(_QuietHandler, directory=str(root / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield Site(root, f"http://127.0.0.1:{server.server_address[1]}", builder)
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep pytest's output for failures


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


class Tab:
    """A page of a fresh browser context, collecting the site's console errors."""

    def __init__(self, browser: Any, site: Site, width: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.page = self.context.new_page()
        self.site = site
        self.errors: list[str] = []
        # The site asks Google for fonts; the test network is closed, so those requests
        # are refused here, and only errors of the site's own origin count.
        self.context.route(lambda url: not url.startswith(site.url), lambda r: r.abort())
        self.page.on("console", self._on_console)
        self.page.on("pageerror", lambda exc: self.errors.append(f"page error: {exc}"))

    def _on_console(self, message: Any) -> None:
        where = message.location.get("url", "") if message.location else ""
        if message.type == "error" and (not where or where.startswith(self.site.url)):
            self.errors.append(f"{message.text} ({where})")

    def open(self, path: str) -> Any:
        self.page.goto(self.site.url + path, wait_until="load")
        return self.page

    def overflow(self) -> int:
        """Return how many pixels the page is wider than the window: > 0 scrolls sideways."""
        result: int = self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        return result

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.site.builder}-{name}.png"
        self.page.screenshot(path=str(path), full_page=True)


@pytest.fixture
def tab(browser: Any, site: Site) -> Iterator[Tab]:
    opened = Tab(browser, site, WIDTHS["desktop"])
    yield opened
    opened.context.close()
    assert opened.errors == []


def test_home_page_shows_the_latest_briefing(tab: Tab) -> None:
    page = tab.open("/")
    expect = playwright_api.expect
    expect(page.locator("article h1")).to_have_text("Briefing")
    expect(page.locator("article")).to_contain_text("5 March 2024")  # the newest day
    latest = tab.site.brief_url("004_mombasa_port.txt")
    assert page.locator(f'article a[href$="{latest.strip("/")}/"]').count() >= 1
    assert page.locator('article a[href*="2024/03/04"]').count() == 0  # not the day before


def search(tab: Tab, words: str) -> list[str]:
    """Return the links of the results the site's search box lists for the words."""
    if tab.site.builder == "mkdocs":
        with tab.page.expect_response(lambda r: r.url.endswith("search_index.json")):
            page = tab.open("/")
        field = page.locator(".md-search__input")
        results = page.locator(".md-search-result__item a")
        opener = None
    else:  # Zensical's search is a dialog a button opens
        page = tab.open("/")
        opener = page.locator(".md-search__button")
        field = page.get_by_role("combobox", name="Search")
        results = page.locator("dialog li a[href]")
    # The search worker indexes after the download and ignores what was typed before it is
    # ready, and a button may answer only once the site's script runs, as a reader would
    # see; so try again, a bounded number of times.
    for _ in range(6):
        try:
            if opener is not None and not field.is_visible():
                opener.click()
            field.click(timeout=WAIT_MS // 6)
            field.fill("")
            field.press_sequentially(words)
            results.first.wait_for(state="visible", timeout=WAIT_MS // 6)
            break
        except playwright_api.TimeoutError:
            continue
    playwright_api.expect(results.first).to_be_visible()
    # Results show as the words are typed and change until the last key: read them once
    # they hold still, all at once (a list read link by link may change in between).
    hrefs: list[str] = []
    for _ in range(20):
        now = results.evaluate_all("links => links.map(a => a.getAttribute('href') || '')")
        if now and now == hrefs:
            break
        hrefs = now
        page.wait_for_timeout(250)
    return hrefs


def test_search_lists_the_brief_with_the_keyword(tab: Tab) -> None:
    hrefs = search(tab, "Braga")  # Porto's trains only
    target = tab.site.brief_url("002_porto_trains.txt").strip("/")
    assert any(target in href for href in hrefs), hrefs
    assert not any(tab.site.brief_url("004_mombasa_port.txt").strip("/") in h for h in hrefs)


def test_search_finds_a_brief_by_its_headline(tab: Tab) -> None:
    meta = tab.site.brief_meta("004_mombasa_port.txt")
    hrefs = search(tab, meta["title"])
    target = tab.site.brief_url("004_mombasa_port.txt").strip("/")
    assert target in urlsplit(hrefs[0]).path, hrefs  # the brief itself comes first


def test_topic_page_links_its_feed(tab: Tab) -> None:
    page = tab.open("/topics/kenya/")
    link = page.locator("article a.digest-feed")
    playwright_api.expect(link).to_be_visible()
    with page.expect_response(lambda r: r.url.endswith("/topics/kenya/feed.xml")) as response:
        link.click()
    assert response.value.ok and b"<feed" in response.value.body()


def test_topic_link_leads_to_the_topic_page(tab: Tab) -> None:
    page = tab.open(tab.site.brief_url("001_lisbon_metro.txt"))
    page.locator("article a", has_text="Portugal").first.click()
    page.wait_for_url("**/topics/portugal/")
    expect = playwright_api.expect
    expect(page.locator("article h1")).to_have_text("Portugal")
    lisbon = tab.site.brief_url("001_lisbon_metro.txt").strip("/").split("/")[-1]
    assert page.locator(f'article a[href*="{lisbon}"]').count() >= 1


@pytest.mark.parametrize("start", ["topic", "brief"])
def test_a_listed_brief_link_leads_to_that_brief(tab: Tab, start: str) -> None:
    # Lists of briefs are raw HTML, whose links each builder reads its own way.
    path = "/topics/portugal/" if start == "topic" else tab.site.brief_url("002_porto_trains.txt")
    page = tab.open(path)
    link = page.locator("article li a").last
    title = link.inner_text()
    link.click()
    page.wait_for_url("**/briefs/**")
    assert urlsplit(page.url).path != path
    playwright_api.expect(page.locator("article h1")).to_have_text(title)


def test_topic_page_draws_its_timeline(tab: Tab) -> None:
    page = tab.open("/topics/portugal/")
    chart = page.locator("svg.digest-timeline")
    playwright_api.expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] > 0 and 0 < box["height"] < 200
    bars = chart.locator("path").bounding_box()  # every bar is one path
    assert bars is not None and bars["height"] > 0


def test_brief_page_shows_summary_keywords_and_full_text(tab: Tab) -> None:
    meta = tab.site.brief_meta("004_mombasa_port.txt")
    page = tab.open(tab.site.brief_url("004_mombasa_port.txt"))
    article = page.locator("article")
    expect = playwright_api.expect
    expect(page.locator("article h1")).to_have_text(meta["title"])
    expect(article).to_contain_text(meta["summary"][0])
    for keyword in meta["keywords"][:3]:
        expect(article).to_contain_text(keyword)
    ending = "Officials said the link would cut the cost of moving goods inland."
    closed = page.locator("article details:not([open]) summary")
    if closed.count():  # the full text may be collapsed: a reader opens it
        closed.first.click()
    expect(article.get_by_text(ending)).to_be_visible()


PAGES = {
    "home": "/",
    "brief": "BRIEF",  # resolved from the build: its URL comes from the generated headline
    "topic": "/topics/portugal/",
    "day": "/days/2024-03-05/",
    "topics": "/topics/",
    "about": "/about/",
}


@pytest.mark.parametrize("width", sorted(WIDTHS))
@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_fits_the_window_and_is_kept_as_a_screenshot(
    browser: Any, site: Site, name: str, width: str
) -> None:
    opened = Tab(browser, site, WIDTHS[width])
    try:
        path = PAGES[name] if name != "brief" else site.brief_url("004_mombasa_port.txt")
        page = opened.open(path)
        assert urlsplit(page.url).path == path
        opened.screenshot(f"{name}-{width}")
        assert opened.overflow() <= 0
    finally:
        opened.context.close()
    assert opened.errors == []
