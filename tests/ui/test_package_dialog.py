"""The package dialog on its own (initiator, entry into force, the note's texts) and the act
properties dialog asking for a name the bill cannot decline."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox

from drafter.core import commencement as cm
from drafter.core import model as m
from drafter.core.styles import render_bill
from drafter.ui.dialogs import ActPropertiesDialog
from drafter.ui.package_dialog import PackageDialog


def ok(dialog: PackageDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_shows_the_drafts_texts_and_gives_them_back_edited(qtbot):
    draft = m.Draft(initiator="Вносится Правительством Российской Федерации",
                    commencement=cm.AFTER_DAYS, commencement_value="10",
                    subject="Предмет.", reasons="", finance="")  # fmt: skip
    dialog = PackageDialog(draft)
    qtbot.addWidget(dialog)
    assert dialog.kind_combo.currentData() == cm.AFTER_DAYS
    assert dialog.value_edit.text() == "10" and ok(dialog).isEnabled()
    dialog.reasons_edit.setPlainText("  Причины.  ")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(cm.ON_DATE))
    assert not ok(dialog).isEnabled()  # «10» is not a date
    assert not dialog.problem_label.isHidden()
    dialog.value_edit.setText("2027-01-01")
    assert ok(dialog).isEnabled() and dialog.problem_label.isHidden()
    values = dialog.values()
    assert values == {
        "initiator": "Вносится Правительством Российской Федерации",
        "commencement": cm.ON_DATE,
        "commencement_value": "2027-01-01",
        "subject": "Предмет.",
        "reasons": "Причины.",
        "finance": "",
    }
    # the values are the draft's: the bill says what the dialog chose
    for key, value in values.items():
        setattr(draft, key, value)
    act = m.Act(slug="uk-rf", title="Уголовный кодекс Российской Федерации", sources=["СЗ РФ"])
    bill = render_bill(draft, [act], {"uk-rf": [m.Operation(m.REPEAL_UNIT, "uk-rf", "art:5")]})
    assert bill.articles[-1][1] == [
        "Настоящий Федеральный закон вступает в силу с 1 января 2027 года."
    ]
    assert bill.above[0] == "Вносится Правительством Российской Федерации"


def test_publication_needs_no_value_and_drops_a_stale_one(qtbot):
    dialog = PackageDialog(m.Draft(commencement=cm.ON_DATE, commencement_value="2027-01-01"))
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(cm.PUBLICATION))
    assert not dialog.value_edit.isEnabled() and ok(dialog).isEnabled()
    assert dialog.values()["commencement_value"] == ""


def test_act_properties_ask_for_a_name_in_capitals_until_it_is_filled(qtbot):
    act = m.Act(
        slug="koap", title="КОДЕКС РОССИЙСКОЙ ФЕДЕРАЦИИ ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ"
    )
    dialog = ActPropertiesDialog(act)
    qtbot.addWidget(dialog)
    assert not dialog.names_note.isHidden()
    name = "Кодекс Российской Федерации об административных правонарушениях"
    dialog.names["accusative"].setText(name)
    dialog.names["genitive"].setText(
        "Кодекса Российской Федерации об административных правонарушениях"
    )
    assert not dialog.names_note.isHidden()  # the prepositional is still missing
    dialog.names["prepositional"].setText(
        "Кодексе Российской Федерации об административных правонарушениях"
    )
    assert dialog.names_note.isHidden()
    declined = ActPropertiesDialog(m.Act(slug="uk", title="Уголовный кодекс Российской Федерации"))
    qtbot.addWidget(declined)
    assert declined.names_note.isHidden()
