#!/usr/bin/env python3
"""`twinning fmt`: the canonical layout, its promises, and its options.

The promises are checked on every sample and rule fixture: fmt is
idempotent, the records read back the same, and comments, unknown fields
and stray text survive.
"""

import argparse
import json
import os
import pathlib
import re
import stat
import subprocess
import sys
import tempfile
import unittest

TWINNING = None
ROOT = None


def run(*args, stdin=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False)


def fmt_text(text):
    result = run("fmt", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    return result.stdout


def records(text):
    """The records of a listing without where they stand."""
    result = run("parse", "--format", "jsonl", "--reference-date", "2026-01-01", "-", stdin=text)
    values = [json.loads(line) for line in result.stdout.splitlines()]
    for value in values:
        for position in ("file", "line", "end_line"):
            del value[position]
    return values


def comment_lines(text):
    return [line.strip() for line in text.decode("utf-8", "replace").splitlines() if line.strip().startswith("#")]


def listings():
    return sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/fixtures/rules").glob("*.txt"))


class Promises(unittest.TestCase):
    def test_every_listing_keeps_its_records_comments_and_unknown_fields(self):
        with_comments = with_extra = 0
        for listing in listings():
            with self.subTest(listing=listing.name):
                before = listing.read_bytes()
                after = fmt_text(before)
                self.assertEqual(fmt_text(after), after, "fmt is not idempotent")
                kept = records(before)
                self.assertEqual(records(after), kept)
                self.assertEqual(comment_lines(after), comment_lines(before))
                with_comments += bool(comment_lines(before))
                with_extra += any(record["extra"] for record in kept)
        # The promises above are not empty: listings with comments and with
        # unknown fields are among them.
        self.assertGreater(with_comments, 0)
        self.assertGreater(with_extra, 0)

    def test_stray_text_survives(self):
        listing = b"Partner cities of Ostrava\n\nSplit (Croatia)\npopulation: 160 577\n\nsee also the annex\n"
        after = fmt_text(listing)
        self.assertIn(b"Partner cities of Ostrava\n", after)
        self.assertIn(b"see also the annex\n", after)


class Layout(unittest.TestCase):
    def test_fields_run_together_get_a_line_each(self):
        listing = (b"Katowice (Poland)\npopulation: 281 711 (2021) partnership agreement signed: 1960, renewed 1996 "
                   b"web sites: www.katowice.eu main areas of cooperation: culture, sport\n")
        self.assertEqual(fmt_text(listing),
                         b"Katowice (Poland)\npopulation: 281 711 (2021)\n"
                         b"partnership agreement signed: 1960, renewed 1996\nweb sites: www.katowice.eu\n"
                         b"main areas of cooperation: culture, sport\n")

    def test_labels_canonical_headers_respaced_values_cleaned(self):
        listing = (b"  Shreveport  ( USA \xe2\x80\x93 Louisiana )\n populataion :  200\xc2\xa0000\n"
                   b"Homepage: www.shreveportla.gov\nareas of co-operation: culture,\n    sport\n")
        self.assertEqual(fmt_text(listing),
                         b"Shreveport (USA - Louisiana)\npopulation: 200 000\nweb sites: www.shreveportla.gov\n"
                         b"main areas of cooperation: culture, sport\n")

    def test_records_get_one_blank_line_between_them(self):
        listing = b"Split (Croatia)\npopulation: 1\nTartu (Estonia)\npopulation: 2\n\n\n\nAbomey (Benin)\npopulation: 3\n"
        self.assertEqual(fmt_text(listing),
                         b"Split (Croatia)\npopulation: 1\n\nTartu (Estonia)\npopulation: 2\n\n"
                         b"Abomey (Benin)\npopulation: 3\n")

    def test_a_record_without_header_stays_without_one(self):
        listing = b"Split (Croatia)\npopulation: 1\n\npopulation: 2\nweb sites: www.dresden.de\n"
        self.assertEqual(fmt_text(listing), listing)

    def test_comments_stay_where_they_stand(self):
        listing = (b"# Ostrava's partners\n\n# twinning: ignore[missing-website]\nSplit (Croatia)\n"
                   b"  # checked 2024\npopulation: 1\nmotto: someone\n# end\n")
        self.assertEqual(fmt_text(listing),
                         b"# Ostrava's partners\n\n# twinning: ignore[missing-website]\nSplit (Croatia)\n"
                         b"# checked 2024\npopulation: 1\nmotto: someone\n\n# end\n")

    def test_crlf_and_byte_order_mark_are_kept(self):
        listing = b"\xef\xbb\xbfSplit (Croatia)\r\npopulation: 1 signed: 1976\r\n"
        self.assertEqual(fmt_text(listing),
                         b"\xef\xbb\xbfSplit (Croatia)\r\npopulation: 1\r\npartnership agreement signed: 1976\r\n")

    def test_a_header_that_would_read_back_as_a_label_stays_as_written(self):
        # Respaced, `on:(Estonia)` would become `on: (Estonia)`, a field.
        listing = b"Split (Croatia)\npopulation: 1\non:(Estonia)\npopulation: 2\n"
        self.assertEqual(fmt_text(listing), b"Split (Croatia)\npopulation: 1\n\non:(Estonia)\npopulation: 2\n")

    def test_empty_listing(self):
        self.assertEqual(fmt_text(b""), b"")
        self.assertEqual(fmt_text(b" \n\n"), b"")


def apply_unified_diff(before, diff):
    """`before` with a unified diff applied, to check the diff says what fmt does."""
    old = before.splitlines(keepends=True)
    lines = diff.splitlines(keepends=True)
    assert lines[0].startswith(b"--- ") and lines[1].startswith(b"+++ ")
    out, at, i = [], 0, 2
    while i < len(lines):
        start = int(re.match(rb"@@ -(\d+)", lines[i]).group(1))
        out += old[at:max(start - 1, 0)]
        at = max(start - 1, 0)
        i += 1
        previous = None
        while i < len(lines) and not lines[i].startswith(b"@@"):
            mark, body = lines[i][:1], lines[i][1:]
            if mark == b"\\":
                # The line before had no line break; a removed one is gone anyway.
                if previous != b"-":
                    out[-1] = out[-1].rstrip(b"\n")
            elif mark == b"+":
                out.append(body)
            else:
                at += 1
                if mark == b" ":
                    out.append(body)
            previous = mark
            i += 1
    return b"".join(out + old[at:])


class Options(unittest.TestCase):
    messy = b"Split (Croatia)\npopulation: 160 577 (2021) web sites: www.split.hr\n"
    clean = b"Split (Croatia)\npopulation: 160 577 (2021)\nweb sites: www.split.hr\n"

    def test_check(self):
        with tempfile.TemporaryDirectory() as folder:
            messy, clean = pathlib.Path(folder) / "messy.txt", pathlib.Path(folder) / "clean.txt"
            messy.write_bytes(self.messy)
            clean.write_bytes(self.clean)
            result = run("fmt", "--check", str(messy), str(clean))
            self.assertEqual(result.returncode, 1)
            self.assertEqual(result.stdout, b"")
            self.assertEqual(result.stderr.decode(), f"twinning: {messy} would be reformatted\n")
            self.assertEqual(messy.read_bytes(), self.messy)
            self.assertEqual(run("fmt", "--check", str(clean)).returncode, 0)

    def test_in_place_rewrites_atomically_and_keeps_the_mode(self):
        with tempfile.TemporaryDirectory() as folder:
            messy = pathlib.Path(folder) / "messy.txt"
            messy.write_bytes(self.messy)
            messy.chmod(0o640)
            result = run("fmt", "--in-place", str(messy))
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(result.stdout, b"")
            self.assertEqual(messy.read_bytes(), self.clean)
            self.assertEqual(stat.S_IMODE(messy.stat().st_mode), 0o640)
            self.assertEqual(os.listdir(folder), ["messy.txt"])

    def test_in_place_leaves_a_canonical_file_untouched(self):
        with tempfile.TemporaryDirectory() as folder:
            clean = pathlib.Path(folder) / "clean.txt"
            clean.write_bytes(self.clean)
            os.utime(clean, (1_000_000_000, 1_000_000_000))
            self.assertEqual(run("fmt", "--in-place", str(clean)).returncode, 0)
            self.assertEqual(clean.stat().st_mtime, 1_000_000_000)

    def test_diff_applies_to_give_the_canonical_text(self):
        for listing in listings():
            with self.subTest(listing=listing.name):
                result = run("fmt", "--diff", str(listing))
                before = listing.read_bytes()
                after = fmt_text(before)
                # Exit 1 says a file would change, as with --check.
                self.assertEqual(result.returncode, 0 if before == after else 1)
                if before == after:
                    self.assertEqual(result.stdout, b"")
                else:
                    self.assertTrue(result.stdout.startswith(f"--- a/{listing}\n+++ b/{listing}\n".encode()))
                    self.assertEqual(apply_unified_diff(before, result.stdout), after)

    def test_diff_marks_a_missing_final_line_break(self):
        with tempfile.TemporaryDirectory() as folder:
            listing = pathlib.Path(folder) / "listing.txt"
            listing.write_bytes(b"Split (Croatia)\npopulation: 1")
            diff = run("fmt", "--diff", str(listing)).stdout
            self.assertIn(b"-population: 1\n\\ No newline at end of file\n+population: 1\n", diff)
            self.assertEqual(apply_unified_diff(listing.read_bytes(), diff), b"Split (Croatia)\npopulation: 1\n")

    def test_check_with_diff_prints_the_diff_and_fails(self):
        result = run("fmt", "--check", "--diff", "-", stdin=self.messy)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(apply_unified_diff(self.messy, result.stdout), self.clean)

    def test_several_files_print_in_order(self):
        with tempfile.TemporaryDirectory() as folder:
            first, second = pathlib.Path(folder) / "a.txt", pathlib.Path(folder) / "b.txt"
            first.write_bytes(self.messy)
            second.write_bytes(b"Tartu (Estonia)\npopulation: 2\n")
            result = run("fmt", str(first), str(second))
            self.assertEqual(result.stdout, self.clean + b"Tartu (Estonia)\npopulation: 2\n")


class Failures(unittest.TestCase):
    def assert_one_line_failure(self, result):
        self.assertEqual(result.returncode, 2)
        self.assertEqual(len(result.stderr.decode().splitlines()), 1, result.stderr)

    def test_in_place_and_check_do_not_mix(self):
        self.assert_one_line_failure(run("fmt", "--in-place", "--check", "x.txt"))

    def test_in_place_needs_a_file(self):
        self.assert_one_line_failure(run("fmt", "--in-place", "-", stdin=b"Split (Croatia)\npopulation: 1\n"))

    def test_missing_file_still_formats_the_others(self):
        with tempfile.TemporaryDirectory() as folder:
            good = pathlib.Path(folder) / "good.txt"
            good.write_bytes(Options.messy)
            result = run("fmt", str(pathlib.Path(folder) / "missing.txt"), str(good))
            self.assert_one_line_failure(result)
            self.assertEqual(result.stdout, Options.clean)

    def test_nul_byte(self):
        self.assert_one_line_failure(run("fmt", "-", stdin=b"Split (Croatia)\npopulation: \x00\n"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
