#!/usr/bin/env python3
"""The command line as a user meets it: exit codes, errors, stdin, -o."""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

TWINNING = None
SAMPLES = None


def run(*args, stdin=None, cwd=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False, cwd=cwd)


def seed():
    return str(pathlib.Path(SAMPLES) / "ostrava-partner-cities.txt")


class ExitCodes(unittest.TestCase):
    def test_check_finds_the_seed_error(self):
        result = run("check", "--reference-date", "2026-01-01", seed())
        self.assertEqual(result.returncode, 1)
        self.assertIn(b"[missing-header/TW101]", result.stdout)
        self.assertTrue(result.stdout.endswith(b"1 error, 5 warnings, 6 info, 12 records\n"))

    def test_clean_listing_exits_zero(self):
        listing = (b"Split (Croatia)\npopulation: 160 577 (2021)\npartnership agreement signed: 1976\n"
                   b"web sites: www.split.hr\nmain areas of cooperation: culture, sport\n")
        result = run("check", "--reference-date", "2026-01-01", "-", stdin=listing)
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, b"0 errors, 0 warnings, 0 info, 1 record\n")

    def test_warnings_alone_exit_zero(self):
        result = run("check", "--reference-date", "2026-01-01", str(pathlib.Path(SAMPLES) / "labels.txt"))
        self.assertEqual(result.returncode, 0)
        self.assertTrue(result.stdout.endswith(b"0 errors, 1 warning, 1 info, 5 records\n"))

    def test_parse_exits_one_on_errors_and_still_writes_records(self):
        result = run("parse", "--format", "jsonl", seed())
        self.assertEqual(result.returncode, 1)
        self.assertEqual(len(result.stdout.splitlines()), 12)
        self.assertIn(b"missing-header", result.stderr)

    def test_empty_file_gives_no_records(self):
        with tempfile.TemporaryDirectory() as folder:
            empty = pathlib.Path(folder) / "empty.txt"
            empty.write_bytes(b"  \n\n")
            result = run("parse", str(empty))
            self.assertEqual(result.returncode, 0)
            self.assertEqual(json.loads(result.stdout), {"records": []})


class Failures(unittest.TestCase):
    def assert_one_line_failure(self, result, needle):
        self.assertEqual(result.returncode, 2)
        lines = result.stderr.decode().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertIn(needle, lines[0])

    def test_missing_file(self):
        self.assert_one_line_failure(run("check", "no/such/listing.txt"), "no/such/listing.txt")

    def test_directory(self):
        self.assert_one_line_failure(run("check", SAMPLES), "is a directory")

    def test_unknown_option(self):
        self.assert_one_line_failure(run("parse", "--frobnicate", seed()), "frobnicate")

    def test_bad_format(self):
        self.assert_one_line_failure(run("parse", "--format", "xml", seed()), "xml")

    def test_bad_reference_date(self):
        self.assert_one_line_failure(run("check", "--reference-date", "2026-02-30", seed()), "2026-02-30")

    def test_no_command(self):
        self.assertEqual(run().returncode, 2)

    def test_unreadable_file_among_good_ones_still_reports_the_good_ones(self):
        result = run("check", "--diagnostics", "json", "missing.txt", seed())
        self.assertEqual(result.returncode, 2)
        self.assertEqual(json.loads(result.stdout)[0]["name"], "missing-header")


class Inputs(unittest.TestCase):
    def test_stdin(self):
        data = pathlib.Path(seed()).read_bytes()
        result = run("parse", "--format", "jsonl", "-", stdin=data)
        records = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(len(records), 12)
        self.assertEqual(records[0]["file"], "<stdin>")

    def test_several_files_in_order(self):
        result = run("parse", "--format", "jsonl", seed(), str(pathlib.Path(SAMPLES) / "dates.txt"))
        records = [json.loads(line) for line in result.stdout.splitlines()]
        self.assertEqual(len(records), 19)
        self.assertEqual(records[12]["name"], "Katowice")
        self.assertTrue(records[12]["file"].endswith("dates.txt"))

    def test_date_order(self):
        listing = b"Tartu (Estonia)\npartnership agreement signed: 3/4/2012\n"
        dmy = json.loads(run("parse", "--format", "jsonl", "-", stdin=listing).stdout)
        mdy = json.loads(run("parse", "--format", "jsonl", "--date-order", "mdy", "-", stdin=listing).stdout)
        self.assertEqual(dmy["signed"], "2012-04-03")
        self.assertEqual(mdy["signed"], "2012-03-04")


class OutputFile(unittest.TestCase):
    def test_writes_what_stdout_would(self):
        with tempfile.TemporaryDirectory() as folder:
            target = pathlib.Path(folder) / "records.csv"
            result = run("parse", "--format", "csv", "-o", str(target), seed())
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stdout, b"")
            self.assertEqual(target.read_bytes(), run("parse", "--format", "csv", seed()).stdout)
            self.assertEqual(os.listdir(folder), ["records.csv"])

    def test_failed_run_leaves_the_old_file(self):
        with tempfile.TemporaryDirectory() as folder:
            target = pathlib.Path(folder) / "records.json"
            target.write_bytes(b"old")
            result = run("parse", "-o", str(target), seed(), "missing.txt")
            self.assertEqual(result.returncode, 2)
            self.assertEqual(target.read_bytes(), b"old")
            self.assertEqual(os.listdir(folder), ["records.json"])

    def test_unwritable_folder(self):
        result = run("parse", "-o", "/no/such/folder/records.json", seed())
        self.assertEqual(result.returncode, 2)
        self.assertEqual(len(result.stderr.decode().splitlines()), 1)


class Jobs(unittest.TestCase):
    """--jobs cuts a listing of more than 256 KiB into parts for threads; the
    bytes written must not depend on it."""

    @classmethod
    def setUpClass(cls):
        cls.folder = tempfile.TemporaryDirectory()
        cls.listing = pathlib.Path(cls.folder.name) / "listing.txt"
        corpus = pathlib.Path(SAMPLES).parent / "bench" / "corpus.py"
        subprocess.run([sys.executable, str(corpus), "3000000", str(cls.listing)], check=True,
                       capture_output=True)

    @classmethod
    def tearDownClass(cls):
        cls.folder.cleanup()

    def test_output_is_the_same_for_any_number_of_jobs(self):
        commands = [
            ["parse", "--format", "jsonl"],
            ["parse", "--format", "json"],
            ["parse", "--format", "csv"],
            ["check", "--diagnostics", "json", "--max-per-rule", "0"],
            ["check"],
        ]
        for command in commands:
            args = [*command, "--reference-date", "2026-01-01", str(self.listing)]
            one = run(*args, "--jobs", "1")
            self.assertIn(one.returncode, (0, 1))
            self.assertGreater(len(one.stdout), 1000)
            for jobs in ("2", "3"):
                many = run(*args, "--jobs", jobs)
                self.assertEqual(many.returncode, one.returncode, command)
                self.assertEqual(many.stdout, one.stdout, f"{command} on {jobs} jobs")
                self.assertEqual(many.stderr, one.stderr, f"{command} on {jobs} jobs")

    def test_duplicates_across_files_are_found_alike(self):
        args = ["check", "--diagnostics", "json", "--max-per-rule", "0", "--reference-date", "2026-01-01",
                str(self.listing), str(self.listing)]
        one = run(*args, "--jobs", "1")
        self.assertIn(b"duplicate-record", one.stdout)
        self.assertEqual(run(*args, "--jobs", "2").stdout, one.stdout)

    def test_jobs_must_be_positive(self):
        result = run("check", "--jobs", "0", seed())
        self.assertEqual(result.returncode, 2)
        self.assertEqual(len(result.stderr.decode().splitlines()), 1)


class Version(unittest.TestCase):
    def test_version(self):
        result = run("--version")
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout.decode(), r"^twinning \d+\.\d+\.\d+\n$")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--samples", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, SAMPLES = os.path.abspath(options.twinning), os.path.abspath(options.samples)
    unittest.main(argv=[sys.argv[0], *rest])
