"""Drafting styles: render operations into a jurisdiction's amending formulae.

``render_operations`` gives the instructions for one act; ``render_bill`` the whole amending
bill (title, one article per act, entry into force / commencement) in the draft's style.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from drafter.core import model as m
from drafter.core.styles.base import RenderedBill
from drafter.errors import EngineError
from drafter.messages import N_

STYLES = ("ru", "uk", "us")
# The module that frames a style's bill, where it is not the style's own module.
_FRAMES = {"ru": "ru_frame"}


class UnknownStyle(EngineError, ValueError):
    """A drafting style Drafter does not write (a damaged or newer project, a typo)."""


def _module(style: str) -> ModuleType:
    """The module that writes ``style`` (imported when first used)."""
    if style not in STYLES:
        raise UnknownStyle(
            N_("unknown drafting style {style!r} (known: {known})"),
            style=style,
            known=", ".join(STYLES),
        )
    return importlib.import_module(f"drafter.core.styles.{style}")


def render_operations(ops: list[m.Operation], act: m.Act, style: str) -> str:
    """The amending instructions that carry out ``ops`` on ``act``, in ``style``."""
    return _module(style).render_operations(ops, act)


def render_bill(
    draft: m.Draft, acts: list[m.Act], ops_by_act: dict[str, list[m.Operation]]
) -> RenderedBill:
    """The amending bill for ``draft`` in its style: title, one article per act, commencement."""
    _module(draft.style)
    frame = importlib.import_module(f"drafter.core.styles.{_FRAMES.get(draft.style, draft.style)}")
    return frame.render_bill(draft, acts, ops_by_act)


__all__ = ["STYLES", "RenderedBill", "render_bill", "render_operations"]
