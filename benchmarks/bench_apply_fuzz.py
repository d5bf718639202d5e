"""Fuzzing `drafter apply`: damaged instruction texts (refused / correct / wrong) and mutated
drafts (apply(base, diff(base, draft)) == draft), on real articles of the Criminal Code and the
КоАП and the English samples.

    python benchmarks/bench_apply_fuzz.py --texts 2000 --drafts 2000 --seed 1

Each damaged text is a `drafter diff` output of a random draft with one mutation (misspelt
verb, dropped or extra quote, truncated, doubled spaces, swapped quote forms), applied through
`services.amend.apply_file` as the command does. "wrong" counts exit-0 results that differ
from a correct reading of the text.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from collections import Counter
from pathlib import Path

import _common  # noqa: F401  (puts the repository on sys.path)

from drafter.core.plan import plan
from drafter.core.styles import render_operations
from drafter.errors import DrafterError
from drafter.services.acts import load_act
from drafter.services.amend import apply_file, diff_files
from tests import fuzz_bills as fb

BASES = (("uk-rf", "ru"), ("koap", "ru"), ("uk", "uk"), ("us", "us"))


def _lines(name: str) -> list[str]:
    return fb.en_base_lines(name) if name in ("uk", "us") else fb.ru_base_lines(name)


def damaged_texts(count: int, seed: int, tmp: Path) -> Counter[tuple[str, str]]:
    rng = random.Random(seed)
    acts = {}
    for name, _style in BASES:
        path = tmp / f"{name}.txt"
        path.write_text("\n".join(_lines(name)) + "\n", encoding="utf-8")
        acts[name] = (path, load_act(path).act)
    tally: Counter[tuple[str, str]] = Counter()
    done = 0
    while done < count:
        name, style = BASES[done % len(BASES)]
        path, base = acts[name]
        english = style != "ru"
        draft = fb.edit_draft(base, rng, english=english)
        ops = plan(base, draft)
        if not ops:
            continue
        kind = fb.MUTATIONS[(done // len(BASES)) % len(fb.MUTATIONS)]
        text = fb.mutate(render_operations(ops, base, style), kind, rng, english)
        if text is None:
            continue
        done += 1
        instructions = tmp / "instructions.txt"
        instructions.write_text(text, encoding="utf-8")
        try:
            result, read = apply_file(path, instructions, style=style)
        except DrafterError:
            tally[(kind, "refused")] += 1
            instructions.write_text(render_operations(ops, base, style), encoding="utf-8")
            try:
                apply_file(path, instructions, style=style)
            except DrafterError:
                tally[(kind, "clean refused")] += 1  # the undamaged text is refused too
                tally[("clean refused", name)] += 1
            continue
        tally[(kind, fb.judge(base, ops, kind, result, read).verdict)] += 1
    return tally


def _stray_quote(line: str, rng: random.Random) -> str:
    """A quote mark typed before a word of the line (not in its label or heading number)."""
    spaces = [i for i, ch in enumerate(line) if ch == " "][2:]
    i = rng.choice(spaces) + 1 if spaces else len(line)
    return line[:i] + rng.choice('„"“«»') + line[i:]


def mutated_drafts(count: int, seed: int, tmp: Path) -> Counter[str]:
    """Drafts with stray quote marks typed into their text (and a changed word), of whole
    articles and of fragments that start below the first heading (inside an article)."""
    rng = random.Random(seed)
    tally: Counter[str] = Counter()
    sources = {name: _lines(name) for name in ("uk-rf", "koap")}
    for n in range(count):
        lines = list(sources["uk-rf" if n % 2 else "koap"])
        if n % 4 >= 2:  # a fragment: from a line below the first article heading
            lines = lines[rng.randint(1, 6) :]
        draft = list(lines)
        places = [i for i, x in enumerate(draft) if len(x.split()) > 3]
        for _ in range(rng.randint(1, 3)):
            i = rng.choice(places)
            draft[i] = _stray_quote(draft[i], rng)
        if rng.random() < 0.5:
            i = rng.choice(places)
            words = draft[i].split(" ")
            words[rng.randrange(2, len(words))] = rng.choice(fb.RU_WORDS)
            draft[i] = " ".join(words)
        before, after = tmp / "before.txt", tmp / "after.txt"
        before.write_text("\n".join(lines) + "\n", encoding="utf-8")
        after.write_text("\n".join(draft) + "\n", encoding="utf-8")
        instructions = tmp / "diff.txt"
        try:
            diff = diff_files(before, after, style="ru")
            instructions.write_text(diff.instructions, encoding="utf-8")
            result, _read = apply_file(before, instructions, style="ru")
        except DrafterError as exc:
            above = "above the first unit heading" in str(exc)
            tally["refused"] += 1
            tally["refused: changed above the first heading" if above else "refused: other"] += 1
            continue
        want = load_act(after, slug=result.slug).act
        tally["round trip" if fb.same_whole_act(result, want) else "mismatch"] += 1
    return tally


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=int, default=2000)
    parser.add_argument("--drafts", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        tally = damaged_texts(args.texts, args.seed, tmp)
        print(f"damaged instruction texts: {args.texts}")
        for verdict in ("refused", "correct", "wrong"):
            print(f"  {verdict}: {sum(v for (_k, x), v in tally.items() if x == verdict)}")
        for kind in fb.MUTATIONS:
            row = ", ".join(f"{x} {tally[(kind, x)]}" for x in ("refused", "correct", "wrong"))
            clean = tally[(kind, "clean refused")]
            print(f"    {kind}: {row} (refused with the undamaged text refused too: {clean})")
        clean = {name: tally[("clean refused", name)] for name, _style in BASES}
        print(f"  undamaged texts refused too, by act: {clean}")
        drafts = mutated_drafts(args.drafts, args.seed, tmp)
        print(f"mutated drafts (stray quotes, fragments): {args.drafts}")
        for verdict in (
            "round trip",
            "refused",
            "refused: changed above the first heading",
            "refused: other",
            "mismatch",
        ):
            print(f"  {verdict}: {drafts[verdict]}")


if __name__ == "__main__":
    main()
