/* bloc-report-sections.c: the sections of the page, from the dataset to the timeline.
 *
 * Each section builds its tables from the analyses of a dataset (BlocReportData), once for the
 * what-if and once for its baseline when there is one, and writes them side by side where they
 * differ; its figures get the baseline's figure beside them in that case.
 */
#include <math.h>
#include <string.h>

#include "bloc-output.h"
#include "bloc-report-private.h"

void
bloc_report_open_section (BlocReport *r, const char *name, guint number, const char *title)
{
    g_autofree char *id = g_strconcat ("s-", name, NULL);
    g_autofree char *heading = g_strconcat ("h-", name, NULL);
    bloc_report_open (r, "section", "id", id, "aria-labelledby", heading, NULL);
    bloc_report_open (r, "h2", "id", heading, NULL);
    bloc_report_textf (r, "%u. ", number);
    bloc_report_text (r, title);
    bloc_report_close (r);
}

/* A key of several parts, joined by a character no id holds. Caller frees. */
static char *
key_of (const char *a, const char *b)
{
    return g_strconcat (a, "\x1f", b, NULL);
}

/* @text in a first-strong isolate, to keep its own direction inside a sentence of the page's
 * language. Caller frees. */
static char *
isolate (const char *text)
{
    return g_strconcat ("\u2068", text, "\u2069", NULL);
}

static const char *
entity_id (const BlocDataset *ds, guint entity)
{
    return bloc_dataset_entity (ds, entity)->id;
}

/* The tables of a section: @n of them for the data (@now) and as many for the baseline of a
 * what-if (@base, NULL without one). */
typedef struct {
    BlocReportTable *now[4];
    BlocReportTable *base[4];
    guint n;
} Tables;

static void
tables_clear (Tables *t)
{
    for (guint i = 0; i < t->n; i++) {
        g_clear_pointer (&t->now[i], bloc_report_table_free);
        g_clear_pointer (&t->base[i], bloc_report_table_free);
    }
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tables, tables_clear)

static gboolean
tables_differ (const Tables *t)
{
    for (guint i = 0; i < t->n; i++)
        if (t->base[i] != NULL && bloc_report_tables_differ (t->now[i], t->base[i]))
            return TRUE;
    return FALSE;
}

static void
write_tables (BlocReport *r, const Tables *t)
{
    for (guint i = 0; i < t->n; i++)
        bloc_report_write_table (r, t->now[i], t->base[i]);
}

/* A paragraph that says the section differs from the baseline, or not, under a what-if. */
static void
write_compare_note (BlocReport *r, const Tables *t)
{
    if (r->base.ds == NULL)
        return;
    bloc_report_element (r, "p",
                         bloc_report_w (r, tables_differ (t)
                                               ? "The what-if changes this section: the "
                                                 "baseline is shown beside it."
                                               : "The what-if changes nothing in this section."),
                         "class", "note compare-note", NULL);
}

/* ---- 1. The dataset ------------------------------------------------------------------------- */

static BlocReportTable *
counts_table (const BlocReport *r, const BlocDataset *ds, gboolean kinds)
{
    BlocCounts counts;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption = g_strdup_printf (
        "%s, %s", bloc_report_w (r, kinds ? "Entities by kind" : "Ties by role"), year);
    const char *columns[] = { bloc_report_w (r, kinds ? "kind" : "role"),
                              bloc_report_w (r, kinds ? "entities" : "ties"), NULL };
    BlocReportTable *t = bloc_report_table_new (kinds ? "kinds" : "roles", caption, columns);

    bloc_dataset_count (ds, r->o->scope.year, &counts);
    guint total = 0;
    for (guint i = 0; i < (kinds ? BLOC_N_KINDS : BLOC_N_ROLES); i++) {
        guint n = kinds ? counts.kinds[i] : counts.roles[i];
        if (n == 0)
            continue;
        const char *name =
            kinds ? bloc_kind_to_string ((BlocKind)i) : bloc_role_to_string ((BlocRole)i);
        BlocReportRow *row = bloc_report_table_add_row (t, name);
        bloc_report_row_text (row, bloc_report_w (r, name));
        bloc_report_row_number (row, n);
        total += n;
    }
    BlocReportRow *row = bloc_report_table_add_row (t, "");
    bloc_report_row_text (row, bloc_report_w (r, "total"));
    bloc_report_row_number (row, total);
    return t;
}

gboolean
bloc_report_section_dataset (BlocReport *r, GError **error)
{
    const BlocDataset *ds = r->ds;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_auto (Tables) t = { .n = 2 };

    for (guint i = 0; i < 2; i++) {
        t.now[i] = counts_table (r, ds, i == 0);
        if (r->base.ds != NULL)
            t.base[i] = counts_table (r, r->base.ds, i == 0);
    }
    bloc_report_open_section (r, "dataset", 1, bloc_report_w (r, "The dataset"));
    if (*bloc_dataset_description (ds) != '\0')
        bloc_report_element (r, "p", bloc_dataset_description (ds), "dir", "auto", NULL);
    bloc_report_open (r, "dl", "class", "facts", NULL);
    bloc_report_element (r, "dt", bloc_report_w (r, "Title"), NULL);
    bloc_report_element (r, "dd", bloc_dataset_title (ds), "dir", "auto", NULL);
    bloc_report_element (r, "dt", bloc_report_w (r, "Year"), NULL);
    bloc_report_element (r, "dd", year, NULL);
    const char *const *sources = bloc_dataset_sources (ds);
    if (sources[0] != NULL) {
        bloc_report_element (r, "dt", bloc_report_w (r, "Sources"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; sources[i] != NULL; i++)
            bloc_report_element (r, "li", sources[i], "dir", "auto", NULL);
        bloc_report_close (r);
        bloc_report_close (r);
    }
    if (bloc_dataset_n_groups (ds) > 0) {
        bloc_report_element (r, "dt", bloc_report_w (r, "Groups"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
            const BlocGroup *g = bloc_dataset_nth_group (ds, i);
            bloc_report_open (r, "li", NULL);
            bloc_report_open (r, "strong", NULL);
            bloc_report_element (r, "bdi", g->name ? g->name : g->id, NULL);
            bloc_report_close (r);
            bloc_report_text (r, ": ");
            g_autoptr (GArray) members = g_array_copy (g->members);
            bloc_dataset_sort_by_id (ds, members);
            bloc_report_entity_links (r, members);
            bloc_report_close (r);
        }
        bloc_report_close (r);
        bloc_report_close (r);
    }
    if (bloc_dataset_n_scenario_lines (ds) > 0) {
        bloc_report_element (r, "dt", bloc_report_w (r, "What-if"), NULL);
        bloc_report_open (r, "dd", NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; i < bloc_dataset_n_scenario_lines (ds); i++)
            bloc_report_element (r, "li", bloc_dataset_scenario_line (ds, i), "dir", "auto", NULL);
        bloc_report_close (r);
        bloc_report_close (r);
    }
    bloc_report_close (r);
    write_compare_note (r, &t);
    write_tables (r, &t);

    bloc_report_element (r, "h3", bloc_report_w (r, "The membership graph"), NULL);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_MEMBERSHIP);
    if (!bloc_report_write_figure (r, &o, "incidence", tables_differ (&t), error))
        return FALSE;
    bloc_report_close (r);
    return TRUE;
}

/* ---- 2. Participation gaps ------------------------------------------------------------------ */

static void
gaps_tables (const BlocReport *r, const BlocReportData *d, BlocReportTable **out_entities,
             BlocReportTable **out_members)
{
    const BlocDataset *ds = d->ds;
    const BlocGaps *gaps = d->gaps;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *group = isolate (r->o->group_name);
    g_autofree char *caption = g_strdup_printf (bloc_report_w (r, "What the members of %s take "
                                                                  "part in, by coverage, %s"),
                                                group, year);
    const char *columns[] = { bloc_report_w (r, "entity"),   bloc_report_w (r, "kind"),
                              bloc_report_w (r, "coverage"), bloc_report_w (r, "present"),
                              bloc_report_w (r, "absent"),   NULL };
    BlocReportTable *entities = bloc_report_table_new ("gaps", caption, columns);
    g_autoptr (GArray) ranked = bloc_gaps_rank (gaps);

    for (guint k = 0; k < ranked->len; k++) {
        guint i = g_array_index (ranked, guint, k);
        guint entity = bloc_gaps_entity (gaps, i);
        const GArray *present = bloc_gaps_present (gaps, i);
        BlocReportRow *row = bloc_report_table_add_row (entities, entity_id (ds, entity));
        g_autoptr (GArray) who = g_array_new (FALSE, FALSE, sizeof (guint));
        g_autoptr (GPtrArray) roles = g_ptr_array_new ();
        bloc_report_row_about (row, entity);
        for (guint p = 0; p < present->len; p++) {
            const BlocPresence *presence = &g_array_index (present, BlocPresence, p);
            g_array_append_val (who, presence->entity);
            g_ptr_array_add (
                roles, presence->role == BLOC_ROLE_MEMBER
                           ? NULL
                           : (gpointer)bloc_report_w (r, bloc_role_to_string (presence->role)));
            bloc_report_row_about (row, presence->entity);
        }
        bloc_report_row_entity (row, ds, entity);
        bloc_report_row_text (
            row, bloc_report_w (r, bloc_kind_to_string (bloc_dataset_entity (ds, entity)->kind)));
        bloc_report_row_number (row, bloc_gaps_coverage (gaps, i));
        bloc_report_row_entities_noted (row, ds, who, (const char *const *)roles->pdata);
        bloc_report_row_entities (row, ds, bloc_gaps_absent (gaps, i));
    }

    g_autofree char *members_caption =
        g_strdup_printf (bloc_report_w (r, "Gaps of each member of %s, %s"), group, year);
    const char *member_columns[] = { bloc_report_w (r, "member"), bloc_report_w (r, "gaps"),
                                     bloc_report_w (r, "stays out of"), NULL };
    BlocReportTable *members =
        bloc_report_table_new ("gaps-members", members_caption, member_columns);
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        guint member = bloc_gaps_member (gaps, i);
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        BlocReportRow *row = bloc_report_table_add_row (members, entity_id (ds, member));
        bloc_report_row_about (row, member);
        bloc_report_row_entity (row, ds, member);
        bloc_report_row_number (row, member_gaps->len);
        bloc_report_row_entities (row, ds, member_gaps);
    }
    *out_entities = entities;
    *out_members = members;
}

gboolean
bloc_report_section_gaps (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 2 };

    bloc_report_open_section (r, "gaps", 2, bloc_report_w (r, "Participation gaps"));
    if (r->now.gaps == NULL) {
        bloc_report_element (r, "p",
                             bloc_report_w (r, "The dataset defines no group: make the report "
                                               "with --group to see whose gaps."),
                             "class", "note", NULL);
        bloc_report_close (r);
        return TRUE;
    }
    gaps_tables (r, &r->now, &t.now[0], &t.now[1]);
    if (r->base.ds != NULL)
        gaps_tables (r, &r->base, &t.base[0], &t.base[1]);

    g_autofree char *group = isolate (r->o->group_name);
    bloc_report_open (r, "p", NULL);
    bloc_report_textf (r,
                       bloc_report_w (r, "Which of the %u members of %s take part in each "
                                         "entity that at least %u of them join, and who stays "
                                         "out."),
                       bloc_gaps_group (r->now.gaps)->len, group, r->o->min_present);
    bloc_report_text (r, " ");
    bloc_report_element (r, "strong", bloc_report_w (r, "One short of complete:"), NULL);
    bloc_report_text (r, " ");
    bloc_report_entity_links (r, bloc_gaps_one_short (r->now.gaps));
    bloc_report_close (r);
    write_compare_note (r, &t);

    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_GAPS);
    if (!bloc_report_write_figure (r, &o, "incidence", tables_differ (&t), error))
        return FALSE;
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 3. Overlap ----------------------------------------------------------------------------- */

typedef struct {
    const BlocProjection *p;
    const BlocDataset *ds;
} PairRank;

/* Most shared first, then by the weighted count, then by the pair's ids. */
static int
compare_pairs (gconstpointer a, gconstpointer b, gpointer data)
{
    const PairRank *rank = data;
    guint x = *(const guint *)a, y = *(const guint *)b;
    guint sx = bloc_projection_shared (rank->p, x), sy = bloc_projection_shared (rank->p, y);
    if (sx != sy)
        return sx > sy ? -1 : 1;
    double wx = bloc_projection_value (rank->p, x, BLOC_OVERLAP_WEIGHTED),
           wy = bloc_projection_value (rank->p, y, BLOC_OVERLAP_WEIGHTED);
    if (wx != wy)
        return wx > wy ? -1 : 1;
    guint xa, xb, ya, yb;
    bloc_projection_edge (rank->p, x, &xa, &xb);
    bloc_projection_edge (rank->p, y, &ya, &yb);
    int c = bloc_dataset_compare_ids (rank->ds, xa, ya);
    return c != 0 ? c : bloc_dataset_compare_ids (rank->ds, xb, yb);
}

static BlocReportTable *
pairs_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    const BlocProjection *p = d->p;
    guint n = bloc_projection_n_edges (p);
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption =
        g_strdup_printf (bloc_report_w (r, "The pairs that share most memberships, %s"), year);
    const char *columns[] = {
        bloc_report_w (r, "actor"),    bloc_report_w (r, "actor"),   bloc_report_w (r, "shared"),
        bloc_report_w (r, "weighted"), bloc_report_w (r, "Jaccard"), bloc_report_w (r, "overlap"),
        bloc_report_w (r, "cosine"),   bloc_report_w (r, "via"),     NULL
    };
    BlocReportTable *t = bloc_report_table_new ("pairs", caption, columns);
    g_autoptr (GArray) edges = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    PairRank rank = { p, ds };

    for (guint e = 0; e < n; e++)
        g_array_append_val (edges, e);
    g_array_sort_with_data (edges, compare_pairs, &rank);
    guint shown = MIN (n, r->o->top_pairs);
    for (guint k = 0; k < shown; k++) {
        guint e = g_array_index (edges, guint, k), a, b;
        bloc_projection_edge (p, e, &a, &b);
        g_autofree char *key = key_of (entity_id (ds, a), entity_id (ds, b));
        BlocReportRow *row = bloc_report_table_add_row (t, key);
        bloc_report_row_about (row, a);
        bloc_report_row_about (row, b);
        bloc_report_row_entity (row, ds, a);
        bloc_report_row_entity (row, ds, b);
        bloc_report_row_number (row, bloc_projection_shared (p, e));
        for (int m = BLOC_OVERLAP_WEIGHTED; m < BLOC_N_OVERLAP_MEASURES; m++)
            bloc_report_row_number (row, bloc_projection_value (p, e, (BlocOverlapMeasure)m));
        bloc_report_row_entities (row, ds, bloc_projection_via (p, e));
    }
    t->note = g_strdup_printf (bloc_report_w (r, "%u of the %u pairs that share at least one "
                                                 "membership."),
                               shown, n);
    return t;
}

gboolean
bloc_report_section_overlap (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 1 };
    BlocView matrix;
    gboolean has_matrix = bloc_view_parse (&matrix, "matrix", NULL);

    t.now[0] = pairs_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = pairs_table (r, &r->base);
    bloc_report_open_section (r, "overlap", 3, bloc_report_w (r, "Overlap"));
    bloc_report_element (r, "p",
                         bloc_report_w (r, "Pairs of actors by the memberships they share: the "
                                           "overlap graph joins every pair that shares one, and "
                                           "the table lists what the closest pairs share (via)."),
                         NULL);
    write_compare_note (r, &t);
    if (!bloc_report_write_view_if_known (r, "matrix", tables_differ (&t), error))
        return FALSE;
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_OVERLAP);
    if (!bloc_report_write_figure (r, &o, has_matrix ? NULL : "matrix", tables_differ (&t), error))
        return FALSE;
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 4. Centrality -------------------------------------------------------------------------- */

/* For each projection vertex: how many blocs its partners belong to (its own included when a
 * partner shares it), and the share of its overlap (shared memberships) with other blocs. */
typedef struct {
    guint *blocs;
    double *outside;
} Bridging;

static void
bridging_clear (Bridging *b)
{
    g_clear_pointer (&b->blocs, g_free);
    g_clear_pointer (&b->outside, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Bridging, bridging_clear)

static void
bridging_compute (Bridging *out, const BlocReportData *d)
{
    guint n = bloc_projection_n_vertices (d->p);
    guint k = bloc_communities_n_communities (d->c);
    g_autofree gboolean *seen = g_new0 (gboolean, (gsize)n * MAX (k, 1));
    g_autofree double *strength = g_new0 (double, n);
    g_autofree guint *vertex_of = NULL;
    guint n_entities = bloc_dataset_n_entities (d->ds);

    vertex_of = g_new (guint, n_entities);
    for (guint v = 0; v < n; v++)
        vertex_of[bloc_projection_entity (d->p, v)] = v;
    out->blocs = g_new0 (guint, n);
    out->outside = g_new0 (double, n);
    for (guint e = 0; e < bloc_projection_n_edges (d->p); e++) {
        guint a, b;
        bloc_projection_edge (d->p, e, &a, &b);
        guint va = vertex_of[a], vb = vertex_of[b];
        guint ca = bloc_communities_of_vertex (d->c, va),
              cb = bloc_communities_of_vertex (d->c, vb);
        double w = bloc_projection_shared (d->p, e);
        strength[va] += w;
        strength[vb] += w;
        if (ca != cb) {
            out->outside[va] += w;
            out->outside[vb] += w;
        }
        if (!seen[(gsize)va * k + cb]) {
            seen[(gsize)va * k + cb] = TRUE;
            out->blocs[va]++;
        }
        if (!seen[(gsize)vb * k + ca]) {
            seen[(gsize)vb * k + ca] = TRUE;
            out->blocs[vb]++;
        }
    }
    for (guint v = 0; v < n; v++)
        out->outside[v] = strength[v] > 0 ? out->outside[v] / strength[v] : NAN;
}

typedef struct {
    const BlocCentrality *c;
    const BlocDataset *ds;
} CentralityRank;

/* By betweenness, then strength, highest first, then by id. */
static int
compare_central (gconstpointer a, gconstpointer b, gpointer data)
{
    const CentralityRank *rank = data;
    guint x = *(const guint *)a, y = *(const guint *)b;
    const BlocCentralityMeasure order[] = { BLOC_CENTRALITY_BETWEENNESS, BLOC_CENTRALITY_STRENGTH };
    for (guint k = 0; k < G_N_ELEMENTS (order); k++) {
        double vx = bloc_centrality_value (rank->c, order[k], x),
               vy = bloc_centrality_value (rank->c, order[k], y);
        if (isnan (vx) != isnan (vy))
            return isnan (vx) ? 1 : -1;
        if (vx != vy && !isnan (vx))
            return vx > vy ? -1 : 1;
    }
    return bloc_dataset_compare_ids (rank->ds, bloc_centrality_entity (rank->c, x),
                                     bloc_centrality_entity (rank->c, y));
}

/* The rows of the projection's centrality, ranked (transfer full). */
static GArray *
central_rank (const BlocReportData *d)
{
    guint n = bloc_centrality_n_rows (d->cp);
    GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    CentralityRank rank = { d->cp, d->ds };
    for (guint i = 0; i < n; i++)
        g_array_append_val (rows, i);
    g_array_sort_with_data (rows, compare_central, &rank);
    return rows;
}

static BlocReportTable *
centrality_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption =
        g_strdup_printf (bloc_report_w (r, "Centrality of the actors, by betweenness, %s"), year);
    const char *columns[] = { bloc_report_w (r, "actor"),
                              bloc_report_w (r, "bloc"),
                              bloc_report_w (r, "partners"),
                              bloc_report_w (r, "strength"),
                              bloc_report_w (r, "betweenness"),
                              bloc_report_w (r, "eigenvector"),
                              bloc_report_w (r, "PageRank"),
                              bloc_report_w (r, "blocs reached"),
                              bloc_report_w (r, "share outside its bloc"),
                              bloc_report_w (r, "two-mode degree"),
                              bloc_report_w (r, "two-mode betweenness"),
                              NULL };
    BlocReportTable *t = bloc_report_table_new ("centrality", caption, columns);
    g_auto (Bridging) bridging = { 0 };
    g_autoptr (GArray) ranked = central_rank (d);

    bridging_compute (&bridging, d);
    for (guint k = 0; k < ranked->len; k++) {
        guint i = g_array_index (ranked, guint, k);
        guint entity = bloc_centrality_entity (d->cp, i);
        gint vertex = bloc_membership_vertex (d->m, entity);
        BlocReportRow *row = bloc_report_table_add_row (t, entity_id (ds, entity));
        bloc_report_row_about (row, entity);
        bloc_report_row_entity (row, ds, entity);
        bloc_report_row_number (row, bloc_communities_of_vertex (d->c, i) + 1);
        const BlocCentralityMeasure measures[] = {
            BLOC_CENTRALITY_DEGREE,      BLOC_CENTRALITY_STRENGTH, BLOC_CENTRALITY_BETWEENNESS,
            BLOC_CENTRALITY_EIGENVECTOR, BLOC_CENTRALITY_PAGERANK,
        };
        for (guint m = 0; m < G_N_ELEMENTS (measures); m++)
            bloc_report_row_number (row, bloc_centrality_value (d->cp, measures[m], i));
        bloc_report_row_number (row, bridging.blocs[i]);
        bloc_report_row_number (row, bridging.outside[i]);
        /* Two-mode rows are the membership graph's vertices, the actors first. */
        bloc_report_row_number (
            row, bloc_centrality_value (d->c2, BLOC_CENTRALITY_DEGREE, (guint)vertex));
        bloc_report_row_number (
            row, bloc_centrality_value (d->c2, BLOC_CENTRALITY_BETWEENNESS, (guint)vertex));
    }
    return t;
}

gboolean
bloc_report_section_centrality (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 1 };
    const BlocReportData *d = &r->now;
    g_auto (Bridging) bridging = { 0 };
    g_autoptr (GArray) ranked = central_rank (d);

    t.now[0] = centrality_table (r, d);
    if (r->base.ds != NULL)
        t.base[0] = centrality_table (r, &r->base);
    bridging_compute (&bridging, d);

    bloc_report_open_section (r, "centrality", 4, bloc_report_w (r, "Centrality"));
    bloc_report_element (r, "p",
                         bloc_report_w (r, "Measures on the overlap graph of the actors, weighted "
                                           "by shared memberships (path lengths count a pair "
                                           "that shares more as nearer), and on the two-mode "
                                           "membership graph."),
                         NULL);
    write_compare_note (r, &t);
    bloc_report_element (r, "h3", bloc_report_w (r, "Who bridges the blocs"), NULL);
    bloc_report_element (r, "p",
                         bloc_report_w (r, "The actors that lie most often on the shortest paths "
                                           "between others (betweenness), with the blocs their "
                                           "partners belong to and the share of their overlap "
                                           "outside their own bloc (see Communities)."),
                         NULL);
    bloc_report_open (r, "ol", "class", "bridges", NULL);
    for (guint k = 0; k < MIN (ranked->len, 5u); k++) {
        guint i = g_array_index (ranked, guint, k);
        double betweenness = bloc_centrality_value (d->cp, BLOC_CENTRALITY_BETWEENNESS, i);
        char b[G_ASCII_DTOSTR_BUF_SIZE], s[G_ASCII_DTOSTR_BUF_SIZE];
        if (isnan (betweenness) || betweenness <= 0)
            break;
        g_autofree char *data_e =
            g_strdup_printf ("%u", r->number[bloc_centrality_entity (d->cp, i)]);
        bloc_report_open (r, "li", "data-e", data_e, NULL);
        bloc_report_entity_link (r, bloc_centrality_entity (d->cp, i));
        bloc_report_text (r, ": ");
        bloc_report_textf (r,
                           bloc_report_w (r, "betweenness %s, partners in %u blocs, %s%% of its "
                                             "overlap outside bloc %u"),
                           bloc_format_real (b, betweenness), bridging.blocs[i],
                           isnan (bridging.outside[i])
                               ? "0"
                               : g_ascii_formatd (s, sizeof s, "%.0f", 100 * bridging.outside[i]),
                           bloc_communities_of_vertex (d->c, i) + 1);
        bloc_report_close (r);
    }
    bloc_report_close (r);
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 5. Communities ------------------------------------------------------------------------- */

/* The entities every member of @members (actor entity indices) takes part in, sorted by id. */
static GArray *
shared_by_all (const BlocReportData *d, const GArray *members)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    if (members->len == 0)
        return out;
    GArray *first = d->joins[g_array_index (members, guint, 0)];
    for (guint i = 0; first != NULL && i < first->len; i++) {
        guint other = g_array_index (first, guint, i);
        gboolean all = TRUE;
        for (guint k = 1; k < members->len && all; k++) {
            const GArray *joins = d->joins[g_array_index (members, guint, k)];
            gboolean found = FALSE;
            for (guint j = 0; joins != NULL && j < joins->len && !found; j++)
                found = g_array_index (joins, guint, j) == other;
            all = found;
        }
        if (all)
            g_array_append_val (out, other);
    }
    return out;
}

static BlocReportTable *
communities_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption = g_strdup_printf (bloc_report_w (r, "Blocs of actors, %s"), year);
    const char *columns[] = { bloc_report_w (r, "bloc"), bloc_report_w (r, "size"),
                              bloc_report_w (r, "members"),
                              bloc_report_w (r, "what every member takes part in"), NULL };
    BlocReportTable *t = bloc_report_table_new ("communities", caption, columns);

    for (guint i = 0; i < bloc_communities_n_communities (d->c); i++) {
        const GArray *members = bloc_communities_members (d->c, i);
        g_autoptr (GArray) shared = shared_by_all (d, members);
        /* Blocs are numbered by their first id, so the key is the members. */
        g_autofree char *key = bloc_dataset_join_ids (ds, members, "\x1f", 0);
        BlocReportRow *row = bloc_report_table_add_row (t, key);
        for (guint k = 0; k < members->len; k++)
            bloc_report_row_about (row, g_array_index (members, guint, k));
        bloc_report_row_number (row, i + 1);
        bloc_report_row_number (row, members->len);
        bloc_report_row_entities (row, ds, members);
        bloc_report_row_entities (row, ds, shared);
    }
    return t;
}

gboolean
bloc_report_section_communities (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 1 };
    char q[G_ASCII_DTOSTR_BUF_SIZE];

    t.now[0] = communities_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = communities_table (r, &r->base);
    bloc_report_open_section (r, "communities", 5, bloc_report_w (r, "Communities"));
    double modularity = bloc_communities_modularity (r->now.c);
    bloc_report_open (r, "p", NULL);
    bloc_report_textf (r,
                       bloc_report_w (r, "Blocs found by the Leiden method on the overlap graph "
                                         "of the actors, weighted by shared memberships "
                                         "(modularity %s). The overlap figure colours them."),
                       isnan (modularity) ? "—" : bloc_format_real (q, modularity));
    bloc_report_close (r);
    write_compare_note (r, &t);
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 6. Nesting ----------------------------------------------------------------------------- */

static BlocReportTable *
nesting_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    const BlocNesting *n = d->nesting;
    guint n_classes = bloc_nesting_n_classes (n);
    g_autofree char *year = bloc_report_year_phrase (r);
    g_autofree char *caption =
        g_strdup_printf (bloc_report_w (r, "Member sets and the sets they fall within, %s"), year);
    const char *columns[] = { bloc_report_w (r, "entities with this member set"),
                              bloc_report_w (r, "size"),
                              bloc_report_w (r, "members"),
                              bloc_report_w (r, "within"),
                              bloc_report_w (r, "holds"),
                              NULL };
    BlocReportTable *t = bloc_report_table_new ("nesting", caption, columns);
    g_autoptr (GPtrArray) supers = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
    g_autoptr (GPtrArray) subs = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

    for (guint i = 0; i < n_classes; i++) {
        g_ptr_array_add (supers, g_array_new (FALSE, FALSE, sizeof (guint)));
        g_ptr_array_add (subs, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
    for (guint e = 0; e < bloc_nesting_n_edges (n); e++) {
        guint sub, super;
        bloc_nesting_edge (n, e, &sub, &super);
        guint super_entity = g_array_index (bloc_nesting_class_equal (n, super), guint, 0);
        guint sub_entity = g_array_index (bloc_nesting_class_equal (n, sub), guint, 0);
        g_array_append_val (g_ptr_array_index (supers, sub), super_entity);
        g_array_append_val (g_ptr_array_index (subs, super), sub_entity);
    }
    for (guint i = 0; i < n_classes; i++) {
        const GArray *equal = bloc_nesting_class_equal (n, i);
        const GArray *members = bloc_nesting_class_members (n, i);
        BlocReportRow *row = bloc_report_table_add_row (t, bloc_nesting_class_id (n, ds, i));
        for (guint k = 0; k < equal->len; k++)
            bloc_report_row_about (row, g_array_index (equal, guint, k));
        for (guint k = 0; k < members->len; k++)
            bloc_report_row_about (row, g_array_index (members, guint, k));
        bloc_dataset_sort_by_id (ds, g_ptr_array_index (supers, i));
        bloc_dataset_sort_by_id (ds, g_ptr_array_index (subs, i));
        bloc_report_row_entities (row, ds, equal);
        bloc_report_row_number (row, members->len);
        bloc_report_row_entities (row, ds, members);
        bloc_report_row_entities (row, ds, g_ptr_array_index (supers, i));
        bloc_report_row_entities (row, ds, g_ptr_array_index (subs, i));
    }
    return t;
}

gboolean
bloc_report_section_nesting (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 1 };

    t.now[0] = nesting_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = nesting_table (r, &r->base);
    bloc_report_open_section (r, "nesting", 6, bloc_report_w (r, "Nesting"));
    bloc_report_element (r, "p",
                         bloc_report_w (r, "Which member sets fall within which: entities with "
                                           "the same members are merged, and each set is joined "
                                           "to the smallest sets that hold it (at least 2 "
                                           "members)."),
                         NULL);
    write_compare_note (r, &t);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_NESTING);
    if (!bloc_report_write_figure (r, &o, "upset", tables_differ (&t), error))
        return FALSE;
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}

/* ---- 7. Timeline ---------------------------------------------------------------------------- */

static BlocReportTable *
timeline_table (const BlocReport *r, const BlocReportData *d)
{
    const BlocDataset *ds = d->ds;
    g_autofree char *caption = NULL;
    if (r->o->scope.year == BLOC_YEAR_ALL)
        caption = g_strdup (bloc_report_w (r, "Joins and exits by year"));
    else
        caption = g_strdup_printf (bloc_report_w (r, "Joins and exits by year, up to %d"),
                                   r->o->scope.year);
    const char *columns[] = { bloc_report_w (r, "year"), bloc_report_w (r, "change"),
                              bloc_report_w (r, "who"),  bloc_report_w (r, "what"),
                              bloc_report_w (r, "role"), NULL };
    BlocReportTable *t = bloc_report_table_new ("timeline", caption, columns);
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

    for (guint i = 0; i < d->changes->len; i++) {
        const BlocChange *c = &g_array_index (d->changes, BlocChange, i);
        const char *change = bloc_change_to_string (c->change);
        const char *role = bloc_role_to_string (c->role);
        g_autofree char *key =
            g_strdup_printf ("%d\x1f%s\x1f%s\x1f%s\x1f%s", c->year, change, entity_id (ds, c->from),
                             entity_id (ds, c->to), role);
        /* Two ties with the same role between the same pair (two periods) are two rows. */
        for (guint n = 2; g_hash_table_contains (seen, key); n++) {
            g_autofree char *again = g_strdup_printf ("%s\x1f%u", key, n);
            g_free (key);
            key = g_steal_pointer (&again);
        }
        g_hash_table_add (seen, g_strdup (key));
        BlocReportRow *row = bloc_report_table_add_row (t, key);
        bloc_report_row_about (row, c->from);
        bloc_report_row_about (row, c->to);
        bloc_report_row_number (row, c->year);
        bloc_report_row_text (row, bloc_report_w (r, change));
        bloc_report_row_entity (row, ds, c->from);
        bloc_report_row_entity (row, ds, c->to);
        bloc_report_row_text (row, bloc_report_w (r, role));
    }
    if (d->n_undated > 0)
        t->note = g_strdup_printf (bloc_report_w (r, "%u ties have no start date, so no join."),
                                   d->n_undated);
    return t;
}

gboolean
bloc_report_section_timeline (BlocReport *r, GError **error)
{
    g_auto (Tables) t = { .n = 1 };

    t.now[0] = timeline_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = timeline_table (r, &r->base);
    bloc_report_open_section (r, "timeline", 7, bloc_report_w (r, "Timeline"));
    write_compare_note (r, &t);
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_TIMELINE);
    if (!bloc_report_write_figure (r, &o, NULL, tables_differ (&t), error))
        return FALSE;
    write_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}
