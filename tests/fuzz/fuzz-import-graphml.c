/* fuzz-import-graphml.c: the GraphML importer (bloc_import_graphml(), `bloc import graphml`,
 * on libxml2's reader) on any file and options, and the rule that whatever an importer writes,
 * the loader loads.
 *
 * The input is the options, a NUL byte, then the file (see FuzzImportInput in fuzz.h); without
 * a NUL byte, the file alone with the default options. Options, one "NAME=VALUE" a line, named
 * as the command's: kind-attribute, actor-kind, other-kind, role-map (repeatable), other-role,
 * title. What is checked is what fuzz_import() checks of every importer; the reader must also
 * never reach outside the file (no network, no external entity), which a timeout or a crash
 * would show.
 */
#include "bloc-import.h"
#include "fuzz.h"

typedef struct {
    const char *file;
    BlocImportGraphmlOptions options;
} Input;

static gboolean
import_graphml (BlocImportReport **out, const BlocImportTarget *target, gpointer data,
                GError **error)
{
    const Input *in = data;
    return bloc_import_graphml (out, in->file, &in->options, target, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    g_auto (FuzzImportInput) in = { 0 };

    fuzz_import_input_init (&in, data, size, "graph.graphml");
    Input graphml = {
        in.file,
        {
            .kind_attribute = fuzz_option (&in, "kind-attribute"),
            .actor_kind = fuzz_option (&in, "actor-kind"),
            .other_kind = fuzz_option (&in, "other-kind"),
            .role_map = fuzz_option_all (&in, "role-map"),
            .other_role = fuzz_option (&in, "other-role"),
        },
    };
    bloc_dataset_free (fuzz_import (import_graphml, &graphml, fuzz_option (&in, "title"), NULL));
    return 0;
}
