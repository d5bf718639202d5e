"""Apply amending operations to an act: the consolidated text, all or nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import repealed_unit
from drafter.core.profiles import Profile, get_profile
from drafter.core.worddiff import Tokens, tokenize
from drafter.errors import DrafterError, EngineError
from drafter.messages import N_, Message, message

_THE_ACT = N_("the act")
_NO_UNIT = N_("the act has no unit {address}.")

# Punctuation that follows a word without a space (and so takes no space before it).
_TRAILING_PUNCT = ",.;:!?)]»…"
_OPENING_PUNCT = "([«„"
# The mark that closes a unit's text: words added at its end go before it (§1.7).
CLOSING_MARKS = ".;:,"
# A whole sentence (or several) added at the end follows the closing mark instead.
_SENTENCE = re.compile(r"[A-ZА-ЯЁ].*\s.*[.!?][»”\"]?", re.S)


def is_sentence(words: str) -> bool:
    """Are ``words`` one or more whole sentences (a capital first, a full stop last)?"""
    return _SENTENCE.fullmatch(words.strip()) is not None


_WORD_OPS = (m.REPLACE_WORDS, m.INSERT_WORDS, m.DELETE_WORDS)


# --- the whole text of a unit -------------------------------------------------------------
@dataclass(frozen=True)
class Segment:
    """One paragraph of a unit's whole text: ``field`` (heading, text or closing) of ``unit``."""

    unit: m.Unit
    field: str

    @property
    def value(self) -> str:
        return getattr(self.unit, self.field)


def segments(unit: m.Unit, heading: bool = False) -> list[Segment]:
    """The whole text of ``unit`` as word operations read it (see model.Operation).

    Its heading alone, or the lead-in, the children's texts and the closing, in document order
    (children's headings excluded).
    """
    if heading:
        return [Segment(unit, "heading")]
    out: list[Segment] = []

    def visit(u: m.Unit) -> None:
        out.append(Segment(u, "text"))
        for child in u.children:
            visit(child)
        out.append(Segment(u, "closing"))

    visit(unit)
    return out


def find(tokens: list[Tokens], needle: str | tuple[str, ...]) -> list[tuple[int, int, int]]:
    """Where the words ``needle`` occur (whole tokens, under normalisation), in order:
    (segment index, first token, end token)."""
    keys = tokenize(needle).keys if isinstance(needle, str) else needle
    if not keys:
        return []
    first, size = keys[0], len(keys)
    hits: list[tuple[int, int, int]] = []
    for si, toks in enumerate(tokens):
        seq = toks.keys
        start = 0
        while True:
            try:
                i = seq.index(first, start)
            except ValueError:
                break
            if seq[i : i + size] == keys:
                hits.append((si, i, i + size))
                start = i + size
            else:
                start = i + 1
    return hits


def last_text_segment(tokens: list[Tokens]) -> int | None:
    """Index of the last segment with any words: where "end" of the unit's text is."""
    for si in range(len(tokens) - 1, -1, -1):
        if tokens[si].keys:
            return si
    return None


# --- applying --------------------------------------------------------------------------------
@dataclass
class _Edit:
    unit: m.Unit
    field: str
    start: int
    end: int
    text: str
    mode: str  # replace | delete | after | before | end
    order: int


# A unit to add: (instruction number, operation, its siblings, anchor, new unit, position).
_Add = tuple[int, m.Operation, list[m.Unit], m.Unit | None, m.Unit, str]


def _failed(n: int, op: m.Operation, reason: str | Message, /, **args: object) -> EngineError:
    """Instruction ``n`` cannot be applied, for ``reason`` (a message id and its arguments)."""
    where: str | Message = op.address or message(N_("the act (top level)"))
    why = reason if isinstance(reason, Message) else Message(reason, args)
    return EngineError(
        N_("Instruction {n} ({operation} at {where}) cannot be applied: {reason}"),
        n=n,
        operation=op.op,
        where=where,
        reason=why,
    )


def apply(act: m.Act, operations: list[m.Operation]) -> m.Act:
    """The consolidated act: ``operations`` applied to a copy of ``act`` (which is untouched).

    Every instruction is read against the current text (current numbering, original words), as
    an amending law is; an instruction that cannot be applied raises EngineError naming it and
    the unit, and nothing is applied.
    """
    return _apply(act, operations)


def _apply(act: m.Act, operations: list[m.Operation], readdress: bool = True) -> m.Act:
    """:func:`apply`; with ``readdress`` False the units keep the addresses they carry (the
    planner probes a single unit that way, outside its act)."""
    result = act.copy()
    if readdress:
        assign_addresses(result)
    profile = get_profile(result.profile)
    index: dict[str, m.Unit] = {}
    holder: dict[int, list[m.Unit]] = {}  # id(unit) -> the list that holds it
    parent_of: dict[int, m.Unit | None] = {}

    def visit(units: list[m.Unit], parent: m.Unit | None) -> None:
        for unit in units:
            holder[id(unit)] = units
            if unit.is_container:
                visit(unit.children, parent)
                continue
            index.setdefault(unit.address, unit)
            parent_of[id(unit)] = parent
            visit(unit.children, unit)

    visit(result.units, None)
    top_lists = [holder[id(u)] for u in result.top_units()]

    edits: list[_Edit] = []
    adds: list[_Add] = []
    replacements: list[tuple[int, m.Operation, m.Unit, m.Unit]] = []
    renumbers: list[tuple[int, m.Unit, str]] = []
    tokens_cache: dict[tuple[int, str], Tokens] = {}

    def toks_of(seg: Segment) -> Tokens:
        key = (id(seg.unit), seg.field)
        if key not in tokens_cache:
            tokens_cache[key] = tokenize(seg.value)
        return tokens_cache[key]

    def target(n: int, op: m.Operation, address: str) -> m.Unit:
        unit = index.get(address)
        if unit is None:
            raise _failed(n, op, _NO_UNIT, address=address)
        return unit

    for n, op in enumerate(operations, 1):
        if op.op in _WORD_OPS:
            heading = op.address.endswith(m.HEADING_SUFFIX)
            address = op.address[: -len(m.HEADING_SUFFIX)] if heading else op.address
            unit = target(n, op, address)
            segs = segments(unit, heading)
            toks = [toks_of(s) for s in segs]
            edits.extend(_word_edits(n, op, address, segs, toks, profile.language == "ru"))
        elif op.op == m.ADD_UNIT:
            adds.append(_resolve_add(n, op, index, holder, top_lists, profile))
        elif op.op in (m.RESTATE_UNIT, m.REPEAL_UNIT):
            unit = target(n, op, op.address)
            if op.op == m.REPEAL_UNIT:
                new = repealed_unit(unit)
            else:
                new = _parse_unit(n, op, unit.kind, profile)
            replacements.append((n, op, unit, new))
        elif op.op == m.RENUMBER_UNITS:
            parent = index.get(op.address) if op.address else None
            if op.address and parent is None:
                target(n, op, op.address)
            siblings = parent.children if parent is not None else result.top_units()
            for old_label, new_label in op.renumber or ():
                found = [u for u in siblings if not u.is_container and u.number == old_label]
                if len(found) != 1:
                    where: str | Message = op.address or message(_THE_ACT)
                    reason = (
                        N_("more than one unit labelled «{label}» in {where}.")
                        if found
                        else N_("no unit labelled «{label}» in {where}.")
                    )
                    raise _failed(n, op, reason, label=old_label, where=where)
                renumbers.append((n, found[0], new_label))
        else:
            raise _failed(n, op, N_("unknown operation."))

    _check_conflicts(operations, edits, adds, replacements)

    # Word edits, right to left within each paragraph, so earlier offsets stay valid.
    by_field: dict[tuple[int, str], list[_Edit]] = {}
    for edit in edits:
        by_field.setdefault((id(edit.unit), edit.field), []).append(edit)
    for group in by_field.values():
        _check_overlaps(group, operations)
        group.sort(key=lambda e: (e.start, e.end, e.order), reverse=True)
        text = getattr(group[0].unit, group[0].field)
        for edit in group:
            text = _splice(text, edit)
        setattr(group[0].unit, group[0].field, text)

    # New units next to their anchors (several after one anchor keep their order).
    cursor: dict[tuple[int, int], m.Unit] = {}
    for _n, _op, siblings, anchor, new, position in adds:
        if position == "end" or anchor is None:
            siblings.append(new)
        elif position == "before":
            siblings.insert(_position_of(siblings, anchor), new)
        else:
            key = (id(siblings), id(anchor))
            after = cursor.get(key, anchor)
            siblings.insert(_position_of(siblings, after) + 1, new)
            cursor[key] = new

    current: dict[int, m.Unit] = {}
    for _n, _op, unit, new in replacements:
        siblings = holder[id(unit)]
        siblings[_position_of(siblings, unit)] = new
        current[id(unit)] = new
    for _n, unit, new_label in renumbers:
        current.get(id(unit), unit).number = new_label
    if readdress:
        assign_addresses(result)
    return result


def _position_of(siblings: list[m.Unit], unit: m.Unit) -> int:
    for i, u in enumerate(siblings):
        if u is unit:
            return i
    raise ValueError("unit not among its siblings")  # cannot happen: resolved from this tree


def _occurrences(
    n: int,
    op: m.Operation,
    address: str,
    toks: list[Tokens],
    words: str,
) -> list[tuple[int, int, int]]:
    """Where the words of ``op`` occur in ``address``, as its occurrence says."""
    hits = find(toks, words)
    occurrence = op.occurrence
    if isinstance(occurrence, str) and occurrence.isdigit():
        occurrence = int(occurrence)
    if not hits:
        raise _failed(
            n,
            op,
            N_("the words «{words}» are not found in {address}."),
            words=words,
            address=address,
        )
    if occurrence is None:
        if len(hits) > 1:
            raise _failed(
                n,
                op,
                N_(
                    "the words «{words}» occur {count} times in {address} and the instruction "
                    "does not say which."
                ),
                words=words,
                count=len(hits),
                address=address,
            )
        return hits
    if occurrence == "all":
        return hits
    if isinstance(occurrence, int) and 1 <= occurrence <= len(hits):
        return [hits[occurrence - 1]]
    raise _failed(
        n,
        op,
        N_("the words «{words}» occur {count} times in {address}, not {occurrence}."),
        words=words,
        count=len(hits),
        address=address,
        occurrence=occurrence,
    )


def _word_edits(
    n: int,
    op: m.Operation,
    address: str,
    segs: list[Segment],
    toks: list[Tokens],
    before_mark: bool = False,
) -> list[_Edit]:
    """The edits ``op`` makes; with ``before_mark`` words added at the end of a unit go before
    its closing mark (the Russian convention)."""
    out: list[_Edit] = []
    if op.op in (m.REPLACE_WORDS, m.DELETE_WORDS):
        if not op.old:
            raise _failed(n, op, N_("it names no words."))
        new = (op.new or "") if op.op == m.REPLACE_WORDS else ""
        for si, i, j in _occurrences(n, op, address, toks, op.old):
            start, end = toks[si].span(i, j)
            mode = "replace" if new else "delete"
            out.append(_Edit(segs[si].unit, segs[si].field, start, end, new, mode, n))
        return out
    # insert_words
    if not op.new:
        raise _failed(n, op, N_("it adds no words."))
    if op.position == "end" or (op.anchor is None and op.position in (None, "end")):
        last = last_text_segment(toks)
        if last is None:
            raise _failed(n, op, N_("{address} has no text to add words to."), address=address)
        seg = segs[last]
        length = len(seg.value)
        mode = "end-before-mark" if before_mark else "end"
        return [_Edit(seg.unit, seg.field, length, length, op.new, mode, n)]
    if op.position not in ("after", "before") or not op.anchor:
        raise _failed(
            n, op, N_("it says neither where (after / before which words) nor at the end.")
        )
    for si, i, j in _occurrences(n, op, address, toks, op.anchor):
        start, end = toks[si].span(i, j)
        point = end if op.position == "after" else start
        out.append(_Edit(segs[si].unit, segs[si].field, point, point, op.new, op.position, n))
    return out


def _splice(text: str, edit: _Edit) -> str:
    left, right = text[: edit.start], text[edit.end :]
    new = edit.text.strip()
    if edit.mode == "replace":
        return left + new + right
    if edit.mode == "delete":
        if not left.strip():
            return right.lstrip()
        if not right.strip():
            return left.rstrip()
        if left[-1].isspace() and (right[0].isspace() or right[0] in _TRAILING_PUNCT):
            return left.rstrip() + right
        return left + right
    if edit.mode in ("end", "end-before-mark"):
        left = left.rstrip()
        if not left:
            return new
        if edit.mode == "end-before-mark" and left[-1] in CLOSING_MARKS:
            return append_before_mark(left, new) + right
        return left + ("" if new[0] in _TRAILING_PUNCT else " ") + new + right
    if edit.mode == "after":
        sep = "" if new[0] in _TRAILING_PUNCT else " "
        return left + sep + new + right
    # before
    sep = "" if new[-1] in _OPENING_PUNCT else " "
    if left and not left[-1].isspace() and left[-1] not in _OPENING_PUNCT:
        left += " "
    return left + new + sep + right


def append_before_mark(text: str, words: str) -> str:
    """``words`` added at the end of ``text``, which ends in a closing mark, as a Russian
    amending law reads «дополнить словами»: before the mark, which stays last (§1.7).

    «…документы;» + «; иные сведения» → «…документы; иные сведения;»; «…орган.» + «в течение
    трех дней» → «…орган в течение трех дней.». A final mark the words carry themselves takes
    the place of the text's own (never «;;»); a whole sentence follows the mark.
    """
    body, mark = text[:-1].rstrip(), text[-1]
    words = words.strip()
    if is_sentence(words) or not body:
        return text + " " + words
    if words[-1] in CLOSING_MARKS:
        words, mark = words[:-1].rstrip(), words[-1]
    if not words:
        return body + mark
    sep = "" if words[0] in _TRAILING_PUNCT else " "
    return body + sep + words + mark


def _check_overlaps(group: list[_Edit], operations: list[m.Operation]) -> None:
    spans = sorted(group, key=lambda e: (e.start, e.end))
    for a, b in pairwise(spans):
        if b.start < a.end and a.order != b.order:
            first, second = sorted((a.order, b.order))
            raise _failed(
                second,
                operations[second - 1],
                N_("it changes words that instruction {other} also changes in {address}."),
                other=first,
                address=a.unit.address,
            )


def _check_conflicts(
    operations: list[m.Operation],
    edits: list[_Edit],
    adds: list[_Add],
    replacements: list[tuple[int, m.Operation, m.Unit, m.Unit]],
) -> None:
    """A unit restated or repealed cannot also be edited (or have units added) elsewhere."""
    for n, op, unit, _new in replacements:
        inside = {id(u) for u in unit.walk()}
        for edit in edits:
            if id(edit.unit) in inside:
                raise _failed(
                    n,
                    op,
                    N_("instruction {other} also changes words in {address}."),
                    other=edit.order,
                    address=unit.address,
                )
        for add_n, _op, siblings, _anchor, _new_unit, _pos in adds:
            if any(siblings is u.children for u in unit.walk()):
                raise _failed(
                    n,
                    op,
                    N_("instruction {other} adds a unit inside {address}."),
                    other=add_n,
                    address=unit.address,
                )
        for other_n, _other_op, other, _ in replacements:
            if other_n != n and other is unit:
                raise _failed(
                    n,
                    op,
                    N_("instruction {other} also restates or repeals {address}."),
                    other=other_n,
                    address=unit.address,
                )


def _parse_unit(n: int, op: m.Operation, kind: str, profile: Profile) -> m.Unit:
    from drafter.core.textlayout import parse_unit_text

    if not op.new:
        raise _failed(n, op, N_("it gives no new text."))
    try:
        unit = parse_unit_text(op.new, kind, profile)
    except DrafterError as exc:
        raise _failed(n, op, exc.msg) from exc
    except ValueError as exc:
        raise _failed(
            n, op, N_("its new text cannot be read as a unit ({error})."), error=str(exc)
        ) from exc
    return unit


def _child_kind(parent: m.Unit | None, anchor: m.Unit | None, profile: Profile) -> str:
    if anchor is not None:
        return anchor.kind
    if parent is None:
        return profile.top
    kinds = [c.kind for c in parent.children if not c.is_container and c.kind != m.NOTE]
    if kinds:
        return kinds[-1]
    levels = profile.levels
    if parent.kind == profile.top:
        return levels[0]
    if parent.kind in levels and levels.index(parent.kind) + 1 < len(levels):
        return levels[levels.index(parent.kind) + 1]
    return m.POINT


def _resolve_add(
    n: int,
    op: m.Operation,
    index: dict[str, m.Unit],
    holder: dict[int, list[m.Unit]],
    top_lists: list[list[m.Unit]],
    profile: Profile,
) -> _Add:
    parent: m.Unit | None = None
    if op.address:
        parent = index.get(op.address)
        if parent is None:
            raise _failed(n, op, _NO_UNIT, address=op.address)
    anchor: m.Unit | None = None
    position = op.position or "end"
    if position in ("after", "before"):
        anchor = index.get(op.anchor or "")
        if anchor is None:
            raise _failed(
                n,
                op,
                N_("the unit {anchor} it is placed {position} does not exist."),
                anchor=op.anchor,
                position=position,
            )
        siblings = holder[id(anchor)]
        if parent is not None and siblings is not parent.children:
            raise _failed(
                n,
                op,
                N_("{anchor} is not part of {address}."),
                anchor=op.anchor,
                address=op.address,
            )
    elif parent is not None:
        siblings = parent.children
    else:
        if not top_lists:
            raise _failed(n, op, N_("the act has no units."))
        siblings = top_lists[-1]
    kind = _child_kind(parent, anchor, profile)
    new = _parse_unit(n, op, kind, profile)
    if op.label and not new.number:
        new.number = op.label
    return (n, op, siblings, anchor, new, position)
