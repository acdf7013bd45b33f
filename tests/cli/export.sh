#!/bin/sh
# bloc export, read back with the tools users take the files to: NetworkX and python-igraph
# (Debian's, under /usr/bin/python3) and xmllint. Checks the projection against bloc overlap,
# spells, Pajek's two modes, hostile names in every format, what-if scenarios, every year against
# its snapshot, byte-identical output, and that a refused export writes no file.
set -u
bloc=$1
py=/usr/bin/python3
read=tests/cli/export-read.py
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$py" -c 'import networkx, igraph' 2> /dev/null ||
    fail "$py cannot import networkx and igraph (make deps installs python3-networkx and python3-igraph)"
command -v xmllint > /dev/null || fail "xmllint is missing (make deps installs libxml2-utils)"

# run ARGS...: bloc must succeed, and say nothing on stderr.
run() {
    "$bloc" "$@" > "$tmp/stdout" 2> "$tmp/stderr" || fail "bloc $*: $(cat "$tmp/stderr")"
    [ -s "$tmp/stderr" ] && fail "bloc $* wrote to stderr: $(cat "$tmp/stderr")"
    return 0
}
check() { "$py" "$read" "$@" || fail "$1 ${2:-}"; }

# The two-mode GraphML is bipartite in NetworkX, and its projections are bloc overlap's.
run export --year 2010 -o "$tmp/ca.graphml"
run overlap --year 2010 --format csv -o "$tmp/overlap.csv"
run overlap --year 2010 --between organizations --format csv -o "$tmp/overlap-orgs.csv"
check two_mode_projection "$tmp/ca.graphml" "$tmp/overlap.csv" 0
check two_mode_projection "$tmp/ca.graphml" "$tmp/overlap-orgs.csv" 1
xmllint --noout "$tmp/ca.graphml" || fail "ca.graphml is not well-formed"

# --graph actors and others carry every measure of bloc overlap, in GraphML and in JSON.
for fmt in graphml json; do
    run export --year 2010 --graph actors -o "$tmp/actors.$fmt"
    check projection_equals_overlap "$tmp/actors.$fmt" $fmt "$tmp/overlap.csv"
    run export --year 2010 --graph others -o "$tmp/others.$fmt"
    check projection_equals_overlap "$tmp/others.$fmt" $fmt "$tmp/overlap-orgs.csv"
done
# The sides' names, as overlap --between takes them, pick the same projections.
run export --year 2010 --graph countries -o "$tmp/countries.graphml"
cmp -s "$tmp/actors.graphml" "$tmp/countries.graphml" || fail "--graph countries is not actors"
run export --year 2010 --graph organisations -o "$tmp/organisations.graphml"
cmp -s "$tmp/others.graphml" "$tmp/organisations.graphml" || fail "--graph organisations is not others"
# ... also on the Davis data (people x events), with --actors person.
run export -d tests/data/davis --actors person --graph actors -o "$tmp/davis.graphml"
run overlap -d tests/data/davis --actors person --format csv -o "$tmp/davis.csv"
check projection_equals_overlap "$tmp/davis.graphml" graphml "$tmp/davis.csv"

# GEXF with --all: dynamic, with spells, read by NetworkX. Uzbekistan joined the CSTO in 2006
# and suspended its membership in 2012; in the test data it also left in 1999 and rejoined. An
# open end is the year after the last year the data name (2012 there).
run export --all -o "$tmp/all.gexf"
xmllint --noout "$tmp/all.gexf" || fail "all.gexf is not well-formed"
check gexf_spells "$tmp/all.gexf" UZ CSTO 2006-2012
run export -d tests/data/export-history --all -o "$tmp/spells.gexf"
check gexf_spells "$tmp/spells.gexf" UZ CSTO 1992-1999,2006-2012
check gexf_spells "$tmp/spells.gexf" KZ CSTO 1992-2013
check gexf_spells "$tmp/spells.gexf" TM SCO 2005-2010,2010-2013

# python-igraph reads the Pajek file as two-mode, with the same counts.
run export --year 2010 -o "$tmp/ca.net"
check pajek_bipartite "$tmp/ca.net" "$tmp/ca.graphml"
run export -d tests/data/davis --actors person -o "$tmp/davis.net"
run export -d tests/data/davis --actors person -o "$tmp/davis-2.graphml"
check pajek_bipartite "$tmp/davis.net" "$tmp/davis-2.graphml"

# node_link_graph reads the JSON, the same graph as the GraphML; --all makes a multigraph.
run export --year 2010 -o "$tmp/ca.json"
check json_equals_graphml "$tmp/ca.json" "$tmp/ca.graphml"
run export --all -o "$tmp/all.json"
run export --all -o "$tmp/all.graphml"
check json_equals_graphml "$tmp/all.json" "$tmp/all.graphml"
run export --graph ties -o "$tmp/ties.json"
run export --graph ties -o "$tmp/ties.graphml"
check json_equals_graphml "$tmp/ties.json" "$tmp/ties.graphml"

# The incidence matrix holds the GraphML's roles.
run export --year 2010 -o "$tmp/ca-incidence.csv" -T incidence
check incidence_equals_graphml "$tmp/ca-incidence.csv" "$tmp/ca.graphml"

# Every year at once, filtered by since <= Y < until, is the snapshot of Y.
for year in 1995 2001 2005 2010 2012 2016 2024; do
    run export --year $year -o "$tmp/y$year.graphml"
    check history_equals_year "$tmp/all.graphml" "$tmp/y$year.graphml" $year
done

# Hostile names: well-formed XML everywhere, and every format reads back with the names intact.
for graph in two-mode ties actors others; do
    for ext in graphml gexf gml net json csv; do
        run export -d tests/data/escape --graph $graph -o "$tmp/$graph.$ext"
    done
    xmllint --noout "$tmp/$graph.graphml" "$tmp/$graph.gexf" || fail "$graph: XML not well-formed"
    check names_intact tests/data/escape/entities.csv $graph "$tmp"
done
run export -d tests/data/escape --all -o "$tmp/escape-all.gexf"
xmllint --noout "$tmp/escape-all.gexf" || fail "escape-all.gexf is not well-formed"
grep -q '&lt;script&gt;alert(1)&lt;/script&gt;' "$tmp/two-mode.graphml" || fail "a name not kept as text"
grep -q '<script>' "$tmp/two-mode.graphml" && fail "markup from a name reached the GraphML"

# Names and sources that a spreadsheet would run get a leading apostrophe in the edge lists;
# ids never begin a formula (the loader refuses them), so the matrix's ids are as they are.
run export -d tests/data/hostile -T edges -o "$tmp/hostile.csv"
check csv_marked tests/data/hostile "$tmp/hostile.csv"
run export -d tests/data/hostile -T edges --graph actors -o "$tmp/hostile-actors.csv"
check csv_marked tests/data/hostile "$tmp/hostile-actors.csv"
tr -d '\r' < "$tmp/hostile.csv" | grep -q -x -F "MINUS,'-2+3,country,ORG,Org,organization,member,2001,,'+note" ||
    fail "a name beginning with '-' not marked: $(cat "$tmp/hostile.csv")"
tr -d '\r' < "$tmp/hostile.csv" | grep -q -x -F "NUM,-2,country,ORG,Org,organization,member,2001,,seed" ||
    fail "a number marked as a formula: $(cat "$tmp/hostile.csv")"
run export -d tests/data/hostile -T incidence -o "$tmp/hostile-incidence.csv"
[ "$(tr -d '\r' < "$tmp/hostile-incidence.csv" | cut -d, -f1 | tr '\n' ' ')" = "id AT CR EQ FA MINUS NUM PDI PLUS RLO TAB " ] ||
    fail "the matrix's ids: $(cat "$tmp/hostile-incidence.csv")"

# A what-if export contains the added tie, and says it is a what-if.
run export --add TM:TREATY-2000 -o "$tmp/whatif.graphml"
check has_edge "$tmp/whatif.graphml" TM TREATY-2000 what-if
grep -q '>added TM -&gt; TREATY-2000 (signatory)<' "$tmp/whatif.graphml" || fail "no scenario"
check lacks_edge "$tmp/ca.graphml" TM TREATY-2000
run export --remove UZ:SCO -o "$tmp/whatif-2.graphml"
check lacks_edge "$tmp/whatif-2.graphml" UZ SCO

# The same input gives the same bytes, in every format and graph.
for graph in two-mode ties actors others; do
    for fmt in graphml gexf gml pajek json edges incidence; do
        [ $fmt = incidence ] && [ $graph != two-mode ] && continue
        "$bloc" export --graph $graph -T $fmt > "$tmp/a" || fail "export $graph $fmt"
        "$bloc" export --graph $graph -T $fmt > "$tmp/b" || fail "export $graph $fmt again"
        [ -s "$tmp/a" ] || fail "export $graph $fmt is empty"
        cmp -s "$tmp/a" "$tmp/b" || fail "export $graph $fmt differs between runs"
    done
done

# Refused exports write nothing: an unknown extension or format, a bad combination.
for args in "-o $tmp/x.txt" "-o $tmp/x.net --all" "-o $tmp/x.csv -T incidence --graph ties" \
    "-o $tmp/x.graphml -T svg"; do
    # shellcheck disable=SC2086
    "$bloc" export $args > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ $status = 2 ] || fail "export $args: exit $status, expected 2"
    grep -q '^bloc: ' "$tmp/err" || fail "export $args: no message"
done
[ -e "$tmp/x.txt" ] || [ -e "$tmp/x.net" ] || [ -e "$tmp/x.csv" ] || [ -e "$tmp/x.graphml" ] &&
    fail "a refused export wrote a file"

# An id Pajek cannot quote (a double quote and a space) is bad data for Pajek: exit 1, no file;
# GraphML takes it.
mkdir "$tmp/quoted"
printf 'id,kind,name\r\n"Q ""Z",country,Quoted\r\nX,organization,X\r\n' > "$tmp/quoted/entities.csv"
printf 'from,to,role\r\n"Q ""Z",X,member\r\n' > "$tmp/quoted/ties.csv"
"$bloc" export -d "$tmp/quoted" -o "$tmp/quoted.net" > "$tmp/out" 2> "$tmp/err"
status=$?
[ $status = 1 ] || fail "Pajek with an unquotable id: exit $status, expected 1"
grep -q "^bloc: cannot write the id 'Q \"Z' as a Pajek label" "$tmp/err" || fail "message: $(cat "$tmp/err")"
[ -e "$tmp/quoted.net" ] && fail "a refused Pajek export wrote a file"
run export -d "$tmp/quoted" -o "$tmp/quoted.graphml"
check has_edge "$tmp/quoted.graphml" 'Q "Z' X ""

# The export lines of README's usage run as shown.
grep '^bloc export ' README.md | sed 's/ *#.*//' > "$tmp/readme-lines"
[ "$(wc -l < "$tmp/readme-lines")" -ge 3 ] || fail "README shows no bloc export usage"
while read -r line; do
    # shellcheck disable=SC2086
    (cd "$tmp" && "$bloc" ${line#bloc } > /dev/null 2> "$tmp/err") ||
        fail "README's '$line': $(cat "$tmp/err")"
done < "$tmp/readme-lines"
[ -s "$tmp/history.gexf" ] && [ -s "$tmp/membership.net" ] || fail "README's exports wrote nothing"

# -o with an extension picks the format; -T overrides it.
run export -o "$tmp/picked.gml"
head -1 "$tmp/picked.gml" | grep -q '^Creator "bloc"$' || fail ".gml did not pick GML"
run export -o "$tmp/picked.gml" -T json
head -c 1 "$tmp/picked.gml" | grep -q '{' || fail "-T json did not override .gml"
exit 0
