#!/bin/sh
# Dataset files that are not regular files are refused at once, without reading or blocking:
# a named pipe, a folder, a link to a device. dataset.ini has a size cap.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
src=tests/data/small

# fresh NAME: a copy of the small dataset in $tmp/NAME.
fresh() {
    mkdir "$tmp/$1" && cp "$src/entities.csv" "$src/ties.csv" "$src/dataset.ini" "$tmp/$1/"
}

# refused NAME "EXPECTED STDERR": bloc check exits 1 within 20 seconds with exactly that message.
refused() {
    timeout 20 "$bloc" check -d "$tmp/$1" > "$tmp/out" 2> "$tmp/err"
    status=$?
    [ "$status" -eq 124 ] && fail "$1: bloc check blocked"
    [ "$status" -eq 1 ] || fail "$1: exit status $status, expected 1: $(cat "$tmp/err")"
    [ "$(cat "$tmp/err")" = "$2" ] || fail "$1: got '$(cat "$tmp/err")', expected '$2'"
    [ -s "$tmp/out" ] && fail "$1: wrote to stdout"
    return 0
}

fresh fifo
rm "$tmp/fifo/entities.csv"
mkfifo "$tmp/fifo/entities.csv" || { echo "skip: no mkfifo"; exit 77; }
refused fifo "bloc: $tmp/fifo/entities.csv:1:1: a named pipe, not a regular file (expected a file)"

fresh folder
rm "$tmp/folder/ties.csv"
mkdir "$tmp/folder/ties.csv"
refused folder "bloc: $tmp/folder/ties.csv:1:1: a folder, not a regular file (expected a file)"

fresh zero-ini
ln -sf /dev/zero "$tmp/zero-ini/dataset.ini"
refused zero-ini "bloc: $tmp/zero-ini/dataset.ini:1:1: a character device, not a regular file (expected a file)"

fresh zero-csv
ln -sf /dev/zero "$tmp/zero-csv/entities.csv"
refused zero-csv "bloc: $tmp/zero-csv/entities.csv:1:1: a character device, not a regular file (expected a file)"

fresh fifo-ini
rm "$tmp/fifo-ini/dataset.ini"
mkfifo "$tmp/fifo-ini/dataset.ini"
refused fifo-ini "bloc: $tmp/fifo-ini/dataset.ini:1:1: a named pipe, not a regular file (expected a file)"

# A regular file of zeros reports its first byte, whatever its size (sparse: no disk used).
fresh zeros
rm "$tmp/zeros/entities.csv"
truncate -s 1G "$tmp/zeros/entities.csv" || { echo "skip: no truncate"; exit 77; }
refused zeros "bloc: $tmp/zeros/entities.csv:1:1: NUL byte (expected text)"

# Over the size limits: refused before reading. A comment line is 64 bytes: 17000 of them are
# over 1 MiB, 16000 under.
fresh big-csv
truncate -s 1025M "$tmp/big-csv/ties.csv"
refused big-csv "bloc: $tmp/big-csv/ties.csv:1:1: file larger than 1 GiB (expected a smaller file)"
fresh big-ini
{ echo '[dataset]'; i=0; while [ $i -lt 17000 ]; do printf '#%062d\n' 0; i=$((i + 1)); done; } > "$tmp/big-ini/dataset.ini"
refused big-ini "bloc: $tmp/big-ini/dataset.ini:1:1: file larger than 1 MiB (expected a smaller file)"

# Just under the cap, the same file loads.
fresh ini-under-cap
{ echo '[dataset]'; i=0; while [ $i -lt 16000 ]; do printf '#%062d\n' 0; i=$((i + 1)); done; } > "$tmp/ini-under-cap/dataset.ini"
"$bloc" check -q -d "$tmp/ini-under-cap" 2> "$tmp/err" || fail "a dataset.ini under the cap: $(cat "$tmp/err")"

# A link to a regular file is a regular file.
fresh link
mv "$tmp/link/entities.csv" "$tmp/entities-elsewhere.csv"
ln -s "$tmp/entities-elsewhere.csv" "$tmp/link/entities.csv"
"$bloc" check -q -d "$tmp/link" 2> "$tmp/err" || fail "a link to a regular file: $(cat "$tmp/err")"
exit 0
