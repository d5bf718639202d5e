"""What every drafting style shares: the rendered bill, address helpers, label sequences."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.profiles import Profile, get_profile
from drafter.core.russian import LETTERS
from drafter.messages import Message

EN_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass
class RenderedBill:
    """An amending bill: plain text plus the structured parts the Word writer lays out.

    ``articles`` are (heading, paragraphs) pairs: «Статья 1» / "1 Amendments of the X Act" /
    "SEC. 2. AMENDMENTS TO THE X ACT." followed by one string per paragraph.
    """

    title: str
    articles: list[tuple[str, list[str]]] = field(default_factory=list)
    warnings: list[Message] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)  # lines above the first article
    text: str = ""
    above: list[str] = field(default_factory=list)  # set apart above all: initiator, «Проект»


def compose_text(bill: RenderedBill) -> str:
    """The bill as plain text: preamble, title, then each article's heading and paragraphs."""
    blocks = [*bill.above, *bill.preamble, bill.title]
    for heading, paragraphs in bill.articles:
        blocks.append(heading)
        blocks.append("\n".join(paragraphs))
    return "\n\n".join(b for b in blocks if b) + "\n"


def split_heading(address: str) -> tuple[str, bool]:
    """("art:5", True) for "art:5#heading"."""
    if address.endswith(m.HEADING_SUFFIX):
        return address[: -len(m.HEADING_SUFFIX)], True
    return address, False


def pairs_of(address: str) -> list[tuple[str, str]]:
    return addr.parse(split_heading(address)[0])


def top_address(address: str) -> str:
    """The first addressable level of ``address`` ("art:5" for "art:5/part:2#heading")."""
    pairs = pairs_of(address)
    return addr.join(pairs[:1])


def kind_of_key(profile: Profile, key: str) -> str:
    kind = profile.kind_for_key(key)
    if kind is None:
        raise ValueError(f"unknown address key {key!r} in profile {profile.name}")
    return kind


def child_kind(op: m.Operation, profile: Profile) -> str:
    """The kind of the unit an add_unit / renumber_units operation creates or relabels.

    The anchor's key when there is one; otherwise the level below the parent in the profile
    (the top-level kind for the act itself or a container).
    """
    if op.anchor:
        return kind_of_key(profile, addr.parse(op.anchor)[-1][0])
    pairs = pairs_of(op.address)
    if not pairs:
        return profile.top
    parent_kind = kind_of_key(profile, pairs[-1][0])
    if parent_kind in m.CONTAINER_KINDS:
        return profile.top
    if parent_kind == m.NOTE:
        return m.POINT
    if parent_kind == profile.top:
        return profile.levels[0]
    if parent_kind in profile.levels:
        i = profile.levels.index(parent_kind)
        if i + 1 < len(profile.levels):
            return profile.levels[i + 1]
    return m.PARAGRAPH


def profile_for(act: m.Act, style: str) -> Profile:
    name = act.profile
    if style in ("uk", "us") and not name.startswith(style):
        name = style
    return get_profile(name)


# --- label sequences -------------------------------------------------------------------------
def _alphabet(label: str) -> str | None:
    low = label.lower()
    if low and all(c in LETTERS for c in low):
        return LETTERS
    if low and all(c in EN_LETTERS for c in low):
        return EN_LETTERS
    return None


def next_label(label: str) -> str | None:
    """The label after ``label`` in its sequence ("3"→"4", "2.1"→"2.2", "в"→"г", "b"→"c")."""
    if re.fullmatch(r"\d+", label):
        return str(int(label) + 1)
    match = re.fullmatch(r"(.*[.\-])(\d+)", label)
    if match:
        return match.group(1) + str(int(match.group(2)) + 1)
    alphabet = _alphabet(label)
    if alphabet and len(label) == 1:
        i = alphabet.index(label.lower())
        if i + 1 < len(alphabet):
            nxt = alphabet[i + 1]
            return nxt.upper() if label.isupper() else nxt
    return None


def label_range(first: str, last: str, limit: int = 200) -> list[str] | None:
    """All labels from ``first`` to ``last`` inclusive, or None when they are not a sequence."""
    out = [first]
    while out[-1] != last:
        nxt = next_label(out[-1])
        if nxt is None or len(out) > limit:
            return None
        out.append(nxt)
    return out


def runs(labels: list[str]) -> bool:
    """True when ``labels`` are consecutive in their sequence."""
    return all(next_label(a) == b for a, b in itertools.pairwise(labels))


def inbetween_predecessor(label: str) -> str | None:
    """The unit a style's in-between label follows: "322.1"→"322", "322.2"→"322.1",
    "а.1"→"а", "2A"→"2", "5B"→"5A", "aa"→"a". None for plain labels (3, в, b)."""
    match = re.fullmatch(r"(.+)\.(\d+)", label)
    if match:
        base, n = match.group(1), int(match.group(2))
        return base if n == 1 else f"{base}.{n - 1}"
    match = re.fullmatch(r"(\d+)([A-Z])", label)
    if match:
        base, letter = match.groups()
        return base if letter == "A" else base + chr(ord(letter) - 1)
    match = re.fullmatch(r"([a-z])([a-z])", label)
    if match:
        base, letter = match.groups()
        return base if letter == "a" else base + chr(ord(letter) - 1)
    return None


def implied_placement(
    parent: str, key: str, label: str | None, previous: m.Operation | None
) -> tuple[str, str | None]:
    """Where a style that names only the new unit's label («дополнить частью 2.1») puts it.

    A plain label (4, г) continues the list: the end. An in-between label (2.1, 322.4, а.1,
    2A) goes after the label before it (2, 322.3, а, 2); when the previous operation added
    the label just before it (2.1 then 2.2) under the same parent, it shares that
    operation's place, as the planner anchors a run of new units on the last existing one.
    """
    pred = inbetween_predecessor(label or "")
    if pred is None:
        return "end", None
    base, _ = split_heading(parent)
    if (
        previous is not None
        and previous.op == m.ADD_UNIT
        and previous.address == parent
        and previous.label == pred
    ):
        return previous.position or "end", previous.anchor
    return "after", addr.child(base, key, pred)


def pair_quotes(text: str, opening: str, closing: str) -> str:
    """Straight double quotes in ``text`` → ``opening`` and ``closing`` in turn."""
    out = []
    opened = False
    for ch in text:
        if ch == '"':
            out.append(closing if opened else opening)
            opened = not opened
        else:
            out.append(ch)
    return "".join(out)


def quote_en(text: str) -> str:
    """Double quotes outside; double quotes inside the quoted words become single curly ones."""
    return '"' + pair_quotes(text, "‘", "’") + '"'


def unquote_en(text: str) -> str:
    """The inverse of :func:`quote_en` on the inside of a quotation."""
    out = []
    opened = False
    for ch in text:
        if ch == "‘" and not opened:
            out.append('"')
            opened = True
        elif ch == "’" and opened:
            out.append('"')
            opened = False
        else:
            out.append(ch)
    return "".join(out)
