"""Acts, units, drafts and operations: the data every part of Drafter shares.

Plain dataclasses, no behaviour beyond small helpers; the pipeline's pure functions live in
sibling modules (structure, diff, plan, styles, parse, apply).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from drafter.messages import Message

# --- unit kinds ------------------------------------------------------------------------------
# Containers group articles/sections but are never part of an address (DESIGN.md "Address").
CODEPART = "codepart"  # ОБЩАЯ ЧАСТЬ / ОСОБЕННАЯ ЧАСТЬ, часть первая ГК
DIVISION = "division"  # раздел; UK Part; US title/subtitle
SUBDIVISION = "subdivision"  # подраздел
CHAPTER = "chapter"  # глава; UK/US chapter
GROUP = "group"  # параграф (§ 1 inside a глава of the Civil Code)
SUBGROUP = "subgroup"  # a numbered heading inside a параграф («2. Полное товарищество», ГК)
CONTAINER_KINDS = frozenset({CODEPART, DIVISION, SUBDIVISION, CHAPTER, GROUP, SUBGROUP})

# Addressable kinds.
ARTICLE = "article"  # статья
PART = "part"  # часть статьи («1.» in codes)
POINT = "point"  # пункт («1)» / «а)» in codes, «1.» in laws)
SUBPOINT = "subpoint"  # подпункт (nested subpoints stay "subpoint")
PARAGRAPH = "paragraph"  # абзац (ru, unnumbered) / UK-US paragraph
NOTE = "note"  # примечание (its numbered items are points)
SECTION = "section"  # UK/US section
SUBSECTION = "subsection"  # (1) UK / (a) US
SUBPARAGRAPH = "subparagraph"  # (i) UK / (A) US
CLAUSE = "clause"  # (i) US
SUBCLAUSE = "subclause"  # (I) US
SCHEDULE = "schedule"  # UK Schedule
FINAL = "final"  # a numbered provision outside any article (final and transitional provisions)

# Key used in addresses for each addressable kind; a profile may override (see profiles.py).
DEFAULT_KEYS: dict[str, str] = {
    ARTICLE: "art",
    PART: "part",
    POINT: "pt",
    SUBPOINT: "sub",
    PARAGRAPH: "abz",
    NOTE: "note",
    SECTION: "s",
    SUBSECTION: "ss",
    SUBPARAGRAPH: "subpara",
    CLAUSE: "cl",
    SUBCLAUSE: "subcl",
    SCHEDULE: "sch",
    FINAL: "final",
}
# Containers get an address of their own (never a prefix of their children's addresses).
CONTAINER_KEYS: dict[str, str] = {
    CODEPART: "cpart",
    DIVISION: "div",
    SUBDIVISION: "subdiv",
    CHAPTER: "ch",
    GROUP: "grp",
    SUBGROUP: "sgrp",
}

# A status line of the source, kept among a unit's notes: «Утратила силу с 1 января 2014 года. -
# Федеральный закон ...», «Утратил силу.», «Не применяется с 1 июля 2002 года - ...».
STATUS_LINE = re.compile(r"^(?:[Уу]тратил[аио]?\s+силу|Не\s+применя\w*\s+(?:с|со)\s)")

# Suffix addressing the heading (наименование) of a unit in operations: "art:322#heading".
HEADING_SUFFIX = "#heading"


@dataclass
class Unit:
    """One structural unit of an act.

    ``text`` is the lead-in (the unit's own words before its children), ``closing`` the words
    after its children (the sanction «наказываются ...» after points а)–в)). Both are single
    paragraphs; several unnumbered paragraphs of one unit become PARAGRAPH children (абзацы).
    ``notes`` are editorial notes (metadata such as «(В редакции Федерального закона от ...)»),
    never law text. ``address`` is filled by :func:`drafter.core.address.assign_addresses`.
    """

    kind: str
    number: str = ""  # label as printed without brackets or final dot: "322.1", "2", "а", "2A"
    heading: str = ""
    text: str = ""
    children: list[Unit] = field(default_factory=list)
    closing: str = ""
    notes: list[str] = field(default_factory=list)
    repealed: bool = False
    address: str = ""

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS

    @property
    def status(self) -> str:
        """The source's status line for this unit («Утратила силу с ...», «Не применяется с
        ...»), kept among its notes and never in its heading or text; "" when none."""
        return next((n for n in self.notes if STATUS_LINE.match(n)), "")

    def walk(self) -> Iterator[Unit]:
        """This unit and all its descendants, in document order."""
        yield self
        for child in self.children:
            yield from child.walk()

    def copy(self) -> Unit:
        """A deep copy (units are mutable; drafts must never share them with the act)."""
        return replace(self, children=[c.copy() for c in self.children], notes=list(self.notes))


@dataclass
class NameForms:
    """The act's name in the grammatical cases a Russian bill needs (English: all the same)."""

    nominative: str = ""  # Уголовный кодекс Российской Федерации
    genitive: str = ""  # Уголовного кодекса Российской Федерации
    accusative: str = ""  # Уголовный кодекс Российской Федерации
    prepositional: str = ""  # Уголовном кодексе Российской Федерации
    instrumental: str = ""  # Уголовным кодексом Российской Федерации


@dataclass
class Act:
    """An enacted text: metadata plus a tree of units. All metadata is editable by the user."""

    slug: str  # short ASCII identifier: "uk-rf"
    title: str = ""
    identifier: str = ""  # official identifier, e.g. "63-ФЗ" or an ELI / ELI-like URI
    names: NameForms = field(default_factory=NameForms)
    kind: str = ""  # code | federal_law | law | act | ...
    date: str = ""  # date of adoption/signature, ISO yyyy-mm-dd
    number: str = ""  # "63-ФЗ"
    sources: list[str] = field(default_factory=list)  # official publication sources
    edition_date: str = ""  # date of the edition the text reflects, ISO
    edition_source: str = ""  # where this edition was taken from
    language: str = "ru"  # ru | en
    citation_style: str = "digits"  # digits («часть 2») | words («часть вторая»)
    profile: str = "ru-code"  # structure profile name (profiles.py)
    preamble: list[str] = field(default_factory=list)  # lines before the first unit
    notes: list[str] = field(default_factory=list)  # act-level editorial notes
    units: list[Unit] = field(default_factory=list)

    def walk(self) -> Iterator[Unit]:
        for unit in self.units:
            yield from unit.walk()

    def top_units(self) -> list[Unit]:
        """The first addressable level (articles / sections / schedules), containers skipped."""
        found: list[Unit] = []

        def visit(units: list[Unit]) -> None:
            for unit in units:
                if unit.is_container:
                    visit(unit.children)
                else:
                    found.append(unit)

        visit(self.units)
        return found

    def find(self, address: str) -> Unit | None:
        for unit in self.walk():
            if unit.address == address:
                return unit
        return None

    def index(self) -> dict[str, Unit]:
        return {unit.address: unit for unit in self.walk()}

    def copy(self) -> Act:
        return replace(
            self,
            names=replace(self.names),
            sources=list(self.sources),
            preamble=list(self.preamble),
            notes=list(self.notes),
            units=[u.copy() for u in self.units],
        )


# --- the draft -------------------------------------------------------------------------------
CHANGED = "changed"
ADDED = "added"
REPEALED = "repealed"


@dataclass
class Proposal:
    """The proposed version of one top-level unit (article / section / schedule) of an act.

    ``address`` is the unit's address in the current numbering (for an added unit: the address
    its label gives). ``unit`` is the whole proposed subtree (for a repealed unit: the unit with
    ``repealed`` set and no text). ``after`` places an added unit: the address of the top-level
    unit it follows, "" for the very beginning.
    """

    address: str
    status: str  # CHANGED | ADDED | REPEALED
    unit: Unit
    after: str | None = None


@dataclass
class ActDraft:
    """Per amended act: its proposals keyed by address, in the act's order."""

    slug: str
    proposals: dict[str, Proposal] = field(default_factory=dict)


# The draft's frame and package texts (strings, "" when not set), as saved and as sent.
FRAME_KEYS = ("initiator", "commencement", "commencement_value", "subject", "reasons", "finance")


@dataclass
class Draft:
    """The amending bill in progress."""

    title: str = ""
    agency: str = ""
    style: str = "ru"  # ru | uk | us
    entry_into_force: str = ""  # the final article's wording; "" = the style's default
    acts: list[ActDraft] = field(default_factory=list)
    # The bill's frame and package (core/commencement.py, core/package.py):
    initiator: str = ""  # «Вносится Правительством Российской Федерации»
    commencement: str = ""  # publication | date | days; "" = entry_into_force or the default
    commencement_value: str = ""  # an ISO date, or a number of days
    subject: str = ""  # the explanatory note's subject of regulation
    reasons: str = ""  # … and the reasons for the bill
    finance: str = ""  # the financial and economic justification
    # The drafter's form per unit, "slug|address" → restate | patch (core.restate; the rest: auto)
    forms: dict[str, str] = field(default_factory=dict)

    def for_act(self, slug: str) -> ActDraft:
        for act_draft in self.acts:
            if act_draft.slug == slug:
                return act_draft
        act_draft = ActDraft(slug)
        self.acts.append(act_draft)
        return act_draft


# --- operations ------------------------------------------------------------------------------
REPLACE_WORDS = "replace_words"
INSERT_WORDS = "insert_words"
DELETE_WORDS = "delete_words"
ADD_UNIT = "add_unit"
RESTATE_UNIT = "restate_unit"
REPEAL_UNIT = "repeal_unit"
RENUMBER_UNITS = "renumber_units"
OPERATION_TYPES = (
    REPLACE_WORDS,
    INSERT_WORDS,
    DELETE_WORDS,
    ADD_UNIT,
    RESTATE_UNIT,
    REPEAL_UNIT,
    RENUMBER_UNITS,
)


@dataclass(frozen=True)
class Operation:
    """One amending instruction, independent of any drafting style.

    Addresses always use the *current* numbering. Word operations act on the whole text of the
    addressed unit's subtree (lead-in, children, closing, in document order; the heading only
    when the address ends with ``#heading``).

    - replace_words: ``old`` → ``new``; ``occurrence`` "all" or N (1-based), None = the one place.
    - insert_words: ``new`` placed ``position`` "after" / "before" the words ``anchor``
      (``occurrence`` counts the anchor), or "end" of the unit's text (anchor None) — in a
      Russian act before the text's closing «.», «;», «:» or «,», as «дополнить словами» reads
      (apply.append_before_mark); a whole sentence goes after it.
    - delete_words: ``old`` removed; ``occurrence`` as for replace_words.
    - add_unit: ``address`` is the parent ("" for the top level), ``label`` the new unit's label,
      ``position`` "after"/"before" the sibling ``anchor`` (an address) or "end" of the parent;
      ``new`` is the unit in the text layout (textlayout.py), label and heading included.
    - restate_unit: ``new`` is the whole unit in the text layout.
    - repeal_unit: the unit at ``address`` is repealed (its number stays occupied).
    - renumber_units: ``address`` is the parent; ``renumber`` the (old label, new label) pairs,
      in order.
    """

    op: str
    act: str
    address: str
    old: str | None = None
    new: str | None = None
    anchor: str | None = None
    position: str | None = None  # after | before | end
    occurrence: str | int | None = None  # "all" | N
    label: str | None = None
    renumber: tuple[tuple[str, str], ...] | None = None

    def to_dict(self) -> dict:
        return {
            "op": self.op,
            "act": self.act,
            "address": self.address,
            "old": self.old,
            "new": self.new,
            "anchor": self.anchor,
            "position": self.position,
            "occurrence": self.occurrence,
            "label": self.label,
            "renumber": [list(pair) for pair in self.renumber] if self.renumber else None,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Operation:
        renumber = data.get("renumber")
        return cls(
            op=data["op"],
            act=data["act"],
            address=data["address"],
            old=data.get("old"),
            new=data.get("new"),
            anchor=data.get("anchor"),
            position=data.get("position"),
            occurrence=data.get("occurrence"),
            label=data.get("label"),
            renumber=tuple((a, b) for a, b in renumber) if renumber else None,
        )


@dataclass
class ImportWarning:
    """Something an importer could not place exactly; the text is kept, never dropped."""

    line: int  # 1-based line / paragraph number in the source, 0 if unknown
    message: Message


@dataclass
class ImportResult:
    act: Act
    warnings: list[ImportWarning] = field(default_factory=list)
