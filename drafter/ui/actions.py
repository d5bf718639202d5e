"""The window's actions, menus and toolbar (with the style chooser), in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QMenu, QToolBar

from drafter.core.styles import STYLES
from drafter.ui.i18n import LANGUAGES, system_language
from drafter.ui.settings import language

translate = QCoreApplication.translate  # the window's words keep the window's context


class WindowActions(QObject):
    """Every QAction of the main window, placed in its menus and toolbar; the window connects."""

    enabled = Signal()  # after ``enable``: what the drafting actions act on is decided again

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        key = QKeySequence.StandardKey
        self.new_action = self._action(key.New)
        self.open_action = self._action(key.Open)
        self.save_action = self._action(key.Save)
        self.save_as_action = self._action(key.SaveAs)
        self.import_action = self._action("Ctrl+I")
        self.export_action = self._action("Ctrl+E")
        self.rounds_action = self._action()
        self.draft_properties_action = self._action()
        self.act_properties_action = self._action()
        self.quit_action = self._action(key.Quit)
        # Own undo/redo actions (not QUndoStack.createUndoAction): their words follow a change
        # of the interface language.
        self.undo_action = self._action()
        self.undo_action.setShortcuts(key.Undo)
        self.undo_action.setEnabled(False)
        self.redo_action = self._action()
        redo_keys = [*QKeySequence.keyBindings(key.Redo), QKeySequence("Ctrl+Y")]
        redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(list(dict.fromkeys(redo_keys)))
        self.redo_action.setEnabled(False)
        self.add_unit_action = self._action("Ctrl+Shift+N")
        self.repeal_action = self._action("Ctrl+Shift+R")
        self.restore_action = self._action("Ctrl+Shift+Backspace")
        self.next_remark_action = self._action("F8")
        self.previous_remark_action = self._action("Shift+F8")
        self._drafting_names: tuple[str | None, str | None] = (None, None)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        chosen = language() or system_language()
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(code == chosen)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.style_combo = QComboBox()
        self.style_combo.addItems(STYLES)
        self.style_label = QLabel()
        self._build_menus(window)
        self._build_toolbar(window)

    def _action(self, shortcut: QKeySequence.StandardKey | str | None = None) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_menus(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        _place(self.file_menu, [self.new_action, self.open_action])
        self.recent_menu = self.file_menu.addMenu("")
        _place(
            self.file_menu,
            [
                self.save_action,
                self.save_as_action,
                None,
                self.import_action,
                self.export_action,
                self.rounds_action,
                None,
                self.draft_properties_action,
                self.act_properties_action,
                None,
                self.quit_action,
            ],
        )
        self.edit_menu = bar.addMenu("")
        _place(self.edit_menu, [self.undo_action, self.redo_action, None, *self._drafting()])
        _place(self.edit_menu, [None, self.next_remark_action, self.previous_remark_action])
        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())

    def _drafting(self) -> list[QAction | None]:
        return [self.add_unit_action, self.repeal_action, self.restore_action]

    def _build_toolbar(self, window: QMainWindow) -> None:
        toolbar = QToolBar()
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        files = [self.open_action, self.import_action, self.export_action]
        undo = [self.undo_action, self.redo_action]
        _place(toolbar, [*files, None, *undo, None, *self._drafting(), None])
        toolbar.addWidget(self.style_label)
        toolbar.addWidget(self.style_combo)
        window.addToolBar(toolbar)
        self.toolbar = toolbar

    def retranslate(self) -> None:
        """The words of the menus, actions and toolbar in the interface language."""
        texts = {
            self.new_action: translate("MainWindow", "&New Draft…"),
            self.open_action: translate("MainWindow", "&Open…"),
            self.save_action: translate("MainWindow", "&Save"),
            self.save_as_action: translate("MainWindow", "Save &As…"),
            self.import_action: translate("MainWindow", "&Import Act…"),
            self.export_action: translate("MainWindow", "&Export Bundle…"),
            self.rounds_action: translate("MainWindow", "Approval &Rounds…"),
            self.draft_properties_action: translate("MainWindow", "&Draft Properties…"),
            self.act_properties_action: translate("MainWindow", "A&ct Properties…"),
            self.quit_action: translate("MainWindow", "&Quit"),
            self.add_unit_action: translate("MainWindow", "&Add Unit After"),
            self.repeal_action: translate("MainWindow", "&Repeal Unit"),
            self.restore_action: translate("MainWindow", "Restore &Current Wording"),
            self.next_remark_action: translate("MainWindow", "Ne&xt Open Remark"),
            self.previous_remark_action: translate("MainWindow", "Pre&vious Open Remark"),
        }
        tips = {
            self.import_action: translate("MainWindow", "Add an act from a .docx or .txt file"),
            self.export_action: translate("MainWindow", "Write the bill and tables to a folder"),
            self.save_action: translate("MainWindow", "Write the draft to its file now"),
            self.rounds_action: translate(
                "MainWindow", "The rounds sent, the agencies' answers, returned files to read"
            ),
            self.add_unit_action: translate("MainWindow", "Add a new article after this one"),
            self.repeal_action: translate("MainWindow", "Declare this article repealed"),
            self.restore_action: translate(
                "MainWindow", "Drop the proposed changes of this article"
            ),
            self.next_remark_action: translate(
                "MainWindow", "The next remark still open, across the draft"
            ),
        }
        for action, text in texts.items():
            action.setText(text)
            action.setStatusTip(tips.get(action, ""))
            action.setToolTip(text.replace("&", ""))
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &Recent"))
        self.edit_menu.setTitle(translate("MainWindow", "&Edit"))
        self.view_menu.setTitle(translate("MainWindow", "&View"))
        self.language_menu.setTitle(translate("MainWindow", "&Language"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main"))
        self.style_label.setText(translate("MainWindow", "Style:") + " ")
        self.style_combo.setToolTip(translate("MainWindow", "Drafting style of the instructions"))
        self.retranslate_drafting(*self._drafting_names)

    def retranslate_drafting(self, name: str | None, new_name: str | None) -> None:
        """The drafting actions name the unit they act on («Repeal Part 3»); None: generic."""
        self._drafting_names = (name, new_name)
        # The toolbar keeps short, steady words; the menu's name the unit.
        for action, word in (
            (self.add_unit_action, translate("MainWindow", "&Add Unit After")),
            (self.repeal_action, translate("MainWindow", "&Repeal Unit")),
            (self.restore_action, translate("MainWindow", "Restore &Current Wording")),
        ):
            action.setIconText(word.replace("&", ""))
        if name is None:
            self.add_unit_action.setText(translate("MainWindow", "&Add Unit After"))
            self.repeal_action.setText(translate("MainWindow", "&Repeal Unit"))
            self.restore_action.setText(translate("MainWindow", "Restore &Current Wording"))
            return
        self.repeal_action.setText(translate("MainWindow", "&Repeal %1").replace("%1", name))
        self.restore_action.setText(
            translate("MainWindow", "Restore the Current Wording of %1").replace("%1", name)
        )
        add = translate("MainWindow", "&Add %1 after %2") if new_name else ""
        self.add_unit_action.setText(add.replace("%1", new_name or "").replace("%2", name))
        for action in (self.repeal_action, self.restore_action, self.add_unit_action):
            action.setToolTip(action.text().replace("&", ""))

    def show_undo(self, undo: str | None, redo: str | None) -> None:
        """ "Undo typing in 322.1" in the menu; the toolbar keeps a short, steady "Undo".

        ``None``: nothing to undo (or redo); "" a step without a name.
        """
        undo_word = translate("MainWindow", "&Undo")
        redo_word = translate("MainWindow", "&Redo")
        self.undo_action.setText(undo_word + (f" {undo}" if undo else ""))
        self.redo_action.setText(redo_word + (f" {redo}" if redo else ""))
        self.undo_action.setIconText(undo_word.replace("&", ""))
        self.redo_action.setIconText(redo_word.replace("&", ""))
        self.undo_action.setEnabled(undo is not None)
        self.redo_action.setEnabled(redo is not None)

    def enable(self, *, has_draft: bool, writable: bool, unit_shown: bool, has_acts: bool) -> None:
        """What can be done with the draft (read-only or not) and the unit shown."""
        self.save_action.setEnabled(writable)
        self.save_as_action.setEnabled(has_draft)
        self.import_action.setEnabled(writable)
        self.export_action.setEnabled(has_acts)  # an empty draft has nothing to export
        self.rounds_action.setEnabled(has_draft)
        self.next_remark_action.setEnabled(has_draft)
        self.previous_remark_action.setEnabled(has_draft)
        # Read-only (another Drafter holds the draft): its properties and style stay as they are.
        self.draft_properties_action.setEnabled(writable)
        self.act_properties_action.setEnabled(writable and has_acts)
        editable = writable and unit_shown
        self.add_unit_action.setEnabled(editable)
        self.repeal_action.setEnabled(editable)
        self.restore_action.setEnabled(editable)
        self.style_combo.setEnabled(writable)
        self.enabled.emit()


def _place(target: QMenu | QToolBar, actions: list[QAction | None]) -> None:
    """Add ``actions`` to a menu or toolbar in order; None is a separator."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
