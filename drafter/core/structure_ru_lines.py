"""Russian acts, line by line: the labels, headings and editorial notes a paragraph may be."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.russian import ordinal_stems_pattern

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
LETTER_LABEL = re.compile(r"^([а-яё](?:\.?\d+)*)\)(?:\s+(.*)|$)")
NOTE_LABEL = re.compile(r"^Примечани([ея])[.:](?:\s+(.*))?$")

# --- repeal and sanctions --------------------------------------------------------------------
# «Утратила силу.», «Утратил силу. - Федеральный закон ...», «Утратила силу с 1 января 2004 г. ...»
REPEAL_TEXT = re.compile(r"^[Уу]тратил[аио]?\s+силу(?:[\s.,;]|$)")
REPEAL_BARE = re.compile(r"^[Уу]тратил[аио]?\s+силу[.;]?$")
REPEAL_NOTE = re.compile(r"[Уу]тратил\w*\s+силу")
SANCTION = re.compile(r"^наказыва")
DASH_END = re.compile(r"[-–—]$")

# --- editorial notes -------------------------------------------------------------------------
# Гарант's change notes printed as paragraphs of their own: «Статья 5 изменена с 1 января
# 2020 г. - Федеральный закон ...», «См. текст статьи в предыдущей редакции».
_GARANT_CHANGE = re.compile(
    r"^(?:(?:Стать|Част|Пункт|Подпункт|Абзац|Наименовани|Примечани|Глав|Раздел|Параграф)\w*"
    r"\s[^.]{0,80}?\b(?:изменен|дополнен|введен|утратил\w*\s+силу)\w*\s+с\s+\d{1,2}\s+\w+"
    r"\s+\d{4}\s*г\.|См\.\s+(?:текст|предыдущую|будущую))"
)
# Editorial notes in parentheses: how they start, what they say, what they cite.
_NOTE_START = re.compile(
    r"^\(\s*(?:В\s+редакции|в\s+ред\.|ред\.|[Дд]ополнен|[Уу]тратил|С\s+учетом|[Ии]сключен"
    r"|[Вв]веден|(?:Наименование|Часть|Статья|Пункт|Подпункт|Абзац|Примечани[ея]|Глава|Раздел"
    r"|Подраздел|Параграф|Позиция|наименование|часть|статья|пункт|подпункт|абзац|примечани[ея]"
    r"|глава|раздел|параграф)\s|(?:п|пп|ч|абз|ст|подп)\.\s?)"
)
_NOTE_SAYS = re.compile(r"редакци|ред\.|[Дд]ополнен|[Уу]тратил|[Вв]веден|[Ии]сключен|С\s+учетом")
_NOTE_CITES = re.compile(r"закон|ФЗ|[Пп]остановлени|Указ|[Рр]ешени|[Кк]одекс")
# Notes of the legal reference systems that take whole paragraphs: (name, first paragraph);
# group 1 is the note's text when it stands in the same paragraph.
ABSORB_STARTS = (
    ("consultant", re.compile(r"^КонсультантПлюс\s*:\s*примечание\.?\s*(.*)$")),
    ("garant", re.compile(r"^ГАРАНТ\s*:\s*(.*)$")),
    ("info", re.compile(r"^Информация\s+об\s+изменениях\s*:\s*(.*)$")),
)
ABSORB_ANY = re.compile(r"^(?:КонсультантПлюс|ГАРАНТ|Информация\s+об)")
# Further paragraphs of a Гарант «Информация об изменениях:» block.
GARANT_INFO_MORE = re.compile(
    r"^(?:См\.|Федеральн\w+\s+закон|Законом|Постановлени|Указом|Решением|Определением"
    r"|Изменения\s+вступают)"
)
# Further paragraphs of a «КонсультантПлюс: примечание.» block.
CONSULTANT_MORE = re.compile(
    r"^(?:См\.|Положения\s|Действие\s|Редакция\s|О\s+применении|Об\s+особенностях\s+применения"
    r"|При\s+применении|Изменения,\s+внесенные)"
)

# --- front matter and signatures -------------------------------------------------------------
# Front matter lines that are not the title.
BANNER = re.compile(
    r"^(?:РОССИЙСКАЯ\s+ФЕДЕРАЦИЯ|ФЕДЕРАЛЬНЫЙ\s+(?:КОНСТИТУЦИОННЫЙ\s+)?ЗАКОН|ЗАКОН|КОДЕКС"
    r"|(?:Принят|Одобрен|Подписан|Москва|г\.\s*Москва|от\s+\d|N\s|№|\d{1,2}[.\s]).*)$"
)
# The signature block at the end of an act (kept in Act.notes, after the front notes).
SIGNATURE = re.compile(
    r"^(?:Президент\s+Российской\s+Федерации|Президент\s+РФ|Москва,\s+Кремль)(?:\s|$)"
)


def split_notes(line: str) -> tuple[str, list[str]]:
    """``line`` without the editorial notes at its end, and those notes in order."""
    notes: list[str] = []
    body = line
    while body.endswith(")"):
        start = body.rfind("(")
        if body.find(")", start) == len(body) - 1:  # no nested brackets: the usual case
            candidate = body[start:]
            if not is_note(candidate):
                break
            notes.insert(0, candidate)
            body = body[:start].rstrip()
            continue
        depth = 0
        start = -1
        for i in range(len(body) - 1, -1, -1):
            ch = body[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
                if depth == 0:
                    start = i
                    break
        if start < 0:
            break
        candidate = body[start:]
        if not is_note(candidate):
            break
        notes.insert(0, candidate)
        body = body[:start].rstrip()
    return body, notes


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


def is_note_paragraph(line: str) -> bool:
    """A whole paragraph that is a reference system's note (a link «... >>>», a Гарант change)."""
    return line.endswith(">>>") or bool(_GARANT_CHANGE.match(line))


def is_note(paren: str) -> bool:
    """Whether a parenthesised group is an editorial note rather than law text."""
    return bool(_NOTE_START.match(paren) and _NOTE_SAYS.search(paren) and _NOTE_CITES.search(paren))
