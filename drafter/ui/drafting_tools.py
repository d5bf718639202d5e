"""The bill's drafting tools in the window: the form of the amendment of the shown unit (Edit
menu), the bill's package texts (File menu), and the consequential references (a dock)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget

from drafter.ui.references_panel import ReferencesPanel
from drafter.ui.restate_action import RestateChoice

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument
    from drafter.ui.main_window import MainWindow

REFERENCES_DELAY_MS = 800  # the references are found again this long after the last edit


class DraftingTools(QObject):
    """Builds its menu entries and its dock on the window; ``set_document`` and ``retranslate``
    are called by the window, the rest follows the window's signals."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        actions = window.menu_actions
        self.form_menu = actions.edit_menu.addMenu("")
        self.choice: RestateChoice | None = None
        self.package_action = QAction(self)
        actions.file_menu.insertAction(actions.act_properties_action, self.package_action)
        self.package_action.triggered.connect(window.files.edit_package)
        self.references = ReferencesPanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("references")
        self.dock.setWidget(self.references)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        actions.view_menu.addAction(self.dock.toggleViewAction())
        self.references.unit_activated.connect(self._on_references_unit_activated)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFERENCES_DELAY_MS)
        self.timer.timeout.connect(self._refresh_references)
        self.retranslate()
        self._show_form(None)

    def set_document(self, document: DraftDocument) -> None:
        """A draft was opened: follow its edits, and find its references now."""
        document.proposals_changed.connect(self._on_document_changed)
        document.acts_changed.connect(self._on_document_changed)
        self.package_action.setEnabled(not document.read_only)
        self._refresh_references()
        self._show_form(self.window.current)

    def retranslate(self) -> None:
        self.form_menu.setTitle(self.tr("&Form of the Amendment"))
        self._describe(
            self.form_menu.menuAction(),
            self.tr("Whether the bill restates the shown unit or amends it by patches"),
        )
        self.package_action.setText(self.tr("Bill &Package…"))
        self._describe(
            self.package_action,
            self.tr(
                "Edit the initiator, the entry into force and the texts of the explanatory "
                "note and the financial justification"
            ),
        )
        self.dock.setWindowTitle(self.tr("References to Changed Units"))
        self._describe(
            self.dock.toggleViewAction(),
            self.tr("Show the units of the project's acts that cite what the draft changes"),
        )
        self.references.retranslate()
        self._show_form(self.window.current)

    @staticmethod
    def _describe(action: QAction, text: str) -> None:
        """What the action does, as its tooltip and status tip (the tooltips keep status tips)."""
        action.setToolTip(text)
        action.setStatusTip(text)

    def show_unit(self, key: tuple[str, str] | None) -> None:
        """The window shows ``key`` (or nothing)."""
        self._show_form(key)

    def _on_document_changed(self, *_args: object) -> None:
        self.timer.start()
        if self.choice is not None:
            self.choice.refresh()

    def _show_form(self, key: tuple[str, str] | None) -> None:
        """The «Form of the Amendment» submenu for the unit shown (disabled without one)."""
        self.form_menu.clear()
        if self.choice is not None:
            self.choice.deleteLater()
            self.choice = None
        document = self.window.document
        if document is None or key is None or document.proposed_unit(*key) is None:
            self.form_menu.setEnabled(False)
            return
        self.form_menu.setEnabled(True)
        name = self.window.reviews.describe(*key, cited=True)
        self.choice = RestateChoice(document, key[0], key[1], name, self)
        self.form_menu.addActions(self.choice.actions())
        self.choice.changed.connect(self._on_choice_changed)
        self.choice.failed.connect(self._on_choice_failed)

    def _on_choice_changed(self, *_args: object) -> None:
        self.window.instructions_timer.start()  # the bill and the article's instructions

    def _on_choice_failed(self, text: str) -> None:
        self.window.show_error(self.tr("Form of the Amendment"), text)

    def _refresh_references(self) -> None:
        document = self.window.document
        if document is None:
            self.references.show_references([])
            self.window.tree.tree_model.set_reference_marks({})
            return
        self.references.refresh(document.acts, document.draft)
        self.window.tree.tree_model.set_reference_marks(self.references.marked_articles())
        # Shown by itself when a reference must be amended; the View menu shows it any time.
        amend = any(x["verdict"] == "amend" for x in self.references.items)
        if amend and not self.dock.isVisible():
            self.dock.show()
            self.window.resizeDocks([self.dock], [180], Qt.Orientation.Vertical)

    def _on_references_unit_activated(self, slug: str, address: str) -> None:
        self.window.select_unit(slug, address.split("/")[0])
