"""Russian amending formulae («слова «…» заменить словами «…»», «дополнить частью 2.1 …»)
read back into operations: items of the amending law, then one formula table."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from drafter.core import model as m
from drafter.core.parse.report import (
    NO_FORMULA,
    NO_PAIRS,
    STRAY_CLOSING_QUOTE,
    UNCLOSED_QUOTE,
    UNREAD_HEADER,
    ParsedInstruction,
    ParseReport,
    Unreadable,
    excerpt,
    line_of,
    near_word,
)
from drafter.core.parse.ru_citations import UNIT_RE, Ref, RuReader
from drafter.core.parse.typography import (
    PAREN,
    QUOTE,
    mask,
    normalize_typography,
    unbalanced_quote,
)
from drafter.core.profiles import Profile
from drafter.core.russian import ordinal_value
from drafter.core.styles.base import implied_placement
from drafter.messages import N_, message

_GROUP_UNREAD = N_("the unit its group names («в …:») was not understood")
_SUSPENSION = N_("a suspension («приостановить действие») is not a textual amendment")

_VERBS = re.compile(
    r"(?<![а-яё])(?:заменить|исключить|дополнить|изложить|признать\s+утративш\w*\s+силу|"
    r"считать\s+(?:соответственно\s+)?(?:стать|част|пункт|подпункт|абзац|глав|раздел)\w*|"
    r"приостановить)(?![а-яё])",
    re.I,
)
_FORMULA_START = re.compile(
    r"(?:по\s+(?:всему\s+)?тексту|в\s+конце|слова|слово|цифры|цифру|после|перед|дополнить|изложить|"
    r"признать|исключить|точку|запятую|двоеточие|считать|предложени\w+)(?![а-яё])",
    re.I,
)
# Passages that are no instruction and none damaged: the law's frame around its instructions.
_FRAME = re.compile(r"(?<![а-яё])(?:вступа\w+\s+в\s+силу|применя\w+\s+к\s+)", re.I)
# The verbs of the formulae, to tell a misspelt one («исключть») from other words.
_VERB_WORDS = ("заменить", "исключить", "дополнить", "изложить", "признать", "утратившим",
               "утратившей", "утратившими", "утратившую")  # fmt: skip
_LOOKS_LIKE_FORMULA = re.compile(
    r"(?<![а-яё])(?:слова|слово|цифры|цифру|словами|словом|цифрами|цифрой|следующе\w+\s+"
    r"(?:содержания|редакции))(?![а-яё])",
    re.I,
)
_HEAD = re.compile(r"\s*внести\s+в\s+(.*?)\s*следующ\w+\s+изменени\w+\s*:?\s*$", re.I | re.S)
_ARTICLE_LINE = r"(?m)^[ \t]*Статья\s+\d+(?:\.\d+)?\.?[ \t]*$"

# --- the pieces of the formulae ----------------------------------------------------------------
_Q = r"(\ue000\d+\ue001)"
_WORDS_ACC = r"(?:слова|слово|цифры|цифру)"
_WORDS_INS = r"(?:словами|словом|цифрами|цифрой|знаком)"
_PUNCT_ACC = {"точку с запятой": ";", "точку": ".", "запятую": ",", "двоеточие": ":"}
_PUNCT_INS = {"точкой с запятой": ";", "точкой": ".", "запятой": ",", "двоеточием": ":"}
_PUNCT_NAMES = {**_PUNCT_ACC, **_PUNCT_INS}
_OCC = (
    r"(?:\s+(?:в\s+каждом\s+случае|(?:во?\s+)(?P<occ>[а-яё]+)\s+случае"
    r"|в\s+соответствующ\w+\s+(?:числе\s+и\s+)?падеж\w*))*"
)
_EVERY = r"(?P<all>по\s+(?:всему\s+)?тексту\s+)?"
_CASE_TAIL = r"(?:\s+в\s+соответствующ\w+\s+(?:числе\s+и\s+)?падеж\w*)?"
_OLD = rf"{_WORDS_ACC}\s+{_Q}|" + "|".join(_PUNCT_ACC)
_NEW = rf"{_WORDS_INS}\s+{_Q}|" + "|".join(_PUNCT_INS)
_SENTENCE = r"предложени\w+\s+следующего\s+содержания:?\s*"


class RuParser(RuReader):
    """Reads the text of a Russian amending law into instructions for one act."""

    def __init__(self, act_slug: str, profile: Profile) -> None:
        super().__init__(profile)
        self.act = act_slug
        self.block_number = 0
        self.group_number = 0
        self.last_add: m.Operation | None = None
        self.added_keys: dict[int, str] = {}
        self.masked = ""  # the text being read, quotations and parentheses masked
        self.line = 1  # the line of the text read up to ``read_to`` of ``masked``
        self.read_to = 0
        self.tail: ParsedInstruction | None = None  # the last passage read, if an instruction

    # --- top level ------------------------------------------------------------------------
    def parse(self, text: str) -> ParseReport:
        """Every instruction of ``text``; a quotation that never closes (or a closing mark
        that closes nothing) fails the item it is in, and the text after it is not read."""
        normal = normalize_typography(text)
        problem = unbalanced_quote(normal)
        readable = normal if problem is None else normal[: problem[0]]
        masked, self.quotes, self.parens = mask(readable)
        report = ParseReport()
        self.masked, self.line, self.read_to, self.tail = masked, 1, 0, None
        # the blocks between the «Статья N» lines: (where each starts, where it ends)
        lines = list(re.finditer(_ARTICLE_LINE, masked))
        starts = [0] + [mt.end() for mt in lines]
        ends = [mt.start() for mt in lines] + [len(masked)]
        for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
            self.block_number = number
            self.last_add = None
            self.parse_block(masked[start:end], start, report)
        if problem is not None:
            position, unclosed = problem
            reason = message(UNCLOSED_QUOTE if unclosed else STRAY_CLOSING_QUOTE)
            tail = self.tail
            if tail is not None and tail.error is not None:  # the item the mark cut short
                tail.operations, tail.error = [], reason
                space = " " if normal[position - 1 : position].isspace() else ""
                tail.text = tail.text + space + excerpt(normal, position)[:80]
            else:
                report.instructions.append(
                    ParsedInstruction(
                        text=excerpt(normal, normal.rfind("\n", 0, position) + 1),
                        error=reason,
                        block=self.block_number,
                        line=line_of(normal, position),
                    )
                )
        return report

    def line_at(self, position: int) -> int:
        """The line of the normalised text that masked ``position`` (read in order) is on."""
        if position > self.read_to:
            self.line += self.unmask(self.masked[self.read_to : position]).count("\n")
            self.read_to = position
        return self.line

    def parse_block(self, block: str, offset: int, report: ParseReport) -> None:
        base = ""
        level1: str | None = None
        amended = False  # «Внести в … следующие изменения:» was read
        cursor = 0
        self.tail = None
        for segment in self.segments(block):
            at = block.find(segment, cursor)
            cursor = at + len(segment)
            line = self.line_at(offset + at)
            marker, body = self.strip_marker(segment)
            lettered = bool(marker) and not marker[0].isdigit()
            if marker and not lettered:
                level1 = None
                self.group_number += 1
            elif not marker:
                self.group_number += 1
            context = level1 if (lettered and level1 is not None) else base
            head = _HEAD.match(body)
            self.tail = None
            if head:
                refs, _ = self.read_chain(head.group(1))
                base = self.address_of(refs, "") if refs else ""
                level1, amended = None, True
                continue
            if not _VERBS.search(body):
                header = body.strip()
                if header.endswith(":") and not lettered and not _LOOKS_LIKE_FORMULA.search(header):
                    level1 = self.group_header(header, base)
                    continue
                amending = amended or level1 not in (None, UNREAD_HEADER)
                if not self.looks_like_instruction(body, bool(marker), amending):
                    continue
            instruction = ParsedInstruction(
                text=self.unmask(segment),
                block=self.block_number,
                group=self.group_number,
                line=line,
            )
            self.tail = instruction
            try:
                if context == UNREAD_HEADER:
                    raise Unreadable(_GROUP_UNREAD)
                self.added_keys = {}
                instruction.operations = self.instruction(body, context)
                self.last_add = instruction.operations[-1]
                instruction.added_keys = {
                    i: self.added_keys[id(op)]
                    for i, op in enumerate(instruction.operations)
                    if id(op) in self.added_keys
                }
            except Unreadable as exc:
                instruction.error = exc.reason
            report.instructions.append(instruction)

    @staticmethod
    def looks_like_instruction(body: str, marked: bool, amending: bool) -> bool:
        """Whether a passage with no verb this reader knows is an instruction it cannot read
        (a misspelt verb, a cut formula) rather than the frame of the law around them."""
        text = body.strip()
        if _FRAME.search(text):
            return False
        if marked and amending:
            return True
        if _LOOKS_LIKE_FORMULA.search(text) or any(
            near_word(word.lower(), _VERB_WORDS) for word in re.findall(r"[А-Яа-яЁё]{5,}", text)
        ):
            return True
        prefix = re.match(r"во?\s+", text, re.I)
        return bool(UNIT_RE.match(text[prefix.end() :] if prefix else text))

    def group_header(self, header: str, base: str) -> str:
        """The unit a header «в статье 5:» names for the lettered items under it."""
        text = re.sub(r"^во?\s+", "", header[:-1].strip(), flags=re.I)
        try:
            refs, rest = self.read_chain(text)
            if refs and not rest.strip():
                return self.address_of(refs, base)
        except Unreadable:
            pass
        return UNREAD_HEADER

    @staticmethod
    def segments(block: str) -> list[str]:
        """Split at «;», «:» and «.» that end an item (followed by a line end, an item marker
        or the end, not by quoted text), never inside quotations (they are masked)."""
        parts = re.split(
            r"(?<=[;:.])(?!\s*\ue000)(?=\s*(?:\n|$|(?:\d+(?:\.\d+)?|[а-яё](?:\.\d+)?)\)\s))",
            block,
            flags=re.I,
        )
        return [s for s in (p.strip() for p in parts) if s]

    @staticmethod
    def strip_marker(segment: str) -> tuple[str, str]:
        match = re.match(
            r"(\d+(?:\.\d+)?|[а-яё](?:\.\d+)?)\)\s+|(\d+)\.\s+(?=[А-ЯЁа-яё])", segment, re.I
        )
        if not match:
            return "", segment
        return match.group(1) or match.group(2), segment[match.end() :]

    # --- one instruction ------------------------------------------------------------------
    def instruction(self, body: str, context: str) -> list[m.Operation]:
        body = re.sub(r"[;.]\s*$", "", body.strip()).strip()
        prefix_in = re.match(r"во?\s+(?!конце\b)", body, re.I)
        text = body[prefix_in.end() :] if prefix_in else body
        if re.match(r"приостановить", text, re.I):
            raise Unreadable(_SUSPENSION)
        refs, rest = self.read_chain(text)
        rest = self.skip_act_citation(rest)
        ops: list[m.Operation] = []
        for clause in self.split_clauses(rest):
            ops.extend(self.formula(clause.strip(), refs, context))
        if not ops:
            raise Unreadable(NO_FORMULA)
        return ops

    def skip_act_citation(self, rest: str) -> str:
        rest = rest.strip()
        if not rest or _FORMULA_START.match(rest) or UNIT_RE.match(rest):
            return rest
        paren = PAREN.search(rest)
        found = _FORMULA_START.search(rest)
        if paren and (not found or paren.start() < found.start()):
            return rest[paren.end() :].strip()
        if found:
            return rest[found.start() :]
        return rest

    @staticmethod
    def split_clauses(rest: str) -> list[str]:
        parts = re.split(
            r",\s+(?=(?:по\s+(?:всему\s+)?тексту\s+)?(?:слова|слово|цифры|цифру|после|перед"
            r"|точку|запятую|двоеточие|дополнить)\s)",
            rest,
            flags=re.I,
        )
        return [p for p in parts if p.strip()]

    def op(self, kind: str, address: str, **fields: Any) -> m.Operation:
        return m.Operation(kind, self.act, address, **fields)

    def formula(self, rest: str, refs: list[Ref], context: str) -> list[m.Operation]:
        rest = " ".join(rest.split())
        for pattern, read in _FORMULAE:
            mt = pattern.fullmatch(rest)
            if mt:
                return read(self, mt, refs, context)
        if re.search(r"приостановить", rest, re.I):
            raise Unreadable(_SUSPENSION)
        raise Unreadable(NO_FORMULA)

    # --- what the formulae share ----------------------------------------------------------
    @staticmethod
    def occurrence(mt: re.Match[str]) -> str | int | None:
        found = mt.groupdict()
        if found.get("all") or re.search(r"в\s+каждом\s+случае", mt.group(0), re.I):
            return "all"
        word = found.get("occ")
        if word:
            value = ordinal_value(word)
            if value is None:
                raise Unreadable(N_("«{word} случае» is not an ordinal"), word=word)
            return value
        return None

    def target(self, refs: list[Ref], context: str) -> str:
        return self.address_of(refs, context) if refs else context

    def targets(self, refs: list[Ref], context: str) -> list[str]:
        """«в статьях 5, 7 и 9 слова …»: the same change in each unit named."""
        if refs and len(refs[0].labels) > 1:
            return self.each_address(refs, context)
        return [self.target(refs, context)]

    def words(self, text: str) -> str:
        """The quoted words of «слова «…»», or the sign a punctuation mark's name stands for."""
        if QUOTE.search(text):
            return self.quoted(text)
        for name, sign in _PUNCT_NAMES.items():
            if text.lower().startswith(name):
                return sign
        raise Unreadable(N_("no quoted words"))

    # --- the formulae ---------------------------------------------------------------------
    def replace_words(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        return [
            self.op(
                m.REPLACE_WORDS,
                t,
                old=self.words(mt["old"]),
                new=self.words(mt["new"]),
                occurrence=self.occurrence(mt),
            )
            for t in self.targets(refs, context)
        ]

    def delete_words(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        """Several at once too: «слово «A» и слово «B» исключить»."""
        occurrence = self.occurrence(mt)
        chunks = [c.group(0) for c in re.finditer(f"(?:{_OLD})", mt["old"], re.I)]
        return [
            self.op(m.DELETE_WORDS, t, old=self.words(c), occurrence=occurrence)
            for t in self.targets(refs, context)
            for c in chunks
        ]

    def insert_at_words(
        self, mt: re.Match[str], refs: list[Ref], context: str
    ) -> list[m.Operation]:
        new = self.quoted(mt["new"] or mt["sent"])
        return [
            self.op(
                m.INSERT_WORDS,
                t,
                new=new,
                anchor=self.quoted(mt["anchor"]),
                position="after" if mt["pos"].lower() == "после" else "before",
                occurrence=self.occurrence(mt),
            )
            for t in self.targets(refs, context)
        ]

    def insert_at_end(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        new = self.quoted(mt["new"] or mt["sent"])
        return [
            self.op(m.INSERT_WORDS, t, new=new, position="end") for t in self.targets(refs, context)
        ]

    def restate(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        if not refs and not context:
            raise Unreadable(N_("no unit named to restate"))
        return [self.op(m.RESTATE_UNIT, self.target(refs, context), new=self.block(mt[1]))]

    def repeal(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        if not refs:
            raise Unreadable(N_("no unit named to repeal"))
        return [self.op(m.REPEAL_UNIT, a) for a in self.each_address(refs, context)]

    def add_units(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        parent = self.target(refs, context)
        what_refs, tail = self.read_chain_plain(mt["what"])
        if len(what_refs) != 1 or tail.strip():
            raise Unreadable(N_("the unit to add is not named as «<unit> <number>»"))
        kind, labels = what_refs[0].kind, what_refs[0].labels
        position, anchor = "end", None
        if mt["pos"]:
            anchor_refs, tail = self.read_chain(mt["anchor"])
            if not anchor_refs or tail.strip():
                raise Unreadable(N_("the unit after which to add is not understood"))
            anchor = self.address_of(anchor_refs, parent)
            position = "after" if mt["pos"].lower() == "после" else "before"
        explicit = bool(mt["pos"] or mt["end"])
        text = self.block(list(QUOTE.finditer(mt.group(0)))[-1].group(0))
        key = self.profile.key(kind)
        if not labels:
            op = self.new_unit(parent, "", position, anchor, text)
            self.added_keys[id(op)] = key
            self.last_add = op
            return [op]
        pieces = split_units(text, labels) if len(labels) > 1 else [text]
        ops: list[m.Operation] = []
        for label, piece in zip(labels, pieces, strict=False):
            if not explicit or ops:
                position, anchor = implied_placement(parent, key, label, self.last_add)
            op = self.new_unit(parent, label, position, anchor, piece)
            ops.append(op)
            self.added_keys[id(op)] = key
            self.last_add = op
        return ops

    def new_unit(
        self, parent: str, label: str | None, position: str, anchor: str | None, text: str
    ) -> m.Operation:
        if position != "end" and anchor is None:
            position = "end"
        return self.op(m.ADD_UNIT, parent, new=text, label=label, position=position, anchor=anchor)

    def renumber(self, mt: re.Match[str], refs: list[Ref], context: str) -> list[m.Operation]:
        if mt["old"] is None:
            # «пункты «в»–«ж» считать …» with no parent named: the chain read them
            if not refs:
                raise Unreadable(N_("the units to renumber are not named"))
            old_refs, refs, tail = [refs[0]], refs[1:], ""
        else:
            old_refs, tail = self.read_chain_plain(mt["old"])
        new_refs, tail2 = self.read_chain_plain(mt["new"])
        if not old_refs or not new_refs or tail.strip() or tail2.strip():
            raise Unreadable(N_("the units to renumber are not understood"))
        old, new = old_refs[0].labels, new_refs[0].labels
        if len(old) != len(new) or not old:
            raise Unreadable(NO_PAIRS)
        renumber = tuple(zip(old, new, strict=False))
        return [self.op(m.RENUMBER_UNITS, self.target(refs, context), renumber=renumber)]


_Read = Callable[[RuParser, re.Match[str], list[Ref], str], list[m.Operation]]


def _formula(pattern: str, read: _Read) -> tuple[re.Pattern[str], _Read]:
    return re.compile(pattern, re.I), read


# The formulae in the order they are tried: each pattern must match the whole clause.
_FORMULAE: list[tuple[re.Pattern[str], _Read]] = [
    _formula(
        rf"{_EVERY}(?P<old>{_OLD}){_OCC}\s+заменить\s+(?P<new>{_NEW}){_CASE_TAIL}",
        RuParser.replace_words,
    ),
    _formula(
        rf"{_EVERY}(?P<old>(?:{_OLD})(?:\s*(?:,|и)\s+(?:{_OLD}))*){_OCC}\s+исключить",
        RuParser.delete_words,
    ),
    _formula(
        r"(?P<pos>после|перед)\s+(?:слов|слова|цифр|цифры|словами|словом|цифрами|цифрой)\s+"
        rf"(?P<anchor>{_Q}){_OCC}\s+дополнить\s+"
        rf"(?:(?P<new>{_WORDS_INS}\s+{_Q})|{_SENTENCE}(?P<sent>{_Q}))",
        RuParser.insert_at_words,
    ),
    _formula(
        rf"дополнить\s+(?:{_WORDS_INS}\s+(?P<new>{_Q})|{_SENTENCE}(?P<sent>{_Q}))",
        RuParser.insert_at_end,
    ),
    _formula(rf"изложить\s+в\s+следующей\s+редакции:?\s*{_Q}", RuParser.restate),
    _formula(r"признать\s+утративш\w+\s+силу", RuParser.repeal),
    _formula(
        r"(?:(?P<pos>после|перед)\s+(?P<anchor>.+?)\s+|(?P<end>в\s+конце)\s+)?"
        rf"дополнить\s+(?P<what>.+?)\s+следующего\s+содержания:?\s*{_Q}",
        RuParser.add_units,
    ),
    _formula(
        r"(?:(?P<old>.+?)\s+)?считать\s+(?P<resp>соответственно\s+)?(?P<new>.+)",
        RuParser.renumber,
    ),
]


def split_units(text: str, labels: list[str]) -> list[str]:
    """Split the quoted text of several new units at the lines starting with their labels."""
    lines = text.split("\n")
    pieces: list[list[str]] = []
    want = 0
    for line in lines:
        if want < len(labels):
            label = re.escape(labels[want])
            flat = re.escape(labels[want].replace(".", ""))
            if re.match(rf"(?:Статья\s+)?(?:{label}|{flat})[.)]?(?:\s|$)", line, re.I):
                pieces.append([])
                want += 1
        if pieces:
            pieces[-1].append(line)
    if len(pieces) != len(labels):
        raise Unreadable(N_("the text does not hold the units {labels}"), labels=", ".join(labels))
    return ["\n".join(p).strip("\n") for p in pieces]
