"""digest's stylesheet: shipped in the package, written beside the pages by every build."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from digest.model import Page
from digest.paths import STYLESHEET_PATH

# The first bytes of the written stylesheet: how digest knows the file as its own (write.py).
STYLESHEET_MARKER = "/* generator: digest */\n"


@lru_cache(maxsize=1)
def stylesheet_page() -> Page:
    """Return the stylesheet as a generated file of the docs folder.

    Written into docs/ and listed under mkdocs.yml's extra_css, it styles the site whichever
    builder reads mkdocs.yml: MkDocs with the plugin, or Zensical, which runs no plugin.
    """
    css = resources.files("digest.assets").joinpath("digest.css").read_text(encoding="utf-8")
    return Page(STYLESHEET_PATH, STYLESHEET_MARKER + css)
