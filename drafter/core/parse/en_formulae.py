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
    UNREAD_HEADER,
    ParsedInstruction,
    ParseReport,
    Unreadable,
)
from drafter.messages import QT_TRANSLATE_NOOP

_GROUP_UNREAD = QT_TRANSLATE_NOOP(
    "Message", "the unit its group names («in …—») was not understood"
)
_NO_SECTION = QT_TRANSLATE_NOOP("Message", "«{where}» does not say which section it is in")

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
_OCC_UK = (
    r"(,\s+in\s+(?:each|the\s+\w+)\s+place\s+it\s+occurs,?"
    r"|\s+\(in\s+(?:both|each|all)\s+places\))?"
)
_OCC_US = r"(\s+(?:each|the\s+\w+)\s+place\s+(?:it|such term)\s+appears)?"


class EnParser(EnReader):
    """Reads uk or us amending text into instructions for one act."""

    # --- top level ------------------------------------------------------------------------
    def parse(self, text: str) -> ParseReport:
        masked = self.mask(text)
        report = ParseReport()
        section = ""
        level1: str | None = None
        for segment in self.segments(masked):
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
                level1 = None
                continue
            follows = _FOLLOWS.fullmatch(body)
            if follows or _AS_FOLLOWS.fullmatch(body):
                section = (self.cite(follows.group(1)) or "") if follows else ""
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
                continue
            context = level1 if (lettered and level1 is not None) else section
            instruction = ParsedInstruction(text=self.unmask(body))
            try:
                if context == UNREAD_HEADER:
                    raise Unreadable(_GROUP_UNREAD)
                instruction.operations = self.instruction(body, context)
            except Unreadable as exc:
                instruction.error = exc.reason
            report.instructions.append(instruction)
        return report

    def segments(self, masked: str) -> list[str]:
        out: list[str] = []
        current = ""
        for raw in masked.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if current and current.endswith(("—", ":")) and line.startswith("\ue000"):
                current += "\n" + line
            elif current and not current.endswith(("—", ":")) and not self.ends_item(current):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
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
                    raise Unreadable(_NO_SECTION, where=where)
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
    def word_op(
        self, kind: str, target: str, mt: re.Match[str], *, new: int | None = None
    ) -> m.Operation:
        """A word operation read from a formula: group 1 holds the old words, group 2 the
        occurrence clause and group ``new`` (when given) the new words."""
        return self.op(
            kind,
            target,
            old=self.words(mt.group(1)),
            new=self.words(mt.group(new)) if new else None,
            occurrence=self.occurrence(mt.group(2)),
        )

    def replace_words(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.word_op(m.REPLACE_WORDS, target, mt, new=3)]

    def delete_words(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.word_op(m.DELETE_WORDS, target, mt)]

    def insert_at_end(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.INSERT_WORDS, target, new=self.words(mt[1]), position="end")]

    def insert_at_words_uk(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        """after "a" insert "b": groups position, anchor, occurrence, new."""
        return [
            self.op(
                m.INSERT_WORDS,
                target,
                new=self.words(mt[4]),
                anchor=self.words(mt[2]),
                position=mt[1].lower(),
                occurrence=self.occurrence(mt[3]),
            )
        ]

    def insert_at_words_us(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        """inserting "b" after "a": groups new, position, anchor, occurrence."""
        return [
            self.op(
                m.INSERT_WORDS,
                target,
                new=self.words(mt[1]),
                anchor=self.words(mt[3]),
                position=mt[2].lower(),
                occurrence=self.occurrence(mt[4]),
            )
        ]

    def add_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        """A new unit after/before a unit of ``base`` or at its end: groups position, anchor
        unit, text."""
        new = self.block(mt[3])
        anchor = self.unit(mt[2], base) if mt[1] else None
        return [
            self.op(
                m.ADD_UNIT,
                base,
                new=new,
                label=self.new_label(new),
                position=(mt[1] or "end").lower(),
                anchor=anchor,
            )
        ]

    def restate_heading(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.RESTATE_UNIT, base + m.HEADING_SUFFIX, new=self.block(mt[1]))]

    def restate_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.RESTATE_UNIT, self.unit(mt[1], base), new=self.block(mt[2]))]

    def repeal_unit(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.REPEAL_UNIT, self.unit(mt[1], base))]

    def renumber(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        old, new = self.labels(mt[1]), self.labels(mt[2])
        if len(old) != len(new) or not old:
            raise Unreadable(NO_PAIRS)
        return [self.op(m.RENUMBER_UNITS, base, renumber=tuple(zip(old, new, strict=True)))]

    def replace_final_period(self, mt: re.Match[str], target: str, base: str) -> list[m.Operation]:
        return [self.op(m.REPLACE_WORDS, target, old=".", new=self.words(mt[1]))]


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
    (_compiled(r"for\s+" + _Q + _OCC_UK + r"\s+substitute\s+" + _Q), EnParser.replace_words),
    (_compiled(r"omit\s+" + _Q + _OCC_UK), EnParser.delete_words),
    (_compiled(r"at\s+the\s+end\s+insert\s+" + _Q), EnParser.insert_at_end),
    (
        _compiled(r"(after|before)\s+" + _Q + _OCC_UK + r"\s+insert\s+" + _Q),
        EnParser.insert_at_words_uk,
    ),
    (
        _compiled(r"(?:(after|before)\s+(.+?)|at\s+the\s+end)\s+insert\s*(?:—|--)\s*" + _Q),
        EnParser.add_unit,
    ),
    (_compiled(r"for\s+the\s+heading\s+substitute\s+" + _Q), EnParser.restate_heading),
    (_compiled(r"for\s+(.+?)\s+substitute\s*(?:—|--)\s*" + _Q), EnParser.restate_unit),
    (_compiled(r"omit\s+(" + UNIT_WORD + r"\s+.+)"), EnParser.repeal_unit),
    (
        _compiled(
            r"(?:renumber|by\s+redesignating)\s+"
            + UNIT_WORD
            + r"\s+(.+?)\s+as\s+"
            + UNIT_WORD
            + r"\s+(.+?)(?:,\s*respectively)?"
        ),
        EnParser.renumber,
    ),
    (
        _compiled(r"by\s+striking\s+the\s+period\s+at\s+the\s+end\s+and\s+inserting\s+" + _Q),
        EnParser.replace_final_period,
    ),
    (
        _compiled(r"by\s+striking\s+" + _Q + _OCC_US + r"\s+and\s+inserting\s+" + _Q),
        EnParser.replace_words,
    ),
    (_compiled(r"by\s+striking\s+" + _Q + _OCC_US), EnParser.delete_words),
    (_compiled(r"by\s+inserting\s+" + _Q + r"\s+at\s+the\s+end"), EnParser.insert_at_end),
    (
        _compiled(r"by\s+inserting\s+" + _Q + r"\s+(after|before)\s+" + _Q + _OCC_US),
        EnParser.insert_at_words_us,
    ),
    (
        _compiled(
            r"by\s+(?:inserting\s+(after|before)\s+(.+?)|adding\s+at\s+the\s+end)\s+the\s+"
            r"following:\s*" + _Q
        ),
        EnParser.add_unit,
    ),
    (
        _compiled(r"by\s+amending\s+the\s+heading\s+to\s+read\s+as\s+follows:\s*" + _Q),
        EnParser.restate_heading,
    ),
    (
        _compiled(r"by\s+amending\s+(.+?)\s+to\s+read\s+as\s+follows:\s*" + _Q),
        EnParser.restate_unit,
    ),
    (_compiled(r"by\s+striking\s+(" + UNIT_WORD + r"\s+.+)"), EnParser.repeal_unit),
]
