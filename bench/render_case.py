#!/usr/bin/python3
"""The render case of the bloc benchmark: every view with its main options, timed on one year.

    bench/render_case.py DATASET_DIR [--bloc build/bloc] [--year 2014] [--types svg,png,pdf]

For one year of a dataset (COW IGO v3 by default in `make bench`: 195 states and 335
organizations in 2014), it runs `bloc render` for every view with each of its main options, in
each output type, as a whole process (loading the dataset included), once each, under a 60 s
kill. A render either draws the figure (exit 0) or refuses it (exit 2, with the options that
would fit). Prints a Markdown table; bench/run adds it to build/bench/results.md.

The goals, checked: every render ends, drawn or refused, in under 20 s; every refusal comes
within 2 s; the matrix, incidence and upset views draw the whole year in under 15 s, the
matrix's SVG under 10 MB. Exit status 1 when one is missed or a render fails otherwise.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time

GOAL_ANY = 20.0
GOAL_REFUSAL = 2.0
GOAL_SCALABLE = 15.0
GOAL_MATRIX_SVG = 10 * 1000 * 1000

# (view, options): the view alone, then each main option, with values that draw and values
# that are too much. The group is the dataset's default (the permanent members of the Security
# Council for COW) unless given.
CASES = [
    ("membership", []),
    ("membership", ["--group", "US,GB,FR,RU,CN"]),
    ("membership", ["--top", "10"]),
    ("membership", ["--top", "27"]),
    ("membership", ["--top", "100"]),
    ("membership", ["--kinds", "organization"]),
    ("membership", ["--group", "US,GB,FR,RU,CN", "--engine", "neato"]),
    ("membership", ["--group", "US,GB,FR,RU,CN", "--engine", "circo"]),
    ("overlap", []),
    ("overlap", ["--min", "60"]),
    ("overlap", ["--min", "50"]),
    ("overlap", ["--min", "45"]),
    ("overlap", ["--top", "40"]),
    ("overlap", ["--top", "89"]),
    ("overlap", ["--top", "150"]),
    ("overlap", ["--group", "US,GB,FR,RU,CN"]),
    ("overlap", ["--measure", "jaccard", "--min", "0.6"]),
    ("overlap", ["--between", "organizations"]),
    ("overlap", ["--between", "organizations", "--min", "120"]),
    ("overlap", ["--min", "50", "--engine", "dot"]),
    ("overlap", ["--min", "50", "--engine", "fdp"]),
    ("overlap", ["--min", "50", "--engine", "circo"]),
    ("overlap", ["--min", "50", "--size-by", "betweenness"]),
    ("overlap", ["--backbone", "hypergeometric"]),
    ("overlap", ["--backbone", "sdsm"]),
    ("overlap", ["--backbone", "sdsm", "--signed"]),
    ("overlap", ["--backbone", "fdsm", "--correction", "none", "--alpha", "0.001"]),
    ("overlap", ["--backbone", "hypergeometric", "--top", "60"]),
    ("ego", ["--focus", "US"]),
    ("ego", ["--focus", "US", "--depth", "2"]),
    ("ego", ["--focus", "US", "--depth", "2", "--top", "150"]),
    ("ego", ["--focus", "UN"]),
    ("ego", ["--focus", "UN", "--depth", "2"]),
    ("ego", ["--focus", "US", "--engine", "neato"]),
    ("ego", ["--focus", "US", "--engine", "dot"]),
    ("ego", ["--focus", "KZ", "--group", "US,GB,FR,RU,CN,KZ"]),
    ("gaps", []),
    ("gaps", ["--group", "KZ,KG,TJ,TM,UZ"]),
    ("gaps", ["--top", "20"]),
    ("gaps", ["--min-present", "1"]),
    ("nesting", []),
    ("nesting", ["--top", "82"]),
    ("nesting", ["--min-members", "44"]),
    ("nesting", ["--min-members", "1"]),
    ("nesting", ["--engine", "neato"]),
    ("nesting", ["--engine", "sfdp"]),
    ("timeline", []),
    ("timeline", ["--focus", "US"]),
    ("timeline", ["--focus", "UN"]),
    ("timeline", ["--from", "1997"]),
    ("timeline", ["--from", "1950"]),
    ("matrix", []),
    ("matrix", ["--order", "seriation"]),
    ("matrix", ["--order", "id"]),
    ("matrix", ["--measure", "jaccard"]),
    ("matrix", ["--measure", "weighted"]),
    ("matrix", ["--min", "50"]),
    ("matrix", ["--top", "50"]),
    ("matrix", ["--group", "US,GB,FR,RU,CN"]),
    ("matrix", ["--between", "organizations"]),
    ("matrix", ["--between", "organizations", "--top", "306"]),
    ("matrix", ["--between", "organizations", "--measure", "jaccard"]),
    ("matrix", ["--between", "organizations", "--order", "seriation"]),
    ("incidence", []),
    ("incidence", ["--group", "US,GB,FR,RU,CN"]),
    ("incidence", ["--top", "50"]),
    ("incidence", ["--kinds", "organization"]),
    ("upset", []),
    ("upset", ["--top", "12"]),
    ("upset", ["--top", "40"]),
    ("upset", ["--focus", "UN,WHO,UNESCO,ITU,WTO"]),
    ("upset", ["--group", "KZ,KG,TJ,TM,UZ"]),
]

SCALABLE = ("matrix", "incidence", "upset")


def run_one(bloc, folder, year, view, options, kind, path):
    """Wall seconds, exit status, output bytes and the first line bloc wrote on stderr."""
    cmd = [bloc, "render", "-d", folder, "--year", str(year), "--view", view] + options + \
        ["-T", kind, "-o", path]
    if os.path.exists(path):
        os.remove(path)
    start = time.perf_counter()
    try:
        p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=60)
        status, err = p.returncode, p.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        status, err = "killed", "killed after 60 s"
    wall = time.perf_counter() - start
    size = os.path.getsize(path) if os.path.exists(path) else 0
    first = err.strip().splitlines()[0] if err.strip() else ""
    return wall, status, size, first


def verdict(view, options, kind, wall, status, size):
    """The goals this render misses, as a list of sentences."""
    missed = []
    if status not in (0, 2):
        missed.append("failed (exit %s)" % status)
    if wall >= GOAL_ANY:
        missed.append("took %.1f s (goal: under %.0f s)" % (wall, GOAL_ANY))
    if status == 2 and wall >= GOAL_REFUSAL:
        missed.append("refused after %.1f s (goal: within %.0f s)" % (wall, GOAL_REFUSAL))
    if view in SCALABLE and not options:
        if status != 0:
            missed.append("the whole year is not drawn")
        elif wall >= GOAL_SCALABLE:
            missed.append("took %.1f s (goal: under %.0f s)" % (wall, GOAL_SCALABLE))
        if view == "matrix" and kind == "svg" and size >= GOAL_MATRIX_SVG:
            missed.append("SVG of %d bytes (goal: under 10 MB)" % size)
    return missed


def shorten(text, limit=110):
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[:limit - 1] + "…"


def run(folder, bloc, year, kinds):
    """The Markdown lines of the render table, and the goals missed."""
    lines = ["## Render",
             "",
             "`bloc render -d %s --year %d` for every view with its main options, in %s: the "
             "whole process, loading the dataset included, one run each. *drawn*: exit 0; "
             "*refused*: exit 2, with options that fit the data. Goals: every render ends in "
             "under %.0f s and every refusal within %.0f s; matrix, incidence and upset draw "
             "the whole year in under %.0f s; the matrix's SVG is under 10 MB."
             % (os.path.basename(folder.rstrip("/")), year, ", ".join(kinds), GOAL_ANY,
                GOAL_REFUSAL, GOAL_SCALABLE),
             "",
             "| view | options | type | s | result | KiB | what bloc said |",
             "|---|---|---|---:|---|---:|---|"]
    missed_all, slowest, counts = [], 0.0, {"drawn": 0, "refused": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for view, options in CASES:
            for kind in kinds:
                path = os.path.join(tmp, "figure." + kind)
                wall, status, size, said = run_one(bloc, folder, year, view, options, kind, path)
                slowest = max(slowest, wall)
                result = {0: "drawn", 2: "refused"}.get(status, "FAILED (%s)" % status)
                if result in counts:
                    counts[result] += 1
                missed = verdict(view, options, kind, wall, status, size)
                for m in missed:
                    missed_all.append("%s %s -T %s: %s" % (view, " ".join(options), kind, m))
                lines.append("| %s | %s | %s | %.2f | %s%s | %s | %s |" % (
                    view, " ".join(options) or "—", kind, wall, result,
                    " **MISSED**" if missed else "", (size + 1023) // 1024 if size else "—",
                    shorten(said.replace("bloc: ", "")) or "—"))
    lines += ["",
              "%d renders: %d drawn, %d refused; the slowest took %.2f s. %s"
              % (sum(counts.values()), counts["drawn"], counts["refused"], slowest,
                 "Every goal met." if not missed_all else
                 "Goals missed: " + "; ".join(missed_all) + "."),
              ""]
    return lines, missed_all


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dataset")
    ap.add_argument("--bloc", default=os.environ.get("BLOC", "build/bloc"))
    ap.add_argument("--year", type=int, default=2014)
    ap.add_argument("--types", default="svg,png,pdf")
    a = ap.parse_args()
    try:
        lines, missed = run(a.dataset, a.bloc, a.year, a.types.split(","))
    except OSError as e:
        print("render case: %s" % e, file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
