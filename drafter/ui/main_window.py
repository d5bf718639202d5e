"""The main window: the tree, the article side by side and the outputs, wired in one place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QSplitter

from drafter.core import model as m
from drafter.core.draft import repealed_unit
from drafter.core.profiles import get_profile
from drafter.errors import DrafterError
from drafter.services import projects
from drafter.ui import i18n
from drafter.ui.actions import WindowActions
from drafter.ui.commands import (
    DraftMetaCommand,
    ProposalCommand,
    TypingCommand,
    restore_stack,
    stack_entries,
)
from drafter.ui.document import DraftDocument
from drafter.ui.draft_files import DraftFiles
from drafter.ui.drafting_tools import DraftingTools
from drafter.ui.drop import accepts, dropped_kind
from drafter.ui.editing import Editing
from drafter.ui.editors_panel import EditorsPanel, short_label
from drafter.ui.messages import error_text, file_error_text, tr_message
from drafter.ui.outputs import added_unit
from drafter.ui.outputs_panel import OutputsPanel
from drafter.ui.reviews import Reviews
from drafter.ui.settings import add_recent_file, app_settings, recent_files, remove_recent_file
from drafter.ui.tree_panel import TreePanel, row_key
from drafter.ui.unit_tree import TOP_ROLE, unit_label
from drafter.ui.window_aids import install_aids
from drafter.ui.window_extras import install_acts_and_language

INSTRUCTIONS_DELAY_MS = 150

Key = tuple[str, str]  # (act slug, top-level address)


class MainWindow(QMainWindow):
    """One window per open draft: a thin layer over DraftDocument, its panels and the core."""

    def __init__(self, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.document: DraftDocument | None = None
        self.undo_stack = QUndoStack(self)
        self.current: Key | None = None  # the top-level unit shown
        self._restoring_history = False
        self.tree = TreePanel()
        self.editors = EditorsPanel()
        self.outputs = OutputsPanel()
        self.menu_actions = WindowActions(self)
        self.files = DraftFiles(self)
        self.reviews = Reviews(self)  # remarks beside the wordings, badges, rounds, returned files
        self.tools = DraftingTools(self)  # the form of an amendment, the package, the references
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for index, (panel, stretch) in enumerate(
            ((self.tree, 0), (self.editors, 1), (self.outputs, 0))
        ):
            self.splitter.addWidget(panel)
            self.splitter.setStretchFactor(index, stretch)
        self.setCentralWidget(self.splitter)
        self.changed_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.changed_label)
        self.instructions_timer = QTimer(self)
        self.instructions_timer.setSingleShot(True)
        self.instructions_timer.setInterval(INSTRUCTIONS_DELAY_MS)
        self._connect()
        self.editing = Editing(self)  # drafting actions on the selected unit, Ctrl+S, outputs
        install_acts_and_language(self)  # remove an act, jurisdictions, Alt+letter in any layout
        self._retranslate()
        self.setAcceptDrops(True)
        self._restore_geometry()
        self._update_title()
        self._update_actions()
        self._show_unit(None)
        self.aids = install_aids(self)  # find, F7, help menu, tooltips, zoom (ui/window_aids.py)

    def _connect(self) -> None:
        """Every signal connection of the window, in one place."""
        tree, editors, actions = self.tree, self.editors, self.menu_actions
        tree.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        tree.unit_tree.selectionModel().currentChanged.connect(self._on_unit_tree_current_changed)
        tree.unit_tree.selectionModel().currentChanged.connect(self.reviews.on_tree_current_changed)
        tree.unit_tree.expanded.connect(self._on_unit_tree_expanded)
        tree.unit_tree.collapsed.connect(self._on_unit_tree_collapsed)
        editors.side_by_side.proposed_edited.connect(self._on_side_by_side_proposed_edited)
        editors.notes_button.toggled.connect(self._on_notes_button_toggled)
        self.outputs.tabs.currentChanged.connect(self._on_output_tabs_current_changed)
        self.instructions_timer.timeout.connect(self._on_instructions_timer_timeout)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        actions.style_combo.currentTextChanged.connect(self._on_style_combo_current_text_changed)
        actions.undo_action.triggered.connect(self.undo_stack.undo)
        actions.redo_action.triggered.connect(self.undo_stack.redo)
        actions.new_action.triggered.connect(self._on_new_action_triggered)
        actions.open_action.triggered.connect(self._on_open_action_triggered)
        actions.save_as_action.triggered.connect(self._on_save_as_action_triggered)
        actions.import_action.triggered.connect(self._on_import_action_triggered)
        actions.export_action.triggered.connect(self._on_export_action_triggered)
        actions.rounds_action.triggered.connect(self.reviews.open_rounds)
        actions.draft_properties_action.triggered.connect(
            self._on_draft_properties_action_triggered
        )
        actions.act_properties_action.triggered.connect(self._on_act_properties_action_triggered)
        actions.quit_action.triggered.connect(self.close)
        actions.add_unit_action.triggered.connect(self._on_add_unit_action_triggered)
        actions.repeal_action.triggered.connect(self._on_repeal_action_triggered)
        actions.restore_action.triggered.connect(self._on_restore_action_triggered)
        actions.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        actions.language_group.triggered.connect(self._on_language_group_triggered)
        self.files.warnings_dock.unit_chosen.connect(self.files.show_warning_unit)

    def _connect_document(self, document: DraftDocument) -> None:
        document.proposals_changed.connect(self._on_document_proposals_changed)
        document.problem_changed.connect(self._on_document_problem_changed)
        document.acts_changed.connect(self._on_document_acts_changed)
        document.meta_changed.connect(self._on_document_meta_changed)
        document.saved.connect(self._on_document_saved)
        document.save_failed.connect(self._on_document_save_failed)
        document.remarks_changed.connect(self.reviews.refresh)
        self.editing.connect_document(document)

    def _retranslate(self) -> None:
        """Every word of the window in the interface language (at start and on a change)."""
        self.tree.retranslate()
        self.outputs.retranslate()
        self.reviews.show_unit(self.current)
        self.menu_actions.retranslate()
        self.tools.retranslate()
        self._update_undo_texts()
        self._update_status()
        self._update_banner()
        self._update_title()
        self._update_notes()
        if self.current is None:
            self._show_unit(None)
        else:
            self.editors.side_by_side.show_problem(self._problem(self.current))
            self._update_article_instructions()
        if self.document is not None:
            self.instructions_timer.start()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _update_undo_texts(self) -> None:
        stack = self.undo_stack
        index = stack.index()
        self.menu_actions.show_undo(
            self._command_text(stack.command(index - 1)) if stack.canUndo() else None,
            self._command_text(stack.command(index)) if stack.canRedo() else None,
        )

    def _command_text(self, command: QUndoCommand) -> str:
        if isinstance(command, TypingCommand):
            document = self.document
            act = document.act(command.slug) if document else None
            unit = document.proposed_unit(command.slug, command.address) if document else None
            where = (
                unit_label(m.Unit(kind=unit.kind, number=unit.number), act.language)
                if unit and act
                else ""
            )
            return self.tr("typing in %1").replace("%1", where or command.address)
        return command.text()

    # --- opening and closing drafts -----------------------------------------------------------
    def open_project(self, path: Path) -> bool:
        """Open the draft at ``path``; on failure say why and keep the open draft untouched."""
        path = Path(path)
        if self.document is not None and self.document.path == path.resolve():
            return True
        try:
            document = DraftDocument.open(path, self)
        except (DrafterError, OSError) as exc:
            self.show_error(self.tr("Cannot open a draft"), file_error_text(exc, path))
            if not path.exists():
                remove_recent_file(path)
            return False
        self.set_document(document)
        add_recent_file(path)
        return True

    def open_demo(self) -> bool:
        """Open a fresh copy of the bundled sample draft (never the original)."""
        try:
            path = projects.demo_copy()
        except (DrafterError, OSError) as exc:
            self.show_error(self.tr("Cannot open the sample draft"), error_text(exc))
            return False
        return self.open_project(path)

    def open_last_or_welcome(self) -> None:
        for path in recent_files()[:1]:
            if path.is_file():
                self.open_project(path)

    def set_document(self, document: DraftDocument) -> None:
        self._close_document()
        self.document = document
        self._connect_document(document)
        self._restore_history(document)
        self._show_style(document.draft.style or "ru")
        self.tree.clear()
        self.tree.rebuild(document.acts, document.draft, self.current)
        self.reviews.set_document(document)
        self.tools.set_document(document)
        self._show_unit(None)
        self._update_banner()
        self._update_title()
        self._update_status()
        self._update_actions()
        self.instructions_timer.start()
        first = next(
            ((a.slug, address) for a in document.draft.acts for address in a.proposals), None
        )
        if first is not None:
            self.select_unit(*first)

    def _restore_history(self, document: DraftDocument) -> None:
        """Rebuild the undo stack saved in the project: undo works across sessions."""
        self._restoring_history = True
        try:
            # Read-only: nothing can be undone in a draft another Drafter is editing.
            read = restore_stack(
                self.undo_stack,
                self,
                lambda: ([], 0) if document.read_only else document.undo_history(),
            )
            if not read and not document.read_only:
                document.undo_changed(0)  # a history this version cannot read: a new one
        finally:
            self._restoring_history = False
        document.undo_source = lambda: stack_entries(self.undo_stack)

    def _close_document(self) -> None:
        if self.document is None:
            return
        document, self.document = self.document, None
        self.current = None
        document.blockSignals(True)  # its last save must not reach a window that moved on
        try:
            document.close()
        except Exception as exc:  # the file vanished: the edits could not be written
            reason = tr_message(exc) if isinstance(exc, DrafterError) else str(exc)
            self.show_error(self.tr("Cannot save the draft"), reason)
        document.setParent(None)  # freed with its last Python reference

    # --- the selected unit --------------------------------------------------------------------
    def select_unit(self, slug: str, address: str) -> bool:
        """Show a top-level unit (by act slug and address) and select it in the tree."""
        if self.document is None or self.document.proposed_unit(slug, address) is None:
            return False
        self.tree.select_top(slug, address)
        if self.current != (slug, address):
            self._show_unit((slug, address))
        return True

    def _show_unit(self, key: Key | None) -> None:
        document = self.document
        if document is not None:
            document.parse_pending()
        self.current = key
        act = document.act(key[0]) if document is not None and key is not None else None
        if document is None or key is None or act is None:
            self.editors.show_placeholder(
                self.tr("Select an article in the tree to edit it.")
                if document is not None
                else self.tr(
                    "No draft is open. Create one (File → New Draft), open one, "
                    "or start with the sample: drafter demo."
                )
            )
            self.outputs.article_text.clear()
        else:
            unit = document.proposed_unit(*key)
            proposal = document.proposal(*key)
            repealed = proposal is not None and proposal.status == m.REPEALED
            self.editors.show_unit(
                f"{act.title or act.slug} — {unit_label(unit, act.language)}" if unit else "",
                document.current_text(*key),
                document.proposed_text(*key),
                editable=not document.read_only and not repealed,
                problem=self._problem(key),
            )
            self._update_article_instructions()
        self.reviews.show_unit(self.current)
        self.tools.show_unit(self.current)
        self._update_notes()
        self._update_actions()

    def _problem(self, key: Key) -> str:
        """Why the proposed wording of the shown unit cannot be edited or read ("" if it can)."""
        if self.document is None:
            return ""
        proposal = self.document.proposal(*key)
        if proposal is not None and proposal.status == m.REPEALED:
            return self.tr("The draft repeals this article; restore it to edit.")
        return self._reading_problem(self.document.problems.get(key, ""))

    def _reading_problem(self, message: str) -> str:
        """The words under the editor for a text that cannot be read as a unit yet."""
        if not message:
            return ""
        message = message.rstrip(".")
        return self.tr("Cannot read this text yet: %1. Your typing is kept.").replace("%1", message)

    # --- what the undo commands call ----------------------------------------------------------
    def apply_text(self, slug: str, address: str, text: str, cursor_at: int | None) -> None:
        """Set the proposed text of a unit (typing, its undo and redo) and show it."""
        if self._restoring_history or self.document is None:
            return
        self.document.set_unit_text(slug, address, text, now=cursor_at is not None)
        if self.current != (slug, address):
            self.select_unit(slug, address)
        else:
            self.editors.side_by_side.set_proposed_text(text, cursor_at)
        self._update_title()

    def apply_proposal(self, slug: str, address: str, proposal: m.Proposal | None) -> None:
        """Replace the proposal of a unit (add, repeal, restore, their undo) and show it."""
        document = self.document
        if self._restoring_history or document is None:
            return
        before = document.proposal(slug, address)
        document.set_proposal(slug, address, proposal)
        if (before is not None and before.status == m.ADDED) or (
            proposal is not None and proposal.status == m.ADDED
        ):
            self.tree.rebuild(document.acts, document.draft, self.current)  # rows come or go
        if document.proposed_unit(slug, address) is not None:
            self.current = None  # reload even when it is the unit shown
            self.select_unit(slug, address)
        elif before is not None and before.after:
            self.current = None
            self.select_unit(slug, before.after)
        else:
            self._show_unit(None)
        self._update_title()

    def apply_draft_meta(self, values: dict) -> None:
        """Set draft properties (a command, its undo and redo)."""
        if self._restoring_history or self.document is None:
            return
        self.document.set_draft_meta(**values)

    def change_draft_meta(self, label: str, values: dict) -> None:
        if self.document is None:
            return
        draft = self.document.draft
        before = {key: getattr(draft, key) for key in values}
        if before != values:
            self.undo_stack.push(DraftMetaCommand(self, label, before, values))

    # --- slots: the tree, the editors, the outputs, the document ------------------------------
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.tree.set_filter(text)

    def _on_unit_tree_expanded(self, index: QModelIndex) -> None:
        self.tree.expanded.add(row_key(index))

    def _on_unit_tree_collapsed(self, index: QModelIndex) -> None:
        self.tree.expanded.discard(row_key(index))

    def _on_unit_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        document = self.document
        if not current.isValid() or document is None:
            return
        self.tree.chosen = row_key(current)
        slug, address = self.tree.chosen
        top = current.data(TOP_ROLE) or ""
        if not top:
            return
        if self.current != (slug, top):
            self._show_unit((slug, top))
        act = document.act(slug)
        if address and address != top and act is not None:
            self.editors.scroll_to_part(
                document.current_unit(slug, top),
                document.proposed_unit(slug, top),
                address,
                get_profile(act.profile),
            )

    def _on_side_by_side_proposed_edited(self, text: str) -> None:
        if self.document is None or self.current is None or self.document.read_only:
            return
        slug, address = self.current
        before = self.document.proposed_text(slug, address)
        if before != text:
            self.undo_stack.push(TypingCommand(self, slug, address, before, text))

    def _on_notes_button_toggled(self, shown: bool) -> None:
        self.editors.open_notes(shown)

    def _on_output_tabs_current_changed(self, index: int) -> None:
        if self.outputs.redline_shown():
            self._update_redline()

    def _on_instructions_timer_timeout(self) -> None:
        self.outputs.start_bill(self.document)
        if self.outputs.redline_shown():
            self._update_redline()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self._update_title()

    def _on_undo_stack_index_changed(self, index: int) -> None:
        self._update_undo_texts()
        self._update_actions()
        if self.document is not None and not self._restoring_history:
            self.document.undo_changed(index - 1)

    def _on_style_combo_current_text_changed(self, style: str) -> None:
        document = self.document
        if document is None or style == document.draft.style:
            return
        if document.read_only:
            document.draft.style = style
            self._on_document_meta_changed()
        else:
            self.change_draft_meta(self.tr("Change drafting style"), {"style": style})

    def _on_document_proposals_changed(self, slug: str, address: str) -> None:
        document = self.document
        if document is None:
            return
        item = self.tree.tree_model.top_item(slug, address)
        proposal = document.proposal(slug, address)
        act = document.act(slug)
        unit = document.proposed_unit(slug, address)
        if item is not None and unit is not None and act is not None:
            status = proposal.status if proposal else ""
            self.tree.tree_model.set_label(item, unit_label(unit, act.language), status)
            self.tree.refresh_children(item, act, unit, self.current)
        self._update_status()
        self._update_title()
        if self.current == (slug, address):
            self._update_article_instructions()
        self.instructions_timer.start()

    def _on_document_problem_changed(self, slug: str, address: str, message: str) -> None:
        if self.current == (slug, address):
            self.editors.side_by_side.show_problem(self._reading_problem(message))

    def _on_document_acts_changed(self) -> None:
        if self.document is not None:
            self.tree.rebuild(self.document.acts, self.document.draft, self.current)
        self.instructions_timer.start()

    def _on_document_meta_changed(self) -> None:
        if self.document is not None:
            self._show_style(self.document.draft.style)
        self._update_title()
        self._update_article_instructions()
        self.instructions_timer.start()

    def _on_document_saved(self) -> None:
        self.save_label.setText(self.tr("Saved"))
        self._update_title()

    def _on_document_save_failed(self, message: str) -> None:
        self._update_title()  # before the label: it would say "Saving…" for a modified draft
        self.save_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(tr_message(message), 10000)

    # --- instructions and redline -------------------------------------------------------------
    def _show_style(self, style: str) -> None:
        combo = self.menu_actions.style_combo
        combo.blockSignals(True)
        combo.setCurrentText(style)
        combo.blockSignals(False)

    def _update_article_instructions(self) -> None:
        style = (self.document.draft.style if self.document else "") or "ru"
        self.outputs.show_article(self.document, self.current, style)

    def _update_redline(self) -> None:
        self.outputs.show_redline(self.document, self.current[0] if self.current else None)

    # --- drafting actions ---------------------------------------------------------------------
    def _editable(self) -> tuple[DraftDocument, str, str, m.Proposal | None] | None:
        """The draft, the unit shown and its proposal, when the drafter can change it."""
        document = self.document
        if document is None or document.read_only or self.current is None:
            return None
        document.parse_pending()
        return document, *self.current, document.proposal(*self.current)

    def _on_add_unit_action_triggered(self) -> None:
        editable = self._editable()
        proposal = added_unit(*editable[:3]) if editable is not None else None
        if editable is None or proposal is None:
            return
        self.undo_stack.push(
            ProposalCommand(
                self, self.tr("Add unit"), editable[1], proposal.address, None, proposal
            )
        )
        edit = self.editors.side_by_side.proposed_edit
        edit.setFocus()
        edit.moveCursor(edit.textCursor().MoveOperation.End)

    def _on_repeal_action_triggered(self) -> None:
        if (editable := self._editable()) is None:
            return
        document, slug, address, before = editable
        current = document.current_unit(slug, address)
        if before is not None and before.status == m.ADDED:
            after, label = None, self.tr("Remove added unit")
        elif current is not None:
            after = m.Proposal(address, m.REPEALED, repealed_unit(current))
            label = self.tr("Repeal unit")
        else:
            return
        self.undo_stack.push(ProposalCommand(self, label, slug, address, before, after))

    def _on_restore_action_triggered(self) -> None:
        if (editable := self._editable()) is None:
            return
        document, slug, address, before = editable
        if before is not None or (slug, address) in document.texts:
            label = self.tr("Restore current wording")
            self.undo_stack.push(ProposalCommand(self, label, slug, address, before, None))

    # --- the File menu: new, open, save as, import, export, properties ---------------------
    def _on_new_action_triggered(self) -> None:
        self.files.new_draft()

    def _on_open_action_triggered(self) -> None:
        self.files.open_draft()

    def _on_save_as_action_triggered(self) -> None:
        path = self.files.ask_project_path(self.tr("Save Draft As"))
        if path is not None:
            self.files.save_as(path)

    def _on_import_action_triggered(self) -> None:
        if self.document is not None and not self.document.read_only:
            self.files.import_acts()

    def _on_export_action_triggered(self) -> None:
        self.files.export()

    def document_moved(self) -> None:
        """The draft continues in a copy (Save As): what the window says about it follows."""
        self._update_banner()
        self._update_title()
        self._update_actions()
        self._show_unit(self.current)

    def _on_recent_menu_about_to_show(self) -> None:
        menu = self.menu_actions.recent_menu
        menu.clear()
        files = recent_files()
        if not files:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in files:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    def _on_draft_properties_action_triggered(self) -> None:
        self.files.edit_draft_properties()

    def _on_act_properties_action_triggered(self) -> None:
        self.files.edit_act_properties(self.current[0] if self.current else self.tree.chosen_act())

    def _on_language_group_triggered(self, action: QAction) -> None:
        """The chosen language at once: Qt sends every widget a LanguageChange event."""
        app_settings().setValue("ui/language", action.data())
        app = QApplication.instance()
        if app is not None:
            i18n.install(app, action.data())

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(accepts(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()]
        kinds = {path: dropped_kind(path) for path in paths if accepts(str(path))}
        for path, kind in kinds.items():
            if kind == "project":
                self.open_project(path)
            elif kind == "act":
                self.files.import_act(path)
        self.reviews.review_files([path for path, kind in kinds.items() if kind == "returned"])
        event.acceptProposedAction()

    # --- state shown around the editor --------------------------------------------------------
    def _update_notes(self) -> None:
        notes = []
        document = self.document
        if document is not None and self.current is not None:
            act = document.act(self.current[0])
            top = document.current_unit(*self.current)
            for where, note in document.current_notes(*self.current):
                label = short_label(top, where, act.language) if top and act else ""
                notes.append(f"{label} — {note}" if label else note)
        self.editors.show_notes(notes)

    def _update_title(self) -> None:
        title = self.editing.title() if self.document else self.tr("No draft")
        self.setWindowTitle(f"{title}[*] — Drafter")
        modified = self.document is not None and self.document.is_modified()
        self.setWindowModified(modified)
        if modified:
            self.save_label.setText(self.tr("Saving…"))

    def _update_status(self) -> None:
        count = self.document.changed_count() if self.document else 0
        self.changed_label.setText(self.tr("Changed units: %1").replace("%1", str(count)))

    def _update_banner(self) -> None:
        document = self.document
        text = self.editors.show_read_only(
            document is not None and document.read_only, document.locked_by if document else None
        )
        if text:
            self.statusBar().showMessage(text)

    def _update_actions(self) -> None:
        document = self.document
        self.menu_actions.enable(
            has_draft=document is not None,
            writable=document is not None and not document.read_only,
            unit_shown=self.current is not None,
            has_acts=document is not None and bool(document.acts),
        )

    def show_error(self, title: str, message: str) -> None:
        QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        ).exec()

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = settings.value("window/splitter")
        self._splitter_restored = state is not None and self.splitter.restoreState(state)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # The first time: room for the tree's labels and the instructions' tabs.
            self._splitter_restored = True
            QTimer.singleShot(0, self._apply_default_splitter_sizes)

    def _apply_default_splitter_sizes(self) -> None:
        # After the first layout pass (a window manager may resize the window once shown).
        width = max(self.splitter.width(), 1000)
        self.splitter.setSizes([320, width - 320 - 450, 450])  # the four output tabs in view
        if self.current is not None:
            QTimer.singleShot(0, self.editors.side_by_side.show_first_change)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.document is not None and not self.document.flush() and not self.files.rescue():
            event.ignore()
            return
        app_settings().setValue("window/geometry", self.saveGeometry())
        app_settings().setValue("window/splitter", self.splitter.saveState())
        self._close_document()
        super().closeEvent(event)


__all__ = ["MainWindow"]
