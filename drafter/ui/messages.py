"""Errors and warnings as the window shows them: rendered through the translation catalogue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from drafter.errors import DrafterError
from drafter.messages import CONTEXT, QT_TRANSLATE_NOOP, Message, message

_MISSING = QT_TRANSLATE_NOOP(
    "Message", "{name} does not exist (it may have been moved or deleted)."
)
_DENIED = QT_TRANSLATE_NOOP("Message", "{name} cannot be read: permission denied.")
_OS_ERROR = QT_TRANSLATE_NOOP("Message", "{name}: {reason}")
_INTERNAL = QT_TRANSLATE_NOOP("Message", "internal error ({kind}: {detail})")


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def tr_message(item: Message | DrafterError | str) -> str:
    """A message, an error or plain text (older warnings) in the interface language."""
    if isinstance(item, (Message, DrafterError)):
        return item.render(_translate)
    return str(item)


def error_text(exc: BaseException) -> str:
    """A failure of background work as the user reads it: expected ones plainly, bugs briefly."""
    if isinstance(exc, DrafterError):
        return tr_message(exc)
    if isinstance(exc, OSError):
        name = str(exc.filename or "")
        reason = exc.strerror or str(exc)
        return tr_message(message(_OS_ERROR, name=name, reason=reason)) if name else reason
    return tr_message(message(_INTERNAL, kind=type(exc).__name__, detail=str(exc)))


def file_error_text(exc: BaseException, path: Path) -> str:
    """Why the draft at ``path`` could not be opened, created or saved."""
    if isinstance(exc, DrafterError):
        return tr_message(exc)
    if isinstance(exc, FileNotFoundError):
        return tr_message(message(_MISSING, name=path.name))
    if isinstance(exc, PermissionError):
        return tr_message(message(_DENIED, name=path.name))
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return tr_message(message(_OS_ERROR, name=path.name, reason=reason))
