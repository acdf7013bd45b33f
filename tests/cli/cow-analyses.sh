#!/bin/sh
# Every analysis on the full COW IGO v3 import, for 2014, checked against the published data:
# members, memberships, gaps, overlap, communities and nesting against the memberships counted
# from the state-year file (tests/cli/cow-check.py); the other analyses give the same rows in CSV
# and JSON; every view renders in every type into a well-formed file of that type. Skipped (77)
# without the data; BLOC_COW_DATA may point to it elsewhere.
set -u
bloc=$1
data=${BLOC_COW_DATA:-../shared/data/cow-igo-v3}
py=/usr/bin/python3
[ -d "$data" ] || { echo "skip: $data is not next to the project"; exit 77; }
[ -x "$py" ] || { echo "skip: $py is missing (apt-get install python3)"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bloc" import cow-igo "$data/state_year_formatv3.csv.gz" -o "$tmp/cow" -q || fail "import"
"$bloc" check -d "$tmp/cow" > /dev/null || fail "check"
"$py" tests/cli/cow-check.py "$bloc" "$data" "$tmp/cow" || fail "the analyses differ from the data"

# agree ARGS...: bloc ARGS gives the same rows, more than one, in CSV and as a JSON list.
agree() {
    "$bloc" "$@" -d "$tmp/cow" --format csv > "$tmp/out.csv" || fail "bloc $* --format csv"
    "$bloc" "$@" -d "$tmp/cow" --format json > "$tmp/out.json" || fail "bloc $* --format json"
    "$py" - "$tmp/out.csv" "$tmp/out.json" <<'EOT' || fail "bloc $*: CSV and JSON differ"
import csv, json, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))[1:]
data = json.load(open(sys.argv[2]))
if not isinstance(data, list) or len(data) != len(rows) or len(rows) < 2:
    sys.exit(f"{len(rows)} CSV rows, JSON {type(data).__name__} of {len(data)}")
EOT
}
agree centrality --year 2014
agree centrality --graph countries --year 2014
agree centrality --graph organizations --year 2014 --measure degree,pagerank
agree overlap --year 2014 --between organizations --top 20
agree timeline US
agree diff --from 2004 --to 2014
agree find united
run() { # run ARGS...: must succeed and print something (notes go to $tmp/notes)
    "$bloc" "$@" -d "$tmp/cow" > "$tmp/out" 2> "$tmp/notes" || fail "bloc $*: $(cat "$tmp/notes")"
    [ -s "$tmp/out" ] || fail "bloc $* printed nothing"
}

# Every view renders the large dataset, in every type, when narrowed enough to read: well-formed
# SVG, a PNG, a PDF, and DOT with positions.
ca=KZ,KG,TJ,TM,UZ
n=0
while read -r view; do
    for type in svg png pdf dot; do
        # shellcheck disable=SC2086
        "$bloc" render -d "$tmp/cow" $view -T $type -o "$tmp/figure.$type" 2> "$tmp/err" ||
            fail "render $view -T $type: $(cat "$tmp/err")"
        case $type in
        svg) xmllint --noout "$tmp/figure.svg" 2> "$tmp/err" || fail "render $view: bad SVG: $(head -3 "$tmp/err")"
             head -c 4 "$tmp/figure.svg" > "$tmp/magic"; [ "$(cat "$tmp/magic")" = "<svg" ] || fail "render $view: not SVG" ;;
        png) head -c 8 "$tmp/figure.png" | od -An -tx1 > "$tmp/magic"
             [ "$(tr -d ' \n' < "$tmp/magic")" = 89504e470d0a1a0a ] || fail "render $view: not PNG" ;;
        pdf) head -c 5 "$tmp/figure.pdf" > "$tmp/magic"; [ "$(cat "$tmp/magic")" = "%PDF-" ] || fail "render $view: not PDF"
             tail -c 6 "$tmp/figure.pdf" > "$tmp/end"; grep -q '%%EOF' "$tmp/end" || fail "render $view: PDF not ended" ;;
        dot) grep -q 'pos="' "$tmp/figure.dot" || fail "render $view: DOT without positions" ;;
        esac
        n=$((n + 1))
    done
done <<EOF2
--year 2014 --view membership --group $ca
--year 2014 --view overlap --min 90
--year 2014 --view ego --focus KZ
--year 2014 --view gaps --group $ca
--year 2014 --view nesting --min-members 60
--view timeline --focus KZ
--year 2014 --view matrix
--year 2014 --view incidence
--year 2014 --view upset --top 12
EOF2
[ "$n" = 36 ] || fail "$n renders"
# The matrix of every state of 2014: a row each, as many as the summary counts, and a cell for
# every pair that shares an organization, in both halves.
run summary --year 2014 --format csv
states=$(sed -n 's/^entities,country,\([0-9]*\).*/\1/p' "$tmp/out")
pairs=$("$bloc" overlap -d "$tmp/cow" --year 2014 --format csv | tail -n +2 | wc -l)
run render --year 2014 --view matrix -T svg
[ "$(grep -c 'class="cell self"' "$tmp/out")" = "$states" ] || fail "matrix: not $states states"
[ "$(grep -c 'class="cell"' "$tmp/out")" = $((2 * pairs)) ] || fail "matrix: not $pairs pairs"
# A figure too slow to lay out is drawn more simply, and says so: the overlap of 2014 at
# --min 50 (144 states, 1,724 lines) took minutes to route around its nodes.
"$bloc" render -d "$tmp/cow" --year 2014 --view overlap --min 50 -T svg > "$tmp/out" 2> "$tmp/err" ||
    fail "overlap --min 50"
grep -q '^bloc: note: drawn with straight lines' "$tmp/err" || fail "overlap --min 50: no note"
# A refusal names options that work on the data: each one it names draws.
"$bloc" render -d "$tmp/cow" --year 2014 --view overlap -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "overlap of 2014 drawn"
min=$(sed -n 's/.*try --min \([0-9.]*\) .*/\1/p' "$tmp/err")
top=$(sed -n 's/.*, --top \([0-9]*\) or .*/\1/p' "$tmp/err")
[ -n "$min" ] && [ -n "$top" ] || fail "overlap refusal without --min and --top: $(cat "$tmp/err")"
run render --year 2014 --view overlap --min "$min" -T svg
run render --year 2014 --view overlap --top "$top" -T svg
"$bloc" render -d "$tmp/cow" --year 2014 --view membership -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q -- "--view incidence" "$tmp/err" || fail "membership refusal: $(cat "$tmp/err")"
top=$(sed -n 's/.*try --top \([0-9]*\) or .*/\1/p' "$tmp/err")
[ -n "$top" ] || fail "membership refusal without --top: $(cat "$tmp/err")"
# The hint does not repeat what was given, and suggests nothing that does nothing on COW.
grep -q -e '--year' -e '--kinds' "$tmp/err" && fail "membership refusal suggests --year or --kinds"
run render --year 2014 --view membership --top "$top" -T svg
# The timeline's refusal names the first year from which the figure fits, and it draws.
"$bloc" render -d "$tmp/cow" --year 2014 --view timeline -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "timeline of 1816-2014 drawn"
from=$(sed -n 's/.*try --from \([0-9]*\) or .*/\1/p' "$tmp/err")
[ -n "$from" ] || fail "timeline refusal without --from: $(cat "$tmp/err")"
run render --year 2014 --view timeline --from "$from" -T svg
"$bloc" render -d "$tmp/cow" --year 2014 --view timeline --from $((from - 1)) -T svg > /dev/null \
    2> "$tmp/err"
[ $? -eq 2 ] || fail "timeline --from $((from - 1)) drawn: --from $from is not the first that fits"
# Too large to read: a clear error, not a hang.
"$bloc" render -d "$tmp/cow" --year 2014 --view overlap -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "more than a readable figure holds" "$tmp/err" || fail "no size guard"
exit 0
