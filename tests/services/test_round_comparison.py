"""`drafter rounds --diff A B -o OUT.docx` on the demo draft: the text of round B against round A
as tracked changes per act, then the table of changes naming the accepted remark behind each."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from docx import Document
from test_remarks_through_rounds import _drop_article, _insert_part, _remark

from drafter.cli import main
from drafter.core.draft import proposed_act
from drafter.core.linelayout import act_lines, typographic
from drafter.io.docx_page import page_setup
from drafter.io.project import Project
from drafter.io.redline_reader import read_redline
from drafter.services import round_diff as rd
from drafter.services.remarks import resolve_remark
from drafter.services.rounds import RoundError, export_round
from tests.samples import round_1_path as sample_path

RU = page_setup("ru")
HEADER_RU = ["№ п/п", "Структурная единица", "Что изменено", "Основание изменения"]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The demo: remark 3 accepted and a part inserted, round 2 sent; then art. 322.4 dropped."""
    folder = tmp_path_factory.mktemp("comparison")
    path = folder / "demo.drafter"
    shutil.copy(sample_path(), path)
    resolve_remark(path, _remark(path, "art:322.1/part:2/pt:б"), "accepted", "Учтено")
    _insert_part(path)
    export_round(path, folder / "round2", "next")
    _drop_article(path)
    return path


@pytest.fixture(scope="module")
def written(project, tmp_path_factory):
    folder = tmp_path_factory.mktemp("written")
    return {
        "1-2": rd.compare_rounds(project, 1, 2, folder / "r1-r2.docx"),
        "1-current": rd.compare_rounds(project, 1, None, folder / "r1-now.docx"),
        "en": rd.compare_rounds(project, 1, 2, folder / "r1-r2-en.docx", lang="en"),
    }


def _table_rows(path) -> list[list[str]]:
    (table,) = Document(str(path)).tables
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_table_names_the_accepted_remark_or_the_drafter(project, written):
    found = written["1-2"]
    accepted = _remark(project, "art:322.1/part:2/pt:б")
    rows = _table_rows(found.out)
    assert rows[0] == HEADER_RU
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert [r[1] for r in rows[1:]] == [
        "часть вторая статьи 322.1 Уголовного кодекса Российской Федерации",
        "часть третья статьи 322.1 Уголовного кодекса Российской Федерации",
        "пункт «б» части третьей статьи 322.1 Уголовного кодекса Российской Федерации",
    ]
    assert rows[2][2] == "изменена нумерация (было: часть вторая)"
    assert rows[3][3] == f"по замечанию Минюст России (№ {accepted})"
    assert rows[1][3] == rows[2][3] == "по инициативе разработчика"
    paragraphs = [p.text for p in Document(str(found.out)).paragraphs]
    assert "Изменения по сравнению с этапом 1" in paragraphs
    assert "редакция этапа 2 по сравнению с редакцией этапа 1" in paragraphs


def test_accept_all_gives_round_b_and_reject_all_round_a(project, written):
    for name, b in (("1-2", 2), ("1-current", 0)):
        found = written[name]
        text = read_redline(found.out)
        accepted, rejected = text.accept_all(), text.reject_all()
        heading = "Изменения по сравнению с этапом 1"
        with Project.open(project, read_only=True) as p:
            act = p.act("uk-rf")
            round_a = proposed_act(act, rd.round_draft(p, 1).for_act("uk-rf"))
            round_b = proposed_act(act, rd.round_draft(p, b).for_act("uk-rf"))
        body_a = rejected[: rejected.index(heading)]
        body_b = accepted[: accepted.index(heading)]
        assert body_b == found_text(found, accept=True)
        assert body_a == found_text(found, accept=False)
        # every line of the changed articles in each round is there, in order
        shown = [(body_b, round_b, "art:322.1"), (body_a, round_a, "art:322.1")]
        if b == 0:
            shown.append((body_a, round_a, "art:322.4"))
        for body, act_text, address in shown:
            unit = act_text.find(address)
            assert unit is not None
            lines = [typographic(x.text, RU) for x in act_lines(act_text, [unit])][1:]
            start = body.index(lines[0])
            assert body[start : start + len(lines)] == lines
        # art. 322.4, the same in rounds 1 and 2, is dropped from the current draft only
        assert ("Статья 322.4" in " ".join(body_a)) == (b == 0)
        assert "Статья 322.4" not in " ".join(body_b)


def found_text(found, *, accept: bool) -> list[str]:
    """The paragraphs the writer says accept-all (reject-all) gives before the table."""
    lines = found.written.accepted if accept else found.written.rejected
    return lines[: lines.index("Изменения по сравнению с этапом 1")]


def test_the_revisions_are_the_draft_agency_s(written):
    text = read_redline(written["1-2"].out)
    assert text.revisions
    assert {x.author for x in text.revisions} == {
        "Министерство внутренних дел Российской Федерации"
    }


def test_english_table(written):
    rows = _table_rows(written["en"].out)
    assert rows[0] == ["No.", "Unit", "What changed", "Ground"]
    assert rows[3][3].startswith("following remark ") and rows[3][3].endswith("(Минюст России)")
    assert rows[1][3] == "drafter's own change"


def test_a_bad_pair_writes_nothing(project, tmp_path):
    out = tmp_path / "x.docx"
    with pytest.raises(RoundError, match="compared with itself"):
        rd.compare_rounds(project, 2, 2, out)
    with pytest.raises(RoundError, match="has no round 5"):
        rd.compare_rounds(project, 1, 5, out)
    assert not out.exists()


# --- the command line ------------------------------------------------------------------------
def test_cli_lines_json_and_file(project, tmp_path, capsys):
    assert main(["rounds", str(project), "--diff", "1", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    accepted = _remark(project, "art:322.1/part:2/pt:б")
    assert lines == [
        "uk-rf  art:322.1/part:2  added  — drafter's own change",
        "uk-rf  art:322.1/part:2 → art:322.1/part:3  renumbered  — drafter's own change",
        f"uk-rf  art:322.1/part:2/pt:б  changed  — remark {accepted} (Минюст России)",
    ]
    assert main(["rounds", str(project), "--diff", "1", "current", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["a"] == 1 and data["b"] == "current" and data["out"] is None
    assert [(x["status"], x["address"], x["new_address"]) for x in data["changes"]] == [
        ("added", None, "art:322.1/part:2"),
        ("renumbered", "art:322.1/part:2", "art:322.1/part:3"),
        ("changed", "art:322.1/part:2/pt:б", "art:322.1/part:3/pt:б"),
        ("removed", "art:322.4", None),
    ]
    assert data["changes"][2]["remarks"] == [accepted]
    out = tmp_path / "diff.docx"
    assert main(["rounds", str(project), "--diff", "1", "2", "-o", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == f"{out}: 3 changes written."
    assert len(_table_rows(out)) == 4


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--diff", "2", "2"], "Round 2 compared with itself shows nothing"),
        (["--diff", "1", "x"], "'x' is not a round: write a round number or current."),
        (["--diff", "1", "7"], "demo.drafter has no round 7; the rounds sent are 1, 2."),
        (["-o", "out.docx"], "-o writes the comparison of two rounds: add --diff A B."),
    ],
)
def test_cli_bad_input_is_one_sentence(project, args, said, capsys):
    assert main(["rounds", str(project), *args]) != 0
    assert said in capsys.readouterr().err


# --- LibreOffice -------------------------------------------------------------------------------
@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_accept_all_gives_round_b_and_reject_all_round_a(office, written):
    files = [written[name] for name in ("1-2", "1-current")]
    answers = office.call("inspect", *(x.out for x in files))
    for found, answer in zip(files, answers, strict=True):
        heading = "Изменения по сравнению с этапом 1"
        accepted, rejected = answer["accepted"], answer["rejected"]
        assert answer["redlines"] and answer["remaining_after_accept"] == 0
        assert answer["remaining_after_reject"] == 0
        assert accepted[: accepted.index(heading)] == found_text(found, accept=True)
        assert rejected[: rejected.index(heading)] == found_text(found, accept=False)
        cells = accepted[accepted.index(heading) + 1 :]
        assert HEADER_RU[3] in cells and "по инициативе разработчика" in cells


# --- an English draft ----------------------------------------------------------------------------
def test_a_uk_draft_is_compared_in_english(tmp_path):
    from drafter.core import model as m
    from drafter.core import rounds as r
    from drafter.core.address import assign_addresses
    from drafter.core.draft import proposals_between
    from drafter.services.acts import load_act
    from drafter.services.rounds import frozen_draft

    source = Path(__file__).resolve().parents[1] / "data" / "en" / "uk-example-act-2024.txt"
    act = load_act(source).act
    path = tmp_path / "uk.drafter"
    first = assign_addresses(act.copy())
    fine = first.find("s:1/ss:3")
    fine.text = fine.text.replace("a fine", "a fine not exceeding level 5 on the standard scale")
    second = assign_addresses(first.copy())
    second.find("s:2").children.insert(
        2, m.Unit(m.SUBSECTION, "2A", text="A licence may be renewed.")
    )
    assign_addresses(second)
    with Project.create(path) as project:
        project.add_act(act)
        for number, text in ((1, first), (2, second)):
            project.set_proposals(act.slug, proposals_between(project.act(act.slug), text))
            draft = project.draft()
            draft.style, draft.agency = "uk", "Office of the Legislative Counsel"
            project.save_draft_meta(draft)
            project.add_round(
                r.Round(number, f"2026-11-0{number}", stamp=f"2026-11-0{number}T00:00:00Z"),
                draft=frozen_draft(draft, project.acts()),
                manifest="{}",
                recipients=[],
                paragraphs={},
            )
    found = rd.compare_rounds(path, 1, 2, tmp_path / "uk.docx")
    rows = _table_rows(found.out)
    assert rows[0] == ["No.", "Unit", "What changed", "Ground"]
    assert [row[2:] for row in rows[1:]] == [["added", "drafter's own change"]]
    assert rows[1][1] == "subsection 2A of section 2 of Example Act 2024"
    text = read_redline(found.out)
    assert found.written is not None
    heading = "Changes since round 1"
    assert text.accept_all()[: text.accept_all().index(heading)] == found_text_en(found, True)
    assert text.reject_all()[: text.reject_all().index(heading)] == found_text_en(found, False)
    assert any("A licence may be renewed." in x for x in found.written.accepted)
    assert not any("A licence may be renewed." in x for x in found.written.rejected)


def found_text_en(found, accept: bool) -> list[str]:
    lines = found.written.accepted if accept else found.written.rejected
    return lines[: lines.index("Changes since round 1")]
