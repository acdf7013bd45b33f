#!/bin/sh
# The views bloc places itself (matrix, incidence, upset), --group and --top on every view, and
# what the reader is told: well-formed SVG with unique ids and a tooltip on every cell and bar,
# options that do not apply refused, thresholds in the description, bitmaps kept within cairo's
# limit with a note.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
command -v xmllint > /dev/null || { echo "skip: xmllint is missing (apt-get install libxml2-utils)"; exit 77; }

# render ARGS... > $tmp/out, which must succeed with nothing on standard error.
render() {
    "$bloc" render "$@" > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ $status -eq 0 ] || fail "render $*: exit $status: $(cat "$tmp/err")"
    [ ! -s "$tmp/err" ] || fail "render $*: unexpected: $(cat "$tmp/err")"
}
# refused STATUS MESSAGE ARGS...: render must exit STATUS (any: not 0) with MESSAGE as the first
# line.
refused() {
    want=$1 message=$2
    shift 2
    "$bloc" render "$@" -o "$tmp/refused.svg" > /dev/null 2> "$tmp/err"
    status=$?
    if [ "$want" = any ]; then
        [ $status -ne 0 ] || fail "render $*: exit 0"
    else
        [ $status -eq "$want" ] || fail "render $*: exit $status, expected $want: $(cat "$tmp/err")"
    fi
    [ "$(head -1 "$tmp/err")" = "$message" ] || fail "render $*: $(head -1 "$tmp/err")"
    [ ! -e "$tmp/refused.svg" ] || fail "render $* wrote a file"
}

# Every figure: well-formed, ids unique, every cell, bar and label with a non-empty tooltip.
for args in "--view matrix" "--view matrix --order seriation --measure jaccard" \
    "--view matrix --between organizations" "--view incidence" "--view incidence --group central-asia" \
    "--view upset" "--view upset --focus CSTO,SCO,CIS,TREATY-2000" "--view upset --lang fa"; do
    render $args -T svg
    cp "$tmp/out" "$tmp/fig.svg"
    xmllint --noout "$tmp/fig.svg" 2> "$tmp/xml" || fail "$args: not well-formed: $(cat "$tmp/xml")"
    grep -o ' id="[^"]*"' "$tmp/fig.svg" | sort | uniq -d > "$tmp/dup"
    [ ! -s "$tmp/dup" ] || fail "$args: ids used twice: $(head -3 "$tmp/dup")"
    # Each cell and bar is a shape whose first child is its <title>.
    cells=$(grep -c '<rect [^>]*class="\(cell\|bar\)[^"]*"' "$tmp/fig.svg")
    titled=$(grep -c '<rect [^>]*class="\(cell\|bar\)[^"]*"[^>]*><title>[^<]' "$tmp/fig.svg")
    [ "$cells" -gt 0 ] || fail "$args: no cells or bars"
    [ "$cells" = "$titled" ] || fail "$args: $cells cells and bars, $titled with a tooltip"
    head -c 4 "$tmp/fig.svg" | grep -q '<svg' || fail "$args: does not start with <svg"
    grep -q 'role="img"' "$tmp/fig.svg" || fail "$args: no role"
done

# The matrix of the embedded data: 24 countries, a cell for each of the 146 pairs in both halves
# and the diagonal; Kazakhstan and Kyrgyzstan share 14 memberships.
render --view matrix -T svg
[ "$(grep -c 'class="cell"' "$tmp/out")" = 292 ] || fail "matrix: $(grep -c 'class="cell"' "$tmp/out") pair cells"
[ "$(grep -c 'class="cell self"' "$tmp/out")" = 24 ] || fail "matrix: diagonal"
grep -q '<title>Kazakhstan and Kyrgyzstan: 14 shared</title>' "$tmp/out" || fail "matrix: KZ-KG tooltip"
# --min leaves weaker pairs blank, and the description says so.
render --view matrix --min 5 -T svg
grep -q '(--min 5)' "$tmp/out" || fail "matrix --min: not in the description"
grep -q 'nothing shared, or below --min 5' "$tmp/out" || fail "matrix --min: legend"

# PNG and PDF: their magic, and a PDF dated SOURCE_DATE_EPOCH in UTC.
for view in matrix incidence upset; do
    render --view $view -T png
    head -c 4 "$tmp/out" | grep -q 'PNG' || fail "$view: not a PNG"
    TZ=Asia/Tehran SOURCE_DATE_EPOCH=1700000000 "$bloc" render --view $view -T pdf > "$tmp/pdf" ||
        fail "$view pdf"
    head -c 4 "$tmp/pdf" | grep -q '%PDF' || fail "$view: not a PDF"
    date=$(grep -a -o '/CreationDate *(D:[^)]*)' "$tmp/pdf")
    [ "$date" = "/CreationDate (D:20231114221320Z)" ] || fail "$view: PDF dated '$date'"
done

# Options that do not apply are refused, never ignored.
refused 2 "bloc: --engine does not apply to the upset view, which bloc places itself" --view upset --engine dot
refused 2 "bloc: --focus applies to the ego, timeline and upset views" --view overlap --focus UZ
refused 2 "bloc: --order applies to the matrix view only" --view overlap --order seriation
refused 2 "bloc: --min applies to the overlap and matrix views" --view nesting --min 2
refused 2 "bloc: --focus and --top both choose the sets of the upset view (expected one of them)" \
    --view upset --focus CSTO,SCO --top 3
# (How an unknown id exits is the command line's rule, not the view's.)
refused any "bloc: unknown entity 'NOPE' (expected an id of embedded:central-asia-security)" --view upset --focus CSTO,NOPE
refused 2 "bloc: 'UZ' is an actor (expected an entity that actors take part in)" --view upset --focus CSTO,UZ

# --group keeps the group's actors on every view that takes it: the overlap view of Central Asia
# has its five states and no other.
render --view overlap --group central-asia -T gv
grep '^	"n-[A-Z]*"	\[' "$tmp/out" | cut -f2 | tr -d '"' | sort | tr '\n' ' ' > "$tmp/nodes"
[ "$(cat "$tmp/nodes")" = "n-KG n-KZ n-TJ n-TM n-UZ " ] || fail "overlap --group: $(cat "$tmp/nodes")"
# --top keeps the states with the most memberships, and the description says so.
render --view overlap --top 3 --min 2 -T svg
grep -q 'Only the 3 countries with the most memberships are drawn (--top 3)' "$tmp/out" ||
    fail "overlap --top: not in the description"
grep -q 'Pairs whose count is below 2 are left out (--min 2)' "$tmp/out" ||
    fail "overlap --min: not in the description"
# The timeline keeps the changes of the group's, the region's or the --top actors: as many as
# bloc timeline lists for the region; fewer than all for --top 3, as the description says.
changes() { grep -o 'Joins and exits by year: [0-9]* changes' "$tmp/out" | grep -o '[0-9][0-9]*'; }
"$bloc" timeline --region 'Central Asia' --format csv > "$tmp/listed" || fail "timeline --region"
listed=$(($(wc -l < "$tmp/listed") - 1))
render --view timeline --group central-asia -T svg
[ "$(changes)" = "$listed" ] || fail "timeline --group: $(changes) changes, bloc timeline lists $listed"
render --view timeline --region 'Central Asia' -T svg
[ "$(changes)" = "$listed" ] || fail "timeline --region: $(changes) changes, bloc timeline lists $listed"
grep -q 'Only the countries of Central Asia are counted' "$tmp/out" || fail "timeline --region: description"
render --view timeline -T svg
all=$(changes)
[ "$listed" -lt "$all" ] || fail "timeline --group keeps all $all changes"
render --view timeline --top 3 -T svg
grep -q 'Only the 3 countries with the most memberships are drawn (--top 3)' "$tmp/out" ||
    fail "timeline --top: not in the description"
top=$(changes)
[ "$top" -gt 0 ] && [ "$top" -lt "$all" ] || fail "timeline --top 3: $top of $all changes"
# A backbone's figure says so in its title.
render --view overlap --backbone sdsm -T svg
grep -q 'bloc-title">Central Asia security mechanisms: backbone of the overlap (current ties)<' \
    "$tmp/out" || fail "backbone title: $(grep -o 'bloc-title">[^<]*' "$tmp/out")"
# A figure of actors that are not countries counts them as actors: Davis's 18 women.
render -d tests/data/davis --actors person --view overlap -T svg
grep -q 'Co-membership of 18 actors: 139 pairs share' "$tmp/out" || fail "overlap of persons: $(grep -o '<desc[^<]*' "$tmp/out")"
render -d tests/data/davis --actors person --view matrix -T svg
grep -q '18 actors' "$tmp/out" || fail "matrix of persons: $(grep -o '<desc[^<]*' "$tmp/out")"
render --view nesting --top 4 -T gv
[ "$(grep -c '^	"n-[^"]*"	\[' "$tmp/out")" = 4 ] || fail "nesting --top 4: not 4 classes"

# A PNG wider than cairo's 32,767 pixels is drawn smaller, with a note that says so: 325
# organizations of two members each, none inside another, side by side in one rank.
mkdir "$tmp/wide"
awk 'BEGIN {
    print "id,kind,name" > "'"$tmp"'/wide/entities.csv"
    print "from,to,role" > "'"$tmp"'/wide/ties.csv"
    for (i = 0; i < 26; i++) printf "C%02d,country,Country %d\n", i, i >> "'"$tmp"'/wide/entities.csv"
    for (i = 0; i < 26; i++) for (j = i + 1; j < 26; j++) {
        printf "O%02d%02d,organization,Organization of the pair %d and %d\n", i, j, i, j >> "'"$tmp"'/wide/entities.csv"
        printf "C%02d,O%02d%02d,member\nC%02d,O%02d%02d,member\n", i, i, j, j, i, j >> "'"$tmp"'/wide/ties.csv"
    }
}'
"$bloc" render -d "$tmp/wide" --view nesting -T png > "$tmp/wide.png" 2> "$tmp/err" || fail "wide png: $(cat "$tmp/err")"
grep -q "^bloc: note: the PNG was drawn smaller, 327[0-9][0-9] by [0-9]* pixels" "$tmp/err" ||
    fail "wide png: no note: $(cat "$tmp/err")"
"$bloc" render -q -d "$tmp/wide" --view nesting -T png > "$tmp/wide.png" 2> "$tmp/err" || fail "wide png -q"
[ ! -s "$tmp/err" ] || fail "wide png -q: $(cat "$tmp/err")"

# --dpi, --width and --page size the views bloc places as they size Graphviz's: an SVG that
# declares 500 points, a PNG 800 pixels wide, one at 192 dpi twice as wide as at 96, a PDF that
# fits an A4 page within its margins (595 x 842 points less 1.5 cm a side).
png_width() { od -An -tu1 -j16 -N4 "$1" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}'; }
for view in matrix incidence upset; do
    render --view $view --width 500 -T svg
    grep -q '^<svg[^>]* width="500pt"' "$tmp/out" || fail "$view --width 500: $(head -c 300 "$tmp/out")"
    render --view $view --width 800 -T png
    cp "$tmp/out" "$tmp/w.png"
    [ "$(png_width "$tmp/w.png")" = 800 ] || fail "$view --width 800: $(png_width "$tmp/w.png") pixels"
    render --view $view --dpi 96 -T png
    cp "$tmp/out" "$tmp/96.png"
    render --view $view --dpi 192 -T png
    cp "$tmp/out" "$tmp/192.png"
    w96=$(png_width "$tmp/96.png") w192=$(png_width "$tmp/192.png")
    [ $((w192 - 2 * w96)) -ge -2 ] && [ $((w192 - 2 * w96)) -le 2 ] ||
        fail "$view --dpi 192: $w192 pixels, --dpi 96: $w96"
    render --view $view --page a4 --landscape -T pdf
    box=$(grep -a -o '/MediaBox \[[^]]*\]' "$tmp/out" | head -1)
    echo "$box" | awk '{ w = $5; h = $6;
        exit !(w <= 842 - 85.03 + 0.5 && h <= 595.28 - 85.03 + 0.5 && (w >= 842 - 85.03 - 1 || h >= 595.28 - 85.03 - 1)) }' ||
        fail "$view --page a4 --landscape: $box"
done
refused 2 "bloc: --dpi is for PNG (expected -T png)" --view matrix --dpi 300 -T svg
refused 2 "bloc: --width and --page size a picture (expected -T svg, png or pdf)" --view upset --page a4 -T gv
# The limit on bitmaps is checked after --dpi: the matrix at 2400 dpi would pass 32,767 pixels.
"$bloc" render --view matrix --dpi 2400 -T png > "$tmp/big.png" 2> "$tmp/err" || fail "matrix --dpi 2400"
grep -q "^bloc: note: the PNG was drawn smaller, [0-9]* by [0-9]* pixels" "$tmp/err" ||
    fail "matrix --dpi 2400: no note: $(cat "$tmp/err")"
[ "$(png_width "$tmp/big.png")" -le 32767 ] || fail "matrix --dpi 2400: $(png_width "$tmp/big.png") pixels"

# The figures of docs/diagrams.md are what bloc draws today.
scripts/doc-figures --check "$bloc" 2> "$tmp/err" || fail "$(cat "$tmp/err")"
exit 0
