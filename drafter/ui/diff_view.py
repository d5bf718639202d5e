"""The selected article side by side: current wording and proposed wording, with word highlights."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from drafter.ui.changed_words import Pair, change_pairs, change_ranges, reverted

DELETED_COLOR = QColor("#c62828")
INSERTED_COLOR = QColor("#1b5e20")


def _deleted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    fmt.setForeground(DELETED_COLOR)
    fmt.setBackground(QColor("#fdecea"))
    return fmt


def _inserted_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontUnderline(True)
    fmt.setUnderlineColor(INSERTED_COLOR)
    fmt.setForeground(INSERTED_COLOR)
    fmt.setBackground(QColor("#e8f5e9"))
    return fmt


def matching_position(source: str, position: int, target: str) -> int:
    """The place in ``target`` that corresponds to ``position`` in ``source``.

    Found by the words just before it (the longest tail of up to 80 characters that occurs in
    ``target``), else proportionally.
    """
    size = 80
    while size >= 8:
        anchor = source[max(0, position - size) : position]
        found = target.find(anchor) if anchor.strip() else -1
        if found >= 0 and target.count(anchor) == 1:
            return found + len(anchor)
        size //= 2
    return round(position * len(target) / max(1, len(source)))


class RangeHighlighter(QSyntaxHighlighter):
    """Paints given character ranges of a document with one format."""

    def __init__(self, document: QTextDocument, fmt: QTextCharFormat) -> None:
        super().__init__(document)
        self._format = fmt
        self._starts: list[int] = []
        self._ranges: list[tuple[int, int]] = []

    def set_ranges(self, ranges: list[tuple[int, int]]) -> None:
        if ranges == self._ranges:
            return
        old = self._ranges
        self._ranges = ranges
        self._starts = [a for a, _ in ranges]
        self._rehighlight_changed(old, ranges)

    def ranges(self) -> list[tuple[int, int]]:
        return list(self._ranges)

    def _rehighlight_changed(self, old: list[tuple[int, int]], new: list[tuple[int, int]]) -> None:
        # Only the blocks whose ranges differ are repainted: typing in a long article stays fast.
        doc = self.document()
        changed = set(old).symmetric_difference(new)
        if not changed:
            return
        blocks = set()
        for a, b in changed:
            block = doc.findBlock(a)
            last = doc.findBlock(max(a, b - 1))
            while block.isValid():
                blocks.add(block.blockNumber())
                if block == last or block.blockNumber() >= last.blockNumber():
                    break
                block = block.next()
        for number in sorted(blocks):
            block = doc.findBlockByNumber(number)
            if block.isValid():
                self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        if not self._ranges:
            return
        start = self.currentBlock().position()
        end = start + len(text)
        k = max(0, bisect_right(self._starts, start) - 1)
        while k < len(self._ranges):
            a, b = self._ranges[k]
            if a >= end:
                break
            if b > start:
                lo, hi = max(a, start), min(b, end)
                if hi > lo:
                    self.setFormat(lo - start, hi - lo, self._format)
            k += 1


class ProposedEdit(QPlainTextEdit):
    """The proposed-wording editor: leaves Undo/Redo keys to the draft's QUndoStack actions."""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and _is_undo_redo(event):
            event.ignore()  # not the editor's: the window's Undo/Redo shortcuts fire
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _is_undo_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)


def _is_undo_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    )


class SideBySide(QWidget):
    """Current wording (read-only) | proposed wording (editable), scrolled together."""

    proposed_edited = Signal(str)  # the whole proposed text after each keystroke
    change_reverted = Signal(str)  # the proposed text with one change put back (one undo step)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont("DejaVu Serif")
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(10)
        self.current_label = QLabel()
        self.proposed_label = QLabel()
        self.current_edit = QPlainTextEdit()
        self.current_edit.setReadOnly(True)
        self.current_edit.setObjectName("current_edit")
        # It looks read-only: the window's grey behind the text and no caret (text can be copied).
        palette = self.current_edit.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.current_edit.setPalette(palette)
        self.current_edit.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.proposed_edit = ProposedEdit()
        self.proposed_edit.setObjectName("proposed_edit")
        # One history for the whole draft: the editor's own undo is off (the QUndoStack rules).
        self.proposed_edit.setUndoRedoEnabled(False)
        self._retranslate()
        for edit in (self.current_edit, self.proposed_edit):
            edit.setFont(font)
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("color: #c62828;")
        self.problem_label.hide()
        self.deleted_highlighter = RangeHighlighter(self.current_edit.document(), _deleted_format())
        self.inserted_highlighter = RangeHighlighter(
            self.proposed_edit.document(), _inserted_format()
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.current_label)
        left_layout.addWidget(self.current_edit)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.proposed_label)
        right_layout.addWidget(self.proposed_edit)
        right_layout.addWidget(self.problem_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._loading = False
        self._syncing = False
        self._current_text = ""
        self.proposed_edit.textChanged.connect(self._on_proposed_edit_text_changed)
        self.proposed_edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.proposed_edit.customContextMenuRequested.connect(self._on_proposed_context_menu)
        self.current_edit.verticalScrollBar().valueChanged.connect(
            self._on_current_scroll_value_changed
        )
        self.proposed_edit.verticalScrollBar().valueChanged.connect(
            self._on_proposed_scroll_value_changed
        )

    def _retranslate(self) -> None:
        self.current_label.setText(self.tr("Current wording"))
        self.proposed_label.setText(self.tr("Proposed wording"))
        # Shown only while the current wording is empty: a unit the draft adds.
        self.current_edit.setPlaceholderText(
            self.tr("Not in the act yet: the draft adds this unit.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    # --- content ------------------------------------------------------------------------------
    def show_texts(self, current: str, proposed: str, *, editable: bool) -> None:
        """Load an article: its current and proposed wordings."""
        self._loading = True
        try:
            self._current_text = current
            self.current_edit.setPlainText(current)
            self.proposed_edit.setPlainText(proposed)
            self.proposed_edit.setReadOnly(not editable)
        finally:
            self._loading = False
        self.refresh_highlights()
        self.show_first_change()

    def show_first_change(self) -> None:
        """Scroll both sides to the first changed words (the top when nothing changed)."""
        inserted = self.inserted_highlighter.ranges()
        deleted = self.deleted_highlighter.ranges()
        current_text = self.current_edit.toPlainText()
        proposed_text = self.proposed_edit.toPlainText()
        current_at = deleted[0][0] if deleted else None
        proposed_at = inserted[0][0] if inserted else None
        # Words only added (or only removed): the other side shows the same place.
        if current_at is None and proposed_at is not None:
            current_at = matching_position(proposed_text, proposed_at, current_text)
        elif proposed_at is None and current_at is not None:
            proposed_at = matching_position(current_text, current_at, proposed_text)
        changed = current_at is not None
        for edit, position in ((self.current_edit, current_at), (self.proposed_edit, proposed_at)):
            cursor = edit.textCursor()
            cursor.setPosition(min(position or 0, len(edit.toPlainText())))
            edit.setTextCursor(cursor)
        self._syncing = True
        try:
            for edit in (self.current_edit, self.proposed_edit):
                edit.verticalScrollBar().setValue(0)
                if changed:
                    edit.centerCursor()
        finally:
            self._syncing = False

    def set_proposed_text(self, text: str, cursor_at: int | None = None) -> None:
        """Replace the proposed text (undo/redo) without reporting it as an edit."""
        if text == self.proposed_edit.toPlainText():
            return
        self._loading = True
        try:
            self.proposed_edit.setPlainText(text)
            if cursor_at is not None:
                cursor = self.proposed_edit.textCursor()
                cursor.setPosition(max(0, min(cursor_at, len(text))))
                self.proposed_edit.setTextCursor(cursor)
                self.proposed_edit.ensureCursorVisible()
        finally:
            self._loading = False
        self.refresh_highlights()

    def proposed_text(self) -> str:
        return self.proposed_edit.toPlainText()

    def refresh_highlights(self) -> None:
        deleted, inserted = change_ranges(self._current_text, self.proposed_edit.toPlainText())
        # Repainting blocks makes the document report a change: that is not the drafter typing.
        was_loading, self._loading = self._loading, True
        try:
            self.deleted_highlighter.set_ranges(deleted)
            self.inserted_highlighter.set_ranges(inserted)
        finally:
            self._loading = was_loading

    # --- one change at a time: F7 / Shift+F7, «Revert this change» ---------------------------
    def changes(self) -> list[Pair]:
        """The changes shown: (current start, current end, proposed start, proposed end)."""
        return change_pairs(self._current_text, self.proposed_edit.toPlainText())

    def change_at(self, position: int) -> Pair | None:
        """The change under ``position`` of the proposed text (a deletion: at its place)."""
        for pair in self.changes():
            if pair[2] <= position <= pair[3] and (pair[3] > pair[2] or pair[1] > pair[0]):
                return pair
        return None

    def show_change(self, pair: Pair) -> None:
        """Select a change on both sides and bring it to the middle of the panes."""
        self._syncing = True
        try:
            for edit, start, end in (
                (self.current_edit, pair[0], pair[1]),
                (self.proposed_edit, pair[2], pair[3]),
            ):
                cursor = edit.textCursor()
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                edit.setTextCursor(cursor)
                edit.centerCursor()
        finally:
            self._syncing = False

    def revert_change(self, pair: Pair) -> None:
        """Put one change back as the current wording has it (the window records one step)."""
        if self.proposed_edit.isReadOnly():
            return
        self.change_reverted.emit(reverted(self._current_text, self.proposed_text(), pair))

    def context_menu(self, pos: QPoint) -> QMenu:
        """The proposed pane's menu: the usual editing, and «Revert this change» on a change."""
        menu = self.proposed_edit.createStandardContextMenu(pos)
        pair = self.change_at(self.proposed_edit.cursorForPosition(pos).position())
        if pair is not None and not self.proposed_edit.isReadOnly():
            first = menu.actions()[0]  # Qt's menu always has its Undo / Copy items
            action = QAction(QCoreApplication.translate("SideBySide", "Revert This Change"), menu)
            action.setToolTip(
                QCoreApplication.translate(
                    "SideBySide", "Put these words back as the current wording has them"
                )
            )
            action.triggered.connect(lambda: self.revert_change(pair))
            menu.insertAction(first, action)
            menu.insertSeparator(first)
        return menu

    def _on_proposed_context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.proposed_edit.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def show_problem(self, message: str) -> None:
        self.problem_label.setText(message)
        self.problem_label.setVisible(bool(message))

    # --- slots --------------------------------------------------------------------------------
    def _on_proposed_edit_text_changed(self) -> None:
        if self._loading:
            return
        self.refresh_highlights()
        self.proposed_edited.emit(self.proposed_edit.toPlainText())

    def _on_current_scroll_value_changed(self, value: int) -> None:
        self._sync_scroll(self.current_edit, self.proposed_edit)

    def _on_proposed_scroll_value_changed(self, value: int) -> None:
        self._sync_scroll(self.proposed_edit, self.current_edit)

    def _sync_scroll(self, source: QPlainTextEdit, target: QPlainTextEdit) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            src, dst = source.verticalScrollBar(), target.verticalScrollBar()
            if src.maximum() > 0:
                dst.setValue(round(src.value() * dst.maximum() / src.maximum()))
        finally:
            self._syncing = False
