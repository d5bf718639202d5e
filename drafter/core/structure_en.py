"""Structure of UK and US acts: lines → a tree of units (title and front matter), and back.

The parser itself is :mod:`drafter.core.structure_en_parser`; which profile a text is,
:mod:`drafter.core.structure_detect`.
"""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.address import DUPLICATE_MARK, assign_addresses, label_of
from drafter.core.labels_en import DIG, label_types
from drafter.core.labels_en import kinds as label_kinds
from drafter.core.normalize import clean_spaces
from drafter.core.profiles import Profile
from drafter.core.structure_en_lines import (
    ANNOTATION,
    ANNOTATION_HEADER,
    LABEL_LINE,
    REPEALED_CITED,
    REPEALED_MARK,
    SCHEDULE_REF,
    repeal_marker,
)
from drafter.core.structure_en_parser import EnParser, OpenUnit
from drafter.errors import EngineError
from drafter.messages import N_, message

# --- title and front matter ------------------------------------------------------------------
# The short title a section gives: 'This Act may be cited as the "X Act 2024".'
_SHORT_TITLE = re.compile(
    r"may be cited as (?:the )?(?:[“\"](?P<quoted>[^”\"]+)[”\"]|"
    r"(?P<title>[A-Z][^.;]*?\b(?:Act|Regulations|Order|Measure)(?: of)? \d{4}))"
)
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


# --- reading ---------------------------------------------------------------------------------
def parse(lines: list[str], profile: Profile, slug: str) -> m.ImportResult:
    """The act in ``lines`` (one paragraph each) as a tree of units with addresses."""
    parser = EnParser(profile)
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
    for unit in act.walk():
        # a number used twice: the second unit's address is told apart (``s:1~2``)
        if DUPLICATE_MARK in label_of(unit.address) and not unit.is_container:
            parser.warnings.append(
                m.ImportWarning(
                    0,
                    message(
                        N_("two units have the address {address}; check the numbering"),
                        address=unit.address.rpartition(DUPLICATE_MARK)[0],
                    ),
                )
            )
    return m.ImportResult(act, parser.warnings)


def _forced_type(kind: str, label: str, profile: Profile) -> tuple[str | None, bool]:
    """(label type for a unit of ``kind`` labelled ``label``, does it sit in a UK Schedule)."""
    if profile.name != "us" and kind == m.SUBPARAGRAPH and label[:1].isdigit():
        return DIG, True
    kinds = label_kinds(profile)
    types = label_types(label)
    for label_type, mapped in kinds.items():
        if mapped == kind and label_type in types:
            return label_type, False
    return None, False


def parse_unit_text(text: str, kind: str, profile: Profile) -> m.Unit:
    """One unit of ``kind`` from its text layout (the inverse of :func:`unit_lines`)."""
    lines = [line for line in text.splitlines() if clean_spaces(line)]
    parser = EnParser(profile)
    parser.unit_only = True
    if not lines:
        return m.Unit(kind=kind)
    first = clean_spaces(lines[0])
    label = LABEL_LINE.match(first)
    schedule_paragraph = (
        profile.name != "us" and kind == m.PARAGRAPH and bool(re.match(r"^\d", first))
    )
    if kind in m.CONTAINER_KINDS or kind in (m.SECTION, m.SCHEDULE) or schedule_paragraph:
        if schedule_paragraph:
            parser.schedule = m.Unit(kind=m.SCHEDULE)
            parser.stack.append(OpenUnit(parser.schedule, -2))
        parser.feed(lines)
        found = parser.units
        if schedule_paragraph:  # the paragraphs of the Schedule open at the end
            found = parser.schedule.children if parser.schedule is not None else []
        if not found:
            raise EngineError(
                N_("The text given for a {kind} does not contain one: {first!r}."),
                kind=kind,
                first=first[:60],
            )
        unit = found[0]
        if unit.kind != kind and kind == m.SECTION and unit.is_container:
            unit = next((u for u in unit.walk() if u.kind == m.SECTION), unit)
        if unit.kind != kind:
            raise EngineError(
                N_("The text given for a {kind} begins with a {found}: {first!r}."),
                kind=kind,
                found=unit.kind,
                first=first[:60],
            )
        return unit
    root = m.Unit(kind=m.SECTION)
    parser.lines = lines
    parser.index = 0
    if label is None and kind != m.PARAGRAPH:
        raise EngineError(
            N_("The text given for a {kind} does not begin with its label: {first!r}."),
            kind=kind,
            first=first[:60],
        )
    if label is None:  # an unnumbered paragraph
        root.text = "-"  # so that the first line becomes a child, not the root's own text
        parser.stack.append(OpenUnit(root, -1))
        parser.add_paragraph(first, sibling=False)
    else:
        label_type, in_schedule = _forced_type(kind, label.group("label"), profile)
        if in_schedule:
            parser.schedule = m.Unit(kind=m.SCHEDULE)
        parser.stack.append(OpenUnit(root, -1))
        parser.labelled(first, forced_type=label_type, forced_kind=kind)
    for parser.index, raw in enumerate(lines[1:], start=1):
        line = clean_spaces(raw)
        if line:
            parser.line(line)
    return root.children[0]


# --- writing units ---------------------------------------------------------------------------
_UK_CONTAINER_WORDS = {m.DIVISION: "PART", m.CHAPTER: "CHAPTER"}
_US_CONTAINER_WORDS = {
    m.DIVISION: "TITLE",
    m.SUBDIVISION: "Subtitle",
    m.CHAPTER: "CHAPTER",
    m.GROUP: "PART",
}
# A legislation.gov.uk marker kept as a note ("F1"), written back around the unit's line.
_MARK_NOTE = re.compile(r"^[FC]\d+$")


def _repeal_text(unit: m.Unit) -> str:
    """The repeal marker to print: the citation note a U.S. Code repeal came with, if any."""
    if unit.notes and REPEALED_CITED.match(unit.notes[0]) and repeal_marker(unit.notes[0])[0]:
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
        words = _US_CONTAINER_WORDS if us else _UK_CONTAINER_WORDS
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
        out.extend(note for note in unit.notes if SCHEDULE_REF.match(note))
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


def _annotation_block(notes: list[str]) -> list[str]:
    """The notes from the first annotation heading on, when all of them read back as notes."""
    start = next((i for i, n in enumerate(notes) if ANNOTATION_HEADER.match(n)), None)
    if start is None:
        return []
    block = notes[start:]
    if all(ANNOTATION_HEADER.match(n) or ANNOTATION.match(n) for n in block):
        return block
    return []
