/* bloc-import-cow.c: the Correlates of War IGO v3 importer: the files read
 * (bloc-import-cow-read.c) become a dataset: ids, entities with their years, ties from spells of
 * status, and dataset.ini. */
#include <string.h>

#include "bloc-import-private.h"

#define COW_SOURCE                                                                                 \
    "Pevehouse, McManus, Nordstrom & Warnke (2020), Tracking Organizations in the World: the "     \
    "Correlates of War IGO Version 3.0 datasets, Journal of Peace Research 57(3)"

/* Gives every IGO an id: its upper-case abbreviation, with "-IGO" when a state has that id. */
static gboolean
assign_igo_ids (BlocCowImport *im, GError **error)
{
    g_autoptr (GHashTable) taken = g_hash_table_new (g_str_hash, g_str_equal);

    for (guint i = 0; i < im->states->len; i++)
        g_hash_table_add (taken, ((BlocCowState *)g_ptr_array_index (im->states, i))->id);
    for (guint i = 0; i < im->igos->len; i++) {
        BlocCowIgo *g = g_ptr_array_index (im->igos, i);
        g_autofree char *upper = g_ascii_strup (g->abbrev, -1);
        g->id = g_hash_table_contains (taken, upper) ? g_strconcat (upper, "-IGO", NULL)
                                                     : g_steal_pointer (&upper);
        if (!g_hash_table_add (taken, g->id)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "two IGOs would both have the id '%s' (expected distinct abbreviations)",
                         g->id);
            return FALSE;
        }
        if (g->name == NULL)
            g->name = g_ascii_strup (g->abbrev, -1);
    }
    return TRUE;
}

/* With `carry`, an entity whose cells are all -9 in the years after its last known one still
 * exists in them, as its ties go on. */
static void
carry_existence (const BlocCowImport *im, gboolean igo, guint index, int *last)
{
    if (im->options->missing != BLOC_IMPORT_MISSING_CARRY || *last == 0)
        return;
    while (*last < im->last_year &&
           bloc_cow_year_flags (im, igo, index, *last + 1) == BLOC_COW_YEAR_MISSING)
        (*last)++;
}

static char *
year_text (int year)
{
    return year ? g_strdup_printf ("%d", year) : NULL;
}

/* Adds the states and IGOs that exist in the years kept, with their years: open at the last year
 * imported. Sets @state_entity and @igo_entity to their builder indices (G_MAXUINT when left
 * out). */
static void
add_entities (BlocCowImport *im, BlocImportBuilder *b, guint *state_entity, guint *igo_entity,
              BlocImportProblems *p)
{
    for (guint pass = 0; pass < 2; pass++) {
        GPtrArray *list = pass == 0 ? im->states : im->igos;
        for (guint i = 0; i < list->len; i++) {
            int first, last;
            const char *id, *name, *code, *abb;
            g_autofree char *code_text = NULL;
            if (pass == 0) {
                BlocCowState *s = g_ptr_array_index (list, i);
                first = s->first, last = s->last;
                id = s->id, name = s->name, abb = s->abb;
                code = code_text = g_strdup_printf ("%d", s->ccode);
            } else {
                BlocCowIgo *g = g_ptr_array_index (list, i);
                first = g->first, last = g->last;
                id = g->id, name = g->name, abb = g->abbrev, code = g->cow_code;
                if (first != 0 && g->repaired)
                    im->repaired++;
            }
            guint *slot = pass == 0 ? &state_entity[i] : &igo_entity[i];
            *slot = G_MAXUINT;
            if (first == 0)
                continue;
            carry_existence (im, pass == 1, i, &last);
            BlocImportEntityRef ref = {
                id,       { 0, 0 }, pass == 0 ? BLOC_KIND_COUNTRY : BLOC_KIND_ORGANIZATION,
                { 0, 0 }, name,     { 0, 0 }
            };
            if (!bloc_import_builder_entity (b, slot, &ref, p))
                continue;
            g_autofree char *since = year_text (first);
            g_autofree char *until = last < im->last_year ? year_text (last + 1) : NULL;
            bloc_import_builder_entity_dates (b, *slot, since, until);
            bloc_import_builder_entity_extra (b, *slot, 0, code);
            bloc_import_builder_entity_extra (b, *slot, 1, abb);
        }
    }
}

static const BlocRole status_roles[4] = { BLOC_ROLE_MEMBER, BLOC_ROLE_MEMBER, BLOC_ROLE_ASSOCIATE,
                                          BLOC_ROLE_OBSERVER };

static int
compare_lines (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The IGO-years in which every cell is -9, one line per IGO: "ICAO: 2014". */
static void
report_missing_years (BlocCowImport *im)
{
    g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
    guint total = 0;
    for (guint i = 0; i < im->igos->len; i++) {
        const BlocCowIgo *g = g_ptr_array_index (im->igos, i);
        if (g->first == 0)
            continue;
        GString *s = NULL;
        for (int y = im->first_year; y <= im->last_year; y++) {
            if (bloc_cow_year_flags (im, TRUE, g->index, y) != BLOC_COW_YEAR_MISSING)
                continue;
            int end = y;
            while (end < im->last_year &&
                   bloc_cow_year_flags (im, TRUE, g->index, end + 1) == BLOC_COW_YEAR_MISSING)
                end++;
            if (s == NULL)
                s = g_string_new (NULL);
            g_string_append_printf (s, "%s%d", s->len ? ", " : "", y);
            if (end > y)
                g_string_append_printf (s, "-%d", end);
            total += (guint)(end - y + 1);
            y = end;
        }
        if (s != NULL)
            g_ptr_array_add (lines, g_strdup_printf ("  %s: %s", g->id, s->str)),
                g_string_free (s, TRUE);
    }
    g_ptr_array_sort (lines, compare_lines);
    if (total == 0)
        return;
    bloc_import_report_add (im->report,
                            "missing entirely: %u organization-year%s of %u organization%s, in "
                            "which every cell is -9:",
                            total, total == 1 ? "" : "s", lines->len, lines->len == 1 ? "" : "s");
    for (guint i = 0; i < lines->len; i++)
        bloc_import_report_add (im->report, "%s", (const char *)g_ptr_array_index (lines, i));
}

static GKeyFile *
make_ini (const BlocCowImport *im, const char *const *files, const BlocImportBuilder *b)
{
    static const char *const p5[] = { "CN", "FR", "GB", "RU", "US", NULL };
    gboolean have_p5 = TRUE;
    g_autoptr (GString) names = g_string_new (NULL);

    for (guint i = 0; p5[i] != NULL; i++) {
        gboolean found = FALSE;
        for (guint j = 0; j < bloc_import_builder_n_entities (b) && !found; j++)
            found = strcmp (bloc_import_builder_entity_id (b, j), p5[i]) == 0;
        have_p5 &= found;
    }
    for (guint i = 0; files[i] != NULL; i++) {
        g_autofree char *base = g_path_get_basename (files[i]);
        g_string_append_printf (names, "%s%s", i ? ", " : "", base);
    }
    guint states = 0;
    for (guint j = 0; j < bloc_import_builder_n_entities (b); j++)
        states += bloc_import_builder_entity_kind (b, j) == BLOC_KIND_COUNTRY;
    g_autofree char *title =
        g_strdup_printf ("Correlates of War IGO v3, %d-%d", im->first_year, im->last_year);
    g_autofree char *description = g_strdup_printf (
        "Intergovernmental organization memberships of states, imported with bloc import cow-igo "
        "from %s: %u states, %u IGOs, %u ties. Status 1 is member, 2 associate, 3 observer; a "
        "spell of years %s cells coded -9 (missing).",
        names->str, states, bloc_import_builder_n_entities (b) - states,
        bloc_import_builder_n_ties (b),
        im->options->missing == BLOC_IMPORT_MISSING_CARRY ? "goes on across" : "ends at");
    const char *sources[] = { COW_SOURCE, NULL };
    GKeyFile *ini = bloc_import_ini_new (im->target, title, description, sources);
    if (have_p5) {
        g_key_file_set_string (ini, "dataset", "default-group", "p5");
        g_key_file_set_string (ini, "group:p5", "name",
                               "Permanent members of the UN Security Council");
        g_key_file_set_string_list (ini, "group:p5", "members", p5, 5);
    }
    g_key_file_set_string (ini, "weights", "member", "1.0");
    g_key_file_set_string (ini, "weights", "associate", "0.5");
    g_key_file_set_string (ini, "weights", "observer", "0.25");
    return ini;
}

gboolean
bloc_import_cow (BlocImportReport **out, const char *const *files,
                 const BlocImportCowOptions *options, const BlocImportTarget *target,
                 GError **error)
{
    g_auto (BlocCowImport) im = { 0 };
    g_auto (BlocImportProblems) problems = { 0 };
    g_autoptr (BlocImportReport) report = bloc_import_report_new ();

    if (files == NULL || files[0] == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "no input file (expected COW IGO v3 files)");
        return FALSE;
    }
    if (options->year_from && options->year_to && options->year_from > options->year_to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad years %d-%d (expected A <= B)",
                     options->year_from, options->year_to);
        return FALSE;
    }
    if (g_strv_length ((char **)files) > 255) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "too many files (expected at most 255)");
        return FALSE;
    }
    if (!bloc_import_target_check (target, error))
        return FALSE;

    bloc_import_problems_init (&problems);
    bloc_cow_import_init (&im, options, target, report, &problems);
    if (!bloc_cow_read (&im, files, error))
        return FALSE;
    guint n_files = g_strv_length ((char **)files);
    if (!bloc_import_problems_check (&problems, error))
        return FALSE;
    if (im.first_year == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA, "no data rows in the years asked for");
        return FALSE;
    }
    if (!assign_igo_ids (&im, error))
        return FALSE;

    /* The builder's order does not matter: the dataset is written in id order. */
    static const char *const extra[] = { "cow_code", "cow_abb", NULL };
    g_autoptr (BlocImportBuilder) b = bloc_import_builder_new (files[0], extra);
    g_autofree guint *state_entity = g_new (guint, im.states->len + 1);
    g_autofree guint *igo_entity = g_new (guint, im.igos->len + 1);
    add_entities (&im, b, state_entity, igo_entity, &problems);

    g_autoptr (GArray) spells = g_array_new (FALSE, FALSE, sizeof (BlocImportSpell));
    bloc_import_collapse (im.observations, options->missing, spells, &im.conflicts);
    for (guint i = 0; i < spells->len; i++) {
        const BlocImportSpell *s = &g_array_index (spells, BlocImportSpell, i);
        g_autofree char *since = year_text (s->first);
        g_autofree char *until = s->last < im.last_year ? year_text (s->last + 1) : NULL;
        BlocImportSpot at = { s->line, 0 };
        bloc_import_builder_tie (b, state_entity[s->from], igo_entity[s->to],
                                 status_roles[s->value], since, until, "COW IGO v3", NULL, at,
                                 &problems);
    }

    g_autoptr (GKeyFile) ini = make_ini (&im, files, b);
    bloc_import_report_add (report, "read: %" G_GUINT64_FORMAT " rows of %u %s, years %d-%d",
                            im.report->rows, n_files, n_files == 1 ? "file" : "files",
                            im.first_year, im.last_year);
    bloc_import_report_add (report, "memberships: %" G_GUINT64_FORMAT " cells coded 1, 2 or 3",
                            im.memberships);
    bloc_import_report_add (report, "missing: %" G_GUINT64_FORMAT " cells coded -9, %s",
                            report->missing,
                            options->missing == BLOC_IMPORT_MISSING_CARRY
                                ? "across which a spell goes on (--missing carry)"
                                : "at which a spell ends (--missing end)");
    report_missing_years (&im);
    if (n_files > 1)
        bloc_import_report_add (report,
                                "conflicts: %" G_GUINT64_FORMAT " cells coded differently by two "
                                "files (the first file's code kept)",
                                im.conflicts);
    if (im.repaired > 0)
        bloc_import_report_add (report,
                                "names: %u IGO %s had Mac Roman letters stored as control "
                                "characters, repaired",
                                im.repaired, im.repaired == 1 ? "name" : "names");
    if (!bloc_import_builder_write (b, ini, target, report, &problems, error))
        return FALSE;
    *out = g_steal_pointer (&report);
    return TRUE;
}
