#!/bin/sh
# The backbone drawn and exported: render --view overlap --backbone and export --graph actors|others
# --backbone keep exactly the pairs `bloc backbone --format csv` keeps for the same options, with
# its numbers. The exports are read back with NetworkX (Debian's, under /usr/bin/python3) in every
# format that carries edge attributes; the figure's lines are counted in its laid-out DOT, and its
# SVG says which test drew it. A refused command line writes no file.
set -u
bloc=$1
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$py" -c 'import networkx' 2> /dev/null ||
    fail "$py cannot import networkx (make deps installs python3-networkx)"

# run ARGS...: bloc must succeed, and say nothing on stderr.
run() {
    "$bloc" "$@" > "$tmp/stdout" 2> "$tmp/stderr" || fail "bloc $*: $(cat "$tmp/stderr")"
    [ -s "$tmp/stderr" ] && fail "bloc $* wrote to stderr: $(cat "$tmp/stderr")"
    return 0
}

# same NAME SIDE DATA-ARGS -- TEST-ARGS: the backbone of SIDE (actors|others) as bloc backbone
# prints it, exported in five formats and drawn as DOT and SVG, all compared by compare.py.
cat > "$tmp/compare.py" << 'EOF'
import csv, json, re, sys
import networkx as nx

tmp, name, signed = sys.argv[1], sys.argv[2], sys.argv[3] == "1"


def fail(msg):
    print("FAIL: %s: %s" % (name, msg))
    sys.exit(1)


def close(x, y):
    return abs(float(x) - float(y)) <= 1e-9 * max(1e-300, abs(float(y)))


with open("%s/%s.csv" % (tmp, name), newline="", encoding="utf-8") as f:
    rows = {(r["a"], r["b"]): r for r in csv.DictReader(f)}
if len(rows) == 0:
    fail("bloc backbone kept no pair: the case tests nothing")
numbers = ["expected", "p", "p_adjusted"] + (["p_low"] if signed else [])


def check_graph(G, fmt):
    got = {tuple(sorted((u, v))) for u, v in G.edges()}
    want = set(rows)
    if got != want:
        fail("%s: %d edges against %d pairs; only in the export %s, only in backbone %s" % (
            fmt, len(got), len(want), sorted(got - want)[:3], sorted(want - got)[:3]))
    for (a, b), r in rows.items():
        d = G.edges[a, b]
        if int(d["weight"]) != int(r["shared"]):
            fail("%s: %s-%s weight %r, shared %s" % (fmt, a, b, d["weight"], r["shared"]))
        for k in numbers:
            if not close(d[k], r[k]):
                fail("%s: %s-%s %s %r against %s" % (fmt, a, b, k, d[k], r[k]))
        if signed and int(d["sign"]) != int(r["sign"]):
            fail("%s: %s-%s sign %r against %s" % (fmt, a, b, d["sign"], r["sign"]))
        if not signed and ("p_low" in d or "sign" in d):
            fail("%s: %s-%s has p_low or sign without --signed" % (fmt, a, b))


check_graph(nx.read_graphml("%s/%s.graphml" % (tmp, name)), "graphml")
check_graph(nx.read_gexf("%s/%s.gexf" % (tmp, name)), "gexf")
with open("%s/%s.gml" % (tmp, name), encoding="utf-8") as f:
    check_graph(nx.parse_gml(f), "gml")
with open("%s/%s.json" % (tmp, name), encoding="utf-8") as f:
    check_graph(nx.node_link_graph(json.load(f)), "json")
E = nx.Graph()
with open("%s/%s-edges.csv" % (tmp, name), newline="", encoding="utf-8") as f:
    for r in csv.DictReader(f):
        E.add_edge(r["from"], r["to"], **{k: v for k, v in r.items() if v != ""})
check_graph(E, "edges")

# The figure: one line per kept pair between two entity nodes ("n-ID"; the legend's swatch
# lines join "legend-" nodes), dashed and of class "overlap negative" exactly for sign -1.
lines = {}
with open("%s/%s.dot" % (tmp, name), encoding="utf-8") as f:
    dot = f.read()
for m in re.finditer(r'^\t"n-([^"]+)" -- "n-([^"]+)"\t\[(.*?)\];$', dot, re.M | re.S):
    key = tuple(sorted((m.group(1), m.group(2))))
    if key in lines:
        fail("dot: two lines %s-%s" % key)
    lines[key] = m.group(3)
if set(lines) != set(rows):
    fail("dot: %d lines against %d pairs; only drawn %s, only in backbone %s" % (
        len(lines), len(rows), sorted(set(lines) - set(rows))[:3], sorted(set(rows) - set(lines))[:3]))
for key, attrs in lines.items():
    negative = 'class="overlap negative"' in attrs
    dashed = "style=dashed" in attrs
    want = signed and int(rows[key]["sign"]) < 0
    if negative != want or dashed != want:
        fail("dot: %s-%s drawn %s, sign %s" % (key + (attrs.split()[0:2], rows[key].get("sign"))))
EOF

same() {
    name=$1 side=$2
    shift 2
    data=""
    while [ "$1" != "--" ]; do
        data="$data $1"
        shift
    done
    shift
    signed=0
    test=""
    # bloc backbone takes the method as --method, render and export as --backbone.
    for arg in "$@"; do
        [ "$arg" = "--signed" ] && signed=1
        [ "$arg" = "--backbone" ] && arg=--method
        test="$test $arg"
    done
    graph=$side
    between=countries
    [ "$side" = others ] && between=organizations
    # shellcheck disable=SC2086
    run backbone $data --between $between $test --format csv -o "$tmp/$name.csv"
    for fmt in graphml gexf gml json; do
        # shellcheck disable=SC2086
        run export $data --graph $graph "$@" -o "$tmp/$name.$fmt"
    done
    # shellcheck disable=SC2086
    run export $data --graph $graph "$@" -T edges -o "$tmp/$name-edges.csv"
    # shellcheck disable=SC2086
    run render $data --view overlap --between $between "$@" -T dot -o "$tmp/$name.dot"
    "$py" "$tmp/compare.py" "$tmp" "$name" $signed || exit 1
}

davis="-d tests/data/davis --actors person"
same davis-hyper-none actors $davis -- --backbone hypergeometric --correction none
same davis-sdsm-signed actors $davis -- --backbone sdsm --signed --alpha 0.3 --correction none
same davis-fdsm actors $davis -- --backbone fdsm --samples 200 --seed 5 --correction none
# Every pair, also those that share nothing: lines and edges without a projection edge.
same davis-all-signed actors $davis -- --backbone hypergeometric --signed --alpha 1
same davis-events others $davis -- --backbone hypergeometric --correction bonferroni --alpha 0.5
same embedded actors -- --backbone hypergeometric
same embedded-2010-whatif actors --year 2010 --add TM:TREATY-2000 -- --backbone hypergeometric --signed --correction none --alpha 0.2
same embedded-orgs others -- --backbone hypergeometric --correction fdr --alpha 0.2
grep -q -c 'sign' "$tmp/davis-all-signed.csv" || fail "no sign column with --signed"
[ "$(wc -l < "$tmp/davis-all-signed.csv")" -eq 154 ] || fail "--alpha 1 should keep all 153 Davis pairs"

# The SVG's description and legend name the test; the negative ties get a legend row.
run render $davis --view overlap --backbone sdsm --signed --alpha 0.3 --correction none -o "$tmp/signed.svg"
grep -q '<desc id="[^"]*">Backbone of co-membership of [0-9]* actors (sdsm, p_adjusted &lt;= 0.3, none, two-sided): [0-9]* pairs kept; .* Of these, [0-9]* pairs share fewer than chance: dashed lines.</desc>' "$tmp/signed.svg" ||
    fail "the SVG's description does not state the test: $(grep -o '<desc[^<]*' "$tmp/signed.svg")"
grep -q '>backbone: sdsm, p_adjusted &lt;= 0.3, none, two-sided</text>' "$tmp/signed.svg" || fail "no legend row of the test"
grep -q '>dashed: shares fewer than chance</text>' "$tmp/signed.svg" || fail "no legend row of the negative ties"
run render $davis --view overlap --backbone fdsm --samples 50 -o "$tmp/fdsm.svg"
grep -q '<desc id="[^"]*">Backbone of co-membership of [0-9]* actors (fdsm, p_adjusted &lt;= 0.05, holm; 50 samples, seed 20260101)' "$tmp/fdsm.svg" ||
    fail "no samples and seed in the description of an fdsm backbone"
# The same command gives the same bytes.
run render $davis --view overlap --backbone fdsm --samples 50 -o "$tmp/fdsm2.svg"
cmp -s "$tmp/fdsm.svg" "$tmp/fdsm2.svg" || fail "two runs drew two figures"

# A refused command line exits 2 and writes nothing.
refused() { # refused FILE ARGS...
    file=$1
    shift
    "$bloc" "$@" -o "$tmp/$file" > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ $status -eq 2 ] || fail "bloc $*: exit $status, expected 2: $(cat "$tmp/err")"
    [ -e "$tmp/$file" ] && fail "bloc $* wrote $file"
    return 0
}
refused x.svg render --view ego --focus UZ --backbone sdsm
refused x.svg render --view overlap --signed
refused x.graphml export --backbone sdsm
refused x.graphml export --graph actors --seed 3
refused x.graphml export --graph actors --backbone hypergeometric --samples 10
exit 0
