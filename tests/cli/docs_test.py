#!/usr/bin/env python3
"""The man page and the bash completion say what --help and --version say."""

import argparse
import os
import pathlib
import re
import subprocess
import sys
import unittest

TWINNING = None
ROOT = None


def help_options(command):
    text = subprocess.run([TWINNING, command, "--help"], capture_output=True, check=True, text=True).stdout
    return set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-[a-z])\b", text))


def commands():
    """The subcommands `twinning --help` lists."""
    text = subprocess.run([TWINNING, "--help"], capture_output=True, check=True, text=True).stdout
    listed = text.split("Subcommands:", 1)[1]
    return [line.split()[0] for line in listed.splitlines() if line.strip()]


def man_options():
    text = (ROOT / "docs" / "twinning.1").read_text()
    # Options stand after a space or a font escape, not inside a word such
    # as `comma-separated`.
    text = re.sub(r"\\f[BIRP]", " ", text.replace("\\-", "-"))
    return set(re.findall(r"(?<![\w-])(--?[a-z][a-z-]*)", text))


class ManPage(unittest.TestCase):
    def test_every_option_of_every_command_is_documented(self):
        documented = man_options()
        for command in commands():
            with self.subTest(command=command):
                self.assertEqual(help_options(command) - documented, set())

    def test_every_command_is_documented(self):
        text = (ROOT / "docs" / "twinning.1").read_text()
        for command in commands():
            with self.subTest(command=command):
                self.assertIn(f".B twinning {command}\n", text)
                self.assertIn(f".B {command}\n", text)

    def test_the_man_page_documents_no_option_that_does_not_exist(self):
        real = set().union(*(help_options(command) for command in commands())) | {"--version"}
        self.assertEqual(man_options() - real, set())

    def test_version_matches(self):
        version = subprocess.run([TWINNING, "--version"], capture_output=True, check=True, text=True).stdout.strip()
        header = (ROOT / "docs" / "twinning.1").read_text().splitlines()[0]
        self.assertIn(f'"{version}"', header)


class Completion(unittest.TestCase):
    def complete(self, line):
        words = line.split(" ")
        script = (f'PATH={os.path.dirname(TWINNING)}:$PATH; source {ROOT}/completions/twinning.bash; '
                  f'COMP_WORDS=({" ".join(repr(w) for w in words)}); COMP_CWORD={len(words) - 1}; '
                  f'_twinning; printf "%s\\n" "${{COMPREPLY[@]}}"')
        result = subprocess.run(["bash", "-c", script], capture_output=True, check=True, text=True)
        return set(result.stdout.split())

    def test_commands(self):
        self.assertEqual(self.complete("twinning "), {*commands(), "--help", "--version"})

    def test_every_option_completes(self):
        for command in commands():
            with self.subTest(command=command):
                self.assertEqual(help_options(command) - self.complete(f"twinning {command} -"), set())

    def test_values(self):
        self.assertEqual(self.complete("twinning check --diagnostics "), {"human", "json", "sarif", "github", "gitlab"})
        self.assertIn("missing-header", self.complete("twinning check --select miss"))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
