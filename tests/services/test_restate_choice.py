"""The drafter's forms in a project, and retyped labels in the bundle (issue 12 items 4 and 5)."""

from __future__ import annotations

import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import proposals_between
from drafter.core.structure import parse_lines
from drafter.errors import DrafterError
from drafter.io.project import Project
from drafter.services import export
from drafter.services.restate import set_unit_form, unit_form

CODE = (
    Path(__file__).resolve().parents[1]
    / "data"
    / "corpus"
    / "ru-uk-rf-full"
    / "uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
)
WHEN = date(2024, 6, 1)
OLD_Ж = (
    "совершенное группой лиц, группой лиц по предварительному сговору или организованной группой"
)
NEW_Ж = "совершенное группой лиц по предварительному сговору или организованной группой"


def _lines(first: str, last: str) -> list[str]:
    """Articles ``first`` to before ``last`` of the real Criminal Code."""
    code = CODE.read_text(encoding="utf-8").split("\n")
    start = code.index(next(x for x in code if x.startswith(f"Статья {first}. ")))
    end = code.index(next(x for x in code if x.startswith(f"Статья {last}. ")))
    return code[start:end]


def _act(lines: list[str]) -> m.Act:
    act = parse_lines(lines, slug="uk-rf").act
    act.title = "Уголовный кодекс Российской Федерации"
    return assign_addresses(act)


def _draft(before: m.Act, after: m.Act) -> m.Draft:
    draft = m.Draft(agency="Минюст России", style="ru")
    draft.for_act(before.slug).proposals = proposals_between(before, assign_addresses(after))
    return draft


def _xml(docx: Path) -> str:
    return zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")


def _struck(docx: Path) -> str:
    """The text a Word file shows as taken out: tracked deletions and struck-through runs."""
    xml = _xml(docx)
    found = re.findall(r"<w:delText[^>]*>([^<]*)<", xml)
    for run in re.findall(r"<w:r>(?:(?!</w:r>).)*<w:strike/>(?:(?!</w:r>).)*</w:r>", xml, re.S):
        found.extend(re.findall(r"<w:t[^>]*>([^<]*)<", run))
    return " ".join(found)


def _all_text(docx: Path) -> str:
    return " ".join(re.findall(r"<w:(?:t|delText)[^>]*>([^<]*)<", _xml(docx)))


@pytest.mark.parametrize("retyped", ["е.1", "е¹", "е-1"])
def test_a_retyped_label_is_neither_struck_nor_added_in_the_bundle(tmp_path, retyped):
    """Art. 105 with point «е1» typed «{retyped}» and point «ж» amended: the bill amends «ж»
    only; the comparison table and the redline strike no «е1» and insert no «{retyped}»."""
    lines = _lines("105", "106")
    before = _act(lines)
    typed = [x.replace("е1) ", f"{retyped}) ", 1) if x.startswith("е1) ") else x for x in lines]
    typed = [x.replace(OLD_Ж, NEW_Ж) for x in typed]
    after = _act(typed)
    assert retyped in [p.number for p in after.find("art:105/part:2").children]
    result = export.write_bundle(_draft(before, after), [before], tmp_path / "b", export_date=WHEN)
    bill = export.build_bill(_draft(before, after), [before])
    assert bill is not None
    assert "«е" not in bill.text and "изложить" not in bill.text
    assert "пункте «ж»" in bill.text
    for name in ("comparison-uk-rf.docx", "consolidated-uk-rf.docx"):
        struck = _struck(result.path / name)
        assert "лиц, группой" in struck, name  # the real change is shown
        assert "е1" not in struck, name
        assert f"{retyped})" not in _all_text(result.path / name), name
    assert "е1)" in _all_text(result.path / "consolidated-uk-rf.docx")


def test_the_form_is_shown_switched_and_kept(tmp_path):
    """Art. 50 part 1, two word changes: patched by the rules; the drafter restates it; the
    choice survives reopening; «auto» gives the rules back."""
    lines = _lines("50", "51")
    before = _act(lines)
    after = _act(lines)
    unit = after.find("art:50/part:1")
    unit.text = unit.text.replace("назначаются", "назначаются судом", 1)
    path = tmp_path / "draft.drafter"
    with Project.create(path) as project:
        project.add_act(before)
        project.save_draft(_draft(before, after))
    with Project.open(path) as project:
        draft = project.draft()
        shown = unit_form(project, draft, "uk-rf", "art:50/part:1")
        assert (shown.form, shown.chosen) == ("patch", "auto")
        assert shown.reason is not None and shown.reason.text == "amended by patches"
        assert unit_form(project, draft, "uk-rf", "art:50/part:2").form is None
        switched = set_unit_form(project, draft, "uk-rf", "art:50/part:1", "restate")
        assert (switched.form, switched.chosen) == ("restate", "restate")
        assert draft.forms == {"uk-rf|art:50/part:1": "restate"}
        # the article around it is amended by restating that one part
        assert unit_form(project, draft, "uk-rf", "art:50").form == "patch"
    with Project.open(path) as project:
        draft = project.draft()
        assert draft.forms == {"uk-rf|art:50/part:1": "restate"}
        bill = export.build_bill(draft, project.acts())
        assert bill is not None and "изложить в следующей редакции" in bill.text
        back = set_unit_form(project, draft, "uk-rf", "art:50/part:1", "auto")
        assert (back.form, back.chosen) == ("patch", "auto")
    with Project.open(path, read_only=True) as project:
        assert project.draft().forms == {}


def test_bad_choices_are_refused_and_change_nothing(tmp_path):
    lines = _lines("50", "51")
    before = _act(lines)
    path = tmp_path / "draft.drafter"
    with Project.create(path) as project:
        project.add_act(before)
    with Project.open(path) as project:
        draft = project.draft()
        with pytest.raises(DrafterError, match="unknown form"):
            set_unit_form(project, draft, "uk-rf", "art:50/part:1", "rewrite")
        with pytest.raises(DrafterError, match="art:50/part:9"):
            set_unit_form(project, draft, "uk-rf", "art:50/part:9", "restate")
        assert draft.forms == {}
    with Project.open(path, read_only=True) as project:
        assert project.draft().forms == {}
        with pytest.raises(DrafterError, match="read-only"):
            set_unit_form(project, project.draft(), "uk-rf", "art:50/part:1", "restate")


def test_the_bill_warns_of_renumbering_and_offers_the_in_between_number():
    lines = _lines("322", "325")
    before = _act(lines)
    after = _act(lines)
    old_323, old_324 = after.top_units()[-2:]
    old_323.number, old_324.number = "324", "325"
    new = m.Unit(m.ARTICLE, "323", heading="Новая статья", text="Новое деяние -")
    new.closing = "наказывается штрафом в размере до ста тысяч рублей."
    holder = (
        next(u for u in after.walk() if old_323 in u.children)
        if old_323 not in after.units
        else None
    )
    siblings = holder.children if holder is not None else after.units
    siblings.insert(siblings.index(old_323), new)
    bill = export.build_bill(_draft(before, after), [before])
    assert bill is not None
    renumbered = [w for w in bill.warnings if "renumber" in w.text]
    assert len(renumbered) == 1
    assert renumbered[0].args["old"] == "323, 324"
    assert renumbered[0].args["suggested"] == "322.4"  # after 322.1, 322.2 and 322.3
