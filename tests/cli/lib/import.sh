# Helpers of the import tests, sourced by tests/cli/import-*.sh, which run with the binary as $1.
# Every command's exit status is checked; output is captured to files, then compared.
set -u
bloc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() {
    echo "FAIL: $*"
    exit 1
}
data=tests/data/import

# imp NAME ARGS...: `bloc import ARGS -o $tmp/NAME` must succeed, with its report in
# $tmp/NAME.out, and the dataset it writes must load with `bloc check`.
imp() {
    name=$1
    shift
    "$bloc" import "$@" -o "$tmp/$name" > "$tmp/$name.out" 2> "$tmp/$name.err" ||
        fail "import $*: $(cat "$tmp/$name.err")"
    "$bloc" check -d "$tmp/$name" > /dev/null 2> "$tmp/$name.check" ||
        fail "bloc check on the import of $*: $(cat "$tmp/$name.check")"
}

# refused STATUS EXPECTED-STDERR ARGS...: `bloc import ARGS -o` into an empty folder exits with
# STATUS, prints exactly EXPECTED-STDERR, nothing on stdout, and leaves the folder empty.
refused() {
    status=$1
    expected=$2
    shift 2
    rm -rf "$tmp/bad"
    mkdir "$tmp/bad"
    "$bloc" import "$@" -o "$tmp/bad/out" > "$tmp/bad.out" 2> "$tmp/bad.err"
    got=$?
    [ $got -eq "$status" ] || fail "import $*: exit $got, expected $status: $(cat "$tmp/bad.err")"
    [ "$(cat "$tmp/bad.err")" = "$expected" ] ||
        fail "import $*: got
$(cat "$tmp/bad.err")
expected
$expected"
    [ -z "$(ls -A "$tmp/bad")" ] || fail "import $*: left $(ls -A "$tmp/bad")"
    [ ! -s "$tmp/bad.out" ] || fail "import $*: wrote to stdout: $(cat "$tmp/bad.out")"
}

# same EXPECTED-TEXT FILE WHAT: FILE holds exactly EXPECTED-TEXT (and a final line break).
same() {
    printf '%s\n' "$1" > "$tmp/expected"
    cmp -s "$tmp/expected" "$2" || fail "$3: got
$(cat "$2")
expected
$1"
}

# csv FILE: writes stdin to $tmp/FILE, for inputs made in the test.
csv() {
    cat > "$tmp/$1"
}

# no_hidden: nothing hidden (a temporary folder) is left in $tmp.
no_hidden() {
    [ -z "$(ls -A "$tmp" | grep '^\.')" ] || fail "hidden folders left: $(ls -A "$tmp" | grep '^\.')"
}
