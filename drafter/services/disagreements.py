"""``drafter disagreements``: the table of disagreements, the summary of remarks and the approval
sheet of a round, from the remarks as decided."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core import rounds as r
from drafter.core.draft import proposed_act
from drafter.core.profiles import get_profile
from drafter.core.serialize import proposal_from_dict
from drafter.core.styles.ru import chain
from drafter.io import docx_disagreements as dd
from drafter.io.project import Project
from drafter.messages import N_
from drafter.services.projects import open_project
from drafter.services.rounds import RoundError

# The remarks a table of disagreements lists: not accepted (wholly), and not settled.
DISAGREEING = ("rejected", "partly")


def _round_acts(project: Project, number: int) -> dict[str, m.Act]:
    """Each act as proposed in round ``number`` (the draft frozen when it was sent)."""
    frozen = project.round_draft(number) or {}
    drafts = {
        e["slug"]: m.ActDraft(
            e["slug"], {p.address: p for p in map(proposal_from_dict, e["proposals"])}
        )
        for e in frozen.get("acts", [])
    }
    return {slug: proposed_act(project.act(slug), drafts.get(slug)) for slug in project.act_slugs()}


@dataclass(frozen=True)
class BillItem:
    """Where the bill amends a unit: its article, item and sub-item ("" when none)."""

    article: int
    item: str = ""
    subitem: str = ""

    def cite(self, lang: str) -> str:
        """«подпункт «б» пункта 2 статьи 1 проекта», "item 2(b) of article 1 of the draft"."""
        if lang == "ru":
            parts = [f"подпункт «{self.subitem}»"] if self.subitem else []
            if self.item:
                parts.append(f"{'пункта' if parts else 'пункт'} {self.item}")
            parts.append(f"{'статьи' if parts else 'статья'} {self.article} проекта")
            return " ".join(parts)
        item = f"item {self.item}" + (f"({self.subitem})" if self.subitem else "")
        article = f"article {self.article} of the draft"
        return f"{item} of {article}" if self.item else article


_ARTICLE = re.compile(r"^(?:Статья|Article|Section)\s+(\d+)")
_ITEM = re.compile(r"^(\d+)\)")
_SUBITEM = re.compile(r"^([а-яa-z])\)")


def bill_items(project: Project, number: int) -> dict[tuple[str, str], BillItem]:
    """The bill's item amending each (act, unit), read from the bill as sent in the round."""
    items: dict[tuple[str, str], BillItem] = {}
    article, item, subitem = 0, "", ""
    for files in project.sent_paragraphs(number).values():
        for p in files:
            if p.role == r.ROLE_HEADING and (found := _ARTICLE.match(p.text)):
                article, item, subitem = int(found.group(1)), "", ""
            elif p.role == r.ROLE_INSTRUCTION and article:
                if found := _ITEM.match(p.text):
                    item, subitem = found.group(1), ""
                elif found := _SUBITEM.match(p.text):
                    subitem = found.group(1)
                items.setdefault((p.act, p.address), BillItem(article, item, subitem))
        break  # the bill is the round's first file
    return items


def _item_of(items: dict[tuple[str, str], BillItem], act: str, address: str) -> BillItem | None:
    """The item amending ``address`` or the nearest unit above it."""
    while address:
        if (act, address) in items:
            return items[act, address]
        address = addr.parent(address)
    return None


def provision(act: m.Act | None, address: str, item: BillItem | None, lang: str) -> str:
    """«часть 2 статьи 322.1 Уголовного кодекса Российской Федерации (пункт 2 статьи 1
    проекта)»: the unit as the act cites it, then the bill's item amending it."""
    if act is None or not address:
        return str(dd.TEXTS[lang]["whole"])
    pairs = addr.parse(address)
    if lang == "ru":
        unit = chain(pairs, "nom", get_profile(act.profile), act.citation_style)
        name = act.names.genitive or act.title or act.slug

    else:
        profile = get_profile(act.profile)
        unit = " of ".join(
            f"{profile.kind_for_key(key) or key} {label}" for key, label in reversed(pairs)
        )
        name = f"of {act.title or act.slug}"
    bill = f" ({item.cite(lang)})" if item else ""
    return f"{unit} {name}{bill}"


def _wording(act: m.Act | None, address: str) -> str:
    unit = act.find(address) if act is not None and address else None
    if unit is None:
        return ""
    return "\n".join(x for x in (unit.text, unit.closing) if x)


def document(project: Project, number: int, kind: str, lang: str) -> dd.Document:
    """The rows of document ``kind`` for round ``number`` of ``project``."""
    rnd = project.round(number)
    if rnd is None:
        known = ", ".join(str(x.number) for x in project.rounds())
        raise RoundError(
            N_("{name} has no round {number}; the rounds sent are {known}."),
            name=project.name,
            number=number,
            known=known,
        )
    draft = project.draft()
    doc = dd.Document(kind, lang, number, draft.title)
    if kind == "sheet":
        doc.recipients = [
            dd.SheetRow(x.agency, rnd.date, x.deadline, x.status, x.letter, x.answer_date)
            for x in rnd.recipients
        ]
        return doc
    acts = _round_acts(project, number)
    items = bill_items(project, number)
    letters = {x.agency: dd.letter_text(x.letter, x.answer_date, lang) for x in rnd.recipients}
    stored = project.remarks(number)
    decisions = {x.id: dd.Decision(x.resolution, x.settled, x.grounds) for x in stored}
    order = {slug: i for i, slug in enumerate(acts)}
    units = {slug: {u.address: i for i, u in enumerate(act.walk())} for slug, act in acts.items()}
    # A group is one row: its head, with the texts of the items grouped into it.
    members: dict[int, list[r.Remark]] = {}
    for x in stored:
        if x.group is not None:
            members.setdefault(x.group, []).append(x)
    remarks = [x for x in stored if x.counted]
    if kind == "table":
        remarks = [
            x
            for x in remarks
            if x.status in DISAGREEING and not decisions.get(x.id, dd.Decision()).settled
        ]
    remarks.sort(
        key=lambda x: (order.get(x.act, len(order)), units.get(x.act, {}).get(x.address, -1), x.id)
    )
    for x in remarks:
        act = acts.get(x.act)
        where = provision(act, x.address, _item_of(items, x.act, x.address), lang)
        if act is None and x.act:  # the act left the project after the round
            where = str(dd.TEXTS[lang]["gone"]).format(address=x.address or "—", act=x.act)
        decision = decisions.get(x.id, dd.Decision())
        text = "\n".join(y.text for y in [x, *members.get(x.id, [])] if y.text)
        if x.proposed is not None:
            proposed = str(dd.TEXTS[lang]["proposed"]).format(text=x.proposed)
            text = f"{text}\n{proposed}" if text else proposed
        doc.remarks.append(
            dd.RemarkRow(
                where,
                _wording(act, x.address),
                x.agency,
                letters.get(x.agency, ""),
                text,
                decision.grounds,
                x.status,
                decision.reason,
                x.act,
                x.address,
            )
        )
    return doc


def write_document(
    project_path: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    number: int | None = None,
    kind: str = "table",
    lang: str | None = None,
) -> dd.Document:
    """Write the document ``kind`` of round ``number`` (the latest by default) to ``target``."""
    with open_project(Path(project_path), read_only=True) as project:
        if number is None:
            number = project.last_round()
        if not number:
            raise RoundError(
                N_("{name} has no round {number}: no round has been sent yet."),
                name=project.name,
                number=1,
            )
        if lang is None:
            lang = "ru" if project.draft().style == "ru" else "en"
        doc = document(project, number, kind, lang)
        author = project.draft().agency or "Drafter"
        dd.write_disagreements(Path(target), doc, author=author, project=project.project_id())
    return doc
