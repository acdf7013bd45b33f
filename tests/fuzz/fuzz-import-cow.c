/* fuzz-import-cow.c: the Correlates of War IGO importer (bloc-import.h) on any files, and the
 * rule that whatever an importer writes, the loader loads.
 *
 * The input is split at NUL bytes into up to three parts: a first file, a second file (several
 * files are merged), and a year range "A-B" as --years gives it. The files are written to a
 * temporary folder (gzip-compressed input is recognised by content, so it is fuzzed too) and
 * imported into a fresh folder there.
 *
 * A refused import must come with a bloc error and leave nothing behind: no output folder, no
 * temporary one. An accepted import must load with bloc_load_dataset(), with as many entities
 * and ties as the importer reports writing.
 *
 * The `table` and `matrix` importers get harnesses of their own, fuzz-import-table.c and
 * fuzz-import-matrix.c, built the same way (see CMakeLists.txt in this folder).
 */
#include <glib/gstdio.h>
#include <string.h>

#include "bloc-import.h"
#include "bloc-load.h"
#include "fuzz.h"

typedef struct {
    const char *const *files;
    double last;
    const char *last_file;
} Progress;

static void
on_progress (const char *file, double fraction, gpointer user_data)
{
    Progress *p = user_data;

    FUZZ_CHECK (g_strv_contains (p->files, file), "progress for an unknown file %s", file);
    FUZZ_CHECK (fraction >= 0.0 && fraction <= 1.0, "progress %g out of [0, 1]", fraction);
    if (p->last_file == NULL || strcmp (p->last_file, file) != 0)
        p->last = 0.0;
    FUZZ_CHECK (fraction >= p->last, "progress went back from %g to %g", p->last, fraction);
    p->last = fraction;
    p->last_file = file;
}

/* Parses "A-B" as --years does, into two years 1..9999. */
static gboolean
parse_years (const FuzzPart *part, int *from, int *to)
{
    g_autofree char *text = g_strndup (part->data, part->len);
    g_auto (GStrv) ends = g_strsplit (text, "-", 2);
    return g_strv_length (ends) == 2 && bloc_year_parse (ends[0], from) &&
           bloc_year_parse (ends[1], to);
}

/* TRUE when every line of the loader's @message is a known finding (see fuzz_known()): a year
 * below 1000 written without padding ("import-cow-short-year"), or an IGO without a name
 * ("import-cow-empty-name"). */
static gboolean
known_load_failure (const char *message)
{
    g_auto (GStrv) lines = g_strsplit (message, "\n", -1);

    for (guint i = 0; lines[i] != NULL; i++) {
        const char *date = strstr (lines[i], ": bad date '");
        gsize digits = date ? strspn (date + strlen (": bad date '"), "0123456789") : 0;
        if (date != NULL && digits >= 1 && digits <= 3 &&
            date[strlen (": bad date '") + digits] == '\'' && fuzz_known ("import-cow-short-year"))
            continue;
        if (strstr (lines[i], "/entities.csv:") && strstr (lines[i], ": empty name (") &&
            fuzz_known ("import-cow-empty-name"))
            continue;
        if (g_str_has_prefix (lines[i], "too many errors;"))
            continue;
        return FALSE;
    }
    return TRUE;
}

/* TRUE when the temporary folder holds something of the output's but the output itself. */
static gboolean
leftovers (const char *dir)
{
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;
    while (d != NULL && (name = g_dir_read_name (d)) != NULL)
        if (g_str_has_prefix (name, ".out."))
            return TRUE;
    return FALSE;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    FuzzPart parts[3];
    guint n = fuzz_split (data, size, parts, G_N_ELEMENTS (parts));
    g_autofree char *first = fuzz_write ("first.csv", parts[0].data, parts[0].len);
    g_autofree char *second = n > 1 ? fuzz_write ("second.csv", parts[1].data, parts[1].len) : NULL;
    const char *const files[] = { first, second, NULL };
    int from = 0, to = 0;
    g_autofree char *out = g_build_filename (fuzz_tmp_dir (), "out", NULL);
    g_autoptr (GError) error = NULL;
    BlocImportStats stats;
    Progress progress = { files, 0.0, NULL };

    if (n > 2 && !parse_years (&parts[2], &from, &to))
        from = to = 0;

    /* A fresh output folder each time: remove what the last input wrote. */
    g_autofree char *old_entities = g_build_filename (out, "entities.csv", NULL);
    g_autofree char *old_ties = g_build_filename (out, "ties.csv", NULL);
    g_autofree char *old_ini = g_build_filename (out, "dataset.ini", NULL);
    g_remove (old_entities);
    g_remove (old_ties);
    g_remove (old_ini);
    g_rmdir (out);
    FUZZ_CHECK (!g_file_test (out, G_FILE_TEST_EXISTS), "cannot clear %s", out);

    if (!bloc_import_cow (files, from, to, out, FALSE, on_progress, &progress, &stats, &error)) {
        FUZZ_CHECK (error != NULL && error->domain == BLOC_ERROR, "refused without a bloc error");
        FUZZ_CHECK (!g_file_test (out, G_FILE_TEST_EXISTS), "a refused import left %s: %s", out,
                    error->message);
        FUZZ_CHECK (!leftovers (fuzz_tmp_dir ()), "a refused import left a temporary folder: %s",
                    error->message);
        return 0;
    }
    FUZZ_CHECK (!leftovers (fuzz_tmp_dir ()), "an import left a temporary folder");

    /* Whatever an importer writes, bloc check loads. */
    g_autoptr (BlocDataset) ds = bloc_load_dataset (out, &error);
    if (ds == NULL && known_load_failure (error->message))
        return 0;
    FUZZ_CHECK (ds != NULL, "the import does not load:\n%s", error->message);
    FUZZ_CHECK (ds->entities->len == stats.states + stats.igos,
                "%u entities loaded, %u states and %u IGOs written", ds->entities->len,
                stats.states, stats.igos);
    FUZZ_CHECK (ds->ties->len == stats.ties, "%u ties loaded, %u written", ds->ties->len,
                stats.ties);
    return 0;
}
