"""How an act cites its own parts: in words («часть вторая», УК, УПК) or in digits («часть 2»)."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.russian import forms_pattern, ordinal_stems_pattern

_PARTS = forms_pattern(m.PART)
_WORDS = re.compile(rf"\b{_PARTS}\s+{ordinal_stems_pattern()}", re.IGNORECASE)
_DIGITS = re.compile(rf"\b{_PARTS}\s+\d", re.IGNORECASE)


def detect_citation_style(act: m.Act) -> str:
    """ "words" when the act's own text cites parts in words more often than in digits."""
    if act.language != "ru":
        return "digits"
    words = digits = 0
    for unit in act.walk():
        for text in (unit.text, unit.closing):
            if "част" in text:
                words += len(_WORDS.findall(text))
                digits += len(_DIGITS.findall(text))
    return "words" if words > digits else "digits"
