"""The main window: the tree of units, the article side by side, the generated instructions."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.core import model as m
from drafter.errors import DrafterError
from drafter.ui import engine, i18n, jobs
from drafter.ui.commands import (
    DraftMetaCommand,
    ProposalCommand,
    TypingCommand,
    command_from_dict,
)
from drafter.ui.diff_view import SideBySide
from drafter.ui.document import DraftDocument, without_notes
from drafter.ui.i18n import LANGUAGES, system_language
from drafter.ui.outputs import (
    article_instructions,
    bill_text,
    draft_snapshot,
    next_label,
    redline_html,
)
from drafter.ui.settings import add_recent_file, app_settings, recent_files, remove_recent_file
from drafter.ui.unit_tree import (
    ACT_ROLE,
    ADDRESS_ROLE,
    TOP_ROLE,
    UnitFilterModel,
    UnitTreeModel,
    unit_label,
)

INSTRUCTIONS_DELAY_MS = 150
IMPORTABLE = (".docx", ".txt")
STYLES = ("ru", "uk", "us")


class MainWindow(QMainWindow):
    """One window per open draft: a thin layer over DraftDocument and the core."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: DraftDocument | None = None
        self.undo_stack = QUndoStack(self)
        self.current: tuple[str, str] | None = None  # (act slug, top-level address) shown
        self._jobs: set[jobs.Job] = set()
        self._bill_generation = 0
        self._export_progress: QProgressDialog | None = None
        self._export_cancelled = False
        self._restoring_history = False
        self._build_widgets()
        self._build_actions()
        self._build_menus()
        self._connect()
        self._retranslate()
        self.setAcceptDrops(True)
        self._restore_geometry()
        self._update_title()
        self._update_actions()
        self._show_unit(None)

    # --- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.tree_model = UnitTreeModel(self)
        self.filter_model = UnitFilterModel(self)
        self.filter_model.setSourceModel(self.tree_model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.unit_tree = QTreeView()
        self.unit_tree.setModel(self.filter_model)
        self.unit_tree.setHeaderHidden(True)
        self.unit_tree.setUniformRowHeights(True)
        self._tree_expanded: set[tuple[str, str]] = set()  # (act slug, address) of open rows
        self._tree_chosen: tuple[str, str] | None = None  # (act slug, address) last chosen
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.unit_tree)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff3cd; color: #5d4400; padding: 6px; border: 1px solid #e0c060;"
        )
        self.banner.hide()
        self.unit_heading = QLabel()
        self.unit_heading.setStyleSheet("font-weight: bold; padding: 2px;")
        self.unit_heading.setWordWrap(True)  # a long heading must not widen the middle pane
        self.unit_heading.setMinimumWidth(100)
        self.side_by_side = SideBySide()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.center_stack = QStackedWidget()
        self.center_stack.addWidget(self.placeholder)
        self.center_stack.addWidget(self.side_by_side)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 4, 0, 4)
        middle_layout.addWidget(self.banner)
        middle_layout.addWidget(self.unit_heading)
        middle_layout.addWidget(self.center_stack, 1)
        # The article's editorial notes («(В редакции ...)»): metadata, not law text, so not in
        # the editors; a collapsed list under them.
        self.notes_button = QToolButton()
        self.notes_button.setCheckable(True)
        self.notes_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.notes_button.setArrowType(Qt.ArrowType.RightArrow)
        self.notes_button.setAutoRaise(True)
        self.notes_list = QListWidget()
        self.notes_list.setWordWrap(True)
        self.notes_list.setStyleSheet("color: #555;")
        self.notes_list.hide()
        middle_layout.addWidget(self.notes_button)
        middle_layout.addWidget(self.notes_list)

        self.style_combo = QComboBox()
        self.style_combo.addItems(STYLES)
        self.article_text = QPlainTextEdit()
        self.article_text.setReadOnly(True)
        self.bill_text = QPlainTextEdit()
        self.bill_text.setReadOnly(True)
        self.redline = QTextBrowser()
        self.output_tabs = QTabWidget()
        self.output_tabs.addTab(self.article_text, "")
        self.output_tabs.addTab(self.bill_text, "")
        self.output_tabs.addTab(self.redline, "")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 4, 4, 4)
        right_layout.addWidget(self.output_tabs)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.setCentralWidget(self.splitter)

        self.changed_label = QLabel()
        self.save_label = QLabel()
        self.statusBar().addPermanentWidget(self.save_label)
        self.statusBar().addPermanentWidget(self.changed_label)
        self.instructions_timer = QTimer(self)
        self.instructions_timer.setSingleShot(True)
        self.instructions_timer.setInterval(INSTRUCTIONS_DELAY_MS)

    def _action(self, shortcut=None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        key = QKeySequence.StandardKey
        self.new_action = self._action(key.New)
        self.open_action = self._action(key.Open)
        self.save_as_action = self._action(key.SaveAs)
        self.import_action = self._action("Ctrl+I")
        self.export_action = self._action("Ctrl+E")
        self.draft_properties_action = self._action()
        self.act_properties_action = self._action()
        self.quit_action = self._action(key.Quit)
        # Own undo/redo actions (not QUndoStack.createUndoAction): their words follow a change
        # of the interface language.
        self.undo_action = self._action()
        self.undo_action.setShortcuts(key.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = self._action()
        self.redo_action.setShortcuts(key.Redo)
        self.redo_action.setEnabled(False)
        self.add_unit_action = self._action("Ctrl+Shift+N")
        self.repeal_action = self._action("Ctrl+Shift+R")
        self.restore_action = self._action("Ctrl+Shift+Backspace")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = app_settings().value("ui/language", "", str) or system_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == chosen)
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("")
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu("")
        file_menu.addAction(self.save_as_action)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self.draft_properties_action)
        file_menu.addAction(self.act_properties_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu("")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_unit_action)
        edit_menu.addAction(self.repeal_action)
        edit_menu.addAction(self.restore_action)
        view_menu = bar.addMenu("")
        language_menu = view_menu.addMenu("")
        language_menu.addActions(self.language_group.actions())
        self.file_menu, self.edit_menu, self.view_menu = file_menu, edit_menu, view_menu
        self.language_menu = language_menu

        toolbar = QToolBar()
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.open_action)
        toolbar.addAction(self.import_action)
        toolbar.addAction(self.export_action)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        toolbar.addSeparator()
        toolbar.addAction(self.add_unit_action)
        toolbar.addAction(self.repeal_action)
        toolbar.addAction(self.restore_action)
        toolbar.addSeparator()
        self.style_label = QLabel()
        toolbar.addWidget(self.style_label)
        toolbar.addWidget(self.style_combo)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _retranslate(self) -> None:
        """Every word of the window in the interface language (at start and on a change)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter by number or words"))
        self.style_combo.setToolTip(self.tr("Drafting style of the instructions"))
        self.output_tabs.setTabText(0, self.tr("This article"))
        self.output_tabs.setTabText(1, self.tr("Whole bill"))
        self.output_tabs.setTabText(2, self.tr("Redline"))
        texts = (
            (self.new_action, self.tr("&New Draft…"), ""),
            (self.open_action, self.tr("&Open…"), ""),
            (self.save_as_action, self.tr("Save &As…"), ""),
            (
                self.import_action,
                self.tr("&Import Act…"),
                self.tr("Add an act from a .docx or .txt file"),
            ),
            (
                self.export_action,
                self.tr("&Export Bundle…"),
                self.tr("Write the bill and tables to a folder"),
            ),
            (self.draft_properties_action, self.tr("&Draft Properties…"), ""),
            (self.act_properties_action, self.tr("A&ct Properties…"), ""),
            (self.quit_action, self.tr("&Quit"), ""),
            (
                self.add_unit_action,
                self.tr("&Add Unit After"),
                self.tr("Add a new article after this one"),
            ),
            (
                self.repeal_action,
                self.tr("&Repeal Unit"),
                self.tr("Declare this article repealed"),
            ),
            (
                self.restore_action,
                self.tr("Restore &Current Wording"),
                self.tr("Drop the proposed changes of this article"),
            ),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setStatusTip(tip)
            action.setToolTip(text.replace("&", ""))
        self._update_undo_texts()
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &Recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.style_label.setText(self.tr("Style:") + " ")
        self._update_status()
        self._update_banner()
        self._update_title()
        self._update_notes()
        if self.current is None:
            self._show_unit(None)
        else:
            self.side_by_side.show_problem(self._problem(self.current))
            self._update_article_instructions()
        self.tree_model.retranslate()
        if self.document is not None:
            self.instructions_timer.start()

    def _update_undo_texts(self) -> None:
        """ "Undo typing in 322.1" in the menu; the toolbar keeps a short, steady "Undo"."""
        stack = self.undo_stack
        index = stack.index()
        undo = self._command_text(stack.command(index - 1)) if stack.canUndo() else ""
        redo = self._command_text(stack.command(index)) if stack.canRedo() else ""
        self.undo_action.setText(self.tr("&Undo") + (f" {undo}" if undo else ""))
        self.redo_action.setText(self.tr("&Redo") + (f" {redo}" if redo else ""))
        self.undo_action.setIconText(self.tr("&Undo").replace("&", ""))
        self.redo_action.setIconText(self.tr("&Redo").replace("&", ""))
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    def _command_text(self, command) -> str:
        if isinstance(command, TypingCommand):
            act = self.document.act(command.slug) if self.document else None
            unit = self.document.proposed_unit(command.slug, command.address) if act else None
            where = (
                unit_label(m.Unit(kind=unit.kind, number=unit.number), act.language) if unit else ""
            )
            return self.tr("typing in %1").replace("%1", where or command.address)
        return command.text() if command is not None else ""

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        """Every signal connection of the window, in one place."""
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.unit_tree.selectionModel().currentChanged.connect(self._on_unit_tree_current_changed)
        self.unit_tree.expanded.connect(self._on_unit_tree_expanded)
        self.unit_tree.collapsed.connect(self._on_unit_tree_collapsed)
        self.side_by_side.proposed_edited.connect(self._on_side_by_side_proposed_edited)
        self.style_combo.currentTextChanged.connect(self._on_style_combo_current_text_changed)
        self.output_tabs.currentChanged.connect(self._on_output_tabs_current_changed)
        self.instructions_timer.timeout.connect(self._on_instructions_timer_timeout)
        self.undo_stack.cleanChanged.connect(self._on_undo_stack_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.notes_button.toggled.connect(self._on_notes_button_toggled)
        self.new_action.triggered.connect(self._on_new_action_triggered)
        self.open_action.triggered.connect(self._on_open_action_triggered)
        self.save_as_action.triggered.connect(self._on_save_as_action_triggered)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        self.export_action.triggered.connect(self._on_export_action_triggered)
        self.draft_properties_action.triggered.connect(self._on_draft_properties_action_triggered)
        self.act_properties_action.triggered.connect(self._on_act_properties_action_triggered)
        self.quit_action.triggered.connect(self.close)
        self.add_unit_action.triggered.connect(self._on_add_unit_action_triggered)
        self.repeal_action.triggered.connect(self._on_repeal_action_triggered)
        self.restore_action.triggered.connect(self._on_restore_action_triggered)
        self.recent_menu.aboutToShow.connect(self._on_recent_menu_about_to_show)
        self.language_group.triggered.connect(self._on_language_group_triggered)

    def _connect_document(self, document: DraftDocument) -> None:
        document.proposals_changed.connect(self._on_document_proposals_changed)
        document.problem_changed.connect(self._on_document_problem_changed)
        document.acts_changed.connect(self._on_document_acts_changed)
        document.meta_changed.connect(self._on_document_meta_changed)
        document.saved.connect(self._on_document_saved)
        document.save_failed.connect(self._on_document_save_failed)

    # --- opening and closing drafts -----------------------------------------------------------
    def open_project(self, path: Path) -> bool:
        """Open the draft at ``path``; on failure say why and keep the open draft untouched."""
        path = Path(path)
        if self.document is not None and self.document.path == path.resolve():
            return True
        try:
            document = DraftDocument.open(path, self)
        except ImportError:
            self._error(
                self.tr("Cannot open a draft"),
                self.tr("Project files are not available in this build."),
            )
            return False
        except (DrafterError, OSError) as exc:
            self._error(self.tr("Cannot open a draft"), _message(exc, path))
            if not path.exists():
                remove_recent_file(path)
            return False
        self._set_document(document)
        add_recent_file(path)
        return True

    def open_demo(self) -> bool:
        """Open a fresh copy of the bundled sample draft (never the original)."""
        try:
            from drafter.services.projects import demo_copy

            path = demo_copy()
        except (DrafterError, OSError, ImportError) as exc:
            self._error(self.tr("Cannot open the sample draft"), str(exc))
            return False
        return self.open_project(path)

    def open_last_or_welcome(self) -> None:
        for path in recent_files()[:1]:
            if path.is_file():
                self.open_project(path)

    def _set_document(self, document: DraftDocument) -> None:
        self._close_document()
        self.document = document
        self._connect_document(document)
        self._restore_history(document)
        self.style_combo.blockSignals(True)
        self.style_combo.setCurrentText(document.draft.style or "ru")
        self.style_combo.blockSignals(False)
        self.tree_model.clear()  # another draft: its tree opens afresh
        self._tree_expanded = set()
        self._rebuild_tree()
        self._show_unit(None)
        self._update_banner()
        self._update_title()
        self._update_status()
        self._update_actions()
        self.instructions_timer.start()
        first = self._first_changed_unit()
        if first is not None:
            self.select_unit(*first)

    def _restore_history(self, document: DraftDocument) -> None:
        """Rebuild the undo stack saved in the project: undo works across sessions."""
        self._restoring_history = True
        try:
            self.undo_stack.clear()
            try:
                # Read-only: nothing can be undone in a draft another Drafter is editing.
                entries, index = ([], 0) if document.read_only else document.undo_history()
                for entry in entries:
                    self.undo_stack.push(command_from_dict(self, entry))
                self.undo_stack.setIndex(index)  # undone commands: their state is already there
            except Exception:  # a history this version cannot read: start a new one
                self.undo_stack.clear()
                if not document.read_only:
                    document.undo_changed(0)
            self.undo_stack.setClean()
        finally:
            self._restoring_history = False
        document.undo_source = self._undo_entries

    def _undo_entries(self) -> tuple[list[dict], int]:
        stack = self.undo_stack
        return [stack.command(i).to_dict() for i in range(stack.count())], stack.index()

    def _close_document(self) -> None:
        if self.document is None:
            return
        document, self.document = self.document, None
        self.current = None
        document.blockSignals(True)  # its last save must not reach a window that moved on
        try:
            document.close()
        except Exception as exc:  # the file vanished: the edits could not be written
            self._error(self.tr("Cannot save the draft"), str(exc))
        document.setParent(None)  # freed with its last Python reference

    def _first_changed_unit(self) -> tuple[str, str] | None:
        for act_draft in self.document.draft.acts:
            for address in act_draft.proposals:
                return act_draft.slug, address
        return None

    # --- the tree and the selected unit -------------------------------------------------------
    def _rebuild_tree(self) -> None:
        """Rebuild the tree from the draft, keeping what the drafter had open and selected."""
        selected = self.current
        fresh = self.tree_model.rowCount() == 0
        # Rows the drafter opened, remembered by key: a row that goes away for a while (the
        # parts of an article repealed, then restored) opens again when it comes back.
        expanded = self._tree_expanded | (set() if fresh else self._expanded_keys())
        index = self.unit_tree.currentIndex()
        chosen = (index.data(ACT_ROLE), index.data(ADDRESS_ROLE)) if index.isValid() else None
        scroll = self.unit_tree.verticalScrollBar().value()
        self.tree_model.set_acts(self.document.acts, self.document.draft)
        if fresh:
            self.unit_tree.expandToDepth(0)
            self._tree_expanded = self._expanded_keys()
        else:
            self._expand_keys(expanded)
        if selected is not None:
            self._select_in_tree(*selected)
            if chosen is not None and chosen[0] == selected[0] and chosen[1] != selected[1]:
                self._select_part_in_tree(*chosen)  # a part or point chosen in the tree
        if not fresh:
            self.unit_tree.verticalScrollBar().setValue(scroll)
            self.unit_tree.scrollTo(self.unit_tree.currentIndex())

    def _refresh_tree_children(self, item, act: m.Act, unit: m.Unit) -> None:
        """The parts and points of an edited article in the tree, as the drafter left them."""
        row = self.filter_model.mapFromSource(item.index())
        expanded = self._tree_expanded | (self._expanded_keys(row) if row.isValid() else set())
        # The row the drafter chose (a part that may go away with a repeal and come back).
        chosen = self._tree_chosen
        selection = self.unit_tree.selectionModel()
        selection.blockSignals(True)
        try:
            if not self.tree_model.set_children(item, act, unit):
                return
            row = self.filter_model.mapFromSource(item.index())
            if row.isValid():
                self._expand_keys(expanded, row)
            if self.current is not None and self.current[1] == item.data(TOP_ROLE):
                if chosen is None or not self._select_part_in_tree(*chosen):
                    self.unit_tree.setCurrentIndex(row)  # the part chosen is gone: its article
        finally:
            selection.blockSignals(False)

    def _tree_rows(self, parent: QModelIndex | None = None):
        """Every row of the filtered tree, depth first."""
        model = self.filter_model
        parent = parent if parent is not None else QModelIndex()
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            yield index
            yield from self._tree_rows(index)

    def _expanded_keys(self, parent: QModelIndex | None = None) -> set[tuple[str, str]]:
        rows = [parent] if parent is not None else []
        return {
            (index.data(ACT_ROLE), index.data(ADDRESS_ROLE))
            for index in [*rows, *self._tree_rows(parent)]
            if self.unit_tree.isExpanded(index)
        }

    def _expand_keys(self, keys: set[tuple[str, str]], parent: QModelIndex | None = None) -> None:
        for index in self._tree_rows(parent):
            if (index.data(ACT_ROLE), index.data(ADDRESS_ROLE)) in keys:
                self.unit_tree.expand(index)

    def _select_part_in_tree(self, slug: str, address: str) -> bool:
        for index in self._tree_rows():
            if index.data(ACT_ROLE) == slug and index.data(ADDRESS_ROLE) == address:
                blocked = self.unit_tree.selectionModel().blockSignals(True)
                self.unit_tree.setCurrentIndex(index)
                self.unit_tree.selectionModel().blockSignals(blocked)
                return True
        return False

    def select_unit(self, slug: str, address: str) -> bool:
        """Show a top-level unit (by act slug and address) and select it in the tree."""
        if self.document is None or self.document.proposed_unit(slug, address) is None:
            return False
        self._select_in_tree(slug, address)
        if self.current != (slug, address):
            self._show_unit((slug, address))
        return True

    def _select_in_tree(self, slug: str, address: str) -> None:
        item = self.tree_model.top_item(slug, address)
        if item is None:
            return
        chosen = self.unit_tree.currentIndex()
        if chosen.isValid() and (chosen.data(ACT_ROLE), chosen.data(TOP_ROLE)) == (slug, address):
            return  # the unit, or a part of it the drafter chose, is selected already
        index = self.filter_model.mapFromSource(item.index())
        if not index.isValid():
            self.filter_edit.clear()
            index = self.filter_model.mapFromSource(item.index())
        self.unit_tree.selectionModel().blockSignals(True)
        self.unit_tree.setCurrentIndex(index)
        self.unit_tree.selectionModel().blockSignals(False)
        self.unit_tree.scrollTo(index)
        self._tree_chosen = (slug, address)

    def _show_unit(self, key: tuple[str, str] | None) -> None:
        if self.document is not None:
            self.document.parse_pending()
        self.current = key
        if key is None or self.document is None:
            self.placeholder.setText(
                self.tr("Select an article in the tree to edit it.")
                if self.document is not None
                else self.tr(
                    "No draft is open. Create one (File → New Draft), open one, "
                    "or start with the sample: drafter demo."
                )
            )
            self.center_stack.setCurrentWidget(self.placeholder)
            self.unit_heading.clear()
            self.article_text.clear()
            self._update_notes()
            self._update_actions()
            return
        slug, address = key
        document = self.document
        act = document.act(slug)
        unit = document.proposed_unit(slug, address)
        proposal = document.proposal(slug, address)
        self.unit_heading.setText(
            f"{act.title or act.slug} — {unit_label(unit, act.language)}" if unit else ""
        )
        editable = (
            not document.read_only
            and engine.editing_available()
            and not (proposal is not None and proposal.status == m.REPEALED)
        )
        self.side_by_side.show_texts(
            document.current_text(slug, address),
            document.proposed_text(slug, address),
            editable=editable,
        )
        self.side_by_side.show_problem(self._problem(key))
        self.center_stack.setCurrentWidget(self.side_by_side)
        self._update_notes()
        self._update_actions()
        self._update_article_instructions()

    # --- what the undo commands call ----------------------------------------------------------
    def apply_text(self, slug: str, address: str, text: str, cursor_at: int | None) -> None:
        """Set the proposed text of a unit (typing, its undo and redo) and show it."""
        if self._restoring_history:
            return
        self.document.set_unit_text(slug, address, text, now=cursor_at is not None)
        if self.current != (slug, address):
            self.select_unit(slug, address)
        else:
            self.side_by_side.set_proposed_text(text, cursor_at)
        self._update_title()

    def apply_proposal(self, slug: str, address: str, proposal: m.Proposal | None) -> None:
        """Replace the proposal of a unit (add, repeal, restore, their undo) and show it."""
        if self._restoring_history:
            return
        document = self.document
        before = document.proposal(slug, address)
        document.set_proposal(slug, address, proposal)
        structural = (before is not None and before.status == m.ADDED) or (
            proposal is not None and proposal.status == m.ADDED
        )
        if structural:
            self._rebuild_tree()
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

    def _change_draft_meta(self, label: str, values: dict) -> None:
        draft = self.document.draft
        before = {key: getattr(draft, key) for key in values}
        if before != values:
            self.undo_stack.push(DraftMetaCommand(self, label, before, values))

    # --- slots: the tree, the editor, the outputs ---------------------------------------------
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.filter_model.set_needle(text)
        if text:
            self.unit_tree.expandAll()

    def _on_unit_tree_expanded(self, index: QModelIndex) -> None:
        self._tree_expanded.add((index.data(ACT_ROLE), index.data(ADDRESS_ROLE)))

    def _on_unit_tree_collapsed(self, index: QModelIndex) -> None:
        self._tree_expanded.discard((index.data(ACT_ROLE), index.data(ADDRESS_ROLE)))

    def _on_unit_tree_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid() or self.document is None:
            return
        self._tree_chosen = (current.data(ACT_ROLE), current.data(ADDRESS_ROLE))
        slug = current.data(ACT_ROLE)
        top = current.data(TOP_ROLE) or ""
        if not top:
            return
        if self.current != (slug, top):
            self._show_unit((slug, top))
        address = current.data(ADDRESS_ROLE) or ""
        if address != top:
            self._scroll_to_part(slug, top, address)

    def _scroll_to_part(self, slug: str, top: str, address: str) -> None:
        """A part or point chosen in the tree: put its first line at the editors' centre."""
        act = self.document.act(slug)
        for unit, edit in (
            (self.document.current_unit(slug, top), self.side_by_side.current_edit),
            (self.document.proposed_unit(slug, top), self.side_by_side.proposed_edit),
        ):
            part = _find(unit, address) if unit is not None else None
            if part is None or act is None:
                continue
            first_line = engine.unit_to_text(without_notes(part), act.profile).split("\n")[0]
            found = edit.document().find(first_line)
            if not found.isNull():
                cursor = edit.textCursor()
                cursor.setPosition(found.selectionStart())
                edit.setTextCursor(cursor)
                edit.centerCursor()

    def _on_side_by_side_proposed_edited(self, text: str) -> None:
        if self.document is None or self.current is None or self.document.read_only:
            return
        slug, address = self.current
        before = self.document.proposed_text(slug, address)
        if before == text:
            return
        self.undo_stack.push(TypingCommand(self, slug, address, before, text))

    def _on_document_proposals_changed(self, slug: str, address: str) -> None:
        item = self.tree_model.top_item(slug, address)
        proposal = self.document.proposal(slug, address)
        status = proposal.status if proposal else ""
        act = self.document.act(slug)
        unit = self.document.proposed_unit(slug, address)
        if item is not None and unit is not None and act is not None:
            self.tree_model.set_label(item, unit_label(unit, act.language), status)
            self._refresh_tree_children(item, act, unit)
        self._update_status()
        self._update_title()
        if self.current == (slug, address):
            self._update_article_instructions()
        self.instructions_timer.start()

    def _on_document_problem_changed(self, slug: str, address: str, message: str) -> None:
        if self.current == (slug, address):
            self.side_by_side.show_problem(self._reading_problem(message))

    def _problem(self, key: tuple[str, str]) -> str:
        """Why the proposed wording of the shown unit cannot be edited or read ("" if it can)."""
        proposal = self.document.proposal(*key)
        if not engine.editing_available():
            return self.tr("Editing is not available in this build (no text layout).")
        if proposal is not None and proposal.status == m.REPEALED:
            return self.tr("The draft repeals this article; restore it to edit.")
        return self._reading_problem(self.document.problems.get(key, ""))

    def _reading_problem(self, message: str) -> str:
        """The words under the editor for a text that cannot be read as a unit yet."""
        if not message:
            return ""
        message = message.rstrip(".")
        return self.tr("Cannot read this text yet: %1. Your typing is kept.").replace("%1", message)

    def _on_document_acts_changed(self) -> None:
        self._rebuild_tree()
        self.instructions_timer.start()

    def _on_document_meta_changed(self) -> None:
        self.style_combo.blockSignals(True)
        self.style_combo.setCurrentText(self.document.draft.style)
        self.style_combo.blockSignals(False)
        self._update_title()
        self._update_article_instructions()
        self.instructions_timer.start()

    def _on_document_saved(self) -> None:
        self.save_label.setText(self.tr("Saved"))
        self._update_title()

    def _on_document_save_failed(self, message: str) -> None:
        self._update_title()  # before the label: it would say "Saving…" for a modified draft
        self.save_label.setText(self.tr("Not saved"))
        self.statusBar().showMessage(message, 10000)

    def _on_style_combo_current_text_changed(self, style: str) -> None:
        if self.document is None or style == self.document.draft.style:
            return
        if self.document.read_only:
            self.document.draft.style = style
            self._on_document_meta_changed()
        else:
            self._change_draft_meta(self.tr("Change drafting style"), {"style": style})

    def _on_output_tabs_current_changed(self, index: int) -> None:
        if self.output_tabs.widget(index) is self.redline:
            self._update_redline()

    def _on_instructions_timer_timeout(self) -> None:
        self._start_bill()
        if self.output_tabs.currentWidget() is self.redline:
            self._update_redline()

    def _on_undo_stack_clean_changed(self, clean: bool) -> None:
        self._update_title()

    def _on_undo_stack_index_changed(self, index: int) -> None:
        self._update_undo_texts()
        self._update_actions()
        if self.document is not None and not self._restoring_history:
            self.document.undo_changed(index - 1)

    # --- instructions and redline -------------------------------------------------------------
    def _style(self) -> str:
        return self.document.draft.style or "ru" if self.document else "ru"

    def _update_article_instructions(self) -> None:
        if self.document is None or self.current is None:
            self.article_text.clear()
            return
        slug, address = self.current
        try:
            text = article_instructions(self.document, slug, address, self._style())
        except engine.NotAvailable as exc:
            text = self.tr("Instructions are not available in this build (%1).").replace(
                "%1", str(exc)
            )
        except Exception as exc:  # the engine cannot plan this text (yet): say so, keep going
            text = self.tr("No instructions for this text: %1").replace("%1", str(exc))
        self.article_text.setPlainText(text or self.tr("No changes in this article."))

    def _start_bill(self) -> None:
        if self.document is None:
            self.bill_text.clear()
            return
        self._bill_generation += 1
        generation = self._bill_generation
        snapshot = draft_snapshot(self.document.draft)
        job = jobs.Job(bill_text, snapshot, list(self.document.acts))
        job.signals.succeeded.connect(
            lambda text, g=generation, j=job: self._on_bill_job_succeeded(g, text, j)
        )
        job.signals.failed.connect(
            lambda message, g=generation, j=job: self._on_bill_job_failed(g, message, j)
        )
        self._jobs.add(job)
        jobs.start(job)

    def _on_bill_job_succeeded(self, generation: int, text: str, job: jobs.Job) -> None:
        self._jobs.discard(job)
        if generation == self._bill_generation:
            self.bill_text.setPlainText(text or self.tr("The draft makes no changes yet."))

    def _on_bill_job_failed(self, generation: int, message: str, job: jobs.Job) -> None:
        self._jobs.discard(job)
        if generation == self._bill_generation:
            self.bill_text.setPlainText(
                self.tr("The bill cannot be generated: %1").replace("%1", message)
            )

    def _update_redline(self) -> None:
        if self.document is None:
            self.redline.clear()
            return
        slug = self.current[0] if self.current else None
        if slug is None and self.document.acts:
            slug = self.document.acts[0].slug
        self.redline.setHtml(redline_html(self.document, slug) if slug else "")

    # --- drafting actions ---------------------------------------------------------------------
    def _on_add_unit_action_triggered(self) -> None:
        if not self._can_edit():
            return
        slug, address = self.current
        document = self.document
        act = document.act(slug)
        base = document.proposed_unit(slug, address)
        label = next_label(document, slug, base.number, act.profile)
        from drafter.core.profiles import get_profile

        new_address = f"{get_profile(act.profile).key(base.kind)}:{label}"
        unit = m.Unit(kind=base.kind, number=label, address=new_address)
        proposal = m.Proposal(new_address, m.ADDED, unit, after=address)
        self.undo_stack.push(
            ProposalCommand(self, self.tr("Add unit"), slug, new_address, None, proposal)
        )
        self.side_by_side.proposed_edit.setFocus()
        self.side_by_side.proposed_edit.moveCursor(
            self.side_by_side.proposed_edit.textCursor().MoveOperation.End
        )

    def _on_repeal_action_triggered(self) -> None:
        if not self._can_edit():
            return
        from drafter.core.draft import repealed_unit

        self.document.parse_pending()
        slug, address = self.current
        before = self.document.proposal(slug, address)
        if before is not None and before.status == m.ADDED:
            after = None
            label = self.tr("Remove added unit")
        else:
            current = self.document.current_unit(slug, address)
            after = m.Proposal(address, m.REPEALED, repealed_unit(current))
            label = self.tr("Repeal unit")
        self.undo_stack.push(ProposalCommand(self, label, slug, address, before, after))

    def _on_restore_action_triggered(self) -> None:
        if not self._can_edit():
            return
        self.document.parse_pending()
        slug, address = self.current
        before = self.document.proposal(slug, address)
        if before is None and (slug, address) not in self.document.texts:
            return
        self.undo_stack.push(
            ProposalCommand(self, self.tr("Restore current wording"), slug, address, before, None)
        )

    def _can_edit(self) -> bool:
        return (
            self.document is not None and not self.document.read_only and self.current is not None
        )

    # --- documents: new, open, save as, import, export, properties ----------------------------
    def _on_new_action_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Draft"), str(self._last_folder()), self.tr("Drafts (*.drafter)")
        )
        if not path:
            return
        path = Path(path)
        if path.suffix != ".drafter":
            path = path.with_name(path.name + ".drafter")
        try:
            document = DraftDocument.create(path, self)
            document.set_draft_meta(title=path.stem)
        except (DrafterError, OSError) as exc:
            self._error(self.tr("Cannot create the draft"), _message(exc, path))
            return
        self._set_document(document)
        add_recent_file(path)

    def _on_open_action_triggered(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open Draft"), str(self._last_folder()), self.tr("Drafts (*.drafter)")
        )
        if path:
            self.open_project(Path(path))

    def _on_save_as_action_triggered(self) -> None:
        if self.document is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save Draft As"), str(self._last_folder()), self.tr("Drafts (*.drafter)")
        )
        if path:
            self.save_as(Path(path))

    def save_as(self, path: Path) -> bool:
        if path.suffix != ".drafter":
            path = path.with_name(path.name + ".drafter")
        document = self.document
        document.parse_pending()
        document.flush()
        try:
            document.project.save_as(path)
        except (DrafterError, OSError) as exc:
            self._error(self.tr("Cannot save the draft"), _message(exc, path))
            return False
        document.path = Path(document.project.path)
        was_read_only = document.read_only
        document.read_only = False
        document.locked_by = None
        if was_read_only:
            # Edits seen while read-only were never written: write them into the copy now.
            for act_draft in document.draft.acts:
                document.project.set_proposals(act_draft.slug, act_draft.proposals)
            document.project.save_draft_meta(document.draft)
        else:
            document.flush()  # edits a failed save kept go into the copy
        add_recent_file(path)
        self._update_banner()
        self._update_title()
        self._update_actions()
        self._show_unit(self.current)
        return True

    def _on_recent_menu_about_to_show(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        if not files:
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in files:
            action = self.recent_menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    def _on_import_action_triggered(self) -> None:
        if self.document is None or self.document.read_only:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import Act"),
            str(self._last_folder()),
            self.tr("Acts (*.docx *.txt)"),
        )
        for path in paths:
            self.import_act(Path(path))

    def import_act(self, path: Path) -> jobs.Job | None:
        """Read an act file off the UI thread and add it to the draft; a bad file: a dialog."""
        if self.document is None or self.document.read_only:
            self._error(
                self.tr("Cannot import"), self.tr("Open a draft you can edit to import acts.")
            )
            return None
        from drafter.services.acts import load_act

        job = jobs.Job(load_act, path)
        job.signals.succeeded.connect(
            lambda result, j=job: self._on_import_job_succeeded(result, j)
        )
        job.signals.failed.connect(lambda message, j=job: self._on_import_job_failed(message, j))
        self._jobs.add(job)
        self.statusBar().showMessage(self.tr("Importing %1…").replace("%1", path.name))
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        return jobs.start(job)

    def _on_import_job_succeeded(self, result, job: jobs.Job) -> None:
        self._jobs.discard(job)
        QApplication.restoreOverrideCursor()
        if self.document is None:
            return
        try:
            slug = self.document.add_act(result.act)
        except (DrafterError, OSError) as exc:
            self._error(self.tr("Cannot import"), str(exc))
            return
        message = self.tr("Imported %1").replace("%1", result.act.title or slug)
        if result.warnings:
            message += " — " + self.tr("%1 warnings").replace("%1", str(len(result.warnings)))
        self.statusBar().showMessage(message, 8000)

    def _on_import_job_failed(self, message: str, job: jobs.Job) -> None:
        self._jobs.discard(job)
        QApplication.restoreOverrideCursor()
        self.statusBar().clearMessage()
        self._error(self.tr("Cannot import the act"), message)

    def _on_export_action_triggered(self) -> None:
        if self.document is None:
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export Bundle To"), str(self._last_folder())
        )
        if folder:
            self.export_bundle(Path(folder) / f"{self.document.path.stem}-bundle")

    def export_bundle(self, out_dir: Path) -> jobs.Job | None:
        """Write the bundle off the UI thread, with a progress dialog that can cancel it."""
        try:
            from drafter.services.export import write_bundle
        except ImportError:
            self._error(self.tr("Cannot export"), self.tr("Export is not available in this build."))
            return None
        self.document.parse_pending()
        if not self.document.flush():
            return None
        existed = out_dir.exists()
        self._export_cancelled = False
        progress = QProgressDialog(
            self.tr("Writing the bill, tables and redlines…"), self.tr("Cancel"), 0, 0, self
        )
        progress.setWindowTitle(self.tr("Export Bundle"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.canceled.connect(self._on_export_progress_canceled)
        self._export_progress = progress
        job = jobs.Job(
            write_bundle, draft_snapshot(self.document.draft), list(self.document.acts), out_dir
        )
        job.signals.succeeded.connect(
            lambda result, j=job: self._on_export_job_succeeded(result, out_dir, existed, j)
        )
        job.signals.failed.connect(lambda message, j=job: self._on_export_job_failed(message, j))
        self._jobs.add(job)
        return jobs.start(job)

    def _on_export_progress_canceled(self) -> None:
        self._export_cancelled = True
        self.statusBar().showMessage(self.tr("Export cancelled"), 5000)

    def _finish_export(self, job: jobs.Job) -> None:
        self._jobs.discard(job)
        if self._export_progress is not None:
            self._export_cancelled |= self._export_progress.wasCanceled()
            self._export_progress.canceled.disconnect(self._on_export_progress_canceled)
            self._export_progress.reset()
            self._export_progress.deleteLater()
            self._export_progress = None

    def _on_export_job_succeeded(self, result, out_dir: Path, existed: bool, job) -> None:
        self._finish_export(job)
        written = Path(getattr(result, "path", None) or out_dir)
        if self._export_cancelled:
            if not existed and written.is_dir():
                shutil.rmtree(written, ignore_errors=True)
            return
        document = self.document
        if document is not None and not document.read_only:
            # The bookmark → address maps let a returned copy be read back (a later issue).
            try:
                with document.project.transaction():
                    for slug, bookmarks in getattr(result, "bookmarks", {}).items():
                        document.project.set_bookmarks(slug, bookmarks)
            except (DrafterError, OSError) as exc:
                self.statusBar().showMessage(str(exc), 10000)
        self.last_export = written
        self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(written)), 10000)
        warnings = list(getattr(result, "warnings", []))
        if warnings:
            # E.g. an act without its publication sources: the bill's lead-in cites none.
            QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Exported with warnings"),
                self.tr("The bundle was written to %1. Please check:").replace("%1", str(written))
                + "\n\n"
                + "\n".join(f"• {w}" for w in warnings),
                QMessageBox.StandardButton.Ok,
                self,
            ).exec()

    def _on_export_job_failed(self, message: str, job: jobs.Job) -> None:
        self._finish_export(job)
        if not self._export_cancelled:
            self._error(self.tr("Cannot export"), message)

    def _on_draft_properties_action_triggered(self) -> None:
        if self.document is None:
            return
        from drafter.ui.dialogs import DraftPropertiesDialog

        dialog = DraftPropertiesDialog(self.document.draft, self)
        if dialog.exec() and not self.document.read_only:
            self._change_draft_meta(self.tr("Change draft properties"), dialog.values())

    def _on_act_properties_action_triggered(self) -> None:
        if self.document is None:
            return
        slug = self.current[0] if self.current else None
        index = self.unit_tree.currentIndex()
        slug = slug or (index.data(ACT_ROLE) if index.isValid() else None)
        act = self.document.act(slug) if slug else None
        act = act or (self.document.acts[0] if self.document.acts else None)
        if act is None:
            return
        from drafter.ui.dialogs import ActPropertiesDialog

        dialog = ActPropertiesDialog(act, self)
        if dialog.exec() and not self.document.read_only:
            try:
                self.document.update_act_meta(dialog.edited_act())
            except (DrafterError, OSError) as exc:
                self._error(self.tr("Cannot save the act"), str(exc))

    def _on_language_group_triggered(self, action: QAction) -> None:
        """The chosen language at once: Qt sends every widget a LanguageChange event."""
        app_settings().setValue("ui/language", action.data())
        i18n.install(QApplication.instance(), action.data())

    def _on_notes_button_toggled(self, shown: bool) -> None:
        self.notes_list.setVisible(shown)
        self.notes_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _update_notes(self) -> None:
        """The editorial notes of the shown article's current wording, in the collapsed list."""
        self.notes_list.clear()
        notes = []
        if self.document is not None and self.current is not None:
            slug, address = self.current
            act = self.document.act(slug)
            top = self.document.current_unit(slug, address)
            for where, note in self.document.current_notes(slug, address):
                label = _short_label(top, where, act.language)
                notes.append(f"{label} — {note}" if label else note)
        self.notes_list.addItems(notes)
        # As tall as its notes (one note: one line), at most about six lines.
        width = max(self.notes_list.viewport().width(), 300)
        metrics = self.notes_list.fontMetrics()
        wrap = Qt.TextFlag.TextWordWrap
        rows = sum(
            metrics.boundingRect(QRect(0, 0, width - 8, 10000), wrap, note).height() + 2
            for note in notes
        )
        self.notes_list.setFixedHeight(min(120, rows + 2 * self.notes_list.frameWidth() + 4))
        self.notes_button.setText(self.tr("Editorial notes (%1)").replace("%1", str(len(notes))))
        self.notes_button.setToolTip(
            self.tr("Notes of the official publication; they are not part of the law text")
        )
        self.notes_button.setVisible(bool(notes))
        self.notes_list.setVisible(bool(notes) and self.notes_button.isChecked())

    # --- drag and drop ------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if any(_dropped_kind(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            kind = _dropped_kind(str(path))
            if kind == "project":
                self.open_project(path)
            elif kind == "act":
                self.import_act(path)
        event.acceptProposedAction()

    # --- state shown around the editor --------------------------------------------------------
    def _update_title(self) -> None:
        title = self.document.title if self.document else self.tr("No draft")
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
        if document is None or not document.read_only:
            self.banner.hide()
            return
        if document.locked_by is not None:
            info = document.locked_by
            since = str(info.get("time") or "?").replace("T", " ")[:16]
            text = (
                self.tr(
                    "Read-only: this draft is open in Drafter by %1 on %2 (since %3). "
                    "You can read it and save a copy (Save As)."
                )
                .replace("%1", str(info.get("user") or "?"))
                .replace("%2", str(info.get("host") or "?"))
                .replace("%3", since)
            )
        else:
            text = self.tr("Read-only: the draft file cannot be written. Save a copy to edit it.")
        self.banner.setText(text)
        self.banner.show()
        self.statusBar().showMessage(text)

    def _update_actions(self) -> None:
        document = self.document
        has_doc = document is not None
        writable = has_doc and not document.read_only
        unit = writable and self.current is not None
        self.save_as_action.setEnabled(has_doc)
        self.import_action.setEnabled(writable)
        self.export_action.setEnabled(has_doc)
        self.draft_properties_action.setEnabled(has_doc)
        self.act_properties_action.setEnabled(has_doc and bool(document.acts))
        self.add_unit_action.setEnabled(unit)
        self.repeal_action.setEnabled(unit)
        self.restore_action.setEnabled(unit)
        self.style_combo.setEnabled(has_doc)

    def _error(self, title: str, message: str) -> None:
        QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        ).exec()

    def _last_folder(self) -> Path:
        if self.document is not None and self.document.path is not None:
            return self.document.path.parent
        files = recent_files()
        return files[0].parent if files else Path.home()

    def _restore_geometry(self) -> None:
        settings = app_settings()
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = settings.value("window/splitter")
        self._splitter_restored = state is not None and self.splitter.restoreState(state)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_restored:
            # The first time: room for the tree's labels and the instructions' tabs.
            self._splitter_restored = True
            QTimer.singleShot(0, self._apply_default_splitter_sizes)

    def _apply_default_splitter_sizes(self) -> None:
        # After the first layout pass (a window manager may resize the window once shown).
        width = max(self.splitter.width(), 1000)
        self.splitter.setSizes([320, width - 320 - 360, 360])
        if self.current is not None:
            QTimer.singleShot(0, self.side_by_side.show_first_change)

    def closeEvent(self, event) -> None:
        if self.document is not None and not self.document.flush():
            # The file cannot be written (a share went away, the disk is full): never lose the
            # drafter's edits silently.
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Cannot save the draft"),
                self.tr(
                    "The latest edits could not be written to %1. Save a copy elsewhere?"
                ).replace("%1", self.document.path.name if self.document.path else "?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                self,
            )
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                path, _ = QFileDialog.getSaveFileName(
                    self, self.tr("Save Draft As"), str(Path.home()), self.tr("Drafts (*.drafter)")
                )
                if not path or not self.save_as(Path(path)):
                    event.ignore()
                    return
        app_settings().setValue("window/geometry", self.saveGeometry())
        app_settings().setValue("window/splitter", self.splitter.saveState())
        self._close_document()
        super().closeEvent(event)


# --- pure helpers (no widgets) ----------------------------------------------------------------
def _find(unit: m.Unit, address: str) -> m.Unit | None:
    for sub in unit.walk():
        if sub.address == address:
            return sub
    return None


def _short_label(top: m.Unit, address: str, language: str) -> str:
    """«ч. 2 п. в)» for a unit inside an article ("" for the article itself)."""
    path: list[m.Unit] = []

    def visit(unit: m.Unit) -> bool:
        if unit.address == address:
            return True
        for child in unit.children:
            path.append(child)
            if visit(child):
                return True
            path.pop()
        return False

    if not visit(top):
        return ""
    return " ".join(unit_label(m.Unit(kind=u.kind, number=u.number), language) for u in path)


def _message(exc: BaseException, path: Path) -> str:
    if isinstance(exc, DrafterError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return f"{path.name} does not exist (it may have been moved or deleted)."
    if isinstance(exc, PermissionError):
        return f"{path.name} cannot be read: permission denied."
    return f"{path.name}: {getattr(exc, 'strerror', None) or exc}"


def _dropped_kind(path: str) -> str:
    lower = path.lower()
    if lower.endswith(".drafter"):
        return "project"
    if lower.endswith(IMPORTABLE):
        return "act"
    return ""


__all__ = ["MainWindow"]
