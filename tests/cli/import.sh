#!/bin/sh
# bloc import cow-igo: both layouts, both compressions, missing cells, errors that write nothing.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
cow=tests/data/cow

# The four inputs give the same ties.
for f in state-year.csv state-year.csv.gz igo-year.csv igo-year.csv.gz; do
    "$bloc" import cow-igo $cow/$f -o "$tmp/$f" > "$tmp/report" || fail "import $f"
    grep -q '^memberships: ' "$tmp/report" || fail "no report for $f"
    "$bloc" check -d "$tmp/$f" > /dev/null || fail "check on the import of $f"
done
cmp -s "$tmp/state-year.csv/ties.csv" "$tmp/state-year.csv.gz/ties.csv" || fail "csv and csv.gz differ"
cmp -s "$tmp/state-year.csv/ties.csv" "$tmp/igo-year.csv/ties.csv" || fail "the two layouts differ"
cmp -s "$tmp/igo-year.csv/ties.csv" "$tmp/igo-year.csv.gz/ties.csv" || fail "igo-year csv and gz differ"

# Kazakhstan and Tajikistan are in the CSTO in 2014; Uzbekistan is not a state of the excerpt.
"$bloc" members CSTO -d "$tmp/igo-year.csv" --year 2014 --format csv > "$tmp/csto.csv" ||
    fail "members CSTO"
cut -d, -f1 "$tmp/csto.csv" | tr -d '\r' | tail -n +2 | tr '\n' ' ' > "$tmp/csto"
[ "$(cat "$tmp/csto")" = "KZ RU TJ " ] || fail "CSTO members in 2014: $(cat "$tmp/csto")"

# --years keeps a range; spells that reach its end stay open.
"$bloc" import cow-igo $cow/state-year.csv --years 2010-2012 -o "$tmp/range" -q || fail "--years"
[ -z "$(cut -d, -f4 "$tmp/range/ties.csv" | tail -n +2 | grep -v -e 2010 -e 2011 -e 2012)" ] ||
    fail "a tie begins outside 2010-2012"
"$bloc" import cow-igo $cow/state-year.csv --years 2012-2010 -o "$tmp/r2" 2> "$tmp/err"
[ $? -eq 2 ] || fail "a reversed range should be a usage error"

# An existing folder is kept unless --force.
"$bloc" import cow-igo $cow/igo-year.csv -o "$tmp/range" -q 2> "$tmp/err"
[ $? -eq 1 ] || fail "importing over an existing dataset should fail"
grep -q "already exists" "$tmp/err" || fail "no 'already exists' message"
"$bloc" import cow-igo $cow/igo-year.csv -o "$tmp/range" -q --force || fail "--force"
cmp -s "$tmp/range/ties.csv" "$tmp/igo-year.csv/ties.csv" || fail "--force did not replace"

[ -z "$(ls -A "$tmp" | grep '^\.')" ] || fail "hidden folders left: $(ls -A "$tmp" | grep '^\.')"

# DIR/ is DIR: the dataset is written there, not inside it.
"$bloc" import cow-igo $cow/igo-year.csv -o "$tmp/slash/" -q || fail "import -o DIR/"
"$bloc" check -d "$tmp/slash" > /dev/null || fail "check after import -o DIR/"
[ -z "$(ls -A "$tmp/slash" | grep '^\.')" ] || fail "import -o DIR/ left a hidden folder inside"

# "." and ".." name no new folder.
"$bloc" import cow-igo $cow/igo-year.csv -o "$tmp/slash/.." -q 2> "$tmp/err"
[ $? -eq 2 ] || fail "import -o DIR/.. should be a usage error"
grep -q "not a folder name" "$tmp/err" || fail "no 'not a folder name' message: $(cat "$tmp/err")"

# A symbolic link is never followed or replaced.
mkdir "$tmp/target"
ln -s target "$tmp/link"
"$bloc" import cow-igo $cow/igo-year.csv -o "$tmp/link" -q 2> "$tmp/err"
[ $? -eq 1 ] || fail "import onto a symbolic link should fail"
grep -q "a symbolic link" "$tmp/err" || fail "no 'symbolic link' message"
[ -L "$tmp/link" ] && [ -z "$(ls -A "$tmp/target")" ] || fail "the link or its target changed"

# Mac Roman letters that the published file holds as C1 controls are repaired in names.
"$bloc" import cow-igo $cow/mac-roman.csv -o "$tmp/mac" > "$tmp/report" || fail "import mac-roman.csv"
grep -q '^names: 1 IGO name had' "$tmp/report" || fail "the repair is not reported"
grep -q '^COSAVE,organization,Comité Regional de Sanidad Vegetal' "$tmp/mac/entities.csv" ||
    fail "COSAVE's name not repaired: $(grep COSAVE "$tmp/mac/entities.csv")"

# An empty folder is a new folder; a folder with other files is never replaced.
mkdir "$tmp/empty"
"$bloc" import cow-igo $cow/state-year.csv -o "$tmp/empty" -q || fail "import into an empty folder"
"$bloc" check -d "$tmp/empty" > /dev/null || fail "check after importing into an empty folder"
mkdir "$tmp/victim"
echo important > "$tmp/victim/notes.txt"
"$bloc" import cow-igo $cow/state-year.csv -o "$tmp/victim" -q --force 2> "$tmp/err"
[ $? -eq 1 ] || fail "--force over a folder with other files should fail"
grep -q "holds other files" "$tmp/err" || fail "no 'holds other files' message"
[ "$(cat "$tmp/victim/notes.txt")" = important ] || fail "--force touched other files"

# -9 (missing) does not end a spell: Russia's CSTO cells 1 1 -9 -9 1 are one membership,
# Kazakhstan's 1 -9 0 ends when the 0 comes, and ICAO, coded -9 for everyone in 2014, keeps its
# members. With --missing end, each -9 ends the spell as it did before.
"$bloc" import cow-igo $cow/missing.csv -o "$tmp/carry" > "$tmp/report" || fail "import missing.csv"
printf '%s\n' "$tmp/carry: 6 entities (3 country, 3 organization), 8 ties (8 member)" \
    "read: 15 rows of 1 file, years 2010-2014" "memberships: 31 cells coded 1, 2 or 3" \
    "missing: 6 cells coded -9, across which a spell goes on (--missing carry)" \
    "missing entirely: 1 organization-year of 1 organization, in which every cell is -9:" \
    "  ICAO: 2014" > "$tmp/expected"
cmp -s "$tmp/expected" "$tmp/report" || fail "carry report: $(cat "$tmp/report")"
grep -e CSTO -e ICAO "$tmp/carry/ties.csv" > "$tmp/got"
printf '%s\n' "KZ,CSTO,member,2010,2012,COW IGO v3" "KZ,ICAO,member,2010,,COW IGO v3" \
    "RU,CSTO,member,2010,,COW IGO v3" "RU,ICAO,member,2010,,COW IGO v3" \
    "US,ICAO,member,2010,,COW IGO v3" > "$tmp/expected"
cmp -s "$tmp/expected" "$tmp/got" || fail "carry ties: $(cat "$tmp/got")"
grep -qx 'ICAO,organization,ICAO,,icao,2010,' "$tmp/carry/entities.csv" || fail "ICAO ends"
"$bloc" diff -d "$tmp/carry" --from 2013 --to 2014 --format csv > "$tmp/diff" || fail "diff carry"
[ "$(tr -d '\r' < "$tmp/diff")" = "year,from,to,role,change,from_name,to_name" ] ||
    fail "missing cells make changes: $(cat "$tmp/diff")"
"$bloc" members ICAO -d "$tmp/carry" --year 2014 --format csv > "$tmp/icao" || fail "members ICAO"
[ "$(tail -n +2 "$tmp/icao" | cut -d, -f1 | tr '\n' ' ')" = "KZ RU US " ] ||
    fail "ICAO in 2014: $(cat "$tmp/icao")"
"$bloc" import cow-igo $cow/missing.csv -o "$tmp/end" --missing end -q || fail "--missing end"
"$bloc" check -d "$tmp/end" > /dev/null || fail "check --missing end"
grep -e CSTO -e ICAO "$tmp/end/ties.csv" > "$tmp/got"
printf '%s\n' "KZ,CSTO,member,2010,2011,COW IGO v3" "KZ,ICAO,member,2010,2014,COW IGO v3" \
    "RU,CSTO,member,2010,2012,COW IGO v3" "RU,CSTO,member,2014,,COW IGO v3" \
    "RU,ICAO,member,2010,2014,COW IGO v3" "US,ICAO,member,2010,2014,COW IGO v3" > "$tmp/expected"
cmp -s "$tmp/expected" "$tmp/got" || fail "end ties: $(cat "$tmp/got")"
"$bloc" diff -d "$tmp/end" --from 2013 --to 2014 --format csv > "$tmp/diff" || fail "diff end"
[ "$(grep -c ',exit,' "$tmp/diff")" = 3 ] || fail "--missing end: $(cat "$tmp/diff")"
"$bloc" import cow-igo $cow/missing.csv -o "$tmp/x" --missing skip 2> "$tmp/err"
[ $? -eq 2 ] || fail "--missing skip should exit 2"
grep -qx "bloc: unknown missing-value rule 'skip' (expected one of: carry, end)" "$tmp/err" ||
    fail "--missing skip: $(cat "$tmp/err")"

# dataset.ini comes from GKeyFile: a file name with a line break stays inside its key.
nl="$tmp/two
lines.csv"
cp $cow/missing.csv "$nl"
"$bloc" import cow-igo "$nl" -o "$tmp/newline" -q || fail "import a file named with a line break"
"$bloc" check -d "$tmp/newline" > /dev/null || fail "check after a file named with a line break"
"$bloc" import cow-igo $cow/missing.csv -o "$tmp/titled" -q --title 'A; title
on two lines' || fail "--title"
"$bloc" check -d "$tmp/titled" > /dev/null || fail "check after a title with a line break"

# Bad input: a precise message, exit 1, and nothing written.
check_bad() { # check_bad FILE EXPECTED-MESSAGE
    mkdir "$tmp/bad"
    "$bloc" import cow-igo "$1" -o "$tmp/bad/out" 2> "$tmp/err" > /dev/null
    status=$?
    [ $status -eq 1 ] || fail "$1: exit status $status, expected 1"
    [ "$(cat "$tmp/err")" = "$2" ] || fail "$1: got '$(cat "$tmp/err")', expected '$2'"
    [ -z "$(ls -A "$tmp/bad")" ] || fail "$1: left $(ls -A "$tmp/bad")"
    rm -rf "$tmp/bad"
}
b=$cow/bad
check_bad $b/truncated.csv.gz "bloc: $b/truncated.csv.gz:35:8: the compressed data ends early (expected a complete gzip file)"
check_bad $b/corrupt.csv.gz "bloc: $b/corrupt.csv.gz:1:1: corrupt compressed data: Invalid compressed data (expected a valid gzip file)"
check_bad $b/header.csv "bloc: $b/header.csv:1:1: not a COW IGO v3 file (expected a header starting ccode,year,state or ioname,orgname,year)"
check_bad $b/status.csv "bloc: $b/status.csv:5:22: bad status '7' (expected 1, 2, 3, 0, -1, -9 or NA)"
check_bad $b/ccode.csv "bloc: $b/ccode.csv:4:1: unknown COW state code '9999' (expected a code of the COW state list)"
check_bad $b/year.csv "bloc: $b/year.csv:6:3: bad year '20x12' (expected a year from 1000 to 9999, like 1990)"
check_bad $b/duplicate.csv "bloc: $b/duplicate.csv:51:1: duplicate row for 2 in 2008 (expected one row each; first at line 2)"
check_bad $b/fields.csv "bloc: $b/fields.csv:7:22: 9 fields (expected 11, as in the header)"
check_bad $b/not-gzip.csv "bloc: $b/not-gzip.csv:1:8: control character U+001F (expected text)"
check_bad $b/duplicate-column.csv "bloc: $b/duplicate-column.csv:1:21: duplicate column 'UN' (expected each IGO once; first at column 18)"
check_bad $b/bad-column.csv "bloc: $b/bad-column.csv:1:18: IGO column: id with ',', ':', ';' or a control character (expected an id without them)"
check_bad $b/unknown-column.csv "bloc: $b/unknown-column.csv:1:47: unknown column 'kazakstan' (expected a state of the COW state list or an IGO attribute such as sdate or longorgname)"
check_bad $b/duplicate-state.csv "bloc: $b/duplicate-state.csv:1:68: duplicate column 'russia' (expected each state once; first at column 40)"
check_bad $b/duplicate-attribute.csv "bloc: $b/duplicate-attribute.csv:1:128: duplicate column 'sdate' (expected each column once; first at column 79)"
check_bad $b/control.csv "bloc: $b/control.csv:2:35: control character U+008E (expected text)"
check_bad $cow/no-such-file.csv "bloc: $cow/no-such-file.csv: no such file"
check_bad $b/year-999.csv "bloc: $b/year-999.csv:3:3: bad year '999' (expected a year from 1000 to 9999, like 1990)"
check_bad $b/ccode-overflow.csv "bloc: $b/ccode-overflow.csv:3:1: unknown COW state code '4294967298' (expected a code of the COW state list)"
check_bad $b/empty-name.csv "bloc: $b/empty-name.csv:3:4: empty organization name (expected the IGO's name)"

"$bloc" import 2> /dev/null; [ $? -eq 2 ] || fail "import without a format should exit 2"
"$bloc" import cow-igo $cow/state-year.csv 2> /dev/null; [ $? -eq 2 ] || fail "import without -o should exit 2"

[ -z "$(ls -A "$tmp" | grep '^\.')" ] || fail "hidden folders left: $(ls -A "$tmp" | grep '^\.')"
exit 0
