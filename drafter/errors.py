"""Errors the user sees: one clear sentence, naming the file and the reason, in their language."""

from __future__ import annotations

from drafter.messages import Message, Translate


class DrafterError(Exception):
    """An expected failure with a message fit to show a user (no traceback).

    It carries a message id and its arguments (:class:`drafter.messages.Message`), rendered in
    the user's language by the CLI and the app; ``str()`` gives the English sentence.
    """

    def __init__(self, text: str | Message, /, **args: object) -> None:
        self.msg = text if isinstance(text, Message) else Message(text, args)
        super().__init__(self.msg.text)

    def render(self, translate: Translate | None = None) -> str:
        return self.msg.render(translate)

    def __str__(self) -> str:
        return self.msg.render()


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


class Cancelled(DrafterError):
    """The user cancelled a long job; what it had written is removed."""
