#!/usr/bin/env python3
"""Golden test: every samples/NAME.txt through the CLI, compared with its goldens.

For each sample it runs twinning and compares, byte for byte:
  NAME.json               parse --format json
  NAME.csv                parse --format csv
  NAME.diagnostics.json   check --diagnostics json
  NAME.diagnostics.human  check --diagnostics human, then `exit: N`
  NAME.fmt                fmt, the listing in the canonical layout

A sample may have NAME.args with extra command-line arguments. Run from the
repository root so that file names in the output are `samples/NAME.txt`.
Set TWINNING_UPDATE_GOLDENS=1 to rewrite the goldens after an intended change.
"""

import argparse
import difflib
import os
import pathlib
import subprocess
import sys

# Checks that compare with "now" must not change with the calendar.
REFERENCE_DATE = "2026-01-01"


def run(twinning, args):
    result = subprocess.run([twinning, *args], capture_output=True, check=False)
    return result.stdout, result.returncode


def outputs(twinning, sample):
    extra = []
    args_file = sample.with_suffix(".args")
    if args_file.exists():
        extra = args_file.read_text(encoding="utf-8").split()
    common = ["--reference-date", REFERENCE_DATE, *extra]
    path = str(sample.relative_to(pathlib.Path.cwd()))
    json_out, _ = run(twinning, ["parse", *common, "--format", "json", path])
    csv_out, _ = run(twinning, ["parse", *common, "--format", "csv", path])
    diag_json, _ = run(twinning, ["check", *common, "--diagnostics", "json", path])
    human, code = run(twinning, ["check", *common, "--diagnostics", "human", path])
    canonical, _ = run(twinning, ["fmt", path])
    return {
        ".json": json_out,
        ".csv": csv_out,
        ".diagnostics.json": diag_json,
        ".diagnostics.human": human + f"exit: {code}\n".encode(),
        ".fmt": canonical,
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--samples", required=True)
    options = parser.parse_args()
    update = os.environ.get("TWINNING_UPDATE_GOLDENS") == "1"

    samples = sorted(pathlib.Path(options.samples).resolve().glob("*.txt"))
    if not samples:
        print("no samples found", file=sys.stderr)
        return 1
    failures = 0
    for sample in samples:
        for suffix, actual in outputs(options.twinning, sample).items():
            golden = sample.with_name(sample.stem + suffix)
            if update:
                golden.write_bytes(actual)
                continue
            expected = golden.read_bytes() if golden.exists() else b""
            if actual == expected:
                print(f"ok      {golden.name}")
                continue
            failures += 1
            print(f"FAILED  {golden.name}")
            diff = difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(keepends=True),
                actual.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"{golden.name} (expected)",
                tofile=f"{golden.name} (actual)",
            )
            sys.stdout.writelines(diff)
    checked = len(samples) * 4
    print(f"{checked - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
