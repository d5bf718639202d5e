"""Approval rounds: agencies, rounds, recipients, remarks, the paragraphs as sent, and the bill's
paragraphs traced back to the units their instructions amend."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.core.normalize import normalize
from drafter.core.parse import parse_report
from drafter.core.profiles import get_profile

ROUND_KINDS = ("internal", "interagency", "public", "other")
# An agency's answer to a round: pending until it arrives (`drafter answer --status`).
ANSWER_STATUSES = ("pending", "agreed", "remarks", "objections", "none")
FILE_KINDS = ("bill", "comparison", "consolidated")
# One remark row is one item of a returned file (or of a letter): DESIGN.md "review --json".
REMARK_KINDS = ("edit", "comment", "untracked", "rejects_change", "letter")
# How an item found its unit: by our bookmark, by text alignment, by hand, or not at all.
PLACEMENTS = ("bookmark", "aligned", "fuzzy", "manual", "unplaced")
REMARK_STATUSES = ("new", "accepted", "partly", "rejected", "withdrawn", "duplicate")
# The drafter's decisions on a remark (`drafter resolve --status`): every status but "new".
RESOLUTIONS = ("accepted", "partly", "rejected", "withdrawn", "duplicate")
# A remark still in dispute: not yet decided, or not (fully) accepted, unless settled.
OUTSTANDING = ("new", "rejected", "partly")
# On what grounds an agency objects («на каком основании»).
GROUNDS_KINDS = ("conflict", "budget", "competence", "drafting", "policy", "other")
# How strongly: an objection, a remark, a proposal, an editorial note.
SEVERITIES = ("objection", "remark", "proposal", "editorial")
# How a remark's "repeats" link is set: found by `repeated()`, set by hand, or "repeats nothing".
LINKS = ("auto", "hand", "none")

# Roles of a sent paragraph besides the printed-line roles of drafter.core.linelayout
# (title, container, head, text, text2..., closing): what a paragraph of the bill or a table is.
ROLE_HEADING = "heading"  # an article / section heading of the bill
ROLE_INSTRUCTION = "instruction"  # an amending instruction (or its item's header line)
ROLE_LEAD_IN = "lead-in"  # «Внести в … следующие изменения:»
ROLE_FINAL = "final"  # entry into force, commencement, short title
ROLE_FRONT = "front"  # «Проект», the preamble, the title, a table's title and column headings
ROLE_SIGNATURE = "signature"
ROLE_BLANK = "blank"  # an empty paragraph (spacing)
ROLE_ELIDED = "elided"  # «…» standing for unchanged paragraphs in a comparison table

# Where a paragraph sits in its file: the body, or a column of a comparison table.
PLACE_BODY = "body"
PLACE_HEADER = "header"  # the table's heading row
PLACE_CURRENT = "current"
PLACE_PROPOSED = "proposed"


@dataclass(frozen=True)
class Target:
    """What one printed paragraph stands for: (act, unit address, role) and where it sits."""

    act: str = ""
    address: str = ""
    role: str = ""
    place: str = PLACE_BODY


@dataclass(frozen=True)
class SentParagraph:
    """One paragraph of a round file, as sent.

    ``text`` is the paragraph with our tracked changes accepted (what the reviewer reads);
    ``revisions`` its segments (op, text) — -1 deleted by us, 0 kept, 1 inserted by us — when it
    carries tracked changes of ours, else empty; ``mark`` the revision of its paragraph mark
    ("ins", "del" or ""). ``ordinal`` counts every paragraph of the file in document order,
    table cells included; ``bookmark`` is ``_drf<ordinal + 1>``, or "" for an empty paragraph.
    """

    ordinal: int
    bookmark: str
    act: str
    address: str
    role: str
    place: str
    text: str
    revisions: tuple[tuple[int, str], ...] = ()
    mark: str = ""

    @property
    def current_text(self) -> str:
        """The paragraph with our tracked changes rejected (what "reject all" gives)."""
        if not self.revisions:
            return self.text
        return "".join(t for op, t in self.revisions if op <= 0)


@dataclass(frozen=True)
class FileIdentity:
    """Who a round file is: written into its custom properties (``DrafterProject``...)."""

    project: str
    round: int
    name: str
    kind: str  # FILE_KINDS
    act: str  # the act of a comparison or consolidated file; "" for the bill
    stamp: str  # the export stamp (UTC, the w:date of our revisions)

    def properties(self) -> dict[str, str]:
        return {
            "DrafterProject": self.project,
            "DrafterRound": str(self.round),
            "DrafterFile": self.name,
            "DrafterKind": self.kind,
            "DrafterAct": self.act,
            "DrafterStamp": self.stamp,
        }


@dataclass
class Agency:
    """An agency that receives rounds and answers them."""

    short_name: str  # «МВД России»
    full_name: str = ""  # «Министерство внутренних дел Российской Федерации»
    names: dict[str, str] = field(default_factory=dict)  # genitive, dative...: for the tables
    aliases: list[str] = field(default_factory=list)  # author names seen in its files
    id: int = 0


@dataclass
class Recipient:
    """An agency a round was sent to, and its answer."""

    agency: str  # the agency's short name
    deadline: str = ""  # YYYY-MM-DD or ""
    status: str = "pending"  # ANSWER_STATUSES
    letter: str = ""  # the reference of the agency's answering letter
    answer_date: str = ""  # its date, YYYY-MM-DD


@dataclass
class RoundFile:
    """A file sent in a round: its name, kind, act, hash and (when loaded) its bytes."""

    name: str
    kind: str
    act: str
    sha256: str
    content: bytes = b""


@dataclass
class Round:
    """A numbered approval round: the draft frozen as it was sent, to whom, and when."""

    number: int
    date: str  # the sending date, YYYY-MM-DD
    kind: str = "interagency"
    author: str = ""  # w:author of our revisions in its files
    stamp: str = ""  # the export stamp of its files
    recipients: list[Recipient] = field(default_factory=list)
    files: list[RoundFile] = field(default_factory=list)
    closed: str = ""  # YYYY-MM-DD when the drafter closed it, or ""


@dataclass(frozen=True)
class ReturnedFile:
    """A returned file as filed: its id, round, agency, name, when and against which sent file."""

    id: int
    round: int
    agency: str  # the agency's short name
    name: str
    received: str  # when it was filed (UTC, ISO 8601)
    sent_file: str = ""


@dataclass
class Remark:
    """One item of an agency's answer, on a unit of the draft as sent in its round.

    ``source`` says where in the returned file it came from (file, paragraph, offsets, comment
    or revision id); ``placement`` how it was placed (PLACEMENTS); ``parent`` the remark it
    replies to; ``resolved`` the file's own "done" flag of a comment.
    """

    round: int
    agency: str
    kind: str  # REMARK_KINDS
    act: str = ""
    address: str = ""  # "" when unplaced or about the draft as a whole
    role: str = ""
    quote: str = ""
    text: str = ""
    proposed: str | None = None
    author: str = ""
    date: str = ""  # as in the file ("" when absent or invalid)
    source: dict[str, object] = field(default_factory=dict)
    placement: str = "manual"
    position: str = ""  # "after ADDRESS" for an inserted paragraph
    parent: int | None = None
    resolved: bool = False
    returned_file: int | None = None
    status: str = "new"
    id: int = 0
    # The drafter's decision: its reasoning, who decided and when (ISO 8601), settled at a
    # conciliation meeting, and the earlier remark this one repeats (``link`` "hand").
    resolution: str = ""
    decided_by: str = ""
    decided_at: str = ""
    settled: bool = False
    repeats: int | None = None
    # As the drafter edits it: the grounds («на каком основании») and their kind (GROUNDS_KINDS
    # or ""), the severity (SEVERITIES, "" = not set: see severity_of), the remark this item is
    # grouped into (shown and counted as part of it), and how ``repeats`` is set (LINKS).
    grounds: str = ""
    grounds_kind: str = ""
    severity: str = ""
    group: int | None = None
    link: str = "auto"

    @property
    def outstanding(self) -> bool:
        """Still in dispute: new, rejected or partly accepted, and not settled."""
        return self.status in OUTSTANDING and not self.settled

    @property
    def counted(self) -> bool:
        """Listed and counted on its own: neither a reply to a remark nor grouped into one."""
        return self.parent is None and self.group is None

    @property
    def undecided(self) -> bool:
        """Counted, and no decision on it yet (an "open" remark of a round)."""
        return self.counted and self.status == "new"


def severity_of(remark: Remark, answer: str = "") -> str:
    """A remark's severity: the one the drafter set, else a guess — an objection when the item
    rejects our change, or when it brings no wording and the agency's ``answer`` to the round
    was "objections"; a proposal when it brings a wording; else a remark."""
    if remark.severity:
        return remark.severity
    if remark.kind == "rejects_change":
        return "objection"
    if remark.proposed is not None:
        return "proposal"
    return "objection" if answer == "objections" else "remark"


def repeated(remarks: list[Remark]) -> dict[int, int]:
    """Which remark each remark repeats (id → id): the link the drafter set by hand (``link``
    "hand"), nothing when the drafter said so ("none"), else ("auto") the latest outstanding
    remark of an earlier round from the same agency on the same unit with the same quote or the
    same proposed wording. Items grouped into a remark are neither linked nor linked to."""
    out: dict[int, int] = {}
    for remark in remarks:
        if remark.link == "hand" and remark.repeats is not None:
            out[remark.id] = remark.repeats
            continue
        if remark.link != "auto" or not remark.address or remark.group is not None:
            continue
        earlier = [
            x
            for x in remarks
            if x.round < remark.round
            and x.outstanding
            and x.group is None
            and same_name(x.agency, remark.agency)
            and (x.act, x.address) == (remark.act, remark.address)
            and (
                (remark.quote and x.quote == remark.quote)
                or (remark.proposed is not None and x.proposed == remark.proposed)
            )
        ]
        if earlier:
            out[remark.id] = max(earlier, key=lambda x: (x.round, x.id)).id
    return out


def same_name(a: str, b: str) -> bool:
    """Do two spellings name the same agency (case, spaces and quote forms aside)?"""
    return name_key(a) == name_key(b)


def name_key(name: str) -> str:
    return " ".join(normalize(name).casefold().split())


# --- the bill's paragraphs ------------------------------------------------------------------
def common_address(addresses: list[str]) -> str:
    """The deepest address every one of ``addresses`` lies in ("" when they share none)."""
    if not addresses:
        return ""
    parts = [a.split("/") for a in addresses]
    common: list[str] = []
    for column in zip(*parts, strict=False):
        if any(x != column[0] for x in column):
            break
        common.append(column[0])
    return "/".join(common)


def _op_address(op: m.Operation, key: str | None) -> str:
    """The unit an operation amends (a new unit's own address; a heading's unit, unsuffixed)."""
    address = op.address.removesuffix(m.HEADING_SUFFIX)
    if op.op == m.ADD_UNIT and key and op.label:
        return f"{address}/{key}:{op.label}" if address else f"{key}:{op.label}"
    return address


def _act_of(heading: str, lines: list[str], acts: list[m.Act]) -> m.Act | None:
    """The act an article of the bill amends: the one whose name it cites (longest match)."""
    text = normalize(" ".join([heading, *lines[:2]])).casefold()
    best: tuple[int, m.Act] | None = None
    for act in acts:
        forms = [act.title, act.names.nominative, act.names.genitive, act.names.accusative]
        forms += [act.names.prepositional, act.names.instrumental]
        for form in forms:
            key = normalize(form).casefold() if form else ""
            if key and key in text and (best is None or len(key) > best[0]):
                best = (len(key), act)
    return best[1] if best else None


_ITEM_LABEL = re.compile(r"^\s*(?:\(?[0-9a-zа-яё.]{1,6}\)|\([ivx]+\))\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return normalize(_ITEM_LABEL.sub("", text, count=1)).casefold()[:60]


def bill_targets(
    articles: list[tuple[str, list[str]]], acts: list[m.Act], style: str
) -> list[tuple[Target, list[Target]]]:
    """For each article of a rendered bill: the target of its heading and of each printed line.

    An article names the act it amends; its instructions are read back (drafter.core.parse)
    and each line gets the unit the instruction amends (an item's header line, the unit all its
    sub-items share). An article that amends no act — entry into force, commencement, a short
    title that cites no amended unit after the last amending article — is "final".
    """
    out: list[tuple[Target, list[Target]]] = []
    amends: list[bool] = []
    for heading, paragraphs in articles:
        lines = [line for p in paragraphs for line in p.split("\n")]
        act = _act_of(heading, lines, acts)
        targets = _article_lines(lines, act, style) if act is not None else []
        amends.append(any(t.address for t in targets))
        if act is None:
            targets = [Target(role=ROLE_FINAL)] * len(lines)
        out.append((Target(act.slug if act else "", "", ROLE_HEADING), targets))
    last = max((i for i, yes in enumerate(amends) if yes), default=-1)
    for i in range(last + 1, len(out)):
        out[i] = (Target(role=ROLE_HEADING), [Target(role=ROLE_FINAL)] * len(out[i][1]))
    return out


def _article_lines(lines: list[str], act: m.Act, style: str) -> list[Target]:
    profile = get_profile(act.profile)
    report = parse_report("\n".join(lines), act.slug, style, profile=profile)
    found: list[tuple[str, int] | None] = [None] * len(lines)  # (address, group) per line
    keys = [_key(line) for line in lines]
    cursor = 0
    for ins in report.instructions:
        ins_lines = ins.text.split("\n")
        first = _key(ins_lines[0])
        if not first:
            continue
        j = cursor
        while j < len(lines) and not (first in keys[j] or (keys[j] and keys[j] in first)):
            j += 1
        if j == len(lines):
            continue
        address = common_address(
            [_op_address(op, ins.added_keys.get(i)) for i, op in enumerate(ins.operations)]
        )
        for k in range(j, min(j + len(ins_lines), len(lines))):
            found[k] = (address, ins.group)
        cursor = j + len(ins_lines)
    by_group: dict[int, list[str]] = {}
    for item in found:
        if item is not None:
            by_group.setdefault(item[1], []).append(item[0])
    targets: list[Target] = []
    for i, item in enumerate(found):
        if item is not None:
            targets.append(Target(act.slug, item[0], ROLE_INSTRUCTION))
            continue
        following = next((f for f in found[i + 1 :] if f is not None), None)
        if following is None or i == 0:
            targets.append(Target(act.slug, "", ROLE_LEAD_IN))
            continue
        group = by_group[following[1]]
        targets.append(Target(act.slug, common_address(group), ROLE_INSTRUCTION))
    return targets
