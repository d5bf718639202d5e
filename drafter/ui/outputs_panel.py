"""The right panel: tabs with this article's instructions, the whole bill and the redline."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from drafter.errors import DrafterError
from drafter.ui.jobs import Job, JobContext
from drafter.ui.messages import error_text, tr_message
from drafter.ui.outputs import article_instructions, bill_text, draft_snapshot, redline_html

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument

translate = QCoreApplication.translate  # the window's words keep the window's context


class OutputsPanel(QWidget):
    """What the draft makes of the shown article and of the whole act, kept up to date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article_text = QPlainTextEdit()
        self.article_text.setReadOnly(True)
        self.bill_text = QPlainTextEdit()
        self.bill_text.setReadOnly(True)
        self.redline = QTextBrowser()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.article_text, "")
        self.tabs.addTab(self.bill_text, "")
        self.tabs.addTab(self.redline, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 4, 4)
        layout.addWidget(self.tabs)
        self._bill_generation = 0

    def retranslate(self) -> None:
        self.tabs.setTabText(0, translate("MainWindow", "This article"))
        self.tabs.setTabText(1, translate("MainWindow", "Whole bill"))
        self.tabs.setTabText(2, translate("MainWindow", "Redline"))

    def redline_shown(self) -> bool:
        return self.tabs.currentWidget() is self.redline

    def show_article(
        self, document: DraftDocument | None, key: tuple[str, str] | None, style: str
    ) -> None:
        """The instructions for the shown article in ``style``."""
        if document is None or key is None:
            self.article_text.clear()
            return
        try:
            text = article_instructions(document, *key, style)
        except Exception as exc:  # the engine cannot plan this text (yet): say so, keep going
            text = translate("MainWindow", "No instructions for this text: %1").replace(
                "%1", tr_message(exc) if isinstance(exc, DrafterError) else str(exc)
            )
        self.article_text.setPlainText(
            text or translate("MainWindow", "No changes in this article.")
        )

    def start_bill(self, document: DraftDocument | None) -> Job | None:
        """Regenerate the whole bill off the UI thread; only the latest result is shown."""
        if document is None:
            self.bill_text.clear()
            return None
        self._bill_generation += 1
        generation = self._bill_generation
        snapshot = draft_snapshot(document.draft)
        acts = list(document.acts)

        def work(context: JobContext) -> str:
            return bill_text(snapshot, acts)

        return (
            Job(self, work)
            .success(lambda text: self._show_bill(generation, text))
            .failure(lambda exc: self._show_bill_failure(generation, exc))
            .run_in_background()
        )

    def _show_bill(self, generation: int, text: str) -> None:
        if generation == self._bill_generation:
            self.bill_text.setPlainText(
                text or translate("MainWindow", "The draft makes no changes yet.")
            )

    def _show_bill_failure(self, generation: int, exc: Exception) -> None:
        if generation == self._bill_generation:
            self.bill_text.setPlainText(
                translate("MainWindow", "The bill cannot be generated: %1").replace(
                    "%1", error_text(exc)
                )
            )

    def show_redline(self, document: DraftDocument | None, slug: str | None) -> None:
        """The changed units of act ``slug`` (the shown one, or the first) as a redline."""
        if document is None:
            self.redline.clear()
            return
        if slug is None and document.acts:
            slug = document.acts[0].slug
        self.redline.setHtml(redline_html(document, slug) if slug else "")
