"""US amending formulae (House and Senate Legislative Counsel drafting manuals)."""

from __future__ import annotations

import re

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.commencement import english_sentence
from drafter.core.styles.base import (
    RenderedBill,
    child_kind,
    compose_text,
    profile_for,
    quote_en,
    runs,
    split_heading,
    top_address,
)
from drafter.core.styles.uk import act_name, english_ordinal
from drafter.messages import N_, message

UNIT_NAMES = {
    "s": ("section", "sections"),
    "ss": ("subsection", "subsections"),
    "para": ("paragraph", "paragraphs"),
    "subpara": ("subparagraph", "subparagraphs"),
    "cl": ("clause", "clauses"),
    "subcl": ("subclause", "subclauses"),
}
ENACTING_CLAUSE = (
    "Be it enacted by the Senate and House of Representatives of the United States of America "
    "in Congress assembled,"
)
DEFAULT_EFFECTIVE_DATE = "This Act shall take effect on the date of the enactment of this Act."


def usc_citation(act: m.Act) -> str:
    """The U.S. Code citation found in the act's identifier or sources ("" if none)."""
    for text in (act.identifier, *act.sources):
        match = re.search(r"\d+\s+U\.S\.C\.\s+[\w.\-]+(?:\s+et seq\.)?", text or "")
        if match:
            return match.group(0)
    return ""


def act_phrase(act: m.Act) -> str:
    usc = usc_citation(act)
    return f"the {act_name(act)}" + (f" ({usc})" if usc else "")


def cite(pairs: list[tuple[str, str]]) -> str:
    """Section 5(a)(1) — capitalised at the start of a sentence by the caller."""
    return f"section {pairs[0][1]}" + "".join(f"({lab})" for _, lab in pairs[1:])


def relative(pairs: list[tuple[str, str]]) -> str:
    """subsection (a)(1): the first level's name, then every label in brackets."""
    name = UNIT_NAMES.get(pairs[0][0], (pairs[0][0], ""))[0]
    if pairs[0][0] == "s":
        return cite(pairs)
    return f"{name} " + "".join(f"({lab})" for _, lab in pairs)


def unit_ref(pair: tuple[str, str], plural: bool = False) -> str:
    key, label = pair
    name = UNIT_NAMES.get(key, (key, key + "s"))[1 if plural else 0]
    return f"{name} {label}" if key == "s" else f"{name} ({label})"


def _labels(key: str, labels: list[str]) -> str:
    shown = [lab if key == "s" else f"({lab})" for lab in labels]
    if len(shown) >= 3 and runs(labels):
        return f"{shown[0]} through {shown[-1]}"
    if len(shown) == 1:
        return shown[0]
    if len(shown) == 2:
        return f"{shown[0]} and {shown[1]}"
    return ", ".join(shown[:-1]) + ", and " + shown[-1]


def _appears(occurrence: str | int | None) -> str:
    if occurrence == "all":
        return " each place it appears"
    if isinstance(occurrence, int):
        return f" the {english_ordinal(occurrence)} place it appears"
    return ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _context_and_verb(op: m.Operation, act: m.Act) -> tuple[str, str]:
    """(address the "in …" phrase names, the "by …" / "to read" phrase)."""
    base, heading = split_heading(op.address)
    if op.op == m.REPLACE_WORDS:
        old, new = op.old or "", op.new or ""
        if old == "." and op.occurrence is None:
            return op.address, f"by striking the period at the end and inserting {quote_en(new)}"
        return (
            op.address,
            f"by striking {quote_en(old)}{_appears(op.occurrence)} and inserting {quote_en(new)}",
        )
    if op.op == m.DELETE_WORDS:
        return op.address, f"by striking {quote_en(op.old or '')}{_appears(op.occurrence)}"
    if op.op == m.INSERT_WORDS:
        if op.position == "end":
            return op.address, f"by inserting {quote_en(op.new or '')} at the end"
        return (
            op.address,
            f"by inserting {quote_en(op.new or '')} {op.position or 'after'} "
            f"{quote_en(op.anchor or '')}{_appears(op.occurrence)}",
        )
    if op.op == m.ADD_UNIT:
        text = quote_en(op.new or "")
        if op.position in ("after", "before") and op.anchor:
            place = f"by inserting {op.position} {unit_ref(addr.parse(op.anchor)[-1])}"
            return base, f"{place} the following:\n{text}"
        return base, f"by adding at the end the following:\n{text}"
    if op.op == m.RESTATE_UNIT:
        pairs = addr.parse(base)
        if heading:
            return base, f"by amending the heading to read as follows: {quote_en(op.new or '')}"
        return (
            addr.join(pairs[:-1]),
            f"by amending {unit_ref(pairs[-1])} to read as follows:\n{quote_en(op.new or '')}",
        )
    if op.op == m.REPEAL_UNIT:
        pairs = addr.parse(base)
        return addr.join(pairs[:-1]), f"by striking {unit_ref(pairs[-1])}"
    if op.op == m.RENUMBER_UNITS:
        profile = profile_for(act, "us")
        key = profile.key(child_kind(op, profile))
        olds = [a for a, _ in op.renumber or ()]
        news = [b for _, b in op.renumber or ()]
        plural = len(olds) > 1
        name = UNIT_NAMES.get(key, (key, key + "s"))[1 if plural else 0]
        tail = ", respectively" if plural else ""
        return (
            base,
            f"by redesignating {name} {_labels(key, olds)} as {name} {_labels(key, news)}{tail}",
        )
    raise ValueError(f"unknown operation {op.op!r}")


def _subject(address: str, act: m.Act) -> str:
    base, _ = split_heading(address)
    pairs = addr.parse(base)
    if not pairs:
        return _capital(act_phrase(act))
    subject = f"{_capital(cite(pairs))} of {act_phrase(act)}"
    return subject


def standalone(op: m.Operation, act: m.Act) -> str:
    """One operation as a whole sentence."""
    base, heading = split_heading(op.address)
    pairs = addr.parse(base)
    if op.op == m.REPEAL_UNIT and len(pairs) == 1:
        return f"{_subject(base, act)} is repealed."
    if op.op == m.RESTATE_UNIT and pairs and not heading:
        return f"{_subject(base, act)} is amended to read as follows:\n{quote_en(op.new or '')}."
    context, verb = _context_and_verb(op, act)
    context_base, context_heading = split_heading(context)
    subject = _subject(context_base, act)
    if context_heading:
        verb = f"in the heading, {verb}"
    return f"{subject} is amended {verb}."


def _groupable(op: m.Operation) -> bool:
    base, heading = split_heading(op.address)
    pairs = addr.parse(base) if base else []
    if not pairs:
        return False
    if op.op in (m.REPEAL_UNIT, m.RESTATE_UNIT) and len(pairs) == 1 and not heading:
        return False
    return True


def _item(op: m.Operation, act: m.Act, section: str) -> tuple[str, str]:
    """(the "in …" phrase relative to ``section`` or "", the "by …" phrase)."""
    context, verb = _context_and_verb(op, act)
    base, heading = split_heading(context)
    rel = addr.parse(base)[len(addr.parse(section)) :]
    if heading:
        where = f"in the heading of {relative(rel)}" if rel else "in the section heading"
    else:
        where = f"in {relative(rel)}" if rel else ""
    return where, verb


def _grouped(section: str, ops: list[m.Operation], act: m.Act) -> str:
    pairs = addr.parse(section)
    head = f"{_capital(cite(pairs))} of {act_phrase(act)} is amended—"
    # consecutive items with the same "in …" phrase nest as (A), (B)
    items: list[tuple[str, list[str]]] = []
    for op in ops:
        where, verb = _item(op, act, section)
        if where and items and items[-1][0] == where:
            items[-1][1].append(verb)
        else:
            items.append((where, [verb]))
    lines = [head]
    for n, (where, verbs) in enumerate(items, 1):
        last = n == len(items)
        end = "." if last else ("; and" if n == len(items) - 1 else ";")
        if len(verbs) == 1:
            lines.append(f"({n}) {where + ', ' if where else ''}{verbs[0]}{end}")
            continue
        lines.append(f"({n}) {where}—")
        for i, verb in enumerate(verbs):
            sub_end = end if i == len(verbs) - 1 else ("; and" if i == len(verbs) - 2 else ";")
            lines.append(f"({chr(ord('A') + i)}) {verb}{sub_end}")
    return "\n".join(lines)


def _section_groups(ops: list[m.Operation]) -> list[tuple[str, list[m.Operation]]]:
    """Consecutive operations on the same section, keyed by it ("" for a whole-section one)."""
    groups: list[tuple[str, list[m.Operation]]] = []
    for op in ops:
        key = top_address(op.address) if _groupable(op) else ""
        if key and groups and groups[-1][0] == key:
            groups[-1][1].append(op)
        else:
            groups.append((key, [op]))
    return groups


def _group_text(key: str, group: list[m.Operation], act: m.Act) -> str:
    return standalone(group[0], act) if len(group) == 1 else _grouped(key, group, act)


def render_operations(ops: list[m.Operation], act: m.Act) -> str:
    """One sentence per section amended: "Section 5 of the X Act is amended—" with (1)/(A)."""
    paragraphs = [_group_text(key, group, act) for key, group in _section_groups(ops)]
    return "\n".join(paragraphs) + ("\n" if paragraphs else "")


def _group_heading(key: str, group: list[m.Operation], act: m.Act) -> str:
    """The heading of the bill section that amends one section of ``act``.

    "AMENDMENTS TO SECTION 3 OF THE X ACT", "REPEAL OF SECTION 4 OF THE X ACT"; an operation
    that names no section (a new section inserted) amends "THE X ACT".
    """
    name = act_name(act).upper()
    base = split_heading(group[0].address)[0]
    pairs = addr.parse(key or base)[:1]
    if not pairs:
        return f"AMENDMENT TO THE {name}"
    where = f"{cite(pairs).upper()} OF THE {name}"
    if len(group) == 1 and group[0].op == m.REPEAL_UNIT and not key:
        return f"REPEAL OF {where}"
    return f"{'AMENDMENTS' if len(group) > 1 else 'AMENDMENT'} TO {where}"


def default_short_title(names: list[str]) -> str:
    """The bill's short title when the draft has none: "<Act> Amendments Act".

    "Community Broadband Act of 2024" gives "Community Broadband Act Amendments Act", not
    "… Act of 2024 Amendments Act": the year in a US short title is the amending Act's own,
    which the draft does not know (render_bill warns so the drafter sets the title).
    """
    if len(names) != 1:
        return "Miscellaneous Amendments Act"
    base = re.sub(r",?\s+(?:of\s+)?\d{4}$", "", names[0].strip())
    return f"{base} Amendments Act"


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    amended = [a for a in acts if ops_by_act.get(a.slug)]
    names = [act_name(a) for a in amended]
    short = draft.title or default_short_title(names)
    long_title = "To amend " + (", ".join(f"the {n}" for n in names) or "the law")
    bill = RenderedBill(
        title=short, preamble=["A BILL", long_title + ", and for other purposes.", ENACTING_CLAUSE]
    )
    bill.articles.append(("SECTION 1. SHORT TITLE.", [f"This Act may be cited as the “{short}”."]))
    n = 1
    if not draft.title:
        bill.warnings.append(
            message(
                N_(
                    "The bill has no short title of its own: it is cited as the “{short}”; set "
                    "the draft's title "
                    "to give it the year of enactment (“{short} of <year>”)."
                ),
                short=short,
            )
        )
    for act in amended:
        groups = _section_groups(ops_by_act[act.slug])
        if len(groups) == 1:  # one section amended: one bill section named after the Act
            n += 1
            text = _group_text(*groups[0], act)
            bill.articles.append(
                (f"SEC. {n}. AMENDMENTS TO THE {act_name(act).upper()}.", text.split("\n"))
            )
        else:  # HOLC: one bill section for each section of the Act it amends
            for key, group in groups:
                n += 1
                heading = f"SEC. {n}. {_group_heading(key, group, act)}."
                bill.articles.append((heading, _group_text(key, group, act).split("\n")))
        if not usc_citation(act):
            bill.warnings.append(
                message(
                    N_(
                        "{act}: no U.S. Code citation in the act's identifier or sources; the "
                        "sections are cited "
                        "without one."
                    ),
                    act=act_name(act),
                )
            )
    n += 1
    bill.articles.append(
        (
            f"SEC. {n}. EFFECTIVE DATE.",
            [english_sentence(draft) or draft.entry_into_force or DEFAULT_EFFECTIVE_DATE],
        )
    )
    bill.text = compose_text(bill)
    return bill
