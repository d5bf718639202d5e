"""Amending instructions between two texts, and applying instructions to a text (CLI use cases)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from drafter.core import model as m
from drafter.core.profiles import get_profile
from drafter.core.styles import STYLES
from drafter.errors import DrafterError
from drafter.messages import N_, Message, message
from drafter.services.acts import load_act, where

_UNKNOWN_STYLE = N_("unknown style {style}: use one of {styles}")


def default_style(act: m.Act, requested: str | None) -> str:
    """The style asked for, else the one the act implies; ask when it cannot be told."""
    if requested:
        if requested not in STYLES:
            raise DrafterError(_UNKNOWN_STYLE, style=repr(requested), styles=", ".join(STYLES))
        return requested
    if act.profile.startswith("ru") and act.language == "ru":
        return "ru"
    if act.profile in ("uk", "us") and act.top_units():
        return act.profile
    raise DrafterError(
        N_("cannot tell the drafting style of {slug}: give --style ru, uk or us"), slug=act.slug
    )


@dataclass
class DiffResult:
    operations: list[m.Operation]
    instructions: str
    style: str
    warnings: list[Message] = field(default_factory=list)
    forms: dict[str, str] = field(default_factory=dict)  # changed unit → restate | patch


def diff_files(
    before: Path | str,
    after: Path | str,
    *,
    style: str | None = None,
    forms: Mapping[str, str] | None = None,
) -> DiffResult:
    """The instructions turning BEFORE into AFTER; ``forms`` (address → restate | patch) are
    the drafter's forms of units (``drafter diff --restate ADDRESS``)."""
    from drafter.core.plan import plan
    from drafter.core.renumbering import renumbering_warnings
    from drafter.core.restate import unhonoured, unit_forms
    from drafter.core.styles import render_operations

    base = load_act(before)
    proposed = load_act(after, slug=base.act.slug, profile=get_profile(base.act.profile))
    style = default_style(base.act, style)
    warnings = [where(Path(before).name, w) for w in base.warnings]
    warnings += [where(Path(after).name, w) for w in proposed.warnings]
    _known_addresses(base.act, forms or {})
    operations = plan(base.act, proposed.act, forms=forms)
    warnings += renumbering_warnings(base.act, proposed.act, operations)
    warnings += unhonoured(forms or {}, operations)
    if not operations:
        warnings.append(
            message(
                N_("{after} makes no change to {before}"),
                after=Path(after).name,
                before=Path(before).name,
            )
        )
    text = render_operations(operations, base.act, style) if operations else ""
    return DiffResult(operations, text, style, warnings, unit_forms(operations))


def _known_addresses(act: m.Act, forms: Mapping[str, str]) -> None:
    from drafter.core.address import assign_addresses

    assign_addresses(act)
    for address in forms:
        if act.find(address) is None:
            raise DrafterError(
                N_("{slug} has no unit {address}: give the address as `drafter show` prints it."),
                slug=act.slug,
                address=address,
            )


def apply_file(
    before: Path | str, instructions: Path | str, *, style: str | None = None
) -> tuple[m.Act, list[m.Operation]]:
    from drafter.core.apply import apply
    from drafter.core.parse import parse_instructions
    from drafter.io.textfile import read_text_lines

    base = load_act(before).act
    style = default_style(base, style)
    path = Path(instructions)
    if path.is_file() and not path.read_bytes().strip():
        # `drafter diff` of two equal texts prints nothing: applying that changes nothing.
        return apply(base, []), []
    text = "\n".join(read_text_lines(path))
    operations = parse_instructions(text, base.slug, style, profile=get_profile(base.profile))
    if not operations and text.strip():
        raise DrafterError(
            N_("{name}: no amending instruction recognised"), name=Path(instructions).name
        )
    return apply(base, operations), operations
