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

# --responsive and --inline drop the fixed size; the viewBox stays.
"$bloc" render --view gaps --responsive -T svg | head -2 > "$tmp/head"
grep -q 'width=' "$tmp/head" && fail "--responsive kept the width"
grep -q 'viewBox=' "$tmp/head" || fail "no viewBox"
"$bloc" render --view gaps --inline -T svg > "$tmp/inline" || fail "--inline"
head -c 4 "$tmp/inline" | grep -q '<svg' || fail "--inline does not start with <svg"
head -2 "$tmp/inline" | grep -q 'viewBox=' || fail "--inline has no viewBox"
head -2 "$tmp/inline" | grep -q 'height=' && fail "--inline kept the height"
# ... and its ids carry the view's name, so that several figures can share a page.
grep -q 'aria-labelledby="gaps-bloc-title gaps-bloc-desc"' "$tmp/inline" || fail "--inline ids not prefixed"
[ -z "$(grep -o ' id="[^"]*"' "$tmp/inline" | grep -v ' id="gaps-')" ] || fail "an --inline id without the prefix"
"$bloc" render --view gaps --inline --id-prefix fig3- -T svg | grep -q '<title id="fig3-bloc-title">' ||
    fail "--id-prefix not applied"
rm -f "$tmp/inline"

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

# The figure in README is today's output.
"$bloc" render --view gaps --group central-asia --responsive -T svg > "$tmp/readme.svg" || fail "README figure"
cmp -s "$tmp/readme.svg" docs/figures/central-asia-gaps.svg ||
    fail "docs/figures/central-asia-gaps.svg is out of date (bloc render --view gaps --group central-asia --responsive -o docs/figures/central-asia-gaps.svg)"
exit 0
