#!/usr/bin/env python3
"""lint-sizes.py ROOT: no file under ROOT/src/ is over 800 lines, and no C function over 120,
unless tests/lint-sizes-exceptions.txt lists it with a one-line reason.

A function is found as bloc's sources are formatted (.clang-format): its name at the start of a
line, followed by its parameters, then its body between a '{' and a '}' each alone at the start of
a line; its length is the lines from that '{' to that '}'. The exceptions file has one entry a
line, `src/PATH` for a file or `src/PATH:FUNCTION` for a function, then its reason; '#' starts a
comment. An entry must have a reason, and must still be needed: an entry for a file or function
that is within the limits, or that is no longer there, fails too, so that the list stays true.

lint-sizes.py --self-test checks that the lint finds a long file and a long function in a tree of
its own, accepts them once listed, and refuses an entry without a reason or no longer needed.
"""
import os
import re
import sys
import tempfile

MAX_FILE_LINES = 800
MAX_FUNCTION_LINES = 120
EXCEPTIONS = os.path.join("tests", "lint-sizes-exceptions.txt")

NAME = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*) \(")


def functions(lines):
    """(name, first line, length) of each function in the lines of a C file."""
    name = None
    start = None
    for number, line in enumerate(lines, 1):
        match = NAME.match(line)
        if match and not line.rstrip().endswith(";"):
            name, start = match.group(1), None
        elif line == "{" and name is not None and start is None:
            start = number
        elif line == "}" and start is not None:
            yield name, start, number - start + 1
            name = start = None


def measure(root):
    """{entry: (lines, what)} of every file under src/ and every C function there, and how many
    functions were found."""
    sizes = {}
    n_functions = 0
    for folder, dirs, files in os.walk(os.path.join(root, "src")):
        dirs.sort()
        for file in sorted(files):
            path = os.path.join(folder, file)
            rel = os.path.relpath(path, root).replace(os.sep, "/")
            with open(path, encoding="utf-8", errors="replace") as f:
                lines = f.read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            sizes[rel] = (len(lines), MAX_FILE_LINES)
            if file.endswith((".c", ".h")):
                for name, _, length in functions(lines):
                    n_functions += 1
                    key = rel + ":" + name
                    # A name defined twice (under #if) counts at its longest.
                    if key not in sizes or sizes[key][0] < length:
                        sizes[key] = (length, MAX_FUNCTION_LINES)
    return sizes, n_functions


def read_exceptions(path):
    """{entry: reason} and the problems of the file."""
    entries, problems = {}, []
    if not os.path.exists(path):
        return entries, problems
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split(None, 1)
            where = "%s:%d" % (path, number)
            if len(parts) < 2:
                problems.append("%s: '%s' has no reason (expected the entry, then why)"
                                % (where, parts[0]))
            elif parts[0] in entries:
                problems.append("%s: '%s' is listed twice" % (where, parts[0]))
            else:
                entries[parts[0]] = parts[1]
    return entries, problems


def check(root, exceptions_path):
    """The problems of the tree at @root, one a line; none when it passes."""
    sizes, n_functions = measure(root)
    exceptions, problems = read_exceptions(exceptions_path)
    for entry, (length, limit) in sorted(sizes.items()):
        if length > limit and entry not in exceptions:
            what = "function" if ":" in entry else "file"
            problems.append("%s: %s of %d lines (expected at most %d, or an entry with a reason in "
                            "%s)" % (entry, what, length, limit, EXCEPTIONS))
    for entry in sorted(exceptions):
        if entry not in sizes:
            problems.append("%s: listed, but there is no such file or function (expected the "
                            "entry removed)" % entry)
        elif sizes[entry][0] <= sizes[entry][1]:
            problems.append("%s: listed, but %d lines is within %d (expected the entry removed)"
                            % (entry, sizes[entry][0], sizes[entry][1]))
    if n_functions == 0:
        problems.append("%s: no C function found (expected the sources' layout)" % root)
    return problems, n_functions


def self_test():
    """Fails unless the lint fails where it should."""
    with tempfile.TemporaryDirectory() as root:
        os.makedirs(os.path.join(root, "src", "x"))
        os.makedirs(os.path.join(root, "tests"))
        short = "static int\nshort_one (void)\n{\n    return 0;\n}\n"
        long_body = "".join("    n += %d;\n" % i for i in range(MAX_FUNCTION_LINES))
        long_one = "int\nlong_one (int n)\n{\n" + long_body + "    return n;\n}\n"
        with open(os.path.join(root, "src", "x", "a.c"), "w") as f:
            f.write(short + long_one)
        with open(os.path.join(root, "src", "x", "big.js"), "w") as f:
            f.write("x;\n" * (MAX_FILE_LINES + 1))
        exceptions = os.path.join(root, EXCEPTIONS)
        cases = [
            ("", {"src/x/a.c:long_one", "src/x/big.js"}),
            ("src/x/a.c:long_one  a reason\nsrc/x/big.js  another\n", set()),
            # An entry without a reason lists nothing.
            ("src/x/a.c:long_one\nsrc/x/big.js  another\n",
             {"no reason", "src/x/a.c:long_one: function"}),
            ("src/x/a.c:long_one  why\nsrc/x/big.js  why\nsrc/x/a.c:short_one  why\n",
             {"src/x/a.c:short_one"}),
            ("src/x/a.c:long_one  why\nsrc/x/big.js  why\nsrc/x/gone.c  why\n",
             {"src/x/gone.c"}),
        ]
        for text, expected in cases:
            with open(exceptions, "w") as f:
                f.write(text)
            problems, _ = check(root, exceptions)
            for word in expected:
                if not any(word in p for p in problems):
                    sys.exit("self-test: no problem about '%s' with exceptions %r: %s"
                             % (word, text, problems))
            if not expected and problems:
                sys.exit("self-test: problems with every entry listed: %s" % problems)
            if len(problems) != len(expected):
                sys.exit("self-test: %d problems, expected %d: %s"
                         % (len(problems), len(expected), problems))
    print("ok: the size lint finds long files and functions, and checks its exceptions")


def main():
    if sys.argv[1:] == ["--self-test"]:
        self_test()
        return
    if len(sys.argv) != 2:
        sys.exit("usage: lint-sizes.py ROOT | --self-test")
    root = sys.argv[1]
    problems, n_functions = check(root, os.path.join(root, EXCEPTIONS))
    for p in problems:
        print(p)
    if problems:
        sys.exit(1)
    print("ok: %d functions and every file under src/ within their sizes or listed"
          % n_functions)


if __name__ == "__main__":
    main()
