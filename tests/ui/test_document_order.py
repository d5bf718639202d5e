"""The window's document against its project file: the order of proposals, save as, bookmarks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines
from drafter.ui.document import DraftDocument

LINES = [
    "Статья 4. Четвёртая",
    "Текст четвёртой статьи.",
    "Статья 5. Пятая",
    "Текст пятой статьи.",
    "Статья 6. Шестая",
    "Текст шестой статьи.",
]


def _article(number: str, text: str) -> m.Unit:
    return m.Unit(kind=m.ARTICLE, number=number, text=text, address=f"art:{number}")


def test_a_chain_of_added_articles_keeps_its_order_after_reopening(qtbot, tmp_path):
    path = tmp_path / "order.drafter"
    document = DraftDocument.create(path)
    act = parse_lines(LINES, slug="act", profile=get_profile("ru-code")).act
    slug = document.add_act(act)
    # Added in the order a drafter works: 5.1 after 5, then a change to 6, then 5.2 after 5.1.
    document.set_proposal(
        slug, "art:5.1", m.Proposal("art:5.1", m.ADDED, _article("5.1", "Новая."), "art:5")
    )
    document.set_proposal(
        slug, "art:6", m.Proposal("art:6", m.CHANGED, _article("6", "Другой текст."))
    )
    document.set_proposal(
        slug, "art:5.2", m.Proposal("art:5.2", m.ADDED, _article("5.2", "Ещё."), "art:5.1")
    )
    in_window = list(document.act_draft(slug).proposals)
    assert document.flush()
    document.close()

    reopened = DraftDocument.open(path)
    try:
        after_reopening = list(reopened.act_draft(slug).proposals)
    finally:
        reopened.close()

    assert in_window == ["art:5.1", "art:5.2", "art:6"]
    assert after_reopening == in_window


def test_save_as_from_a_read_only_draft_writes_its_edits_into_the_copy(qtbot, tmp_path):
    path = tmp_path / "original.drafter"
    document = DraftDocument.create(path)
    slug = document.add_act(parse_lines(LINES, slug="act", profile=get_profile("ru-code")).act)
    document.close()
    holder = DraftDocument.open(path)  # holds the lock: the next open is read-only
    try:
        document = DraftDocument.open(path)
        assert document.read_only
        document.set_proposal(
            slug, "art:6", m.Proposal("art:6", m.CHANGED, _article("6", "Другой текст."))
        )
        copy = tmp_path / "copy.drafter"
        document.save_as(copy)
        assert document.path == copy and not document.read_only and document.locked_by is None
        document.store_bookmarks({slug: {"_drf1": "art:6"}})
        document.close()
    finally:
        holder.close()

    saved = DraftDocument.open(copy)
    try:
        assert list(saved.act_draft(slug).proposals) == ["art:6"]
        assert saved.project.bookmarks(slug) == {"_drf1": "art:6"}
    finally:
        saved.close()
    original = DraftDocument.open(path)
    try:
        assert original.act_draft(slug).proposals == {}
    finally:
        original.close()
