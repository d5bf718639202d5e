"""The whole approval cycle of issue 11 on the command line, as a coordinator runs it on the sample
after round 1: decide every remark (one agency's wording applied), close round 1, send round 2,
compare the rounds, and write the table of disagreements, the summary and the approval sheet."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx

from drafter.cli import main
from drafter.core.draft import proposed_act
from drafter.io.project import Project
from drafter.io.redline_reader import read_redline
from drafter.services.round_diff import round_draft
from tests.samples import ROUND_1

# (agency, unit, decision, reasoning, extra options) — as the sample's README tells them.
DECISIONS = [
    ("Минюст России", "art:322.1/part:2/pt:б", "accepted", "Учтено.", []),
    ("Минюст России", "art:322.1/part:1", "partly", "Учтено частично: составы разграничены.", []),
    ("Минюст России", "art:322/note:1", "accepted", "Записка дополнена.", ["--keep-draft"]),
    ("Генпрокуратура России", "art:322.4/part:1", "rejected", "Штраф уже предусмотрен.", []),
    ("Генпрокуратура России", "art:322.4/part:2", "rejected", "Урегулировано.", ["--settled"]),
    ("Генпрокуратура России", "art:322.1/part:2", "rejected", "Обосновано практикой.", []),
]


def run(capsys, *args: str | Path) -> str:
    code = main([str(x) for x in args])
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def body_rows(path: Path) -> list[list[str]]:
    table = docx.Document(str(path)).tables[0]
    return [[c.text for c in row.cells] for row in table.rows][1:]


def test_a_round_is_decided_closed_followed_by_the_next_and_documented(tmp_path, capsys):
    demo = tmp_path / "demo.drafter"
    shutil.copyfile(ROUND_1, demo)
    remarks = json.loads(run(capsys, "remarks", demo, "--json"))
    assert len(remarks) == 6 and {x["status"] for x in remarks} == {"new"}
    by_unit = {(x["agency"], x["address"]): x for x in remarks}

    # Round 1 cannot be closed while remarks are undecided.
    assert main(["rounds", str(demo), "--close", "1"]) == 1
    assert "undecided remarks (6)" in capsys.readouterr().err
    for agency, unit, status, reason, options in DECISIONS:
        rid = str(by_unit[(agency, unit)]["id"])
        run(capsys, "resolve", demo, rid, "--status", status, "--reason", reason, *options)
    # Deciding twice is refused with one sentence; the decision stays.
    first = str(by_unit[DECISIONS[0][:2]]["id"])
    assert main(["resolve", str(demo), first, "--status", "rejected", "--reason", "x"]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    decided = {x["id"]: x for x in json.loads(run(capsys, "remarks", demo, "--json"))}
    assert decided[int(first)]["status"] == "accepted"
    assert not json.loads(run(capsys, "remarks", demo, "--open", "--json"))

    # The accepted wording is now the draft's text of point «б».
    with Project.open(demo, read_only=True) as project:
        act = proposed_act(project.act("uk-rf"), project.draft().for_act("uk-rf"))
        point = act.find("art:322.1/part:2/pt:б")
        assert point is not None
        assert "тяжкого или особо тяжкого преступления" in point.text

    assert "closed" in run(capsys, "rounds", demo, "--close", "1")
    run(capsys, "export", demo, "-o", tmp_path / "round-2", "--round", "next",
        "--deadline", "2026-12-16")  # fmt: skip
    manifest = json.loads((tmp_path / "round-2" / "manifest.json").read_text("utf-8"))
    assert manifest["round"]["number"] == 2
    rounds = json.loads(run(capsys, "rounds", demo, "--json"))
    assert [x["number"] for x in rounds] == [1, 2] and rounds[0]["closed"]
    assert {x["due"] for x in rounds[1]["recipients"]} <= {"due", "overdue"}

    # Round 2 against round 1: the one change, naming the accepted remark; accept-all gives
    # round 2's text of the article, reject-all round 1's.
    out = tmp_path / "diff.docx"
    said = run(capsys, "rounds", demo, "--diff", "1", "2", "-o", out)
    assert "art:322.1/part:2/pt:б" in said and f"remark {first} (Минюст России)" in said
    text = read_redline(out)
    with Project.open(demo, read_only=True) as project:
        current = project.act("uk-rf")
        for number, lines in ((1, text.reject_all()), (2, text.accept_all())):
            act = proposed_act(current, round_draft(project, number).for_act("uk-rf"))
            point = act.find("art:322.1/part:2/pt:б")
            assert point is not None
            assert any(point.text in line for line in lines), number

    # The documents from the remarks of round 1.
    table, summary, sheet = (tmp_path / f"{x}.docx" for x in ("table", "summary", "sheet"))
    run(capsys, "disagreements", demo, "-o", table, "--round", "1")
    run(capsys, "disagreements", demo, "-o", summary, "--round", "1", "--kind", "summary")
    run(capsys, "disagreements", demo, "-o", sheet, "--round", "1", "--kind", "sheet")
    rows = body_rows(table)
    outstanding = [x for x in DECISIONS if x[2] in ("partly", "rejected") and not x[4]]
    assert len(rows) == len(outstanding) == 3
    assert sorted(r[6] for r in rows) == sorted(x[3] for x in outstanding)
    assert len(body_rows(summary)) == 6
    assert {r[4] for r in body_rows(summary)} == {"Учтено", "Учтено частично", "Не учтено"}
    sheet_rows = body_rows(sheet)
    assert [r[0] for r in sheet_rows[:2]] == ["Минюст России", "Генпрокуратура России"]
