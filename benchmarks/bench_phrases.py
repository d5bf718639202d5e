"""How many instructions of a generated bill cut a phrase (issue 12, §1.7 of amending-formulae).

Run: .venv/bin/python benchmarks/bench_phrases.py [REPO]
REPO (default: this checkout) is the Drafter checkout whose engine plans the bill, so the same
bill and the same judge measure two versions:
    .venv/bin/python benchmarks/bench_phrases.py /work/main    # before
    .venv/bin/python benchmarks/bench_phrases.py               # after

The bill: a drafter-like amendment of the whole Criminal Code — every occurrence of a set of
real phrases, in articles chosen with a fixed seed, changed as a migration/policing draft would
change them (names of bodies, inserted words inside names, sanctions). The judge (this file,
with the word classes of drafter/core/russian_words.py of THIS checkout) counts the word
instructions whose quotes cut a phrase: a quote of two or more words ending on a preposition or
conjunction, a replaced quote ending on an adjective whose noun follows outside it, a quote
cutting a multi-word name, an anchor ending on a preposition.
"""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE.parent
sys.path.insert(0, str(REPO))

from drafter.core import model as m  # noqa: E402
from drafter.core.apply import apply  # noqa: E402
from drafter.core.draft import units_equal  # noqa: E402
from drafter.core.plan import plan  # noqa: E402
from drafter.core.profiles import get_profile  # noqa: E402
from drafter.core.structure import parse_lines  # noqa: E402

_spec = importlib.util.spec_from_file_location(
    "judge_words", HERE.parent / "drafter" / "core" / "russian_words.py"
)
assert _spec is not None and _spec.loader is not None
words = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(words)

CODE = HERE.parent / "tests/data/corpus/ru-uk-rf-full/uk-rf_full_pravo-gov-ru_ed-2023-08-04.txt"
SEED = 20261207
# (old phrase, new phrase): edits a drafter makes, each inside or around a fixed phrase.
EDITS = (
    ("органа внутренних дел", "органа полиции"),
    ("Государственной границы", "Государственной и таможенной границы"),
    ("Российской Федерации без", "Союзного государства без"),
    ("лицом без гражданства", "лицом без подданства"),
    ("лица без гражданства", "лица без гражданства или лица с двойным гражданством"),
    ("организованной группой", "преступным сообществом"),
    ("группой лиц по предварительному сговору", "группой лиц"),
    ("с использованием своего служебного положения", "с использованием служебного положения"),
    ("на срок до двух лет", "на срок до трех лет"),
    ("в крупном размере", "в значительном размере"),
    ("средств массовой информации", "средств массовой информации или сети «Интернет»"),
    ("принудительными работами", "обязательными работами"),
    ("лишением свободы на срок до пяти лет", "лишением свободы на срок до шести лет"),
    ("иностранным гражданином", "иностранным гражданином или лицом без гражданства"),
    ("в целях", "с целью"),
    ("по месту жительства", "по месту жительства или пребывания"),
    ("должностным лицом", "лицом, занимающим государственную должность"),
)
MAX_PER_EDIT = 4


def load() -> m.Act:
    lines = CODE.read_text(encoding="utf-8").splitlines()
    return parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act


def amend(act: m.Act, rng: random.Random) -> int:
    """Apply EDITS to up to MAX_PER_EDIT randomly chosen paragraphs each; the count made."""
    made = 0
    fields = [(u, f) for u in act.walk() for f in ("text", "closing") if not u.is_container]
    for old, new in EDITS:
        hits = [(u, f) for u, f in fields if old in getattr(u, f)]
        for unit, field in rng.sample(hits, min(MAX_PER_EDIT, len(hits))):
            setattr(unit, field, getattr(unit, field).replace(old, new, 1))
            made += 1
    return made


_NAMES = [
    re.compile(r"(?<!\w)" + r"\s+".join(p.pattern for p in name) + r"(?!\w)", re.I)
    for name in words.NAME_PATTERNS
]


def _cuts_name(text: str, quote: str) -> bool:
    """Does some occurrence of ``quote`` in ``text`` start or end inside a name?"""
    for hit in re.finditer(re.escape(quote), text):
        for name in _NAMES:
            for n in name.finditer(text):
                a, b = n.span()
                inside = a < hit.start() < b or a < hit.end() < b
                if inside and not (hit.start() <= a and hit.end() >= b):
                    return True
    return False


def cuts(op: m.Operation, text: str) -> str | None:
    """Why the instruction cuts a phrase (None when it does not)."""
    quotes = [q for q in (op.old, op.anchor) if q]
    for quote in [*quotes, *([op.new] if op.op == m.REPLACE_WORDS and op.new else [])]:
        ws = re.findall(r"\w+(?:-\w+)*", quote)
        if len(ws) > 1 and re.search(r"\w$", quote) and words.is_function_word(ws[-1]):
            return f"ends on «{ws[-1]}»"
    if (
        op.anchor
        and op.position == "after"
        and words.is_function_word(re.findall(r"\w+", op.anchor)[-1])
    ):
        return "anchor ends on a preposition"
    if op.op == m.REPLACE_WORDS and op.old:
        ws = re.findall(r"\w+(?:-\w+)*", op.old)
        after = text.split(op.old, 1)[1] if op.old in text else ""
        if ws and words.is_adjective(ws[-1]) and re.match(r"\s+[а-яё]", after, re.I):
            return "adjective without its noun"
    for quote in quotes:
        if _cuts_name(text, quote):
            return "cuts a name"
    return None


def main() -> None:
    rng = random.Random(SEED)
    before, after = load(), load()
    made = amend(after, rng)
    ops = plan(before, after)
    result = apply(before, ops)
    exact = all(
        units_equal(a, b) for a, b in zip(result.top_units(), after.top_units(), strict=True)
    )
    word_ops = [op for op in ops if op.op in (m.REPLACE_WORDS, m.DELETE_WORDS, m.INSERT_WORDS)]
    bad = []
    for op in word_ops:
        unit = before.find(op.address.split("#")[0])
        text = " ".join(s for u in unit.walk() for s in (u.heading, u.text, u.closing) if s)
        why = cuts(op, text)
        if why:
            bad.append((op, why))
    print(f"engine: {REPO}")
    print(f"edits made: {made}; instructions: {len(ops)}; word instructions: {len(word_ops)}")
    print(f"apply(before, plan) == after: {exact}")
    print(f"instructions that cut a phrase: {len(bad)} of {len(word_ops)}")
    for op, why in bad:
        print(f"  {op.address}: {why}: old={op.old!r} new={op.new!r} anchor={op.anchor!r}")


if __name__ == "__main__":
    main()
