"""Addresses of units: ``key:label`` pairs joined by ``/`` (``art:322.1/part:2/pt:а``)."""

from __future__ import annotations

import re

from drafter.core import model as m
from drafter.core.profiles import Profile, get_profile
from drafter.messages import N_, message

_KEY = re.compile(r"^[a-z]+$")
# Between a number used twice and its ordinal among the units numbered so: ``art:61~2``.
DUPLICATE_MARK = "~"


class AddressError(ValueError):
    """An address that does not follow the grammar; ``msg`` is its message (id and arguments)."""

    def __init__(self, address: str) -> None:
        self.msg = message(N_("not a unit address: {address!r}"), address=address)
        super().__init__(str(self.msg))


def parse(address: str) -> list[tuple[str, str]]:
    """Split an address into (key, label) pairs; "" is the act itself (no pairs)."""
    if address.endswith(m.HEADING_SUFFIX):
        address = address[: -len(m.HEADING_SUFFIX)]
    if not address:
        return []
    pairs = []
    for segment in address.split("/"):
        key, sep, label = segment.partition(":")
        if not sep or not _KEY.match(key) or not label:
            raise AddressError(address)
        pairs.append((key, label))
    return pairs


def join(pairs: list[tuple[str, str]]) -> str:
    return "/".join(f"{key}:{label}" for key, label in pairs)


def parent(address: str) -> str:
    return join(parse(address)[:-1])


def child(address: str, key: str, label: str) -> str:
    return f"{address}/{key}:{label}" if address else f"{key}:{label}"


def label_of(address: str) -> str:
    pairs = parse(address)
    return pairs[-1][1] if pairs else ""


def assign_children(
    parent_address: str,
    children: list[m.Unit],
    profile: Profile,
    seen: dict[tuple[str, str], int] | None = None,
) -> None:
    """Give addresses to ``children`` of the unit at ``parent_address`` and below.

    Unnumbered units take their ordinal among the unnumbered siblings of the same kind
    (абзацы: ``abz:1``, ``abz:2``...); containers get addresses of their own and pass their
    parent's address on to their children. A number used again among the units that share a
    parent (containers looked through: articles across chapters) is never merged: its second
    unit is ``art:61~2``, the third ``art:61~3``.
    """
    ordinals: dict[str, int] = {}
    seen = {} if seen is None else seen
    for unit in children:
        key = profile.key(unit.kind)
        ordinals[key] = ordinals.get(key, 0) + 1
        label = unit.number or str(ordinals[key])
        count = seen.get((key, label), 0) + 1
        seen[(key, label)] = count
        if count > 1:
            label = f"{label}{DUPLICATE_MARK}{count}"
        if unit.is_container:
            unit.address = f"{key}:{label}"
            assign_children(parent_address, unit.children, profile, seen)
            continue
        unit.address = child(parent_address, key, label)
        assign_children(unit.address, unit.children, profile)


def assign_addresses(act: m.Act) -> m.Act:
    """Fill in ``address`` on every unit of ``act`` (in place) and return the act."""
    assign_children("", act.units, get_profile(act.profile))
    return act
