#!/usr/bin/env bash
# The system packages kbtdesk needs on Debian/Ubuntu: Qt's libraries and a font, and the X11
# libraries Qt's xcb plugin loads to open a window (`make run`). With --test, also what the tests
# use: pdftotext/pdftoppm, the desktop-file validators and Free Pascal (the installer's PATH code).
# As root: installs what is missing with apt-get. Otherwise: prints the one command to run.
# --list prints the packages and does nothing else (tests/packaging checks them against Qt).
set -euo pipefail
# Qt itself, also headless (the offscreen platform, printing, PDF text)
pkgs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libxcb1 fonts-dejavu-core)
# Qt's xcb platform plugin: what it links besides the above (Wayland desktops run it via XWayland)
pkgs+=(libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render0
       libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1
       libxkbcommon-x11-0)
test=0 list=0
for arg in "$@"; do
  case $arg in
    --test) test=1 ;;
    --list) list=1 ;;
    *) echo "usage: $0 [--test] [--list]" >&2; exit 2 ;;
  esac
done
((test)) && pkgs+=(poppler-utils desktop-file-utils appstream fp-compiler fp-units-rtl)
if ((list)); then
  printf '%s\n' "${pkgs[@]}"
  exit 0
fi
command -v dpkg-query >/dev/null || exit 0   # not Debian/Ubuntu: nothing we know how to check
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
missing=()
for p in "${pkgs[@]}"; do
  # Ubuntu 24.04 renamed some libraries for 64-bit time (libglib2.0-0 is libglib2.0-0t64 there).
  installed "$p" || installed "${p}t64" || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
  exit 1
fi
