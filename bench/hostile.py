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


def distinct_misspellings(size):
    """One field of areas with a misspelling no other shares every kilobyte
    or so, so each costs the spelling suggestions a walk of the word list."""
    unit = "culture and sport, " * 50
    parts = ["Split (Croatia)\nmain areas of cooperation: "]
    written = len(parts[0])
    count = 0
    while written < size:
        letters, n = "", count
        while True:
            letters = chr(ord("a") + n % 26) + letters
            n //= 26
            if n == 0:
                break
        part = f"{unit}cultur{letters}q, "
        parts.append(part)
        written += len(part)
        count += 1
    return "".join(parts)[:size]


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
    # the paths for records read from lines rather than `label: value`:
    # a label before a dash on every line
    "dash-labels": lambda size: "Tulln (Austria)\n" + repeat("Population \u2013 16 800\n", size),
    # a label alone on every line, so each looks at the next for its value
    "own-line-labels": lambda size: "Tulln (Austria)\n" + repeat("Population\n", size),
    # lines whose shape names their field
    "shape-lines": lambda size: "Tulln (Austria)\n" + repeat("www.tulln.at\nTwinned since 1991\n", size),
    # headings above blank lines, each looking past them for a field
    "headings-above-blanks": lambda size: repeat("Tulln (Austria)\n\n\n\n", size),
    # blocks after blank lines, each joined to the record before or not
    "spaced-blocks": lambda size: "Tulln (Austria)\n" + repeat("population: 1\n\nweb sites: www.tulln.at\n\n", size),
    # prose after a record read from lines: a note a line
    "prose-notes": lambda size: "Tulln (Austria)\nwww.tulln.at\n\n" + repeat("The towns meet every year.\n", size),
    # the paths for lists, tables and sentences: a list line per partner,
    # each with the decorations and facts a list line may carry
    "list-lines": lambda size: "Twin towns:\n" + repeat("\u2022 AustriaLower Austria Tulln, Lower Austria, Austria (1982)[3]\n", size),
    # a heading and three partners on every line
    "inline-lists": lambda size: repeat("Twin towns: Tulln (Austria), Krems (Lower Austria, Austria) and Melk, Austria.\n", size),
    # a register's lines, each wrapped before its date, so each looks at the next
    "register-lines": lambda size: repeat("Austria Tulln Agreement on Cooperation between the Cities of Tulln and\n"
                                          "Krems 12/5/1982. Renewal of the Agreement, 1996\n", size),
    # one row of a table, its partner's cell megabytes long
    "table-row": lambda size: "| City | Country | Since |\n| Krems | Austria | 1982 |\n| "
    + repeat("Tulln ", size) + "| Austria | 1982 |\n",
    # the spelling suggestions: a new misspelling every kilobyte
    "misspellings": distinct_misspellings,
    # one sentence, no full stop, with a partner and its partnership at every word
    "sentence": lambda size: "International relations\n\n"
    + repeat("an agreement with the Austrian town of Tulln (Austria) was signed in 1982 and ", size),
}


def write(shape, size, path):
    with open(path, "w", encoding="utf-8") as out:
        out.write(SHAPES[shape](size))
