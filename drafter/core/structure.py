"""Lines of an act (paragraphs) → an Act with its tree of units: profile detection and dispatch."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.profiles import PROFILES, get_profile
from drafter.errors import ImportFailed

_CYRILLIC = re.compile(r"[А-Яа-яЁё]")
_LATIN = re.compile(r"[A-Za-z]")
_RU_ARTICLE = re.compile(r"^\s*Статья\s+\d")
_RU_DOT = re.compile(r"^\s*\d+(?:\.\d+)*\.\s")
_RU_LIST = re.compile(r"^\s*(?:\d+(?:\.\d+)*|[а-яё](?:\.?\d+)*)\)\s")
_RU_PART_REFS = re.compile(
    r"\b(?:част(?:ь|и|ью|ям|ями|ях)|ч\.)\s+(?:\d|перв|втор|трет|четв|пят|шест|седьм|восьм|девят|десят)"
    r"|\((?:Дополнение\s+частью|Часть\s+(?:в\s+редакции|утратила))|^\s*наказыва",
    re.IGNORECASE,
)
_RU_POINT_REFS = re.compile(
    r"\bпункт(?:а|ом|е|ы|ов|ами|ах)?\s+\d+(?:\.\d+)?\s+(?:настоящей\s+статьи|статьи\s+\d)"
    r"|\((?:Дополнение\s+пунктом|Пункт\s+(?:в\s+редакции|утратил))",
    re.IGNORECASE,
)
# Codes that number пункты «1.» (like laws) rather than части.
_RU_LAW_LIKE_CODES = re.compile(
    r"(?:Гражданск|Налогов|Бюджетн|Земельн|Воздушн)\w*\s+кодекс", re.IGNORECASE
)
_CODE_TITLE = re.compile(r"кодекс", re.IGNORECASE)
_US = re.compile(r"^\s*(?:SEC\.|Sec\.|§)\s*\d|^\s*\(a\)\s", re.MULTILINE)


def _structure_en():
    try:
        from drafter.core import structure_en
    except ImportError:
        return None
    return structure_en


def detect_profile(lines: list[str]) -> str | None:
    """The structure profile the lines look like: "ru-code", "ru-law", "uk", "us" or None."""
    sample = "\n".join(lines[:400])[:40000]
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    if cyr == 0 and lat == 0:
        return None
    if cyr >= lat:
        return _detect_ru(lines)
    en = _structure_en()
    if en is not None:
        return en.detect_profile(lines)
    text = "\n".join(lines[:2000])
    return "us" if len(_US.findall(text)) >= 2 else "uk"


def _detect_ru(lines: list[str]) -> str:
    head = " ".join(lines[:15])
    if _RU_LAW_LIKE_CODES.search(head):
        return "ru-law"
    if _CODE_TITLE.search(head):
        return "ru-code"
    parts = points = 0
    for line in lines:
        parts += len(_RU_PART_REFS.findall(line))
        points += len(_RU_POINT_REFS.findall(line))
    if parts == points == 0:
        has_dot = any(_RU_DOT.match(x) for x in lines)
        has_list = any(_RU_LIST.match(x) for x in lines)
        return "ru-law" if has_dot and has_list and "ЗАКОН" in head.upper() else "ru-code"
    return "ru-code" if parts >= points else "ru-law"


def parse_lines(
    lines: list[str], *, slug: str = "act", profile: str | None = None
) -> m.ImportResult:
    """Read paragraphs of an act (whole or a fragment of articles) into an Act with addresses.

    ``profile`` None means detect (:func:`detect_profile`). Nothing is dropped: text that cannot
    be placed is kept and reported in ``ImportResult.warnings`` with its line number.
    """
    warnings: list[m.ImportWarning] = []
    undetected = False
    if profile is None:
        profile = detect_profile(lines)
        if profile is None:
            profile = "ru-code"
            undetected = True
            if any(x.strip() for x in lines):
                warnings.append(
                    m.ImportWarning(0, "could not tell the structure of the text; read as ru-code")
                )
    if profile not in PROFILES:
        raise ImportFailed(f"unknown structure profile {profile!r} (known: {', '.join(PROFILES)})")
    if profile.startswith("ru"):
        from drafter.core import structure_ru

        result = structure_ru.parse(lines, profile, slug)
    else:
        en = _structure_en()
        if en is None:
            raise ImportFailed(
                f"the text looks like a {profile.upper()} act, but this build has no "
                "English structure parser"
            )
        result = en.parse(lines, get_profile(profile), slug)
    result.act.slug = slug
    result.act.profile = profile
    if undetected:
        # Read with the fallback profile, but the language is what the letters say.
        sample = "\n".join(lines[:400])
        if len(_LATIN.findall(sample)) > len(_CYRILLIC.findall(sample)):
            result.act.language = "en"
    assign_addresses(result.act)
    result.warnings[:0] = warnings
    return result
