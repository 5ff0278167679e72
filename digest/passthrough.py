"""Raw HTML blocks of generated pages, carried past MkDocs' Markdown conversion.

A generated page writes everything but its headings as raw HTML blocks (see render/pages.py).
Python-Markdown copies such blocks through unchanged, yet first reads each one with an
HTML parser, and MkDocs reads the whole page with another: most of what converting a
brief page costs. The plugin swaps each block for a one-word paragraph before conversion
and puts the block back into the converted page, which gives the same HTML.

Search never reads the lists of other briefs (render marks them data-search-exclude), yet
Material's search parser walks every tag of them: on topic and day pages most of the
page. The plugin lets search index a copy of the page without those blocks, which makes
the same index.
"""

from __future__ import annotations

import re

# A block is raw HTML when its first line starts with a tag: generated pages escape every
# "<" of article text, so no other block of theirs starts that way.
_BLOCK_SEPARATOR = "\n\n"
_TOKEN = "digestrawhtml"
_PLACEHOLDER = re.compile(rf"<p>{_TOKEN}(\d+)</p>")
# How render starts a block that search skips whole: a list of other briefs, or its lead-in
# line followed by the list.
_UNSEARCHED = ("<ul data-search-exclude>", "<p data-search-exclude>")


def stash_html_blocks(markdown: str) -> tuple[str, list[str]]:
    """Return the Markdown with each run of raw HTML blocks replaced by a placeholder, and
    the runs.

    Consecutive blocks share one placeholder, unless search reads one and skips the other:
    each placeholder is a paragraph Python-Markdown scans for inline syntax.
    """
    blocks: list[str] = []
    parts: list[str] = []
    last_searched: bool | None = None  # None: the part before was Markdown
    for part in markdown.split(_BLOCK_SEPARATOR):
        if not part.startswith("<"):
            parts.append(part)
            last_searched = None
            continue
        searched = not part.startswith(_UNSEARCHED)
        if searched == last_searched:
            blocks[-1] = blocks[-1].rstrip("\n") + _BLOCK_SEPARATOR + part.strip("\n") + "\n"
        else:
            parts.append(f"{_TOKEN}{len(blocks)}")
            blocks.append(part.strip("\n") + "\n")
        last_searched = searched
    return _BLOCK_SEPARATOR.join(parts), blocks


def restore_html_blocks(html: str, blocks: list[str]) -> str:
    """Return the converted page with its placeholders replaced by the stashed blocks."""
    if not blocks:
        return html
    # One pass over the converted page, which holds no article text, only placeholders:
    # text put back is never searched again. Python-Markdown ends each raw block with a
    # blank line and the page with none.
    return _PLACEHOLDER.sub(lambda m: blocks[int(m.group(1))], html).rstrip("\n")


def searched_blocks(blocks: list[str]) -> list[str]:
    """Return the blocks with those search skips whole left empty."""
    return ["" if block.startswith(_UNSEARCHED) else block for block in blocks]
