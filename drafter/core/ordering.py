"""The order of an act's proposals: as the act reads, each added unit after the unit it follows."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from drafter.core import model as m

SortKey = tuple[float, ...]


def proposals_in_act_order(
    top_addresses: Sequence[str], proposals: Iterable[m.Proposal]
) -> list[m.Proposal]:
    """``proposals`` sorted as the act reads (articles 5, 5.1, 5.2, 6).

    ``top_addresses`` are the act's top-level units in document order. A proposal for one of
    them sits at its unit's place; an added unit sits right after the unit its ``after`` names,
    which may itself be an added unit (a chain: 5.1 after 5, 5.2 after 5.1), and units added
    after the same unit keep the order they are given in. Proposals that cannot be placed (an
    unknown unit, a chain that never reaches the act) keep their given order, at the end.
    """
    given = list(proposals)
    position = {address: i for i, address in enumerate(top_addresses)}
    by_address = {p.address: (i, p) for i, p in enumerate(given)}
    keys: dict[str, SortKey] = {}
    unplaced: SortKey = (math.inf,)

    def key(address: str, visiting: frozenset[str]) -> SortKey:
        if address in position:
            return (position[address],)
        if address in keys:
            return keys[address]
        entry = by_address.get(address)
        if entry is None or address in visiting:
            return unplaced
        index, proposal = entry
        found: SortKey = (math.inf, index)
        if proposal.status == m.ADDED and proposal.after is not None:
            anchor = (-1.0,) if proposal.after == "" else key(proposal.after, visiting | {address})
            if anchor[0] != math.inf:
                found = (*anchor, 1.0, index)
        keys[address] = found
        return found

    return sorted(given, key=lambda p: key(p.address, frozenset()))
