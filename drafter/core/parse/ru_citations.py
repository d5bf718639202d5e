"""Russian citations of units: unit words in their cases, labels (5, 52.1, «а», второй, II),
chains of parents («пункта 2 части 3 статьи 7») and the addresses they name."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.parse.report import Unreadable
from drafter.core.parse.typography import PAREN, QUOTE, quote_index
from drafter.core.profiles import Profile
from drafter.core.russian import forms_pattern, noun, ordinal_value
from drafter.core.styles.base import label_range
from drafter.messages import N_

_NOT_A_SEQUENCE = N_("the range {first}–{last} is not a sequence")

HEADING = "heading"  # «наименование»: not a unit kind, the heading of the unit it names
UNIT_KINDS = (
    m.SUBPOINT,
    m.POINT,
    m.ARTICLE,
    m.PART,
    m.PARAGRAPH,
    m.NOTE,
    m.SUBDIVISION,
    m.DIVISION,
    m.CHAPTER,
    HEADING,
)
UNIT_RE = re.compile(
    r"(?:(?P<k>к)\s+)?(?P<w>"
    + "|".join(f"(?P<u{i}>{forms_pattern(kind)})" for i, kind in enumerate(UNIT_KINDS))
    + r")\b",
    re.I,
)
# Forms a parent (genitive, or «к» + dative for the article of a note) may take.
_GEN_FORMS = frozenset(
    [noun(kind, "gen") for kind in UNIT_KINDS] + [noun(m.NOTE, "gen", plural=True)]
)
NUM = r"\d+(?:\.\d+)*(?:-\d+)?"
ROMAN = r"[IVXLC]+\b"
ORD_WORD = r"[а-яё]+"
_DASH = r"(?:\s*[–—]\s*|\s+-\s+)"
_LIST_SEP = re.compile(r"\s*(?:,|и)\s+(?=\d|\ue000|[IVX]|[а-яё])", re.I)
_NEXT_LABEL = re.compile(r"\s*(?:" + NUM + r"|\ue000\d+\ue001|" + ROMAN + ")")
_ORDINAL_NEXT = re.compile(r"\s*(" + ORD_WORD + ")")

# Parents are written after their children and rank higher.
_RANK = {
    HEADING: -1,
    m.PARAGRAPH: 0,
    m.SUBPOINT: 1,
    m.POINT: 2,
    m.PART: 3,
    m.NOTE: 3.5,
    m.ARTICLE: 4,
    m.CHAPTER: 5,
    m.SUBDIVISION: 6,
    m.DIVISION: 7,
}


@dataclass
class Ref:
    """Units of one kind named in a citation: «частях 1 и 2» (kind, labels, the word as read)."""

    kind: str
    labels: list[str]
    form: str


def unit_kind(match: re.Match[str]) -> str:
    """The kind of the unit word :data:`UNIT_RE` matched."""
    return next(kind for i, kind in enumerate(UNIT_KINDS) if match.group(f"u{i}"))


class RuReader:
    """Reads citations in a masked instruction; holds its quotations and parentheses."""

    def __init__(self, profile: Profile) -> None:
        self.profile = profile
        self.quotes: list[str] = []
        self.parens: list[str] = []

    # --- quoted text ----------------------------------------------------------------------
    def quoted(self, token: str) -> str:
        """The words inside quotation ``token`` (line breaks inside become spaces)."""
        return re.sub(r"\s+", " ", self.quotes[quote_index(token)])

    def block(self, token: str) -> str:
        """A quoted unit: lines kept, each stripped."""
        text = self.quotes[quote_index(token)]
        lines = [" ".join(line.split()) for line in text.split("\n")]
        out: list[str] = []
        for line in lines:  # collapse runs of blank lines (published texts space paragraphs)
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip("\n")

    def unmask(self, text: str) -> str:
        text = PAREN.sub(lambda mt: "(" + self.parens[int(mt.group(1))] + ")", text)
        return QUOTE.sub(lambda mt: "«" + self.quotes[int(mt.group(1))] + "»", text)

    # --- labels ---------------------------------------------------------------------------
    def label_token(self, rest: str, kind: str) -> tuple[str, int] | None:
        """The label at the start of ``rest`` and where it ends: 5, 52.1, «а», второй, II."""
        match = re.match(r"\s*(" + NUM + r")(?![\d.])", rest)
        if match:
            return match.group(1), match.end()
        match = re.match(r"\s*(\ue000\d+\ue001)", rest)
        if match:
            content = self.quoted(match.group(1))
            if re.fullmatch(r"[а-яёa-z](?:[.\-]?\d+)*|\d+(?:\.\d+)*", content, re.I):
                return content, match.end()
        if kind in (m.CHAPTER, m.DIVISION, m.SUBDIVISION):
            match = re.match(r"\s*(" + ROMAN + r")", rest)
            if match:
                return match.group(1), match.end()
        if kind in (m.PARAGRAPH, m.PART, m.ARTICLE):
            for words in (2, 1):
                match = re.match(
                    r"\s*((?:" + ORD_WORD + r"\s+){" + str(words - 1) + "}" + ORD_WORD + r")"
                    r"(?![а-яё])",
                    rest,
                    re.I,
                )
                value = ordinal_value(match.group(1)) if match else None
                if match and value:
                    return str(value), match.end()
        return None

    def read_labels(self, text: str, kind: str) -> tuple[list[str], str]:
        """Labels after a unit word: 5, 52.1, «а», второй, II; lists «и», «,», ranges «–»."""
        labels: list[str] = []
        rest = text
        pending_range = False
        while True:
            found = self.label_token(rest, kind)
            if found is None:
                break
            token, end = found
            if pending_range and labels:
                expanded = label_range(labels[-1], token)
                if expanded is None:
                    raise Unreadable(_NOT_A_SEQUENCE, first=labels[-1], last=token)
                labels.extend(expanded[1:])
            else:
                labels.append(token)
            rest = rest[end:]
            dash = re.match(_DASH, rest)
            if dash:
                pending_range = True
                rest = rest[dash.end() :]
                continue
            sep = _LIST_SEP.match(rest)
            if sep and labels:
                probe = rest[sep.end() :]
                ordinal = _ORDINAL_NEXT.match(probe)
                if _NEXT_LABEL.match(probe) or (
                    kind in (m.PARAGRAPH, m.PART) and ordinal and ordinal_value(ordinal.group(1))
                ):
                    pending_range = False
                    rest = probe
                    continue
            break
        return labels, rest

    # --- chains ---------------------------------------------------------------------------
    def read_chain(self, text: str) -> tuple[list[Ref], str]:
        """Unit references at the start of ``text``, smallest first (as written)."""
        refs: list[Ref] = []
        rest = text
        while True:
            match = UNIT_RE.match(rest.lstrip())
            if not match:
                break
            word = match.group("w")
            if refs and not (word.lower() in _GEN_FORMS or match.group("k")):
                break
            if not refs and match.group("k"):
                break
            kind = unit_kind(match)
            if refs and _RANK.get(kind, 0) <= _RANK.get(refs[-1].kind, 0):
                break  # «в статье 322 части 1 и 2 считать…»: not a parent of the article
            after = rest.lstrip()[match.end() :]
            if kind == HEADING:
                labels: list[str] = []
            else:
                labels, after = self.read_labels(after, kind)
                if not labels and kind not in (m.NOTE,):
                    break
                if not labels:
                    labels = ["1"]
            if refs and len(labels) > 1:
                break  # a parent names one unit
            refs.append(Ref(kind, labels, word.lower()))
            rest = after
        return refs, rest

    def read_chain_plain(self, text: str) -> tuple[list[Ref], str]:
        """A unit named in the instrumental, possibly without a label (абзацем)."""
        match = UNIT_RE.match(text.strip())
        if not match:
            return [], text
        kind = unit_kind(match)
        labels, rest = self.read_labels(text.strip()[match.end() :], kind)
        return [Ref(kind, labels, match.group("w").lower())], rest

    def address_of(self, refs: list[Ref], context: str) -> str:
        """The address of ``refs`` (smallest first), relative to ``context`` unless it starts
        at an article or a container. The first ref must name one unit."""
        heading = False
        pairs: list[tuple[str, str]] = []
        for ref in reversed(refs):
            if ref.kind == HEADING:
                heading = True
                continue
            if len(ref.labels) != 1:
                raise Unreadable(N_("several units named where one is meant"))
            pairs.append((self.profile.key(ref.kind), ref.labels[0]))
        absolute = bool(pairs) and self.profile.kind_for_key(pairs[0][0]) in (
            self.profile.top,
            *m.CONTAINER_KINDS,
        )
        if not absolute and context:
            base, ctx_heading = (
                (context[: -len(m.HEADING_SUFFIX)], True)
                if context.endswith(m.HEADING_SUFFIX)
                else (context, False)
            )
            pairs = addr.parse(base) + pairs
            heading = heading or ctx_heading
        # containers never prefix a unit's address
        while len(pairs) > 1 and self.profile.kind_for_key(pairs[0][0]) in m.CONTAINER_KINDS:
            pairs = pairs[1:]
        return addr.join(pairs) + (m.HEADING_SUFFIX if heading else "")

    def each_address(self, refs: list[Ref], context: str) -> list[str]:
        """«в статьях 5, 7 и 9 …»: the address of each unit the first ref names."""
        first = refs[0]
        return [
            self.address_of([Ref(first.kind, [label], first.form), *refs[1:]], context)
            for label in first.labels
        ]
