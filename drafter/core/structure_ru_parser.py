"""The Russian structure parser: one pass over the paragraphs with a stack of open units.

The rules it follows are told in :mod:`drafter.core.structure_ru`; the line patterns it reads
are in :mod:`drafter.core.structure_ru_lines`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.core import model as m
from drafter.core import structure_ru_layout as layout
from drafter.core.numbering import expand_range
from drafter.core.profiles import Profile
from drafter.core.structure_containers import close_containers
from drafter.core.structure_ru_labels import (
    ARTICLE_HEADING,
    ARTICLE_RANGE,
    ARTICLES_HELD,
    CODEPART_HEADING,
    DOT_LABEL,
    DOT_RANGE,
    PAREN_LABEL,
    PAREN_RANGE,
)
from drafter.core.structure_ru_lines import (
    ARTICLE_LIKE,
    CONTAINER_FIRST,
    CONTAINER_HEADINGS,
    DASH_END,
    LETTER_LABEL,
    NOTE_LABEL,
    REPEAL_BARE,
    REPEAL_NOTE,
    REPEAL_TEXT,
    SANCTION,
    starts_unit,
)
from drafter.core.structure_ru_notes import (
    ABSORB_ANY,
    ABSORB_STARTS,
    CONSULTANT_MORE,
    GARANT_INFO_MORE,
    is_database_banner,
    is_note_paragraph,
    is_rule,
    is_signature_line,
    named_article_number,
    note_class,
    split_front,
    split_notes,
    stands_before,
    starts_annex,
)
from drafter.core.structure_ru_numbers import RuNumbers
from drafter.messages import N_, Message, message

_LIST_KINDS = (m.POINT, m.SUBPOINT)
_OWNER_KINDS = (m.ARTICLE, m.PART, m.NOTE, m.FINAL)


@dataclass
class _Frame:
    unit: m.Unit
    ltype: str  # article | note | dot | paren | letter | root


@dataclass
class RuParser:
    """The single-pass parser; :meth:`start_fragment` reads one unit below a synthetic parent."""

    profile: Profile
    lines: list[str]
    act: m.Act = field(init=False)
    warnings: list[m.ImportWarning] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.code = self.profile.name == "ru-code"
        self.act = m.Act(slug="act", language="ru", profile=self.profile.name)
        self.front: list[str] = []
        self.in_front = True
        # lines that have a signature's form: the signature if nothing but more of them follows
        self.signature: list[str] = []
        self.releasing = False
        # notes that belong to the unit of the next line of law text (КонсультантПлюс blocks)
        self.held: list[str] = []
        self.containers: list[m.Unit] = []
        self.stack: list[_Frame] = []
        self.last: m.Unit | None = None
        self.last_field = ""
        self.last_text = ""
        # an open note block of a reference system: (its name, the unit it notes, paragraphs)
        self.absorb: tuple[str, m.Unit | None, list[str]] | None = None
        # inside the new wording an amending law quotes («"1. ...», ... «...";»): its text
        self.quoted = False
        self.lineno = 0
        self.line = ""  # the paragraph being read, for warnings
        # warnings about numbers (read flat, used twice, out of order): advice, not failures
        self.number_warnings: list[m.ImportWarning] = []
        self.numbers = RuNumbers(self.warn_number)

    # --- driver ------------------------------------------------------------------------------
    def run(self) -> None:
        for lineno, raw in enumerate(self.lines, 1):
            self.lineno = lineno
            line = " ".join(raw.replace("\ufeff", "").split())  # clean_spaces, faster
            if line:
                self.line = line
                self.feed(line)
        self.finish_absorb()
        self.finish_signature()
        self.release_held(final=True)

    def start_fragment(self, parent_kind: str) -> m.Unit:
        """Parse a unit below a synthetic parent of ``parent_kind``; return that parent."""
        root = m.Unit(parent_kind)
        self.in_front = False
        self.stack = [_Frame(root, "root")]
        self.last = root
        self.last_field = "label"
        return root

    def feed(self, line: str) -> None:
        if self.absorb is None and (is_database_banner(line) or (self.in_front and is_rule(line))):
            self.act.notes.append(line)  # «Документ предоставлен КонсультантПлюс»: never law
            return
        if self.hold_signature(line):
            return
        if self.absorb is not None and self.continue_absorb(self.absorb, line):
            return
        if self.start_absorb(line):
            return
        if not self.in_front and is_note_paragraph(line):
            self.add_note(self.generic_target(), line)
            return
        body, notes = split_notes(line)
        if not body:
            self.attach_notes(notes)
            return
        if is_status(body) and not self.in_front:
            target = self.generic_target()
            if target is not None:
                self.pending_notes(target, [body])
            self.attach_notes(notes)
            return
        if self.stack and not self.in_front and (self.quoted or body[0] in _OPENING_QUOTES):
            # «1) часть 1 изложить в следующей редакции:» «"1. ...» «1) ...» «...";»: the
            # quoted points are the amended law's, paragraphs of this act's unit, not its own
            self.quoted = still_quoted(body, self.quoted)
            self.place_unnumbered(body)
        else:
            self.place(body)
        self.release_held()
        self.attach_notes(notes)

    # --- the signature and notes that name the next unit ---------------------------------------
    def hold_signature(self, line: str) -> bool:
        """Hold a line of a signature's form after the units; place held ones before other text.

        The signature is only the final block after the last unit («Президент Российской
        Федерации В.Путин», «Москва, Кремль», the date, the number); the same words followed
        by more of the act («Президент Российской Федерации:» in an article) are law text.
        """
        if self.releasing or self.in_front or self.absorb is not None:
            return False
        if is_signature_line(line):
            self.signature.append(line)
            return True
        if self.signature and is_rule(line):
            self.act.notes.append(line)  # the database's rule after the signature (ЖК)
            return True
        if self.signature and starts_annex(line):
            self.finish_signature()  # the annexes follow the signature (УПК: «ПРИЛОЖЕНИЯ»)
            return False
        if self.signature:
            held, self.signature = self.signature, []
            self.releasing = True
            for kept in held:
                self.feed(kept)
            self.releasing = False
        return False

    def finish_signature(self) -> None:
        """The held lines at the end of the act are its signature (act-level notes)."""
        self.act.notes.extend(self.signature)
        self.signature = []

    def release_held(self, final: bool = False) -> None:
        """Notes held for the next unit go to the unit that took the last line of law text
        (in the front matter they wait for the first unit; at the end they stay act notes)."""
        if self.held and (final or not self.in_front):
            held, self.held = self.held, []
            for note in held:
                target = self.generic_target()
                if note_class(note) == "garant-info":  # Гарант names the unit it notes
                    target = self.named_article(note) or target
                if target is None:
                    self.act.notes.append(note)
                    continue
                # before the unit's other notes, as the text layout writes them
                index = 0
                while index < len(target.notes) and stands_before(target.notes[index]):
                    index += 1
                target.notes.insert(index, note)

    def named_article(self, note: str) -> m.Unit | None:
        """The article a held note names («в статью 5 внесены изменения», «Статья 5 изменена»)
        when it is the current or the previous one; None otherwise."""
        number = named_article_number(note)
        if not number or self.in_front:
            return None
        siblings = self.containers[-1].children if self.containers else self.act.units
        return next((u for u in siblings[-2:] if u.kind == m.ARTICLE and u.number == number), None)

    # --- notes of the reference systems (whole paragraphs) -----------------------------------
    def start_absorb(self, line: str) -> bool:
        if not ABSORB_ANY.match(line):
            return False
        for name, pattern in ABSORB_STARTS:
            found = pattern.match(line)
            if found:
                target = self.generic_target()
                if found.group(1) and name != "garant-info":
                    self.note_block(name, target, line)
                else:
                    self.absorb = (name, target, [line])
                return True
        return False

    def continue_absorb(self, absorb: tuple[str, m.Unit | None, list[str]], line: str) -> bool:
        name, _target, parts = absorb
        more = GARANT_INFO_MORE if name == "garant-info" else CONSULTANT_MORE
        if name != "garant-info" and len(parts) == 1 and not starts_unit(line):
            parts.append(line)  # «КонсультантПлюс: примечание.» / «ГАРАНТ:» + its text
            return True
        if name != "garant" and more.match(line):
            parts.append(line)
            return True
        self.finish_absorb()
        return False

    def finish_absorb(self) -> None:
        if self.absorb is None:
            return
        name, target, parts = self.absorb
        self.absorb = None
        self.note_block(name, target, " ".join(parts))

    def note_block(self, name: str, target: m.Unit | None, note: str) -> None:
        """A reference system's note: КонсультантПлюс and «Информация об изменениях:» stand
        before the unit they note (held for it), «ГАРАНТ:» after it."""
        if name == "garant":
            self.add_note(target, note)
        else:
            self.held.append(note)

    # --- notes -------------------------------------------------------------------------------
    def attach_notes(self, notes: list[str]) -> None:
        for note in notes:
            self.add_note(self.note_target(note), note)

    def add_note(self, target: m.Unit | None, note: str) -> None:
        if target is None:
            self.act.notes.append(note)
            return
        target.notes.append(note)
        if REPEAL_NOTE.search(note) and not (
            self.subject(note) in ("абзац", "абз.") and target.kind != m.PARAGRAPH
        ):
            target.repealed = True

    @staticmethod
    def subject(note: str) -> str:
        words = note.lstrip("(").split(None, 2)
        if not words:
            return ""
        first = words[0].lower()
        if first in ("дополнение", "дополнен", "дополнена") and len(words) > 1:
            return words[1].lower()
        return first

    def generic_target(self) -> m.Unit | None:
        if self.in_front:
            return None
        return self.last

    def nearest(self, kinds: tuple[str, ...]) -> m.Unit | None:
        for frame in reversed(self.stack):
            if frame.unit.kind in kinds:
                return frame.unit
        return None

    def note_target(self, note: str) -> m.Unit | None:
        if self.in_front:
            return None
        subject = self.subject(note)
        article = self.stack[0].unit if self.stack else None
        if subject.startswith(("стать", "статья")):
            return article or self.last
        if subject.startswith("наименовани"):
            return self.last if self.last_field == "heading" else (article or self.last)
        if subject.startswith(("част", "ч.")):
            # unnumbered parts (КонсультантПлюс «(часть вторая в ред. ...)») are абзацы here
            last_paragraph = self.last if self.last and self.last.kind == m.PARAGRAPH else None
            return self.nearest((m.PART,)) or last_paragraph or article or self.last
        if subject.startswith(("пункт", "подпункт", "п.", "пп.", "подп.")):
            return self.nearest(_LIST_KINDS) or self.last
        if subject.startswith("примечани"):
            return self.nearest((m.NOTE,)) or article or self.last
        for prefix, kind in (
            ("глав", m.CHAPTER),
            ("подраздел", m.SUBDIVISION),
            ("раздел", m.DIVISION),
            ("параграф", m.GROUP),
            ("§", m.GROUP),
        ):
            if subject.startswith(prefix):
                for unit in reversed(self.containers):
                    if unit.kind == kind:
                        return unit
                return self.last
        return self.last

    # --- placing lines -----------------------------------------------------------------------
    def place(self, body: str) -> None:
        if self.stack and self.stack[0].ltype == "root":
            self.place_in_article(body)
            return
        first = body[0]
        if first == "С":
            found = ARTICLE_HEADING.match(body)
            if found:
                self.place_article(found.group(1), found.group(2) or found.group(3) or "")
                return
            found = ARTICLE_RANGE.match(body)
            if found and self.place_article_range(*found.groups()):
                return
            if ARTICLE_LIKE.match(body) and not self.in_front:
                # «Статья 322.1-1. ...»: looks like an article but its number does not parse;
                # it is kept as text where it stands, and the drafter is told.
                self.warn(
                    message(
                        N_("not recognised as an article heading, kept as text: {line!r}"),
                        line=body[:60],
                    )
                )
        elif first in CONTAINER_FIRST:
            if layout.split_glued(self, body):
                return
            body = layout.latin_roman(self, body)
            # «Часть вторая» in lower case is a code's part only where no article is open
            if CODEPART_HEADING.match(body) and (body[1].isupper() or not self.stack):
                self.place_container(m.CODEPART, "", body)
                return
            for kind, pattern in CONTAINER_HEADINGS:
                found = pattern.match(body)
                if found:
                    self.place_container(kind, found.group(1), found.group(2) or "")
                    return
        if self.in_front:
            self.front.append(body)
            return
        if not self.stack:
            self.place_outside(body)
            return
        self.place_in_article(body)

    def place_in_article(self, body: str) -> None:
        first = body[0]
        if first == "П":
            found = NOTE_LABEL.match(body)
            if found:
                self.place_note(found.group(2) or "")
                return
        elif first.isdigit():
            # «2.» in a final provision is the next one, unless a примечание is open
            if layout.place_subgroup(self, body):
                return
            in_final = self.stack[0].ltype == "final" and self.nearest((m.NOTE,)) is None
            if in_final and layout.place_final_line(self, body):
                return
            for ltype, pattern in (("dot", DOT_RANGE), ("paren", PAREN_RANGE)):
                found = pattern.match(body)
                if found and self.place_labelled_range(ltype, *found.groups()):
                    return
            for ltype, pattern in (("dot", DOT_LABEL), ("paren", PAREN_LABEL)):
                found = pattern.match(body)
                if found:
                    self.place_labelled(ltype, found.group(1), found.group(2) or "")
                    return
        elif first.islower():
            found = LETTER_LABEL.match(body)
            if found:
                self.place_labelled("letter", found.group(1), found.group(2) or "")
                return
        self.place_unnumbered(body)

    def place_container(self, kind: str, number: str, heading: str) -> None:
        self.finish_front()
        unit = m.Unit(kind, number=number)
        self.set_heading(unit, heading)
        held = ARTICLES_HELD.match(unit.heading)
        if held:  # its articles are not printed, but their numbers are taken
            self.numbers.left_out(held.group(2) or held.group(1))
        close_containers(self.containers, kind)
        (self.containers[-1].children if self.containers else self.act.units).append(unit)
        self.containers.append(unit)
        self.stack = []
        self.last, self.last_field, self.last_text = unit, "heading", heading

    def place_article(self, number: str, heading: str) -> None:
        self.finish_front()
        unit = m.Unit(m.ARTICLE, number=self.numbers.article(number, self.line))
        lead_in = heading if heading.endswith(":") else ""
        self.set_heading(unit, "" if lead_in else heading)
        (self.containers[-1].children if self.containers else self.act.units).append(unit)
        self.stack = [_Frame(unit, "article")]
        self.last, self.last_field, self.last_text = unit, "heading", ""
        if lead_in:
            # «Статья 71 В ведении Российской Федерации находятся:» — words leading in to
            # points are the article's text; a heading never ends in a colon
            self.set_text(unit, lead_in)

    def place_article_range(self, first: str, last: str, repeal: str) -> bool:
        """«Статьи 5 - 7. Утратили силу. ...»: articles 5, 6 and 7, each repealed."""
        numbers = expand_range(first, last)
        if numbers is None:
            return False
        for number in numbers:
            self.place_article(number, "")
            self.pending_notes(self.stack[0].unit, [repeal])
        return True

    def place_labelled_range(self, ltype: str, first: str, last: str, repeal: str) -> bool:
        """«3 - 4. Утратили силу. ...», «1) - 2) утратили силу. ...»: each unit repealed."""
        numbers = expand_range(first, last)
        if numbers is None:
            return False
        for number in numbers:
            self.place_labelled(ltype, number, "")
            self.pending_notes(self.stack[-1].unit, [repeal])
        return True

    def set_heading(self, unit: m.Unit, heading: str) -> None:
        heading, notes = split_notes(heading)
        if is_status(heading):
            notes.insert(0, heading)
            heading = ""
        unit.heading = heading
        self.pending_notes(unit, notes)

    def pending_notes(self, unit: m.Unit, notes: list[str]) -> None:
        """Notes found in a unit's own line; a bare «Утратила силу.» only marks it repealed."""
        for note in notes:
            if REPEAL_BARE.match(note):
                unit.repealed = True
            else:
                self.add_note(unit, note)

    def place_outside(self, body: str) -> None:
        """A paragraph after a container heading and before any article."""
        unit = self.containers[-1] if self.containers else None
        if unit is not None and layout.place_subgroup(self, body):
            return
        if unit is not None and layout.place_final_line(self, body):
            return
        if unit is not None and not unit.heading and not unit.children:
            unit.heading = body
            self.last, self.last_field, self.last_text = unit, "heading", body
            return
        if unit is not None and layout.continue_heading(self, unit, body):
            return
        self.warn(
            message(
                N_("text outside any article kept with the heading above it: {line!r}"),
                line=body[:60],
            )
        )
        if unit is None:
            self.act.preamble.append(body)
            return
        unit.text = f"{unit.text} {body}" if unit.text else body
        self.last, self.last_field, self.last_text = unit, "text", body

    def start_top(self, unit: m.Unit, ltype: str) -> None:
        """``unit`` opens the stack, as an article does (a final provision: ``final``)."""
        self.stack = [_Frame(unit, ltype)]
        self.last, self.last_field, self.last_text = unit, "label", ""

    def place_note(self, rest: str) -> None:
        del self.stack[1:]
        article = self.stack[0].unit
        self.open_child(article)
        unit = m.Unit(m.NOTE)
        article.children.append(unit)
        self.stack.append(_Frame(unit, "note"))
        self.last, self.last_field, self.last_text = unit, "label", ""
        if rest:
            found = DOT_LABEL.match(rest)
            if found:
                self.place_labelled("dot", found.group(1), found.group(2) or "")
            else:
                self.set_text(unit, rest)

    def kind_for(self, parent: m.Unit, ltype: str) -> str:
        pk = parent.kind
        if ltype == "dot":
            if pk == m.NOTE:
                return m.POINT
            if pk == m.ARTICLE:
                return m.PART if self.code else m.POINT
            return m.SUBPOINT
        if pk in (m.ARTICLE, m.PART, m.NOTE, m.FINAL):
            return m.POINT if (self.code or pk != m.PART) else m.SUBPOINT
        return m.SUBPOINT

    def place_labelled(self, ltype: str, number: str, rest: str) -> None:
        found = None
        for i in range(len(self.stack) - 1, 0, -1):
            frame = self.stack[i]
            if frame.ltype in ("note", "article", "root", "final"):
                break
            if frame.ltype == ltype:
                found = i
                break
        if found is None and ltype == "dot":
            # «1.» is a part (a law's пункт) of the article or an item of a note, never a
            # subpoint: a «1.» below points starts the next part.
            found = next(
                i + 1
                for i in range(len(self.stack) - 1, -1, -1)
                if self.stack[i].ltype in ("note", "article", "root", "final")
            )
        if found is not None:
            del self.stack[found:]
        parent = self.stack[-1].unit
        self.open_child(parent)
        kind = self.kind_for(parent, ltype)
        unit = m.Unit(kind, number=self.numbers.child(parent, kind, number, self.line))
        parent.children.append(unit)
        self.stack.append(_Frame(unit, ltype))
        self.last, self.last_field, self.last_text = unit, "label", ""
        if rest:
            self.set_text(unit, rest)

    def set_text(self, unit: m.Unit, text: str) -> None:
        if is_status(text):
            self.pending_notes(unit, [text])
            self.last, self.last_field, self.last_text = unit, "label", ""
            return
        unit.text = text
        self.last, self.last_field, self.last_text = unit, "text", text

    @staticmethod
    def open_child(parent: m.Unit) -> None:
        """Before a new child: a closing already there was an абзац between children."""
        if parent.closing:
            if parent.text and not parent.children:
                # «Статья. Диспозиция -» «наказывается ...» «Примечание.»: абзацы 1 and 2
                parent.children.append(m.Unit(m.PARAGRAPH, text=parent.text))
                parent.text = ""
            parent.children.append(m.Unit(m.PARAGRAPH, text=parent.closing))
            parent.closing = ""

    def place_unnumbered(self, body: str) -> None:
        cur = self.last
        assert cur is not None
        if self.last_field == "closing":
            self.open_child(cur)
            self.add_paragraph(cur, body)
            return
        sanction = bool(DASH_END.search(self.last_text) or SANCTION.match(body))
        top = self.stack[-1]
        if cur.kind in _OWNER_KINDS or (top.unit is cur and self.owns_paragraphs(cur)):
            if not cur.text and not cur.children:
                self.set_text(cur, body)
                return
            if sanction and not cur.closing:
                self.set_closing(cur, body)
                return
            cur.children.append(m.Unit(m.PARAGRAPH, text=cur.text))
            cur.text = ""
            self.add_paragraph(cur, body)
            return
        if cur.kind in _LIST_KINDS:
            if not (cur.text or cur.children or cur.repealed or sanction):
                self.set_text(cur, body)
                return
            parent = self.stack[-2].unit
            if not parent.closing:
                del self.stack[-1]
                self.set_closing(parent, body)
                return
            self.open_child(parent)
            self.add_paragraph(parent, body)
            return
        # an абзац: the next one, or its owner's closing after a dash
        owner = self.stack[-1].unit
        if sanction and not owner.closing:
            self.set_closing(owner, body)
            return
        self.open_child(owner)
        self.add_paragraph(owner, body)

    def owns_paragraphs(self, unit: m.Unit) -> bool:
        """Whether paragraphs after ``unit`` (on top of the stack) are its own абзацы.

        Parts, notes, items of a note and a law's пункты keep them; «а)»/«1)» points and
        подпункты of a list leave them to the list's parent (its closing).
        """
        if unit.kind not in _LIST_KINDS:
            return True
        if unit.kind == m.SUBPOINT or len(self.stack) < 2:
            return False
        parent = self.stack[-2].unit
        return parent.kind == m.NOTE or (not self.code and parent.kind == m.ARTICLE)

    def set_closing(self, unit: m.Unit, body: str) -> None:
        unit.closing = body
        self.last, self.last_field, self.last_text = unit, "closing", body

    def add_paragraph(self, owner: m.Unit, body: str) -> None:
        unit = m.Unit(m.PARAGRAPH, text=body)
        owner.children.append(unit)
        self.last, self.last_field, self.last_text = unit, "text", body

    # --- front matter ------------------------------------------------------------------------
    def finish_front(self) -> None:
        if not self.in_front:
            return
        self.in_front = False
        self.finish_absorb()
        self.act.title, self.act.preamble = split_front(self.front)

    def warn(self, warning: Message) -> None:
        self.warnings.append(m.ImportWarning(self.lineno, warning))

    def warn_number(self, warning: Message) -> None:
        self.warn(warning)
        self.number_warnings.append(self.warnings[-1])

    def problems(self) -> list[Message]:
        """What keeps the lines from being read as written: warnings other than about numbers."""
        return [w.message for w in self.warnings if w not in self.number_warnings]


_OPENING_QUOTES = frozenset('"«“„')


def still_quoted(body: str, quoted: bool) -> bool:
    """Whether a quotation is open after ``body`` (it was before it if ``quoted``)."""
    depth = sum(body.count(x) for x in "«“„") - sum(body.count(x) for x in "»”")
    if depth:
        return depth > 0
    return quoted != (body.count('"') % 2 == 1)


def is_status(line: str) -> bool:
    """A status line («Утратила силу ...», «Не применяется с ...»): kept with the unit's notes."""
    return bool(REPEAL_TEXT.match(line) or m.STATUS_LINE.match(line))
