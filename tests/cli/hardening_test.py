#!/usr/bin/env python3
"""Hostile and broken input: binary files, floods of findings, CSV injection,
interrupted writes, and output that is the same byte for byte on every run."""

import argparse
import csv
import io
import json
import os
import pathlib
import signal
import subprocess
import sys
import tempfile
import time
import unittest

TWINNING = None
ROOT = None


def run(*args, stdin=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False, cwd=ROOT)


class BadInput(unittest.TestCase):
    def test_nul_bytes_are_refused_with_one_line_and_exit_2(self):
        result = run("parse", "--format", "jsonl", "-", stdin=b"Katowice (Poland)\npopulation: 1\x00 000\n")
        self.assertEqual(result.returncode, 2)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(result.stderr.splitlines()[0],
                         b"twinning: <stdin> is not text: it has a NUL byte at byte offset 31")

    def test_binary_file_leaves_other_files_intact(self):
        with tempfile.TemporaryDirectory() as folder:
            binary = pathlib.Path(folder) / "image.png"
            binary.write_bytes(bytes(range(256)) * 4)
            result = run("parse", str(binary), "samples/ostrava-partner-cities.txt")
            self.assertEqual(result.returncode, 2)
            self.assertEqual(len(json.loads(result.stdout)["records"]), 12)

    def test_invalid_utf8_is_reported_and_the_rest_parsed(self):
        result = run("parse", "--format", "jsonl", "--diagnostics", "json", "-",
                     stdin=b"Ko\x9aice (Slovakia)\npopulation: 229 040 (2021)\n")
        record = json.loads(result.stdout)
        self.assertEqual(record["population"], 229040)
        self.assertEqual(record["name"], "Ko\ufffdice")
        diagnostics = [d for d in json.loads(result.stderr) if d["name"] == "invalid-utf8"]
        self.assertEqual([(d["message"], d["line"], d["column"]) for d in diagnostics],
                         [("byte 0x9A at byte offset 2 is not valid UTF-8", 1, 3)])

    def test_text_that_is_not_a_listing_gets_one_diagnostic(self):
        novel = b"It was a dark and stormy night; the rain fell in torrents.\n" * 5000
        result = run("check", "--diagnostics", "json", "-", stdin=novel)
        diagnostics = json.loads(result.stdout)
        self.assertEqual([d["name"] for d in diagnostics], ["not-a-listing"])
        self.assertIn("5000 lines", diagnostics[0]["message"])
        self.assertEqual(result.returncode, 1)

    def test_repeated_findings_are_capped_per_rule_with_a_count(self):
        flood = b"Split (Croatia)\n" + b"population: " * 500
        result = run("check", "--diagnostics", "json", "--select", "duplicate-field", "--max-per-rule", "20", "-",
                     stdin=flood)
        diagnostics = json.loads(result.stdout)
        self.assertEqual(len(diagnostics), 21)
        self.assertEqual(diagnostics[-1]["name"], "too-many-findings")
        self.assertEqual(diagnostics[-1]["message"],
                         "479 more duplicate-field findings in this file are not shown")
        human = run("check", "--select", "duplicate-field", "-", stdin=flood)
        self.assertTrue(human.stdout.endswith(b"499 errors, 0 warnings, 0 info, 1 record\n"))
        # Machine formats carry every finding unless a limit is given.
        everything = run("check", "--diagnostics", "json", "--select", "duplicate-field", "-", stdin=flood)
        self.assertEqual(len(json.loads(everything.stdout)), 499)


class CsvInjection(unittest.TestCase):
    LISTING = (b"=cmd|' /C calc'!A0 (Poland)\n"
               b"motto: +1 555 0100\n"
               b"web sites: www.evil.pl\n"
               b"main areas of cooperation: @SUM(1+1), -10\n")

    def row(self, *flags):
        result = run("parse", "--format", "csv", *flags, "-", stdin=self.LISTING)
        header, row = list(csv.reader(io.StringIO(result.stdout.decode(), newline="")))
        return dict(zip(header, row))

    def test_without_the_flag_cells_are_kept_as_written(self):
        row = self.row()
        self.assertEqual(row["name"], "=cmd|' /C calc'!A0")
        self.assertEqual(row["cooperation_areas"], "@SUM(1+1); -10")

    def test_csv_safe_defuses_formula_cells(self):
        row = self.row("--csv-safe")
        self.assertEqual(row["name"], "'=cmd|' /C calc'!A0")
        self.assertEqual(row["cooperation_areas"], "'@SUM(1+1); -10")
        self.assertEqual(row["extra"], "motto: +1 555 0100")  # starts with a letter: left alone
        for cell in row.values():
            self.assertFalse(cell[:1] in ("=", "+", "-", "@"), cell)


class AtomicOutput(unittest.TestCase):
    def test_a_killed_run_leaves_the_old_file_whole(self):
        with tempfile.TemporaryDirectory() as folder:
            big = pathlib.Path(folder) / "big.txt"
            seed = (ROOT / "samples" / "ostrava-partner-cities.txt").read_bytes() + b"\n\n"
            big.write_bytes(seed * 20000)
            target = pathlib.Path(folder) / "records.json"
            target.write_bytes(b"previous run\n")
            process = subprocess.Popen([TWINNING, "parse", "-o", str(target), str(big)],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # Kill it once it has started writing its temporary file.
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline and not any(p.name.startswith(".records.json.tmp")
                                                          for p in pathlib.Path(folder).iterdir()):
                time.sleep(0.001)
            process.send_signal(signal.SIGKILL)
            process.wait()
            self.assertEqual(process.returncode, -signal.SIGKILL)
            self.assertEqual(target.read_bytes(), b"previous run\n")


class Determinism(unittest.TestCase):
    def test_same_input_same_bytes(self):
        samples = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "samples").glob("*.txt"))]
        for args in (["parse", "--format", "json"], ["parse", "--format", "csv"],
                     ["check", "--diagnostics", "sarif"], ["check", "--diagnostics", "gitlab"]):
            with self.subTest(args=args):
                first = run(*args, "--reference-date", "2026-01-01", *samples)
                second = run(*args, "--reference-date", "2026-01-01", *samples)
                self.assertEqual(first.stdout, second.stdout)
                self.assertEqual(first.stderr, second.stderr)
                self.assertGreater(len(first.stdout), 1000)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
