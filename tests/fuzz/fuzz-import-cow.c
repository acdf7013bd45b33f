/* fuzz-import-cow.c: the Correlates of War IGO importer (bloc-import.h) on any files, and the
 * rule that whatever an importer writes, the loader loads.
 *
 * The input is split at NUL bytes into up to three parts: a first file, a second file (several
 * files are merged), and a year range "A-B" as --years gives it. The files are written to a
 * temporary folder (gzip-compressed input is recognised by content, so it is fuzzed too) and
 * imported into a fresh folder there.
 *
 * Spells end at a missing cell (--missing end) for inputs of odd length, and go on across it
 * for the others. What is checked is what fuzz_import() checks of every importer.
 */
#include "bloc-import.h"
#include "fuzz.h"

/* Parses "A-B" as --years does, into two years 1..9999. */
static gboolean
parse_years (const FuzzPart *part, int *from, int *to)
{
    g_autofree char *text = g_strndup (part->data, part->len);
    g_auto (GStrv) ends = g_strsplit (text, "-", 2);
    return g_strv_length (ends) == 2 && bloc_year_parse (ends[0], from) &&
           bloc_year_parse (ends[1], to);
}

typedef struct {
    const char *const *files;
    BlocImportCowOptions options;
} Input;

static gboolean
import_cow (BlocImportReport **out, const BlocImportTarget *target, gpointer data, GError **error)
{
    const Input *in = data;
    return bloc_import_cow (out, in->files, &in->options, target, error);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    FuzzPart parts[3];
    guint n = fuzz_split (data, size, parts, G_N_ELEMENTS (parts));
    g_autofree char *first = fuzz_write ("first.csv", parts[0].data, parts[0].len);
    g_autofree char *second = n > 1 ? fuzz_write ("second.csv", parts[1].data, parts[1].len) : NULL;
    const char *const files[] = { first, second, NULL };
    Input in = { files, { 0, 0, size % 2 ? BLOC_IMPORT_MISSING_END : BLOC_IMPORT_MISSING_CARRY } };

    if (n > 2 && !parse_years (&parts[2], &in.options.year_from, &in.options.year_to))
        in.options.year_from = in.options.year_to = 0;
    bloc_dataset_free (fuzz_import (import_cow, &in, NULL, NULL));
    return 0;
}
