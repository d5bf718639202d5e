"""Where a bundle goes: a chosen folder, or a new folder named «<draft>-YYYY-MM-DD» in it;
replacing an earlier bundle asks first; «Open Folder» afterwards."""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QWidget,
)

from drafter.ui.dialogs import lay_out
from drafter.ui.jobs import Job
from drafter.ui.messages import os_reason

translate = QCoreApplication.translate
MANIFEST = "manifest.json"  # the mark of a bundle folder (services/export.py writes it)


def bundle_name(stem: str, day: date | None = None) -> str:
    """The new folder offered for a bundle: the draft's name and the day."""
    return f"{stem}-{(day or date.today()).isoformat()}"


class ExportFolderDialog(QDialog):
    """The folder to export into, and (checked by default) the name of a new folder in it."""

    def __init__(self, parent: QWidget, folder: Path, name: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportFolder", "Export Bundle"))
        self.folder_edit = QLineEdit(str(folder))
        browse = QPushButton(translate("ExportFolder", "Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        folder_row = QWidget()
        folder_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.new_check = QCheckBox(translate("ExportFolder", "Into a new folder named"))
        self.new_check.setChecked(True)
        self.name_edit = QLineEdit(name)
        self.new_check.toggled.connect(self.name_edit.setEnabled)
        name_row = QWidget()
        names = QHBoxLayout(name_row)
        names.setContentsMargins(0, 0, 0, 0)
        names.addWidget(self.new_check)
        names.addWidget(self.name_edit, 1)
        lay_out(self, [(translate("ExportFolder", "Folder:"), folder_row), ("", name_row)])
        self.resize(560, 140)

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ExportFolder", "Export Bundle To"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def target(self) -> Path:
        """The bundle's folder as chosen (a typed folder that does not exist is created)."""
        folder = Path(self.folder_edit.text().strip()).expanduser()
        name = self.name_edit.text().strip()
        return folder / name if self.new_check.isChecked() and name else folder


class ExportTarget(QObject):
    """Where the bundle goes, and the earlier bundle it replaces, set aside until the export
    ends: removed when the new bundle is there, put back when it is not (failed, cancelled)."""

    def __init__(self, window: QWidget, path: Path, replacing: bool = False) -> None:
        super().__init__(window)
        self.path = path
        self.aside: Path | None = None
        if replacing:
            self.aside = path.with_name(f".{path.name}.earlier-{os.getpid()}")
            if self.aside.exists():
                shutil.rmtree(self.aside)
            os.replace(path, self.aside)
        self._job: Job | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._on_timer_timeout)

    def follow(self, job: Job | None) -> None:
        """Settle the earlier bundle once ``job`` (the export; None: it never started) ends."""
        self._job = job
        if job is None or job.finished:
            self.settle()
        else:
            self._timer.start()

    def _on_timer_timeout(self) -> None:
        if self._job is None or self._job.finished:
            self._timer.stop()
            self.settle()

    def settle(self) -> None:
        aside, self.aside = self.aside, None
        self.deleteLater()
        if aside is None or not aside.exists():
            return
        if (self.path / MANIFEST).is_file():
            shutil.rmtree(aside, ignore_errors=True)
        elif not self.path.exists():
            os.replace(aside, self.path)


def choose_target(window: QMainWindow, folder: Path, stem: str) -> ExportTarget | None:
    """Ask where the bundle goes; an earlier bundle there is replaced only when the drafter
    says so; None when the export is not to happen."""
    dialog = ExportFolderDialog(window, folder, bundle_name(stem))
    if not dialog.exec():
        return None
    target = dialog.target()
    if not target.parent.is_dir():  # a new folder typed in the folder field
        try:
            target.parent.mkdir(parents=True)
        except OSError as exc:
            _refuse(window, f"{target.parent}: {os_reason(exc)}")
            return None
    if target.is_dir() and any(target.iterdir()):
        return ExportTarget(window, target, True) if replace_earlier(window, target) else None
    return ExportTarget(window, target)


def _refuse(window: QWidget, text: str) -> None:
    QMessageBox(
        QMessageBox.Icon.Warning,
        translate("ExportFolder", "Cannot export"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    ).exec()


def replace_earlier(window: QWidget, target: Path) -> bool:
    """A folder holding an earlier bundle: replace it when the drafter agrees; any other full
    folder is refused with a sentence (the earlier bundle goes once the new one is written)."""
    if not (target / MANIFEST).is_file():
        text = translate(
            "ExportFolder",
            "%1 already holds other files; choose an empty folder or a new folder name.",
        )
        _refuse(window, text.replace("%1", str(target)))
        return False
    buttons = QMessageBox.StandardButton
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("ExportFolder", "Replace the bundle?"))
    question = translate("ExportFolder", "%1 already holds a bundle. Replace it with this export?")
    box.setText(question.replace("%1", str(target)))
    box.setStandardButtons(buttons.Yes | buttons.No)
    box.setDefaultButton(buttons.No)
    return box.exec() == buttons.Yes


def offer_open_folder(window: QMainWindow, folder: Path) -> QPushButton:
    """An «Open Folder» button in the status bar for the bundle just written."""
    button = window.findChild(QPushButton, "openExportFolderButton")
    if not isinstance(button, QPushButton):
        button = QPushButton(window)
        button.setObjectName("openExportFolderButton")
        button.setFlat(True)
        button.clicked.connect(lambda: open_folder(Path(button.toolTip())))
        window.statusBar().addPermanentWidget(button)
    button.setText(translate("ExportFolder", "Open Folder"))
    button.setToolTip(str(folder))
    button.show()
    return button


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
