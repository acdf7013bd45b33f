#!/usr/bin/python3
"""Reads files written by `bloc export` back with NetworkX and python-igraph, and checks them.

    export-read.py CHECK ARGS...

Each check prints nothing and exits 0 when the file holds what it should, or prints what is
wrong and exits 1. Used by tests/cli/export.sh; run with Debian's /usr/bin/python3, which sees
python3-networkx and python3-igraph.
"""

import csv
import json
import sys

import igraph
import networkx as nx
from networkx.algorithms import bipartite


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def expect(cond, msg):
    if not cond:
        fail(msg)


def overlap_rows(path):
    """`bloc overlap --format csv`: {(a, b): row}."""
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["a"], r["b"]): r for r in csv.DictReader(f)}


def close(x, y):
    return abs(float(x) - float(y)) <= 1e-9 * max(1.0, abs(float(y)))


def two_mode_projection(graphml, overlap_csv, side):
    """The two-mode GraphML is bipartite, and NetworkX's weighted projection on SIDE (0 or 1)
    gives the shared counts `bloc overlap` prints."""
    G = nx.read_graphml(graphml)
    side = int(side)
    nodes = {n for n, d in G.nodes(data=True) if d["bipartite"] == side}
    expect(bipartite.is_bipartite_node_set(G, nodes), "the bipartite attribute splits no bipartite graph")
    for u, v in G.edges():
        expect(G.nodes[u]["bipartite"] != G.nodes[v]["bipartite"], "edge %s-%s within one side" % (u, v))
    P = bipartite.weighted_projected_graph(G, nodes)
    ours = {tuple(sorted((a, b))): d["weight"] for a, b, d in P.edges(data=True)}
    theirs = {k: int(r["shared"]) for k, r in overlap_rows(overlap_csv).items()}
    expect(len(theirs) > 0, "bloc overlap printed no pair")
    expect(ours == theirs, "projection differs from bloc overlap: %d pairs against %d, e.g. %s" % (
        len(ours), len(theirs), sorted(set(ours.items()) ^ set(theirs.items()))[:3]))


def projection_equals_overlap(path, fmt, overlap_csv):
    """--graph actors|others read by NetworkX has every measure `bloc overlap` prints."""
    if fmt == "graphml":
        G = nx.read_graphml(path)
    else:
        with open(path, encoding="utf-8") as f:
            G = nx.node_link_graph(json.load(f))
    rows = overlap_rows(overlap_csv)
    expect(G.number_of_edges() == len(rows) > 0,
           "%d edges, bloc overlap has %d pairs" % (G.number_of_edges(), len(rows)))
    for (a, b), r in rows.items():
        expect(G.has_edge(a, b), "no edge %s-%s" % (a, b))
        d = G.edges[a, b]
        expect(d["weight"] == int(r["shared"]), "%s-%s weight %r, shared %s" % (a, b, d["weight"], r["shared"]))
        for m in ("weighted", "jaccard", "overlap", "cosine"):
            expect(close(d[m], r[m]), "%s-%s %s %r against %s" % (a, b, m, d[m], r[m]))
        expect(d["via"] == r["via"], "%s-%s via %r against %r" % (a, b, d["via"], r["via"]))


def gexf_spells(path, a, b, spells):
    """The dynamic GEXF reads in NetworkX, and the edges between A and B are active in exactly
    SPELLS ("1992-1999,2006-2012")."""
    G = nx.read_gexf(path)
    expect(G.graph.get("mode") == "dynamic", "not a dynamic GEXF")
    got = []
    for u, v, d in G.edges(data=True):
        if {u, v} != {a, b}:
            continue
        if "spells" in d:
            got += d["spells"]
        else:
            got.append((d["start"], d["end"]))
    got = sorted("%d-%d" % (int(s), int(e)) for s, e in got)
    want = sorted(spells.split(","))
    expect(got == want, "%s-%s spells %s, expected %s" % (a, b, got, want))
    for n, d in G.nodes(data=True):
        expect("start" in d and "end" in d, "node %s has no start or end" % n)


def pajek_bipartite(path, graphml):
    """python-igraph reads the Pajek file as two-mode, with the GraphML's counts."""
    g = igraph.Graph.Read_Pajek(path)
    G = nx.read_graphml(graphml)
    actors = sum(1 for _, d in G.nodes(data=True) if d["bipartite"] == 0)
    expect("type" in g.vs.attributes(), "no vertex types: not read as two-mode")
    expect(g.vcount() == G.number_of_nodes(), "%d vertices, GraphML has %d" % (g.vcount(), G.number_of_nodes()))
    expect(g.ecount() == G.number_of_edges(), "%d edges, GraphML has %d" % (g.ecount(), G.number_of_edges()))
    expect(g.vs["type"].count(False) == actors, "%d of type 0, %d actors" % (g.vs["type"].count(False), actors))
    expect(g.is_bipartite(), "igraph does not find it bipartite")
    for e in g.es:
        expect(g.vs[e.source]["type"] != g.vs[e.target]["type"], "edge within one mode")
    expect(sorted(g.vs["id"]) == sorted(G.nodes()), "labels are not the entity ids")
    for e in g.es:
        u, v = g.vs[e.source]["id"], g.vs[e.target]["id"]
        expect(close(e["weight"], G.edges[u, v]["weight"]), "weight of %s-%s" % (u, v))


def json_equals_graphml(path, graphml):
    """node_link_graph reads the JSON, with the GraphML's nodes, edges and attributes."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    expect(list(data) == ["directed", "multigraph", "graph", "nodes", "links"], "keys %s" % list(data))
    J = nx.node_link_graph(data)
    G = nx.read_graphml(graphml)
    expect(type(J) == type(G), "%s against %s" % (type(J).__name__, type(G).__name__))
    expect(dict(J.nodes(data=True)) == dict(G.nodes(data=True)), "node attributes differ")
    je = sorted((u, v, sorted(d.items())) for u, v, d in J.edges(data=True))
    ge = sorted((u, v, sorted(d.items())) for u, v, d in G.edges(data=True))
    if je != ge:  # the tie attribute "source" is "citation" in JSON, where "source" is an end
        ge = sorted((u, v, sorted(("citation" if k == "source" else k, x) for k, x in d.items()))
                    for u, v, d in G.edges(data=True))
    expect(je == ge, "edges differ: %s" % [x for x in je if x not in ge][:2])


def history_equals_year(all_graphml, year_graphml, year):
    """The --all GraphML filtered by since <= YEAR < until has the edges and roles of --year."""
    A = nx.read_graphml(all_graphml)
    Y = nx.read_graphml(year_graphml)
    year = int(year)
    got = sorted((u, v, d["role"]) for u, v, d in A.edges(data=True)
                 if d.get("since", -10**9) <= year < d.get("until", 10**9))
    want = sorted((u, v, d["role"]) for u, v, d in Y.edges(data=True))
    expect(len(want) > 0, "no edge in %d" % year)
    expect(got == want, "year %d: %d edges from --all, %d from --year" % (year, len(got), len(want)))


def names_intact(entities_csv, graph, directory):
    """Every file of GRAPH in DIRECTORY reads back with each entity's name and id unchanged."""
    with open(entities_csv, newline="", encoding="utf-8") as f:
        ents = {r["id"]: r for r in csv.DictReader(f)}

    def check(nodes, what, name="name", langs=True):
        nodes = list(nodes)
        expect(len(nodes) > 0, what + ": no node")
        for i, d in nodes:
            expect(i in ents, "%s: unknown id %r" % (what, i))
            expect(d[name] == ents[i]["name"], "%s: %r against %r" % (what, d[name], ents[i]["name"]))
            for k, v in ents[i].items():
                if langs and k.startswith("name@") and v:
                    key = k if k in d else k.replace("@", "_")
                    expect(d.get(key) == v, "%s: %s of %s is %r" % (what, k, i, d.get(key)))

    base = "%s/%s" % (directory, graph)
    check(nx.read_graphml(base + ".graphml").nodes(data=True), "graphml")
    check(nx.read_gexf(base + ".gexf").nodes(data=True), "gexf", "label")
    with open(base + ".json", encoding="utf-8") as f:
        check(nx.node_link_graph(json.load(f)).nodes(data=True), "json")
    with open(base + ".gml", encoding="utf-8") as f:
        check(nx.parse_gml(f).nodes(data=True), "gml (NetworkX)")
    g = igraph.Graph.Read_GML(base + ".gml")
    check(((v["label"], v.attributes()) for v in g.vs), "gml (igraph)")
    p = igraph.Graph.Read_Pajek(base + ".net")
    expect(sorted(p.vs["id"]) == sorted(v["label"] for v in g.vs), "pajek ids %s" % p.vs["id"])
    with open(base + ".csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expect(len(rows) > 0, "csv: no row")
    for r in rows:
        for end in ("from", "to"):
            check([(r[end], {"name": r[end + "_name"]})], "csv", langs=False)


def incidence_equals_graphml(path, graphml):
    """The incidence CSV has a row per actor, a column per other entity, and the roles of the
    GraphML's edges in its cells."""
    G = nx.read_graphml(graphml)
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    actors = [n for n, d in G.nodes(data=True) if d["bipartite"] == 0]
    others = [n for n, d in G.nodes(data=True) if d["bipartite"] == 1]
    expect(header[1:] == others, "columns differ from the other side")
    expect([r[0] for r in body] == actors, "rows differ from the actors")
    for r in body:
        for o, cell in zip(header[1:], r[1:]):
            want = G.edges[r[0], o]["role"] if G.has_edge(r[0], o) else ""
            expect(cell == want, "%s x %s: %r against %r" % (r[0], o, cell, want))


def has_edge(path, a, b, source):
    """The GraphML has an edge A-B whose source is SOURCE (empty: none)."""
    G = nx.read_graphml(path)
    expect(G.has_edge(a, b), "no edge %s-%s" % (a, b))
    got = G.edges[a, b].get("source", "")
    expect(got == source, "source %r, expected %r" % (got, source))


def lacks_edge(path, a, b):
    expect(not nx.read_graphml(path).has_edge(a, b), "an edge %s-%s" % (a, b))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_number(text):
    try:
        float(text)
        return text.strip() == text and text.lower() not in ("inf", "-inf", "+inf", "nan")
    except ValueError:
        return False


def csv_marked(dataset, path):
    """The edge list of DATASET in PATH has no text cell that a spreadsheet would run, and reads
    back as docs/export.md says: ids as they are, and a name or source with its first
    apostrophe removed when what follows its apostrophes begins a formula. At least one cell was
    marked."""
    with open(dataset + "/entities.csv", newline="", encoding="utf-8") as f:
        names = {r["id"]: r["name"] for r in csv.DictReader(f)}
    with open(dataset + "/ties.csv", newline="", encoding="utf-8") as f:
        sources = {(r["from"], r["to"]): r["source"] for r in csv.DictReader(f)}

    def unmark(cell):
        rest = cell.lstrip("'")
        return cell[1:] if rest != cell and rest[:1] in FORMULA_STARTS else cell

    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    expect(len(rows) > 0, "no row")
    marked = 0
    for r in rows:
        for key, cell in r.items():
            expect(not (cell[:1] in FORMULA_STARTS and not is_number(cell)),
                   "the %s cell %r would run as a formula" % (key, cell))
            marked += unmark(cell) != cell
        for end in ("from", "to"):
            expect(r[end] in names, "the id %r is not the dataset's" % r[end])
            expect(unmark(r[end + "_name"]) == names[r[end]],
                   "%s_name %r, expected %r" % (end, r[end + "_name"], names[r[end]]))
        if "source" in r:
            want = sources[(r["from"], r["to"])]
            expect(unmark(r["source"]) == want, "source %r, expected %r" % (r["source"], want))
    expect(marked > 0, "no cell was marked")


CHECKS = {f.__name__: f for f in (two_mode_projection, projection_equals_overlap, gexf_spells,
                                  pajek_bipartite, json_equals_graphml, history_equals_year,
                                  names_intact, incidence_equals_graphml, has_edge, lacks_edge,
                                  csv_marked)}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CHECKS:
        fail("usage: export-read.py %s ARGS..." % "|".join(CHECKS))
    CHECKS[sys.argv[1]](*sys.argv[2:])
