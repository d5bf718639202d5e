"""Telling a dropped file apart: a round file sent to the agencies (returned) from an act."""

from __future__ import annotations

import shutil
import zipfile
from datetime import date
from pathlib import Path

import pytest

from drafter.services import rounds
from drafter.services.dropped import kind_of_dropped_file
from drafter.services.export import export_project

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "tests" / "data" / "projects" / "demo-unsent.drafter"  # the sample, no round yet
CORPUS_TXT = next((ROOT / "tests" / "data" / "corpus").rglob("*.txt"))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory) -> tuple[Path, Path]:
    """The sample draft sent as round 1, and the same draft exported without a round."""
    base = tmp_path_factory.mktemp("dropped")
    project = base / "demo.drafter"
    shutil.copyfile(DEMO, project)
    plain = export_project(project, base / "plain", date(2026, 12, 7)).path
    sent = base / "round-1"
    rounds.export_round(project, sent, "next", to="МВД России", export_date=date(2026, 12, 7))
    return sent, plain


def _rewrite(source: Path, target: Path, change: dict[str, bytes | None]) -> Path:
    """A copy of a .docx with some members replaced (bytes) or left out (None)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            if info.filename in change:
                data = change[info.filename]
                if data is not None:
                    zout.writestr(info, data)
            else:
                zout.writestr(info, zin.read(info))
    return target


def test_every_file_of_a_round_is_a_returned_file(bundles):
    sent, _ = bundles
    files = sorted(sent.glob("*.docx"))
    assert len(files) >= 3  # the bill, the comparison tables, the consolidated texts
    assert {path.name: kind_of_dropped_file(path) for path in files} == {
        path.name: "returned" for path in files
    }


def test_a_bundle_exported_without_a_round_is_imported_as_acts(bundles):
    _, plain = bundles
    files = sorted(plain.glob("*.docx"))
    assert files
    assert {kind_of_dropped_file(path) for path in files} == {"act"}


def test_an_act_text_is_an_act_and_other_files_are_unknown(tmp_path):
    assert kind_of_dropped_file(CORPUS_TXT) == "act"
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\n")
    assert kind_of_dropped_file(pdf) == "unknown"


def test_a_round_file_whose_properties_were_stripped_is_not_recognised_on_drop(bundles, tmp_path):
    sent, _ = bundles
    consolidated = next(sent.glob("consolidated-*.docx"))
    stripped = _rewrite(consolidated, tmp_path / "stripped.docx", {"docProps/custom.xml": None})
    assert kind_of_dropped_file(stripped) == "act"  # the Rounds window reads it by content


def test_damaged_and_hostile_files_go_to_the_import_that_refuses_them(bundles, tmp_path):
    sent, _ = bundles
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(next(sent.glob("bill*.docx")).read_bytes()[:500])
    assert kind_of_dropped_file(damaged) == "act"
    hostile_xml = (
        b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY r "DrafterRound">]>'
        b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'custom-properties"><property name="&r;"/></Properties>'
    )
    hostile = _rewrite(
        next(sent.glob("bill*.docx")),
        tmp_path / "hostile.docx",
        {"docProps/custom.xml": hostile_xml},
    )
    assert kind_of_dropped_file(hostile) == "act"  # the entity is never expanded
    missing = tmp_path / "gone.docx"
    assert kind_of_dropped_file(missing) == "act"  # the import says it does not exist
