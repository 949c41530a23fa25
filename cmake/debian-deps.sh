#!/usr/bin/env bash
# Installs what building and testing sitrep needs on Debian 12 (as root).
# Idempotent and quiet when everything is already there.
set -euo pipefail
packages=(cmake g++ make pkg-config python3 libfmt-dev libabsl-dev doctest-dev libbenchmark-dev
          libicu-dev iso-codes)
[ "${SITREP_WITH_FUZZ:-0}" = 1 ] && packages+=(clang libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
