"""The command line as a user runs it: exit codes, stdout/stderr, files written or not."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from drafter import __version__
from drafter.cli import main
from drafter.io.project import Project

DATA = Path(__file__).resolve().parent / "data" / "corpus"
ARTS_322 = (
    DATA
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
ART_150 = (
    DATA / "ru-376fz-fictitious-registration" / "upk-rf_art-150_AFTER_pravo-gov-ru_ed-2023.txt"
)


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args], capture_output=True, text=True, timeout=120
    )


def test_version_in_a_real_process():
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"drafter {__version__}"


def test_show_prints_addresses(capsys):
    assert main(["show", str(ARTS_322)]) == 0
    out = capsys.readouterr().out
    assert "art:322.1/part:2/pt:в" in out
    assert "Организация незаконной миграции" in out


def test_show_json_shape(capsys):
    assert main(["show", "--json", str(ARTS_322)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"act", "units"}
    units = {}

    def visit(items):
        for item in items:
            units[item["address"]] = item
            visit(item["children"])

    visit(data["units"])
    part2 = units["art:322.1/part:2"]
    assert set(part2) == {
        "address",
        "kind",
        "number",
        "heading",
        "text",
        "closing",
        "repealed",
        "status",
        "notes",
        "children",
    }
    assert part2["closing"].startswith("наказываются лишением свободы на срок до семи лет")
    assert [c["number"] for c in part2["children"]] == ["а", "б", "в"]


@pytest.mark.parametrize(
    ("content", "name", "reason"),
    [
        (b"", "empty.txt", "empty"),
        (b"PK\x03\x04 not really a zip", "broken.docx", "zip"),
        (b"<akomaNtoso/>", "act.xml", "Akoma Ntoso"),
    ],
)
def test_bad_source_is_one_clear_line(tmp_path, content, name, reason):
    source = tmp_path / name
    source.write_bytes(content)
    result = run("show", str(source))
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert name in lines[0] and reason.lower() in lines[0].lower()
    assert "Traceback" not in result.stderr


def test_missing_source(tmp_path, capsys):
    assert main(["show", str(tmp_path / "nope.txt")]) != 0
    err = capsys.readouterr().err
    assert "nope.txt" in err and "Traceback" not in err


def test_import_creates_the_project(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), str(ART_150), "-p", str(project)]) == 0
    out = capsys.readouterr().out
    assert out.count("imported ") == 2
    with Project.open(project, read_only=True) as opened:
        acts = opened.acts()
        assert len(acts) == 2
        addresses = {u.address for u in acts[0].walk()}
        assert "art:322.1/part:2/pt:в" in addresses


def test_import_with_a_bad_file_writes_nothing(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"not a zip at all")
    assert main(["import", str(ARTS_322), str(bad), "-p", str(project)]) != 0
    assert "bad.docx" in capsys.readouterr().err
    assert not project.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_import_into_an_existing_project_keeps_it_intact_on_error(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    before = project.read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    assert main(["import", str(bad), "-p", str(project)]) != 0
    assert project.read_bytes() == before


def test_import_refuses_a_project_from_a_newer_version(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    import sqlite3

    conn = sqlite3.connect(project)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = project.read_bytes()
    assert main(["import", str(ART_150), "-p", str(project)]) != 0
    err = capsys.readouterr().err
    assert "newer" in err and "draft.drafter" in err
    assert project.read_bytes() == before


def test_propose_records_changed_added_and_repealed_units(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    text = ARTS_322.read_text(encoding="utf-8")
    after_text = text.replace(
        "наказывается лишением свободы на срок до пяти лет с ограничением свободы",
        "наказывается лишением свободы на срок до семи лет с ограничением свободы",
    )
    assert after_text != text
    # article 322.2 repealed where it stands (a second «Статья 322.2» at the end would be a
    # unit of its own, art:322.2~2: an act's numbers are never merged)
    start, end = after_text.index("Статья 322.2."), after_text.index("Статья 322.3.")
    after_text = after_text[:start] + "Статья 322.2. Утратила силу.\n\n" + after_text[end:]
    after_text += "\nСтатья 322.4. Новое преступление\n\nНовое деяние -\n\nнаказывается штрафом.\n"
    after = tmp_path / "after.txt"
    after.write_text(after_text, encoding="utf-8")
    capsys.readouterr()
    assert main(["propose", str(project), str(after)]) == 0
    assert "1 changed, 1 added, 1 repealed" in capsys.readouterr().out
    with Project.open(project, read_only=True) as opened:
        draft = opened.draft()
    (act_draft,) = draft.acts
    statuses = {a: p.status for a, p in act_draft.proposals.items()}
    assert statuses == {"art:322.1": "changed", "art:322.2": "repealed", "art:322.4": "added"}
    added = act_draft.proposals["art:322.4"]
    assert added.after == "art:322.3"


def test_propose_with_an_unknown_act(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    assert main(["propose", str(project), str(ARTS_322), "--act", "nope"]) != 0
    assert "nope" in capsys.readouterr().err


def test_demo_copy_is_a_fresh_copy(tmp_path):
    from drafter.services.projects import demo_copy, sample_path

    original = sample_path().read_bytes()
    first = demo_copy(tmp_path)
    second = demo_copy(tmp_path)
    assert first != second and first.read_bytes() == original
    with Project.open(first) as opened:
        draft = opened.draft()
        assert draft.title.startswith("О внесении изменений")
        assert sum(len(a.proposals) for a in draft.acts) >= 3
    assert sample_path().read_bytes() == original


def _after_file(tmp_path: Path) -> Path:
    text = ARTS_322.read_text(encoding="utf-8")
    changed = text.replace(
        "наказывается лишением свободы на срок до пяти лет с ограничением свободы",
        "наказывается лишением свободы на срок до семи лет с ограничением свободы",
    ).replace(
        "Государственной границы Российской Федерации без действительных документов",
        "Государственной границы Российской Федерации без надлежащих документов",
    )
    assert changed != text
    after = tmp_path / "after.txt"
    after.write_text(changed, encoding="utf-8")
    return after


def test_diff_prints_instructions_that_apply_back(tmp_path):
    after = _after_file(tmp_path)
    result = run("diff", str(ARTS_322), str(after))
    assert result.returncode == 0, result.stderr
    assert "в части первой статьи 322" in result.stdout
    assert "«семи»" in result.stdout or "«до семи" in result.stdout
    instructions = tmp_path / "instructions.txt"
    instructions.write_text(result.stdout, encoding="utf-8")
    out = tmp_path / "consolidated.txt"
    applied = run("apply", str(ARTS_322), str(instructions), "-o", str(out))
    assert applied.returncode == 0, applied.stderr
    shown = json.loads(run("show", "--json", str(out)).stdout)
    expected = json.loads(run("show", "--json", str(after)).stdout)
    assert shown["units"] == expected["units"]


def test_diff_json_lists_operations(tmp_path, capsys):
    after = _after_file(tmp_path)
    assert main(["diff", "--json", str(ARTS_322), str(after)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {op["address"] for op in data["operations"]} == {"art:322/part:1", "art:322.1/part:1"}
    keys = {
        "op",
        "act",
        "address",
        "old",
        "new",
        "anchor",
        "position",
        "occurrence",
        "label",
        "renumber",
    }
    assert all(set(op) == keys for op in data["operations"])
    assert data["instructions"].startswith("1) ")


def test_apply_refuses_an_instruction_that_does_not_fit(tmp_path, capsys):
    instructions = tmp_path / "instructions.txt"
    instructions.write_text(
        "в части первой статьи 322 слова «несуществующие слова» заменить словами «иные»",
        encoding="utf-8",
    )
    out = tmp_path / "out.txt"
    assert main(["apply", str(ARTS_322), str(instructions), "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert "322" in err and "Traceback" not in err
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [instructions]


def test_diff_needs_a_style_when_it_cannot_tell(tmp_path, capsys):
    before = tmp_path / "before.txt"
    before.write_text("Some notes\n\nNothing here looks like an act.\n", encoding="utf-8")
    after = tmp_path / "after.txt"
    after.write_text("Some notes\n\nNothing here looks like a law.\n", encoding="utf-8")
    code = main(["diff", str(before), str(after)])
    err = capsys.readouterr().err
    assert code != 0
    assert "--style" in err


def test_propose_the_current_wording_takes_a_change_back(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    text = ARTS_322.read_text(encoding="utf-8")
    after = tmp_path / "after.txt"
    after.write_text(
        text.replace("на срок до пяти лет с ограничением", "на срок до семи лет с ограничением"),
        encoding="utf-8",
    )
    assert main(["propose", str(project), str(after)]) == 0
    with Project.open(project, read_only=True) as opened:
        assert list(opened.draft().acts[0].proposals) == ["art:322.1"]
    assert main(["propose", str(project), str(ARTS_322)]) == 0
    with Project.open(project, read_only=True) as opened:
        assert opened.draft().acts[0].proposals == {}


def test_a_new_project_has_no_invented_title(tmp_path):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    with Project.open(project, read_only=True) as opened:
        assert opened.draft().title == ""


def _project_with_a_change(tmp_path: Path) -> Path:
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), str(ART_150), "-p", str(project)]) == 0
    assert (
        main(
            [
                "propose",
                str(project),
                str(_after_file(tmp_path)),
                "--act",
                Project.open(project, read_only=True).act_slugs()[0],
            ]
        )
        == 0
    )
    return project


def test_export_writes_the_bundle_and_says_what_it_left_out(tmp_path, capsys):
    project = _project_with_a_change(tmp_path)
    capsys.readouterr()
    out = tmp_path / "bundle"
    assert main(["export", str(project), "-o", str(out), "--date", "2026-01-15"]) == 0
    captured = capsys.readouterr()
    assert str(out) in captured.out
    # art. 150 of the procedure code has no change: left out, and the user is told.
    assert "no changes" in captured.err
    names = sorted(p.name for p in out.iterdir())
    slug = Project.open(project, read_only=True).act_slugs()[0]
    package = ["explanatory-note.docx", "financial-justification.docx", "list-of-acts.docx"]
    assert names == sorted(
        [
            "bill.docx",
            f"comparison-{slug}.docx",
            f"consolidated-{slug}.docx",
            "manifest.json",
            *package,
        ]
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert {f["name"] for f in manifest["files"]} == set(names) - {"manifest.json"}
    # The same draft and date give the same bytes.
    again = tmp_path / "again"
    assert main(["export", str(project), "-o", str(again), "--date", "2026-01-15"]) == 0
    for name in names:
        assert (out / name).read_bytes() == (again / name).read_bytes(), name


def test_export_refuses_an_existing_folder_and_leaves_it_alone(tmp_path, capsys):
    project = _project_with_a_change(tmp_path)
    out = tmp_path / "taken"
    out.mkdir()
    (out / "mine.txt").write_text("keep me", encoding="utf-8")
    assert main(["export", str(project), "-o", str(out)]) != 0
    assert "taken" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["mine.txt"]


def test_export_date_must_be_a_date(tmp_path, capsys):
    with pytest.raises(SystemExit):
        main(["export", "x.drafter", "-o", str(tmp_path / "b"), "--date", "yesterday"])
    assert "YYYY-MM-DD" in capsys.readouterr().err


def test_redline_writes_a_word_file_with_tracked_changes(tmp_path):
    from drafter.core.normalize import normalize
    from drafter.io.redline_reader import read_redline

    out = tmp_path / "redline.docx"
    result = run(
        "redline",
        str(ARTS_322),
        str(_after_file(tmp_path)),
        "-o",
        str(out),
        "--author",
        "Минюст России",
    )
    assert result.returncode == 0, result.stderr
    text = read_redline(out)
    accepted = normalize(" ".join(text.accept_all()))
    rejected = normalize(" ".join(text.reject_all()))
    assert "на срок до семи лет с ограничением" in accepted
    assert "на срок до пяти лет с ограничением" in rejected
    assert "без надлежащих документов" in accepted and "без надлежащих" not in rejected


def test_redline_of_a_bad_file_writes_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"nonsense")
    out = tmp_path / "redline.docx"
    assert main(["redline", str(ARTS_322), str(bad), "-o", str(out)]) != 0
    assert "bad.docx" in capsys.readouterr().err
    assert not out.exists()


def test_diff_of_equal_texts_applies_as_no_change(tmp_path, capsys):
    result = run("diff", str(ARTS_322), str(ARTS_322))
    assert result.returncode == 0 and result.stdout == ""
    assert "no change" in result.stderr
    instructions = tmp_path / "none.txt"
    instructions.write_text(result.stdout, encoding="utf-8")
    out = tmp_path / "same.txt"
    assert main(["apply", str(ARTS_322), str(instructions), "-o", str(out)]) == 0
    same = json.loads(run("show", "--json", str(out)).stdout)["units"]
    assert same == json.loads(run("show", "--json", str(ARTS_322)).stdout)["units"]


def test_show_on_a_folder(tmp_path, capsys):
    folder = tmp_path / "acts"
    folder.mkdir()
    assert main(["show", str(folder)]) != 0
    assert "acts is a folder" in capsys.readouterr().err


def test_an_unknown_profile_is_a_usage_error_that_lists_the_profiles(tmp_path, capsys):
    project = tmp_path / "p.drafter"
    with pytest.raises(SystemExit) as stop:
        main(["import", str(ARTS_322), "-p", str(project), "--profile", "no-such-profile"])
    assert stop.value.code == 2
    error = capsys.readouterr().err
    assert "no-such-profile" in error and "ru-code" in error
    assert not project.exists()


def test_a_named_profile_reads_the_act_with_it(capsys):
    assert main(["show", str(ARTS_322), "--profile", "ru-law", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["act"]["profile"] == "ru-law"


# --- approval rounds -------------------------------------------------------------------------
DEMO = Path(__file__).resolve().parents[1] / "tests" / "data" / "projects" / "demo-unsent.drafter"


def _demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.drafter"
    path.write_bytes(DEMO.read_bytes())
    return path


def test_export_round_next_then_answer_then_rounds_json(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("drafter.services.rounds.current_date", lambda: date(2026, 12, 7))
    project = _demo(tmp_path)
    out = tmp_path / "round-1"
    args = ["export", str(project), "-o", str(out), "--round", "next", "--date", "2026-12-07"]
    assert main([*args, "--to", "МВД России,Минфин России", "--deadline", "2026-12-25"]) == 0
    captured = capsys.readouterr()
    assert captured.out == f"round 1 exported to {out}\n"
    assert captured.err.splitlines() == [
        "warning: МВД России is a new agency; it was added to the project.",
        "warning: Минфин России is a new agency; it was added to the project.",
    ]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["round"]["number"] == 1
    answer = ["answer", str(project), "--agency", "МВД России", "--round", "1"]
    assert (
        main([*answer, "--status", "objections", "--letter", "1/2345", "--date", "2026-12-12"]) == 0
    )
    assert capsys.readouterr().out == "round 1: МВД России — objections\n"
    assert main(["rounds", str(project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == [
        {
            "number": 1,
            "date": "2026-12-07",
            "closed": None,
            "recipients": [
                {"agency": "МВД России", "deadline": "2026-12-25", "status": "objections",
                 "letter": "1/2345", "answer_date": "2026-12-12", "due": "received", "days": None},
                {"agency": "Минфин России", "deadline": "2026-12-25", "status": "pending",
                 "letter": None, "answer_date": None, "due": "due", "days": 18},
            ],
            "remarks": {"total": 0, "open": 0},
        }
    ]  # fmt: skip
    assert main(["rounds", str(project)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "round 1 — 2026-12-07",
        "  МВД России: objections — received 2026-12-12, letter 1/2345",
        "  Минфин России: pending — due in 18 days (2026-12-25)",
    ]
    again = tmp_path / "again"
    assert main(["export", str(project), "-o", str(again), "--round", "1"]) == 0
    assert capsys.readouterr().out == f"round 1 written to {again} as it was sent\n"
    assert (again / "bill.docx").read_bytes() == (out / "bill.docx").read_bytes()


def test_round_errors_are_one_line_and_change_nothing(tmp_path, capsys):
    project = _demo(tmp_path)
    out = tmp_path / "r1"
    assert (
        main(["export", str(project), "-o", str(out), "--round", "next", "--to", "МВД России"]) == 0
    )
    capsys.readouterr()
    before = project.read_bytes()
    cases = [
        (["answer", str(project), "--agency", "МВД России", "--round", "4", "--status", "agreed"],
         "demo.drafter has no round 4; the rounds sent are 1."),
        (["answer", str(project), "--agency", "Минтруд России", "--round", "1", "--status",
          "agreed"], "demo.drafter has no agency «Минтруд России» (known: МВД России)."),
        (["answer", str(project), "--agency", "МВД России", "--round", "1", "--status", "agreed",
          "--date", "12.12.2026"], "'12.12.2026' is not a date: write it as YYYY-MM-DD."),
        (["export", str(project), "-o", str(tmp_path / "x"), "--round", "7"],
         "demo.drafter has no round 7; the rounds sent are 1."),
        (["export", str(project), "-o", str(tmp_path / "x"), "--to", "МВД России"],
         "--to and --deadline go with --round next."),
        (["export", str(project), "-o", str(tmp_path / "x"), "--round", "next", "--deadline",
          "soon"], "'soon' is not a date: write it as YYYY-MM-DD."),
    ]  # fmt: skip
    for args, sentence in cases:
        assert main(args) == 1
        captured = capsys.readouterr()
        assert captured.err == f"drafter: {sentence}\n" and captured.out == ""
    assert project.read_bytes() == before
    assert not (tmp_path / "x").exists()


def test_rounds_of_a_project_without_rounds(tmp_path, capsys):
    project = _demo(tmp_path)
    assert main(["rounds", str(project), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["rounds", str(project)]) == 0
    assert capsys.readouterr().out == "no rounds yet\n"


def test_rounds_in_russian(tmp_path, capsys, monkeypatch):
    project = _demo(tmp_path)
    out = tmp_path / "r1"
    assert (
        main(["export", str(project), "-o", str(out), "--round", "next", "--to", "МВД России"]) == 0
    )
    monkeypatch.setenv("DRAFTER_LANG", "ru")
    capsys.readouterr()
    assert (
        main(["answer", str(project), "--agency", "ФСБ", "--round", "1", "--status", "none"]) == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("drafter: ") and err.count("\n") == 1


# --- review: an agency's returned files -----------------------------------------------------------
def _sent_round(tmp_path: Path, capsys) -> tuple[Path, Path]:
    project = _demo(tmp_path)
    out = tmp_path / "r1"
    args = ["export", str(project), "-o", str(out), "--round", "next", "--to", "МВД России"]
    assert main([*args, "--date", "2026-12-07"]) == 0
    capsys.readouterr()
    return project, out


def _commented(out: Path, tmp_path: Path) -> Path:
    """The consolidated Criminal Code with one comment and one replacement by a reviewer."""
    sys.path.insert(0, str(Path(__file__).parent / "io"))
    from word_reviewer import WordReviewer

    source = out / "consolidated-uk-rf.docx"
    reviewer = WordReviewer(source.read_bytes())
    texts = ["".join(p.itertext()) for p in reviewer.paras]
    at = next(i for i, t in enumerate(texts) if "фиктивн" in t and len(t.split()) > 10)
    word = next(w for w in texts[at].split() if w.isalpha() and texts[at].count(w) == 1)
    reviewer.comment(at, word, "Обоснуйте.", "Пётр Ревизоров", "2026-12-10T09:00:00Z")
    later = next(i for i, t in enumerate(texts) if i > at + 2 and " лет" in t)
    reviewer.replace(later, " лет", " месяцев", "Пётр Ревизоров", "2026-12-10T09:00:00Z")
    path = tmp_path / "МВД.docx"
    path.write_bytes(reviewer.save())
    return path


def test_review_json_of_one_file_and_of_several(tmp_path, capsys):
    project, out = _sent_round(tmp_path, capsys)
    returned = _commented(out, tmp_path)
    assert main(["review", str(project), str(returned), "--agency", "мвд россии", "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    got = json.loads(captured.out)
    assert list(got) == ["file", "round", "agency", "remarks", "unplaced"]
    assert (got["file"], got["round"], got["agency"]) == ("МВД.docx", 1, "МВД России")
    assert sorted(x["kind"] for x in got["remarks"] + got["unplaced"]) == ["comment", "edit"]
    comment = next(x for x in got["remarks"] if x["kind"] == "comment")
    assert comment["text"] == "Обоснуйте." and comment["proposed"] is None
    assert comment["address"].startswith("art:") and comment["author"] == "Пётр Ревизоров"
    edit = next(x for x in got["remarks"] if x["kind"] == "edit")
    assert "лет" in edit["quote"] and "месяцев" in edit["proposed"]
    args = ["review", str(project), str(out / "bill.docx"), str(out / "comparison-uk-rf.docx")]
    assert main([*args, "--agency", "Минфин России", "--json"]) == 0
    captured = capsys.readouterr()
    many = json.loads(captured.out)
    assert [(x["file"], x["remarks"], x["unplaced"]) for x in many] == [
        ("bill.docx", [], []),
        ("comparison-uk-rf.docx", [], []),
    ]
    assert captured.err == "warning: Минфин России is a new agency; it was added to the project.\n"
    with Project.open(project, read_only=True) as opened:
        assert [(x.agency, x.status) for x in opened.round(1).recipients] == [
            ("МВД России", "remarks"),
            ("Минфин России", "agreed"),
        ]
        assert len(opened.remarks(1)) == 2


def test_review_prints_a_short_report_and_files_twice_nothing(tmp_path, capsys):
    project, out = _sent_round(tmp_path, capsys)
    returned = _commented(out, tmp_path)
    assert main(["review", str(project), str(returned), "--agency", "МВД России"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == (
        "МВД.docx (МВД России, round 1): read against consolidated-uk-rf.docx by its "
        "properties; 2 placed, 0 unplaced"
    )
    assert len(lines) == 3 and all(x.startswith("  art:") for x in lines[1:])
    assert any("comment" in x and "— Обоснуйте." in x for x in lines[1:])
    before = project.read_bytes()
    assert main(["review", str(project), str(returned), "--agency", "МВД России"]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("warning: МВД.docx was already filed on ")
    assert captured.err.endswith(" for МВД России (round 1): nothing to do.\n")
    assert project.read_bytes() == before


def test_review_errors_are_one_line_and_change_nothing(tmp_path, capsys):
    project, out = _sent_round(tmp_path, capsys)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04broken")
    before = project.read_bytes()
    cases = [
        (["review", str(project), str(out / "bill.docx"), "--agency", "МВД России", "--round",
          "2"], "demo.drafter has no round 2; the rounds sent are 1."),
        (["review", str(project), str(broken), "--agency", "МВД России"],
         "broken.docx is not a Word .docx document (not a zip package, or a damaged one)."),
        (["review", str(project), str(out / "bill.docx"), str(broken), "--agency", "ФНС"],
         "broken.docx is not a Word .docx document (not a zip package, or a damaged one)."),
    ]  # fmt: skip
    for args, sentence in cases:
        assert main(args) == 1
        captured = capsys.readouterr()
        assert captured.err == f"drafter: {sentence}\n" and captured.out == ""
    assert project.read_bytes() == before


def _sample(tmp_path: Path) -> Path:
    """A copy of the sample after round 1, before any decision."""
    import shutil

    from tests.samples import ROUND_1

    path = tmp_path / "demo.drafter"
    shutil.copy(ROUND_1, path)
    return path


def test_remarks_json_and_filters(tmp_path, capsys):
    demo = _sample(tmp_path)
    assert main(["remarks", str(demo), "--json"]) == 0
    every = json.loads(capsys.readouterr().out)
    assert len(every) == 6
    assert list(every[0]) == [
        "id", "round", "agency", "act", "address", "kind", "severity", "quote", "text",
        "grounds", "grounds_kind", "proposed", "status", "resolution", "decided_by", "decided_at",
        "settled", "repeats", "link", "members", "unit_now", "removed_since",
    ]  # fmt: skip
    assert main(["remarks", str(demo), "--json", "--agency", "Генпрокуратура России"]) == 0
    theirs = json.loads(capsys.readouterr().out)
    assert theirs == [x for x in every if x["agency"] == "Генпрокуратура России"]
    assert main(["remarks", str(demo), "--round", "2"]) == 0
    assert capsys.readouterr().out.strip() == "no remarks"


def test_resolve_accepted_applies_the_wording_unless_keep_draft(tmp_path, capsys):
    from drafter.core.draft import proposed_act

    demo = _sample(tmp_path)
    main(["remarks", str(demo), "--json"])
    edits = [x for x in json.loads(capsys.readouterr().out) if x["kind"] == "edit"]
    first, second = edits
    assert main(["resolve", str(demo), str(first["id"]), "--status", "accepted",
                 "--reason", "Учтено"]) == 0  # fmt: skip
    assert main(["resolve", str(demo), str(second["id"]), "--status", "accepted",
                 "--reason", "Учтено", "--keep-draft"]) == 0  # fmt: skip
    capsys.readouterr()
    with Project.open(demo, read_only=True) as project:
        act = proposed_act(project.act("uk-rf"), project.draft().for_act("uk-rf"))
        unit, kept = act.find(first["address"]), act.find(second["address"])
        assert unit is not None and kept is not None
        assert first["proposed"] in unit.text + unit.closing
        assert second["proposed"] not in kept.text + kept.closing
    main(["remarks", str(demo), "--json"])
    decided = {x["id"]: x for x in json.loads(capsys.readouterr().out)}
    assert decided[first["id"]]["status"] == decided[second["id"]]["status"] == "accepted"
    assert decided[first["id"]]["resolution"] == "Учтено"


def test_resolve_twice_is_one_line_and_exit_1(tmp_path, capsys):
    demo = _sample(tmp_path)
    assert main(["resolve", str(demo), "1", "--status", "rejected", "--reason", "Нет"]) == 0
    capsys.readouterr()
    assert main(["resolve", str(demo), "1", "--status", "accepted", "--reason", "Да"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("drafter: Remark 1 is already decided (rejected")
    assert err.count("\n") == 1
    assert main(["resolve", str(demo), "77", "--status", "accepted", "--reason", "Да"]) == 1
    assert "has no remark 77" in capsys.readouterr().err
