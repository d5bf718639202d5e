"""The main window: acts and units on the left, the article side by side, instructions on the right."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from drafter.errors import DrafterError
from drafter.ui.document import DraftDocument
from drafter.ui.settings import add_recent_file, recent_files
from drafter.ui.unit_tree import UnitFilterModel, UnitTreeModel


class MainWindow(QMainWindow):
    """One window per open draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: DraftDocument | None = None
        self._build_widgets()
        self._update_title()

    # --- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.tree_model = UnitTreeModel(self)
        self.filter_model = UnitFilterModel(self)
        self.filter_model.setSourceModel(self.tree_model)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter by number or words"))
        self.filter_edit.setClearButtonEnabled(True)
        self.unit_tree = QTreeView()
        self.unit_tree.setModel(self.filter_model)
        self.unit_tree.setHeaderHidden(True)
        self.unit_tree.setUniformRowHeights(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter_edit)
        left_layout.addWidget(self.unit_tree)
        self.placeholder = QLabel(self.tr("Select an article in the tree to edit it."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.placeholder)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.resize(1280, 800)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)

    # --- opening ------------------------------------------------------------------------------
    def open_project(self, path: Path) -> bool:
        """Open the draft at ``path``; on failure say why and keep the open draft untouched."""
        try:
            document = DraftDocument.open(path, self)
        except ImportError:
            self._error(
                self.tr("Cannot open a draft"),
                self.tr("Project files are not available in this build."),
            )
            return False
        except (DrafterError, OSError) as exc:
            self._error(self.tr("Cannot open a draft"), str(exc))
            return False
        self._set_document(document)
        add_recent_file(path)
        return True

    def open_demo(self) -> bool:
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
        if self.document is not None:
            self.document.close()
            self.document.deleteLater()
        self.document = document
        self.tree_model.set_acts(document.acts, document.draft)
        self.unit_tree.expandToDepth(0)
        self._update_title()

    def _update_title(self) -> None:
        title = self.document.title if self.document else self.tr("No draft")
        self.setWindowTitle(f"{title}[*] — Drafter")

    def _error(self, title: str, message: str) -> None:
        QMessageBox(
            QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, self
        ).exec()

    # --- slots --------------------------------------------------------------------------------
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.filter_model.set_needle(text)
        if text:
            self.unit_tree.expandAll()

    def closeEvent(self, event) -> None:
        if self.document is not None:
            self.document.close()
        super().closeEvent(event)
