"""The style parts of a .docx: styles, settings, font table and the page-number header."""

from __future__ import annotations

from functools import partial

from lxml import etree

from drafter.io.docx_elements import el, paragraph, run, sub
from drafter.io.docx_ns import R_NS, W_NS, XML_NS, w
from drafter.io.docx_page import PageSetup


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
    # Display paragraphs (title, headings) start the body text after them.
    display = partial(_style, "paragraph", based_on="Normal", next_id="BodyText", qformat=True)
    text = partial(_style, "paragraph", ui_priority=99)
    root.extend(
        [
            _style("paragraph", "Normal", "Normal", qformat=True, default=True),
            display(
                "Title",
                "Title",
                ui_priority=10,
                ppr=_ppr(keep_next=True, after=240, jc="center"),
                rpr=_rpr(bold=True),
            ),
            display(
                "Subtitle",
                "Subtitle",
                ui_priority=11,
                ppr=_ppr(keep_next=True, after=120, jc="center"),
            ),
            display(
                "Heading1",
                "heading 1",
                ui_priority=9,
                ppr=_ppr(keep_next=True, before=240, after=120, jc="center", outline=0),
                rpr=_rpr(bold=True),
            ),
            display(
                "Heading2",
                "heading 2",
                ui_priority=9,
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
            text(
                "BodyText",
                "Body Text",
                based_on="Normal",
                qformat=True,
                ppr=_ppr(first_line=setup.first_line, jc=body_jc, after=0),
            ),
            text(
                "TableText",
                "Table Text",
                based_on="Normal",
                ppr=_ppr(jc="left", after=60),
                rpr=_rpr(size=max(hp - 4, 20)),
            ),
            text(
                "TableHeading",
                "Table Heading",
                based_on="TableText",
                ppr=_ppr(keep_next=True, jc="center", after=60),
                rpr=_rpr(bold=True),
            ),
            text("Header", "header", based_on="Normal", ppr=_ppr(jc="center")),
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
