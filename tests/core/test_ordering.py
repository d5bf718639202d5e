"""The order of an act's proposals: added units after the unit they follow, chains included."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.ordering import proposals_in_act_order

TOPS = ["art:4", "art:5", "art:6"]


def _added(number: str, after: str | None) -> m.Proposal:
    unit = m.Unit(kind=m.ARTICLE, number=number, address=f"art:{number}")
    return m.Proposal(f"art:{number}", m.ADDED, unit, after)


def _changed(number: str) -> m.Proposal:
    unit = m.Unit(kind=m.ARTICLE, number=number, address=f"art:{number}")
    return m.Proposal(f"art:{number}", m.CHANGED, unit)


def _numbers(proposals: list[m.Proposal]) -> list[str]:
    return [p.unit.number for p in proposals]


def test_a_chain_of_added_articles_reads_by_number():
    given = [_added("5.1", "art:5"), _changed("6"), _added("5.2", "art:5.1")]
    assert _numbers(proposals_in_act_order(TOPS, given)) == ["5.1", "5.2", "6"]


def test_the_order_does_not_depend_on_the_order_given():
    given = [_added("5.2", "art:5.1"), _changed("6"), _added("5.1", "art:5"), _changed("4")]
    assert _numbers(proposals_in_act_order(TOPS, given)) == ["4", "5.1", "5.2", "6"]


def test_units_added_after_the_same_unit_keep_their_given_order():
    given = [_added("5.1", "art:5"), _added("5.2", "art:5"), _added("5.1.1", "art:5.1")]
    assert _numbers(proposals_in_act_order(TOPS, given)) == ["5.1", "5.1.1", "5.2"]


def test_an_article_added_at_the_very_beginning_comes_first():
    given = [_changed("4"), _added("3", "")]
    assert _numbers(proposals_in_act_order(TOPS, given)) == ["3", "4"]


def test_proposals_that_cannot_be_placed_keep_their_order_at_the_end():
    given = [
        _added("9.1", "art:9"),
        _changed("6"),
        _added("7.1", "art:7.2"),
        _added("7.2", "art:7.1"),  # a cycle never reaches the act
        _changed("8"),  # not a unit of the act
    ]
    assert _numbers(proposals_in_act_order(TOPS, given)) == ["6", "9.1", "7.1", "7.2", "8"]
