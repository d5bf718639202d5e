"""Lines of an act (paragraphs) → an Act with its tree of units: profile detection and dispatch."""

from __future__ import annotations

from drafter.core import model as m
from drafter.core import structure_en, structure_ru
from drafter.core.address import assign_addresses
from drafter.core.profiles import Profile, get_profile
from drafter.core.structure_detect import detect_profile, letters
from drafter.messages import N_, message


def parse_lines(
    lines: list[str], *, slug: str = "act", profile: Profile | None = None
) -> m.ImportResult:
    """Read paragraphs of an act (whole or a fragment of articles) into an Act with addresses.

    ``profile`` None means detect (:func:`detect_profile`); a name (from the command line) is
    looked up. Nothing is dropped: text that cannot be placed is kept and reported in
    ``ImportResult.warnings`` with its line number.
    """
    warnings: list[m.ImportWarning] = []
    undetected = False
    if profile is None:
        name = detect_profile(lines)
        if name is None:
            name = "ru-code"
            undetected = True
            if any(x.strip() for x in lines):
                warnings.append(
                    m.ImportWarning(
                        0, message(N_("could not tell the structure of the text; read as ru-code"))
                    )
                )
        profile = get_profile(name)
    prof = profile
    if prof.language == "ru":
        result = structure_ru.parse(lines, prof, slug)
    else:
        result = structure_en.parse(lines, prof, slug)
    result.act.slug = slug
    result.act.profile = prof.name
    if undetected:
        # Read with the fallback profile, but the language is what the letters say.
        cyrillic, latin = letters("\n".join(lines[:400]))
        if latin > cyrillic:
            result.act.language = "en"
    assign_addresses(result.act)
    result.warnings[:0] = warnings
    return result
