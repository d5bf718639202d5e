"""Russian grammar for amending formulae: unit names in cases, ordinals in words, agreement."""

from __future__ import annotations

from drafter.core import model as m

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")

# Case endings of the unit names, singular then plural, in the order of CASES.
_DECLENSIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "hard-m": (("", "а", "у", "", "ом", "е"), ("ы", "ов", "ам", "ы", "ами", "ах")),  # пункт
    "hush-m": (("", "а", "у", "", "ем", "е"), ("ы", "ев", "ам", "ы", "ами", "ах")),  # абзац
    "a-f": (("а", "ы", "е", "у", "ой", "е"), ("ы", "", "ам", "ы", "ами", "ах")),  # глава
    "ya-f": (("я", "и", "е", "ю", "ей", "е"), ("и", "ей", "ям", "и", "ями", "ях")),  # статья
    "soft-f": (("ь", "и", "и", "ь", "ью", "и"), ("и", "ей", "ям", "и", "ями", "ях")),  # часть
    "ie-n": (("е", "я", "ю", "е", "ем", "и"), ("я", "й", "ям", "я", "ями", "ях")),  # примечание
}
# Unit names: stem, declension, gender.
_STEMS: dict[str, tuple[str, str, str]] = {
    m.ARTICLE: ("стать", "ya-f", "f"),
    m.PART: ("част", "soft-f", "f"),
    m.POINT: ("пункт", "hard-m", "m"),
    m.SUBPOINT: ("подпункт", "hard-m", "m"),
    m.PARAGRAPH: ("абзац", "hush-m", "m"),
    m.NOTE: ("примечани", "ie-n", "n"),
    m.CHAPTER: ("глав", "a-f", "f"),
    m.DIVISION: ("раздел", "hard-m", "m"),
    m.SUBDIVISION: ("подраздел", "hard-m", "m"),
    m.FINAL: ("пункт", "hard-m", "m"),  # a final provision: пункт 1 of a раздел
    "heading": ("наименовани", "ie-n", "n"),
}
_IRREGULAR = {(m.ARTICLE, "gen", True): "статей"}  # not «статьей» (the instrumental singular)
# Forms also printed with «ё» (read, never written).
_YO_SPELLINGS = {"статьей": "статьёй"}


def _declined(kind: str, plural: bool) -> tuple[str, ...]:
    stem, declension, _gender = _STEMS[kind]
    endings = _DECLENSIONS[declension][1 if plural else 0]
    return tuple(
        _IRREGULAR.get((kind, case, plural), stem + ending)
        for case, ending in zip(CASES, endings, strict=True)
    )


# Unit names: (gender, singular forms, plural forms), forms in the order of CASES.
_NOUNS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    kind: (gender_, _declined(kind, False), _declined(kind, True))
    for kind, (_stem, _declension, gender_) in _STEMS.items()
}


def noun(kind: str, case: str, plural: bool = False) -> str:
    """The Russian name of a unit kind in ``case``: noun(ARTICLE, "prep") == "статье"."""
    _gender, singular, plural_forms = _NOUNS[kind]
    return (plural_forms if plural else singular)[CASES.index(case)]


def gender(kind: str) -> str:
    return _NOUNS[kind][0]


def known_kind(kind: str) -> bool:
    return kind in _NOUNS


def forms(kind: str) -> list[str]:
    """Every case form of a unit name, singular and plural, as printed (with «ё» variants)."""
    _gender, singular, plural_forms = _NOUNS[kind]
    found = list(dict.fromkeys((*singular, *plural_forms)))
    return found + [_YO_SPELLINGS[f] for f in found if f in _YO_SPELLINGS]


def forms_pattern(kind: str) -> str:
    """A regex alternation of :func:`forms` (longest first): «стать(?:ями|ях|…)»-style."""
    return "(?:" + "|".join(sorted(forms(kind), key=len, reverse=True)) + ")"


def lost_force(kind: str, plural: bool = False) -> str:
    """«признать утратившим / утратившей / утратившими силу» agreeing with the unit."""
    if plural:
        return "признать утратившими силу"
    return "признать утратившей силу" if gender(kind) == "f" else "признать утратившим силу"


# --- ordinals in words --------------------------------------------------------------------
# stem and declension type: "y" (hard, -ый), "o" (stressed -ой), "3" (третий).
_ORDINAL_STEMS = {
    1: ("перв", "y"),
    2: ("втор", "o"),
    3: ("трет", "3"),
    4: ("четверт", "y"),
    5: ("пят", "y"),
    6: ("шест", "o"),
    7: ("седьм", "o"),
    8: ("восьм", "o"),
    9: ("девят", "y"),
    10: ("десят", "y"),
    11: ("одиннадцат", "y"),
    12: ("двенадцат", "y"),
    13: ("тринадцат", "y"),
    14: ("четырнадцат", "y"),
    15: ("пятнадцат", "y"),
    16: ("шестнадцат", "y"),
    17: ("семнадцат", "y"),
    18: ("восемнадцат", "y"),
    19: ("девятнадцат", "y"),
    20: ("двадцат", "y"),
    30: ("тридцат", "y"),
    40: ("сороков", "o"),
    50: ("пятидесят", "y"),
    60: ("шестидесят", "y"),
    70: ("семидесят", "y"),
    80: ("восьмидесят", "y"),
    90: ("девяност", "y"),
    100: ("сот", "y"),
}
_YO_STEMS = {"четверт": "четв[её]рт"}  # «четвёртой» is printed too
_TENS = {
    20: "двадцать",
    30: "тридцать",
    40: "сорок",
    50: "пятьдесят",
    60: "шестьдесят",
    70: "семьдесят",
    80: "восемьдесят",
    90: "девяносто",
    100: "сто",
}
# endings per gender, in the order of CASES
_HARD = {
    "m": ("ый", "ого", "ому", "ый", "ым", "ом"),
    "f": ("ая", "ой", "ой", "ую", "ой", "ой"),
    "n": ("ое", "ого", "ому", "ое", "ым", "ом"),
}
_THIRD = {
    "m": ("ий", "ьего", "ьему", "ий", "ьим", "ьем"),
    "f": ("ья", "ьей", "ьей", "ью", "ьей", "ьей"),
    "n": ("ье", "ьего", "ьему", "ье", "ьим", "ьем"),
}


def _ordinal_word(n: int, gender_: str, case: str) -> str:
    stem, kind = _ORDINAL_STEMS[n]
    i = CASES.index(case)
    if kind == "3":
        return stem + _THIRD[gender_][i]
    ending = _HARD[gender_][i]
    if kind == "o" and gender_ == "m" and case in ("nom", "acc"):
        ending = "ой"
    return stem + ending


def ordinal(n: int, gender_: str = "m", case: str = "nom") -> str:
    """``n`` (1–199) as an ordinal in words: ordinal(2, "f", "prep") == "второй"."""
    if not 1 <= n < 200:
        raise ValueError(f"ordinal out of range: {n}")
    if n in _ORDINAL_STEMS:
        return _ordinal_word(n, gender_, case)
    hundreds = "сто " if n > 100 else ""
    rest = n % 100
    if rest in _ORDINAL_STEMS:
        return hundreds + _ordinal_word(rest, gender_, case)
    tens, units = rest - rest % 10, rest % 10
    return f"{hundreds}{_TENS[tens]} {_ordinal_word(units, gender_, case)}"


def _build_ordinal_index() -> dict[str, int]:
    index: dict[str, int] = {}
    for n in range(1, 200):
        for g in ("m", "f", "n"):
            for case in CASES:
                index.setdefault(ordinal(n, g, case), n)
    return index


ORDINAL_INDEX = _build_ordinal_index()


def ordinal_value(words: str) -> int | None:
    """The number an ordinal in words stands for, in any gender and case ("второй" → 2)."""
    return ORDINAL_INDEX.get(" ".join(words.lower().replace("ё", "е").split()))


def in_case(n: int) -> str:
    """«в первом случае», «во втором случае» — the Nth occurrence of quoted words."""
    word = ordinal(n, "m", "prep")
    preposition = "во" if word.startswith(("вт", "вс", "мн")) else "в"
    return f"{preposition} {word} случае"


# --- letters used as labels ----------------------------------------------------------------
# Lettered points and subpoints skip й, ё, ъ, ы, ь (as in the Codes).
LETTERS = "абвгдежзиклмнопрстуфхцчшщэюя"


def ordinal_stems_pattern(last: int = 10) -> str:
    """A regex alternation of the stems of the ordinals 1..``last`` («перв|втор|…»), for
    telling «части второй» from other words; «ё» is read where «е» is written."""
    stems = (_ORDINAL_STEMS[n][0] for n in range(1, last + 1))
    return "(?:" + "|".join(_YO_STEMS.get(stem, stem) for stem in stems) + ")"
