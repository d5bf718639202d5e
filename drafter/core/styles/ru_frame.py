"""The Russian bill's frame: its title, the lead-in naming the act, the closing article."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.parse.typography import normalize_typography
from drafter.core.styles.base import RenderedBill, compose_text, profile_for
from drafter.core.styles.ru import _capital, _entries, _entry_clause, item_lines
from drafter.messages import N_, message

DEFAULT_ENTRY_INTO_FORCE = (
    "Настоящий Федеральный закон вступает в силу со дня его официального опубликования."
)


def typographic(text: str) -> str:
    """Straight or mixed quotes in an act's name → «…» outside, „…“ inside."""
    out, depth = [], 0
    for ch in normalize_typography(text):
        if ch == "«":
            out.append("«" if depth == 0 else "„")
            depth += 1
        elif ch == "»":
            depth = max(depth - 1, 0)
            out.append("»" if depth == 0 else "“")
        else:
            out.append(ch)
    return "".join(out)


def _act_forms(act: m.Act) -> tuple[str, str, str, str]:
    """(genitive, accusative, prepositional, sources) with the title as a fallback."""
    names = m.NameForms(
        *(typographic(x) for x in (act.names.nominative, act.names.genitive,
                                   act.names.accusative, act.names.prepositional,
                                   act.names.instrumental))
    )  # fmt: skip
    fallback = typographic(act.title or act.slug)
    sources = f" ({'; '.join(act.sources)})" if act.sources else ""
    return (
        (names.genitive or fallback) + sources,
        (names.accusative or fallback) + sources,
        (names.prepositional or fallback) + sources,
        sources,
    )


def act_paragraphs(ops: list[m.Operation], act: m.Act) -> list[str]:
    """The paragraphs of the bill's article amending ``act``."""
    gen, acc, prep, _ = _act_forms(act)
    profile = profile_for(act, "ru")
    entries = _entries(ops, profile)
    if len(entries) == 1:
        text = _entry_clause(entries[0], "", act, profile, None).with_act(gen, acc, prep)
        return (_capital(text) + ".").split("\n")
    lead = f"Внести в {acc} следующие изменения:"
    lines = [lead]
    for line in item_lines(ops, act):
        lines.extend(line.split("\n"))
    return lines


def bill_title(acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]) -> str:
    amended = [a for a in acts if ops_by_act.get(a.slug)]
    if len(amended) > 1:
        return "О внесении изменений в отдельные законодательные акты Российской Федерации"
    if not amended:
        return "О внесении изменений"
    act = amended[0]
    count = len(ops_by_act[act.slug])
    word = "изменения" if count == 1 else "изменений"
    return f"О внесении {word} в {typographic(act.names.accusative or act.title or act.slug)}"


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    title = draft.title or bill_title(acts, ops_by_act)
    bill = RenderedBill(title=title, preamble=["ФЕДЕРАЛЬНЫЙ ЗАКОН"])
    n = 0
    for act in acts:
        ops = ops_by_act.get(act.slug) or []
        if not ops:
            continue
        if not act.sources:
            name = act.names.nominative or act.title or act.slug
            bill.warnings.append(
                message(
                    N_(
                        "{act}: the official publication sources are missing; add them in the "
                        "act's properties "
                        "(the lead-in cites none)."
                    ),
                    act=name,
                )
            )
        if not act.names.accusative or not act.names.genitive:
            bill.warnings.append(
                message(
                    N_(
                        "{act}: the act's name in the accusative and genitive is missing; the "
                        "title is used as it is."
                    ),
                    act=act.title or act.slug,
                )
            )
        n += 1
        bill.articles.append((f"Статья {n}", act_paragraphs(ops, act)))
    n += 1
    bill.articles.append((f"Статья {n}", [draft.entry_into_force or DEFAULT_ENTRY_INTO_FORCE]))
    bill.text = compose_text(bill)
    return bill
