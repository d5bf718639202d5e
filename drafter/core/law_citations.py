"""Citations inside law text: «частью второй статьи 105», «статьями 322.1 - 322.3, 323 настоящего
Кодекса», «пунктом «а» части 1 статьи 18.8», another act named by its title in any case."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import model as m
from drafter.core.russian import forms, noun, ordinal_value

# The unit words a citation may start with, smallest first: a parent is written after its child
# and stands later in this order.
_KINDS = (
    m.PARAGRAPH, m.SUBPOINT, m.POINT, m.PART, m.NOTE, m.ARTICLE, m.CHAPTER, m.SUBDIVISION,
    m.DIVISION,
)  # fmt: skip
RANK = {kind: order for order, kind in enumerate(_KINDS)}
_UNIT = re.compile(
    r"(?<![А-Яа-яЁё])(?:(?P<k>к)\s+)?(?P<w>"
    + "|".join(
        f"(?P<u{i}>" + "|".join(sorted(forms(kind), key=len, reverse=True)) + ")"
        for i, kind in enumerate(_KINDS)
    )
    + r")(?![А-Яа-яЁё])",
    re.I,
)
_GENITIVES = {noun(kind, "gen") for kind in _KINDS} | {noun(kind, "gen", True) for kind in _KINDS}
_DATIVES = {noun(kind, "dat") for kind in _KINDS} | {noun(kind, "dat", True) for kind in _KINDS}
# «настоящей статьи», «настоящего пункта», «настоящей части»: the citing unit's own ancestor.
_HERE = re.compile(
    r"\s+(?:к\s+)?настоящ(?:ей|его|ему|ем|им|ую|ая|ий|ее)\s+(?P<w>"
    + "|".join(
        f"(?P<h{i}>{noun(kind, 'gen')}|{noun(kind, 'dat')})" for i, kind in enumerate(_KINDS)
    )
    + r")(?![А-Яа-яЁё])",
    re.I,
)
# «настоящего Кодекса», «настоящим Федеральным законом»: the citing act itself.
_THIS_ACT = re.compile(
    r"\s+настоящ[а-яё]*\s+(?:Федеральн[а-яё]*\s+)?(?:Кодекс|Закон|закон|Устав|Регламент)[а-яё]*"
    r"(?![А-Яа-яЁё])"
)
# After a citation, words naming some other act (one the project may not hold).
_OTHER_ACT = re.compile(
    r"\s+(?:[А-ЯЁ]|федеральн|закон|кодекс|конституц|постановлен|указ|положени|договор|"
    r"соглашени|приложени|регламент|правил|устав|названн)",
)
_NUM = re.compile(r"\s*(\d+(?:\.\d+)*)(?!\d)")
_LETTER = re.compile(r"\s*[«\"]([а-яёa-z](?:[.\-]?\d+)*)[»\"]", re.I)
_ROMAN = re.compile(r"\s*([IVXLC]+)(?![A-Za-z])")
_ORDINALS = tuple(
    re.compile(r"\s*((?:[а-яё]+\s+){" + str(n) + r"}[а-яё]+)(\d*)(?![а-яё\d])", re.I)
    for n in (1, 0)
)
_DASH = re.compile(r"\s*[–—]\s*|\s+-\s+|-(?=\d)")
_SEP = re.compile(r"\s*,\s*(?:а\s+также\s+)?|\s+(?:и|или|либо)\s+|\s*,\s*(?:и|или|либо)\s+")
# «117 частью первой», «122 частями первой и второй»: parts written after an article's number.
_INVERTED = re.compile(r"\s+(?P<w>частью|частями|пунктом|пунктами)(?![а-яё])")


@dataclass
class Item:
    """One label or range of labels of the smallest unit a citation names, where it stands
    in the unit's text, and the units written after it («117 частью первой»)."""

    first: str
    last: str | None
    start: int
    end: int
    inverted: Chain | None = None


@dataclass
class Level:
    kind: str
    items: list[Item]


@dataclass
class Chain:
    """One citation, smallest unit first: «пунктом «а» части 1 статьи 18.8»."""

    levels: list[Level]
    start: int
    end: int
    here: str | None = None  # «настоящей статьи»: the kind of the citing unit's own ancestor
    act: str | None = None  # None: not named; "" the citing act; else the slug named
    foreign: bool = False  # followed by the name of an act the project does not hold


def unit_kind(match: re.Match[str], prefix: str = "u") -> str:
    return next(kind for i, kind in enumerate(_KINDS) if match.group(f"{prefix}{i}"))


def _label(text: str, pos: int, kind: str, style: str | None) -> tuple[str, str, int] | None:
    """(label, style, end) of the label at ``pos``; ``style`` (num, letter, roman, word) keeps
    a list to one kind of label."""
    for name, pattern in (("num", _NUM), ("letter", _LETTER), ("roman", _ROMAN)):
        if style not in (None, name):
            continue
        if name == "roman" and kind not in (m.CHAPTER, m.DIVISION, m.SUBDIVISION):
            continue
        match = pattern.match(text, pos)
        if match:
            return match.group(1), name, match.end()
    if style in (None, "word") and kind in (m.PART, m.PARAGRAPH, m.ARTICLE, m.POINT):
        for pattern in _ORDINALS:
            match = pattern.match(text, pos)
            value = ordinal_value(match.group(1)) if match else None
            if match and value:
                # «первой1»: a superscript printed flat (часть первая¹)
                flat = f".{match.group(2)}" if match.group(2) else ""
                return f"{value}{flat}", "word", match.end()
    return None


def _items(text: str, pos: int, kind: str, *, inverted: bool = True) -> tuple[list[Item], int]:
    """The labels after a unit word: lists and ranges of one style of label."""
    items: list[Item] = []
    style: str | None = None
    while True:
        found = _label(text, pos, kind, style)
        if found is None:
            break
        label, style, end = found
        start = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
        item = Item(label, None, start, end)
        dash = _DASH.match(text, end)
        if dash:
            last = _label(text, dash.end(), kind, style)
            if last is not None:
                item.last, item.end = last[0], last[2]
        pos = item.end
        if inverted and kind == m.ARTICLE:
            word = _INVERTED.match(text, pos)
            if word:
                sub_kind = m.PART if word.group("w").lower().startswith("част") else m.POINT
                sub, after = _items(text, word.end(), sub_kind, inverted=False)
                if sub:
                    item.inverted = Chain([Level(sub_kind, sub)], word.start(), after)
                    item.end = pos = after
        items.append(item)
        sep = _SEP.match(text, pos)
        if sep is None or _label(text, sep.end(), kind, style) is None:
            break
        pos = sep.end()
    return items, pos


def read_chain(text: str, match: re.Match[str]) -> Chain | None:
    """The citation starting with the unit word ``match``; None when no label follows."""
    kind = unit_kind(match)
    if match.group("k"):
        return None
    items, pos = _items(text, match.end(), kind)
    if not items:
        if kind != m.NOTE:
            return None
        items = [Item("1", None, match.start(), match.end())]
    chain = Chain([Level(kind, items)], match.start(), pos)
    while True:
        here = _HERE.match(text, pos)
        if here:
            here_kind = unit_kind(here, "h")
            if RANK[here_kind] > RANK[chain.levels[-1].kind]:
                chain.here, chain.end, chain.act = here_kind, here.end(), ""
            break
        parent = _UNIT.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if parent is None:
            break
        word = parent.group("w").lower()
        parent_kind = unit_kind(parent)
        if not (word in _GENITIVES or (parent.group("k") and word in _DATIVES)):
            break
        if RANK[parent_kind] <= RANK[chain.levels[-1].kind]:
            break
        labels, after = _items(text, parent.end(), parent_kind, inverted=False)
        if len(labels) != 1 or labels[0].last is not None:
            break
        chain.levels.append(Level(parent_kind, labels))
        pos = chain.end = after
    if (
        kind == m.NOTE
        and items[0].start == match.start()
        and len(chain.levels) == 1
        and not chain.here
    ):
        return None  # «в примечании» alone: no unit named
    return chain


@dataclass
class Group:
    """Citations joined by «,» / «и» / «либо» that share the act named after the last one."""

    chains: list[Chain]
    start: int
    end: int


def read_groups(text: str, acts: list[tuple[str, re.Pattern[str]]]) -> list[Group]:
    """Every citation group in ``text``; ``acts`` are (slug, pattern) of the project's acts,
    each pattern matching the act's name in any case at the start of the text after a citation."""
    groups: list[Group] = []
    pos = 0
    while True:
        match = _UNIT.search(text, pos)
        if match is None:
            break
        chain = read_chain(text, match)
        if chain is None:
            pos = match.end()
            continue
        group = Group([chain], chain.start, chain.end)
        while True:
            _act_after(text, group.chains[-1], acts)
            sep = _SEP.match(text, group.end)
            nxt = _UNIT.match(text, sep.end()) if sep else None
            chained = read_chain(text, nxt) if nxt else None
            if chained is None:
                break
            group.chains.append(chained)
            group.end = chained.end
        group.end = max(c.end for c in group.chains)
        # A chain with no act of its own takes the act named after a later chain of its group.
        named: str | None = None
        foreign = False
        for chain in reversed(group.chains):
            if chain.act is not None or chain.foreign:
                named, foreign = chain.act, chain.foreign
            elif named is not None or foreign:
                chain.act, chain.foreign = named, foreign
        for chain in group.chains:
            if chain.act is None and not chain.foreign:
                chain.act = ""
        groups.append(group)
        pos = group.end
    return groups


def _act_after(text: str, chain: Chain, acts: list[tuple[str, re.Pattern[str]]]) -> None:
    if chain.act is not None:
        return
    this = _THIS_ACT.match(text, chain.end)
    if this:
        chain.act, chain.end = "", this.end()
        return
    for slug, pattern in acts:
        named = pattern.match(text, chain.end)
        if named:
            chain.act, chain.end = slug, named.end()
            return
    if _OTHER_ACT.match(text, chain.end):
        chain.foreign = True


def name_pattern(names: m.NameForms) -> re.Pattern[str] | None:
    """The act's name in any case («Уголовного кодекса Российской Федерации», «Уголовным
    кодексом …»): each word's common beginning over the known forms, any ending after it."""
    variants = [
        v.split()
        for v in (names.nominative, names.genitive, names.prepositional, names.instrumental)
        if v.strip()
    ]
    if not variants:
        return None
    width = len(variants[0])
    if any(len(v) != width for v in variants):
        alternatives = "|".join(re.escape(" ".join(v)) for v in variants)
        return re.compile(r"\s+(?:" + alternatives + r")(?![А-Яа-яЁё])")
    words = []
    for index in range(width):
        column = [v[index] for v in variants]
        if len(set(column)) == 1:
            words.append(re.escape(column[0]))
            continue
        stem = column[0]
        for other in column[1:]:
            while not other.startswith(stem):
                stem = stem[:-1]
        words.append(re.escape(stem) + r"[а-яё]*")
    return re.compile(r"\s+" + r"\s+".join(words) + r"(?![А-Яа-яЁё])")
