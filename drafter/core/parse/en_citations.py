"""English citations of units (section 5(2)(a), paragraph 3 of Schedule 2, subsection (b)),
quoted words, occurrences ("in each place it occurs") and the addresses they name."""

from __future__ import annotations

import re

from drafter.core import address as addr
from drafter.core import labels_en
from drafter.core import model as m
from drafter.core.parse.report import Unreadable
from drafter.core.parse.typography import QUOTE, quote_index
from drafter.core.profiles import Profile
from drafter.core.styles import uk, us
from drafter.core.styles.base import label_range, unquote_en
from drafter.messages import N_

_NOT_A_SEQUENCE = N_("the range {first} to {last} is not a sequence")
_NOT_A_UNIT = N_("«{text}» is not a unit")

# Unit words as the uk and us styles write them ("sub-paragraph", "subparagraphs") → key.
UNIT_KEYS = {
    name.lower(): key
    for names in (uk.UNIT_NAMES, us.UNIT_NAMES)
    for key, forms in names.items()
    for name in forms
}
UNIT_WORD = "(?:" + "|".join(sorted(map(re.escape, UNIT_KEYS), key=len, reverse=True)) + ")"
ORDINALS = {word: n for n, word in enumerate(uk.ORDINALS, 1)}


class EnReader:
    """Reads citations in a masked uk or us instruction; holds its quotations."""

    def __init__(self, act_slug: str, profile: Profile, style: str) -> None:
        self.act = act_slug
        self.profile = profile
        self.style = style
        self.quotes: list[str] = []
        self.keys = [profile.key(profile.top)] + [profile.key(k) for k in profile.levels]

    # --- quoted text ----------------------------------------------------------------------
    def mask(self, text: str) -> str:
        """Quoted passages → placeholders. Straight quotes delimit them when the text has any
        (curly quotes inside are then part of the words); otherwise curly “…” do."""
        text = text.replace("\u00a0", " ").replace("\r\n", "\n")
        if '"' not in text:
            text = text.replace("“", '"').replace("”", '"')
        out: list[str] = []
        self.quotes = []
        for i, part in enumerate(text.split('"')):
            if i % 2:
                self.quotes.append(part)
                out.append(f"\ue000{len(self.quotes) - 1}\ue001")
            else:
                out.append(part)
        return "".join(out)

    def unmask(self, text: str) -> str:
        return QUOTE.sub(lambda mt: '"' + self.quotes[int(mt.group(1))] + '"', text)

    def words(self, token: str) -> str:
        return unquote_en(re.sub(r"\s+", " ", self.quotes[quote_index(token)]))

    def block(self, token: str) -> str:
        text = self.quotes[quote_index(token)]
        lines = [" ".join(line.split()) for line in text.split("\n")]
        return unquote_en("\n".join(lines).strip("\n"))

    # --- labels ---------------------------------------------------------------------------
    @staticmethod
    def labels(text: str) -> list[str]:
        found = re.findall(r"\(?([0-9A-Za-z.]+)\)?", text)
        words = [w for w in found if w not in ("and", "through", "to")]
        if re.search(r"\b(?:through|to)\b", text) and len(words) == 2:
            expanded = label_range(words[0], words[1])
            if expanded is None:
                raise Unreadable(_NOT_A_SEQUENCE, first=words[0], last=words[1])
            return expanded
        return words

    def label_kinds(self, schedule: bool) -> dict[str, str]:
        return labels_en.UK_SCHEDULE_KINDS if schedule else labels_en.kinds(self.profile)

    def bracket_pairs(
        self, labels: list[str], schedule: bool = False, previous: str | None = None
    ) -> list[tuple[str, str]]:
        """Keys for the bracketed labels of a citation, by the form of each label: a level
        below the one before it ("(2)(i)": sub-paragraph (i), "(a)(1)": paragraph (1))."""
        kinds = self.label_kinds(schedule)
        levels = labels_en.levels(self.profile)
        pairs = []
        level = levels.get(previous, -1) if previous else -1
        for label in labels:
            types = labels_en.label_types(label)
            deeper = [t for t in types if levels[t] > level]
            if level < 0:  # the first bracket: the shallowest reading
                choice = min(types, key=lambda t: levels[t])
            else:
                choice = deeper[0] if deeper else types[0]
            level = levels[choice]
            pairs.append((self.profile.key(kinds[choice]), label))
        return pairs

    def type_of_key(self, key: str, schedule: bool) -> str | None:
        for label_type, kind in self.label_kinds(schedule).items():
            if self.profile.key(kind) == key:
                return label_type
        return None

    # --- citations ------------------------------------------------------------------------
    def cite(self, text: str) -> str | None:
        """An absolute citation (section 5(2), paragraph 3 of Schedule 2, Schedule 2)."""
        text = text.strip()
        heading = False
        mt = re.fullmatch(r"the heading of (.+)", text, re.I)
        if mt:
            heading, text = True, mt.group(1)
        suffix = m.HEADING_SUFFIX if heading else ""
        mt = re.fullmatch(r"section\s+([0-9A-Za-z.]+)((?:\([0-9A-Za-z.]+\))*)", text, re.I)
        if mt:
            labels = re.findall(r"\(([0-9A-Za-z.]+)\)", mt.group(2))
            pairs = [(self.keys[0], mt.group(1)), *self.bracket_pairs(labels)]
            return addr.join(pairs) + suffix
        mt = re.fullmatch(
            r"paragraph\s+([0-9A-Za-z]+)((?:\([0-9A-Za-z]+\))*)\s+of\s+Schedule\s+(\w+)", text, re.I
        )
        if mt:
            labels = re.findall(r"\(([0-9A-Za-z]+)\)", mt.group(2))
            pairs = [("sch", mt.group(3)), ("para", mt.group(1))]
            pairs += self.bracket_pairs(labels, schedule=True, previous=None)
            return addr.join(pairs) + suffix
        mt = re.fullmatch(r"Schedule\s+(\w+)", text, re.I)
        if mt:
            return f"sch:{mt.group(1)}" + suffix
        return None

    @staticmethod
    def need(address: str | None) -> str:
        if address is None:
            raise Unreadable(N_("the unit is not cited as a section or Schedule"))
        return address

    def relative(self, text: str, context: str) -> str:
        """subsection (a)(1) within ``context``; the section heading."""
        text = text.strip()
        base = context.removesuffix(m.HEADING_SUFFIX)
        if text.lower() == "the section heading":
            return base + m.HEADING_SUFFIX
        heading = False
        mt = re.fullmatch(r"the heading of (.+)", text, re.I)
        if mt:
            heading, text = True, mt.group(1)
        suffix = m.HEADING_SUFFIX if heading else ""
        absolute = self.cite(text)
        if absolute is not None:
            return absolute + suffix
        mt = re.fullmatch(r"(" + UNIT_WORD + r")\s+((?:\([0-9A-Za-z.]+\))+)", text, re.I)
        if not mt:
            raise Unreadable(_NOT_A_UNIT, text=text)
        key = UNIT_KEYS[mt.group(1).lower()]
        labels = re.findall(r"\(([0-9A-Za-z.]+)\)", mt.group(2))
        pairs = addr.parse(base) if base else []
        schedule = bool(pairs) and pairs[0][0] == "sch"
        first = (key, labels[0])
        rest = self.bracket_pairs(labels[1:], schedule, self.type_of_key(key, schedule))
        return addr.join([*pairs, first, *rest]) + suffix

    def unit(self, text: str, parent: str) -> str:
        """ "subsection (2)" / "section 5" / "paragraph 3" (of a Schedule) under ``parent``."""
        mt = re.fullmatch(r"(" + UNIT_WORD + r")\s+\(?([0-9A-Za-z.]+)\)?", text.strip(), re.I)
        if not mt:
            raise Unreadable(_NOT_A_UNIT, text=text)
        key = UNIT_KEYS[mt.group(1).lower()]
        return addr.child(parent.removesuffix(m.HEADING_SUFFIX), key, mt.group(2))

    @staticmethod
    def occurrence(text: str | None) -> str | int | None:
        if not text:
            return None
        if re.search(r"\b(?:each|both|all)\b", text):
            return "all"
        mt = re.search(r"the\s+(\w+)\s+place", text)
        if mt:
            word = mt.group(1).lower()
            if word in ORDINALS:
                return ORDINALS[word]
            digits = re.match(r"\d+", word)
            if digits:
                return int(digits.group(0))
        raise Unreadable(N_("«{text}» is not an occurrence"), text=text.strip())

    @staticmethod
    def new_label(text: str) -> str | None:
        first = text.lstrip()
        first = re.sub(r"^(?:SEC\.|Sec\.|Section|§)\s*", "", first)
        mt = re.match(r"\(?([0-9A-Za-z]+(?:\.[0-9]+)*)[).]?(?:\s|$)", first)
        return mt.group(1) if mt else None
