"""`drafter demo` on a real X server (Xvfb), on a fresh HOME: the window appears within 10 s."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .helpers import LineReader

pytestmark = pytest.mark.xvfb

DRAFTER = Path(sys.executable).with_name("drafter")


def _free_display() -> int:
    for n in range(91, 140):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    pytest.skip("no free X display number")


@pytest.fixture
def xserver():
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (Debian: apt install xvfb)")
    n = _free_display()
    server = subprocess.Popen(
        ["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not Path(f"/tmp/.X11-unix/X{n}").exists():
        if time.monotonic() > deadline or server.poll() is not None:
            server.kill()
            pytest.skip("Xvfb did not start")
        time.sleep(0.05)
    yield f":{n}"
    server.terminate()
    server.wait(10)


def _fresh_env(home: Path, display: str, **extra: str) -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("XDG_", "QT_", "DRAFTER_")) and k not in ("HOME", "DISPLAY")
    }
    env.update(HOME=str(home), DISPLAY=display, DRAFTER_REPORT_READY="1", **extra)
    return env


def _run_demo(env: dict[str, str], timeout: float) -> tuple[subprocess.Popen, str, float]:
    started = time.monotonic()
    proc = subprocess.Popen(
        [str(DRAFTER), "demo"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    output = LineReader(proc, proc.stderr, "`drafter demo`")
    try:
        line = output.wait_for("drafter: ready:", timeout)
    except AssertionError as exc:
        proc.kill()
        proc.wait(10)
        pytest.fail(f"`drafter demo` showed no window within {timeout:g} s: {exc}")
    return proc, line.strip(), time.monotonic() - started


def test_demo_window_appears_within_10_seconds(xserver, tmp_path):
    # A shared machine may be slow once: the best of three starts counts.
    times: list[float] = []
    for attempt in range(3):
        home = tmp_path / f"home-{attempt}"
        home.mkdir()
        proc, line, elapsed = _run_demo(_fresh_env(home, xserver, LANG="en_US.UTF-8"), 30)
        if elapsed < 10:
            break
        times.append(elapsed)
        proc.terminate()
        proc.wait(10)
    else:
        pytest.fail(f"the window took {[round(t, 1) for t in times]} s to appear (limit 10 s)")
    try:
        assert line.endswith("— Drafter")
        if shutil.which("xwininfo"):
            tree = subprocess.run(
                ["xwininfo", "-root", "-tree"],
                env={"DISPLAY": xserver},
                capture_output=True,
                text=True,
                timeout=10,
            ).stdout
            assert '("drafter" "Drafter")' in tree  # the window, by its class
        # A copy of the sample, never the bundled original.
        copies = list((home / ".local" / "share" / "drafter" / "demo").glob("*.drafter"))
        assert len(copies) == 1
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_screenshot_of_the_real_window(xserver, tmp_path, lang):
    """Grabs the window under Xvfb; with DRAFTER_SAVE_SCREENSHOTS=1 it updates docs/img."""
    home = tmp_path / "home"
    home.mkdir()
    target = tmp_path / f"app-{lang}.png"
    locale = {"en": "en_US.UTF-8", "ru": "ru_RU.UTF-8"}[lang]
    env = _fresh_env(
        home,
        xserver,
        LANG=locale,
        LC_ALL=locale,
        DRAFTER_SCREENSHOT=str(target),
        # Article 322.1: heavier penalties and a new point «г», side by side.
        DRAFTER_SCREENSHOT_UNIT="uk-rf art:322.1",
    )
    proc, _line, _elapsed = _run_demo(env, 10)
    try:
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert target.is_file()
    from PySide6.QtGui import QImage

    image = QImage(str(target))
    assert image.width() >= 1000 and image.height() >= 600
    assert target.stat().st_size < 250_000
    if os.environ.get("DRAFTER_SAVE_SCREENSHOTS") == "1":
        out = Path(__file__).resolve().parents[2] / "docs" / "img" / target.name
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(target, out)
