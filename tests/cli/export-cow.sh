#!/bin/sh
# bloc export on the full COW IGO v3 import, for 2014, read back by NetworkX and python-igraph.
# Skipped (77) without the data (BLOC_COW_DATA, default ../shared/data/cow-igo-v3).
set -u
bloc=$1
py=/usr/bin/python3
read=tests/cli/export-read.py
data=${BLOC_COW_DATA:-../shared/data/cow-igo-v3}
[ -d "$data" ] || { echo "skip: $data is not next to the project"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
run() {
    "$bloc" "$@" > "$tmp/stdout" 2> "$tmp/stderr" || fail "bloc $*: $(cat "$tmp/stderr")"
}
check() { "$py" "$read" "$@" || fail "$1 ${2:-}"; }

run import cow-igo "$data/state_year_formatv3.csv.gz" -o "$tmp/cow" -q
cow="-d $tmp/cow --year 2014"
# shellcheck disable=SC2086
{
    run export $cow -o "$tmp/cow.graphml"
    run overlap $cow --format csv -o "$tmp/overlap.csv"
    run export $cow -o "$tmp/cow.net"
    run export $cow -o "$tmp/cow.json"
    run export $cow --graph actors -o "$tmp/actors.graphml"
    run export -d "$tmp/cow" --all -o "$tmp/cow-all.gexf"
    run export -d "$tmp/cow" --all -o "$tmp/cow-all.graphml"
    for year in 1950 1990 2014; do
        run export -d "$tmp/cow" --year $year -o "$tmp/cow-$year.graphml"
    done
}
[ "$(grep -c '<node ' "$tmp/cow.graphml")" -gt 400 ] || fail "fewer than 400 nodes in 2014"
[ "$(grep -c '<edge ' "$tmp/cow.graphml")" -gt 10000 ] || fail "fewer than 10000 edges in 2014"
check two_mode_projection "$tmp/cow.graphml" "$tmp/overlap.csv" 0
check projection_equals_overlap "$tmp/actors.graphml" graphml "$tmp/overlap.csv"
check pajek_bipartite "$tmp/cow.net" "$tmp/cow.graphml"
check json_equals_graphml "$tmp/cow.json" "$tmp/cow.graphml"
for year in 1950 1990 2014; do
    check history_equals_year "$tmp/cow-all.graphml" "$tmp/cow-$year.graphml" $year
done
"$py" -c "import networkx as nx; G = nx.read_gexf('$tmp/cow-all.gexf'); assert G.number_of_edges() > 15000" ||
    fail "NetworkX cannot read the COW GEXF with every year"
exit 0
