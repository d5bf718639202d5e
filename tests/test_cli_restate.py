"""Patch or restate on the command line: `drafter diff --restate`, `drafter restate`, the bill."""

from __future__ import annotations

import json
from pathlib import Path

from drafter.cli import main
from drafter.io.project import Project
from drafter.services.export import build_bill

DATA = Path(__file__).resolve().parent / "data" / "corpus"
ARTS_322 = (
    DATA
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
PART_1 = "art:322/part:1"


def _after(tmp_path: Path) -> Path:
    """Art. 322 part 1 with one word changed (a patch by the rules)."""
    text = ARTS_322.read_text(encoding="utf-8")
    changed = text.replace(
        "Государственной границы Российской Федерации без действительных документов",
        "Государственной границы Российской Федерации без надлежащих документов",
        1,
    )
    assert changed != text
    after = tmp_path / "after.txt"
    after.write_text(changed, encoding="utf-8")
    return after


def _law_text(units: list) -> list:
    """The units as `show --json` prints them, without editorial notes (not law text: a
    restated unit no longer carries its old «В редакции …» note)."""
    return [
        {
            **{k: v for k, v in u.items() if k not in ("notes", "children")},
            "children": _law_text(u["children"]),
        }
        for u in units
    ]


def _show(path: Path, capsys) -> list:
    assert main(["show", "--json", str(path)]) == 0
    return _law_text(json.loads(capsys.readouterr().out)["units"])


def test_diff_restate_switches_a_unit_and_its_output_applies_back(tmp_path, capsys):
    after = _after(tmp_path)
    assert main(["diff", "--json", str(ARTS_322), str(after)]) == 0
    patched = json.loads(capsys.readouterr().out)
    assert patched["forms"] == {PART_1: "patch"}
    assert [op["op"] for op in patched["operations"]] == ["replace_words"]

    assert main(["diff", "--json", "--restate", PART_1, str(ARTS_322), str(after)]) == 0
    restated = json.loads(capsys.readouterr().out)
    assert restated["forms"] == {PART_1: "restate"}
    assert [op["op"] for op in restated["operations"]] == ["restate_unit"]
    assert "изложить в следующей редакции" in restated["instructions"]

    instructions = tmp_path / "instructions.txt"
    instructions.write_text(restated["instructions"], encoding="utf-8")
    out = tmp_path / "consolidated.txt"
    assert main(["apply", str(ARTS_322), str(instructions), "-o", str(out)]) == 0
    capsys.readouterr()
    assert _show(out, capsys) == _show(after, capsys)


def test_diff_restate_of_an_unknown_unit_is_one_clear_line(tmp_path, capsys):
    after = _after(tmp_path)
    code = main(["diff", "--restate", "art:999/part:1", str(ARTS_322), str(after)])
    captured = capsys.readouterr()
    assert code == 1
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "art:999/part:1" in captured.err


def test_the_choice_is_kept_in_the_project_and_the_bill_follows_it(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    assert main(["propose", str(project), str(_after(tmp_path))]) == 0
    capsys.readouterr()
    with Project.open(project, read_only=True) as opened:
        slug = opened.act_slugs()[0]

    def bill() -> str:
        with Project.open(project, read_only=True) as opened:
            built = build_bill(opened.draft(), opened.acts())
        assert built is not None
        return built.text

    assert "изложить в следующей редакции" not in bill()
    assert main(["restate", str(project), slug, PART_1]) == 0
    shown = capsys.readouterr().out
    assert "amended by patches" in shown and "auto" in shown

    assert main(["restate", str(project), slug, PART_1, "--form", "restate"]) == 0
    shown = capsys.readouterr().out
    assert "restated" in shown and "the drafter's choice: restate" in shown
    with Project.open(project, read_only=True) as opened:
        assert opened.draft().forms == {f"{slug}|{PART_1}": "restate"}
    assert "изложить в следующей редакции" in bill()

    assert main(["restate", str(project), slug, PART_1, "--form", "auto"]) == 0
    capsys.readouterr()
    with Project.open(project, read_only=True) as opened:
        assert opened.draft().forms == {}
    assert "изложить в следующей редакции" not in bill()


def test_restate_refuses_an_unknown_unit_and_leaves_the_project_alone(tmp_path, capsys):
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    with Project.open(project, read_only=True) as opened:
        slug = opened.act_slugs()[0]
    before = project.read_bytes()
    capsys.readouterr()
    assert main(["restate", str(project), slug, "art:999", "--form", "restate"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "art:999" in err
    assert project.read_bytes() == before


def test_diff_follows_a_relettering_and_warns_with_the_in_between_letter(tmp_path, capsys):
    """A point typed in as «б» of art. 322.1 part 2, old «б» and «в» re-lettered «в» and «г»:
    the instructions do as the text says, the warning offers «а.1», and they apply back."""
    text = ARTS_322.read_text(encoding="utf-8")
    old_b = "б) в целях совершения преступления на терр"
    old_c = "в) лицом с использованием своего служебно"
    assert old_b in text and old_c in text
    changed = text.replace(old_c, "г" + old_c[1:]).replace(old_b, "в" + old_b[1:])
    changed = changed.replace(
        "в) в целях совершения", "б) в отношении несовершеннолетнего;\n\nв) в целях совершения", 1
    )
    after = tmp_path / "after.txt"
    after.write_text(changed, encoding="utf-8")
    assert main(["diff", str(ARTS_322), str(after)]) == 0
    captured = capsys.readouterr()
    assert "считать соответственно" in captured.out or "считать пункт" in captured.out
    assert "renumbering" in captured.err and "а.1" in captured.err
    instructions = tmp_path / "instructions.txt"
    instructions.write_text(captured.out, encoding="utf-8")
    out = tmp_path / "consolidated.txt"
    assert main(["apply", str(ARTS_322), str(instructions), "-o", str(out)]) == 0
    capsys.readouterr()
    assert _show(out, capsys) == _show(after, capsys)
