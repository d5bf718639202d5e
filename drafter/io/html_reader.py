"""Saved web pages (.html, .htm) of an act: its paragraphs in reading order, without the furniture.

Pages saved from pravo.gov.ru or a legal database are read offline with lxml.html: no network,
no entities, no huge trees; scripts, styles, forms and navigation are skipped, a ``<br>`` ends a
paragraph, each table cell is a paragraph of its own, and a superscript number after a number
reads as a dotted one (pravo.gov.ru prints «Статья 6<sup>1</sup>» or a ``W9`` span: «Статья 6.1»).
The encoding comes from a byte order mark or the page's ``<meta charset>``; without one (or
when the bytes are not in it), they are read like a text file (UTF-8, else Windows-1251, refused
when neither fits).
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree, html

from drafter.errors import ImportFailed
from drafter.io.safety import EMPTY, read_file_bytes
from drafter.io.textfile import decode_text, flatten_superscript_numbers
from drafter.messages import N_

# Elements whose content is never the act's text.
_SKIPPED = frozenset(
    {
        "head", "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
        "form", "button", "select", "option", "textarea", "input", "iframe", "object", "embed",
        "svg", "math", "canvas", "audio", "video", "map", "menu", "dialog",
    }
)  # fmt: skip
# Elements that start and end a paragraph of their own.
_BLOCKS = frozenset(
    {
        "html", "body", "p", "div", "section", "article", "main", "center", "blockquote", "pre",
        "address", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "figure",
        "figcaption", "fieldset", "legend",
    }
)  # fmt: skip
_NAVIGATION_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
# pravo.gov.ru's viewer marks superscripts with this class rather than <sup>.
_SUPERSCRIPT_CLASSES = frozenset({"W9"})
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_SUPER_STYLE = re.compile(r"vertical-align\s*:\s*super", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # HTML white space (not the no-break space)
# What a superscript after a number holds when it is part of the number: 6¹, 15³⁻², and the
# portal's own typing slips («205<span class="W9">l</span>» for 205¹).
_SUPERSCRIPT_NUMBER = re.compile(r"\s*([0-9A-Za-z]{1,3}(?:-[0-9]{1,3})*)(\s*)")
_HEAD = 4096  # bytes searched for the <meta> that names the encoding
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.IGNORECASE
)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def read_html_paragraphs(path: Path) -> list[str]:
    """The paragraphs of a saved web page, in reading order, without the page's furniture."""
    data = read_file_bytes(path)
    if not data.strip():
        raise ImportFailed(EMPTY, name=path.name)
    text = _decode(data, path.name)
    return html_paragraphs(text, path.name)


def html_paragraphs(text: str, name: str) -> list[str]:
    """The paragraphs of an HTML document given as text (``name`` names it in errors)."""
    parser = html.HTMLParser(
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        default_doctype=False,
    )
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        raise ImportFailed(EMPTY, name=name)
    try:
        root = html.document_fromstring(text, parser=parser)
    except (etree.LxmlError, ValueError) as exc:
        raise ImportFailed(
            N_("{name} is damaged: the page cannot be read ({reason})."), name=name, reason=str(exc)
        ) from None
    reader = _PageReader()
    reader.element(root)
    reader.flush()
    return [flatten_superscript_numbers(line) for line in reader.lines]


def _decode(data: bytes, name: str) -> str:
    encoding = _declared_encoding(data, name)
    if encoding is None:
        return decode_text(data, name)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        # The page says one encoding and is in another (a page re-saved by hand): read the
        # bytes as a text file is read, which refuses them unless they are plainly text.
        return decode_text(data, name)


def _declared_encoding(data: bytes, name: str) -> str | None:
    """The encoding a byte order mark or the page's <meta> names; None when neither does."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    declared = _META_CHARSET.search(data[:_HEAD])
    if declared is None:
        return None
    label = declared.group(1).decode("ascii").lower()
    try:
        return codecs.lookup(label).name
    except LookupError:
        raise ImportFailed(
            N_("{name} declares the encoding {encoding}, which Drafter does not know."),
            name=name,
            encoding=label,
        ) from None


class _PageReader:
    """Collects the text of a page's elements into paragraphs, block by block."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.current: list[str] = []

    def flush(self) -> None:
        # No-break spaces are the page's layout (after a number, runs aligning a date to the
        # right), as in the text the portal exports: ordinary spaces, their runs kept.
        line = _SPACES.sub(" ", "".join(self.current)).replace("\xa0", " ").strip(" ")
        if line.strip():
            self.lines.append(line)
        self.current = []

    def add(self, text: str | None) -> None:
        if text:
            self.current.append(text)

    def element(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # a comment or processing instruction left in
            return
        tag = tag.lower()
        if _skipped(element, tag):
            return
        if tag == "br":
            self.flush()
            return
        if _superscript(element, tag) and self._after_digit():
            number = _SUPERSCRIPT_NUMBER.fullmatch(element.text_content())
            if number is not None:
                self.current.append("." + number.group(1) + number.group(2))
                return
        block = tag in _BLOCKS
        if block:
            self.flush()
        self.add(element.text)
        for child in element:
            self.element(child)
            self.add(child.tail)
        if block:
            self.flush()

    def _after_digit(self) -> bool:
        for text in reversed(self.current):
            if text:
                return text[-1].isdigit()
        return False


def _skipped(element: etree._Element, tag: str) -> bool:
    if tag in _SKIPPED:
        return True
    attrib = element.attrib
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return True
    if attrib.get("role", "").lower() in _NAVIGATION_ROLES:
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN.search(style))


def _superscript(element: etree._Element, tag: str) -> bool:
    if tag == "sup":
        return True
    classes = element.attrib.get("class", "").split()
    if any(name in _SUPERSCRIPT_CLASSES for name in classes):
        return True
    style = element.attrib.get("style")
    return bool(style and _SUPER_STYLE.search(style))
