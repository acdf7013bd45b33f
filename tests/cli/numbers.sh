#!/bin/sh
# Numbers and paths on the command line: whatever is wrong exits 2 with a message in bloc's own
# words that names the option, the value and what was expected.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
d="-d tests/data/blocs"

# usage "EXPECTED FIRST LINE OF STDERR" ARGS...: bloc ARGS exits 2 with that message and writes
# nothing on stdout.
usage() {
    want=$1
    shift
    "$bloc" "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ "$status" -eq 2 ] || fail "$*: exit status $status, expected 2: $(cat "$tmp/err")"
    [ "$(head -1 "$tmp/err")" = "$want" ] || fail "$*: got '$(head -1 "$tmp/err")', expected '$want'"
    [ -s "$tmp/out" ] && fail "$*: wrote to stdout"
    grep -q -i -e 'cannot parse' -e 'out of range' "$tmp/err" && fail "$*: GLib's wording: $(cat "$tmp/err")"
    return 0
}

usage "bloc: bad --top 'abc' (expected an integer from 1 to 2147483647)" overlap $d --top abc
usage "bloc: bad --top '99999999999' (expected an integer from 1 to 2147483647)" overlap $d --top 99999999999
usage "bloc: bad --top '-1' (expected an integer from 1 to 2147483647)" overlap $d --top -1
usage "bloc: bad --top '0x10' (expected an integer from 1 to 2147483647)" overlap $d --top 0x10
usage "bloc: bad --top ' 5' (expected an integer from 1 to 2147483647)" overlap $d --top ' 5'
usage "bloc: bad --top '' (expected an integer from 1 to 2147483647)" centrality $d --top ''
usage "bloc: bad --min-present '2.5' (expected an integer from 1 to 2147483647)" gaps $d --min-present 2.5
usage "bloc: bad --min-present 'x' (expected an integer from 1 to 2147483647)" gaps $d -n x
usage "bloc: bad --min-present '0' (expected an integer from 1 to 2147483647)" diff $d --from 2000 --to 2010 -n 0
usage "bloc: bad --min-members '1e3' (expected an integer from 1 to 2147483647)" nesting $d --min-members 1e3
usage "bloc: bad --seed 'seven' (expected an integer from 0 to 4294967295)" communities $d --seed seven
usage "bloc: bad --seed '4294967296' (expected an integer from 0 to 4294967295)" communities $d --seed 4294967296
usage "bloc: bad --from '20x5' (expected a year from 1 to 9999)" diff $d --from 20x5 --to 2010
usage "bloc: bad --to '10000' (expected a year from 1 to 9999)" diff $d --from 2000 --to 10000
usage "bloc: bad --from '-5' (expected a year from 1 to 9999)" timeline $d --from -5
usage "bloc: bad --to 'later' (expected a year from 1 to 9999)" timeline $d --to later
usage "bloc: bad --depth '3' (expected an integer from 1 to 2)" render $d --view ego --focus KZ --depth 3 -T gv
usage "bloc: bad --depth 'two' (expected an integer from 1 to 2)" render $d --view ego --focus KZ --depth two -T gv
usage "bloc: bad --min-present '-2' (expected an integer from 1 to 2147483647)" render $d --view gaps -n -2 -T gv
usage "bloc: bad --min-members '' (expected an integer from 1 to 2147483647)" render $d --view nesting --min-members '' -T gv
usage "bloc: bad --from '1e3' (expected a year from 1 to 9999)" render $d --view timeline --from 1e3 -T gv
usage "bloc: bad --min 'lots' (expected a number like 0.5)" overlap $d --min lots
usage "bloc: bad --min 'nan' (expected a number like 0.5)" overlap $d --min nan
usage "bloc: bad --min '0x1p3' (expected a number like 0.5)" render $d --view overlap --min 0x1p3 -T gv
usage "bloc: bad --alpha '0' (expected a number above 0 and at most 1, like 0.05)" backbone $d --alpha 0
usage "bloc: bad --alpha '1.5' (expected a number above 0 and at most 1, like 0.05)" backbone $d --alpha 1.5
usage "bloc: bad --alpha 'nan' (expected a number above 0 and at most 1, like 0.05)" backbone $d --alpha nan
usage "bloc: bad --alpha '' (expected a number above 0 and at most 1, like 0.05)" backbone $d --alpha ''
usage "bloc: bad --samples '0' (expected an integer from 1 to 2147483647)" backbone $d --method fdsm --samples 0
usage "bloc: bad --samples '1e3' (expected an integer from 1 to 2147483647)" backbone $d --method fdsm --samples 1e3
usage "bloc: bad --seed '-1' (expected an integer from 0 to 4294967295)" backbone $d --method fdsm --seed -1
usage "bloc: bad --samples '-5' (expected an integer from 0 to 2147483647)" nestedness $d --samples -5
usage "bloc: bad --samples '2147483648' (expected an integer from 0 to 2147483647)" nestedness $d --samples 2147483648
usage "bloc: bad --seed 'x' (expected an integer from 0 to 4294967295)" nestedness $d --seed x
usage "bloc: bad --seed '4294967296' (expected an integer from 0 to 4294967295)" communities $d --method barber --seed 4294967296
# The options of --side, --compare and --group/--region go through the same parsers.
usage "bloc: bad --top '0x5' (expected an integer from 1 to 2147483647)" centrality $d --side countries --top 0x5
usage "bloc: bad --top '-1' (expected an integer from 1 to 2147483647)" centrality $d --add D:P --compare --top -1
usage "bloc: bad --top '2.0' (expected an integer from 1 to 2147483647)" overlap $d --add D:P --compare --top 2.0
usage "bloc: bad --min '1e' (expected a number like 0.5)" overlap $d --add D:P --compare --min 1e
usage "bloc: bad --min-present '0' (expected an integer from 1 to 2147483647)" gaps $d --add D:P --compare -n 0
usage "bloc: bad --min-members 'many' (expected an integer from 1 to 2147483647)" nesting $d --group A,B --min-members many

# Paths that are empty say so.
usage "bloc: empty --data (expected a dataset folder, like graphs/central-asia-security)" check -d ''
usage "bloc: empty --data (expected a dataset folder, like graphs/central-asia-security)" render -d '' --view gaps -T gv
usage "bloc: empty --output (expected a file name, or - for standard output)" summary -o ''
usage "bloc: empty --output (expected a file name, or - for standard output)" render --view gaps -o ''

# Values in range still work, and mean what they say.
"$bloc" overlap $d --top 1 --format csv > "$tmp/top1" 2> "$tmp/err" || fail "--top 1: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/top1")" -eq 2 ] || fail "--top 1 gave $(wc -l < "$tmp/top1") lines"
"$bloc" overlap $d --top +2 --format csv > "$tmp/top2" 2> "$tmp/err" || fail "--top +2: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/top2")" -eq 3 ] || fail "--top +2 gave $(wc -l < "$tmp/top2") lines"
"$bloc" centrality $d --side countries --top +1 --format csv > "$tmp/side" 2> "$tmp/err" || fail "--side --top +1: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/side")" -eq 2 ] || fail "--side countries --top +1 gave $(wc -l < "$tmp/side") lines"
"$bloc" overlap $d --add D:P --compare --top 1 --format csv > "$tmp/cmp" 2> "$tmp/err" || fail "--compare --top 1: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/cmp")" -eq 2 ] || fail "--compare --top 1 gave $(wc -l < "$tmp/cmp") lines"
"$bloc" overlap $d --add D:P --compare --min 1 --format csv > "$tmp/cmp1" 2> "$tmp/err" || fail "--compare --min 1: $(cat "$tmp/err")"
"$bloc" overlap $d --add D:P --compare --min 1.5 --format csv > "$tmp/cmp2" 2> "$tmp/err" || fail "--compare --min 1.5: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/cmp1")" -eq 3 ] && [ "$(wc -l < "$tmp/cmp2")" -eq 1 ] ||
    fail "--compare --min 1 and 1.5 gave $(wc -l < "$tmp/cmp1") and $(wc -l < "$tmp/cmp2") lines"
"$bloc" communities $d --seed 4294967295 > /dev/null 2> "$tmp/err" || fail "--seed 4294967295: $(cat "$tmp/err")"
"$bloc" overlap $d --min 1.5 --format csv > "$tmp/min" 2> "$tmp/err" || fail "--min 1.5: $(cat "$tmp/err")"
"$bloc" overlap $d --min -1e0 --format csv > "$tmp/min" 2> "$tmp/err" || fail "--min -1e0: $(cat "$tmp/err")"
"$bloc" timeline $d --from 2001 --to 2010 > /dev/null 2> "$tmp/err" || fail "timeline --from --to: $(cat "$tmp/err")"
# The bounds themselves are in; the values reach the analysis, as its heading says.
"$bloc" backbone $d --alpha 1 --format csv > "$tmp/alpha1" 2> "$tmp/err" || fail "--alpha 1: $(cat "$tmp/err")"
"$bloc" backbone $d --alpha 1e-300 --format csv > "$tmp/tiny" 2> "$tmp/err" || fail "--alpha 1e-300: $(cat "$tmp/err")"
[ "$(wc -l < "$tmp/alpha1")" -gt "$(wc -l < "$tmp/tiny")" ] || fail "--alpha 1 kept no more pairs than 1e-300"
"$bloc" backbone $d --method fdsm --samples 7 --seed 4294967295 > "$tmp/fdsm" 2> "$tmp/err" || fail "fdsm: $(cat "$tmp/err")"
grep -q "7 samples, seed 4294967295," "$tmp/fdsm" || fail "fdsm heading: $(head -1 "$tmp/fdsm")"
"$bloc" nestedness $d --samples 0 --format json > "$tmp/nest" 2> "$tmp/err" || fail "--samples 0: $(cat "$tmp/err")"
grep -q '"samples" : 0' "$tmp/nest" || fail "nestedness --samples 0: $(cat "$tmp/nest")"
"$bloc" nestedness $d --samples 3 --seed 0 > "$tmp/nest" 2> "$tmp/err" || fail "--seed 0: $(cat "$tmp/err")"
grep -q "3 samples, seed 0$" "$tmp/nest" || fail "nestedness heading: $(head -1 "$tmp/nest")"
exit 0
