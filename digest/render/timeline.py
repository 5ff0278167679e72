"""Timeline charts: an inline SVG of how many briefs fall in each day, week or month."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence

_BAR, _CHART_HEIGHT = 12, 60  # timeline bar width and chart height, in SVG units


def timeline_svg(dates: Sequence[dt.date], *, label: str) -> str:
    """Return an inline SVG bar chart of how many dates fall in each day, week or month.

    Built at build time from numbers only, so it renders with no network and no script.
    All bars are one path: a site has thousands of topic pages, and a shape per bar made
    their charts the bulk of what MkDocs had to read.
    """
    buckets, unit = _timeline_buckets(dates)
    peak_start, peak = max(buckets.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
    width = max(len(buckets), 1) * _BAR
    bars = "".join(
        f"M{i * _BAR + 1} {_CHART_HEIGHT}V{_CHART_HEIGHT - round(_CHART_HEIGHT * n / peak)}"
        f"h{_BAR - 2}V{_CHART_HEIGHT}z"
        for i, n in enumerate(buckets.values())
        if n
    )
    first, last = next(iter(buckets)).isoformat(), dates[-1].isoformat()
    summary = f"{label}, per {unit}: at most {peak}, in the {unit} of {peak_start.isoformat()}"
    return (
        f'<figure class="digest-timeline-figure"><svg class="digest-timeline" role="img" '
        f'viewBox="0 0 {width} {_CHART_HEIGHT}" preserveAspectRatio="none" '
        f'aria-label="{html.escape(summary)}"><path d="{bars}"/></svg>'
        f"<figcaption>Briefs per {unit}, {first} to {last}</figcaption></figure>"
    )


def _timeline_buckets(dates: Sequence[dt.date]) -> tuple[dict[dt.date, int], str]:
    """Return counts per bucket (every bucket from first to last, empty ones too) and its unit."""
    first, last = min(dates), max(dates)
    span = (last - first).days
    unit = "day" if span <= 62 else "week" if span <= 2 * 366 else "month"

    def start(d: dt.date) -> dt.date:
        if unit == "day":
            return d
        if unit == "week":
            return d - dt.timedelta(days=d.weekday())
        return d.replace(day=1)

    buckets: dict[dt.date, int] = {}
    cursor = start(first)
    while cursor <= last:
        buckets[cursor] = 0
        cursor = _next_bucket(cursor, unit)
    for d in dates:
        buckets[start(d)] += 1
    return buckets, unit


def _next_bucket(d: dt.date, unit: str) -> dt.date:
    if unit == "day":
        return d + dt.timedelta(days=1)
    if unit == "week":
        return d + dt.timedelta(days=7)
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
