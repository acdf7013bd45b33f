/* cmd-centrality.c: bloc centrality — who is central, on the two-mode graph or a projection. */
#include <math.h>
#include <string.h>

#include "cli.h"

typedef struct {
    const BlocCentrality *c;
    BlocCentralityMeasure by;
} Rank;

/* By the ranking measure, highest first (undefined values last); rows arrive in id order and
 * the sort is stable, so equal values stay in id order. Values that differ only by rounding
 * (equivalent vertices of eigenvector or PageRank, computed iteratively) count as equal, so the
 * order does not hang on the last bits. */
static int
compare_rank (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const Rank *r = user_data;
    double x = r->c->values[r->by][*(const guint *)a], y = r->c->values[r->by][*(const guint *)b];
    if (isnan (x) || isnan (y))
        return isnan (x) - isnan (y);
    if (fabs (x - y) <= 1e-9 * MAX (fabs (x), fabs (y)))
        return 0;
    return x > y ? -1 : 1;
}

/* Parses the --measure list, keeping the order given, and checks each applies to the graph. */
static gboolean
parse_measures (GArray *out, const char *text, gboolean two_mode, GError **error)
{
    g_auto (GStrv) parts = g_strsplit (text, ",", -1);
    for (int i = 0; parts[i] != NULL; i++) {
        BlocCentralitySet one;
        if (!bloc_centrality_set_parse (&one, parts[i], error))
            return FALSE;
        BlocCentralityMeasure m = (BlocCentralityMeasure)g_bit_nth_lsf (one, -1);
        if (two_mode && (m == BLOC_CENTRALITY_STRENGTH || m == BLOC_CENTRALITY_EIGENVECTOR ||
                         m == BLOC_CENTRALITY_PAGERANK)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "measure '%s' is not defined on the two-mode graph (expected degree, "
                         "closeness, harmonic or betweenness, or --graph countries)",
                         bloc_centrality_to_string (m));
            return FALSE;
        }
        g_array_append_val (out, m);
    }
    return TRUE;
}

gboolean
cmd_centrality (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    BlocCliScope scope_options = { 0 };
    g_autofree char *graph = NULL;
    g_autofree char *measure_text = NULL;
    g_autofree char *weight_text = NULL;
    int top = 0;
    const GOptionEntry entries[] = {
        { "graph", 'g', 0, G_OPTION_ARG_STRING, &graph,
          "two-mode (default), countries or organizations (the projections)", "GRAPH" },
        { "measure", 'm', 0, G_OPTION_ARG_STRING, &measure_text,
          "Measures, in this order (default: all that apply): degree, strength, closeness, "
          "harmonic, betweenness, eigenvector, pagerank",
          "M,..." },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight_text,
          "Edge weight of a projection: count (default), weighted, jaccard, overlap, cosine",
          "MEASURE" },
        { "top", 0, 0, G_OPTION_ARG_INT, &top, "Only the N highest, by the first measure", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("centrality", NULL, entries, &common);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (BlocTable) table = NULL;
    g_autoptr (GArray) measures = g_array_new (FALSE, FALSE, sizeof (BlocCentralityMeasure));
    g_autoptr (GPtrArray) columns = g_ptr_array_new ();
    g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
    BlocOverlapMeasure weight = BLOC_OVERLAP_COUNT;
    BlocCentralitySet set = 0;
    BlocScope scope;
    BlocSide side = BLOC_SIDE_ACTORS;
    gboolean two_mode, ok = FALSE;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 0, error))
        goto out;
    two_mode = graph == NULL || strcmp (graph, "two-mode") == 0;
    if (!two_mode && !bloc_cli_side_parse (&side, graph, NULL)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "unknown graph '%s' (expected two-mode, countries or organizations)", graph);
        goto out;
    }
    if (measure_text == NULL)
        measure_text = g_strdup (two_mode ? "degree,closeness,harmonic,betweenness"
                                          : "degree,strength,closeness,harmonic,betweenness,"
                                            "eigenvector,pagerank");
    if (!parse_measures (measures, measure_text, two_mode, error) ||
        (weight_text && !bloc_overlap_measure_parse (&weight, weight_text, error)) ||
        !bloc_cli_scope_resolve (&scope_options, &common, &scope, error))
        goto out;
    if (top < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad --top %d (expected N >= 1)", top);
        goto out;
    }
    for (guint i = 0; i < measures->len; i++)
        set |= BLOC_CENTRALITY_BIT (g_array_index (measures, BlocCentralityMeasure, i));

    if ((ds = bloc_cli_load (&common, error)) == NULL ||
        !bloc_membership_new (&m, ds, &scope, error))
        goto out;
    if (two_mode) {
        if (!bloc_centrality_two_mode (&c, m, set, error))
            goto out;
    } else if (!bloc_projection_new (&p, m, side, weight == BLOC_OVERLAP_WEIGHTED, error) ||
               !bloc_centrality_projection (&c, p, weight, set, error)) {
        goto out;
    }

    g_ptr_array_add (columns, "id");
    g_ptr_array_add (columns, "name");
    g_ptr_array_add (columns, "kind");
    for (guint i = 0; i < measures->len; i++)
        g_ptr_array_add (columns, (gpointer)bloc_centrality_to_string (
                                      g_array_index (measures, BlocCentralityMeasure, i)));
    g_ptr_array_add (columns, NULL);
    table = bloc_table_new ((const char *const *)columns->pdata);

    for (guint v = 0; v < igraph_vector_int_size (&c->entity); v++)
        g_array_append_val (rows, v);
    if (top > 0) {
        Rank rank = { c, g_array_index (measures, BlocCentralityMeasure, 0) };
        g_array_sort_with_data (rows, compare_rank, &rank);
        g_array_set_size (rows, MIN (rows->len, (guint)top));
    }
    for (guint i = 0; i < rows->len; i++) {
        guint v = g_array_index (rows, guint, i);
        const BlocEntity *e = bloc_dataset_entity (ds, VECTOR (c->entity)[v]);
        bloc_table_add_row (table);
        bloc_table_add_text (table, e->id);
        bloc_table_add_text (table, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (table, bloc_kind_to_string (e->kind));
        for (guint k = 0; k < measures->len; k++)
            bloc_table_add_real (table,
                                 c->values[g_array_index (measures, BlocCentralityMeasure, k)][v]);
    }
    ok = bloc_cli_emit_table (&common, ds, table, error);
out:
    bloc_cli_common_clear (&common);
    bloc_cli_scope_clear (&scope_options);
    return ok;
}
