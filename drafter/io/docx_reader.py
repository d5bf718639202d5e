"""Word .docx acts to paragraphs: the accepted text of document.xml, read with lxml in one pass.

Reading rules (the "accept all changes" view, as a reader of the printed act sees it):
text in ``w:ins``/``w:moveTo`` counts, ``w:del``/``w:moveFrom``/``w:delText`` do not; a deleted
paragraph mark joins the paragraph to the next one; ``w:br``/``w:cr`` start a new line;
``w:tab`` is a space; field codes (``w:instrText``, anything between fldChar begin and
separate) are never text, the field result is; hidden runs (``w:vanish``) are skipped; table
cells are read paragraph by paragraph in order; a superscript number right after a number
reads as ".N" (322 + ¹ → "322.1"; direct formatting, a character style, or literal ¹²³);
tracked deleted table rows are skipped; Word's automatic list numbering is written back as the
literal labels it displays (numbering.xml, paragraph styles included; counters per w:num).
Text boxes, drawings, headers, footers, footnotes and comments are not part of the act's text.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lxml import etree

from drafter.io.safety import DocxPackage, open_docx, safe_parse_xml
from drafter.io.textfile import flatten_superscript_numbers

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W_NS_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main"
_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OFFICE_DOCUMENT = "/officeDocument"

_SUPERSCRIPT_DIGITS = re.compile(r"\d+")


class _Tags:
    """Qualified tag and attribute names for one WordprocessingML namespace, computed once."""

    def __init__(self, ns: str) -> None:
        def q(local: str) -> str:
            return f"{{{ns}}}{local}"

        self.ns = ns
        self.body = q("body")
        self.p = q("p")
        self.r = q("r")
        self.t = q("t")
        self.tab = q("tab")
        self.ptab = q("ptab")
        self.br = q("br")
        self.cr = q("cr")
        self.tbl = q("tbl")
        self.ppr = q("pPr")
        self.rpr = q("rPr")
        self.vert_align = q("vertAlign")
        self.vanish = q("vanish")
        self.fld_char = q("fldChar")
        self.fld_char_type = q("fldCharType")
        self.sym = q("sym")
        self.char = q("char")
        self.font = q("font")
        self.no_break_hyphen = q("noBreakHyphen")
        self.soft_hyphen = q("softHyphen")
        self.ins = q("ins")
        self.dele = q("del")
        self.num_pr = q("numPr")
        self.num_id = q("numId")
        self.ilvl = q("ilvl")
        self.p_style = q("pStyle")
        self.r_style = q("rStyle")
        self.tr = q("tr")
        self.tr_pr = q("trPr")
        self.val = q("val")
        # Containers whose children are read as if they were in place.
        self.inline_containers = frozenset(
            q(n)
            for n in (
                "ins",
                "moveTo",
                "hyperlink",
                "smartTag",
                "sdt",
                "sdtContent",
                "customXml",
                "fldSimple",
                "dir",
                "bdo",
            )
        )
        self.block_containers = frozenset(
            q(n) for n in ("sdt", "sdtContent", "customXml", "tr", "tc", "ins", "moveTo")
        )
        self.removed = frozenset(q(n) for n in ("del", "moveFrom"))


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    suffix: str = " "
    restart: int | None = None  # w:lvlRestart (1-based level; 0 = never restart)
    legal: bool = False  # w:isLgl: show all levels' numbers as decimals
    style: str = ""


@dataclass
class _Num:
    abstract: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, _Level] = field(default_factory=dict)


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_LATIN = "abcdefghijklmnopqrstuvwxyz"
_MAX_LETTER_REPEAT = 10
# The alphabet of Word's russianLower/russianUpper lists (no ё, й, ъ, ь), as LibreOffice maps it.
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщыэюя"


def _roman(value: int) -> str:
    if value <= 0 or value >= 4000:
        return str(value)
    out = []
    for number, letters in _ROMAN:
        while value >= number:
            out.append(letters)
            value -= number
    return "".join(out)


def _letters(value: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa... (the letter repeated)."""
    count = len(alphabet)
    if value <= 0 or value > count * _MAX_LETTER_REPEAT:  # hostile start values: no huge labels
        return str(value)
    return alphabet[(value - 1) % count] * ((value - 1) // count + 1)


def format_number(value: int, fmt: str) -> str:
    """One list counter in a Word number format (w:numFmt)."""
    if fmt == "lowerLetter":
        return _letters(value, _LATIN)
    if fmt == "upperLetter":
        return _letters(value, _LATIN).upper()
    if fmt == "russianLower":
        return _letters(value, _RUSSIAN)
    if fmt == "russianUpper":
        return _letters(value, _RUSSIAN).upper()
    if fmt == "lowerRoman":
        return _roman(value)
    if fmt == "upperRoman":
        return _roman(value).upper()
    if fmt == "decimalZero":
        return f"{value:02d}"
    if fmt == "none":
        return ""
    return str(value)  # decimal, ordinal, cardinalText... and unknown formats


class _Numbering:
    """Word's automatic numbering: labels for numbered paragraphs, counted in document order."""

    _MAX_STYLE_DEPTH = 20

    def __init__(
        self, tags: _Tags, numbering: etree._Element | None, styles: etree._Element | None
    ) -> None:
        self.tags = tags
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.abstract_style_links: dict[str, str] = {}
        self.nums: dict[str, _Num] = {}
        self.styles: dict[str, tuple[str | None, int | None, str | None]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.superscript_styles: set[str] = set()  # character styles that raise text
        if numbering is not None:
            self._read_numbering(numbering)
        if styles is not None:
            self._read_styles(styles)

    def _val(self, element: etree._Element | None) -> str | None:
        return None if element is None else element.get(self.tags.val)

    def _int(self, element: etree._Element | None, default: int | None = None) -> int | None:
        value = self._val(element)
        if value is None:
            return default
        try:
            return int(value)
        except ValueError:
            return default

    def _read_level(self, lvl: etree._Element) -> _Level:
        w = self.tags.ns
        level = _Level()
        level.start = self._int(lvl.find(f"{{{w}}}start"), 1) or 0
        level.fmt = self._val(lvl.find(f"{{{w}}}numFmt")) or "decimal"
        text = lvl.find(f"{{{w}}}lvlText")
        level.text = self._val(text) or "" if text is not None else ""
        suffix = self._val(lvl.find(f"{{{w}}}suff")) or "tab"
        level.suffix = "" if suffix == "nothing" else " "
        level.restart = self._int(lvl.find(f"{{{w}}}lvlRestart"))
        legal = lvl.find(f"{{{w}}}isLgl")
        level.legal = legal is not None and self._val(legal) not in ("0", "false", "off")
        level.style = self._val(lvl.find(f"{{{w}}}pStyle")) or ""
        return level

    def _read_numbering(self, root: etree._Element) -> None:
        w = self.tags.ns
        attr_abstract = f"{{{w}}}abstractNumId"
        attr_ilvl = f"{{{w}}}ilvl"
        attr_num = f"{{{w}}}numId"
        for abstract in root.iterchildren(f"{{{w}}}abstractNum"):
            abstract_id = abstract.get(attr_abstract)
            if abstract_id is None:
                continue
            levels: dict[int, _Level] = {}
            for lvl in abstract.iterchildren(f"{{{w}}}lvl"):
                try:
                    ilvl = int(lvl.get(attr_ilvl, "0"))
                except ValueError:
                    continue
                levels[ilvl] = self._read_level(lvl)
            self.abstracts[abstract_id] = levels
            link = self._val(abstract.find(f"{{{w}}}numStyleLink"))
            if link:
                self.abstract_style_links[abstract_id] = link
        for num in root.iterchildren(f"{{{w}}}num"):
            num_id = num.get(attr_num)
            abstract_id = self._val(num.find(f"{{{w}}}abstractNumId"))
            if num_id is None or abstract_id is None:
                continue
            entry = _Num(abstract_id)
            for override in num.iterchildren(f"{{{w}}}lvlOverride"):
                try:
                    ilvl = int(override.get(attr_ilvl, "0"))
                except ValueError:
                    continue
                start = self._int(override.find(f"{{{w}}}startOverride"))
                if start is not None:
                    entry.start_overrides[ilvl] = start
                lvl = override.find(f"{{{w}}}lvl")
                if lvl is not None:
                    entry.level_overrides[ilvl] = self._read_level(lvl)
            self.nums[num_id] = entry

    def _read_styles(self, root: etree._Element) -> None:
        w = self.tags.ns
        attr_style_id = f"{{{w}}}styleId"
        for style in root.iterchildren(f"{{{w}}}style"):
            style_id = style.get(attr_style_id)
            if style_id is None:
                continue
            align = style.find(f"{{{w}}}rPr/{{{w}}}vertAlign")
            if align is not None and align.get(self.tags.val) == "superscript":
                self.superscript_styles.add(style_id)
            num_id = ilvl = None
            num_pr = style.find(f"{{{w}}}pPr/{{{w}}}numPr")
            if num_pr is not None:
                num_id = self._val(num_pr.find(self.tags.num_id))
                ilvl = self._int(num_pr.find(self.tags.ilvl))
            based_on = self._val(style.find(f"{{{w}}}basedOn"))
            self.styles[style_id] = (num_id, ilvl, based_on)

    def _style_num(self, style_id: str) -> tuple[str | None, int | None]:
        num_id: str | None = None
        ilvl: int | None = None
        for _ in range(self._MAX_STYLE_DEPTH):  # basedOn chains may loop in hostile files
            entry = self.styles.get(style_id)
            if entry is None:
                break
            own_num, own_ilvl, based_on = entry
            if num_id is None:
                num_id = own_num
            if ilvl is None:
                ilvl = own_ilvl
            if (num_id is not None and ilvl is not None) or not based_on:
                break
            style_id = based_on
        return num_id, ilvl

    def _levels(self, num_id: str) -> dict[int, _Level] | None:
        num = self.nums.get(num_id)
        if num is None:
            return None
        levels = self.abstracts.get(num.abstract)
        link = self.abstract_style_links.get(num.abstract)
        if link is not None:  # numStyleLink: the levels live in the numbering style's list
            linked_num, _ = self._style_num(link)
            linked = self.nums.get(linked_num or "")
            if linked is not None and linked.abstract != num.abstract:
                levels = self.abstracts.get(linked.abstract)
        if levels is None:
            return None
        if num.start_overrides or num.level_overrides:
            levels = dict(levels)
            for ilvl, level in num.level_overrides.items():
                levels[ilvl] = level
            for ilvl, start in num.start_overrides.items():
                base = levels.get(ilvl)
                if base is not None:
                    levels[ilvl] = replace(base, start=start)
        return levels

    def label(self, ppr: etree._Element | None) -> str:
        """The label Word displays before this paragraph ("а) ", "1. "), advancing counters."""
        tags = self.tags
        num_id: str | None = None
        ilvl: int | None = None
        style_id: str | None = None
        if ppr is not None:
            num_pr = ppr.find(tags.num_pr)
            if num_pr is not None:
                num_id = self._val(num_pr.find(tags.num_id))
                ilvl = self._int(num_pr.find(tags.ilvl))
            style_id = self._val(ppr.find(tags.p_style))
        if style_id and (num_id is None or ilvl is None):
            style_num, style_ilvl = self._style_num(style_id)
            if num_id is None:
                num_id = style_num
            if ilvl is None:
                ilvl = style_ilvl
        if not num_id or num_id == "0":
            return ""
        levels = self._levels(num_id)
        if not levels:
            return ""
        if ilvl is None:
            ilvl = next(
                (i for i, level in levels.items() if style_id and level.style == style_id), 0
            )
        level = levels.get(ilvl)
        if level is None:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else level.start
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart != 0 and ilvl < restart):
                del counters[deeper]
        if level.fmt == "bullet":
            return ""
        text = level.text
        if "%" in text:
            for n in range(1, 10):
                marker = f"%{n}"
                if marker in text:
                    shown = levels.get(n - 1)
                    value = counters.get(n - 1, shown.start if shown else 1)
                    fmt = "decimal" if level.legal or shown is None else shown.fmt
                    text = text.replace(marker, format_number(value, fmt))
        return text + level.suffix if text else ""


class _Reader:
    """One pass over the body; collects lines, keeps field state across paragraphs."""

    def __init__(self, tags: _Tags, numbering: _Numbering, *, codes_span: bool = True) -> None:
        self.tags = tags
        self.codes_span = codes_span  # may a field's code run past the end of a paragraph?
        self.numbering = numbering
        self.lines: list[str] = []
        self.fields: list[bool] = []  # one entry per open field: True while in its code part
        self.in_code = 0
        self.current: list[str] = []
        self.last_char = ""
        self.after_superscript = False
        self.pending = ""  # text of a paragraph whose mark was deleted (joins the next one)

    # --- text accumulation --------------------------------------------------------------
    def _add(self, text: str) -> None:
        if "\n" in text or "\r" in text:  # raw newlines in w:t display as spaces in Word
            text = text.replace("\r", " ").replace("\n", " ")
        if text:
            self.current.append(text)
            self.last_char = text[-1]
            self.after_superscript = False

    def _add_superscript(self, text: str) -> None:
        match = _SUPERSCRIPT_DIGITS.match(text)
        if match is None or not (self.after_superscript or self.last_char.isdigit()):
            self._add(text)
            return
        digits = match.group()
        self.current.append(digits if self.after_superscript else "." + digits)
        self.last_char = digits[-1]
        self.after_superscript = True
        rest = text[match.end() :]
        if rest:
            self._add(rest)

    def _break_line(self) -> None:
        self.lines.append("".join(self.current))
        self.current = []
        self.last_char = ""
        self.after_superscript = False

    # --- blocks -------------------------------------------------------------------------
    def read_blocks(self, parent: etree._Element) -> None:
        tags = self.tags
        for child in parent:
            tag = child.tag
            if tag == tags.p:
                self._paragraph(child)
            elif tag == tags.tr and _row_deleted(child, tags):
                continue  # a tracked row deletion: gone once accepted
            elif tag == tags.tbl or tag in tags.block_containers:
                self.read_blocks(child)
            # sectPr, tblPr, bookmarks, w:del/w:moveFrom at block level...: no text

    def _paragraph(self, p: etree._Element) -> None:
        tags = self.tags
        ppr = p.find(tags.ppr)
        mark_deleted = False
        if ppr is not None:
            mark_rpr = ppr.find(tags.rpr)
            if mark_rpr is not None:
                mark_deleted = (
                    mark_rpr.find(tags.dele) is not None
                    or mark_rpr.find(f"{{{tags.ns}}}moveFrom") is not None
                )
        start = len(self.lines)
        self.current = []
        self.last_char = ""
        self.after_superscript = False
        self._inline(p)
        self._break_line()
        if self.in_code and not self.codes_span:
            self.fields = [False] * len(self.fields)
            self.in_code = 0
        if mark_deleted:
            # Accepting the deletion joins this paragraph to the next one, which keeps its
            # own mark — and with it the numbering (Word's paragraph-mark rule).
            self.lines[start] = self.pending + self.lines[start]
            self.pending = self.lines.pop()
            return
        label = self.numbering.label(ppr)
        if label or self.pending:
            self.lines[start] = label + self.pending + self.lines[start]
            self.pending = ""

    def _inline(self, parent: etree._Element) -> None:
        run, containers = self.tags.r, self.tags.inline_containers
        for child in parent:
            if child.tag == run:
                self._run(child)
            elif child.tag in containers:
                self._inline(child)
            # w:del, w:moveFrom, pPr, bookmarks, proofErr, math, nested paragraphs: no text

    def _run(self, r: etree._Element) -> None:
        tags = self.tags
        superscript = False
        for child in r:
            tag = child.tag
            if tag == tags.t:
                if not self.in_code and child.text:
                    if superscript:
                        self._add_superscript(child.text)
                    else:
                        self._add(child.text)
            elif tag == tags.rpr:
                align = child.find(tags.vert_align)
                if align is not None:
                    superscript = align.get(tags.val) == "superscript"
                elif self.numbering.superscript_styles:
                    style = child.find(tags.r_style)
                    superscript = style is not None and (
                        style.get(tags.val) in self.numbering.superscript_styles
                    )
                vanish = child.find(tags.vanish)
                if vanish is not None and vanish.get(tags.val) not in ("0", "false", "off"):
                    self._fields_only(r)
                    return
            elif tag == tags.tab or tag == tags.ptab:
                if not self.in_code:
                    self._add(" ")
            elif tag == tags.br or tag == tags.cr:
                if not self.in_code:
                    self._break_line()
            elif tag == tags.fld_char:
                self._field_char(child)
            elif tag == tags.no_break_hyphen:
                if not self.in_code:
                    self._add("-")
            elif tag == tags.sym:
                if not self.in_code:
                    self._add(_symbol(child.get(tags.char), child.get(tags.font)))
            # instrText, delText, softHyphen, footnote references, drawings...: no text

    def _fields_only(self, r: etree._Element) -> None:
        """A hidden run still opens and closes fields."""
        for child in r.iterchildren(self.tags.fld_char):
            self._field_char(child)

    def _field_char(self, element: etree._Element) -> None:
        kind = element.get(self.tags.fld_char_type)
        if kind == "begin":
            self.fields.append(True)
            self.in_code += 1
        elif kind == "separate":
            if self.fields and self.fields[-1]:
                self.fields[-1] = False
                self.in_code -= 1
        elif kind == "end" and self.fields:
            if self.fields.pop():
                self.in_code -= 1


def _row_deleted(tr: etree._Element, tags: _Tags) -> bool:
    tr_pr = tr.find(tags.tr_pr)
    return tr_pr is not None and tr_pr.find(tags.dele) is not None


# Symbol-font code points (w:sym with the F0xx private-use offset removed) that acts use.
_SYMBOL_FONT = {
    0x2D: "−",
    0xA3: "≤",
    0xB3: "≥",
    0xB1: "±",
    0xB4: "×",
    0xB8: "÷",
    0xB0: "°",
    0xB7: "•",
    0xBC: "…",
    0xBE: "—",
    0xAE: "→",
    0xAC: "←",
    0xB9: "≠",
    0xBB: "≈",
    0xA5: "∞",
    0xD7: "·",
}


def _symbol(code: str | None, font: str | None) -> str:
    """The character a w:sym shows: Symbol-font glyphs mapped, other fonts' glyphs dropped."""
    try:
        value = int(code or "", 16)
    except ValueError:
        return ""
    if 0xF000 <= value <= 0xF0FF:
        value -= 0xF000
    elif value > 0xFF:
        printable = value < 0xD800 or 0xF8FF < value <= 0x10FFFF  # no surrogates, private use
        return chr(value) if printable else ""
    if (font or "").lower() == "symbol":
        return _SYMBOL_FONT.get(value, "")
    if 0x20 <= value < 0x7F:
        return chr(value) if (font or "").lower() in ("", "times new roman", "arial") else ""
    return ""


def _relationship_targets(package: DocxPackage, rels_member: str) -> dict[str, str]:
    """Relationship type suffix → target member name, from a .rels part (if present)."""
    if not package.has(rels_member):
        return {}
    root = safe_parse_xml(package.read(rels_member), f"{package.name} ({rels_member})")
    base = posixpath.dirname(posixpath.dirname(rels_member))
    targets: dict[str, str] = {}
    for rel in root.iterchildren(f"{{{_REL_NS}}}Relationship"):
        kind = rel.get("Type", "")
        target = rel.get("Target", "")
        if rel.get("TargetMode") == "External" or not target:
            continue
        if target.startswith("/"):
            member = target.lstrip("/")
        else:
            member = posixpath.normpath(posixpath.join(base, target))
        targets.setdefault(kind.rsplit("/", 1)[-1], member)
    return targets


def read_docx_paragraphs(path: Path) -> list[str]:
    """The paragraphs of a .docx act as plain strings, in document order (see module rules)."""
    path = Path(path)
    with open_docx(path) as package:
        main = _relationship_targets(package, "_rels/.rels").get(
            _OFFICE_DOCUMENT.lstrip("/"), "word/document.xml"
        )
        if not package.has(main):
            main = "word/document.xml"
        document_bytes = package.read(main)
        document = safe_parse_xml(document_bytes, f"{package.name} ({main})")
        # Styles matter only for numbering and superscripts set through styles; skip parsing
        # them when the document never names a style (UTF-16 parts are always parsed).
        needs_styles = b"Style" in document_bytes or not document_bytes.startswith(b"<")
        del document_bytes
        parts = _relationship_targets(
            package,
            posixpath.join(posixpath.dirname(main), "_rels", posixpath.basename(main)) + ".rels",
        )
        extra: dict[str, etree._Element | None] = {"numbering": None, "styles": None}
        for kind, default in (("numbering", "word/numbering.xml"), ("styles", "word/styles.xml")):
            if kind == "styles" and not needs_styles:
                break
            member = parts.get(kind, default)
            extra[kind] = (
                safe_parse_xml(package.read(member), f"{package.name} ({member})")
                if package.has(member)
                else None
            )
    ns = etree.QName(document).namespace or W_NS
    tags = _Tags(ns if ns in (W_NS, W_NS_STRICT) else W_NS)
    body = document.find(tags.body)
    if body is None:
        return []
    reader = _Reader(tags, _Numbering(tags, extra["numbering"], extra["styles"]))
    reader.read_blocks(body)
    if reader.in_code:
        # A field code never closed (a damaged or hostile file) would hide all text after it:
        # read again with field codes confined to their paragraph.
        numbering = _Numbering(tags, extra["numbering"], extra["styles"])
        reader = _Reader(tags, numbering, codes_span=False)
        reader.read_blocks(body)
    if reader.pending:
        reader.lines.append(reader.pending)
    return [flatten_superscript_numbers(line) for line in reader.lines]
