"""The Rounds window on the demo: rounds and recipients with deadlines and answers, a new round,
answers and deadlines entered, the table of disagreements, the comparison, closing a round."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from drafter.core import rounds as r
from drafter.io.project import Project
from drafter.services.remarks import resolve_remark
from drafter.services.rounds import export_round
from drafter.ui.rounds_dialog import OVERDUE

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "demo.drafter"
AGENCIES = ["Минюст России", "Генпрокуратура России"]
# (remark id, decision, reasoning) as the drafter decides them on the demo's round 1
DECISIONS = [
    (2, "rejected", "Норма КоАП РФ регулирует иные отношения."),
    (3, "partly", "Учтено в части тяжких преступлений."),
    (5, "withdrawn", "Ведомство сняло замечание."),
    (6, "partly", "Квалифицирующий признак сохранён."),
]


@pytest.fixture
def demo(tmp_path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(SAMPLE, path)
    return path


def latest(path: Path) -> tuple[int, list[r.Remark]]:
    """The latest round of the draft at ``path`` and its remarks as counted."""
    with Project.open(path, read_only=True) as project:
        number = project.last_round()
        return number, [x for x in project.remarks(number) if x.counted]


@pytest.fixture
def sent(demo, tmp_path) -> tuple[Path, int]:
    """The demo with one more round sent, to the Ministry of Justice and the Ministry of
    Finance (new), answers due by 20 December 2026; and that round's number."""
    done = export_round(
        demo, tmp_path / "sent", "next", to="Минюст России,Минфин России", deadline="2026-12-20"
    )
    return demo, done.number


def rounds_window(window, today: date | None = None):
    window.menu_actions.rounds_action.trigger()
    controller = window.reviews.rounds_window
    if today is not None:
        controller.today = today
        controller.fill()
    return controller


def rows(dialog) -> list[list[list[str]]]:
    """Each round's row, then its recipients' rows, as the columns show them."""
    tree = dialog.rounds_tree
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        items = [top] + [top.child(j) for j in range(top.childCount())]
        out.append([[x.text(c) for c in range(tree.columnCount())] for x in items])
    return out


def recipient_item(dialog, number: int, agency: str):
    assert dialog.select(number, agency)
    return dialog.rounds_tree.currentItem()


def ok(qtbot, form) -> None:
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def wait_for_job(qtbot, controller) -> None:
    qtbot.waitUntil(lambda: controller.job is None, timeout=60000)


def test_the_window_lists_round_1_of_the_demo_with_both_recipients_and_their_answers(
    make_window, demo
):
    with Project.open(demo, read_only=True) as project:
        sent = project.round(1)
        remarks = [x for x in project.remarks(1) if x.counted]
    controller = rounds_window(make_window(demo), date(2026, 12, 10))
    [top, *recipients] = rows(controller.dialog)[0]
    assert top[:2] == ["Round 1", sent.date]
    assert top[4] == (f"closed {sent.closed}" if sent.closed else "open")
    undecided = sum(x.undecided for x in remarks)
    assert top[2] == f"Remarks: {undecided} open of {len(remarks)}"
    assert [x.agency for x in sent.recipients] == AGENCIES
    assert recipients == [
        [x.agency, x.deadline, word, x.letter, f"received {x.answer_date}"]
        for x, word in zip(sent.recipients, ["agreed with remarks", "objections"], strict=True)
    ]


def test_a_deadline_passed_without_an_answer_shows_red_and_days_count_from_today(make_window, sent):
    path, n = sent
    controller = rounds_window(make_window(path), date(2026, 12, 25))
    dialog = controller.dialog
    assert [r[0][0] for r in rows(dialog)] == [f"Round {i}" for i in range(1, n + 1)]
    late = recipient_item(dialog, n, "Минфин России")
    assert late.text(1) == "2026-12-20" and late.text(2) == "awaited"
    assert late.text(4) == "overdue by 5 days"
    assert late.foreground(4).color() == OVERDUE
    controller.today = date(2026, 12, 19)
    controller.fill()
    soon = recipient_item(dialog, n, "Минфин России")
    assert soon.text(4) == "due in 1 day" and soon.foreground(4).color() != OVERDUE
    controller.today = date(2026, 12, 20)
    controller.fill()
    assert recipient_item(dialog, n, "Минюст России").text(4) == "due today"
    with Project.open(path, read_only=True) as project:
        first = project.round(1).recipients[0]
    answered = recipient_item(dialog, 1, first.agency)  # round 1: answered in time
    assert answered.text(4) == f"received {first.answer_date}"
    assert answered.foreground(4).color() != OVERDUE


def test_a_new_round_from_the_window_writes_the_bundle_and_lists_it(
    qtbot, make_window, demo, tmp_path, message_boxes
):
    last, _remarks = latest(demo)
    n = last + 1
    window = make_window(demo)
    controller = rounds_window(window)
    qtbot.mouseClick(controller.dialog.new_button, Qt.MouseButton.LeftButton)
    form = controller.form
    assert form.isVisible() and form.heading.text().startswith(f"Round {n} ")
    assert form.chosen() == AGENCIES  # the previous round's recipients
    assert f"Round {last} is still open" in form.warning_label.text()
    assert not form.warning_label.isHidden()
    form.new_agency_edit.setText("Минфин  России")
    qtbot.mouseClick(form.add_agency_button, Qt.MouseButton.LeftButton)
    assert form.chosen() == [*AGENCIES, "Минфин России"]
    form.deadline_edit.setDate(QDate(2026, 12, 28))
    form.sent_edit.setDate(QDate(2026, 12, 8))
    folder = tmp_path / "next-round"
    form.folder_edit.setText(str(folder))
    ok(qtbot, form)
    assert not form.isVisible()
    wait_for_job(qtbot, controller)
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"] == {
        "number": n,
        "date": "2026-12-08",
        "recipients": [*AGENCIES, "Минфин России"],
    }
    [top, *recipients] = rows(controller.dialog)[-1]
    assert top[:2] == [f"Round {n}", "2026-12-08"]
    assert [(r[0], r[1], r[2]) for r in recipients] == [
        (name, "2026-12-28", "awaited") for name in [*AGENCIES, "Минфин России"]
    ]
    assert window.statusBar().currentMessage() == f"Round {n} written to {folder}"
    # the round's warnings: the previous round was open, and an agency was new
    [(title, text)] = message_boxes
    assert title == "Round sent with warnings"
    assert "Минфин России is a new agency" in text and f"Round {last} is still open" in text
    with Project.open(demo, read_only=True) as project:
        assert [x.number for x in project.rounds()] == list(range(1, n + 1))


def test_a_new_round_needs_a_recipient_and_a_free_folder(qtbot, make_window, demo, tmp_path):
    controller = rounds_window(make_window(demo))
    form = controller.new_round()
    for i in range(form.agency_list.count()):
        form.agency_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    ok(qtbot, form)
    assert form.isVisible()
    assert form.error_label.text() == "Check at least one agency to send the round to."
    form.agency_list.item(0).setCheckState(Qt.CheckState.Checked)
    form.folder_edit.setText("")
    ok(qtbot, form)
    assert form.error_label.text() == "Choose the folder to write the round to."
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    form.folder_edit.setText(str(taken))
    ok(qtbot, form)
    assert form.error_label.text() == (
        f"taken already exists in {tmp_path}; choose a new folder name for the bundle."
    )
    assert form.isVisible() and (taken / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert controller.job is None and len(rows(controller.dialog)) == latest(demo)[0]


def test_an_answer_and_a_deadline_are_entered_for_the_selected_recipient(qtbot, make_window, sent):
    path, n = sent
    controller = rounds_window(make_window(path), date(2026, 12, 15))
    dialog = controller.dialog
    recipient_item(dialog, n, "Минфин России")
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    form = controller.form
    assert form.agency_combo.currentText() == "Минфин России"
    form.status_combo.setCurrentIndex(form.status_combo.findData("objections"))
    form.letter_edit.setText("01-02/3456")
    form.date_edit.setDate(QDate(2026, 12, 14))
    ok(qtbot, form)
    assert not form.isVisible()
    item = recipient_item(dialog, n, "Минфин России")
    assert [item.text(c) for c in (2, 3, 4)] == ["objections", "01-02/3456", "received 2026-12-14"]
    recipient_item(dialog, n, "Минюст России")
    qtbot.mouseClick(dialog.deadline_button, Qt.MouseButton.LeftButton)
    form = controller.form
    assert form.agency_combo.currentText() == "Минюст России"
    assert form.deadline_edit.date() == QDate(2026, 12, 20)
    form.deadline_edit.setDate(QDate(2026, 12, 30))
    ok(qtbot, form)
    item = recipient_item(dialog, n, "Минюст России")
    assert (item.text(1), item.text(4)) == ("2026-12-30", "due in 15 days")
    with Project.open(path, read_only=True) as project:
        stored = {x.agency: x for x in project.round(n).recipients}
    assert (stored["Минфин России"].status, stored["Минфин России"].letter) == (
        "objections",
        "01-02/3456",
    )
    assert stored["Минюст России"].deadline == "2026-12-30"


def test_the_table_of_disagreements_written_from_the_window_has_the_rejected_remarks(
    qtbot, make_window, demo, tmp_path, message_boxes
):
    with Project.open(demo, read_only=True) as project:
        open_ids = {x.id for x in project.remarks(1) if x.undecided}
    for rid, status, reason in DECISIONS:  # the remarks the sample leaves undecided
        if rid in open_ids:
            resolve_remark(demo, rid, status, reason)
    with Project.open(demo, read_only=True) as project:
        listed = [
            x
            for x in project.remarks(1)
            if x.counted and x.status in ("rejected", "partly") and not x.settled
        ]
    assert len(listed) >= 2
    controller = rounds_window(make_window(demo))
    assert controller.dialog.select(1)
    qtbot.mouseClick(controller.dialog.disagreements_button, Qt.MouseButton.LeftButton)
    form = controller.form
    assert form.kind_combo.currentData() == "table" and form.lang_combo.currentData() == "ru"
    assert Path(form.file_edit.text()).name == "Таблица разногласий, этап 1.docx"
    form.lang_combo.setCurrentIndex(form.lang_combo.findData("en"))
    assert Path(form.file_edit.text()).name == "Table of disagreements, round 1.docx"
    form.lang_combo.setCurrentIndex(form.lang_combo.findData("ru"))
    out = tmp_path / "table.docx"
    form.file_edit.setText(str(out))
    ok(qtbot, form)
    wait_for_job(qtbot, controller)
    table = docx.Document(str(out)).tables[0]
    body = [[c.text for c in row.cells] for row in table.rows][1:]
    words = {"rejected": "Не учтено", "partly": "Учтено частично"}
    assert [row[0] for row in body] == [str(i) for i in range(1, len(listed) + 1)]
    assert sorted((row[5], row[6]) for row in body) == sorted(
        (words[x.status], x.resolution) for x in listed
    )
    assert all(x.agency in row[3] for x, row in zip(sorted_by(listed, body), body, strict=True))
    assert message_boxes == [("Document Written", "table.docx was written.")]


def sorted_by(remarks: list[r.Remark], body: list[list[str]]) -> list[r.Remark]:
    """The remarks in the order of the table's rows (matched by the drafter's reasoning)."""
    return [next(x for x in remarks if x.resolution == row[6]) for row in body]


def test_compare_rounds_writes_a_word_document(qtbot, make_window, sent, tmp_path, message_boxes):
    path, n = sent
    controller = rounds_window(make_window(path))
    assert controller.dialog.compare_button.isEnabled()
    qtbot.mouseClick(controller.dialog.compare_button, Qt.MouseButton.LeftButton)
    form = controller.form
    assert (form.a_combo.currentData(), form.b_combo.currentData()) == (n - 1, n)
    assert form.b_combo.itemText(form.b_combo.count() - 1) == "Current draft"
    assert Path(form.file_edit.text()).name == f"Сравнение этапов {n - 1}-{n}.docx"
    form.b_combo.setCurrentIndex(form.a_combo.currentIndex())
    ok(qtbot, form)
    assert form.isVisible() and form.error_label.text() == (
        "Choose two different rounds to compare."
    )
    form.b_combo.setCurrentIndex(n - 1)
    out = tmp_path / "compare.docx"
    form.file_edit.setText(str(out))
    ok(qtbot, form)
    wait_for_job(qtbot, controller)
    assert docx.Document(str(out)).paragraphs
    assert message_boxes == [("Document Written", "compare.docx was written.")]


def test_a_round_with_undecided_remarks_closes_only_when_the_drafter_says_so(
    qtbot, make_window, demo, message_boxes, monkeypatch
):
    n, remarks = latest(demo)
    undecided = sum(x.undecided for x in remarks)
    assert undecided
    controller = rounds_window(make_window(demo), date(2026, 12, 10))
    dialog = controller.dialog
    assert dialog.select(n)
    assert dialog.close_round_button.isEnabled() and not dialog.reopen_button.isEnabled()
    qtbot.mouseClick(dialog.close_round_button, Qt.MouseButton.LeftButton)  # answered: not Yes
    assert message_boxes == [("Close Round", f"Round {n} has undecided remarks: {undecided}.")]
    assert rows(dialog)[n - 1][0][4] == "open"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(dialog.close_round_button, Qt.MouseButton.LeftButton)
    assert rows(dialog)[n - 1][0][4] == "closed 2026-12-10"
    assert dialog.reopen_button.isEnabled() and not dialog.close_round_button.isEnabled()
    qtbot.mouseClick(dialog.reopen_button, Qt.MouseButton.LeftButton)
    assert rows(dialog)[n - 1][0][4] == "open"


def test_a_round_without_undecided_remarks_closes_at_once(qtbot, make_window, demo, message_boxes):
    n, remarks = latest(demo)
    for x in remarks:
        if x.undecided:
            resolve_remark(demo, x.id, "accepted", "Учтено.", keep_draft=True)
    controller = rounds_window(make_window(demo), date(2026, 12, 11))
    assert controller.dialog.select(n)
    qtbot.mouseClick(controller.dialog.close_round_button, Qt.MouseButton.LeftButton)
    assert message_boxes == []
    top = rows(controller.dialog)[n - 1][0]
    assert (top[2], top[4]) == (f"Remarks: 0 open of {len(remarks)}", "closed 2026-12-11")


def test_a_draft_open_in_another_drafter_disables_every_changing_button(
    make_window, sent, message_boxes
):
    path, n = sent
    with Project.open(path):  # the first Drafter holds the draft
        window = make_window(path)
        assert window.document.read_only
        dialog = rounds_window(window).dialog
        assert dialog.select(n, "Минфин России")
        changing = [
            dialog.new_button,
            dialog.answer_button,
            dialog.deadline_button,
            dialog.add_button,
            dialog.close_round_button,
            dialog.reopen_button,
        ]
        assert [b.isEnabled() for b in changing] == [False] * len(changing)
        assert not dialog.letter_button.isEnabled()
        # the documents change nothing: they may be written from a read-only draft
        assert dialog.disagreements_button.isEnabled() and dialog.compare_button.isEnabled()
