"""The package documents' texts: what Drafter fills in from the draft, what it leaves marked."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core import package as pk


def constitution() -> m.Act:
    return m.Act(slug="konst", title="Конституция Российской Федерации", kind="constitution")


def proposal(address: str, status: str) -> m.Proposal:
    return m.Proposal(address, status, m.Unit(m.ARTICLE, address.rpartition(":")[2]))


def test_changes_are_told_by_article_a_new_part_changes_its_article():
    act = m.Act(slug="uk-rf", title="Уголовный кодекс Российской Федерации")
    draft = m.ActDraft("uk-rf", {
        "art:322": proposal("art:322", m.CHANGED),
        "art:322.1/part:3": proposal("art:322.1/part:3", m.ADDED),
        "art:322.4": proposal("art:322.4", m.ADDED),
        "art:323": proposal("art:323", m.REPEALED),
    })  # fmt: skip
    changes = pk.act_changes(act, draft, "Уголовный кодекс Российской Федерации")
    assert (changes.changed, changes.added, changes.repealed) == (
        ("art:322", "art:322.1"),
        ("art:322.4",),
        ("art:323",),
    )
    assert pk.ru_change_lines(1, act, changes) == (
        "Статьей 1 законопроекта вносятся изменения в Уголовный кодекс Российской Федерации: "
        "изменяются статьи 322 и 322.1; вводится статья 322.4; признается утратившей силу "
        "статья 323."
    )


def test_a_constitutional_amendment_is_named_as_such_and_braces_in_a_title_are_kept():
    act = constitution()
    changes = pk.act_changes(act, m.ActDraft("konst", {"art:95": proposal("art:95", m.CHANGED)}),
                             "Конституцию Российской Федерации")  # fmt: skip
    title = "О численности {депутатов}"
    note, finance, listing = pk.package_documents(title, m.Draft(), [(act, changes)])
    law = "закона Российской Федерации о поправке к Конституции Российской Федерации"
    assert note.subtitle == f"к проекту {law} «{title}»" == finance.subtitle
    assert listing.subtitle.endswith(f"в связи с принятием {law} «{title}»")
    assert "федерального закона" not in " ".join([note.subtitle, *listing.places()])
    assert len(note.places()) == 3  # subject, reasons, compliance
