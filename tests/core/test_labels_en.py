"""English bracketed labels: which type a label can be, and which label follows which."""

from __future__ import annotations

import pytest

from drafter.core import labels_en as L
from drafter.core import model as m
from drafter.core.profiles import get_profile


@pytest.mark.parametrize(
    ("label", "types"),
    [
        ("1", [L.DIG]),
        ("2A", [L.DIG]),
        ("a", [L.LOW]),
        ("i", [L.ROM, L.LOW]),
        ("ii", [L.ROM, L.LOW]),
        ("iii", [L.ROM]),
        ("ia", [L.ROM, L.LOW]),
        ("aa", [L.LOW]),
        ("A", [L.UPP]),
        ("IV", [L.UROM, L.UPP]),
        ("XIV", [L.UROM]),
    ],
)
def test_label_types_likelier_first(label, types):
    assert L.label_types(label) == types


def test_kinds_and_levels_follow_the_profile():
    uk, us = get_profile("uk"), get_profile("us")
    assert L.kinds(uk)[L.DIG] == m.SUBSECTION
    assert L.kinds(uk, schedule=True)[L.DIG] == m.SUBPARAGRAPH
    assert L.kinds(us)[L.LOW] == m.SUBSECTION
    assert min(L.levels(uk), key=L.levels(uk).get) == L.DIG
    assert min(L.levels(us), key=L.levels(us).get) == L.LOW


def test_sequences():
    assert L.roman_value("xiv") == 14
    assert L.roman_parts("iva") == (4, "a")
    assert L.roman_follows("iv", "v") and L.roman_follows("iv", "iva")
    assert not L.roman_follows("iv", "vi")
    assert L.alpha_follows("h", "i") and L.alpha_follows("a", "aa")
    assert L.alpha_follows("aa", "ab") and not L.alpha_follows("a", "c")
