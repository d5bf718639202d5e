"""Russian grammar for amending formulae: unit names in cases, ordinals in words, agreement."""

from __future__ import annotations

from drafter.core import model as m

CASES = ("nom", "gen", "dat", "acc", "ins", "prep")

# Unit names: (gender, singular forms, plural forms), forms in the order of CASES.
_NOUNS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    m.ARTICLE: (
        "f",
        ("статья", "статьи", "статье", "статью", "статьей", "статье"),
        ("статьи", "статей", "статьям", "статьи", "статьями", "статьях"),
    ),
    m.PART: (
        "f",
        ("часть", "части", "части", "часть", "частью", "части"),
        ("части", "частей", "частям", "части", "частями", "частях"),
    ),
    m.POINT: (
        "m",
        ("пункт", "пункта", "пункту", "пункт", "пунктом", "пункте"),
        ("пункты", "пунктов", "пунктам", "пункты", "пунктами", "пунктах"),
    ),
    m.SUBPOINT: (
        "m",
        ("подпункт", "подпункта", "подпункту", "подпункт", "подпунктом", "подпункте"),
        ("подпункты", "подпунктов", "подпунктам", "подпункты", "подпунктами", "подпунктах"),
    ),
    m.PARAGRAPH: (
        "m",
        ("абзац", "абзаца", "абзацу", "абзац", "абзацем", "абзаце"),
        ("абзацы", "абзацев", "абзацам", "абзацы", "абзацами", "абзацах"),
    ),
    m.NOTE: (
        "n",
        ("примечание", "примечания", "примечанию", "примечание", "примечанием", "примечании"),
        ("примечания", "примечаний", "примечаниям", "примечания", "примечаниями", "примечаниях"),
    ),
    m.CHAPTER: (
        "f",
        ("глава", "главы", "главе", "главу", "главой", "главе"),
        ("главы", "глав", "главам", "главы", "главами", "главах"),
    ),
    m.DIVISION: (
        "m",
        ("раздел", "раздела", "разделу", "раздел", "разделом", "разделе"),
        ("разделы", "разделов", "разделам", "разделы", "разделами", "разделах"),
    ),
    m.SUBDIVISION: (
        "m",
        ("подраздел", "подраздела", "подразделу", "подраздел", "подразделом", "подразделе"),
        ("подразделы", "подразделов", "подразделам", "подразделы", "подразделами", "подразделах"),
    ),
    "heading": (
        "n",
        (
            "наименование",
            "наименования",
            "наименованию",
            "наименование",
            "наименованием",
            "наименовании",
        ),
        (
            "наименования",
            "наименований",
            "наименованиям",
            "наименования",
            "наименованиями",
            "наименованиях",
        ),
    ),
}


def noun(kind: str, case: str, plural: bool = False) -> str:
    """The Russian name of a unit kind in ``case``: noun(ARTICLE, "prep") == "статье"."""
    _gender, singular, plural_forms = _NOUNS[kind]
    return (plural_forms if plural else singular)[CASES.index(case)]


def gender(kind: str) -> str:
    return _NOUNS[kind][0]


def known_kind(kind: str) -> bool:
    return kind in _NOUNS


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
