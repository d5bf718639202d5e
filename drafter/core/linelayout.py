"""The printed lines of an act, each tagged with its unit and role, and their typography."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

from drafter.core import model as m
from drafter.core import textlayout
from drafter.core.profiles import Profile, get_profile
from drafter.core.structure_ru import unit_lines as ru_unit_lines


class Typography(Protocol):
    """A style's printed quotes and dash (a drafting style's page setup has them)."""

    @property
    def quotes(self) -> tuple[str, str, str, str]:  # outer open/close, inner open/close
        ...

    @property
    def dash(self) -> str:  # the dash between words
        ...


_SPACED_DASH = re.compile(r"(?<=\S) +[-\u2013\u2014](?=[ »“”\"]|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=1 << 16)
def typographic(text: str, typography: Typography) -> str:
    """Typographic quotes and dashes for printed text; control characters dropped.

    A hyphen with spaces around it becomes the style's dash, tied to the previous word by a
    no-break space; straight quotes become the style's outer quotes, and quotes nested inside
    them the inner ones.
    """
    if not text.isprintable():  # fast test: most paragraphs have no control characters
        text = _CONTROL.sub("", text)
    if " -" in text or " \u2013" in text or " \u2014" in text:
        text = _SPACED_DASH.sub("\u00a0" + typography.dash, text)
    if '"' not in text and "'" not in text:
        return text
    out: list[str] = []
    depth = 0
    o1, c1, o2, c2 = typography.quotes
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == '"':
            opening = prev.isspace() or prev in "([{«„“\u2018" or (prev == '"')
            if opening:
                out.append(o1 if depth == 0 else o2)
                depth += 1
            else:
                depth = max(depth - 1, 0)
                out.append(c1 if depth == 0 else c2)
        elif ch == "'" and prev.isalpha():
            out.append("\u2019")
        elif ch in (o1, o2):  # quotes already typographic count too: „“ inside «»
            depth += 1
            out.append(ch)
        elif ch == c1 or (ch == c2 and c2 != "\u2019"):  # ’ is also an apostrophe
            depth = max(depth - 1, 0)
            out.append(ch)
        else:
            out.append(ch)
    return "".join(out)


@dataclass(frozen=True)
class Line:
    """One printed paragraph of an act: which unit it belongs to and in which role."""

    address: str  # the unit's address ("" for the act's title)
    role: str  # title | container | head | text | closing
    text: str
    kind: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.address, self.role)


def _own_lines(unit: m.Unit, profile: Profile, parent_kind: str) -> list[str]:
    """The unit's own paragraphs (without its children's) in the core's text layout."""
    shell = m.Unit(unit.kind, unit.number, unit.heading, unit.text, repealed=unit.repealed)
    if profile.language == "ru":
        lines = ru_unit_lines(shell, profile, parent_kind)
        # A note with numbered points is «Примечания.» (the shell has no children to tell).
        plural = any(c.kind == m.POINT for c in unit.children)
        if unit.kind == m.NOTE and plural and lines and lines[0].startswith("Примечание."):
            lines[0] = "Примечания." + lines[0][len("Примечание.") :]
        return lines
    return textlayout.unit_lines(shell, profile)


def layout_unit(unit: m.Unit, profile: Profile, parent_kind: str = m.ARTICLE) -> list[Line]:
    """The paragraphs of ``unit`` and its subtree, each tagged with the address it prints.

    The wording of each paragraph follows the core's text layout (drafter.core.textlayout), so
    "accept all" reads exactly as the proposed text the rest of Drafter shows; editorial notes
    are metadata and are left out.
    """
    children = unit.children
    inline_first = (
        not unit.text
        and not unit.is_container
        and unit.kind != m.PARAGRAPH
        and children
        and children[0].kind == m.PARAGRAPH
        and not unit.repealed
    )
    if inline_first:
        shell = m.Unit(unit.kind, unit.number, unit.heading, children[0].text)
        own = _own_lines(shell, profile, parent_kind)
        children = children[1:]
    else:
        own = _own_lines(unit, profile, parent_kind)
    top = unit.is_container or unit.kind in (m.ARTICLE, m.SECTION, m.SCHEDULE)
    lines: list[Line] = []
    for i, text in enumerate(own):
        if i == 0:
            role = "container" if unit.is_container else "head" if top else "text"
        else:
            role = "text" if i == 1 else f"text{i}"
        lines.append(Line(unit.address, role, text, unit.kind))
    if unit.repealed and not unit.is_container:
        return lines
    if inline_first:  # the first абзац printed on the unit's own line: the rest of it follows
        first = unit.children[0]
        for child in first.children:
            lines.extend(layout_unit(child, profile, first.kind))
        if first.closing:
            lines.append(Line(first.address, "closing", first.closing, first.kind))
    for child in children:
        lines.extend(layout_unit(child, profile, unit.kind))
    if unit.closing:
        lines.append(Line(unit.address, "closing", unit.closing, unit.kind))
    return lines


def identical(a: m.Unit, b: m.Unit) -> bool:
    """Exactly the same law text (a fast test done before any normalised comparison)."""
    return (
        a.kind == b.kind
        and a.number == b.number
        and a.repealed == b.repealed
        and a.heading == b.heading
        and a.text == b.text
        and a.closing == b.closing
        and len(a.children) == len(b.children)
        and all(identical(x, y) for x, y in zip(a.children, b.children, strict=True))
    )


LayoutCache = dict[str, tuple[m.Unit, list[Line]]]


def _layout_units(units: list[m.Unit], profile: Profile, cache: LayoutCache | None) -> list[Line]:
    lines: list[Line] = []
    for unit in units:
        if unit.is_container:
            shell = m.Unit(unit.kind, unit.number, unit.heading, unit.text, address=unit.address)
            lines.extend(layout_unit(shell, profile))
            lines.extend(_layout_units(unit.children, profile, cache))
            continue
        if cache is None:
            lines.extend(layout_unit(unit, profile))
            continue
        hit = cache.get(unit.address)
        if hit is not None and identical(hit[0], unit):
            lines.extend(hit[1])
            continue
        own = layout_unit(unit, profile)
        cache[unit.address] = (unit, own)
        lines.extend(own)
    return lines


def act_lines(
    act: m.Act, units: list[m.Unit] | None = None, *, cache: LayoutCache | None = None
) -> list[Line]:
    """The act's title and the lines of ``units`` (default: all of the act's units).

    With a ``cache``, the lines of each top-level unit are kept, and an identical unit laid out
    later (the same article in the proposed act) reuses them.
    """
    profile = get_profile(act.profile)
    lines = [Line("", "title", act.title or act.slug, "act")]
    lines.extend(_layout_units(act.units if units is None else units, profile, cache))
    return lines
