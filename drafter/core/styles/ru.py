"""Russian amending formulae (Методические рекомендации Госдумы, ред. 2021)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.core import address as addr
from drafter.core import model as m
from drafter.core.profiles import Profile
from drafter.core.russian import LETTERS, in_case, lost_force, noun, ordinal
from drafter.core.styles.base import (
    child_kind,
    implied_placement,
    kind_of_key,
    next_label,
    profile_for,
    runs,
    split_heading,
    top_address,
)
from drafter.core.styles.quoting import quote_ru

DEFAULT_ENTRY_INTO_FORCE = (
    "Настоящий Федеральный закон вступает в силу со дня его официального опубликования."
)

# Punctuation marks named in words: (accusative, instrumental).
PUNCTUATION = {
    ".": ("точку", "точкой"),
    ",": ("запятую", "запятой"),
    ";": ("точку с запятой", "точкой с запятой"),
    ":": ("двоеточие", "двоеточием"),
}


def quote(text: str) -> str:
    """«…» around ``text``; quotes inside become „…“ where they pair (quoting.quote_ru)."""
    return quote_ru(text)


def _label_text(kind: str, label: str, case: str, citation: str) -> str:
    if kind == m.PARAGRAPH and label.isdigit():
        return ordinal(int(label), "m", case)
    if kind == m.PART and citation == "words" and label.isdigit():
        return ordinal(int(label), "f", case)
    if re.search(r"[а-яё]", label, re.I) or re.fullmatch(r"[a-z]+", label):
        return f"«{label}»"
    return label


def unit_phrase(kind: str, label: str, case: str, citation: str = "digits") -> str:
    """«части второй», «пункта «а»», «абзаце втором», «статью 322.1»."""
    return f"{noun(kind, case)} {_label_text(kind, label, case, citation)}"


def chain(
    pairs: list[tuple[str, str]], case: str, profile: Profile, citation: str, heading: bool = False
) -> str:
    """The unit named by ``pairs`` (outer → inner) in ``case``, its parents in the genitive,
    smallest first: «пункта 2 части 3 статьи 7», «в пункте 1 примечаний к статье 322.3»."""
    phrases: list[str] = []
    dative_next = False
    n = len(pairs)
    for i in range(n - 1, -1, -1):
        key, label = pairs[i]
        kind = kind_of_key(profile, key)
        own_case = case if i == n - 1 and not heading else "gen"
        if kind == m.NOTE:
            if i == n - 1 and not heading:
                phrase = noun(m.NOTE, own_case)
            else:
                phrase = noun(m.NOTE, "gen", plural=True)
            if label != "1":
                phrase += f" {label}"
            dative_next = True
        elif dative_next:
            phrase = "к " + unit_phrase(kind, label, "dat", citation)
            dative_next = False
        else:
            phrase = unit_phrase(kind, label, own_case, citation)
        phrases.append(phrase)
    if heading:
        phrases.insert(0, noun("heading", case))
    return " ".join(phrases)


@dataclass
class Clause:
    """One instruction: «в» + chain (prep) or chain (acc), then the formula."""

    case: str  # prep | acc
    chain: str
    rest: str

    def text(self) -> str:
        if not self.chain:
            return self.rest
        if self.case == "prep":
            return f"в {self.chain} {self.rest}"
        return f"{self.chain} {self.rest}"

    def with_act(self, act_gen: str, act_acc: str, act_prep: str) -> str:
        """The clause as a sentence naming the act (a bill amending it by one change)."""
        if self.chain:
            head = f"{self.chain} {act_gen}"
        else:
            head = act_prep if self.case == "prep" else act_acc
        head = f"в {head}" if self.case == "prep" else head
        return f"{head} {self.rest}"


def _word_nouns(text: str) -> tuple[str, str, str, str]:
    """(accusative, instrumental, genitive after «после», instrumental after «перед»)."""
    if re.fullmatch(r"\d", text):
        return "цифру", "цифрой", "цифры", "цифрой"
    # Numbers with their separators («322.3,», «, 322.4», «1–3») are still «цифры».
    if re.fullmatch(r"[\d.,\-– ]*\d[\d.,\-– ]*", text) and re.search(r"\d\D*\d|\d[.,]", text):
        return "цифры", "цифрами", "цифр", "цифрами"
    if len(re.findall(r"\w+(?:[-.]\w+)*", text)) <= 1:  # «слово «, либо»»: one word
        return "слово", "словом", "слова", "словом"
    return "слова", "словами", "слов", "словами"


def _occurrence(occurrence: str | int | None) -> str:
    if isinstance(occurrence, int):
        return " " + in_case(occurrence)
    return ""


def _old_words(text: str, occurrence: str | int | None) -> str:
    prefix = "по тексту " if occurrence == "all" else ""
    if text in PUNCTUATION and occurrence in (None, "all"):
        return prefix + PUNCTUATION[text][0]
    return f"{prefix}{_word_nouns(text)[0]} {quote(text)}{_occurrence(occurrence)}"


def _new_words(text: str) -> str:
    if text in PUNCTUATION:
        return PUNCTUATION[text][1]
    return f"{_word_nouns(text)[1]} {quote(text)}"


def _is_sentence(text: str) -> bool:
    return bool(re.fullmatch(r"[А-ЯЁA-Z].*\s.*[.!?]", text, re.S))


def _sentences(text: str) -> int:
    """How many sentences ``text`` holds (a full stop, then a capital, starts the next)."""
    return 1 + len(re.findall(r"[.!?]\s+(?=[А-ЯЁA-Z])", text.strip()))


def _labels(kind: str, labels: list[str], citation: str) -> str:
    shown = [_label_text(kind, lab, "nom", "digits") for lab in labels]
    if len(shown) >= 3 and runs(labels):
        return f"{shown[0]}–{shown[-1]}"
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " и " + shown[-1]


def clause(
    op: m.Operation,
    context: str,
    act: m.Act,
    profile: Profile,
    previous: m.Operation | None = None,
) -> Clause:
    """The clause for ``op``, its address relative to ``context`` (a group's unit or "");
    ``previous`` is the operation rendered just before (new units in a run share a place)."""
    citation = act.citation_style
    base, heading = split_heading(op.address)
    pairs = addr.parse(base)
    rel = pairs[len(addr.parse(context)) :] if context else pairs

    def target(case: str) -> str:
        return chain(rel, case, profile, citation, heading)

    if op.op == m.REPLACE_WORDS:
        rest = f"{_old_words(op.old or '', op.occurrence)} заменить {_new_words(op.new or '')}"
        return Clause("prep", target("prep"), rest)
    if op.op == m.DELETE_WORDS:
        return Clause(
            "prep", target("prep"), f"{_old_words(op.old or '', op.occurrence)} исключить"
        )
    if op.op == m.INSERT_WORDS:
        new = op.new or ""
        if op.position == "end":
            if _is_sentence(new):
                sentences = "предложениями" if _sentences(new) > 1 else "предложением"
                rest = f"дополнить {sentences} следующего содержания: {quote(new)}"
            elif new in PUNCTUATION:
                rest = f"дополнить знаком {quote(new)}"
            else:
                rest = f"дополнить {_new_words(new)}"
            return Clause("acc", target("acc"), rest)
        anchor = op.anchor or ""
        nouns = _word_nouns(anchor)
        occ = " в каждом случае" if op.occurrence == "all" else _occurrence(op.occurrence)
        if op.position == "before":
            where = f"перед {nouns[3]} {quote(anchor)}{occ}"
        else:
            where = f"после {nouns[2]} {quote(anchor)}{occ}"
        inserted = f"знаком {quote(new)}" if new in PUNCTUATION else _new_words(new)
        return Clause("prep", target("prep"), f"{where} дополнить {inserted}")
    if op.op == m.ADD_UNIT:
        kind = child_kind(op, profile)
        implied = implied_placement(op.address, profile.key(kind), op.label, previous)
        where = ""
        if (op.position or "end", op.anchor) != implied:
            if op.anchor and op.position in ("after", "before"):
                anchor_rel = addr.parse(op.anchor)[len(pairs) :]
                if op.position == "before":
                    where = f"перед {chain(anchor_rel, 'ins', profile, citation)} "
                else:
                    where = f"после {chain(anchor_rel, 'gen', profile, citation)} "
            else:
                where = "в конце "
        label = f" {_label_text(kind, op.label, 'ins', citation)}" if op.label else ""
        rest = (
            f"{where}дополнить {noun(kind, 'ins')}{label} следующего содержания:\n"
            f"{quote(op.new or '')}"
        )
        return Clause("acc", target("acc"), rest)
    if op.op == m.RESTATE_UNIT:
        return Clause(
            "acc", target("acc"), f"изложить в следующей редакции:\n{quote(op.new or '')}"
        )
    if op.op == m.REPEAL_UNIT:
        kind = kind_of_key(profile, rel[-1][0]) if rel and not heading else m.ARTICLE
        if heading:
            kind = "heading"
        return Clause("acc", target("acc"), lost_force(kind))
    if op.op == m.RENUMBER_UNITS:
        kind = child_kind(op, profile)
        olds = [a for a, _ in op.renumber or ()]
        news = [b for _, b in op.renumber or ()]
        if len(olds) == 1:
            rest = (
                f"{noun(kind, 'acc')} {_labels(kind, olds, citation)} считать "
                f"{noun(kind, 'ins')} {_labels(kind, news, citation)}"
            )
        else:
            rest = (
                f"{noun(kind, 'acc', True)} {_labels(kind, olds, citation)} считать "
                f"соответственно {noun(kind, 'ins', True)} {_labels(kind, news, citation)}"
            )
        return Clause("prep", target("prep"), rest)
    raise ValueError(f"unknown operation {op.op!r}")


def _groupable(op: m.Operation) -> bool:
    base, _ = split_heading(op.address)
    if not base:
        return False
    if op.op in (m.RESTATE_UNIT, m.REPEAL_UNIT) and base == top_address(op.address):
        return op.address.endswith(m.HEADING_SUFFIX)
    return True


def _joinable(op: m.Operation, first: bool = True) -> bool:
    """Word changes written «в <unit> …» that can share one clause, joined by commas; words
    added at the end follow them («…, дополнить словами «; …»»), never lead."""
    if op.op in (m.REPLACE_WORDS, m.DELETE_WORDS):
        return True
    if op.op == m.INSERT_WORDS and op.position == "end":
        return not first
    return op.op == m.INSERT_WORDS and op.position in ("after", "before")


def _starts_with_label(text: str, label: str) -> bool:
    return bool(re.match(rf"(?:Статья\s+)?{re.escape(label)}[.)]?(?:\s|$)", text, re.I))


def _extends_run(run: list[m.Operation], op: m.Operation, profile: Profile) -> bool:
    """New units in a row under one parent («дополнить частями 2.1 и 2.2 …»)."""
    last = run[-1]
    if op.op != m.ADD_UNIT or last.op != m.ADD_UNIT or op.address != last.address:
        return False
    if not op.label or not last.label or next_label(last.label) != op.label:
        return False
    kind = child_kind(op, profile)
    if kind != child_kind(last, profile) or kind == m.PARAGRAPH:
        return False
    implied = implied_placement(op.address, profile.key(kind), op.label, last)
    if (op.position or "end", op.anchor) != implied:
        return False
    texts = [o.new or "" for o in [*run, op]]
    labels = [o.label or "" for o in [*run, op]]
    if not all(_starts_with_label(t, lab) for t, lab in zip(texts, labels, strict=True)):
        return False
    # no line of the earlier units may look like the start of the next one
    return not any(
        _starts_with_label(line, op.label) for text in texts[:-1] for line in text.split("\n")
    )


def _entries(ops: list[m.Operation], profile: Profile) -> list[list[m.Operation]]:
    """Consecutive word changes in one unit become one clause: «в статье 1 слова «A»
    заменить словами «B», слова «C» заменить словами «D»»; new units in a row, one
    «дополнить частями 2.1 и 2.2 следующего содержания:»."""
    out: list[list[m.Operation]] = []
    for op in ops:
        if (
            out
            and _joinable(op, first=False)
            and _joinable(out[-1][0])
            and out[-1][0].address == op.address
        ):
            out[-1].append(op)
        elif out and _extends_run(out[-1], op, profile):
            out[-1].append(op)
        else:
            out.append([op])
    return out


def _groups(ops: list[m.Operation], profile: Profile) -> list[tuple[str, list[list[m.Operation]]]]:
    """Consecutive changes in one article become one item with lettered sub-items."""
    out: list[tuple[str, list[list[m.Operation]]]] = []
    for entry in _entries(ops, profile):
        key = top_address(entry[0].address) if _groupable(entry[0]) else ""
        if key and out and out[-1][0] == key:
            out[-1][1].append(entry)
        else:
            out.append((key, [entry]))
    return out


def _entry_clause(
    entry: list[m.Operation],
    context: str,
    act: m.Act,
    profile: Profile,
    previous: m.Operation | None,
) -> Clause:
    """One clause for an entry: its first operation's, the others' formulae appended."""
    first = clause(entry[0], context, act, profile, previous)
    if entry[0].op == m.ADD_UNIT and len(entry) > 1:
        kind = child_kind(entry[0], profile)
        labels = _labels(kind, [op.label or "" for op in entry], act.citation_style)
        head, _, _ = first.rest.partition("дополнить ")
        texts = "\n".join(op.new or "" for op in entry)
        first.rest = (
            f"{head}дополнить {noun(kind, 'ins', True)} {labels} следующего содержания:\n"
            f"{quote(texts)}"
        )
        return first
    more = [clause(op, context, act, profile).rest for op in entry[1:]]
    first.rest = ", ".join([first.rest, *more])
    return first


def letter(i: int) -> str:
    """а, б, в … я, then а.1-style doubling is avoided: аа, аб …"""
    if i < len(LETTERS):
        return LETTERS[i]
    return LETTERS[i // len(LETTERS) - 1] + LETTERS[i % len(LETTERS)]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def item_lines(ops: list[m.Operation], act: m.Act) -> list[str]:
    """Numbered items 1) … а) …, each ending «;» and the last «.» (several operations)."""
    profile = profile_for(act, "ru")
    lines: list[str] = []
    previous: m.Operation | None = None
    groups = _groups(ops, profile)
    for n, (key, group) in enumerate(groups, 1):
        last_group = n == len(groups)
        if len(group) == 1:
            text = _entry_clause(group[0], "", act, profile, previous).text()
            lines.append(f"{n}) {text}{'.' if last_group else ';'}")
            previous = group[0][-1]
            continue
        header = chain(addr.parse(key), "prep", profile, act.citation_style)
        lines.append(f"{n}) в {header}:")
        for i, entry in enumerate(group):
            end = "." if last_group and i == len(group) - 1 else ";"
            text = _entry_clause(entry, key, act, profile, previous).text()
            lines.append(f"{letter(i)}) {text}{end}")
            previous = entry[-1]
    return lines


def render_operations(ops: list[m.Operation], act: m.Act) -> str:
    """The instructions for one act: one sentence for a single change, else numbered items."""
    if not ops:
        return ""
    profile = profile_for(act, "ru")
    entries = _entries(ops, profile)
    if len(entries) == 1:
        return _capital(_entry_clause(entries[0], "", act, profile, None).text()) + ".\n"
    return "\n".join(item_lines(ops, act)) + "\n"
