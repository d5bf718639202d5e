"""LibreOffice, a client nobody here wrote, opens our documents and accepts/rejects our changes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_redline_reader import apply_edit, corpus_act

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.io.docx_redline import Redline, write_redline
from drafter.io.redline_reader import read_redline

# ``office``: the session's one LibreOffice (tests/conftest.py).
pytestmark = [pytest.mark.libreoffice, pytest.mark.slow]

WHEN = datetime(2024, 6, 1, 12, 0, tzinfo=UTC)
AUTHOR = "Минюст России"

# (name, edits as apply_edit arguments, scope): a fixed set, each shaping the markup differently.
REDLINE_CASES = [
    ("words", [("replace", 1, 3, "шести"), ("insert", 1, 7, "штрафом")], "changed"),
    ("repeal-and-add", [("repeal", 2, 0, ""), ("add_article", 3, 1, "новой")], "whole"),
    ("drop-and-add-parts", [("drop_unit", 0, 1, ""), ("add_part", 1, 0, "шести")], "changed"),
    ("added-at-the-end", [("add_article", 3, 0, "последней")], "changed"),
    ("repealed-at-the-end", [("repeal", 3, 0, "")], "whole"),
    ("heading-closing", [("heading", 0, 0, "(новая)"), ("closing", 1, 2, "штрафом")], "whole"),
    (
        "mixed",
        [("delete_words", 0, 5, ""), ("replace", 2, 9, "«кавычки»"), ("add_part", 3, 2, "ё")],
        "whole",
    ),
]


def _us_act() -> tuple[m.Act, m.Act]:
    def sec(n: str, head: str, subs: list[str]) -> m.Unit:
        return m.Unit(
            m.SECTION,
            n,
            head,
            children=[m.Unit(m.SUBSECTION, chr(ord("a") + i), text=t) for i, t in enumerate(subs)],
        )

    before = m.Act(slug="us-code", title="Example Act", language="en", profile="us")
    before.units = [
        sec("1", "Short title", ["This Act may be cited as the Example Act."]),
        sec("2", "Penalties", ["A fine of $500 applies.", "The court may waive the fine."]),
    ]
    after = before.copy()
    after.units[1].children[0].text = "A fine of $1,000 applies."
    after.units[1].children.insert(1, m.Unit(m.SUBSECTION, "a-1", text="New matter."))
    return assign_addresses(before), assign_addresses(after)


@pytest.fixture(scope="session")
def redlines(tmp_path_factory) -> dict[str, tuple[Path, Redline]]:
    folder = tmp_path_factory.mktemp("lo-redlines")
    made: dict[str, tuple[Path, Redline]] = {}
    for name, edits, scope in REDLINE_CASES:
        before = corpus_act()
        after = before.copy()
        for edit in edits:
            apply_edit(after, *edit)
        assign_addresses(after)
        path = folder / f"{name}.docx"
        made[name] = (
            path,
            write_redline(before, after, path, author=AUTHOR, date=WHEN, scope=scope),
        )
    before, after = _us_act()
    path = folder / "us.docx"
    made["us"] = (path, write_redline(before, after, path, author="Committee", date=WHEN))
    return made


@pytest.fixture(scope="session")
def inspected(office, redlines) -> dict[str, dict]:
    answers = office.call("inspect", *(path for path, _ in redlines.values()))
    return dict(zip(redlines, answers, strict=True))


@pytest.mark.parametrize("name", [c[0] for c in REDLINE_CASES] + ["us"])
def test_libreoffice_accepts_and_rejects_our_changes(name, redlines, inspected):
    _, redline = redlines[name]
    answer = inspected[name]
    assert answer["redlines"], "LibreOffice saw no tracked changes"
    assert {r["author"] for r in answer["redlines"]} == {redline_author(name)}
    assert answer["accepted"] == redline.proposed
    assert answer["rejected"] == redline.current
    assert answer["remaining_after_accept"] == 0
    assert answer["remaining_after_reject"] == 0
    assert answer["record_changes"] is True  # a reviewer's own edits are tracked too


def redline_author(name: str) -> str:
    return "Committee" if name == "us" else AUTHOR


def test_a_redline_resaved_by_libreoffice_reads_back_the_same(office, redlines, tmp_path):
    path, redline = redlines["repeal-and-add"]
    resaved = tmp_path / "resaved.docx"
    office.call("resave", path, resaved)
    text = read_redline(resaved)
    assert text.accept_all() == redline.proposed
    assert text.reject_all() == redline.current
    assert {r.author for r in text.revisions} == {AUTHOR}


@pytest.fixture(scope="session")
def bundle_files(tmp_path_factory) -> list[Path]:
    from drafter.core.draft import proposals_between
    from drafter.io.docx_compare import write_comparison
    from drafter.services.export import write_bundle

    act = corpus_act()
    after = act.copy()
    for edit in [("replace", 1, 3, "шести"), ("repeal", 2, 0, ""), ("add_article", 3, 1, "ё")]:
        apply_edit(after, *edit)
    assign_addresses(after)
    draft = m.Draft(agency=AUTHOR, style="ru")
    draft.for_act(act.slug).proposals = proposals_between(act, after)
    folder = tmp_path_factory.mktemp("lo-bundle")
    out = write_bundle(draft, [act], folder / "bundle", export_date=WHEN).path
    files = [out / "bill.docx", out / "comparison-uk-rf.docx", out / "consolidated-uk-rf.docx"]
    for style in ("uk", "us"):
        path = folder / f"comparison-{style}.docx"
        write_comparison(act, after, path, author="Clerk", date=WHEN, style=style)
        files.append(path)
    return files


def test_libreoffice_opens_the_bundle_and_the_comparison_prints(office, bundle_files):
    answers = {Path(a["file"]).name: a for a in office.call("inspect", *bundle_files)}
    for name, answer in answers.items():
        assert answer["text_raw"], f"{name} looks empty in LibreOffice"
        assert answer["remaining_after_accept"] == 0 and answer["remaining_after_reject"] == 0
    assert not answers["bill.docx"]["redlines"]
    assert not answers["comparison-uk-rf.docx"]["redlines"]
    table = answers["comparison-uk-rf.docx"]["text_raw"]
    assert "Действующая редакция" in table and "Отсутствует" in table
    assert "Статья 322.2. Утратила силу." in table
    redline = answers["consolidated-uk-rf.docx"]
    ours = read_redline(bundle_files[2])
    assert redline["accepted"] == ours.accept_all()
    assert redline["rejected"] == ours.reject_all()
    assert any(
        p.startswith("1) в пункте") or "Статья 1" == p for p in answers["bill.docx"]["text_raw"]
    )


def test_documents_render_to_pdf_with_the_page_setup(office, bundle_files, tmp_path):
    import shutil
    import subprocess

    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    sizes = {}
    for source in bundle_files[:3]:
        pdf = tmp_path / f"{source.stem}.pdf"
        office.call("pdf", source, pdf)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
        width, _, height = fields["Page size"].split()[:3]
        sizes[source.stem] = (round(float(width)), round(float(height)))
    assert sizes["bill"] == (595, 842)  # A4 portrait, in points
    assert sizes["consolidated-uk-rf"] == (595, 842)
    assert sizes["comparison-uk-rf"] == (842, 595)  # landscape
