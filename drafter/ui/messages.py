"""Errors and warnings as the window shows them: rendered through the translation catalogue."""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from drafter.errors import DrafterError
from drafter.messages import CONTEXT, Message

translate = QCoreApplication.translate  # the window's words keep the window's context


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


# Kinds of unit, named in messages by their code («expected one {kind}»): the words the user reads.
KIND_WORDS = {
    "codepart": QT_TRANSLATE_NOOP("UnitKinds", "code part"),
    "division": QT_TRANSLATE_NOOP("UnitKinds", "division"),
    "subdivision": QT_TRANSLATE_NOOP("UnitKinds", "subdivision"),
    "chapter": QT_TRANSLATE_NOOP("UnitKinds", "chapter"),
    "group": QT_TRANSLATE_NOOP("UnitKinds", "group"),
    "subgroup": QT_TRANSLATE_NOOP("UnitKinds", "subgroup"),
    "article": QT_TRANSLATE_NOOP("UnitKinds", "article"),
    "part": QT_TRANSLATE_NOOP("UnitKinds", "part"),
    "point": QT_TRANSLATE_NOOP("UnitKinds", "point"),
    "subpoint": QT_TRANSLATE_NOOP("UnitKinds", "subpoint"),
    "paragraph": QT_TRANSLATE_NOOP("UnitKinds", "paragraph"),
    "note": QT_TRANSLATE_NOOP("UnitKinds", "note"),
    "section": QT_TRANSLATE_NOOP("UnitKinds", "section"),
    "subsection": QT_TRANSLATE_NOOP("UnitKinds", "subsection"),
    "subparagraph": QT_TRANSLATE_NOOP("UnitKinds", "subparagraph"),
    "clause": QT_TRANSLATE_NOOP("UnitKinds", "clause"),
    "subclause": QT_TRANSLATE_NOOP("UnitKinds", "subclause"),
    "schedule": QT_TRANSLATE_NOOP("UnitKinds", "schedule"),
    "final": QT_TRANSLATE_NOOP("UnitKinds", "final provision"),
}
_KIND_FIELDS = ("kind", "kinds", "found")


def _kind_words(value: str) -> str:
    """A kind code («article») or a list of them («article, chapter») as words."""
    codes = value.split(", ")
    if not all(code in KIND_WORDS for code in codes):
        return value
    words = (QCoreApplication.translate("UnitKinds", str(KIND_WORDS[c])) for c in codes)
    return ", ".join(words)


def _with_kind_words(item: Message) -> Message:
    """``item`` with the unit kinds among its arguments (and its reasons') as words."""
    args = {
        key: _with_kind_words(value)
        if isinstance(value, Message)
        else _kind_words(value)
        if key in _KIND_FIELDS and isinstance(value, str)
        else value
        for key, value in item.args.items()
    }
    return Message(item.text, args)


def tr_message(item: Message | DrafterError | str) -> str:
    """A message, an error or plain text (older warnings) in the interface language."""
    if isinstance(item, DrafterError):
        item = item.msg
    if isinstance(item, Message):
        return _with_kind_words(item).render(_translate)
    return str(item)


_REASONS: dict[
    int, object
] = {  # the operating system's words (English strerror) in the interface language
    errno.ENOENT: QT_TRANSLATE_NOOP("MainWindow", "no such file or folder"),
    errno.EACCES: QT_TRANSLATE_NOOP("MainWindow", "permission denied"),
    errno.EPERM: QT_TRANSLATE_NOOP("MainWindow", "permission denied"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("MainWindow", "the disk is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("MainWindow", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("MainWindow", "it already exists"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("MainWindow", "a part of the path is not a folder"),
    errno.EISDIR: QT_TRANSLATE_NOOP("MainWindow", "it is a folder"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("MainWindow", "the name is too long"),
    errno.EBUSY: QT_TRANSLATE_NOOP("MainWindow", "it is in use"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("MainWindow", "the folder is not empty"),
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in the interface language where the cause is known."""
    reason = _REASONS.get(exc.errno or 0)
    if reason is not None:
        return translate("MainWindow", str(reason))
    return exc.strerror or str(exc)


def error_text(exc: BaseException) -> str:
    """A failure of background work as the user reads it: expected ones plainly, bugs briefly."""
    if isinstance(exc, DrafterError):
        return tr_message(exc)
    if isinstance(exc, OSError):
        reason = os_reason(exc)
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
        reason = os_reason(exc) if isinstance(exc, OSError) else str(exc)
        return f"{path.name}: {reason}"
    return text.replace("%1", path.name)
