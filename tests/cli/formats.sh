#!/bin/sh
# Every command in all four formats, plain, with --year and with a what-if scenario, says the same
# thing in each: the rows of the CSV are those of the JSON, the table and the Markdown, and the
# what-if is named in each. tests/cli/formats.py has the commands and the rules.
set -u
bloc=$1
py=/usr/bin/python3
[ -x "$py" ] || { echo "skip: $py is missing (apt-get install python3)"; exit 77; }
exec "$py" tests/cli/formats.py "$bloc"
