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
run() { # run ARGS...: must succeed and print something
    "$bloc" "$@" -d "$tmp/cow" > "$tmp/out" || fail "bloc $*"
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
done
# Too large to read: a clear error, not a hang.
"$bloc" render -d "$tmp/cow" --year 2014 --view overlap -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] && grep -q "more than a readable figure holds" "$tmp/err" || fail "no size guard"

# The permanent members of the Security Council are all in the UN in 2014.
"$bloc" members UN --year 2014 --format csv -d "$tmp/cow" > "$tmp/un" || fail "members UN"
cut -d, -f1 "$tmp/un" > "$tmp/un-ids"
[ "$(grep -c -x -e CN -e FR -e GB -e RU -e US "$tmp/un-ids")" = 5 ] || fail "P5 in the UN in 2014"
exit 0
