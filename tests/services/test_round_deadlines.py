"""Rounds as the drafter follows them: answers due, overdue and received, deadlines set later,
rounds closed and reopened, the status bar's summary, and a round sent while the last is open."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path

import pytest

from drafter.io.project import Project
from drafter.services import rounds as services
from drafter.services.remarks import resolve

# The sample draft as sent in round 1 with its six remarks filed, none decided yet (kept at
# schema 2, so each test also goes through the migration to the current schema).
ROUND_1 = (
    Path(__file__).resolve().parents[2] / "tests" / "data" / "projects" / "demo-schema-2.drafter"
)

WHEN = date(2026, 12, 7)


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """The sample: round 1 sent on 2026-12-07 to two agencies that answered, six remarks."""
    path = tmp_path / "demo.drafter"
    shutil.copyfile(ROUND_1, path)
    Project.open(path).close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_answers_are_received_due_or_overdue_as_of_today(demo, tmp_path):
    services.export_round(demo, tmp_path / "r2", "next", to="Минюст России,МВД России",
                          deadline="2027-01-25", export_date=date(2027, 1, 15))  # fmt: skip
    services.record_answer(demo, "Минюст России", 2, None, deadline="2027-01-20")
    with Project.open(demo) as project:
        listed = services.rounds_json(project, date(2027, 1, 22))
    first, second = listed
    assert [(x["due"], x["days"]) for x in first["recipients"]] == [("received", None)] * 2
    assert [(x["agency"], x["due"], x["days"]) for x in second["recipients"]] == [
        ("Минюст России", "overdue", -2),
        ("МВД России", "due", 3),
    ]
    services.record_answer(
        demo, "Минюст России", 2, "agreed", letter="1/2", answer_date="2027-01-23"
    )
    services.record_answer(demo, "МВД России", 2, None, deadline="")
    listed = services.list_rounds(demo, date(2027, 1, 24))
    assert [(x["due"], x["days"]) for x in listed[1]["recipients"]] == [
        ("received", None), ("open", None),
    ]  # fmt: skip
    assert listed[1]["recipients"][0]["answer_date"] == "2027-01-23"


def test_each_round_counts_its_remarks_and_the_undecided_ones(demo):
    with Project.open(demo) as project:
        resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
        (only,) = services.rounds_json(project)
        assert only["remarks"] == {"total": 6, "open": 5}
        assert only["closed"] is None
        assert services.round_summary(project) == {
            "round": 1, "answers": 2, "recipients": 2, "open": 5,
        }  # fmt: skip


def test_a_project_without_rounds_has_no_summary(tmp_path):
    with Project.create(tmp_path / "new.drafter") as project:
        assert services.round_summary(project) is None


def test_a_round_with_undecided_remarks_is_closed_only_when_forced(demo):
    with Project.open(demo) as project:
        before = _digest(demo)
        with pytest.raises(services.RoundError) as info:
            services.close_round(project, 1)
        assert str(info.value) == (
            "Round 1 has undecided remarks (6): decide them first, or close the round all the "
            "same (--force)."
        )
        assert _digest(demo) == before
        closed = services.close_round(project, 1, force=True, on=date(2027, 1, 10))
        assert closed.closed == "2027-01-10"
        with pytest.raises(services.RoundError, match=r"^Round 1 is closed already \(on 2027"):
            services.close_round(project, 1, force=True)
    assert services.list_rounds(demo)[0]["closed"] == "2027-01-10"
    with Project.open(demo) as project:
        assert services.reopen_round(project, 1).closed == ""
        with pytest.raises(services.RoundError, match=r"^Round 1 is not closed\.$"):
            services.reopen_round(project, 1)
        with pytest.raises(services.RoundError, match="has no round 4"):
            services.close_round(project, 4)
    assert services.list_rounds(demo)[0]["closed"] is None


def test_a_round_with_every_remark_decided_closes(demo):
    with Project.open(demo) as project:
        for rid in range(1, 7):
            resolve(project, rid, "rejected", "Позиция сохранена.", keep_draft=True)
        assert services.close_round(project, 1).closed == date.today().isoformat()


def test_the_next_round_while_the_last_is_open_is_sent_with_a_warning(demo, tmp_path):
    with Project.open(demo) as project:
        resolve(project, 2, "rejected", "Норма КоАП РФ регулирует иные отношения.")
    sent = services.export_round(demo, tmp_path / "r2", "next", export_date=WHEN)
    assert sent.number == 2
    said = [str(w) for w in sent.warnings]
    assert "Round 1 is still open (undecided remarks: 5); round 2 is sent all the same." in said
    with Project.open(demo) as project:
        services.close_round(project, 2)  # no remarks in round 2
    third = services.export_round(demo, tmp_path / "r3", "next", export_date=WHEN)
    assert not any("still open" in str(w) for w in third.warnings)


def test_deadlines_are_set_later_and_bad_ones_refused(demo):
    with Project.open(demo) as project:
        got = services.set_deadline(project, 1, "минюст россии", "2026-12-20")
        assert (got.agency, got.deadline, got.status) == ("Минюст России", "2026-12-20", "remarks")
        before = _digest(demo)
    for args, expected in [
        ((None,), "Give the agency's answer (--status) or its deadline (--deadline)."),
        ((None,), "'2026-13-01' is not a date: write it as YYYY-MM-DD."),
    ]:
        kw = {"deadline": "2026-13-01"} if "date" in expected else {}
        with pytest.raises(services.RoundError) as info:
            services.record_answer(demo, "Минюст России", 1, *args, **kw)
        assert str(info.value) == expected
    with pytest.raises(services.RoundError, match=r"^--letter and --date go with the answer"):
        services.record_answer(demo, "Минюст России", 1, None, letter="1", deadline="2026-12-21")
    assert _digest(demo) == before
