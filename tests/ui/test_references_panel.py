"""The references panel on its own, on the sample draft with article 322.2 repealed: article 150
of the Code of Criminal Procedure is listed, double-click goes to it, the tree's marks."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from drafter.core import model as m
from drafter.core.draft import repealed_unit
from drafter.io.project import Project
from drafter.ui.references_panel import ADDRESS_ROLE, ReferencesPanel
from tests.samples import UNSENT


@pytest.fixture(scope="module")
def sample():
    with Project.open(UNSENT, read_only=True) as project:
        return project.acts(), project.draft()


def _repealing_322_2(acts, draft) -> m.Draft:
    uk = next(a for a in acts if a.slug == "uk-rf")
    act_draft = next(d for d in draft.acts if d.slug == "uk-rf")
    proposals = dict(act_draft.proposals)
    proposals["art:322.2"] = m.Proposal(
        "art:322.2", m.REPEALED, repealed_unit(uk.find("art:322.2"))
    )
    acts_drafts = [m.ActDraft(d.slug, proposals if d.slug == "uk-rf" else d.proposals)
                   for d in draft.acts]  # fmt: skip
    return m.Draft(title=draft.title, style=draft.style, acts=acts_drafts)


def test_the_panel_lists_article_150_and_goes_to_it(qtbot, sample):
    acts, draft = sample
    panel = ReferencesPanel()
    qtbot.addWidget(panel)
    panel.refresh(acts, _repealing_322_2(acts, draft))
    rows = [panel.view.topLevelItem(i) for i in range(panel.view.topLevelItemCount())]
    repealed = [r for r in rows if r.text(2).startswith("УК РФ ст. 322.2 ")]
    assert len(repealed) == 1
    row = repealed[0]
    assert row.text(0) == "УПК РФ ст. 150 ч. 3 п. 1"
    assert "322.2" in row.text(1) and row.text(3) == "must be amended"
    assert row.font(3).bold()
    assert "must be amended" in panel.heading.text()
    assert panel.marked_units()[("upk-rf", "art:150/part:3/pt:1")] == "amend"
    assert panel.marked_articles() == {("upk-rf", "art:150"): "amend"}

    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.scrollToItem(row)
    rect = panel.view.visualItemRect(row)
    with qtbot.waitSignal(panel.unit_activated, timeout=2000) as signal:
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == ["upk-rf", "art:150/part:3/pt:1"]
    assert row.data(0, ADDRESS_ROLE) == ("upk-rf", "art:150/part:3/pt:1")


def test_the_sample_itself_has_only_references_to_check(qtbot, sample):
    acts, draft = sample
    panel = ReferencesPanel()
    qtbot.addWidget(panel)
    panel.refresh(acts, draft)
    verdicts = {panel.view.topLevelItem(i).text(3) for i in range(panel.view.topLevelItemCount())}
    assert verdicts == {"to check"}
    assert set(panel.marked_units().values()) == {"check"}
    assert ("upk-rf", "art:150/part:3/pt:1") in panel.marked_units()
    panel.show_references([])
    assert panel.view.topLevelItemCount() == 0 and panel.heading.text().endswith("none")
    assert panel.marked_units() == {}
