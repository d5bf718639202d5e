"""`drafter demo` opens with an approval round under way: round 1 sent to two agencies, their files
(returned through LibreOffice) filed as remarks on units, their answers recorded."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.io.project import Project
from drafter.io.project_schema import SCHEMA_VERSION
from drafter.services import projects
from drafter.services.review import open_remark_counts
from drafter.ui.unit_tree import REMARKS_ROLE

AGENCIES = ["Минюст России", "Генпрокуратура России"]
# The repository's sample (an editable install may map drafter.resources to another checkout).
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "demo.drafter"


def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="module")
def filed():
    """What the sample holds, read with the project layer (not the app): round 1, its remarks
    (those of round 2 too), the badges' counts, and the returned files' bytes."""
    with Project.open(sample_path(), read_only=True) as project:
        returned = {
            x.returned_file: project.returned_file_bytes(x.returned_file) for x in project.remarks()
        }
        return project.round(1), project.remarks(), open_remark_counts(project), returned


@pytest.fixture
def demo(make_window, message_boxes, monkeypatch):
    monkeypatch.setattr(projects, "sample_path", sample_path)
    window = make_window(None, demo=True)
    assert message_boxes == []
    return window


def test_the_sample_is_at_the_current_schema_so_the_demo_copy_is_not_migrated(demo):
    with sqlite3.connect(f"{sample_path().as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    folder = demo.document.path.parent
    assert [p.name for p in folder.iterdir() if p.suffix == ".bak"] == []  # no migration backup
    assert demo.document.path.read_bytes()[:16] == b"SQLite format 3\x00"
    with sqlite3.connect(f"{demo.document.path.as_uri()}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_round_1_went_to_two_agencies_whose_files_libreoffice_returned(filed):
    sent, everything, _counts, files = filed
    remarks = [x for x in everything if x.round == 1]
    returned = {x.returned_file: files[x.returned_file] for x in remarks}
    assert [x.agency for x in sent.recipients] == AGENCIES
    assert [(x.status, bool(x.letter), bool(x.answer_date)) for x in sent.recipients] == [
        ("remarks", True, True),
        ("objections", True, True),
    ]
    assert {x.agency for x in remarks} == set(AGENCIES)
    assert {x.kind for x in remarks} == {"edit", "comment"}
    assert all(x.address and x.placement != "unplaced" for x in remarks)
    assert len(returned) == 2  # one returned file per agency, its bytes kept in the project
    for data in returned.values():
        with zipfile.ZipFile(io.BytesIO(data)) as docx:
            assert "LibreOffice" in docx.read("docProps/app.xml").decode()
            assert b"w:ins " in docx.read("word/document.xml") or b"w:del " in docx.read(
                "word/document.xml"
            )


def test_the_demo_opens_with_badges_on_the_articles_with_undecided_remarks(demo, filed):
    _sent, remarks, counts, _returned = filed
    model = demo.tree.tree_model
    undecided = [x for x in remarks if x.status == "new"]
    # Round 1 is decided; the one open remark is Генпрокуратура's repeated objection in round 2.
    assert [(x.round, x.agency, x.address) for x in undecided] == [
        (2, "Генпрокуратура России", "art:322.1/part:2")
    ]
    assert counts == {("uk-rf", "art:322.1"): 1}
    item = model.top_item("uk-rf", "art:322.1")
    assert item.data(REMARKS_ROLE) == 1 and "Open remarks: 1" in item.toolTip()
    for address in ("art:322", "art:322.2", "art:322.3", "art:322.4"):
        assert not model.top_item("uk-rf", address).data(REMARKS_ROLE)
    assert not model.top_item("upk-rf", "art:150").data(REMARKS_ROLE)


def test_round_1_is_decided_and_closed_and_round_2_answered_with_a_repeated_objection(filed):
    from drafter.core.rounds import repeated

    sent, remarks, _counts, _returned = filed
    first = [x for x in remarks if x.round == 1]
    assert sent.closed == "2026-12-01"
    assert sorted(x.status for x in first) == sorted(
        ["accepted", "partly", "accepted", "rejected", "rejected", "rejected"]
    )
    assert all(x.resolution and x.decided_by and x.grounds_kind for x in first)
    assert [x.address for x in first if x.settled] == ["art:322.4/part:2"]
    (again,) = [x for x in remarks if x.round == 2]
    earlier = next(x for x in first if x.id == repeated(remarks)[again.id])
    assert (earlier.agency, earlier.address, earlier.quote) == (
        again.agency, again.address, again.quote,
    )  # fmt: skip
    with Project.open(sample_path(), read_only=True) as project:
        second = project.round(2)
        assert second is not None and not second.closed
        assert [(x.agency, x.status) for x in second.recipients] == [
            ("Минюст России", "pending"),
            ("Генпрокуратура России", "objections"),
        ]


def test_an_article_with_remarks_shows_agency_kind_quote_text_and_proposed_wording(demo, filed):
    _sent, remarks, _counts, _returned = filed
    assert demo.select_unit("uk-rf", "art:322.1")
    panel = demo.editors.remarks
    mine = [x for x in remarks if x.act == "uk-rf" and x.address.startswith("art:322.1/")]
    assert panel.heading.text().startswith(f"Remarks of the agencies ({len(mine)})")
    text = panel.view.toPlainText()
    assert {x.agency for x in mine} == set(AGENCIES)
    for remark in mine:
        assert remark.agency in text and remark.quote in text
        assert (remark.text or remark.proposed) in text
    assert "comment" in text and "edit" in text
    assert "Противоречит статье 18.8 КоАП РФ" in text
    edit = next(x for x in mine if x.kind == "edit")
    assert f"Proposed wording: {edit.proposed}" in text
    assert "ч. 2 п. б" in text  # where in the article
    demo.select_unit("uk-rf", "art:322.2")
    assert panel.heading.text() == "Remarks of the agencies: none"


def test_the_rounds_window_lists_both_rounds_with_their_answers(demo, filed):
    sent, *_ = filed
    demo.menu_actions.rounds_action.trigger()
    tree = demo.reviews.rounds_dialog.rounds_tree
    assert tree.topLevelItemCount() == 2
    first, second = tree.topLevelItem(0), tree.topLevelItem(1)
    assert [first.text(0), first.text(1)] == ["Round 1", sent.date]
    assert second.text(0) == "Round 2"
    rows = [[first.child(i).text(c) for c in range(4)] for i in range(first.childCount())]
    assert rows == [
        [x.agency, x.deadline, word, x.letter]
        for x, word in zip(sent.recipients, ["agreed with remarks", "objections"], strict=True)
    ]
    answers = [second.child(i).text(2) for i in range(second.childCount())]
    assert answers == ["awaited", "objections"]


def test_rounds_json_of_a_copy_lists_both_recipients_and_their_statuses(tmp_path, capsys, filed):
    sent, *_ = filed
    copy = tmp_path / "demo.drafter"
    shutil.copyfile(sample_path(), copy)
    assert main(["rounds", str(copy), "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [x["number"] for x in got] == [1, 2]
    assert [(x["agency"], x["status"]) for x in got[0]["recipients"]] == [
        ("Минюст России", "remarks"),
        ("Генпрокуратура России", "objections"),
    ]
    assert all(
        x["letter"] and x["deadline"] == sent.recipients[0].deadline for x in got[0]["recipients"]
    )
    assert copy.read_bytes() == sample_path().read_bytes()  # listing changes nothing


def test_the_sample_is_rebuilt_from_the_drafts_of_the_tests(filed):
    """tests/data/projects/demo-unsent.drafter is the same draft before round 1, and
    demo-round1.drafter after it; the sample's draft differs from them only where the drafter
    applied Минюст's wording (art. 322.1 part 2 point «б»)."""
    from tests.samples import ROUND_1, UNSENT

    with (
        Project.open(UNSENT, read_only=True) as before,
        Project.open(ROUND_1, read_only=True) as round_1,
        Project.open(sample_path(), read_only=True) as after,
    ):
        assert before.rounds() == [] and before.agencies() == []
        assert before.draft() == round_1.draft()
        assert [a.slug for a in before.acts()] == [a.slug for a in after.acts()]
        old, new = round_1.draft(), after.draft()
        assert old.for_act("upk-rf") == new.for_act("upk-rf")
        changed = {
            address
            for address, p in new.for_act("uk-rf").proposals.items()
            if old.for_act("uk-rf").proposals.get(address) != p
        }
        assert changed == {"art:322.1"}
        unit = new.for_act("uk-rf").proposals["art:322.1"].unit
        point = next(x for x in unit.walk() if x.address == "art:322.1/part:2/pt:б")
        assert "тяжкого или особо тяжкого преступления" in point.text
