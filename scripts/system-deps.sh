#!/usr/bin/env bash
# Qt's system libraries and fonts (and, for the tests, poppler's pdftotext/pdftoppm).
# As root: installs what is missing with apt-get. Otherwise: prints the one command to run.
set -euo pipefail
pkgs=(libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libxkbcommon0 libx11-6 libxcb1 fonts-dejavu-core)
[[ ${1:-} == --test ]] && pkgs+=(poppler-utils)
command -v dpkg-query >/dev/null || exit 0   # not Debian/Ubuntu: nothing we know how to check
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
((${#missing[@]})) || exit 0
if [[ $(id -u) -eq 0 ]]; then
  echo "Installing system packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Missing system packages. Run:"
  echo "  sudo apt-get install -y ${missing[*]}"
  exit 1
fi
