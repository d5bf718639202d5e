"""Suite-wide settings and fixtures: hypothesis in CI, no silent skips there, one LibreOffice."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")

# CI replays the same examples every run, so a failure there is reproducible, never a fluke.
settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
if IN_CI:
    settings.load_profile("ci")

# Skips that are right even in CI (they depend on who runs the tests, not on what is installed).
ALLOWED_SKIPS_IN_CI = ("only Linux needs",)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI, a test skipped because a tool is missing (LibreOffice, Xvfb...) fails instead.

    .ci/run installs everything the tests need; a skip there means an install step is missing,
    and the check it stands for (LibreOffice opening our files, the window on a real X server)
    would otherwise pass unseen.
    """
    outcome = yield
    report = outcome.get_result()
    if not IN_CI or not report.skipped:
        return
    if hasattr(report, "wasxfail"):  # an expected failure hides a broken feature: not in CI
        report.outcome = "failed"
        report.longrepr = f"xfailed in CI, where every test must pass: {report.wasxfail}"
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(allowed in reason for allowed in ALLOWED_SKIPS_IN_CI):
        return
    report.outcome = "failed"
    report.longrepr = f"skipped in CI, where everything the tests need is installed: {reason}"


# One LibreOffice for the whole session, shared by every test that needs it (tests/io and
# tests/services): two at once would double the memory and the start-up on a 2-core CI machine.
LO_TIMEOUT = 180.0  # seconds any one LibreOffice call may take before its test fails


@pytest.fixture(scope="session")
def office():
    """A private headless soffice (tests/io/lo_harness.py), started on first use.

    Only the processes it started are ended at the end of the session, and the session fails
    if any of them is still running afterwards.
    """
    harness = str(Path(__file__).with_name("io"))
    if harness not in sys.path:
        sys.path.insert(0, harness)
    from lo_harness import LibreOffice, unavailable_reason

    reason = unavailable_reason()
    if reason:
        pytest.skip(reason)
    lo = LibreOffice(timeout=LO_TIMEOUT).start()
    try:
        yield lo
    finally:
        lo.close()
    left = lo.left_behind()
    assert not left, f"LibreOffice processes left behind: {left}"
