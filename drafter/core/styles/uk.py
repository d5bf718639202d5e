"""UK amending formulae (Office of the Parliamentary Counsel drafting practice)."""

from __future__ import annotations

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.commencement import english_sentence
from drafter.core.styles.base import (
    RenderedBill,
    child_kind,
    compose_text,
    pairs_of,
    profile_for,
    quote_en,
    runs,
    split_heading,
)
from drafter.messages import N_, message

UNIT_NAMES = {
    "s": ("section", "sections"),
    "ss": ("subsection", "subsections"),
    "para": ("paragraph", "paragraphs"),
    "subpara": ("sub-paragraph", "sub-paragraphs"),
    "sch": ("Schedule", "Schedules"),
}
ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
ENACTING_FORMULA = (
    "BE IT ENACTED by the King’s most Excellent Majesty, by and with the advice and consent of "
    "the Lords Spiritual and Temporal, and Commons, in this present Parliament assembled, and by "
    "the authority of the same, as follows:—"
)
DEFAULT_COMMENCEMENT = (
    "This Act comes into force at the end of the period of two months beginning with the day on "
    "which it is passed."
)


def english_ordinal(n: int) -> str:
    if 1 <= n <= len(ORDINALS):
        return ORDINALS[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def bracketed(label: str) -> str:
    return f"({label})"


def cite(pairs: list[tuple[str, str]], act_name: str) -> str:
    """section 5(2)(a); paragraph 3(1) of Schedule 2; Schedule 2; the <Act> for the act."""
    if not pairs:
        return f"the {act_name}"
    key, label = pairs[0]
    if key == "sch":
        if len(pairs) == 1:
            return f"Schedule {label}"
        rest = "".join(bracketed(lab) for _, lab in pairs[2:])
        return f"paragraph {pairs[1][1]}{rest} of Schedule {label}"
    return f"section {label}" + "".join(bracketed(lab) for _, lab in pairs[1:])


def unit_ref(pair: tuple[str, str], parent_key: str | None, plural: bool = False) -> str:
    """subsection (2), section 5, paragraph 3 (of a Schedule), Schedule 2."""
    key, label = pair
    name = UNIT_NAMES.get(key, (key, key + "s"))[1 if plural else 0]
    if key in ("s", "sch") or (key == "para" and parent_key == "sch"):
        return f"{name} {label}"
    return f"{name} {bracketed(label)}"


def _label_list(pairs: list[tuple[str, str]], parent_key: str | None) -> str:
    labels = [lab for _, lab in pairs]
    key = pairs[0][0]
    plain = key in ("s", "sch") or (key == "para" and parent_key == "sch")
    shown = [lab if plain else bracketed(lab) for lab in labels]
    if len(shown) >= 3 and runs(labels):
        return f"{shown[0]} to {shown[-1]}"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _occurs(occurrence: str | int | None) -> str:
    if occurrence == "all":
        return ", in each place it occurs,"
    if isinstance(occurrence, int):
        return f", in the {english_ordinal(occurrence)} place it occurs,"
    return ""


def act_name(act: m.Act) -> str:
    return act.title or act.names.nominative or act.slug


def sentence(op: m.Operation, act: m.Act) -> str:
    """One operation as an OPC sentence (inserted text on the following lines)."""
    name = act_name(act)
    base, heading = split_heading(op.address)
    pairs = addr.parse(base)
    where = cite(pairs, name)
    if heading:
        where = f"the heading of {where}" if pairs else f"the heading of the {name}"
    if op.op == m.REPLACE_WORDS:
        occ = _occurs(op.occurrence)
        return f"In {where}, for {quote_en(op.old or '')}{occ} substitute {quote_en(op.new or '')}."
    if op.op == m.DELETE_WORDS:
        occ = _occurs(op.occurrence).rstrip(",")
        return f"In {where}, omit {quote_en(op.old or '')}{occ}."
    if op.op == m.INSERT_WORDS:
        if op.position == "end":
            return f"In {where}, at the end insert {quote_en(op.new or '')}."
        occ = _occurs(op.occurrence)
        return (
            f"In {where}, {op.position or 'after'} {quote_en(op.anchor or '')}{occ} "
            f"insert {quote_en(op.new or '')}."
        )
    parent_key = pairs[-1][0] if pairs else None
    if op.op == m.ADD_UNIT:
        if op.position in ("after", "before") and op.anchor:
            anchor_pair = addr.parse(op.anchor)[-1]
            place = f"{op.position} {unit_ref(anchor_pair, parent_key)}"
        else:
            place = "at the end"
        text = quote_en(op.new or "")
        if pairs:
            return f"In {where}, {place} insert—\n{text}"
        return (
            f"{place[:1].upper()}{place[1:]} insert—\n{text}"
            if op.anchor
            else (f"In the {name}, at the end insert—\n{text}")
        )
    if op.op == m.RESTATE_UNIT:
        text = quote_en(op.new or "")
        if heading:
            return f"In {cite(pairs, name)}, for the heading substitute {text}."
        if len(pairs) == 1:
            return f"For {where} substitute—\n{text}"
        unit = unit_ref(pairs[-1], pairs[-2][0])
        return f"In {cite(pairs[:-1], name)}, for {unit} substitute—\n{text}"
    if op.op == m.REPEAL_UNIT:
        if len(pairs) == 1:
            return f"Omit {where}."
        return f"In {cite(pairs[:-1], name)}, omit {unit_ref(pairs[-1], pairs[-2][0])}."
    if op.op == m.RENUMBER_UNITS:
        profile = profile_for(act, "uk")
        key = profile.key(child_kind(op, profile))
        old = [(key, a) for a, _ in op.renumber or ()]
        new = [(key, b) for _, b in op.renumber or ()]
        plural = len(old) > 1
        noun = UNIT_NAMES.get(key, (key, key + "s"))[1 if plural else 0]
        return (
            f"In {where}, renumber {noun} {_label_list(old, parent_key)} as {noun} "
            f"{_label_list(new, parent_key)}."
        )
    raise ValueError(f"unknown operation {op.op!r}")


def render_operations(ops: list[m.Operation], act: m.Act) -> str:
    """One sentence per operation; several are numbered (1), (2) … as subsections."""
    if not ops:
        return ""
    if len(ops) == 1:
        return sentence(ops[0], act) + "\n"
    return "\n".join(f"({n}) {sentence(op, act)}" for n, op in enumerate(ops, 1)) + "\n"


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    amended = [a for a in acts if ops_by_act.get(a.slug)]
    names = [act_name(a) for a in amended]
    short = draft.title or (
        f"{names[0]} (Amendment) Act" if len(names) == 1 else "Miscellaneous Amendments Act"
    )
    short = short.removesuffix(" Bill")
    long_title = "A BILL TO amend " + (" and ".join(f"the {n}" for n in names) or "legislation")
    bill = RenderedBill(title=short, preamble=[long_title + ".", ENACTING_FORMULA])
    n = 0
    for act in amended:
        n += 1
        paragraphs = [f"(1) The {act_name(act)} is amended as follows."]
        for i, op in enumerate(ops_by_act[act.slug], 2):
            paragraphs.extend(f"({i}) {sentence(op, act)}".split("\n"))
        bill.articles.append((f"{n} Amendments of the {act_name(act)}", paragraphs))
        if not act.title:
            bill.warnings.append(
                message(
                    N_("{slug}: the act has no title; its slug is cited instead."), slug=act.slug
                )
            )
    n += 1
    bill.articles.append(
        (
            f"{n} Commencement",
            [english_sentence(draft) or draft.entry_into_force or DEFAULT_COMMENCEMENT],
        )
    )
    n += 1
    bill.articles.append((f"{n} Short title", [f"This Act may be cited as the {short}."]))
    bill.text = compose_text(bill)
    return bill


__all__ = ["pairs_of", "render_bill", "render_operations", "sentence"]
