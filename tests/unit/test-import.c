/* test-import.c: the importers through the library.
 *
 * COW IGO: after an import, the snapshot of every year must give exactly the source's cells:
 * every (state, IGO, year) cell is compared, not a sample. A -9 (missing) cell continues the
 * role of the year before it with --missing carry, and gives no tie with --missing end. */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-csv.h"
#include "bloc-import.h"
#include "bloc-load.h"

/* The reference data beside the project, or where BLOC_COW_DATA says. */
static const char *
cow_data (void)
{
    const char *dir = g_getenv ("BLOC_COW_DATA");
    return dir != NULL ? dir : BLOC_SOURCE_DIR "/../shared/data/cow-igo-v3";
}

typedef struct {
    BlocDataset *ds;
    GHashTable *by_code;   /* "ccode" -> entity index + 1, for states */
    GHashTable *by_abb;    /* lower-case IGO abbreviation -> entity index + 1 */
    GHashTable *by_column; /* igo-year state column -> "ccode" */
    GHashTable *ties;      /* (from << 32 | to) -> GArray of tie indices */
} Imported;

static void
imported_clear (Imported *im)
{
    bloc_dataset_free (im->ds);
    g_hash_table_unref (im->by_code);
    g_hash_table_unref (im->by_abb);
    g_hash_table_unref (im->by_column);
    g_hash_table_unref (im->ties);
}

static char *
import_to_temp (const char *const *files, int from, int to, BlocImportMissing missing,
                BlocImportReport **report)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *parent = g_dir_make_tmp ("bloc-import-XXXXXX", &error);
    g_assert_no_error (error);
    char *out = g_build_filename (parent, "cow", NULL);
    BlocImportCowOptions options = { from, to, missing };
    BlocImportTarget target = { out, FALSE, NULL, NULL, NULL };
    g_assert_true (bloc_import_cow (report, files, &options, &target, &error));
    g_assert_no_error (error);
    return out;
}

static void
remove_dataset (const char *dir)
{
    const char *names[] = { "entities.csv", "ties.csv", "dataset.ini" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
        g_autofree char *path = g_build_filename (dir, names[i], NULL);
        g_remove (path);
    }
    g_rmdir (dir);
    g_autofree char *parent = g_path_get_dirname (dir);
    g_assert_cmpint (g_rmdir (parent), ==, 0); /* nothing else was left behind */
}

static Imported
load_imported (const char *dir)
{
    g_autoptr (GError) error = NULL;
    Imported im = { 0 };

    im.ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    im.by_code = g_hash_table_new (g_str_hash, g_str_equal);
    im.by_abb = g_hash_table_new (g_str_hash, g_str_equal);
    im.by_column = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
    im.ties =
        g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify)g_array_unref);
    for (guint i = 0; i < im.ds->entities->len; i++) {
        const BlocEntity *e = bloc_dataset_entity (im.ds, i);
        if (e->kind == BLOC_KIND_COUNTRY)
            g_hash_table_insert (im.by_code, (gpointer)bloc_entity_cell (im.ds, e, "cow_code"),
                                 GUINT_TO_POINTER (i + 1));
        else
            g_hash_table_insert (im.by_abb, (gpointer)bloc_entity_cell (im.ds, e, "cow_abb"),
                                 GUINT_TO_POINTER (i + 1));
    }
    for (guint i = 0; i < im.ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (im.ds, i);
        gint64 key = ((gint64)t->from << 32) | t->to;
        GArray *list = g_hash_table_lookup (im.ties, &key);
        if (list == NULL) {
            list = g_array_new (FALSE, FALSE, sizeof (guint));
            g_hash_table_insert (im.ties, g_memdup2 (&key, sizeof key), list);
        }
        g_array_append_val (list, i);
    }
    /* The state table, to read igo-year columns. */
    g_autofree char *path =
        g_build_filename (BLOC_SOURCE_DIR, "src", "load", "cow-states.csv", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GFileInputStream) in = g_file_read (file, NULL, &error);
    g_assert_no_error (error);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (G_INPUT_STREAM (in), path);
    const BlocCsvRecord *r;
    while (bloc_csv_reader_next (reader, &r, &error) && r != NULL)
        g_hash_table_insert (im.by_column, g_strdup (r->fields[3].text),
                             g_strdup (r->fields[0].text));
    g_assert_no_error (error);
    return im;
}

/* The role the import gives a (state, IGO) pair in @year, or -1 for none. */
static int
active_role (const Imported *im, guint state, guint igo, int year)
{
    gint64 key = ((gint64)state << 32) | igo;
    GArray *list = g_hash_table_lookup (im->ties, &key);
    int role = -1;
    for (guint i = 0; list != NULL && i < list->len; i++) {
        const BlocTie *t = bloc_dataset_tie (im->ds, g_array_index (list, guint, i));
        if (bloc_tie_active (t, year)) {
            g_assert_cmpint (role, ==, -1); /* at most one active tie per pair and year */
            role = t->role;
        }
    }
    return role;
}

static int
expected_role (const char *cell)
{
    if (strcmp (cell, "1") == 0)
        return BLOC_ROLE_MEMBER;
    if (strcmp (cell, "2") == 0)
        return BLOC_ROLE_ASSOCIATE;
    if (strcmp (cell, "3") == 0)
        return BLOC_ROLE_OBSERVER;
    return -1;
}

/* What a pair said last: its role in @year. */
typedef struct {
    int year;
    int role;
} Last;

/* Reads @source and compares every cell in [from, to] with the imported dataset. Returns the
 * number of cells compared. With @carry, a -9 cell continues the role of the pair in the year
 * before, which the published files give in year order for each row (checked). */
static guint64
compare_all (const Imported *im, const char *source, int from, int to, gboolean carry)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (GFile) file = g_file_new_for_path (source);
    g_autoptr (GFileInputStream) raw = g_file_read (file, NULL, &error);
    g_assert_no_error (error);
    g_autoptr (GInputStream) in = NULL;
    if (g_str_has_suffix (source, ".gz")) {
        g_autoptr (GZlibDecompressor) gz = g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP);
        in = g_converter_input_stream_new (G_INPUT_STREAM (raw), G_CONVERTER (gz));
    } else {
        in = g_object_ref (G_INPUT_STREAM (raw));
    }
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, source);
    const BlocCsvRecord *r;
    g_assert_true (bloc_csv_reader_next (reader, &r, &error));
    gboolean state_year = strcmp (r->fields[0].text, "ccode") == 0;
    guint n = r->n_fields;
    /* The names hold C1 controls for Mac Roman letters; the cells compared below do not. */
    for (guint c = 1; c < n && !state_year; c++)
        if (c == 1 || strcmp (r->fields[c].text, "longorgname") == 0)
            bloc_csv_reader_allow_c1 (reader, c);
    g_autofree guint *column = g_new0 (guint, n);
    for (guint c = 3; c < n; c++) {
        const char *name = r->fields[c].text;
        if (state_year) {
            column[c] = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_abb, name));
            g_assert_cmpuint (column[c], !=, 0);
        } else {
            const char *code = g_hash_table_lookup (im->by_column, name);
            column[c] = code ? GPOINTER_TO_UINT (g_hash_table_lookup (im->by_code, code)) : 0;
        }
    }
    guint64 compared = 0;
    /* Indexed by (state, IGO) entity indices. */
    guint n_entities = im->ds->entities->len;
    g_autofree Last *last = g_new0 (Last, (gsize)n_entities * n_entities);
    g_autoptr (GHashTable) row_year = g_hash_table_new (g_direct_hash, g_direct_equal);
    while (bloc_csv_reader_next (reader, &r, &error) && r != NULL) {
        int year = atoi (r->fields[state_year ? 1 : 2].text);
        if ((from && year < from) || (to && year > to))
            continue;
        guint row = 0;
        if (state_year) {
            row = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_code, r->fields[0].text));
        } else {
            g_autofree char *abb = g_ascii_strdown (r->fields[0].text, -1);
            row = GPOINTER_TO_UINT (g_hash_table_lookup (im->by_abb, abb));
        }
        g_assert_cmpuint (row, !=, 0);
        int before = GPOINTER_TO_INT (g_hash_table_lookup (row_year, GUINT_TO_POINTER (row)));
        if (year <= before)
            g_error ("%s:%u: rows of one entity out of year order", source, r->line);
        g_hash_table_insert (row_year, GUINT_TO_POINTER (row), GINT_TO_POINTER (year));
        for (guint c = 3; c < n; c++) {
            if (column[c] == 0)
                continue; /* igo-year metadata */
            guint state = state_year ? row - 1 : column[c] - 1;
            guint igo = state_year ? column[c] - 1 : row - 1;
            int want = expected_role (r->fields[c].text), got = active_role (im, state, igo, year);
            Last *previous = &last[(gsize)state * n_entities + igo];
            if (carry && strcmp (r->fields[c].text, "-9") == 0 && previous->year == year - 1)
                want = previous->role;
            previous->year = year;
            previous->role = want;
            if (want != got)
                g_error ("%s:%u: %s in %s, %d: source says %s, import gives %s", source, r->line,
                         bloc_dataset_entity (im->ds, state)->id,
                         bloc_dataset_entity (im->ds, igo)->id, year, r->fields[c].text,
                         got < 0 ? "no tie" : bloc_role_to_string ((BlocRole)got));
            compared++;
        }
    }
    g_assert_no_error (error);
    return compared;
}

static void
check_file (const char *source, int from, int to, BlocImportMissing missing, guint64 min_cells)
{
    const char *files[] = { source, NULL };
    g_autoptr (BlocImportReport) report = NULL;
    g_autofree char *dir = import_to_temp (files, from, to, missing, &report);
    Imported im = load_imported (dir);
    guint64 compared = compare_all (&im, source, from, to, missing == BLOC_IMPORT_MISSING_CARRY);
    g_assert_cmpuint (compared, >=, min_cells);
    g_assert_cmpuint (bloc_import_report_ties (report), ==, im.ds->ties->len);
    g_assert_cmpuint (bloc_import_report_entities (report), ==, im.ds->entities->len);
    imported_clear (&im);
    remove_dataset (dir);
}

static void
test_fixtures (void)
{
    const char *names[] = { "state-year.csv", "state-year.csv.gz", "igo-year.csv",
                            "igo-year.csv.gz" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
        g_autofree char *path =
            g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "cow", names[i], NULL);
        for (int m = BLOC_IMPORT_MISSING_CARRY; m <= BLOC_IMPORT_MISSING_END; m++) {
            check_file (path, 0, 0, (BlocImportMissing)m, 7 * 7 * 7);
            check_file (path, 2010, 2012, (BlocImportMissing)m, 7 * 3 * 7);
        }
    }
}

/* The ids of the IGOs whose abbreviation is a state's id. */
static void
test_collisions (void)
{
    g_autofree char *path =
        g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "cow", "igo-year.csv", NULL);
    const char *files[] = { path, NULL };
    g_autoptr (BlocImportReport) report = NULL;
    g_autofree char *dir = import_to_temp (files, 0, 0, BLOC_IMPORT_MISSING_CARRY, &report);
    Imported im = load_imported (dir);
    guint index;

    g_assert_true (bloc_dataset_lookup (im.ds, "AU", &index));
    g_assert_cmpstr (bloc_dataset_entity (im.ds, index)->name, ==, "Australia");
    g_assert_true (bloc_dataset_lookup (im.ds, "AU-IGO", &index));
    g_assert_cmpstr (bloc_dataset_entity (im.ds, index)->name, ==, "African Union");
    g_assert_true (bloc_dataset_lookup (im.ds, "BS-IGO", &index));
    g_assert_cmpstr (bloc_dataset_entity (im.ds, index)->name, ==, "Bank of the South");
    g_assert_true (bloc_dataset_lookup (im.ds, "PAP-IGO", &index));
    g_assert_true (bloc_dataset_lookup (im.ds, "CSTO", &index));
    g_assert_false (bloc_dataset_lookup (im.ds, "CSTO-IGO", &index));
    imported_clear (&im);
    remove_dataset (dir);
}

/* The whole published data, both layouts: every cell of every year. */
static void
test_full_data (void)
{
    if (!g_file_test (cow_data (), G_FILE_TEST_IS_DIR)) {
        g_test_skip ("the COW IGO v3 reference data is not next to the project");
        return;
    }
    g_autofree char *state_year =
        g_build_filename (cow_data (), "state_year_formatv3.csv.gz", NULL);
    g_autofree char *igo_year = g_build_filename (cow_data (), "igo_year_formatv3.csv.gz", NULL);
    check_file (state_year, 0, 0, BLOC_IMPORT_MISSING_CARRY, 8000000);
    check_file (igo_year, 0, 0, BLOC_IMPORT_MISSING_CARRY, 4000000);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/load/import/fixtures", test_fixtures);
    g_test_add_func ("/load/import/collisions", test_collisions);
    g_test_add_func ("/load/import/full-data", test_full_data);
    return g_test_run ();
}
