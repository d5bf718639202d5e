"""The File menu's work: new draft, save as, importing acts and exporting the bundle."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from drafter.errors import DrafterError
from drafter.messages import N_, message
from drafter.services.acts import LoadedAct, already_imported, read_act, same_act
from drafter.services.export import BundleResult, write_bundle
from drafter.services.projects import PROJECT_SUFFIX
from drafter.ui.dialogs import ActPropertiesDialog, DraftPropertiesDialog
from drafter.ui.document import DraftDocument
from drafter.ui.export_folder import choose_target, offer_open_folder
from drafter.ui.folders import start_folder
from drafter.ui.import_warnings import ImportWarningsDock
from drafter.ui.jobs import Job, JobContext
from drafter.ui.messages import error_text, file_error_text, tr_message
from drafter.ui.outputs import draft_snapshot
from drafter.ui.package_dialog import PackageDialog
from drafter.ui.settings import add_recent_file, recent_files

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's words keep the window's context


def with_suffix(path: Path) -> Path:
    """``path`` ending in the project suffix (added when the drafter left it out)."""
    return path if path.suffix == PROJECT_SUFFIX else path.with_name(path.name + PROJECT_SUFFIX)


class DraftFiles(QObject):
    """Creates, copies, imports into and exports the window's draft, reporting to the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.last_export: Path | None = None
        self.warnings_dock = ImportWarningsDock(window)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.warnings_dock)
        self.warnings_dock.hide()

    def last_folder(self) -> Path:
        document = self.window.document
        files = recent_files()
        return start_folder(
            document.path.parent if document is not None and document.path is not None else None,
            files[0].parent if files else None,
        )  # the documents folder rather than Drafter's own (a demo copy lives there)

    def ask_project_path(self, title: str, folder: Path | None = None) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            title,
            str(folder or self.last_folder()),
            translate("MainWindow", "Drafts (*.drafter)"),
        )
        return with_suffix(Path(path)) if path else None

    def new_draft(self) -> None:
        path = self.ask_project_path(translate("MainWindow", "New Draft"))
        if path is None:
            return
        try:
            document = DraftDocument.create(path, self.window)
            document.set_draft_meta(title=path.stem)
        except (DrafterError, OSError) as exc:
            self.window.show_error(
                translate("MainWindow", "Cannot create the draft"), file_error_text(exc, path)
            )
            return
        self.window.set_document(document)
        add_recent_file(path)

    def open_draft(self) -> None:
        title, kinds = (
            translate("MainWindow", "Open Draft"),
            translate("MainWindow", "Drafts (*.drafter)"),
        )
        path, _ = QFileDialog.getOpenFileName(self.window, title, str(self.last_folder()), kinds)
        if path:
            self.window.open_project(Path(path))

    def save_as(self, path: Path) -> bool:
        """Continue in a copy of the draft at ``path`` (a read-only draft becomes editable)."""
        document = self.window.document
        if document is None:
            return False
        path = with_suffix(path)
        try:
            document.save_as(path)
        except (DrafterError, OSError) as exc:
            self.window.show_error(
                translate("MainWindow", "Cannot save the draft"), file_error_text(exc, path)
            )
            return False
        add_recent_file(path)
        self.window.document_moved()
        saved = translate("MainWindow", "The draft is saved as %1; editing continues there.")
        self.window.statusBar().showMessage(saved.replace("%1", str(document.path)), 10000)
        return True

    def import_acts(self) -> None:
        title, kinds = (
            translate("MainWindow", "Import Act"),
            translate("MainWindow", "Acts (*.docx *.txt *.html *.htm *.rtf *.doc *.odt)"),
        )
        paths, _ = QFileDialog.getOpenFileNames(self.window, title, str(self.last_folder()), kinds)
        for path in paths:
            self.import_act(Path(path))

    def import_act(self, path: Path) -> Job | None:
        """Read an act file off the UI thread and add it to the draft; a bad file: a dialog."""
        document = self.window.document
        if document is None or document.read_only:
            self.window.show_error(
                translate("MainWindow", "Cannot import"),
                translate("MainWindow", "Open a draft you can edit to import acts."),
            )
            return None

        def work(context: JobContext) -> LoadedAct:
            return read_act(path)

        status = translate("MainWindow", "Importing %1…").replace("%1", path.name)
        self.window.statusBar().showMessage(status)
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        job = Job(self.window, work).success(self._on_act_loaded).failure(self._on_act_failed)
        return job.run_in_background()

    def _on_act_loaded(self, loaded: LoadedAct) -> None:
        QApplication.restoreOverrideCursor()
        document = self.window.document
        if document is None:
            return
        act, source = loaded.act, loaded.act.edition_source
        existing = same_act(document.acts, act)
        if existing is not None:
            self.window.statusBar().clearMessage()
            self.window.show_error(
                translate("MainWindow", "Cannot import"),
                tr_message(already_imported(source, existing)),
            )
            return
        try:
            slug = document.add_act(act)
        except (DrafterError, OSError) as exc:
            self.window.show_error(translate("MainWindow", "Cannot import"), error_text(exc))
            return
        status = translate("MainWindow", "Imported %1").replace("%1", act.title or slug)
        if loaded.located:
            count = str(len(loaded.located))
            status += " — " + translate("MainWindow", "%1 warnings").replace("%1", count)
        self.window.statusBar().showMessage(status, 8000)
        self.warnings_dock.add_warnings(source, slug, loaded.located)

    def show_warning_unit(self, slug: str, address: str) -> None:
        """Show the unit an import warning points at: its article (for a chapter, its first
        article), with the part itself chosen in the tree."""
        document = self.window.document
        act = document.act(slug) if document is not None else None
        unit = act.find(address) if act is not None else None
        if unit is None:
            self.window.statusBar().showMessage(
                tr_message(message(N_("{address} is no longer in the act."), address=address)),
                5000,
            )
            return
        steps = address.split("/")
        for depth in range(len(steps), 0, -1):
            if self.window.select_unit(slug, "/".join(steps[:depth])):
                if depth < len(steps):
                    self.window.tree.select_part(slug, address)
                return
        for inner in unit.walk():  # a chapter or division: the first article in it
            if self.window.select_unit(slug, inner.address):
                return

    def _on_act_failed(self, exc: Exception) -> None:
        QApplication.restoreOverrideCursor()
        self.window.statusBar().clearMessage()
        self.window.show_error(translate("MainWindow", "Cannot import the act"), error_text(exc))

    def export(self) -> None:
        document = self.window.document
        if document is None:
            return
        stem = document.path.stem if document.path else "draft"
        target = choose_target(self.window, self.last_folder(), stem)  # asks before replacing
        if target is not None:  # an earlier bundle it replaces goes only once this one is there
            target.follow(self.export_bundle(target.path))

    def export_bundle(self, out_dir: Path) -> Job | None:
        """Write the bundle off the UI thread, with a progress dialog that can cancel it."""
        document = self.window.document
        if document is None:
            return None
        document.parse_pending()
        if not document.flush():
            return None
        existed = out_dir.exists()
        draft, acts = draft_snapshot(document.draft), list(document.acts)

        def work(context: JobContext) -> BundleResult:
            return write_bundle(
                draft, acts, out_dir, progress=context.progress, cancelled=context.cancelled
            )

        job = Job(self.window, work)
        return (
            job.success(lambda result: self._on_bundle_written(job, result, existed))
            .failure(self._on_bundle_failed)
            .on_cancel(self._on_export_cancelled)
            .with_progress(
                translate("MainWindow", "Writing the bill, tables and redlines…"),
                title=translate("MainWindow", "Export Bundle"),
            )
            .run_in_background()
        )

    def _on_export_cancelled(self) -> None:
        self.window.statusBar().showMessage(translate("MainWindow", "Export cancelled"), 5000)

    def _on_bundle_failed(self, exc: Exception) -> None:
        self.window.show_error(translate("MainWindow", "Cannot export"), error_text(exc))

    def _on_bundle_written(self, job: Job, result: BundleResult, existed: bool) -> None:
        if job.cancelled():  # Cancel came as the last file was written: keep nothing
            if not existed and result.path.is_dir():
                shutil.rmtree(result.path, ignore_errors=True)
            return
        window = self.window
        if window.document is not None:
            # The bookmark → address maps let a returned copy be read back (a later issue).
            try:
                window.document.store_bookmarks(result.bookmarks)
            except (DrafterError, OSError) as exc:
                window.statusBar().showMessage(error_text(exc), 10000)
        self.last_export = result.path
        where = str(result.path)
        exported = translate("MainWindow", "Exported to %1").replace("%1", where)
        window.statusBar().showMessage(exported, 10000)
        offer_open_folder(window, result.path)
        if result.warnings:
            # E.g. an act without its publication sources: the bill's lead-in cites none.
            check = translate("MainWindow", "The bundle was written to %1. Please check:")
            QMessageBox(
                QMessageBox.Icon.Information,
                translate("MainWindow", "Exported with warnings"),
                check.replace("%1", where)
                + "\n\n"
                + "\n".join(f"• {tr_message(w)}" for w in result.warnings),
                QMessageBox.StandardButton.Ok,
                window,
            ).exec()

    def edit_draft_properties(self) -> None:
        label = translate("MainWindow", "Change draft properties")
        self._edit_draft_meta(DraftPropertiesDialog, label)

    def edit_package(self) -> None:
        """The bill's package texts (initiator, entry into force, the note's texts): undoable."""
        self._edit_draft_meta(PackageDialog, translate("MainWindow", "Change the bill's package"))

    def _edit_draft_meta(
        self, dialog_class: type[DraftPropertiesDialog | PackageDialog], label: str
    ) -> None:
        """Show a dialog on the draft; its values become one undoable change called ``label``."""
        document = self.window.document
        if document is None:
            return
        dialog = dialog_class(document.draft, self.window)
        if dialog.exec() and not document.read_only:
            self.window.change_draft_meta(label, dialog.values())

    def edit_act_properties(self, slug: str | None) -> None:
        """The properties of act ``slug`` (the first act when none is chosen)."""
        document = self.window.document
        if document is None:
            return
        act = document.act(slug) if slug else None
        act = act or (document.acts[0] if document.acts else None)
        if act is None:
            return
        dialog = ActPropertiesDialog(act, self.window)
        if dialog.exec() and not document.read_only:
            try:
                document.update_act_meta(dialog.edited_act())
            except (DrafterError, OSError) as exc:
                self.window.show_error(
                    translate("MainWindow", "Cannot save the act"), error_text(exc)
                )

    def rescue(self) -> bool:
        """The draft cannot be written: offer a copy elsewhere; False keeps the window open."""
        document = self.window.document
        name = document.path.name if document is not None and document.path else "?"
        buttons = QMessageBox.StandardButton
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("MainWindow", "Cannot save the draft"),
            translate(
                "MainWindow", "The latest edits could not be written to %1. Save a copy elsewhere?"
            ).replace("%1", name),
            buttons.Save | buttons.Discard | buttons.Cancel,
            self.window,
        )
        answer = box.exec()
        if answer == buttons.Cancel:
            return False
        if answer == buttons.Save:
            path = self.ask_project_path(translate("MainWindow", "Save Draft As"), Path.home())
            return path is not None and self.save_as(path)
        return True
