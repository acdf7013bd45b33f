/* test-load.c: the dataset loader, the data model's time filter, and what-if scenarios. */
#include <glib/gstdio.h>
#include <string.h>

#include "bloc-csv.h"
#include "bloc-init.h"
#include "bloc-load.h"
#include "bloc-model-private.h" /* bloc_dataset_bound_tie() */

static BlocDataset *
load_fixture (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_build_filename (BLOC_SOURCE_DIR, "tests", "data", name, NULL);
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    g_assert_nonnull (ds);
    return ds;
}

static guint
id (const BlocDataset *ds, const char *text)
{
    guint index = G_MAXUINT;
    g_assert_true (bloc_dataset_lookup (ds, text, &index));
    return index;
}

static void
test_small (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("small");

    g_assert_cmpuint (bloc_dataset_n_entities (ds), ==, 9);
    g_assert_cmpuint (bloc_dataset_n_ties (ds), ==, 14);
    g_assert_cmpstr (bloc_dataset_title (ds), ==, "Small test dataset");
    g_assert_cmpstr (bloc_dataset_description (ds), ==, "A fixture for the loader tests.");
    g_assert_cmpstr (bloc_dataset_sources (ds)[1], ==, "test-b");
    g_assert_null (bloc_dataset_sources (ds)[2]);
    g_assert_null (bloc_dataset_default_group (ds));
    g_assert_true (g_str_has_suffix (bloc_dataset_origin (ds), "tests/data/small"));
    g_assert_cmpuint (bloc_dataset_n_scenario_lines (ds), ==, 0);

    /* The columns in file order: the byte-order mark is not part of the first name. */
    g_assert_cmpuint (bloc_dataset_n_entity_columns (ds), ==, 7);
    g_assert_cmpstr (bloc_dataset_entity_column (ds, 0), ==, "kind");
    g_assert_cmpstr (bloc_dataset_entity_column (ds, 2), ==, "name@fa");
    g_assert_cmpuint (bloc_dataset_n_tie_columns (ds), ==, 7);
    g_assert_cmpstr (bloc_dataset_tie_column (ds, 6), ==, "note");

    /* Columns in any order, quoted names, localised names and extra columns. */
    const BlocEntity *csto = bloc_dataset_entity (ds, id (ds, "CSTO"));
    g_assert_cmpint (csto->kind, ==, BLOC_KIND_ORGANIZATION);
    g_assert_cmpstr (csto->name, ==, "Collective Security Treaty Organization");
    g_assert_cmpstr (bloc_entity_label (ds, csto, "fa"), ==, "سازمان پیمان امنیت جمعی");
    g_assert_cmpstr (bloc_entity_label (ds, csto, "ar"), ==, csto->name);
    g_assert_cmpstr (bloc_entity_cell (ds, csto, "colour"), ==, "red");
    g_assert_cmpstr (bloc_entity_cell (ds, csto, "no-such-column"), ==, "");
    g_assert_cmpint (csto->since.year, ==, 2002);
    const BlocEntity *tj = bloc_dataset_entity (ds, id (ds, "TJ"));
    g_assert_cmpstr (bloc_entity_label (ds, tj, "fa"), ==, "Tajikistan");
    g_assert_cmpstr (bloc_dataset_entity (ds, id (ds, "TREATY-2000"))->name, ==,
                     "Treaty \"on joint action\"");

    /* Groups: sorted by id, members trimmed, in the order given. */
    g_assert_cmpuint (bloc_dataset_n_groups (ds), ==, 2);
    const BlocGroup *ca = bloc_dataset_group (ds, "central-asia");
    g_assert_nonnull (ca);
    g_assert_cmpstr (ca->name, ==, "Central Asia");
    g_assert_cmpuint (ca->members->len, ==, 5);
    g_assert_cmpuint (g_array_index (ca->members, guint, 1), ==, id (ds, "KG"));
    g_assert_true (bloc_dataset_nth_group (ds, 0) == ca);
    g_assert_cmpstr (bloc_dataset_nth_group (ds, 1)->id, ==, "csto-ca");

    /* Weights: set ones, and the default of 1 for the others. */
    g_assert_cmpfloat_with_epsilon (bloc_dataset_role_weight (ds, BLOC_ROLE_OBSERVER), 0.25, 1e-12);
    g_assert_cmpfloat_with_epsilon (bloc_dataset_role_weight (ds, BLOC_ROLE_SIGNATORY), 0.75,
                                    1e-12);
    g_assert_cmpfloat_with_epsilon (bloc_dataset_role_weight (ds, BLOC_ROLE_MEMBER), 1.0, 1e-12);
    /* default */
    g_assert_cmpfloat_with_epsilon (bloc_dataset_role_weight (ds, BLOC_ROLE_ASSOCIATE), 0.5, 1e-12);
}

static void
test_without_ini (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("noini");
    g_assert_cmpuint (bloc_dataset_n_entities (ds), ==, 2);
    g_assert_cmpuint (bloc_dataset_n_groups (ds), ==, 0);
    g_assert_cmpstr (bloc_dataset_title (ds), ==, "noini");
    g_assert_cmpstr (bloc_dataset_description (ds), ==, "");
    g_assert_null (bloc_dataset_sources (ds)[0]);
    g_assert_cmpint (bloc_dataset_entity (ds, 0)->kind, ==, BLOC_KIND_PERSON);
}

static void
test_empty_folder_name (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset ("", &error);
    g_assert_null (ds);
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "empty folder name (expected a dataset folder with entities.csv and "
                     "ties.csv)");
}

static void
test_dates (void)
{
    const char *why;
    BlocDate d;

    g_assert_true (bloc_date_parse (&d, "", &why));
    g_assert_cmpint (d.year, ==, 0);
    g_assert_true (bloc_date_parse (&d, "2014", &why));
    g_assert_cmpint (d.year, ==, 2014);
    g_assert_true (bloc_date_parse (&d, "2014-05-28", &why));
    g_assert_cmpint (d.month, ==, 5);
    g_assert_cmpint (d.day, ==, 28);
    g_assert_true (bloc_date_parse (&d, "2024-02-29", &why));

    const char *bad[] = { "14",          "2014-5", "2014-13", "2014-02-30", "2023-02-29",
                          "2014-01-01x", "0000",   "twenty",  "2014/05",    " 2014" };
    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
        g_assert_false (bloc_date_parse (&d, bad[i], &why));

    BlocDate a, b;
    g_assert_true (bloc_date_parse (&a, "2012-05", &why));
    g_assert_true (bloc_date_parse (&b, "2012", &why));
    g_assert_cmpint (bloc_date_compare (a, b), ==, 0);
    g_assert_true (bloc_date_parse (&b, "2012-04-30", &why));
    g_assert_cmpint (bloc_date_compare (a, b), >, 0);
    g_assert_true (bloc_date_parse (&b, "2011-12-31", &why));
    g_assert_cmpint (bloc_date_compare (b, a), <, 0);
}

static void
test_time_filter (void)
{
    BlocTie t = { 0 };

    /* first_year <= Y < end_year; a missing bound is open. */
    t.first_year = 2006;
    t.end_year = 2012;
    g_assert_false (bloc_tie_active (&t, 2005));
    g_assert_true (bloc_tie_active (&t, 2006));
    g_assert_true (bloc_tie_active (&t, 2011));
    g_assert_false (bloc_tie_active (&t, 2012));          /* "left in 2012": not active in 2012 */
    g_assert_false (bloc_tie_active (&t, BLOC_YEAR_ALL)); /* it has ended */

    t.end_year = 0;
    g_assert_true (bloc_tie_active (&t, 3000));
    g_assert_true (bloc_tie_active (&t, BLOC_YEAR_ALL));
    t.first_year = 0;
    g_assert_true (bloc_tie_active (&t, 1816));

    g_autoptr (BlocDataset) ds = load_fixture ("small");
    g_autoptr (GArray) now = bloc_dataset_ties_of (ds, id (ds, "CSTO"), TRUE, BLOC_YEAR_ALL, FALSE);
    g_autoptr (GArray) in2008 = bloc_dataset_ties_of (ds, id (ds, "CSTO"), TRUE, 2008, FALSE);
    g_autoptr (GArray) in2001 = bloc_dataset_ties_of (ds, id (ds, "CSTO"), TRUE, 2001, FALSE);
    g_autoptr (GArray) all = bloc_dataset_ties_of (ds, id (ds, "CSTO"), TRUE, 2001, TRUE);
    g_assert_cmpuint (now->len, ==, 4); /* KG, KZ, TJ and the Joint Staff */
    g_assert_cmpuint (in2008->len, ==, 5);
    g_assert_cmpuint (in2001->len, ==, 0); /* not even the Joint Staff: no CSTO before 2002 */
    g_assert_cmpuint (all->len, ==, 5);
    /* Sorted by the other end's id. */
    g_assert_cmpstr (
        bloc_dataset_entity (ds, bloc_dataset_tie (ds, g_array_index (in2008, guint, 0))->from)->id,
        ==, "CSTO-JS");
    g_assert_cmpstr (
        bloc_dataset_entity (ds, bloc_dataset_tie (ds, g_array_index (in2008, guint, 4))->from)->id,
        ==, "UZ");
}

/* A tie's active years are its own, narrowed by its entities' dates. */
static void
test_bounds (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("small");
    const char *why;
    BlocTie t = { 0 };

    t.from = id (ds, "KZ");
    t.to = id (ds, "CSTO"); /* since 2002 */
    bloc_dataset_bound_tie (ds, &t);
    g_assert_cmpint (t.first_year, ==, 2002);
    g_assert_cmpint (t.end_year, ==, 0);

    g_assert_true (bloc_date_parse (&t.since, "1992", &why));
    g_assert_true (bloc_date_parse (&t.until, "2012", &why));
    bloc_dataset_bound_tie (ds, &t);
    g_assert_cmpint (t.first_year, ==, 2002); /* not before the CSTO existed */
    g_assert_cmpint (t.end_year, ==, 2012);

    /* Left in 2012, from an organization founded in 2012: never active. */
    g_assert_true (bloc_date_parse (&t.since, "1995", &why));
    g_assert_true (bloc_date_parse (&t.until, "2002", &why));
    bloc_dataset_bound_tie (ds, &t);
    g_assert_cmpint (t.first_year, ==, t.end_year);
    for (int y = 1990; y < 2030; y++)
        g_assert_false (bloc_tie_active (&t, y));
    g_assert_false (bloc_tie_active (&t, BLOC_YEAR_ALL));

    /* Joined and left within one year: active in that year. */
    g_assert_true (bloc_date_parse (&t.since, "2012-03", &why));
    g_assert_true (bloc_date_parse (&t.until, "2012-06", &why));
    bloc_dataset_bound_tie (ds, &t);
    g_assert_true (bloc_tie_active (&t, 2012));
    g_assert_false (bloc_tie_active (&t, 2013));
    g_assert_false (bloc_tie_active (&t, 2011));
}

/* Every cell of @file, read again with the CSV reader, is what the accessors give: by index and
 * by name, for each entity (@entities) or tie of @ds, in file order. Returns the cells compared. */
static guint
check_cells (const BlocDataset *ds, const char *file, gboolean entities)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (GFile) f = g_file_new_for_path (file);
    g_autoptr (GFileInputStream) in = g_file_read (f, NULL, &error);
    g_assert_no_error (error);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (G_INPUT_STREAM (in), file);
    const BlocCsvRecord *r;
    guint row = 0, compared = 0;

    g_assert_true (bloc_csv_reader_next (reader, &r, &error)); /* the header */
    guint n_columns = r->n_fields;
    g_assert_cmpuint (n_columns, ==,
                      entities ? bloc_dataset_n_entity_columns (ds)
                               : bloc_dataset_n_tie_columns (ds));
    while (bloc_csv_reader_next (reader, &r, &error) && r != NULL) {
        const BlocEntity *e = entities ? bloc_dataset_entity (ds, row) : NULL;
        const BlocTie *t = entities ? NULL : bloc_dataset_tie (ds, row);
        g_assert_cmpuint (entities ? e->line : t->line, ==, r->line);
        for (guint c = 0; c < n_columns; c++) {
            const char *column =
                entities ? bloc_dataset_entity_column (ds, c) : bloc_dataset_tie_column (ds, c);
            const char *by_index =
                entities ? bloc_entity_cell_at (ds, e, c) : bloc_tie_cell_at (ds, t, c);
            const char *by_name =
                entities ? bloc_entity_cell (ds, e, column) : bloc_tie_cell (ds, t, column);
            g_assert_cmpstr (by_index, ==, r->fields[c].text);
            g_assert_cmpstr (by_name, ==, r->fields[c].text);
            if (!entities && strcmp (column, "source") == 0)
                g_assert_cmpstr (t->source, ==, r->fields[c].text);
            compared++;
        }
        row++;
    }
    g_assert_no_error (error);
    g_assert_cmpuint (row, ==, entities ? bloc_dataset_n_entities (ds) : bloc_dataset_n_ties (ds));
    return compared;
}

/* The cells are kept sparsely; the accessors give every one of them back, empty or not. */
static void
test_cells (void)
{
    g_autoptr (GError) error = NULL;
    const char *fixtures[] = { "small", "davis" };
    for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++) {
        g_autoptr (BlocDataset) ds = load_fixture (fixtures[i]);
        g_autofree char *e =
            g_build_filename (BLOC_SOURCE_DIR, "tests", "data", fixtures[i], "entities.csv", NULL);
        g_autofree char *t =
            g_build_filename (BLOC_SOURCE_DIR, "tests", "data", fixtures[i], "ties.csv", NULL);
        g_assert_cmpuint (check_cells (ds, e, TRUE), >, 0);
        g_assert_cmpuint (check_cells (ds, t, FALSE), >, 0);
    }

    /* A wide file, mostly empty: 40 rows of 3,000 columns, with a few cells here and there,
     * some of them repeating the cell above (which they share) or one byte long. */
    g_autofree char *dir = g_dir_make_tmp ("bloc-cells-XXXXXX", &error);
    g_assert_no_error (error);
    g_autoptr (GString) text = g_string_new ("id,kind,name");
    for (guint c = 3; c < 3000; c++)
        g_string_append_printf (text, ",c%u", c);
    g_string_append (text, "\r\n");
    for (guint row = 0; row < 40; row++) {
        g_string_append_printf (text, "E%u,%s,Entity %u", row, row % 2 ? "country" : "forum", row);
        for (guint c = 3; c < 3000; c++) {
            g_string_append_c (text, ',');
            if ((c * 7 + row * 13) % 97 == 0)
                g_string_append_printf (text, "v%u-%u", row, c);
            else if (c % 500 == 0)
                g_string_append (text, "same");
            else if ((c + row) % 331 == 0)
                g_string_append_c (text, 'a' + (char)(c % 26));
        }
        g_string_append (text, "\r\n");
    }
    g_autofree char *entities = g_build_filename (dir, "entities.csv", NULL);
    g_autofree char *ties = g_build_filename (dir, "ties.csv", NULL);
    g_assert_true (g_file_set_contents (entities, text->str, (gssize)text->len, &error));
    g_assert_true (
        g_file_set_contents (ties, "from,to,role,note\nE1,E0,member,\"a, b\"\n", -1, &error));
    g_autoptr (BlocDataset) ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (check_cells (ds, entities, TRUE), ==, 40 * 3000);
    g_assert_cmpuint (check_cells (ds, ties, FALSE), ==, 4);

    /* A tie added by a scenario has no cells, not even its ends. */
    g_assert_true (bloc_dataset_add_tie (ds, "E3:E2", &error));
    g_assert_no_error (error);
    const BlocTie *added = bloc_dataset_tie (ds, 1);
    g_assert_cmpstr (bloc_tie_cell (ds, added, "from"), ==, "");
    g_assert_cmpstr (bloc_tie_cell (ds, added, "note"), ==, "");
    g_assert_cmpstr (bloc_tie_cell_at (ds, added, 1), ==, "");
    g_assert_cmpstr (bloc_tie_cell (ds, bloc_dataset_tie (ds, 0), "note"), ==, "a, b");
    g_remove (entities);
    g_remove (ties);
    g_rmdir (dir);
}

static void
test_scenario (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("small");
    g_autoptr (GError) error = NULL;
    guint n = bloc_dataset_n_ties (ds);

    /* Without a role, the new tie takes the role most ties to the target have. */
    g_assert_true (bloc_dataset_add_tie (ds, "TM:TREATY-2000", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_dataset_n_ties (ds), ==, n + 1);
    const BlocTie *t = bloc_dataset_tie (ds, n);
    g_assert_cmpint (t->role, ==, BLOC_ROLE_SIGNATORY);
    g_assert_cmpuint (bloc_dataset_n_scenario_lines (ds), ==, 1);
    g_assert_cmpstr (bloc_dataset_scenario_line (ds, 0), ==, "added TM -> TREATY-2000 (signatory)");

    g_assert_true (bloc_dataset_add_tie (ds, "TM:CSTO:observer", &error));
    g_assert_cmpint (bloc_dataset_tie (ds, n + 1)->role, ==, BLOC_ROLE_OBSERVER);

    g_assert_true (bloc_dataset_remove_ties (ds, "UZ:CSTO", &error));
    g_assert_cmpuint (bloc_dataset_n_ties (ds), ==, n + 1);
    g_assert_cmpstr (bloc_dataset_scenario_line (ds, 2), ==, "removed UZ -> CSTO");

    g_assert_false (bloc_dataset_remove_ties (ds, "UZ:CSTO", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_false (bloc_dataset_add_tie (ds, "XX:CSTO", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND);
    g_clear_error (&error);
    g_assert_false (bloc_dataset_add_tie (ds, "TM:CSTO:boss", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_clear_error (&error);
    g_assert_false (bloc_dataset_add_tie (ds, "TM", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_clear_error (&error);
    g_assert_false (bloc_dataset_add_tie (ds, "TM:TM", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
}

static void
test_groups_resolve (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("small");
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) members = NULL;
    g_autofree char *name = NULL;

    g_assert_true (bloc_dataset_resolve_group (ds, "csto-ca", &members, &name, &error));
    g_assert_cmpuint (members->len, ==, 3);
    g_assert_cmpstr (name, ==, "csto-ca");
    g_clear_pointer (&members, g_array_unref);
    g_clear_pointer (&name, g_free);

    g_assert_true (bloc_dataset_resolve_group (ds, "UZ, TM,UZ", &members, &name, &error));
    g_assert_cmpuint (members->len, ==, 2);
    g_assert_false (bloc_dataset_resolve_group (ds, "nowhere", &members, &name, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND);
}

static void
test_sets (void)
{
    g_autoptr (GError) error = NULL;
    BlocKindSet kinds;
    BlocRoleSet roles;

    g_assert_true (bloc_kind_set_parse (&kinds, "country, person", &error));
    g_assert_cmpuint (kinds, ==,
                      BLOC_KIND_BIT (BLOC_KIND_COUNTRY) | BLOC_KIND_BIT (BLOC_KIND_PERSON));
    g_assert_true (bloc_role_set_parse (&roles, "member,observer", &error));
    g_assert_cmpuint (roles, ==,
                      BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_OBSERVER));
    g_assert_false (bloc_role_set_parse (&roles, "member,king", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_nonnull (strstr (error->message, "unknown role 'king'"));
    g_assert_false (BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (BLOC_ROLE_HOST));
    g_assert_true (BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (BLOC_ROLE_IMPLEMENTER));
}

static void
test_embedded (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_dataset_n_entities (ds), >, 0);
    g_assert_cmpstr (bloc_dataset_origin (ds), ==, "embedded:" BLOC_DEFAULT_DATASET);
    g_assert_nonnull (bloc_dataset_group (ds, "central-asia"));
}

/* Loads the broken dataset tests/data/bad/@name through the library and returns the error's
 * message, checking that no dataset comes back. */
static char *
load_bad (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *path = g_build_filename (BLOC_SOURCE_DIR, "tests", "data", "bad", name, NULL);
    g_autofree char *display = g_build_filename ("tests", "data", "bad", name, NULL);
    g_autoptr (GFile) dir = g_file_new_for_path (path);
    BlocDataset *ds = bloc_load_dataset_from (dir, display, &error);
    g_assert_null (ds);
    g_assert_nonnull (error);
    g_assert_true (error->domain == BLOC_ERROR);
    return g_strdup (error->message);
}

/* The validator, case by case: what it must catch, at which position. */
static void
test_validator (void)
{
    static const struct {
        const char *name, *message;
    } cases[] = {
        { "duplicate-id", "tests/data/bad/duplicate-id/entities.csv:5:1: duplicate id 'KZ' "
                          "(expected unique ids; first at line 2)" },
        { "unknown-kind", "tests/data/bad/unknown-kind/entities.csv:5:4: unknown kind 'state' "
                          "(expected one of: country, person, organization, body, agreement, "
                          "programme, forum, exercise)" },
        { "unknown-entity-to", "tests/data/bad/unknown-entity-to/ties.csv:4:4: unknown entity "
                               "'NATO' (expected an id of entities.csv)" },
        { "since-after-until", NULL },
        { "self-tie", NULL },
        { "duplicate-tie", NULL },
        { "empty-id", NULL },
        { "bad-year", NULL },
        { "ini-duplicate-key",
          "tests/data/bad/ini-duplicate-key/dataset.ini:6:3: duplicate key "
          "'members' in [group:ca] (expected each key once; first at line 5)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *message = load_bad (cases[i].name);
        if (cases[i].message != NULL)
            g_assert_cmpstr (message, ==, cases[i].message);
        /* Every message starts with its file, line and column, and says what was expected. */
        g_autofree char *prefix = g_strdup_printf ("tests/data/bad/%s/", cases[i].name);
        g_assert_true (g_str_has_prefix (message, prefix));
        g_assert_nonnull (strstr (message, "(expected"));
    }
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/load/dataset/small", test_small);
    g_test_add_func ("/load/dataset/without-ini", test_without_ini);
    g_test_add_func ("/load/dataset/empty-folder-name", test_empty_folder_name);
    g_test_add_func ("/load/dataset/embedded", test_embedded);
    g_test_add_func ("/load/validator", test_validator);
    g_test_add_func ("/model/dates", test_dates);
    g_test_add_func ("/model/time-filter", test_time_filter);
    g_test_add_func ("/model/bounds", test_bounds);
    g_test_add_func ("/model/scenario", test_scenario);
    g_test_add_func ("/model/cells", test_cells);
    g_test_add_func ("/model/groups", test_groups_resolve);
    g_test_add_func ("/model/sets", test_sets);
    return g_test_run ();
}
