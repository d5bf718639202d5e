"""Official publication sources as a bill's lead-in lists them, and back to one source a line.

A lead-in names the publication once and, after it, only what changes from one source to the
next: «(Собрание законодательства Российской Федерации, 2009, № 1, ст. 17; № 48, ст. 5717;
2011, № 1, ст. 24, 54)». Sources are kept one a line in full («…, 2011, № 1, ст. 54»); a line
that names no publication, year or issue takes them from the line before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CITATION = re.compile(
    r"^(?:(?P<pub>.*?\D),\s*)?(?:(?P<year>\d{4}),\s*)?(?:№\s*(?P<no>[^,]+?),\s*)?"
    r"ст\.\s*(?P<art>\S.*)$"
)


@dataclass(frozen=True)
class Source:
    publication: str
    year: str
    issue: str
    article: str

    def line(self) -> str:
        return f"{self.publication}, {self.year}, № {self.issue}, ст. {self.article}"


def _read(text: str, before: Source | None) -> Source | None:
    """``text`` as a source, missing parts from ``before``; None when it is not a citation."""
    match = _CITATION.match(text.strip())
    if match is None:
        return None
    pub, year, no = match.group("pub"), match.group("year"), match.group("no")
    if before is None and not (pub and year and no):
        return None
    if pub:
        return Source(pub.strip(), year or "", (no or "").strip(), match.group("art").strip())
    assert before is not None
    if year:
        return Source(before.publication, year, (no or "").strip(), match.group("art").strip())
    return Source(before.publication, before.year, no or before.issue, match.group("art").strip())


def sources_of(text: str) -> list[str]:
    """A lead-in's list («…, 1994, № 35, ст. 3648; 2004, № 35, ст. 3607, 3608») as full
    sources, one per article; parts that are not citations are kept as they are."""
    out: list[str] = []
    before: Source | None = None
    for part in (p.strip() for p in text.strip().strip("()").split(";")):
        if not part:
            continue
        head, *more = [x.strip() for x in re.split(r",\s*(?=\d+(?:,\s*\d+)*$)", part)]
        source = _read(head, before)
        if source is None:
            out.append(part)
            before = None
            continue
        out.append(source.line())
        for article in more:
            out.append(Source(source.publication, source.year, source.issue, article).line())
        before = source
    return out


def cite(sources: list[str]) -> str:
    """The sources as a lead-in lists them, each part named once (the inverse of
    :func:`sources_of` on full sources)."""
    pieces: list[str] = []
    before: Source | None = None
    for text in (s.strip() for s in sources):
        if not text:
            continue
        source = _read(text, before)
        if source is None or not source.year or not source.issue:
            pieces.append(text)
            before = None
            continue
        if before is None or source.publication != before.publication:
            pieces.append(source.line())
        elif source.year != before.year:
            pieces.append(f"{source.year}, № {source.issue}, ст. {source.article}")
        elif source.issue != before.issue:
            pieces.append(f"№ {source.issue}, ст. {source.article}")
        else:
            pieces[-1] += f", {source.article}"
        before = source
    return "; ".join(pieces)
