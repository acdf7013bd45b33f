#!/usr/bin/python3
"""The export case of the bloc benchmark: `bloc export` in every format, timed.

    bench/export_case.py DATASET_DIR [--bloc build/bloc] [--year 2014] [--repeats 5]

For one year of a dataset (COW IGO v3 by default in `make bench`), it runs the bloc CLI once
per format and graph, REPEATS times each, and measures each whole process: loading the dataset,
building the graph and writing the file. `bloc check` on the same dataset, which loads it and
checks it but writes nothing, is timed the same way as the baseline. Prints a Markdown table;
bench/run adds it to build/bench/results.md. Exit status 1 when an export fails or writes an
empty file.
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

# (label, arguments after the dataset and year): every format of the two-mode graph, then the
# other graphs and every year at once in the formats that take them.
CASES = [
    ("graphml", ["-T", "graphml"]),
    ("gexf", ["-T", "gexf"]),
    ("gml", ["-T", "gml"]),
    ("pajek", ["-T", "pajek"]),
    ("json", ["-T", "json"]),
    ("edges", ["-T", "edges"]),
    ("incidence", ["-T", "incidence"]),
    ("graphml --graph ties", ["-T", "graphml", "--graph", "ties"]),
    ("graphml --graph actors", ["-T", "graphml", "--graph", "actors"]),
    ("graphml --graph others", ["-T", "graphml", "--graph", "others"]),
    ("gexf --all", ["-T", "gexf", "--all"]),
    ("json --all", ["-T", "json", "--all"]),
    ("edges --all", ["-T", "edges", "--all"]),
]


def timed(cmd):
    """Wall seconds and peak RSS (KiB) of one run of cmd, or raises on failure. The peak RSS
    comes from /usr/bin/time, as in bench/run: a child forked from this interpreter would
    count the interpreter's pages."""
    with tempfile.NamedTemporaryFile(mode="r") as rss:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss.name] + cmd,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        wall = time.perf_counter() - start
        if p.returncode != 0:
            raise RuntimeError("%s: exit %d: %s" % (" ".join(cmd), p.returncode,
                                                  p.stderr.decode("utf-8", "replace").strip()))
        return wall, int(rss.read().split()[-1])


def measure(cmd, repeats):
    runs = [timed(cmd) for _ in range(repeats)]
    walls = [w for w, _ in runs]
    return min(walls), statistics.median(walls), max(r for _, r in runs)


def counts(folder, bloc, year):
    """Nodes and edges of the year's two-mode graph, from a GraphML export."""
    out = subprocess.run([bloc, "export", "-d", folder, "--year", str(year), "-T", "graphml"],
                         capture_output=True, check=True).stdout
    return out.count(b"<node "), out.count(b"<edge ")


def run(folder, bloc, year, repeats):
    """The Markdown lines of the export table."""
    nodes, edges = counts(folder, bloc, year)
    lines = ["## Export",
             "",
             "`bloc export -d %s --year %d` in each format, %d runs each: the whole process, "
             "loading the dataset included. The %d graph has %d nodes and %d edges. `bloc "
             "check` loads and checks the same dataset and writes nothing: the baseline."
             % (os.path.basename(folder.rstrip("/")), year, repeats, year, nodes, edges),
             "",
             "| command | min s | median s | peak RSS MiB | output KiB |",
             "|---|---:|---:|---:|---:|"]
    base = measure([bloc, "check", "-q", "-d", folder], repeats)
    lines.append("| check (baseline) | %.3f | %.3f | %.1f | — |" % (base[0], base[1], base[2] / 1024))
    with tempfile.TemporaryDirectory() as tmp:
        for label, args in CASES:
            path = os.path.join(tmp, "out")
            cmd = [bloc, "export", "-d", folder] + args + ["-o", path]
            if "--all" not in args:
                cmd += ["--year", str(year)]
            best, median, rss = measure(cmd, repeats)
            size = os.path.getsize(path)
            if size == 0:
                raise RuntimeError("%s wrote an empty file" % " ".join(cmd))
            lines.append("| export %s | %.3f | %.3f | %.1f | %d |"
                         % (label, best, median, rss / 1024, (size + 1023) // 1024))
    lines.append("")
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--bloc", default=os.environ.get("BLOC", "build/bloc"))
    ap.add_argument("--year", type=int, default=2014)
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    try:
        print("\n".join(run(a.dataset, a.bloc, a.year, max(1, a.repeats))))
    except (RuntimeError, subprocess.CalledProcessError, OSError) as e:
        print("export case: %s" % e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
