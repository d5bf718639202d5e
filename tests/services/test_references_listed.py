"""`drafter references` and the bundle's list on the sample draft: article 150 of the Code of
Criminal Procedure cites articles 322–322.3 of the Criminal Code the draft amends."""

from __future__ import annotations

import json
import shutil

import pytest

from drafter.cli import main
from drafter.core import model as m
from drafter.core.draft import repealed_unit
from drafter.io.project import Project
from drafter.services.references import (
    citing_units,
    list_references,
    reference_entries,
    reference_lines,
)
from tests.samples import UNSENT


@pytest.fixture
def demo(tmp_path):
    path = tmp_path / "demo.drafter"
    shutil.copy(UNSENT, path)
    return path


@pytest.fixture
def repealing_322_2(demo):
    """The sample with article 322.2 repealed as well."""
    with Project.open(demo) as project:
        unit = project.act("uk-rf").find("art:322.2")
        project.set_proposal("uk-rf", m.Proposal("art:322.2", m.REPEALED, repealed_unit(unit)))
    return demo


def test_the_sample_change_of_322_1_names_article_150_to_check(demo, capsys):
    found = list_references(demo)
    to_uk = [x for x in found if x["cited_act"] == "uk-rf"]
    assert {(x["act"], x["unit"], x["cited"], x["verdict"]) for x in to_uk} == {
        ("upk-rf", "art:150/part:3/pt:1", "art:322", "check"),
        ("upk-rf", "art:150/part:3/pt:1", "art:322.1/part:1", "check"),
    }
    assert main(["references", str(demo)]) == 0
    lines = capsys.readouterr().out.splitlines()
    line = next(x for x in lines if "ст. 322.1 ч. 1 " in x)
    assert line.startswith("УПК РФ ст. 150 ч. 3 п. 1: «…")
    assert "322.1 частью первой" in line and line.endswith("of УК РФ is changed: to check")


def test_repealing_322_2_makes_article_150_must_be_amended(repealing_322_2, capsys):
    assert main(["references", str(repealing_322_2), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    repealed = [x for x in found if x["cited"] == "art:322.2"]
    assert [(x["unit"], x["status"], x["verdict"]) for x in repealed] == [
        ("art:150/part:3/pt:1", "repealed", "amend")
    ]
    assert "322.2" in repealed[0]["excerpt"]
    with Project.open(repealing_322_2, read_only=True) as project:
        acts, draft = project.acts(), project.draft()
    marks = citing_units(acts, draft)
    assert marks[("upk-rf", "art:150/part:3/pt:1")] == "amend"
    entries = reference_entries(acts, draft)
    entry = next(e for e in entries if e["cited"].startswith("ст. 322.2 "))
    assert entry == {
        "act": "Уголовно-процессуальный кодекс Российской Федерации",
        "unit": "ст. 150 ч. 3 п. 1",
        "text": entry["text"],
        "cited": "ст. 322.2 УК РФ (утрачивает силу)",
        "verdict": "требует изменения",
    }
    assert "322.2" in entry["text"]
    # the перечень: one line per citing unit, its cited units joined, the stronger verdict
    (line,) = [x for x in reference_lines(acts, draft) if ", ст. 150 ч. 3 п. 1 (" in x]
    assert line.startswith("Уголовно-процессуальный кодекс Российской Федерации, ст. 150 ч. 3 п. 1")
    assert "ст. 322.2 УК РФ (утрачивает силу)" in line and "ст. 322 УК РФ (изменяется)" in line
    assert line.endswith("— требует изменения")
    english = reference_lines(acts, draft, "en")
    assert any("refers to" in x and x.endswith("— must be amended") for x in english)


def test_a_draft_without_changes_lists_nothing(tmp_path, capsys):
    path = tmp_path / "empty.drafter"
    with Project.open(UNSENT, read_only=True) as source, Project.create(path) as project:
        for act in source.acts():
            project.add_act(act)
    assert list_references(path) == []
    assert main(["references", str(path)]) == 0
    assert "No act of the project cites" in capsys.readouterr().out


def test_a_missing_project_is_one_sentence(tmp_path, capsys):
    assert main(["references", str(tmp_path / "nothing.drafter")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("drafter: ")
