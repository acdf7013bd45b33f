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

# -o takes the format from the extension when --format is not given.
for pair in json:json csv:csv md:markdown markdown:markdown txt:table JSON:json; do
    ext=${pair%%:*}
    fmt=${pair#*:}
    "$bloc" summary -d $data -o "$tmp/summary.$ext" || fail "summary -o summary.$ext"
    "$bloc" summary -d $data --format "$fmt" > "$tmp/expected" || fail "summary --format $fmt"
    cmp -s "$tmp/summary.$ext" "$tmp/expected" || fail "-o summary.$ext is not --format $fmt"
done
# ... an extension it does not know leaves the default, and an agreeing --format is fine ...
"$bloc" summary -d $data -o "$tmp/summary.out" || fail "summary -o summary.out"
"$bloc" summary -d $data > "$tmp/expected" || fail "summary"
cmp -s "$tmp/summary.out" "$tmp/expected" || fail "-o summary.out is not a table"
"$bloc" summary -d $data --format json -o "$tmp/agree.json" || fail "--format json -o agree.json"
# ... and a --format that disagrees is a usage error that writes nothing.
"$bloc" summary -d $data --format csv -o "$tmp/disagree.json" 2> "$tmp/err"
[ $? -eq 2 ] || fail "--format csv -o x.json should exit 2"
[ -e "$tmp/disagree.json" ] && fail "--format csv -o x.json wrote a file"
grep -q "^bloc: --format csv does not match -o $tmp/disagree.json (expected --format json" "$tmp/err" ||
    fail "--format csv -o x.json: $(cat "$tmp/err")"

# The same for every command that prints a table (a few options keep them quick).
while read -r cmd; do
    for pair in json:json csv:csv md:markdown; do
        ext=${pair%%:*}
        fmt=${pair#*:}
        # shellcheck disable=SC2086
        "$bloc" $cmd -o "$tmp/cmd.$ext" 2> "$tmp/err" || fail "$cmd -o cmd.$ext: $(cat "$tmp/err")"
        # shellcheck disable=SC2086
        "$bloc" $cmd --format "$fmt" > "$tmp/expected" 2> "$tmp/err" || fail "$cmd --format $fmt"
        cmp -s "$tmp/cmd.$ext" "$tmp/expected" || fail "$cmd -o cmd.$ext is not --format $fmt"
    done
done <<'EOF'
backbone --alpha 1
nestedness --samples 20
communities --method barber
nesting --group central-asia
summary --region Europe
find uzbek
EOF

# export writes files of its own formats: -o's extension is its -T, not a table format, so
# -o x.json is node-link JSON, -o x.csv an edge list, and -o x.md is refused with nothing written.
"$bloc" export -o "$tmp/graph.json" || fail "export -o graph.json"
"$bloc" export -T json > "$tmp/expected" || fail "export -T json"
cmp -s "$tmp/graph.json" "$tmp/expected" || fail "export -o graph.json is not -T json"
"$bloc" export -o "$tmp/graph.csv" || fail "export -o graph.csv"
"$bloc" export -T edges > "$tmp/expected" || fail "export -T edges"
cmp -s "$tmp/graph.csv" "$tmp/expected" || fail "export -o graph.csv is not -T edges"
"$bloc" export -o "$tmp/graph.md" 2> "$tmp/err"
[ $? -eq 2 ] || fail "export -o graph.md should exit 2"
[ -e "$tmp/graph.md" ] && fail "export -o graph.md wrote a file"
"$bloc" export --format json -o "$tmp/table.json" 2> "$tmp/err"
[ $? -eq 2 ] || fail "export --format json should exit 2"
[ -e "$tmp/table.json" ] && fail "export --format json wrote a file"

# Exit statuses: 0 ok, 1 data, 2 usage.
"$bloc" check > /dev/null || fail "check on the embedded dataset"
"$bloc" check -d graphs/central-asia-security > /dev/null || fail "check on graphs/central-asia-security"
"$bloc" nosuchcommand 2> /dev/null; [ $? -eq 2 ] || fail "unknown command should exit 2"
"$bloc" 2> /dev/null; [ $? -eq 2 ] || fail "no command should exit 2"
"$bloc" --version > "$tmp/version" || fail "--version failed"
grep -q '^bloc ' "$tmp/version" || fail "--version: $(cat "$tmp/version")"
"$bloc" members CSTO -d $data --lang 'f a' 2> /dev/null; [ $? -eq 2 ] || fail "bad --lang should exit 2"
exit 0
