"""The sample draft's states the tests start from (written by resources/samples/build_demo.py)."""

from pathlib import Path

PROJECTS = Path(__file__).resolve().parent / "data" / "projects"
# The sample before round 1 (no round sent).
UNSENT = PROJECTS / "demo-unsent.drafter"
# The sample after round 1: sent to two agencies, their six remarks filed, none decided yet.
ROUND_1 = PROJECTS / "demo-round1.drafter"


def round_1_path() -> Path:
    """The sample after round 1, before any decision (what most remark tests start from)."""
    return ROUND_1
