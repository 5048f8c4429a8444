#!/usr/bin/env python3
"""The README tells the truth.

- Every `console` block: each `$ command` is run from the repository root, and
  what it prints must be exactly the lines that follow it.
- The second `sh` block of the quick start is the command .ci/run runs.
"""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import unittest

ROOT = None
TWINNING = None


def blocks(readme, language):
    return re.findall(r"^```" + language + r"\n(.*?)^```", readme, flags=re.S | re.M)


def examples(block):
    """(command, expected output) pairs of a console block."""
    pairs = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            pairs.append([line[2:].strip(), ""])
        elif pairs:
            pairs[-1][1] += line
    return pairs


class Readme(unittest.TestCase):
    def setUp(self):
        self.readme = (ROOT / "README.md").read_text(encoding="utf-8")

    def test_examples_print_what_the_readme_shows(self):
        pairs = [pair for block in blocks(self.readme, "console") for pair in examples(block)]
        self.assertGreater(len(pairs), 0)
        for command, expected in pairs:
            with self.subTest(command=command):
                self.assertTrue(command.startswith("build/bin/twinning "), command)
                actual = subprocess.run(
                    ["bash", "-c", command.replace("build/bin/twinning", TWINNING, 1)],
                    cwd=ROOT, capture_output=True, check=False, text=True,
                ).stdout
                self.assertEqual(actual, expected)

    def test_the_rule_count_is_that_of_twinning_rules(self):
        match = re.search(r"There are (\d+) rules", self.readme)
        self.assertIsNotNone(match)
        listed = subprocess.run([TWINNING, "rules"], capture_output=True, check=True, text=True).stdout
        self.assertEqual(int(match.group(1)), len(listed.splitlines()))

    def test_library_example_is_the_one_the_tests_compile(self):
        example = blocks(self.readme, "cpp")
        self.assertEqual(len(example), 1)
        self.assertEqual(example[0], (ROOT / "tests" / "consumer" / "main.cpp").read_text(encoding="utf-8"))

    def test_ci_runs_the_readme_test_command(self):
        quick_start = blocks(self.readme, "sh")
        self.assertGreaterEqual(len(quick_start), 2)
        test_command = quick_start[1].strip()
        self.assertIn("scripts/run-tests", test_command)
        self.assertIn("ctest", (ROOT / "scripts" / "run-tests").read_text(encoding="utf-8"))
        ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
        self.assertIn(test_command, ci.splitlines())


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root)
    unittest.main(argv=[sys.argv[0], *rest])
