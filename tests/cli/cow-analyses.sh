#!/bin/sh
# Every analysis runs on the full COW IGO v3 import, for 2014. Skipped (77) without the data.
set -u
bloc=$1
data=../shared/data/cow-igo-v3
[ -d "$data" ] || { echo "skip: $data is not next to the project"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$bloc" import cow-igo "$data/igo_year_formatv3.csv.gz" -o "$tmp/cow" -q || fail "import"
"$bloc" check -d "$tmp/cow" > /dev/null || fail "check"
run() { # run ARGS...: must succeed and print something (notes go to $tmp/notes)
    "$bloc" "$@" -d "$tmp/cow" > "$tmp/out" 2> "$tmp/notes" || fail "bloc $*: $(cat "$tmp/notes")"
    [ -s "$tmp/out" ] || fail "bloc $* printed nothing"
}
for fmt in table json; do
    run summary --year 2014 --format $fmt
    run members UN --year 2014 --format $fmt
    run memberships US --year 2014 --format $fmt
    run overlap --year 2014 --top 20 --format $fmt
    run overlap --year 2014 --between organizations --top 20 --format $fmt
    run centrality --year 2014 --format $fmt
    run centrality --graph countries --year 2014 --format $fmt
    run centrality --graph organizations --year 2014 --measure degree,pagerank --format $fmt
    run gaps --year 2014 --format $fmt
    run gaps --year 2014 --group KZ,KG,TJ,TM,UZ --format $fmt
    run nesting --year 2014 --format $fmt
    run communities --year 2014 --format $fmt
    run timeline US --format $fmt
    run diff --from 2004 --to 2014 --format $fmt
done
# Every view renders the large dataset, in every type, when narrowed enough to read.
ca=KZ,KG,TJ,TM,UZ
for type in svg png pdf dot; do
    run render --year 2014 --view membership --group $ca -T $type
    run render --year 2014 --view overlap --min 90 -T $type
    run render --year 2014 --view ego --focus KZ -T $type
    run render --year 2014 --view gaps --group $ca -T $type
    run render --year 2014 --view nesting --min-members 60 -T $type
    run render --view timeline --focus KZ -T $type
    # The views that scale draw the whole year.
    run render --year 2014 --view matrix -T $type
    run render --year 2014 --view incidence -T $type
    run render --year 2014 --view upset --top 12 -T $type
done
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

# Too large to read: a clear error, not a hang.
"$bloc" render -d "$tmp/cow" --year 2014 --view overlap -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "more than a readable figure holds" "$tmp/err" || fail "no size guard"

# The permanent members of the Security Council are all in the UN in 2014.
"$bloc" members UN --year 2014 --format csv -d "$tmp/cow" | cut -d, -f1 | grep -c -x -e CN -e FR -e GB -e RU -e US > "$tmp/n"
[ "$(cat "$tmp/n")" = 5 ] || fail "P5 in the UN in 2014: $(cat "$tmp/n")"
exit 0
