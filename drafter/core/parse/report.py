"""What reading amending instructions gives: each instruction with its operations or the reason
it was not understood."""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.messages import N_, Message


@dataclass
class ParsedInstruction:
    """One instruction found in the text and what became of it."""

    text: str
    operations: list[m.Operation] = field(default_factory=list)
    error: Message | None = None  # why it could not be parsed (None when it was)
    block: int = 0  # which article of the amending law (0: before the first «Статья»)
    group: int = 0  # which numbered item of that article (sub-items share their item's)
    added_keys: dict[int, str] = field(default_factory=dict)  # op index → key of a new unit
    line: int = 0  # the line of the instruction text it starts on (1-based; 0: not known)


@dataclass
class ParseReport:
    """Everything :func:`parse_report` found: instructions, and numbers it could not resolve."""

    instructions: list[ParsedInstruction] = field(default_factory=list)
    resolved_numbers: list[Message] = field(default_factory=list)  # "статьей 112 → 11.2 (…)"
    unresolved_numbers: list[Message] = field(default_factory=list)

    @property
    def operations(self) -> list[m.Operation]:
        return [op for ins in self.instructions for op in ins.operations]

    @property
    def failures(self) -> list[ParsedInstruction]:
        return [ins for ins in self.instructions if ins.error is not None]


class Unreadable(Exception):
    """Raised inside the parsers for an instruction they cannot read; ``reason`` says why."""

    def __init__(self, text: str, /, **args: object) -> None:
        self.reason = Message(text, args)
        super().__init__(self.reason.text)


# The context of sub-items whose group header was not understood.
UNREAD_HEADER = "\x00unreadable"

# Reasons both the Russian and the English readers give.
NO_FORMULA = N_("no amending formula recognised")
NO_PAIRS = N_("the old and new numbers do not pair up")
UNCLOSED_QUOTE = N_("the quotation opened here is never closed")
STRAY_CLOSING_QUOTE = N_("a closing quotation mark has no opening one")


def line_of(text: str, position: int) -> int:
    """The 1-based line of ``position`` in ``text``."""
    return text.count("\n", 0, position) + 1


def excerpt(text: str, start: int, limit: int = 160) -> str:
    """The line of ``text`` from ``start`` on (what a reader looks for), cut at ``limit``."""
    end = text.find("\n", start)
    piece = text[start : end if end >= 0 else len(text)].strip()
    return piece if len(piece) <= limit else piece[: limit - 1] + "…"


def near_word(word: str, words: tuple[str, ...]) -> bool:
    """Whether ``word`` is one of ``words`` with one letter wrong, missing, added or swapped
    with the next («исключть», «заменть», «дополнтиь»)."""
    return any(abs(len(word) - len(w)) <= 1 and _distance(word, w) <= 1 for w in words)


def _distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbouring letters as one edit."""
    d = [[i + j if not i * j else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(
                d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])
            )
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]
