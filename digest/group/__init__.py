"""Briefs -> Site: copies merged, briefs grouped into stories, topics, related briefs, days.

`copies` finds seeds that carry one article, `stories` clusters briefs into stories (over
the vectors and graph of `story_graph`, the word counts of `story_words` and the dates of
`story_dates`), `topics` collects the subjects briefs share and `related` each brief's
nearest briefs in other stories; `site` puts it all together into the Site the renderer
reads.
"""

from __future__ import annotations

from digest.group.site import Grouped, briefing_order, group_briefs, group_site

__all__ = ["Grouped", "briefing_order", "group_briefs", "group_site"]
