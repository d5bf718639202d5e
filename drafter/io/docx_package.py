"""The .docx package: document properties, content types, relationships, the deterministic zip."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from lxml import etree

from drafter.errors import ExportError
from drafter.io.docx_elements import w_date
from drafter.io.docx_ns import (
    CP_NS,
    CT_APP,
    CT_CORE,
    CT_CUSTOM,
    CT_FONTS,
    CT_HEADER,
    CT_MAIN,
    CT_NS,
    CT_SETTINGS,
    CT_STYLES,
    CUSTOM_FMTID,
    CUSTOM_NS,
    DC_NS,
    DCTERMS_NS,
    EP_NS,
    PKG_REL_NS,
    REL_APP,
    REL_CORE,
    REL_CUSTOM,
    REL_DOC,
    REL_FONTS,
    REL_HEADER,
    REL_SETTINGS,
    REL_STYLES,
    VT_NS,
    XSI_NS,
)
from drafter.io.docx_page import PageSetup
from drafter.io.docx_styles import fonts_xml, header_xml, settings_xml, styles_xml
from drafter.io.files import write_bytes_atomic
from drafter.messages import N_

_CANNOT_WRITE = N_("Cannot write {path}: {reason}.")
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed entry time: the same input gives the same bytes


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
        error=lambda exc: ExportError(
            _CANNOT_WRITE, path=str(path), reason=exc.strerror or str(exc)
        ),
    )


def write_docx(
    path: Path,
    document: etree._Element,
    setup: PageSetup,
    props: DocProps,
    *,
    track_revisions: bool = False,
) -> Path:
    """Write ``document`` with its style parts and properties to ``path`` as a .docx."""
    write_zip(Path(path), package_parts(document, setup, props, track_revisions=track_revisions))
    return Path(path)


def now_utc() -> datetime:
    """The export time when the caller gives none: now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)
