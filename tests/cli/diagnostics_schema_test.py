#!/usr/bin/env python3
"""The `check --diagnostics json` output validates against docs/diagnostics.schema.json.

Every sample and rule fixture is checked, plus the runs that bring out the
rarer shapes: `--max-per-rule 1` (too-many-findings), two files at once (a
note in another file), `--fix` and `--unsafe-fixes`, `--severity`, standard
input. The schema's list of rules must be exactly `twinning rules`, and the
schema must reject documents that are altered in the ways a consumer relies
on it to catch.
"""

import argparse
import collections
import copy
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema

TWINNING = None
ROOT = None
REFERENCE_DATE = "2026-01-01"


def check(*args, cwd=None, stdin=None):
    """The parsed JSON diagnostics of one `twinning check` run."""
    result = subprocess.run([TWINNING, "check", "--diagnostics", "json", "--reference-date", REFERENCE_DATE, *args],
                            input=stdin, capture_output=True, check=False, cwd=cwd or ROOT)
    if result.returncode not in (0, 1):
        raise AssertionError(f"twinning check {' '.join(args)} exited {result.returncode}: "
                             f"{result.stderr.decode('utf-8', 'replace')}")
    return json.loads(result.stdout)


def extra_args(listing):
    args_file = listing.with_suffix(".args")
    return args_file.read_text(encoding="utf-8").split() if args_file.exists() else []


def quoted(text):
    """The `backquoted` words of a message."""
    return set(re.findall(r"`([^`]*)`", text))


def rules_listed():
    """(code, name) of every rule `twinning rules` lists."""
    listing = subprocess.run([TWINNING, "rules"], capture_output=True, check=True, text=True).stdout
    return {tuple(line.split()[:2]) for line in listing.splitlines() if line.strip()}


class DiagnosticsSchema(unittest.TestCase):
    def setUp(self):
        self.schema = json.loads((ROOT / "docs" / "diagnostics.schema.json").read_text(encoding="utf-8"))
        jsonschema.Draft7Validator.check_schema(self.schema)
        self.validator = jsonschema.Draft7Validator(self.schema)

    def assert_valid(self, document):
        errors = list(self.validator.iter_errors(document))
        if errors:
            shown = "\n".join(f"  at {list(error.absolute_path)} ({error.validator}): {error.message[:300]}" for error in errors[:5])
            self.fail(f"{len(errors)} schema errors:\n{shown}")

    def assert_help_adds_to_fix(self, diagnostic):
        """Help beside a fix names something the fix does not: a second
        help line saying what the fix says is noise."""
        if "suggestion" not in diagnostic or "fix" not in diagnostic:
            return
        named = quoted(diagnostic["suggestion"]) - quoted(diagnostic["fix"]["title"])
        self.assertTrue(named, f"{diagnostic['name']}: help `{diagnostic['suggestion']}` repeats its fix "
                               f"`{diagnostic['fix']['title']}`")

    def test_every_sample_and_fixture_validates(self):
        samples = sorted((ROOT / "samples").glob("*.txt"))
        fixtures = sorted((ROOT / "tests" / "fixtures" / "rules").glob("*.txt"))
        runs = [[*extra_args(sample), str(sample.relative_to(ROOT))] for sample in samples]
        # Each fixture with every rule on, and as the rule fixtures run it:
        # only its rule, with its own arguments.
        for fixture in fixtures:
            path = str(fixture.relative_to(ROOT))
            runs.append([path])
            runs.append(["--select", fixture.stem, *extra_args(fixture), path])
        seen = collections.Counter()
        for args in runs:
            with self.subTest(args=" ".join(args)):
                document = check(*args)
                self.assert_valid(document)
                for diagnostic in document:
                    seen[diagnostic["name"]] += 1
                    seen.update(key for key in ("suggestion", "fix", "notes") if key in diagnostic)
                    self.assert_help_adds_to_fix(diagnostic)
        self.assertGreater(len(samples), 10)
        self.assertGreater(len(fixtures), 40)
        # Each optional part and each rule appeared, so none of the schema
        # went untested.
        for part in ("suggestion", "fix", "notes"):
            self.assertGreater(seen[part], 0, part)
        self.assertEqual({name for _, name in rules_listed()} - set(seen), set())

    def test_too_many_findings_validates(self):
        for sample in sorted((ROOT / "samples").glob("*.txt")):
            with self.subTest(sample=sample.name):
                self.assert_valid(check("--max-per-rule", "1", *extra_args(sample), str(sample.relative_to(ROOT))))
        document = check("--max-per-rule", "1", "samples/blocks-headings.txt")
        self.assertIn("too-many-findings", [diagnostic["name"] for diagnostic in document])

    def test_notes_in_another_file_validate(self):
        with tempfile.TemporaryDirectory() as folder:
            for name in ("a.txt", "b.txt"):
                shutil.copy(ROOT / "samples" / "ostrava-partner-cities.txt", pathlib.Path(folder) / name)
            document = check("a.txt", "b.txt", cwd=folder)
        self.assert_valid(document)
        elsewhere = [note for diagnostic in document if diagnostic["file"] == "b.txt"
                     for note in diagnostic.get("notes", []) if note["file"] == "a.txt"]
        self.assertGreater(len(elsewhere), 0)

    def test_what_is_left_after_fix_validates(self):
        for fix_options in (["--fix"], ["--fix", "--unsafe-fixes"]):
            with self.subTest(options=fix_options), tempfile.TemporaryDirectory() as folder:
                for sample in ("ostrava-partner-cities.txt", "problems.txt", "labels.txt"):
                    shutil.copy(ROOT / "samples" / sample, folder)
                self.assert_valid(check(*fix_options, "ostrava-partner-cities.txt", "problems.txt", "labels.txt",
                                        cwd=folder))

    def test_other_runs_validate(self):
        seed = "samples/ostrava-partner-cities.txt"
        runs = {
            "severity raised": check("--severity", "insecure-url=error", "--severity", "missing-website=info", seed),
            "standard input": check("-", stdin=(ROOT / seed).read_bytes()),
            "empty input": check("-", stdin=b""),
            "not text, then text": check("-", stdin=b"Tulln (Austria)\npopulation: 5\xff\x01\n"),
        }
        for name, document in runs.items():
            with self.subTest(run=name):
                self.assert_valid(document)
        self.assertEqual(runs["empty input"], [])

    def test_rules_in_the_schema_are_twinning_rules(self):
        in_schema = {(branch["properties"]["code"]["const"], branch["properties"]["name"]["const"])
                     for branch in self.schema["definitions"]["rule"]["oneOf"]}
        listed = rules_listed()
        self.assertGreater(len(listed), 40)
        self.assertEqual(in_schema - listed, set(), "in docs/diagnostics.schema.json but not in `twinning rules`")
        self.assertEqual(listed - in_schema, set(), "in `twinning rules` but not in docs/diagnostics.schema.json")

    def test_the_schema_rejects_altered_documents(self):
        document = check("samples/ostrava-partner-cities.txt")
        self.assert_valid(document)
        with_fix = next(index for index, diagnostic in enumerate(document) if "fix" in diagnostic)
        with_note = check("tests/fixtures/rules/duplicate-record.txt")
        note_at = next(index for index, diagnostic in enumerate(with_note) if "notes" in diagnostic)

        def altered(change, base=document):
            broken = copy.deepcopy(base)
            change(broken)
            return broken

        cases = {
            "an object, not an array": {"diagnostics": document},
            "no fingerprint": altered(lambda d: d[0].pop("fingerprint")),
            "no end_column": altered(lambda d: d[0].pop("end_column")),
            "unknown severity": altered(lambda d: d[0].update(severity="fatal")),
            "unknown field": altered(lambda d: d[0].update(help="write it")),
            "unknown rule": altered(lambda d: d[0].update(name="missing-heading")),
            "code of another rule": altered(lambda d: d[0].update(code="TW102")),
            "line 0": altered(lambda d: d[0].update(line=0)),
            "column as text": altered(lambda d: d[0].update(column="1")),
            "short fingerprint": altered(lambda d: d[0].update(fingerprint="abc123")),
            "empty notes": altered(lambda d: d[0].update(notes=[])),
            "fix without edits": altered(lambda d: d[with_fix]["fix"].update(edits=[])),
            "edit without replacement": altered(lambda d: d[with_fix]["fix"]["edits"][0].pop("replacement")),
            "safe as text": altered(lambda d: d[with_fix]["fix"].update(safe="yes")),
            "note without file": altered(lambda d: d[note_at]["notes"][0].pop("file"), with_note),
        }
        for name, broken in cases.items():
            with self.subTest(case=name):
                self.assertFalse(self.validator.is_valid(broken), name)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
