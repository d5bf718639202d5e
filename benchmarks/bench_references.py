"""Time finding the consequential references in the whole Criminal Code.

Run: python benchmarks/bench_references.py [--runs N]
Timed (median): every reference inside the Code (`find_references`), and the references to the
units a draft touches (`consequences`: the proposed act, its diff, the references followed
through the draft) for a draft that repeals article 322.2 and changes article 322.1.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # _common puts the repo on sys.path
from _common import CODE_TXT, median_seconds

from drafter.core import model as m
from drafter.core.act_names import default_name_forms
from drafter.core.draft import repealed_unit
from drafter.core.references import consequences, find_references
from drafter.core.structure import parse_lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    act = parse_lines(CODE_TXT.read_text(encoding="utf-8").split("\n"), slug="uk-rf").act
    act.names = default_name_forms(act)
    refs = find_references([act])
    cited = sum(len(r.cited) for r in refs)
    print(f"references in the Code: {len(refs)} citations naming {cited} units")
    seconds = median_seconds(lambda: find_references([act]), args.runs)
    print(f"find_references, whole Code: median {seconds * 1000:.0f} ms over {args.runs} runs")

    changed = act.find("art:322.1").copy()
    changed.children[0].text = changed.children[0].text.replace("незаконного", "незаконных")
    draft = m.Draft(
        acts=[
            m.ActDraft(
                "uk-rf",
                {
                    "art:322.1": m.Proposal("art:322.1", m.CHANGED, changed),
                    "art:322.2": m.Proposal(
                        "art:322.2", m.REPEALED, repealed_unit(act.find("art:322.2"))
                    ),
                },
            )
        ]
    )
    found = consequences([act], draft)
    print(f"consequences of the draft: {len(found)}")
    seconds = median_seconds(lambda: consequences([act], draft), args.runs)
    print(f"consequences, whole Code: median {seconds * 1000:.0f} ms over {args.runs} runs")


if __name__ == "__main__":
    main()
