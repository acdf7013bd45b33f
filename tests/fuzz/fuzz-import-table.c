/* fuzz-import-table.c: the long-table importer (bloc_import_table(), `bloc import table`) on any
 * file and options, and the rule that whatever an importer writes, the loader loads.
 *
 * The input is the options, a NUL byte, then the file (see FuzzImportInput in fuzz.h); without
 * a NUL byte, the file alone with the default options. Options, one "NAME=VALUE" a line, named
 * as the command's: from, to, role, role-map (repeatable), other-role, since, until, year,
 * missing (end, else carry), from-name, to-name, from-kind, to-kind, source, delimiter, title.
 * What is checked is what fuzz_import() checks of every importer.
 */
#include <string.h>

#include "bloc-import.h"
#include "fuzz.h"

typedef struct {
    const char *file;
    BlocImportTableOptions options;
} Input;

static gboolean
import_table (BlocImportReport **out, const BlocImportTarget *target, gpointer data, GError **error)
{
    const Input *in = data;
    return bloc_import_table (out, in->file, &in->options, target, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    g_auto (FuzzImportInput) in = { 0 };
    const char *missing;

    fuzz_import_input_init (&in, data, size, "table.csv");
    missing = fuzz_option (&in, "missing");
    Input table = {
        in.file,
        {
            .from = fuzz_option (&in, "from"),
            .to = fuzz_option (&in, "to"),
            .role = fuzz_option (&in, "role"),
            .role_map = fuzz_option_all (&in, "role-map"),
            .other_role = fuzz_option (&in, "other-role"),
            .since = fuzz_option (&in, "since"),
            .until = fuzz_option (&in, "until"),
            .year = fuzz_option (&in, "year"),
            .missing = missing != NULL && strcmp (missing, "end") == 0 ? BLOC_IMPORT_MISSING_END
                                                                       : BLOC_IMPORT_MISSING_CARRY,
            .from_name = fuzz_option (&in, "from-name"),
            .to_name = fuzz_option (&in, "to-name"),
            .from_kind = fuzz_option (&in, "from-kind"),
            .to_kind = fuzz_option (&in, "to-kind"),
            .source = fuzz_option (&in, "source"),
            .delimiter = fuzz_option_delimiter (&in),
        },
    };
    bloc_dataset_free (fuzz_import (import_table, &table, fuzz_option (&in, "title"), NULL));
    return 0;
}
