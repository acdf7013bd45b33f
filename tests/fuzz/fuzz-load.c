/* fuzz-load.c: the dataset loader (bloc-load.h) on any files, then every analysis on what loads.
 *
 * The input is split at NUL bytes into up to six parts: entities.csv, ties.csv, dataset.ini (a
 * file is left out when its part is missing), a snapshot year, and what-if changes to add
 * ("FROM:TO[:ROLE]") and remove ("FROM:TO"). The files are written to a temporary folder and
 * loaded as a user's folder would be.
 *
 * A refused dataset must come with a data error whose every line is "file:line:col: what". In a
 * loaded one, no id begins with '=', '+' or '@', or with '-' unless it is a number, and none
 * holds a format character (Unicode category Cf: bidirectional controls, zero-width joiners,
 * byte-order marks). It goes through the membership graph, both projections, overlap,
 * centrality (two-mode and projected), communities (Leiden, multilevel, Barber), gaps, nesting,
 * the hypergeometric backbone, NODF, an ego network, timeline and diff, for all current ties
 * and, when the year parses, for that year. Analyses may refuse, with a bloc error, but never
 * crash.
 *
 * What bloc writes as CSV for spreadsheets is checked with a CSV parser of the harness's own: a
 * table of every text of the dataset (ids, names, cells, sources, lists) and the edge list and
 * incidence matrix of `bloc export`. No cell begins with '=', '+', '-', '@', a tab or a carriage
 * return unless it is a number, and the table's cells give back the texts put in.
 */
#include <string.h>

#include "bloc-analyze.h"
#include "bloc-export.h"
#include "bloc-load.h"
#include "bloc-output.h"
#include "bloc-stats.h"
#include "fuzz.h"

#define ALL_CENTRALITIES ((BlocCentralitySet)((1u << BLOC_N_CENTRALITIES) - 1))

/* An analysis refused: that is allowed, in bloc's own error domain. */
static void
refused (GError **error, const char *what)
{
    FUZZ_CHECK (*error != NULL, "%s failed without an error", what);
    FUZZ_CHECK ((*error)->domain == BLOC_ERROR, "%s failed outside BLOC_ERROR: %s", what,
                (*error)->message);
    g_clear_error (error);
}

/* The group whose gaps are computed: the default group, else the first, else every country. */
static GArray *
pick_group (const BlocDataset *ds)
{
    GArray *group = NULL;
    g_autofree char *name = NULL;

    const char *spec = bloc_dataset_default_group (ds);
    if (spec == NULL && bloc_dataset_n_groups (ds) > 0)
        spec = bloc_dataset_nth_group (ds, 0)->id;
    if (spec != NULL) {
        g_autoptr (GError) error = NULL;
        FUZZ_CHECK (bloc_dataset_resolve_group (ds, spec, &group, &name, &error),
                    "a loaded dataset's group '%s' does not resolve: %s", spec, error->message);
        return group;
    }
    group = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++)
        if (bloc_dataset_entity (ds, i)->kind == BLOC_KIND_COUNTRY)
            g_array_append_val (group, i);
    return group;
}

static void
analyse_projection (const BlocMembership *m, BlocSide side)
{
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (GError) error = NULL;

    if (!bloc_projection_new (&p, m, side, TRUE, &error)) {
        refused (&error, "projection");
        return;
    }
    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    FUZZ_CHECK (edges != NULL, "no sorted edges");
    for (int w = 0; w < BLOC_N_OVERLAP_MEASURES; w += 2) { /* count, jaccard, cosine */
        g_autoptr (BlocCentrality) c = NULL;
        if (!bloc_centrality_projection (&c, p, (BlocOverlapMeasure)w, ALL_CENTRALITIES, &error))
            refused (&error, "centrality on the projection");
    }
    g_autoptr (BlocCommunities) leiden = NULL, multilevel = NULL;
    if (!bloc_communities_compute (&leiden, p, BLOC_OVERLAP_WEIGHTED, BLOC_COMMUNITY_LEIDEN,
                                   BLOC_DEFAULT_SEED, &error))
        refused (&error, "Leiden");
    if (!bloc_communities_compute (&multilevel, p, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_MULTILEVEL,
                                   BLOC_DEFAULT_SEED, &error))
        refused (&error, "multilevel");
}

static void
analyse (const BlocDataset *ds, int year, const GArray *group)
{
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GError) error = NULL;
    BlocScope scope;

    bloc_scope_init (&scope);
    scope.year = year;
    if (!bloc_membership_new (&m, ds, &scope, &error)) {
        refused (&error, "membership graph");
        return;
    }
    analyse_projection (m, BLOC_SIDE_ACTORS);
    analyse_projection (m, BLOC_SIDE_OTHERS);

    g_autoptr (BlocCentrality) two_mode = NULL;
    if (!bloc_centrality_two_mode (&two_mode, m, ALL_CENTRALITIES, &error))
        refused (&error, "two-mode centrality");

    g_autoptr (GArray) members = NULL;
    g_autoptr (BlocGaps) gaps = NULL;
    if (!bloc_membership_group (&members, m, group, &error))
        refused (&error, "group");
    else if (!bloc_gaps_compute (&gaps, m, members, 1, &error))
        refused (&error, "gaps");

    g_autoptr (BlocNesting) nesting = NULL;
    if (!bloc_nesting_compute (&nesting, m, 1, &error))
        refused (&error, "nesting");

    BlocBackboneOptions bo;
    bloc_backbone_options_init (&bo);
    bo.two_sided = TRUE;
    g_autoptr (BlocBackbone) backbone = NULL;
    if (!bloc_backbone_compute (&backbone, m, &bo, &error))
        refused (&error, "backbone");

    /* A few samples: the null model's paths, not its precision. */
    BlocNestednessOptions no;
    bloc_nestedness_options_init (&no);
    no.samples = 3;
    g_autoptr (BlocNestedness) nodf = NULL;
    if (!bloc_nestedness_compute (&nodf, m, &no, &error))
        refused (&error, "nestedness");

    g_autoptr (BlocBarber) barber = NULL;
    if (!bloc_barber_compute (&barber, m, BLOC_DEFAULT_SEED, 1, &error))
        refused (&error, "barber");

    if (bloc_dataset_n_entities (ds) > 0) {
        g_autoptr (BlocEgo) ego = NULL;
        if (!bloc_ego_compute (&ego, ds, &scope, 0, 2, &error))
            refused (&error, "ego");
        else
            FUZZ_CHECK (bloc_ego_distance (ego, 0) == 0, "the focus is not at distance 0");
    }
}

/* No cell of @csv is a formula to a spreadsheet; returns its rows (transfer full). */
static GPtrArray *
check_csv (GBytes *bytes, const char *what)
{
    gsize len;
    const char *csv = g_bytes_get_data (bytes, &len);
    GPtrArray *rows = fuzz_csv_parse (csv, len);

    FUZZ_CHECK (rows != NULL, "%s: not CSV", what);
    for (guint r = 0; r < rows->len; r++) {
        GPtrArray *row = g_ptr_array_index (rows, r);
        for (guint c = 0; c < row->len; c++) {
            const char *cell = g_ptr_array_index (row, c);
            FUZZ_CHECK (strchr ("=+-@\t\r", cell[0]) == NULL || cell[0] == '\0' ||
                            fuzz_is_number (cell),
                        "%s: row %u, column %u: the cell '%s' is a formula to a spreadsheet", what,
                        r, c, cell);
        }
    }
    return rows;
}

/* Adds @text to @table as a text cell, and to @texts. */
static void
add_text (BlocTable *table, GPtrArray *texts, const char *text)
{
    bloc_table_add_text (table, text);
    g_ptr_array_add (texts, g_strdup (text));
}

/* Every text of @ds in a table written as CSV: each cell is no formula, and, without the mark
 * that keeps it from being one, is the text put in. The ids of each tie are a list cell; a
 * negative number stays as it is. */
static void
check_csv_table (const BlocDataset *ds)
{
    static const char *const columns[] = { "id", "text", "list", "number", NULL };
    g_autoptr (BlocTable) table = bloc_table_new (columns);
    g_autoptr (GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);

    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        bloc_table_add_row (table);
        add_text (table, texts, e->id);
        add_text (table, texts, e->name);
        const char *items[] = { e->id, e->name, bloc_kind_to_string (e->kind), NULL };
        bloc_table_add_list (table, items, G_N_ELEMENTS (items) - 1);
        g_ptr_array_add (texts, g_strjoinv (";", (char **)items));
        bloc_table_add_int (table, -(gint64)e->line);
        g_ptr_array_add (texts, g_strdup_printf ("%d", -(int)e->line));
        /* The cells that are set, each with its column's name (the cells are sparse). */
        for (guint c = 0; c < bloc_dataset_n_entity_columns (ds); c++) {
            const char *cell = bloc_entity_cell_at (ds, e, c);
            if (*cell == '\0')
                continue;
            bloc_table_add_row (table);
            add_text (table, texts, bloc_dataset_entity_column (ds, c));
            add_text (table, texts, cell);
            bloc_table_add_list (table, NULL, 0);
            g_ptr_array_add (texts, g_strdup (""));
            bloc_table_add_int (table, (gint64)c);
            g_ptr_array_add (texts, g_strdup_printf ("%u", c));
        }
    }
    for (guint t = 0; t < bloc_dataset_n_ties (ds); t++) {
        const BlocTie *tie = bloc_dataset_tie (ds, t);
        bloc_table_add_row (table);
        add_text (table, texts, bloc_dataset_entity (ds, tie->from)->id);
        add_text (table, texts, tie->source != NULL ? tie->source : "");
        const char *items[] = { bloc_dataset_entity (ds, tie->to)->id,
                                bloc_tie_cell (ds, tie, "note"), NULL };
        bloc_table_add_list (table, items, G_N_ELEMENTS (items) - 1);
        g_ptr_array_add (texts, g_strjoinv (";", (char **)items));
        bloc_table_add_int (table, -(gint64)tie->line);
        g_ptr_array_add (texts, g_strdup_printf ("%d", -(int)tie->line));
    }

    g_autoptr (GString) out = g_string_new (NULL);
    bloc_table_format (table, BLOC_FORMAT_CSV, out);
    g_autoptr (GBytes) bytes = g_bytes_new (out->str, out->len);
    g_autoptr (GPtrArray) rows = check_csv (bytes, "table");
    FUZZ_CHECK (rows->len == bloc_table_n_rows (table) + 1, "table: %u rows read of %u written",
                rows->len, bloc_table_n_rows (table) + 1);
    for (guint r = 1; r < rows->len; r++) {
        GPtrArray *row = g_ptr_array_index (rows, r);
        FUZZ_CHECK (row->len == 4, "table: row %u has %u cells", r, row->len);
        for (guint c = 0; c < 4; c++) {
            const char *want = g_ptr_array_index (texts, (r - 1) * 4 + c);
            const char *got = bloc_csv_unmark (g_ptr_array_index (row, c));
            FUZZ_CHECK (strcmp (got, want) == 0, "table: row %u, column %u: '%s' read back as '%s'",
                        r, c, want, got);
        }
    }
}

/* The CSV exports: the edge list and the incidence matrix of the current two-mode graph. */
static void
check_csv_exports (const BlocDataset *ds)
{
    static const BlocExportFormat formats[] = { BLOC_EXPORT_EDGES, BLOC_EXPORT_INCIDENCE };

    for (guint f = 0; f < G_N_ELEMENTS (formats); f++) {
        BlocExportOptions o;
        bloc_export_options_init (&o);
        o.format = formats[f];
        g_autoptr (GBytes) bytes = NULL;
        g_autoptr (GError) error = NULL;
        if (!bloc_export (&bytes, ds, &o, &error)) {
            refused (&error, bloc_export_format_to_string (formats[f]));
            continue;
        }
        g_ptr_array_unref (check_csv (bytes, bloc_export_format_to_string (formats[f])));
    }
}

/* Tie indices, as bloc_dataset_ties_of() gives them, must be ties. */
static void
check_ties (const BlocDataset *ds, const GArray *ties)
{
    for (guint i = 0; i < ties->len; i++)
        FUZZ_CHECK (g_array_index (ties, guint, i) < bloc_dataset_n_ties (ds), "tie %u of %u",
                    g_array_index (ties, guint, i), bloc_dataset_n_ties (ds));
}

/* A timeline is sorted by year, and names ties that exist. */
static void
check_timeline (const BlocDataset *ds, const GArray *changes)
{
    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        FUZZ_CHECK (c->tie < bloc_dataset_n_ties (ds), "change %u: tie %u of %u", i, c->tie,
                    bloc_dataset_n_ties (ds));
        FUZZ_CHECK (i == 0 || g_array_index (changes, BlocChange, i - 1).year <= c->year,
                    "timeline not sorted by year at change %u", i);
    }
}

/* A NUL-terminated copy of @part, or NULL when it is missing or empty. */
static char *
part_text (const FuzzPart *parts, guint n, guint i)
{
    return i < n && parts[i].len > 0 ? g_strndup (parts[i].data, parts[i].len) : NULL;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
    static const char *const files[] = { "entities.csv", "ties.csv", "dataset.ini" };
    FuzzPart parts[6];
    guint n = fuzz_split (data, size, parts, G_N_ELEMENTS (parts));
    g_autoptr (GError) error = NULL;

    for (guint i = 0; i < G_N_ELEMENTS (files); i++)
        g_free (fuzz_write (files[i], i < n ? parts[i].data : NULL, i < n ? parts[i].len : 0));

    const char *dir = fuzz_tmp_dir ();
    g_autoptr (BlocDataset) ds = bloc_load_dataset (dir, &error);
    if (ds == NULL) {
        g_autofree char *entities = g_strconcat (dir, "/entities.csv:", NULL);
        g_autofree char *ties = g_strconcat (dir, "/ties.csv:", NULL);
        g_autofree char *ini = g_strconcat (dir, "/dataset.ini:", NULL);
        const char *const prefixes[] = { entities, ties, ini, NULL };
        g_autofree char *trailer =
            g_strdup_printf ("too many errors; stopped after %d", BLOC_LOAD_MAX_ERRORS);
        FUZZ_CHECK (error != NULL && error->domain == BLOC_ERROR && error->code == BLOC_ERROR_DATA,
                    "refused without a data error");
        FUZZ_CHECK (fuzz_positioned (error->message, prefixes, trailer),
                    "an error without a file and position: %s", error->message);
        return 0;
    }

    fuzz_check_ids (ds);
    check_csv_table (ds);
    check_csv_exports (ds);

    /* What-if changes, as --add and --remove give them. */
    g_autofree char *add = part_text (parts, n, 4), *remove = part_text (parts, n, 5);
    if (add != NULL && !bloc_dataset_add_tie (ds, add, &error))
        refused (&error, "--add");
    if (remove != NULL && !bloc_dataset_remove_ties (ds, remove, &error))
        refused (&error, "--remove");

    BlocCounts counts;
    bloc_dataset_count (ds, BLOC_YEAR_ALL, &counts);
    g_autoptr (GArray) group = pick_group (ds);
    analyse (ds, BLOC_YEAR_ALL, group);

    g_autofree char *year_text = part_text (parts, n, 3);
    int year;
    if (year_text != NULL && bloc_year_parse (year_text, &year)) {
        bloc_dataset_count (ds, year, &counts);
        analyse (ds, year, group);
    }

    guint undated = 0;
    g_autoptr (GArray) timeline = bloc_timeline (ds, -1, BLOC_PARTICIPATION_ROLES, &undated);
    check_timeline (ds, timeline);
    if (bloc_dataset_n_entities (ds) > 0) {
        g_autoptr (GArray) in = bloc_dataset_ties_of (ds, 0, TRUE, BLOC_YEAR_ALL, TRUE);
        g_autoptr (GArray) out = bloc_dataset_ties_of (ds, 0, FALSE, BLOC_YEAR_ALL, FALSE);
        g_autoptr (GArray) own = bloc_timeline (ds, 0, BLOC_PARTICIPATION_ROLES, NULL);
        check_ties (ds, in);
        check_ties (ds, out);
        check_timeline (ds, own);
    }
    if (counts.first_year != 0) {
        BlocScope scope;
        bloc_scope_init (&scope);
        g_autoptr (GArray) changes = NULL;
        if (!bloc_diff (&changes, ds, &scope, counts.first_year, counts.last_year, group, 2,
                        &error))
            refused (&error, "diff");
    }
    return 0;
}
