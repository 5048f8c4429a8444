#!/usr/bin/env bash
# Installs twinning from BUILD into a scratch prefix, builds tests/consumer
# against it with find_package(twinning), and runs it.
set -euo pipefail
build=$1
source=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$source" -B "$work/build" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/build" >/dev/null
output=$("$work/build/app")
expected="Katowice PL 281711
example.txt:1: \`Katowice\` has no agreement date
example.txt:1: \`Katowice\` has no areas of cooperation"
if [ "$output" != "$expected" ]; then
    printf 'unexpected output:\n%s\n' "$output"
    echo "0 passed, 1 failed"
    exit 1
fi
test -x "$work/prefix/bin/twinning"
echo "1 passed, 0 failed"
