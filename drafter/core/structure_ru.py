"""Russian acts as lines of text → a tree of units (codes and laws), and back to lines.

One pass over the paragraphs with a stack of open units. Decisions worth knowing:

- Labels: «Статья N», containers (ОБЩАЯ ЧАСТЬ, Раздел, Подраздел, Глава, §), «Примечание(я).»,
  and below an article «1.» (a part in ru-code, a пункт in ru-law), «1)» and «а)» (пункты, then
  подпункты). A label of a type already open closes back to it (a sibling); a new type opens a
  child level; «1.» always belongs to the article (or to the open примечание).
- Editorial notes (pravo.gov.ru «(В редакции ...)», КонсультантПлюс «(в ред. ...)», «Утратил
  силу. - ...», «КонсультантПлюс: примечание.» blocks, Гарант «Информация об изменениях:»,
  «ГАРАНТ:») are cut from the end of a line, or taken as whole paragraphs, and kept in
  ``Unit.notes`` of the unit they name («(Часть в редакции ...)» → the open part, «(Дополнение
  статьей ...)» → the article, «(Пункт ...)» → the open point) or else of the unit of the last
  placed line. A note saying the unit «утратил силу» marks that unit repealed; a bare
  «Утратила силу.» marks it repealed without a note. Before the first unit they are act notes;
  the signature block at the end («Президент Российской Федерации ...») is kept in act notes too.
- Unnumbered paragraphs of a unit: the first is its ``text`` (the lead-in); a paragraph after a
  text ending in a dash («..., -») or starting «наказыва» is its ``closing`` (the sanction); a
  paragraph after the last «а)»/«1)» point of a list is the ``closing`` of the list's parent
  (322.1 part 2). Any further paragraph turns the unit's paragraphs into PARAGRAPH children
  (абзацы) in document order — the text (when no child precedes it) and the closing included —
  so ``abz:N`` is абзац N as Russian drafting counts it when the unit has no lead-in.
- A paragraph split in two by the source (the pravo.gov.ru ``<span>`` quirk) cannot be told from
  two абзацы; it is kept as two paragraphs — no text is ever joined, dropped or reordered.
- Writing (:func:`unit_lines`): the label line (label + text, or the first абзац), then the
  unit's editorial notes, each on its own line, then the children and the closing; reading that
  back gives the same tree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.core.normalize import clean_spaces

# --- line patterns ---------------------------------------------------------------------------
_NUM = r"\d+(?:\.\d+)*"
# «Статья 5. Heading», «Статья 5», «Статья 159.4.», «Статья 5 Heading» (capitalised: a sentence
# «Статья 5 настоящего Кодекса ...» is text)
_ARTICLE = re.compile(rf"^Статья\s+({_NUM})(?:\.(?:\s+(.*))?|\s+([^a-zа-яё].*))?$")
# A line that starts like an article heading («Статья 322.1-1. Heading») but is not one.
_ARTICLE_LIKE = re.compile(r"^Статья\s+\d\S*\.?\s+[А-ЯЁ]")
_CODEPART = re.compile(
    r"^(?:(?:ОБЩАЯ|ОСОБЕННАЯ)\s+ЧАСТЬ|ЧАСТЬ\s+(?:ПЕРВАЯ|ВТОРАЯ|ТРЕТЬЯ|ЧЕТВЕРТАЯ|ЧЕТВЁРТАЯ))$"
)
_ORDINAL_WORDS = (
    r"перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+|шест\w+|седьм\w+|восьм\w+|девят\w+|десят\w+"
)
_CONTAINER_NUM = rf"([IVXLC]+|\d+(?:\.\d+)*|(?i:{_ORDINAL_WORDS}))"
_CONTAINERS = (
    (m.SUBDIVISION, re.compile(rf"^(?:Подраздел|ПОДРАЗДЕЛ)\s+{_CONTAINER_NUM}\.?(?:\s+(.*))?$")),
    (m.DIVISION, re.compile(rf"^(?:Раздел|РАЗДЕЛ)\s+{_CONTAINER_NUM}\.?(?:\s+(.*))?$")),
    (m.CHAPTER, re.compile(rf"^(?:Глава|ГЛАВА)\s+{_CONTAINER_NUM}\.?(?:\s+(.*))?$")),
    (m.GROUP, re.compile(rf"^§\s*({_NUM})\.?(?:\s+(.*))?$")),
)
_CONTAINER_FIRST = frozenset("ОЧПРГ§")  # first letters of container lines (a fast filter)
_CONTAINER_RANK = {m.CODEPART: 0, m.DIVISION: 1, m.SUBDIVISION: 2, m.CHAPTER: 3, m.GROUP: 4}
_CONTAINER_WORD = {
    m.DIVISION: "Раздел",
    m.SUBDIVISION: "Подраздел",
    m.CHAPTER: "Глава",
    m.GROUP: "§",
}
_DOT = re.compile(rf"^({_NUM})\.(?:\s+(.*)|$)")
_PAREN = re.compile(rf"^({_NUM})\)(?:\s+(.*)|$)")
_LETTER = re.compile(r"^([а-яё](?:\.?\d+)*)\)(?:\s+(.*)|$)")
_NOTE_UNIT = re.compile(r"^Примечани([ея])[.:](?:\s+(.*))?$")
# «Утратила силу.», «Утратил силу. - Федеральный закон ...», «Утратила силу с 1 января 2004 г. ...»
_REPEAL_TEXT = re.compile(r"^[Уу]тратил[аио]?\s+силу(?:[\s.,;]|$)")
_REPEAL_BARE = re.compile(r"^[Уу]тратил[аио]?\s+силу[.;]?$")
# Гарант's change notes printed as paragraphs of their own: «Статья 5 изменена с 1 января
# 2020 г. - Федеральный закон ...», «См. текст статьи в предыдущей редакции».
_GARANT_CHANGE = re.compile(
    r"^(?:(?:Стать|Част|Пункт|Подпункт|Абзац|Наименовани|Примечани|Глав|Раздел|Параграф)\w*"
    r"\s[^.]{0,80}?\b(?:изменен|дополнен|введен|утратил\w*\s+силу)\w*\s+с\s+\d{1,2}\s+\w+"
    r"\s+\d{4}\s*г\.|См\.\s+(?:текст|предыдущую|будущую))"
)
# КонсультантПлюс: «Статьи 5 - 7. Утратили силу. - Федеральный закон ...»
_ARTICLE_RANGE = re.compile(rf"^Статьи\s+({_NUM})\s*[-–—]\s*({_NUM})\.?\s+(Утратил\w*\s+силу.*)$")
# КонсультантПлюс links to court practice («Позиции высших судов по ст. 105 УК РФ >>>») are
# notes: any paragraph ending with «>>>».
_REPEAL_NOTE = re.compile(r"[Уу]тратил\w*\s+силу")
_SANCTION = re.compile(r"^наказыва")
_DASH_END = re.compile(r"[-–—]$")

# Editorial notes in parentheses: how they start, what they say, what they cite.
_NOTE_START = re.compile(
    r"^\(\s*(?:В\s+редакции|в\s+ред\.|ред\.|[Дд]ополнен|[Уу]тратил|С\s+учетом|[Ии]сключен"
    r"|[Вв]веден|(?:Наименование|Часть|Статья|Пункт|Подпункт|Абзац|Примечани[ея]|Глава|Раздел"
    r"|Подраздел|Параграф|Позиция|наименование|часть|статья|пункт|подпункт|абзац|примечани[ея]"
    r"|глава|раздел|параграф)\s|(?:п|пп|ч|абз|ст|подп)\.\s?)"
)
_NOTE_SAYS = re.compile(r"редакци|ред\.|[Дд]ополнен|[Уу]тратил|[Вв]веден|[Ии]сключен|С\s+учетом")
_NOTE_CITES = re.compile(r"закон|ФЗ|[Пп]остановлени|Указ|[Рр]ешени|[Кк]одекс")
# Notes of the legal reference systems that take whole paragraphs.
_CONSULTANT = re.compile(r"^КонсультантПлюс\s*:\s*примечание\.?\s*(.*)$")
_GARANT = re.compile(r"^ГАРАНТ\s*:\s*(.*)$")
_GARANT_INFO = re.compile(r"^Информация\s+об\s+изменениях\s*:\s*(.*)$")
_GARANT_INFO_MORE = re.compile(
    r"^(?:См\.|Федеральн\w+\s+закон|Законом|Постановлени|Указом|Решением|Определением"
    r"|Изменения\s+вступают)"
)
# Further paragraphs of a «КонсультантПлюс: примечание.» block.
_CONSULTANT_MORE = re.compile(
    r"^(?:См\.|Положения\s|Действие\s|Редакция\s|О\s+применении|Об\s+особенностях\s+применения"
    r"|При\s+применении|Изменения,\s+внесенные)"
)
_ABSORB_ANY = re.compile(r"^(?:КонсультантПлюс|ГАРАНТ|Информация\s+об)")
# Front matter lines that are not the title.
_BANNER = re.compile(
    r"^(?:РОССИЙСКАЯ\s+ФЕДЕРАЦИЯ|ФЕДЕРАЛЬНЫЙ\s+(?:КОНСТИТУЦИОННЫЙ\s+)?ЗАКОН|ЗАКОН|КОДЕКС"
    r"|(?:Принят|Одобрен|Подписан|Москва|г\.\s*Москва|от\s+\d|N\s|№|\d{1,2}[.\s]).*)$"
)

# The signature block at the end of an act (kept in Act.notes, after the front notes).
SIGNATURE = re.compile(
    r"^(?:Президент\s+Российской\s+Федерации|Президент\s+РФ|Москва,\s+Кремль)(?:\s|$)"
)
_SIGNATURE = SIGNATURE

_LIST_KINDS = (m.POINT, m.SUBPOINT)
_OWNER_KINDS = (m.ARTICLE, m.PART, m.NOTE)


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


def _starts_unit(line: str) -> bool:
    """Whether a paragraph opens a unit or is itself a note (never the text of a note block)."""
    return bool(
        _ARTICLE.match(line)
        or _CODEPART.match(line)
        or any(p.match(line) for _k, p in _CONTAINERS)
        or _NOTE_UNIT.match(line)
        or _DOT.match(line)
        or _PAREN.match(line)
        or _LETTER.match(line)
        or not split_notes(line)[0]
        or _ABSORB_ANY.match(line)
        or _SIGNATURE.match(line)
    )


def is_note_paragraph(line: str) -> bool:
    """A whole paragraph that is a reference system's note (a link «... >>>», a Гарант change)."""
    return line.endswith(">>>") or bool(_GARANT_CHANGE.match(line))


def is_note(paren: str) -> bool:
    """Whether a parenthesised group is an editorial note rather than law text."""
    return bool(_NOTE_START.match(paren) and _NOTE_SAYS.search(paren) and _NOTE_CITES.search(paren))


def _repeal_kind_word(kind: str) -> str:
    if kind in (m.ARTICLE, m.PART, m.CHAPTER, m.GROUP):
        return "Утратила силу."
    if kind == m.NOTE:
        return "Утратило силу."
    return "Утратил силу."


@dataclass
class _Frame:
    unit: m.Unit
    ltype: str  # article | note | dot | paren | letter | root


@dataclass
class RuParser:
    """The single-pass parser; :meth:`start_fragment` reads one unit below a synthetic parent."""

    profile: str
    lines: list[str]
    act: m.Act = field(init=False)
    warnings: list[m.ImportWarning] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.code = self.profile == "ru-code"
        self.act = m.Act(slug="act", language="ru", profile=self.profile)
        self.front: list[str] = []
        self.in_front = True
        self.in_signatures = False  # after «Президент Российской Федерации»: act-level notes
        self.containers: list[m.Unit] = []
        self.stack: list[_Frame] = []
        self.last: m.Unit | None = None
        self.last_field = ""
        self.last_text = ""
        self.absorb: tuple[str, object, list[str]] | None = None
        self.lineno = 0

    # --- driver ------------------------------------------------------------------------------
    def run(self) -> None:
        for lineno, raw in enumerate(self.lines, 1):
            self.lineno = lineno
            line = " ".join(raw.replace("\ufeff", "").split())  # clean_spaces, faster
            if line:
                self.feed(line)
        self.finish_absorb()

    def start_fragment(self, parent_kind: str) -> m.Unit:
        """Parse a unit below a synthetic parent of ``parent_kind``; return that parent."""
        root = m.Unit(parent_kind)
        self.in_front = False
        self.stack = [_Frame(root, "root")]
        self.last = root
        self.last_field = "label"
        return root

    def feed(self, line: str) -> None:
        if self.absorb is not None and self.continue_absorb(line):
            return
        if self.start_absorb(line):
            return
        if not self.in_front and is_note_paragraph(line):
            self.add_note(self.generic_target(), line)
            return
        body, notes = split_notes(line)
        if not body:
            self.attach_notes(notes)
            return
        if _REPEAL_TEXT.match(body) and not self.in_front:
            target = self.generic_target()
            if target is not None:
                self.pending_notes(target, [body])
            self.attach_notes(notes)
            return
        self.place(body)
        self.attach_notes(notes)

    # --- notes of the reference systems (whole paragraphs) -----------------------------------
    def start_absorb(self, line: str) -> bool:
        if not _ABSORB_ANY.match(line):
            return False
        for name, pattern in (
            ("consultant", _CONSULTANT),
            ("garant", _GARANT),
            ("info", _GARANT_INFO),
        ):
            found = pattern.match(line)
            if found:
                target = self.generic_target()
                if found.group(1) and name != "info":
                    self.add_note(target, line)
                else:
                    self.absorb = (name, target, [line])
                return True
        return False

    def continue_absorb(self, line: str) -> bool:
        name, _target, parts = self.absorb  # type: ignore[misc]
        more = _GARANT_INFO_MORE if name == "info" else _CONSULTANT_MORE
        if name != "info" and len(parts) == 1 and not _starts_unit(line):
            parts.append(line)  # «КонсультантПлюс: примечание.» / «ГАРАНТ:» + its text
            return True
        if name != "garant" and more.match(line):
            parts.append(line)
            return True
        self.finish_absorb()
        return False

    def finish_absorb(self) -> None:
        if self.absorb is None:
            return
        _name, target, parts = self.absorb
        self.absorb = None
        self.add_note(target, " ".join(parts))  # type: ignore[arg-type]

    # --- notes -------------------------------------------------------------------------------
    def attach_notes(self, notes: list[str]) -> None:
        for note in notes:
            self.add_note(self.note_target(note), note)

    def add_note(self, target: m.Unit | None, note: str) -> None:
        if target is None:
            self.act.notes.append(note)
            return
        target.notes.append(note)
        if _REPEAL_NOTE.search(note) and not (
            self.subject(note) in ("абзац", "абз.") and target.kind != m.PARAGRAPH
        ):
            target.repealed = True

    @staticmethod
    def subject(note: str) -> str:
        words = note.lstrip("(").split(None, 2)
        if not words:
            return ""
        first = words[0].lower()
        if first in ("дополнение", "дополнен", "дополнена") and len(words) > 1:
            return words[1].lower()
        return first

    def generic_target(self) -> m.Unit | None:
        if self.in_front:
            return None
        return self.last

    def nearest(self, kinds: tuple[str, ...]) -> m.Unit | None:
        for frame in reversed(self.stack):
            if frame.unit.kind in kinds:
                return frame.unit
        return None

    def note_target(self, note: str) -> m.Unit | None:
        if self.in_front:
            return None
        subject = self.subject(note)
        article = self.stack[0].unit if self.stack else None
        if subject.startswith(("стать", "статья")):
            return article or self.last
        if subject.startswith("наименовани"):
            return self.last if self.last_field == "heading" else (article or self.last)
        if subject.startswith(("част", "ч.")):
            # unnumbered parts (КонсультантПлюс «(часть вторая в ред. ...)») are абзацы here
            last_paragraph = self.last if self.last and self.last.kind == m.PARAGRAPH else None
            return self.nearest((m.PART,)) or last_paragraph or article or self.last
        if subject.startswith(("пункт", "подпункт", "п.", "пп.", "подп.")):
            return self.nearest(_LIST_KINDS) or self.last
        if subject.startswith("примечани"):
            return self.nearest((m.NOTE,)) or article or self.last
        for prefix, kind in (
            ("глав", m.CHAPTER),
            ("подраздел", m.SUBDIVISION),
            ("раздел", m.DIVISION),
            ("параграф", m.GROUP),
            ("§", m.GROUP),
        ):
            if subject.startswith(prefix):
                for unit in reversed(self.containers):
                    if unit.kind == kind:
                        return unit
                return self.last
        return self.last

    # --- placing lines -----------------------------------------------------------------------
    def place(self, body: str) -> None:
        if self.stack and self.stack[0].ltype == "root":
            self.place_in_article(body)
            return
        first = body[0]
        if first == "С":
            found = _ARTICLE.match(body)
            if found:
                self.place_article(found.group(1), found.group(2) or found.group(3) or "")
                return
            found = _ARTICLE_RANGE.match(body)
            if found and self.place_article_range(*found.groups()):
                return
            if _ARTICLE_LIKE.match(body) and not self.in_front:
                # «Статья 322.1-1. ...»: looks like an article but its number does not parse;
                # it is kept as text where it stands, and the drafter is told.
                self.warn(f"not recognised as an article heading, kept as text: {body[:60]!r}")
        elif first in _CONTAINER_FIRST:
            if _CODEPART.match(body):
                self.place_container(m.CODEPART, "", body)
                return
            for kind, pattern in _CONTAINERS:
                found = pattern.match(body)
                if found:
                    self.place_container(kind, found.group(1), found.group(2) or "")
                    return
        if self.in_front:
            self.front.append(body)
            return
        if self.in_signatures or _SIGNATURE.match(body):
            self.in_signatures = True
            self.act.notes.append(body)
            return
        if not self.stack:
            self.place_outside(body)
            return
        self.place_in_article(body)

    def place_in_article(self, body: str) -> None:
        first = body[0]
        if first == "П":
            found = _NOTE_UNIT.match(body)
            if found:
                self.place_note(found.group(2) or "")
                return
        elif first.isdigit():
            for ltype, pattern in (("dot", _DOT), ("paren", _PAREN)):
                found = pattern.match(body)
                if found:
                    self.place_labelled(ltype, found.group(1), found.group(2) or "")
                    return
        elif first.islower():
            found = _LETTER.match(body)
            if found:
                self.place_labelled("letter", found.group(1), found.group(2) or "")
                return
        self.place_unnumbered(body)

    def place_container(self, kind: str, number: str, heading: str) -> None:
        self.finish_front()
        self.in_signatures = False
        unit = m.Unit(kind, number=number)
        self.set_heading(unit, heading)
        rank = _CONTAINER_RANK[kind]
        while self.containers and _CONTAINER_RANK[self.containers[-1].kind] >= rank:
            self.containers.pop()
        (self.containers[-1].children if self.containers else self.act.units).append(unit)
        self.containers.append(unit)
        self.stack = []
        self.last, self.last_field, self.last_text = unit, "heading", heading

    def place_article(self, number: str, heading: str) -> None:
        self.finish_front()
        self.in_signatures = False
        unit = m.Unit(m.ARTICLE, number=number)
        self.set_heading(unit, heading)
        (self.containers[-1].children if self.containers else self.act.units).append(unit)
        self.stack = [_Frame(unit, "article")]
        self.last, self.last_field, self.last_text = unit, "heading", ""

    def place_article_range(self, first: str, last: str, repeal: str) -> bool:
        """«Статьи 5 - 7. Утратили силу. ...»: articles 5, 6 and 7, each repealed."""
        head, _, low = first.rpartition(".")
        head_last, _, high = last.rpartition(".")
        if head != head_last or int(high) - int(low) > 200 or int(high) < int(low):
            return False
        prefix = f"{head}." if head else ""
        for n in range(int(low), int(high) + 1):
            self.place_article(f"{prefix}{n}", "")
            self.pending_notes(self.stack[0].unit, [repeal])
        return True

    def set_heading(self, unit: m.Unit, heading: str) -> None:
        heading, notes = split_notes(heading)
        if _REPEAL_TEXT.match(heading):
            notes.insert(0, heading)
            heading = ""
        unit.heading = heading
        self.pending_notes(unit, notes)

    def pending_notes(self, unit: m.Unit, notes: list[str]) -> None:
        """Notes found in a unit's own line; a bare «Утратила силу.» only marks it repealed."""
        for note in notes:
            if _REPEAL_BARE.match(note):
                unit.repealed = True
            else:
                self.add_note(unit, note)

    def place_outside(self, body: str) -> None:
        """A paragraph after a container heading and before any article."""
        unit = self.containers[-1] if self.containers else None
        if unit is not None and not unit.heading and not unit.children:
            unit.heading = body
            self.last, self.last_field, self.last_text = unit, "heading", body
            return
        self.warn(f"text outside any article kept with the heading above it: {body[:60]!r}")
        if unit is None:
            self.act.preamble.append(body)
            return
        unit.text = f"{unit.text} {body}" if unit.text else body
        self.last, self.last_field, self.last_text = unit, "text", body

    def place_note(self, rest: str) -> None:
        del self.stack[1:]
        article = self.stack[0].unit
        self.open_child(article)
        unit = m.Unit(m.NOTE)
        article.children.append(unit)
        self.stack.append(_Frame(unit, "note"))
        self.last, self.last_field, self.last_text = unit, "label", ""
        if rest:
            found = _DOT.match(rest)
            if found:
                self.place_labelled("dot", found.group(1), found.group(2) or "")
            else:
                self.set_text(unit, rest)

    def kind_for(self, parent: m.Unit, ltype: str) -> str:
        pk = parent.kind
        if ltype == "dot":
            if pk == m.NOTE:
                return m.POINT
            if pk == m.ARTICLE:
                return m.PART if self.code else m.POINT
            return m.SUBPOINT
        if pk in (m.ARTICLE, m.PART, m.NOTE):
            return m.POINT if (self.code or pk != m.PART) else m.SUBPOINT
        return m.SUBPOINT

    def place_labelled(self, ltype: str, number: str, rest: str) -> None:
        found = None
        for i in range(len(self.stack) - 1, 0, -1):
            frame = self.stack[i]
            if frame.ltype in ("note", "article", "root"):
                break
            if frame.ltype == ltype:
                found = i
                break
        if found is None and ltype == "dot":
            # «1.» is a part (a law's пункт) of the article or an item of a note, never a
            # subpoint: a «1.» below points starts the next part.
            found = next(
                i + 1
                for i in range(len(self.stack) - 1, -1, -1)
                if self.stack[i].ltype in ("note", "article", "root")
            )
        if found is not None:
            del self.stack[found:]
        parent = self.stack[-1].unit
        self.open_child(parent)
        unit = m.Unit(self.kind_for(parent, ltype), number=number)
        parent.children.append(unit)
        self.stack.append(_Frame(unit, ltype))
        self.last, self.last_field, self.last_text = unit, "label", ""
        if rest:
            self.set_text(unit, rest)

    def set_text(self, unit: m.Unit, text: str) -> None:
        if _REPEAL_TEXT.match(text):
            self.pending_notes(unit, [text])
            self.last, self.last_field, self.last_text = unit, "label", ""
            return
        unit.text = text
        self.last, self.last_field, self.last_text = unit, "text", text

    @staticmethod
    def open_child(parent: m.Unit) -> None:
        """Before a new child: a closing already there was an абзац between children."""
        if parent.closing:
            if parent.text and not parent.children:
                # «Статья. Диспозиция -» «наказывается ...» «Примечание.»: абзацы 1 and 2
                parent.children.append(m.Unit(m.PARAGRAPH, text=parent.text))
                parent.text = ""
            parent.children.append(m.Unit(m.PARAGRAPH, text=parent.closing))
            parent.closing = ""

    def place_unnumbered(self, body: str) -> None:
        cur = self.last
        assert cur is not None
        if self.last_field == "closing":
            self.open_child(cur)
            self.add_paragraph(cur, body)
            return
        sanction = bool(_DASH_END.search(self.last_text) or _SANCTION.match(body))
        top = self.stack[-1]
        if cur.kind in _OWNER_KINDS or (top.unit is cur and self.owns_paragraphs(cur)):
            if not cur.text and not cur.children:
                self.set_text(cur, body)
                return
            if sanction and not cur.closing:
                self.set_closing(cur, body)
                return
            cur.children.append(m.Unit(m.PARAGRAPH, text=cur.text))
            cur.text = ""
            self.add_paragraph(cur, body)
            return
        if cur.kind in _LIST_KINDS:
            if not (cur.text or cur.children or cur.repealed or sanction):
                self.set_text(cur, body)
                return
            parent = self.stack[-2].unit
            if not parent.closing:
                del self.stack[-1]
                self.set_closing(parent, body)
                return
            self.open_child(parent)
            self.add_paragraph(parent, body)
            return
        # an абзац: the next one, or its owner's closing after a dash
        owner = self.stack[-1].unit
        if sanction and not owner.closing:
            self.set_closing(owner, body)
            return
        self.open_child(owner)
        self.add_paragraph(owner, body)

    def owns_paragraphs(self, unit: m.Unit) -> bool:
        """Whether paragraphs after ``unit`` (on top of the stack) are its own абзацы.

        Parts, notes, items of a note and a law's пункты keep them; «а)»/«1)» points and
        подпункты of a list leave them to the list's parent (its closing).
        """
        if unit.kind not in _LIST_KINDS:
            return True
        if unit.kind == m.SUBPOINT or len(self.stack) < 2:
            return False
        parent = self.stack[-2].unit
        return parent.kind == m.NOTE or (not self.code and parent.kind == m.ARTICLE)

    def set_closing(self, unit: m.Unit, body: str) -> None:
        unit.closing = body
        self.last, self.last_field, self.last_text = unit, "closing", body

    def add_paragraph(self, owner: m.Unit, body: str) -> None:
        unit = m.Unit(m.PARAGRAPH, text=body)
        owner.children.append(unit)
        self.last, self.last_field, self.last_text = unit, "text", body

    # --- front matter ------------------------------------------------------------------------
    def finish_front(self) -> None:
        if not self.in_front:
            return
        self.in_front = False
        self.finish_absorb()
        title_index = next((i for i, x in enumerate(self.front) if not _BANNER.match(x)), None)
        if title_index is not None:
            self.act.title = self.front[title_index]
            self.act.preamble = self.front[:title_index] + self.front[title_index + 1 :]
        else:
            self.act.preamble = list(self.front)

    def warn(self, message: str) -> None:
        self.warnings.append(m.ImportWarning(self.lineno, message))


def parse(lines: list[str], profile: str, slug: str = "act") -> m.ImportResult:
    """Parse a whole act or a fragment (articles) of a Russian act; addresses not assigned."""
    parser = RuParser(profile, lines)
    parser.run()
    parser.finish_front()
    act = parser.act
    act.slug = slug
    if not any(True for _ in act.walk()):
        parser.lineno = 0
        parser.warn(
            "no articles, chapters or sections were recognised; all text is kept as preamble"
        )
    return m.ImportResult(act, parser.warnings)


_FRAGMENT_PARENT = {
    m.PART: m.ARTICLE,
    m.POINT: m.ARTICLE,
    m.NOTE: m.ARTICLE,
    m.SUBPOINT: m.POINT,
}


def parse_unit(lines: list[str], kind: str, profile: str) -> tuple[m.Unit | None, list[str]]:
    """The one unit of ``kind`` the lines describe, and a list of problems (empty when fine)."""
    clean = [clean_spaces(x) for x in lines]
    clean = [x for x in clean if x]
    if not clean:
        return None, ["the text is empty"]
    if kind == m.PARAGRAPH:
        # an абзац as its own unit: one paragraph, then its notes as :func:`unit_lines` writes them
        body, notes = split_notes(clean[0])
        unit = m.Unit(m.PARAGRAPH, text=body)
        for line in clean[1:]:
            more, found = split_notes(line)
            if not more:
                notes.extend(found)
            elif _REPEAL_BARE.match(line):
                unit.repealed = True
            elif _REPEAL_TEXT.match(line) or is_note_paragraph(line) or _ABSORB_ANY.match(line):
                notes.append(line)
            else:
                return None, ["an абзац is one paragraph"]
        unit.notes = notes
        unit.repealed = unit.repealed or any(_REPEAL_NOTE.search(n) for n in notes)
        return unit, []
    if kind == m.ARTICLE or kind in m.CONTAINER_KINDS:
        result = parse(clean, profile)
        units = result.act.units
        problems = [w.message for w in result.warnings]
        if result.act.title or result.act.preamble or result.act.notes:
            problems.append("text before the unit's label")
        if len(units) != 1 or units[0].kind != kind:
            problems.append(f"expected one {kind}, found {len(units)} top-level units")
            return None, problems
        return units[0], problems
    parent_kind = _FRAGMENT_PARENT.get(kind, m.ARTICLE)
    if kind == m.POINT and profile == "ru-code" and _DOT.match(clean[0]):
        parent_kind = m.NOTE  # «1.» items of a примечание
    unit, problems = _parse_below(clean, kind, parent_kind, profile)
    if (
        (unit is None or problems)
        and kind == m.POINT
        and profile == "ru-code"
        and parent_kind != m.NOTE
    ):
        # an item of a примечание written without its context («1)» for «1.»): its абзацы
        # are its own, which only a note's item has
        numbered = _PAREN.match(clean[0])
        if numbered:  # a note's items are printed «1.»; «1)» lines below them are подпункты
            clean = [f"{numbered.group(1)}. {numbered.group(2) or ''}".rstrip(), *clean[1:]]
        retry, retry_problems = _parse_below(clean, kind, m.NOTE, profile)
        if retry is not None and not retry_problems:
            return retry, []
    return unit, problems


def _parse_below(
    clean: list[str], kind: str, parent_kind: str, profile: str
) -> tuple[m.Unit | None, list[str]]:
    parser = RuParser(profile, clean)
    root = parser.start_fragment(parent_kind)
    parser.run()
    problems = [w.message for w in parser.warnings]
    if root.text or root.closing or root.notes:
        problems.append("text before the unit's label")
    if len(root.children) != 1 or root.children[0].kind != kind:
        kinds = ", ".join(c.kind for c in root.children) or "nothing"
        problems.append(f"expected one {kind}, found {kinds}")
        return None, problems
    return root.children[0], problems


# --- writing ---------------------------------------------------------------------------------
def _label(unit: m.Unit, parent_kind: str, code: bool) -> str:
    number = unit.number
    if unit.kind == m.PART:
        return f"{number}."
    if unit.kind == m.POINT and (parent_kind == m.NOTE or not code) and number[:1].isdigit():
        return f"{number}."
    return f"{number})"


def unit_lines(unit: m.Unit, profile: str, parent_kind: str = m.ARTICLE) -> list[str]:
    """The unit and its subtree as paragraphs, in the layout :func:`parse` reads."""
    out: list[str] = []
    _write(unit, profile == "ru-code", parent_kind, out)
    return out


def _write(unit: m.Unit, code: bool, parent_kind: str, out: list[str]) -> None:
    kind = unit.kind
    children = unit.children
    text = unit.text
    first_child_inline = False
    # a repealed unit without a note saying so gets «Утратила силу.» (read back as the flag)
    repeal_marked = unit.repealed and not any(_REPEAL_NOTE.search(n) for n in unit.notes)
    marker_line = False
    if kind in m.CONTAINER_KINDS or kind == m.ARTICLE:
        if kind == m.CODEPART:
            head = ""
        elif kind == m.ARTICLE:
            head = f"Статья {unit.number}."
        else:
            head = f"{_CONTAINER_WORD[kind]} {unit.number}."
        heading = unit.heading
        if repeal_marked and not heading and kind != m.CODEPART:
            heading = _repeal_kind_word(kind)
        else:
            marker_line = repeal_marked
        out.append(" ".join(x for x in (head, heading) if x))
    else:
        if kind == m.NOTE:
            plural = any(c.kind == m.POINT for c in children)
            label = "Примечания." if plural else "Примечание."
        elif kind == m.PARAGRAPH:
            label = ""
        else:
            label = _label(unit, parent_kind, code)
        if not text and children and children[0].kind == m.PARAGRAPH and kind != m.PARAGRAPH:
            text = children[0].text
            first_child_inline = True
        if repeal_marked and not text:
            text = _repeal_kind_word(kind)
        else:
            marker_line = repeal_marked
        out.append(" ".join(x for x in (label, text) if x))
        text = ""
    if marker_line:
        out.append(_repeal_kind_word(kind))
    out.extend(unit.notes)
    if kind == m.ARTICLE or kind in m.CONTAINER_KINDS:
        if unit.text:
            out.append(unit.text)
    for child in children[1:] if first_child_inline else children:
        _write(child, code, kind, out)
    if unit.closing:
        out.append(unit.closing)
