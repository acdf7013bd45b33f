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

import networkx as nx
from networkx.algorithms import bipartite

import peer_common


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


if __name__ == "__main__":
    peer_common.main(__doc__, analyse)
