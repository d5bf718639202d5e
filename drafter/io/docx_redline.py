"""The consolidated text of an act as a .docx with real tracked changes (w:ins / w:del)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from itertools import pairwise
from pathlib import Path

from lxml import etree

from drafter.core import model as m
from drafter.core.address import assign_addresses
from drafter.core.draft import units_equal
from drafter.core.linelayout import LayoutCache, Line, act_lines, typographic
from drafter.core.normalize import normalize
from drafter.core.worddiff import exact_word_diff
from drafter.errors import ExportError
from drafter.io.docx_elements import IdAllocator, new_body, w_date
from drafter.io.docx_ns import W_NS, w
from drafter.io.docx_package import DocProps, now_utc, write_docx
from drafter.io.docx_page import PageSetup, page_setup, section
from drafter.messages import N_

SCOPES = ("changed", "whole")
_NO_CHANGES = N_("The act {act} has no changes, so there is nothing to export for it.")
STYLE_FOR_ROLE = {
    "title": "Title",
    "container": "Heading1",
    "head": "Heading2",
    "text": "BodyText",
    "closing": "BodyText",
}


def line_style(line: Line) -> str:
    """The paragraph style of a printed line.

    A container's own title printed under its number («PART 1» / «LICENSING OF COMMUNITY
    HALLS») is centred under it, as the Part line is, without a second navigation entry.
    """
    if line.kind in m.CONTAINER_KINDS and line.role not in ("container", "head"):
        return "Subtitle"
    return STYLE_FOR_ROLE.get(line.role, "BodyText")


@dataclass
class Aligned:
    """A line of the current text against the same line of the proposed one (either may be None)."""

    before: Line | None
    after: Line | None
    ops: list[tuple[int, str]]  # word diff: -1 deleted, 0 kept, 1 inserted

    @property
    def changed(self) -> bool:
        return any(op for op, _ in self.ops)

    @property
    def line(self) -> Line:
        return self.after or self.before  # type: ignore[return-value]


def _texts(lines: list[Line], setup: PageSetup) -> list[Line]:
    return [Line(x.address, x.role, typographic(x.text, setup), x.kind) for x in lines]


def align_lines(before: list[Line], after: list[Line]) -> list[Aligned]:
    """Pair the lines of two texts by unit address and role, then diff the paired lines."""
    matcher = SequenceMatcher(None, [x.key for x in before], [x.key for x in after], False)
    out: list[Aligned] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for b, a in zip(before[i1:i2], after[j1:j2], strict=True):
                if b.text == a.text or normalize(b.text) == normalize(a.text):
                    out.append(Aligned(b, a, [(0, a.text)]))
                else:
                    out.append(Aligned(b, a, whole_numbers(exact_word_diff(b.text, a.text))))
            continue
        # Deleted lines first, then inserted ones (as Word writes a replacement).
        out.extend(Aligned(b, None, [(-1, b.text)]) for b in before[i1:i2])
        out.extend(Aligned(None, a, [(1, a.text)]) for a in after[j1:j2])
    return out


def _cuts(left: str, right: str) -> bool:
    """Does the boundary between ``left`` and ``right`` fall inside a number?"""
    if not left or not right:
        return False
    a, b = left[-1], right[0]
    if b.isdigit() and (a.isdigit() or a == "$"):
        return True
    if a in ",." and b.isdigit() and left[-2:-1].isdigit():
        return True
    return a.isdigit() and b in ",." and right[1:2].isdigit()


_NUMBER_CHARS = frozenset("0123456789,.")


def whole_numbers(ops: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Struck and new words never split a number: «$500,000,000» struck and «$750,000,000»
    new, not «$» + struck «500» + new «750» + «,000,000»."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(ops):
        if ops[i][0] == 0:
            out.append(ops[i])
            i += 1
            continue
        k = i
        while k < len(ops) and ops[k][0] != 0:
            k += 1
        gone = "".join(t for op, t in ops[i:k] if op < 0)
        new = "".join(t for op, t in ops[i:k] if op > 0)
        before = out.pop()[1] if out and out[-1][0] == 0 else ""
        after = ops[k][1] if k < len(ops) else ""
        pre = post = ""
        if any(_cuts(before, t) for t in (gone, new)):
            j = len(before)
            while j > 0 and (before[j - 1] in _NUMBER_CHARS or before[j - 1] == "$"):
                j -= 1
            while j < len(before) and before[j] in ",.":
                j += 1
            before, pre = before[:j], before[j:]
        if any(_cuts(t, after) for t in (gone, new)):
            j = 0
            while j < len(after) and after[j] in _NUMBER_CHARS:
                j += 1
            while j > 0 and after[j - 1] in ",.":
                j -= 1
            post, after = after[:j], after[j:]
        if before:
            out.append((0, before))
        if pre or post:
            out.extend([(-1, pre + gone + post), (1, pre + new + post)])
        else:
            out.extend(ops[i:k])
        if k < len(ops):
            if after:
                out.append((0, after))
            i = k + 1
        else:
            i = k
    return [(op, t) for op, t in out if t]


def changed_top_units(before: m.Act, after: m.Act) -> list[str]:
    """Addresses of the top-level units that differ, in the proposed act's order then removed."""
    old = {u.address: u for u in before.top_units()}
    new = {u.address: u for u in after.top_units()}
    changed = [a for a, u in new.items() if a not in old or not units_equal(old[a], u)]
    changed += [a for a in old if a not in new]
    return changed


def _prune(units: list[m.Unit], keep: set[str]) -> list[m.Unit]:
    """Only the top-level units in ``keep``, inside the containers that hold them."""
    out: list[m.Unit] = []
    for unit in units:
        if unit.is_container:
            children = _prune(unit.children, keep)
            if children:
                shell = m.Unit(unit.kind, unit.number, unit.heading, unit.text)
                shell.address = unit.address
                shell.children = children
                out.append(shell)
        elif unit.address in keep:
            out.append(unit)
    return out


@dataclass
class Redline:
    """What the redline document holds, built before it is written."""

    document: etree._Element
    bookmarks: dict[str, str]  # _drf<n> (one per paragraph) -> unit address ("" the title)
    roles: dict[str, str]  # _drf<n> -> the paragraph's role in its unit (head, text, closing...)
    current: list[str]  # the paragraphs "reject all" gives
    proposed: list[str]  # the paragraphs "accept all" gives
    current_styles: list[str]  # the paragraph style of each of ``current``
    proposed_styles: list[str]  # and of each of ``proposed``
    revisions: int  # w:ins / w:del elements written
    setup: PageSetup
    title: str
    extra: dict[str, str] = field(default_factory=dict)


@dataclass
class _Para:
    style: str
    ops: list[tuple[int, str]]
    kind: str | None  # "ins" | "del": the paragraph added or struck whole; None: kept
    address: str
    role: str
    mark: str | None = None  # "ins" | "del" | None: the revision of the paragraph mark


def style_of(act: m.Act, style: str | None) -> str:
    """The drafting style for an act's documents: the one asked for, else the act's own."""
    if style:
        return style
    if act.profile in ("uk", "us"):
        return act.profile
    return "ru" if act.language.startswith("ru") else "uk"


def scoped_lines(
    before: m.Act, after: m.Act, setup: PageSetup, scope: str = "changed"
) -> tuple[list[Line], list[Line]]:
    """The printed lines of both texts: the whole acts, or the amended top-level units only.

    Raises ExportError when the two acts do not differ. Addresses are (re)assigned in place.
    """
    assign_addresses(before)
    assign_addresses(after)
    changed = changed_top_units(before, after)
    if not changed and normalize(before.title) == normalize(after.title):
        name = before.title or before.slug
        raise ExportError(_NO_CHANGES, act=name)
    cache: LayoutCache = {}
    if scope == "changed":
        keep = set(changed)
        b_lines = act_lines(before, _prune(before.units, keep), cache=cache)
        a_lines = act_lines(after, _prune(after.units, keep), cache=cache)
    else:
        b_lines = act_lines(before, cache=cache)
        a_lines = act_lines(after, cache=cache)
    return _texts(b_lines, setup), _texts(a_lines, setup)


def build_redline(
    before: m.Act,
    after: m.Act,
    *,
    author: str,
    date: datetime,
    scope: str = "changed",
    style: str | None = None,
) -> Redline:
    """The redline of ``after`` against ``before``, as an lxml w:document and its metadata."""
    if scope not in SCOPES:
        raise ExportError(
            N_("Unknown redline scope {scope}: expected 'changed' or 'whole'."), scope=repr(scope)
        )
    setup = page_setup(style_of(before, style))
    b_lines, a_lines = scoped_lines(before, after, setup, scope)
    aligned = align_lines(b_lines, a_lines)
    paras = [
        _Para(
            line_style(x.line),
            x.ops,
            "del" if x.after is None else "ins" if x.before is None else None,
            x.line.address,
            x.line.role,
        )
        for x in aligned
    ]
    _marks_before(paras)
    date_s = w_date(date)
    doc, body = new_body()
    ids = IdAllocator()
    bookmarks = _emit(body, paras, ids, author, date_s)
    body.append(section(setup))
    revisions = sum(1 for e in body.iter(w("ins"), w("del")))
    return Redline(
        document=doc,
        bookmarks=bookmarks,
        roles={f"_drf{n}": p.role for n, p in enumerate(paras, start=1)},
        current=[x.text for x in b_lines],
        proposed=[x.text for x in a_lines],
        current_styles=[line_style(x) for x in b_lines],
        proposed_styles=[line_style(x) for x in a_lines],
        revisions=revisions,
        setup=setup,
        title=after.title or before.title or after.slug,
        extra={"DrafterAct": before.slug, "DrafterScope": scope},
    )


def _marks_before(paras: list[_Para]) -> None:
    """Each paragraph's mark carries the revision of the paragraph after it.

    Paragraphs added (or struck) whole after a paragraph P are written as Word and LibreOffice
    write paragraphs typed (or deleted) after P: P's mark and theirs are inserted (deleted)
    except the last one's, which takes P's place. Each paragraph keeps its own style whichever
    way the changes go, and a replacement D1…Dk I1…Im needs no shared paragraph: ¶P and
    ¶D1…¶D(k-1) deleted, ¶Dk and ¶I1…¶I(m-1) inserted. The body's last mark, which can be
    neither inserted nor deleted, never carries a revision, at the end of the act too (where a
    struck paragraph and an added one used to share a paragraph and its one style, so "reject
    all" gave the struck part in the added article's heading style).
    """
    for before, after in pairwise(paras):
        before.mark = after.kind
    if paras:
        paras[-1].mark = None


_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def xml_escape(text: str) -> str:
    """Text escaped for XML content (saxutils would pull in urllib at start-up)."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _attr(value: str) -> str:
    return xml_escape(value).replace('"', "&quot;")


def _run_xml(text: str, tag: str) -> str:
    """A w:r holding ``text`` in w:t / w:delText, tabs and line breaks as w:tab / w:br."""
    if "\n" not in text and "\t" not in text:
        return f"<w:r>{_text_xml(text, tag)}</w:r>"
    parts: list[str] = ["<w:r>"]
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append("<w:br/>")
        for j, piece in enumerate(line.split("\t")):
            if j:
                parts.append("<w:tab/>")
            if piece:
                parts.append(_text_xml(piece, tag))
    parts.append("</w:r>")
    return "".join(parts)


def _text_xml(piece: str, tag: str) -> str:
    keep = piece[:1].isspace() or piece[-1:].isspace() or "  " in piece
    space = ' xml:space="preserve"' if keep else ""
    return f"<w:{tag}{space}>{xml_escape(piece)}</w:{tag}>"


def _emit(
    body: etree._Element, paras: list[_Para], ids: IdAllocator, author: str, date: str
) -> dict[str, str]:
    """Write the paragraphs into ``body``; returns the map bookmark name → unit address.

    Each paragraph carries its own hidden bookmark ``_drf<n>`` (n = its place, from 1) around
    its content: a bookmark spanning paragraphs loses its start when LibreOffice saves the file
    twice, one inside a paragraph survives (DESIGN.md "The bundle").
    """
    # The paragraphs are written as text and parsed once: several times faster than building
    # tens of thousands of lxml elements one by one, with the same markup.
    who = f' w:author="{_attr(author)}" w:date="{_attr(date)}"'
    out: list[str] = [f'<w:body xmlns:w="{W_NS}">']
    names: dict[str, str] = {}
    for n, para in enumerate(paras, start=1):
        out.append(f'<w:p><w:pPr><w:pStyle w:val="{para.style}"/>')
        if para.mark:
            out.append(f'<w:rPr><w:{para.mark} w:id="{ids()}"{who}/></w:rPr>')
        out.append("</w:pPr>")
        bm_id = ids()
        out.append(f'<w:bookmarkStart w:id="{bm_id}" w:name="_drf{n}"/>')
        names[f"_drf{n}"] = para.address
        for op, text in para.ops:
            if op == 0:
                out.append(_run_xml(text, "t"))
            else:
                tag = "del" if op < 0 else "ins"
                out.append(f'<w:{tag} w:id="{ids()}"{who}>')
                out.append(_run_xml(text, "delText" if op < 0 else "t"))
                out.append(f"</w:{tag}>")
        out.append(f'<w:bookmarkEnd w:id="{bm_id}"/></w:p>')
    out.append("</w:body>")
    parsed = etree.fromstring("".join(out).encode("utf-8"), _PARSER)
    body.extend(list(parsed))
    return names


def bookmark_props(redline: Redline) -> dict[str, str]:
    """The custom properties mapping each paragraph's bookmark to ``act|address|role``.

    The same form as the files of an approval round (DESIGN.md "The bundle"); in bookmark order.
    """
    act = redline.extra.get("DrafterAct", "")
    return {
        name: f"{act}|{address}|{redline.roles[name]}"
        for name, address in sorted(
            redline.bookmarks.items(), key=lambda kv: int(kv[0].removeprefix("_drf"))
        )
    }


def write_redline(
    before: m.Act,
    after: m.Act,
    path: str | Path,
    *,
    author: str,
    date: datetime | None = None,
    scope: str = "changed",
    style: str | None = None,
    title: str | None = None,
) -> Redline:
    """Write ``after`` against ``before`` to ``path`` as a .docx with tracked changes.

    ``scope`` "changed" keeps the amended top-level units with their chapter headings for
    context; "whole" the whole act. Change tracking is left on for reviewers. Returns what was
    written (bookmark map, the accept-all and reject-all texts).
    """
    when = date or now_utc()
    redline = build_redline(before, after, author=author, date=when, scope=scope, style=style)
    doc_title = title or redline.title
    props = DocProps(
        title=typographic(doc_title, redline.setup),
        author=author,
        date=when,
        lang=redline.setup.lang,
        custom={**redline.extra, **bookmark_props(redline)},
    )
    write_docx(Path(path), redline.document, redline.setup, props, track_revisions=True)
    return redline
