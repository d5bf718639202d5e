#!/usr/bin/env bash
# Build Drafter as one folder with PyInstaller (dist/drafter/), then check the build itself:
# --version, `show` on a sample act and `export` of the sample draft, run from the build.
# Usage: packaging/build.sh            (from anywhere; uses the repository's .venv)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# PyInstaller reads shared libraries with objdump (Debian: binutils).
if ! command -v objdump >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends binutils >/dev/null
fi
PY="$ROOT/.venv/bin/python"
if [ ! -x "$PY" ]; then
    python3 -m venv .venv
    "$PY" -m pip install -q -c constraints.txt -e ".[test]"
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q -c constraints.txt "pyinstaller>=6.10,<7"

rm -rf build/pyinstaller dist/drafter
"$PY" -m PyInstaller --noconfirm --clean \
    --workpath build/pyinstaller --distpath dist \
    packaging/drafter.spec

BIN="$ROOT/dist/drafter/drafter"
SMOKE="$(mktemp -d)"
trap 'rm -rf "$SMOKE"' EXIT
"$BIN" --version
"$BIN" show resources/samples/uk-rf_ch32_current.txt > "$SMOKE/show.txt"
grep -q "art:322.1" "$SMOKE/show.txt"
cp "$("$PY" -c 'from drafter.services.projects import sample_path; print(sample_path())')" \
    "$SMOKE/sample.drafter"
"$BIN" export "$SMOKE/sample.drafter" -o "$SMOKE/bundle"
test -s "$SMOKE/bundle/bill.docx"
test -s "$SMOKE/bundle/manifest.json"
# The app itself, offscreen: the frozen build finds its Qt plugins, icons and translations.
QT_QPA_PLATFORM=offscreen HOME="$SMOKE/home" DRAFTER_REPORT_READY=1 \
    DRAFTER_SCREENSHOT="$SMOKE/window.png" DRAFTER_SCREENSHOT_DELAY_MS=1500 \
    timeout 60 "$BIN" demo
test -s "$SMOKE/window.png"
du -sh dist/drafter
echo "built: dist/drafter (run dist/drafter/drafter demo)"
