"""The Help menu: about Drafter, the keyboard shortcuts, a first-draft guide, the tree's colours."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

import drafter
from drafter.core import model as m
from drafter.ui.unit_tree import BADGE_COLOR, OBJECTION_BADGE_COLOR, STATUS_COLORS, status_text

if TYPE_CHECKING:
    from drafter.ui.main_window import MainWindow

translate = QCoreApplication.translate


class HelpMenu(QObject):
    """The menu and its four dialogs (each opened window-modal, without blocking)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.menu = window.menuBar().addMenu("")
        self.guide_action = QAction(window)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.shortcuts_action = QAction(window)
        self.legend_action = QAction(window)
        self.about_action = QAction(window)
        self.menu.addActions([self.guide_action, self.shortcuts_action, self.legend_action])
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.dialog: QDialog | None = None  # the one shown last
        self.guide_action.triggered.connect(lambda: self.show(guide_html()))
        self.shortcuts_action.triggered.connect(lambda: self.show(shortcuts_html(window)))
        self.legend_action.triggered.connect(lambda: self.show(legend_html()))
        self.about_action.triggered.connect(lambda: self.show(about_html(window)))
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(translate("HelpMenu", "&Help"))
        texts = {
            self.guide_action: (
                translate("HelpMenu", "&Your First Draft"),
                translate("HelpMenu", "A short guide: import an act, amend it, export the bill"),
            ),
            self.shortcuts_action: (
                translate("HelpMenu", "&Keyboard Shortcuts"),
                translate("HelpMenu", "List every key combination of the window"),
            ),
            self.legend_action: (
                translate("HelpMenu", "Tree &Colours"),
                translate("HelpMenu", "What the colours and badges in the tree of units mean"),
            ),
            self.about_action: (
                translate("HelpMenu", "&About Drafter"),
                translate("HelpMenu", "Version, licence and where this draft's file is"),
            ),
        }
        for action, (text, tip) in texts.items():
            action.setText(text)
            action.setToolTip(tip)
            action.setStatusTip(tip)

    def show(self, page: tuple[str, str]) -> QDialog:
        """A dialog with ``page`` (title, HTML body), window-modal, closed by its button."""
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = text_dialog(self.window, *page)
        self.dialog.open()
        return self.dialog


def text_dialog(parent: QWidget, title: str, body: str) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    browser = QTextBrowser()
    browser.setOpenExternalLinks(True)
    browser.setHtml(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(560, 460 if len(body) > 1500 else 320)
    dialog.browser = browser  # type: ignore[attr-defined]  # tests and screenshots read it
    return dialog


def about_html(window: MainWindow) -> tuple[str, str]:
    document = window.document
    where = (
        html.escape(str(document.path))
        if document is not None and document.path is not None
        else html.escape(translate("HelpMenu", "No draft is open."))
    )
    body = (
        f"<h2>Drafter {html.escape(drafter.__version__)}</h2>"
        + "<p>"
        + html.escape(
            translate(
                "HelpMenu",
                "Drafts amendments to legislation: the amending law, the comparison table "
                "and the text with tracked changes, always in step with your edits.",
            )
        )
        + "</p><p>"
        + html.escape(translate("HelpMenu", "Licence: MIT. Free to use, copy and change."))
        + "</p><p><b>"
        + html.escape(translate("HelpMenu", "This draft's file:"))
        + f"</b><br>{where}</p>"
    )
    return translate("HelpMenu", "About Drafter"), body


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what it does, its keys) for every action of the window that has a shortcut."""
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for action in window.findChildren(QAction):
        keys = [s for s in action.shortcuts() if _typed(s)]
        text = action.text().replace("&", "").rstrip("…").strip()
        if not keys or not text or text in seen:
            continue
        seen.add(text)
        rows.append(
            (
                text,
                ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys),
            )
        )
    return sorted(rows, key=lambda row: row[0].lower())


def _typed(keys: QKeySequence) -> bool:
    """A combination typed on a keyboard («Ctrl+Z», «F7»), not a media key named «Undo»."""
    text = keys.toString(QKeySequence.SequenceFormat.PortableText)
    return bool(text) and ("+" in text[:-1] or (text[0] == "F" and text[1:].isdigit()))


def shortcuts_html(window: QWidget) -> tuple[str, str]:
    cells = "".join(
        f"<tr><td>{html.escape(text)}</td><td>&nbsp;&nbsp;<b>{html.escape(keys)}</b></td></tr>"
        for text, keys in shortcut_rows(window)
    )
    return translate("HelpMenu", "Keyboard Shortcuts"), f"<table cellpadding='3'>{cells}</table>"


def guide_html() -> tuple[str, str]:
    steps = [
        translate(
            "HelpMenu",
            "Create the draft: File → New Draft… and give it a file name. "
            "Drafter saves every change by itself.",
        ),
        translate(
            "HelpMenu",
            "Import the act you amend: File → Import Act… (Ctrl+I), a .docx or .txt file "
            "with its current wording, or drop the file on the window.",
        ),
        translate(
            "HelpMenu",
            "Find the article: type its number («322.1» or «ст. 322.1») or words in the "
            "filter above the tree and press Enter; Ctrl+F finds words in the texts.",
        ),
        translate(
            "HelpMenu",
            "Edit the proposed wording on the right; the current wording stays on the left. "
            "Changed words are highlighted and the amending instructions follow at once.",
        ),
        translate(
            "HelpMenu",
            "Repeal a unit, add one after it or restore its current wording from the Edit menu; "
            "F7 goes from change to change; right-click a change to revert it.",
        ),
        translate(
            "HelpMenu",
            "Export the bundle (File → Export Bundle…, Ctrl+E): the bill, the comparison table "
            "and the text with tracked changes.",
        ),
    ]
    items = "".join(f"<li>{html.escape(step)}</li>" for step in steps)
    return translate("HelpMenu", "Your First Draft"), f"<ol>{items}</ol>"


def legend_html() -> tuple[str, str]:
    def row(color: str, text: str, square: bool = True) -> str:
        mark = "■" if square else "●"
        return (
            f"<tr><td><span style='color:{color}; font-size:large'>{mark}</span></td>"
            f"<td style='color:{color}'>{html.escape(text)}</td></tr>"
        )

    rows = [row(STATUS_COLORS[s].name(), status_text(s)) for s in (m.CHANGED, m.ADDED, m.REPEALED)]
    rows.append(
        row(
            BADGE_COLOR.name(),
            translate("HelpMenu", "Open remarks of the agencies (a count)"),
            False,
        )
    )
    rows.append(
        row(OBJECTION_BADGE_COLOR.name(), translate("HelpMenu", "An agency objects"), False)
    )
    rows.append(
        "<tr><td>■</td><td>"
        + html.escape(translate("HelpMenu", "Black: the draft does not touch the unit"))
        + "</td></tr>"
    )
    return translate("HelpMenu", "Tree Colours"), f"<table cellpadding='3'>{''.join(rows)}</table>"


__all__ = ["HelpMenu"]
