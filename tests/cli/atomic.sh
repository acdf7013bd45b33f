#!/bin/sh
# -o FILE: hidden temporary files, read-only files kept, messages that name FILE, pipes written
# to, links followed, and the old file whole after a kill at the rename.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
data="-d tests/data/small"

"$bloc" summary $data > "$tmp/expected" || fail "summary"

# A read-only file is not replaced, even by root (cp without -f refuses as well).
echo precious > "$tmp/ro.txt"
chmod 0444 "$tmp/ro.txt"
"$bloc" summary $data -o "$tmp/ro.txt" > "$tmp/out" 2> "$tmp/err"
status=$?
[ "$status" -eq 1 ] || fail "a read-only -o: exit status $status, expected 1"
[ "$(cat "$tmp/err")" = "bloc: cannot write $tmp/ro.txt: the file is read-only (expected a file bloc may replace: make it writable or remove it first)" ] ||
    fail "a read-only -o: $(cat "$tmp/err")"
[ "$(cat "$tmp/ro.txt")" = precious ] || fail "the read-only file was replaced"
[ "$(ls -A "$tmp" | tr '\n' ' ')" = "err expected out ro.txt " ] || fail "files left: $(ls -A "$tmp")"
chmod 0644 "$tmp/ro.txt"
"$bloc" summary $data -o "$tmp/ro.txt" 2> "$tmp/err" || fail "a writable -o: $(cat "$tmp/err")"
cmp -s "$tmp/ro.txt" "$tmp/expected" || fail "a writable -o was not written"

# A named pipe is written to, not replaced by a file.
mkfifo "$tmp/pipe" || { echo "skip: no mkfifo"; exit 77; }
timeout 20 cat "$tmp/pipe" > "$tmp/from-pipe" &
reader=$!
timeout 20 "$bloc" summary $data -o "$tmp/pipe" 2> "$tmp/err" || fail "-o a pipe: $(cat "$tmp/err")"
wait $reader || fail "the pipe's reader failed"
[ -p "$tmp/pipe" ] || fail "the pipe was replaced"
cmp -s "$tmp/from-pipe" "$tmp/expected" || fail "what came through the pipe differs"

# A link: the file it names gets the output, and the link stays.
echo old > "$tmp/target.txt"
ln -s target.txt "$tmp/link.txt"
"$bloc" summary $data -o "$tmp/link.txt" 2> "$tmp/err" || fail "-o a link: $(cat "$tmp/err")"
[ -L "$tmp/link.txt" ] || fail "the link was replaced"
cmp -s "$tmp/target.txt" "$tmp/expected" || fail "the link's file was not written"

# A folder, and a file in a folder that does not exist: the messages name the path given.
mkdir "$tmp/folder"
"$bloc" summary $data -o "$tmp/folder" 2> "$tmp/err"
[ $? -eq 1 ] || fail "-o a folder should exit 1"
[ "$(cat "$tmp/err")" = "bloc: cannot write $tmp/folder: a folder (expected a file)" ] ||
    fail "-o a folder: $(cat "$tmp/err")"
"$bloc" render --view gaps $data -o "$tmp/no/such/gaps.svg" 2> "$tmp/err"
[ $? -eq 1 ] || fail "-o in a missing folder should exit 1"
[ "$(cat "$tmp/err")" = "bloc: cannot write $tmp/no/such/gaps.svg: its folder does not exist" ] ||
    fail "-o in a missing folder: $(cat "$tmp/err")"

# Killed at the rename: the old file is whole, and only a hidden file is left. The kill comes
# from a rename() that a preloaded library replaces; skipped without a C compiler.
cc=$(command -v cc || command -v gcc) || { echo "skip: no C compiler"; exit 0; }
cat > "$tmp/kill-at-rename.c" <<'EOF'
#include <signal.h>
int rename (const char *from, const char *to) { (void)from; (void)to; raise (SIGKILL); return -1; }
EOF
"$cc" -shared -fPIC -o "$tmp/kill-at-rename.so" "$tmp/kill-at-rename.c" || fail "cannot build the preload"
mkdir "$tmp/kill"
echo "old output" > "$tmp/kill/out.txt"
LD_PRELOAD="$tmp/kill-at-rename.so" ASAN_OPTIONS=verify_asan_link_order=0 \
    "$bloc" summary $data -o "$tmp/kill/out.txt" > /dev/null 2>&1
status=$?
[ "$status" -eq 137 ] || fail "the preloaded rename did not kill bloc (status $status)"
[ "$(cat "$tmp/kill/out.txt")" = "old output" ] || fail "a kill at the rename changed the file"
left=$(cd "$tmp/kill" && ls -A | grep -v '^out.txt$')
case "$left" in
.out.txt.??????) ;;
*) fail "a kill at the rename left '$left', expected one hidden .out.txt.XXXXXX" ;;
esac
cmp -s "$tmp/kill/$left" "$tmp/expected" || fail "the hidden file does not hold the output"
exit 0
