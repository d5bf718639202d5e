"""``drafter disagreements``: the table of disagreements, the summary of remarks and the approval
sheet of a round, from the remarks as decided."""

from __future__ import annotations

import os
from pathlib import Path

from drafter.core import address as addr
from drafter.core import model as m
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


def _bill_articles(project: Project, number: int) -> dict[str, int]:
    """The bill's article amending each act: acts with changes, in the bill's order."""
    frozen = project.round_draft(number) or {}
    slugs = [e["slug"] for e in frozen.get("acts", []) if e.get("proposals")]
    return {slug: i for i, slug in enumerate(slugs, start=1)}


def provision(act: m.Act | None, address: str, article: int | None, lang: str) -> str:
    """«часть 2 статьи 322.1 Уголовного кодекса Российской Федерации (статья 1 проекта)»."""
    if act is None or not address:
        return str(dd.TEXTS[lang]["whole"])
    pairs = addr.parse(address)
    if lang == "ru":
        unit = chain(pairs, "nom", get_profile(act.profile), act.citation_style)
        name = act.names.genitive or act.title or act.slug
        bill = f" (статья {article} проекта)" if article else ""
    else:
        unit = ", ".join(f"{key} {label}" for key, label in reversed(pairs))
        name = act.title or act.slug
        bill = f" (article {article} of the draft)" if article else ""
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
    articles = _bill_articles(project, number)
    letters = {x.agency: dd.letter_text(x.letter, x.answer_date, lang) for x in rnd.recipients}
    decisions = dd.stored_decisions(project.path, number)
    order = {slug: i for i, slug in enumerate(acts)}
    units = {slug: {u.address: i for i, u in enumerate(act.walk())} for slug, act in acts.items()}
    remarks = [x for x in project.remarks(number) if x.parent is None]
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
        decision = decisions.get(x.id, dd.Decision())
        text = x.text
        if x.proposed is not None:
            proposed = str(dd.TEXTS[lang]["proposed"]).format(text=x.proposed)
            text = f"{text}\n{proposed}" if text else proposed
        doc.remarks.append(
            dd.RemarkRow(
                provision(act, x.address, articles.get(x.act), lang),
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
