"""Remarks through rounds on the demo draft: round 2 inserts a part into art. 322.1 УК РФ
(renumbering the next one) and the added art. 322.4 is dropped afterwards."""

from __future__ import annotations

import shutil

import pytest

from drafter.core import model as m
from drafter.io.project import Project
from drafter.services import round_diff as rd
from drafter.services.remarks import resolve_remark
from drafter.services.rounds import RoundError, export_round
from tests.samples import round_1_path as sample_path

NEW_PART = m.Unit(
    kind="part",
    number="2",
    text="Фиктивная регистрация, совершенная с использованием служебного положения, -",
    closing="наказывается лишением свободы на срок до четырех лет.",
)


def _remark(path, address: str) -> int:
    with Project.open(path, read_only=True) as project:
        return next(x.id for x in project.remarks() if x.address == address)


def _insert_part(path) -> None:
    """The drafter's own change: a new part 2 of art. 322.1, part 2 renumbered as part 3."""
    with Project.open(path) as project:
        proposal = project.draft().for_act("uk-rf").proposals["art:322.1"]
        parts = proposal.unit.children
        for part in parts[1:]:
            part.number = str(int(part.number) + 1)
        parts.insert(1, NEW_PART.copy())
        project.set_proposal("uk-rf", proposal)


def _drop_article(path) -> None:
    with Project.open(path) as project:
        project.remove_proposal("uk-rf", "art:322.4")


@pytest.fixture(scope="module")
def rounds(tmp_path_factory):
    """The demo with round 2 sent (a remark accepted, a part inserted), then art. 322.4
    dropped from the current draft; a copy of it where round 3 was sent after the drop."""
    folder = tmp_path_factory.mktemp("rounds")
    path = folder / "demo.drafter"
    shutil.copy(sample_path(), path)
    resolve_remark(path, _remark(path, "art:322.1/part:2/pt:б"), "accepted", "Учтено")
    _insert_part(path)
    export_round(path, folder / "round2", "next")
    _drop_article(path)
    sent = folder / "sent.drafter"
    shutil.copy(path, sent)
    export_round(sent, folder / "round3", "next")
    return path, sent


def test_round_2_against_round_1_names_the_accepted_remark_or_none(rounds):
    path, _sent = rounds
    accepted = _remark(path, "art:322.1/part:2/pt:б")
    with Project.open(path, read_only=True) as project:
        changes = rd.round_changes(project, 1, 2)
    got = [(c.act, c.status, c.address, c.new_address, c.remarks) for c in changes]
    assert got == [
        ("uk-rf", "added", "art:322.1/part:2", "art:322.1/part:2", ()),
        ("uk-rf", "renumbered", "art:322.1/part:2", "art:322.1/part:3", ()),
        ("uk-rf", "changed", "art:322.1/part:2/pt:б", "art:322.1/part:3/pt:б", (accepted,)),
    ]


def test_the_current_draft_is_round_0_or_none(rounds):
    path, _sent = rounds
    with Project.open(path, read_only=True) as project:
        now = rd.round_changes(project, 2, None)
        assert now == rd.round_changes(project, 2, 0)
    assert [(c.status, c.address) for c in now] == [("removed", "art:322.4")]


def test_remarks_follow_their_unit_through_the_renumbering(rounds):
    path, sent = rounds
    with Project.open(path, read_only=True) as project:
        remarks = project.remarks(1)
        by_address = {x.address: x.id for x in remarks}
        now = rd.where_now(project, remarks)
        gone = rd.removed_since(project, remarks)
    assert now[by_address["art:322.1/part:2"]] == "art:322.1/part:3"
    assert now[by_address["art:322.1/part:2/pt:б"]] == "art:322.1/part:3/pt:б"
    assert now[by_address["art:322.1/part:1"]] == "art:322.1/part:1"
    assert now[by_address["art:322/note:1"]] == "art:322/note:1"
    assert now[by_address["art:322.4/part:1"]] is None
    assert gone[by_address["art:322.4/part:1"]] == rd.CURRENT  # dropped after round 2
    assert gone[by_address["art:322.1/part:2"]] is None
    with Project.open(sent, read_only=True) as project:
        remarks = project.remarks(1)
        gone = rd.removed_since(project, remarks)
        now = rd.where_now(project, remarks)
    assert gone[by_address["art:322.4/part:2"]] == 3  # round 3 was sent without it
    assert now[by_address["art:322.4/part:2"]] is None
    assert now[by_address["art:322.1/part:2"]] == "art:322.1/part:3"


def test_changed_since_lists_current_addresses(rounds):
    path, _sent = rounds
    with Project.open(path, read_only=True) as project:
        since_1 = rd.changed_since(project, 1)
        since_2 = rd.changed_since(project, 2)
    assert since_1 == {"uk-rf": {"art:322.1/part:2", "art:322.1/part:3", "art:322.1/part:3/pt:б"}}
    assert since_2 == {}  # the only change since round 2 removed a unit: nothing to show


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [(1, 1, "compared with itself"), (1, 9, "has no round 9"), (9, 1, "has no round 9")],
)
def test_bad_pairs_are_one_sentence(rounds, a, b, words):
    path, _sent = rounds
    with Project.open(path, read_only=True) as project, pytest.raises(RoundError, match=words):
        rd.round_changes(project, a, b)


def test_an_older_round_b_is_compared_the_other_way(rounds):
    path, _sent = rounds
    with Project.open(path, read_only=True) as project:
        back = rd.round_changes(project, 2, 1)
    assert {(c.status, c.address, c.new_address) for c in back} >= {
        ("removed", "art:322.1/part:2", ""),
        ("renumbered", "art:322.1/part:3", "art:322.1/part:2"),
    }


def test_remark_places_for_the_remarks_json(rounds):
    path, sent = rounds
    for project_path, gone in ((path, "current"), (sent, 3)):
        with Project.open(project_path, read_only=True) as project:
            remarks = project.remarks()
            places = rd.remark_places(project, remarks)
        by_address = {x.address: places[x.id] for x in remarks}
        assert by_address["art:322.4/part:1"] == {"unit_now": None, "removed_since": gone}
        assert by_address["art:322.1/part:2"] == {
            "unit_now": "art:322.1/part:3",
            "removed_since": None,
        }
