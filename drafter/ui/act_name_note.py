"""The note in act properties asking for the name forms the bill cannot decline from the title."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QLabel, QWidget

from drafter.core import model as m
from drafter.core.styles.ru_frame import name_forms


class ActNameNote(QLabel):
    """Shown while a Russian act's name lacks a case the bill's title and lead-in need."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setText(
            self.tr(
                "The bill cannot decline this act's name from its title: fill in the name in "
                "the genitive, accusative and prepositional (the bill prints a marked place "
                "until then)."
            )
        )

    def show_for(self, act: m.Act, names: m.NameForms) -> None:
        """Hidden when ``act`` with the name forms ``names`` (as typed) can be named."""
        self.setHidden(act.language != "ru" or name_forms(replace(act, names=names)) is not None)
