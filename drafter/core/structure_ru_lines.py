"""Russian acts, line by line: the labels, headings and status lines a paragraph may be."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.russian import ordinal_stems_pattern
from drafter.core.structure_ru_notes import ABSORB_ANY, SIGNATURE, split_notes

# --- labels and headings ---------------------------------------------------------------------
_NUM = r"\d+(?:\.\d+)*"
# «Статья 5. Heading», «Статья 5», «Статья 159.4.», «Статья 5 Heading» (capitalised: a sentence
# «Статья 5 настоящего Кодекса ...» is text)
ARTICLE_HEADING = re.compile(rf"^Статья\s+({_NUM})(?:\.(?:\s+(.*))?|\s+([^a-zа-яё].*))?$")
# A line that starts like an article heading («Статья 322.1-1. Heading») but is not one.
ARTICLE_LIKE = re.compile(r"^Статья\s+\d\S*\.?\s+[А-ЯЁ]")
# КонсультантПлюс: «Статьи 5 - 7. Утратили силу. - Федеральный закон ...»
ARTICLE_RANGE = re.compile(rf"^Статьи\s+({_NUM})\s*[-–—]\s*({_NUM})\.?\s+(Утратил\w*\s+силу.*)$")
CODEPART_HEADING = re.compile(
    r"^(?:(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ|ЧАСТЬ\s+(?:ПЕРВАЯ|ВТОРАЯ|ТРЕТЬЯ|ЧЕТВЕРТАЯ|ЧЕТВЁРТАЯ))$"
)
_ORDINAL_WORDS = rf"{ordinal_stems_pattern()}\w+"
_CONTAINER_NUM = rf"([IVXLC]+|\d+(?:\.\d+)*|(?i:{_ORDINAL_WORDS}))"
# (kind, its heading line): group 1 is the number, group 2 the heading
CONTAINER_HEADINGS = (
    *(
        (kind, re.compile(rf"^(?:{word})\s+{_CONTAINER_NUM}\.?(?:\s+(.*))?$"))
        for kind, word in (
            (m.SUBDIVISION, "Подраздел|ПОДРАЗДЕЛ"),
            (m.DIVISION, "Раздел|РАЗДЕЛ"),
            (m.CHAPTER, "Глава|ГЛАВА"),
        )
    ),
    (m.GROUP, re.compile(rf"^§\s*({_NUM})\.?(?:\s+(.*))?$")),
)
CONTAINER_FIRST = frozenset("ОЧПРГ§")  # first letters of container lines (a fast filter)
# Numbered paragraphs below an article: group 1 is the label, group 2 the text after it.
DOT_LABEL = re.compile(rf"^({_NUM})\.(?:\s+(.*)|$)")
PAREN_LABEL = re.compile(rf"^({_NUM})\)(?:\s+(.*)|$)")
# «е1)», «е.1)», «е-1)» and «е¹)»: in-between points as acts wrote them over time
LETTER_LABEL = re.compile(r"^([а-яё](?:[.-]?\d+|[¹²³⁴-⁹⁰]+)*)\)(?:\s+(.*)|$)")
NOTE_LABEL = re.compile(r"^Примечани([ея])[.:](?:\s+(.*))?$")

# --- repeal and sanctions --------------------------------------------------------------------
# «Утратила силу.», «Утратил силу. - Федеральный закон ...», «Утратила силу с 1 января 2004 г. ...»
# the Constitution: «Исключена поправкой к Конституции Российской Федерации (Закон ...)»
REPEAL_TEXT = re.compile(r"^(?:[Уу]тратил[аио]?\s+силу(?:[\s.,;]|$)|Исключен[аоы]?\s+поправкой\s)")
REPEAL_BARE = re.compile(r"^[Уу]тратил[аио]?\s+силу[.;]?$")
REPEAL_NOTE = re.compile(r"[Уу]тратил\w*\s+силу|Исключен\w*\s+поправкой")
SANCTION = re.compile(r"^наказыва")
DASH_END = re.compile(r"[-–—]$")


def starts_unit(line: str) -> bool:
    """Whether a paragraph opens a unit or is itself a note (never the text of a note block)."""
    return bool(
        ARTICLE_HEADING.match(line)
        or CODEPART_HEADING.match(line)
        or any(p.match(line) for _k, p in CONTAINER_HEADINGS)
        or NOTE_LABEL.match(line)
        or DOT_LABEL.match(line)
        or PAREN_LABEL.match(line)
        or LETTER_LABEL.match(line)
        or not split_notes(line)[0]
        or ABSORB_ANY.match(line)
        or SIGNATURE.match(line)
    )
