"""LibreOffice as a real reviewer, run by Debian's /usr/bin/python3 (which has uno).

Usage: lo_reviewer.py PIPE MODE ARGS...   (prints one JSON document on stdout)
  review IN OUT SPEC.json   open IN on a view-less model, apply the reviewer's operations of
                            SPEC, save as .docx to OUT
  resave IN OUT             open IN on a view-less model and save it as .docx to OUT

The headless Debian build aborts when a comment is shown in a view, so documents are loaded
as a bare TextDocument model (``XLoadable.load``) and never get a frame.

SPEC: {"author": "Имя Фамилия", "ops": [...]}; each op names a paragraph by its index in the
file (tables have none here) and is applied from the last paragraph to the first, so the
indices stay right:
  {"op": "replace", "para": N, "old": WORDS, "new": WORDS}       tracked replacement
  {"op": "insert", "para": N, "after": WORDS, "text": WORDS}      tracked insertion
  {"op": "delete", "para": N, "words": WORDS}                      tracked deletion
  {"op": "comment", "para": N, "words": WORDS, "text": TEXT}     comment on the words
  {"op": "point_comment", "para": N, "text": TEXT}               comment at the paragraph end
  {"op": "new_paragraph", "para": N, "text": TEXT}               tracked paragraph after N
  {"op": "delete_paragraph", "para": N}                            tracked deletion of N
  {"op": "untracked", "para": N, "old": WORDS, "new": WORDS}      replacement, tracking off
  {"op": "unmake", "para": N, "words": WORDS}                      delete WORDS with tracking
                                                                   off (undoing an insertion
                                                                   of ours, as a rejection does)
"""

from __future__ import annotations

import json
import os
import sys

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]
from lo_uno_check import connect

PARAGRAPH_BREAK = 0


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


class Reviewer:
    def __init__(self, pipe):
        self.ctx = connect(pipe)
        self.smgr = self.ctx.ServiceManager

    def set_author(self, author):
        given, _, family = author.partition(" ")
        provider = self.smgr.createInstanceWithContext(
            "com.sun.star.configuration.ConfigurationProvider", self.ctx
        )
        access = provider.createInstanceWithArguments(
            "com.sun.star.configuration.ConfigurationUpdateAccess",
            (prop("nodepath", "/org.openoffice.UserProfile/Data"),),
        )
        access.setPropertyValue("givenname", given)
        access.setPropertyValue("sn", family)
        access.commitChanges()

    def load(self, path):
        doc = self.smgr.createInstanceWithContext("com.sun.star.text.TextDocument", self.ctx)
        doc.load(
            (prop("URL", uno.systemPathToFileUrl(path)), prop("FilterName", "MS Word 2007 XML"))
        )
        return doc

    def save(self, doc, path):
        doc.storeToURL(uno.systemPathToFileUrl(path), (prop("FilterName", "MS Word 2007 XML"),))


def paragraphs(doc):
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        out.append(enum.nextElement())
    return out


def span(doc, para, words, after=False):
    """A cursor over ``words`` in the paragraph (or collapsed just after them)."""
    text = doc.getText()
    string = para.getString()
    at = string.find(words)
    if at < 0:
        raise SystemExit(f"not found in paragraph: {words!r} in {string[:80]!r}")
    cursor = text.createTextCursorByRange(para.getStart())
    cursor.goRight(at + (len(words) if after else 0), False)
    if not after:
        cursor.goRight(len(words), True)
    return cursor


def apply(doc, op, paras):
    text = doc.getText()
    para = paras[op["para"]]
    kind = op["op"]
    tracked = doc.getPropertyValue("RecordChanges")
    if kind in ("untracked", "unmake"):
        doc.setPropertyValue("RecordChanges", False)
    try:
        if kind in ("replace", "untracked"):
            span(doc, para, op["old"]).setString(op["new"])
        elif kind == "insert":
            cursor = span(doc, para, op["after"], after=True)
            text.insertString(cursor, op["text"], False)
        elif kind in ("delete", "unmake"):
            span(doc, para, op["words"]).setString("")
        elif kind in ("comment", "point_comment"):
            note = doc.createInstance("com.sun.star.text.textfield.Annotation")
            note.setPropertyValue("Author", op.get("author") or doc.reviewer_author)
            note.setPropertyValue("Content", op["text"])
            if kind == "comment":
                text.insertTextContent(span(doc, para, op["words"]), note, True)
            else:
                cursor = text.createTextCursorByRange(para.getEnd())
                text.insertTextContent(cursor, note, False)
        elif kind == "new_paragraph":
            cursor = text.createTextCursorByRange(para.getEnd())
            text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
            text.insertString(cursor, op["text"], False)
        elif kind == "delete_paragraph":
            cursor = text.createTextCursorByRange(para.getStart())
            cursor.gotoEndOfParagraph(True)
            cursor.goRight(1, True)  # the paragraph mark
            cursor.setString("")
        else:
            raise SystemExit(f"unknown op {kind}")
    finally:
        doc.setPropertyValue("RecordChanges", tracked)


class _Doc:
    """The model with the reviewer's name at hand (annotations carry their own author)."""

    def __init__(self, doc, author):
        self._doc = doc
        self.reviewer_author = author

    def __getattr__(self, name):
        return getattr(self._doc, name)


def main(argv):
    pipe, mode, args = argv[1], argv[2], argv[3:]
    reviewer = Reviewer(pipe)
    if mode == "review":
        src, dst, spec_path = args
        with open(spec_path, encoding="utf-8") as stream:
            spec = json.load(stream)
        reviewer.set_author(spec["author"])
        model = reviewer.load(src)
        try:
            model.setPropertyValue("RecordChanges", True)
            doc = _Doc(model, spec["author"])
            paras = paragraphs(model)
            ops = sorted(spec["ops"], key=lambda op: op["para"], reverse=True)
            for op in ops:
                apply(doc, op, paras)
            reviewer.save(model, dst)
        finally:
            model.close(True)
        out = {"written": dst, "ops": len(ops)}
    elif mode == "resave":
        src, dst = args
        model = reviewer.load(src)
        try:
            reviewer.save(model, dst)
        finally:
            model.close(True)
        out = {"written": dst}
    else:
        raise SystemExit(f"unknown mode {mode}")
    json.dump(out, sys.stdout, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    code = main(sys.argv)
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip the interpreter's teardown: disposing the UNO bridge there has crashed this process
    # (SIGSEGV) after its answer was complete, at times when the machine is loaded.
    os._exit(code)
