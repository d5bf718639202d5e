"""Drafting styles shown as the jurisdictions they follow («Россия», not «ru»)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
)

translate = QCoreApplication.translate


def jurisdiction(style: str) -> str:
    """The name of the jurisdiction whose drafting style ``style`` is."""
    names = {
        "ru": translate("Jurisdictions", "Russia"),
        "uk": translate("Jurisdictions", "United Kingdom"),
        "us": translate("Jurisdictions", "United States"),
    }
    return names.get(style, style)


class _Delegate(QStyledItemDelegate):
    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = jurisdiction(str(index.data() or ""))


class _Painter(QObject):
    """Paints the combo's current item as its jurisdiction; the item text stays the code."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QComboBox):
            painter = QStylePainter(watched)
            option = QStyleOptionComboBox()
            watched.initStyleOption(option)
            option.currentText = jurisdiction(watched.currentText())
            painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
            painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
            painter.end()
            return True
        if event.type() == QEvent.Type.LanguageChange and isinstance(watched, QComboBox):
            _fit(watched)
        return False


def _fit(combo: QComboBox) -> None:
    names = [jurisdiction(combo.itemText(i)) for i in range(combo.count())]
    combo.setMinimumContentsLength(max((len(name) for name in names), default=4))
    combo.updateGeometry()


def show_jurisdictions(combo: QComboBox) -> None:
    """``combo`` lists style codes: show them as jurisdictions (its texts stay the codes)."""
    combo.setItemDelegate(_Delegate(combo))
    painter = _Painter(combo)
    combo.installEventFilter(painter)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    _fit(combo)


def shown_text(combo: QComboBox) -> str:
    """What the user reads in ``combo``: the jurisdiction of its current style."""
    return jurisdiction(combo.currentText())
