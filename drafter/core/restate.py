"""Patch or restate: which form a changed unit's amendment takes, and the rule that chose it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from drafter.core import model as m
from drafter.core.diff import match_children
from drafter.core.draft import units_equal
from drafter.core.worddiff import diff_tokens, normal_form, same_text, tokenize
from drafter.messages import N_, Message, message

RESTATE = "restate"  # «… изложить в следующей редакции»
PATCH = "patch"  # word instructions, added and repealed units
AUTO = "auto"  # the rules below decide (a drafter's choice taken back)
FORMS = (RESTATE, PATCH)

LIST_POINTS = 5  # a list this long is amended point by point while at most half of it changes
_TEXT_FIELDS = ("text", "closing")
# A sentence ends at «.», «!» or «?» (a closing quote or bracket may follow) before a capital.
_SENTENCE_END = re.compile(r"(?<=[.!?])[»\"“”)]*\s+(?=[«\"(]?[A-ZА-ЯЁ])")
_MIN_SHARED = 2  # words a sentence must share with two others to be split or merged


@dataclass(frozen=True)
class Decision:
    """The form a unit's amendment takes and why (shown to the drafter)."""

    form: str  # RESTATE | PATCH
    reason: Message
    forced: bool = False


@dataclass(frozen=True)
class Measure:
    """What the rules look at: the patch's size against the unit's sentences and words."""

    changes: int  # operations the patch needs
    sentences: int  # sentences in the unit's current text, at least one per unit of text
    split_or_merged: bool  # a sentence of the current text split in two, or two merged
    changed_words: int  # words replaced, deleted or inserted in the units both texts share
    words: int  # words of those units, current and proposed together
    points: int  # the unit's own children (a list)
    changed_points: int  # of them, the ones added, removed or changed


@lru_cache(maxsize=8192)
def sentences(text: str) -> tuple[str, ...]:
    """The sentences of one paragraph of law text."""
    text = normal_form(text)
    return tuple(s for s in _SENTENCE_END.split(text) if s.strip()) if text else ()


def _sentence_count(unit: m.Unit) -> int:
    count = 0
    for u in unit.walk():
        own = sum(len(sentences(getattr(u, name))) for name in _TEXT_FIELDS)
        count += own if own or u.children else 1
    return max(count, 1)


def _shared(a: str, b: str) -> int:
    """Words two sentences share in runs of at least two (a split keeps its halves whole)."""
    wa, wb = a.split(" "), b.split(" ")
    matcher = SequenceMatcher(None, wa, wb, autojunk=False)
    return sum(size for _i, _j, size in matcher.get_matching_blocks() if size >= _MIN_SHARED)


def split_or_merged(old: str, new: str) -> bool:
    """Is a sentence of ``old`` split across two sentences of ``new``, or two merged into one?

    Sentences added or removed whole, or edited in place, are neither.
    """
    before, after = sentences(old), sentences(new)
    if len(before) == len(after) or not before or not after or same_text(old, new):
        return False
    matcher = SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "replace" or (i2 - i1) == (j2 - j1):
            continue
        for one, many in ((before[i1:i2], after[j1:j2]), (after[j1:j2], before[i1:i2])):
            for sentence in one:
                if sum(_shared(sentence, other) > _MIN_SHARED for other in many) >= 2:
                    return True
    return False


@lru_cache(maxsize=8192)  # a unit's fields are measured again for each unit around it
def _word_changes(old: str, new: str) -> tuple[int, int]:
    """(changed words, all words) of one field, current and proposed counted together."""
    if same_text(old, new):
        words = tokenize(old).word_count()
        return 0, 2 * words
    tdiff = diff_tokens(old, new)
    changed = 0
    for change in tdiff.changes:
        changed += tdiff.old.word_count(*change.old_tokens)
        changed += tdiff.new.word_count(*change.new_tokens)
    return changed, tdiff.old.word_count() + tdiff.new.word_count()


def _paired(before: m.Unit, after: m.Unit) -> Iterable[tuple[m.Unit, m.Unit]]:
    """The units both texts share, pair by pair (added and removed units are left out)."""
    yield before, after
    for b, a in match_children(before.children, after.children):
        if b is not None and a is not None:
            yield from _paired(b, a)


def _points(before: m.Unit, after: m.Unit) -> tuple[int, int]:
    """(points, changed points): the unit's children, and those added, removed or changed."""
    pairs = match_children(before.children, after.children)
    changed = sum(1 for b, a in pairs if b is None or a is None or not units_equal(b, a))
    return len(before.children), changed


def _words_and_splits(before: m.Unit, after: m.Unit) -> tuple[int, int, bool]:
    """(changed words, all words, a sentence split or merged) over the units both share."""
    changed = words = 0
    split = False
    for b, a in _paired(before, after):
        for name in ("heading", *_TEXT_FIELDS):
            c, w = _word_changes(getattr(b, name), getattr(a, name))
            changed, words = changed + c, words + w
        split = split or any(
            split_or_merged(getattr(b, name), getattr(a, name)) for name in _TEXT_FIELDS
        )
    return changed, words, split


def measure(before: m.Unit, after: m.Unit, patch: list[m.Operation]) -> Measure:
    """The figures :func:`decide` compares for ``patch`` turning ``before`` into ``after``."""
    points, changed_points = _points(before, after)
    changed, words, split = _words_and_splits(before, after)
    return Measure(
        changes=len(patch),
        sentences=_sentence_count(before),
        split_or_merged=split,
        changed_words=changed,
        words=words,
        points=points,
        changed_points=changed_points,
    )


def decide(
    before: m.Unit, after: m.Unit, patch: list[m.Operation] | None, forced: str | None = None
) -> Decision:
    """Restate ``before`` or amend it by ``patch`` (None: no patch can say it).

    A drafter's ``forced`` form wins where it can be honoured. Otherwise: a list of
    :data:`LIST_POINTS` or more points of which at most half change is amended point by point;
    a patch that is one restated unit inside it is kept (restating around it would only quote
    unchanged text too); else the unit is restated when the patch needs more changes than the
    unit has sentences, when a sentence is split or two are merged, or when more than half of
    its words change. The figures are taken in that order, the costly ones only when needed.
    """
    if patch is None:
        return Decision(RESTATE, message(N_("restated: word changes cannot express it")))
    if forced == RESTATE:
        return Decision(RESTATE, message(N_("restated, as the drafter chose")), forced=True)
    if forced == PATCH:
        return Decision(PATCH, message(N_("amended by patches, as the drafter chose")), True)
    points, changed_points = _points(before, after)
    if points >= LIST_POINTS and 2 * changed_points <= points:
        text = N_("amended point by point: {changed} of its {points} points change")
        return Decision(PATCH, message(text, changed=changed_points, points=points))
    if len(patch) == 1 and patch[0].op == m.RESTATE_UNIT and patch[0].address != before.address:
        return Decision(PATCH, message(N_("amended by restating one unit inside it")))
    sentences = _sentence_count(before)
    if len(patch) > sentences:
        text = N_("restated: patching needs {changes} changes for its {sentences} sentences")
        return Decision(RESTATE, message(text, changes=len(patch), sentences=sentences))
    changed, words, split = _words_and_splits(before, after)
    if split:
        return Decision(RESTATE, message(N_("restated: its sentences are split or merged")))
    if words and 2 * changed > words:
        percent = round(100 * changed / words)
        return Decision(
            RESTATE, message(N_("restated: {percent}% of its words change"), percent=percent)
        )
    return Decision(PATCH, message(N_("amended by patches")))


# --- the form each unit got ----------------------------------------------------------------------
def _within(address: str, ancestor: str) -> bool:
    base = address.split("#", 1)[0]
    return base == ancestor or base.startswith(ancestor + "/")


def form_of(address: str, operations: Iterable[m.Operation]) -> str | None:
    """The form the unit at ``address`` got in ``operations``: RESTATE when it (or a unit
    around it) is restated, PATCH when it is amended otherwise, None when it is untouched."""
    touched = False
    for op in operations:
        if op.op == m.RESTATE_UNIT and _within(address, op.address.split("#", 1)[0]):
            return RESTATE
        if _within(op.address, address) or (op.address == "" and not address):
            touched = True
    return PATCH if touched else None


def unit_forms(operations: Iterable[m.Operation]) -> dict[str, str]:
    """The units ``operations`` amend and the form each gets (address → RESTATE | PATCH)."""
    out: dict[str, str] = {}
    for op in operations:
        address = op.address.split("#", 1)[0]
        if op.op == m.RESTATE_UNIT:
            out[address] = RESTATE
        elif op.op in (m.REPLACE_WORDS, m.INSERT_WORDS, m.DELETE_WORDS):
            out.setdefault(address, PATCH)
    return out


def unhonoured(forms: Mapping[str, str], operations: list[m.Operation]) -> list[Message]:
    """A warning for each unit the drafter wants amended by patches that had to be restated."""
    return [
        message(
            N_("{address}: word changes cannot express this change, so it is restated."),
            address=address,
        )
        for address, form in forms.items()
        if form == PATCH and form_of(address, operations) == RESTATE
    ]


def forced_form(forms: Mapping[str, str], address: str) -> str | None:
    """The drafter's form for ``address``; PATCH when a unit inside it must be patched (so a
    unit around it is never restated on its own account)."""
    chosen = forms.get(address)
    if chosen in FORMS:
        return chosen
    inside = address + "/"
    if any(key.startswith(inside) and form == PATCH for key, form in forms.items()):
        return PATCH
    return None


def setting_key(slug: str, address: str) -> str:
    """The key of a unit's chosen form in the project's ``restate`` setting."""
    return f"{slug}|{address}"


def forms_for(chosen: Mapping[str, str], slug: str) -> dict[str, str]:
    """The drafter's forms of act ``slug``'s units (address → form) from the project setting."""
    prefix = slug + "|"
    return {
        key[len(prefix) :]: form
        for key, form in chosen.items()
        if key.startswith(prefix) and form in FORMS
    }
