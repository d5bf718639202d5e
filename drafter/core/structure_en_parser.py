"""The UK and US structure parser: paragraphs in order, a stack of open units and containers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import model as m
from drafter.core.labels_en import (
    alpha_follows,
    is_us,
    kinds,
    label_types,
    levels,
    roman_follows,
)
from drafter.core.normalize import clean_spaces
from drafter.core.profiles import Profile
from drafter.core.structure_containers import close_containers
from drafter.core.structure_en_lines import (
    ANNOTATION,
    ANNOTATION_HEADER,
    CONTAINER,
    CONTAINER_SEP,
    DASH_END,
    DEFINITION,
    HEADED,
    LABEL_LINE,
    LONG_TITLE,
    MARKER,
    REPEALED_SUFFIX,
    SCHEDULE,
    SCHEDULE_REF,
    UK_CONTAINER_WORDS,
    UK_SECTION,
    US_CONTAINER_WORDS,
    US_SECTION,
    YEAR_CHAPTER,
    dotted_heading,
    heading_like,
    repeal_marker,
)
from drafter.messages import N_, Message, message


@dataclass
class OpenUnit:
    unit: m.Unit
    level: float  # -1 for the top-level unit; unlabelled paragraphs sit half a level down
    label_type: str | None = None  # None: top-level unit or unlabelled paragraph


def _unlabelled(entry: OpenUnit) -> bool:
    return entry.label_type is None and entry.unit.kind == m.PARAGRAPH and not entry.unit.number


def _mark_repealed(unit: m.Unit, text: str) -> bool:
    """Whether ``text`` after a label is a repeal marker; if so the unit is marked repealed."""
    repealed, note = repeal_marker(text)
    if repealed:
        unit.repealed = True
        unit.notes.extend([note] if note else [])
    return repealed


def _fill_us_heading(unit: m.Unit, rest: str) -> None:
    """ "SEC. 5. SHORT TITLE. This Act may be cited ...": the heading, then any text."""
    for match in re.finditer(r"\.\s+(?=[A-Z“\"(])", rest):
        head = rest[: match.start()]
        last = head.split()[-1] if head.split() else ""
        if len(head.split()) <= 12 and "." not in last and len(last) > 1:
            unit.heading = head.strip()
            unit.text = rest[match.end() :].strip()
            return
    unit.heading = rest.removesuffix(".").strip()


class EnParser:
    """Reads paragraphs line by line, keeping a stack of open units and one of containers."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.us = is_us(profile)
        self.levels = levels(profile)
        self.units: list[m.Unit] = []
        self.preamble: list[str] = []
        self.warnings: list[m.ImportWarning] = []
        self.stack: list[OpenUnit] = []
        self.containers: list[m.Unit] = []
        self.schedule: m.Unit | None = None
        self.expect_heading: m.Unit | None = None
        self.lines: list[str] = []
        self.index = 0
        self.unit_only = False  # reading one unit's text: there is no front matter
        self.annotating = False  # inside a "Textual Amendments" block

    # -- helpers --
    def warn(self, warning: Message) -> None:
        self.warnings.append(m.ImportWarning(self.index + 1, warning))

    def kinds(self) -> dict[str, str]:
        return kinds(self.profile, schedule=self.schedule is not None)

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
            match = US_SECTION.match(line)
            if not match:
                return None
            return match.group("num") or match.group("sym"), "", match.group("rest").strip()
        if YEAR_CHAPTER.match(line):
            return None
        match = UK_SECTION.match(line)
        if not match:
            return None
        num, sep, rest = match.group("num"), match.group("sep") or "", line[match.end() :].strip()
        if self.schedule is not None:
            return num, sep, rest
        if not rest or (LABEL_LINE.match(rest) and sep.endswith(("—", "-"))):
            return num, sep, rest
        if repeal_marker(rest)[0] or REPEALED_SUFFIX.search(rest):
            return num, sep, rest
        if heading_like(rest) and not rest[0].isdigit():
            return num, sep, rest
        if not sep and dotted_heading(rest):
            return num, sep, rest  # "7 Power to make regulations."
        if sep == "." and rest[0].isupper() and rest.endswith("."):
            return num, sep, rest  # old style "19. The Secretary of State may ..."
        return None

    def container_line(self, line: str) -> tuple[str, str, str] | None:
        match = CONTAINER.match(line)
        if not match:
            return None
        words = US_CONTAINER_WORDS if self.us else UK_CONTAINER_WORDS
        kind = words.get(match.group("kw").lower())
        if kind is None:
            return None
        rest = match.group("rest")
        if not rest.strip():
            return kind, match.group("num"), ""
        sep = CONTAINER_SEP.match(rest)
        heading = rest[sep.end() :] if sep else rest
        if not rest[0].isspace() and not sep:
            return None
        heading = heading.strip()
        if heading and not heading_like(heading):
            return None
        return kind, match.group("num"), heading

    def schedule_line(self, line: str) -> tuple[str, str] | None:
        if self.us:
            return None
        match = SCHEDULE.match(line)
        if not match:
            return None
        rest = (match.group("rest") or "").strip()
        rest = CONTAINER_SEP.sub("", rest, count=1).strip() if rest else ""
        if rest and not heading_like(rest):
            return None
        if not match.group("num") and line.split()[0] == "Schedule" and not rest:
            return None  # "Schedule" alone in running text
        return match.group("num") or "", rest

    def in_front(self) -> bool:
        """Before the first unit: the title, chapter line and long title are front matter."""
        return (
            not self.units and not self.containers and self.schedule is None and not self.unit_only
        )

    def front_chapter_line(self, container: tuple[str, str, str]) -> bool:
        """ "CHAPTER 7" after the title and before the long title: the Act's chapter number."""
        kind, _number, heading = container
        return (
            self.in_front()
            and kind == m.CHAPTER
            and not heading
            and bool(LONG_TITLE.match(self.next_line()))
        )

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
        close_containers(self.containers, kind)
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
        self.stack.append(OpenUnit(unit, -2))
        self.expect_heading = unit

    def add_top(self, number: str, sep: str, rest: str) -> None:
        if self.schedule is not None and not self.us:
            self.stack = self.stack[:1]  # keep the Schedule open
            unit = m.Unit(kind=m.PARAGRAPH, number=number)
            self.host().append(unit)
            self.stack.append(OpenUnit(unit, -1))
            self.fill_schedule_paragraph(unit, rest)
            return
        self.close_units()
        unit = m.Unit(kind=m.SECTION, number=number)
        self.host().append(unit)
        self.stack.append(OpenUnit(unit, -1))
        self.fill_section(unit, sep, rest)

    def fill_section(self, unit: m.Unit, sep: str, rest: str) -> None:
        """The rest of a section's first line: a repeal, its heading, its text or a label."""
        if not rest or _mark_repealed(unit, rest):
            return
        suffix = REPEALED_SUFFIX.search(rest)
        if suffix:  # "Heading [Repealed]"
            unit.repealed = True
            heading = rest[: suffix.start()].strip()
            unit.heading = heading.removesuffix(".").strip() if self.us else heading
        elif self.us:
            _fill_us_heading(unit, rest)
        elif LABEL_LINE.match(rest) and sep.endswith(("—", "-")):
            self.labelled(rest)
        elif heading_like(rest):
            unit.heading = rest
        elif not sep and dotted_heading(rest):
            unit.heading = rest.removesuffix(".")
        else:
            unit.text = rest

    def fill_schedule_paragraph(self, unit: m.Unit, rest: str) -> None:
        if not rest or _mark_repealed(unit, rest):
            return
        if LABEL_LINE.match(rest):
            self.labelled(rest)
        else:
            unit.text = rest

    def labelled(self, line: str, forced_type: str | None = None, forced_kind: str = "") -> None:
        match = LABEL_LINE.match(line)
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
            and not DASH_END.search(self.stack[-1].unit.text)
        ):
            self.stack.pop()
        unit = m.Unit(kind=forced_kind or self.kinds()[label_type], number=label)
        if self.stack:
            self.stack[-1].unit.children.append(unit)
        else:
            self.warn(
                message(
                    N_("({label}) appears before any section; kept at the top level"), label=label
                )
            )
            self.host().append(unit)
        self.stack.append(OpenUnit(unit, level, label_type))
        self.fill_labelled(unit, rest)

    def fill_labelled(self, unit: m.Unit, rest: str) -> None:
        if _mark_repealed(unit, rest):
            return
        headed = HEADED.match(rest)
        if headed and not LABEL_LINE.match(rest):
            unit.heading = headed.group("heading").strip()
            rest = headed.group("text").strip()
            if _mark_repealed(unit, rest):
                return
        if LABEL_LINE.match(rest) and unit.heading:
            self.labelled(rest)  # "(a) IN GENERAL.—(1) ..."
            return
        unit.text = rest

    def classify(self, label: str) -> str:
        """The type of an ambiguous label from the lists open around it (DESIGN.md)."""
        types = label_types(label)
        if len(types) == 1:
            return types[0]
        roman_type, alpha_type = types
        top = self.stack[-1] if self.stack else None
        # "(h) the following—" then "(i)": a list opened by a dash starts with roman (i).
        if top is not None and not top.unit.children and DASH_END.search(top.unit.text):
            if label.lower() == "i" and self.levels[roman_type] > top.level:
                return roman_type
        for entry in reversed(self.stack):
            if entry.label_type == roman_type and roman_follows(entry.unit.number, label):
                return roman_type
            if entry.label_type == alpha_type and alpha_follows(entry.unit.number, label):
                return alpha_type
        return roman_type

    # -- unlabelled paragraphs --
    def body(self, line: str) -> None:
        expecting = self.expect_heading
        self.expect_heading = None
        if expecting is not None and not expecting.heading and not self.stack_has_content():
            if expecting.kind == m.SCHEDULE and SCHEDULE_REF.match(line):
                expecting.notes.append(line)
                self.expect_heading = expecting
                return
            if heading_like(line):
                expecting.heading = line
                if expecting.kind == m.SCHEDULE:
                    self.expect_heading = expecting  # a reference line may still follow
                return
        if expecting is not None and expecting.kind == m.SCHEDULE and SCHEDULE_REF.match(line):
            expecting.notes.append(line)
            return
        in_preamble = (
            not self.units and not self.containers and self.schedule is None and not self.unit_only
        )
        if in_preamble and LONG_TITLE.match(line):
            self.preamble.append(line)  # "An Act to ..." never opens a cross-heading
            return
        if (
            heading_like(line)
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
                    self.warn(
                        message(
                            N_("text between headings and sections kept as an unnumbered paragraph")
                        )
                    )
                    container.children.append(m.Unit(kind=m.PARAGRAPH, text=line))
            elif not self.units:
                self.preamble.append(line)
            else:
                self.warn(message(N_("text outside any section kept as an unnumbered paragraph")))
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
            and heading_like(unit.text)
        ):
            unit.heading, unit.text = unit.text, line  # U.S. Code: "(a) In general" / text
            return
        if _unlabelled(top) and not unit.children:
            self.add_paragraph(line, sibling=True)
            return
        definition = bool(DEFINITION.match(line))
        if definition:
            for depth in range(len(self.stack) - 1, -1, -1):
                entry = self.stack[depth]
                if _unlabelled(entry):
                    del self.stack[depth + 1 :]
                    self.add_paragraph(line, sibling=True)
                    return
        if not unit.children and (definition or DASH_END.search(unit.text)):
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
        self.warn(
            message(
                N_("paragraph after the closing words of a unit kept as an unnumbered paragraph")
            )
        )
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
        self.stack.append(OpenUnit(unit, parent.level + 0.5))

    # -- driver --
    def feed(self, lines: list[str]) -> None:
        self.lines = lines
        for self.index, raw in enumerate(lines):
            line = clean_spaces(raw)
            if line:
                self.line(line)

    def line(self, line: str) -> None:
        # legislation.gov.uk: annotation blocks and F-markers are editorial notes, not law text.
        if ANNOTATION_HEADER.match(line) or (self.annotating and ANNOTATION.match(line)):
            self.annotating = True
            self.note(line)
            return
        self.annotating = False
        marker = MARKER.match(line)
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
        if container is not None and self.front_chapter_line(container):
            self.preamble.append(line)
            return
        if container is not None:
            unit = self.open_container(*container)
            self.expect_heading = None if unit.heading else unit
            return
        top = self.top_line(line)
        if top is not None:
            self.expect_heading = None
            self.add_top(*top)
            return
        if LABEL_LINE.match(line):
            self.expect_heading = None
            self.labelled(line)
            return
        self.body(line)
