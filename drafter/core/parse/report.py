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
