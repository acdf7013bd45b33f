#!/bin/sh
# The published COW IGO v3 data: a -9 (missing) cell does not end a membership. In 2014 the
# state-year file codes every state -9 for ICAO and seven other IGOs; before, that made ~440 exits
# that never happened. Skipped (77) without the data; BLOC_COW_DATA may point to it elsewhere.
set -u
bloc=$1
data=${BLOC_COW_DATA:-../shared/data/cow-igo-v3}
[ -d "$data" ] || { echo "skip: $data is not next to the project"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for layout in state_year igo_year; do
    "$bloc" import cow-igo "$data/${layout}_formatv3.csv.gz" -o "$tmp/$layout" > "$tmp/report" ||
        fail "import $layout"
    "$bloc" check -d "$tmp/$layout" > /dev/null || fail "check $layout"
    # ICAO has the same 190 members in 2014 as in 2013.
    for year in 2013 2014; do
        "$bloc" members ICAO -d "$tmp/$layout" --year $year --format csv > "$tmp/icao" ||
            fail "members ICAO $year"
        [ "$(tail -n +2 "$tmp/icao" | wc -l)" -eq 190 ] ||
            fail "$layout: ICAO has $(tail -n +2 "$tmp/icao" | wc -l) members in $year"
    done
    # What leaves between 2013 and 2014 is what the data codes 0 or another status: 14 exits in
    # the state-year file, 12 in the igo-year file (Israel becoming a full member of CERN, ...).
    "$bloc" diff -d "$tmp/$layout" --from 2013 --to 2014 --format csv > "$tmp/diff" || fail "diff"
    exits=$(grep -c ',exit,' "$tmp/diff")
    want=14
    [ $layout = igo_year ] && want=12
    [ "$exits" -eq $want ] || fail "$layout: $exits exits from 2013 to 2014, expected $want"
    grep -q ',ICAO,member,exit,' "$tmp/diff" && fail "$layout: ICAO members exit in 2014"
    grep -q '^  ICAO: 2014$' "$tmp/report" || fail "$layout: ICAO 2014 not reported missing"
done

# --missing end gives the old picture back: ICAO empty in 2014, hundreds of exits.
"$bloc" import cow-igo "$data/state_year_formatv3.csv.gz" -o "$tmp/end" --missing end -q ||
    fail "import --missing end"
"$bloc" diff -d "$tmp/end" --from 2013 --to 2014 --format csv > "$tmp/diff" || fail "diff end"
[ "$(grep -c ',exit,' "$tmp/diff")" -eq 440 ] || fail "--missing end: $(grep -c ',exit,' "$tmp/diff") exits"
exit 0
