#!/usr/bin/env python3
"""What CI relies on: options that never take a file, outputs that never
destroy an input, writes that fit their target, and exit codes that tell
the truth."""

import argparse
import pathlib
import subprocess
import sys
import tempfile
import unittest

TWINNING = None
ROOT = None


def run(*args, stdin=None, cwd=None, env=None):
    return subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False, cwd=cwd, env=env)


def sample(name="blocks-headings.txt"):
    return str(ROOT / "samples" / name)


def rules_reported(human_output):
    """The rule names in human diagnostics: `[name/CODE]`."""
    names = set()
    for line in human_output.decode().splitlines():
        start = line.find("[")
        end = line.find("/", start)
        if start != -1 and end != -1 and "]" in line[end:]:
            names.add(line[start + 1:end])
    return names


class ListOptions(unittest.TestCase):
    def test_a_list_option_never_takes_the_files_after_it(self):
        for option, value in (("--select", "TW2"), ("--ignore", "TW2"), ("--severity", "TW2=error")):
            with self.subTest(option=option):
                result = run("check", option, value, sample(), sample("labels.txt"))
                self.assertIn(result.returncode, (0, 1), result.stderr)
                self.assertIn(b"records", result.stdout)

    def test_commas_and_repeats_add_up(self):
        apart = [rules_reported(run("check", "--select", name, sample()).stdout)
                 for name in ("missing-country", "TW307", "TW11")]
        self.assertTrue(all(apart), apart)
        together = run("check", "--select", "missing-country, TW307", "--select", "TW11", sample())
        self.assertEqual(rules_reported(together.stdout), set().union(*apart))

    def test_spaces_after_commas_in_severity(self):
        result = run("check", "--select", "missing-country", "--severity", "label-typo=info, missing-country=info",
                     sample())
        self.assertEqual(result.returncode, 0, result.stdout)
        self.assertIn(b"0 errors, 0 warnings", result.stdout)

    def test_a_file_after_a_list_option_is_read(self):
        result = run("check", "--select", "missing-country", sample(), sample())
        self.assertIn(b"records", result.stdout)
        self.assertNotIn(b"names no rule", result.stderr)


def main():
    global TWINNING, ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING = options.twinning
    ROOT = pathlib.Path(options.root)
    unittest.main(argv=[sys.argv[0], *rest])


if __name__ == "__main__":
    main()
