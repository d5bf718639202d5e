"""Remarks as the drafter edits them: grounds, kind, severity, wording; decisions changed and
taken back; settled; items grouped into one remark; "repeats" links set by hand — on copies of
the sample project (round 1: six remarks of two agencies), stored in the real SQLite file."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.core import rounds as r
from drafter.errors import DrafterError
from drafter.io.project import Project
from drafter.services import remarks as svc
from drafter.services.rounds import export_round, letter_remark

# The sample draft as sent in round 1 with its six remarks filed, none decided yet (kept at
# schema 2, so each test also goes through the migration to the current schema).
ROUND_1 = (
    Path(__file__).resolve().parents[2] / "tests" / "data" / "projects" / "demo-schema-2.drafter"
)

MINJUST, GENPROK = "Минюст России", "Генпрокуратура России"
UNIT = "art:322.1/part:1"  # remark 2 (Минюст России) is on it


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.drafter"
    shutil.copyfile(ROUND_1, path)
    Project.open(path).close()  # brought to the current schema once (a backup beside it)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _listed(path: Path, **kw) -> dict[int, dict]:
    return {x["id"]: x for x in svc.list_remarks(path, **kw)}


def _letter(project: Project, text: str, **kw) -> r.Remark:
    kw.setdefault("address", UNIT)
    return letter_remark(project, MINJUST, kw.pop("number", 1), act="uk-rf", text=text, **kw)


def test_grounds_kind_severity_and_wording_are_edited_and_kept(demo):
    with Project.open(demo) as project:
        svc.edit_remark(
            project, 2, grounds="Статья 18.8 КоАП РФ", grounds_kind="conflict",
            severity="objection", text="Противоречит КоАП РФ.",
        )  # fmt: skip
        edited = svc.edit_remark(project, 3, proposed=None)
    assert edited.proposed is None
    listed = _listed(demo)
    assert listed[2]["grounds"] == "Статья 18.8 КоАП РФ"
    assert listed[2]["grounds_kind"] == "conflict"
    assert listed[2]["severity"] == "objection"
    assert listed[2]["text"] == "Противоречит КоАП РФ."
    assert listed[3]["proposed"] is None and listed[3]["severity"] == "remark"
    with Project.open(demo) as project:
        svc.edit_remark(project, 2, severity="")  # back to the guess
        assert svc.edit_remark(project, 2).grounds == "Статья 18.8 КоАП РФ"  # nothing given
    assert _listed(demo)[2]["severity"] == "remark"


def test_the_severity_is_guessed_until_set(demo):
    listed = _listed(demo)
    assert listed[3]["severity"] == listed[5]["severity"] == "proposal"  # they bring a wording
    assert listed[1]["severity"] == "remark"  # Минюст agreed with remarks
    assert listed[4]["severity"] == listed[6]["severity"] == "objection"  # Генпрокуратура objected


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"grounds_kind": "mood"}, "'mood' is not a kind of grounds: write one of conflict, "
         "budget, competence, drafting, policy, other."),
        ({"severity": "fatal"}, "'fatal' is not a severity: write one of objection, remark, "
         "proposal, editorial."),
    ],
)  # fmt: skip
def test_a_bad_kind_or_severity_is_one_sentence_and_changes_nothing(demo, change, expected):
    before = _digest(demo)
    with Project.open(demo) as project, pytest.raises(svc.RemarkError) as info:
        svc.edit_remark(project, 2, grounds="основание", **change)
    assert str(info.value) == expected
    assert _digest(demo) == before


def test_a_decision_is_changed_only_on_purpose_and_can_be_taken_back(demo):
    with Project.open(demo) as project:
        svc.resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
        with pytest.raises(svc.RemarkError, match=r"^Remark 2 is already decided \(rejected, by"):
            svc.resolve(project, 2, "accepted", "Учтено")
        remark, changed = svc.resolve(project, 2, "partly", "Учтено частично.", change=True,
                                      settled=True)  # fmt: skip
        assert (remark.status, remark.settled, changed) == ("partly", True, False)
    assert _listed(demo)[2]["resolution"] == "Учтено частично."
    with Project.open(demo) as project:
        back = svc.undecide(project, 2)
        assert (back.status, back.resolution, back.decided_by) == ("new", "", "")
        assert back.settled is False
        with pytest.raises(svc.RemarkError, match=r"^Remark 2 is not decided yet\.$"):
            svc.undecide(project, 2)
    assert _listed(demo, open_only=True)[2]["status"] == "new"


def test_settled_needs_a_decision_and_takes_the_remark_out_of_dispute(demo):
    with Project.open(demo) as project:
        with pytest.raises(svc.RemarkError, match="not decided yet; decide it before"):
            svc.set_settled(project, 4, True)
        svc.resolve(project, 4, "rejected", "Позиция сохранена.")
        assert svc.set_settled(project, 4, True).outstanding is False
        assert svc.set_settled(project, 4, False).outstanding is True


def test_items_of_one_agency_on_one_unit_are_grouped_into_one_remark(demo):
    with Project.open(demo) as project:
        extra = _letter(project, "Письмом дополнительно сообщаем о противоречии.")
        before = svc.remarks_json(project)
        head = svc.group_remarks(project, [2, extra.id])
        assert head.id == 2
    listed = _listed(demo)
    assert extra.id not in listed  # shown as part of remark 2
    assert listed[2]["members"] == [extra.id]
    assert listed[2]["text"].endswith("\nПисьмом дополнительно сообщаем о противоречии.")
    with Project.open(demo) as project:
        with pytest.raises(svc.RemarkError, match=f"^Remark {extra.id} is grouped into remark 2"):
            svc.resolve(project, extra.id, "rejected", "Нет")
        svc.resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
        member = next(x for x in project.remarks() if x.id == extra.id)
        assert (member.status, member.group) == ("rejected", 2)  # decided with its group
        svc.ungroup(project, 2)
        svc.undecide(project, 2)
        svc.undecide(project, extra.id)
        assert svc.remarks_json(project) == before


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        ([2], "Give at least two remarks to group."),
        ([2, 1], "Remarks 2 and 1 are not of the same agency, round and unit, so they cannot be "
         "grouped."),
        ([2, 4], "Remarks 2 and 4 are not of the same agency, round and unit, so they cannot be "
         "grouped."),
        ([2, 99], "demo.drafter has no remark 99."),
    ],
)  # fmt: skip
def test_grouping_across_agencies_or_units_is_refused(demo, ids, expected):
    before = _digest(demo)
    with Project.open(demo) as project, pytest.raises(svc.RemarkError) as info:
        svc.group_remarks(project, ids)
    assert str(info.value) == expected
    assert _digest(demo) == before


def test_a_repeated_remark_is_linked_and_can_be_relinked_by_hand(demo, tmp_path):
    export_round(demo, tmp_path / "r2", "next", export_date=date(2027, 1, 15))
    with Project.open(demo) as project:
        quote = next(x for x in project.remarks() if x.id == 2).quote
        again = _letter(project, "Замечание не учтено.", number=2, quote=quote)
    assert _listed(demo)[again.id]["repeats"] == 2
    assert _listed(demo)[again.id]["link"] == "auto"
    with Project.open(demo) as project:
        svc.link_remark(project, again.id, None)
    assert (_listed(demo)[again.id]["repeats"], _listed(demo)[again.id]["link"]) == (None, "none")
    with Project.open(demo) as project:
        svc.link_remark(project, again.id, 4)
        with pytest.raises(svc.RemarkError, match="cannot repeat it"):
            svc.link_remark(project, 4, again.id)
    assert (_listed(demo)[again.id]["repeats"], _listed(demo)[again.id]["link"]) == (4, "hand")
    with Project.open(demo) as project:
        svc.unlink_auto(project, again.id)
    assert (_listed(demo)[again.id]["repeats"], _listed(demo)[again.id]["link"]) == (2, "auto")


def test_a_read_only_project_refuses_every_change(demo):
    before = _digest(demo)
    with Project.open(demo, read_only=True) as project:
        for call in (
            lambda: svc.edit_remark(project, 2, grounds="x"),
            lambda: svc.undecide(project, 2),
            lambda: svc.set_settled(project, 2, True),
            lambda: svc.link_remark(project, 2, None),
            lambda: svc.group_remarks(project, [2, 3]),
            lambda: svc.resolve(project, 2, "rejected", "Нет"),
        ):
            with pytest.raises(DrafterError, match="open read-only"):
                call()
    assert _digest(demo) == before


def test_the_remarks_are_filtered_by_unit_and_by_open(demo):
    with Project.open(demo) as project:
        svc.resolve(project, 4, "rejected", "Позиция сохранена.")
    assert sorted(_listed(demo, unit="art:322.1/part:2")) == [3, 4]  # the unit and inside it
    assert sorted(_listed(demo, unit="art:322.1/part:2", open_only=True)) == [3]


EDITS = st.lists(
    st.tuples(
        st.sampled_from([1, 2, 3, 4, 5, 6]),
        st.text(alphabet="абв ,.Ё1", max_size=12),
        st.sampled_from(["", *r.GROUNDS_KINDS]),
        st.sampled_from(["", *r.SEVERITIES]),
    ),
    max_size=6,
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(edits=EDITS)
def test_edits_read_back_from_the_file_as_made(demo, edits):
    with Project.open(demo) as project:
        made = {
            rid: svc.edit_remark(project, rid, grounds=g, grounds_kind=k, severity=s)
            for rid, g, k, s in edits
        }
    with Project.open(demo, read_only=True) as project:
        stored = {x.id: x for x in project.remarks()}
    for rid, remark in made.items():
        assert stored[rid] == remark
        assert stored[rid].grounds == remark.grounds.strip()


def test_a_remark_on_an_act_that_left_the_project_says_so(demo, tmp_path):
    import docx

    from drafter.services.disagreements import write_document

    with Project.open(demo) as project:
        svc.resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
        project.remove_act("uk-rf")
        before = project.remarks()
        with pytest.raises(svc.RemarkError) as info:
            svc.resolve(project, 3, "accepted", "Учтено")
        assert str(info.value) == (
            "Remark 3 is on uk-rf, which is no longer in the project; decide it with --keep-draft."
        )
        assert project.remarks() == before
        svc.resolve(project, 3, "accepted", "Учтено", keep_draft=True)
    out = tmp_path / "table.docx"
    write_document(demo, out, kind="table")
    (row,) = [[c.text for c in x.cells] for x in docx.Document(str(out)).tables[0].rows][1:]
    assert row[1] == "art:322.1/part:1 акта «uk-rf», исключённого из проекта"


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    # A letter's remark has words (a blank one is refused: test_rounds covers that).
    texts=st.lists(
        st.text(alphabet="абв ", min_size=1, max_size=8).filter(str.strip), min_size=1, max_size=3
    ),
    decided=st.booleans(),
)
def test_grouping_then_ungrouping_gives_the_list_back(demo, texts, decided):
    path = demo.with_name(f"example-{len(list(demo.parent.iterdir()))}.drafter")
    shutil.copyfile(demo, path)  # a fresh copy for each example
    with Project.open(path) as project:
        extra = [_letter(project, t).id for t in texts]
        if decided:
            svc.resolve(project, 2, "rejected", "Позиция сохранена.")
        before = svc.remarks_json(project)
        svc.group_remarks(project, [2, *extra])
        grouped = svc.remarks_json(project)
        assert len(grouped) == len(before) - len(extra)
        assert next(x for x in grouped if x["id"] == 2)["members"] == extra
        svc.ungroup(project, 2)
        after = svc.remarks_json(project)
    if decided:  # the items keep the decision they took with the group
        assert [x["status"] for x in after if x["id"] in extra] == ["rejected"] * len(extra)
        after = [x for x in after if x["id"] not in extra]
        before = [x for x in before if x["id"] not in extra]
    assert after == before
