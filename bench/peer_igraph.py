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

from collections import defaultdict

import igraph as ig

import peer_common


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


if __name__ == "__main__":
    peer_common.main(__doc__, analyse)
