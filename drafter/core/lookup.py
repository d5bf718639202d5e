"""Names looked up in Drafter's fixed tables (profiles, styles); the error lists the known ones."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from drafter.errors import DrafterError

T = TypeVar("T")


def one_of(table: Mapping[str, T], name: str, error: type[DrafterError], text: str) -> T:
    """``table[name]``; for another name, ``error(text, name=name, known=...)`` is raised.

    ``text`` is a message id with the fields ``{name}`` (the name asked for) and ``{known}``
    (the names of the table, comma-separated).
    """
    try:
        return table[name]
    except KeyError:
        raise error(text, name=name, known=", ".join(table)) from None
