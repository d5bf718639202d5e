"""Remarks as the drafter works with them: listing with filters, deciding, applying a wording."""

from __future__ import annotations

import shutil
from datetime import datetime

import pytest

from drafter.core import rounds as r
from drafter.core.draft import proposed_act
from drafter.io.project import Project
from drafter.services.remarks import RemarkError, list_remarks, resolve_remark
from tests.samples import round_1_path as sample_path

KEYS = [
    "id", "round", "agency", "act", "address", "kind", "severity", "quote", "text", "grounds",
    "grounds_kind", "proposed", "status", "resolution", "decided_by", "decided_at", "settled",
    "repeats", "link", "members", "unit_now", "removed_since",
]  # fmt: skip


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.drafter"
    shutil.copy(sample_path(), path)
    return path


def _text(path, address: str, field: str = "text") -> str:
    with Project.open(path, read_only=True) as project:
        act = proposed_act(project.act("uk-rf"), project.draft().for_act("uk-rf"))
        unit = act.find(address)
        assert unit is not None
        return getattr(unit, field)


def _state(path):
    with Project.open(path, read_only=True) as project:
        draft = project.draft()
        return (
            [(x.id, x.status, x.resolution, x.decided_by) for x in project.remarks()],
            {a.slug: sorted(a.proposals) for a in draft.acts},
            [str(p.unit) for a in draft.acts for p in a.proposals.values()],
            project.undo_entries(),
        )


def test_the_demo_lists_its_six_remarks_with_filters(demo):
    every = list_remarks(demo)
    assert len(every) == 6
    assert all(list(x) == KEYS for x in every)
    assert {x["agency"] for x in every} == {"Минюст России", "Генпрокуратура России"}
    assert all(x["status"] == "new" and x["resolution"] is None for x in every)
    assert all(x["decided_by"] is None and x["decided_at"] is None for x in every)
    assert all(x["settled"] is False and x["repeats"] is None for x in every)
    minjust = list_remarks(demo, agency="минюст  россии")
    assert [x["id"] for x in minjust] == [x["id"] for x in every if x["agency"] == "Минюст России"]
    assert list_remarks(demo, number=2) == []
    assert list_remarks(demo, number=1) == every
    edits = [x for x in every if x["kind"] == "edit"]
    assert edits and all(x["proposed"] and x["severity"] == "proposal" for x in edits)


def test_an_unknown_agency_is_one_sentence(demo):
    with pytest.raises(RemarkError, match="no agency «МЧС»"):
        list_remarks(demo, agency="МЧС")


@pytest.mark.parametrize("status", r.RESOLUTIONS)
def test_each_decision_is_recorded_with_who_and_when(demo, status, monkeypatch):
    monkeypatch.setenv("USER", "ivanova")
    comment = next(x for x in list_remarks(demo) if x["proposed"] is None)
    before = _state(demo)[1:]
    remark, changed = resolve_remark(demo, comment["id"], status, "Позиция разработчика")
    assert remark.status == status
    assert not changed
    (after,) = [x for x in list_remarks(demo) if x["id"] == comment["id"]]
    assert after["status"] == status
    assert after["resolution"] == "Позиция разработчика"
    assert after["decided_by"] == "ivanova"
    assert datetime.fromisoformat(after["decided_at"]).tzinfo is not None
    assert _state(demo)[1:] == before  # a comment brings no wording: the draft stays


def test_accepting_an_edit_applies_the_agency_wording_as_one_undoable_edit(demo):
    edit = next(x for x in list_remarks(demo) if x["address"] == "art:322.4/part:1")
    assert edit["quote"] in _text(demo, edit["address"], "closing")
    undo_before = _state(demo)[3]
    _remark, changed = resolve_remark(demo, edit["id"], "accepted", "Согласны")
    assert changed
    closing = _text(demo, edit["address"], "closing")
    assert edit["proposed"] in closing
    with Project.open(demo, read_only=True) as project:
        entries = project.undo_entries()
        assert len(entries) == len(undo_before) + 1
        assert entries[-1]["kind"] == "proposal" and entries[-1]["address"] == "art:322.4"
        assert project.settings_get("undo_index") == len(entries)


def test_keep_draft_records_the_decision_only(demo):
    edit = next(x for x in list_remarks(demo) if x["address"] == "art:322.1/part:2/pt:б")
    text = _text(demo, edit["address"])
    _remark, changed = resolve_remark(demo, edit["id"], "accepted", "Учтено", keep_draft=True)
    assert not changed
    assert _text(demo, edit["address"]) == text
    assert next(x for x in list_remarks(demo) if x["id"] == edit["id"])["status"] == "accepted"


def test_rejecting_an_edit_leaves_the_draft(demo):
    edit = next(x for x in list_remarks(demo) if x["address"] == "art:322.1/part:2/pt:б")
    text = _text(demo, edit["address"])
    resolve_remark(demo, edit["id"], "rejected", "Не согласны")
    assert _text(demo, edit["address"]) == text


def test_bad_decisions_are_one_sentence_and_change_nothing(demo):
    first = list_remarks(demo)[0]["id"]
    resolve_remark(demo, first, "rejected", "Не обосновано")
    state = _state(demo)
    with pytest.raises(RemarkError, match=f"Remark {first} is already decided"):
        resolve_remark(demo, first, "accepted", "Передумали")
    with pytest.raises(RemarkError, match="has no remark 999"):
        resolve_remark(demo, 999, "accepted", "x")
    with pytest.raises(RemarkError, match="reason"):
        resolve_remark(demo, first + 1, "accepted", "  ")
    assert _state(demo) == state


def test_a_remark_whose_unit_is_gone_is_refused_and_nothing_changes(demo):
    edit = next(x for x in list_remarks(demo) if x["address"] == "art:322.1/part:2/pt:б")
    with Project.open(demo) as project:
        act = proposed_act(project.act("uk-rf"), project.draft().for_act("uk-rf"))
        proposal = project.draft().for_act("uk-rf").proposals["art:322.1"]
        part = act.find("art:322.1/part:2")
        assert part is not None
        unit = proposal.unit.copy()
        for u in unit.walk():
            if u.address == "art:322.1/part:2":
                u.children = [c for c in u.children if c.address != edit["address"]]
        proposal.unit = unit
        project.set_proposal("uk-rf", proposal)
    state = _state(demo)
    with pytest.raises(RemarkError, match="no longer has"):
        resolve_remark(demo, edit["id"], "accepted", "Учтено")
    assert _state(demo) == state


def _remark(round_: int, id_: int, **kw) -> r.Remark:
    base = dict(agency="МВД России", kind="edit", act="uk-rf", address="art:1/part:1")
    base.update(kw)
    return r.Remark(round_, id=id_, **base)  # type: ignore[arg-type]


def test_a_later_remark_repeats_the_latest_outstanding_one():
    remarks = [
        _remark(1, 1, quote="слова", status="rejected"),
        _remark(2, 2, quote="слова"),
        _remark(3, 3, quote="другие", proposed="новые"),
        _remark(4, 4, quote="иные", proposed="новые"),
        _remark(4, 5, quote="слова", agency="Минюст России"),
        _remark(4, 6, quote="слова", address="art:1/part:2"),
    ]
    assert r.repeated(remarks) == {2: 1, 4: 3}


def test_settled_or_accepted_remarks_are_not_repeated():
    remarks = [
        _remark(1, 1, quote="слова", status="accepted"),
        _remark(1, 2, quote="слова", status="rejected", settled=True),
        _remark(2, 3, quote="слова"),
    ]
    assert r.repeated(remarks) == {}


def test_accepting_words_the_draft_no_longer_has_is_refused(demo):
    edit = next(x for x in list_remarks(demo) if x["address"] == "art:322.1/part:2/pt:б")
    with Project.open(demo) as project:
        proposal = project.draft().for_act("uk-rf").proposals["art:322.1"]
        unit = proposal.unit.copy()
        for u in unit.walk():
            if u.address == edit["address"]:
                u.text = "в целях уклонения от уголовной ответственности;"
        proposal.unit = unit
        project.set_proposal("uk-rf", proposal)
    state = _state(demo)
    with pytest.raises(RemarkError, match=f"«{edit['quote']}» are no longer in"):
        resolve_remark(demo, edit["id"], "accepted", "Учтено")
    assert _state(demo) == state
    resolve_remark(demo, edit["id"], "accepted", "Учтено", keep_draft=True)
    assert _text(demo, edit["address"]) == "в целях уклонения от уголовной ответственности;"
