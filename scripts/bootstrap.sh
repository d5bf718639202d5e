#!/usr/bin/env bash
# Install what Drafter needs and is missing: Debian packages (checked with dpkg -s), a virtual
# environment in .venv and the Python packages. Usage: scripts/bootstrap.sh app|test
# Once everything is in place it does nothing and needs no network, so the app starts offline.
set -euo pipefail

mode=${1:-app}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv="$root/.venv"

say() { printf 'drafter setup: %s\n' "$*" >&2; }

# Qt's xcb platform plugin and fonts (the app); LibreOffice, uno, Xvfb and poppler (the tests).
app_debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1
  libxcb-image0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 fonts-dejavu-core
  fonts-liberation)
test_debs=(libreoffice-writer-nogui python3-uno xvfb xauth x11-utils poppler-utils)

debs=("${app_debs[@]}")
[ "$mode" = test ] && debs+=("${test_debs[@]}")

pick_python() {
  for candidate in "${PYTHON:-}" python3.11 python3.12 python3.13 python3; do
    [ -n "$candidate" ] || continue
    if command -v "$candidate" >/dev/null 2>&1 &&
      "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"
      return 0
    fi
  done
  return 1
}

python=$(pick_python || true)
if [ -z "$python" ]; then
  debs+=(python3 python3-venv)
elif [ ! -x "$venv/bin/python" ] && ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  debs+=(python3-venv)  # Debian's python3 ships venv without ensurepip
fi

if command -v dpkg >/dev/null 2>&1; then
  missing=()
  for pkg in "${debs[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian packages: ${missing[*]}"
    if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      --no-install-recommends "${missing[@]}" >/dev/null
  fi
else
  say "not a Debian system: install Qt's runtime libraries (and LibreOffice for the tests) yourself"
fi
[ -n "$python" ] || python=$(pick_python)

if [ ! -x "$venv/bin/python" ]; then
  say "creating the virtual environment in .venv"
  "$python" -m venv "$venv"
fi

# Reinstall only when pyproject.toml, constraints.txt or the mode changed since the last install.
extra=""
[ "$mode" = test ] && extra="[test]"
stamp="$venv/.drafter-installed"
want="$(cat "$root/pyproject.toml" "$root/constraints.txt" | sha256sum | cut -d' ' -f1) $mode"
have=$(cat "$stamp" 2>/dev/null || true)
if [ "$have" != "$want" ] && ! { [ "$mode" = app ] && [ "${have#* }" = test ] &&
  [ "${have%% *}" = "${want%% *}" ]; }; then
  say "installing Python packages into .venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check \
    -c "$root/constraints.txt" -e "$root$extra"
  echo "$want" >"$stamp"
fi
