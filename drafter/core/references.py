"""Consequential references: where the project's acts cite a unit the draft repeals, renumbers or
changes ("must be amended" / "to check")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import address as addr
from drafter.core import diff
from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.draft import proposed_act
from drafter.core.law_citations import RANK, Chain, name_pattern, read_groups
from drafter.core.profiles import Profile, get_profile
from drafter.core.styles.base import label_range

MUST_AMEND = "amend"
TO_CHECK = "check"
# What happened to the cited unit.
REPEALED = diff.REPEALED
RENUMBERED = diff.RENUMBERED
REMOVED = diff.REMOVED
CHANGED = diff.CHANGED
ADDED = diff.ADDED  # a unit added inside a cited range

_QUICK = re.compile(r"стат|част|пункт|абзац|примечан|глав|раздел", re.I)
_GONE = (REPEALED, RENUMBERED, REMOVED)


@dataclass(frozen=True)
class Reference:
    """One citation in a unit of an act: the citing act and unit, the words as written, the
    cited act and the addresses it names (ranges expanded against the cited act's units);
    ``labels`` gives, for each cited address, its label as written («322.1 - 322.3»)."""

    act: str
    unit: str
    text: str
    cited_act: str
    cited: tuple[str, ...]
    labels: tuple[str, ...]
    ranges: tuple[tuple[str, ...], ...] = ()  # each range's addresses, in order


@dataclass(frozen=True)
class Consequence:
    """A reference the draft affects: the cited unit, what the draft does to it, the verdict."""

    reference: Reference
    cited: str
    label: str
    status: str  # repealed | renumbered | removed | changed | added
    verdict: str  # MUST_AMEND | TO_CHECK


class _Units:
    """The units of a cited act by address, and the siblings a range is expanded against."""

    def __init__(self, act: m.Act) -> None:
        self.act = act
        self.profile = get_profile(act.profile)
        self.index = act.index()
        self._kids: dict[tuple[str, str], list[str]] = {}

    def siblings(self, parent: str, kind: str) -> list[str]:
        """The labels of the units of ``kind`` under ``parent`` ("" the top level), in order."""
        key = (parent, kind)
        if key not in self._kids:
            if kind in m.CONTAINER_KINDS:
                units = [u for u in self.act.walk() if u.kind == kind]
            elif parent == "":
                units = [u for u in self.act.top_units() if u.kind == kind]
            else:
                found = self.index.get(parent)
                units = [u for u in found.children if u.kind == kind] if found else []
            self._kids[key] = [addr.label_of(u.address) for u in units]
        return self._kids[key]

    def expand(self, parent: str, kind: str, first: str, last: str) -> list[str]:
        """first … last as the act numbers them (322.1 - 322.3 takes in 322.2), else by the
        labels' own sequence, else the two ends."""
        labels = self.siblings(parent, kind)
        if first in labels and last in labels and labels.index(first) <= labels.index(last):
            return labels[labels.index(first) : labels.index(last) + 1]
        return label_range(first, last) or [first, last]

    def inside(self, address: str) -> set[str]:
        """The addresses of the unit at ``address`` and of everything in it."""
        unit = self.index.get(address)
        return {u.address for u in unit.walk()} if unit else {address}


def _join(pairs: list[tuple[str, str]]) -> str:
    return addr.join(pairs)


def _prefix(chain: Chain, citing: str, profile: Profile, same_act: bool) -> list | None:
    """The address pairs above the chain's outermost unit, or None when it cannot be placed."""
    outer = chain.levels[-1].kind
    if chain.here is not None:
        if not same_act:
            return None
        pairs = addr.parse(citing)
        key = profile.key(chain.here)
        for i, (k, _label) in enumerate(pairs):
            if k == key:
                return pairs[: i + 1]
        return None
    if outer == profile.top or outer in m.CONTAINER_KINDS:
        return []
    if not same_act:
        return None
    rank = _rank_of(profile)
    pairs = addr.parse(citing)
    return [p for p in pairs if rank.get(p[0], 0) > rank.get(profile.key(outer), 0)]


def _rank_of(profile: Profile) -> dict[str, float]:
    return {profile.key(kind): rank for kind, rank in RANK.items()}


def resolve(chain: Chain, act: m.Act, unit: str, cited: _Units, text: str) -> Reference | None:
    """The reference a chain of ``act``'s unit makes, addresses in the ``cited`` act."""
    same_act = cited.act.slug == act.slug
    prefix = _prefix(chain, unit, cited.profile, same_act)
    if prefix is None:
        return None
    pairs = list(prefix)
    for level in reversed(chain.levels[1:]):
        if level.kind in m.CONTAINER_KINDS:
            continue
        pairs.append((cited.profile.key(level.kind), level.items[0].first))
    smallest = chain.levels[0]
    if smallest.kind in m.CONTAINER_KINDS:
        pairs = []
    parent = _join(pairs)
    key = cited.profile.key(smallest.kind)
    addresses: list[str] = []
    labels: list[str] = []
    ranges: list[tuple[str, ...]] = []
    for item in smallest.items:
        written = text[item.start : item.end].strip()
        if item.last is None:
            expanded = [item.first]
        else:
            expanded = cited.expand(parent, smallest.kind, item.first, item.last)
        here = [_join([*pairs, (key, label)]) for label in expanded]
        if item.last is not None:
            ranges.append(tuple(here))
        for address in here:
            subs = [address]
            if item.inverted is not None:
                sub = item.inverted.levels[0]
                sub_key = cited.profile.key(sub.kind)
                subs = []
                for sub_item in sub.items:
                    sub_labels = (
                        [sub_item.first]
                        if sub_item.last is None
                        else cited.expand(address, sub.kind, sub_item.first, sub_item.last)
                    )
                    subs.extend(addr.child(address, sub_key, label) for label in sub_labels)
            for one in subs:
                addresses.append(one)
                labels.append(written)
    return Reference(
        act=act.slug,
        unit=unit,
        text=text[chain.start : chain.end].strip(),
        cited_act=cited.act.slug,
        cited=tuple(addresses),
        labels=tuple(labels),
        ranges=tuple(ranges),
    )


class Finder:
    """Finds references in the units of a set of acts (the project's), each act cited by its
    name forms in any case or, from inside itself, as «настоящего Кодекса» or without a name."""

    def __init__(self, acts: list[m.Act]) -> None:
        self.acts = {a.slug: a for a in acts}
        self.patterns = [
            (a.slug, pattern)
            for a in acts
            if a.language == "ru" and (pattern := name_pattern(default_name_forms(a))) is not None
        ]
        self.units = {a.slug: _Units(a) for a in acts}

    def in_unit(
        self, act: m.Act, unit: m.Unit, cited_units: _Units | None = None
    ) -> list[Reference]:
        """The references in ``unit``'s own text (heading, lead-in, closing)."""
        found: list[Reference] = []
        if unit.is_container or unit.repealed or act.language != "ru":
            return found
        for text in (unit.heading, unit.text, unit.closing):
            if not text or not _QUICK.search(text):
                continue
            for group in read_groups(text, self.patterns):
                for chain in group.chains:
                    if chain.foreign:
                        continue
                    slug = chain.act or act.slug
                    cited = self.units.get(slug)
                    if cited is None:
                        continue
                    if slug == act.slug and cited_units is not None:
                        cited = cited_units
                    ref = resolve(chain, act, unit.address, cited, text)
                    if ref is not None and ref.cited:
                        found.append(ref)
        return found

    def in_act(self, act: m.Act) -> list[Reference]:
        return [ref for unit in act.walk() for ref in self.in_unit(act, unit)]

    def everywhere(self) -> list[Reference]:
        return [ref for act in self.acts.values() for ref in self.in_act(act)]


def find_references(acts: list[m.Act]) -> list[Reference]:
    """Every reference in the units of ``acts`` to a unit of one of ``acts``."""
    return Finder(acts).everywhere()


def _verdict(
    changes: list[diff.UnitChange], address: str, inside: set[str]
) -> tuple[str, str] | None:
    """(status, verdict) of a cited address under an act's changes, or None: untouched."""
    for change in changes:
        if change.status in _GONE and (
            change.address == address or address.startswith(change.address + "/")
        ):
            return change.status, MUST_AMEND
    for change in changes:
        if change.status == ADDED:
            if change.parent in inside and change.parent != "":
                return ADDED, TO_CHECK
        elif change.address in inside:
            return CHANGED, TO_CHECK
    return None


def _added_in_range(changes: list[diff.UnitChange], cited: tuple[str, ...]) -> bool:
    for change in changes:
        if change.status != ADDED or change.anchor not in cited:
            continue
        if change.position == "after" and change.anchor != cited[-1]:
            return True
        if change.position == "before" and change.anchor != cited[0]:
            return True
    return False


def consequences(acts: list[m.Act], draft: m.Draft) -> list[Consequence]:
    """The references in ``acts`` to units the draft repeals, renumbers or changes, in the order
    of the citing acts. A reference inside the unit it cites is left out, and so is one the
    draft itself already changed (the citing unit's proposed text no longer cites the unit)."""
    drafts = {d.slug: d for d in draft.acts if d.proposals}
    proposed = {a.slug: proposed_act(a, drafts[a.slug]) for a in acts if a.slug in drafts}
    changes = {
        slug: diff.diff_acts(next(a for a in acts if a.slug == slug).copy(), after)
        for slug, after in proposed.items()
    }
    if not changes:
        return []
    finder = Finder(acts)
    proposed_finder = Finder(list(proposed.values()))
    fates = {slug: _fates(found) for slug, found in changes.items()}
    out: list[Consequence] = []
    for act in acts:
        for unit in act.walk():
            for ref in finder.in_unit(act, unit):
                act_changes = changes.get(ref.cited_act)
                if not act_changes:
                    continue
                found = _affected(ref, act_changes, finder.units[ref.cited_act])
                if not found:
                    continue
                still = _still_cited(ref, unit, fates.get(ref.act), proposed_finder, finder)
                out.extend(c for c in found if still is None or c.cited in still)
    return out


def _affected(ref: Reference, changes: list[diff.UnitChange], units: _Units) -> list[Consequence]:
    found: list[Consequence] = []
    for address, label in zip(ref.cited, ref.labels, strict=True):
        if ref.cited_act == ref.act and (ref.unit == address or ref.unit.startswith(address + "/")):
            continue
        verdict = _verdict(changes, address, units.inside(address))
        if verdict is not None:
            found.append(Consequence(ref, address, label, *verdict))
    for cited in ref.ranges:
        if _added_in_range(changes, cited) and not any(c.verdict == MUST_AMEND for c in found):
            label = ref.labels[ref.cited.index(cited[0])]
            found.append(Consequence(ref, cited[0], label, ADDED, TO_CHECK))
    return found


def _fates(changes: list[diff.UnitChange]) -> tuple[dict[str, m.Unit], set[str]]:
    """What the draft makes of an act's units: the proposed unit of each changed or renumbered
    unit (by its current address), and the addresses of the units it repeals or removes."""
    after: dict[str, m.Unit] = {}
    gone: set[str] = set()
    for change in changes:
        if change.status in (REPEALED, REMOVED):
            gone.add(change.address)
        elif change.status in (CHANGED, RENUMBERED) and change.after is not None:
            after.setdefault(change.address, change.after)
    return after, gone


def _still_cited(
    ref: Reference,
    unit: m.Unit,
    fates: tuple[dict[str, m.Unit], set[str]] | None,
    proposed_finder: Finder,
    finder: Finder,
) -> set[str] | None:
    """The cited addresses the citing unit's proposed text still cites; None: unchanged."""
    if fates is None:
        return None
    after, gone = fates
    pairs = addr.parse(unit.address)
    if any(addr.join(pairs[: n + 1]) in gone for n in range(len(pairs))):
        return set()  # the citing unit goes with the draft
    now = after.get(unit.address)
    if now is None or (now.heading, now.text, now.closing) == (
        unit.heading,
        unit.text,
        unit.closing,
    ):
        return None
    act = proposed_finder.acts[ref.act]
    cited = finder.units.get(ref.cited_act)
    refs = proposed_finder.in_unit(act, now, cited if ref.cited_act == ref.act else None)
    return {a for r in refs if r.cited_act == ref.cited_act for a in r.cited}


# --- how a reference is shown ---------------------------------------------------------------
_SHORT = {
    "art": "ст.",
    "part": "ч.",
    "pt": "п.",
    "sub": "пп.",
    "abz": "абз.",
    "note": "прим.",
    "ch": "гл.",
    "div": "разд.",
    "subdiv": "подразд.",
    "final": "п.",
}


def short_address(address: str) -> str:
    """«ст. 150 ч. 3 п. 1» for ``art:150/part:3/pt:1`` (the form a list of references uses)."""
    return " ".join(f"{_SHORT.get(key, key)} {label}" for key, label in addr.parse(address))


def short_name(act: m.Act) -> str:
    """The act's usual abbreviation from its title: «УПК РФ», «УК РФ»; else its title."""
    title = " ".join((act.names.nominative or act.title).split())
    head, sep, _rest = title.partition(" Российской Федерации")
    words = head.replace("-", " ").split()
    if sep and 1 <= len(words) <= 4 and all(w[:1].isalpha() for w in words):
        return "".join(w[0].upper() for w in words) + " РФ"
    return title or act.slug


def excerpt(text: str, label: str | list[str], width: int = 40) -> str:
    """The words of ``text`` around ``label`` («…322.1 частью первой, 322.2, 322.3…»), or
    around all of several labels; the whole text when it is short."""
    labels = [label] if isinstance(label, str) else list(dict.fromkeys(label))
    spans = [
        found.span()
        for one in labels
        if (found := re.search(r"(?<![\w.])" + re.escape(one) + r"(?!\.?\w)", text))
    ]
    if len(text) <= 2 * width + max(len(x) for x in labels) or not spans:
        return text if len(text) <= 2 * width + 40 else text[: 2 * width].rsplit(" ", 1)[0] + "…"
    at, last = min(a for a, _ in spans), max(b for _, b in spans)
    start = max(0, at - width)
    end = min(len(text), last + width)
    if start > 0:
        start = text.find(" ", start, at) + 1 or start
    if end < len(text):
        cut = text.rfind(" ", last, end)
        end = cut if cut > 0 else end
    return (
        ("…" if start > 0 else "") + text[start:end].strip(" ,;") + ("…" if end < len(text) else "")
    )


# The verdicts and what the draft does, as the bundle's list prints them (document text).
VERDICTS = {
    "ru": {MUST_AMEND: "требует изменения", TO_CHECK: "требует проверки"},
    "en": {MUST_AMEND: "must be amended", TO_CHECK: "to check"},
}
STATUSES = {
    "ru": {
        REPEALED: "утрачивает силу",
        RENUMBERED: "перенумеровывается",
        REMOVED: "исключается",
        CHANGED: "изменяется",
        ADDED: "диапазон дополняется",
    },
    "en": {
        REPEALED: "repealed",
        RENUMBERED: "renumbered",
        REMOVED: "removed",
        CHANGED: "changed",
        ADDED: "a unit added in the range",
    },
}


def entry(found: Consequence, acts: dict[str, m.Act], language: str = "ru") -> dict[str, str]:
    """One line of the bundle's list: the citing act and unit, the words, the cited unit and
    what the draft does to it, the verdict (document text in ``language``, ru or en)."""
    lang = "ru" if language == "ru" else "en"
    ref = found.reference
    citing, cited = acts[ref.act], acts[ref.cited_act]
    return {
        "act": citing.title or citing.slug,
        "unit": short_address(ref.unit),
        "text": excerpt(ref.text, found.label),
        "cited": f"{short_address(found.cited)} {short_name(cited)} "
        f"({STATUSES[lang][found.status]})",
        "verdict": VERDICTS[lang][found.verdict],
    }


_LINES = {
    "ru": "{act}, {unit} («{text}»): ссылки на {cited} — {verdict}",
    "en": "{act}, {unit} («{text}»): refers to {cited} — {verdict}",
}


def entry_lines(
    found: list[Consequence], acts: dict[str, m.Act], language: str = "ru"
) -> list[str]:
    """The references as lines of the перечень, one per citing unit: its citations' words, the
    cited units and what the draft does to them, "must be amended" when any of them must be."""
    lang = "ru" if language == "ru" else "en"
    grouped: dict[tuple[str, str], list[Consequence]] = {}
    for item in found:
        grouped.setdefault((item.reference.act, item.reference.unit), []).append(item)
    lines = []
    for (slug, unit), items in grouped.items():
        texts: dict[str, list[str]] = {}
        for item in items:
            texts.setdefault(item.reference.text, []).append(item.label)
        cited = [entry(item, acts, lang)["cited"] for item in items]
        verdict = MUST_AMEND if any(x.verdict == MUST_AMEND for x in items) else TO_CHECK
        lines.append(
            _LINES[lang].format(
                act=acts[slug].title or slug,
                unit=short_address(unit),
                text="»; «".join(excerpt(text, labels) for text, labels in texts.items()),
                cited="; ".join(dict.fromkeys(cited)),
                verdict=VERDICTS[lang][verdict],
            )
        )
    return lines
