"""Stories: briefs that cover the same story, grouped across sources and days."""

from __future__ import annotations

from collections.abc import Sequence

from digest.model import Brief


def group_stories(briefs: Sequence[Brief]) -> tuple[int, ...]:
    """Return a story number per brief, in input order; equal numbers share a story."""
    return tuple(range(len(briefs)))
