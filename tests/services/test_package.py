"""The bill's package in the bundle: the explanatory note, the financial justification and the
list of acts — what Drafter fills in, the marked places it leaves, LibreOffice opening them."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import docx
import pytest

from drafter.cli import main
from drafter.core import model as m
from drafter.io.docx_package_docs import PLACE_COLOUR
from drafter.io.project import Project
from drafter.services import export
from drafter.services.projects import open_project
from tests.samples import UNSENT

WHEN = date(2026, 1, 15)
PACKAGE = ("explanatory-note.docx", "financial-justification.docx", "list-of-acts.docx")
CORPUS = Path(__file__).parents[1] / "data" / "corpus"
ARTS_322 = (
    CORPUS
    / "ru-376fz-fictitious-registration"
    / "uk-rf_arts-322-to-322.3_AFTER_pravo-gov-ru_ed-2023-08-04.txt"
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def sample_bundle(tmp_path: Path, *, entries=(), **meta: str) -> tuple[Path, m.Draft]:
    copy = tmp_path / "demo.drafter"
    shutil.copy(UNSENT, copy)
    with open_project(copy) as project:
        draft, acts = project.draft(), project.acts()
    for key, value in meta.items():
        setattr(draft, key, value)
    out = tmp_path / "bundle"
    export.write_bundle(draft, acts, out, export_date=WHEN, package_entries=entries)
    return out, draft


def paragraphs(path: Path) -> list[docx.text.paragraph.Paragraph]:
    return [p for p in docx.Document(str(path)).paragraphs if p.text.strip()]


def places(path: Path) -> list[str]:
    """The texts printed as marked places (italic on the place colour)."""
    found = []
    for p in paragraphs(path):
        for r in p.runs:
            colour = r._r.find(f"{_W}rPr/{_W}highlight")
            if colour is not None and colour.get(f"{_W}val") == PLACE_COLOUR and r.italic:
                found.append(r.text)
    return found


def bookmarked(path: Path) -> bool:
    return all(p._p.find(f"{_W}bookmarkStart") is not None for p in paragraphs(path))


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> tuple[Path, m.Draft]:
    return sample_bundle(tmp_path_factory.mktemp("package"))


def test_the_sample_bundle_holds_the_package_and_the_manifest_lists_it(bundle):
    out, _ = bundle
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["name"] for f in manifest["files"]}
    assert set(PACKAGE) <= listed
    for name in PACKAGE:
        assert (out / name).is_file() and bookmarked(out / name), name


def test_the_explanatory_note_fills_the_changes_and_marks_the_subject_and_reasons(bundle):
    out, draft = bundle
    texts = [p.text for p in paragraphs(out / "explanatory-note.docx")]
    assert texts[0] == "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА"
    assert texts[1] == f"к проекту федерального закона «{draft.title}»"
    assert (
        "Законопроектом вносятся изменения в Уголовный кодекс Российской Федерации и "
        "Уголовно-процессуальный кодекс Российской Федерации." in texts
    )
    # the sample changes the note to 322 and articles 322.1, adds 322.4; in the УПК article 150
    assert (
        "Статьей 1 законопроекта вносятся изменения в Уголовный кодекс Российской Федерации: "
        "изменяются статьи 322 и 322.1; вводится статья 322.4." in texts
    )
    assert (
        "Статьей 2 законопроекта вносятся изменения в Уголовно-процессуальный кодекс "
        "Российской Федерации: изменяется статья 150." in texts
    )
    marked = places(out / "explanatory-note.docx")
    assert any(x.startswith("[предмет правового регулирования") for x in marked)
    assert any(x.startswith("[обоснование необходимости") for x in marked)


def test_the_financial_justification_and_the_list_are_skeletons_with_marked_places(bundle):
    out, draft = bundle
    finance = [p.text for p in paragraphs(out / "financial-justification.docx")]
    assert finance[0] == "ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ ОБОСНОВАНИЕ"
    assert len(places(out / "financial-justification.docx")) == 1
    listing = [p.text for p in paragraphs(out / "list-of-acts.docx")]
    assert listing[0] == "ПЕРЕЧЕНЬ"
    assert listing[1].endswith(f"в связи с принятием федерального закона «{draft.title}»")
    (place,) = places(out / "list-of-acts.docx")
    assert draft.title in place


def test_the_drafters_texts_and_the_list_entries_replace_the_places(tmp_path):
    entries = ["Федеральный закон «Об исполнительном производстве», статья 30."]
    out, _ = sample_bundle(
        tmp_path,
        entries=entries,
        subject="Уголовная ответственность за незаконную миграцию.",
        reasons="Рост числа фиктивных регистраций.",
        finance="Реализация закона не потребует расходов федерального бюджета.",
    )
    note = [p.text for p in paragraphs(out / "explanatory-note.docx")]
    assert "Уголовная ответственность за незаконную миграцию." in note
    assert "Рост числа фиктивных регистраций." in note
    assert [x for x in places(out / "explanatory-note.docx") if "предмет" in x] == []
    assert places(out / "financial-justification.docx") == []
    listing = [p.text for p in paragraphs(out / "list-of-acts.docx")]
    assert listing[2] == f"1. {entries[0]}"
    assert places(out / "list-of-acts.docx") == []


@pytest.mark.libreoffice
def test_libreoffice_opens_the_package_and_prints_the_bill_and_the_note(bundle, office, tmp_path):
    out, _draft = bundle
    files = [out / name for name in PACKAGE]
    answers = {Path(a["file"]).name: a for a in office.call("inspect", *files)}
    assert set(answers) == set(PACKAGE)
    for name, answer in answers.items():
        ours = [p.text for p in paragraphs(out / name)]
        assert answer["text_raw"], f"{name} looks empty in LibreOffice"
        assert ours[0] in answer["text_raw"] and ours[-1] in answer["text_raw"], name
    for name in ("bill.docx", "explanatory-note.docx"):
        pdf = tmp_path / f"{Path(name).stem}.pdf"
        office.call("pdf", out / name, pdf)
        assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000


def test_the_command_line_exports_with_a_warning_and_a_marked_place_for_an_unknown_name(
    tmp_path, capsys
):
    """A fragment of articles has no title: the bill asks for the name, never the file name."""
    project = tmp_path / "draft.drafter"
    assert main(["import", str(ARTS_322), "-p", str(project)]) == 0
    after = tmp_path / "after.txt"
    text = ARTS_322.read_text(encoding="utf-8")
    after.write_text(text.replace("до пяти лет с ограничением", "до шести лет с ограничением", 1))
    slug = Project.open(project, read_only=True).act_slugs()[0]
    assert main(["propose", str(project), str(after), "--act", slug]) == 0
    capsys.readouterr()
    out = tmp_path / "bundle"
    assert main(["export", str(project), "-o", str(out), "--date", "2026-01-15"]) == 0
    err = capsys.readouterr().err
    assert "warning:" in err and "cannot be declined" in err
    bill = "\n".join(p.text for p in docx.Document(str(out / "bill.docx")).paragraphs)
    assert "[наименование акта в родительном падеже]" in bill
    assert slug not in bill and "uk-rf_arts" not in bill
    assert set(PACKAGE) <= {p.name for p in out.iterdir()}


@pytest.mark.parametrize("style", ["uk", "us"])
def test_english_drafts_get_explanatory_notes_a_memorandum_and_related_legislation(tmp_path, style):
    from tests.services.test_export import english_draft

    draft, act = english_draft(style)
    draft.commencement, draft.commencement_value = "days", "60"
    out = tmp_path / style
    result = export.write_bundle(draft, [act], out, export_date=WHEN)
    assert set(PACKAGE) <= set(result.files)
    note = [p.text for p in paragraphs(out / "explanatory-note.docx")]
    assert note[0] == "EXPLANATORY NOTES"
    name = act.title
    commentary = [x for x in note if x.startswith("The Bill ")]
    assert len(commentary) == 1 and commentary[0].endswith(f"of the {name}.")
    # the units the draft touches: sections 1 and 2 changed, 5 repealed (uk); 2 and 3 (us)
    changed = (
        "amends sections 1 and 2 and repeals section 5"
        if style == "uk"
        else ("amends sections 2 and 3")
    )
    assert changed in commentary[0]
    assert places(out / "explanatory-note.docx")[0].startswith("[Summary")
    assert next(p.text for p in paragraphs(out / "financial-justification.docx")) == (
        "FINANCIAL MEMORANDUM"
    )
    bill = "\n".join(p.text for p in docx.Document(str(out / "bill.docx")).paragraphs)
    assert "60 days" in bill


def test_a_round_keeps_the_frame_it_was_sent_with_and_sends_no_package(tmp_path):
    """The initiator and the entry into force are frozen with the round; a round's bundle holds
    only the files a round keeps (bill, comparisons, consolidated texts)."""
    from drafter.services import rounds
    from drafter.services.round_diff import round_draft

    copy = tmp_path / "demo.drafter"
    shutil.copy(UNSENT, copy)
    with open_project(copy) as project:
        draft = project.draft()
        draft.initiator = "Вносится Правительством Российской Федерации"
        draft.commencement, draft.commencement_value = "days", "90"
        project.save_draft_meta(draft)
    out = tmp_path / "round-1"
    rounds.export_round(copy, out, "next", to="МВД России", export_date=WHEN)
    assert not set(PACKAGE) & {p.name for p in out.iterdir()}
    bill = [p.text for p in docx.Document(str(out / "bill.docx")).paragraphs]
    assert bill[0] == "Вносится Правительством Российской Федерации" and bill[1] == "Проект"
    assert any("по истечении девяноста дней" in x for x in bill)
    with open_project(copy) as project:
        draft = project.draft()
        draft.initiator = ""
        project.save_draft_meta(draft)
        sent = round_draft(project, 1)
    assert (sent.initiator, sent.commencement, sent.commencement_value) == (
        "Вносится Правительством Российской Федерации",
        "days",
        "90",
    )
