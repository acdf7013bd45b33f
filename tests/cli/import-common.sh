#!/bin/sh
# What every importer shares: the command line, the output folder, and what is left behind.
. tests/cli/lib/import.sh

t=$data/edges.csv
try="Try 'bloc import --help'."

# --- The command line -------------------------------------------------------------------------
"$bloc" import --help > "$tmp/help" || fail "import --help"
for format in cow-igo table matrix graphml; do
    grep -q "^  $format " "$tmp/help" || fail "import --help does not list $format"
done
"$bloc" import table --help > "$tmp/help" || fail "import table --help"
grep -q -- '--role-map=VALUE=ROLE' "$tmp/help" || fail "import table --help: no --role-map"
grep -q -- '--transpose' "$tmp/help" && fail "import table --help shows matrix options"
"$bloc" help import > "$tmp/help" || fail "help import"
grep -q "^  graphml " "$tmp/help" || fail "help import does not list graphml"
"$bloc" import > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "import without a format should exit 2"
[ "$(cat "$tmp/err")" = "bloc: missing format (expected one of: cow-igo, table, matrix, graphml)
$try" ] || fail "no format: $(cat "$tmp/err")"
refused 2 "bloc: unknown format 'csv' (expected one of: cow-igo, table, matrix, graphml)
$try" csv $t
refused 2 "bloc: unknown format 'grapml'; did you mean 'graphml'? (expected one of: cow-igo, table, matrix, graphml)
$try" grapml $t
refused 2 "bloc: an option before the format: '-q' (expected the format first, one of: cow-igo, table, matrix, graphml)
$try" -q table $t
# An option of another format is not an option of this one.
refused 2 "bloc: Unknown option --transpose
$try" table $t --transpose
refused 2 "bloc: Unknown option --year
$try" matrix $data/incidence.csv --year 2000
refused 2 "bloc: missing input file (expected FILE)
$try" graphml
"$bloc" import table $t > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "import without -o should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: missing -o DIR (expected the folder to create)" ] ||
    fail "no -o: $(cat "$tmp/err")"
"$bloc" import table $t -o '' > /dev/null 2> "$tmp/err"
[ $? -eq 2 ] || fail "-o '' should exit 2"
[ "$(head -1 "$tmp/err")" = "bloc: -o '': no folder name (expected a name for the new folder)" ] ||
    fail "-o '': $(cat "$tmp/err")"

# --- Compressed inputs, recognised by content -------------------------------------------------
gzip -c -n $t > "$tmp/edges.gz"
imp gz table "$tmp/edges.gz"
tail -n +2 "$tmp/gz/ties.csv" | cut -d, -f1-5 > "$tmp/gz.ties"
same "AF,SCO,observer,2012,2021
KZ,CSTO,member,2002,
SCO-RATS,SCO,part_of,2004,
UZ,CSTO,member,2006,2012
UZ,SCO,member,2001," "$tmp/gz.ties" "a gzip-compressed table"
gzip -c -n $data/kinds.graphml > "$tmp/kinds.gml.gz"
imp gzg graphml "$tmp/kinds.gml.gz" --other-role partner
grep -q '^read: 6 nodes and 5 edges' "$tmp/gzg.out" || fail "a gzip-compressed GraphML"
printf '\037\213garbage' > "$tmp/bad.gz"
refused 1 "bloc: $tmp/bad.gz:1:1: corrupt compressed data: Invalid compressed data (expected a valid gzip file)" \
    matrix "$tmp/bad.gz"

# --- Inputs that are not files ----------------------------------------------------------------
refused 1 "bloc: $tmp/nothing.csv: no such file" table "$tmp/nothing.csv"
mkdir "$tmp/folder.csv"
refused 1 "bloc: $tmp/folder.csv: not a regular file (expected a file)" table "$tmp/folder.csv"
mkfifo "$tmp/fifo.csv"
refused 1 "bloc: $tmp/fifo.csv: not a regular file (expected a file)" matrix "$tmp/fifo.csv"

# --- The output folder ------------------------------------------------------------------------
for format in table matrix graphml; do
    case $format in
        table) input=$t ;;
        matrix) input=$data/incidence.csv ;;
        graphml) input=$data/gephi.graphml ;;
    esac
    imp $format $format $input -q
    [ ! -s "$tmp/$format.out" ] || fail "$format -q printed: $(cat "$tmp/$format.out")"
    # An existing dataset: refused, then replaced with --force.
    cp "$tmp/$format/ties.csv" "$tmp/$format.ties"
    "$bloc" import $format $input -o "$tmp/$format" > /dev/null 2> "$tmp/err"
    [ $? -eq 1 ] || fail "$format over a dataset should exit 1"
    [ "$(cat "$tmp/err")" = "bloc: $tmp/$format: already exists (expected a new folder; --force replaces it)" ] ||
        fail "$format over a dataset: $(cat "$tmp/err")"
    echo "changed" >> "$tmp/$format/ties.csv"
    "$bloc" import $format $input -o "$tmp/$format" --force -q || fail "$format --force"
    cmp -s "$tmp/$format.ties" "$tmp/$format/ties.csv" || fail "$format --force did not replace"
    # A folder that holds anything else: never touched, even with --force.
    mkdir "$tmp/$format-other"
    echo important > "$tmp/$format-other/notes.txt"
    "$bloc" import $format $input -o "$tmp/$format-other" --force > /dev/null 2> "$tmp/err"
    [ $? -eq 1 ] || fail "$format over other files should exit 1"
    [ "$(cat "$tmp/err")" = "bloc: $tmp/$format-other: holds other files (expected a new folder, or with --force a dataset folder to replace)" ] ||
        fail "$format over other files: $(cat "$tmp/err")"
    [ "$(ls -A "$tmp/$format-other")" = notes.txt ] || fail "$format touched another folder"
done
# An empty folder is a new folder; DIR/ is DIR; a missing parent is said.
mkdir "$tmp/empty"
"$bloc" import table $t -o "$tmp/empty/" -q || fail "import into an empty folder, as DIR/"
"$bloc" check -d "$tmp/empty" > /dev/null || fail "check after importing into DIR/"
[ -z "$(ls -A "$tmp/empty" | grep '^\.')" ] || fail "import -o DIR/ left a hidden folder inside"
"$bloc" import table $t -o "$tmp/no/such/dir" > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] || fail "a missing parent should exit 1"
[ "$(cat "$tmp/err")" = "bloc: $tmp/no/such/dir: no folder $tmp/no/such to create it in (expected an existing parent folder)" ] ||
    fail "missing parent: $(cat "$tmp/err")"
# A symbolic link is never followed.
mkdir "$tmp/target"
ln -s target "$tmp/link"
"$bloc" import table $t -o "$tmp/link" --force > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] || fail "a link should exit 1"
[ -L "$tmp/link" ] && [ -z "$(ls -A "$tmp/target")" ] || fail "the link or its target changed"
# A failed import leaves the old dataset as it was.
cp "$tmp/table/ties.csv" "$tmp/before"
printf 'from,to\nKZ,\n' > "$tmp/broken.csv"
"$bloc" import table "$tmp/broken.csv" -o "$tmp/table" --force > /dev/null 2> "$tmp/err"
[ $? -eq 1 ] || fail "a broken input should exit 1"
cmp -s "$tmp/before" "$tmp/table/ties.csv" || fail "a failed --force changed the dataset"
no_hidden
exit 0
