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
    double x = bloc_projection_value (r->p, *(const guint *)a, r->measure);
    double y = bloc_projection_value (r->p, *(const guint *)b, r->measure);
    return x == y ? 0 : (x > y ? -1 : 1);
}

typedef struct {
    char *between;
    char *measure_text;
    BlocSide side;
    BlocOverlapMeasure measure;
} OverlapOptions;

static void
overlap_options_clear (OverlapOptions *o)
{
    g_clear_pointer (&o->between, g_free);
    g_clear_pointer (&o->measure_text, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OverlapOptions, overlap_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    OverlapOptions *o = data;

    if (!bloc_cli_side_parse (&o->side, o->between, error) ||
        (o->measure_text && !bloc_overlap_measure_parse (&o->measure, o->measure_text, error)))
        return FALSE;
    return TRUE;
}

gboolean
cmd_overlap (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (OverlapOptions) o = { .measure = BLOC_OVERLAP_COUNT };
    g_auto (BlocCliReal) min = BLOC_CLI_REAL ("--min", 0);
    g_auto (BlocCliInt) top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT);
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Pairs of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { "measure", 'm', 0, G_OPTION_ARG_STRING, &o.measure_text,
          "Measure for --min and --top: count (default), weighted, jaccard, overlap, cosine",
          "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_STRING, &min.text, "Drop pairs whose measure is below N", "N" },
        { "top", 0, 0, G_OPTION_ARG_STRING, &top.text, "Only the N pairs with the highest measure",
          "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("overlap", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &top, NULL },
        .reals = (BlocCliReal *const[]){ &min, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    /* The shared entities are listed for the pairs shown only, not kept for every pair. */
    const BlocProjectionOptions projection = { .weighted = TRUE, .via = FALSE };

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_membership_new (&m, ds, &common.scope, error) ||
        !bloc_projection_new_full (&p, m, o.side, &projection, error))
        return FALSE;

    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    if (top.value > 0) {
        Rank rank = { p, o.measure };
        g_array_sort_with_data (edges, compare_rank, &rank);
    }
    g_autoptr (BlocTable) table = bloc_table_new ((const char *[]){
        "a", "b", "shared", "weighted", "jaccard", "overlap", "cosine", "via", NULL });
    guint shown = 0;
    for (guint i = 0; i < edges->len && (top.value == 0 || shown < top.value); i++) {
        guint e = g_array_index (edges, guint, i);
        if (bloc_projection_value (p, e, o.measure) < min.value)
            continue;
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        bloc_table_add_row (table);
        bloc_table_add_text (table, bloc_dataset_entity (ds, a)->id);
        bloc_table_add_text (table, bloc_dataset_entity (ds, b)->id);
        bloc_table_add_int (table, bloc_projection_shared (p, e));
        for (int k = BLOC_OVERLAP_WEIGHTED; k < BLOC_N_OVERLAP_MEASURES; k++)
            bloc_table_add_real (table, bloc_projection_value (p, e, (BlocOverlapMeasure)k));
        g_autoptr (GArray) via = bloc_projection_shared_entities (p, e);
        bloc_cli_table_add_ids (table, ds, via);
        shown++;
    }
    return bloc_cli_emit_table (&common, ds, table, error);
}
