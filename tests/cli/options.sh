#!/bin/sh
# Option values: UTF-8 whatever the locale, and usage errors that say what was expected.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Under the C locale, a Russian title and a Cyrillic entity id are still text.
LC_ALL=C "$bloc" render --view gaps --title 'Центральная Азия' -T svg > "$tmp/title.svg" 2> "$tmp/err" ||
    fail "LC_ALL=C --title: $(cat "$tmp/err")"
grep -q '<title[^>]*>Центральная Азия</title>' "$tmp/title.svg" || fail "the title is not in the SVG"
LC_ALL=C "$bloc" render -d tests/data/escape --view ego --focus 'ОДКБ' -T svg > "$tmp/ego.svg" 2> "$tmp/err" ||
    fail "LC_ALL=C --focus ОДКБ: $(cat "$tmp/err")"
grep -q 'Cyrillic id one' "$tmp/ego.svg" || fail "the ego view of ОДКБ does not show it"
LC_ALL=C "$bloc" members CSTO --lang fa --format csv > "$tmp/fa.csv" 2> "$tmp/err" ||
    fail "LC_ALL=C --lang fa: $(cat "$tmp/err")"
grep -q 'قزاقستان' "$tmp/fa.csv" || fail "no Persian name under LC_ALL=C: $(head -3 "$tmp/fa.csv")"

# An option value that is not UTF-8 is a usage error, not a crash or mojibake.
"$bloc" render --view gaps --title "$(printf 'bad \377 title')" -T svg > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "a title that is not UTF-8 should exit 2"
grep -q "not valid UTF-8" "$tmp/err" || fail "no UTF-8 message: $(cat "$tmp/err")"

# A value quoted in a message cannot drive the terminal: its control characters are escaped.
"$bloc" members "$(printf 'X\033[31m\302\205')" > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "an unknown entity should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: unknown entity 'X\x1B[31m\u0085' (expected an id of embedded:central-asia-security)" ] ||
    fail "control characters in a message: $(cat -v "$tmp/err")"

# An empty group and reversed years are usage errors.
"$bloc" gaps --group '' > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "--group '' should exit 2"
grep -q "^bloc: empty group" "$tmp/err" || fail "no 'empty group' message: $(cat "$tmp/err")"
"$bloc" diff --from 2015 --to 2005 > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "diff --from after --to should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: --from 2015 is after --to 2005 (expected the earlier year first)" ] ||
    fail "diff reversed: $(cat "$tmp/err")"
"$bloc" diff --from 2005 --to 2015 --format csv > "$tmp/diff.csv" || fail "diff --from 2005 --to 2015"
[ "$(wc -l < "$tmp/diff.csv")" -gt 1 ] || fail "diff 2005-2015 found no change"

# Aliases give exactly what the canonical names give.
same() {
    # same "ARGS WITH CANONICAL NAMES" "ARGS WITH ALIASES": both succeed with equal output.
    "$bloc" $1 > "$tmp/canonical" 2> "$tmp/err" || fail "$1: $(cat "$tmp/err")"
    "$bloc" $2 > "$tmp/alias" 2> "$tmp/err" || fail "$2: $(cat "$tmp/err")"
    [ -s "$tmp/canonical" ] || fail "$1 printed nothing"
    cmp -s "$tmp/canonical" "$tmp/alias" || fail "$2 differs from $1"
}
d="-d tests/data/blocs"
same "centrality $d --graph countries" "centrality $d --graph actors"
same "centrality $d --graph organizations" "centrality $d --graph others"
same "centrality $d --graph organizations" "centrality $d --graph organisations"
same "overlap $d --between countries" "overlap $d --between actors"
same "overlap $d --between organizations" "overlap $d --between others"
same "overlap $d --between organizations" "overlap $d --between organisations"
same "communities $d --method multilevel" "communities $d --method louvain"
same "gaps --kinds organization" "gaps --kinds organisation"
same "gaps --kinds programme" "gaps --kinds program"
# ... and they differ where the sides differ, so the comparisons above can fail.
"$bloc" overlap $d --between others > "$tmp/others" || fail "overlap --between others"
"$bloc" overlap $d --between actors > "$tmp/actors" || fail "overlap --between actors"
cmp -s "$tmp/others" "$tmp/actors" && fail "--between others and actors give the same pairs"

# A misspelt value exits 2 with the nearest names.
"$bloc" centrality --graph organisatons > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "an unknown --graph should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: unknown graph 'organisatons'; did you mean 'organisations'? (expected one of: two-mode, countries, organizations)" ] ||
    fail "--graph organisatons: $(cat "$tmp/err")"
"$bloc" summary --format JSON > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "--format JSON should exit 2"
grep -q "did you mean 'json'?" "$tmp/err" || fail "--format JSON: $(cat "$tmp/err")"
exit 0
