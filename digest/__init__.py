"""digest: turn a folder of raw news articles into a searchable briefing site."""

__version__ = "0.1.0"
