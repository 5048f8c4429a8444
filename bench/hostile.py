#!/usr/bin/env python3
"""Hostile inputs for the linear-time checks, at any size.

Each shape is text that could blow up a parser that backtracks, rescans lines or
keeps state per byte. `write(shape, size, path)` writes about `size` bytes."""

SEED_RECORD = (
    "Katowice (Poland)\n"
    "population: 281 711 (2021) partnership agreement signed: 1960, renewed 1996 "
    "web sites: www.katowice.eu main areas of cooperation: culture, sport\n\n"
)


def repeat(unit, size):
    return (unit * (size // len(unit) + 1))[:size]


SHAPES = {
    # one line, no colon anywhere: every word start looks for a label
    "line-without-colon": lambda size: repeat("word ", size),
    # label-like text that is never a label
    "colons": lambda size: repeat("a: ", size),
    # label after label with empty values
    "labels": lambda size: "Split (Croatia)\n" + repeat("population: ", size),
    # a single word of one megabyte or more
    "one-word": lambda size: repeat("x", size),
    # the same record again and again
    "identical-records": lambda size: repeat(SEED_RECORD, size),
    # words far apart: runs of blanks longer than a byte make the label
    # window reach past its first bytes at every word start
    "blank-runs": lambda size: repeat("ab" + "\t" * 30 + " \r", size),
    # brackets nested in a header
    "brackets": lambda size: repeat("(", size // 2) + repeat(")", size // 2) + "\npopulation: 1\n",
    # one field holding everything
    "one-field": lambda size: "Split (Croatia)\nmain areas of cooperation: " + repeat("culture and sport, ", size),
}


def write(shape, size, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write(SHAPES[shape](size))
