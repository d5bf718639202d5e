"""What the window computes without widgets: instructions, the bill, the redline, added units."""

from __future__ import annotations

import html
from dataclasses import replace
from typing import TYPE_CHECKING

from drafter.core import model as m
from drafter.core.draft import keep_labels, proposed_act
from drafter.core.plan import plan
from drafter.core.profiles import Profile, get_profile
from drafter.core.restate import forms_for
from drafter.core.styles import render_operations
from drafter.core.textlayout import unit_to_text
from drafter.core.worddiff import DELETE, INSERT, word_diff
from drafter.services.export import build_bill
from drafter.ui.document import without_notes
from drafter.ui.messages import tr_message

if TYPE_CHECKING:
    from drafter.ui.document import DraftDocument


def draft_snapshot(draft: m.Draft) -> m.Draft:
    """A copy a background job can read while the UI edits the draft (units are never mutated)."""
    return replace(
        draft,
        acts=[m.ActDraft(a.slug, dict(a.proposals)) for a in draft.acts if a.proposals],
    )


def _fragment(act: m.Act, units: list[m.Unit]) -> m.Act:
    return replace(act, units=units, preamble=[], notes=[])


def article_instructions(document: DraftDocument, slug: str, address: str, style: str) -> str:
    """The amending instructions for one top-level unit, in ``style``."""
    act = document.act(slug)
    proposal = document.proposal(slug, address)
    if act is None or proposal is None:
        return ""
    where = (proposal.after or "") if proposal.status == m.ADDED else address
    unit = document.current_unit(slug, where)
    before = _fragment(act, [unit] if unit is not None else [])
    after = proposed_act(before, m.ActDraft(slug, {address: proposal}))
    ops = plan(before, after, forms=forms_for(document.draft.forms, slug))
    return render_operations(ops, act, style) if ops else ""


def bill_text(draft: m.Draft, acts: list[m.Act]) -> str:
    """The whole amending bill, its warnings below it (runs on the thread pool)."""
    bill = build_bill(draft, acts)
    if bill is None:
        return ""
    text = bill.text
    if bill.warnings:
        text += "\n\n" + "\n".join(f"⚠ {tr_message(w)}" for w in bill.warnings)
    return text


def redline_html(document: DraftDocument, slug: str) -> str:
    """The changed units of an act with deletions struck red and insertions underlined green."""
    act = document.act(slug)
    if act is None:
        return ""
    parts = [
        "<html><body style='font-family: serif;'>",
        f"<h3>{html.escape(act.title or act.slug)}</h3>",
    ]
    act_draft = document.act_draft(slug)
    if not act_draft.proposals and not any(k[0] == slug for k in document.texts):
        from PySide6.QtCore import QCoreApplication

        none = QCoreApplication.translate("Redline", "The draft does not change this act.")
        parts.append(f"<p><i>{html.escape(none)}</i></p>")
    for address in act_draft.proposals:
        old = document.current_text(slug, address)
        new = _proposed_as_printed(document, slug, address)
        parts.append("<p style='white-space: pre-wrap; margin-bottom: 14px;'>")
        parts.append(redline_fragment(old, new))
        parts.append("</p><hr/>")
    parts.append("</body></html>")
    return "".join(parts)


def _proposed_as_printed(document: DraftDocument, slug: str, address: str) -> str:
    """The proposed wording, a label only retyped («е.1» for «е1») as the act prints it."""
    current = document.current_unit(slug, address)
    proposal = document.proposal(slug, address)
    act = document.act(slug)
    if (slug, address) in document.texts or None in (current, proposal, act):
        return document.proposed_text(slug, address)
    assert current is not None and proposal is not None and act is not None
    if proposal.status != m.CHANGED:
        return document.proposed_text(slug, address)
    unit = keep_labels(current, without_notes(proposal.unit))
    return unit_to_text(unit, get_profile(act.profile))


def redline_fragment(old: str, new: str) -> str:
    """``old`` → ``new`` as HTML: deletions struck red, insertions underlined green."""
    out: list[str] = []
    for op, text in word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br/>")
        if op == DELETE:
            out.append(
                f"<span style='color:#c62828; text-decoration: line-through;'>{escaped}</span>"
            )
        elif op == INSERT:
            out.append(f"<span style='color:#1b5e20; text-decoration: underline;'>{escaped}</span>")
        else:
            out.append(escaped)
    return "".join(out)


def added_unit(document: DraftDocument, slug: str, address: str) -> m.Proposal | None:
    """A new, empty unit of the same kind right after the unit at ``address``."""
    act = document.act(slug)
    base = document.proposed_unit(slug, address)
    if act is None or base is None:
        return None
    profile = get_profile(act.profile)
    label = next_label(document, slug, base.number, profile)
    new_address = f"{profile.key(base.kind)}:{label}"
    unit = m.Unit(kind=base.kind, number=label, address=new_address)
    return m.Proposal(new_address, m.ADDED, unit, after=address)


def next_label(document: DraftDocument, slug: str, number: str, profile: Profile) -> str:
    """An in-between label for a unit added after ``number`` that no unit uses yet."""
    act = document.act(slug)
    if act is None:
        return f"{number}-new"
    used = {u.number for u in act.top_units()}
    used |= {p.unit.number for p in document.act_draft(slug).proposals.values()}
    if profile.language == "ru":
        head, _, last = number.rpartition(".")
        if head and last.isdigit() and f"{head}.{int(last) + 1}" not in used:
            return f"{head}.{int(last) + 1}"  # after 322.3 comes 322.4
        for i in range(1, 100):
            label = f"{number}.{i}"
            if label not in used:
                return label
    else:
        stem = number.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ") or number
        for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            label = f"{stem}{letter}"
            if label not in used:
                return label
    return f"{number}-new"
