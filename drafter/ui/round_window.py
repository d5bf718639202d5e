"""The Rounds window's work: new round, answers, deadlines, documents, comparison, closing; each
on the open draft (in-project edits on its project, files written by a background job)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from drafter.errors import DrafterError
from drafter.services import disagreements as disagreements_service
from drafter.services import round_diff
from drafter.services import rounds as rounds_service
from drafter.ui.answer_dialogs import AnswerDialog, DeadlineDialog, RecipientForm
from drafter.ui.jobs import Job, JobContext
from drafter.ui.messages import error_text, tr_message
from drafter.ui.new_round_dialog import NewRoundDialog, free_folder
from drafter.ui.round_documents_dialog import CompareDialog, DisagreementsDialog
from drafter.ui.rounds_dialog import RoundsDialog

if TYPE_CHECKING:
    from drafter.services.projects import Project
    from drafter.ui.document import DraftDocument
    from drafter.ui.main_window import MainWindow
    from drafter.ui.reviews import Reviews

translate = QCoreApplication.translate


class RoundWindow(QObject):
    """The Rounds window (RoundsDialog) and what its buttons do."""

    def __init__(self, window: MainWindow, reviews: Reviews) -> None:
        super().__init__(window)
        self.window = window
        self.reviews = reviews
        self.today: date | None = None  # the day deadlines count from (None: today)
        self.job: Job | None = None
        self.form: QDialog | None = None  # the last dialog a button opened
        dialog = self.dialog = RoundsDialog(window)
        dialog.letter_button.setDefaultAction(reviews.letter_action)
        for signal, slot in (
            (dialog.add_files, reviews.choose_files),
            (dialog.new_round, self.new_round),
            (dialog.record_answer, self.record_answer),
            (dialog.set_deadline, self.set_deadline),
            (dialog.disagreements, self.write_disagreements),
            (dialog.compare, self.compare_rounds),
            (dialog.close_round, self.close_round),
            (dialog.reopen_round, self.reopen_round),
        ):
            signal.connect(slot)

    # --- what it shows ----------------------------------------------------------------------
    def open(self) -> None:
        self.fill()
        self.dialog.show()
        self.dialog.raise_()

    def fill(self) -> None:
        """The rounds afresh; nothing that changes the draft while a job runs or when the
        draft is read-only."""
        document = self.window.document
        writable = document is not None and not document.read_only
        writable = writable and self.reviews.source is not None and self.job is None
        self.dialog.show_rounds(self.rounds(), writable)

    def rounds(self) -> list[dict]:
        """``drafter rounds --json`` of the open draft, deadlines counted from ``today``."""
        source, document = self.reviews.source, self.window.document
        if source is None:
            return []
        if document is not None and source is document:
            return rounds_service.rounds_json(document.project, self.today)
        return source.rounds()

    def day(self) -> QDate:
        today = self.today or date.today()
        return QDate(today.year, today.month, today.day)

    def _changed(self, status: str) -> None:
        """A change stored: the window, the tree's badges and the status bar afresh."""
        self.reviews.refresh()
        self.fill()
        self.window.statusBar().showMessage(status, 8000)

    def _project(self) -> tuple[DraftDocument, Project] | None:
        document = self.window.document
        if document is None or document.read_only:
            return None
        return document, document.project

    def _show(self, form: QDialog, on_accepted: Callable[[], object]) -> QDialog:
        form.accepted.connect(on_accepted)
        form.finished.connect(form.deleteLater)
        self.form = form
        form.open()
        return form

    # --- new round --------------------------------------------------------------------------
    def new_round(self) -> QDialog | None:
        """The dialog of the next round; OK writes the bundle and records the round."""
        opened = self._project()
        if opened is None:
            return None
        document, _project = opened
        rounds = self.dialog.rounds
        last = rounds[-1] if rounds else None
        number = int(last["number"]) + 1 if last else 1
        previous = [str(x["agency"]) for x in last["recipients"]] if last else []
        still_open = int(last["number"]) if last and not last.get("closed") else None
        stem = document.path.stem if document.path else "draft"
        folder = free_folder(self.window.files.last_folder() / f"{stem}-round-{number}")
        form = NewRoundDialog(
            self.dialog,
            number,
            previous,
            document.agencies(),
            folder,
            open_round=still_open,
            today=self.day(),
        )
        return self._show(form, lambda: self.send_round(form))

    def send_round(self, form: NewRoundDialog) -> Job | None:
        """Write the round's bundle off the UI thread and record the round, as Export does."""
        opened = self._project()
        if opened is None or self.job is not None:
            return None
        document, project = opened
        document.parse_pending()
        if not document.flush():
            return None
        choice = form.values()
        sent = choice.sent.toPython()
        assert isinstance(sent, date)
        when = None if sent == date.today() else sent

        def work(context: JobContext) -> rounds_service.RoundExport:
            return rounds_service.send_round(
                project,
                choice.folder,
                to=",".join(choice.agencies),
                deadline=choice.deadline or None,
                export_date=when,
            )

        return self._run(
            work,
            self._on_round_sent,
            translate("Reviews", "Cannot send the round"),
            translate("Reviews", "Writing the round's bill, tables and redlines…"),
        )

    def _on_round_sent(self, result: rounds_service.RoundExport) -> None:
        where = str(result.bundle.path)
        status = (
            translate("Reviews", "Round %1 written to %2")
            .replace("%1", str(result.number))
            .replace("%2", where)
        )
        self._changed(status)
        if result.warnings:
            QMessageBox(
                QMessageBox.Icon.Information,
                translate("Reviews", "Round sent with warnings"),
                status + "\n\n" + "\n".join(f"• {tr_message(w)}" for w in result.warnings),
                QMessageBox.StandardButton.Ok,
                self.dialog,
            ).exec()

    # --- answers and deadlines -------------------------------------------------------------
    def record_answer(self) -> QDialog | None:
        """The answer of the selected recipient (or of one the drafter chooses)."""
        return self._on_recipient(AnswerDialog, translate("Reviews", "Answer of %1 recorded"))

    def set_deadline(self) -> QDialog | None:
        return self._on_recipient(DeadlineDialog, translate("Reviews", "Deadline of %1 set"))

    def _on_recipient(self, kind: type[RecipientForm], done: str) -> QDialog | None:
        opened, entry = self._project(), self.dialog.selected_entry()
        if opened is None or entry is None:
            return None
        agency = self.dialog.selected_agency()
        form = kind(self.dialog, entry, agency, opened[1], self.day())
        return self._show(form, lambda: self._recipient_changed(form, done))

    def _recipient_changed(self, form: RecipientForm, done: str) -> None:
        self._changed(done.replace("%1", form.agency()))
        self.dialog.select(form.number, form.agency())

    # --- closing ---------------------------------------------------------------------------
    def close_round(self) -> bool:
        """Close the selected round; while remarks are undecided, only when the drafter says
        «close anyway»."""
        opened, entry = self._project(), self.dialog.selected_entry()
        if opened is None or entry is None:
            return False
        _document, project = opened
        number = int(entry["number"])
        undecided = int((entry.get("remarks") or {}).get("open", 0))
        if undecided and not self._close_anyway(number, undecided):
            return False

        def close() -> None:
            rounds_service.close_round(project, number, force=bool(undecided), on=self.today)

        if not self._try(close):
            return False
        self._changed(translate("Reviews", "Round %1 closed").replace("%1", str(number)))
        return True

    def _close_anyway(self, number: int, undecided: int) -> bool:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("Reviews", "Close Round"),
            translate("Reviews", "Round %1 has undecided remarks: %2.")
            .replace("%1", str(number))
            .replace("%2", str(undecided)),
            buttons.Yes | buttons.No,
            self.dialog,
        )
        box.setInformativeText(translate("Reviews", "Close the round anyway?"))
        box.setDefaultButton(buttons.No)
        return box.exec() == buttons.Yes

    def reopen_round(self) -> bool:
        opened, number = self._project(), self.dialog.selected_round()
        if opened is None or number is None:
            return False
        _document, project = opened
        if not self._try(lambda: rounds_service.reopen_round(project, number)):
            return False
        self._changed(translate("Reviews", "Round %1 reopened").replace("%1", str(number)))
        return True

    def _try(self, change: Callable[[], object]) -> bool:
        try:
            change()
        except DrafterError as exc:
            self.window.show_error(translate("Reviews", "Cannot change the round"), error_text(exc))
            return False
        return True

    # --- documents -------------------------------------------------------------------------
    def _numbers(self) -> list[int]:
        return [int(x["number"]) for x in self.dialog.rounds]

    def _lang(self) -> str:
        document = self.window.document
        return "ru" if document is not None and document.draft.style == "ru" else "en"

    def write_disagreements(self) -> QDialog | None:
        """The table of disagreements, the summary or the sheet of a round, to a .docx file."""
        document, numbers = self.window.document, self._numbers()
        if document is None or not numbers:
            return None
        form = DisagreementsDialog(
            self.dialog,
            numbers,
            self.dialog.selected_round(),
            self._lang(),
            self.window.files.last_folder(),
        )

        def write() -> None:
            choice = form.values()
            self._write_file(
                lambda: disagreements_service.write_document(
                    document.path,
                    choice.target,
                    number=choice.number,
                    kind=choice.kind,
                    lang=choice.lang,
                ),
                choice.target,
            )

        return self._show(form, write)

    def compare_rounds(self) -> QDialog | None:
        """The text of round B (or of the draft now) against round A as a redline, to .docx."""
        document, numbers = self.window.document, self._numbers()
        if document is None or not numbers:
            return None
        form = CompareDialog(self.dialog, numbers, self._lang(), self.window.files.last_folder())

        def write() -> None:
            choice = form.values()
            self._write_file(
                lambda: round_diff.compare_rounds(
                    document.path, choice.a, choice.b, choice.target, lang=choice.lang
                ),
                choice.target,
            )

        return self._show(form, write)

    def _write_file(self, write: Callable[[], object], target: Path) -> Job | None:
        """Write a document from the project file: the pending edits saved first, the work off
        the UI thread (it opens the file read-only; the draft holds no transaction meanwhile)."""
        document = self.window.document
        if document is None or self.job is not None:
            return None
        document.parse_pending()
        if not document.flush():
            return None

        def work(context: JobContext) -> Path:
            write()
            return target

        return self._run(
            work,
            self._on_file_written,
            translate("Reviews", "Cannot write the document"),
            translate("Reviews", "Writing %1…").replace("%1", target.name),
        )

    def _on_file_written(self, target: Path) -> None:
        self.window.statusBar().showMessage(
            translate("Reviews", "Written to %1").replace("%1", str(target)), 10000
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("Reviews", "Document Written"),
            translate("Reviews", "%1 was written.").replace("%1", target.name),
            QMessageBox.StandardButton.Close,
            self.dialog,
        )
        box.setInformativeText(str(target.parent))
        open_file = box.addButton(
            translate("Reviews", "Open the File"), QMessageBox.ButtonRole.ActionRole
        )
        open_folder = box.addButton(
            translate("Reviews", "Open the Folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target.parent)))

    # --- background jobs -------------------------------------------------------------------
    def _run(
        self,
        work: Callable[[JobContext], Any],
        done: Callable[[Any], None],
        failed_title: str,
        label: str,
    ) -> Job:
        """One job at a time, with a progress dialog if it takes more than a moment; the
        changing buttons are off while it runs."""

        def succeeded(result: object) -> None:
            self.job = None
            self.fill()
            done(result)

        def failed(exc: Exception) -> None:
            self.job = None
            self.fill()
            self.window.show_error(failed_title, error_text(exc))

        self.job = (
            Job(self.dialog, work)
            .success(succeeded)
            .failure(failed)
            .with_progress(label, title=self.dialog.windowTitle(), cancellable=False)
        )
        # the rounds as shown (a new read would wait for the job's transaction)
        self.dialog.show_rounds(self.dialog.rounds, writable=False)
        return self.job.run_in_background()
