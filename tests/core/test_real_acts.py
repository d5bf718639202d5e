"""Every real act in tests/data/corpus imported whole: issue 9's acceptance rules on real text.

Each file under tests/data/corpus (README.md files aside) is imported with the app's importer
(drafter.services.acts.load_act) and checked against what the source itself shows:

1. every article heading line of the source («Статья N.» / «Статья N» alone at the start of a
   line, in the forms real acts print) is an article of the act, the same count in the same
   order, numbers equal up to flattened superscripts («Статья 671» = 67.1, «Статья 18-1» = 18.1);
2. addresses are unique in the act;
3. no editorial note is inside law text (unit headings, texts, closings, the act's title);
4. no law text is in a note (a note never starts with «Статья N», a part or point number, and a
   «Президент Российской Федерации» note is a signature only when a name follows it).

A new file dropped into the corpus is tested without editing this module. Rule 2 counts an
address the importer made unique with a «~2» mark (a number used twice) as a duplicate: the
quoted new wording of an amending law («"1. ...», «1) ...») read as the act's own points.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from pathlib import Path

import docx
import lxml.html
import pytest

from drafter.core import model as m
from drafter.errors import ImportFailed
from drafter.services.acts import load_act

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
ACT_FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() != ".md")

# «Статья 322.1. Организация …», «Статья 26.», «Статья 1» alone, «Статья 18-1. …», «Статья
# 19.7.2-1. …», indented («     Статья 1. …»), or glued to a heading in a damaged copy
# («… ОСОБЕННАЯ ЧАСТЬСтатья 5.1. …»). Not «Статья 15 Федерального закона …» (a sentence).
ARTICLE_HEADING = re.compile(
    r"(?:^\s*|(?<=[А-ЯЁ]))Статья\s+(?P<number>\d+(?:[.\-]\d+)*)(?:\.(?:\s|$)|\s*$)"
)

# Editorial matter of pravo.gov.ru, КонсультантПлюс and Гарант: never law text.
EDITORIAL = re.compile(
    "|".join(
        (
            r"\(в ред\.",
            # «(В редакции Федерального закона от …)», «(В редакции Закона Российской Федерации о
            # поправке …)»; not the law's own «(в редакции настоящего Федерального закона)».
            r"\(в редакции\s+(?:федеральн|закон|указ|постановлен)",
            r"\(дополнение\s",
            r"\((?:часть|пункт|статья|глава)\s+дополнен",
            r"\([^()]*\sвведен[аоы]?\s+(?:федеральным|законом)",
            r"\([^()]*утратил[аиоы]?\s+силу\s*-\s*федеральн",
            r"консультантплюс",
            r"документ предоставлен",
            r"список изменяющих документов",
            r"информация об изменениях",
            r"гарант:",
            r"см\. комментарии к статье",
            r"см\. текст (?:статьи|части|пункта|подпункта|абзаца) в предыдущей редакции",
        )
    ),
    re.IGNORECASE,
)

# The start of law text: an article heading, a part or point number, a subpoint letter.
LAW_TEXT_START = re.compile(r"^\s*(?:Статья\s+\d|\d+(?:[.\-]\d+)*[.)]\s|[а-я]\)\s)")
SIGNATURE_LEAD = re.compile(r"^\s*Президент\s+Российской\s+Федерации(?P<rest>.*)$", re.S)
SIGNATURE_NAME = re.compile(r"^(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][А-ЯЁа-яё-]+$")

_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td")
_BREAK = "\u2028"


@dataclass
class Findings:
    """What one act file's import does against the rules, with examples."""

    source_articles: list[tuple[str, int, str]] = field(default_factory=list)  # number, line
    parsed_articles: list[str] = field(default_factory=list)
    import_error: str = ""
    heading_mismatch: str = ""
    duplicates: list[str] = field(default_factory=list)
    editorial_in_text: list[str] = field(default_factory=list)
    law_in_notes: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        found = []
        if self.import_error:
            return [f"import failed: {self.import_error}"]
        if self.heading_mismatch:
            found.append(f"article headings: {self.heading_mismatch}")
        if self.duplicates:
            found.append(f"duplicate addresses ({len(self.duplicates)}): {self.duplicates[:5]}")
        if self.editorial_in_text:
            found.append(
                f"editorial notes inside law text ({len(self.editorial_in_text)}): "
                + " | ".join(self.editorial_in_text[:3])
            )
        if self.law_in_notes:
            found.append(
                f"law text in notes ({len(self.law_in_notes)}): "
                + " | ".join(self.law_in_notes[:3])
            )
        return found


def source_lines(path: Path) -> list[str]:
    """The paragraphs of the source as a reader sees them, read independently of the importer."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        # One line per block as a browser shows it: blanks collapsed, a <br> starts a new line.
        doc = lxml.html.document_fromstring(path.read_bytes())
        lines: list[str] = []
        for block in doc.iter(*_BLOCKS):
            if block.tag != "td" and any(a.tag in ("p", "li", "td") for a in block.iterancestors()):
                continue
            for br in block.iter("br"):
                br.tail = _BREAK + (br.tail or "")
            lines.extend(re.sub(r"[ \t\r\n]+", " ", block.text_content()).split(_BREAK))
        return lines
    if suffix == ".docx":
        return [p.text for p in docx.Document(str(path)).paragraphs]
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1251")
    return text.splitlines()


def _digits(number: str) -> str:
    """A number up to flattening: «67.1», «671» and «67-1» are all «671»."""
    return re.sub(r"\D", "", number)


def _show(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@cache
def findings(path: Path) -> Findings:
    """Import ``path`` and measure it against the four rules."""
    found = Findings()
    for number, line in enumerate(source_lines(path), start=1):
        match = ARTICLE_HEADING.search(line)
        if match:
            found.source_articles.append((match["number"], number, line))
    try:
        act = load_act(path).act
    except ImportFailed as error:
        found.import_error = str(error)
        return found

    units = list(act.walk())
    found.parsed_articles = [u.number for u in units if u.kind == m.ARTICLE]
    source = [_digits(number) for number, _, _ in found.source_articles]
    parsed = [_digits(number) for number in found.parsed_articles]
    if source != parsed:
        missing: list[str] = []
        extra: list[str] = []
        matcher = SequenceMatcher(a=source, b=parsed, autojunk=False)
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag != "equal":
                missing += [
                    f"line {line} «{_show(text)}»" for _, line, text in found.source_articles[a0:a1]
                ]
                extra += [repr(number) for number in found.parsed_articles[b0:b1]]
        found.heading_mismatch = (
            f"{len(source)} in the source, {len(parsed)} parsed; not articles: "
            f"{'; '.join(missing[:4]) or 'none'}; articles without a heading line: "
            f"{', '.join(extra[:6]) or 'none'}"
        )

    # Containers numbered again in another Раздел or chapter (Подраздел 1, § 1 in each) are the
    # act's own structure: only a unit's number used twice counts, with or without its «~2».
    counts = Counter(u.address if u.is_container else re.sub(r"~\d+", "", u.address) for u in units)
    found.duplicates = [address for address, n in counts.items() if n > 1]

    def law_text(label: str, text: str) -> None:
        hit = EDITORIAL.search(text)
        if hit:
            found.editorial_in_text.append(f"{label}: «{_show(text[max(0, hit.start() - 30) :])}»")

    law_text("title", act.title)
    for unit in units:
        for name in ("heading", "text", "closing"):
            law_text(f"{unit.address} {name}", getattr(unit, name))

    def note(label: str, text: str) -> None:
        lead = SIGNATURE_LEAD.match(text)
        if LAW_TEXT_START.match(text) or (
            lead and lead["rest"].strip() and not SIGNATURE_NAME.match(lead["rest"].strip())
        ):
            found.law_in_notes.append(f"{label}: «{_show(text)}»")

    for text in act.notes:
        note("act note", text)
    for unit in units:
        for text in unit.notes:
            note(f"{unit.address} note", text)
    return found


def test_the_corpus_holds_real_acts_of_each_source():
    names = {p.name for p in ACT_FILES}
    assert any("full" in p.name and "pravo-gov-ru" in p.name for p in ACT_FILES), names
    assert any("consultant" in p.name for p in ACT_FILES), "a КонсультантПлюс export"


@pytest.mark.slow
@pytest.mark.parametrize("path", ACT_FILES, ids=lambda p: p.relative_to(CORPUS).as_posix())
def test_real_act_imports_whole(path: Path):
    problems = findings(path).problems()
    assert not problems, f"{path.name}:\n" + "\n".join(problems)
