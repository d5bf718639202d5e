"""Page and type conventions of each drafting style: paper, margins, font, quotes; the w:sectPr."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from drafter.errors import ExportError
from drafter.io.docx_elements import el, sub
from drafter.io.docx_ns import R_NS
from drafter.messages import N_

_UNKNOWN_STYLE = N_("Unknown drafting style {style}: expected one of {styles}.")


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
    """The page setup of a drafting style ("ru", "uk", "us"); ExportError for any other."""
    setup = PAGE_SETUPS.get(style)
    if setup is None:
        raise ExportError(_UNKNOWN_STYLE, style=repr(style), styles=", ".join(PAGE_SETUPS))
    return setup


def section(
    setup: PageSetup, *, landscape: bool = False, header_rid: str = "rIdHeader1"
) -> etree._Element:
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
