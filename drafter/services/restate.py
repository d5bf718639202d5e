"""The drafter's choice between restating a unit and amending it by patches, kept in the project."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

from drafter.core import model as m
from drafter.core import restate as rs
from drafter.core.draft import proposed_act
from drafter.core.plan import plan
from drafter.core.styles.base import top_address
from drafter.errors import DrafterError, ProjectError
from drafter.io.project import Project
from drafter.io.project_queries import FORMS_SETTING
from drafter.messages import N_, Message
from drafter.services.projects import open_project

CHOICES = (rs.RESTATE, rs.PATCH, rs.AUTO)


@dataclass(frozen=True)
class UnitForm:
    """The form a unit's amendment takes now, the drafter's choice, and why."""

    slug: str
    address: str
    form: str | None  # restate | patch; None: the draft does not change the unit
    chosen: str  # restate | patch | auto
    reason: Message | None = None


def _fragment(act: m.Act, top: m.Unit) -> m.Act:
    return replace(act, units=[top], preamble=[], notes=[])


def unit_form(project: Project, draft: m.Draft, slug: str, address: str) -> UnitForm:
    """How the bill amends unit ``address`` of act ``slug`` now (the drafter's forms heeded)."""
    act = project.act(slug)
    unit = act.find(address)
    if unit is None:
        raise DrafterError(
            N_("{slug} has no unit {address}: give the address as `drafter show` prints it."),
            slug=slug,
            address=address,
        )
    chosen = draft.forms.get(rs.setting_key(slug, address), rs.AUTO)
    top = top_address(address)
    act_draft = next((a for a in draft.acts if a.slug == slug), None)
    proposal = act_draft.proposals.get(top) if act_draft is not None else None
    current = act.find(top)
    if proposal is None or current is None:
        return UnitForm(slug, address, None, chosen)
    before = _fragment(act, current)
    after = proposed_act(before, m.ActDraft(slug, {top: proposal}))
    forms = rs.forms_for(draft.forms, slug)
    ops = plan(before, after, forms=forms)
    form = rs.form_of(address, ops)
    if form is None:
        return UnitForm(slug, address, None, chosen)
    return UnitForm(slug, address, form, chosen, _reason(before, after, address, forms, form))


def _reason(
    before: m.Act, after: m.Act, address: str, forms: dict[str, str], form: str
) -> Message | None:
    """Why the unit got ``form``: the rule of core.restate that chose it (or the drafter)."""
    old, new = before.find(address), after.find(address)
    if old is None or new is None:
        return None
    forced = rs.forced_form(forms, address)
    if forced == form:
        return rs.decide(old, new, [], forced).reason
    if forced == rs.PATCH:  # wanted as patches, restated all the same
        return rs.decide(old, new, None).reason
    patched = plan(before.copy(), after.copy(), forms={**forms, address: rs.PATCH})
    inside = [op for op in patched if rs.form_of(address, [op]) is not None]
    decision = rs.decide(old, new, inside)
    if decision.form != form:  # a unit around it, or the patch itself, decided otherwise
        return rs.decide(old, new, None).reason if form == rs.RESTATE else decision.reason
    return decision.reason


def set_unit_form(project: Project, draft: m.Draft, slug: str, address: str, form: str) -> UnitForm:
    """Keep the drafter's ``form`` (restate, patch, or auto: the rules decide) for a unit.

    ``draft.forms`` is replaced by the new choices, so the bill built from it follows them.
    """
    if form not in CHOICES:
        raise DrafterError(N_("unknown form {form}: use restate, patch or auto"), form=repr(form))
    if project.read_only:
        raise ProjectError(
            N_("{name} is open read-only, so the form of its units cannot be changed."),
            name=project.name,
        )
    found = unit_form(project, draft, slug, address)  # the unit exists
    key = rs.setting_key(slug, address)
    forms = {k: v for k, v in draft.forms.items() if k != key}
    if form != rs.AUTO:
        forms[key] = form
    project.settings_set(FORMS_SETTING, forms)
    draft.forms = forms
    return unit_form(project, draft, slug, address) if form != found.chosen else found


def set_form(
    project_path: str | os.PathLike[str], slug: str, address: str, form: str | None
) -> UnitForm:
    """``drafter restate PROJECT ACT ADDRESS [--form F]``: show, or set and show, a unit's form."""
    with open_project(Path(project_path), read_only=form is None) as project:
        draft = project.draft()
        if form is None:
            return unit_form(project, draft, slug, address)
        return set_unit_form(project, draft, slug, address, form)
