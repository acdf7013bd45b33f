/* fuzz-import-matrix.c: the incidence-matrix importer (bloc_import_matrix(), `bloc import
 * matrix`) on any file and options, and the rule that whatever an importer writes, the loader
 * loads.
 *
 * The input is the options, a NUL byte, then the file (see FuzzImportInput in fuzz.h); without
 * a NUL byte, the file alone with the default options. Options, one "NAME=VALUE" a line, named
 * as the command's: row-kind, column-kind, role-map (repeatable), transpose (given: set),
 * delimiter, title. What is checked is what fuzz_import() checks of every importer.
 */
#include "bloc-import.h"
#include "fuzz.h"

typedef struct {
    const char *file;
    BlocImportMatrixOptions options;
} Input;

static gboolean
import_matrix (BlocImportReport **out, const BlocImportTarget *target, gpointer data,
               GError **error)
{
    const Input *in = data;
    return bloc_import_matrix (out, in->file, &in->options, target, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    g_auto (FuzzImportInput) in = { 0 };

    fuzz_import_input_init (&in, data, size, "matrix.csv");
    Input matrix = {
        in.file,
        {
            .row_kind = fuzz_option (&in, "row-kind"),
            .column_kind = fuzz_option (&in, "column-kind"),
            .role_map = fuzz_option_all (&in, "role-map"),
            .transpose = fuzz_option (&in, "transpose") != NULL,
            .delimiter = fuzz_option_delimiter (&in),
        },
    };
    bloc_dataset_free (fuzz_import (import_matrix, &matrix, fuzz_option (&in, "title"), NULL));
    return 0;
}
