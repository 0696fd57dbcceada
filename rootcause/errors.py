"""Errors that reach the user as a one-line message instead of a stack trace."""

from __future__ import annotations


class UserError(Exception):
    """Bad input or configuration: printed as ``rootcause: error: <message>``, exit status 2."""

    exit_code = 2

    def __init__(self, message: str, *, exit_code: int = 2) -> None:
        super().__init__(message)
        self.exit_code = exit_code
