#!/bin/sh
# man.sh BLOC MAN_DIR: the manual pages built into MAN_DIR are bloc.1 and one per command of the
# table, each formats with no groff warning (groff -man -ww -z), each option of a command is on
# its page, and every example of docs/man/*.txt runs (but import's, which need input files).
# Also checks that bloc __options knows the values of every option its table names.
set -u
bloc=$1
man=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v groff > /dev/null || { echo "skip: no groff (apt-get install groff-base)"; exit 77; }

"$bloc" __options --check > "$tmp/check" 2>&1 || fail "bloc __options --check: $(cat "$tmp/check")"

# The pages: bloc.1 and bloc-COMMAND.1 for each command, no other.
"$bloc" __complete "" > "$tmp/words" || fail "bloc __complete"
{
    echo bloc.1
    grep -v -e '^words$' -e '^--' "$tmp/words" | sed 's/.*/bloc-&.1/'
} | LC_ALL=C sort > "$tmp/expected"
ls "$man" | LC_ALL=C sort > "$tmp/actual"
diff -u "$tmp/expected" "$tmp/actual" || fail "the pages are not one per command"

for page in "$man"/*.1; do
    groff -man -ww -z "$page" > "$tmp/groff" 2>&1 || fail "groff failed on $page: $(cat "$tmp/groff")"
    [ -s "$tmp/groff" ] && fail "groff warns on $page: $(cat "$tmp/groff")"
    # Also as man shows it on a UTF-8 terminal.
    groff -man -ww -Tutf8 "$page" > "$tmp/text" 2> "$tmp/groff" || fail "groff -Tutf8 failed on $page"
    [ -s "$tmp/groff" ] && fail "groff -Tutf8 warns on $page: $(cat "$tmp/groff")"
done

# Every option of a command is on its page, in its --long form; import's, of each format.
for command in $(grep -v -e '^words$' -e '^--' "$tmp/words"); do
    groff -man -Tascii -P-cbou "$man/bloc-$command.1" > "$tmp/page" 2> /dev/null ||
        fail "groff -Tascii $command"
    "$bloc" __complete "$command" "" > "$tmp/first" || fail "__complete $command"
    if [ "$command" = import ]; then
        prefixes=$(grep -v '^words$' "$tmp/first")
    else
        prefixes=-
    fi
    for prefix in $prefixes; do
        if [ "$prefix" = - ]; then
            "$bloc" __complete "$command" "--" > "$tmp/options" || fail "__complete $command --"
        else
            "$bloc" __complete "$command" "$prefix" "--" > "$tmp/options" || fail "__complete $command $prefix --"
        fi
        grep -q "^--help$" "$tmp/options" || fail "no options for $command $prefix"
        for option in $(grep '^--' "$tmp/options"); do
            [ "$option" = --help ] && continue
            grep -q -e "$option" "$tmp/page" || fail "bloc-$command.1 does not describe $option"
        done
    done
done
groff -man -Tascii -P-cbou "$man/bloc-render.1" > "$tmp/render" 2> /dev/null
grep -q 'One of: membership, overlap, ego, gaps, nesting, timeline' "$tmp/render" ||
    fail "bloc-render.1 does not list the views"

# Every example runs, from a folder of its own that sees the project's graphs/.
mkdir "$tmp/run"
ln -s "$PWD/graphs" "$tmp/run/graphs"
bin=$(cd "$(dirname "$bloc")" && pwd)/$(basename "$bloc")
n=0
for text in docs/man/bloc*.txt; do
    grep '^\$ bloc ' "$text" | grep -v '^\$ bloc import ' > "$tmp/examples"
    while IFS= read -r line; do
        # The examples are this project's own text: eval only splits the quoted words.
        eval "set -- ${line#\$ bloc }"
        (cd "$tmp/run" && "$bin" "$@" > "$tmp/out" 2> "$tmp/err")
        status=$?
        [ "$status" = 0 ] || fail "$text: '$line' exited $status: $(cat "$tmp/err")"
        n=$((n + 1))
    done < "$tmp/examples"
done
[ "$n" -ge 30 ] || fail "only $n examples ran"
exit 0
