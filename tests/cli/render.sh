#!/bin/sh
# bloc render from the command line: types, atomic -o, byte-identical output across runs, and the
# figure README shows is what bloc draws today.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

for view in membership overlap ego gaps nesting timeline; do
    for type in svg png pdf dot gv; do
        "$bloc" render --view $view --focus UZ -o "$tmp/$view.$type" || fail "$view $type"
        [ -s "$tmp/$view.$type" ] || fail "$view $type is empty"
    done
    head -c 4 "$tmp/$view.svg" | grep -q '<svg' || fail "$view.svg does not start with <svg"
    head -c 4 "$tmp/$view.png" | grep -q 'PNG' || fail "$view.png is not a PNG"
    head -c 4 "$tmp/$view.pdf" | grep -q '%PDF' || fail "$view.pdf is not a PDF"
    # Separate runs give the same bytes. (PNG and PDF go through cairo, whose text placement
    # can move in the last decimal with the state of the font cache.)
    for type in svg dot gv; do
        "$bloc" render --view $view --focus UZ -T $type > "$tmp/again" || fail "$view $type again"
        cmp -s "$tmp/$view.$type" "$tmp/again" || fail "$view $type differs between runs"
    done
done
[ "$(ls -A "$tmp" | grep -c -v -e '\.svg$' -e '\.png$' -e '\.pdf$' -e '\.dot$' -e '\.gv$' -e '^again$')" = 0 ] ||
    fail "temporary files left: $(ls -A "$tmp")"

# Words of 300 letters in names crashed Graphviz's overlap removal (exit 139) in the overlap view
# and in the ego view of C0 at depth 2: every view of that data draws, in every type.
for view in membership overlap ego gaps nesting timeline; do
    for type in svg png dot; do
        "$bloc" render -d tests/data/long-names --view $view --focus C0 --depth 2 -T $type \
            -o "$tmp/long.$type" 2> "$tmp/long.err"
        status=$?
        [ $status -eq 0 ] || fail "long names, $view $type: exit $status: $(cat "$tmp/long.err")"
        [ -s "$tmp/long.$type" ] || fail "long names, $view $type: empty"
    done
done
rm -f "$tmp"/long.*

# --responsive and --inline drop the fixed size; the viewBox stays.
"$bloc" render --view gaps --responsive -T svg > "$tmp/responsive" || fail "--responsive"
head -2 "$tmp/responsive" > "$tmp/head"
grep -q 'width=' "$tmp/head" && fail "--responsive kept the width"
grep -q 'viewBox=' "$tmp/head" || fail "no viewBox"
"$bloc" render --view gaps --inline -T svg > "$tmp/inline" || fail "--inline"
head -c 4 "$tmp/inline" | grep -q '<svg' || fail "--inline does not start with <svg"
head -2 "$tmp/inline" | grep -q 'viewBox=' || fail "--inline has no viewBox"
head -2 "$tmp/inline" | grep -q 'height=' && fail "--inline kept the height"
# Every id carries a prefix of the figure's own: the view's name and 8 hex digits.
prefix=$(grep -o 'aria-labelledby="gaps-[0-9a-f]\{8\}-bloc-title ' "$tmp/inline" | sed 's/^aria-labelledby="//; s/bloc-title $//')
[ -n "$prefix" ] || fail "--inline: no figure prefix in aria-labelledby"
grep -o ' id="[^"]*"' "$tmp/inline" > "$tmp/ids"
[ -s "$tmp/ids" ] || fail "--inline: no ids"
[ -z "$(grep -v " id=\"$prefix" "$tmp/ids")" ] || fail "an id without the prefix $prefix"
"$bloc" render --view gaps --inline --id-prefix fig3- -T svg > "$tmp/fig3" || fail "--id-prefix"
grep -q '<title id="fig3-bloc-title">' "$tmp/fig3" || fail "--id-prefix not applied"
# Two default figures share no id, so both can be inlined in one page.
"$bloc" render --view membership -T svg > "$tmp/a.svg" || fail "membership svg"
"$bloc" render --view membership --year 2010 -T svg > "$tmp/b.svg" || fail "membership 2010 svg"
grep -o ' id="[^"]*"' "$tmp/a.svg" | sort -u > "$tmp/a.ids"
grep -o ' id="[^"]*"' "$tmp/b.svg" | sort -u > "$tmp/b.ids"
[ "$(wc -l < "$tmp/a.ids")" -gt 50 ] || fail "too few ids in the membership figure"
[ -z "$(comm -12 "$tmp/a.ids" "$tmp/b.ids")" ] || fail "two figures share ids: $(comm -12 "$tmp/a.ids" "$tmp/b.ids" | head -3)"
rm -f "$tmp/inline" "$tmp/ids" "$tmp/fig3" "$tmp"/a.* "$tmp"/b.*

# A PDF is dated SOURCE_DATE_EPOCH (or 1970) in UTC, written the same whatever the time zone.
for tz in UTC Asia/Tehran America/St_Johns; do
    TZ=$tz SOURCE_DATE_EPOCH=1700000000 "$bloc" render --view nesting -T pdf > "$tmp/dated" ||
        fail "pdf with TZ=$tz"
    date=$(grep -a -o '/CreationDate *(D:[^)]*)' "$tmp/dated")
    [ "$date" = "/CreationDate (D:20231114221320Z)" ] ||
        fail "TZ=$tz: PDF dated '$date', expected (D:20231114221320Z)"
done
rm -f "$tmp/dated"

# A failed render leaves an existing file as it was.
echo precious > "$tmp/keep.svg"
"$bloc" render --view ego --focus NOPE -o "$tmp/keep.svg" 2> /dev/null
[ $? -eq 2 ] || fail "unknown focus should exit 2"
[ "$(cat "$tmp/keep.svg")" = precious ] || fail "a failed render changed the file"

# A misspelt view, type, theme or engine exits 2 with the nearest names and the valid ones.
misspelt() {
    # misspelt "OPTION VALUE" "EXPECTED FIRST LINE OF STDERR"
    "$bloc" render --view gaps $1 -o "$tmp/misspelt.svg" 2> "$tmp/err"
    status=$?
    [ $status -eq 2 ] || fail "render $1: exit $status, expected 2"
    [ "$(head -1 "$tmp/err")" = "$2" ] || fail "render $1: $(cat "$tmp/err")"
    [ ! -e "$tmp/misspelt.svg" ] || fail "render $1 wrote a file"
}
misspelt "--view membrship" "bloc: unknown view 'membrship'; did you mean 'membership'? (expected one of: membership, overlap, ego, gaps, nesting, timeline)"
misspelt "-T SVG" "bloc: unknown output type 'SVG'; did you mean 'svg'? (expected one of: svg, png, pdf, dot, gv)"
misspelt "--theme mnoo" "bloc: unknown theme 'mnoo'; did you mean 'mono'? (expected one of: default, print, mono)"
misspelt "--engine neto" "bloc: unknown engine 'neto'; did you mean 'neato'? (expected one of: dot, neato, twopi, circo, fdp, sfdp)"
"$bloc" render --view gaps -o "$tmp/x.bmp" 2> "$tmp/err"
[ $? -eq 2 ] || fail "render -o x.bmp should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: cannot tell the type of '$tmp/x.bmp' from its extension (expected -T TYPE, or an extension among: svg, png, pdf, dot, gv)" ] ||
    fail "render -o x.bmp: $(cat "$tmp/err")"
[ ! -e "$tmp/x.bmp" ] || fail "render -o x.bmp wrote a file"

# The figure in README is today's output.
"$bloc" render --view gaps --group central-asia --responsive -T svg > "$tmp/readme.svg" || fail "README figure"
cmp -s "$tmp/readme.svg" docs/figures/central-asia-gaps.svg ||
    fail "docs/figures/central-asia-gaps.svg is out of date (bloc render --view gaps --group central-asia --responsive -o docs/figures/central-asia-gaps.svg)"
exit 0
