"""Structure of UK and US acts: detection, parsing into units, and the text layout they use."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.normalize import clean_spaces
from drafter.core.profiles import Profile
from drafter.errors import EngineError

# --- label types -----------------------------------------------------------------------------
# A bracketed label "(x)" is one of five types; the profile says which kind each type means.
DIG = "digit"  # (1) (2A) (A1)
LOW = "lower"  # (a) (aa) (za)
ROM = "roman"  # (i) (iv) (ia)
UPP = "upper"  # (A) (AA)
UROM = "upper-roman"  # (I) (IV)

_UK_SECTION_KINDS = {
    DIG: m.SUBSECTION,
    LOW: m.PARAGRAPH,
    ROM: m.SUBPARAGRAPH,
    UPP: m.CLAUSE,
    UROM: m.SUBCLAUSE,
}
# In a UK Schedule, paragraph 3 has sub-paragraphs (1), then paragraphs (a), sub-paragraphs (i).
_UK_SCHEDULE_KINDS = {**_UK_SECTION_KINDS, DIG: m.SUBPARAGRAPH}
_US_KINDS = {
    LOW: m.SUBSECTION,
    DIG: m.PARAGRAPH,
    UPP: m.SUBPARAGRAPH,
    ROM: m.CLAUSE,
    UROM: m.SUBCLAUSE,
}
_UK_LEVELS = {DIG: 0, LOW: 1, ROM: 2, UPP: 3, UROM: 4}
_US_LEVELS = {LOW: 0, DIG: 1, UPP: 2, ROM: 3, UROM: 4}

_ROMAN_RE = r"(?:x{0,3})(?:ix|iv|v?i{0,3})"
_LOW_ROMAN = re.compile(rf"^(?P<base>{_ROMAN_RE})(?P<suffix>[a-z]{{0,2}})$")
_UP_ROMAN = re.compile(rf"^(?P<base>{_ROMAN_RE.upper()})(?P<suffix>[A-Z]{{0,2}})$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}

_LABEL_LINE = re.compile(
    r"^\(\s*(?P<label>[A-Z]{0,2}\d+[A-Z]{0,3}|[a-z]{1,7}|[A-Z]{1,7})\s*\)\s*(?P<rest>.*)$"
)
_DASH_END = re.compile(r"(?:—|–|--|:|-)\s*$")
# US-style headed unit: "(a) IN GENERAL.—The Secretary ..." (also "--" as the dash).
_HEADED = re.compile(r"^(?P<heading>[A-Z“\"'][^—]{0,118}?)\.(?:—|--)\s*(?P<text>.*)$")

# --- top-level lines ------------------------------------------------------------------------
_UK_SECTION = re.compile(
    r"^(?P<num>[A-Z]{0,2}\d+[A-Z]{0,3})(?P<sep>\.?—|\.?-|\.)?(?:\s+|$|(?=\()|(?=[A-Z][a-z]))"
)
_YEAR_CHAPTER = re.compile(
    r"^\d{4}\s+(?:CHAPTER|Chapter|c\.)\s|^\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December)\b"
)
# "SEC. 5." and "Section 5." need the final dot ("Section 5 of the Act is amended" is text);
# "§ 5" does not.
_US_SECTION = re.compile(
    r"^(?:(?:SECTION|Section|SEC\.|Sec\.)\s*(?P<num>\d+[A-Za-z]{0,3}(?:-\d+[A-Za-z]?)?)\."
    r"|§+\s*(?P<sym>\d+[A-Za-z]{0,3}(?:-\d+[A-Za-z]?)?)\.?)(?:\s+|$)(?P<rest>.*)$"
)
_SCHEDULE = re.compile(
    r"^(?:SCHEDULE|Schedule)(?:\s+(?P<num>[A-Z]?\d+[A-Z]{0,3}))?(?P<rest>(?:\s*[—–:.-]\s*|\s+).*)?$"
)
_SCHEDULE_REF = re.compile(r"^(?:Sections?|Section|Regulations?|Articles?)\s+\d[\w()\s,.and-]*$")
_CONTAINER = re.compile(
    r"^(?P<kw>PART|Part|CHAPTER|Chapter|TITLE|Title|SUBTITLE|Subtitle|DIVISION|Division|"
    r"SUBCHAPTER|Subchapter)\s+(?P<num>\d+[A-Z]{0,3}|[IVXLC]+[A-Z]?|[A-Z]{1,2}\d*)"
    r"(?P<rest>.*)$"
)
_CONTAINER_SEP = re.compile(r"^\s*(?:—|–|--|-|:|\.)\s*")
_CONTAINER_RANK = {m.CODEPART: 0, m.DIVISION: 1, m.SUBDIVISION: 2, m.CHAPTER: 3, m.GROUP: 4}
_UK_CONTAINER_WORDS = {"part": m.DIVISION, "chapter": m.CHAPTER}
_US_CONTAINER_WORDS = {
    "title": m.DIVISION,
    "division": m.DIVISION,
    "subtitle": m.SUBDIVISION,
    "chapter": m.CHAPTER,
    "subchapter": m.GROUP,
    "part": m.GROUP,
}
_UK_WRITE_WORDS = {m.DIVISION: "PART", m.CHAPTER: "CHAPTER"}
_US_WRITE_WORDS = {
    m.DIVISION: "TITLE",
    m.SUBDIVISION: "Subtitle",
    m.CHAPTER: "CHAPTER",
    m.GROUP: "PART",
}

# --- repeal markers --------------------------------------------------------------------------
_REPEAL_WORDS = r"(?:Repealed|Omitted|Revoked|Expired|Spent)"
_REPEALED_WHOLE = re.compile(
    rf"^(?:\[\s*{_REPEAL_WORDS}\b[^\]]*\]\.?|{_REPEAL_WORDS}\.?|(?:\.\s*){{3,}}|…+|\[\s*(?:\.\s*)+\])$",
    re.IGNORECASE,
)
_REPEALED_CITED = re.compile(rf"^{_REPEAL_WORDS}\.\s+(?P<note>\S.*)$")
_REPEALED_SUFFIX = re.compile(rf"\s*\[\s*{_REPEAL_WORDS}\b[^\]]*\]\.?$", re.IGNORECASE)
REPEALED_MARK = "[Repealed]"

_DEFINITION = re.compile(r"^[“\"‘'][^”\"’']{1,80}[”\"’']\s*(?:,|\(|means|includes|has|in relation)")
_SHORT_TITLE = re.compile(
    r"may be cited as (?:the )?(?:[“\"](?P<quoted>[^”\"]+)[”\"]|"
    r"(?P<title>[A-Z][^.;]*?\b(?:Act|Regulations|Order|Measure)(?: of)? \d{4}))"
)


# legislation.gov.uk revised texts: "[F1(2A) inserted words]", "F2(3) . . .", and annotation
# blocks ("Textual Amendments" then "F1S. 1(2A) inserted (1.4.2025) by ...").
_MARKER = re.compile(r"^\[?(?P<mark>[FC]\d+)(?=[(\[.])")
_INNER_MARKER = re.compile(r"^[FC]\d+\s*(?=[.\[…])")
_ANNOTATION_HEADER = re.compile(
    r"^(?:Textual Amendments|Modifications etc\. \(not altering text\)|Commencement Information|"
    r"Extent Information|Marginal Citations|Editorial Information|Annotations:?)$"
)
_ANNOTATION = re.compile(r"^[FCMEIX]\d+\s*\S")


def _heading_like(text: str) -> bool:
    """Short, starts with a capital, no sentence punctuation at its end: a heading, not text."""
    if not text or len(text) > 120 or len(text.split()) > 20:
        return False
    if not (text[0].isupper() or text[0] in "“\"'‘"):
        return False
    if text.startswith("("):
        return False
    return text[-1] not in ".;:,—–-" or text.endswith((" etc.", ",etc.", " etc"))


def _repeal_marker(text: str) -> tuple[bool, str]:
    """(is it a repeal marker, editorial note after it) for the text after a label."""
    text = _INNER_MARKER.sub("", text)  # "(3) F2. . ." on legislation.gov.uk
    if _REPEALED_WHOLE.match(text):
        return True, ""
    cited = _REPEALED_CITED.match(text)
    if cited and re.match(r"(?:Pub\. ?L\.|by\b|\d)", cited.group("note")):
        return True, text
    return False, ""


# --- label arithmetic ------------------------------------------------------------------------
def _roman_value(base: str) -> int:
    base = base.lower()
    total = 0
    for i, ch in enumerate(base):
        value = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[base[i + 1]] if i + 1 < len(base) else 0
        total += -value if value < nxt else value
    return total


def _candidates(label: str) -> list[str]:
    """The label types ``label`` can be, most likely first when it is ambiguous."""
    if label[0].isdigit() or (len(label) > 1 and any(c.isdigit() for c in label)):
        return [DIG]
    if label.islower():
        types = []
        roman = _LOW_ROMAN.match(label)
        if roman and roman.group("base"):
            types.append(ROM)
        if len(label) <= 2:
            types.append(LOW)
        return types or [LOW]
    types = []
    roman = _UP_ROMAN.match(label)
    if roman and roman.group("base"):
        types.append(UROM)
    if len(label) <= 2:
        types.append(UPP)
    return types or [UPP]


def _alpha_follows(prev: str, label: str) -> bool:
    """``label`` is the letter after ``prev`` ("h"→"i") or one inserted after it ("a"→"aa")."""
    prev, label = prev.lower(), label.lower()
    if len(label) == 1:
        return ord(label) == ord(prev[0]) + 1
    if label == prev + "a":
        return True
    return (
        len(label) == len(prev) == 2 and label[0] == prev[0] and ord(label[1]) == ord(prev[1]) + 1
    )


def _roman_parts(label: str) -> tuple[int, str] | None:
    match = (_LOW_ROMAN if label.islower() else _UP_ROMAN).match(label)
    if not match or not match.group("base"):
        return None
    return _roman_value(match.group("base")), match.group("suffix").lower()


def _roman_follows(prev: str, label: str) -> bool:
    """``label`` is the next numeral after ``prev`` ("iv"→"v"), or one inserted after it."""
    a, b = _roman_parts(prev), _roman_parts(label)
    if a is None or b is None:
        return False
    if not b[1]:
        return b[0] == a[0] + 1
    return b[0] == a[0] and _alpha_follows(a[1] or "`", b[1])


# --- the parser ------------------------------------------------------------------------------
@dataclass
class _Open:
    unit: m.Unit
    level: float  # -1 for the top-level unit; unlabelled paragraphs sit half a level down
    label_type: str | None = None  # None: top-level unit or unlabelled paragraph


def _unlabelled(entry: _Open) -> bool:
    return entry.label_type is None and entry.unit.kind == m.PARAGRAPH and not entry.unit.number


class _Parser:
    """Reads paragraphs line by line, keeping a stack of open units and one of containers."""

    def __init__(self, profile_name: str) -> None:
        self.us = profile_name == "us"
        self.levels = _US_LEVELS if self.us else _UK_LEVELS
        self.units: list[m.Unit] = []
        self.preamble: list[str] = []
        self.warnings: list[m.ImportWarning] = []
        self.stack: list[_Open] = []
        self.containers: list[m.Unit] = []
        self.schedule: m.Unit | None = None
        self.expect_heading: m.Unit | None = None
        self.lines: list[str] = []
        self.index = 0
        self.unit_only = False  # reading one unit's text: there is no front matter
        self.annotating = False  # inside a "Textual Amendments" block

    # -- helpers --
    def warn(self, message: str) -> None:
        self.warnings.append(m.ImportWarning(self.index + 1, message))

    def kinds(self) -> dict[str, str]:
        if self.us:
            return _US_KINDS
        return _UK_SCHEDULE_KINDS if self.schedule is not None else _UK_SECTION_KINDS

    def host(self) -> list[m.Unit]:
        """Where a new top-level unit or container goes."""
        if self.containers:
            return self.containers[-1].children
        if self.schedule is not None:
            return self.schedule.children
        return self.units

    def next_line(self) -> str:
        for raw in self.lines[self.index + 1 :]:
            line = clean_spaces(raw)
            if line:
                return line
        return ""

    # -- classification --
    def top_line(self, line: str) -> tuple[str, str, str] | None:
        """(number, separator, rest) when ``line`` opens a section (or a Schedule paragraph)."""
        if self.us:
            match = _US_SECTION.match(line)
            if not match:
                return None
            return match.group("num") or match.group("sym"), "", match.group("rest").strip()
        if _YEAR_CHAPTER.match(line):
            return None
        match = _UK_SECTION.match(line)
        if not match:
            return None
        num, sep, rest = match.group("num"), match.group("sep") or "", line[match.end() :].strip()
        if self.schedule is not None:
            return num, sep, rest
        if not rest or (_LABEL_LINE.match(rest) and sep.endswith(("—", "-"))):
            return num, sep, rest
        if _repeal_marker(rest)[0] or _REPEALED_SUFFIX.search(rest):
            return num, sep, rest
        if _heading_like(rest) and not rest[0].isdigit():
            return num, sep, rest
        if sep == "." and rest[0].isupper() and rest.endswith("."):
            return num, sep, rest  # old style "19. The Secretary of State may ..."
        return None

    def container_line(self, line: str) -> tuple[str, str, str] | None:
        match = _CONTAINER.match(line)
        if not match:
            return None
        words = _US_CONTAINER_WORDS if self.us else _UK_CONTAINER_WORDS
        kind = words.get(match.group("kw").lower())
        if kind is None:
            return None
        rest = match.group("rest")
        if not rest.strip():
            return kind, match.group("num"), ""
        sep = _CONTAINER_SEP.match(rest)
        heading = rest[sep.end() :] if sep else rest
        if not rest[0].isspace() and not sep:
            return None
        heading = heading.strip()
        if heading and not _heading_like(heading):
            return None
        return kind, match.group("num"), heading

    def schedule_line(self, line: str) -> tuple[str, str] | None:
        if self.us:
            return None
        match = _SCHEDULE.match(line)
        if not match:
            return None
        rest = (match.group("rest") or "").strip()
        rest = _CONTAINER_SEP.sub("", rest, count=1).strip() if rest else ""
        if rest and not _heading_like(rest):
            return None
        if not match.group("num") and line.split()[0] == "Schedule" and not rest:
            return None  # "Schedule" alone in running text
        return match.group("num") or "", rest

    def starts_unit(self, line: str) -> bool:
        return bool(
            self.top_line(line)
            or self.schedule_line(line)
            or self.container_line(line)
            or line.upper() == "SCHEDULES"
        )

    # -- placing units --
    def close_units(self) -> None:
        self.stack.clear()

    def open_container(self, kind: str, number: str, heading: str) -> m.Unit:
        self.close_units()
        rank = _CONTAINER_RANK[kind]
        while self.containers and _CONTAINER_RANK[self.containers[-1].kind] >= rank:
            self.containers.pop()
        unit = m.Unit(kind=kind, number=number, heading=heading)
        self.host().append(unit)
        self.containers.append(unit)
        return unit

    def add_schedule(self, number: str, heading: str) -> None:
        self.close_units()
        if self.schedule is not None:
            self.containers.clear()
            self.schedule = None
        while self.containers and not (
            self.containers[-1].kind == m.GROUP
            and self.containers[-1].heading.upper() == "SCHEDULES"
        ):
            self.containers.pop()
        unit = m.Unit(kind=m.SCHEDULE, number=number, heading=heading)
        self.host().append(unit)
        self.containers.clear()
        self.schedule = unit
        self.stack.append(_Open(unit, -2))
        self.expect_heading = unit

    def add_top(self, number: str, sep: str, rest: str) -> None:
        if self.schedule is not None and not self.us:
            self.stack = self.stack[:1]  # keep the Schedule open
            unit = m.Unit(kind=m.PARAGRAPH, number=number)
            self.host().append(unit)
            self.stack.append(_Open(unit, -1))
            self.fill_schedule_paragraph(unit, rest)
            return
        self.close_units()
        unit = m.Unit(kind=m.SECTION, number=number)
        self.host().append(unit)
        self.stack.append(_Open(unit, -1))
        if self.us:
            self.fill_us_section(unit, rest)
        else:
            self.fill_uk_section(unit, sep, rest)

    def fill_uk_section(self, unit: m.Unit, sep: str, rest: str) -> None:
        if not rest:
            return
        repealed, note = _repeal_marker(rest)
        if repealed:
            unit.repealed = True
            unit.notes.extend([note] if note else [])
            return
        suffix = _REPEALED_SUFFIX.search(rest)
        if suffix:
            unit.repealed = True
            unit.heading = rest[: suffix.start()].strip()
            return
        if _LABEL_LINE.match(rest) and sep.endswith(("—", "-")):
            self.labelled(rest)
        elif _heading_like(rest):
            unit.heading = rest
        else:
            unit.text = rest

    def fill_us_section(self, unit: m.Unit, rest: str) -> None:
        if not rest:
            return
        repealed, note = _repeal_marker(rest)
        if repealed:
            unit.repealed = True
            unit.notes.extend([note] if note else [])
            return
        suffix = _REPEALED_SUFFIX.search(rest)
        if suffix:
            unit.repealed = True
            unit.heading = rest[: suffix.start()].strip().removesuffix(".").strip()
            return
        for match in re.finditer(r"\.\s+(?=[A-Z“\"(])", rest):
            head = rest[: match.start()]
            last = head.split()[-1] if head.split() else ""
            if len(head.split()) <= 12 and "." not in last and len(last) > 1:
                unit.heading = head.strip()
                unit.text = rest[match.end() :].strip()
                return
        unit.heading = rest.removesuffix(".").strip()

    def fill_schedule_paragraph(self, unit: m.Unit, rest: str) -> None:
        if not rest:
            return
        repealed, note = _repeal_marker(rest)
        if repealed:
            unit.repealed = True
            unit.notes.extend([note] if note else [])
        elif _LABEL_LINE.match(rest):
            self.labelled(rest)
        else:
            unit.text = rest

    def labelled(self, line: str, forced_type: str | None = None, forced_kind: str = "") -> None:
        match = _LABEL_LINE.match(line)
        assert match is not None
        label, rest = match.group("label"), match.group("rest").strip()
        label_type = forced_type or self.classify(label)
        level = self.levels[label_type]
        while self.stack and self.stack[-1].level >= level:
            self.stack.pop()
        # An unnumbered paragraph holds a list only when it introduces one ('"x" means—').
        while (
            self.stack
            and _unlabelled(self.stack[-1])
            and not self.stack[-1].unit.children
            and not _DASH_END.search(self.stack[-1].unit.text)
        ):
            self.stack.pop()
        unit = m.Unit(kind=forced_kind or self.kinds()[label_type], number=label)
        if self.stack:
            self.stack[-1].unit.children.append(unit)
        else:
            self.warn(f"({label}) appears before any section; kept at the top level")
            self.host().append(unit)
        self.stack.append(_Open(unit, level, label_type))
        self.fill_labelled(unit, rest)

    def fill_labelled(self, unit: m.Unit, rest: str) -> None:
        repealed, note = _repeal_marker(rest)
        if repealed:
            unit.repealed = True
            unit.notes.extend([note] if note else [])
            return
        headed = _HEADED.match(rest)
        if headed and not _LABEL_LINE.match(rest):
            unit.heading = headed.group("heading").strip()
            rest = headed.group("text").strip()
            repealed, note = _repeal_marker(rest)
            if repealed:
                unit.repealed = True
                unit.notes.extend([note] if note else [])
                return
        if _LABEL_LINE.match(rest) and unit.heading:
            self.labelled(rest)  # "(a) IN GENERAL.—(1) ..."
            return
        unit.text = rest

    def classify(self, label: str) -> str:
        """The type of an ambiguous label from the lists open around it (DESIGN.md)."""
        candidates = _candidates(label)
        if len(candidates) == 1:
            return candidates[0]
        roman_type, alpha_type = candidates
        top = self.stack[-1] if self.stack else None
        # "(h) the following—" then "(i)": a list opened by a dash starts with roman (i).
        if top is not None and not top.unit.children and _DASH_END.search(top.unit.text):
            if label.lower() == "i" and self.levels[roman_type] > top.level:
                return roman_type
        for entry in reversed(self.stack):
            if entry.label_type == roman_type and _roman_follows(entry.unit.number, label):
                return roman_type
            if entry.label_type == alpha_type and _alpha_follows(entry.unit.number, label):
                return alpha_type
        return roman_type

    # -- unlabelled paragraphs --
    def body(self, line: str) -> None:
        expecting = self.expect_heading
        self.expect_heading = None
        if expecting is not None and not expecting.heading and not self.stack_has_content():
            if expecting.kind == m.SCHEDULE and _SCHEDULE_REF.match(line):
                expecting.notes.append(line)
                self.expect_heading = expecting
                return
            if _heading_like(line):
                expecting.heading = line
                if expecting.kind == m.SCHEDULE:
                    self.expect_heading = expecting  # a reference line may still follow
                return
        if expecting is not None and expecting.kind == m.SCHEDULE and _SCHEDULE_REF.match(line):
            expecting.notes.append(line)
            return
        in_preamble = (
            not self.units and not self.containers and self.schedule is None and not self.unit_only
        )
        if (
            _heading_like(line)
            # The title before "1 Overview", or "A BILL" before "SEC. 1.", is front matter.
            and not (in_preamble and (self.us or not self.preamble))
            and self.starts_unit(self.next_line())
        ):
            self.open_container(m.GROUP, "", line)  # a cross-heading
            return
        if not self.stack:
            if self.containers:
                container = self.containers[-1]
                if not container.text and not container.children:
                    container.text = line
                else:
                    self.warn("text between headings and sections kept as an unnumbered paragraph")
                    container.children.append(m.Unit(kind=m.PARAGRAPH, text=line))
            elif not self.units:
                self.preamble.append(line)
            else:
                self.warn("text outside any section kept as an unnumbered paragraph")
                self.host().append(m.Unit(kind=m.PARAGRAPH, text=line))
            return
        top = self.stack[-1]
        unit = top.unit
        if not unit.text and not unit.children and not unit.repealed:
            unit.text = line
            return
        if (
            self.us
            and top.label_type is not None
            and not (unit.heading or unit.children or unit.repealed)
            and _heading_like(unit.text)
        ):
            unit.heading, unit.text = unit.text, line  # U.S. Code: "(a) In general" / text
            return
        if _unlabelled(top) and not unit.children:
            self.add_paragraph(line, sibling=True)
            return
        definition = bool(_DEFINITION.match(line))
        if definition:
            for depth in range(len(self.stack) - 1, -1, -1):
                entry = self.stack[depth]
                if _unlabelled(entry):
                    del self.stack[depth + 1 :]
                    self.add_paragraph(line, sibling=True)
                    return
        if not unit.children and (definition or _DASH_END.search(unit.text)):
            self.add_paragraph(line, sibling=False)
            return
        for depth in range(len(self.stack) - 1, -1, -1):
            entry = self.stack[depth]
            kids = entry.unit.children
            if kids and not entry.unit.closing and kids[-1].number:
                entry.unit.closing = line
                del self.stack[depth + 1 :]
                return
        if not unit.children:
            self.add_paragraph(line, sibling=False)
            return
        self.warn("paragraph after the closing words of a unit kept as an unnumbered paragraph")
        self.add_paragraph(line, sibling=False)

    def stack_has_content(self) -> bool:
        if not self.stack:
            return False
        unit = self.stack[-1].unit
        return bool(unit.text or unit.children)

    def add_paragraph(self, line: str, sibling: bool) -> None:
        if sibling:
            self.stack.pop()
        parent = self.stack[-1]
        unit = m.Unit(kind=m.PARAGRAPH, text=line)
        parent.unit.children.append(unit)
        self.stack.append(_Open(unit, parent.level + 0.5))

    # -- driver --
    def feed(self, lines: list[str]) -> None:
        self.lines = lines
        for self.index, raw in enumerate(lines):
            line = clean_spaces(raw)
            if line:
                self.line(line)

    def line(self, line: str) -> None:
        # legislation.gov.uk: annotation blocks and F-markers are editorial notes, not law text.
        if _ANNOTATION_HEADER.match(line) or (self.annotating and _ANNOTATION.match(line)):
            self.annotating = True
            self.note(line)
            return
        self.annotating = False
        marker = _MARKER.match(line)
        if marker and len(line) > marker.end():
            inner = line[marker.end() :].strip()
            if marker.group(0).startswith("[") and inner.endswith("]"):
                inner = inner[:-1].strip()
            self.line(inner)
            self.note(marker.group("mark"), innermost=True)
            return
        self.structural_line(line)

    def note(self, text: str, innermost: bool = False) -> None:
        """An editorial note on the open unit (the innermost, or the section/paragraph)."""
        if self.stack:
            entry = (
                self.stack[-1]
                if innermost
                else next((e for e in self.stack if e.level >= -1), self.stack[0])
            )
            entry.unit.notes.append(text)
        elif self.host():
            self.host()[-1].notes.append(text)
        else:
            self.preamble.append(text)

    def structural_line(self, line: str) -> None:
        schedule = self.schedule_line(line)
        if schedule is not None:
            self.expect_heading = None
            self.add_schedule(*schedule)
            return
        if line.upper() == "SCHEDULES" and not self.us:
            self.close_units()
            self.containers.clear()
            self.schedule = None
            self.open_container(m.GROUP, "", line)
            return
        container = self.container_line(line)
        if container is not None:
            unit = self.open_container(*container)
            self.expect_heading = None if unit.heading else unit
            return
        top = self.top_line(line)
        if top is not None:
            self.expect_heading = None
            self.add_top(*top)
            return
        if _LABEL_LINE.match(line):
            self.expect_heading = None
            self.labelled(line)
            return
        self.body(line)


# --- public API ------------------------------------------------------------------------------
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")
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


def detect(lines: list[str]) -> float:
    """Confidence 0..1 that ``lines`` are English-language UK or US legislation."""
    head = "".join(_sample(lines, 400))
    if len(_CYRILLIC.findall(head)) > len(_LATIN.findall(head)):
        return 0.0  # Russian (or other Cyrillic) text: decided without reading further
    sample = _sample(lines)
    if not sample:
        return 0.0
    text = "\n".join(sample)
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if latin == 0 or cyrillic > latin * 0.05:
        return 0.0
    english = min(1.0, len(_ENGLISH_WORDS.findall(text)) / max(10, len(sample)))
    structural = 0
    for line in sample:
        if _LABEL_LINE.match(line) or _US_SECTION.match(line) or _SCHEDULE.match(line):
            structural += 1
        elif re.match(r"^[A-Z]?\d+[A-Z]{0,3}\.?\s+[A-Z]\S*(?:\s+\S+){0,12}$", line):
            structural += 1
    structure = min(1.0, structural / max(3.0, 0.25 * len(sample)))
    return round(0.35 * english + 0.65 * structure, 3)


def detect_profile(lines: list[str]) -> str | None:
    """ "uk" or "us" for English legislation, None when the text is not English legislation."""
    if detect(lines) < 0.4:
        return None
    sample = _sample(lines)
    us = uk = 0
    after_section: str | None = None
    for line in sample:
        if _US_SIGNS.search(line):
            us += 2 if _US_SECTION.match(line) else 1
            after_section = "us" if _US_SECTION.match(line) else after_section
            continue
        if _UK_SIGNS.search(line):
            uk += 1
        if re.match(r"^[A-Z]?\d+[A-Z]{0,3}\s+[A-Z]", line) and not _YEAR_CHAPTER.match(line):
            uk += 1
            after_section = "uk"
            continue
        label = _LABEL_LINE.match(line)
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


# Front matter that is never the title: "A BILL", "118th CONGRESS", "H. R. 9999", "[14th March]".
_BANNER = re.compile(
    r"^(?:A BILL|AN ACT|IN THE (?:HOUSE|SENATE)\b.*|\d+(?:st|nd|rd|th|d) (?:CONGRESS|Session)|"
    r"(?:H\. ?R\.|S\.) ?\d+|\[.*\]|\d{4} (?:CHAPTER|c\.) ?\d+)$",
    re.IGNORECASE,
)


def _title(preamble: list[str], units: list[m.Unit]) -> tuple[str, list[str]]:
    """The act's title and the preamble without it.

    The short title ("may be cited as ...") wins, then the first front line naming an Act, then
    the first front line. The title's own line leaves the preamble, so that writing the title
    first and the preamble after it (textlayout.act_to_lines) reads back the same.
    """
    title = ""
    for unit in units:
        for sub in unit.walk():
            found = _SHORT_TITLE.search(sub.text)
            if found and not title:
                title = (found.group("quoted") or found.group("title")).strip().rstrip(".,")
    if not title:
        front = [x for x in preamble if not _BANNER.match(x)]
        named = [x for x in front if re.search(r"\bAct\b", x) and len(x) < 150]
        title = named[0] if named else (front[0] if front else "")
    rest = list(preamble)
    if title in rest:
        rest.remove(title)
    return title, rest


def parse(lines: list[str], profile: Profile, slug: str) -> m.ImportResult:
    """The act in ``lines`` (one paragraph each) as a tree of units with addresses."""
    parser = _Parser(profile.name)
    parser.feed(lines)
    title, preamble = _title(parser.preamble, parser.units)
    act = m.Act(
        slug=slug,
        title=title,
        language="en",
        profile=profile.name,
        preamble=preamble,
        units=parser.units,
    )
    act.names = m.NameForms(*([act.title] * 5))
    assign_addresses(act)
    seen: set[str] = set()
    for unit in act.walk():
        if unit.address in seen and not unit.is_container:
            parser.warnings.append(
                m.ImportWarning(
                    0, f"two units have the address {unit.address}; check the numbering"
                )
            )
        seen.add(unit.address)
    return m.ImportResult(act, parser.warnings)


# --- writing units ---------------------------------------------------------------------------
def _repeal_text(unit: m.Unit) -> str:
    """The repeal marker to print: the citation note a U.S. Code repeal came with, if any."""
    if unit.notes and _REPEALED_CITED.match(unit.notes[0]) and _repeal_marker(unit.notes[0])[0]:
        return unit.notes[0]
    return REPEALED_MARK


def _labelled_line(unit: m.Unit) -> str:
    head = f"({unit.number})"
    if unit.heading:
        head += f" {unit.heading}.—"
        body = REPEALED_MARK if unit.repealed else unit.text
        return head + body
    if unit.repealed:
        return f"{head} {_repeal_text(unit)}"
    return f"{head} {unit.text}" if unit.text else head


def unit_lines(unit: m.Unit, profile: Profile) -> list[str]:
    """``unit`` and its subtree in the layout :func:`parse` reads (label and heading included)."""
    us = profile.name == "us"
    out: list[str] = []
    text_inline = False
    if unit.is_container:
        words = _US_WRITE_WORDS if us else _UK_WRITE_WORDS
        word = words.get(unit.kind) if unit.number else None
        if word is None:
            out.append(unit.heading)
        elif us:
            out.append(
                f"{word} {unit.number}—{unit.heading}" if unit.heading else f"{word} {unit.number}"
            )
        else:
            out.append(f"{word} {unit.number}")
            if unit.heading:
                out.append(unit.heading)
    elif unit.kind == m.SECTION and us:
        line = f"SEC. {unit.number}."
        if unit.heading:
            line += f" {unit.heading}."
        mark = _repeal_text(unit) if not unit.heading else REPEALED_MARK
        out.append(f"{line} {mark}" if unit.repealed else line)
    elif unit.kind == m.SECTION:
        parts = [unit.number, unit.heading, REPEALED_MARK if unit.repealed else ""]
        out.append(" ".join(p for p in parts if p))
    elif unit.kind == m.SCHEDULE:
        out.append(f"SCHEDULE {unit.number}".strip())
        out.extend(note for note in unit.notes if _SCHEDULE_REF.match(note))
        if unit.heading:
            out.append(unit.heading)
    elif unit.kind == m.PARAGRAPH and not us and unit.number[:1].isdigit():
        if unit.repealed:
            out.append(f"{unit.number} {REPEALED_MARK}")
        else:
            out.append(f"{unit.number} {unit.text}".strip())
            text_inline = True
    elif not unit.number:
        out.append(unit.text)
        text_inline = True
    else:
        out.append(_labelled_line(unit))
        text_inline = True
        for mark in (n for n in unit.notes if _MARK_NOTE.match(n)):
            out[0] = f"[{mark}{out[0]}]"  # legislation.gov.uk: "[F1(2A) inserted words]"
    if unit.text and not text_inline:
        out.append(unit.text)
    for child in unit.children:
        out.extend(unit_lines(child, profile))
    if unit.closing:
        out.append(unit.closing)
    if unit.kind == m.SECTION or (unit.kind == m.PARAGRAPH and not us and unit.number.isdigit()):
        out.extend(_annotation_block(unit.notes))  # read back onto the section or paragraph
    return out


_MARK_NOTE = re.compile(r"^[FC]\d+$")


def _annotation_block(notes: list[str]) -> list[str]:
    """The notes from the first annotation heading on, when all of them read back as notes."""
    start = next((i for i, n in enumerate(notes) if _ANNOTATION_HEADER.match(n)), None)
    if start is None:
        return []
    block = notes[start:]
    if all(_ANNOTATION_HEADER.match(n) or _ANNOTATION.match(n) for n in block):
        return block
    return []


def _forced_type(kind: str, label: str, profile: Profile) -> tuple[str | None, bool]:
    """(label type for a unit of ``kind`` labelled ``label``, does it sit in a UK Schedule)."""
    if profile.name != "us" and kind == m.SUBPARAGRAPH and label[:1].isdigit():
        return DIG, True
    kinds = _US_KINDS if profile.name == "us" else _UK_SECTION_KINDS
    candidates = _candidates(label)
    for label_type, mapped in kinds.items():
        if mapped == kind and label_type in candidates:
            return label_type, False
    return None, False


def parse_unit_text(text: str, kind: str, profile: Profile) -> m.Unit:
    """One unit of ``kind`` from its text layout (the inverse of :func:`unit_lines`)."""
    lines = [line for line in text.splitlines() if clean_spaces(line)]
    parser = _Parser(profile.name)
    parser.unit_only = True
    if not lines:
        return m.Unit(kind=kind)
    first = clean_spaces(lines[0])
    label = _LABEL_LINE.match(first)
    schedule_paragraph = (
        profile.name != "us" and kind == m.PARAGRAPH and bool(re.match(r"^\d", first))
    )
    if kind in m.CONTAINER_KINDS or kind in (m.SECTION, m.SCHEDULE) or schedule_paragraph:
        if schedule_paragraph:
            parser.schedule = m.Unit(kind=m.SCHEDULE)
            parser.stack.append(_Open(parser.schedule, -2))
        parser.feed(lines)
        found = parser.schedule.children if schedule_paragraph else parser.units
        if not found:
            raise EngineError(f"The text given for a {kind} does not contain one: {first[:60]!r}.")
        unit = found[0]
        if unit.kind != kind and kind == m.SECTION and unit.is_container:
            unit = next((u for u in unit.walk() if u.kind == m.SECTION), unit)
        if unit.kind != kind:
            raise EngineError(
                f"The text given for a {kind} begins with a {unit.kind}: {first[:60]!r}."
            )
        return unit
    root = m.Unit(kind=m.SECTION)
    parser.lines = lines
    parser.index = 0
    if label is None and kind != m.PARAGRAPH:
        raise EngineError(
            f"The text given for a {kind} does not begin with its label: {first[:60]!r}."
        )
    if label is None:  # an unnumbered paragraph
        root.text = "-"  # so that the first line becomes a child, not the root's own text
        parser.stack.append(_Open(root, -1))
        parser.add_paragraph(first, sibling=False)
    else:
        label_type, in_schedule = _forced_type(kind, label.group("label"), profile)
        if in_schedule:
            parser.schedule = m.Unit(kind=m.SCHEDULE)
        parser.stack.append(_Open(root, -1))
        parser.labelled(first, forced_type=label_type, forced_kind=kind)
    for parser.index, raw in enumerate(lines[1:], start=1):
        line = clean_spaces(raw)
        if line:
            parser.line(line)
    return root.children[0]
