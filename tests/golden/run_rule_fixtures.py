#!/usr/bin/env python3
"""Every rule has a fixture, and each fixture's diagnostics match its golden.

tests/fixtures/rules/NAME.txt mixes inputs the rule NAME flags with clean
ones. It is checked with only that rule selected:

  twinning check --select NAME --reference-date 2026-01-01 [NAME.args] NAME.txt

and the human output, then `exit: N`, must equal NAME.expected byte for byte.
The test also fails when a rule has no fixture, or when a fixture's golden
shows no diagnostic of its rule. TWINNING_UPDATE_GOLDENS=1 rewrites goldens.

A rule whose input the grammar cannot read yet (a table, a list, a
sentence) has NAME.pending beside its fixture, saying why. Its golden is
still compared byte for byte, but need not show the rule; once it does,
the test fails until NAME.pending is removed, so no rule stays pending
after it fires.
"""

import argparse
import difflib
import os
import pathlib
import re
import subprocess
import sys

REFERENCE_DATE = "2026-01-01"


def rule_names(twinning):
    listing = subprocess.run([twinning, "rules"], capture_output=True, check=True, text=True).stdout
    return [line.split()[1] for line in listing.splitlines()]


def run_fixture(twinning, fixture, root):
    args = []
    args_file = fixture.with_suffix(".args")
    if args_file.exists():
        args = args_file.read_text(encoding="utf-8").split()
    name = fixture.stem
    command = [twinning, "check", "--select", name, "--reference-date", REFERENCE_DATE, *args,
               str(fixture.relative_to(root))]
    result = subprocess.run(command, capture_output=True, check=False, cwd=root)
    return result.stdout + result.stderr + f"exit: {result.returncode}\n".encode()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options = parser.parse_args()
    root = pathlib.Path(options.root).resolve()
    folder = root / "tests" / "fixtures" / "rules"
    update = os.environ.get("TWINNING_UPDATE_GOLDENS") == "1"

    failures = 0
    checked = 0
    for name in rule_names(options.twinning):
        fixture = folder / f"{name}.txt"
        checked += 1
        if not fixture.exists():
            failures += 1
            print(f"FAILED  {name}: no fixture {fixture.relative_to(root)}")
            continue
        actual = run_fixture(options.twinning, fixture, root)
        golden = fixture.with_suffix(".expected")
        if update:
            golden.write_bytes(actual)
        expected = golden.read_bytes() if golden.exists() else b""
        fires = re.search(rb"\[" + re.escape(name.encode()) + rb"/TW\d+\]", expected) is not None
        pending = fixture.with_suffix(".pending").exists()
        if pending and fires:
            failures += 1
            print(f"FAILED  {name}: the golden shows the rule now; remove {name}.pending")
            continue
        if not pending and not fires:
            failures += 1
            print(f"FAILED  {name}: the golden shows no [{name}] diagnostic")
            continue
        if actual != expected:
            failures += 1
            print(f"FAILED  {name}")
            sys.stdout.writelines(difflib.unified_diff(
                expected.decode("utf-8", "replace").splitlines(keepends=True),
                actual.decode("utf-8", "replace").splitlines(keepends=True),
                fromfile=f"{golden.name} (expected)", tofile=f"{golden.name} (actual)"))
            continue
        print(f"pending {name}" if pending else f"ok      {name}")
    print(f"{checked - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
