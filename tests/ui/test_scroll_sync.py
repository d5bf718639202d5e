"""Both wordings open at the first change, also when words were only added (or only removed)."""

from __future__ import annotations

import pytest

from drafter.ui.diff_view import SideBySide, matching_position

LINES = [
    f"{n}. Текст части {n} о порядке управления и о государственной границе." for n in range(1, 80)
]
CURRENT = "\n".join(LINES)


def _visible_line(edit) -> int:
    """The block number shown in the middle of the editor."""
    rect = edit.viewport().rect()
    cursor = edit.cursorForPosition(rect.center())
    return cursor.blockNumber()


@pytest.mark.parametrize("side", ["added", "removed"])
def test_both_sides_scroll_to_a_change_deep_in_the_article(qtbot, side):
    view = SideBySide()
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    changed = list(LINES)
    changed[60] = changed[60].replace("о порядке", "о новом порядке")
    current, proposed = CURRENT, "\n".join(changed)
    if side == "removed":
        current, proposed = proposed, current
    view.show_texts(current, proposed, editable=True)
    qtbot.waitUntil(lambda: _visible_line(view.proposed_edit) > 40, timeout=3000)
    # The side without highlighted words shows the same place, not the top of the article.
    assert abs(_visible_line(view.current_edit) - 60) < 15
    assert abs(_visible_line(view.proposed_edit) - 60) < 15


def test_matching_position_finds_the_same_place():
    source = "альфа бета гамма новое дельта"
    target = "альфа бета гамма дельта"
    assert target[: matching_position(source, source.index("новое"), target)].endswith("гамма ")
