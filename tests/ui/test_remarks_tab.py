"""The Remarks tab on a draft with round 1 answered by two agencies (four remarks by letter, one
on an article the draft adds): deciding, applying an agency's wording with the window's undo,
F8 / Shift+F8, red badges, the tree's filters, a remark whose unit is gone, Russian."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTranslator
from PySide6.QtWidgets import QApplication, QInputDialog

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.textlayout import parse_unit_text
from drafter.io.project import Project
from drafter.services.rounds import export_round, letter_remark, record_answer
from drafter.ui import i18n
from drafter.ui.tree_panel import row_key
from drafter.ui.unit_tree import OBJECTION_ROLE, REMARKS_ROLE

from .helpers import make_project

UK = "uk-rf"
MINJUST, GENPROK = "Минюст России", "Генпрокуратура России"
ARTICLE_322_4 = (
    "Статья 322.4. Незаконное оказание услуг иностранным гражданам\n"
    "1. Незаконное оказание услуг по пребыванию иностранных граждан -\n"
    "наказывается штрафом до ста тысяч рублей либо лишением свободы на срок до трех лет.\n"
    "2. То же деяние, совершенное организованной группой, -\n"
    "наказывается лишением свободы на срок до пяти лет."
)
REMARKS = [  # agency, unit, text, quote, proposed wording
    (MINJUST, "art:322/part:1", "Изменение не обосновано в пояснительной записке.", "", None),
    (
        MINJUST,
        "art:322.1/part:2/pt:б",
        "Предлагаем уточнить признак.",
        "совершения преступления",
        "совершения тяжкого или особо тяжкого преступления",
    ),
    (GENPROK, "art:322.1/part:2", "Повышение нижнего предела наказания не обосновано.", "", None),
    (GENPROK, "art:322.4/part:2", "Охватывается частью второй статьи 322.1 УК РФ.", "", None),
]


def build_draft(path: Path) -> Path:
    """Articles 322–322.3 of the Criminal Code and an added 322.4, sent in round 1 to two
    agencies; their remarks by letter; Минюст answered with remarks, Генпрокуратура objects."""
    make_project(path)
    with Project.open(path) as project:
        unit = parse_unit_text(ARTICLE_322_4, m.ARTICLE, get_profile("ru-code"))
        project.set_proposal(UK, m.Proposal(unit.address, m.ADDED, unit, after="art:322.3"))
    sent = path.parent / "round-1"
    export_round(path, sent, "next", to=f"{MINJUST},{GENPROK}", export_date=date(2026, 11, 23))
    with Project.open(path) as project:
        for agency, address, text, quote, proposed in REMARKS:
            letter_remark(
                project, agency, 1, act=UK, address=address, text=text, quote=quote,
                proposed=proposed,
            )  # fmt: skip
    record_answer(path, MINJUST, 1, "remarks", letter="08-156734/26", answer_date="2026-11-26")
    record_answer(path, GENPROK, 1, "objections", letter="36-11-2026", answer_date="2026-11-30")
    return path


@pytest.fixture
def demo_path(tmp_path) -> Path:
    return build_draft(tmp_path / "rounds.drafter")


@pytest.fixture
def demo(make_window, demo_path):
    window = make_window(demo_path)
    window.show()
    return window


def stored(path: Path) -> dict:
    """The remarks as the project file holds them, by id (read after the window closed)."""
    with Project.open(path, read_only=True) as project:
        return {x.id: x for x in project.remarks()}


def actions(window):
    return window.reviews.remark_actions


def choose(window, remark_id: int):
    """Go to a remark as the drafter would: F8 until it is selected."""
    for _ in range(20):
        if window.reviews.remark_actions.tab.selected_id() == remark_id:
            return window.reviews.remark_actions.tab
        window.menu_actions.next_remark_action.trigger()
    raise AssertionError(f"F8 never reached remark {remark_id}")


def find_remark(path: Path, **fields) -> int:
    """The id of the one remark of the sample with these fields."""
    found = [
        x.id
        for x in stored(path).values()
        if all(getattr(x, key) == value for key, value in fields.items())
    ]
    assert len(found) == 1, found
    return found[0]


def test_a_decision_taken_in_the_tab_is_in_the_project_file(demo, demo_path, qtbot):
    target = find_remark(demo_path, agency=GENPROK, address="art:322.1/part:2")
    tab = choose(demo, target)
    assert demo.outputs.tabs.currentWidget() is tab
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("rejected"))
    reason = "Нижний предел соответствует санкции части второй статьи 322 УК РФ."
    tab.reason_edit.setPlainText(reason)
    qtbot.mouseClick(tab.resolve_button, Qt.MouseButton.LeftButton)
    # Decided: no longer among the open remarks listed; the status bar counts one fewer.
    assert target not in [row.remark.id for row in tab.shown_rows()]
    assert "3 open remarks" in actions(demo).summary_label.text()
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    assert tab.select(target)
    assert "not accepted" in tab.details.toPlainText()
    assert tab.resolve_button.text() == "Change Decision"
    demo.close()
    remark = stored(demo_path)[target]
    assert (remark.status, remark.resolution) == ("rejected", reason)
    assert remark.decided_at


def test_a_decision_changed_and_undone(demo, demo_path, qtbot):
    target = find_remark(demo_path, address="art:322/part:1")
    tab = choose(demo, target)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("partly"))
    tab.reason_edit.setPlainText("Учтено в части разграничения составов.")
    tab.resolve_button.click()
    assert tab.select(target) and tab.selected_row().remark.status == "partly"
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("withdrawn"))
    tab.reason_edit.setPlainText("Снято на согласительном совещании.")
    tab.resolve_button.click()
    assert tab.selected_row().remark.status == "withdrawn"
    tab.settled_check.click()
    assert tab.selected_row().remark.settled
    tab.undecide_button.click()
    assert tab.selected_row().remark.status == "new"
    demo.close()
    assert stored(demo_path)[target].status == "new"


def test_grounds_and_severity_edited_are_stored(demo, demo_path):
    target = find_remark(demo_path, address="art:322/part:1")
    tab = choose(demo, target)
    tab.severity_combo.setCurrentIndex(tab.severity_combo.findData("editorial"))
    tab.grounds_kind_combo.setCurrentIndex(tab.grounds_kind_combo.findData("drafting"))
    tab.grounds_edit.setPlainText("Пункт 12 Методических рекомендаций по юридико-технике")
    tab.save_button.click()
    assert tab.selected_row().remark.grounds_kind == "drafting"
    assert "drafting point" in tab.details.toPlainText()
    demo.close()
    remark = stored(demo_path)[target]
    assert (remark.severity, remark.grounds_kind) == ("editorial", "drafting")
    assert remark.grounds.startswith("Пункт 12")


def test_the_agencys_wording_applied_is_undone_with_ctrl_z_and_redone_with_ctrl_y(
    demo, demo_path, qtbot
):
    target = find_remark(demo_path, address="art:322.1/part:2/pt:б")
    remark = stored(demo_path)[target]
    tab = choose(demo, target)
    before = demo.document.proposed_text(UK, "art:322.1")
    assert remark.quote in before and remark.proposed not in before
    assert tab.apply_button.isEnabled()
    tab.apply_button.click()
    after = demo.document.proposed_text(UK, "art:322.1")
    assert remark.proposed in after
    assert demo.editors.side_by_side.proposed_edit.toPlainText() == after
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("all"))
    assert tab.select(target) and tab.selected_row().remark.status == "accepted"
    demo.activateWindow()
    qtbot.keyClick(
        demo.editors.side_by_side.proposed_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
    )
    assert demo.document.proposed_text(UK, "art:322.1") == before
    qtbot.keyClick(
        demo.editors.side_by_side.proposed_edit, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier
    )
    assert demo.document.proposed_text(UK, "art:322.1") == after
    demo.close()
    assert stored(demo_path)[target].status == "accepted"
    with Project.open(demo_path, read_only=True) as project:
        unit = project.draft().for_act(UK).proposals["art:322.1"].unit
    assert remark.proposed in "\n".join(u.text for u in unit.walk())


def tree_order(window) -> list[tuple[str, str]]:
    """Every unit of the tree, top to bottom."""
    return [row_key(index) for index in window.tree.rows()]


def test_f8_walks_the_open_remarks_in_the_drafts_order_and_shift_f8_back(demo, demo_path, qtbot):
    remarks = stored(demo_path).values()
    order = tree_order(demo)
    expected = [
        x.id for x in sorted(remarks, key=lambda x: (order.index((x.act, x.address)), x.id))
    ]
    tab = actions(demo).tab
    walked = []
    editor = demo.editors.side_by_side.proposed_edit  # the keys pressed where the drafter types
    demo.activateWindow()
    for _ in expected:
        qtbot.keyClick(editor, Qt.Key.Key_F8)
        walked.append(tab.selected_id())
        remark = tab.selected_row().remark
        assert demo.current == (remark.act, remark.address.split("/")[0])  # its unit is shown
        assert demo.tree.chosen is None or row_key(demo.tree.unit_tree.currentIndex()) == (
            remark.act,
            remark.address,
        )
    assert walked == expected
    back = []
    for _ in expected[:-1]:
        qtbot.keyClick(editor, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
        back.append(tab.selected_id())
    assert back == expected[-2::-1]
    # A remark decided leaves the open ones: F8 goes on from where it was, not from the top.
    demo.menu_actions.next_remark_action.trigger()
    assert tab.selected_id() == expected[1]
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("rejected"))
    tab.reason_edit.setPlainText("Не учтено: состав разграничен примечанием.")
    tab.resolve_button.click()
    assert tab.selected_id() is None
    demo.menu_actions.next_remark_action.trigger()
    assert tab.selected_id() == expected[2]
    demo.menu_actions.previous_remark_action.trigger()
    assert tab.selected_id() == expected[0]
    assert demo.menu_actions.next_remark_action.shortcut().toString() == "F8"
    assert demo.menu_actions.previous_remark_action.shortcut().toString() == "Shift+F8"


def badge(window, address: str) -> tuple[int, bool]:
    item = window.tree.tree_model.top_item(UK, address)
    return item.data(REMARKS_ROLE) or 0, bool(item.data(OBJECTION_ROLE))


def test_the_badge_is_red_while_an_agency_objects(demo, demo_path):
    # Генпрокуратура answered round 1 with objections: its open remark makes 322.1 red;
    # Минюст agreed with remarks: 322 (only its remark) stays orange.
    assert badge(demo, "art:322.1") == (2, True)
    assert badge(demo, "art:322") == (1, False)
    note = find_remark(demo_path, address="art:322/part:1")
    tab = choose(demo, note)
    tab.severity_combo.setCurrentIndex(tab.severity_combo.findData("objection"))
    tab.save_button.click()
    assert badge(demo, "art:322") == (1, True)
    objecting = find_remark(demo_path, agency=GENPROK, address="art:322.1/part:2")
    tab = choose(demo, objecting)
    # A comment without a wording from an agency that objects: an objection, shown in red.
    assert tab.remark_list.currentItem().text(2) == "objection"
    assert tab.remark_list.currentItem().foreground(0).color().name() == "#c62828"
    tab.decision_combo.setCurrentIndex(tab.decision_combo.findData("accepted"))
    tab.reason_edit.setPlainText("Учтено.")
    tab.resolve_button.click()
    assert badge(demo, "art:322.1") == (1, False)
    # The badge is drawn red: pixels of the objection colour on 322's row.
    tree = demo.tree.unit_tree
    item = demo.tree.tree_model.top_item(UK, "art:322")
    rect = tree.visualRect(demo.tree.filter_model.mapFromSource(item.index()))
    image = tree.viewport().grab(rect).toImage()
    reds = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).name() == "#c62828"
    ]
    assert reds


def shown_tops(window) -> set[tuple[str, str]]:
    return {
        row_key(index)
        for index in window.tree.rows()
        if index.data(REMARKS_ROLE) is not None and row_key(index)[1]
    }


def test_the_tree_filters_hide_units_without_open_remarks_or_changes(demo, demo_path, qtbot):
    everything = shown_tops(demo)
    demo.tree.remarks_filter.setChecked(True)
    with_remarks = shown_tops(demo)
    addresses = {x.address.split("/")[0] for x in stored(demo_path).values()}
    assert with_remarks == {(UK, a) for a in addresses}
    assert with_remarks < everything
    demo.tree.remarks_filter.setChecked(False)
    assert shown_tops(demo) == everything
    combo = demo.tree.changed_filter
    assert combo.isVisibleTo(demo) and combo.findData(1) > 0
    # Nothing edited since round 1 was sent; then the agency's wording on 322.1.
    combo.setCurrentIndex(combo.findData(1))
    assert shown_tops(demo) == set()
    combo.setCurrentIndex(0)
    choose(demo, find_remark(demo_path, address="art:322.1/part:2/pt:б")).apply_button.click()
    combo.setCurrentIndex(combo.findData(1))
    assert shown_tops(demo) == {(UK, "art:322.1")}


def test_a_remark_whose_unit_is_gone_is_shown_under_the_act(demo, demo_path, qtbot):
    # Article 322.4 is added by the draft; the drafter drops it: its remarks stay, under the act.
    on_added = {x.id for x in stored(demo_path).values() if x.address.startswith("art:322.4")}
    assert demo.select_unit(UK, "art:322.4")
    demo.menu_actions.repeal_action.trigger()  # an added unit: removed
    assert demo.document.proposed_unit(UK, "art:322.4") is None
    tab = actions(demo).tab
    ids = []
    for _ in range(10):
        demo.menu_actions.next_remark_action.trigger()
        if tab.selected_id() in on_added:
            break
    assert tab.selected_id() in on_added
    assert row_key(demo.tree.unit_tree.currentIndex()) == (UK, "")  # the act's row
    assert {row.remark.id for row in tab.shown_rows() if row.gone} == on_added
    row = tab.selected_row()
    assert row.gone == "The unit is no longer in the draft."
    assert row.gone in tab.details.toPlainText()
    assert not tab.apply_button.isEnabled()
    del ids


def test_a_remark_linked_to_nothing_and_back_to_auto(demo, demo_path, monkeypatch):
    target = find_remark(demo_path, address="art:322/part:1")
    tab = choose(demo, target)
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    tab.link_button.click()
    assert offered == ["Repeats no earlier remark"]  # round 1 has nothing earlier
    assert tab.selected_row().remark.link == "none"
    assert tab.unlink_button.isEnabled()
    tab.unlink_button.click()
    assert tab.selected_row().remark.link == "auto"


def test_the_status_bar_summary_in_english(demo):
    assert actions(demo).summary_label.text() == "Round 1: 2 of 2 answers, 4 open remarks"


# --- Russian: the branch's words (resources/i18n/incoming) until the lead merges them -------
INCOMING = (
    Path(__file__).resolve().parents[2] / "resources" / "i18n" / "incoming" / "i11-remarks-ui.tsv"
)
MODULES = ["remark_actions", "remarks_tab", "remark_words"]  # the tab's own context
CALLS = ("translate", "QT_TRANSLATE_NOOP")


def incoming() -> dict[str, str]:
    """The branch's words not yet merged ({} once the lead has merged them into the catalogue)."""
    if not INCOMING.is_file():
        return {}
    lines = INCOMING.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines if line.strip())


class IncomingTranslator(QTranslator):
    """The committed catalogue, with this branch's words for its new strings."""

    def __init__(self, words: dict[str, str]) -> None:
        super().__init__()
        self.words = words

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.words.get(source)  # None: not ours, the next catalogue answers


@pytest.fixture
def russian():
    app = QApplication.instance()
    extra = IncomingTranslator(incoming())
    i18n.install(app, "ru")
    app.installTranslator(extra)
    yield
    app.removeTranslator(extra)
    i18n.install(app, "en")


def test_every_word_of_the_remark_work_has_its_russian():
    import ast

    import drafter.ui as ui

    folder = Path(ui.__file__).parent
    words = incoming()
    catalogue = QTranslator()
    assert catalogue.load("drafter_ru", str(folder.parents[1] / "resources" / "i18n"))
    missing = []
    for name in MODULES:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in CALLS:
                texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
                text = texts[-1] if texts else None
                context = texts[0] if len(texts) > 1 else ""
                if isinstance(text, str) and text not in words:
                    if not (isinstance(context, str) and catalogue.translate(context, text)):
                        missing.append(text)
    assert missing == []


def test_the_tab_and_the_status_bar_in_russian(demo, demo_path, russian, qtbot):
    label = actions(demo).summary_label
    qtbot.waitUntil(lambda: label.text().startswith("Этап"), timeout=5000)
    assert label.text() == "Этап 1: ответов 2 из 2, открытых замечаний 4"
    tab = choose(demo, find_remark(demo_path, address="art:322/part:1"))
    tabs = demo.outputs.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Замечания (1)"
    assert tab.reason_label.text() == "Позиция разработчика:"
    assert tab.apply_button.text() == "Принять редакцию ведомства"
    assert tab.remark_list.topLevelItem(0).text(3) == "не рассмотрено"
    assert demo.tree.remarks_filter.text() == "С открытыми замечаниями"


def test_a_wording_whose_words_are_gone_is_refused_in_one_sentence(demo, demo_path, message_boxes):
    target = find_remark(demo_path, address="art:322.1/part:2/pt:б")
    remark = stored(demo_path)[target]
    tab = choose(demo, target)
    # The drafter rewrote the quoted words meanwhile (typed, not yet saved).
    text = demo.document.proposed_text(UK, "art:322.1").replace(remark.quote, "совершения деяния")
    demo.document.set_unit_text(UK, "art:322.1", text, now=True)
    steps = demo.undo_stack.count()
    tab.apply_button.click()
    [(title, message)] = message_boxes
    assert title == "Cannot apply the agency's wording"
    assert f"«{remark.quote}»" in message and "no longer" in message
    assert demo.document.proposed_text(UK, "art:322.1") == text  # nothing changed
    assert demo.undo_stack.count() == steps
    assert tab.selected_row().remark.status == "new"
    demo.close()
    assert stored(demo_path)[target].status == "new"


def test_a_remark_of_round_2_is_linked_by_hand_to_the_one_it_repeats(
    make_window, demo_path, monkeypatch
):
    earlier = find_remark(demo_path, agency=GENPROK, address="art:322.1/part:2")
    export_round(demo_path, demo_path.parent / "round-2", "next", export_date=date(2026, 12, 2))
    with Project.open(demo_path) as project:
        again = letter_remark(
            project, GENPROK, 2, act=UK, address="art:322.1/part:2",
            text="Позиция прежняя: повышение наказания не обосновано.",
        ).id  # fmt: skip
    window = make_window(demo_path)
    tab = choose(window, again)
    assert tab.selected_row().repeats is None  # other words, no quote: not found by itself
    offered = []

    def pick(parent, title, label, items, current, editable):
        offered.extend(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    tab.link_button.click()
    assert len(offered) == 2 and offered[1].startswith(f"Round 1, remark {earlier}: ")
    row = tab.selected_row()
    assert (row.repeats, row.remark.link) == (earlier, "hand")
    assert f"Repeats remark {earlier}" in tab.details.toPlainText()
    window.close()
    assert stored(demo_path)[again].repeats == earlier


def test_two_items_of_one_agency_on_one_unit_grouped_into_one_remark_and_back(
    make_window, demo_path, monkeypatch
):
    head = find_remark(demo_path, address="art:322/part:1")
    with Project.open(demo_path) as project:
        item = letter_remark(
            project, MINJUST, 1, act=UK, address="art:322/part:1",
            text="Также следует уточнить размер штрафа.",
        ).id  # fmt: skip
    window = make_window(demo_path)
    label = actions(window).summary_label
    assert label.text().endswith("5 open remarks")
    tab = choose(window, head)
    assert not tab.ungroup_button.isEnabled()
    offered = []

    def pick(parent, title, text, items, current, editable):
        offered.extend(items)
        return items[current], True

    monkeypatch.setattr(QInputDialog, "getItem", pick)
    tab.group_button.click()
    assert len(offered) == 1 and offered[0].startswith(f"Round 1, remark {item}: ")
    # One remark now: listed and counted once, both texts in it.
    assert [row.remark.id for row in tab.shown_rows()] == [head]
    assert "размер штрафа" in tab.details.toPlainText()
    assert label.text().endswith("4 open remarks")
    assert badge(window, "art:322") == (1, False)
    tab.ungroup_button.click()
    assert [row.remark.id for row in tab.shown_rows()] == [head, item]
    assert label.text().endswith("5 open remarks")
