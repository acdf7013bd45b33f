#!/bin/sh
# Export and import round-trip: what `bloc export` writes as an edge list (-T edges), a matrix
# (-T incidence) and GraphML, `bloc import table|matrix|graphml` reads back into a dataset that
# gives the same `bloc overlap` (between both sides) and `bloc gaps`, year by year, as the one
# exported: the embedded dataset, which has dates, and the Davis data, which has none.
. tests/cli/lib/import.sh

# on DIR OUT COMMAND ARGS...: `bloc COMMAND ARGS --format csv` on the dataset DIR (the embedded one
# when DIR is empty) must succeed, with its output in OUT.
on() {
    dir=$1 out=$2 command=$3
    shift 3
    if [ -n "$dir" ]; then
        "$bloc" "$command" -d "$dir" "$@" --format csv > "$out" 2> "$tmp/on.err"
    else
        "$bloc" "$command" "$@" --format csv > "$out" 2> "$tmp/on.err"
    fi || fail "$command ${dir:-(embedded)} $*: $(cat "$tmp/on.err")"
}

# without_names FILE: a gaps table without its name and kind columns, which a matrix cannot hold.
without_names() {
    /usr/bin/python3 -c 'import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    csv.writer(f, lineterminator="\n").writerows([r[0]] + r[3:] for r in rows)' "$1" ||
        fail "without_names $1"
}

# agree WHAT ORIGINAL "COMMAND ARGS" IMPORTED "COMMAND ARGS" [ids]: the two commands print the
# same table, of at least one row, on the dataset ORIGINAL ("" for the embedded one) and on
# IMPORTED; with "ids", but for the columns of names and kinds (gaps through a matrix, which holds
# neither). The arguments hold no spaces.
agree() {
    # shellcheck disable=SC2086
    on "$2" "$tmp/original.csv" $3
    # shellcheck disable=SC2086
    on "$4" "$tmp/imported.csv" $5
    if [ "${6:-}" = ids ]; then
        without_names "$tmp/original.csv"
        without_names "$tmp/imported.csv"
    fi
    [ "$(wc -l < "$tmp/original.csv")" -gt 1 ] || fail "$1: no rows to compare"
    cmp -s "$tmp/original.csv" "$tmp/imported.csv" ||
        fail "$1: the round trip changed the result:
$(diff "$tmp/original.csv" "$tmp/imported.csv" | head -n 10)"
}

# What the test relies on: export's CSV has CRLF line ends, and its matrix the corner cell 'id'.
"$bloc" export -T edges --graph ties --all -o "$tmp/embedded.csv" || fail "export -T edges"
tr -d '\r' < "$tmp/embedded.csv" | cmp -s - "$tmp/embedded.csv" &&
    fail "export -T edges no longer ends its lines with CRLF: the test reads no CRLF"
"$bloc" export -T incidence --year 2010 -o "$tmp/2010.csv" || fail "export -T incidence"
[ "$(head -c 3 "$tmp/2010.csv")" = "id," ] || fail "the matrix's corner cell is not 'id'"

ca=KZ,KG,TJ,TM,UZ
years="1995 2001 2005 2010 2015 2020"

# --- The embedded dataset: every tie of every year, as a table and as GraphML -----------------
# With --all, the edge list holds every tie with the years it was active, and GraphML every
# edge of the two-mode graph with its since and until.
imp embedded-table table "$tmp/embedded.csv"
"$bloc" export -T graphml --all -o "$tmp/embedded.graphml" || fail "export -T graphml --all"
imp embedded-graphml graphml "$tmp/embedded.graphml"
for via in table graphml; do
    d=$tmp/embedded-$via
    for year in $years; do
        for side in actors others; do
            q="overlap --between $side --year $year"
            agree "$q through $via" "" "$q" "$d" "$q"
        done
        q="gaps -G $ca --year $year"
        agree "$q through $via" "" "$q" "$d" "$q"
    done
    agree "overlap now through $via" "" overlap "$d" overlap
done

# --- The embedded dataset through a matrix, one year at a time ---------------------------------
# A matrix holds one year and no names or kinds: the pairs and their roles come back, so
# overlap is the same and gaps are, but for the names and kinds.
for year in $years; do
    "$bloc" export -T incidence --year $year -o "$tmp/$year.csv" || fail "export -T incidence $year"
    imp matrix-$year matrix "$tmp/$year.csv"
    for side in actors others; do
        agree "overlap --between $side --year $year through a matrix" \
            "" "overlap --between $side --year $year" "$tmp/matrix-$year" "overlap --between $side"
    done
    agree "gaps --year $year through a matrix" \
        "" "gaps -G $ca --year $year" "$tmp/matrix-$year" "gaps -G $ca" ids
done

# --- Davis: people × events, through all three ------------------------------------------------
davis=tests/data/davis
"$bloc" export -d $davis --actors person -T edges --graph ties -o "$tmp/davis.csv" ||
    fail "export -T edges of Davis"
imp davis-table table "$tmp/davis.csv"
"$bloc" export -d $davis --actors person -T incidence -o "$tmp/davis-matrix.csv" ||
    fail "export -T incidence of Davis"
imp davis-matrix matrix "$tmp/davis-matrix.csv" --row-kind person --column-kind forum
"$bloc" export -d $davis --actors person -T graphml -o "$tmp/davis.graphml" ||
    fail "export -T graphml of Davis"
imp davis-graphml graphml "$tmp/davis.graphml"
women=EVELYN,LAURA,THERESA,BRENDA,CHARLOTTE,FRANCES,ELEANOR,PEARL,RUTH
for via in table matrix graphml; do
    for side in actors others; do
        q="overlap --actors person --between $side"
        agree "Davis: $q through $via" $davis "$q" "$tmp/davis-$via" "$q"
    done
    q="gaps --actors person -G $women"
    ids=
    [ $via = matrix ] && ids=ids
    agree "Davis: $q through $via" $davis "$q" "$tmp/davis-$via" "$q" $ids
done

# --- Names a spreadsheet would run: export marks them, import takes the mark off -----------------
# The hostile names (=HYPERLINK(...), +SUM(1), @SUM(A1), a leading tab or carriage return) and
# sources get a leading ' in the edge list; one name that begins with ' already gets a second.
# import table and import matrix take one off, so that the dataset comes back exactly: its edge
# list, exported again, is the same file byte for byte, and so is its matrix.
mkdir "$tmp/hostile"
cp tests/data/hostile/dataset.ini tests/data/hostile/ties.csv "$tmp/hostile/"
{
    cat tests/data/hostile/entities.csv
    printf '%s\n' "'=QUOTED,country,'=already marked,," "'X,country,'x,,"
} > "$tmp/hostile/entities.csv"
printf '%s\n' "'=QUOTED,ORG,member,2001,,'-2" "'X,ORG,member,2001,,'@" >> "$tmp/hostile/ties.csv"
"$bloc" export -d "$tmp/hostile" -T edges --graph ties --all -o "$tmp/hostile.csv" ||
    fail "export -T edges of the hostile names"
for cell in "'=HYPERLINK" "'+SUM(1)" "'@SUM(A1)" "'@source" "''=QUOTED,''=already marked" "''-2" \
    "'X,'x" "''@"; do
    grep -qF -- "$cell" "$tmp/hostile.csv" || fail "export no longer writes $cell: $(cat "$tmp/hostile.csv")"
done
imp hostile-table table "$tmp/hostile.csv"
"$bloc" export -d "$tmp/hostile-table" -T edges --graph ties --all -o "$tmp/hostile-again.csv" ||
    fail "export -T edges of the imported hostile names"
cmp -s "$tmp/hostile.csv" "$tmp/hostile-again.csv" ||
    fail "the round trip through a table changed the hostile edge list:
$(diff "$tmp/hostile.csv" "$tmp/hostile-again.csv" | head -n 10)"
grep -qxF 'EQ,country,"=HYPERLINK(""http://example.com/"",""click"")"' "$tmp/hostile-table/entities.csv" ||
    fail "import table kept a mark: $(grep '^EQ,' "$tmp/hostile-table/entities.csv")"
grep -qxF "'=QUOTED,country,'=already marked" "$tmp/hostile-table/entities.csv" ||
    fail "import table took off a mark too many: $(grep '^.=QUOTED' "$tmp/hostile-table/entities.csv")"
grep -q "^AT,ORG,member,2001,,@source$" "$tmp/hostile-table/ties.csv" ||
    fail "import table kept the mark of a source: $(grep '^AT,' "$tmp/hostile-table/ties.csv")"
"$bloc" export -d "$tmp/hostile" -T incidence -o "$tmp/hostile-matrix.csv" ||
    fail "export -T incidence of the hostile names"
grep -q "^''=QUOTED," "$tmp/hostile-matrix.csv" || fail "the matrix does not mark ''=QUOTED"
imp hostile-matrix matrix "$tmp/hostile-matrix.csv"
"$bloc" export -d "$tmp/hostile-matrix" -T incidence -o "$tmp/hostile-matrix-again.csv" ||
    fail "export -T incidence of the imported matrix"
cmp -s "$tmp/hostile-matrix.csv" "$tmp/hostile-matrix-again.csv" ||
    fail "the round trip through a matrix changed it:
$(diff "$tmp/hostile-matrix.csv" "$tmp/hostile-matrix-again.csv" | head -n 10)"
exit 0
