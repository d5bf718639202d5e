"""Starting the desktop app: QApplication, translations, settings, the first window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from drafter.services import lifecycle
from drafter.ui import i18n
from drafter.ui.settings import language

ORGANIZATION = "Drafter"
APPLICATION = "Drafter"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once with Drafter's names and icon."""
    app = QApplication.instance()
    if app is None:
        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APPLICATION)
        app = QApplication(argv if argv is not None else [sys.argv[0]])
        app.setDesktopFileName("drafter")
        icon = app_icon()
        if not icon.isNull():
            app.setWindowIcon(icon)
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    """The application icon: the SVG when Qt can draw it, the PNG renderings besides."""
    from drafter.ui.resources import resource_path

    icon = QIcon()
    for name in ("drafter.svg", "drafter-256.png", "drafter-48.png"):
        path = resource_path("icons", name)
        if path is not None:
            icon.addFile(str(path))
    return icon


def create_window(project: Path | None = None, *, demo: bool = False):
    """A main window on ``project`` (or a fresh copy of the sample draft), shown."""
    from drafter.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    if demo:
        window.open_demo()
    elif project is not None:
        window.open_project(Path(project))
    else:
        window.open_last_or_welcome()
    return window


def _no_display() -> bool:
    """On Linux without X11, Wayland or a chosen Qt platform, Qt would abort: say it instead."""
    return (
        sys.platform.startswith("linux")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
        and not os.environ.get("QT_QPA_PLATFORM")
    )


def run_app(project: Path | None, *, demo: bool = False) -> int:
    """Open the desktop app (on ``project``, or on a copy of the sample draft) until it closes."""
    if QApplication.instance() is None and _no_display():
        print(
            "drafter: no display to open the app on (DISPLAY is not set); run it in a desktop "
            "session, or use the command line (drafter --help)",
            file=sys.stderr,
        )
        return 1
    app = ensure_application()
    i18n.install(app, language() or None)
    lifecycle.start()  # a killed export's temporary folder goes, wherever it was written
    window = create_window(project, demo=demo)
    if os.environ.get("DRAFTER_REPORT_READY") == "1":
        # Reported once the event loop has painted the window: the test of a real X server waits
        # for this line.
        def report() -> None:
            title = window.windowTitle().replace("[*]", "")
            print(f"drafter: ready: {title}", file=sys.stderr, flush=True)

        QTimer.singleShot(0, report)
    screenshot = os.environ.get("DRAFTER_SCREENSHOT")
    if screenshot:
        # "<act slug> <address>", e.g. "uk-rf art:322.1": the article shown in the screenshot.
        slug, _, address = os.environ.get("DRAFTER_SCREENSHOT_UNIT", "").partition(" ")
        if slug and address:
            QTimer.singleShot(0, lambda: window.select_unit(slug, address))

        # For the README: the real window, grabbed once the outputs are generated, then quit.
        def grab() -> None:
            from PySide6.QtCore import Qt
            from PySide6.QtGui import QImage

            image = window.grab().toImage()
            # A palette image keeps the README's screenshots small (text and flat colours).
            image = image.convertToFormat(
                QImage.Format.Format_Indexed8, Qt.ImageConversionFlag.ThresholdDither
            )
            image.save(screenshot)
            print(f"drafter: screenshot: {screenshot}", file=sys.stderr, flush=True)
            window.close()

        QTimer.singleShot(int(os.environ.get("DRAFTER_SCREENSHOT_DELAY_MS", "2500")), grab)
    restore = _end_on_termination(app)
    try:
        return app.exec()
    finally:
        # Background work (the bill, an export) finishes before the interpreter goes away.
        QThreadPool.globalInstance().waitForDone(30000)
        window.deleteLater()
        restore()
        lifecycle.clean_up()


def _end_on_termination(app: QApplication) -> Callable[[], None]:
    """SIGTERM closes the windows as the user would (the project saved, its lock released)."""

    def stop(_signum: int) -> None:
        app.closeAllWindows()
        app.quit()

    restore = lifecycle.on_termination(stop)
    # Python runs a signal handler only between its own instructions: a tick lets it run.
    tick = QTimer(app)
    tick.timeout.connect(lambda: None)
    tick.start(200)
    return restore


def show_error(parent, title: str, message: str) -> None:
    """A modal error box (the one place the app reports a failure to the user)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent
    )
    box.exec()
