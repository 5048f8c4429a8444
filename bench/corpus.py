#!/usr/bin/env python3
"""A generated partner-city listing of any size, for benchmarks.

    bench/corpus.py 100M listing.txt

The same size always gives the same bytes. The records mix the layouts of the
seed document (fields run together on one line, one field a line, values that
wrap, records with no blank line before them, records with no header) and carry
a realistic share of its defects: misspelled labels and words, country aliases,
plain http, numbers grouped with spaces of several kinds and five date styles.
Every city name is unique, and no two differ by a single edit, so the checks
across records find only the duplicates the generator means to write.
"""

import argparse
import random
import re
import sys

COUNTRIES = [
    "Poland", "Germany", "Croatia", "Greece", "Slovakia", "Hungary", "Kazakhstan", "Benin", "Estonia",
    "France", "Italy", "Spain", "Portugal", "Austria", "Czechia", "Slovenia", "Serbia", "Romania",
    "Bulgaria", "Finland", "Sweden", "Norway", "Denmark", "Ireland", "Netherlands", "Belgium", "Chile",
    "Japan", "Canada", "Brazil", "Mexico", "Georgia", "Armenia", "Lithuania", "Latvia", "Ukraine",
]
ALIASES = {"United Kingdom": "Great Britain", "Türkiye": "Turkey"}
REGIONS = [("USA", "Pennsylvania"), ("USA", "Louisiana"), ("USA", "Ohio"), ("USA", "Texas")]
AREAS = [
    "culture", "sport", "tourism", "education", "environment", "science", "youth", "transport",
    "urbanism and urban renewal", "commercial industrial cooperation", "strategic planning",
    "revitalization of industrial areas", "support of business activities", "health care", "social services",
]
# Consonant-vowel syllables: any two names differ in at least one whole
# syllable plus the check syllable, so never by a single edit.
CONSONANTS = "bdfgklmnprstvz"
VOWELS = "aeiou"
SYLLABLES = [c + v for c in CONSONANTS for v in VOWELS]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
THIN_SPACE = "\u2009"
NO_BREAK_SPACE = "\u00a0"


def city_name(index):
    """A pronounceable name, unique to `index`, with a check syllable."""
    digits, n = [], index
    while True:
        digits.append(n % len(SYLLABLES))
        n //= len(SYLLABLES)
        if n == 0:
            break
    digits.append(sum(digits) % len(SYLLABLES))
    return "".join(SYLLABLES[d] for d in digits).capitalize()


def grouped(count, rng):
    """A count grouped in threes with the spaces pasted text carries."""
    text = f"{count:,}"
    separator = rng.choices([" ", NO_BREAK_SPACE, THIN_SPACE, ""], weights=[80, 8, 4, 8])[0]
    return text.replace(",", separator)


def date(rng, year):
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice([
        str(year),
        f"{day}.{month}.{year}",
        f"{day}. {month}. {year}",
        f"{MONTHS[month - 1]} {year}",
        f"{day} {MONTHS[month - 1]} {year}",
        f"{day}/{month}/{year}" if day > 12 else str(year),
    ])


def header_country(rng):
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(list(ALIASES.values()))
    if roll < 0.10:
        country, region = rng.choice(REGIONS)
        return f"{country} - {region}"
    return rng.choice(COUNTRIES)


def fields(name, rng):
    """The record's fields as (label, value), some with the seed's defects."""
    population_label = "populataion" if rng.random() < 0.03 else "population"
    signed = rng.randint(1957, 2020)
    agreement = date(rng, signed)
    if rng.random() < 0.3:
        agreement += f", renewed {rng.randint(signed + 1, 2024)}"
    # A count is stale after ten years; a few are.
    counted = rng.randint(2012, 2015) if rng.random() < 0.05 else rng.randint(2017, 2024)
    host = f"www.{name.lower()}.{rng.choice(['eu', 'org', 'gov', 'info'])}"
    website = f"http://{host}/" if rng.random() < 0.05 else host
    areas = rng.sample(AREAS, rng.randint(2, 7))
    if rng.random() < 0.03:
        areas.append("aktivity of self-governing bodies")
    found = [
        (population_label, f"{grouped(rng.randint(20_000, 3_000_000), rng)} ({counted})"),
        ("partnership agreement signed", agreement),
    ]
    if rng.random() < 0.95:
        found.append(("web sites", website))
    found.append(("main areas of cooperation", ", ".join(areas)))
    return found


def record(index, rng):
    """One record and whether it needs a blank line before it."""
    name = city_name(index)
    pairs = fields(name, rng)
    layout = rng.choices(["one-line", "line-each", "wrapped", "headerless"], weights=[55, 30, 12, 3])[0]
    header = "" if layout == "headerless" else f"{name} ({header_country(rng)})\n"
    if layout == "line-each":
        body = "".join(f"{label}: {value}\n" for label, value in pairs)
    elif layout == "wrapped":
        # As a PDF wraps them: long values break at a space, labels stay whole.
        body = " ".join(f"{label}: {re.sub(r'(.{30,50}?) ', lambda m: m.group(1) + chr(10), value)}"
                        for label, value in pairs) + "\n"
    else:
        body = " ".join(f"{label}: {value}" for label, value in pairs) + "\n"
    # Like the seed, some records follow the one before with no blank line;
    # a record without a header must have one, or it would be read as more
    # of the record before.
    blank_line = layout == "headerless" or rng.random() >= 0.05
    return header + body, blank_line


def write(size, out):
    """About `size` bytes of listing to `out`; whole records only."""
    rng = random.Random(20260101)
    written, index = 0, 0
    while written < size:
        text, blank_line = record(index, rng)
        if index > 0 and blank_line:
            text = "\n" + text
        data = text.encode("utf-8")
        out.write(data)
        written += len(data)
        index += 1
    return index


def parse_size(text):
    match = re.fullmatch(r"(\d+)([KMG]?)", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"expected a size such as 10M or 1G, got {text}")
    return int(match.group(1)) * {"": 1, "K": 10**3, "M": 10**6, "G": 10**9}[match.group(2)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", type=parse_size, help="bytes to write: 1M, 100M, 1G ...")
    parser.add_argument("output", help="the file to write")
    options = parser.parse_args()
    with open(options.output, "wb") as out:
        records = write(options.size, out)
    print(f"{records} records", file=sys.stderr)


if __name__ == "__main__":
    main()
