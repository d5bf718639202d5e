"""Russian acts as lines of text → a tree of units (codes and laws), and back to lines.

One pass over the paragraphs with a stack of open units (:mod:`drafter.core.structure_ru_parser`;
the line patterns in :mod:`drafter.core.structure_ru_lines`). Decisions worth knowing:

- Labels: «Статья N», containers (ОБЩАЯ ЧАСТЬ, Раздел, Подраздел, Глава, §), «Примечание(я).»,
  and below an article «1.» (a part in ru-code, a пункт in ru-law), «1)» and «а)» (пункты, then
  подпункты). A label of a type already open closes back to it (a sibling); a new type opens a
  child level; «1.» always belongs to the article (or to the open примечание).
- Editorial notes (pravo.gov.ru «(В редакции ...)», КонсультантПлюс «(в ред. ...)», «Утратил
  силу. - ...», «КонсультантПлюс: примечание.» blocks, Гарант «Информация об изменениях:»,
  «ГАРАНТ:») are cut from the end of a line, or taken as whole paragraphs, and kept in
  ``Unit.notes`` of the unit they name («(Часть в редакции ...)» → the open part, «(Дополнение
  статьей ...)» → the article, «(Пункт ...)» → the open point) or else of the unit of the last
  placed line. A note saying the unit «утратил силу» marks that unit repealed; a bare
  «Утратила силу.» marks it repealed without a note. Before the first unit they are act notes;
  the signature block at the end («Президент Российской Федерации ...») is kept in act notes too.
- Unnumbered paragraphs of a unit: the first is its ``text`` (the lead-in); a paragraph after a
  text ending in a dash («..., -») or starting «наказыва» is its ``closing`` (the sanction); a
  paragraph after the last «а)»/«1)» point of a list is the ``closing`` of the list's parent
  (322.1 part 2). Any further paragraph turns the unit's paragraphs into PARAGRAPH children
  (абзацы) in document order — the text (when no child precedes it) and the closing included —
  so ``abz:N`` is абзац N as Russian drafting counts it when the unit has no lead-in.
- Numbers as printed (:mod:`drafter.core.structure_ru_numbers`): hyphenated «19.7.2-1»; a
  superscript printed flat is read from the sibling before it («Статья 61.» after 6 is 6.1,
  «31)» after «3)» is 3.1; a repealed chapter's «(Статьи 373 - 389)» takes those numbers); a
  number used twice is never merged (``art:61~2``); each of these is told in a warning. Ranges
  «Статьи 5.1 - 5.4 утратили силу», «3 - 4. Утратили силу.», «1) - 2) утратили силу.» give one
  repealed unit per number.
- Layout (:mod:`drafter.core.structure_ru_layout`): container headings wrapped over two lines
  are joined; a heading glued to the first article is split; «РАЗДЕЛ ХIII» typed with a
  Cyrillic Х is XIII; «2. Полное товарищество» right before an article is a heading inside a §
  (a ``subgroup``); numbered paragraphs after a heading and outside any article are final and
  transitional provisions (``final:1``). A status line («Утратила силу с ...», «Не применяется
  с ...») is kept among the unit's notes and is its ``status``; a heading ending in a colon is
  the article's lead-in.
- A paragraph split in two by the source (the pravo.gov.ru ``<span>`` quirk) cannot be told from
  two абзацы; it is kept as two paragraphs — no text is ever joined, dropped or reordered.
- Writing (:func:`unit_lines`): the label line (label + text, or the first абзац), then the
  unit's editorial notes, each on its own line, then the children and the closing; reading that
  back gives the same tree.
"""

from __future__ import annotations

from drafter.core import model as m
from drafter.core.normalize import clean_spaces
from drafter.core.profiles import Profile
from drafter.core.structure_ru_labels import DOT_LABEL, PAREN_LABEL
from drafter.core.structure_ru_lines import (
    REPEAL_BARE,
    REPEAL_NOTE,
)
from drafter.core.structure_ru_notes import (
    ABSORB_ANY,
    is_note_paragraph,
    join_note_blocks,
    split_notes,
    stands_before,
)
from drafter.core.structure_ru_parser import RuParser, is_status
from drafter.messages import N_, Message, message

_NOTHING_RECOGNISED = N_(
    "no articles, chapters or sections were recognised; all text is kept as preamble"
)
_TEXT_BEFORE_LABEL = N_("text before the unit's label")


def parse(lines: list[str], profile: Profile, slug: str = "act") -> m.ImportResult:
    """Parse a whole act or a fragment (articles) of a Russian act; addresses not assigned."""
    parser = _parsed(lines, profile)
    parser.act.slug = slug
    return m.ImportResult(parser.act, parser.warnings)


def _parsed(lines: list[str], profile: Profile) -> RuParser:
    parser = RuParser(profile, join_note_blocks(lines))
    parser.run()
    parser.finish_front()
    if not any(True for _ in parser.act.walk()):
        parser.lineno = 0
        parser.warn(message(_NOTHING_RECOGNISED))
    return parser


_FRAGMENT_PARENT = {
    m.PART: m.ARTICLE,
    m.POINT: m.ARTICLE,
    m.NOTE: m.ARTICLE,
    m.SUBPOINT: m.POINT,
}


def parse_unit(
    lines: list[str], kind: str, profile: Profile
) -> tuple[m.Unit | None, list[Message]]:
    """The one unit of ``kind`` the lines describe, and a list of problems (empty when fine)."""
    clean = [clean_spaces(x) for x in lines]
    clean = [x for x in clean if x]
    if not clean:
        return None, [message(N_("the text is empty"))]
    if kind == m.PARAGRAPH:
        return _parse_paragraph(clean)
    if kind == m.FINAL:
        return _parse_final(clean, profile)
    if kind == m.ARTICLE or kind in m.CONTAINER_KINDS:
        parser = _parsed(clean, profile)
        units = parser.act.units
        problems = parser.problems()
        if parser.act.title or parser.act.preamble or parser.act.notes:
            problems.append(message(_TEXT_BEFORE_LABEL))
        if len(units) != 1 or units[0].kind != kind:
            problems.append(
                message(
                    N_("expected one {kind}, found {count} top-level units"),
                    kind=kind,
                    count=len(units),
                )
            )
            return None, problems
        return units[0], problems
    code = profile.name == "ru-code"
    parent_kind = _FRAGMENT_PARENT.get(kind, m.ARTICLE)
    if kind == m.POINT and code and DOT_LABEL.match(clean[0]):
        parent_kind = m.NOTE  # «1.» items of a примечание
    unit, problems = _parse_below(clean, kind, parent_kind, profile)
    if (unit is None or problems) and kind == m.POINT and code and parent_kind != m.NOTE:
        # an item of a примечание written without its context («1)» for «1.»): its абзацы
        # are its own, which only a note's item has
        numbered = PAREN_LABEL.match(clean[0])
        if numbered:  # a note's items are printed «1.»; «1)» lines below them are подпункты
            clean = [f"{numbered.group(1)}. {numbered.group(2) or ''}".rstrip(), *clean[1:]]
        retry, retry_problems = _parse_below(clean, kind, m.NOTE, profile)
        if retry is not None and not retry_problems:
            return retry, []
    return unit, problems


def _parse_final(clean: list[str], profile: Profile) -> tuple[m.Unit | None, list[Message]]:
    """A final provision as its own unit: read below a heading, where it stands in an act."""
    parser = _parsed(["Раздел 1. Заключительные положения", *clean], profile)
    problems = parser.problems()
    units = parser.act.units
    found = units[0].children if len(units) == 1 else []
    if len(found) != 1 or found[0].kind != m.FINAL:
        kinds = ", ".join(c.kind for c in found) or message(N_("nothing"))
        problems.append(
            message(N_("expected one {kind}, found {kinds}"), kind=m.FINAL, kinds=kinds)
        )
        return None, problems
    return found[0], problems


def _parse_paragraph(clean: list[str]) -> tuple[m.Unit | None, list[Message]]:
    """An абзац as its own unit: one paragraph, then its notes as :func:`unit_lines` writes them."""
    body, notes = split_notes(clean[0])
    unit = m.Unit(m.PARAGRAPH, text=body)
    for line in clean[1:]:
        more, found = split_notes(line)
        if not more:
            notes.extend(found)
        elif REPEAL_BARE.match(line):
            unit.repealed = True
        elif is_status(line) or is_note_paragraph(line) or ABSORB_ANY.match(line):
            notes.append(line)
        else:
            return None, [message(N_("an абзац is one paragraph"))]
    unit.notes = notes
    unit.repealed = unit.repealed or any(REPEAL_NOTE.search(n) for n in notes)
    return unit, []


def _parse_below(
    clean: list[str], kind: str, parent_kind: str, profile: Profile
) -> tuple[m.Unit | None, list[Message]]:
    parser = RuParser(profile, clean)
    root = parser.start_fragment(parent_kind)
    parser.run()
    problems = parser.problems()
    if root.text or root.closing or root.notes:
        problems.append(message(_TEXT_BEFORE_LABEL))
    if len(root.children) != 1 or root.children[0].kind != kind:
        kinds = ", ".join(c.kind for c in root.children) or message(N_("nothing"))
        problems.append(message(N_("expected one {kind}, found {kinds}"), kind=kind, kinds=kinds))
        return None, problems
    return root.children[0], problems


# --- writing ---------------------------------------------------------------------------------
_CONTAINER_WORD = {
    m.DIVISION: "Раздел",
    m.SUBDIVISION: "Подраздел",
    m.CHAPTER: "Глава",
    m.GROUP: "§",
}


def _repeal_kind_word(kind: str) -> str:
    if kind in (m.ARTICLE, m.PART, m.CHAPTER, m.GROUP):
        return "Утратила силу."
    if kind == m.NOTE:
        return "Утратило силу."
    return "Утратил силу."


def _label(unit: m.Unit, parent_kind: str, code: bool) -> str:
    number = unit.number
    if unit.kind in (m.PART, m.FINAL):
        return f"{number}."
    in_law = not code and parent_kind != m.FINAL  # a final provision's points are «1)»
    if unit.kind == m.POINT and (parent_kind == m.NOTE or in_law) and number[:1].isdigit():
        return f"{number}."
    return f"{number})"


def unit_lines(unit: m.Unit, profile: Profile, parent_kind: str = m.ARTICLE) -> list[str]:
    """The unit and its subtree as paragraphs, in the layout :func:`parse` reads.

    ``profile`` is a name only for io.docx_common, until it passes the Profile.
    """
    prof = profile
    out: list[str] = []
    _write(unit, prof.name == "ru-code", parent_kind, out)
    return out


def _write(unit: m.Unit, code: bool, parent_kind: str, out: list[str]) -> None:
    kind = unit.kind
    children = unit.children
    text = unit.text
    first_child_inline = False
    # a repealed unit without a note saying so gets «Утратила силу.» (read back as the flag)
    repeal_marked = unit.repealed and not any(REPEAL_NOTE.search(n) for n in unit.notes)
    marker_line = False
    out.extend(n for n in unit.notes if stands_before(n))  # КонсультантПлюс: before the unit
    if kind in m.CONTAINER_KINDS or kind == m.ARTICLE:
        if kind == m.CODEPART:
            head = ""
        elif kind == m.ARTICLE:
            # a nameless article (a constitution's, a law's) is «Статья 67.1», no period
            # (§1.7); a code's articles all have headings (a new one is «Статья 322.4.» until
            # its heading is typed)
            named = bool(unit.heading) or repeal_marked or code
            head = f"Статья {unit.number}" + ("." if named else "")
        elif kind == m.SUBGROUP:
            head = f"{unit.number}."
        else:
            head = f"{_CONTAINER_WORD[kind]} {unit.number}."
        heading = unit.heading
        if repeal_marked and not heading and kind != m.CODEPART:
            heading = _repeal_kind_word(kind)
        else:
            marker_line = repeal_marked
        out.append(" ".join(x for x in (head, heading) if x))
    else:
        if kind == m.NOTE:
            plural = any(c.kind == m.POINT for c in children)
            label = "Примечания." if plural else "Примечание."
        elif kind == m.PARAGRAPH:
            label = ""
        else:
            label = _label(unit, parent_kind, code)
        if not text and children and children[0].kind == m.PARAGRAPH and kind != m.PARAGRAPH:
            text = children[0].text
            first_child_inline = True
        if repeal_marked and not text:
            text = _repeal_kind_word(kind)
        else:
            marker_line = repeal_marked
        out.append(" ".join(x for x in (label, text) if x))
        text = ""
    if marker_line:
        out.append(_repeal_kind_word(kind))
    out.extend(n for n in unit.notes if not stands_before(n))
    if kind == m.ARTICLE or kind in m.CONTAINER_KINDS:
        if unit.text:
            out.append(unit.text)
    for child in children[1:] if first_child_inline else children:
        _write(child, code, kind, out)
    if unit.closing:
        out.append(unit.closing)
