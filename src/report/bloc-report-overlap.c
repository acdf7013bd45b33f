/* bloc-report-overlap.c: the sections of the page on the actors' overlap graph: the pairs that
 * share most, the actors' centrality and who bridges the blocs, and the communities. Each builds
 * its tables from the analyses of a dataset, once for the what-if and once for its baseline when
 * there is one, as bloc-report-sections.c says. */
#include <math.h>

#include "bloc-output.h"
#include "bloc-report-private.h"

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
        g_strdup_printf (T_ (r, "The pairs that share most memberships, %s"), year);
    const char *columns[] = {
        T_ (r, "actor"), T_ (r, "actor"), T_ (r, "shared"), T_ (r, "weighted"), T_ (r, "Jaccard"),
        /* TRANSLATORS: a column of the report's table of pairs: the overlap coefficient. */
        TC_ (r, "report", "overlap"), T_ (r, "cosine"), T_ (r, "via"), NULL
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
        g_autofree char *key =
            bloc_report_key_of (bloc_report_entity_id (ds, a), bloc_report_entity_id (ds, b));
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
    /* TRANSLATORS: the form goes with the second number, the pairs in all. */
    t->note = g_strdup_printf (TN_ (r, "%u of the %u pair that shares at least one membership.",
                                    "%u of the %u pairs that share at least one membership.", n),
                               shown, n);
    return t;
}

gboolean
bloc_report_section_overlap (BlocReport *r, GError **error)
{
    g_auto (BlocReportSectionTables) t = { .n = 1 };
    BlocView matrix;
    gboolean has_matrix = bloc_view_parse (&matrix, "matrix", NULL);

    t.now[0] = pairs_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = pairs_table (r, &r->base);
    bloc_report_open_section (r, "overlap", 3, T_ (r, "Overlap"));
    bloc_report_element (
        r, "p",
        T_ (r, "Pairs of actors by the memberships they share: the overlap graph joins every pair "
               "that shares one, and the table lists what the closest pairs share (via)."),
        NULL);
    bloc_report_write_compare_note (r, &t);
    if (!bloc_report_write_view_if_known (r, "matrix", bloc_report_section_differs (&t), error))
        return FALSE;
    BlocRenderOptions o;
    bloc_report_render_options (r, &o, BLOC_VIEW_OVERLAP);
    if (!bloc_report_write_figure (r, &o, has_matrix ? NULL : "matrix",
                                   bloc_report_section_differs (&t), error))
        return FALSE;
    bloc_report_write_section_tables (r, &t);
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
        g_strdup_printf (T_ (r, "Centrality of the actors, by betweenness, %s"), year);
    const char *columns[] = { T_ (r, "actor"),
                              T_ (r, "bloc"),
                              T_ (r, "partners"),
                              T_ (r, "strength"),
                              T_ (r, "betweenness"),
                              T_ (r, "eigenvector"),
                              T_ (r, "PageRank"),
                              T_ (r, "blocs reached"),
                              T_ (r, "share outside its bloc"),
                              T_ (r, "two-mode degree"),
                              T_ (r, "two-mode betweenness"),
                              NULL };
    BlocReportTable *t = bloc_report_table_new ("centrality", caption, columns);
    g_auto (Bridging) bridging = { 0 };
    g_autoptr (GArray) ranked = central_rank (d);

    bridging_compute (&bridging, d);
    for (guint k = 0; k < ranked->len; k++) {
        guint i = g_array_index (ranked, guint, k);
        guint entity = bloc_centrality_entity (d->cp, i);
        gint vertex = bloc_membership_vertex (d->m, entity);
        BlocReportRow *row = bloc_report_table_add_row (t, bloc_report_entity_id (ds, entity));
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
    g_auto (BlocReportSectionTables) t = { .n = 1 };
    const BlocReportData *d = &r->now;
    g_auto (Bridging) bridging = { 0 };
    g_autoptr (GArray) ranked = central_rank (d);

    t.now[0] = centrality_table (r, d);
    if (r->base.ds != NULL)
        t.base[0] = centrality_table (r, &r->base);
    bridging_compute (&bridging, d);

    bloc_report_open_section (r, "centrality", 4, T_ (r, "Centrality"));
    bloc_report_element (r, "p",
                         T_ (r, "Measures on the overlap graph of the actors, weighted by shared "
                                "memberships (path lengths count a pair that shares more as "
                                "nearer), and on the two-mode membership graph."),
                         NULL);
    bloc_report_write_compare_note (r, &t);
    bloc_report_element (r, "h3", T_ (r, "Who bridges the blocs"), NULL);
    bloc_report_element (
        r, "p",
        T_ (r, "The actors that lie most often on the shortest paths between others (betweenness), "
               "with the blocs their partners belong to and the share of their overlap outside "
               "their own bloc (see Communities)."),
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
        /* TRANSLATORS: the form goes with the number of blocs the partners are in. */
        bloc_report_textf (
            r,
            TN_ (r, "betweenness %s, partners in %u bloc, %s%% of its overlap outside bloc %u",
                 "betweenness %s, partners in %u blocs, %s%% of its overlap outside bloc %u",
                 bridging.blocs[i]),
            bloc_format_real (b, betweenness), bridging.blocs[i],
            isnan (bridging.outside[i])
                ? "0"
                : g_ascii_formatd (s, sizeof s, "%.0f", 100 * bridging.outside[i]),
            bloc_communities_of_vertex (d->c, i) + 1);
        bloc_report_close (r);
    }
    bloc_report_close (r);
    bloc_report_write_section_tables (r, &t);
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
    g_autofree char *caption = g_strdup_printf (T_ (r, "Blocs of actors, %s"), year);
    const char *columns[] = { T_ (r, "bloc"), T_ (r, "size"), T_ (r, "members"),
                              T_ (r, "what every member takes part in"), NULL };
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
    g_auto (BlocReportSectionTables) t = { .n = 1 };
    char q[G_ASCII_DTOSTR_BUF_SIZE];

    t.now[0] = communities_table (r, &r->now);
    if (r->base.ds != NULL)
        t.base[0] = communities_table (r, &r->base);
    bloc_report_open_section (r, "communities", 5, T_ (r, "Communities"));
    double modularity = bloc_communities_modularity (r->now.c);
    bloc_report_open (r, "p", NULL);
    bloc_report_textf (
        r,
        T_ (r, "Blocs found by the Leiden method on the overlap graph of the actors, weighted by "
               "shared memberships (modularity %s). The overlap figure colours them."),
        isnan (modularity) ? "—" : bloc_format_real (q, modularity));
    bloc_report_close (r);
    bloc_report_write_compare_note (r, &t);
    bloc_report_write_section_tables (r, &t);
    bloc_report_close (r);
    return TRUE;
}
