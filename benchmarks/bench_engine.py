"""Time the amendment engine on the whole Criminal Code against a plain difflib word diff.

Run: .venv/bin/python benchmarks/bench_engine.py
Targets: diff + plan (+ render) of the whole code with 300 word edits over 100 articles
≤ 0.5 s median; word diff of one 5 KB article ≤ 5 ms median.
"""

from __future__ import annotations

import difflib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, median_seconds

from drafter.core import model as m
from drafter.core.apply import apply
from drafter.core.diff import diff_acts
from drafter.core.draft import units_equal
from drafter.core.plan import plan
from drafter.core.profiles import get_profile
from drafter.core.structure import parse_lines
from drafter.core.worddiff import word_diff

SEED = 20261127
ARTICLES = 100
EDITS = 300
RUNS = 5
VOCABULARY = ("лица", "срок", "пяти", "трех", "тысяч", "рублей", "либо", "государственной")

try:  # the styles land separately; include rendering when they are there
    from drafter.core.styles import render_operations
except ImportError:  # pragma: no cover - depends on the checkout
    render_operations = None


def edited_copy(act: m.Act, rng: random.Random) -> m.Act:
    """A copy of ``act`` with EDITS single-word substitutions spread over ARTICLES articles."""
    after = act.copy()
    candidates = []
    for article in after.top_units():
        fields = [
            (u, name)
            for u in article.walk()
            for name in ("text", "closing")
            if len(getattr(u, name).split()) > 5
        ]
        if fields:
            candidates.append(fields)
    for fields in rng.sample(candidates, ARTICLES):
        for _ in range(EDITS // ARTICLES):
            unit, name = rng.choice(fields)
            words = getattr(unit, name).split(" ")
            words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
            setattr(unit, name, " ".join(words))
    return after


def difflib_word_diff(before: m.Act, after: m.Act) -> int:
    """The plain comparison: SequenceMatcher over the word lists of every unit pair."""
    current = {u.address: u for u in before.top_units()}
    opcodes = 0
    for article in after.top_units():
        base = current.get(article.address)
        if base is None:
            continue
        for a, b in zip(base.walk(), article.walk(), strict=False):
            for name in ("heading", "text", "closing"):
                matcher = difflib.SequenceMatcher(
                    None, getattr(a, name).split(), getattr(b, name).split(), autojunk=False
                )
                opcodes += sum(1 for tag, *_ in matcher.get_opcodes() if tag != "equal")
    return opcodes


def five_kb_article(act: m.Act, rng: random.Random) -> tuple[str, str]:
    """The whole text of the smallest article of at least 5 KB, and it with 10 words changed."""

    def text_of(unit: m.Unit) -> str:
        return "\n".join(
            getattr(u, name)
            for u in unit.walk()
            for name in ("text", "closing")
            if getattr(u, name)
        )

    big = [u for u in act.top_units() if len(text_of(u).encode()) >= 5 * 1024]
    article = min(big, key=lambda u: len(text_of(u).encode()))
    old = text_of(article)
    words = old.split(" ")
    for _ in range(10):
        words[rng.randrange(len(words))] = rng.choice(VOCABULARY)
    return old, " ".join(words)


def main() -> int:
    lines = CODE_TXT.read_text(encoding="utf-8").splitlines()
    start = time.perf_counter()
    before = parse_lines(lines, slug="uk-rf", profile=get_profile("ru-code")).act
    parse_s = time.perf_counter() - start
    rng = random.Random(SEED)
    after = edited_copy(before, rng)
    units = sum(1 for _ in before.walk())

    ops = plan(before, after)
    result = apply(before, ops)
    round_trip = all(
        units_equal(a, b) for a, b in zip(result.top_units(), after.top_units(), strict=True)
    )
    kinds: dict[str, int] = {}
    for op in ops:
        kinds[op.op] = kinds.get(op.op, 0) + 1

    diff_s = median_seconds(lambda: diff_acts(before, after), RUNS)
    plan_s = median_seconds(lambda: plan(before, after), RUNS)
    render_s = None
    render_note = "styles not available"
    if render_operations is not None:
        try:
            render_operations(ops, before, "ru")
        except Exception as exc:  # the styles are another helper's work in progress
            render_note = f"render failed: {type(exc).__name__}: {exc}"
        else:
            render_s = median_seconds(lambda: render_operations(ops, before, "ru"), RUNS)
            render_note = ""
    apply_s = median_seconds(lambda: apply(before, ops), RUNS)
    difflib_s = median_seconds(lambda: difflib_word_diff(before, after), RUNS)

    old, new = five_kb_article(before, rng)
    article_s = median_seconds(lambda: word_diff(old, new), runs=21)
    article_difflib_s = median_seconds(
        lambda: difflib.SequenceMatcher(
            None, old.split(), new.split(), autojunk=False
        ).get_opcodes(),
        runs=21,
    )

    engine_s = plan_s + (render_s or 0.0)
    print(f"Criminal Code: {len(lines)} lines, {units} units, parsed in {parse_s:.2f} s")
    print(f"edits: {EDITS} word substitutions over {ARTICLES} articles (seed {SEED})")
    print(f"operations: {len(ops)} {kinds}; apply(plan) == after: {round_trip}")
    print()
    print(f"{'measure (median)':<44}{'seconds':>10}  target")
    print("-" * 66)
    rows = [
        ("diff_acts alone, whole code", diff_s, "(plan matches units itself)"),
        ("plan = diff + plan, whole code", plan_s, "≤ 0.5"),
        ("render_operations (ru), whole code", render_s, render_note),
        ("diff + plan + render, whole code", engine_s, "≤ 0.5"),
        ("apply(plan), whole code", apply_s, ""),
        ("difflib word diff per unit, whole code", difflib_s, "(comparison)"),
        (f"word_diff, one article ({len(old.encode()) / 1024:.1f} KB)", article_s, "≤ 0.005"),
        ("difflib word diff, same article", article_difflib_s, "(comparison)"),
    ]
    for name, seconds, target in rows:
        shown = "n/a" if seconds is None else f"{seconds:.4f}"
        print(f"{name:<44}{shown:>10}  {target}")
    return 0 if round_trip else 1


if __name__ == "__main__":
    raise SystemExit(main())
