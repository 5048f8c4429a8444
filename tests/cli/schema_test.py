#!/usr/bin/env python3
"""The JSON output of every sample and rule fixture validates against docs/record.schema.json."""

import argparse
import json
import os
import pathlib
import subprocess
import sys
import unittest

import jsonschema

TWINNING = None
ROOT = None


class RecordSchema(unittest.TestCase):
    def setUp(self):
        self.schema = json.loads((ROOT / "docs" / "record.schema.json").read_text())
        jsonschema.Draft7Validator.check_schema(self.schema)

    def test_every_listing_validates(self):
        listings = sorted((ROOT / "samples").glob("*.txt")) + sorted((ROOT / "tests/fixtures/rules").glob("*.txt"))
        records = 0
        for listing in listings:
            with self.subTest(listing=listing.name):
                output = subprocess.run([TWINNING, "parse", str(listing)], capture_output=True, check=False).stdout
                document = json.loads(output)
                jsonschema.validate(document, self.schema, cls=jsonschema.Draft7Validator)
                records += len(document["records"])
        self.assertGreater(records, 100)

    def test_json_lines_records_validate_one_by_one(self):
        record_schema = dict(self.schema["definitions"]["record"], definitions=self.schema["definitions"])
        output = subprocess.run([TWINNING, "parse", "--format", "jsonl", str(ROOT / "samples/layouts.txt")],
                                capture_output=True, check=False).stdout
        for line in output.splitlines():
            jsonschema.validate(json.loads(line), record_schema, cls=jsonschema.Draft7Validator)

    def test_the_schema_rejects_a_broken_record(self):
        output = subprocess.run([TWINNING, "parse", str(ROOT / "samples/ostrava-partner-cities.txt")],
                                capture_output=True, check=False).stdout
        document = json.loads(output)
        document["records"][0]["signed"] = "13.11.2015"
        with self.assertRaises(jsonschema.ValidationError):
            jsonschema.validate(document, self.schema, cls=jsonschema.Draft7Validator)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--root", required=True)
    options, rest = parser.parse_known_args()
    TWINNING, ROOT = os.path.abspath(options.twinning), pathlib.Path(options.root).resolve()
    unittest.main(argv=[sys.argv[0], *rest])
