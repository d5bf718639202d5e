"""A reviewer writing Word's own review markup with lxml: tracked edits, comments with replies and
the resolved flag (commentsExtended, commentsIds, people.xml), as Word 2019–365 writes them."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
W15 = "http://schemas.microsoft.com/office/word/2012/wordml"
W16CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml"
PARTS = {
    "comments": (f"{_CT_BASE}.comments+xml", f"{OFFICE_REL}/comments"),
    "commentsExtended": (
        f"{_CT_BASE}.commentsExtended+xml",
        "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    ),
    "commentsIds": (
        f"{_CT_BASE}.commentsIds+xml",
        "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    ),
    "people": (
        f"{_CT_BASE}.people+xml",
        "http://schemas.microsoft.com/office/2011/relationships/people",
    ),
}


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


class WordReviewer:
    """Edits a .docx we exported as a Word reviewer would; ``save()`` gives the new bytes.

    Paragraphs are numbered as the body's own (``cells``: every paragraph in document order,
    those of table cells too, as the lines of a comparison table are)."""

    def __init__(self, data: bytes, *, cells: bool = False) -> None:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            self.parts = {name: zf.read(name) for name in zf.namelist()}
        self.root = etree.fromstring(self.parts["word/document.xml"])
        body = self.root.find(w("body"))
        assert body is not None
        self.body = body
        self.paras = list(body.iter(w("p")) if cells else body.iterchildren(w("p")))
        self.comments: list[dict] = []
        self._id = 90000

    def _next(self) -> str:
        self._id += 1
        return str(self._id)

    def _who(self, el: etree._Element, author: str, date: str | None) -> etree._Element:
        el.set(w("id"), self._next())
        el.set(w("author"), author)
        if date:
            el.set(w("date"), date)
        return el

    # -- finding words ---------------------------------------------------------------------------
    def _split(self, para: int, words: str) -> etree._Element:
        """The plain run holding exactly ``words`` in paragraph ``para`` (split out of its run)."""
        p = self.paras[para]
        for r in p.iterchildren(w("r")):
            t = r.find(w("t"))
            if t is None or t.text is None or words not in t.text:
                continue
            text = t.text
            k = text.index(words)
            pieces = [text[:k], words, text[k + len(words) :]]
            runs = []
            for piece in pieces:
                new = etree.Element(w("r"))
                nt = etree.SubElement(new, w("t"))
                nt.text = piece
                nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                runs.append(new)
            index = p.index(r)
            p.remove(r)
            for n, new in enumerate(x for x, piece in zip(runs, pieces, strict=True) if piece):
                p.insert(index + n, new)
            return runs[1]
        raise AssertionError(f"{words!r} is not in a plain run of paragraph {para}")

    def _wrap(self, run: etree._Element, tag: str, author: str, date: str | None) -> None:
        parent = run.getparent()
        wrapper = self._who(etree.Element(w(tag)), author, date)
        parent.replace(run, wrapper)
        wrapper.append(run)
        if tag == "del":
            for t in run.iter(w("t")):
                t.tag = w("delText")

    def _ins_run(self, text: str, author: str, date: str | None) -> etree._Element:
        ins = self._who(etree.Element(w("ins")), author, date)
        r = etree.SubElement(ins, w("r"))
        t = etree.SubElement(r, w("t"))
        t.text = text
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        return ins

    # -- tracked edits ----------------------------------------------------------------------------
    def replace(self, para: int, old: str, new: str, author: str, date: str | None) -> None:
        run = self._split(para, old)
        self._wrap(run, "del", author, date)
        wrapper = run.getparent()
        wrapper.addnext(self._ins_run(new, author, date))

    def insert(self, para: int, after: str, text: str, author: str, date: str | None) -> None:
        run = self._split(para, after)
        run.addnext(self._ins_run(text, author, date))

    def delete(self, para: int, words: str, author: str, date: str | None) -> None:
        self._wrap(self._split(para, words), "del", author, date)

    def untracked(self, para: int, old: str, new: str) -> None:
        run = self._split(para, old)
        run.find(w("t")).text = new

    def new_paragraph(self, para: int, text: str, author: str, date: str | None) -> None:
        """A paragraph typed after ``para``: Word marks the new paragraph's mark inserted."""
        p = etree.Element(w("p"))
        ppr = etree.SubElement(p, w("pPr"))
        style = self.paras[para].find(f"{w('pPr')}/{w('pStyle')}")
        if style is not None:
            ppr.append(etree.fromstring(etree.tostring(style)))
        rpr = etree.SubElement(ppr, w("rPr"))
        rpr.append(self._who(etree.Element(w("ins")), author, date))
        p.append(self._ins_run(text, author, date))
        self.paras[para].addnext(p)

    def reject_ours(self, para: int) -> None:
        """Reject the first of our tracked changes in the paragraph, as Word's Reject does."""
        p = self.paras[para]
        change = next(p.iter(w("ins"), w("del")))
        parent = change.getparent()
        if change.tag == w("ins"):
            parent.remove(change)
            return
        index = parent.index(change)
        for n, run in enumerate(list(change)):
            for t in run.iter(w("delText")):
                t.tag = w("t")
            parent.insert(index + n, run)
        parent.remove(change)

    def accept_all(self) -> None:
        """Accept every tracked change (Word: Accept All Changes), paragraph marks included."""
        for el in list(self.root.iter(w("del"), w("ins"))):
            parent = el.getparent()
            if parent.tag == w("rPr"):  # a paragraph mark's own revision
                p = parent.getparent().getparent()
                parent.remove(el)
                if el.tag == w("del"):  # the paragraph joins the next one
                    following = p.getnext()
                    if following is not None and following.tag == w("p"):
                        for child in list(following):
                            if child.tag != w("pPr"):
                                p.append(child)
                        following.getparent().remove(following)
                continue
            if el.tag == w("del"):
                parent.remove(el)
            else:
                index = parent.index(el)
                for n, child in enumerate(list(el)):
                    parent.insert(index + n, child)
                parent.remove(el)
        for p in list(self.body.iterchildren(w("p"))):
            if not "".join(p.itertext()).strip():
                self.body.remove(p)
        self.paras = list(self.body.iterchildren(w("p")))

    # -- comments --------------------------------------------------------------------------------
    def comment(
        self,
        para: int,
        words: str,
        text: str,
        author: str,
        date: str | None,
        *,
        parent: int | None = None,
        done: bool = False,
    ) -> int:
        """A comment on ``words`` (a reply when ``parent`` is the index of the comment answered)."""
        cid = str(len(self.comments))
        if parent is None:
            run = self._split(para, words)
            start = etree.Element(w("commentRangeStart"))
            start.set(w("id"), cid)
            run.addprevious(start)
            anchor = run
        else:
            host = self.comments[parent]
            start = etree.Element(w("commentRangeStart"))
            start.set(w("id"), cid)
            host["start"].addnext(start)
            anchor = host["ref"]
        end = etree.Element(w("commentRangeEnd"))
        end.set(w("id"), cid)
        ref = etree.Element(w("r"))
        etree.SubElement(ref, w("commentReference")).set(w("id"), cid)
        anchor.addnext(end)
        end.addnext(ref)
        para_id = f"{0x10000000 + len(self.comments) * 0x111:08X}"
        self.comments.append(
            {
                "id": cid,
                "text": text,
                "author": author,
                "date": date,
                "para_id": para_id,
                "parent": self.comments[parent]["para_id"] if parent is not None else None,
                "done": done,
                "start": start,
                "ref": ref,
            }
        )
        return len(self.comments) - 1

    # -- what else a returned file may have lost or hidden ---------------------------------------
    def strip_bookmarks(self) -> None:
        for el in list(self.root.iter(w("bookmarkStart"), w("bookmarkEnd"))):
            el.getparent().remove(el)

    def strip_properties(self) -> None:
        self.parts.pop("docProps/custom.xml", None)
        rels = etree.fromstring(self.parts["_rels/.rels"])
        for rel in list(rels):
            if rel.get("Target", "").endswith("custom.xml"):
                rels.remove(rel)
        self.parts["_rels/.rels"] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8")

    def anonymize(self) -> None:
        """Word's "remove personal information": every author "Author", no dates."""
        for el in self.root.iter(w("ins"), w("del"), w("moveFrom"), w("moveTo")):
            if el.get(w("author")) is not None:
                el.set(w("author"), "Author")
                el.attrib.pop(w("date"), None)
        for c in self.comments:
            c["author"] = "Author"
            c["date"] = None

    # -- writing -------------------------------------------------------------------------------
    def _comment_parts(self) -> dict[str, bytes]:
        nsmap = {"w": W, "w14": W14}
        comments = etree.Element(w("comments"), nsmap=nsmap)
        ext = etree.Element(f"{{{W15}}}commentsEx", nsmap={"w15": W15})
        ids = etree.Element(f"{{{W16CID}}}commentsIds", nsmap={"w16cid": W16CID})
        people = etree.Element(f"{{{W15}}}people", nsmap={"w15": W15})
        for n, c in enumerate(self.comments):
            el = etree.SubElement(comments, w("comment"))
            el.set(w("id"), c["id"])
            el.set(w("author"), c["author"])
            if c["date"]:
                el.set(w("date"), c["date"])
            el.set(w("initials"), "".join(x[0] for x in c["author"].split()))
            p = etree.SubElement(el, w("p"))
            p.set(f"{{{W14}}}paraId", c["para_id"])
            r = etree.SubElement(p, w("r"))
            etree.SubElement(r, w("annotationRef"))
            r2 = etree.SubElement(p, w("r"))
            etree.SubElement(r2, w("t")).text = c["text"]
            ex = etree.SubElement(ext, f"{{{W15}}}commentEx")
            ex.set(f"{{{W15}}}paraId", c["para_id"])
            if c["parent"]:
                ex.set(f"{{{W15}}}paraIdParent", c["parent"])
            ex.set(f"{{{W15}}}done", "1" if c["done"] else "0")
            cid = etree.SubElement(ids, f"{{{W16CID}}}commentId")
            cid.set(f"{{{W16CID}}}paraId", c["para_id"])
            cid.set(f"{{{W16CID}}}durableId", f"{0x2A000000 + n:08X}")
        for author in dict.fromkeys(c["author"] for c in self.comments):
            person = etree.SubElement(people, f"{{{W15}}}person")
            person.set(f"{{{W15}}}author", author)
            etree.SubElement(person, f"{{{W15}}}presenceInfo").set(f"{{{W15}}}providerId", "None")

        def xml(el: etree._Element) -> bytes:
            return etree.tostring(el, xml_declaration=True, encoding="UTF-8", standalone=True)

        return {
            "comments": xml(comments),
            "commentsExtended": xml(ext),
            "commentsIds": xml(ids),
            "people": xml(people),
        }

    def save(self) -> bytes:
        parts = dict(self.parts)
        parts["word/document.xml"] = etree.tostring(
            self.root, xml_declaration=True, encoding="UTF-8", standalone=True
        )
        if self.comments:
            types = etree.fromstring(parts["[Content_Types].xml"])
            rels = etree.fromstring(parts["word/_rels/document.xml.rels"])
            for name, data in self._comment_parts().items():
                ctype, rtype = PARTS[name]
                parts[f"word/{name}.xml"] = data
                override = etree.SubElement(types, f"{{{CT}}}Override")
                override.set("PartName", f"/word/{name}.xml")
                override.set("ContentType", ctype)
                rel = etree.SubElement(rels, f"{{{RELS}}}Relationship")
                rel.set("Id", f"rId{name}")
                rel.set("Type", rtype)
                rel.set("Target", f"{name}.xml")
            parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True)
            parts["word/_rels/document.xml.rels"] = etree.tostring(rels, xml_declaration=True)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, data in parts.items():
                zf.writestr(name, data)
        return buffer.getvalue()
