#!/usr/bin/python3
"""bloc benchmark peer: the yearly membership analysis in python-igraph.

    bench/peer_igraph.py DATASET_DIR [--group US,GB,FR,RU,CN]
                         [--years 1816-2014] [--dump YEAR]

Loads a bloc dataset folder once. Then, for every year, it builds that year's
country-organization graph with igraph.Graph.Bipartite, takes the degrees
(Graph.degree), the country projection with shared-membership counts
(Graph.bipartite_projection(multiplicity=True, which=0)) and the group's
participation gaps. Prints `YEAR #D #P SHA256` per year, or with --dump the
canonical text of one year (bench/README.md).
"""

import argparse
import csv
import hashlib
import os
import sys
from collections import defaultdict

import igraph as ig

ROLES = {"member", "associate", "observer"}
OPEN = 10 ** 9


def read_table(path, columns, optional=()):
    """Rows of a CSV file as tuples of the named columns, in that order. The
    `optional` columns may be missing; they read as empty then."""
    with open(path, newline="", encoding="utf-8-sig") as f:
        rows = csv.reader(f)
        header = next(rows)
        try:
            idx = [header.index(c) for c in columns]
        except ValueError as e:
            sys.exit("%s: missing column (%s)" % (path, e))
        idx += [header.index(c) if c in header else None for c in optional]
        return [tuple(row[i] if i is not None else "" for i in idx)
                for row in rows if row]


def year_of(text, default):
    return int(text[:4]) if text else default


def span(sinces, untils):
    """Active years [first, end) from since and until texts: the latest since
    and the earliest until win, and an interval that begins and ends in the
    same year counts in that year (bloc's time rule, docs/data-format.md)."""
    firsts = [year_of(s, None) for s in sinces if s]
    ends = [year_of(u, None) for u in untils if u]
    first = max(firsts) if firsts else -OPEN
    end = min(ends) if ends else OPEN
    if end == first:
        end = first + 1
    return first, end


def load(folder):
    """Participation ties as (country, organization, first, end) years, and
    the years each entity exists. A tie is active only while both of its
    entities exist."""
    entities = read_table(os.path.join(folder, "entities.csv"), ("id", "kind"),
                          ("since", "until"))
    kind = {e: k for e, k, _, _ in entities}
    life = {e: (s, u) for e, _, s, u in entities}
    exists = {e: span([s], [u]) for e, (s, u) in life.items()}
    ties = []
    for src, dst, role, since, until in read_table(
            os.path.join(folder, "ties.csv"), ("from", "to", "role"),
            ("since", "until")):
        if (role in ROLES and kind.get(src) == "country"
                and kind.get(dst) == "organization"):
            first, end = span([since, life[src][0], life[dst][0]],
                              [until, life[src][1], life[dst][1]])
            ties.append((src, dst, first, end))
    return ties, exists


def year_graph(ties, year):
    """The two-mode graph of the ties active in `year`.

    Countries are type False, organizations type True; vertex names are the
    entity ids, and vertex ids follow name order within each type. A pair
    with several active ties (two roles, say) gets one edge, so degrees and
    projection weights count distinct neighbours.
    """
    active = {(c, o) for c, o, since, until in ties if since <= year < until}
    countries = sorted({c for c, _ in active})
    organizations = sorted({o for _, o in active})
    names = countries + organizations
    vid = {name: i for i, name in enumerate(names)}
    g = ig.Graph.Bipartite(
        [False] * len(countries) + [True] * len(organizations),
        [(vid[c], vid[o]) for c, o in active])
    g.vs["name"] = names
    return g


def analyse(ties, year, group):
    """The canonical text of one year (see bench/README.md)."""
    g = year_graph(ties, year)
    names = g.vs["name"]

    lines = [str(year)]

    # two-mode degree
    d_lines = ["D %s %d" % nd for nd in sorted(zip(names, g.degree()))]
    lines += d_lines

    # country projection; the "weight" of an edge counts shared organizations.
    # Its vertices keep the graph's order, which is name order, so sorting
    # the vertex-id pairs sorts the name pairs.
    proj = g.bipartite_projection(multiplicity=True, which=0)
    pnames = proj.vs["name"]
    pairs = sorted((s, t, w) if s < t else (t, s, w)
                   for (s, t), w in zip(proj.get_edgelist(), proj.es["weight"]))
    lines += ["P %s %s %d" % (pnames[s], pnames[t], w) for s, t, w in pairs]

    # participation gaps of the group
    countries = {n for n, is_org in zip(names, g.vs["type"]) if not is_org}
    present_in = defaultdict(list)
    for member in sorted(group & countries):
        for org in g.neighbors(member):
            present_in[names[org]].append(member)
    listed = []
    for org in sorted(present_in):
        present = present_in[org]
        if len(present) >= 2:
            absent = sorted(group.difference(present))
            listed.append(absent)
            lines.append("G %s %s %s" % (org, ",".join(present),
                                         ",".join(absent) or "-"))
    for member in sorted(group):
        gaps = sum(member in absent for absent in listed)
        lines.append("C %s %d" % (member, gaps))

    return "\n".join(lines) + "\n", len(d_lines), len(pairs)


def year_range(text):
    first, _, last = text.partition("-")
    return range(int(first), int(last or first) + 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset")
    ap.add_argument("--group", default="US,GB,FR,RU,CN")
    ap.add_argument("--years", type=year_range, default=year_range("1816-2014"))
    ap.add_argument("--dump", type=int, metavar="YEAR")
    a = ap.parse_args()
    group = {g.strip() for g in a.group.split(",") if g.strip()}

    ties, exists = load(a.dataset)

    def members(year):
        """The group members that exist in `year`."""
        return {m for m in group
                if m in exists and exists[m][0] <= year < exists[m][1]}

    if a.dump is not None:
        sys.stdout.write(analyse(ties, a.dump, members(a.dump))[0])
        return
    for year in a.years:
        text, n_d, n_p = analyse(ties, year, members(year))
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        sys.stdout.write("%d %d %d %s\n" % (year, n_d, n_p, digest))
        sys.stdout.flush()       # so a run cut short by a timeout shows its progress


if __name__ == "__main__":
    main()
