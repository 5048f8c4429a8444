#!/usr/bin/env python3
"""Spelling suggestions: twinning's against the `hunspell -a` command's, in one run.

    bench/spelling.py --twinning build/bin/twinning

Two sets of misspellings, each with the word meant:

- typing slips, made here with a fixed seed from words of the en_US
  dictionary: each takes one edit of the kinds real typing makes (two letters
  swapped, a letter doubled or dropped, a key's neighbour struck, a sound-alike
  ending, a letter added). A typo that either dictionary knows is no typo and
  is skipped. The seed's own misspellings are added with the words they stand
  for.
- common misspellings (bench/common-misspellings.txt): slips of spelling people
  make in common words, typed here.

Both tools get the same words. hunspell reads them one a line; twinning reads a
listing whose areas of cooperation hold them, and its misspelled-word findings
give its suggestions: the fix is the first, the help the others. twinning's cost
is its check with the rule minus the same check with the rule ignored, so the
listing's other work does not count for it. Times are wall-clock, best of
--runs, and include each tool's start.

Prints the hit rates, the times and the seed's check with and without the
rule, then the targets as PASS or FAIL: on each set, twinning's top-1 and top-3
at least hunspell's. Nothing here runs in CI.
"""

import argparse
import json
import pathlib
import random
import re
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DICTIONARIES = pathlib.Path("/usr/share/hunspell")
SEED = ROOT / "samples" / "ostrava-partner-cities.txt"
COMMON = ROOT / "bench" / "common-misspellings.txt"
REFERENCE_DATE = "2026-01-01"

# The seed's misspellings, with the words they stand for.
SEED_MISSPELLINGS = {
    "aktivity": "activity",
    "economicscientific": "economic scientific",
}

# Neighbours on a QWERTY keyboard, for a key struck next to the right one.
KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
# Endings that sound alike, written one for the other.
SOUND_ALIKE = [("tion", "sion"), ("ance", "ence"), ("able", "ible"), ("ant", "ent"), ("ise", "ize"), ("er", "re")]

TARGET_TIME_FRACTION = 0.05
TARGET_SEED_RATIO = 3.0


def neighbours(letter):
    found = []
    for row_index, row in enumerate(KEYBOARD_ROWS):
        column = row.find(letter)
        if column < 0:
            continue
        found += [row[i] for i in (column - 1, column + 1) if 0 <= i < len(row)]
        for other in (row_index - 1, row_index + 1):
            if 0 <= other < len(KEYBOARD_ROWS):
                found += [KEYBOARD_ROWS[other][i] for i in (column, column + 1) if i < len(KEYBOARD_ROWS[other])]
    return found


def transpose(word, rng):
    i = rng.randrange(len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def double(word, rng):
    i = rng.randrange(len(word))
    return word[:i] + word[i] + word[i:]


def drop(word, rng):
    i = rng.randrange(1, len(word))  # the first letter is rarely the one lost
    return word[:i] + word[i + 1:]


def neighbour_key(word, rng):
    i = rng.randrange(1, len(word))
    options = neighbours(word[i])
    return word[:i] + rng.choice(options) + word[i + 1:] if options else word


def sound_alike(word, rng):
    pairs = [(a, b) for a, b in SOUND_ALIKE if word.endswith(a)] + [(b, a) for a, b in SOUND_ALIKE if word.endswith(b)]
    if not pairs:
        return word
    written, instead = rng.choice(pairs)
    return word[: -len(written)] + instead


def add_letter(word, rng):
    i = rng.randrange(1, len(word) + 1)
    return word[:i] + rng.choice("abcdefghijklmnopqrstuvwxyz") + word[i:]


EDITS = [transpose, double, drop, neighbour_key, sound_alike, add_letter]


def dictionary_words(name):
    """The stems of a hunspell dictionary that are plain lowercase words."""
    lines = (DICTIONARIES / f"{name}.dic").read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    stems = (line.split("/")[0] for line in lines)
    return sorted({stem for stem in stems if re.fullmatch(r"[a-z]{5,12}", stem)})


def hunspell_answers(words, dictionary):
    """hunspell -a's answer for each word: None when it knows it, else its suggestions."""
    result = subprocess.run(["hunspell", "-a", "-d", dictionary], input="\n".join(words) + "\n",
                            capture_output=True, text=True, check=True)
    answers = []
    for block in result.stdout.split("\n\n"):
        lines = [line for line in block.splitlines() if line and not line.startswith("@(#)")]
        if not lines:
            continue
        line = lines[0]
        if line[0] == "&":
            answers.append([s.strip() for s in line.split(":", 1)[1].split(",")])
        elif line[0] == "#":
            answers.append([])
        else:
            answers.append(None)
    if len(answers) != len(words):
        sys.exit(f"hunspell gave {len(answers)} answers for {len(words)} words")
    return answers


def unknown_to_both(pairs):
    """The pairs whose misspelling neither dictionary knows."""
    typos = [typo for typo, _ in pairs]
    known = hunspell_answers(typos, "en_US,en_GB")
    return [pair for pair, answer in zip(pairs, known) if answer is not None]


def make_misspellings(count, rng):
    """Pairs of (typo, intended word), unknown to both dictionaries."""
    words = dictionary_words("en_US")
    candidates = {}
    while len(candidates) < count * 2:
        word = rng.choice(words)
        typo = rng.choice(EDITS)(word, rng)
        if typo != word and typo not in candidates:
            candidates[typo] = word
    return unknown_to_both(list(candidates.items()))[:count] + list(SEED_MISSPELLINGS.items())


def common_misspellings():
    lines = COMMON.read_text(encoding="utf-8").splitlines()
    return unknown_to_both([tuple(line.split(" ", 1)) for line in lines if line and not line.startswith("#")])


def listing_of(typos):
    """A listing whose records' areas of cooperation hold the typos, ten a record."""
    records = []
    for start in range(0, len(typos), 10):
        areas = ", ".join(typos[start:start + 10])
        records.append(f"Katowice (Poland)\nmain areas of cooperation: {areas}\n")
    return "\n".join(records)


def twinning_answers(twinning, listing):
    """twinning's suggestions for each misspelled word of the listing, by word."""
    result = subprocess.run([twinning, "check", "--jobs", "1", "--reference-date", REFERENCE_DATE, "--max-per-rule",
                             "0", "--select", "misspelled-word", "--diagnostics", "json", "--exit-zero", str(listing)],
                            capture_output=True, text=True, check=True)
    answers = {}
    for diagnostic in json.loads(result.stdout):
        word = diagnostic["message"].split("`")[1]  # "`WORD` is not an English word"
        suggestions = [diagnostic["fix"]["edits"][0]["replacement"]] if "fix" in diagnostic else []
        suggestions += re.findall(r"`([^`]*)`", diagnostic.get("suggestion", ""))
        answers[word] = suggestions
    return answers


def best_time(runs, command, given=None):
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, input=given, capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def hit_rates(pairs, suggestions_of):
    top1 = sum(1 for typo, word in pairs if suggestions_of(typo)[:1] == [word])
    top3 = sum(1 for typo, word in pairs if word in suggestions_of(typo)[:3])
    return top1 / len(pairs), top3 / len(pairs)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--words", type=int, default=400, help="generated misspellings")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2026, help="of the generated misspellings")
    parser.add_argument("--misses", action="store_true", help="list the words twinning's first guess misses")
    options = parser.parse_args()

    sets = {
        "typing slips": make_misspellings(options.words, random.Random(options.seed)),
        "common misspellings": common_misspellings(),
    }
    typos = list(dict.fromkeys(typo for pairs in sets.values() for typo, _ in pairs))
    with tempfile.TemporaryDirectory() as folder:
        words_file = pathlib.Path(folder) / "words.txt"
        words_file.write_text("\n".join(typos) + "\n", encoding="utf-8")
        listing = pathlib.Path(folder) / "listing.txt"
        listing.write_text(listing_of(typos), encoding="utf-8")

        hunspell = dict(zip(typos, hunspell_answers(typos, "en_US")))
        ours = twinning_answers(options.twinning, listing)

        check = [options.twinning, "check", "--jobs", "1", "--reference-date", REFERENCE_DATE, "--exit-zero",
                 "--diagnostics", "json"]
        hunspell_time = best_time(options.runs, ["hunspell", "-a", "-d", "en_US"], words_file.read_bytes())
        with_rule = best_time(options.runs, check + [str(listing)])
        without_rule = best_time(options.runs, check + ["--ignore", "misspelled-word", str(listing)])
        seed_with = best_time(options.runs * 3, check + [str(SEED)])
        seed_without = best_time(options.runs * 3, check + ["--ignore", "misspelled-word", str(SEED)])

    if options.misses:
        for pairs in sets.values():
            for typo, word in pairs:
                if ours.get(typo, [])[:1] != [word]:
                    print(f"{typo:<20} {word:<20} hunspell {hunspell[typo]}  twinning {ours.get(typo, [])}")
    our_time = max(with_rule - without_rule, 0.0)
    fraction = our_time / hunspell_time
    seed_ratio = seed_with / seed_without
    print(f"{len(typos)} misspellings: {len(sets['typing slips'])} typing slips (seed {options.seed}, "
          f"{len(SEED_MISSPELLINGS)} of them from the seed listing), {len(sets['common misspellings'])} common")
    print(f"{'':<10} {'seconds':>9}   {'typing slips':>15}   {'common misspellings':>19}")
    print(f"{'':<10} {'':>9}   {'top-1':>7} {'top-3':>7}   {'top-1':>9} {'top-3':>9}")
    rates = {}
    for tool, answers in (("hunspell", lambda typo: hunspell[typo] or []),
                          ("twinning", lambda typo: ours.get(typo, []))):
        rates[tool] = {name: hit_rates(pairs, answers) for name, pairs in sets.items()}
        slips, common = rates[tool]["typing slips"], rates[tool]["common misspellings"]
        seconds = hunspell_time if tool == "hunspell" else our_time
        print(f"{tool:<10} {seconds:9.3f}   {slips[0]:7.1%} {slips[1]:7.1%}   {common[0]:9.1%} {common[1]:9.1%}")
    print(f"twinning's check {with_rule:.3f} s, without the rule {without_rule:.3f} s")
    print(f"seed check: {seed_with * 1000:.1f} ms with the rule, {seed_without * 1000:.1f} ms without")
    targets = [(f"suggestions at most {TARGET_TIME_FRACTION}x hunspell's time", fraction <= TARGET_TIME_FRACTION,
                f"{fraction:.3f}x")]
    for name in sets:
        for k, label in ((0, "top-1"), (1, "top-3")):
            ours_rate, theirs = rates["twinning"][name][k], rates["hunspell"][name][k]
            targets.append((f"{label} on {name} at least hunspell's", ours_rate >= theirs,
                            f"{ours_rate:.1%} vs {theirs:.1%}"))
    targets.append((f"seed check at most {TARGET_SEED_RATIO}x without the rule", seed_ratio <= TARGET_SEED_RATIO,
                    f"{seed_ratio:.1f}x"))
    for name, ok, value in targets:
        print(f"{'PASS' if ok else 'FAIL'}  {name}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
