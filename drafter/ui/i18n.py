"""The interface language: a QTranslator from resources/i18n, chosen in settings or by locale."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from drafter.ui.resources import resource_path

LANGUAGES = {"en": "English", "ru": "Русский"}
_installed: list[QTranslator] = []

# Qt's own Russian catalogue (qtbase_ru.qm, shipped with PySide6-Essentials) leaves «OK» in Latin
# letters and predates Qt 6's file dialog in places (two labels, the Type column's words);
# Drafter's catalogue, asked before Qt's, has them.
QT_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "%1 File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
)


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Load the translation for ``language`` (default: the system locale) and Qt's own for its
    dialogs («Перейти к:», «Типы файлов:»); returns the language's code."""
    language = language if language in LANGUAGES else system_language()
    # Qt's widgets (a calendar's months, a file's date) follow the interface language too.
    QLocale.setDefault(QLocale(language))
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != "en":
        # The translator installed last is asked first: Qt's, then Drafter's.
        qt_translator = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_translator.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
        directory = resource_path("i18n")
        translator = QTranslator(app)
        if directory is not None and translator.load(f"drafter_{language}", str(directory)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
