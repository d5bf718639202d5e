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
    _check_front_matter(base.act, proposed.act, Path(after).name)
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


def _check_front_matter(base: m.Act, proposed: m.Act, name: str) -> None:
    """Refuse a change above the first unit (a fragment that starts inside an article): no
    instruction can name it, and leaving it out would give a text other than ``proposed``."""
    from drafter.core.worddiff import same_text

    before = [base.title, *base.preamble]
    after = [proposed.title, *proposed.preamble]
    if same_text("\n".join(before), "\n".join(after)):
        return
    pairs = zip(before + [""] * len(after), after + [""] * len(before), strict=False)
    changed = next(new or old for old, new in pairs if not same_text(old, new))
    raise DrafterError(
        N_(
            "{after}: «{text}» changed above the first unit heading; an amending instruction "
            "can only name units, so begin both texts at a heading (an article or a section)."
        ),
        after=name,
        text=_short(changed),
    )


def _short(text: str, limit: int = 100) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def apply_file(
    before: Path | str, instructions: Path | str, *, style: str | None = None
) -> tuple[m.Act, list[m.Operation]]:
    """BEFORE with the instructions of a text file carried out (what `drafter apply` writes)."""
    from drafter.core.apply import apply
    from drafter.io.textfile import read_text_lines

    base = load_act(before).act
    path = Path(instructions)
    if path.is_file() and not path.read_bytes().strip():
        # `drafter diff` of two equal texts prints nothing: applying that changes nothing.
        default_style(base, style)
        return apply(base, []), []
    text = "\n".join(read_text_lines(path))
    return apply_text(base, text, style=style, name=path.name)


def apply_text(
    base: m.Act, text: str, *, style: str | None = None, name: str = "instructions"
) -> tuple[m.Act, list[m.Operation]]:
    """``base`` with the instructions ``text`` carried out: every instruction is read, or the
    first one that cannot be is named (its line and text) and nothing is applied."""
    from drafter.core.apply import apply
    from drafter.core.parse import parse_instructions

    style = default_style(base, style)
    operations = parse_instructions(text, base.slug, style, profile=get_profile(base.profile))
    if not operations and text.strip():
        raise DrafterError(N_("{name}: no amending instruction recognised"), name=name)
    return apply(base, operations), operations
