"""How sources lay out Russian acts: wrapped and glued headings, final provisions outside articles.

Steps of :class:`drafter.core.structure_ru_parser.RuParser`, each taking the parser: the parser
decides when a paragraph may be one of these, these decide whether it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from drafter.core import model as m
from drafter.core.numbering import expand_range
from drafter.core.structure_ru_labels import (
    ARTICLE_HEADING,
    ARTICLE_RANGE,
    ARTICLES_HELD,
    DOT_LABEL,
    DOT_RANGE,
    GLUED_ARTICLE,
    LATIN_ROMAN,
    ROMAN_LOOKALIKE,
)
from drafter.core.structure_ru_lines import LETTER_LABEL, split_notes
from drafter.messages import N_, message

if TYPE_CHECKING:
    from drafter.core.structure_ru_parser import RuParser

_CYRILLIC_ROMAN = N_(
    "{line!r}: number {printed} read as {number} (Cyrillic letters in a roman number)"
)
_HEADING_MAX = 200  # longer than any heading of a group of articles in the Civil Code
_GLUED = N_("{line!r}: a heading and an article printed as one paragraph; read as two")


def continue_heading(parser: RuParser, unit: m.Unit, body: str) -> bool:
    """A container heading wrapped over two lines («Глава 1. ЗАДАЧИ И ПРИНЦИПЫ
    ЗАКОНОДАТЕЛЬСТВА» / «ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ»): the line joins the heading.

    Capitals after capitals, or a line going on in lower case after a heading that does not
    end a sentence; never once the container holds anything, never a code part's heading (its
    heading is its whole line: «ОБЩАЯ ЧАСТЬ»).
    """
    if unit.children or unit.text or unit.kind == m.CODEPART:
        return False
    if parser.last is not unit or parser.last_field != "heading":
        return False
    heading = unit.heading
    capitals = heading.isupper() and body.isupper()
    going_on = (
        body[0].islower() and not heading.endswith((".", ":", ";")) and not LETTER_LABEL.match(body)
    )
    if not (capitals or going_on):
        return False
    unit.heading = f"{heading} {body}"
    parser.last_text = unit.heading
    return True


def latin_roman(parser: RuParser, body: str) -> str:
    """«РАЗДЕЛ ХIII.» typed with a Cyrillic Х is section XIII; the reading is told."""
    found = ROMAN_LOOKALIKE.match(body)
    if not found:
        return body
    printed = found.group(2)
    number = printed.translate(LATIN_ROMAN)
    parser.warn_number(message(_CYRILLIC_ROMAN, line=body[:60], printed=printed, number=number))
    return found.group(1) + number + body[found.end() :]


def split_glued(parser: RuParser, body: str) -> bool:
    """A heading and the first article printed as one paragraph («Раздел II. ОСОБЕННАЯ
    ЧАСТЬСтатья 5.1. ...»): read as the two paragraphs they are, and say so."""
    found = GLUED_ARTICLE.match(body)
    if not found or not ARTICLE_HEADING.match(found.group(2)):
        return False
    parser.warn(message(_GLUED, line=body[:60]))
    parser.place(found.group(1))
    parser.place(found.group(2))
    return True


def place_final_line(parser: RuParser, body: str) -> bool:
    """A final provision, or a range of repealed ones («3 - 4. Утратили силу.»)."""
    found = DOT_RANGE.match(body)
    numbers = expand_range(found.group(1), found.group(2)) if found else None
    if found and numbers:
        for number in numbers:
            place_final(parser, f"{number}.")
            parser.pending_notes(parser.stack[0].unit, [found.group(3)])
        return True
    return place_final(parser, body)


def place_final(parser: RuParser, body: str) -> bool:
    """«1. Конституция вступает в силу ...» after a heading and outside any article: a final
    or transitional provision, a unit of its own (``final:1``) in the container above it."""
    found = DOT_LABEL.match(body)
    if not found:
        return False
    container = parser.containers[-1]
    unit = m.Unit(m.FINAL)
    unit.number = parser.numbers.child(container, m.FINAL, found.group(1), parser.line)
    container.children.append(unit)
    parser.start_top(unit, "final")
    if found.group(2):
        parser.set_text(unit, found.group(2))
    return True


def place_subgroup(parser: RuParser, body: str) -> bool:
    """«2. Полное товарищество» between two articles of a § of the Civil Code: a numbered
    heading (a container, ``sgrp:2``), not a part of the article above.

    Only inside a §; told by its form (short, no full stop in it) and by what follows: the next
    paragraph other than its notes is an article heading.
    """
    in_article = not parser.stack or parser.stack[0].ltype == "article"
    parent = next((u for u in reversed(parser.containers) if u.kind != m.SUBGROUP), None)
    if parent is None or parent.kind != m.GROUP or not in_article:
        return False
    found = DOT_LABEL.match(body)
    if not found or not found.group(2):
        return False
    held = ARTICLES_HELD.match(found.group(2))  # «7. (Статьи 105, 106)»: repealed, listed
    # a heading: short, no full stop in it, and an article follows
    heading = len(body) <= _HEADING_MAX and "." not in found.group(2) and body[-1] not in ";:,-–—"
    following = _next_paragraph(parser)
    article_next = ARTICLE_HEADING.match(following) or ARTICLE_RANGE.match(following)
    if not held and not (heading and article_next):
        return False
    number = parser.numbers.child(parent, m.SUBGROUP, found.group(1), parser.line)
    parser.place_container(m.SUBGROUP, number, found.group(2))
    return True


def _next_paragraph(parser: RuParser) -> str:
    """The next paragraph after the current one that is not empty and not only notes."""
    for raw in parser.lines[parser.lineno : parser.lineno + 20]:
        line = " ".join(raw.split())
        if line and split_notes(line)[0]:
            return line
    return ""
