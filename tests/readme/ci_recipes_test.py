#!/usr/bin/env python3
"""The README's CI recipes and .pre-commit-hooks.yaml are well-formed and use real options.

- Every ```yaml block of README.md parses, and is one of: a GitHub Actions
  workflow, a GitLab CI job, a .pre-commit-config.yaml. Each kind appears
  once and has the structure its system needs.
- .pre-commit-hooks.yaml parses and defines the hooks the README names.
- Every `twinning ...` command in those files (run: blocks, script lines,
  hook entries) uses only options that `twinning SUBCOMMAND --help` lists,
  and a `--diagnostics` format that it accepts.
- The CI recipes' `twinning` commands, run on a folder `listings/` of
  samples, do what the recipes rely on: the annotating run fails on an
  error, and each report run exits 0 and writes its file.
"""

import argparse
import json
import os
import pathlib
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import unittest

import yaml

ROOT = None
TWINNING = None


def yaml_blocks(readme):
    return re.findall(r"^```yaml\n(.*?)^```", readme, flags=re.S | re.M)


def kind(document):
    if isinstance(document, dict) and "jobs" in document:
        return "github"
    if isinstance(document, dict) and "repos" in document:
        return "pre-commit-config"
    if isinstance(document, dict) and any(isinstance(job, dict) and "script" in job for job in document.values()):
        return "gitlab"
    return "unknown"


def shell_lines(value):
    """The lines of a run: block or a list of script lines."""
    items = value if isinstance(value, list) else [value]
    return [line for item in items for line in str(item).splitlines()]


def twinning_commands(line):
    """The token lists of each `twinning` command on one shell line."""
    commands = []
    for segment in re.split(r"&&|\|\||[;|()]", line):
        try:
            tokens = shlex.split(segment, comments=True)
        except ValueError:
            continue
        if tokens and tokens[0] == "twinning":
            commands.append(tokens)
    return commands


def help_options(subcommand):
    """The options, and the --diagnostics choices, that `twinning SUBCOMMAND --help` lists."""
    text = subprocess.run([TWINNING, subcommand, "--help"], capture_output=True, check=True, text=True).stdout
    options = set(re.findall(r"(?<![\w-])(--?[A-Za-z][\w-]*)", text))
    choices = re.search(r"--diagnostics TEXT:\{([^}]*)\}", text)
    return options, set(choices.group(1).split(",")) if choices else set()


class CiRecipes(unittest.TestCase):
    def setUp(self):
        readme = (ROOT / "README.md").read_text(encoding="utf-8")
        self.documents = {}
        for block in yaml_blocks(readme):
            document = yaml.safe_load(block)
            self.assertNotIn(kind(document), self.documents, f"two README blocks of one kind:\n{block}")
            self.documents[kind(document)] = document
        self.hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))

    def test_each_recipe_is_in_the_readme(self):
        self.assertEqual(set(self.documents), {"github", "gitlab", "pre-commit-config"})

    def test_github_workflow(self):
        workflow = self.documents["github"]
        # YAML 1.1, which PyYAML reads, takes a bare `on` for true; GitHub reads it as the key "on".
        self.assertTrue("on" in workflow or True in workflow, "the workflow has no `on`")
        self.assertEqual(workflow["permissions"]["security-events"], "write")
        self.assertGreater(len(workflow["jobs"]), 0)
        for name, job in workflow["jobs"].items():
            with self.subTest(job=name):
                self.assertIn("runs-on", job)
                self.assertGreater(len(job["steps"]), 0)
                for step in job["steps"]:
                    self.assertTrue(("run" in step) != ("uses" in step), step)
        steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
        runs = [command for step in steps if "run" in step
                for line in shell_lines(step["run"]) for command in twinning_commands(line)]
        self.assertIn(["--diagnostics", "github"], [command[2:4] for command in runs])
        sarif_files = [command[command.index("--diagnostics-file") + 1] for command in runs
                       if "sarif" in command and "--diagnostics-file" in command]
        self.assertEqual(len(sarif_files), 1, "one twinning command writes a SARIF file")
        self.assertTrue(all("--exit-zero" in command for command in runs if "--diagnostics-file" in command),
                        "a report step must not fail the job")
        uploads = [step for step in steps if str(step.get("uses", "")).startswith("github/codeql-action/upload-sarif@")]
        self.assertEqual(len(uploads), 1)
        self.assertEqual(uploads[0]["with"]["sarif_file"], sarif_files[0])
        self.assertEqual(uploads[0].get("if"), "always()")
        writer = next(step for step in steps if "run" in step and sarif_files[0] in step["run"])
        self.assertEqual(writer.get("if"), "always()")

    def test_gitlab_job(self):
        jobs = {name: job for name, job in self.documents["gitlab"].items() if isinstance(job, dict)}
        self.assertEqual(len(jobs), 1)
        job = next(iter(jobs.values()))
        self.assertIsInstance(job["script"], list)
        report = job["artifacts"]["reports"]["codequality"]
        commands = [command for line in shell_lines(job["script"]) for command in twinning_commands(line)]
        written = [command[command.index("--diagnostics-file") + 1] for command in commands
                   if "gitlab" in command and "--diagnostics-file" in command]
        self.assertEqual(written, [report])
        self.assertTrue(all("--exit-zero" in command for command in commands if "--diagnostics-file" in command),
                        "the report line must not fail the job before the report is written")
        self.assertEqual(job["artifacts"].get("when"), "always")

    def test_pre_commit_hooks(self):
        self.assertIsInstance(self.hooks, list)
        by_id = {}
        for hook in self.hooks:
            with self.subTest(hook=hook.get("id")):
                for key in ("id", "name", "entry", "language"):
                    self.assertIsInstance(hook.get(key), str, key)
                self.assertEqual(hook["language"], "system")
                pattern = re.compile(hook["files"])
                self.assertTrue(pattern.search("listings/ostrava.txt"))
                self.assertFalse(pattern.search("README.md"))
                by_id[hook["id"]] = hook
        self.assertEqual(by_id["twinning"]["entry"], "twinning check")
        self.assertEqual(by_id["twinning-fmt"]["entry"], "twinning fmt --check")
        used = [hook["id"] for repo in self.documents["pre-commit-config"]["repos"] for hook in repo["hooks"]]
        self.assertEqual(sorted(used), sorted(by_id))
        for repo in self.documents["pre-commit-config"]["repos"]:
            self.assertIn("rev", repo)

    def ci_commands(self):
        """The `twinning` commands of the GitHub and GitLab recipes."""
        lines = []
        workflow = self.documents["github"]
        lines += [line for job in workflow["jobs"].values() for step in job["steps"]
                  for line in shell_lines(step.get("run", ""))]
        for job in self.documents["gitlab"].values():
            if isinstance(job, dict):
                for key in ("before_script", "script", "after_script"):
                    lines += shell_lines(job.get(key, []))
        return [command for line in lines for command in twinning_commands(line)]

    def test_every_twinning_option_exists(self):
        commands = self.ci_commands() + [command for hook in self.hooks for command in twinning_commands(hook["entry"])]
        self.assertGreaterEqual(len(commands), 6)
        helps = {}
        unknown = []
        for command in commands:
            subcommand = command[1]
            if subcommand not in helps:
                helps[subcommand] = help_options(subcommand)
            options, formats = helps[subcommand]
            for index, token in enumerate(command[2:], start=2):
                if token.startswith("-") and token != "-":
                    option = token.split("=", 1)[0]
                    if option not in options:
                        unknown.append(f"{option} (twinning {subcommand})")
                    if option == "--diagnostics" and command[index + 1] not in formats:
                        unknown.append(f"--diagnostics {command[index + 1]} (twinning {subcommand})")
        self.assertEqual(sorted(set(unknown)), [], "options the recipes use that --help does not list")

    def test_ci_commands_do_what_the_recipes_rely_on(self):
        with tempfile.TemporaryDirectory() as folder:
            listings = pathlib.Path(folder) / "listings"
            listings.mkdir()
            # The seed has an error (a record without a header), so a run
            # without --exit-zero must fail.
            for sample in ("ostrava-partner-cities.txt", "lists.txt"):
                shutil.copy(ROOT / "samples" / sample, listings)
            for command in self.ci_commands():
                with self.subTest(command=" ".join(command)):
                    arguments = []
                    for token in command[1:]:
                        arguments += sorted(str(path.relative_to(folder)) for path in pathlib.Path(folder).glob(token)) \
                            if "*" in token else [token]
                    result = subprocess.run([TWINNING, *arguments], cwd=folder, capture_output=True, check=False)
                    if "--exit-zero" in command:
                        self.assertEqual(result.returncode, 0, result.stderr)
                    else:
                        self.assertEqual(result.returncode, 1, result.stderr)
                    if "--diagnostics-file" in command:
                        report = pathlib.Path(folder) / command[command.index("--diagnostics-file") + 1]
                        self.assertTrue(report.exists(), report)
                        self.assertGreater(len(json.loads(report.read_text(encoding="utf-8"))), 0)
                        self.assertEqual(result.stdout, b"")
                    if command[2:4] == ["--diagnostics", "github"]:
                        self.assertTrue(any(line.startswith(b"::error ") for line in result.stdout.splitlines()),
                                        result.stdout[:200])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root)
    unittest.main(argv=[sys.argv[0], *rest])
