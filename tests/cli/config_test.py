#!/usr/bin/env python3
"""Choosing rules and levels: options, twinning.toml, suppression comments, baselines, `rules`."""

import argparse
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import unittest

TWINNING = None
ROOT = None


def rows_in_rule_table():
    """The rules the source defines: the rows of model/.../rules.def."""
    table = (ROOT / "model" / "include" / "twinning" / "model" / "rules.def").read_text(encoding="utf-8")
    return sum(1 for line in table.splitlines() if line.startswith("TWINNING_RULE("))


SEED_NAME = "ostrava-partner-cities.txt"


class Folder(unittest.TestCase):
    """Each test runs in a fresh folder holding a copy of the seed."""

    def setUp(self):
        self.folder = pathlib.Path(tempfile.mkdtemp())
        shutil.copy(ROOT / "samples" / SEED_NAME, self.folder / SEED_NAME)

    def tearDown(self):
        shutil.rmtree(self.folder)

    def run_in(self, *args, cwd=None):
        return subprocess.run([TWINNING, *args], capture_output=True, check=False, cwd=cwd or self.folder)

    def names(self, *args, cwd=None):
        result = self.run_in("check", "--reference-date", "2026-01-01", "--diagnostics", "json", *args,
                             SEED_NAME, cwd=cwd)
        return [d["name"] for d in json.loads(result.stdout)], result.returncode

    def assert_one_line_failure(self, result, needle):
        self.assertEqual(result.returncode, 2, result.stdout)
        lines = result.stderr.decode().splitlines()
        self.assertEqual(len(lines), 1, result.stderr)
        self.assertIn(needle, lines[0])


class Selection(Folder):
    def test_select_by_name_code_and_prefix(self):
        self.assertEqual(self.names("--select", "missing-website")[0], ["missing-website", "missing-website"])
        self.assertEqual(self.names("--select", "TW105")[0], ["label-typo"])
        self.assertEqual(sorted(set(self.names("--select", "TW4")[0])), ["misspelled-word"])

    def test_a_rule_off_by_default_runs_only_when_selected(self):
        self.assertNotIn("unknown-place", self.names()[0])
        self.assertEqual(self.names("--select", "unknown-place")[0], ["unknown-place"])
        self.assertIn("unknown-place", self.names("--select", "TW3")[0])

    def test_ignore_wins_over_select(self):
        names, code = self.names("--select", "TW1", "--ignore", "missing-header,TW108")
        self.assertEqual(names, ["label-typo"])
        self.assertEqual(code, 0)

    def test_severity_override_changes_level_and_exit(self):
        result = self.run_in("check", "--reference-date", "2026-01-01", "--diagnostics", "json",
                             "--severity", "missing-header=warning", SEED_NAME)
        diagnostics = json.loads(result.stdout)
        self.assertEqual(diagnostics[0]["name"], "missing-header")
        self.assertEqual(diagnostics[0]["severity"], "warning")
        self.assertEqual(result.returncode, 0)

    def test_strict_fails_on_warnings(self):
        self.assertEqual(self.names("--ignore", "missing-header")[1], 0)
        self.assertEqual(self.names("--ignore", "missing-header", "--strict")[1], 1)

    def test_max_warnings(self):
        self.assertEqual(self.names("--ignore", "missing-header", "--max-warnings", "5")[1], 0)
        self.assertEqual(self.names("--ignore", "missing-header", "--max-warnings", "4")[1], 1)

    def test_unknown_selector_is_a_usage_error(self):
        self.assert_one_line_failure(self.run_in("check", "--select", "no-such-rule", SEED_NAME), "no-such-rule")

    def test_bad_severity(self):
        self.assert_one_line_failure(self.run_in("check", "--severity", "missing-header=fatal", SEED_NAME), "fatal")
        self.assert_one_line_failure(self.run_in("check", "--severity", "missing-header", SEED_NAME), "NAME=level")


class ConfigFile(Folder):
    def write_config(self, text, folder=None):
        (folder or self.folder).joinpath("twinning.toml").write_text(text)

    def test_found_in_a_parent_folder(self):
        self.write_config('select = ["label-typo"]\n')
        inner = self.folder / "a" / "b"
        inner.mkdir(parents=True)
        shutil.copy(self.folder / SEED_NAME, inner / SEED_NAME)
        self.assertEqual(self.names(cwd=inner)[0], ["label-typo"])

    def test_command_line_wins(self):
        self.write_config('select = ["label-typo"]\n[severity]\nlabel-typo = "error"\n')
        result = self.run_in("check", "--reference-date", "2026-01-01", "--diagnostics", "json",
                             "--select", "missing-website", SEED_NAME)
        self.assertEqual([d["name"] for d in json.loads(result.stdout)], ["missing-website", "missing-website"])
        names, code = self.names()
        self.assertEqual((names, code), (["label-typo"], 1))

    def test_every_setting(self):
        (self.folder / "areas.txt").write_text("# the areas we track\nculture\nsport\n")
        self.write_config(
            'ignore = ["TW1", "TW2", "TW3", "misspelled-word"]\n'
            "strict = true\n"
            "max-warnings = 100\n"
            "reference-date = 2026-01-01\n"
            'date-order = "mdy"\n'
            'vocabulary = "areas.txt"\n'
            "stale-population-years = 3\n"
        )
        names, code = self.names()
        self.assertIn("unknown-cooperation-area", names)
        self.assertEqual(code, 1)

    def test_infer_regions_from_the_file_and_the_command_line(self):
        def regions(*args):
            result = self.run_in("parse", "--format", "jsonl", *args, SEED_NAME)
            records = [json.loads(line) for line in result.stdout.decode().splitlines()]
            return {r["name"]: r["subdivision"] for r in records if "subdivision" in r["inferred"]}

        self.assertEqual(regions(), {})
        inferred = regions("--infer-regions")
        self.assertEqual(inferred.get("Katowice"), "Silesian Voivodeship")
        self.write_config("infer-regions = true\n")
        self.assertEqual(regions(), inferred)

    def test_with_coordinates_from_the_file_and_the_command_line(self):
        def points(*args):
            result = self.run_in("parse", "--format", "jsonl", *args, SEED_NAME)
            records = [json.loads(line) for line in result.stdout.decode().splitlines()]
            return {r["name"]: (r["latitude"], r["longitude"]) for r in records if r["latitude"] is not None}

        self.assertEqual(points(), {})
        given = points("--with-coordinates")
        self.assertEqual(given.get("Katowice"), (50.2584, 19.0275))
        self.write_config("with-coordinates = true\n")
        self.assertEqual(points(), given)

    def test_explicit_config(self):
        other = self.folder / "other.toml"
        other.write_text('select = ["TW105"]\n')
        self.assertEqual(self.names("--config", str(other))[0], ["label-typo"])

    def test_bad_config_names_file_line_and_column(self):
        self.write_config('select = ["label-typo"]\n\nstrict = "yes"\n')
        result = self.run_in("check", SEED_NAME)
        self.assert_one_line_failure(result, "twinning.toml:3:10: `strict` must be true or false")

    def test_unknown_setting(self):
        self.write_config("colour = true\n")
        self.assert_one_line_failure(self.run_in("check", SEED_NAME), "twinning.toml:1:1: unknown setting `colour`")

    def test_toml_syntax_error(self):
        self.write_config("select = [\n")
        self.assert_one_line_failure(self.run_in("check", SEED_NAME), "twinning.toml:")

    def test_unknown_rule_in_config(self):
        self.write_config('ignore = ["label-typo", "nope"]\n')
        self.assert_one_line_failure(self.run_in("check", SEED_NAME), "twinning.toml:1:25: `nope` names no rule")


class Suppression(Folder):
    def test_comment_before_a_record_silences_it_for_that_record(self):
        text = (self.folder / SEED_NAME).read_text()
        text = text.replace("Uralsk (Kazakhstan)", "# twinning: ignore[missing-website]\nUralsk (Kazakhstan)")
        (self.folder / SEED_NAME).write_text(text)
        names, _ = self.names("--select", "missing-website")
        self.assertEqual(names, ["missing-website"])  # Abomey's remains

    def test_codes_work_too(self):
        text = (self.folder / SEED_NAME).read_text()
        text = text.replace("Abomey (Benin)", "# twinning: ignore[TW201, TW108]\nAbomey (Benin)")
        (self.folder / SEED_NAME).write_text(text)
        result = self.run_in("check", "--reference-date", "2026-01-01", "--diagnostics", "json",
                             "--select", "missing-website,missing-record-separator", SEED_NAME)
        lines = [(d["name"], d["line"]) for d in json.loads(result.stdout)]
        self.assertEqual(lines, [("missing-record-separator", 23), ("missing-website", 23)])


class Baselines(Folder):
    def test_only_new_findings_after_an_unrelated_edit(self):
        result = self.run_in("check", "--reference-date", "2026-01-01", "--write-baseline", "baseline.json", SEED_NAME)
        self.assertEqual(result.returncode, 0)
        self.assertIn(b"recorded 12 findings", result.stderr)
        baseline = json.loads((self.folder / "baseline.json").read_text())
        self.assertEqual(len(baseline["findings"]), 12)

        # Lines move and a new problem appears; only the new one is reported.
        text = (self.folder / SEED_NAME).read_text()
        text = "# moved down\n\n\n" + text.replace("www.split.hr", "www.split.hr, n/a")
        (self.folder / SEED_NAME).write_text(text)
        result = self.run_in("check", "--reference-date", "2026-01-01", "--diagnostics", "json",
                             "--baseline", "baseline.json", SEED_NAME)
        diagnostics = json.loads(result.stdout)
        self.assertEqual([(d["name"], d["line"]) for d in diagnostics], [("invalid-url", 10)])
        self.assertEqual(result.returncode, 1)
        human = self.run_in("check", "--reference-date", "2026-01-01", "--baseline", "baseline.json", SEED_NAME)
        self.assertTrue(human.stdout.endswith(b"1 error, 0 warnings, 0 info, 12 records (12 more known from the baseline)\n"))

    def test_unreadable_baseline(self):
        (self.folder / "bad.json").write_text("{}")
        self.assert_one_line_failure(self.run_in("check", "--baseline", "bad.json", SEED_NAME), "bad.json")


class Rules(Folder):
    def test_list(self):
        result = self.run_in("rules")
        lines = result.stdout.decode().splitlines()
        self.assertEqual(len(lines), rows_in_rule_table())
        self.assertTrue(lines[0].startswith("TW101  missing-header"))

    def test_one_rule(self):
        result = self.run_in("rules", "label-typo")
        self.assertTrue(result.stdout.startswith(b"label-typo (TW105), warning by default\n"))
        self.assertIn(b"Use instead:\n    population: 1 680 723 (2022)", result.stdout)
        self.assertEqual(self.run_in("rules", "TW105").stdout, result.stdout)

    def test_unknown_rule(self):
        self.assert_one_line_failure(self.run_in("rules", "nope"), "nope")

    def test_docs_rules_md_is_generated_from_the_code(self):
        generated = self.run_in("rules", "--markdown").stdout
        self.assertEqual(generated, (ROOT / "docs" / "rules.md").read_bytes(),
                         "docs/rules.md is stale: run `build/bin/twinning rules --markdown > docs/rules.md`")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
