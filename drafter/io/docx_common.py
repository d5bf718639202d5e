"""WordprocessingML plumbing: page setup per style, styles, parts, ids, deterministic zips."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from lxml import etree

from drafter import __version__
from drafter.core import model as m
from drafter.errors import ExportError
from drafter.io.files import write_bytes_atomic

# --- namespaces ------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
XML_NS = "http://www.w3.org/XML/1998/namespace"
_W = f"{{{W_NS}}}"
_SPACE = f"{{{XML_NS}}}space"

REL_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
REL_CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
REL_APP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
REL_CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties"
REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
REL_SETTINGS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings"
REL_HEADER = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
REL_FONTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable"

CT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
CT_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
CT_SETTINGS = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
CT_HEADER = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
CT_FONTS = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"
CT_CORE = "application/vnd.openxmlformats-package.core-properties+xml"
CT_APP = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
CT_CUSTOM = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

GENERATOR = f"Drafter {__version__}"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry time: the same input gives the same bytes


def w(tag: str) -> str:
    """Clark name of a w: element or attribute."""
    return f"{{{W_NS}}}{tag}"


# --- page and type conventions per style ---------------------------------------------------
def mm(value: float) -> int:
    """Millimetres to twentieths of a point (twips)."""
    return round(value * 1440 / 25.4)


@dataclass(frozen=True)
class PageSetup:
    """Paper, margins, type and language of one drafting style's documents."""

    style: str
    lang: str  # BCP 47: ru-RU, en-GB, en-US
    font: str
    size_pt: float
    paper: tuple[int, int]  # width, height in twips (portrait)
    margins: tuple[int, int, int, int]  # top, right, bottom, left in twips
    first_line: int  # first-line indent of body paragraphs, twips
    justify: bool
    quotes: tuple[str, str, str, str]  # outer open/close, inner open/close
    dash: str  # the dash between words
    header_distance: int = mm(10)

    @property
    def half_points(self) -> int:
        return round(self.size_pt * 2)


A4 = (mm(210), mm(297))
LETTER = (12240, 15840)  # 8.5 x 11 inches

PAGE_SETUPS: dict[str, PageSetup] = {
    # GOST R 7.0.97-2016: A4, left 20 mm, right 10 mm, top and bottom 20 mm.
    "ru": PageSetup(
        "ru",
        "ru-RU",
        "Times New Roman",
        14,
        A4,
        (mm(20), mm(10), mm(20), mm(20)),
        mm(12.5),
        True,
        ("«", "»", "„", "“"),
        "\u2014",
    ),
    "uk": PageSetup(
        "uk",
        "en-GB",
        "Times New Roman",
        12,
        A4,
        (mm(25), mm(25), mm(25), mm(25)),
        0,
        False,
        ("\u201c", "\u201d", "\u2018", "\u2019"),
        "\u2013",
    ),
    "us": PageSetup(
        "us",
        "en-US",
        "Times New Roman",
        12,
        LETTER,
        (1440, 1440, 1440, 1440),
        0,
        False,
        ("\u201c", "\u201d", "\u2018", "\u2019"),
        "\u2013",
    ),
}


def page_setup(style: str) -> PageSetup:
    try:
        return PAGE_SETUPS[style]
    except KeyError:
        raise ExportError(
            f"Unknown drafting style {style!r}: expected one of {', '.join(PAGE_SETUPS)}."
        ) from None


# --- typography --------------------------------------------------------------------------------
_SPACED_DASH = re.compile(r"(?<=\S) +[-\u2013\u2014](?=[ »“”\"]|$)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@lru_cache(maxsize=1 << 16)
def typographic(text: str, setup: PageSetup) -> str:
    """Typographic quotes and dashes for printed text; control characters dropped.

    A hyphen with spaces around it becomes the style's dash, tied to the previous word by a
    no-break space; straight quotes become the style's outer quotes, and quotes nested inside
    them the inner ones.
    """
    if not text.isprintable():  # fast test: most paragraphs have no control characters
        text = _CONTROL.sub("", text)
    if " -" in text or " \u2013" in text or " \u2014" in text:
        text = _SPACED_DASH.sub("\u00a0" + setup.dash, text)
    if '"' not in text and "'" not in text:
        return text
    out: list[str] = []
    depth = 0
    o1, c1, o2, c2 = setup.quotes
    for i, ch in enumerate(text):
        prev = text[i - 1] if i else " "
        if ch == '"':
            opening = prev.isspace() or prev in "([{«„“\u2018" or (prev == '"')
            if opening:
                out.append(o1 if depth == 0 else o2)
                depth += 1
            else:
                depth = max(depth - 1, 0)
                out.append(c1 if depth == 0 else c2)
        elif ch == "'" and prev.isalpha():
            out.append("\u2019")
        elif ch in (o1, o2):  # quotes already typographic count too: „“ inside «»
            depth += 1
            out.append(ch)
        elif ch == c1 or (ch == c2 and c2 != "\u2019"):  # ’ is also an apostrophe
            depth = max(depth - 1, 0)
            out.append(ch)
        else:
            out.append(ch)
    return "".join(out)


# --- ids -------------------------------------------------------------------------------------
class IdAllocator:
    """One counter for every annotation id of a document (revisions and bookmarks alike)."""

    def __init__(self, start: int = 1) -> None:
        self._next = start

    def __call__(self) -> int:
        value = self._next
        self._next += 1
        return value


def w_date(when: datetime) -> str:
    """An ST_DateTime in UTC without fractions: 2024-06-01T12:00:00Z."""
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- schema child order ----------------------------------------------------------------------
# The CT_ sequences (ECMA-376 transitional wml.xsd) of the elements we emit, trimmed to the
# children Drafter can write. Word refuses files whose children are out of order.
# In w:rPr, ins/del/moveFrom/moveTo occur only in a paragraph mark's properties (CT_ParaRPr).
# fmt: off
CHILD_ORDER: dict[str, tuple[str, ...]] = {
    "p": ("pPr", "*"),
    "r": ("rPr", "*"),
    "pPr": (
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
        "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku", "wordWrap",
        "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi", "adjustRightInd",
        "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
        "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId",
        "cnfStyle", "rPr", "sectPr", "pPrChange"
    ),
    "rPr": (
        "ins", "del", "moveFrom", "moveTo", "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
        "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof",
        "snapToGrid", "vanish", "webHidden", "color", "spacing", "w", "kern", "position", "sz",
        "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em",
        "lang", "eastAsianLayout", "specVanish", "oMath", "rPrChange"
    ),
    "sectPr": (
        "headerReference", "footerReference", "footnotePr", "endnotePr", "type", "pgSz", "pgMar",
        "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
        "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid", "printerSettings",
        "sectPrChange"
    ),
    "tbl": ("tblPr", "tblGrid", "tr"),
    "tblPr": (
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange"
    ),
    "tr": ("tblPrEx", "trPr", "tc"),
    "trPr": (
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
        "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden", "ins", "del", "trPrChange"
    ),
    "tc": ("tcPr", "*"),
    "tcPr": (
        "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
        "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
        "cellMerge", "tcPrChange"
    ),
    "tblBorders": ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV"),
    "tcBorders": (
        "top", "left", "start", "bottom", "right", "end", "insideH", "insideV", "tl2br", "tr2bl"
    ),
    "tblCellMar": ("top", "left", "start", "bottom", "right", "end"),
    "body": ("*", "sectPr"),
    "style": (
        "name", "aliases", "basedOn", "next", "link", "autoRedefine", "hidden", "uiPriority",
        "semiHidden", "unhideWhenUsed", "qFormat", "locked", "personal", "personalCompose",
        "personalReply", "rsid", "pPr", "rPr", "tblPr", "trPr", "tcPr", "tblStylePr"
    ),
    "styles": ("docDefaults", "latentStyles", "style"),
    "docDefaults": ("rPrDefault", "pPrDefault"),
    "settings": (
        "writeProtection", "view", "zoom", "removePersonalInformation", "removeDateAndTime",
        "doNotDisplayPageBoundaries", "displayBackgroundShape", "printPostScriptOverText",
        "printFractionalCharacterWidth", "printFormsData", "embedTrueTypeFonts", "embedSystemFonts",
        "saveSubsetFonts", "saveFormsData", "mirrorMargins", "alignBordersAndEdges",
        "bordersDoNotSurroundHeader", "bordersDoNotSurroundFooter", "gutterAtTop",
        "hideSpellingErrors", "hideGrammaticalErrors", "activeWritingStyle", "proofState",
        "formsDesign", "attachedTemplate", "linkStyles", "stylePaneFormatFilter",
        "stylePaneSortMethod", "documentType", "mailMerge", "revisionView", "trackRevisions",
        "doNotTrackMoves", "doNotTrackFormatting", "documentProtection", "autoFormatOverride",
        "styleLockTheme", "styleLockQFSet", "defaultTabStop", "autoHyphenation",
        "consecutiveHyphenLimit", "hyphenationZone", "doNotHyphenateCaps", "showEnvelope",
        "summaryLength", "clickAndTypeStyle", "defaultTableStyle", "evenAndOddHeaders",
        "bookFoldRevPrinting", "bookFoldPrinting", "bookFoldPrintingSheets",
        "drawingGridHorizontalSpacing", "drawingGridVerticalSpacing",
        "displayHorizontalDrawingGridEvery", "displayVerticalDrawingGridEvery",
        "doNotUseMarginsForDrawingGridOrigin", "drawingGridHorizontalOrigin",
        "drawingGridVerticalOrigin", "doNotShadeFormData", "noPunctuationKerning",
        "characterSpacingControl", "printTwoOnOne", "strictFirstAndLastChars", "noLineBreaksAfter",
        "noLineBreaksBefore", "savePreviewPicture", "doNotValidateAgainstSchema", "saveInvalidXml",
        "ignoreMixedContent", "alwaysShowPlaceholderText", "doNotDemarcateInvalidXml",
        "saveXmlDataOnly", "useXSLTWhenSaving", "saveThroughXslt", "showXMLTags",
        "alwaysMergeEmptyNamespace", "updateFields", "hdrShapeDefaults", "footnotePr", "endnotePr",
        "compat", "docVars", "rsids", "mathPr", "attachedSchema", "themeFontLang",
        "clrSchemeMapping", "doNotIncludeSubdocsInStats", "doNotAutoCompressPictures",
        "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType", "schemaLibrary",
        "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"
    ),
}
# fmt: on


def child_order_problems(xml: bytes | etree._Element) -> list[str]:
    """Elements of the w: namespace whose children break the CT_ sequence in CHILD_ORDER.

    A "*" entry stands for any other child (content after pPr/rPr, before sectPr).
    """
    root = etree.fromstring(xml) if isinstance(xml, bytes) else xml
    problems: list[str] = []
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(f"{{{W_NS}}}"):
            continue
        name = etree.QName(el).localname
        order = CHILD_ORDER.get(name)
        if order is None:
            continue
        last = -1
        for child in el:
            if not isinstance(child.tag, str):
                continue
            qn = etree.QName(child)
            cname = qn.localname if qn.namespace == W_NS else "?"
            if cname in order:
                pos = order.index(cname)
            elif "*" in order:
                pos = order.index("*")
            else:
                problems.append(f"w:{cname} is not an allowed child of w:{name}")
                continue
            if pos < last:
                problems.append(f"w:{cname} is out of order inside w:{name}")
            last = pos
    return problems


# --- element builders ----------------------------------------------------------------------
def el(tag: str, attrs: dict[str, str] | None = None, *children: etree._Element) -> etree._Element:
    """A w: element with w: attributes (``attrs`` keys without prefix) and children."""
    if attrs:
        node = etree.Element(_W + tag, {_W + k: str(v) for k, v in attrs.items()})
    else:
        node = etree.Element(_W + tag)
    for child in children:
        node.append(child)
    return node


def sub(parent: etree._Element, tag: str, attrs: dict[str, str] | None = None) -> etree._Element:
    node = el(tag, attrs)
    parent.append(node)
    return node


@dataclass(frozen=True)
class Fmt:
    """Direct run formatting (kept tiny: the styles carry the rest)."""

    bold: bool = False
    italic: bool = False
    strike: bool = False

    def rpr(self) -> etree._Element | None:
        if not (self.bold or self.italic or self.strike):
            return None
        rpr = el("rPr")
        if self.bold:
            sub(rpr, "b")
            sub(rpr, "bCs")
        if self.italic:
            sub(rpr, "i")
            sub(rpr, "iCs")
        if self.strike:
            sub(rpr, "strike")
        return rpr


PLAIN = Fmt()


def run(text: str, fmt: Fmt = PLAIN, *, deleted: bool = False) -> etree._Element:
    """A w:r with its text (w:delText when it sits inside w:del); tabs and breaks kept."""
    r = etree.Element(_W + "r")
    rpr = fmt.rpr()
    if rpr is not None:
        r.append(rpr)
    tag = _W + ("delText" if deleted else "t")
    if "\n" not in text and "\t" not in text:
        _text(r, tag, text)
        return r
    for i, line in enumerate(text.split("\n")):
        if i:
            sub(r, "br")
        for j, piece in enumerate(line.split("\t")):
            if j:
                sub(r, "tab")
            if piece:
                _text(r, tag, piece)
    return r


def _text(r: etree._Element, tag: str, piece: str) -> None:
    t = etree.SubElement(r, tag)
    t.text = piece
    if piece[:1].isspace() or piece[-1:].isspace() or "  " in piece:
        t.set(_SPACE, "preserve")


def revision(tag: str, rid: int, author: str, date: str) -> etree._Element:
    """An empty w:ins / w:del with its required id and author, and the date."""
    return el(tag, {"id": str(rid), "author": author, "date": date})


def paragraph(
    style_id: str | None = None,
    *,
    align: str | None = None,
    keep_next: bool = False,
    mark: etree._Element | None = None,
    indent_first: int | None = None,
) -> etree._Element:
    """A w:p with its w:pPr (style, keepNext, ind, jc and the mark's revision, in order)."""
    p = el("p")
    ppr = el("pPr")
    if style_id:
        sub(ppr, "pStyle", {"val": style_id})
    if keep_next:
        sub(ppr, "keepNext")
    if indent_first is not None:
        sub(ppr, "ind", {"firstLine": str(indent_first)})
    if align:
        sub(ppr, "jc", {"val": align})
    if mark is not None:
        sub(ppr, "rPr").append(mark)
    if len(ppr):
        p.append(ppr)
    return p


def set_mark(p: etree._Element, mark: etree._Element | None) -> None:
    """Put (or remove) the paragraph mark's revision in ``p``'s w:pPr/w:rPr."""
    ppr = p.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        p.insert(0, ppr)
    rpr = ppr.find(w("rPr"))
    if rpr is not None:
        for old in list(rpr):
            if etree.QName(old).localname in ("ins", "del"):
                rpr.remove(old)
        if not len(rpr):
            ppr.remove(rpr)
    if mark is not None:
        rpr = ppr.find(w("rPr"))
        if rpr is None:
            rpr = el("rPr")
            ppr.append(rpr)  # after every other pPr child we write (no sectPr/pPrChange)
        rpr.insert(0, mark)


# --- styles ----------------------------------------------------------------------------------
def _style(
    kind: str,
    style_id: str,
    name: str,
    *,
    based_on: str | None = None,
    next_id: str | None = None,
    ui_priority: int | None = None,
    qformat: bool = False,
    ppr: etree._Element | None = None,
    rpr: etree._Element | None = None,
    default: bool = False,
) -> etree._Element:
    st = el("style", {"type": kind, "styleId": style_id})
    if default:
        st.set(w("default"), "1")
    sub(st, "name", {"val": name})
    if based_on:
        sub(st, "basedOn", {"val": based_on})
    if next_id:
        sub(st, "next", {"val": next_id})
    if ui_priority is not None:
        sub(st, "uiPriority", {"val": str(ui_priority)})
    if qformat:
        sub(st, "qFormat")
    if ppr is not None:
        st.append(ppr)
    if rpr is not None:
        st.append(rpr)
    return st


def _ppr(
    *,
    keep_next: bool = False,
    before: int = 0,
    after: int = 0,
    line: int | None = None,
    first_line: int | None = None,
    left: int | None = None,
    jc: str | None = None,
    outline: int | None = None,
) -> etree._Element:
    ppr = el("pPr")
    if keep_next:
        sub(ppr, "keepNext")
    spacing = {"before": str(before), "after": str(after)}
    if line is not None:
        spacing.update(line=str(line), lineRule="auto")
    sub(ppr, "spacing", spacing)
    ind: dict[str, str] = {}
    if left is not None:
        ind["left"] = str(left)
    if first_line is not None:
        ind["firstLine"] = str(first_line)
    if ind:
        sub(ppr, "ind", ind)
    if jc:
        sub(ppr, "jc", {"val": jc})
    if outline is not None:
        sub(ppr, "outlineLvl", {"val": str(outline)})
    return ppr


def _rpr(*, bold: bool = False, size: int | None = None, caps: bool = False) -> etree._Element:
    rpr = el("rPr")
    if bold:
        sub(rpr, "b")
        sub(rpr, "bCs")
    if caps:
        sub(rpr, "caps")
    if size is not None:
        sub(rpr, "sz", {"val": str(size)})
        sub(rpr, "szCs", {"val": str(size)})
    return rpr


def styles_xml(setup: PageSetup) -> etree._Element:
    """word/styles.xml: defaults (font, size, language) and the few real styles we use."""
    root = etree.Element(w("styles"), nsmap={"w": W_NS})
    defaults = sub(root, "docDefaults")
    rpr = sub(sub(defaults, "rPrDefault"), "rPr")
    sub(
        rpr,
        "rFonts",
        {"ascii": setup.font, "hAnsi": setup.font, "eastAsia": setup.font, "cs": setup.font},
    )
    sub(rpr, "sz", {"val": str(setup.half_points)})
    sub(rpr, "szCs", {"val": str(setup.half_points)})
    sub(rpr, "lang", {"val": setup.lang, "eastAsia": setup.lang, "bidi": setup.lang})
    ppr = sub(sub(defaults, "pPrDefault"), "pPr")
    sub(ppr, "spacing", {"before": "0", "after": "0", "line": "240", "lineRule": "auto"})
    body_jc = "both" if setup.justify else "left"
    hp = setup.half_points
    root.extend(
        [
            _style("paragraph", "Normal", "Normal", qformat=True, default=True),
            _style(
                "paragraph",
                "Title",
                "Title",
                based_on="Normal",
                next_id="BodyText",
                ui_priority=10,
                qformat=True,
                ppr=_ppr(keep_next=True, after=240, jc="center"),
                rpr=_rpr(bold=True),
            ),
            _style(
                "paragraph",
                "Subtitle",
                "Subtitle",
                based_on="Normal",
                next_id="BodyText",
                ui_priority=11,
                qformat=True,
                ppr=_ppr(keep_next=True, after=120, jc="center"),
            ),
            _style(
                "paragraph",
                "Heading1",
                "heading 1",
                based_on="Normal",
                next_id="BodyText",
                ui_priority=9,
                qformat=True,
                ppr=_ppr(keep_next=True, before=240, after=120, jc="center", outline=0),
                rpr=_rpr(bold=True),
            ),
            _style(
                "paragraph",
                "Heading2",
                "heading 2",
                based_on="Normal",
                next_id="BodyText",
                ui_priority=9,
                qformat=True,
                ppr=_ppr(
                    keep_next=True,
                    before=240,
                    after=120,
                    first_line=setup.first_line,
                    jc="left",
                    outline=1,
                ),
                rpr=_rpr(bold=True),
            ),
            _style(
                "paragraph",
                "BodyText",
                "Body Text",
                based_on="Normal",
                ui_priority=99,
                qformat=True,
                ppr=_ppr(first_line=setup.first_line, jc=body_jc, after=0),
            ),
            _style(
                "paragraph",
                "TableText",
                "Table Text",
                based_on="Normal",
                ui_priority=99,
                ppr=_ppr(jc="left", after=60),
                rpr=_rpr(size=max(hp - 4, 20)),
            ),
            _style(
                "paragraph",
                "TableHeading",
                "Table Heading",
                based_on="TableText",
                ui_priority=99,
                ppr=_ppr(keep_next=True, jc="center", after=60),
                rpr=_rpr(bold=True),
            ),
            _style(
                "paragraph",
                "Header",
                "header",
                based_on="Normal",
                ui_priority=99,
                ppr=_ppr(jc="center"),
            ),
            _style(
                "character",
                "DefaultParagraphFont",
                "Default Paragraph Font",
                ui_priority=1,
                default=True,
            ),
            _table_style(),
        ]
    )
    return root


def _table_style() -> etree._Element:
    st = _style("table", "TableGrid", "Table Grid", ui_priority=59)
    tblpr = sub(st, "tblPr")
    borders = sub(tblpr, "tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        sub(borders, side, {"val": "single", "sz": "4", "space": "0", "color": "auto"})
    mar = sub(tblpr, "tblCellMar")
    sub(mar, "left", {"w": "108", "type": "dxa"})
    sub(mar, "right", {"w": "108", "type": "dxa"})
    return st


def settings_xml(setup: PageSetup, *, track_revisions: bool) -> etree._Element:
    root = etree.Element(w("settings"), nsmap={"w": W_NS})
    sub(root, "zoom", {"percent": "100"})
    if track_revisions:
        sub(root, "trackRevisions")
        sub(root, "doNotTrackMoves")
    sub(root, "defaultTabStop", {"val": "709"})
    sub(root, "characterSpacingControl", {"val": "doNotCompress"})
    compat = sub(root, "compat")
    sub(
        compat,
        "compatSetting",
        {
            "name": "compatibilityMode",
            "uri": "http://schemas.microsoft.com/office/word",
            "val": "15",
        },
    )
    sub(root, "themeFontLang", {"val": setup.lang})
    sub(root, "decimalSymbol", {"val": "," if setup.lang == "ru-RU" else "."})
    sub(root, "listSeparator", {"val": ";" if setup.lang == "ru-RU" else ","})
    return root


def header_xml() -> etree._Element:
    """A header with the page number (a PAGE field) centred."""
    root = etree.Element(w("hdr"), nsmap={"w": W_NS, "r": R_NS})
    p = paragraph("Header")
    root.append(p)
    r = sub(p, "r")
    sub(r, "fldChar", {"fldCharType": "begin"})
    r = sub(p, "r")
    instr = sub(r, "instrText")
    instr.text = " PAGE "
    instr.set(f"{{{XML_NS}}}space", "preserve")
    r = sub(p, "r")
    sub(r, "fldChar", {"fldCharType": "separate"})
    p.append(run("1"))
    r = sub(p, "r")
    sub(r, "fldChar", {"fldCharType": "end"})
    return root


def fonts_xml(setup: PageSetup) -> etree._Element:
    root = etree.Element(w("fonts"), nsmap={"w": W_NS})
    font = sub(root, "font", {"name": setup.font})
    sub(font, "charset", {"val": "CC" if setup.lang == "ru-RU" else "00"})
    sub(font, "family", {"val": "roman"})
    sub(font, "pitch", {"val": "variable"})
    return root


def section(setup: PageSetup, *, landscape: bool = False, header_rid: str = "rIdHeader1"):
    """The body's final w:sectPr: paper, margins, the page-number header (not on page 1)."""
    sect = el("sectPr")
    ref = sub(sect, "headerReference", {"type": "default"})
    ref.set(f"{{{R_NS}}}id", header_rid)
    width, height = setup.paper
    top, right, bottom, left = setup.margins
    if landscape:
        sub(sect, "pgSz", {"w": str(height), "h": str(width), "orient": "landscape"})
    else:
        sub(sect, "pgSz", {"w": str(width), "h": str(height)})
    sub(
        sect,
        "pgMar",
        {
            "top": str(top),
            "right": str(right),
            "bottom": str(bottom),
            "left": str(left),
            "header": str(setup.header_distance),
            "footer": str(setup.header_distance),
            "gutter": "0",
        },
    )
    sub(sect, "cols", {"space": "708"})
    sub(sect, "titlePg")
    sub(sect, "docGrid", {"linePitch": "360"})
    return sect


def text_width(setup: PageSetup, *, landscape: bool = False) -> int:
    """The width between the margins, in twips."""
    width, height = setup.paper
    return (height if landscape else width) - setup.margins[1] - setup.margins[3]


# --- package parts ---------------------------------------------------------------------------
@dataclass
class DocProps:
    """What docProps/core.xml and custom.xml say about the document."""

    title: str
    author: str
    date: datetime
    lang: str
    subject: str = ""
    custom: dict[str, str] = field(default_factory=dict)


def _xml(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def core_xml(props: DocProps) -> etree._Element:
    nsmap = {"cp": CP_NS, "dc": DC_NS, "dcterms": DCTERMS_NS, "xsi": XSI_NS}
    root = etree.Element(f"{{{CP_NS}}}coreProperties", nsmap=nsmap)

    def add(ns: str, tag: str, text: str) -> etree._Element:
        node = etree.SubElement(root, f"{{{ns}}}{tag}")
        node.text = text
        return node

    add(DC_NS, "title", props.title)
    if props.subject:
        add(DC_NS, "subject", props.subject)
    add(DC_NS, "creator", props.author)
    add(CP_NS, "lastModifiedBy", props.author)
    add(CP_NS, "revision", "1")
    stamp = w_date(props.date)
    for tag in ("created", "modified"):
        node = add(DCTERMS_NS, tag, stamp)
        node.set(f"{{{XSI_NS}}}type", "dcterms:W3CDTF")
    add(DC_NS, "language", props.lang)
    return root


def app_xml() -> etree._Element:
    root = etree.Element(f"{{{EP_NS}}}Properties", nsmap={None: EP_NS, "vt": VT_NS})
    etree.SubElement(root, f"{{{EP_NS}}}Application").text = "Drafter"
    etree.SubElement(root, f"{{{EP_NS}}}DocSecurity").text = "0"
    etree.SubElement(root, f"{{{EP_NS}}}AppVersion").text = "1.0000"
    return root


def custom_xml(custom: dict[str, str]) -> etree._Element:
    """docProps/custom.xml: string properties in a stable order (the caller's, or sorted)."""
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for pid, (name, value) in enumerate(custom.items(), start=2):
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property")
        prop.set("fmtid", CUSTOM_FMTID)
        prop.set("pid", str(pid))
        prop.set("name", name)
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    return root


def content_types(*, custom: bool) -> etree._Element:
    root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
    for ext, ctype in (
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
    ):
        node = etree.SubElement(root, f"{{{CT_NS}}}Default")
        node.set("Extension", ext)
        node.set("ContentType", ctype)
    overrides = [
        ("/word/document.xml", CT_MAIN),
        ("/word/styles.xml", CT_STYLES),
        ("/word/settings.xml", CT_SETTINGS),
        ("/word/fontTable.xml", CT_FONTS),
        ("/word/header1.xml", CT_HEADER),
        ("/docProps/core.xml", CT_CORE),
        ("/docProps/app.xml", CT_APP),
    ]
    if custom:
        overrides.append(("/docProps/custom.xml", CT_CUSTOM))
    for name, ctype in overrides:
        node = etree.SubElement(root, f"{{{CT_NS}}}Override")
        node.set("PartName", name)
        node.set("ContentType", ctype)
    return root


def _rels(items: Iterable[tuple[str, str, str]]) -> etree._Element:
    root = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
    for rid, rtype, target in items:
        node = etree.SubElement(root, f"{{{PKG_REL_NS}}}Relationship")
        node.set("Id", rid)
        node.set("Type", rtype)
        node.set("Target", target)
    return root


def new_body() -> tuple[etree._Element, etree._Element]:
    """An empty w:document and its w:body."""
    doc = etree.Element(w("document"), nsmap={"w": W_NS, "r": R_NS})
    return doc, sub(doc, "body")


def package_parts(
    document: etree._Element,
    setup: PageSetup,
    props: DocProps,
    *,
    track_revisions: bool = False,
) -> dict[str, bytes]:
    """Every part of the .docx, by zip entry name, in the order they are written."""
    has_custom = bool(props.custom)
    root_rels = [
        ("rId1", REL_DOC, "word/document.xml"),
        ("rId2", REL_CORE, "docProps/core.xml"),
        ("rId3", REL_APP, "docProps/app.xml"),
    ]
    if has_custom:
        root_rels.append(("rId4", REL_CUSTOM, "docProps/custom.xml"))
    doc_rels = [
        ("rIdStyles", REL_STYLES, "styles.xml"),
        ("rIdSettings", REL_SETTINGS, "settings.xml"),
        ("rIdFonts", REL_FONTS, "fontTable.xml"),
        ("rIdHeader1", REL_HEADER, "header1.xml"),
    ]
    parts = {
        "[Content_Types].xml": _xml(content_types(custom=has_custom)),
        "_rels/.rels": _xml(_rels(root_rels)),
        "docProps/core.xml": _xml(core_xml(props)),
        "docProps/app.xml": _xml(app_xml()),
    }
    if has_custom:
        parts["docProps/custom.xml"] = _xml(custom_xml(props.custom))
    parts.update(
        {
            "word/document.xml": _xml(document),
            "word/_rels/document.xml.rels": _xml(_rels(doc_rels)),
            "word/styles.xml": _xml(styles_xml(setup)),
            "word/settings.xml": _xml(settings_xml(setup, track_revisions=track_revisions)),
            "word/fontTable.xml": _xml(fonts_xml(setup)),
            "word/header1.xml": _xml(header_xml()),
        }
    )
    return parts


def write_zip(path: Path, parts: dict[str, bytes]) -> None:
    """Write ``parts`` as a zip with fixed entry times and attributes (byte-identical output).

    The zip is built in memory and written atomically (:func:`drafter.io.files.write_bytes_atomic`)
    with the permissions of any new file.
    """
    path = Path(path)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            zf.writestr(info, data, compresslevel=6)
    write_bytes_atomic(
        path,
        buffer.getvalue(),
        mode=0o666,
        error=lambda exc: ExportError(f"Cannot write {path}: {exc.strerror or exc}."),
    )


def write_docx(
    path: Path,
    document: etree._Element,
    setup: PageSetup,
    props: DocProps,
    *,
    track_revisions: bool = False,
) -> Path:
    write_zip(Path(path), package_parts(document, setup, props, track_revisions=track_revisions))
    return Path(path)


# --- the text layout of units ------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """One printed paragraph of an act: which unit it belongs to and in which role."""

    address: str  # the unit's address ("" for the act's title)
    role: str  # title | container | head | text | closing
    text: str
    kind: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.address, self.role)


_RU_CONTAINERS = {
    m.CODEPART: "",
    m.DIVISION: "Раздел",
    m.SUBDIVISION: "Подраздел",
    m.CHAPTER: "Глава",
    m.GROUP: "§",
}
_EN_CONTAINERS = {
    m.CODEPART: "",
    m.DIVISION: "PART",
    m.SUBDIVISION: "SUBPART",
    m.CHAPTER: "CHAPTER",
    m.GROUP: "",
}
_RU_REPEALED = {
    m.ARTICLE: "Утратила силу.",
    m.PART: "Утратила силу.",
    m.NOTE: "Утратило силу.",
}


def repeal_wording(kind: str, language: str) -> str:
    """The words a repealed unit keeps in the consolidated text («Утратила силу.»)."""
    if language == "ru":
        return _RU_REPEALED.get(kind, "Утратил силу.")
    return "[Repealed]"


def label_prefix(unit: m.Unit, profile: str) -> str:
    """The unit's number as printed before its text: «1. », «а) », «(2) »."""
    n = unit.number
    if not n:
        return ""
    if profile.startswith("ru"):
        if unit.kind == m.PART or (unit.kind == m.POINT and profile == "ru-law"):
            return f"{n}. "
        if unit.kind in (m.POINT, m.SUBPOINT):
            return f"{n}) "
        if unit.kind == m.NOTE:
            return f"{n}. "
        return f"{n}. "
    return f"({n}) "


def _heading_line(unit: m.Unit, profile: str, language: str) -> str:
    n, h = unit.number, unit.heading
    if unit.kind == m.ARTICLE and language == "ru":
        return f"Статья {n}." + (f" {h}" if h else "")
    if unit.kind == m.SECTION and profile == "us":
        heading = h.upper().rstrip(".") + "." if h else ""
        return f"SEC. {n}. {heading}".rstrip()
    if unit.kind == m.SCHEDULE:
        return f"SCHEDULE {n}" + (f" {h}" if h else "")
    if unit.kind in m.CONTAINER_KINDS:
        word = (_RU_CONTAINERS if language == "ru" else _EN_CONTAINERS).get(unit.kind, "")
        label = f"{word} {n}".strip() if n else word
        if label and h:
            sep = ". " if language == "ru" and word else " "
            return f"{label}{sep}{h}"
        return label or h
    return f"{n} {h}".strip()


def unit_lines(unit: m.Unit, profile: str, language: str) -> list[Line]:
    """The paragraphs of ``unit`` and its subtree as printed, each tagged with its address."""
    lines: list[Line] = []
    top = unit.kind in (m.ARTICLE, m.SECTION, m.SCHEDULE) or unit.is_container
    if unit.is_container:
        lines.append(
            Line(unit.address, "container", _heading_line(unit, profile, language), unit.kind)
        )
        for child in unit.children:
            lines.extend(unit_lines(child, profile, language))
        return lines
    if top:
        head = _heading_line(unit, profile, language)
        if unit.repealed:
            bare = _heading_line(m.Unit(unit.kind, unit.number), profile, language)
            wording = repeal_wording(unit.kind, language)
            lines.append(Line(unit.address, "head", f"{bare} {wording}", unit.kind))
            return lines
        lines.append(Line(unit.address, "head", head, unit.kind))
        if unit.text:
            lines.append(Line(unit.address, "text", unit.text, unit.kind))
    else:
        prefix = label_prefix(unit, profile)
        if unit.kind == m.NOTE and language == "ru" and not unit.text.startswith("Примечани"):
            prefix = ("Примечание " + unit.number + ". ") if unit.number else "Примечание. "
        if unit.repealed:
            lines.append(
                Line(unit.address, "text", prefix + repeal_wording(unit.kind, language), unit.kind)
            )
            return lines
        if unit.text or prefix or not unit.children:
            lines.append(Line(unit.address, "text", (prefix + unit.text).rstrip(), unit.kind))
    for child in unit.children:
        lines.extend(unit_lines(child, profile, language))
    if unit.closing:
        lines.append(Line(unit.address, "closing", unit.closing, unit.kind))
    return lines


def _core_own_lines(unit: m.Unit, profile: str, parent_kind: str) -> list[str] | None:
    """The unit's own paragraphs (without its children's) in the core's text layout."""
    try:
        from drafter.core import textlayout
    except ImportError:
        return None
    shell = m.Unit(unit.kind, unit.number, unit.heading, unit.text, repealed=unit.repealed)
    try:
        if profile.startswith("ru"):
            from drafter.core.structure_ru import unit_lines as ru_lines

            lines = ru_lines(shell, profile, parent_kind)
            # A note with numbered points is «Примечания.» (the shell has no children to tell).
            plural = any(c.kind == m.POINT for c in unit.children)
            if unit.kind == m.NOTE and plural and lines and lines[0].startswith("Примечание."):
                lines[0] = "Примечания." + lines[0][len("Примечание.") :]
            return lines
        return textlayout.unit_lines(shell, profile)
    except Exception:  # a layout the core cannot print: ours is used instead
        return None


def layout_unit(
    unit: m.Unit, profile: str, language: str, parent_kind: str = m.ARTICLE
) -> list[Line]:
    """The paragraphs of ``unit`` and its subtree, each tagged with the address it prints.

    The wording of each paragraph follows the core's text layout (drafter.core.textlayout) when
    it is available, so "accept all" reads exactly as the proposed text the rest of Drafter
    shows; editorial notes are metadata and are left out.
    """
    children = unit.children
    inline_first = (
        not unit.text
        and not unit.is_container
        and unit.kind != m.PARAGRAPH
        and children
        and children[0].kind == m.PARAGRAPH
        and not unit.repealed
    )
    if inline_first:
        shell = m.Unit(unit.kind, unit.number, unit.heading, children[0].text)
        own = _core_own_lines(shell, profile, parent_kind)
        children = children[1:]
    else:
        own = _core_own_lines(unit, profile, parent_kind)
    if own is None:
        return unit_lines(unit, profile, language)
    top = unit.is_container or unit.kind in (m.ARTICLE, m.SECTION, m.SCHEDULE)
    lines: list[Line] = []
    for i, text in enumerate(own):
        if i == 0:
            role = "container" if unit.is_container else "head" if top else "text"
        else:
            role = "text" if i == 1 else f"text{i}"
        lines.append(Line(unit.address, role, text, unit.kind))
    if unit.repealed and not unit.is_container:
        return lines
    if inline_first:  # the first абзац printed on the unit's own line: the rest of it follows
        first = unit.children[0]
        for child in first.children:
            lines.extend(layout_unit(child, profile, language, first.kind))
        if first.closing:
            lines.append(Line(first.address, "closing", first.closing, first.kind))
    for child in children:
        lines.extend(layout_unit(child, profile, language, unit.kind))
    if unit.closing:
        lines.append(Line(unit.address, "closing", unit.closing, unit.kind))
    return lines


def identical(a: m.Unit, b: m.Unit) -> bool:
    """Exactly the same law text (a fast test done before any normalised comparison)."""
    return (
        a.kind == b.kind
        and a.number == b.number
        and a.repealed == b.repealed
        and a.heading == b.heading
        and a.text == b.text
        and a.closing == b.closing
        and len(a.children) == len(b.children)
        and all(identical(x, y) for x, y in zip(a.children, b.children, strict=True))
    )


LayoutCache = dict[str, tuple[m.Unit, list[Line]]]


def _layout_units(
    units: list[m.Unit], profile: str, language: str, cache: LayoutCache | None
) -> list[Line]:
    lines: list[Line] = []
    for unit in units:
        if unit.is_container:
            shell = m.Unit(unit.kind, unit.number, unit.heading, unit.text, address=unit.address)
            lines.extend(layout_unit(shell, profile, language))
            lines.extend(_layout_units(unit.children, profile, language, cache))
            continue
        if cache is None:
            lines.extend(layout_unit(unit, profile, language))
            continue
        hit = cache.get(unit.address)
        if hit is not None and identical(hit[0], unit):
            lines.extend(hit[1])
            continue
        own = layout_unit(unit, profile, language)
        cache[unit.address] = (unit, own)
        lines.extend(own)
    return lines


def act_lines(
    act: m.Act, units: list[m.Unit] | None = None, *, cache: LayoutCache | None = None
) -> list[Line]:
    """The act's title and the lines of ``units`` (default: all of the act's units).

    With a ``cache``, the lines of each top-level unit are kept, and an identical unit laid out
    later (the same article in the proposed act) reuses them.
    """
    language = "ru" if act.language.startswith("ru") else "en"
    lines = [Line("", "title", act.title or act.slug, "act")]
    lines.extend(_layout_units(act.units if units is None else units, act.profile, language, cache))
    return lines


# --- word diff ---------------------------------------------------------------------------------
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)


def _local_word_diff(old: str, new: str) -> list[tuple[int, str]]:
    from diff_match_patch import diff_match_patch

    tokens: dict[str, str] = {}
    order: list[str] = []

    def encode(text: str) -> str:
        out = []
        for tok in _TOKEN.findall(text):
            ch = tokens.get(tok)
            if ch is None:
                ch = chr(0xE000 + len(order)) if len(order) < 6400 else chr(0x10000 + len(order))
                tokens[tok] = ch
                order.append(tok)
            out.append(ch)
        return "".join(out)

    a, b = encode(old), encode(new)
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0
    diffs = dmp.diff_main(a, b, False)
    dmp.diff_cleanupSemantic(diffs)
    decode = {ch: tok for tok, ch in tokens.items()}
    return [(op, "".join(decode[c] for c in text)) for op, text in diffs if text]


def word_diff(old: str, new: str) -> list[tuple[int, str]]:
    """Word-level diff ops (-1 delete, 0 equal, 1 insert) over whole words.

    Uses the core's differ (drafter.core.worddiff, which groups phrases) when it gives both
    texts back exactly, our own token-level diff-match-patch otherwise.
    """
    try:
        from drafter.core.worddiff import word_diff as core_word_diff
    except ImportError:
        return _local_word_diff(old, new)
    ops = core_word_diff(old, new)
    # The core's equal segments carry the new text; a redline needs both sides exactly.
    if "".join(t for op, t in ops if op <= 0) != old:
        return _local_word_diff(old, new)
    return ops


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)
