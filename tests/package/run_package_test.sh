#!/usr/bin/env bash
# Installs sitrep into a scratch prefix, then consumes it four ways (CMake
# find_package, pkg-config, the CLI, Python ctypes) — and again after moving the
# whole install tree elsewhere, to prove it is relocatable.
set -euo pipefail
build_dir=$1
source_dir=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

cmake --install "$build_dir" --prefix "$work/prefix" >/dev/null

consume() {
  local prefix=$1 tag=$2
  echo "== consuming $prefix ($tag)"
  cmake -S "$source_dir/tests/package/consumer" -B "$work/consumer-$tag" \
        -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$work/consumer-$tag" >/dev/null
  LD_LIBRARY_PATH="$prefix/lib" "$work/consumer-$tag/consumer_cpp"
  LD_LIBRARY_PATH="$prefix/lib" "$work/consumer-$tag/consumer_c"

  local pc="$prefix/lib/pkgconfig"
  # shellcheck disable=SC2046
  cc -std=c99 -o "$work/pkgconfig-$tag" "$source_dir/tests/package/consumer/consumer.c" \
     $(PKG_CONFIG_PATH="$pc" pkg-config --cflags --libs sitrep_c)
  LD_LIBRARY_PATH="$prefix/lib" "$work/pkgconfig-$tag"
  test "$(PKG_CONFIG_PATH="$pc" pkg-config --modversion sitrep)" = "$(PKG_CONFIG_PATH="$pc" pkg-config --modversion sitrep_c)"

  "$prefix/bin/sitrep" version
  printf 'Yesterday, talks began.' | "$prefix/bin/sitrep" parse --date 2024-01-29 --format jsonl | grep -q '"2024-01-28"'

  # The Python package finds the library in its own install prefix.
  (cd "$work" && env -u SITREP_LIBRARY PYTHONPATH="$prefix/lib/python3/site-packages" python3 -c '
import sitrep, sys
doc = sitrep.Engine().parse("On Saturday, nine workers were killed.", date="2024-01-29")
assert doc["dates"][0]["value"] == "2024-01-27", doc
assert sitrep.library_path().startswith(sys.argv[1]), sitrep.library_path()
print("python: sitrep", sitrep.version(), "ok")' "$prefix")
}

consume "$work/prefix" installed
mv "$work/prefix" "$work/moved-prefix"
consume "$work/moved-prefix" moved
echo "1 passed, 0 failed"
