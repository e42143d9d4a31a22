"""Errors a user can act on.

Every failure a user can cause (bad input, a bad URL, a missing file) is raised
as a `UserError` carrying a one-line reason; the CLI prints that line and exits
non-zero, the API turns it into a 4xx. Anything else is a bug.
"""


class UserError(Exception):
    """A problem with what the user gave us, explained in one line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    def __str__(self) -> str:
        return self.reason


class BadInput(UserError):
    """An input (file, feed, stdin) that cannot become a report."""


class ConfigError(UserError):
    """A setting (database URL, limit) that cannot be used."""
