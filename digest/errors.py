"""Errors digest raises; each message names the file, what was expected and what was found."""

from __future__ import annotations


class DigestError(Exception):
    """Base class of every error digest reports to a user."""


class SeedError(DigestError):
    """A seed file cannot be read or parsed into an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ConfigError(DigestError):
    """A setting has a value digest cannot use."""


class WriteError(DigestError):
    """A page cannot be written without touching a file digest does not own."""


class ModelError(DigestError):
    """A shipped model file does not match the features the code computes."""
