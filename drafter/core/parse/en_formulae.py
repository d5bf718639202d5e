"""UK and US amending formulae ("In section 5, for "a" substitute "b".", "Section 5 of the X
Act is amended by striking …") read back into operations, through formula tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from drafter.core import model as m
from drafter.core.parse.en_citations import UNIT_WORD, EnReader
from drafter.core.parse.report import (
    NO_FORMULA,
    NO_PAIRS,
    UNCLOSED_QUOTE,
    UNREAD_HEADER,
    ParsedInstruction,
    ParseReport,
    Unreadable,
    excerpt,
    line_of,
    near_word,
)
from drafter.core.parse.typography import collapse_spaces
from drafter.messages import N_, message

_GROUP_UNREAD = N_("the unit its group names («in …—») was not understood")
_CUT_SHORT = N_("the text ends inside this item: the last item has no closing period")

_VERBS = re.compile(
    r"\b(?:substitute|omit|insert|striking|inserting|adding|redesignating|renumber|repealed|"
    r"to read as follows)\b",
    re.I,
)
_EQ = r"\ue000\d+\ue001"
_Q = r"(" + _EQ + r")"
_FLAGS = re.I | re.S
_HEAD = re.compile(
    r"(?:(?P<cite>section\s+\S+?)\s+of\s+.+?|the\s+.+?)\s+is\s+amended\s*(?:—|--|:)", _FLAGS
)
_FOLLOWS = re.compile(r"(.+?)\s+of\s+.+\s+is\s+amended\s+as\s+follows", _FLAGS)
_AS_FOLLOWS = re.compile(r".+\s+is\s+amended\s+as\s+follows", _FLAGS)
_GROUP_HEAD = re.compile(r"in\s+(.+?)\s*(?:—|--)", _FLAGS)
_US_AMENDED = re.compile(r"(?:(section\s+\S+?)\s+of\s+.+?|the\s+.+?)\s+is\s+amended\s+(.+)", _FLAGS)
_IN_UNIT = re.compile(
    r"in\s+(.+?),\s+(?=for\b|omit\b|after\b|before\b|at the end\b|renumber\b|by\b)", _FLAGS
)
# The named groups of the formulae within a unit.
_OLD = rf"(?P<old>{_EQ})"
_NEW = rf"(?P<new>{_EQ})"
_ANCHOR = rf"(?P<anchor>{_EQ})"
_TEXT = rf"(?P<text>{_EQ})"
_DASH = r"\s*(?:—|--)\s*"
_OCC_UK = (
    r"(?P<occ>,\s+in\s+(?:each|the\s+\w+)\s+place\s+it\s+occurs,?"
    r"|\s+\(in\s+(?:both|each|all)\s+places\))?"
)
_OCC_US = r"(?P<occ>\s+(?:each|the\s+\w+)\s+place\s+(?:it|such term)\s+appears)?"


class EnParser(EnReader):
    """Reads uk or us amending text into instructions for one act."""

    # --- top level ------------------------------------------------------------------------
    def parse(self, text: str) -> ParseReport:
        """Every instruction of ``text``; a quotation that never closes fails the item it is
        in, and the text after it is not read."""
        text = collapse_spaces(text)
        unclosed = unclosed_quote(text)
        masked = self.mask(text if unclosed is None else text[:unclosed])
        report = ParseReport()
        section = ""
        amended = False  # a line "… is amended as follows" / "… is amended—" was read
        level1: str | None = None
        last: ParsedInstruction | None = None
        for line, segment in self.segments(masked):
            last = None
            marker = re.match(r"\(([0-9A-Za-z]+)\)\s+", segment)
            body = segment[marker.end() :] if marker else segment
            label = marker.group(1) if marker else ""
            lettered = bool(label) and not label.isdigit()
            if not lettered:
                level1 = None
            body = re.sub(r"(?:;\s*and|;|\.)$", "", body.strip()).strip()
            head = _HEAD.fullmatch(body)
            if head:
                section = (self.cite(head.group("cite")) or "") if head.group("cite") else ""
                amended = True
                level1 = None
                continue
            follows = _FOLLOWS.fullmatch(body)
            if follows or _AS_FOLLOWS.fullmatch(body):
                section = (self.cite(follows.group(1)) or "") if follows else ""
                amended = True
                level1 = None
                continue
            mt = _GROUP_HEAD.fullmatch(body)
            if mt and not _VERBS.search(body):
                try:
                    level1 = self.relative(mt.group(1), section)
                except Unreadable:
                    level1 = UNREAD_HEADER
                continue
            if not _VERBS.search(body):
                amending = amended or level1 not in (None, UNREAD_HEADER)
                if not looks_like_instruction(body, bool(label), amending):
                    continue
            context = level1 if (lettered and level1 is not None) else section
            instruction = ParsedInstruction(text=self.unmask(segment), line=line)
            last = instruction
            try:
                if context == UNREAD_HEADER:
                    raise Unreadable(_GROUP_UNREAD)
                instruction.operations = self.instruction(body, context)
            except Unreadable as exc:
                instruction.error = exc.reason
            report.instructions.append(instruction)
        # A us list's items end with «;», «; and» or, the last, «.»; a last item ending otherwise
        # was cut short (a truncated text whose rest reads as a shorter formula: «by striking
        # "number"»). A uk block insertion may end with its quotation, so uk is not checked.
        if last is not None and last.error is None and unclosed is None and self.style == "us":
            if not segment.rstrip().endswith("."):
                last.operations, last.error = [], message(_CUT_SHORT)
        if unclosed is not None:
            reason = message(UNCLOSED_QUOTE)
            if last is not None and last.error is not None:  # the item the mark cut short
                last.operations, last.error = [], reason
                space = " " if text[unclosed - 1 : unclosed].isspace() else ""
                last.text += space + excerpt(text, unclosed)[:80]
            else:
                start = text.rfind("\n", 0, unclosed) + 1
                report.instructions.append(
                    ParsedInstruction(
                        text=excerpt(text, start), error=reason, line=line_of(text, unclosed)
                    )
                )
        return report

    def segments(self, masked: str) -> list[tuple[int, str]]:
        """The items of the text, each with the line it starts on."""
        out: list[tuple[int, str]] = []
        current = ""
        start = 0
        line_no = 1
        for raw in masked.split("\n"):
            line = raw.strip()
            here = line_no
            line_no += 1 + self.unmask(raw).count("\n")
            if not line:
                continue
            if current and current.endswith(("—", ":")) and line.startswith("\ue000"):
                current += "\n" + line
            elif current and not current.endswith(("—", ":")) and not self.ends_item(current):
                current += " " + line
            else:
                if current:
                    out.append((start, current))
                current, start = line, here
        if current:
            out.append((start, current))
        return out

    @staticmethod
    def ends_item(text: str) -> bool:
        if text.endswith(("—", ":")):
            return False
        return bool(re.search(r"(?:[.;]|; and|" + _EQ + r"[.;]?(?: and)?)$", text))

    def op(self, kind: str, address: str, **fields: Any) -> m.Operation:
        return m.Operation(kind, self.act, address, **fields)

    # --- one instruction ------------------------------------------------------------------
    def instruction(self, body: str, context: str) -> list[m.Operation]:
        for pattern, read in _SENTENCES:
            mt = pattern.fullmatch(body)
            ops = read(self, mt) if mt else None
            if ops is not None:
                return ops
        mt = _US_AMENDED.fullmatch(body)
        if mt and self.style == "us":
            context = self.need(self.cite(mt.group(1))) if mt.group(1) else ""
            body = mt.group(2)
            hd = re.match(r"in\s+the\s+heading,\s+", body, re.I)
            if hd:
                context, body = context + m.HEADING_SUFFIX, body[hd.end() :]
        for pattern, read in _WHOLE_UNITS:
            mt = pattern.fullmatch(body)
            ops = read(self, mt) if mt else None
            if ops is not None:
                return ops
        # "In <unit>, …" (uk) / "in <unit>, by …" (us)
        mt = _IN_UNIT.match(body)
        if mt:
            where = mt.group(1)
            rest = body[mt.end() :]
            unit_named = re.match(r"(?:the heading of\s+)?" + UNIT_WORD + r"\s", where, re.I)
            if self.style == "uk" and self.cite(where) is None and not unit_named:
                target = ""  # "In the X Act, at the end insert—"
            else:
                if self.cite(where) is None and not context:
                    raise Unreadable(
                        N_("«{where}» does not say which section it is in"), where=where
                    )
                target = self.relative(where, context)
        else:
            target, rest = context, body
        return self.formula(rest, target)

    def formula(self, rest: str, target: str) -> list[m.Operation]:
        base = target.removesuffix(m.HEADING_SUFFIX)
        for pattern, read in _FORMULAE:
            mt = pattern.fullmatch(rest)
            if mt:
                return read(self, mt, target, base)
        raise Unreadable(NO_FORMULA)

    # --- sentences about whole units ------------------------------------------------------
    def repealed_section(self, mt: re.Match[str]) -> list[m.Operation] | None:
        """(us) "Section 5 of the X Act is repealed"."""
        return [self.op(m.REPEAL_UNIT, self.need(self.cite(mt[1])))]

    def restated_section(self, mt: re.Match[str]) -> list[m.Operation] | None:
        """(us) "Section 5 of the X Act is amended to read as follows: …"."""
        return [self.op(m.RESTATE_UNIT, self.need(self.cite(mt[1])), new=self.block(mt[2]))]

    def substituted_unit(self, mt: re.Match[str]) -> list[m.Operation] | None:
        """(uk) "For section 5 substitute— …"; None when no section or Schedule is cited."""
        cited = self.cite(mt[1])
        return None if cited is None else [self.op(m.RESTATE_UNIT, cited, new=self.block(mt[2]))]

    def omitted_unit(self, mt: re.Match[str]) -> list[m.Operation] | None:
        """(uk) "Omit section 5"; None when no section or Schedule is cited."""
        cited = self.cite(mt[1])
        return None if cited is None else [self.op(m.REPEAL_UNIT, cited)]

    def inserted_unit(self, mt: re.Match[str]) -> list[m.Operation] | None:
        """(uk) "After section 5 insert— …"; None when no section or Schedule is cited."""
        cited = self.cite(mt[2])
        if cited is None:
            return None
        new = self.block(mt[3])
        return [
            self.op(
                m.ADD_UNIT,
                "",
                new=new,
                label=self.new_label(new),
                position=mt[1].lower(),
                anchor=cited,
            )
        ]

    # --- formulae within a unit -----------------------------------------------------------
    # Their named groups: old, new (quoted words), occ (which occurrence), pos (after /
    # before), anchor (quoted words), unit (a unit cited), text (a quoted unit or heading).
    def replace_words(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        old, new = self.words(mt["old"]), self.words(mt["new"])
        occurrence = self.occurrence(mt["occ"])
        return [self.op(m.REPLACE_WORDS, target, old=old, new=new, occurrence=occurrence)]

    def delete_words(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        old, occurrence = self.words(mt["old"]), self.occurrence(mt["occ"])
        return [self.op(m.DELETE_WORDS, target, old=old, new=None, occurrence=occurrence)]

    def replace_final_period(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.REPLACE_WORDS, target, old=".", new=self.words(mt["new"]))]

    def insert_at_end(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.INSERT_WORDS, target, new=self.words(mt["new"]), position="end")]

    def insert_at_words(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [
            self.op(
                m.INSERT_WORDS,
                target,
                new=self.words(mt["new"]),
                anchor=self.words(mt["anchor"]),
                position=mt["pos"].lower(),
                occurrence=self.occurrence(mt["occ"]),
            )
        ]

    def add_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        """A new unit after/before a unit of ``base`` or at its end."""
        new = self.block(mt["text"])
        anchor = self.unit(mt["unit"], base) if mt["pos"] else None
        return [
            self.op(
                m.ADD_UNIT,
                base,
                new=new,
                label=self.new_label(new),
                position=(mt["pos"] or "end").lower(),
                anchor=anchor,
            )
        ]

    def restate_heading(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.RESTATE_UNIT, base + m.HEADING_SUFFIX, new=self.block(mt["text"]))]

    def restate_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.RESTATE_UNIT, self.unit(mt["unit"], base), new=self.block(mt["text"]))]

    def repeal_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.REPEAL_UNIT, self.unit(mt["unit"], base))]

    def renumber(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        old, new = self.labels(mt["old"]), self.labels(mt["new"])
        if len(old) != len(new) or not old:
            raise Unreadable(NO_PAIRS)
        return [self.op(m.RENUMBER_UNITS, base, renumber=tuple(zip(old, new, strict=True)))]


# Passages that are no instruction and none damaged: the bill's frame around its instructions.
_FRAME = re.compile(
    r"\b(?:comes?\s+into\s+force|take\s+effect|may\s+be\s+cited|be\s+it\s+enacted)\b", re.I
)
_STARTS_LIKE = re.compile(
    r"(?:in|for|omit|after|before|at\s+the\s+end|by|section\s+\S+\s+of)\b", re.I
)
_VERB_WORDS = ("substitute", "omit", "insert", "striking", "inserting", "adding", "redesignating",
               "renumber", "repealed")  # fmt: skip


def looks_like_instruction(body: str, marked: bool, amending: bool) -> bool:
    """Whether a passage with no verb this reader knows is an instruction it cannot read (a
    misspelt verb, a cut formula) rather than the frame of the bill around them."""
    if _FRAME.search(body):
        return False
    if (marked and amending) or _STARTS_LIKE.match(body.strip()):
        return True
    return any(near_word(w.lower(), _VERB_WORDS) for w in re.findall(r"[A-Za-z]{3,}", body))


def unclosed_quote(text: str) -> int | None:
    """Where a quotation opens that never closes: straight quotes alternate (the last one of
    an odd count), curly ones “…” pair when the text has no straight ones."""
    if '"' in text:
        return text.rfind('"') if text.count('"') % 2 else None
    depth, opened = 0, -1
    for i, ch in enumerate(text):
        if ch == "“":
            if depth == 0:
                opened = i
            depth += 1
        elif ch == "”" and depth:
            depth -= 1
    return opened if depth else None


_Sentence = Callable[[EnParser, re.Match[str]], list[m.Operation] | None]
_Formula = Callable[[EnParser, re.Match[str], str, str], list[m.Operation]]


def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, _FLAGS)


# Whole sentences (us), read before "… is amended" is taken apart.
_SENTENCES: list[tuple[re.Pattern[str], _Sentence]] = [
    (_compiled(r"(section\s+\S+?)\s+of\s+.+?\s+is\s+repealed"), EnParser.repealed_section),
    (
        _compiled(
            r"(section\s+\S+?)\s+of\s+.+?\s+is\s+amended\s+to\s+read\s+as\s+follows:\s*" + _Q
        ),
        EnParser.restated_section,
    ),
]
# Sentences about whole units (uk); a reading that cites no unit falls through.
_WHOLE_UNITS: list[tuple[re.Pattern[str], _Sentence]] = [
    (_compiled(r"for\s+(.+?)\s+substitute\s*(?:—|--)\s*" + _Q), EnParser.substituted_unit),
    (_compiled(r"omit\s+(.+)"), EnParser.omitted_unit),
    (_compiled(r"(after|before)\s+(.+?)\s+insert\s*(?:—|--)\s*" + _Q), EnParser.inserted_unit),
]
# Formulae within a unit, uk then us, in the order they are tried.
_FORMULAE: list[tuple[re.Pattern[str], _Formula]] = [
    (_compiled(rf"for\s+{_OLD}{_OCC_UK}\s+substitute\s+{_NEW}"), EnParser.replace_words),
    (_compiled(rf"omit\s+{_OLD}{_OCC_UK}"), EnParser.delete_words),
    (_compiled(rf"at\s+the\s+end\s+insert\s+{_NEW}"), EnParser.insert_at_end),
    (
        _compiled(rf"(?P<pos>after|before)\s+{_ANCHOR}{_OCC_UK}\s+insert\s+{_NEW}"),
        EnParser.insert_at_words,
    ),
    (
        _compiled(
            rf"(?:(?P<pos>after|before)\s+(?P<unit>.+?)|at\s+the\s+end)\s+insert{_DASH}{_TEXT}"
        ),
        EnParser.add_unit,
    ),
    (_compiled(rf"for\s+the\s+heading\s+substitute\s+{_TEXT}"), EnParser.restate_heading),
    (_compiled(rf"for\s+(?P<unit>.+?)\s+substitute{_DASH}{_TEXT}"), EnParser.restate_unit),
    (_compiled(rf"omit\s+(?P<unit>{UNIT_WORD}\s+.+)"), EnParser.repeal_unit),
    (
        _compiled(
            rf"(?:renumber|by\s+redesignating)\s+{UNIT_WORD}\s+(?P<old>.+?)\s+as\s+{UNIT_WORD}"
            r"\s+(?P<new>.+?)(?:,\s*respectively)?"
        ),
        EnParser.renumber,
    ),
    (
        _compiled(rf"by\s+striking\s+the\s+period\s+at\s+the\s+end\s+and\s+inserting\s+{_NEW}"),
        EnParser.replace_final_period,
    ),
    (
        _compiled(rf"by\s+striking\s+{_OLD}{_OCC_US}\s+and\s+inserting\s+{_NEW}"),
        EnParser.replace_words,
    ),
    (_compiled(rf"by\s+striking\s+{_OLD}{_OCC_US}"), EnParser.delete_words),
    (_compiled(rf"by\s+inserting\s+{_NEW}\s+at\s+the\s+end"), EnParser.insert_at_end),
    (
        _compiled(rf"by\s+inserting\s+{_NEW}\s+(?P<pos>after|before)\s+{_ANCHOR}{_OCC_US}"),
        EnParser.insert_at_words,
    ),
    (
        _compiled(
            r"by\s+(?:inserting\s+(?P<pos>after|before)\s+(?P<unit>.+?)|adding\s+at\s+the\s+end)"
            rf"\s+the\s+following:\s*{_TEXT}"
        ),
        EnParser.add_unit,
    ),
    (
        _compiled(rf"by\s+amending\s+the\s+heading\s+to\s+read\s+as\s+follows:\s*{_TEXT}"),
        EnParser.restate_heading,
    ),
    (
        _compiled(rf"by\s+amending\s+(?P<unit>.+?)\s+to\s+read\s+as\s+follows:\s*{_TEXT}"),
        EnParser.restate_unit,
    ),
    (_compiled(rf"by\s+striking\s+(?P<unit>{UNIT_WORD}\s+.+)"), EnParser.repeal_unit),
]
