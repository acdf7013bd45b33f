#!/bin/sh
# Every command works in all four formats, with --year and with a what-if scenario, and every
# output names a scenario: the caption of tables and Markdown, a what_if column or member in
# CSV and JSON.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

while read -r cmd; do
    for fmt in table csv json markdown; do
        for extra in "" "--year 2010" "--add TM:TREATY-2000"; do
            # shellcheck disable=SC2086
            "$bloc" $cmd --format $fmt $extra > "$tmp/out" 2> "$tmp/err" || fail "bloc $cmd --format $fmt $extra: $(cat "$tmp/err")"
            [ -s "$tmp/out" ] || fail "bloc $cmd --format $fmt $extra printed nothing"
            [ -s "$tmp/err" ] && fail "bloc $cmd --format $fmt $extra wrote to stderr: $(cat "$tmp/err")"
            if [ -n "$extra" ] && [ "$extra" != "--year 2010" ]; then
                case $fmt in
                table) grep -q '; what-if: added TM -> TREATY-2000 (signatory)$' "$tmp/out" || fail "bloc $cmd: no what-if in the caption" ;;
                markdown) grep -q '^Table: .*; what-if: added TM -\\> TREATY-2000 (signatory)$' "$tmp/out" || fail "bloc $cmd: no what-if in the caption" ;;
                csv) head -1 "$tmp/out" | grep -q ',what_if.$' || fail "bloc $cmd: no what_if column" ;;
                json) head -c 1 "$tmp/out" | grep -q '[[{]' || fail "bloc $cmd: JSON does not start with [ or {"
                      grep -q '"what_if" : ' "$tmp/out" || fail "bloc $cmd: no what_if in the JSON" ;;
                esac
            fi
        done
    done
done <<'EOF2'
check
summary
members CSTO
memberships TM
overlap
overlap --between organizations --measure cosine --min 0.5
centrality
centrality --graph countries
centrality --graph organizations --weight jaccard
gaps
gaps --group KZ,UZ --kinds organization
nesting
communities
communities --method multilevel
timeline
timeline KZ
EOF2
for fmt in table csv json markdown; do
    "$bloc" diff --from 2005 --to 2015 --format $fmt > "$tmp/out" || fail "diff --format $fmt"
    "$bloc" diff --from 2005 --to 2015 --format $fmt --add TM:CSTO > "$tmp/out" || fail "diff what-if --format $fmt"
done
exit 0
