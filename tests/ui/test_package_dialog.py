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


def test_the_window_saves_the_package_texts_and_undo_takes_them_back(qtbot, window, monkeypatch):
    """Through ``DraftFiles.edit_package`` (the menu action is wired by the lead)."""
    from PySide6.QtWidgets import QDialog

    def fake_exec(dialog):
        dialog.initiator_edit.setText("Вносится Правительством Российской Федерации")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(cm.AFTER_DAYS))
        dialog.value_edit.setText("90")
        dialog.subject_edit.setPlainText("Миграционный учет.")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PackageDialog, "exec", fake_exec)
    window.files.edit_package()
    draft = window.document.draft
    assert (draft.initiator, draft.commencement, draft.commencement_value, draft.subject) == (
        "Вносится Правительством Российской Федерации",
        cm.AFTER_DAYS,
        "90",
        "Миграционный учет.",
    )
    window.document.flush()
    from drafter.io.project import Project

    with Project.open(window.document.path, read_only=True) as saved:
        kept = saved.draft()
    assert (kept.commencement_value, kept.subject) == ("90", "Миграционный учет.")
    window.undo_stack.undo()
    assert window.document.draft.subject == "" and window.document.draft.commencement == ""


def test_a_lead_in_list_pasted_into_the_sources_gives_one_source_a_line(qtbot):
    sz = "Собрание законодательства Российской Федерации"
    dialog = ActPropertiesDialog(m.Act(slug="uk", title="Уголовный кодекс Российской Федерации"))
    qtbot.addWidget(dialog)
    dialog.sources_edit.setPlainText(
        f"({sz}, 1996, № 25, ст. 2954; 2003, № 50, ст. 4848; 2011, № 1, ст. 24, 54)"
    )
    assert dialog.edited_act().sources == [
        f"{sz}, 1996, № 25, ст. 2954",
        f"{sz}, 2003, № 50, ст. 4848",
        f"{sz}, 2011, № 1, ст. 24",
        f"{sz}, 2011, № 1, ст. 54",
    ]
