"""Amending instructions (text) back into operations, in the ru, uk and us styles."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.profiles import Profile, get_profile
from drafter.core.russian import ordinal_value
from drafter.core.styles.base import implied_placement, label_range, unquote_en
from drafter.errors import EngineError


@dataclass
class ParsedInstruction:
    """One instruction found in the text and what became of it."""

    text: str
    operations: list[m.Operation] = field(default_factory=list)
    error: str = ""  # why it could not be parsed ("" when it was)
    block: int = 0  # which article of the amending law (0: before the first «Статья»)
    group: int = 0  # which numbered item of that article (sub-items share their item's)
    added_keys: dict[int, str] = field(default_factory=dict)  # op index → key of a new unit


@dataclass
class ParseReport:
    """Everything :func:`parse_report` found: instructions, and numbers it could not resolve."""

    instructions: list[ParsedInstruction] = field(default_factory=list)
    resolved_numbers: list[str] = field(default_factory=list)  # "статьей 112 → 11.2 (…)"
    unresolved_numbers: list[str] = field(default_factory=list)

    @property
    def operations(self) -> list[m.Operation]:
        return [op for ins in self.instructions for op in ins.operations]

    @property
    def failures(self) -> list[ParsedInstruction]:
        return [ins for ins in self.instructions if ins.error]


def parse_instructions(
    text: str,
    act_slug: str,
    style: str,
    *,
    profile: str = "ru-code",
    citation_style: str = "digits",
) -> list[m.Operation]:
    """The operations ``text`` (amending instructions in ``style``) carries out on one act.

    ``profile`` maps unit words to address keys; parts cited in words («части второй») and in
    digits are both read, whatever ``citation_style`` says. Raises EngineError naming the
    first instruction that could not be read.
    """
    report = parse_report(text, act_slug, style, profile=profile, citation_style=citation_style)
    for ins in report.instructions:
        if ins.error:
            raise EngineError(f"Cannot read the instruction «{_short(ins.text)}»: {ins.error}.")
    return report.operations


def parse_report(
    text: str,
    act_slug: str,
    style: str,
    *,
    profile: str = "ru-code",
    citation_style: str = "digits",
    flattened_superscripts: bool = False,
) -> ParseReport:
    """Like :func:`parse_instructions` but never raises: each instruction with its operations
    or the reason it was not understood. ``flattened_superscripts`` resolves labels whose
    superscript was flattened in the source («статьей 112» after «в статье 11» → 11.2) and
    lists those it cannot resolve."""
    if style == "ru":
        report = _RuParser(act_slug, get_profile(profile)).parse(text)
        if flattened_superscripts:
            _resolve_flattened(report)
        return report
    if style in ("uk", "us"):
        prof = get_profile(profile if profile.startswith(style) else style)
        return _EnParser(act_slug, prof, style).parse(text)
    raise EngineError(f"Unknown drafting style {style!r} (known: ru, uk, us).")


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# ============================================================================================
# Typography
# ============================================================================================
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_SOURCES_AFTER = re.compile(r"\s*\((?:Собрание|Ведомости|Российская газета|Бюллетень)")


def normalize_typography(text: str) -> str:
    """NBSP → space, 52^1 / 52¹ → 52.1, and every quotation mark → «» by nesting depth.

    Straight quotes are paired by context (an opening one follows a space or bracket); „…“
    and “…” are recognised; a straight quote closing an act title just before its publication
    sources also closes the title it is nested in (a common flaw of copied texts).
    """
    text = text.replace("\u00a0", " ").replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"(\d)\s*\^\s*(\d+)", r"\1.\2", text)
    text = re.sub(
        r"(\d)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)",
        lambda mt: mt.group(1) + "." + mt.group(2).translate(_SUPERSCRIPTS),
        text,
    )
    out: list[str] = []
    stack: list[str] = []
    n = len(text)
    for i, ch in enumerate(text):
        if ch not in '"«»„“”':
            out.append(ch)
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        if ch in "«„":
            opening = True
        elif ch == "»" or ch == "”":
            opening = False
        elif ch == "“":
            opening = not (stack and stack[-1] in "„“")
            if opening and stack and stack[-1] == '"':
                opening = False
        else:  # straight quote: decide by context
            if prev.isspace() or prev in "([{«„/—–-" or i == 0:
                opening = not nxt.isspace()
            elif nxt.isspace() or nxt in ".,;:!?)]»“”" or i + 1 == n:
                opening = False
            else:
                opening = not stack
        if opening:
            stack.append(ch)
            out.append("«")
        else:
            if stack:
                stack.pop()
            out.append("»")
            if ch == '"' and len(stack) >= 1 and _SOURCES_AFTER.match(text, i + 1):
                # «…Закона "О защите прав потребителей" (Собрание…» — close the outer title.
                while stack:
                    stack.pop()
                    out.append("»")
    return "".join(out)


_Q = re.compile(r"\ue000(\d+)\ue001")
_P = re.compile(r"\ue002(\d+)\ue003")


def _mask(text: str) -> tuple[str, list[str], list[str]]:
    """Quoted passages → \\ue000n\\ue001, parenthesised ones outside quotes → \\ue002n\\ue003."""
    quotes: list[str] = []
    out: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch == "«":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if depth == 0:
                quotes.append(text[start + 1 : i])
                out.append(f"\ue000{len(quotes) - 1}\ue001")
        elif depth == 0:
            out.append(ch)
    masked = "".join(out)
    parens: list[str] = []
    out = []
    depth = 0
    for i, ch in enumerate(masked):
        if ch == "(":
            if depth == 0:
                start = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                parens.append(masked[start + 1 : i])
                out.append(f"\ue002{len(parens) - 1}\ue003")
        elif depth == 0:
            out.append(ch)
    if depth:  # unbalanced: keep the text as it was
        return masked, quotes, []
    return "".join(out), quotes, parens


# ============================================================================================
# Russian
# ============================================================================================
_UNIT_WORDS: list[tuple[str, str]] = [
    (m.SUBPOINT, r"подпункт(?:ами|ами|ах|ам|ов|ом|а|у|е|ы)?"),
    (m.POINT, r"пункт(?:ами|ах|ам|ов|ом|а|у|е|ы)?"),
    (m.ARTICLE, r"стать(?:ями|ях|ям|ей|ёй|я|и|ю|е)"),
    (m.PART, r"част(?:ями|ях|ям|ью|ей|ь|и)"),
    (m.PARAGRAPH, r"абзац(?:ами|ах|ам|ев|ем|а|у|е|ы)?"),
    (m.NOTE, r"примечани(?:ями|ях|ям|ем|е|я|ю|и|й)"),
    (m.SUBDIVISION, r"подраздел(?:ами|ах|ам|ов|ом|а|у|е|ы)?"),
    (m.DIVISION, r"раздел(?:ами|ах|ам|ов|ом|а|у|е|ы)?"),
    (m.CHAPTER, r"глав(?:ами|ах|ам|ой|а|ы|у|е)"),
    ("heading", r"наименовани(?:ем|е|я|ю|и)"),
]
_UNIT_RE = re.compile(
    r"(?:(?P<k>к)\s+)?(?P<w>"
    + "|".join(
        f"(?P<{k}>{p})" for k, p in [(f"u{i}", pat) for i, (_, pat) in enumerate(_UNIT_WORDS)]
    )
    + r")\b",
    re.I,
)
# Forms a parent (genitive, or «к» + dative for the article of a note) may take.
_GEN_FORMS = re.compile(
    r"^(?:подпункта|пункта|статьи|части|абзаца|примечания|примечаний|раздела|подраздела|главы"
    r"|наименования)$",
    re.I,
)
_PLURAL_FORMS = re.compile(
    r"^(?:подпункт|пункт|абзац|раздел|подраздел)(?:ы|ов|ами|ах|ам)$|^(?:стать|част|глав)(?:ями"
    r"|ях|ям|ей)$|^примечани(?:ями|ях|ям|й)$",
    re.I,
)
_NUM = r"\d+(?:\.\d+)*(?:-\d+)?"
_ROMAN = r"[IVXLC]+\b"
_ORD_WORD = r"[а-яё]+"
_DASH = r"(?:\s*[–—]\s*|\s+-\s+)"
_VERBS = re.compile(
    r"(?<![а-яё])(?:заменить|исключить|дополнить|изложить|признать\s+утративш\w*\s+силу|"
    r"считать\s+(?:соответственно\s+)?(?:стать|част|пункт|подпункт|абзац|глав|раздел)\w*|"
    r"приостановить)(?![а-яё])",
    re.I,
)
_FORMULA_START = re.compile(
    r"(?:по\s+(?:всему\s+)?тексту|в\s+конце|слова|слово|цифры|цифру|после|перед|дополнить|изложить|"
    r"признать|исключить|точку|запятую|двоеточие|считать|предложени\w+)(?![а-яё])",
    re.I,
)


# Parents are written after their children and rank higher.
_RANK = {
    "heading": -1,
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
class _Ref:
    kind: str
    labels: list[str]
    form: str


class _RuParser:
    def __init__(self, act_slug: str, profile: Profile) -> None:
        self.act = act_slug
        self.profile = profile
        self.quotes: list[str] = []
        self.parens: list[str] = []
        self.block_number = 0
        self.group_number = 0
        self.last_add: m.Operation | None = None
        self.added_keys: dict[int, str] = {}

    # --- quoted text --------------------------------------------------------------------
    def quoted(self, token: str) -> str:
        """The words inside quotation ``token`` (line breaks inside become spaces)."""
        return re.sub(r"\s+", " ", self.quotes[int(_Q.fullmatch(token).group(1))])

    def block(self, token: str) -> str:
        """A quoted unit: lines kept, each stripped."""
        text = self.quotes[int(_Q.fullmatch(token).group(1))]
        lines = [" ".join(line.split()) for line in text.split("\n")]
        out: list[str] = []
        for line in lines:  # collapse runs of blank lines (published texts space paragraphs)
            if line or (out and out[-1]):
                out.append(line)
        return "\n".join(out).strip("\n")

    # --- top level ----------------------------------------------------------------------
    def parse(self, text: str) -> ParseReport:
        text = normalize_typography(text)
        masked, self.quotes, self.parens = _mask(text)
        report = ParseReport()
        blocks = re.split(r"(?m)^[ \t]*Статья\s+\d+(?:\.\d+)?\.?[ \t]*$", masked)
        for number, block in enumerate(blocks):
            self.block_number = number
            self.last_add = None
            self.parse_block(block, report)
        return report

    def parse_block(self, block: str, report: ParseReport) -> None:
        base = ""
        level1: str | None = None
        for segment in self.segments(block):
            marker, body = self.strip_marker(segment)
            lettered = bool(marker) and not marker[0].isdigit()
            if marker and not lettered:
                level1 = None
                self.group_number += 1
            elif not marker:
                self.group_number += 1
            context = level1 if (lettered and level1 is not None) else base
            head = re.match(
                r"\s*внести\s+в\s+(.*?)\s*следующ\w+\s+изменени\w+\s*:?\s*$", body, re.I | re.S
            )
            if head:
                refs, _ = self.read_chain(head.group(1))
                base = self.address_of(refs, "") if refs else ""
                level1 = None
                continue
            if not _VERBS.search(body):
                header = body.strip()
                if header.endswith(":") and not lettered:
                    text = re.sub(r"^во?\s+", "", header[:-1].strip(), flags=re.I)
                    level1 = _UNREAD_HEADER
                    try:
                        refs, rest = self.read_chain(text)
                        if refs and not rest.strip():
                            level1 = self.address_of(refs, base)
                    except _Unreadable:
                        pass
                continue
            instruction = ParsedInstruction(
                text=self.unmask(body), block=self.block_number, group=self.group_number
            )
            try:
                if context == _UNREAD_HEADER:
                    raise _Unreadable("the unit its group names («в …:») was not understood")
                self.added_keys = {}
                instruction.operations = self.instruction(body, context)
                self.last_add = instruction.operations[-1]
                instruction.added_keys = {
                    i: self.added_keys[id(op)]
                    for i, op in enumerate(instruction.operations)
                    if id(op) in self.added_keys
                }
            except _Unreadable as exc:
                instruction.error = str(exc)
            report.instructions.append(instruction)

    @staticmethod
    def segments(block: str) -> list[str]:
        """Split at «;», «:» and «.» that end an item (followed by a line end, an item marker
        or the end, not by quoted text), never inside quotations (they are masked)."""
        parts = re.split(
            r"(?<=[;:.])(?!\s*\ue000)(?=\s*(?:\n|$|(?:\d+(?:\.\d+)?|[а-яё](?:\.\d+)?)\)\s))",
            block,
            flags=re.I,
        )
        return [s for s in (p.strip() for p in parts) if s]

    @staticmethod
    def strip_marker(segment: str) -> tuple[str, str]:
        match = re.match(
            r"(\d+(?:\.\d+)?|[а-яё](?:\.\d+)?)\)\s+|(\d+)\.\s+(?=[А-ЯЁа-яё])", segment, re.I
        )
        if not match:
            return "", segment
        return match.group(1) or match.group(2), segment[match.end() :]

    def unmask(self, text: str) -> str:
        text = _P.sub(lambda mt: "(" + self.parens[int(mt.group(1))] + ")", text)
        return _Q.sub(lambda mt: "«" + self.quotes[int(mt.group(1))] + "»", text)

    # --- addresses ----------------------------------------------------------------------
    def read_labels(self, text: str, kind: str) -> tuple[list[str], str]:
        """Labels after a unit word: 5, 52.1, «а», второй, II; lists «и», «,», ranges «–»."""
        labels: list[str] = []
        rest = text
        pending_range = False
        while True:
            token = None
            match = re.match(r"\s*(" + _NUM + r")(?![\d.])", rest)
            if match:
                token = match.group(1)
            if token is None:
                match = re.match(r"\s*(\ue000\d+\ue001)", rest)
                if match:
                    content = self.quoted(match.group(1))
                    if re.fullmatch(r"[а-яёa-z](?:[.\-]?\d+)*|\d+(?:\.\d+)*", content, re.I):
                        token = content
                    else:
                        match = None
            if token is None and kind in (m.CHAPTER, m.DIVISION, m.SUBDIVISION):
                match = re.match(r"\s*(" + _ROMAN + r")", rest)
                if match:
                    token = match.group(1)
            if token is None and kind in (m.PARAGRAPH, m.PART, m.ARTICLE):
                for words in (2, 1):
                    match = re.match(
                        r"\s*((?:"
                        + _ORD_WORD
                        + r"\s+){"
                        + str(words - 1)
                        + "}"
                        + _ORD_WORD
                        + r")(?![а-яё])",
                        rest,
                        re.I,
                    )
                    if match and ordinal_value(match.group(1)):
                        token = str(ordinal_value(match.group(1)))
                        break
                    match = None
            if token is None:
                break
            if pending_range and labels:
                expanded = label_range(labels[-1], token)
                if expanded is None:
                    raise _Unreadable(f"the range {labels[-1]}–{token} is not a sequence")
                labels.extend(expanded[1:])
            else:
                labels.append(token)
            rest = rest[match.end() :]
            sep = re.match(_DASH, rest)
            if sep:
                pending_range = True
                rest = rest[sep.end() :]
                continue
            sep = re.match(r"\s*(?:,|и)\s+(?=\d|\ue000|[IVX]|[а-яё])", rest, re.I)
            if sep and labels:
                probe = rest[sep.end() :]
                if re.match(r"\s*(?:" + _NUM + r"|\ue000\d+\ue001|" + _ROMAN + ")", probe) or (
                    kind in (m.PARAGRAPH, m.PART)
                    and re.match(r"\s*" + _ORD_WORD, probe)
                    and ordinal_value(re.match(r"\s*(" + _ORD_WORD + ")", probe).group(1))
                ):
                    pending_range = False
                    rest = probe
                    continue
            break
        return labels, rest

    def read_chain(self, text: str) -> tuple[list[_Ref], str]:
        """Unit references at the start of ``text``, smallest first (as written)."""
        refs: list[_Ref] = []
        rest = text
        while True:
            match = _UNIT_RE.match(rest.lstrip())
            if not match:
                break
            word = match.group("w")
            if refs and not (_GEN_FORMS.match(word) or match.group("k")):
                break
            if not refs and match.group("k"):
                break
            kind = next(_UNIT_WORDS[i][0] for i in range(len(_UNIT_WORDS)) if match.group(f"u{i}"))
            if refs and _RANK.get(kind, 0) <= _RANK.get(refs[-1].kind, 0):
                break  # «в статье 322 части 1 и 2 считать…»: not a parent of the article
            after = rest.lstrip()[match.end() :]
            if kind == "heading":
                labels: list[str] = []
            else:
                labels, after = self.read_labels(after, kind)
                if not labels and kind not in (m.NOTE,):
                    break
                if not labels:
                    labels = ["1"]
            if refs and len(labels) > 1:
                break  # a parent names one unit
            refs.append(_Ref(kind, labels, word.lower()))
            rest = after
        return refs, rest

    def address_of(self, refs: list[_Ref], context: str) -> str:
        """The address of ``refs`` (smallest first), relative to ``context`` unless it starts
        at an article or a container. The first ref must name one unit."""
        heading = False
        pairs: list[tuple[str, str]] = []
        for ref in reversed(refs):
            if ref.kind == "heading":
                heading = True
                continue
            if len(ref.labels) != 1:
                raise _Unreadable("several units named where one is meant")
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

    # --- one instruction ----------------------------------------------------------------
    def instruction(self, body: str, context: str) -> list[m.Operation]:
        body = body.strip()
        body = re.sub(r"[;.]\s*$", "", body).strip()
        body = " ".join(body.split(" "))
        prefix_in = re.match(r"во?\s+(?!конце\b)", body, re.I)
        text = body[prefix_in.end() :] if prefix_in else body
        if re.match(r"приостановить", text, re.I):
            raise _Unreadable("a suspension («приостановить действие») is not a textual amendment")
        refs, rest = self.read_chain(text)
        rest = self.skip_act_citation(rest)
        ops: list[m.Operation] = []
        for clause in self.split_clauses(rest):
            ops.extend(self.formula(clause.strip(), refs, context))
        if not ops:
            raise _Unreadable("no amending formula recognised")
        return ops

    def skip_act_citation(self, rest: str) -> str:
        rest = rest.strip()
        if not rest or _FORMULA_START.match(rest) or _UNIT_RE.match(rest):
            return rest
        paren = _P.search(rest)
        found = _FORMULA_START.search(rest)
        if paren and (not found or paren.start() < found.start()):
            return rest[paren.end() :].strip()
        if found:
            return rest[found.start() :]
        return rest

    @staticmethod
    def split_clauses(rest: str) -> list[str]:
        parts = re.split(
            r",\s+(?=(?:по\s+(?:всему\s+)?тексту\s+)?(?:слова|слово|цифры|цифру|после|перед|точку|запятую|двоеточие|дополнить)\s)",
            rest,
            flags=re.I,
        )
        return [p for p in parts if p.strip()]

    def op(self, kind: str, address: str, **kw) -> m.Operation:
        return m.Operation(kind, self.act, address, **kw)

    def formula(self, rest: str, refs: list[_Ref], context: str) -> list[m.Operation]:
        rest = " ".join(rest.split())
        q = r"(\ue000\d+\ue001)"
        words_acc = r"(?:слова|слово|цифры|цифру)"
        words_ins = r"(?:словами|словом|цифрами|цифрой|знаком)"
        punct_acc = {"точку с запятой": ";", "точку": ".", "запятую": ",", "двоеточие": ":"}
        punct_ins = {"точкой с запятой": ";", "точкой": ".", "запятой": ",", "двоеточием": ":"}
        occ = (
            r"(?:\s+(?:в\s+каждом\s+случае|(?:во?\s+)(?P<occ>[а-яё]+)\s+случае"
            r"|в\s+соответствующ\w+\s+(?:числе\s+и\s+)?падеж\w*))*"
        )
        every = r"(?P<all>по\s+(?:всему\s+)?тексту\s+)?"
        case_tail = r"(?:\s+в\s+соответствующ\w+\s+(?:числе\s+и\s+)?падеж\w*)?"

        def occurrence(mt: re.Match) -> str | int | None:
            if mt.groupdict().get("all") or re.search(r"в\s+каждом\s+случае", mt.group(0), re.I):
                return "all"
            word = mt.groupdict().get("occ")
            if word:
                value = ordinal_value(word)
                if value is None:
                    raise _Unreadable(f"«{word} случае» is not an ordinal")
                return value
            return None

        def targets() -> list[str]:
            """«в статьях 5, 7 и 9 слова …»: the same change in each unit named."""
            if refs and len(refs[0].labels) > 1:
                first = refs[0]
                return [
                    self.address_of([_Ref(first.kind, [label], first.form), *refs[1:]], context)
                    for label in first.labels
                ]
            return [target()]

        def target() -> str:
            return self.address_of(refs, context) if refs else context

        old_alt = words_acc + r"\s+" + q + "|" + "|".join(punct_acc)
        new_alt = words_ins + r"\s+" + q + "|" + "|".join(punct_ins)

        def words(mt_text: str) -> str:
            token = _Q.search(mt_text)
            if token:
                return self.quoted(token.group(0))
            for name, sign in {**punct_acc, **punct_ins}.items():
                if mt_text.lower().startswith(name):
                    return sign
            raise _Unreadable("no quoted words")

        # replace
        mt = re.fullmatch(
            every
            + r"(?P<old>"
            + old_alt
            + ")"
            + occ
            + r"\s+заменить\s+(?P<new>"
            + new_alt
            + ")"
            + case_tail,
            rest,
            re.I,
        )
        if mt:
            return [
                self.op(
                    m.REPLACE_WORDS,
                    t,
                    old=words(mt.group("old")),
                    new=words(mt.group("new")),
                    occurrence=occurrence(mt),
                )
                for t in targets()
            ]
        # delete (several: «слово «A» и слово «B» исключить»)
        mt = re.fullmatch(
            every
            + r"(?P<old>(?:"
            + old_alt
            + r")(?:\s*(?:,|и)\s+(?:"
            + old_alt
            + r"))*)"
            + occ
            + r"\s+исключить",
            rest,
            re.I,
        )
        if mt:
            occ_value = occurrence(mt)
            chunks = [
                c.group(0) for c in re.finditer(r"(?:" + old_alt + ")", mt.group("old"), re.I)
            ]
            return [
                self.op(m.DELETE_WORDS, t, old=words(c), occurrence=occ_value)
                for t in targets()
                for c in chunks
            ]
        # insert after / before words
        mt = re.fullmatch(
            r"(?P<pos>после|перед)\s+(?:слов|слова|цифр|цифры|словами|словом|цифрами|цифрой)\s+(?P<anchor>"
            + q
            + ")"
            + occ
            + r"\s+дополнить\s+(?:(?P<new>"
            + words_ins
            + r"\s+"
            + q
            + r")|предложени\w+\s+следующего\s+содержания:?\s*(?P<sent>"
            + q
            + "))",
            rest,
            re.I,
        )
        if mt:
            new = self.quoted(_Q.search(mt.group("new") or mt.group("sent")).group(0))
            return [
                self.op(
                    m.INSERT_WORDS,
                    t,
                    new=new,
                    anchor=self.quoted(mt.group("anchor")),
                    position="after" if mt.group("pos").lower() == "после" else "before",
                    occurrence=occurrence(mt),
                )
                for t in targets()
            ]
        # insert at the end
        mt = re.fullmatch(
            r"дополнить\s+(?:"
            + words_ins
            + r"\s+(?P<new>"
            + q
            + r")|предложени\w+\s+следующего\s+содержания:?\s*(?P<sent>"
            + q
            + "))",
            rest,
            re.I,
        )
        if mt:
            new = self.quoted(mt.group("new") or mt.group("sent"))
            return [self.op(m.INSERT_WORDS, t, new=new, position="end") for t in targets()]
        # restate
        mt = re.fullmatch(r"изложить\s+в\s+следующей\s+редакции:?\s*" + q, rest, re.I)
        if mt:
            if not refs and not context:
                raise _Unreadable("no unit named to restate")
            return [self.op(m.RESTATE_UNIT, target(), new=self.block(mt.group(1)))]
        # repeal
        mt = re.fullmatch(r"признать\s+утративш\w+\s+силу", rest, re.I)
        if mt:
            if not refs:
                raise _Unreadable("no unit named to repeal")
            ops = []
            for label in refs[0].labels:
                ops.append(
                    self.op(
                        m.REPEAL_UNIT,
                        self.address_of(
                            [_Ref(refs[0].kind, [label], refs[0].form), *refs[1:]], context
                        ),
                    )
                )
            return ops
        # add units
        mt = re.fullmatch(
            r"(?:(?P<pos>после|перед)\s+(?P<anchor>.+?)\s+|(?P<end>в\s+конце)\s+)?"
            r"дополнить\s+(?P<what>.+?)\s+следующего\s+содержания:?\s*" + q,
            rest,
            re.I,
        )
        if mt:
            return self.add_units(mt, refs, context)
        # renumber
        mt = re.fullmatch(
            r"(?:(?P<old>.+?)\s+)?считать\s+(?P<resp>соответственно\s+)?(?P<new>.+)", rest, re.I
        )
        if mt:
            return self.renumber(mt, refs, context)
        if re.match(r"приостановить", rest, re.I) or re.search(r"приостановить", rest, re.I):
            raise _Unreadable("a suspension («приостановить действие») is not a textual amendment")
        raise _Unreadable("no amending formula recognised")

    def add_units(self, mt: re.Match, refs: list[_Ref], context: str) -> list[m.Operation]:
        parent = self.address_of(refs, context) if refs else context
        what_refs, tail = self.read_chain_plain(mt.group("what"))
        if len(what_refs) != 1 or tail.strip():
            raise _Unreadable("the unit to add is not named as «<unit> <number>»")
        kind, labels = what_refs[0].kind, what_refs[0].labels
        position, anchor = "end", None
        if mt.group("pos"):
            anchor_refs, tail = self.read_chain(mt.group("anchor"))
            if not anchor_refs or tail.strip():
                raise _Unreadable("the unit after which to add is not understood")
            anchor = self.address_of(anchor_refs, parent)
            position = "after" if mt.group("pos").lower() == "после" else "before"
        explicit = bool(mt.group("pos") or mt.group("end"))
        text = self.block(list(_Q.finditer(mt.group(0)))[-1].group(0))
        key = self.profile.key(kind)
        if not labels:
            op = self._add(parent, "", position, anchor, text)
            self.added_keys[id(op)] = key
            self.last_add = op
            return [op]
        pieces = _split_units(text, labels) if len(labels) > 1 else [text]
        ops = []
        for label, piece in zip(labels, pieces, strict=False):
            if not explicit or ops:
                position, anchor = implied_placement(parent, key, label, self.last_add)
            op = self._add(parent, label, position, anchor, piece)
            ops.append(op)
            self.added_keys[id(op)] = key
            self.last_add = op
        return ops

    def _add(
        self, parent: str, label: str | None, position: str, anchor: str | None, text: str
    ) -> m.Operation:
        if position != "end" and anchor is None:
            position = "end"
        return self.op(m.ADD_UNIT, parent, new=text, label=label, position=position, anchor=anchor)

    def read_chain_plain(self, text: str) -> tuple[list[_Ref], str]:
        """A unit named in the instrumental, possibly without a label (абзацем)."""
        match = _UNIT_RE.match(text.strip())
        if not match:
            return [], text
        kind = next(_UNIT_WORDS[i][0] for i in range(len(_UNIT_WORDS)) if match.group(f"u{i}"))
        labels, rest = self.read_labels(text.strip()[match.end() :], kind)
        return [_Ref(kind, labels, match.group("w").lower())], rest

    def renumber(self, mt: re.Match, refs: list[_Ref], context: str) -> list[m.Operation]:
        if mt.group("old") is None:
            # «пункты «в»–«ж» считать …» with no parent named: the chain read them
            if not refs:
                raise _Unreadable("the units to renumber are not named")
            old_refs, refs, tail = [refs[0]], refs[1:], ""
        else:
            old_refs, tail = self.read_chain_plain(mt.group("old"))
        new_refs, tail2 = self.read_chain_plain(mt.group("new"))
        if not old_refs or not new_refs or tail.strip() or tail2.strip():
            raise _Unreadable("the units to renumber are not understood")
        old, new = old_refs[0].labels, new_refs[0].labels
        if len(old) != len(new) or not old:
            raise _Unreadable("the old and new numbers do not pair up")
        parent = self.address_of(refs, context) if refs else context
        return [self.op(m.RENUMBER_UNITS, parent, renumber=tuple(zip(old, new, strict=False)))]


_UNREAD_HEADER = "\x00unreadable"  # context of sub-items whose group header was not understood


class _Unreadable(Exception):
    """Raised inside the parsers for an instruction they cannot read (reason as message)."""


def _split_units(text: str, labels: list[str]) -> list[str]:
    """Split the quoted text of several new units at the lines starting with their labels."""
    lines = text.split("\n")
    pieces: list[list[str]] = []
    want = 0
    for line in lines:
        if want < len(labels):
            label = re.escape(labels[want])
            flat = re.escape(labels[want].replace(".", ""))
            if re.match(rf"(?:Статья\s+)?(?:{label}|{flat})[.)]?(?:\s|$)", line, re.I):
                pieces.append([])
                want += 1
        if pieces:
            pieces[-1].append(line)
    if len(pieces) != len(labels):
        raise _Unreadable(f"the text does not hold the units {', '.join(labels)}")
    return ["\n".join(p).strip("\n") for p in pieces]


# --- flattened superscripts (98-ФЗ as extracted: «статьей 112» means 11.2) ------------------
def _resolve_flattened(report: ParseReport) -> None:
    """Resolve labels like 112 → 11.2 and а1 → а.1 where the text makes it clear: a unit
    numbered N is amended by the same article of the amending law and the label reads N
    followed by one or two digits. Labels that could be flattened but are not resolved are
    listed (the text cannot tell 52.1 from a real 521)."""
    # (block, group) → (parent, key, label) of every unit the instructions name
    known: dict[tuple[int, int], set[tuple[str, str, str]]] = {}
    for ins in report.instructions:
        for op in ins.operations:
            pairs = addr.parse(op.address.removesuffix(m.HEADING_SUFFIX)) if op.address else []
            for i, (key, label) in enumerate(pairs):
                known.setdefault((ins.block, ins.group), set()).add(
                    (_parent_key(pairs[:i]), key, label)
                )
    seen: set[str] = set()

    def resolve(
        ins: ParsedInstruction, parent: list[tuple[str, str]], key: str, label: str, new: bool
    ) -> str:
        if re.fullmatch(r"[а-яё]\d", label):
            fixed = f"{label[0]}.{label[1:]}"
            note = f"«{label}» → {fixed} (a letter followed by a digit is a flattened superscript)"
            if note not in seen:
                seen.add(note)
                report.resolved_numbers.append(note)
            return fixed
        if not re.fullmatch(r"\d{2,}", label):
            return label
        where = addr.join(parent) or "the act"
        # a new unit: its base may be named anywhere in the same article of the amending
        # law; an existing unit: only within the same item
        pool = (
            set().union(*(v for (b, _), v in known.items() if b == ins.block))
            if new
            else known.get((ins.block, ins.group), set())
        )
        bases = [
            lab
            for p, k, lab in pool
            if p == _parent_key(parent)
            and k == key
            and lab != label
            and lab.isdigit()
            and label.startswith(lab)
            and 1 <= len(label) - len(lab) <= 2
            and label[len(lab)] != "0"
        ]
        if bases:
            base = max(bases, key=len)
            fixed = f"{base}.{label[len(base) :]}"
            note = (
                f"{key}:{label} in {where} → {fixed} ({key}:{base} is amended by the same article)"
            )
            if note not in seen:
                seen.add(note)
                report.resolved_numbers.append(note)
            return fixed
        if label[-1] != "0":
            flat = f"{label[:-1]}.{label[-1]}"
            note = f"{key}:{label} in {where}: {label} or {flat}? the text cannot tell"
            if note not in seen:
                seen.add(note)
                report.unresolved_numbers.append(note)
        return label

    def fix_address(ins: ParsedInstruction, address: str | None) -> str | None:
        if not address:
            return address
        base = address.removesuffix(m.HEADING_SUFFIX)
        suffix = address[len(base) :]
        pairs = addr.parse(base)
        fixed = [(k, resolve(ins, pairs[:i], k, lab, False)) for i, (k, lab) in enumerate(pairs)]
        return addr.join(fixed) + suffix

    for ins in report.instructions:
        new_ops = []
        for index, op in enumerate(ins.operations):
            changes: dict = {"address": fix_address(ins, op.address)}
            if op.anchor and op.op == m.ADD_UNIT:
                changes["anchor"] = fix_address(ins, op.anchor)
            if op.label:
                parent = addr.parse(op.address) if op.address else []
                key = ins.added_keys.get(index, "?")
                changes["label"] = resolve(ins, parent, key, op.label, True)
                if changes["label"] != op.label and op.position == "end" and op.anchor is None:
                    position, anchor = implied_placement(
                        changes["address"], key, changes["label"], None
                    )
                    changes.update(position=position, anchor=anchor)
            new_ops.append(_replace(op, **changes))
        ins.operations = new_ops


def _parent_key(pairs: list[tuple[str, str]]) -> str:
    """Containers do not prefix addresses: articles under «главу II» are top-level."""
    kept = [p for p in pairs if p[0] not in m.CONTAINER_KEYS.values()]
    return addr.join(kept)


def _replace(op: m.Operation, **changes) -> m.Operation:
    from dataclasses import replace

    return replace(op, **changes)


# ============================================================================================
# English (uk, us)
# ============================================================================================
_EN_UNITS = {
    "section": "s",
    "sections": "s",
    "subsection": "ss",
    "subsections": "ss",
    "paragraph": "para",
    "paragraphs": "para",
    "sub-paragraph": "subpara",
    "sub-paragraphs": "subpara",
    "subparagraph": "subpara",
    "subparagraphs": "subpara",
    "clause": "cl",
    "clauses": "cl",
    "subclause": "subcl",
    "subclauses": "subcl",
    "schedule": "sch",
    "schedules": "sch",
}
_EN_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
        "twentieth".split(),
        1,
    )
}
_EN_VERBS = re.compile(
    r"\b(?:substitute|omit|insert|striking|inserting|adding|redesignating|renumber|repealed|"
    r"to read as follows)\b",
    re.I,
)
_EQ = r"\ue000\d+\ue001"
_UNIT_WORD_EN = (
    r"(?:sub-?paragraphs?|subsections?|paragraphs?|sections?|subclauses?|clauses?|schedules?)"
)
_LABEL_EN = r"(?:\([0-9A-Za-z.]+\)|[0-9]+[A-Z]*)"
_LABELS_EN = (
    _LABEL_EN + r"(?:(?:,\s*and\s+|,\s*|\s+and\s+|\s+through\s+|\s+to\s+)" + _LABEL_EN + r")*"
)


_EN_ROMAN = re.compile(r"(?:x{0,3})(?:ix|iv|v?i{0,3})[a-z]{0,2}")
# Label types and the unit kind each means (as the English structure parser reads them).
_EN_KINDS = {
    "uk": {"dig": m.SUBSECTION, "low": m.PARAGRAPH, "rom": m.SUBPARAGRAPH, "upp": m.CLAUSE,
           "urom": m.SUBCLAUSE},
    "uk-schedule": {"dig": m.SUBPARAGRAPH, "low": m.PARAGRAPH, "rom": m.SUBPARAGRAPH,
                    "upp": m.CLAUSE, "urom": m.SUBCLAUSE},
    "us": {"low": m.SUBSECTION, "dig": m.PARAGRAPH, "upp": m.SUBPARAGRAPH, "rom": m.CLAUSE,
           "urom": m.SUBCLAUSE},
}  # fmt: skip
_EN_LEVELS = {
    "uk": {"dig": 0, "low": 1, "rom": 2, "upp": 3, "urom": 4},
    "us": {"low": 0, "dig": 1, "upp": 2, "rom": 3, "urom": 4},
}


def _label_types(label: str) -> list[str]:
    """The types a bracketed label can be, the likelier first ((i): roman, then letter)."""
    if any(c.isdigit() for c in label):
        return ["dig"]
    if label.islower():
        types = ["rom"] if _EN_ROMAN.fullmatch(label) and label[0] in "ivx" else []
        return [*types, "low"] if len(label) <= 2 or not types else types
    types = ["urom"] if _EN_ROMAN.fullmatch(label.lower()) and label[0] in "IVX" else []
    return [*types, "upp"] if len(label) <= 2 or not types else types


class _EnParser:
    def __init__(self, act_slug: str, profile: Profile, style: str) -> None:
        self.act = act_slug
        self.profile = profile
        self.style = style
        self.quotes: list[str] = []
        self.keys = [profile.key(profile.top)] + [profile.key(k) for k in profile.levels]

    # --- text -----------------------------------------------------------------------------
    def mask(self, text: str) -> str:
        """Quoted passages → placeholders. Straight quotes delimit them when the text has any
        (curly quotes inside are then part of the words); otherwise curly “…” do."""
        text = text.replace("\u00a0", " ").replace("\r\n", "\n")
        if '"' not in text:
            text = text.replace("“", '"').replace("”", '"')
        out: list[str] = []
        self.quotes = []
        parts = text.split('"')
        for i, part in enumerate(parts):
            if i % 2:
                self.quotes.append(part)
                out.append(f"\ue000{len(self.quotes) - 1}\ue001")
            else:
                out.append(part)
        return "".join(out)

    def words(self, token: str) -> str:
        return unquote_en(re.sub(r"\s+", " ", self.quotes[int(_Q.search(token).group(1))]))

    def block(self, token: str) -> str:
        text = self.quotes[int(_Q.search(token).group(1))]
        lines = [" ".join(line.split()) for line in text.split("\n")]
        return unquote_en("\n".join(lines).strip("\n"))

    def segments(self, masked: str) -> list[str]:
        out: list[str] = []
        current = ""
        for raw in masked.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if current and current.endswith(("—", ":")) and line.startswith("\ue000"):
                current += "\n" + line
            elif current and not current.endswith(("—", ":")) and not self.ends_item(current):
                current += " " + line
            else:
                if current:
                    out.append(current)
                current = line
        if current:
            out.append(current)
        return out

    @staticmethod
    def ends_item(text: str) -> bool:
        if text.endswith(("—", ":")):
            return False
        return bool(re.search(r"(?:[.;]|; and|" + _EQ + r"[.;]?(?: and)?)$", text))

    # --- addresses ------------------------------------------------------------------------
    def labels(self, text: str) -> list[str]:
        found = re.findall(r"\(?([0-9A-Za-z.]+)\)?", text)
        words = [w for w in found if w not in ("and", "through", "to")]
        if re.search(r"\b(?:through|to)\b", text) and len(words) == 2:
            expanded = label_range(words[0], words[1])
            if expanded is None:
                raise _Unreadable(f"the range {words[0]} to {words[1]} is not a sequence")
            return expanded
        return words

    def bracket_pairs(
        self, labels: list[str], schedule: bool = False, previous: str | None = None
    ) -> list[tuple[str, str]]:
        """Keys for the bracketed labels of a citation, by the form of each label: a level
        below the one before it ("(2)(i)": sub-paragraph (i), "(a)(1)": paragraph (1))."""
        kinds = _EN_KINDS["uk-schedule" if schedule else self.style]
        levels = _EN_LEVELS[self.style]
        pairs = []
        level = levels.get(previous, -1) if previous else -1
        for label in labels:
            types = _label_types(label)
            deeper = [t for t in types if levels[t] > level]
            if level < 0:  # the first bracket: the shallowest reading
                choice = min(types, key=lambda t: levels[t])
            else:
                choice = deeper[0] if deeper else types[0]
            level = levels[choice]
            pairs.append((self.profile.key(kinds[choice]), label))
        return pairs

    def _type_of_key(self, key: str, schedule: bool) -> str | None:
        kinds = _EN_KINDS["uk-schedule" if schedule else self.style]
        for label_type, kind in kinds.items():
            if self.profile.key(kind) == key:
                return label_type
        return None

    def cite(self, text: str) -> str | None:
        """An absolute citation (section 5(2), paragraph 3 of Schedule 2, Schedule 2)."""
        text = text.strip()
        heading = False
        mt = re.fullmatch(r"the heading of (.+)", text, re.I)
        if mt:
            heading, text = True, mt.group(1)
        mt = re.fullmatch(r"section\s+([0-9A-Za-z.]+)((?:\([0-9A-Za-z.]+\))*)", text, re.I)
        if mt:
            labels = re.findall(r"\(([0-9A-Za-z.]+)\)", mt.group(2))
            pairs = [(self.keys[0], mt.group(1)), *self.bracket_pairs(labels)]
            return addr.join(pairs) + (m.HEADING_SUFFIX if heading else "")
        mt = re.fullmatch(
            r"paragraph\s+([0-9A-Za-z]+)((?:\([0-9A-Za-z]+\))*)\s+of\s+Schedule\s+(\w+)", text, re.I
        )
        if mt:
            labels = re.findall(r"\(([0-9A-Za-z]+)\)", mt.group(2))
            pairs = [("sch", mt.group(3)), ("para", mt.group(1))]
            pairs += self.bracket_pairs(labels, schedule=True, previous=None)
            return addr.join(pairs) + (m.HEADING_SUFFIX if heading else "")
        mt = re.fullmatch(r"Schedule\s+(\w+)", text, re.I)
        if mt:
            return f"sch:{mt.group(1)}" + (m.HEADING_SUFFIX if heading else "")
        return None

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
        absolute = self.cite(text)
        if absolute is not None:
            return absolute + (m.HEADING_SUFFIX if heading else "")
        mt = re.fullmatch(r"(" + _UNIT_WORD_EN + r")\s+((?:\([0-9A-Za-z.]+\))+)", text, re.I)
        if not mt:
            raise _Unreadable(f"«{text}» is not a unit")
        key = _EN_UNITS[mt.group(1).lower()]
        labels = re.findall(r"\(([0-9A-Za-z.]+)\)", mt.group(2))
        pairs = addr.parse(base) if base else []
        schedule = bool(pairs) and pairs[0][0] == "sch"
        first = (key, labels[0])
        rest = self.bracket_pairs(labels[1:], schedule, self._type_of_key(key, schedule))
        return addr.join([*pairs, first, *rest]) + (m.HEADING_SUFFIX if heading else "")

    def unit(self, text: str, parent: str) -> str:
        """ "subsection (2)" / "section 5" / "paragraph 3" (of a Schedule) under ``parent``."""
        mt = re.fullmatch(r"(" + _UNIT_WORD_EN + r")\s+\(?([0-9A-Za-z.]+)\)?", text.strip(), re.I)
        if not mt:
            raise _Unreadable(f"«{text}» is not a unit")
        key = _EN_UNITS[mt.group(1).lower()]
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
            if word in _EN_ORDINALS:
                return _EN_ORDINALS[word]
            digits = re.match(r"\d+", word)
            if digits:
                return int(digits.group(0))
        raise _Unreadable(f"«{text.strip()}» is not an occurrence")

    def new_label(self, text: str) -> str | None:
        first = text.lstrip()
        first = re.sub(r"^(?:SEC\.|Sec\.|Section|§)\s*", "", first)
        mt = re.match(r"\(?([0-9A-Za-z]+(?:\.[0-9]+)*)[).]?(?:\s|$)", first)
        return mt.group(1) if mt else None

    # --- top level ------------------------------------------------------------------------
    def parse(self, text: str) -> ParseReport:
        masked = self.mask(text)
        report = ParseReport()
        section = ""
        level1: str | None = None
        for segment in self.segments(masked):
            marker = re.match(r"\(([0-9A-Za-z]+)\)\s+", segment)
            body = segment[marker.end() :] if marker else segment
            label = marker.group(1) if marker else ""
            lettered = bool(label) and not label.isdigit()
            if not lettered:
                level1 = None
            body = re.sub(r"(?:;\s*and|;|\.)$", "", body.strip()).strip()
            head = re.fullmatch(
                r"(?:(?P<cite>section\s+\S+?)\s+of\s+.+?|the\s+.+?)\s+is\s+amended\s*(?:—|--|:)",
                body,
                re.I | re.S,
            )
            if head:
                section = self.cite(head.group("cite")) if head.group("cite") else ""
                section = section or ""
                level1 = None
                continue
            follows = re.fullmatch(
                r"(.+?)\s+of\s+.+\s+is\s+amended\s+as\s+follows", body, re.I | re.S
            )
            if follows or re.fullmatch(r".+\s+is\s+amended\s+as\s+follows", body, re.I | re.S):
                section = (self.cite(follows.group(1)) or "") if follows else ""
                level1 = None
                continue
            mt = re.fullmatch(r"in\s+(.+?)\s*(?:—|--)", body, re.I | re.S)
            if mt and not _EN_VERBS.search(body):
                try:
                    level1 = self.relative(mt.group(1), section)
                except _Unreadable:
                    level1 = _UNREAD_HEADER
                continue
            if not _EN_VERBS.search(body):
                continue
            context = level1 if (lettered and level1 is not None) else section
            instruction = ParsedInstruction(text=self.unmask(body))
            try:
                if context == _UNREAD_HEADER:
                    raise _Unreadable("the unit its group names («in …—») was not understood")
                instruction.operations = self.instruction(body, context)
            except _Unreadable as exc:
                instruction.error = str(exc)
            report.instructions.append(instruction)
        return report

    def unmask(self, text: str) -> str:
        return _Q.sub(lambda mt: '"' + self.quotes[int(mt.group(1))] + '"', text)

    def op(self, kind: str, address: str, **kw) -> m.Operation:
        return m.Operation(kind, self.act, address, **kw)

    def word_op(
        self, kind: str, target: str, mt: re.Match, *, new: int | None = None
    ) -> m.Operation:
        """A word operation read from a formula: group 1 holds the old words, group 2 the
        occurrence clause and group ``new`` (when given) the new words."""
        return self.op(
            kind,
            target,
            old=self.words(mt.group(1)),
            new=self.words(mt.group(new)) if new else None,
            occurrence=self.occurrence(mt.group(2)),
        )

    def instruction(self, body: str, context: str) -> list[m.Operation]:
        body = " ".join(body.split(" "))
        q = r"(" + _EQ + r")"
        flags = re.I | re.S
        # --- whole sentences (us) -------------------------------------------------------
        mt = re.fullmatch(r"(section\s+\S+?)\s+of\s+.+?\s+is\s+repealed", body, flags)
        if mt:
            return [self.op(m.REPEAL_UNIT, self.need(self.cite(mt.group(1))))]
        mt = re.fullmatch(
            r"(section\s+\S+?)\s+of\s+.+?\s+is\s+amended\s+to\s+read\s+as\s+follows:\s*" + q,
            body,
            flags,
        )
        if mt:
            return [
                self.op(
                    m.RESTATE_UNIT, self.need(self.cite(mt.group(1))), new=self.block(mt.group(2))
                )
            ]
        mt = re.fullmatch(
            r"(?:(section\s+\S+?)\s+of\s+.+?|the\s+.+?)\s+is\s+amended\s+(.+)", body, flags
        )
        if mt and self.style == "us":
            context = self.need(self.cite(mt.group(1))) if mt.group(1) else ""
            body = mt.group(2)
            hd = re.match(r"in\s+the\s+heading,\s+", body, re.I)
            if hd:
                context, body = context + m.HEADING_SUFFIX, body[hd.end() :]
        # --- uk sentences about whole units ---------------------------------------------
        mt = re.fullmatch(r"for\s+(.+?)\s+substitute\s*(?:—|--)\s*" + q, body, flags)
        if mt and self.cite(mt.group(1)):
            return [self.op(m.RESTATE_UNIT, self.cite(mt.group(1)), new=self.block(mt.group(2)))]
        mt = re.fullmatch(r"omit\s+(.+)", body, flags)
        if mt and self.cite(mt.group(1)):
            return [self.op(m.REPEAL_UNIT, self.cite(mt.group(1)))]
        mt = re.fullmatch(r"(after|before)\s+(.+?)\s+insert\s*(?:—|--)\s*" + q, body, flags)
        if mt and self.cite(mt.group(2)):
            new = self.block(mt.group(3))
            return [
                self.op(
                    m.ADD_UNIT,
                    "",
                    new=new,
                    label=self.new_label(new),
                    position=mt.group(1).lower(),
                    anchor=self.cite(mt.group(2)),
                )
            ]
        # --- "In <unit>, …" (uk) / "in <unit>, by …" (us) --------------------------------
        mt = re.match(
            r"in\s+(.+?),\s+(?=for\b|omit\b|after\b|before\b|at the end\b|renumber\b|by\b)",
            body,
            flags,
        )
        if mt:
            where = mt.group(1)
            rest = body[mt.end() :]
            unit_named = re.match(r"(?:the heading of\s+)?" + _UNIT_WORD_EN + r"\s", where, re.I)
            if self.style == "uk" and self.cite(where) is None and not unit_named:
                target = ""  # "In the X Act, at the end insert—"
            else:
                if self.cite(where) is None and not context:
                    raise _Unreadable(f"«{where}» does not say which section it is in")
                target = self.relative(where, context)
        else:
            target, rest = context, body
        return self.formula(rest, target)

    @staticmethod
    def need(address: str | None) -> str:
        if address is None:
            raise _Unreadable("the unit is not cited as a section or Schedule")
        return address

    def formula(self, rest: str, target: str) -> list[m.Operation]:
        q = r"(" + _EQ + r")"
        flags = re.I | re.S
        base = target.removesuffix(m.HEADING_SUFFIX)
        occ_uk = (
            r"(,\s+in\s+(?:each|the\s+\w+)\s+place\s+it\s+occurs,?"
            r"|\s+\(in\s+(?:both|each|all)\s+places\))?"
        )
        occ_us = r"(\s+(?:each|the\s+\w+)\s+place\s+(?:it|such term)\s+appears)?"
        # uk
        mt = re.fullmatch(r"for\s+" + q + occ_uk + r"\s+substitute\s+" + q, rest, flags)
        if mt:
            return [self.word_op(m.REPLACE_WORDS, target, mt, new=3)]
        mt = re.fullmatch(r"omit\s+" + q + occ_uk, rest, flags)
        if mt:
            return [self.word_op(m.DELETE_WORDS, target, mt)]
        mt = re.fullmatch(r"at\s+the\s+end\s+insert\s+" + q, rest, flags)
        if mt:
            return [self.op(m.INSERT_WORDS, target, new=self.words(mt.group(1)), position="end")]
        mt = re.fullmatch(r"(after|before)\s+" + q + occ_uk + r"\s+insert\s+" + q, rest, flags)
        if mt:
            return [
                self.op(
                    m.INSERT_WORDS,
                    target,
                    new=self.words(mt.group(4)),
                    anchor=self.words(mt.group(2)),
                    position=mt.group(1).lower(),
                    occurrence=self.occurrence(mt.group(3)),
                )
            ]
        mt = re.fullmatch(
            r"(?:(after|before)\s+(.+?)|at\s+the\s+end)\s+insert\s*(?:—|--)\s*" + q, rest, flags
        )
        if mt:
            new = self.block(mt.group(3))
            anchor = self.unit(mt.group(2), base) if mt.group(1) else None
            return [
                self.op(
                    m.ADD_UNIT,
                    base,
                    new=new,
                    label=self.new_label(new),
                    position=(mt.group(1) or "end").lower(),
                    anchor=anchor,
                )
            ]
        mt = re.fullmatch(r"for\s+the\s+heading\s+substitute\s+" + q, rest, flags)
        if mt:
            return [self.op(m.RESTATE_UNIT, base + m.HEADING_SUFFIX, new=self.block(mt.group(1)))]
        mt = re.fullmatch(r"for\s+(.+?)\s+substitute\s*(?:—|--)\s*" + q, rest, flags)
        if mt:
            return [
                self.op(m.RESTATE_UNIT, self.unit(mt.group(1), base), new=self.block(mt.group(2)))
            ]
        mt = re.fullmatch(r"omit\s+(" + _UNIT_WORD_EN + r"\s+.+)", rest, flags)
        if mt:
            return [self.op(m.REPEAL_UNIT, self.unit(mt.group(1), base))]
        mt = re.fullmatch(
            r"(?:renumber|by\s+redesignating)\s+"
            + _UNIT_WORD_EN
            + r"\s+(.+?)\s+as\s+"
            + _UNIT_WORD_EN
            + r"\s+(.+?)(?:,\s*respectively)?",
            rest,
            flags,
        )
        if mt:
            old, new = self.labels(mt.group(1)), self.labels(mt.group(2))
            if len(old) != len(new) or not old:
                raise _Unreadable("the old and new numbers do not pair up")
            return [self.op(m.RENUMBER_UNITS, base, renumber=tuple(zip(old, new, strict=True)))]
        # us
        mt = re.fullmatch(
            r"by\s+striking\s+the\s+period\s+at\s+the\s+end\s+and\s+inserting\s+" + q, rest, flags
        )
        if mt:
            return [self.op(m.REPLACE_WORDS, target, old=".", new=self.words(mt.group(1)))]
        mt = re.fullmatch(
            r"by\s+striking\s+" + q + occ_us + r"\s+and\s+inserting\s+" + q, rest, flags
        )
        if mt:
            return [self.word_op(m.REPLACE_WORDS, target, mt, new=3)]
        mt = re.fullmatch(r"by\s+striking\s+" + q + occ_us, rest, flags)
        if mt:
            return [self.word_op(m.DELETE_WORDS, target, mt)]
        mt = re.fullmatch(r"by\s+inserting\s+" + q + r"\s+at\s+the\s+end", rest, flags)
        if mt:
            return [self.op(m.INSERT_WORDS, target, new=self.words(mt.group(1)), position="end")]
        mt = re.fullmatch(
            r"by\s+inserting\s+" + q + r"\s+(after|before)\s+" + q + occ_us, rest, flags
        )
        if mt:
            return [
                self.op(
                    m.INSERT_WORDS,
                    target,
                    new=self.words(mt.group(1)),
                    anchor=self.words(mt.group(3)),
                    position=mt.group(2).lower(),
                    occurrence=self.occurrence(mt.group(4)),
                )
            ]
        mt = re.fullmatch(
            r"by\s+(?:inserting\s+(after|before)\s+(.+?)|adding\s+at\s+the\s+end)\s+the\s+following:\s*"
            + q,
            rest,
            flags,
        )
        if mt:
            new = self.block(mt.group(3))
            anchor = self.unit(mt.group(2), base) if mt.group(1) else None
            return [
                self.op(
                    m.ADD_UNIT,
                    base,
                    new=new,
                    label=self.new_label(new),
                    position=(mt.group(1) or "end").lower(),
                    anchor=anchor,
                )
            ]
        mt = re.fullmatch(
            r"by\s+amending\s+the\s+heading\s+to\s+read\s+as\s+follows:\s*" + q, rest, flags
        )
        if mt:
            return [self.op(m.RESTATE_UNIT, base + m.HEADING_SUFFIX, new=self.block(mt.group(1)))]
        mt = re.fullmatch(r"by\s+amending\s+(.+?)\s+to\s+read\s+as\s+follows:\s*" + q, rest, flags)
        if mt:
            return [
                self.op(m.RESTATE_UNIT, self.unit(mt.group(1), base), new=self.block(mt.group(2)))
            ]
        mt = re.fullmatch(r"by\s+striking\s+(" + _UNIT_WORD_EN + r"\s+.+)", rest, flags)
        if mt:
            return [self.op(m.REPEAL_UNIT, self.unit(mt.group(1), base))]
        raise _Unreadable("no amending formula recognised")
