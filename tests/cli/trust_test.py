#!/usr/bin/env python3
"""What CI relies on: options that never take a file, outputs that never
destroy an input, writes that fit their target, and exit codes that tell
the truth."""

import argparse
import json
import os
import pathlib
import signal
import stat
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


class Folder(unittest.TestCase):
    """A test with a folder of its own holding a copy of a sample."""

    def setUp(self):
        self.temporary = tempfile.TemporaryDirectory()
        self.folder = pathlib.Path(self.temporary.name)
        self.listing = self.folder / "list.txt"
        self.listing.write_bytes(pathlib.Path(sample()).read_bytes())

    def tearDown(self):
        self.temporary.cleanup()

    def leftovers(self):
        return sorted(p.name for p in self.folder.iterdir() if ".tmp." in p.name)


class OutputsSpareInputs(Folder):
    def assert_refused(self, result, option):
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertEqual(len(result.stderr.splitlines()), 1, result.stderr)
        self.assertIn(option.encode(), result.stderr)
        self.assertEqual(self.listing.read_bytes(), pathlib.Path(sample()).read_bytes())

    def test_each_output_refuses_the_input_by_any_name(self):
        (self.folder / "link.txt").symlink_to("list.txt")
        os.link(self.listing, self.folder / "hard.txt")
        for name in ("list.txt", "./list.txt", "link.txt", "hard.txt"):
            for command, option in (("parse", "-o"), ("parse", "--diagnostics-file"), ("check", "--diagnostics-file"),
                                    ("check", "--write-baseline")):
                with self.subTest(name=name, option=option):
                    self.assert_refused(run(command, option, name, "list.txt", cwd=self.folder), option)

    def test_two_outputs_may_not_share_a_file(self):
        result = run("parse", "-o", "out.json", "--diagnostics-file", "out.json", "list.txt", cwd=self.folder)
        self.assert_refused(result, "--diagnostics-file")
        self.assertFalse((self.folder / "out.json").exists())

    def test_a_baseline_may_be_refreshed_from_itself(self):
        self.assertEqual(run("check", "--write-baseline", "base.json", "list.txt", cwd=self.folder).returncode, 0)
        again = run("check", "--baseline", "base.json", "--write-baseline", "base.json", "list.txt", cwd=self.folder)
        self.assertEqual(again.returncode, 0, again.stderr)


class WritesFitTheTarget(Folder):
    def test_a_symlink_stays_a_link_and_its_target_gets_the_text_with_its_mode(self):
        target = self.folder / "records.json"
        target.write_text("old")
        target.chmod(0o640)
        (self.folder / "link.json").symlink_to("records.json")
        result = run("parse", "-o", "link.json", "list.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertTrue((self.folder / "link.json").is_symlink())
        self.assertEqual(len(json.loads(target.read_text())["records"]), 6)
        self.assertEqual(stat.S_IMODE(target.stat().st_mode), 0o640)
        self.assertEqual(self.leftovers(), [])

    def test_fmt_and_fix_write_through_a_symlink(self):
        (self.folder / "link.txt").symlink_to("list.txt")
        for args in (("fmt", "--in-place", "link.txt"), ("check", "--fix", "--unsafe-fixes", "link.txt")):
            with self.subTest(args=args):
                before = self.listing.read_bytes()
                run(*args, cwd=self.folder)
                self.assertTrue((self.folder / "link.txt").is_symlink())
                self.assertNotEqual(self.listing.read_bytes(), before)

    def test_a_file_with_other_hard_links_is_refused(self):
        target = self.folder / "records.json"
        target.write_text("old")
        os.link(target, self.folder / "other-name.json")
        result = run("parse", "-o", "records.json", "list.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"hard links", result.stderr)
        self.assertEqual(target.read_text(), "old")

    def test_a_fifo_is_written_directly(self):
        fifo = self.folder / "pipe"
        os.mkfifo(fifo)
        reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
        try:
            result = run("parse", "--format", "jsonl", "-o", str(fifo), "list.txt", cwd=self.folder)
            received = reader.communicate(timeout=30)[0]
        finally:
            reader.kill()
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertEqual(len(received.splitlines()), 6)
        self.assertTrue(stat.S_ISFIFO(fifo.lstat().st_mode))

    def test_a_full_device_fails_loudly_and_stays_a_device(self):
        result = run("parse", "-o", "/dev/full", "list.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 2)
        self.assertIn(b"cannot write /dev/full: No space left on device", result.stderr)
        self.assertTrue(stat.S_ISCHR(os.stat("/dev/full").st_mode))

    def test_a_full_standard_output_fails_loudly(self):
        for args in (("check", "--diagnostics", "sarif"), ("parse",), ("fmt",)):
            with self.subTest(args=args), open("/dev/full", "wb") as full:
                result = subprocess.run([TWINNING, *args, "list.txt"], stdout=full, stderr=subprocess.PIPE,
                                        cwd=self.folder, check=False)
                self.assertEqual(result.returncode, 2)
                self.assertIn(b"cannot write standard output: No space left on device", result.stderr)

    def test_a_closed_pipe_ends_the_run_quietly(self):
        big = self.folder / "big.txt"
        big.write_bytes(self.listing.read_bytes() * 2000)
        for ignored in (False, True):
            with self.subTest(parent_ignores_sigpipe=ignored):
                def before():
                    if ignored:
                        signal.signal(signal.SIGPIPE, signal.SIG_IGN)
                process = subprocess.Popen([TWINNING, "check", "--max-per-rule", "0", "-j1", str(big)],
                                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, preexec_fn=before)
                process.stdout.readline()
                process.stdout.close()
                errors = process.stderr.read()
                process.stderr.close()
                process.wait(timeout=60)
                self.assertEqual(errors, b"")
                self.assertEqual(process.returncode, -signal.SIGPIPE)

    def test_diagnostics_file_gives_two_clean_files(self):
        result = run("parse", "-o", "records.json", "--diagnostics", "sarif", "--diagnostics-file", "report.sarif",
                     "list.txt", "missing.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 2)
        self.assertFalse((self.folder / "report.sarif").exists())
        self.assertIn(b"missing.txt", result.stderr)
        result = run("parse", "-o", "records.json", "--diagnostics", "sarif", "--diagnostics-file", "report.sarif",
                     "list.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 1)
        self.assertEqual(result.stdout, b"")
        self.assertEqual(result.stderr, b"")
        self.assertEqual(len(json.loads((self.folder / "records.json").read_text())["records"]), 6)
        sarif = json.loads((self.folder / "report.sarif").read_text())
        self.assertTrue(sarif["runs"][0]["results"])
        check = run("check", "--diagnostics", "json", "--diagnostics-file", "d.json", "list.txt", cwd=self.folder)
        self.assertEqual((check.returncode, check.stdout), (1, b""))
        self.assertTrue(json.loads((self.folder / "d.json").read_text()))
        self.assertEqual(self.leftovers(), [])


def many_warnings(count):
    """A listing of `count` records, each with a population of no year."""
    return "\n".join(f"Town{i} (Austria)\npopulation: {1000 + i}\nweb sites: www.town{i}.at\n"
                     for i in range(count)).encode()


class EveryFindingReachesMachines(Folder):
    def setUp(self):
        super().setUp()
        self.listing.write_bytes(many_warnings(60))

    def findings(self, *args):
        result = run("check", "--diagnostics", "json", *args, "list.txt", cwd=self.folder)
        return [d["name"] for d in json.loads(result.stdout)]

    def test_machine_formats_carry_every_finding(self):
        self.assertEqual(self.findings().count("missing-population-year"), 60)
        sarif = json.loads(run("check", "--diagnostics", "sarif", "list.txt", cwd=self.folder).stdout)
        self.assertEqual(sum(r["ruleId"] == "TW307" for r in sarif["runs"][0]["results"]), 60)
        gitlab = json.loads(run("check", "--diagnostics", "gitlab", "list.txt", cwd=self.folder).stdout)
        self.assertEqual(sum("missing-population-year" in i["check_name"] for i in gitlab), 60)

    def test_a_limit_given_explicitly_applies_to_machines_too(self):
        names = self.findings("--max-per-rule", "5")
        self.assertEqual(names.count("missing-population-year"), 5)
        self.assertIn("too-many-findings", names)
        (self.folder / "twinning.toml").write_text("max-per-rule = 7\n")
        self.assertEqual(self.findings().count("missing-population-year"), 7)

    def test_human_output_keeps_its_limit(self):
        human = run("check", "list.txt", cwd=self.folder).stdout
        self.assertEqual(human.count(b"[missing-population-year/"), 20)
        self.assertIn(b"40 more missing-population-year findings in this file are not shown", human)
        self.assertIn(b"\n0 errors, 60 warnings, ", human)

    def test_a_fresh_baseline_knows_every_finding_at_any_count(self):
        wrote = run("check", "--write-baseline", "base.json", "list.txt", cwd=self.folder)
        self.assertEqual(wrote.returncode, 0, wrote.stderr)
        every = len(self.findings())
        self.assertEqual(len(json.loads((self.folder / "base.json").read_text())["findings"]), every)
        for extra in ((), ("--diagnostics", "json"), ("--max-per-rule", "3")):
            with self.subTest(extra=extra):
                again = run("check", "--baseline", "base.json", *extra, "list.txt", cwd=self.folder)
                self.assertEqual(again.returncode, 0, again.stdout[-300:])
                if not extra:
                    self.assertTrue(again.stdout.endswith(
                        f"0 errors, 0 warnings, 0 info, 60 records ({every} more known from the baseline)\n"
                        .encode()), again.stdout)

    def test_a_baseline_past_the_limit_reports_only_what_is_new(self):
        run("check", "--write-baseline", "base.json", "list.txt", cwd=self.folder)
        self.listing.write_bytes(many_warnings(60) + b"\nNewtown (Austria)\npopulation: 5\nweb sites: www.new.at\n")
        again = run("check", "--baseline", "base.json", "--diagnostics", "json", "list.txt", cwd=self.folder)
        new = [(d["name"], d["line"]) for d in json.loads(again.stdout)]
        self.assertIn(("missing-population-year", 242), new)
        self.assertTrue(all(line >= 241 for _, line in new), new)


class OutputHygiene(Folder):
    HOSTILE_NAME = "bad\x1b[2Jname.txt"

    def test_csv_is_always_valid_utf8(self):
        self.listing.write_bytes(b"Caf\xe9 (Austria)\npopulation: 5 (2020)\nweb sites: www.caf\xff.at\n")
        result = run("parse", "--format", "csv", "list.txt", cwd=self.folder)
        text = result.stdout.decode("utf-8")  # raises on a byte that is not UTF-8
        self.assertIn("Caf\ufffd", text)

    def test_no_control_character_reaches_the_terminal(self):
        hostile = self.folder / self.HOSTILE_NAME
        hostile.write_bytes(b"Ev\x1b]0;title\x07il (Austria)\npopulation: 5\n")
        for args in (("check",), ("check", "--diagnostics", "github"), ("parse", "-o", "out.json")):
            with self.subTest(args=args):
                result = run(*args, self.HOSTILE_NAME, "missing\x1b[31m.txt", cwd=self.folder)
                for stream in (result.stdout, result.stderr):
                    self.assertNotIn(b"\x1b", stream)
                    self.assertNotIn(b"\x07", stream)
                self.assertIn(b"missing\\x1b[31m.txt", result.stderr)
        human = run("check", self.HOSTILE_NAME, cwd=self.folder).stdout
        self.assertIn(b"bad\\x1b[2Jname.txt:1:1", human)
        self.assertIn(b"`Ev\\x1b]0;title\\x07il`", human)


class SarifLocations(Folder):
    def test_absolute_paths_are_file_uris_and_relative_ones_start_at_srcroot(self):
        result = run("check", "--diagnostics", "sarif", "list.txt", str(self.folder / "list.txt"), cwd=self.folder)
        sarif_run = json.loads(result.stdout)["runs"][0]
        base = sarif_run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
        self.assertEqual(base, self.folder.resolve().as_uri() + "/")
        locations = {json.dumps(r["locations"][0]["physicalLocation"]["artifactLocation"], sort_keys=True)
                     for r in sarif_run["results"]}
        self.assertEqual(locations, {
            json.dumps({"uri": "list.txt", "uriBaseId": "%SRCROOT%"}, sort_keys=True),
            json.dumps({"uri": (self.folder / "list.txt").as_uri()}, sort_keys=True)})


class Configuration(Folder):
    def assert_one_line_failure(self, result, needle):
        self.assertEqual(result.returncode, 2, result.stdout)
        self.assertEqual(len(result.stderr.splitlines()), 1, result.stderr)
        self.assertIn(needle.encode(), result.stderr)

    def test_values_need_their_exact_toml_type(self):
        for setting, where in (("strict = 1", "twinning.toml:1:10"), ("max-warnings = 3.0", "twinning.toml:1:16"),
                               ("max-per-rule = 4e110", "twinning.toml:1:16"),
                               ("date-order = 1", "twinning.toml:1:14")):
            with self.subTest(setting=setting):
                (self.folder / "twinning.toml").write_text(setting + "\n")
                self.assert_one_line_failure(run("check", "list.txt", cwd=self.folder), where)

    def test_a_message_about_the_config_stays_on_one_line(self):
        (self.folder / "twinning.toml").write_text('["\\n"]\n')
        self.assert_one_line_failure(run("check", "list.txt", cwd=self.folder), "twinning.toml:1:")

    def test_a_folder_or_binary_file_as_a_settings_file_is_refused(self):
        (self.folder / "folder").mkdir()
        (self.folder / "binary").write_bytes(b"\x00\x01\x02")
        for option in ("--config", "--vocabulary", "--baseline"):
            for path, reason in (("folder", "it is a directory"), ("binary", "is not text")):
                with self.subTest(option=option, path=path):
                    self.assert_one_line_failure(run("check", option, path, "list.txt", cwd=self.folder), reason)


class FailuresSayWhy(Folder):
    def test_strict_and_max_warnings_name_the_option_and_the_count(self):
        labels = sample("labels.txt")
        strict = run("check", "--strict", labels)
        self.assertEqual(strict.returncode, 1)
        self.assertEqual(strict.stderr, b"twinning: --strict fails the run on 1 warning\n")
        most = run("check", "--max-warnings", "0", labels)
        self.assertEqual(most.returncode, 1)
        self.assertEqual(most.stderr, b"twinning: --max-warnings 0: 1 warning found, which is more\n")
        self.assertEqual(run("check", "--max-warnings", "1", labels).stderr, b"")

    def test_a_bad_number_gets_a_short_message(self):
        for option, value, expected in (("--max-warnings", "-3", b"`-3` is not a whole number of 0 or more"),
                                        ("--max-per-rule", "many", b"`many` is not a whole number of 0 or more"),
                                        ("--jobs", "0", b"`0` is not a whole number from 1 to 1024")):
            with self.subTest(option=option):
                result = run("check", option, value, "list.txt", cwd=self.folder)
                self.assertEqual(result.returncode, 2)
                self.assertIn(expected, result.stderr)
                self.assertLess(len(result.stderr), 120, result.stderr)

    def test_an_unknown_command_suggests_the_nearest(self):
        result = run("chek", "list.txt", cwd=self.folder)
        self.assertEqual((result.returncode, result.stderr),
                         (2, b"twinning: unknown command `chek`; did you mean `check`?\n"))
        self.assertIn(b"the commands are", run("frobnicate").stderr)

    def test_short_version_flag(self):
        result = run("-V")
        self.assertEqual(result.returncode, 0)
        self.assertEqual(result.stdout, run("--version").stdout)
        self.assertTrue(result.stdout.startswith(b"twinning "))

    def test_an_unread_input_gets_no_summary(self):
        for args in (("check",), ("parse",)):
            with self.subTest(args=args):
                result = run(*args, "missing.txt", cwd=self.folder)
                self.assertEqual(result.returncode, 2)
                self.assertNotIn(b"0 errors", result.stdout + result.stderr)

    def test_fmt_diff_exits_one_when_a_file_would_change(self):
        self.assertEqual(run("fmt", "--diff", "list.txt", cwd=self.folder).returncode, 1)
        (self.folder / "clean.txt").write_bytes(run("fmt", "list.txt", cwd=self.folder).stdout)
        clean = run("fmt", "--diff", "clean.txt", cwd=self.folder)
        self.assertEqual((clean.returncode, clean.stdout), (0, b""))


class Colour(Folder):
    def colour(self, **environment):
        env = {key: value for key, value in os.environ.items()
               if key not in ("NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "TERM")}
        env.update(environment)
        return b"\x1b[" in run("check", "list.txt", cwd=self.folder, env=env).stdout

    def test_force_colour_unless_no_colour_or_a_dumb_terminal(self):
        self.assertFalse(self.colour())
        self.assertTrue(self.colour(FORCE_COLOR="1"))
        self.assertTrue(self.colour(CLICOLOR_FORCE="1"))
        self.assertFalse(self.colour(CLICOLOR_FORCE="0"))
        self.assertFalse(self.colour(FORCE_COLOR="1", NO_COLOR="1"))
        self.assertFalse(self.colour(FORCE_COLOR="1", TERM="dumb"))


class Conveniences(Folder):
    def test_quiet_writes_the_findings_and_nothing_else(self):
        loud = run("check", "list.txt", cwd=self.folder)
        quiet = run("check", "--quiet", "list.txt", cwd=self.folder)
        self.assertEqual(quiet.returncode, loud.returncode)
        self.assertTrue(loud.stdout.startswith(quiet.stdout))
        self.assertEqual(loud.stdout[len(quiet.stdout):], loud.stdout.splitlines(keepends=True)[-1])
        written = run("check", "-q", "--write-baseline", "b.json", "list.txt", cwd=self.folder)
        self.assertEqual(written.stderr, b"")

    def test_statistics_counts_each_rule_most_frequent_first(self):
        result = run("check", "--statistics", "list.txt", cwd=self.folder)
        lines = result.stdout.decode().splitlines()
        counts = [(int(line.split()[0]), line.split()[2]) for line in lines[:-1]]
        every = json.loads(run("check", "--diagnostics", "json", "list.txt", cwd=self.folder).stdout)
        expected = {}
        for diagnostic in every:
            expected[diagnostic["name"]] = expected.get(diagnostic["name"], 0) + 1
        self.assertEqual(dict((name, count) for count, name in counts), expected)
        self.assertEqual([c for c, _ in counts], sorted((c for c, _ in counts), reverse=True))
        self.assertTrue(lines[-1].endswith("6 records"))
        self.assertEqual(run("check", "--statistics", "--diagnostics", "json", "list.txt",
                             cwd=self.folder).returncode, 2)

    def test_stdin_filename_names_standard_input(self):
        (self.folder / "sub").mkdir()
        (self.folder / "sub" / "twinning.toml").write_text('select = ["missing-country"]\n')
        result = run("check", "--stdin-filename", "sub/named.txt", "-", stdin=self.listing.read_bytes(),
                     cwd=self.folder)
        self.assertIn(b"sub/named.txt:11:1:", result.stdout)
        self.assertEqual(rules_reported(result.stdout), {"missing-country"})

    def test_twinning_toml_is_found_upward_from_each_input(self):
        project = self.folder / "project"
        (project / "listings").mkdir(parents=True)
        (project / "twinning.toml").write_text('select = ["missing-country"]\n')
        (project / "listings" / "a.txt").write_bytes(self.listing.read_bytes())
        elsewhere = self.folder / "elsewhere"
        elsewhere.mkdir()
        result = run("check", str(project / "listings" / "a.txt"), cwd=elsewhere)
        self.assertEqual(rules_reported(result.stdout), {"missing-country"})
        mixed = run("check", str(project / "listings" / "a.txt"), "list.txt", cwd=self.folder)
        self.assertEqual(mixed.returncode, 2)
        self.assertIn(b"different twinning.toml files", mixed.stderr)

    def test_show_settings_names_the_file_and_the_values(self):
        (self.folder / "twinning.toml").write_text('strict = true\nmax-per-rule = 4\n')
        result = run("check", "--show-settings", "--select", "TW2", "list.txt", cwd=self.folder)
        self.assertEqual(result.returncode, 0)
        text = result.stdout.decode()
        self.assertIn(str((self.folder / "twinning.toml").resolve()), text.splitlines()[0])
        for line in ('select = ["TW2"]', "strict = true", "max-per-rule = 4", "stale-population-years = 10"):
            self.assertIn(line + "\n", text)
        self.assertEqual(run("check", "--show-settings", cwd=self.folder).returncode, 0)

    def test_show_settings_output_reads_back_as_the_same_settings(self):
        # Set every setting, in twinning.toml and on the command line alike:
        # what --show-settings writes is a twinning.toml that gives the same.
        (self.folder / "areas.txt").write_text("culture\n")
        (self.folder / "twinning.toml").write_text(
            'select = ["TW2", "TW3"]\nignore = ["missing-website"]\nstrict = true\nmax-warnings = 3\n'
            'reference-date = 2026-01-01\ndate-order = "mdy"\nvocabulary = "areas.txt"\n'
            'stale-population-years = 7\nmax-per-rule = 4\n\n[severity]\nmissing-population = "info"\n')
        shown = run("check", "--show-settings", "list.txt", cwd=self.folder)
        self.assertEqual(shown.returncode, 0, shown.stderr)
        text = shown.stdout.decode()
        self.assertNotIn("\n# ", text)  # every setting is set: none is shown as a comment
        (self.folder / "twinning.toml").write_text(text)
        again = run("check", "--show-settings", "list.txt", cwd=self.folder)
        self.assertEqual(again.stdout, shown.stdout)
        options = run("check", "--show-settings", "--config", os.devnull, "--select", "TW2,TW3", "--ignore",
                      "missing-website", "--strict", "--max-warnings", "3", "--reference-date", "2026-01-01",
                      "--date-order", "mdy", "--vocabulary", str(self.folder / "areas.txt"),
                      "--stale-population-years", "7", "--max-per-rule", "4", "--severity",
                      "missing-population=info", "list.txt", cwd=self.folder)
        self.assertEqual(options.returncode, 0, options.stderr)
        self.assertEqual(options.stdout.decode().splitlines()[1:], text.splitlines()[1:])


class ExitCodes(Folder):
    def test_exit_zero_keeps_the_report_but_not_the_failure(self):
        plain = run("check", "list.txt", cwd=self.folder)
        zero = run("check", "--exit-zero", "list.txt", cwd=self.folder)
        self.assertEqual((plain.returncode, zero.returncode), (1, 0))
        self.assertEqual(plain.stdout, zero.stdout)

    def test_exit_zero_still_fails_a_run_that_could_not_read(self):
        self.assertEqual(run("check", "--exit-zero", "missing.txt", cwd=self.folder).returncode, 2)


def main():
    global TWINNING, ROOT
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    # Absolute, as tests run it from folders of their own.
    TWINNING = os.path.abspath(options.twinning)
    ROOT = pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])


if __name__ == "__main__":
    main()
