#!/usr/bin/env python3
"""The diagnostic formats as CI systems read them: SARIF, GitHub, GitLab, JSON, colour."""

import argparse
import json
import os
import pathlib
import pty
import re
import subprocess
import sys
import unittest

import jsonschema

TWINNING = None
ROOT = None


def rows_in_rule_table():
    """The rules the source defines: the rows of model/.../rules.def."""
    table = (ROOT / "model" / "include" / "twinning" / "model" / "rules.def").read_text(encoding="utf-8")
    return sum(1 for line in table.splitlines() if line.startswith("TWINNING_RULE("))


# Text built to break out of every format: percent escapes, line breaks that
# would start a new workflow command, quotes and control characters.
HOSTILE = (
    "Evil%0A::error::x, Town: \"q\" (Poland)\n"
    "population: 1 000 (2020)\n"
    "motto%25: x\n"
    "web sites: www.evil.pl\r\n"
    "::warning file=x::injected\n"
    "main areas of cooperation: culture\u2028more, \"quoted\"\n"
).encode()


def run(*args, stdin=None, env=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False, env=env, cwd=ROOT)


def seed():
    return "samples/ostrava-partner-cities.txt"


class Sarif(unittest.TestCase):
    def setUp(self):
        self.schema = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text())

    def sarif(self, *args, stdin=None):
        result = run("check", "--reference-date", "2026-01-01", "--diagnostics", "sarif", *args, stdin=stdin)
        return json.loads(result.stdout)

    def test_seed_log_validates_against_the_official_schema(self):
        log = self.sarif(seed())
        jsonschema.validate(log, self.schema, cls=jsonschema.Draft7Validator)
        self.assertEqual(log["version"], "2.1.0")

    def test_every_sample_and_hostile_input_validates(self):
        for sample in sorted((ROOT / "samples").glob("*.txt")):
            with self.subTest(sample=sample.name):
                jsonschema.validate(self.sarif(str(sample.relative_to(ROOT))), self.schema, cls=jsonschema.Draft7Validator)
        jsonschema.validate(self.sarif("-", stdin=HOSTILE), self.schema, cls=jsonschema.Draft7Validator)

    def test_rules_are_listed_with_help(self):
        rules = self.sarif(seed())["runs"][0]["tool"]["driver"]["rules"]
        self.assertEqual(len(rules), rows_in_rule_table())
        first = rules[0]
        self.assertEqual(first["id"], "TW101")
        self.assertEqual(first["name"], "missing-header")
        self.assertIn("Use instead", first["help"]["text"])
        self.assertEqual(first["defaultConfiguration"]["level"], "error")

    def test_results_point_at_spans_and_carry_fixes(self):
        results = self.sarif(seed())["runs"][0]["results"]
        self.assertEqual(results[0]["ruleId"], "TW101")
        region = results[0]["locations"][0]["physicalLocation"]["region"]
        self.assertEqual((region["startLine"], region["startColumn"], region["endColumn"]), (4, 1, 11))
        replacement = results[0]["fixes"][0]["artifactChanges"][0]["replacements"][0]
        self.assertEqual(replacement["insertedContent"]["text"], "Dresden (Germany)\n")
        self.assertEqual(replacement["deletedRegion"]["byteLength"], 0)
        typo = [r for r in results if r["ruleId"] == "TW105"][0]
        self.assertEqual(typo["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"],
                         "population")


class Github(unittest.TestCase):
    def lines(self, *args, stdin=None):
        result = run("check", "--reference-date", "2026-01-01", "--diagnostics", "github", *args, stdin=stdin)
        return result.stdout.decode().split("\n")[:-1]

    def test_seed_annotations(self):
        lines = self.lines(seed())
        self.assertEqual(len(lines), 12)
        self.assertTrue(lines[0].startswith(
            "::error file=samples/ostrava-partner-cities.txt,line=4,col=1,endLine=4,endColumn=11,"
            "title=missing-header (TW101)::record has no header line"), lines[0])
        self.assertTrue(any(line.startswith("::warning ") for line in lines))
        self.assertTrue(any(line.startswith("::notice ") for line in lines))

    def test_input_text_cannot_start_a_command(self):
        lines = self.lines("-", stdin=HOSTILE)
        self.assertGreater(len(lines), 0)
        for line in lines:
            # Each diagnostic is exactly one command line, and the only `::`
            # that opens a command is the first. A span of several lines has
            # no columns, as GitHub takes them only on one line.
            match = re.match(r"^::(error|warning|notice) file=[^:]*,line=(\d+),(col=\d+,)?endLine=(\d+),"
                             r"(endColumn=\d+,)?title=[^:,]*::", line)
            self.assertIsNotNone(match, line)
            self.assertEqual(match.group(2) == match.group(4), match.group(3) is not None, line)
            self.assertEqual(match.group(3) is None, match.group(5) is None, line)
            self.assertNotIn("\r", line)
        joined = "\n".join(lines)
        self.assertIn("Evil%250A", joined)
        self.assertNotIn("\n::warning file=x", joined)


class Gitlab(unittest.TestCase):
    def test_code_quality_issues(self):
        result = run("check", "--reference-date", "2026-01-01", "--diagnostics", "gitlab", seed())
        issues = json.loads(result.stdout)
        self.assertEqual(len(issues), 12)
        for issue in issues:
            self.assertEqual(set(issue), {"description", "check_name", "fingerprint", "severity", "location"})
            self.assertIn(issue["severity"], {"info", "minor", "major", "critical", "blocker"})
            self.assertEqual(set(issue["location"]), {"path", "lines"})
            self.assertRegex(issue["fingerprint"], r"^[0-9a-f]{16}$")
        self.assertEqual(issues[0]["check_name"], "missing-header")
        self.assertEqual(issues[0]["severity"], "major")
        self.assertEqual(issues[0]["location"], {"path": "samples/ostrava-partner-cities.txt", "lines": {"begin": 4}})
        self.assertEqual(len({issue["fingerprint"] for issue in issues}), 12)


class Json(unittest.TestCase):
    def test_hostile_text_stays_inside_strings(self):
        result = run("check", "--diagnostics", "json", "-", stdin=HOSTILE)
        diagnostics = json.loads(result.stdout)
        self.assertGreater(len(diagnostics), 0)
        self.assertNotIn(b"\xe2\x80\xa8", result.stdout.replace(b"\\u2028", b""))


class Colour(unittest.TestCase):
    def on_terminal(self, env):
        """Runs check with stdout on a pseudo-terminal and returns what it wrote."""
        leader, follower = pty.openpty()
        process = subprocess.Popen([TWINNING, "check", "--reference-date", "2026-01-01", seed()],
                                   stdout=follower, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
        os.close(follower)
        output = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        process.wait()
        os.close(leader)
        return output

    def test_colour_on_a_terminal(self):
        env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
        self.assertIn(b"\x1b[1;31merror\x1b[0m", self.on_terminal(env))

    def test_no_colour_with_no_color(self):
        env = dict(os.environ, NO_COLOR="1")
        output = self.on_terminal(env)
        self.assertIn(b"error: record has no header line", output)
        self.assertNotIn(b"\x1b[", output)

    def test_no_colour_into_a_pipe(self):
        self.assertNotIn(b"\x1b[", run("check", seed()).stdout)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
