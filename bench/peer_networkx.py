#!/usr/bin/python3
"""bloc benchmark peer: the yearly membership analysis in NetworkX.

    bench/peer_networkx.py DATASET_DIR [--group US,GB,FR,RU,CN]
                           [--years 1816-2014] [--dump YEAR]

Loads a bloc dataset folder once. Then, for every year, it builds that year's
country-organization graph as a networkx.Graph with the `bipartite` node
attribute, takes the two-mode degrees (bipartite.degrees), the country
projection with shared-membership counts (bipartite.weighted_projected_graph)
and the group's participation gaps. Prints `YEAR #D #P SHA256` per year, or
with --dump the canonical text of one year (bench/README.md).
"""

import argparse
import csv
import hashlib
import os
import sys

import networkx as nx
from networkx.algorithms import bipartite

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
    """The two-mode graph of the ties active in `year`."""
    active = [(c, o) for c, o, since, until in ties if since <= year < until]
    B = nx.Graph()
    B.add_nodes_from((c for c, _ in active), bipartite=0)
    B.add_nodes_from((o for _, o in active), bipartite=1)
    B.add_edges_from(active)
    return B


def analyse(ties, year, group):
    """The canonical text of one year (see bench/README.md)."""
    B = year_graph(ties, year)
    countries = {n for n, side in B.nodes(data="bipartite") if side == 0}
    organizations = set(B) - countries

    lines = [str(year)]

    # two-mode degree: distinct neighbours on the other side
    deg_countries, deg_orgs = bipartite.degrees(B, organizations)
    degree = dict(deg_countries)
    degree.update(deg_orgs)
    d_lines = ["D %s %d" % (n, degree[n]) for n in sorted(degree)]
    lines += d_lines

    # country projection, weighted by the number of shared organizations
    # (NetworkX refuses to project an empty graph)
    P = bipartite.weighted_projected_graph(B, countries) if B else nx.Graph()
    pairs = sorted((a, b, w) if a < b else (b, a, w)
                   for a, b, w in P.edges(data="weight"))
    lines += ["P %s %s %d" % p for p in pairs]

    # participation gaps of the group
    listed = []
    for org in sorted(organizations):
        present = sorted(group.intersection(B[org]))
        if len(present) >= 2:
            absent = sorted(group.difference(present))
            listed.append((org, present, absent))
            lines.append("G %s %s %s" % (org, ",".join(present) or "-",
                                         ",".join(absent) or "-"))
    for member in sorted(group):
        gaps = sum(member in absent for _, _, absent in listed)
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
