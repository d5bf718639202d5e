"""The numbers the Russian parser reads: flattened superscripts resolved, duplicates and order told.

Each unit's number is read against the sibling before it (:func:`drafter.core.numbering.resolve`):
«Статья 61.» after article 6 is 6.1, «51.» after part 5 is 5.1, «31)» after «3)» is 3.1. A
number read differently from how it is printed, a number used twice among siblings (articles:
in the whole act) and a number going back are each told in a warning; nothing is merged — a
second «Статья 61» keeps its number and gets the address ``art:61~2``
(:func:`drafter.core.address.assign_children` gives the same suffix).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.core.numbering import out_of_order, resolve
from drafter.messages import N_, Message, message

_FLAT = N_("{line!r}: number {printed} read as {number} (a superscript printed as plain digits)")
_DUPLICATE = N_(
    "{line!r}: a second {kind} numbered {number}; kept apart with the address label {label}"
)
_BACKWARDS = N_("{line!r}: {kind} {number} comes after {previous}, out of order; kept as printed")


@dataclass
class RuNumbers:
    """Reads numbers for one parse; ``warn`` receives each warning (the parser adds the line)."""

    warn: Callable[[Message], None]
    previous_article: str | None = None
    articles: dict[str, int] = field(default_factory=dict)

    def article(self, printed: str, line: str) -> str:
        """The number of an article printed ``printed``, read after the act's previous one."""
        number = self._read(printed, self.previous_article, line)
        count = self.articles.get(number, 0) + 1
        self.articles[number] = count
        self._told(m.ARTICLE, number, self.previous_article, count, line)
        self.previous_article = number
        return number

    def left_out(self, last: str) -> None:
        """Articles up to ``last`` are not printed (a repealed chapter lists them): the next
        article is read after ``last``."""
        if self.previous_article is None or not out_of_order(self.previous_article, last):
            self.previous_article = last

    def child(self, parent: m.Unit, kind: str, printed: str, line: str) -> str:
        """The number of a ``kind`` child of ``parent`` printed ``printed`` (not yet appended)."""
        previous = None
        count = 1
        numeric = printed[:1].isdigit()
        for sibling in parent.children:
            if sibling.kind == kind and sibling.number and sibling.number[:1].isdigit() == numeric:
                previous = sibling.number
        number = self._read(printed, previous, line)
        count += sum(1 for s in parent.children if s.kind == kind and s.number == number)
        self._told(kind, number, previous, count, line)
        return number

    def _read(self, printed: str, previous: str | None, line: str) -> str:
        number = resolve(previous, printed)
        if number != printed:
            self.warn(message(_FLAT, line=line[:60], printed=printed, number=number))
        return number

    def _told(self, kind: str, number: str, previous: str | None, count: int, line: str) -> None:
        if count > 1:
            label = f"{number}~{count}"
            self.warn(message(_DUPLICATE, line=line[:60], kind=kind, number=number, label=label))
        elif out_of_order(previous, number):
            self.warn(
                message(_BACKWARDS, line=line[:60], kind=kind, number=number, previous=previous)
            )
