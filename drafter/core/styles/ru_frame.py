"""The Russian bill's frame: its title, the lead-in naming the act, the closing article."""

from __future__ import annotations

from drafter.core import address as addr
from drafter.core import commencement as cm
from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.parse.typography import normalize_typography
from drafter.core.publication import cite
from drafter.core.russian import noun
from drafter.core.styles.base import (
    RenderedBill,
    compose_text,
    kind_of_key,
    profile_for,
    split_heading,
    top_address,
)
from drafter.core.styles.ru import (
    DEFAULT_ENTRY_INTO_FORCE,
    _capital,
    _entries,
    _entry_clause,
    item_lines,
)
from drafter.messages import N_, Message, message

FEDERAL_LAW = "Настоящий Федеральный закон"
DRAFT_MARK = "Проект"
CONSTITUTION = "constitution"  # Act.kind of a constitution
CONSTITUTIONAL_LAW = "Закон Российской Федерации о поправке к Конституции Российской Федерации"
# Marked places the drafter fills (in the act's or the draft's properties).
NAME_PLACES = {
    "acc": "[наименование акта в винительном падеже]",
    "gen": "[наименование акта в родительном падеже]",
    "prep": "[наименование акта в предложном падеже]",
}
SOURCES_PLACE = "[источники официального опубликования акта и изменений к нему]"
AMENDMENT_TITLE_PLACE = "[наименование, отражающее суть поправки]"
# Articles of chapters 1, 2 and 9 of the Constitution: not changed by a law on amendment.
_ENTRENCHED = (range(1, 65), range(134, 138))


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


def is_constitution(act: m.Act) -> bool:
    """The act is a constitution: its kind says so, or its title begins «Конституция»."""
    return act.kind == CONSTITUTION or act.title.strip().lower().startswith("конституция")


def name_forms(act: m.Act) -> m.NameForms | None:
    """The act's name in the cases the frame needs (the user's, else declined from its title);
    None when the accusative, genitive or prepositional is not known."""
    forms = default_name_forms(act)
    if not (forms.accusative and forms.genitive and forms.prepositional):
        return None
    return m.NameForms(*(typographic(x) for x in (forms.nominative, forms.genitive,
                                                  forms.accusative, forms.prepositional,
                                                  forms.instrumental)))  # fmt: skip


def _act_forms(act: m.Act) -> tuple[str, str, str]:
    """(genitive, accusative, prepositional) followed by the publication sources."""
    forms = name_forms(act)
    cited = cite(act.sources)
    sources = f" ({cited})" if cited else f" ({SOURCES_PLACE})"
    if forms is None:
        return tuple(NAME_PLACES[c] + sources for c in ("gen", "acc", "prep"))  # type: ignore[return-value]
    return forms.genitive + sources, forms.accusative + sources, forms.prepositional + sources


def act_paragraphs(ops: list[m.Operation], act: m.Act) -> list[str]:
    """The paragraphs of the bill's article amending ``act``."""
    gen, acc, prep = _act_forms(act)
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


def changes(ops: list[m.Operation]) -> int:
    """Changes as the title counts them: one per structural unit changed."""
    units = {(split_heading(op.address)[0], op.label if op.op == m.ADD_UNIT else "") for op in ops}
    return len(units)


def one_article(ops: list[m.Operation], act: m.Act) -> str:
    """«статью 322.1» when every change is inside one existing article, else ""."""
    tops = {top_address(op.address) for op in ops}
    if len(tops) != 1 or "" in tops:
        return ""
    if any(op.op == m.REPEAL_UNIT and split_heading(op.address)[0] in tops for op in ops):
        return ""  # repealing the article is «признании утратившей силу», not a change
    (key, label), *_ = addr.parse(next(iter(tops)))
    kind = kind_of_key(profile_for(act, "ru"), key)
    return f"{noun(kind, 'acc')} {label}"


def bill_title(acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]) -> str:
    amended = [a for a in acts if ops_by_act.get(a.slug)]
    if len(amended) > 1:
        return "О внесении изменений в отдельные законодательные акты Российской Федерации"
    if not amended:
        return "О внесении изменений"
    act = amended[0]
    ops = ops_by_act[act.slug]
    word = "изменения" if changes(ops) == 1 else "изменений"
    forms = name_forms(act)
    article = one_article(ops, act)
    if article:
        name = forms.genitive if forms else NAME_PLACES["gen"]
        return f"О внесении {word} в {article} {name}"
    return f"О внесении {word} в {forms.accusative if forms else NAME_PLACES['acc']}"


def entry_into_force(draft: m.Draft, subject: str = FEDERAL_LAW) -> str:
    """The closing article: the draft's choice (on publication, on a date, N days after), else
    its own wording, else on publication."""
    chosen = cm.ru_sentence(subject, draft.commencement, draft.commencement_value)
    if chosen is not None:
        return chosen
    if draft.entry_into_force:
        return draft.entry_into_force
    if subject == FEDERAL_LAW:
        return DEFAULT_ENTRY_INTO_FORCE
    return f"{subject} вступает в силу со дня его официального опубликования."


def _act_warnings(act: m.Act) -> list[Message]:
    found: list[Message] = []
    name = act.names.nominative or act.title or act.slug
    if not act.sources:
        found.append(
            message(
                N_(
                    "{act}: the official publication sources are missing; add them in the "
                    "act's properties (the lead-in has a marked place for them)."
                ),
                act=name,
            )
        )
    if name_forms(act) is None:
        found.append(
            message(
                N_(
                    "{act}: the act's name cannot be declined from its title; fill in its name "
                    "forms in the act's properties (the bill prints a marked place instead)."
                ),
                act=name,
            )
        )
    return found


def _draft_warnings(draft: m.Draft) -> list[Message]:
    if draft.commencement and not cm.valid(draft.commencement, draft.commencement_value):
        return [
            message(
                N_(
                    "The entry into force “{kind}” needs a value (a date yyyy-mm-dd or a number "
                    "of days), not “{value}”; the bill uses the usual wording."
                ),
                kind=draft.commencement,
                value=draft.commencement_value,
            )
        ]
    return []


def _above(draft: m.Draft) -> list[str]:
    return [x for x in (draft.initiator.strip(), DRAFT_MARK) if x]


def constitutional_amendment(draft: m.Draft, act: m.Act, ops: list[m.Operation]) -> RenderedBill:
    """«Закон Российской Федерации о поправке к Конституции Российской Федерации»: a title
    stating the amendment's subject, Article 1 the changes, Article 2 the entry into force."""
    title = draft.title or AMENDMENT_TITLE_PLACE
    bill = RenderedBill(title=title, preamble=[CONSTITUTIONAL_LAW.upper()], above=_above(draft))
    if not draft.title:
        bill.warnings.append(
            message(
                N_(
                    "A law on an amendment to the Constitution is named for what the amendment "
                    "does; set the draft's title (the bill prints a marked place instead)."
                )
            )
        )
    entrenched = sorted(
        {
            label
            for op in ops
            if (pairs := addr.parse(split_heading(op.address)[0]))
            and (label := pairs[0][1]).isdigit()
            and any(int(label) in r for r in _ENTRENCHED)
        },
        key=int,
    )
    if entrenched:
        bill.warnings.append(
            message(
                N_(
                    "Articles {articles} are in chapters 1, 2 or 9 of the Constitution, which a "
                    "law on amendment does not change (Article 135)."
                ),
                articles=", ".join(entrenched),
            )
        )
    bill.warnings += _act_warnings(act) + _draft_warnings(draft)
    bill.articles.append(("Статья 1", act_paragraphs(ops, act)))
    bill.articles.append(("Статья 2", [entry_into_force(draft, f"Настоящий {CONSTITUTIONAL_LAW}")]))
    bill.text = compose_text(bill)
    return bill


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    amended = [a for a in acts if ops_by_act.get(a.slug)]
    if len(amended) == 1 and is_constitution(amended[0]):
        return constitutional_amendment(draft, amended[0], ops_by_act[amended[0].slug])
    title = draft.title or bill_title(acts, ops_by_act)
    bill = RenderedBill(title=title, preamble=["ФЕДЕРАЛЬНЫЙ ЗАКОН"], above=_above(draft))
    n = 0
    for act in amended:
        bill.warnings += _act_warnings(act)
        n += 1
        bill.articles.append((f"Статья {n}", act_paragraphs(ops_by_act[act.slug], act)))
    bill.warnings += _draft_warnings(draft)
    n += 1
    bill.articles.append((f"Статья {n}", [entry_into_force(draft)]))
    bill.text = compose_text(bill)
    return bill
