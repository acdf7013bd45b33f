#!/bin/sh
# -o writes atomically, leaves nothing behind on error, and never clobbers a file on failure.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
data=tests/data/small

"$bloc" members CSTO -d $data --format json > "$tmp/stdout.json" || fail "members to stdout"
"$bloc" members CSTO -d $data --format json -o "$tmp/out.json" > "$tmp/nothing" || fail "members -o"
[ -s "$tmp/nothing" ] && fail "-o also wrote to stdout"
cmp -s "$tmp/stdout.json" "$tmp/out.json" || fail "-o and stdout differ"
[ "$(ls -A "$tmp" | wc -l)" -eq 3 ] || fail "temporary files left: $(ls -A "$tmp")"

# A failing command leaves an existing file as it was.
echo "precious" > "$tmp/keep.txt"
"$bloc" members NOPE -d $data -o "$tmp/keep.txt" 2> "$tmp/err"
[ $? -eq 2 ] || fail "unknown entity should exit 2"
[ "$(cat "$tmp/keep.txt")" = precious ] || fail "a failed run changed the output file"
"$bloc" members CSTO -d tests/data/bad/unknown-kind -o "$tmp/keep.txt" 2> "$tmp/err"
[ $? -eq 1 ] || fail "bad data should exit 1"
[ "$(cat "$tmp/keep.txt")" = precious ] || fail "bad data changed the output file"

# An output folder that does not exist is a runtime error, not a crash.
"$bloc" members CSTO -d $data -o "$tmp/no/such/dir/out.txt" 2> "$tmp/err"
[ $? -eq 1 ] || fail "unwritable output should exit 1"
grep -q '^bloc: ' "$tmp/err" || fail "error not prefixed with 'bloc: '"

# The same input gives byte-identical output.
for fmt in table csv json markdown; do
    "$bloc" summary -d $data --format $fmt > "$tmp/a" || fail "summary $fmt"
    "$bloc" summary -d $data --format $fmt > "$tmp/b" || fail "summary $fmt again"
    cmp -s "$tmp/a" "$tmp/b" || fail "summary --format $fmt is not deterministic"
done

# Exit statuses: 0 ok, 1 data, 2 usage.
"$bloc" check > /dev/null || fail "check on the embedded dataset"
"$bloc" check -d graphs/central-asia-security > /dev/null || fail "check on graphs/central-asia-security"
"$bloc" nosuchcommand 2> /dev/null; [ $? -eq 2 ] || fail "unknown command should exit 2"
"$bloc" 2> /dev/null; [ $? -eq 2 ] || fail "no command should exit 2"
"$bloc" --version | grep -q '^bloc ' || fail "--version"
"$bloc" members CSTO -d $data --lang 'f a' 2> /dev/null; [ $? -eq 2 ] || fail "bad --lang should exit 2"
exit 0
