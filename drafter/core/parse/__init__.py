"""Amending instructions (text) back into operations, in the ru, uk and us styles.

The package reads in layers: :mod:`.typography` (quotation marks, masking), the citations and
formulae of each language (:mod:`.ru_citations`, :mod:`.ru_formulae`, :mod:`.en_citations`,
:mod:`.en_formulae`), and :mod:`.flattened` for labels whose superscript was lost.
"""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.parse.en_formulae import EnParser
from drafter.core.parse.flattened import resolve_flattened
from drafter.core.parse.report import ParsedInstruction, ParseReport
from drafter.core.parse.ru_formulae import RuParser
from drafter.core.parse.typography import normalize_typography
from drafter.core.profiles import Profile, get_profile
from drafter.core.styles import STYLES
from drafter.errors import EngineError
from drafter.messages import N_

_CANNOT_READ = N_("Cannot read the instruction «{instruction}»: {reason}.")
_CANNOT_READ_LINE = N_(
    "Cannot read the instruction «{instruction}» (line {line}): {reason}. Nothing was applied."
)
_UNKNOWN_STYLE = N_("Unknown drafting style {style} (known: {known}).")

__all__ = [
    "ParseReport",
    "ParsedInstruction",
    "normalize_typography",
    "parse_instructions",
    "parse_report",
]


def parse_instructions(
    text: str, act_slug: str, style: str, *, profile: Profile | None = None
) -> list[m.Operation]:
    """The operations ``text`` (amending instructions in ``style``) carries out on one act.

    ``profile`` (ru-code when None) maps unit words to address keys; parts cited in words
    («части второй») and in digits are both read. Raises EngineError naming the first
    instruction that could not be read: an instruction text is read whole or not at all.
    """
    report = parse_report(text, act_slug, style, profile=profile)
    for ins in report.instructions:
        if ins.error is not None:
            if ins.line:
                raise EngineError(
                    _CANNOT_READ_LINE, instruction=_short(ins.text), line=ins.line, reason=ins.error
                )
            raise EngineError(_CANNOT_READ, instruction=_short(ins.text), reason=ins.error)
    return report.operations


def parse_report(
    text: str,
    act_slug: str,
    style: str,
    *,
    profile: Profile | None = None,
    flattened_superscripts: bool = False,
) -> ParseReport:
    """Like :func:`parse_instructions` but never raises: each instruction with its operations
    or the reason it was not understood. ``flattened_superscripts`` resolves labels whose
    superscript was flattened in the source («статьей 112» after «в статье 11» → 11.2) and
    lists those it cannot resolve."""
    profile = profile or get_profile("ru-code")
    if style == "ru":
        report = RuParser(act_slug, profile).parse(text)
        if flattened_superscripts:
            resolve_flattened(report)
        return report
    if style in ("uk", "us"):
        prof = profile if profile.name.startswith(style) else get_profile(style)
        return EnParser(act_slug, prof, style).parse(text)
    raise EngineError(_UNKNOWN_STYLE, style=repr(style), known=", ".join(STYLES))


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
