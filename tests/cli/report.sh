#!/bin/sh
# bloc report from the command line: report.html in the current folder by default, said on
# standard error; -o written atomically; nothing written on a mistake; the same bytes twice;
# --lang and the what-if on the page; bad options exit 2 and bad data 1.
set -u
bloc=$1
case $bloc in /*) ;; *) bloc=$(pwd)/$bloc ;; esac
src=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# Without -o: report.html in the current folder, and a word on where.
mkdir "$tmp/here"
(cd "$tmp/here" && "$bloc" report > "$tmp/out" 2> "$tmp/err")
status=$?
[ $status -eq 0 ] || fail "report exited $status: $(cat "$tmp/err")"
[ -s "$tmp/here/report.html" ] || fail "no report.html in the current folder"
[ -s "$tmp/out" ] && fail "report wrote to standard output"
grep -q '^bloc: wrote report.html (' "$tmp/err" || fail "no word of where: $(cat "$tmp/err")"
[ "$(ls -A "$tmp/here")" = report.html ] || fail "files left behind: $(ls -A "$tmp/here")"
head -c 16 "$tmp/here/report.html" | grep -q '^<!DOCTYPE html>' || fail "not an HTML page"
grep -q '<html lang="en" dir="ltr">' "$tmp/here/report.html" || fail "no lang and dir"
# Every figure and both scripts are inline; nothing points to another host (the only URLs are
# the SVG and XLink namespace names, which are never fetched).
grep -q '<script src\|<link \|<img \|<iframe' "$tmp/here/report.html" &&
    fail "the page loads something from outside it"
grep -o 'https\?://[^"'"'"' <]*' "$tmp/here/report.html" > "$tmp/urls"
grep -v -x -e 'http://www.w3.org/2000/svg' -e 'http://www.w3.org/1999/xlink' "$tmp/urls" > "$tmp/other"
[ -s "$tmp/other" ] && fail "the page names other hosts: $(sort -u "$tmp/other" | head -3)"

# Every figure is the SVG bloc render draws, with the figure's own id prefix: compared as
# libxml2 writes both out again.
"$bloc" report -q --group central-asia -o "$tmp/g0.html" || fail "report --group central-asia"
n=$(xmllint --xpath 'count(//figure[@data-prefix])' "$tmp/g0.html")
[ "$n" -ge 5 ] || fail "only $n figures"
i=1
while [ $i -le "$n" ]; do
    figure="(//figure[@data-prefix])[$i]"
    prefix=$(xmllint --xpath "string($figure/@data-prefix)" "$tmp/g0.html")
    file=$(xmllint --xpath "string($figure//button[@data-format='svg']/@data-file)" "$tmp/g0.html")
    view=${file%.svg}
    set -- --view "$view" --id-prefix "$prefix"
    [ "$view" = gaps ] && set -- "$@" --group central-asia
    "$bloc" render "$@" -o "$tmp/render.svg" || fail "render $*"
    xmllint --xpath '/*' "$tmp/render.svg" > "$tmp/render.xml"
    xmllint --xpath "$figure/div[@class='figure-image']/*" "$tmp/g0.html" > "$tmp/inline.xml"
    cmp -s "$tmp/render.xml" "$tmp/inline.xml" || fail "the $view figure is not bloc render's"
    i=$((i + 1))
done

# --quiet says nothing; -o writes there; the same input gives the same bytes.
"$bloc" report --quiet -o "$tmp/a.html" 2> "$tmp/err" || fail "report -o"
[ -s "$tmp/err" ] && fail "--quiet still said: $(cat "$tmp/err")"
cmp -s "$tmp/a.html" "$tmp/here/report.html" || fail "two runs differ"
"$bloc" report -o - > "$tmp/stdout.html" 2> "$tmp/err" || fail "report -o -"
cmp -s "$tmp/a.html" "$tmp/stdout.html" || fail "-o - differs from -o FILE"
[ -s "$tmp/err" ] && fail "-o - said where it wrote: $(cat "$tmp/err")"

# Persian: right to left, Persian words.
"$bloc" report -q --lang fa -o "$tmp/fa.html" || fail "report --lang fa"
grep -q '<html lang="fa" dir="rtl">' "$tmp/fa.html" || fail "--lang fa is not right to left"
grep -q 'شکاف‌های مشارکت' "$tmp/fa.html" || fail "--lang fa has no Persian heading"
# A language without interface words: English words, a note, still written.
"$bloc" report --lang de -o "$tmp/de.html" 2> "$tmp/err" || fail "report --lang de"
grep -q "no interface words in 'de'" "$tmp/err" || fail "no note for --lang de"
grep -q '<html lang="en" dir="ltr">' "$tmp/de.html" || fail "--lang de is not an English page"

# A what-if names itself at the top and sets the baseline beside it.
"$bloc" report -q --add TM:SCO --title "What if TM joined the SCO" -o "$tmp/w.html" ||
    fail "report --add"
grep -q 'class="whatif"' "$tmp/w.html" || fail "the what-if is not named"
grep -q '<li dir="auto">added TM -&gt; SCO (member)</li>' "$tmp/w.html" ||
    fail "the change is not listed"
grep -q '<div class="compare">' "$tmp/w.html" || fail "no baseline beside the what-if"
grep -q '<h1>What if TM joined the SCO</h1>' "$tmp/w.html" || fail "--title not used"

# --group: whose gaps; an unknown one is a usage error that writes nothing.
"$bloc" report -q --group KZ,UZ -o "$tmp/g.html" || fail "report --group KZ,UZ"
grep -q 'Which of the 2 members of' "$tmp/g.html" || fail "--group KZ,UZ not used"
echo precious > "$tmp/keep.html"
"$bloc" report --group nowhere -o "$tmp/keep.html" 2> "$tmp/err"
[ $? -eq 2 ] || fail "an unknown group should exit 2"
[ "$(cat "$tmp/keep.html")" = precious ] || fail "a failed report changed the file"
"$bloc" report --format json -o "$tmp/keep.html" 2> "$tmp/err"
[ $? -eq 2 ] || fail "--format should exit 2"
grep -q 'report writes an HTML page' "$tmp/err" || fail "--format: $(cat "$tmp/err")"
"$bloc" report --year 20x0 -o "$tmp/keep.html" 2> "$tmp/err"
[ $? -eq 2 ] || fail "a bad year should exit 2"
"$bloc" report -d "$src/tests/data/bad/unknown-kind" -o "$tmp/keep.html" 2> "$tmp/err"
[ $? -eq 1 ] || fail "bad data should exit 1"
[ "$(cat "$tmp/keep.html")" = precious ] || fail "bad data changed the file"
"$bloc" report -o "$tmp/no/such/folder/r.html" 2> "$tmp/err"
[ $? -eq 1 ] || fail "an unwritable output should exit 1"

# A figure too large to draw: 100 countries in 60 organizations each, so that the membership
# graph (6,000 lines) and the overlap graph (4,950) pass what bloc render draws. Each gets a note
# with render's reason instead, or its scalable counterpart when bloc has it.
mkdir "$tmp/big"
awk 'BEGIN { print "id,kind,name"; for (i = 0; i < 100; i++) printf "C%02d,country,State %d\n", i, i;
             for (j = 0; j < 60; j++) printf "O%02d,organization,Body %d\n", j, j }' > "$tmp/big/entities.csv"
awk 'BEGIN { print "from,to,role"; for (i = 0; i < 100; i++) for (j = 0; j < 60; j++)
             printf "C%02d,O%02d,member\n", i, j }' > "$tmp/big/ties.csv"
"$bloc" report -q -d "$tmp/big" --group C00,C01 -o "$tmp/big.html" || fail "report of a large dataset"
grep -q 'Figure not drawn:</strong> <bdi>the membership view would have' "$tmp/big.html" ||
    fail "no note for the membership figure"
grep -q 'Figure not drawn:</strong> <bdi>the overlap view would have' "$tmp/big.html" ||
    fail "no note for the overlap figure"
if "$bloc" render -d "$tmp/big" --view matrix -o "$tmp/matrix.svg" 2> /dev/null; then
    grep -q 'data-file="matrix.svg"' "$tmp/big.html" || fail "no matrix where bloc has one"
else
    grep -q 'data-file="matrix.svg"' "$tmp/big.html" && fail "a matrix bloc cannot draw"
fi
grep -q 'data-file="gaps.svg"' "$tmp/big.html" || fail "the gaps figure is missing"

# A dataset without groups gets a page without gaps, not an error.
"$bloc" report -q -d "$src/tests/data/noini" -o "$tmp/n.html" || fail "report of a dataset without groups"
grep -q 'The dataset defines no group' "$tmp/n.html" || fail "no word on the missing group"
exit 0
