"""The command line of issue 11 as a user runs it on a copy of the sample (round 1, six remarks):
`drafter remark` edits one remark and says what changed, `resolve --change/--settled/--undo`,
`remarks --open/--unit`, `rounds` with answers due and overdue, `--close`/`--reopen`,
`answer --deadline`, and `export --round next` while the last round is open."""

from __future__ import annotations

import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.io.project import Project
from drafter.services.rounds import letter_remark

# The sample draft as sent in round 1 with its six remarks filed, none decided yet (kept at
# schema 2, so each test also goes through the migration to the current schema).
ROUND_1 = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "projects" / "demo-schema-2.drafter"
)


@pytest.fixture
def demo(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("DRAFTER_LANG", "en")
    monkeypatch.setattr("drafter.services.rounds.current_date", lambda: date(2026, 12, 10))
    path = tmp_path / "demo.drafter"
    shutil.copyfile(ROUND_1, path)
    Project.open(path).close()  # brought to the current schema (a backup beside it)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _remarks(path: Path, capsys, *args: str) -> dict[int, dict]:
    capsys.readouterr()
    assert main(["remarks", str(path), "--json", *args]) == 0
    return {x["id"]: x for x in json.loads(capsys.readouterr().out)}


def test_remark_edits_one_remark_and_says_what_changed(demo, capsys):
    capsys.readouterr()
    args = ["remark", str(demo), "2", "--grounds", "Статья 18.8 КоАП РФ", "--grounds-kind",
            "conflict", "--severity", "objection"]  # fmt: skip
    assert main(args) == 0
    assert capsys.readouterr().out.splitlines() == [
        "remark 2: grounds: — → «Статья 18.8 КоАП РФ»",
        "remark 2: kind of grounds: — → conflict with another act",
        "remark 2: severity: remark → objection",
    ]
    assert main(args) == 0
    assert capsys.readouterr().out == "remark 2: nothing changed\n"
    assert main(["remark", str(demo), "3", "--no-proposed"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "remark 3: severity: proposal → remark",
        "remark 3: wording: «совершения тяжкого или особо тяжкого преступления» → —",
    ]
    listed = _remarks(demo, capsys)
    assert (listed[2]["grounds"], listed[2]["grounds_kind"], listed[2]["severity"]) == (
        "Статья 18.8 КоАП РФ", "conflict", "objection",
    )  # fmt: skip
    assert listed[3]["proposed"] is None
    assert main(["remarks", str(demo), "--unit", "art:322.1/part:1"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert line.startswith("#2  1  Минюст России  art:322.1/part:1  comment")
    assert line.endswith("grounds: «Статья 18.8 КоАП РФ»  [new]")


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["2"], "Say what to change: --text, --grounds, --grounds-kind, --severity, --proposed, "
         "--settled, --repeats, --group or --ungroup."),
        (["2", "--severity", "fatal"], "'fatal' is not a severity: write one of objection, "
         "remark, proposal, editorial."),
        (["2", "--grounds", "x", "--settled"], "Remark 2 is not decided yet; decide it before "
         "marking it settled."),
        (["2", "--group", "4"], "Remarks 2 and 4 are not of the same agency, round and unit, so "
         "they cannot be grouped."),
        (["2", "--ungroup"], "Remark 2 is not grouped."),
        (["2", "--repeats", "4"], "Remark 4 is of round 1, not of a round before remark 2's "
         "(round 1), so remark 2 cannot repeat it."),
        (["77", "--grounds", "x"], "demo.drafter has no remark 77."),
    ],
)  # fmt: skip
def test_a_bad_remark_edit_is_one_sentence_and_changes_nothing(demo, capsys, args, expected):
    before = _digest(demo)
    capsys.readouterr()
    assert main(["remark", str(demo), *args]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"drafter: {expected}\n" and captured.out == ""
    assert _digest(demo) == before


def test_resolve_changes_settles_and_takes_a_decision_back(demo, capsys):
    resolve = ["resolve", str(demo), "4", "--status", "rejected", "--reason", "Позиция сохранена."]
    assert main(resolve) == 0
    assert main(resolve) == 1
    assert "to decide it again, change the decision (--change)" in capsys.readouterr().err
    assert main([*resolve[:4], "partly", "--reason", "Учтено частично.", "--change",
                 "--settled"]) == 0  # fmt: skip
    assert capsys.readouterr().out.splitlines() == [
        "remark 4 (Генпрокуратура России): partly accepted",
        "the disagreement is settled",
    ]
    listed = _remarks(demo, capsys)
    assert (listed[4]["status"], listed[4]["settled"]) == ("partly", True)
    assert sorted(_remarks(demo, capsys, "--open")) == [1, 2, 3, 5, 6]
    assert main(["resolve", str(demo), "4", "--undo"]) == 0
    assert capsys.readouterr().out == "remark 4 (Генпрокуратура России): new\n"
    assert _remarks(demo, capsys)[4]["resolution"] is None
    assert main(["resolve", str(demo), "4", "--undo"]) == 1
    assert capsys.readouterr().err == "drafter: Remark 4 is not decided yet.\n"
    assert main(["resolve", str(demo), "4"]) == 1
    assert "Give the decision (--status) and its reason (--reason)" in capsys.readouterr().err


def test_grouping_from_the_command_line(demo, capsys):
    with Project.open(demo) as project:
        extra = letter_remark(project, "Генпрокуратура России", 1, act="uk-rf",
                              address="art:322.1/part:2", text="Дополнительно.")  # fmt: skip
    capsys.readouterr()
    assert main(["remark", str(demo), "4", "--group", str(extra.id)]) == 0
    assert capsys.readouterr().out == f"remark 4: grouped items: — → #{extra.id}\n"
    assert main(["remarks", str(demo), "--unit", "art:322.1/part:2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and f"with #{extra.id}" in lines[1]
    assert main(["remark", str(demo), str(extra.id), "--ungroup"]) == 0
    assert capsys.readouterr().out == f"remark {extra.id}: grouped into: #4 → —\n"


def test_rounds_show_answers_received_due_and_overdue_and_close(demo, capsys, tmp_path):
    capsys.readouterr()
    assert main(["export", str(demo), "-o", str(tmp_path / "r2"), "--round", "next", "--date",
                 "2026-12-08", "--deadline", "2026-12-09"]) == 0  # fmt: skip
    err = capsys.readouterr().err
    assert "warning: Round 1 is still open (undecided remarks: 6); round 2 is sent all the " \
        "same.\n" in err  # fmt: skip
    answer = ["answer", str(demo), "--agency", "Минюст России", "--round", "2"]
    assert main([*answer, "--deadline", "2026-12-13"]) == 0
    assert capsys.readouterr().out == "round 2: Минюст России — answer due 2026-12-13\n"
    assert main(["rounds", str(demo)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "round 1 — 2026-11-23; remarks: 6 open of 6",
        "  Минюст России: agreed with remarks — received 2026-12-03, letter 08-156734/26",
        "  Генпрокуратура России: objections — received 2026-12-07, letter 36-11-2026/Ип4518-26",
        "round 2 — 2026-12-08",
        "  Минюст России: pending — due in 3 days (2026-12-13)",
        "  Генпрокуратура России: pending — overdue by 1 day (2026-12-09)",
    ]
    assert main(["rounds", str(demo), "--close", "1"]) == 1
    assert "--force" in capsys.readouterr().err
    assert main(["rounds", str(demo), "--close", "1", "--force"]) == 0
    assert capsys.readouterr().out == "round 1 closed on 2026-12-10\n"
    assert main(["rounds", str(demo)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "round 1 — 2026-11-23, closed 2026-12-10; remarks: 6 open of 6"
    )
    assert main(["rounds", str(demo), "--reopen", "1"]) == 0
    assert capsys.readouterr().out == "round 1 is open again\n"
    assert main(["rounds", str(demo), "--force"]) == 1
    assert capsys.readouterr().err == "drafter: --force goes with --close N.\n"
