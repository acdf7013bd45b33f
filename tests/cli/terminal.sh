#!/bin/sh
# Tables fit the terminal: on a pseudo-terminal with a set window size, every line fits its
# width, long lists end in "and N more" and long text wraps; COLUMNS overrides the window;
# --wide and a pipe or file cut nothing. Skipped (77) without Debian's python3 (its pty module
# opens the pseudo-terminal and sets its size with TIOCSWINSZ).
set -u
bloc=$1
python=/usr/bin/python3
[ -x "$python" ] || { echo "skip: no $python"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# on_tty COLUMNS OUT ARGS...: runs bloc ARGS with its standard output on a pseudo-terminal of
# COLUMNS columns and 50 rows, writes what it printed to OUT (line ends as bloc wrote them) and
# exits with bloc's status. Standard error stays a pipe.
on_tty() {
    width=$1
    out=$2
    shift 2
    "$python" - "$width" "$out" "$bloc" "$@" <<'EOF'
import fcntl, os, pty, struct, subprocess, sys, termios

width, out, argv = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
master, slave = pty.openpty()
fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, width, 0, 0))
# No translation of line ends by the terminal: the bytes bloc wrote.
attrs = termios.tcgetattr(slave)
attrs[1] &= ~termios.OPOST
termios.tcsetattr(slave, termios.TCSANOW, attrs)
child = subprocess.Popen(argv, stdout=slave, stdin=subprocess.DEVNULL)
os.close(slave)
data = b""
while True:
    try:
        chunk = os.read(master, 65536)
    except OSError:  # EIO once the child has closed its end
        break
    if not chunk:
        break
    data += chunk
os.close(master)
with open(out, "wb") as f:
    f.write(data)
sys.exit(child.wait())
EOF
}

# widest FILE: the widest line of FILE, in characters.
widest() {
    "$python" -c 'import sys, unicodedata
w = 0
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    w = max(w, sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in line))
print(w)' "$1"
}

unset COLUMNS
on_tty 80 "$tmp/overlap80" overlap --top 5 || fail "overlap on an 80-column terminal"
[ "$(widest "$tmp/overlap80")" -le 80 ] || fail "overlap is wider than 80: $(cat "$tmp/overlap80")"
grep -q '^KG  KZ      14     8.750    1.000    1.000   1.000  BOMCA and 13 more$' \
    "$tmp/overlap80" || fail "the via list is not cut to 'and N more': $(cat "$tmp/overlap80")"

# Long names wrap inside their column, and the ids stay whole.
on_tty 100 "$tmp/gaps100" gaps --only-gaps || fail "gaps on a 100-column terminal"
[ "$(widest "$tmp/gaps100")" -le 100 ] || fail "gaps is wider than 100: $(cat "$tmp/gaps100")"
grep -q '^CIS-TJ-BORDER-2014  ' "$tmp/gaps100" || fail "an id was cut: $(cat "$tmp/gaps100")"
grep -q '^SCO                 Shanghai   ' "$tmp/gaps100" &&
    grep -q '^                    Cooperation$' "$tmp/gaps100" ||
    fail "the name did not wrap inside its column: $(cat "$tmp/gaps100")"
grep -q 'KG (participant) and 3 more' "$tmp/gaps100" ||
    fail "the present list is not cut to 'and N more': $(cat "$tmp/gaps100")"

# Barber's communities list actors and what they join in one cell: cut to what fits.
on_tty 80 "$tmp/barber80" communities --method barber || fail "barber on an 80-column terminal"
[ "$(widest "$tmp/barber80")" -le 80 ] || fail "barber is wider than 80: $(cat "$tmp/barber80")"
grep -q '^        4    11  BOMCA, CA-JPOA-2022, CIS-ATC, .* and [0-9]* more$' "$tmp/barber80" ||
    fail "the members of community 4 are not cut to 'and N more': $(cat "$tmp/barber80")"

# COLUMNS, when set, is the width.
COLUMNS=140 on_tty 100 "$tmp/gaps140" gaps --only-gaps || fail "gaps with COLUMNS=140"
w=$(widest "$tmp/gaps140")
[ "$w" -le 140 ] && [ "$w" -gt 100 ] || fail "COLUMNS=140 gave lines of $w columns"

# --wide, a pipe and a file cut nothing: the same bytes each time, wider than the terminal.
on_tty 100 "$tmp/wide" gaps --only-gaps --wide || fail "gaps --wide"
"$bloc" gaps --only-gaps > "$tmp/piped" || fail "gaps into a pipe"
on_tty 100 "$tmp/status" gaps --only-gaps -o "$tmp/file.txt" || fail "gaps -o on a terminal"
cmp -s "$tmp/wide" "$tmp/piped" || fail "--wide on a terminal differs from the piped output"
cmp -s "$tmp/file.txt" "$tmp/piped" || fail "-o FILE from a terminal differs from the piped output"
[ "$(widest "$tmp/piped")" -gt 150 ] || fail "the piped output was cut"
grep -q 'Treaty on joint action to combat terrorism, political and religious extremism, transnational organized crime and other threats to stability and security (Tashkent 2000)' \
    "$tmp/piped" || fail "a name was cut in the piped output"
exit 0
