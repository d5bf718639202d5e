"""The bundle: its files and manifest, byte-identical re-export, bad targets, single redlines."""

from __future__ import annotations

import hashlib
import json
import os
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "io"))

from test_redline_reader import ARTICLES_322, apply_edit, corpus_act

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between
from drafter.errors import ExportError
from drafter.io.redline_reader import read_redline
from drafter.services import export

WHEN = date(2024, 6, 1)


def draft_and_acts() -> tuple[m.Draft, list[m.Act]]:
    act = corpus_act()
    act.sources = ["Собрание законодательства Российской Федерации, 1996, № 25, ст. 2954"]
    after = act.copy()
    apply_edit(after, "replace", 1, 3, "шести")
    apply_edit(after, "repeal", 2, 0, "")
    apply_edit(after, "add_article", 3, 1, "новой")
    assign_addresses(after)
    draft = m.Draft(title="", agency="Минюст России", style="ru")
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    return draft, [act]


# The package (explanatory note, financial justification, list of acts), sorted among the rest.
PACKAGE = ("explanatory-note.docx", "financial-justification.docx", "list-of-acts.docx")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_bundle_holds_the_documents_and_a_manifest_of_their_hashes(tmp_path):
    draft, acts = draft_and_acts()
    out = tmp_path / "bundle"
    result = export.write_bundle(draft, acts, out, export_date=WHEN)
    assert result.path == out
    again = tmp_path / "again"
    assert export.write_bundle(draft, acts, again, export_date=WHEN).path == again
    assert _leftovers(out) == [
        "bill.docx",
        "comparison-uk-rf.docx",
        "consolidated-uk-rf.docx",
        *PACKAGE,
        "manifest.json",
    ]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest) == {"generator", "draft", "round", "acts", "files"}
    assert manifest["round"] is None
    assert manifest["generator"].startswith("Drafter")
    assert [a["slug"] for a in manifest["acts"]] == ["uk-rf"]
    assert manifest["draft"]["agency"] == "Минюст России"
    for entry in manifest["files"]:
        data = (out / entry["name"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"]
    assert {e["name"] for e in manifest["files"]} == {
        "bill.docx",
        "comparison-uk-rf.docx",
        "consolidated-uk-rf.docx",
        *PACKAGE,
    }
    # The redline in the bundle is the whole act with the draft's changes tracked.
    text = read_redline(out / "consolidated-uk-rf.docx")
    assert "Статья 322.2. Утратила силу." in text.accept_all()
    assert any(p.startswith("Статья 322.2. Фиктивная") for p in text.reject_all())
    assert result.bookmarks["uk-rf"]


def test_same_draft_and_date_give_byte_identical_bundles(tmp_path):
    draft, acts = draft_and_acts()
    a = export.write_bundle(draft, acts, tmp_path / "a", export_date=WHEN).path
    b = export.write_bundle(draft, acts, tmp_path / "b", export_date=WHEN).path
    for name in _leftovers(a):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    c = export.write_bundle(draft, acts, tmp_path / "c", export_date=date(2025, 1, 2)).path
    assert (a / "bill.docx").read_bytes() != (c / "bill.docx").read_bytes()


def test_a_taken_name_is_refused_and_left_untouched(tmp_path):
    draft, acts = draft_and_acts()
    taken = tmp_path / "bundle"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    with pytest.raises(ExportError, match="already exists"):
        export.write_bundle(draft, acts, taken, export_date=WHEN)
    assert _leftovers(taken) == ["mine.txt"]
    assert _leftovers(tmp_path) == ["bundle"]
    a_file = tmp_path / "bundle.zip"
    a_file.write_text("x")
    with pytest.raises(ExportError, match="already exists"):
        export.write_bundle(draft, acts, a_file, export_date=WHEN)


def test_an_empty_folder_the_user_picked_is_used(tmp_path):
    draft, acts = draft_and_acts()
    empty = tmp_path / "out"
    empty.mkdir()
    export.write_bundle(draft, acts, empty, export_date=WHEN)
    assert "bill.docx" in _leftovers(empty)


def test_a_folder_that_cannot_be_written_is_a_clear_error(tmp_path):
    draft, acts = draft_and_acts()
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    with pytest.raises(ExportError, match="does not exist"):
        export.write_bundle(draft, acts, not_a_folder / "bundle", export_date=WHEN)
    if os.geteuid() != 0:  # root writes anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(ExportError, match="Cannot write"):
                export.write_bundle(draft, acts, locked / "bundle", export_date=WHEN)
        finally:
            locked.chmod(0o700)
    assert _leftovers(tmp_path) == ["file.txt", "locked"][: 1 + (os.geteuid() != 0)]


def test_an_act_without_changes_is_refused_before_anything_is_written(tmp_path):
    draft, acts = draft_and_acts()
    draft.for_act("uk-rf").proposals = {}
    with pytest.raises(ExportError, match="no changes"):
        export.write_bundle(draft, acts, tmp_path / "bundle", export_date=WHEN)
    assert _leftovers(tmp_path) == []


def test_a_failure_halfway_leaves_nothing_behind(tmp_path, monkeypatch):
    import drafter.io.docx_compare as compare

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(compare, "write_comparison", broken)
    draft, acts = draft_and_acts()
    with pytest.raises(ExportError, match="No space left"):
        export.write_bundle(draft, acts, tmp_path / "bundle", export_date=WHEN)
    assert _leftovers(tmp_path) == []


def test_export_project_keeps_the_bookmark_map_in_the_project(tmp_path):
    from drafter.io.project import Project

    draft, acts = draft_and_acts()
    path = tmp_path / "draft.drafter"
    project = Project.create(path)
    try:
        project.add_act(acts[0])
        project.save_draft(draft)
    finally:
        project.close()
    out = export.export_project(path, tmp_path / "bundle", export_date=WHEN).path
    assert (out / "manifest.json").exists()
    with Project.open(path, read_only=True) as project:
        stored = project.bookmarks("uk-rf")
    assert stored and all(name.startswith("_drf") for name in stored)
    assert "art:322.2" in stored.values()


def test_redline_of_two_files(tmp_path):
    after_lines = ARTICLES_322.read_text(encoding="utf-8").replace(
        "лишением свободы на срок до пяти лет.", "лишением свободы на срок до шести лет.", 1
    )
    after = tmp_path / "after.txt"
    after.write_text(after_lines, encoding="utf-8")
    out = tmp_path / "redline.docx"
    export.redline_files(
        ARTICLES_322, after, out, author="Тест", date=datetime(2024, 6, 1, tzinfo=UTC)
    )
    text = read_redline(out)
    assert any("до шести лет." in p for p in text.accept_all())
    assert not any("до шести лет." in p for p in text.reject_all())
    assert {r.author for r in text.revisions} == {"Тест"}


@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_the_bundle_gets_the_usual_permissions_not_a_private_temporary_folder(tmp_path, umask):
    draft, acts = draft_and_acts()
    old = os.umask(umask)
    try:
        out = export.write_bundle(draft, acts, tmp_path / "bundle", export_date=WHEN).path
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o777 & ~umask
    for name in _leftovers(out):
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~umask, name


EN = Path(__file__).parents[1] / "data" / "en"


def english_draft(style: str) -> tuple[m.Draft, m.Act]:
    """A few edits of the invented English sample act: words, a new unit, a repeal."""
    from drafter.services.acts import load_act

    act = load_act(EN / f"{style}-example-act-2024.txt").act
    after = assign_addresses(act.copy())
    if style == "uk":
        fine = after.find("s:1/ss:3")
        fine.text = fine.text.replace(
            "a fine", "a fine not exceeding level 5 on the standard scale"
        )
        after.find("s:2").children.insert(
            2, m.Unit(m.SUBSECTION, "2A", text="A licence may be renewed.")
        )
        after.find("s:5").repealed = True
    else:
        grants = after.find("s:3/ss:a")
        grants.text = grants.text.replace("cooperatives", "cooperatives and municipalities", 1)
        money = after.find("s:3/ss:i")
        money.text = money.text.replace("$500,000,000", "$750,000,000")
        after.find("s:3").children.append(
            m.Unit(m.SUBSECTION, "j", "REPORT", text="The Secretary shall report annually.")
        )
        after.find("s:2/para:2").repealed = True
    assign_addresses(after)
    draft = m.Draft(title="", agency="Office of the Legislative Counsel", style=style)
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    return draft, act


BILL_LINES = {
    "uk": [
        "1 Amendments of the Example Act 2024",
        "(1) The Example Act 2024 is amended as follows.",
        "(2) In section 1(3), after “fine” insert “not exceeding level 5 on the standard scale”.",
        "(3) In section 2, after subsection (2) insert—",
        "“(2A) A licence may be renewed.”",
        "(4) Omit section 5.",
    ],
    "us": [
        "SEC. 2. AMENDMENT TO SECTION 2 OF THE COMMUNITY BROADBAND EXAMPLE ACT OF 2024.",
        "Section 2 of the Community Broadband Example Act of 2024 is amended by striking "
        "paragraph (2).",
        "SEC. 3. AMENDMENTS TO SECTION 3 OF THE COMMUNITY BROADBAND EXAMPLE ACT OF 2024.",
        "Section 3 of the Community Broadband Example Act of 2024 is amended—",
        "(1) in subsection (a), by inserting “and municipalities” after “cooperatives”;",
        "(2) in subsection (i), by striking “$500,000,000” and inserting “$750,000,000”; and",
        "(3) by adding at the end the following:",
        "“(j) REPORT.—The Secretary shall report annually.”.",
    ],
}


@pytest.fixture(scope="module")
def english_bundles(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("en-bundles")
    out = {}
    for style in ("uk", "us"):
        draft, act = english_draft(style)
        out[style] = export.write_bundle(draft, [act], folder / style, export_date=WHEN).path
    return out


@pytest.mark.parametrize("style", ["uk", "us"])
def test_uk_and_us_drafts_export_a_bill_a_comparison_and_a_redline(english_bundles, style):
    import docx

    out = english_bundles[style]
    slug = f"{style}-example-act-2024"
    assert _leftovers(out) == [
        "bill.docx",
        f"comparison-{slug}.docx",
        f"consolidated-{slug}.docx",
        *PACKAGE,
        "manifest.json",
    ]
    paras = [p.text for p in docx.Document(str(out / "bill.docx")).paragraphs]
    start = paras.index(BILL_LINES[style][0])
    assert paras[start : start + len(BILL_LINES[style])] == BILL_LINES[style]
    assert not any(p.startswith(("Статья", "Внести")) for p in paras)
    text = read_redline(out / f"consolidated-{slug}.docx")
    accepted, rejected = "\n".join(text.accept_all()), "\n".join(text.reject_all())
    new_words = "level 5" if style == "uk" else "$750,000,000"
    assert new_words in accepted and new_words not in rejected


@pytest.mark.libreoffice
@pytest.mark.slow
def test_libreoffice_opens_the_uk_and_us_bundles(office, english_bundles):
    files = [f for out in english_bundles.values() for f in sorted(out.glob("*.docx"))]
    answers = {a["file"]: a for a in office.call("inspect", *files)}
    assert len(answers) == len(files) == 12
    for path in files:
        answer = answers[str(path)]
        assert answer["text_raw"], f"{path.name} looks empty in LibreOffice"
        assert answer["remaining_after_accept"] == 0 and answer["remaining_after_reject"] == 0
        if path.name.startswith("consolidated-"):
            ours = read_redline(path)
            assert answer["redlines"], path.name
            assert answer["accepted"] == ours.accept_all()
            assert answer["rejected"] == ours.reject_all()
        else:
            assert not answer["redlines"], path.name
    uk_bill = answers[str(english_bundles["uk"] / "bill.docx")]["text_raw"]
    assert "(4) Omit section 5." in uk_bill


def test_a_cancel_stops_the_export_before_the_next_file_and_leaves_nothing(tmp_path):
    from drafter.errors import Cancelled

    draft, acts = draft_and_acts()
    seen: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        export.write_bundle(
            draft,
            acts,
            tmp_path / "bundle",
            export_date=WHEN,
            progress=lambda done, total: seen.append((done, total)),
            cancelled=lambda: bool(seen),  # the user cancels once the first file is written
        )
    assert seen == [(1, 7)]
    assert _leftovers(tmp_path) == []


def test_progress_counts_every_file_of_the_bundle(tmp_path):
    draft, acts = draft_and_acts()
    seen: list[tuple[int, int]] = []
    result = export.write_bundle(
        draft,
        acts,
        tmp_path / "bundle",
        export_date=WHEN,
        progress=lambda done, total: seen.append((done, total)),
        cancelled=lambda: False,
    )
    assert seen == [(n, 7) for n in range(1, 8)]
    assert len(result.files) == 7


def test_the_bill_of_a_draft_is_built_once_for_the_window_and_the_bundle():
    draft, acts = draft_and_acts()
    bill = export.build_bill(draft, acts)
    assert bill is not None
    assert bill.text.startswith("Проект\n\nФЕДЕРАЛЬНЫЙ ЗАКОН")
    assert "Статья 1" in bill.text
    assert export.build_bill(m.Draft(), acts) is None


def test_a_draft_in_an_unknown_style_is_refused_in_the_users_language():
    """A project from a newer Drafter may name a style this one does not write."""
    from drafter.messages import render

    act = m.Act(
        slug="a",
        title="A",
        language="ru",
        profile="ru-code",
        units=[m.Unit(m.ARTICLE, "1", text="Текст.", address="art:1")],
    )
    changed = m.Unit(m.ARTICLE, "1", text="Новый текст.", address="art:1")
    draft = m.Draft(
        style="xx", acts=[m.ActDraft("a", {"art:1": m.Proposal("art:1", m.CHANGED, changed)})]
    )
    with pytest.raises(ExportError) as refused:
        export.build_bill(draft, [act])
    assert str(refused.value) == (
        "The bill cannot be written: unknown drafting style 'xx' (known: ru, uk, us)."
    )
    assert "неизвестный стиль оформления 'xx'" in render(refused.value.msg, "ru")
