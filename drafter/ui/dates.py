"""Dates as the interface language writes them (12.12.1993 in Russian), kept as ISO 8601."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, Qt

# Qt's date format of the interface language (the translation says dd.MM.yyyy in Russian).
_FORMAT_CONTEXT, _ISO_FORMAT = "Reviews", "yyyy-MM-dd"
_ENTERED = ("d.M.yyyy", "d/M/yyyy", "yyyy-M-d")


def date_format() -> str:
    return QCoreApplication.translate(_FORMAT_CONTEXT, _ISO_FORMAT)


def shown(iso: str | None) -> str:
    """A YYYY-MM-DD date as the interface language writes it; other text as it is."""
    if not iso:
        return ""
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return day.toString(date_format()) if day.isValid() else iso


def entered(text: str) -> str | None:
    """The ISO date of a date typed as the interface language writes it (or as ISO);
    "" for nothing typed, None when it is not a date."""
    text = text.strip()
    if not text:
        return ""
    for pattern in (date_format(), *_ENTERED):
        day = QDate.fromString(text, pattern)
        if day.isValid():
            return day.toString(Qt.DateFormat.ISODate)
    return None


def example() -> str:
    """A date written the interface language's way, as a hint in an empty field."""
    return shown("1993-12-12")
