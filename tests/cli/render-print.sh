#!/bin/sh
# bloc render's size and axis options from the command line: what they make, and the mistakes
# they refuse (exit 2, in bloc's words, no file written).
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# refused "ARGS" "EXPECTED FIRST LINE OF STDERR"
refused() {
    # shellcheck disable=SC2086
    "$bloc" render $1 -o "$tmp/refused.out" 2> "$tmp/err"
    status=$?
    [ $status -eq 2 ] || fail "render $1: exit $status, expected 2"
    [ "$(head -1 "$tmp/err")" = "$2" ] || fail "render $1: $(cat "$tmp/err")"
    [ ! -e "$tmp/refused.out" ] || fail "render $1 wrote a file"
}
refused "--view gaps --dpi 300 -T svg" "bloc: --dpi is for PNG (expected -T png)"
refused "--view gaps --dpi 3 -T png" "bloc: bad --dpi '3' (expected a number from 10 to 2400, like 96)"
refused "--view gaps --dpi 96x -T png" "bloc: bad --dpi '96x' (expected a number from 10 to 2400, like 96)"
refused "--view gaps --dpi 0x60 -T png" "bloc: bad --dpi '0x60' (expected a number from 10 to 2400, like 96)"
refused "--view gaps --width 5 -T svg" "bloc: bad --width '5' (expected a number from 16 to 100000, like 600)"
refused "--view gaps --width 1e9 -T svg" "bloc: bad --width '1e9' (expected a number from 16 to 100000, like 600)"
refused "--view gaps --width nan -T svg" "bloc: bad --width 'nan' (expected a number from 16 to 100000, like 600)"
refused "--view gaps --width 500 --page a4 -T svg" "bloc: --width and --page both set the size (expected one of them)"
refused "--view gaps --landscape -T pdf" "bloc: --landscape turns a page (expected --page a4 or --page letter with it)"
refused "--view gaps --page a4 -T dot" "bloc: --width and --page size a picture (expected -T svg, png or pdf)"
refused "--view gaps --page a5 -T pdf" "bloc: unknown page 'a5'; did you mean 'a4'? (expected one of: a4, letter)"
refused "--view gaps --axis proportional -T svg" "bloc: --axis is for the timeline (expected --view timeline)"
refused "--view timeline --axis proportionnal -T svg" "bloc: unknown axis 'proportionnal'; did you mean 'proportional'? (expected one of: compact, proportional)"

# What they make: an SVG 500 points wide; a PNG 800 pixels wide, and one at 192 dpi twice the
# size of one at 96; a landscape letter page.
"$bloc" render --view gaps --width 500 -o "$tmp/w.svg" || fail "--width svg"
head -2 "$tmp/w.svg" | grep -q ' width="500pt"' || fail "--width 500: $(head -c 300 "$tmp/w.svg")"
"$bloc" render --view gaps --width 800 -o "$tmp/w.png" || fail "--width png"
width=$(od -An -tu1 -j16 -N4 "$tmp/w.png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
[ "$width" -ge 799 ] && [ "$width" -le 801 ] || fail "--width 800 png is $width pixels wide"
"$bloc" render --view gaps --dpi 96 -o "$tmp/96.png" || fail "--dpi 96"
"$bloc" render --view gaps --dpi 192.0 -o "$tmp/192.png" || fail "--dpi 192.0"
w96=$(od -An -tu1 -j16 -N4 "$tmp/96.png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
w192=$(od -An -tu1 -j16 -N4 "$tmp/192.png" | awk '{print $1*16777216 + $2*65536 + $3*256 + $4}')
[ $((w192 - 2 * w96)) -ge -2 ] && [ $((w192 - 2 * w96)) -le 2 ] || fail "--dpi 192: $w192 pixels, --dpi 96: $w96"
"$bloc" render --view nesting --page letter --landscape -o "$tmp/p.pdf" || fail "--page letter pdf"
box=$(grep -a -o '/MediaBox \[ [0-9. ]*\]' "$tmp/p.pdf")
w=$(echo "$box" | awk '{print $5}'); h=$(echo "$box" | awk '{print $6}')
# Letter turned: 792 x 612 points, less 1.5 cm (42.5 points) on each side: 707 x 527.
awk -v w="$w" -v h="$h" 'BEGIN { exit !(w <= 708 && h <= 528 && (w >= 705 || h >= 525)) }' ||
    fail "--page letter --landscape: $box"
"$bloc" render --view timeline --axis proportional -T svg -o "$tmp/t.svg" || fail "--axis proportional"
grep -q 'Every year is the same distance down the axis' "$tmp/t.svg" || fail "--axis proportional: no word of it"
exit 0
