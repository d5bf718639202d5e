"""Containers of an act (code parts, divisions, chapters, groups): how they nest, any language."""

from __future__ import annotations

from drafter.core import model as m

# Outermost first: a container closes every open container of its own rank or below.
CONTAINER_RANK = {
    m.CODEPART: 0,
    m.DIVISION: 1,
    m.SUBDIVISION: 2,
    m.CHAPTER: 3,
    m.GROUP: 4,
    m.SUBGROUP: 5,
}


def close_containers(containers: list[m.Unit], kind: str) -> None:
    """Close the open ``containers`` that a new container of ``kind`` ends (same rank or below).

    What stays open last, if anything, is the new container's parent.
    """
    rank = CONTAINER_RANK[kind]
    while containers and CONTAINER_RANK[containers[-1].kind] >= rank:
        containers.pop()
