"""The packaging files are well formed and name what the app needs."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from lxml import etree

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_desktop_file_opens_drafter_projects():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "drafter.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application"
    assert desktop["Exec"].startswith("drafter ")
    assert desktop["Icon"] == "drafter"
    assert "application/x-drafter-project" in desktop["MimeType"]
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(
            ["desktop-file-validate", str(PACKAGING / "drafter.desktop")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_matches_the_project_files():
    tree = etree.parse(str(PACKAGING / "drafter-mime.xml"))
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = tree.find("m:mime-type", ns)
    assert mime.get("type") == "application/x-drafter-project"
    assert tree.find(".//m:glob", ns).get("pattern") == "*.drafter"
    from drafter.io.project import APPLICATION_ID

    inner = tree.find(".//m:match/m:match", ns)
    assert int(inner.get("offset")) == 68
    assert inner.get("value").encode("ascii") == APPLICATION_ID.to_bytes(4, "big")


def test_icons_load(qapp):
    from PySide6.QtGui import QImage

    from drafter.ui.app import app_icon

    for name in ("drafter-256.png", "drafter-48.png"):
        image = QImage(str(ROOT / "resources" / "icons" / name))
        assert not image.isNull()
    assert not app_icon().isNull()
    assert not QImage(str(PACKAGING / "drafter.png")).isNull()


def test_pyinstaller_spec_and_build_script_are_sound():
    source = (PACKAGING / "drafter.spec").read_text(encoding="utf-8")
    compile(source, "drafter.spec", "exec")
    assert '"drafter/resources"' in source
    script = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    for step in ("--version", " show ", " export ", "demo"):
        assert step in script
    if shutil.which("bash"):
        assert subprocess.run(["bash", "-n", str(PACKAGING / "build.sh")]).returncode == 0


@pytest.mark.parametrize("name", ["README.md", "entry.py"])
def test_packaging_notes_exist(name):
    assert (PACKAGING / name).stat().st_size > 0
