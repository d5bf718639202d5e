"""Drafting styles: render operations into a jurisdiction's amending formulae.

``render_operations`` gives the instructions for one act; ``render_bill`` the whole amending
bill (title, one article per act, entry into force / commencement) in the draft's style.
"""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.styles.base import RenderedBill

STYLES = ("ru", "uk", "us")


def _module(style: str):
    if style == "ru":
        from drafter.core.styles import ru

        return ru
    if style == "uk":
        from drafter.core.styles import uk

        return uk
    if style == "us":
        from drafter.core.styles import us

        return us
    raise ValueError(f"unknown drafting style {style!r} (known: {', '.join(STYLES)})")


def render_operations(ops: list[m.Operation], act: m.Act, style: str) -> str:
    """The amending instructions that carry out ``ops`` on ``act``, in ``style``."""
    return _module(style).render_operations(ops, act)


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    """The amending bill for ``draft`` in its style: title, one article per act, commencement."""
    return _module(draft.style).render_bill(draft, acts, ops_by_act)


__all__ = ["STYLES", "RenderedBill", "render_bill", "render_operations"]
