"""The review calls the app makes on the open draft, and the words for kinds and placements."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from drafter.core.review_doc import Item
from drafter.core.rounds import Remark
from drafter.messages import Message


class ReviewReportLike(Protocol):
    """drafter.services.review.ReviewReport, as far as the app reads it."""

    file: str
    round: int
    sent_file: str
    identified_by: str
    agency: str
    agency_is_new: bool
    already_filed: bool
    items: list[Item]
    warnings: list[Message]


class ReviewSource(Protocol):
    """The review calls of DraftDocument (services/review.py behind them), the only ones made."""

    def read_review(
        self, path: Path, agency: str, round: int | None = None
    ) -> ReviewReportLike: ...

    def store_review(
        self, report: Any, placements: dict[int, tuple[str, str]] | None = None
    ) -> int: ...

    def remarks(self, slug: str, address: str) -> list[Remark]: ...

    def open_remark_counts(self) -> dict[tuple[str, str], int]: ...

    def rounds(self) -> list[dict]: ...

    def agencies(self) -> list[str]: ...


def kind_text(kind: str) -> str:
    """An item's or remark's kind (drafter.core.rounds.REMARK_KINDS) in the interface language."""
    translate = QCoreApplication.translate
    words = {
        "edit": translate("Reviews", "edit"),
        "comment": translate("Reviews", "comment"),
        "untracked": translate("Reviews", "edit without tracking"),
        "rejects_change": translate("Reviews", "rejects our change"),
        "letter": translate("Reviews", "letter"),
    }
    return words.get(kind, kind)


def placement_text(placement: str) -> str:
    """How an item found its unit (core "exact" is the store's "bookmark"), in interface words."""
    translate = QCoreApplication.translate
    if placement in ("exact", "bookmark"):
        return translate("Reviews", "by bookmark")
    if placement == "aligned":
        return translate("Reviews", "by text")
    if placement == "fuzzy":
        return translate("Reviews", "by similar text")
    if placement == "manual":
        return translate("Reviews", "by hand")
    return translate("Reviews", "not placed") if placement == "unplaced" else placement
