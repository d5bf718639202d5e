"""Errors and warnings as the window shows them: rendered through the translation catalogue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from drafter.errors import DrafterError
from drafter.messages import CONTEXT, Message

translate = QCoreApplication.translate  # the window's words keep the window's context


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
        reason = exc.strerror or str(exc)
        return f"{exc.filename}: {reason}" if exc.filename else reason
    detail = f"{type(exc).__name__}: {exc}"
    return translate("MainWindow", "internal error (%1)").replace("%1", detail)


def file_error_text(exc: BaseException, path: Path) -> str:
    """Why the draft at ``path`` could not be opened, created or saved."""
    if isinstance(exc, DrafterError):
        return tr_message(exc)
    if isinstance(exc, FileNotFoundError):
        text = translate("MainWindow", "%1 does not exist (it may have been moved or deleted).")
    elif isinstance(exc, PermissionError):
        text = translate("MainWindow", "%1 cannot be read: permission denied.")
    else:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        return f"{path.name}: {reason}"
    return text.replace("%1", path.name)
