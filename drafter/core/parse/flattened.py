"""Flattened superscripts (98-ФЗ as extracted: «статьей 112» means 11.2): labels resolved
where the amending law makes them clear, and listed where it cannot tell."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.parse.report import ParsedInstruction, ParseReport
from drafter.core.styles.base import implied_placement
from drafter.messages import N_, Message, message

_THE_ACT = N_("the act")

_Named = set[tuple[str, str, str]]  # (parent, key, label) of units the instructions name


def _parent_key(pairs: list[tuple[str, str]]) -> str:
    """Containers do not prefix addresses: articles under «главу II» are top-level."""
    kept = [p for p in pairs if p[0] not in m.CONTAINER_KEYS.values()]
    return addr.join(kept)


class _Resolver:
    """Resolves the labels of one report, noting each decision once."""

    def __init__(self, report: ParseReport) -> None:
        self.report = report
        self.seen: set[str] = set()
        # (block, group) → every unit the instructions of that item name
        self.known: dict[tuple[int, int], _Named] = {}
        for ins in report.instructions:
            for op in ins.operations:
                base = op.address.removesuffix(m.HEADING_SUFFIX)
                pairs = addr.parse(base) if op.address else []
                for i, (key, label) in enumerate(pairs):
                    self.known.setdefault((ins.block, ins.group), set()).add(
                        (_parent_key(pairs[:i]), key, label)
                    )

    def note(self, found: list[Message], note: Message) -> None:
        if str(note) not in self.seen:
            self.seen.add(str(note))
            found.append(note)

    def resolve(
        self,
        ins: ParsedInstruction,
        parent: list[tuple[str, str]],
        key: str,
        label: str,
        new: bool,
    ) -> str:
        if re.fullmatch(r"[а-яё]\d", label):
            fixed = f"{label[0]}.{label[1:]}"
            self.note(
                self.report.resolved_numbers,
                message(
                    N_(
                        "«{label}» → {fixed} (a letter followed by a digit is a flattened "
                        "superscript)"
                    ),
                    label=label,
                    fixed=fixed,
                ),
            )
            return fixed
        if not re.fullmatch(r"\d{2,}", label):
            return label
        where: str | Message = addr.join(parent) or message(_THE_ACT)
        # a new unit: its base may be named anywhere in the same article of the amending
        # law; an existing unit: only within the same item
        pool: _Named = (
            set().union(*(v for (b, _), v in self.known.items() if b == ins.block))
            if new
            else self.known.get((ins.block, ins.group), set())
        )
        bases = [
            lab
            for p, k, lab in pool
            if p == _parent_key(parent)
            and k == key
            and lab != label
            and lab.isdigit()
            and label.startswith(lab)
            and 1 <= len(label) - len(lab) <= 2
            and label[len(lab)] != "0"
        ]
        if bases:
            base = max(bases, key=len)
            fixed = f"{base}.{label[len(base) :]}"
            self.note(
                self.report.resolved_numbers,
                message(
                    N_(
                        "{key}:{label} in {where} → {fixed} ({key}:{base} is amended by the same "
                        "article)"
                    ),
                    key=key,
                    label=label,
                    where=where,
                    fixed=fixed,
                    base=base,
                ),
            )
            return fixed
        if label[-1] != "0":
            flat = f"{label[:-1]}.{label[-1]}"
            self.note(
                self.report.unresolved_numbers,
                message(
                    N_("{key}:{label} in {where}: {label} or {flat}? the text cannot tell"),
                    key=key,
                    label=label,
                    where=where,
                    flat=flat,
                ),
            )
        return label

    def fix_address(self, ins: ParsedInstruction, address: str | None) -> str | None:
        if not address:
            return address
        base = address.removesuffix(m.HEADING_SUFFIX)
        suffix = address[len(base) :]
        pairs = addr.parse(base)
        fixed = [
            (k, self.resolve(ins, pairs[:i], k, lab, False)) for i, (k, lab) in enumerate(pairs)
        ]
        return addr.join(fixed) + suffix


def resolve_flattened(report: ParseReport) -> None:
    """Resolve labels like 112 → 11.2 and а1 → а.1 where the text makes it clear: a unit
    numbered N is amended by the same article of the amending law and the label reads N
    followed by one or two digits. Labels that could be flattened but are not resolved are
    listed (the text cannot tell 52.1 from a real 521)."""
    resolver = _Resolver(report)
    for ins in report.instructions:
        new_ops = []
        for index, op in enumerate(ins.operations):
            changes: dict[str, Any] = {"address": resolver.fix_address(ins, op.address)}
            if op.anchor and op.op == m.ADD_UNIT:
                changes["anchor"] = resolver.fix_address(ins, op.anchor)
            if op.label:
                parent = addr.parse(op.address) if op.address else []
                key = ins.added_keys.get(index, "?")
                changes["label"] = resolver.resolve(ins, parent, key, op.label, True)
                if changes["label"] != op.label and op.position == "end" and op.anchor is None:
                    position, anchor = implied_placement(
                        changes["address"], key, changes["label"], None
                    )
                    changes.update(position=position, anchor=anchor)
            new_ops.append(replace(op, **changes))
        ins.operations = new_ops
