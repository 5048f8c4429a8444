#!/usr/bin/env python3
"""The CSV output, read back with Python's csv module, says what the JSON says.

For every sample, each CSV row must hold the same values as the matching
JSON Lines record (lists joined with "; "), under the documented header.
A listing full of quotes, commas and semicolons checks the quoting.
"""

import argparse
import csv
import io
import json
import pathlib
import subprocess
import sys
import unittest

COLUMNS = [
    "name", "country", "country_code", "subdivision", "subdivision_code",
    "latitude", "longitude", "population", "population_year", "signed", "renewed", "agreement", "mayor", "websites",
    "cooperation_areas", "extra", "layout", "notes", "inferred", "file", "line", "end_line",
]

TWINNING = None
SAMPLES = None


def twinning(*args, stdin=None):
    result = subprocess.run([TWINNING, *args], input=stdin, capture_output=True, check=False)
    return result.stdout


def read_csv(data):
    text = data.decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), strict=True))


def cell(value):
    """How the documented CSV schema writes a JSON value."""
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(
            f"{item['label']}: {item['value']}" if isinstance(item, dict) else str(item) for item in value
        )
    return str(value)


class CsvReadsBack(unittest.TestCase):
    def test_every_sample_matches_its_json(self):
        samples = sorted(pathlib.Path(SAMPLES).glob("*.txt"))
        self.assertGreater(len(samples), 0)
        for sample in samples:
            with self.subTest(sample=sample.name):
                rows = read_csv(twinning("parse", "--format", "csv", str(sample)))
                records = [json.loads(line) for line in twinning("parse", "--format", "jsonl", str(sample)).splitlines()]
                self.assertEqual(rows[0], COLUMNS)
                self.assertEqual(len(rows) - 1, len(records))
                for row, record in zip(rows[1:], records):
                    self.assertEqual(row, [cell(record[column]) for column in COLUMNS])

    def test_rows_end_with_crlf(self):
        data = twinning("parse", "--format", "csv", str(pathlib.Path(SAMPLES) / "ostrava-partner-cities.txt"))
        self.assertTrue(data.endswith(b"\r\n"))
        self.assertEqual(data.count(b"\r\n"), 13)

    def test_seed_values(self):
        rows = read_csv(twinning("parse", "--format", "csv", str(pathlib.Path(SAMPLES) / "ostrava-partner-cities.txt")))
        by_name = {row[0]: dict(zip(COLUMNS, row)) for row in rows[1:]}
        self.assertEqual(by_name["Katowice"]["population"], "281711")
        self.assertEqual(by_name["Pittsburgh"]["subdivision_code"], "US-PA")
        self.assertEqual(by_name["Dresden"]["inferred"], "name; country")
        self.assertEqual(by_name["Uralsk"]["websites"], "")
        self.assertEqual(by_name["Shreveport"]["signed"], "2015-11-13")

    def test_quotes_commas_and_line_breaks_survive(self):
        listing = (
            'Saint "Quoted" (France)\n'
            "population: 1 000 (2020)\n"
            'mayor: Jean, "Jo" Dupont\n'
            'motto: Liberty, "Equality"\n'
            "web sites: www.example.fr\n"
            'main areas of cooperation: arts; music, "street" theatre\n'
        ).encode()
        rows = read_csv(twinning("parse", "--format", "csv", "-", stdin=listing))
        self.assertEqual(len(rows), 2)
        record = dict(zip(COLUMNS, rows[1]))
        self.assertEqual(record["name"], 'Saint "Quoted"')
        self.assertEqual(record["mayor"], 'Jean, "Jo" Dupont')
        self.assertEqual(record["extra"], 'motto: Liberty, "Equality"')
        self.assertEqual(record["cooperation_areas"], 'arts; music; "street" theatre')


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--samples", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, SAMPLES = options.twinning, options.samples
    unittest.main(argv=[sys.argv[0], *rest])
