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
    double x = bloc_centrality_value (r->c, r->by, *(const guint *)a);
    double y = bloc_centrality_value (r->c, r->by, *(const guint *)b);
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
        BlocCentralityMeasure m;
        if (!bloc_centrality_parse (&m, g_strstrip (parts[i]), error))
            return FALSE;
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

typedef struct {
    char *graph;
    char *measure_text;
    char *weight_text;
    gboolean two_mode;
    BlocSide side;
    BlocOverlapMeasure weight;
    GArray *measures; /* BlocCentralityMeasure, in the order given */
} CentralityOptions;

static void
centrality_options_clear (CentralityOptions *o)
{
    g_clear_pointer (&o->graph, g_free);
    g_clear_pointer (&o->measure_text, g_free);
    g_clear_pointer (&o->weight_text, g_free);
    g_clear_pointer (&o->measures, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CentralityOptions, centrality_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    CentralityOptions *o = data;

    int graph = BLOC_CLI_GRAPH_TWO_MODE;
    if (o->graph != NULL && !bloc_enum_parse (&graph, bloc_cli_graph_enum (), o->graph, error))
        return FALSE;
    o->two_mode = graph == BLOC_CLI_GRAPH_TWO_MODE;
    if (!o->two_mode)
        o->side = (BlocSide)graph;
    if (o->measure_text == NULL)
        o->measure_text = g_strdup (o->two_mode ? "degree,closeness,harmonic,betweenness"
                                                : "degree,strength,closeness,harmonic,betweenness,"
                                                  "eigenvector,pagerank");
    o->measures = g_array_new (FALSE, FALSE, sizeof (BlocCentralityMeasure));
    if (!parse_measures (o->measures, o->measure_text, o->two_mode, error) ||
        (o->weight_text && !bloc_overlap_measure_parse (&o->weight, o->weight_text, error)))
        return FALSE;
    return TRUE;
}

/* The centralities asked for, on the graph asked for. */
static gboolean
compute (BlocCentrality **out, const BlocCliCommon *common, const CentralityOptions *o,
         GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    BlocCentralitySet set = 0;

    for (guint i = 0; i < o->measures->len; i++)
        set |= BLOC_CENTRALITY_BIT (g_array_index (o->measures, BlocCentralityMeasure, i));
    if (!bloc_membership_new (&m, common->ds, &common->scope, error))
        return FALSE;
    if (o->two_mode)
        return bloc_centrality_two_mode (out, m, set, error);
    return bloc_projection_new (&p, m, o->side, o->weight == BLOC_OVERLAP_WEIGHTED, error) &&
           bloc_centrality_projection (out, p, o->weight, set, error);
}

gboolean
cmd_centrality (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (CentralityOptions) o = { .weight = BLOC_OVERLAP_COUNT, .side = BLOC_SIDE_ACTORS };
    g_auto (BlocCliInt) top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT);
    const GOptionEntry entries[] = {
        { "graph", 'g', 0, G_OPTION_ARG_STRING, &o.graph,
          "two-mode (default), or the projection on countries (or actors) or on organizations "
          "(or others, organisations)",
          "GRAPH" },
        { "measure", 'm', 0, G_OPTION_ARG_STRING, &o.measure_text,
          "Measures, in this order (default: all that apply): degree, strength, closeness, "
          "harmonic, betweenness, eigenvector, pagerank",
          "M,..." },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &o.weight_text,
          "Edge weight of a projection: count (default), weighted, jaccard, overlap, cosine",
          "MEASURE" },
        { "top", 0, 0, G_OPTION_ARG_STRING, &top.text, "Only the N highest, by the first measure",
          "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("centrality", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &top, NULL },
    };
    g_autoptr (BlocCentrality) c = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !compute (&c, &common, &o, error))
        return FALSE;
    const BlocDataset *ds = common.ds;

    g_autoptr (GPtrArray) columns = g_ptr_array_new ();
    g_ptr_array_add (columns, "id");
    g_ptr_array_add (columns, "name");
    g_ptr_array_add (columns, "kind");
    for (guint i = 0; i < o.measures->len; i++)
        g_ptr_array_add (columns, (gpointer)bloc_centrality_to_string (
                                      g_array_index (o.measures, BlocCentralityMeasure, i)));
    g_ptr_array_add (columns, NULL);
    g_autoptr (BlocTable) table = bloc_table_new ((const char *const *)columns->pdata);

    g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint row = 0; row < bloc_centrality_n_rows (c); row++)
        g_array_append_val (rows, row);
    if (top.value > 0) {
        Rank rank = { c, g_array_index (o.measures, BlocCentralityMeasure, 0) };
        g_array_sort_with_data (rows, compare_rank, &rank);
        g_array_set_size (rows, (guint)MIN (rows->len, top.value));
    }
    for (guint i = 0; i < rows->len; i++) {
        guint row = g_array_index (rows, guint, i);
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_centrality_entity (c, row));
        bloc_table_add_row (table);
        bloc_table_add_text (table, e->id);
        bloc_table_add_text (table, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (table, bloc_kind_to_string (e->kind));
        for (guint k = 0; k < o.measures->len; k++)
            bloc_table_add_real (table,
                                 bloc_centrality_value (
                                     c, g_array_index (o.measures, BlocCentralityMeasure, k), row));
    }
    return bloc_cli_emit_table (&common, ds, table, error);
}
