/* cmd-overlap.c: bloc overlap — pairwise co-membership. */
#include "cli.h"

typedef struct {
    const BlocProjection *p;
    BlocOverlapMeasure measure;
} Rank;

/* By the chosen measure, highest first; the edges arrive in id order, which breaks ties. */
static int
compare_rank (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const Rank *r = user_data;
    double x = VECTOR (r->p->values[r->measure])[*(const guint *)a];
    double y = VECTOR (r->p->values[r->measure])[*(const guint *)b];
    return x == y ? 0 : (x > y ? -1 : 1);
}

gboolean
cmd_overlap (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    BlocCliScope scope_options = { 0 };
    g_autofree char *between = NULL;
    g_autofree char *measure_text = NULL;
    double min = 0;
    int top = 0;
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &between,
          "Pairs of countries (default) or of organizations", "countries|organizations" },
        { "measure", 'm', 0, G_OPTION_ARG_STRING, &measure_text,
          "Measure for --min and --top: count (default), weighted, jaccard, overlap, cosine",
          "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_DOUBLE, &min, "Drop pairs whose measure is below N", "N" },
        { "top", 0, 0, G_OPTION_ARG_INT, &top, "Only the N pairs with the highest measure", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("overlap", NULL, entries, &common);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocTable) table = NULL;
    g_autoptr (GArray) edges = NULL;
    BlocOverlapMeasure measure = BLOC_OVERLAP_COUNT;
    BlocSide side;
    BlocScope scope;
    gboolean ok = FALSE;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 0, error) ||
        !bloc_cli_side_parse (&side, between, error) ||
        (measure_text && !bloc_overlap_measure_parse (&measure, measure_text, error)) ||
        !bloc_cli_scope_resolve (&scope_options, &common, &scope, error))
        goto out;
    if (top < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad --top %d (expected N >= 1)", top);
        goto out;
    }
    if ((ds = bloc_cli_load (&common, error)) == NULL ||
        !bloc_membership_new (&m, ds, &scope, error) ||
        !bloc_projection_new (&p, m, side, TRUE, error))
        goto out;

    edges = bloc_projection_sorted_edges (p);
    if (top > 0) {
        Rank rank = { p, measure };
        g_array_sort_with_data (edges, compare_rank, &rank);
    }
    table = bloc_table_new ((const char *[]){ "a", "b", "shared", "weighted", "jaccard", "overlap",
                                              "cosine", "via", NULL });
    guint shown = 0;
    for (guint i = 0; i < edges->len && (top == 0 || shown < (guint)top); i++) {
        guint e = g_array_index (edges, guint, i);
        if (VECTOR (p->values[measure])[e] < min)
            continue;
        igraph_integer_t a = IGRAPH_FROM (&p->graph, e), b = IGRAPH_TO (&p->graph, e);
        bloc_table_add_row (table);
        bloc_table_add_text (table, bloc_dataset_entity (ds, VECTOR (p->entity)[MIN (a, b)])->id);
        bloc_table_add_text (table, bloc_dataset_entity (ds, VECTOR (p->entity)[MAX (a, b)])->id);
        bloc_table_add_int (table, VECTOR (p->shared)[e]);
        for (int k = BLOC_OVERLAP_WEIGHTED; k < BLOC_N_OVERLAP_MEASURES; k++)
            bloc_table_add_real (table, VECTOR (p->values[k])[e]);
        bloc_cli_table_add_ids (table, ds, g_ptr_array_index (p->via, e));
        shown++;
    }
    ok = bloc_cli_emit_table (&common, ds, table, error);
out:
    bloc_cli_common_clear (&common);
    bloc_cli_scope_clear (&scope_options);
    return ok;
}
