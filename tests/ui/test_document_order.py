"""The window's document and the reopened project list a chain of added articles alike."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported

from drafter.core import model as m
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
    act = parse_lines(LINES, slug="act", profile="ru-code").act
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
