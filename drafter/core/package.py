"""The bill's package: the explanatory note, the financial justification and the list of acts.

Each document is a title, a line naming the bill and blocks of text. What Drafter knows (the
acts amended, the units changed) is filled in; what only the drafter knows (the subject, the
reasons, the costs) is the draft's own text or a marked place («[…]») to fill.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.russian import noun
from drafter.core.styles.ru_frame import is_constitution

NOTE = "explanatory-note"
FINANCE = "financial-justification"
ACTS_LIST = "list-of-acts"
DOCUMENTS = (NOTE, FINANCE, ACTS_LIST)

# Block roles: a section heading, plain text, a marked place, a numbered entry.
HEADING, TEXT, PLACE, ENTRY = "heading", "text", "place", "entry"


@dataclass(frozen=True)
class Block:
    """One paragraph of a package document; ``act``/``address`` say which unit it is about."""

    role: str
    text: str
    act: str = ""
    address: str = ""


@dataclass
class PackageDocument:
    kind: str  # NOTE | FINANCE | ACTS_LIST
    title: str
    subtitle: str
    blocks: list[Block] = field(default_factory=list)

    def places(self) -> list[str]:
        return [b.text for b in self.blocks if b.role == PLACE]


@dataclass(frozen=True)
class ActChanges:
    """What the draft does to one act: its name and the top units changed, added, repealed."""

    slug: str
    name: str  # in the case the sentence needs: «в Уголовный кодекс …» (ru acc.) / "the X Act"
    changed: tuple[str, ...] = ()  # top-unit addresses
    added: tuple[str, ...] = ()
    repealed: tuple[str, ...] = ()


def act_changes(act: m.Act, act_draft: m.ActDraft, name: str) -> ActChanges:
    """The top units of ``act`` that ``act_draft`` changes, adds and repeals, in its order."""
    found: dict[str, list[str]] = {m.CHANGED: [], m.ADDED: [], m.REPEALED: []}
    for proposal in act_draft.proposals.values():
        top = addr.join(addr.parse(proposal.address)[:1])
        status = proposal.status
        if top != proposal.address and status != m.CHANGED:
            status = m.CHANGED  # a part added to or repealed from an article changes it
        if top and top not in found[status]:
            found[status].append(top)
    changed = [a for a in found[m.CHANGED] if a not in found[m.ADDED]]
    return ActChanges(
        act.slug, name, tuple(changed), tuple(found[m.ADDED]), tuple(found[m.REPEALED])
    )


# --- Russian ---------------------------------------------------------------------------------
RU_TEXTS = {
    "note": "ПОЯСНИТЕЛЬНАЯ ЗАПИСКА",
    "subtitle": "к проекту {law} «{title}»",
    "subject_heading": "Предмет правового регулирования",
    "subject": "[предмет правового регулирования и цель законопроекта]",
    "reasons_heading": "Обоснование необходимости принятия",
    "reasons": "[обоснование необходимости принятия законопроекта, описание проблемы и способа "
    "ее решения]",
    "changes_heading": "Изменения, вносимые законопроектом",
    "compliance": "[сведения о соответствии законопроекта положениям Договора о Евразийском "
    "экономическом союзе и иным международным обязательствам Российской Федерации]",
    "finance_title": "ФИНАНСОВО-ЭКОНОМИЧЕСКОЕ ОБОСНОВАНИЕ",
    "finance": "[оценка расходов федерального бюджета, бюджетов субъектов Российской Федерации и "
    "местных бюджетов, связанных с реализацией {law}, либо указание на то, что "
    "его реализация таких расходов не потребует]",
    "list": "ПЕРЕЧЕНЬ",
    "list_subtitle": "федеральных законов, подлежащих признанию утратившими силу, "
    "приостановлению, изменению или принятию в связи с принятием {law} «{title}»",
    "acts": "[Принятие {law} «{title}» не потребует признания утратившими силу, "
    "приостановления, изменения или принятия иных федеральных законов — либо их перечень]",
}


def _ru_units(act: m.Act, addresses: Sequence[str], case: str) -> str:
    """«статья 322» / «статьи 322 и 322.1» in ``case``."""
    profile = get_profile(act.profile)
    labels = [addr.parse(a)[0][1] for a in addresses]
    kind = profile.kind_for_key(addr.parse(addresses[0])[0][0]) or m.ARTICLE
    if len(labels) == 1:
        return f"{noun(kind, case)} {labels[0]}"
    listed = ", ".join(labels[:-1]) + " и " + labels[-1]
    return f"{noun(kind, case, plural=True)} {listed}"


def ru_change_lines(n: int, act: m.Act, changes: ActChanges) -> str:
    """«Статьей 1 законопроекта вносятся изменения в Уголовный кодекс …: изменяются статьи 322
    и 322.1; вводится статья 322.4; признается утратившей силу статья 323.»"""
    parts: list[str] = []
    if changes.changed:
        verb = "изменяется" if len(changes.changed) == 1 else "изменяются"
        parts.append(f"{verb} {_ru_units(act, changes.changed, 'nom')}")
    if changes.added:
        verb = "вводится" if len(changes.added) == 1 else "вводятся"
        parts.append(f"{verb} {_ru_units(act, changes.added, 'nom')}")
    if changes.repealed:
        one = len(changes.repealed) == 1
        verb = "признается утратившей силу" if one else "признаются утратившими силу"
        parts.append(f"{verb} {_ru_units(act, changes.repealed, 'nom')}")
    return (
        f"Статьей {n} законопроекта вносятся изменения в {changes.name}: " + "; ".join(parts) + "."
    )


def ru_documents(
    title: str, draft: m.Draft, acts: list[tuple[m.Act, ActChanges]], entries: Sequence[str] = ()
) -> list[PackageDocument]:
    """The explanatory note, the financial justification and the list of acts (Russian)."""
    constitutional = len(acts) == 1 and is_constitution(acts[0][0])
    law = "закона Российской Федерации о поправке к Конституции Российской Федерации"
    texts = {k: v.replace("{law}", law if constitutional else "федерального закона")
             for k, v in RU_TEXTS.items()}  # fmt: skip
    docs = _skeleton(texts, title, draft, entries)
    add = docs[0].blocks.append
    names = [c.name for _, c in acts]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " и " + names[-1]
    add(Block(TEXT, f"Законопроектом вносятся изменения в {listed}."))
    for n, (act, changes) in enumerate(acts, 1):
        address = changes.changed[0] if len(changes.changed) == 1 else ""
        add(Block(TEXT, ru_change_lines(n, act, changes), act.slug, address))
    add(Block(PLACE, texts["compliance"]))
    return docs


def _drafters(text: str, place: str) -> Block:
    """The drafter's own text, or the marked place asking for it."""
    return Block(TEXT, text) if text else Block(PLACE, place)


def _skeleton(
    texts: dict[str, str], title: str, draft: m.Draft, entries: Sequence[str]
) -> list[PackageDocument]:
    """The three documents with the drafter's texts; the note stops before the changes."""
    subtitle = texts["subtitle"].replace("{title}", title)
    note = PackageDocument(NOTE, texts["note"], subtitle)
    note.blocks += [
        Block(HEADING, texts["subject_heading"]),
        _drafters(draft.subject, texts["subject"]),
        Block(HEADING, texts["reasons_heading"]),
        _drafters(draft.reasons, texts["reasons"]),
        Block(HEADING, texts["changes_heading"]),
    ]
    finance = PackageDocument(FINANCE, texts["finance_title"], subtitle)
    finance.blocks.append(_drafters(draft.finance, texts["finance"]))
    listing = PackageDocument(
        ACTS_LIST, texts["list"], texts["list_subtitle"].replace("{title}", title)
    )
    listing.blocks += [Block(ENTRY, f"{n}. {e}") for n, e in enumerate(entries, 1)]
    if not entries:
        listing.blocks.append(Block(PLACE, texts["acts"].replace("{title}", title)))
    return [note, finance, listing]


# --- English ---------------------------------------------------------------------------------
EN_TEXTS = {
    "note": "EXPLANATORY NOTES",
    "subtitle": "to the {title}",
    "subject_heading": "Summary",
    "subject": "[Summary: what the Bill does and why]",
    "reasons_heading": "Policy background",
    "reasons": "[Policy background: the problem the Bill addresses and how it solves it]",
    "changes_heading": "Commentary on provisions",
    "finance_title": "FINANCIAL MEMORANDUM",
    "finance": "[Financial implications: the costs of the Bill to public funds, or a statement "
    "that it has none]",
    "list": "RELATED LEGISLATION",
    "list_subtitle": "to the {title}",
    "acts": "[Related legislation: Acts to be repealed, suspended, amended or enacted in "
    "connection with the Bill, or a statement that there are none]",
}


def _en_units(act: m.Act, addresses: Sequence[str]) -> str:
    profile = get_profile(act.profile)
    labels = [addr.parse(a)[0][1] for a in addresses]
    kind = profile.kind_for_key(addr.parse(addresses[0])[0][0]) or m.SECTION
    word = kind + ("s" if len(labels) > 1 else "")
    listed = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    return f"{word} {listed}"


def en_documents(
    title: str, draft: m.Draft, acts: list[tuple[m.Act, ActChanges]], entries: Sequence[str] = ()
) -> list[PackageDocument]:
    """Explanatory notes, a financial memorandum and related legislation (UK and US styles)."""
    docs = _skeleton(EN_TEXTS, title, draft, entries)
    for act, changes in acts:
        parts = []
        if changes.changed:
            parts.append(f"amends {_en_units(act, changes.changed)}")
        if changes.added:
            parts.append(f"inserts {_en_units(act, changes.added)}")
        if changes.repealed:
            parts.append(f"repeals {_en_units(act, changes.repealed)}")
        joined = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
        docs[0].blocks.append(Block(TEXT, f"The Bill {joined} of the {changes.name}.", act.slug))
    return docs


def package_documents(
    title: str, draft: m.Draft, acts: list[tuple[m.Act, ActChanges]], entries: Sequence[str] = ()
) -> list[PackageDocument]:
    """The package in the draft's style. ``entries``: the list of acts' lines (consequential
    changes found elsewhere); empty gives a marked place."""
    if draft.style == "ru":
        return ru_documents(title, draft, acts, entries)
    return en_documents(title, draft, acts, entries)
