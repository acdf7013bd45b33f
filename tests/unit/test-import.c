/* test-import.c: the importers through the library.
 *
 * COW IGO: after an import, the snapshot of every year must give exactly the source's cells:
 * every (state, IGO, year) cell is compared, not a sample. A -9 (missing) cell continues the
 * role of the year before it with --missing carry, and gives no tie with --missing end.
 *
 * Then what the importers share (spells of years, role maps, the report), and a property of every
 * importer over mutated inputs: an import either fails with a data error or writes a dataset the
 * loader loads; it never writes what the loader refuses. */
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-csv.h"
#include "bloc-import-private.h"
#include "bloc-import.h"
#include "bloc-init.h"
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

/* Removes the dataset files of @dir and the folder, leaving its parent. */
static void
remove_dataset_in (const char *dir)
{
    const char *names[] = { "entities.csv", "ties.csv", "dataset.ini" };
    for (guint i = 0; i < G_N_ELEMENTS (names); i++) {
        g_autofree char *path = g_build_filename (dir, names[i], NULL);
        g_remove (path);
    }
    g_assert_cmpint (g_rmdir (dir), ==, 0);
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
    for (guint i = 0; i < bloc_dataset_n_entities (im.ds); i++) {
        const BlocEntity *e = bloc_dataset_entity (im.ds, i);
        if (e->kind == BLOC_KIND_COUNTRY)
            g_hash_table_insert (im.by_code, (gpointer)bloc_entity_cell (im.ds, e, "cow_code"),
                                 GUINT_TO_POINTER (i + 1));
        else
            g_hash_table_insert (im.by_abb, (gpointer)bloc_entity_cell (im.ds, e, "cow_abb"),
                                 GUINT_TO_POINTER (i + 1));
    }
    for (guint i = 0; i < bloc_dataset_n_ties (im.ds); i++) {
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
    guint n_entities = bloc_dataset_n_entities (im->ds);
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
    g_assert_cmpuint (bloc_import_report_ties (report), ==, bloc_dataset_n_ties (im.ds));
    g_assert_cmpuint (bloc_import_report_entities (report), ==, bloc_dataset_n_entities (im.ds));
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

/* Spells as "from-to:value:first-last", in the order collapsed. */
static char *
spells_text (const guint16 *values, const gint16 *years, guint n, BlocImportMissing missing,
             guint64 *conflicts)
{
    g_autoptr (GArray) obs = g_array_new (FALSE, FALSE, sizeof (BlocImportObservation));
    g_autoptr (GArray) spells = g_array_new (FALSE, FALSE, sizeof (BlocImportSpell));
    /* Given in reverse, so that the sort is tested too. */
    for (guint i = n; i-- > 0;) {
        BlocImportObservation o = { 1, 2, i + 2, years[i], values[i], 0 };
        g_array_append_val (obs, o);
    }
    bloc_import_collapse (obs, missing, spells, conflicts);
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < spells->len; i++) {
        const BlocImportSpell *sp = &g_array_index (spells, BlocImportSpell, i);
        g_string_append_printf (s, "%s%u:%d-%d@%u", i ? " " : "", sp->value, sp->first, sp->last,
                                sp->line);
    }
    return g_string_free (s, FALSE);
}

#define M BLOC_IMPORT_VALUE_MISSING

static void
test_spells (void)
{
    const struct {
        guint16 values[6];
        gint16 years[6];
        guint n;
        const char *carry;
        const char *end;
    } cases[] = {
        /* 1 1 -9 -9 1: one spell, or two. */
        { { 1, 1, M, M, 1 },
          { 2010, 2011, 2012, 2013, 2014 },
          5,
          "1:2010-2014@2",
          "1:2010-2011@2 1:2014-2014@6" },
        /* 1 -9 (end of data): the spell reaches the last -9 year. */
        { { 1, M, M }, { 2010, 2011, 2012 }, 3, "1:2010-2012@2", "1:2010-2010@2" },
        /* -9 1: nothing before the first value. */
        { { M, 1 }, { 2010, 2011 }, 2, "1:2011-2011@3", "1:2011-2011@3" },
        /* 1 -9 2: the second value starts a spell. */
        { { 1, M, 2 },
          { 2010, 2011, 2012 },
          3,
          "1:2010-2011@2 2:2012-2012@4",
          "1:2010-2010@2 2:2012-2012@4" },
        /* A year without a row ends a spell, missing or not. */
        { { 1, 1, M, 1 },
          { 2010, 2011, 2013, 2014 },
          4,
          "1:2010-2011@2 1:2014-2014@5",
          "1:2010-2011@2 1:2014-2014@5" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *carry = spells_text (cases[i].values, cases[i].years, cases[i].n,
                                              BLOC_IMPORT_MISSING_CARRY, NULL);
        g_autofree char *end = spells_text (cases[i].values, cases[i].years, cases[i].n,
                                            BLOC_IMPORT_MISSING_END, NULL);
        g_assert_cmpstr (carry, ==, cases[i].carry);
        g_assert_cmpstr (end, ==, cases[i].end);
    }

    /* Two files: in one year, a value before a missing one, the first file on a conflict. */
    g_autoptr (GArray) obs = g_array_new (FALSE, FALSE, sizeof (BlocImportObservation));
    g_autoptr (GArray) spells = g_array_new (FALSE, FALSE, sizeof (BlocImportSpell));
    const BlocImportObservation given[] = {
        { 1, 2, 10, 2010, 1, 1 },
        { 1, 2, 20, 2010, 2, 0 }, /* conflict: file 0 wins */
        { 1, 2, 11, 2011, M, 0 },
        { 1, 2, 21, 2011, 2, 1 }, /* the value wins */
    };
    g_array_append_vals (obs, given, G_N_ELEMENTS (given));
    guint64 conflicts = 0;
    bloc_import_collapse (obs, BLOC_IMPORT_MISSING_END, spells, &conflicts);
    g_assert_cmpuint (conflicts, ==, 1);
    g_assert_cmpuint (spells->len, ==, 1);
    const BlocImportSpell *sp = &g_array_index (spells, BlocImportSpell, 0);
    g_assert_cmpuint (sp->value, ==, 2);
    g_assert_cmpint (sp->first, ==, 2010);
    g_assert_cmpint (sp->last, ==, 2011);
}

static void
test_role_map (void)
{
    const char *items[] = { " full member = member , 0=none", "-9=missing,a=b=observer", "=party",
                            NULL };
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocRoleMap) map = NULL;
    g_assert_true (bloc_role_map_new (&map, items, NULL, &error));
    g_assert_no_error (error);

    BlocValueMeaning m = bloc_role_map_lookup (map, "full member", 2);
    g_assert_cmpint (m.kind, ==, BLOC_VALUE_ROLE);
    g_assert_cmpint (m.role, ==, BLOC_ROLE_MEMBER);
    g_assert_cmpint (bloc_role_map_lookup (map, "0", 2).kind, ==, BLOC_VALUE_NONE);
    g_assert_cmpint (bloc_role_map_lookup (map, "-9", 2).kind, ==, BLOC_VALUE_MISSING);
    g_assert_cmpint (bloc_role_map_lookup (map, "a=b", 2).role, ==, BLOC_ROLE_OBSERVER);
    g_assert_cmpint (bloc_role_map_lookup (map, "", 2).role, ==, BLOC_ROLE_PARTY);
    m = bloc_role_map_lookup (map, "Observer", 3); /* a role's name, in any case */
    g_assert_cmpint (m.kind, ==, BLOC_VALUE_ROLE);
    g_assert_cmpint (m.role, ==, BLOC_ROLE_OBSERVER);
    g_assert_false (m.keep_note);
    g_assert_true (bloc_role_map_has (map, "0"));
    g_assert_false (bloc_role_map_has (map, "Observer"));

    /* Unmapped values are listed once each, in the order they came, with their count. */
    g_assert_cmpint (bloc_role_map_lookup (map, "x", 7).kind, ==, BLOC_VALUE_UNMAPPED);
    bloc_role_map_lookup (map, "y\nz", 8);
    bloc_role_map_lookup (map, "x", 9);
    g_auto (BlocImportProblems) p = { 0 };
    bloc_import_problems_init (&p);
    bloc_role_map_report_unmapped (map, "f.csv", "the column 'r'", &p);
    g_assert_false (bloc_import_problems_check (&p, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
    g_auto (GStrv) lines = g_strsplit (error->message, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    g_assert_cmpstr (lines[1], ==, "f.csv:7: 'x', 2 times");
    g_assert_cmpstr (lines[2], ==, "f.csv:8: 'y\\nz', 1 time");
    g_clear_error (&error);

    /* With --other-role, every other value is that role, and keeps its text. */
    g_autoptr (BlocRoleMap) other = NULL;
    g_assert_true (bloc_role_map_new (&other, NULL, "Partner", &error));
    m = bloc_role_map_lookup (other, "whatever", 1);
    g_assert_cmpint (m.role, ==, BLOC_ROLE_PARTNER);
    g_assert_true (m.keep_note);

    const char *bad[][2] = {
        { "x", "--role-map 'x': no '=' (expected VALUE=ROLE, like 1=member)" },
        { "x=chief", "--role-map 'x=chief': unknown role 'chief' (expected one of: member, "
                     "associate, observer, partner, signatory, party, participant, donor, "
                     "implementer, part_of, host, none, missing)" },
        { "x=member,x=observer",
          "--role-map maps 'x' twice, to two roles (expected one role for each value)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++) {
        const char *one[] = { bad[i][0], NULL };
        g_autoptr (BlocRoleMap) none = NULL;
        g_assert_false (bloc_role_map_new (&none, one, NULL, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
        g_assert_cmpstr (error->message, ==, bad[i][1]);
        g_clear_error (&error);
    }
}

/* A folder for one import, inside a fresh temporary folder. */
static char *
new_target (void)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *parent = g_dir_make_tmp ("bloc-import-XXXXXX", &error);
    g_assert_no_error (error);
    return g_build_filename (parent, "out", NULL);
}

/* The report of the panel fixture, through the library. */
static void
test_report (void)
{
    g_autofree char *file =
        g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "import", "panel.csv", NULL);
    g_autofree char *dir = new_target ();
    const char *map[] = { "1=member,2=associate,3=observer,0=none,-9=missing", NULL };
    BlocImportTableOptions options = { 0 };
    options.from = "state";
    options.to = "org";
    options.role = "status";
    options.year = "year";
    options.role_map = map;
    BlocImportTarget target = { dir, FALSE, "Panel", NULL, NULL };
    g_autoptr (BlocImportReport) report = NULL;
    g_autoptr (GError) error = NULL;

    g_assert_true (bloc_import_table (&report, file, &options, &target, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_import_report_rows (report), ==, 35);
    g_assert_cmpuint (bloc_import_report_entities (report), ==, 8);
    g_assert_cmpuint (bloc_import_report_ties (report), ==, 11);
    g_assert_cmpuint (bloc_import_report_skipped (report), ==, 4);
    g_assert_cmpuint (bloc_import_report_missing (report), ==, 5);
    const char *const *lines = bloc_import_report_lines (report);
    g_assert_cmpuint (g_strv_length ((char **)lines), ==, 4);
    g_assert_true (g_str_has_suffix (lines[0], "8 entities (6 country, 2 organization), 11 ties "
                                               "(7 member, 3 associate, 1 observer)"));

    g_autoptr (BlocDataset) ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    g_assert_cmpstr (bloc_dataset_title (ds), ==, "Panel");
    remove_dataset (dir);
}

/* ---- Progress ----------------------------------------------------------------------------- */

static void
record_progress (guint done, guint total, gpointer user_data)
{
    GArray *calls = user_data;
    guint call[2] = { done, total };
    g_array_append_vals (calls, call, 2);
}

/* Checks @calls (done, total pairs): the same total, @total; done never falling, below the
 * total until the last call, which reaches it. Returns how many calls there were. */
static guint
check_progress (const GArray *calls, guint total)
{
    const guint *c = (const guint *)calls->data;
    guint n = calls->len / 2;
    g_assert_cmpuint (n, >, 0);
    for (guint i = 0; i < n; i++) {
        g_assert_cmpuint (c[2 * i + 1], ==, total);
        if (i > 0)
            g_assert_cmpuint (c[2 * i], >=, c[2 * i - 2]);
        if (i + 1 < n)
            g_assert_cmpuint (c[2 * i], <, total);
    }
    g_assert_cmpuint (c[2 * n - 2], ==, total);
    return n;
}

static guint
file_size (const char *path)
{
    GStatBuf st;
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    return (guint)st.st_size;
}

/* The importers report the bytes read, of all the files for several. */
static void
test_progress (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) calls = g_array_new (FALSE, FALSE, sizeof (guint));

    /* Two COW files: one call as each is read, the first at its own size. */
    g_autofree char *a =
        g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "cow", "state-year.csv", NULL);
    g_autofree char *b =
        g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "cow", "igo-year.csv.gz", NULL);
    const char *files[] = { a, b, NULL };
    g_autofree char *dir = new_target ();
    BlocImportCowOptions cow = { 0, 0, BLOC_IMPORT_MISSING_CARRY };
    BlocImportTarget target = { dir, FALSE, NULL, record_progress, calls };
    g_autoptr (BlocImportReport) report = NULL;
    g_assert_true (bloc_import_cow (&report, files, &cow, &target, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (check_progress (calls, file_size (a) + file_size (b)), ==, 2);
    g_assert_cmpuint (g_array_index (calls, guint, 0), ==, file_size (a));
    remove_dataset (dir);

    /* A table of 5,000 rows: calls as it is read, every 256 rows. */
    g_autofree char *parent = g_dir_make_tmp ("bloc-import-XXXXXX", &error);
    g_assert_no_error (error);
    g_autofree char *table = g_build_filename (parent, "table.csv", NULL);
    g_autoptr (GString) text = g_string_new ("from,to\n");
    for (guint i = 0; i < 5000; i++)
        g_string_append_printf (text, "P%u,G%u\n", i, i % 7);
    g_assert_true (g_file_set_contents (table, text->str, (gssize)text->len, &error));
    g_autofree char *out = new_target ();
    BlocImportTableOptions options = { 0 };
    options.from_kind = "person";
    options.to_kind = "forum";
    g_array_set_size (calls, 0);
    target.out_dir = out;
    g_clear_pointer (&report, bloc_import_report_free);
    g_assert_true (bloc_import_table (&report, table, &options, &target, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (check_progress (calls, (guint)text->len), ==, 5000 / 256 + 1);
    remove_dataset (out);
    g_remove (table);
    g_rmdir (parent);
}

/* ---- Mutated inputs ---------------------------------------------------------------------- */

typedef gboolean (*Importer) (const char *file, const char *dir, const char *title, GError **error);

static gboolean
import_table (const char *file, const char *dir, const char *title, GError **error)
{
    g_autoptr (BlocImportReport) report = NULL;
    const char *map[] = { "1=member,2=associate,3=observer,0=none,-9=missing", NULL };
    BlocImportTableOptions options = { 0 };
    options.role_map = map;
    options.other_role = "participant";
    BlocImportTarget target = { dir, FALSE, title, NULL, NULL };
    return bloc_import_table (&report, file, &options, &target, error);
}

static gboolean
import_panel (const char *file, const char *dir, const char *title, GError **error)
{
    g_autoptr (BlocImportReport) report = NULL;
    const char *map[] = { "1=member,2=associate,3=observer,0=none,-9=missing", NULL };
    BlocImportTableOptions options = { 0 };
    options.from = "state";
    options.to = "org";
    options.role = "status";
    options.year = "year";
    options.role_map = map;
    BlocImportTarget target = { dir, FALSE, title, NULL, NULL };
    return bloc_import_table (&report, file, &options, &target, error);
}

static gboolean
import_matrix (const char *file, const char *dir, const char *title, GError **error)
{
    g_autoptr (BlocImportReport) report = NULL;
    BlocImportMatrixOptions options = { 0 };
    BlocImportTarget target = { dir, FALSE, title, NULL, NULL };
    return bloc_import_matrix (&report, file, &options, &target, error);
}

static gboolean
import_graphml (const char *file, const char *dir, const char *title, GError **error)
{
    g_autoptr (BlocImportReport) report = NULL;
    const char *map[] = { "dialogue partner=partner", NULL };
    BlocImportGraphmlOptions options = { 0 };
    options.role_map = map;
    BlocImportTarget target = { dir, FALSE, title, NULL, NULL };
    return bloc_import_graphml (&report, file, &options, &target, error);
}

static gboolean
import_cow (const char *file, const char *dir, const char *title, GError **error)
{
    g_autoptr (BlocImportReport) report = NULL;
    const char *files[] = { file, NULL };
    BlocImportCowOptions options = { 0, 0, BLOC_IMPORT_MISSING_CARRY };
    BlocImportTarget target = { dir, FALSE, title, NULL, NULL };
    return bloc_import_cow (&report, files, &options, &target, error);
}

/* @data with one random change: a byte replaced, deleted or inserted (often one that matters to
 * the format), or a line repeated. */
static GString *
mutate (const GString *data, GRand *rand)
{
    static const char special[] = ",;\t\r\n\"<>&=: -019\xC3\xE9\xFF";
    GString *s = g_string_new_len (data->str, (gssize)data->len);
    gsize at = s->len ? (gsize)g_rand_int_range (rand, 0, (gint32)s->len) : 0;
    char c = g_rand_boolean (rand) ? special[g_rand_int_range (rand, 0, sizeof special - 1)]
                                   : (char)g_rand_int_range (rand, 1, 256);
    switch (g_rand_int_range (rand, 0, 4)) {
    case 0:
        if (s->len > 0)
            s->str[at] = c;
        break;
    case 1: {
        gsize n = (gsize)g_rand_int_range (rand, 1, 8);
        g_string_erase (s, (gssize)at, (gssize)MIN (s->len - at, n));
        break;
    }
    case 2:
        g_string_insert_c (s, (gssize)at, c);
        break;
    default: {
        /* Repeat the line that holds @at. */
        gsize start = at, end = at;
        while (start > 0 && s->str[start - 1] != '\n')
            start--;
        while (end < s->len && s->str[end] != '\n')
            end++;
        g_autofree char *line = g_strndup (s->str + start, end - start + (end < s->len));
        g_string_insert (s, (gssize)start, line);
    }
    }
    return s;
}

/* Each import of a mutated input fails with a BLOC_ERROR that is not about the importer's own
 * output, or writes a dataset that loads. */
static void
test_mutations (void)
{
    const struct {
        const char *fixture;
        Importer import;
    } cases[] = {
        { "tests/data/import/edges.csv", import_table },
        { "tests/data/import/treaty-roles.csv", import_table },
        { "tests/data/import/panel.csv", import_panel },
        { "tests/data/import/groups-cr.csv", import_matrix },
        { "tests/data/import/incidence.csv", import_matrix },
        { "tests/data/import/kinds.graphml", import_graphml },
        { "tests/data/cow/missing.csv", import_cow },
        { "tests/data/cow/igo-year.csv", import_cow },
    };
    g_autoptr (GRand) rand = g_rand_new_with_seed (20140101);
    guint written = 0, refused = 0;

    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *path = g_build_filename (BLOC_SOURCE_DIR, cases[i].fixture, NULL);
        g_autofree char *contents = NULL;
        gsize len;
        g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
        g_autoptr (GString) original = g_string_new_len (contents, (gssize)len);
        g_autofree char *base = g_path_get_basename (path);
        for (guint round = 0; round < 100; round++) {
            GString *data = mutate (original, rand);
            if (g_rand_boolean (rand)) {
                GString *twice = mutate (data, rand);
                g_string_free (data, TRUE);
                data = twice;
            }
            g_autofree char *dir = new_target ();
            g_autofree char *parent = g_path_get_dirname (dir);
            g_autofree char *input = g_build_filename (parent, base, NULL);
            g_assert_true (g_file_set_contents (input, data->str, (gssize)data->len, NULL));
            g_autoptr (GError) error = NULL;
            if (cases[i].import (input, dir, NULL, &error)) {
                g_autoptr (GError) load_error = NULL;
                g_autoptr (BlocDataset) ds = bloc_load_dataset (dir, &load_error);
                if (ds == NULL)
                    g_error ("%s, round %u: the import does not load: %s", base, round,
                             load_error->message);
                remove_dataset_in (dir);
                written++;
            } else {
                g_assert_true (error->domain == BLOC_ERROR);
                if (strstr (error->message, "a defect of the importer") != NULL)
                    g_error ("%s, round %u: %s", base, round, error->message);
                refused++;
            }
            g_string_free (data, TRUE);
            g_remove (input);
            g_assert_cmpint (g_rmdir (parent), ==, 0); /* nothing else was left behind */
        }
    }
    g_test_message ("%u mutated inputs imported, %u refused", written, refused);
    /* Both outcomes happen, or the mutations test nothing. */
    g_assert_cmpuint (written, >, 50);
    g_assert_cmpuint (refused, >, 50);
}

/* A title that dataset.ini cannot hold is refused by every importer before it reads or writes
 * anything, in the words of the option, not as a dataset the importer wrote and cannot load;
 * a title it can hold, tab and line breaks included, is read back as given. */
static void
test_title (void)
{
    const struct {
        const char *fixture;
        Importer import;
    } importers[] = {
        { "tests/data/import/edges.csv", import_table },
        { "tests/data/import/incidence.csv", import_matrix },
        { "tests/data/import/kinds.graphml", import_graphml },
        { "tests/data/cow/igo-year.csv", import_cow },
    };
    const struct {
        const char *title, *message;
    } bad[] = {
        { "T\axx", "--title 'T\\x07xx': control character U+0007 (expected text)" },
        { "T\xef\xb7\x90", "--title 'T\xef\xb7\x90': noncharacter U+FDD0 (expected text)" },
        { "Tr\xca\xca", "--title 'Tr\xef\xbf\xbd\xef\xbf\xbd': invalid UTF-8 (expected text "
                        "encoded as UTF-8)" },
    };

    for (guint i = 0; i < G_N_ELEMENTS (importers); i++) {
        g_autofree char *file = g_build_filename (BLOC_SOURCE_DIR, importers[i].fixture, NULL);
        for (guint b = 0; b < G_N_ELEMENTS (bad); b++) {
            g_autofree char *dir = new_target ();
            g_autofree char *parent = g_path_get_dirname (dir);
            g_autoptr (GError) error = NULL;
            g_assert_false (importers[i].import (file, dir, bad[b].title, &error));
            g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
            g_assert_cmpstr (error->message, ==, bad[b].message);
            g_assert_cmpint (g_rmdir (parent), ==, 0); /* nothing was written */
        }
        const char *good = "Tab\there, a line\nbreak, and \xd8\xb9\xd8\xb6\xd9\x88";
        g_autofree char *dir = new_target ();
        g_autoptr (GError) error = NULL;
        g_assert_true (importers[i].import (file, dir, good, &error));
        g_assert_no_error (error);
        g_autoptr (BlocDataset) ds = bloc_load_dataset (dir, &error);
        g_assert_no_error (error);
        g_assert_cmpstr (bloc_dataset_title (ds), ==, good);
        remove_dataset (dir);
    }
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/load/import/fixtures", test_fixtures);
    g_test_add_func ("/load/import/collisions", test_collisions);
    g_test_add_func ("/load/import/full-data", test_full_data);
    g_test_add_func ("/load/import/spells", test_spells);
    g_test_add_func ("/load/import/role-map", test_role_map);
    g_test_add_func ("/load/import/report", test_report);
    g_test_add_func ("/load/import/progress", test_progress);
    g_test_add_func ("/load/import/mutations", test_mutations);
    g_test_add_func ("/load/import/title", test_title);
    return g_test_run ();
}
