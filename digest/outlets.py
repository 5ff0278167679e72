"""Who published an article: the outlet readers see on its brief instead of a file path.

An article may name its outlet itself: an HTML page's site name, front matter's `outlet`
(or a `source` that is a name, not an address). Failing that, the `outlets` setting maps
seed folders and file-name prefixes to outlets (`reuters/: Reuters`, `ap-: Associated
Press`); failing that, the host of the article's address stands for it ("reuters.com").
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from digest.config import Outlets
from digest.model import Article, Brief


def with_outlets(briefs: Iterable[Brief], outlets: Outlets, *, seeds_dir: str) -> list[Brief]:
    """Return the briefs with each article's outlet resolved (see `outlet_of`)."""
    out = []
    for brief in briefs:
        outlet = outlet_of(brief.article, outlets, seeds_dir=seeds_dir)
        if outlet != brief.article.outlet:
            brief = replace(brief, article=replace(brief.article, outlet=outlet))
        out.append(brief)
    return out


def outlet_of(article: Article, outlets: Outlets, *, seeds_dir: str) -> str:
    """Return the article's own outlet, else the setting's for its seed, else its URL's host."""
    return (
        article.outlet
        or mapped_outlet(article.source, outlets, seeds_dir=seeds_dir)
        or host_of(article.url)
    )


def mapped_outlet(source: str, outlets: Outlets, *, seeds_dir: str) -> str:
    """Return the outlet of the longest key that starts a folder or file name of the seed's
    path below the seeds folder, "" when none does.

    `reuters/` matches every seed in a folder named reuters, `ap-` every seed whose file
    (or a folder) name starts with "ap-". Case is ignored: file systems differ on it.
    """
    if not outlets:
        return ""
    folder = posixpath.normpath(seeds_dir.replace("\\", "/")) + "/"
    below = source[len(folder) :] if source.startswith(folder) else source
    path = "/" + below.casefold()
    for key, outlet in outlets:
        if "/" + key.casefold() in path:
            return outlet
    return ""


def copies_text(brief: Brief) -> str:
    """Return where else the brief's text ran, as its page says it: "also in Reuters, AP
    and 1 other copy"; "" when nowhere.

    Copies from the brief's own outlet say nothing new and are left out; copies whose
    outlet is unknown are counted.
    """
    own = brief.article.outlet.casefold()
    named = dict.fromkeys(o for o in brief.duplicate_outlets if o and o.casefold() != own)
    unnamed = len(brief.duplicates) - len(brief.duplicate_outlets)
    unnamed += brief.duplicate_outlets.count("")
    others = f"{unnamed} other cop{'y' if unnamed == 1 else 'ies'}" if unnamed else ""
    if not named:
        return f"also {others}" if others else ""
    names = ", ".join(named)
    return f"also in {names} and {others}" if others else f"also in {names}"


def host_of(url: str) -> str:
    """Return the host an http(s) address names, without "www.", "" for none."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")
