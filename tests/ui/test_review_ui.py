"""Returned files in the app: dropped or chosen in the Rounds window, previewed item by item,
unplaced items placed by a click in the tree, imported off the UI thread; the remarks beside the
wordings and an open-remark badge in the tree.

The review service is faked here (``FakeReviews`` has exactly the DraftDocument review methods,
ReviewSource in drafter/ui/review_source.py); the window, its tree, panels and dialogs are real.
"""

from __future__ import annotations

import shutil
import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QObject, QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog

from drafter.core.review_doc import UNPLACED, Item
from drafter.core.rounds import Remark
from drafter.errors import DrafterError
from drafter.messages import N_, Message
from drafter.ui.review_dialog import ReviewDialog
from drafter.ui.tree_panel import row_key
from drafter.ui.unit_tree import REMARKS_ROLE

from .helpers import UK_322

DEMO = Path(__file__).resolve().parents[2] / "tests" / "data" / "projects" / "demo-unsent.drafter"
AGENCY = "МВД России"


@dataclass
class FakeReport:
    file: str
    sha256: str
    round: int
    sent_file: str
    identified_by: str
    agency: str
    agency_is_new: bool
    already_filed: bool
    items: list[Item]
    warnings: list[Message] = field(default_factory=list)


class FakeReviews(QObject):
    """DraftDocument's review methods over a list of remarks in memory."""

    remarks_changed = Signal()

    def __init__(self, items: list[Item]) -> None:
        super().__init__()
        self.items = items
        self.stored: list[Remark] = []
        self.reads: list[tuple[Path, str, int | None]] = []
        self.store_calls: list[tuple[object, dict | None, bool]] = []
        self.fail_store: DrafterError | None = None

    def read_review(self, path: Path, agency: str, round: int | None = None) -> FakeReport:
        self.reads.append((path, agency, round))
        return FakeReport(
            file=path.name,
            sha256="0" * 64,
            round=1,
            sent_file="consolidated-uk-rf.docx",
            identified_by="properties",
            agency=agency,
            agency_is_new=agency not in self.agencies(),
            already_filed=False,
            items=list(self.items),
        )

    def store_review(self, report, placements=None) -> int:
        on_ui_thread = threading.current_thread() is threading.main_thread()
        self.store_calls.append((report, placements, on_ui_thread))
        if self.fail_store is not None:
            raise self.fail_store
        for index, item in enumerate(report.items):
            act, address = (placements or {}).get(index, (item.act, item.address or ""))
            self.stored.append(
                Remark(
                    round=report.round,
                    agency=report.agency,
                    kind=item.kind,
                    act=act,
                    address=address,
                    quote=item.quote,
                    text=item.text or "",
                    proposed=item.proposed,
                    placement="manual" if index in (placements or {}) else item.placement,
                )
            )
        self.remarks_changed.emit()
        return len(report.items)

    def remarks(self, slug: str, address: str) -> list[Remark]:
        return [
            x
            for x in self.stored
            if x.act == slug and (x.address == address or x.address.startswith(address + "/"))
        ]

    def open_remark_counts(self) -> dict[tuple[str, str], int]:
        counts: dict[tuple[str, str], int] = {}
        for x in self.stored:
            if x.address and not x.resolved:
                key = (x.act, x.address.split("/")[0])
                counts[key] = counts.get(key, 0) + 1
        return counts

    def rounds(self) -> list[dict]:
        return [
            {
                "number": 1,
                "date": "2026-12-07",
                "recipients": [
                    {
                        "agency": AGENCY,
                        "deadline": "2026-12-25",
                        "status": "remarks",
                        "letter": None,
                    },
                    {
                        "agency": "Минфин России",
                        "deadline": None,
                        "status": "pending",
                        "letter": None,
                    },
                ],
            }
        ]

    def agencies(self) -> list[str]:
        return [AGENCY, "Минфин России"]


def _words(window, address: str, count: int) -> str:
    """The first ``count`` words of a unit's current text (real text of the Criminal Code)."""
    top = address.split("/")[0]
    unit = window.document.current_unit("uk-rf", top)
    part = next(u for u in unit.walk() if u.address == address)
    return " ".join(part.text.split()[:count])


def _items(window) -> list[Item]:
    quote = _words(window, "art:322.1/part:2", 4)
    return [
        Item(
            kind="edit",
            act="uk-rf",
            address="art:322.1/part:2",
            quote=quote,
            proposed=quote.upper(),
            text=None,
            author="Петров",
            date=None,
            placement="exact",
        ),
        Item(
            kind="comment",
            act="uk-rf",
            address="art:322.1",
            quote=_words(window, "art:322.1/part:1", 3),
            proposed=None,
            text="Уточнить понятие «незаконная миграция».",
            author="Петров",
            date=None,
            placement="aligned",
        ),
        Item(
            kind="edit",
            act="uk-rf",
            address="art:322.1/part:2",
            quote="",
            proposed="г) с использованием поддельных документов;",
            text=None,
            author="Петров",
            date=None,
            position="after art:322.1/part:2/pt:в",
            placement="aligned",
        ),
        Item(
            kind="comment",
            act="uk-rf",
            address=None,
            quote="",
            proposed=None,
            text="Статью изложить в новой редакции.",
            author="Петров",
            date=None,
            placement=UNPLACED,
        ),
    ]


def _drop(window, *paths: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def _click_unit(qtbot, window, slug: str, address: str) -> None:
    """Click the row of a unit in the tree, as the drafter does."""
    tree = window.tree
    index = next(i for i in tree.rows() if row_key(i) == (slug, address))
    tree.unit_tree.scrollTo(index)
    rect = tree.unit_tree.visualRect(index)
    qtbot.mouseClick(tree.unit_tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _read(qtbot, dialog: ReviewDialog, agency: str = AGENCY) -> None:
    dialog.agency_combo.setCurrentText(agency)
    qtbot.mouseClick(dialog.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.job is None, timeout=5000)


@pytest.fixture
def round_file(tmp_path_factory) -> Path:
    """A real file of a sent round (the sample draft's consolidated Criminal Code)."""
    from drafter.services.rounds import export_round

    base = tmp_path_factory.mktemp("round")
    project = base / "demo.drafter"
    shutil.copyfile(DEMO, project)
    export_round(project, base / "round-1", "next", to=AGENCY, export_date=date(2026, 12, 7))
    return next((base / "round-1").glob("consolidated-uk-rf*.docx"))


def test_a_dropped_round_file_opens_its_preview_and_an_act_file_is_imported(
    qtbot, window, tmp_path, round_file
):
    window.reviews.set_source(FakeReviews(_items(window)))
    act = tmp_path / "fragment.txt"
    act.write_text(UK_322.read_text(encoding="utf-8"), encoding="utf-8")
    _drop(window, round_file, act)
    assert [d.path for d in window.reviews.dialogs] == [round_file]
    assert window.reviews.dialogs[0].isVisible()
    qtbot.waitUntil(lambda: len(window.document.acts) == 2, timeout=10000)  # import as today


def test_the_preview_lists_every_item_places_the_unplaced_by_a_click_and_imports_off_the_ui_thread(
    qtbot, window, tmp_path
):
    fake = FakeReviews(_items(window))
    window.reviews.set_source(fake)
    window.select_unit("uk-rf", "art:322")
    [dialog] = window.reviews.review_files([tmp_path / "answer-mvd.docx"])
    assert not dialog.read_button.isEnabled()  # the agency first
    _read(qtbot, dialog)
    assert fake.reads == [(tmp_path / "answer-mvd.docx", AGENCY, None)]
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(4)]
    assert table.rowCount() == 4
    assert rows[0][1:4] == ["Статья 322.1 ч. 2", "by bookmark", "edit"]
    assert rows[0][5] == "proposed: " + fake.items[0].proposed
    assert rows[1][1:4] == ["Статья 322.1", "by text", "comment"]
    assert rows[2][1:4] == [
        "Статья 322.1 ч. 2 (new, after Статья 322.1 ч. 2 п. в))",
        "by text",
        "edit",
    ]
    assert rows[3][2] == "not placed" and "click a unit" in rows[3][1]
    assert table.item(3, 1).foreground().color().name() == "#c62828"
    assert "4 items: 3 placed, 1 not placed." in dialog.summary.text()
    assert dialog.hint.isVisible()
    # A click in the tree with no row selected places nothing.
    _click_unit(qtbot, window, "uk-rf", "art:322.2")
    assert dialog.placements == {}
    dialog.table.selectRow(3)
    _click_unit(qtbot, window, "uk-rf", "art:322.3")
    assert dialog.placements == {3: ("uk-rf", "art:322.3")}
    assert [table.item(3, c).text() for c in (1, 2)] == ["Статья 322.3", "by hand"]
    assert "4 items: 4 placed, 0 not placed." in dialog.summary.text()
    # A placed row is not moved by a later click.
    dialog.table.selectRow(0)
    _click_unit(qtbot, window, "uk-rf", "art:322")
    assert dialog.placements == {3: ("uk-rf", "art:322.3")}
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in window.reviews.dialogs, timeout=5000)
    [(report, placements, on_ui_thread)] = fake.store_calls
    assert placements == {3: ("uk-rf", "art:322.3")} and not on_ui_thread
    assert len(report.items) == 4
    assert window.statusBar().currentMessage() == "Remarks imported: 4"
    assert window.reviews.dialogs == []


def test_the_remarks_of_the_unit_beside_its_wordings_and_a_badge_in_the_tree(
    qtbot, window, tmp_path
):
    fake = FakeReviews(_items(window))
    window.reviews.set_source(fake)
    window.select_unit("uk-rf", "art:322.1")
    panel = window.editors.remarks
    assert panel.isVisible()
    assert panel.heading.text() == "Remarks of the agencies: none"
    assert not panel.view.isVisible()
    model = window.tree.tree_model
    assert not model.top_item("uk-rf", "art:322.1").data(REMARKS_ROLE)
    [dialog] = window.reviews.review_files([tmp_path / "answer.docx"])
    _read(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog not in window.reviews.dialogs, timeout=5000)
    assert len(fake.stored) == 4
    # The unit shown gets its remarks at once: agency, kind, quote, text, proposed wording.
    assert panel.heading.text() == "Remarks of the agencies (3)"
    text = panel.view.toPlainText()
    edit, comment = fake.items[0], fake.items[1]
    for words in (AGENCY, "edit", edit.quote, edit.proposed, comment.text, comment.quote):
        assert words in text
    assert "ч. 2" in text  # where in the article the edit is
    assert text.index(edit.quote) < text.index(comment.text)  # in file order
    item = model.top_item("uk-rf", "art:322.1")
    assert item.data(REMARKS_ROLE) == 3
    assert "Open remarks: 3" in item.toolTip()
    assert not model.top_item("uk-rf", "art:322").data(REMARKS_ROLE)
    # The badge survives a rebuild of the tree (an edit that adds a unit rebuilds it).
    window.tree.rebuild(window.document.acts, window.document.draft, window.current)
    assert model.top_item("uk-rf", "art:322.1").data(REMARKS_ROLE) == 3
    assert panel.view.isVisible() and panel.view.height() > 3 * panel.heading.height()
    window.select_unit("uk-rf", "art:322")
    assert panel.heading.text() == "Remarks of the agencies: none"


def test_a_failed_import_says_why_and_keeps_the_preview(qtbot, window, tmp_path):
    fake = FakeReviews(_items(window))
    fake.fail_store = DrafterError(N_("{name} belongs to another draft."), name="answer.docx")
    window.reviews.set_source(fake)
    [dialog] = window.reviews.review_files([tmp_path / "answer.docx"])
    _read(qtbot, dialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.job is None and len(fake.store_calls) == 1, timeout=5000)
    assert dialog.isVisible()
    assert dialog.summary.text() == "answer.docx belongs to another draft."
    assert dialog.import_button.isEnabled()  # the drafter may try again
    assert fake.stored == [] and window.tree.tree_model.top_item("uk-rf", "art:322.1").data(
        REMARKS_ROLE
    ) in (0, None)


def test_a_new_agency_is_announced_before_the_import(qtbot, window, tmp_path):
    window.reviews.set_source(FakeReviews([]))
    [dialog] = window.reviews.review_files([tmp_path / "answer.docx"])
    _read(qtbot, dialog, "Росгвардия")
    summary = dialog.summary.text()
    assert "Росгвардия is a new agency: importing adds it." in summary
    assert "No changes and no comments: recorded as agreed." in summary
    assert dialog.table.rowCount() == 0 and not dialog.hint.isVisible()


def test_the_rounds_window_lists_the_answers_and_adds_returned_files(
    qtbot, window, tmp_path, monkeypatch
):
    window.reviews.set_source(FakeReviews(_items(window)))
    window.menu_actions.rounds_action.trigger()
    rounds = window.reviews.rounds_dialog
    assert rounds is not None and rounds.isVisible()
    top = rounds.rounds_tree.topLevelItem(0)
    assert rounds.rounds_tree.topLevelItemCount() == 1
    assert [top.text(0), top.text(1)] == ["Round 1", "2026-12-07"]
    answers = [[top.child(i).text(c) for c in range(4)] for i in range(top.childCount())]
    assert answers == [
        [AGENCY, "2026-12-25", "agreed with remarks", ""],
        ["Минфин России", "", "awaited", ""],
    ]
    assert not rounds.empty_label.isVisible() and rounds.add_button.isEnabled()
    chosen = [tmp_path / "a.docx", tmp_path / "b.docx"]
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in chosen], "")
    )
    qtbot.mouseClick(rounds.add_button, Qt.MouseButton.LeftButton)
    assert [d.path for d in window.reviews.dialogs] == chosen


def test_without_review_calls_the_rounds_window_is_empty_and_a_returned_file_is_refused(
    window, round_file, message_boxes
):
    window.reviews.set_source(None)
    window.menu_actions.rounds_action.trigger()
    rounds = window.reviews.rounds_dialog
    assert rounds.empty_label.isVisible() and not rounds.add_button.isEnabled()
    _drop(window, round_file)
    assert window.reviews.dialogs == []
    assert message_boxes == [
        (
            "Cannot read returned files",
            "Open a draft you can edit to read the agencies' files.",
        )
    ]
    assert len(window.document.acts) == 1  # not imported as an act either
