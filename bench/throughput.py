#!/usr/bin/env python3
"""Whole-process speed and memory of twinning on generated listings.

    bench/throughput.py --twinning build/bin/twinning --sizes 10M,100M,1G

For each size it generates a listing (bench/corpus.py, kept in --work-dir for
the next run), reads it once into the page cache, then times `wc -l`, `cat` and
twinning's commands on it. It reports MB/s, the ratio to `wc -l` measured in
the same run, and peak RSS, then the issue's targets as PASS or FAIL. Times are
wall-clock, best of --runs. Nothing here runs in CI: it takes minutes.
"""

import argparse
import os
import pathlib
import platform
import statistics
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import corpus  # noqa: E402
import measure  # noqa: E402

# On one thread, as the throughput target is stated; then parse jsonl again
# on every core, for the --jobs target.
COMMANDS = {
    "parse jsonl": ["parse", "--format", "jsonl", "--jobs", "1"],
    "parse csv": ["parse", "--format", "csv", "--jobs", "1"],
    "parse json": ["parse", "--format", "json", "--jobs", "1"],
    "check json": ["check", "--diagnostics", "json", "--jobs", "1"],
    f"parse jsonl --jobs {os.cpu_count()}": ["parse", "--format", "jsonl", "--jobs", str(os.cpu_count())],
}
JOBS_COMMAND = f"parse jsonl --jobs {os.cpu_count()}"
TARGET_RATIO_TO_WC = 0.10
TARGET_LINEAR_COST = 11.0
TARGET_RSS_MIB = 64
TARGET_SEED_MS = 5.0
TARGET_JOBS_SPEEDUP = 1.7  # on 2 cores


def timed(argv):
    """(wall seconds, peak RSS bytes) of one run, output discarded."""
    result = measure.run(argv)
    return result.wall_seconds, result.peak_rss_bytes


def best_of(runs, argv):
    results = [timed(argv) for _ in range(runs)]
    return min(r[0] for r in results), max(r[1] for r in results)


def listing(work_dir, size_text):
    path = work_dir / f"listing-{size_text}.txt"
    if not path.exists():
        print(f"generating {path} ...", file=sys.stderr, flush=True)
        partial = path.with_suffix(".partial")
        with open(partial, "wb") as out:
            corpus.write(corpus.parse_size(size_text), out)
        partial.rename(path)
    with open(path, "rb") as warm:  # into the page cache, as wc and cat will find it
        while warm.read(1 << 24):
            pass
    return path


def measure_size(twinning, path, runs):
    megabytes = path.stat().st_size / 1e6
    rows = {}
    for name, argv in (("wc -l", ["wc", "-l", str(path)]), ("cat", ["cat", str(path)])):
        seconds, rss = best_of(runs, argv)
        rows[name] = (megabytes / seconds, seconds, rss)
    for name, args in COMMANDS.items():
        seconds, rss = best_of(runs, [twinning, *args, "--reference-date", "2026-01-01", str(path)])
        rows[name] = (megabytes / seconds, seconds, rss)
    return rows


def seed_milliseconds(twinning, seed, runs):
    times = [timed([twinning, "check", "--reference-date", "2026-01-01", str(seed)])[0] for _ in range(runs)]
    return statistics.median(times) * 1000


def machine():
    cores = os.cpu_count()
    model = "unknown CPU"
    try:
        for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {cores} cores, {platform.system()} {platform.release()}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--twinning", required=True)
    parser.add_argument("--sizes", default="10M,100M", help="comma-separated: 10M,100M,1G")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--work-dir", default="/tmp/twinning-bench")
    options = parser.parse_args()
    twinning = os.path.abspath(options.twinning)
    work_dir = pathlib.Path(options.work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    sizes = options.sizes.split(",")

    print(f"machine: {machine()}; date: {time.strftime('%Y-%m-%d')}\n")
    print("| input | command | MB/s | of `wc -l` | peak RSS MiB |")
    print("|---|---|---:|---:|---:|")
    results = {}
    for size in sizes:
        rows = measure_size(twinning, listing(work_dir, size), options.runs)
        results[size] = rows
        wc_speed = rows["wc -l"][0]
        for name, (speed, _, rss) in rows.items():
            print(f"| {size} | `{name}` | {speed:,.0f} | {speed / wc_speed:.4f} | {rss / 2**20:,.0f} |", flush=True)

    seed = pathlib.Path(__file__).resolve().parent.parent / "samples" / "ostrava-partner-cities.txt"
    seed_ms = seed_milliseconds(twinning, seed, max(options.runs, 11))
    print(f"\n`check` on the 2.7 KB seed: {seed_ms:.1f} ms wall (median)\n")

    print("targets:")
    verdict = lambda ok: "PASS" if ok else "FAIL"  # noqa: E731
    for size, rows in results.items():
        ratio = rows["parse jsonl"][0] / rows["wc -l"][0]
        print(f"  {size}: parse jsonl at {ratio:.4f} of wc -l (target {TARGET_RATIO_TO_WC}): "
              f"{verdict(ratio >= TARGET_RATIO_TO_WC)}")
        speedup = rows["parse jsonl"][1] / rows[JOBS_COMMAND][1]
        print(f"  {size}: {JOBS_COMMAND} is {speedup:.2f}x faster than on one thread "
              f"(target {TARGET_JOBS_SPEEDUP}): {verdict(speedup >= TARGET_JOBS_SPEEDUP)}")
        for name in COMMANDS:
            rss_mib = rows[name][2] / 2**20
            print(f"  {size}: {name} peak RSS {rss_mib:.0f} MiB (target {TARGET_RSS_MIB}): "
                  f"{verdict(rss_mib <= TARGET_RSS_MIB)}")
    if "100M" in results and "1G" in results:
        cost = results["1G"]["parse jsonl"][1] / results["100M"]["parse jsonl"][1]
        print(f"  1G takes {cost:.1f}x the time of 100M (target {TARGET_LINEAR_COST}): "
              f"{verdict(cost <= TARGET_LINEAR_COST)}")
    print(f"  seed in {seed_ms:.1f} ms (target {TARGET_SEED_MS}): {verdict(seed_ms <= TARGET_SEED_MS)}")


if __name__ == "__main__":
    main()
