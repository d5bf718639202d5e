"""Suite-wide settings: a reproducible hypothesis profile in CI, and no silent skips there."""

from __future__ import annotations

import os

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
    if not IN_CI or not report.skipped or hasattr(report, "wasxfail"):
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
    if any(allowed in reason for allowed in ALLOWED_SKIPS_IN_CI):
        return
    report.outcome = "failed"
    report.longrepr = f"skipped in CI, where everything the tests need is installed: {reason}"
