"""One run of a command, measured: CPU time, wall time and peak RSS.

Peak RSS comes from GNU time (Debian package `time`), which reports its own
child's. A child forked straight from Python would report Python's resident
size too, as ru_maxrss counts the memory a process had before exec; for a
script holding a 20 MB input in memory, that hides what twinning itself used.
CPU time comes from wait4 on the time process, which counts its child.
"""

import dataclasses
import os
import subprocess
import tempfile
import time

GNU_TIME = "/usr/bin/time"


@dataclasses.dataclass
class Measurement:
    cpu_seconds: float
    wall_seconds: float
    peak_rss_bytes: int


def run(argv):
    """Runs argv with its output discarded; raises if it dies from a signal."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        process = subprocess.Popen([GNU_TIME, "-o", report.name, "-f", "%M", *argv],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        lines = report.read().split("\n")
    if os.WIFSIGNALED(status) or any("terminated by signal" in line for line in lines):
        raise RuntimeError(f"{argv[0]} died on {argv[-1]}")
    peak_kib = int([line for line in lines if line.strip()][-1])
    return Measurement(usage.ru_utime + usage.ru_stime, wall, peak_kib * 1024)
