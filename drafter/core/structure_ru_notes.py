"""Editorial matter of Russian acts: the classes of notes, banners and signatures, and their forms.

Editorial matter is metadata, never law text (DESIGN.md "Reading real acts"). Every form the
importer takes out of the law text belongs to one class of :data:`NOTE_CLASSES`; a note the
importer keeps is always of a class (:func:`note_class`), and a paragraph of law text never is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True)
class NoteClass:
    """One form of editorial matter: where it comes from, how it looks, which unit it notes."""

    name: str
    source: str  # the publisher that prints it
    form: str  # an example of how it is printed
    attaches: str  # "named" (the unit it names, else the last), "next", "previous" or "act"


NOTE_CLASSES = (
    NoteClass(
        "amendment",
        "pravo.gov.ru, КонсультантПлюс, Гарант",
        "(В редакции Федерального закона от … № …-ФЗ); (часть 3 введена …); (Пункт введен - "
        "Закон …); (В редакции Закона Российской Федерации о поправке к Конституции …)",
        "named",
    ),
    NoteClass(
        "status",
        "pravo.gov.ru, КонсультантПлюс",
        "Утратила силу. - Федеральный закон от …; Утратил силу с 1 января 2004 г.; Исключена "
        "поправкой к Конституции Российской Федерации (Закон …)",
        "previous",
    ),
    NoteClass(
        "consultant",
        "КонсультантПлюс",
        "КонсультантПлюс: примечание. + its paragraphs (up to a blank line in a dense export)",
        "next",
    ),
    NoteClass("link", "КонсультантПлюс", "… >>> (a link paragraph)", "previous"),
    NoteClass(
        "garant-info",
        "Гарант",
        "Информация об изменениях: + Федеральным законом … / См. текст … в предыдущей редакции",
        "next",
    ),
    NoteClass("garant", "Гарант", "ГАРАНТ: + its paragraph", "previous"),
    NoteClass(
        "garant-change",
        "Гарант",
        "Статья 5 изменена с 1 января 2020 г. - …; Глава 13 дополнена статьей 13.11 - "
        "Федеральный закон от …; См. текст статьи в предыдущей редакции; См. комментарии к "
        "статье 5; Обратите внимание, …",
        "previous",
    ),
    NoteClass(
        "court",
        "Гарант, КонсультантПлюс",
        "Постановлением Конституционного Суда РФ от … N …-П … признан(ы) …",
        "previous",
    ),
    NoteClass(
        "banner",
        "КонсультантПлюс, Гарант",
        "Документ предоставлен КонсультантПлюс; Список изменяющих документов; www.consultant.ru; "
        "Дата сохранения: …",
        "act",
    ),
    NoteClass(
        "rule",
        "pravo.gov.ru, КонсультантПлюс",
        "____ before a footnote, ------ before the database's banner; «* (Сноска исключена - …)»",
        "previous",
    ),
    NoteClass(
        "signature",
        "every official text",
        "Президент Российской Федерации В.Путин / Москва, Кремль / 1 апреля 2020 года / № 98-ФЗ "
        "(only the final block after the last unit)",
        "act",
    ),
)

# --- notes in parentheses («(В редакции ...)») ----------------------------------------------
_NOTE_START = re.compile(
    r"^\(\s*(?:В\s+редакции|в\s+ред\.|ред\.|[Сс]\s+изм\.|[Дд]ополнен|[Уу]тратил|С\s+учетом"
    r"|[Ии]сключен|[Вв]веден|(?:Наименование|Часть|Статья|Пункт|Подпункт|Абзац|Примечани[ея]"
    r"|Глава|Раздел|Подраздел|Параграф|Подпараграф|Позиция|Приложени[ея]|Сноска|наименование"
    r"|часть|статья|пункт|подпункт|абзац|примечани[ея]|глава|раздел|параграф|подпараграф)\s"
    r"|(?:п|пп|ч|абз|ст|подп)\.\s?)"
)
_NOTE_SAYS = re.compile(
    r"редакци|ред\.|изм\.|[Дд]ополнен|[Уу]тратил|[Вв]веден|[Ии]сключен|С\s+учетом"
)
# what a note cites: a law (also «Закона Российской Федерации о поправке к Конституции ...»,
# a «…-ФКЗ»), a resolution, a decree, a decision, a code
_NOTE_CITES = re.compile(r"[Зз]акон|ФК?З|[Пп]оправк|[Пп]остановлени|Указ|[Рр]ешени|[Кк]одекс")

# --- whole paragraphs ------------------------------------------------------------------------
# A sentence saying a unit changed: «Статья 5 изменена», «Часть 2 утратила силу».
_CHANGED = (
    r"(?:Стать|Част|Пункт|Подпункт|Абзац|Наименовани|Примечани|Глав|Раздел|Параграф|Подпараграф)"
    r"\w*"
    r"\s(?:[^.]|\.(?=\d)){0,80}?\b(?:изменен|дополнен|введен|утратил|исключен|признан)"
)
# Гарант's change notes printed as paragraphs of their own: «Статья 5 изменена с 1 января
# 2020 г. - Федеральный закон ...», «См. текст статьи в предыдущей редакции», «См. комментарии
# к статье 5».
_GARANT_CHANGE = re.compile(
    rf"^(?:{_CHANGED}\w*(?:\s+силу)?\s+с\s+(?:\d{{1,2}}\s+\w+\s+\d{{4}}\s*г\.|\d\d\.\d\d\.\d{{4}})"
    rf"|{_CHANGED}\w*\b(?:[^.]|\.(?=\d)){{0,120}}?\s[-–—]\s+(?:Федеральн\w+\s+закон|Закон)\w*\s+от\s+\d"
    r"|См\.\s+(?:текст|предыдущую|будущую|комментари|примечани)|Обратите\s+внимание)"
)
_COURT = re.compile(
    r"^(?:Постановлением|Определением|Решением)\s+Конституционного\s+Суда\s+(?:РФ|Российской"
    r"\s+Федерации)\s+от\s+\d"
)
# Notes of the legal reference systems that take whole paragraphs: (class, first paragraph);
# group 1 is the note's text when it stands in the same paragraph.
ABSORB_STARTS = (
    ("consultant", re.compile(r"^КонсультантПлюс\s*:\s*примечание\.?\s*(.*)$")),
    ("garant", re.compile(r"^ГАРАНТ\s*:\s*(.*)$")),
    ("garant-info", re.compile(r"^Информация\s+об\s+изменениях\s*:\s*(.*)$")),
)
ABSORB_ANY = re.compile(r"^(?:КонсультантПлюс|ГАРАНТ|Информация\s+об)")
# Further paragraphs of a Гарант «Информация об изменениях:» block.
GARANT_INFO_MORE = re.compile(
    r"^(?:См\.|Федеральн\w+\s+закон|Законом|Постановлени|Указом|Решением|Определением"
    rf"|Изменения\s+вступают|{_CHANGED})"
)
# Further paragraphs of a «КонсультантПлюс: примечание.» block.
CONSULTANT_MORE = re.compile(
    r"^(?:См\.|Положения\s|Действие\s|Редакция\s|О\s+применении|Об\s+особенностях\s+применения"
    r"|При\s+применении|Изменения,\s+внесенные)"
)
# The banners of the legal databases (never the act's title).
DATABASE_BANNER = re.compile(
    r"^(?:Документ\s+предоставлен\s+(?:КонсультантПлюс|ГАРАНТ\w*)|Список\s+изменяющих\s+документов"
    r"|(?:www\.)?consultant\.ru|(?:www\.|base\.|internet\.)?garant\.ru|Дата\s+сохранения\s*:"
    r"|Система\s+ГАРАНТ|Актуально\s+на\s|Источник\s+публикации|Примечание\s+к\s+документу"
    r"|Документ\s+(?:показан|приводится)\s+в\s+редакции|Редакция\s+от\s+\d"
    r"|КонсультантПлюс\s+надежная\s+правовая|Страница\s+\d+\s+из\s+\d+"
    r"|\d{2}[./]\d{2}[./]\d{4}\s+Система\s+ГАРАНТ)",  # page stamps of the exports
    re.IGNORECASE,
)
# Front matter lines that are not the title (and stay in the preamble).
BANNER = re.compile(
    r"^(?:РОССИЙСКАЯ\s+ФЕДЕРАЦИЯ|ФЕДЕРАЛЬНЫЙ\s+(?:КОНСТИТУЦИОННЫЙ\s+)?ЗАКОН|ЗАКОН|КОДЕКС"
    r"|(?:Принят|Одобрен|Подписан|Москва|г\.\s*Москва|от\s+\d|N\s|№|\d{1,2}[.\s]).*)$"
)

# --- the signature block ---------------------------------------------------------------------
_NAME = r"[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.\s?)?[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+)(?:-[А-ЯЁ](?:[а-яё]+|[А-ЯЁ]+))?"
_MONTHS = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
# The first line of a signature block (textlayout writes act notes before it, the block after
# the units).
SIGNATURE = re.compile(
    r"^(?:Президент\s+Российской\s+Федерации|Президент\s+РФ|Москва,\s+Кремль)(?:\s|$)"
)
# Every line of a signature block is one of these forms, and nothing else: the signatory's
# office with or without the name, the name and initials, the place, the date, the number.
_SIGNATURE_LINE = re.compile(
    rf"^(?:(?:Президент|Председатель|Вице-президент)\s+(?:Российской\s+Федерации|РФ"
    rf"|Верховного\s+Совета(?:\s+Российской\s+Федерации|\s+РСФСР)?|Правительства"
    rf"\s+Российской\s+Федерации)(?:\s+{_NAME})?|Российской\s+Федерации(?:\s+{_NAME})?"
    rf"|Президент|{_NAME}|(?:г\.\s*)?Москва(?:,\s*(?:Кремль|Дом\s+Советов\s+России))?\.?"
    rf"|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\s*(?:года|г\.)?|\d{{2}}\.\d{{2}}\.\d{{4}}(?:\s*г\.)?"
    rf"|(?:№|N)\s*\d[\w\-‑/]*(?:-[А-ЯЁI]+)?)$"
)


_ANNEX = re.compile(r"^(?:ПРИЛОЖЕНИ[ЕЯ]|Приложени[ея])(?:\s+(?:N|№)\s*\d+)?(?:\s|$)")


def starts_annex(line: str) -> bool:
    """Whether a paragraph is the heading of the act's annexes («ПРИЛОЖЕНИЯ», «Приложение N 1»)."""
    return bool(_ANNEX.match(line))


def is_signature_line(line: str) -> bool:
    """Whether a paragraph has a form of a signature block (which one only the end can tell)."""
    return bool(_SIGNATURE_LINE.match(line))


def split_notes(line: str) -> tuple[str, list[str]]:
    """``line`` without the editorial notes at its end, and those notes in order.

    A note closed by a stray full stop («... порядке. (В редакции ... № 140-ФЗ).») keeps it.
    """
    notes: list[str] = []
    body = line
    while True:
        tail = "." if body.endswith(").") else ""
        core = body[:-1] if tail else body
        if not core.endswith(")"):
            break
        start = _group_start(core)
        if start < 0 or not is_note(core[start:]):
            break
        notes.insert(0, core[start:] + tail)
        body = core[:start].rstrip()
    return body, notes


def _group_start(text: str) -> int:
    """Where the bracketed group that ends ``text`` opens (-1 when it does not)."""
    start = text.rfind("(")
    if text.find(")", start) == len(text) - 1:  # no nested brackets: the usual case
        return start
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            depth -= 1
            if depth == 0:
                return i
    return -1


_RULE = re.compile(r"^[-_=*]{5,}$")
_FOOTNOTE = re.compile(r"^\*+\s*(?=\()")


def is_note_paragraph(line: str) -> bool:
    """A whole paragraph that is an editorial note: a link «... >>>», a Гарант change, a rule,
    a footnote's note «* (Сноска исключена - ...)»."""
    return (
        line.endswith(">>>")
        or bool(_GARANT_CHANGE.match(line) or _COURT.match(line) or _RULE.match(line))
        or _is_footnote_note(line)
    )


def is_rule(line: str) -> bool:
    """A rule of dashes or underscores (before a footnote, before a database's banner)."""
    return bool(_RULE.match(line))


def _is_footnote_note(line: str) -> bool:
    marker = _FOOTNOTE.match(line)
    return marker is not None and not split_notes(line[marker.end() :])[0]


def is_note(paren: str) -> bool:
    """Whether a parenthesised group is an editorial note rather than law text."""
    return bool(_NOTE_START.match(paren) and _NOTE_SAYS.search(paren) and _NOTE_CITES.search(paren))


_STATUS = re.compile(
    r"^[Уу]тратил\w*\s+силу|^Исключен\w*\s+поправкой\s|^Не\s+(?:применяется|действует)\s+с\s"
)


def note_class(note: str) -> str | None:
    """The class (:data:`NOTE_CLASSES`) of a note or a whole paragraph; None: law text.

    The signature is not told here: its lines are law text anywhere but in the final block.
    """
    for name, pattern in ABSORB_STARTS:
        if pattern.match(note):
            return name
    if note.startswith("(") and not split_notes(note)[0]:
        return "amendment"
    if _STATUS.match(note):
        return "status"
    if note.endswith(">>>"):
        return "link"
    if _GARANT_CHANGE.match(note):
        return "garant-change"
    if _COURT.match(note):
        return "court"
    if DATABASE_BANNER.match(note):
        return "banner"
    if _RULE.match(note) or _is_footnote_note(note):
        return "rule"
    return None  # law text, or a line of a signature's form (only the end tells: is_signature_line)


def stands_before(note: str) -> bool:
    """Whether a note is printed before the unit it notes (its class attaches to the next)."""
    name = note_class(note)
    return any(c.attaches == "next" for c in NOTE_CLASSES if c.name == name)


# --- blocks of several lines -----------------------------------------------------------------
_MAX_WRAPPED = 400  # lines a wrapped note («(в ред. ...» over many lines) may take
_BRACKET = re.compile(r"[()]")


def join_note_blocks(lines: list[str]) -> list[str]:
    """The lines with each note of several lines joined into its first line (the rest blank).

    A «КонсультантПлюс: примечание.» block of several paragraphs in a dense export (paragraphs
    not separated by blank lines) runs to the next blank line or unit heading, elsewhere it takes
    the paragraph after its title and those that read like its own («См. ...», «Положения ...»);
    «ГАРАНТ:» takes one paragraph, «Информация об изменениях:» those that cite the changing
    acts («Федеральным законом ...», «См. текст ... в предыдущей редакции»); a parenthesised
    note wrapped over several lines («Список изменяющих документов» «(в ред. ..., ... N 13-ФЗ)»)
    runs to its closing bracket. Line numbers stay those of the source.
    """
    clean = [" ".join(x.replace("\ufeff", "").split()) for x in lines]
    dense = _is_dense(clean)
    out = list(clean)
    i = 0
    while i < len(clean):
        line = clean[i]
        end = i
        if ABSORB_ANY.match(line):
            end = _block_end(clean, i, dense)
        elif "(" in line:
            end = _bracket_end(clean, i)
        if end > i:
            out[i] = " ".join(x for x in clean[i : end + 1] if x)
            for k in range(i + 1, end + 1):
                out[k] = ""
        i = end + 1
    return out


def _is_dense(clean: list[str]) -> bool:
    """Whether paragraphs follow each other without blank lines (most of them)."""
    text = [i for i, x in enumerate(clean) if x]
    if len(text) < 20:
        return False
    adjacent = sum(1 for a, b in pairwise(text) if b == a + 1)
    return adjacent > len(text) // 3


_UNIT_START = re.compile(
    r"^(?:Статья\s+\d|Статьи\s+\d|Глава\s|ГЛАВА\s|Раздел\s|РАЗДЕЛ\s|§|Примечани[ея][.:]"
    r"|\d+(?:\.\d+)*[.)]\s|[а-яё]\)\s|КонсультантПлюс)"
)


def _block_end(clean: list[str], start: int, dense: bool) -> int:
    """The last line of the reference system's note that opens on line ``start``."""
    found = next(
        ((name, hit) for name, pattern in ABSORB_STARTS if (hit := pattern.match(clean[start]))),
        None,
    )
    if found is None:
        return start
    name, rest = found[0], found[1].group(1)
    if name == "consultant" and dense:
        end = start
        for k in range(start + 1, min(len(clean), start + 12)):
            line = clean[k]
            if not line or _starts_other(line):
                break
            end = k
        return end
    end = start
    following = [k for k in range(start + 1, min(len(clean), start + 12)) if clean[k]]
    if not rest and name != "garant-info" and following and not _starts_other(clean[following[0]]):
        end = following.pop(0)  # «ГАРАНТ:» / «КонсультантПлюс: примечание.» + its text
    if name == "garant":
        return end
    more = GARANT_INFO_MORE if name == "garant-info" else CONSULTANT_MORE
    for k in following:
        if k <= end:
            continue
        if not more.match(clean[k]):
            break
        end = k
    return end


def _starts_other(line: str) -> bool:
    """A paragraph that is no continuation of a note block: a unit, a note of its own."""
    return bool(_UNIT_START.match(line) or ABSORB_ANY.match(line)) or (
        line.startswith("(") and not split_notes(line)[0]
    )


def _bracket_end(clean: list[str], start: int) -> int:
    """The last line of a note opened and left open on line ``start`` («(В редакции» ...)."""
    opened: list[int] = []
    for bracket in _BRACKET.finditer(clean[start]):  # the brackets only, not every character
        if bracket.group() == "(":
            opened.append(bracket.start())
        elif opened:
            opened.pop()
    if not opened or not _NOTE_START.match(clean[start][opened[0] :]):
        return start
    depth = len(opened)
    # a list of amending laws takes many lines; a note after text, a few (hard-wrapped text)
    most = _MAX_WRAPPED if opened[0] == 0 else 4
    for k in range(start + 1, min(len(clean), start + most)):
        line = clean[k]
        if not line:
            return start
        depth += line.count("(") - line.count(")")
        if depth <= 0:
            note = " ".join(clean[start : k + 1])[opened[0] :].removesuffix(".")
            return k if note.endswith(")") and is_note(note) else start
    return start


_NAMED_UNIT = re.compile(
    r"\b(?:(?P<article>[Сс]тать[юяи]|ст\.)|[Чч]аст\w*|ч\.|[Пп]ункт\w*|п\.|[Пп]одпункт\w*"
    r"|[Аа]бзац\w*)\s+(?P<number>\d+(?:\.\d+)*)(?=\s|[.,;:]|$)"
)


def named_article_number(note: str) -> str:
    """The article's number when the first unit a note names is an article («в статью 5
    внесены изменения»); "" when it names a part or a point first («в часть 1 статьи 5»)."""
    found = _NAMED_UNIT.search(note)
    return found.group("number") if found and found.group("article") else ""


def is_database_banner(line: str) -> bool:
    """A line of a legal database's banner («Документ предоставлен КонсультантПлюс», a stamp)."""
    return bool(DATABASE_BANNER.match(line))


def split_front(front: list[str]) -> tuple[str, list[str]]:
    """The front matter of an act (its banners of a database taken out) as (title, preamble).

    The title is the first line that is not a banner of the act («РОССИЙСКАЯ ФЕДЕРАЦИЯ»,
    «Принят ...»); a title in capitals continues on the next lines in capitals («КОДЕКС
    РОССИЙСКОЙ ФЕДЕРАЦИИ» «ОБ АДМИНИСТРАТИВНЫХ ПРАВОНАРУШЕНИЯХ»).
    """
    start = next((i for i, x in enumerate(front) if not BANNER.match(x)), None)
    if start is None:
        return "", list(front)
    end = start + 1
    if front[start].isupper():
        while end < len(front) and front[end].isupper() and not BANNER.match(front[end]):
            end += 1
    return " ".join(front[start:end]), front[:start] + front[end:]
