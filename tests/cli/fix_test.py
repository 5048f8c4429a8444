#!/usr/bin/env python3
"""`twinning check --fix` and `--unsafe-fixes` on the seed and on small listings."""

import argparse
import json
import os
import pathlib
import stat
import subprocess
import sys
import tempfile
import unittest

TWINNING = None
ROOT = None


def run(*args, stdin=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False)


def seed_copy(folder):
    copy = pathlib.Path(folder) / "ostrava.txt"
    copy.write_bytes((ROOT / "samples" / "ostrava-partner-cities.txt").read_bytes())
    return copy


def fixed_golden(name):
    return (ROOT / "tests" / "fixtures" / "fixes" / name).read_bytes()


class Fix(unittest.TestCase):
    def test_safe_fixes_on_the_seed(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            result = run("check", "--fix", "--reference-date", "2026-01-01", str(seed))
            self.assertEqual(seed.read_bytes(), fixed_golden("ostrava.safe.txt"))
            self.assertEqual(result.stderr.decode().splitlines(), [
                f"{seed}:23:1: fixed [missing-record-separator] insert a blank line",
                f"{seed}:31:1: fixed [label-typo] write `population`",
                f"{seed}:34:1: fixed [missing-record-separator] insert a blank line",
            ])
            # The check that follows reports what is left: the error stays.
            self.assertEqual(result.returncode, 1)
            self.assertNotIn(b"label-typo", result.stdout)
            self.assertIn(b"missing-header", result.stdout)

    def test_unsafe_fixes_on_the_seed(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            result = run("check", "--fix", "--unsafe-fixes", "--reference-date", "2026-01-01", str(seed))
            self.assertEqual(seed.read_bytes(), fixed_golden("ostrava.unsafe.txt"))
            listed = result.stderr.decode().splitlines()
            self.assertEqual(len(listed), 9)
            self.assertIn(f"{seed}:4:1: fixed [missing-header] insert header `Dresden (Germany)`", listed)
            self.assertIn(f"{seed}:37:121: fixed [misspelled-word] write `activity`", listed)
            self.assertEqual(result.returncode, 0)

    def test_unsafe_fixes_write_the_labels_a_shape_was_read_as(self):
        with tempfile.TemporaryDirectory() as folder:
            listing = pathlib.Path(folder) / "lines.txt"
            listing.write_bytes(b"Znojmo (Czech Republic)\nTwinned since 1991\nwww.znojmo.eu\n")
            before = run("parse", "--format", "jsonl", str(listing)).stdout
            result = run("check", "--fix", "--unsafe-fixes", "--select", "field-from-shape", str(listing))
            self.assertEqual(listing.read_bytes(),
                             b"Znojmo (Czech Republic)\npartnership agreement signed: Twinned since 1991\n"
                             b"web sites: www.znojmo.eu\n")
            self.assertEqual(len(result.stderr.decode().splitlines()), 2)
            after = json.loads(run("parse", "--format", "jsonl", str(listing)).stdout)
            self.assertEqual(after["layout"], "fields")
            self.assertEqual(after["inferred"], [])
            for key in ("name", "country", "signed", "websites"):
                self.assertEqual(after[key], json.loads(before)[key])

    def test_fixing_again_changes_nothing(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            run("check", "--fix", "--unsafe-fixes", str(seed))
            fixed = seed.read_bytes()
            again = run("check", "--fix", "--unsafe-fixes", str(seed))
            self.assertEqual(seed.read_bytes(), fixed)
            self.assertEqual(again.stderr, b"")

    def test_a_file_with_nothing_to_fix_is_not_rewritten(self):
        with tempfile.TemporaryDirectory() as folder:
            clean = pathlib.Path(folder) / "clean.txt"
            clean.write_bytes(b"Split (Croatia)\npopulation: 160 577 (2021)\nweb sites: www.split.hr\n")
            os.utime(clean, (1_000_000_000, 1_000_000_000))
            result = run("check", "--fix", str(clean))
            self.assertEqual(result.stderr, b"")
            self.assertEqual(clean.stat().st_mtime, 1_000_000_000)

    def test_the_fixed_file_keeps_its_mode_and_no_temporary_file_is_left(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            seed.chmod(0o600)
            run("check", "--fix", str(seed))
            self.assertEqual(stat.S_IMODE(seed.stat().st_mode), 0o600)
            self.assertEqual(os.listdir(folder), ["ostrava.txt"])

    def test_machine_readable_diagnostics_stay_clean(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            result = run("check", "--fix", "--diagnostics", "json", str(seed))
            diagnostics = json.loads(result.stdout)
            self.assertNotIn("label-typo", [d["name"] for d in diagnostics])
            self.assertIn(b"fixed [label-typo]", result.stderr)

    def test_only_selected_rules_are_fixed(self):
        with tempfile.TemporaryDirectory() as folder:
            seed = seed_copy(folder)
            result = run("check", "--fix", "--select", "label-typo", str(seed))
            self.assertEqual(len(result.stderr.decode().splitlines()), 1)
            self.assertNotIn(b"populataion", seed.read_bytes())


class Failures(unittest.TestCase):
    def assert_one_line_failure(self, result):
        self.assertEqual(result.returncode, 2)
        self.assertEqual(len(result.stderr.decode().splitlines()), 1, result.stderr)

    def test_unsafe_fixes_need_fix(self):
        self.assert_one_line_failure(run("check", "--unsafe-fixes", "x.txt"))

    def test_fix_needs_a_file(self):
        result = run("check", "--fix", "-", stdin=b"Split (Croatia)\npopulataion: 1\n")
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"--fix needs files", result.stderr)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
