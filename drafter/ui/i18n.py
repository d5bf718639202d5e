"""The interface language: a QTranslator from resources/i18n, chosen in settings or by locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from drafter.ui.resources import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translation for ``language`` (default: the system locale); returns its code."""
    language = language if language in LANGUAGES else system_language()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        directory = resource_path("i18n")
        translator = QTranslator(app)
        if directory is not None and translator.load(f"drafter_{language}", str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
        qt_translator = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    return language
