#!/usr/bin/env bash
# The project's two commands, for a fresh Debian machine with Python 3.11:
#   bash scripts/dev.sh run  [PATH]        set everything up, open the app on PATH (a seed page by default)
#   bash scripts/dev.sh test [PYTEST ARGS]  set everything up, run the whole test suite
# Idempotent: system packages are installed only when missing, the virtual environment
# (.venv) only when pyproject.toml changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

# What PySide6 needs on a bare Debian machine (offscreen and a real window), Xvfb to show a
# window without a screen, a CJK font so Chinese is not boxes, venv for Python itself, and binutils
# (objdump) for PyInstaller, which the packaged-app test runs.
SYSTEM_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0
  libxcb-xkb1 libxkbcommon-x11-0 libxcb-randr0 libxcb-xfixes0 libxcb-shm0 libxcb-sync1 libxcb-xinerama0
  xvfb xauth fonts-noto-cjk python3-venv binutils
)

log() { printf '\033[1m[newsfacts]\033[0m %s\n' "$*" >&2; }

install_system_packages() {
  local missing=()
  for p in "${SYSTEM_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { log "missing system packages and no sudo: ${missing[*]}"; exit 1; }
    sudo="sudo"
  fi
  log "installing system packages: ${missing[*]}"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

pick_python() {
  for py in python3.11 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$py"; return
    fi
  done
  log "Python 3.11 or newer is needed"; exit 1
}

setup_venv() {
  local extras=$1 stamp=".venv/.installed-$1"
  local want
  want=$(cat pyproject.toml | sha1sum | cut -c1-16)
  if [ ! -x .venv/bin/python ]; then
    log "creating .venv"
    "$(pick_python)" -m venv .venv
  fi
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    log "installing Python packages (.[$extras])"
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e ".[$extras]"
    echo "$want" > "$stamp"
  fi
}

with_display() {
  if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    "$@"
  else
    log "no screen found: running under Xvfb"
    xvfb-run -a -s "-screen 0 1600x1000x24" "$@"
  fi
}

cmd=${1:-}
shift || true
case "$cmd" in
  run)
    install_system_packages
    setup_venv test
    target=${1:-seeds/000_51b227bd1f4d3619.txt}
    with_display .venv/bin/newsfacts "$target"
    ;;
  test)
    install_system_packages
    setup_venv test
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest "$@"
    rc=$?
    set -e
    exit $rc
    ;;
  *)
    echo "usage: bash scripts/dev.sh run [PATH] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
