"""LibreOffice oracle, run by Debian's /usr/bin/python3 (which has uno) against a running soffice.

Usage: lo_uno_check.py PIPE MODE ARGS...   (prints one JSON document on stdout)
  inspect FILE...          per file: load, redlines, record_changes, accept-all and reject-all
                           texts and what is left after each
  resave IN OUT            load IN and save it as .docx (Word 2007-365) to OUT
  pdf IN OUT               load IN and export it as PDF to OUT
  compare OLD NEW OUT      Edit > Track Changes > Compare Document: open NEW, compare with OLD,
                           save the result as .docx to OUT; prints the seconds it took
  quit                     terminate the office
"""

from __future__ import annotations

import json
import os
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe, timeout=60.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.monotonic() + timeout
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.25)


class Office:
    def __init__(self, pipe):
        self.ctx = connect(pipe)
        smgr = self.ctx.ServiceManager
        self.desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", self.ctx)
        self.dispatcher = smgr.createInstanceWithContext(
            "com.sun.star.frame.DispatchHelper", self.ctx
        )

    def load(self, path):
        url = uno.systemPathToFileUrl(path)
        doc = self.desktop.loadComponentFromURL(url, "_blank", 0, (prop("Hidden", True),))
        if doc is None:
            raise RuntimeError(f"LibreOffice could not load {path}")
        return doc

    def dispatch(self, doc, command, *args):
        frame = doc.getCurrentController().getFrame()
        self.dispatcher.executeDispatch(frame, command, "", 0, tuple(args))


def paragraphs(text, styles=None):
    """Paragraph strings of a text, table cells in row order, recursively.

    With a list ``styles``, each paragraph's style name is appended to it in the same order.
    """
    out = []
    enum = text.createEnumeration()
    while enum.hasMoreElements():
        part = enum.nextElement()
        if part.supportsService("com.sun.star.text.TextTable"):
            for name in part.getCellNames():
                out.extend(paragraphs(part.getCellByName(name).getText(), styles))
        else:
            out.append(part.getString())
            if styles is not None:
                styles.append(part.getPropertyValue("ParaStyleName"))
    return out


def redlines(doc):
    access = doc.getRedlines()
    found = []
    for i in range(access.getCount()):
        r = access.getByIndex(i)
        found.append(
            {
                "type": r.getPropertyValue("RedlineType"),
                "author": r.getPropertyValue("RedlineAuthor"),
            }
        )
    return found


def inspect(office, path):
    result = {"file": path}
    doc = office.load(path)
    try:
        result["record_changes"] = bool(doc.getPropertyValue("RecordChanges"))
        result["redlines"] = redlines(doc)
        result["text_raw"] = paragraphs(doc.getText())
        office.dispatch(doc, ".uno:AcceptAllTrackedChanges")
        result["accepted_styles"] = []
        result["accepted"] = paragraphs(doc.getText(), result["accepted_styles"])
        result["remaining_after_accept"] = doc.getRedlines().getCount()
    finally:
        doc.close(True)
    doc = office.load(path)
    try:
        office.dispatch(doc, ".uno:RejectAllTrackedChanges")
        result["rejected_styles"] = []
        result["rejected"] = paragraphs(doc.getText(), result["rejected_styles"])
        result["remaining_after_reject"] = doc.getRedlines().getCount()
    finally:
        doc.close(True)
    return result


def main(argv):
    pipe, mode, args = argv[1], argv[2], argv[3:]
    office = Office(pipe)
    if mode == "inspect":
        out = [inspect(office, path) for path in args]
    elif mode in ("resave", "pdf"):
        src, dst = args
        doc = office.load(src)
        try:
            flt = "MS Word 2007 XML" if mode == "resave" else "writer_pdf_Export"
            doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", flt),))
        finally:
            doc.close(True)
        out = {"written": dst}
    elif mode == "compare":
        old, new, dst = args
        start = time.perf_counter()
        doc = office.load(new)
        try:
            office.dispatch(
                doc,
                ".uno:CompareDocuments",
                prop("URL", uno.systemPathToFileUrl(old)),
                prop("NoAcceptDialog", True),
            )
            count = doc.getRedlines().getCount()
            doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "MS Word 2007 XML"),))
        finally:
            doc.close(True)
        out = {"seconds": time.perf_counter() - start, "redlines": count}
    elif mode == "quit":
        try:
            office.desktop.terminate()
        except Exception:  # the bridge drops while the office exits
            pass
        out = {"quit": True}
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    # Skip the interpreter's teardown: disposing the UNO bridge there has crashed this process
    # (SIGSEGV) after its answer was complete, at times when the machine is loaded.
    os._exit(code)
