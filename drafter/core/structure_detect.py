"""Which structure profile a text looks like: its letters, then Russian or English signs."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.normalize import clean_spaces
from drafter.core.russian import forms_pattern, ordinal_stems_pattern
from drafter.core.structure_en_lines import (
    CONTAINER,
    LABEL_LINE,
    LONG_TITLE,
    SCHEDULE,
    US_SECTION,
    YEAR_CHAPTER,
)
from drafter.core.structure_ru_lines import DOT_LABEL, LETTER_LABEL, PAREN_LABEL

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def letters(text: str) -> tuple[int, int]:
    """How many Cyrillic and how many Latin letters ``text`` has."""
    return len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))


def detect_profile(lines: list[str]) -> str | None:
    """The structure profile the lines look like: "ru-code", "ru-law", "uk", "us" or None."""
    cyrillic, latin = letters("\n".join(lines[:400])[:40000])
    if cyrillic == latin == 0:
        return None
    if cyrillic >= latin:
        return russian_profile(lines)
    return english_profile(lines)


# --- Russian: a code counts части, a law пункты --------------------------------------------
_PART_REFS = re.compile(
    rf"\b(?:{forms_pattern(m.PART)}|ч\.)\s+(?:\d|{ordinal_stems_pattern()})"
    r"|\((?:Дополнение\s+частью|Часть\s+(?:в\s+редакции|утратила))|^\s*наказыва",
    re.IGNORECASE,
)
_POINT_REFS = re.compile(
    rf"\b{forms_pattern(m.POINT)}\s+\d+(?:\.\d+)?\s+(?:настоящей\s+статьи|статьи\s+\d)"
    r"|\((?:Дополнение\s+пунктом|Пункт\s+(?:в\s+редакции|утратил))",
    re.IGNORECASE,
)
# Codes that number пункты «1.» (like laws) rather than части.
_LAW_LIKE_CODES = re.compile(
    r"(?:Гражданск|Налогов|Бюджетн|Земельн|Воздушн)\w*\s+кодекс", re.IGNORECASE
)
_CODE_TITLE = re.compile(r"кодекс", re.IGNORECASE)


def russian_profile(lines: list[str]) -> str:
    """ "ru-code" or "ru-law": the title, else what the text's own references count."""
    head = " ".join(lines[:15])
    if _LAW_LIKE_CODES.search(head):
        return "ru-law"
    if _CODE_TITLE.search(head):
        return "ru-code"
    parts = points = 0
    for line in lines:
        parts += len(_PART_REFS.findall(line))
        points += len(_POINT_REFS.findall(line))
    if parts == points == 0:
        has_dot = any(_numbered(DOT_LABEL, x) for x in lines)
        has_list = any(_numbered(PAREN_LABEL, x) or _numbered(LETTER_LABEL, x) for x in lines)
        return "ru-law" if has_dot and has_list and "ЗАКОН" in head.upper() else "ru-code"
    return "ru-code" if parts >= points else "ru-law"


def _numbered(label: re.Pattern[str], line: str) -> bool:
    """``line`` opens with a ``label`` and a space, text or not after it («1. », «а) text»)."""
    found = label.match(line.lstrip())
    return found is not None and found.group(2) is not None


# --- English: UK or US legislation --------------------------------------------------------
_ENGLISH_WORDS = re.compile(r"\b(?:the|of|and|shall|may|must|section|this|Act|any|by)\b")
_US_SIGNS = re.compile(
    r"^(?:SEC\.|Sec\.|SECTION\s+\d|§)|\.—|Be it enacted by the Senate|U\.S\.C\.|Congress"
)
_UK_SIGNS = re.compile(
    r"^(?:SCHEDULE\b|PART\s+\d)|BE IT ENACTED by the (?:King|Queen)|Secretary of State|"
    r"Majesty|Parliament|Royal Assent"
)


def _sample(lines: list[str], limit: int = 3000) -> list[str]:
    out = []
    for raw in lines[:limit]:
        line = clean_spaces(raw)
        if line:
            out.append(line)
    return out


def english_confidence(lines: list[str]) -> float:
    """Confidence 0..1 that ``lines`` are English-language UK or US legislation."""
    cyrillic, latin = letters("".join(_sample(lines, 400)))
    if cyrillic > latin:
        return 0.0  # Russian (or other Cyrillic) text: decided without reading further
    sample = _sample(lines)
    if not sample:
        return 0.0
    text = "\n".join(sample)
    cyrillic, latin = letters(text)
    if latin == 0 or cyrillic > latin * 0.05:
        return 0.0
    english = min(1.0, len(_ENGLISH_WORDS.findall(text)) / max(10, len(sample)))
    structural = 0
    for line in sample:
        if LABEL_LINE.match(line) or US_SECTION.match(line) or SCHEDULE.match(line):
            structural += 1
        elif CONTAINER.match(line) or LONG_TITLE.match(line):
            structural += 1  # "PART 1", "An Act to make provision ..."
        elif re.match(r"^[A-Z]?\d+[A-Z]{0,3}\.?\s+[A-Z]\S*(?:\s+\S+){0,12}$", line):
            structural += 1
    structure = min(1.0, structural / max(3.0, 0.25 * len(sample)))
    return round(0.35 * english + 0.65 * structure, 3)


def english_profile(lines: list[str]) -> str | None:
    """ "uk" or "us" for English legislation, None when the text is not English legislation."""
    if english_confidence(lines) < 0.4:
        return None
    sample = _sample(lines)
    us = uk = 0
    after_section: str | None = None
    for line in sample:
        if _US_SIGNS.search(line):
            us += 2 if US_SECTION.match(line) else 1
            after_section = "us" if US_SECTION.match(line) else after_section
            continue
        if _UK_SIGNS.search(line):
            uk += 1
        if re.match(r"^[A-Z]?\d+[A-Z]{0,3}\s+[A-Z]", line) and not YEAR_CHAPTER.match(line):
            uk += 1
            after_section = "uk"
            continue
        label = LABEL_LINE.match(line)
        if label and after_section:
            first = label.group("label")
            if first == "1":
                uk += 2
            elif first == "a":
                us += 2
            after_section = None
    if us == uk == 0:
        return None
    return "us" if us > uk else "uk"
