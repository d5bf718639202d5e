"""Errors the user sees: one clear sentence, naming the file and the reason."""

from __future__ import annotations


class DrafterError(Exception):
    """An expected failure with a message fit to show a user as it is (no traceback)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ImportFailed(DrafterError):
    """A source file could not be read as an act."""


class ProjectError(DrafterError):
    """A project file could not be opened, read or written."""


class NewerVersionError(ProjectError):
    """The project file was written by a newer Drafter."""


class EngineError(DrafterError):
    """An amending instruction could not be planned, parsed or applied."""


class ExportError(DrafterError):
    """A document or bundle could not be written."""
