/* cmd-centrality.c: bloc centrality — who is central, on the two-mode graph or a projection. */
#include <math.h>
#include <string.h>

#include "cli.h"

/* -1, 0 or 1 as @x ranks above, with or below @y: highest first, undefined values last. Values
 * that differ only by rounding (equivalent vertices of eigenvector or PageRank, computed
 * iteratively) count as equal, so the order does not hang on the last bits. */
static int
compare_values (double x, double y)
{
    if (isnan (x) || isnan (y))
        return isnan (x) - isnan (y);
    if (fabs (x - y) <= 1e-9 * MAX (fabs (x), fabs (y)))
        return 0;
    return x > y ? -1 : 1;
}

typedef struct {
    const BlocCentrality *c;
    const GArray *measures; /* BlocCentralityMeasure, in the order given */
} Rank;

/* By the first measure listed, ties broken by the next ones; rows arrive in id order and the
 * sort is stable, so what is still equal stays in id order. */
static int
compare_rank (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const Rank *r = user_data;
    for (guint k = 0; k < r->measures->len; k++) {
        BlocCentralityMeasure m = g_array_index (r->measures, BlocCentralityMeasure, k);
        int c = compare_values (bloc_centrality_value (r->c, m, *(const guint *)a),
                                bloc_centrality_value (r->c, m, *(const guint *)b));
        if (c != 0)
            return c;
    }
    return 0;
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
    char *side_text;
    BlocCliInt top; /* 0: every row */
    gboolean compare;
    gboolean all;
    gboolean two_mode;
    BlocSide side;
    gboolean one_side; /* --side given */
    BlocSide shown_side;
    BlocOverlapMeasure weight;
    GArray *measures; /* BlocCentralityMeasure, in the order given */
} CentralityOptions;

static void
centrality_options_clear (CentralityOptions *o)
{
    g_clear_pointer (&o->graph, g_free);
    g_clear_pointer (&o->measure_text, g_free);
    g_clear_pointer (&o->weight_text, g_free);
    g_clear_pointer (&o->side_text, g_free);
    bloc_cli_int_clear (&o->top);
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
    if (o->side_text != NULL) {
        if (!o->two_mode)
            return bloc_cli_usage_error (
                error, "--side is for the two-mode graph (expected no --side with --graph %s)",
                o->graph);
        if (!bloc_side_parse (&o->shown_side, o->side_text, error))
            return FALSE;
        o->one_side = TRUE;
    }
    if (o->measure_text == NULL)
        o->measure_text = g_strdup (o->two_mode ? "degree,closeness,harmonic,betweenness"
                                                : "degree,strength,closeness,harmonic,betweenness,"
                                                  "eigenvector,pagerank");
    o->measures = g_array_new (FALSE, FALSE, sizeof (BlocCentralityMeasure));
    if (!parse_measures (o->measures, o->measure_text, o->two_mode, error) ||
        (o->weight_text && !bloc_overlap_measure_parse (&o->weight, o->weight_text, error)))
        return FALSE;
    if (o->all && !o->compare)
        return bloc_cli_usage_error (error, "--all is for --compare (expected --compare --all)");
    return TRUE;
}

/* The centralities asked for, of @ds, on the graph asked for. */
static gboolean
compute (BlocCentrality **out, const BlocDataset *ds, const BlocCliCommon *common,
         const CentralityOptions *o, GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    BlocCentralitySet set = 0;

    for (guint i = 0; i < o->measures->len; i++)
        set |= BLOC_CENTRALITY_BIT (g_array_index (o->measures, BlocCentralityMeasure, i));
    if (!bloc_membership_new (&m, ds, &common->scope, error))
        return FALSE;
    if (o->two_mode)
        return bloc_centrality_two_mode (out, m, set, error);
    return bloc_projection_new (&p, m, o->side, o->weight == BLOC_OVERLAP_WEIGHTED, error) &&
           bloc_centrality_projection (out, p, o->weight, set, error);
}

/* The side of the two-mode graph entity @entity is on. */
static BlocSide
side_of (const BlocCliCommon *common, guint entity)
{
    const BlocEntity *e = bloc_dataset_entity (common->ds, entity);
    return common->scope.actors & BLOC_KIND_BIT (e->kind) ? BLOC_SIDE_ACTORS : BLOC_SIDE_OTHERS;
}

/* The rows to show: those that pass the filter (and --side), ranked (with --top or a filter)
 * and cut to --top on each side of the two-mode graph, or on the projection. Rows in @c. */
static GArray *
rows_to_show (const BlocCliCommon *common, const CentralityOptions *o, const BlocCliFilter *filter,
              const BlocCentrality *c)
{
    GArray *rows = g_array_new (FALSE, FALSE, sizeof (guint));

    for (int side = BLOC_SIDE_ACTORS; side <= BLOC_SIDE_OTHERS; side++) {
        if (o->one_side && (BlocSide)side != o->shown_side)
            continue;
        g_autoptr (GArray) part = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint row = 0; row < bloc_centrality_n_rows (c); row++) {
            guint entity = bloc_centrality_entity (c, row);
            if (bloc_cli_filter_keeps (filter, entity) &&
                (!o->two_mode || side_of (common, entity) == (BlocSide)side))
                g_array_append_val (part, row);
        }
        /* A group or region is ranked among itself, as --top ranks. */
        if (o->top.value > 0 || filter->keep != NULL) {
            Rank rank = { c, o->measures };
            g_array_sort_with_data (part, compare_rank, &rank);
        }
        if (o->top.value > 0)
            g_array_set_size (part, (guint)MIN (part->len, o->top.value));
        g_array_append_vals (rows, part->data, part->len);
        if (!o->two_mode)
            break;
    }
    return rows;
}

/* What the caption says was asked: the graph (of the change, with --compare), the filter, the
 * ranking. */
static char *
caption_of (const BlocCliCommon *common, const CentralityOptions *o, const BlocCliFilter *filter)
{
    const char *side_name = bloc_cli_side_name (common, o->side);
    const char *weight = TC_ (common, "measure", bloc_overlap_measure_to_string (o->weight));
    g_autofree char *what =
        o->two_mode && o->compare
            ? g_strdup (T_ (common, "change of centrality on the two-mode graph"))
        : o->two_mode ? g_strdup (T_ (common, "centrality on the two-mode graph"))
        : o->compare
            /* TRANSLATORS: the caption of centrality --compare on a projection: its side, and
             * the measure of its weights. */
            ? g_strdup_printf (T_ (common, "change of centrality between %1$s, weighted by %2$s"),
                               side_name, weight)
            /* TRANSLATORS: the caption of centrality on a projection: its side, and the measure
             * of its weights. */
            : g_strdup_printf (T_ (common, "centrality between %1$s, weighted by %2$s"), side_name,
                               weight);
    const char *first =
        TC_ (common, "centrality",
             bloc_centrality_to_string (g_array_index (o->measures, BlocCentralityMeasure, 0)));
    g_autofree char *side =
        o->one_side
            /* TRANSLATORS: in a caption: only one side of the two-mode graph ("countries only"). */
            ? g_strdup_printf (T_ (common, "%s only"), bloc_cli_side_name (common, o->shown_side))
            : NULL;
    int n = (int)o->top.value;
    g_autofree char *top =
        n == 0 ? NULL
        : o->compare
            /* TRANSLATORS: in a caption: --top N with --compare, and the measure. */
            ? g_strdup_printf (T_ (common, "top %1$d changes of %2$s"), n, first)
            : o->two_mode && !o->one_side
                  /* TRANSLATORS: in a caption: --top N on the two-mode graph, and the measure. */
                  ? g_strdup_printf (T_ (common, "top %1$d of each side by %2$s"), n, first)
                  /* TRANSLATORS: in a caption: --top N, and the measure. */
                  : g_strdup_printf (T_ (common, "top %1$d by %2$s"), n, first);
    g_autofree char *by =
        n == 0 && (o->compare || filter->keep != NULL)
            /* TRANSLATORS: in a caption: the measure the rows are ordered by. */
            ? g_strdup_printf (o->compare ? T_ (common, "by %s") : T_ (common, "ranked by %s"),
                               first)
            : NULL;
    const char *changed = !o->compare ? NULL
                          : o->all    ? T_ (common, "every row")
                                      : T_ (common, "rows that changed");
    return bloc_cli_caption (common, common->ds, common->year, what, filter->description, side, by,
                             top, changed);
}

/* The row of each entity in @c, G_MAXUINT where it has none. Caller frees. */
static guint *
rows_by_entity (const BlocCentrality *c, guint n_entities)
{
    guint *rows = g_new (guint, n_entities);
    for (guint i = 0; i < n_entities; i++)
        rows[i] = G_MAXUINT;
    for (guint row = 0; row < bloc_centrality_n_rows (c); row++)
        rows[bloc_centrality_entity (c, row)] = row;
    return rows;
}

typedef struct {
    guint entity;
    double before, after;
} Change;

/* Largest change first, undefined ones last; the rows arrive in id order and the sort is
 * stable. */
static int
compare_changes (gconstpointer x, gconstpointer y)
{
    const Change *a = x, *b = y;
    return compare_values (fabs (a->after - a->before), fabs (b->after - b->before));
}

/* By id. */
static int
compare_change_ids (gconstpointer x, gconstpointer y, gpointer user_data)
{
    return bloc_dataset_compare_ids (user_data, ((const Change *)x)->entity,
                                     ((const Change *)y)->entity);
}

static gboolean
same_value (double x, double y)
{
    return (isnan (x) && isnan (y)) || compare_values (x, y) == 0;
}

/* centrality --compare: the first measure in the data, in the what-if, and the change. */
static gboolean
compare (const BlocCliCommon *common, const CentralityOptions *o, const BlocCliFilter *filter,
         GError **error)
{
    g_autoptr (BlocDataset) baseline = NULL;
    g_autoptr (BlocCentrality) c0 = NULL, c1 = NULL;
    const BlocDataset *ds = common->ds;
    BlocCentralityMeasure m = g_array_index (o->measures, BlocCentralityMeasure, 0);

    if (!bloc_cli_load_baseline (common, &baseline, error) ||
        !compute (&c0, baseline, common, o, error) || !compute (&c1, ds, common, o, error))
        return FALSE;
    g_autofree guint *before = rows_by_entity (c0, bloc_dataset_n_entities (ds));
    CentralityOptions all_rows = *o;
    all_rows.top.value = 0;
    g_autoptr (GArray) rows = rows_to_show (common, &all_rows, filter, c1);
    g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
    for (int side = BLOC_SIDE_ACTORS; side <= BLOC_SIDE_OTHERS; side++) {
        g_autoptr (GArray) part = g_array_new (FALSE, FALSE, sizeof (Change));
        for (guint i = 0; i < rows->len; i++) {
            guint row = g_array_index (rows, guint, i);
            guint entity = bloc_centrality_entity (c1, row);
            if (o->two_mode && side_of (common, entity) != (BlocSide)side)
                continue;
            Change change = { entity,
                              before[entity] == G_MAXUINT
                                  ? NAN
                                  : bloc_centrality_value (c0, m, before[entity]),
                              bloc_centrality_value (c1, m, row) };
            if (o->all || !same_value (change.before, change.after))
                g_array_append_val (part, change);
        }
        if (o->top.value > 0) {
            g_array_sort (part, compare_changes);
            g_array_set_size (part, (guint)MIN (part->len, o->top.value));
        } else {
            g_array_sort_with_data (part, compare_change_ids, (gpointer)ds);
        }
        g_array_append_vals (changes, part->data, part->len);
        if (!o->two_mode)
            break;
    }

    g_autoptr (BlocTable) table = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                  NC_ ("heading", "kind"), NC_ ("heading", "baseline"),
                                  NC_ ("heading", "scenario"), NC_ ("heading", "change"), NULL });
    for (guint i = 0; i < changes->len; i++) {
        const Change *c = &g_array_index (changes, Change, i);
        const BlocEntity *e = bloc_dataset_entity (ds, c->entity);
        bloc_table_add_row (table);
        bloc_table_add_text (table, e->id);
        bloc_table_add_text (table, bloc_entity_label (ds, e, common->lang));
        bloc_table_add_text (table, TC_ (common, "kind", bloc_kind_to_string (e->kind)));
        bloc_table_add_real (table, c->before);
        bloc_table_add_real (table, c->after);
        bloc_table_add_real (table, c->after - c->before);
    }
    g_autofree char *caption = caption_of (common, o, filter);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (common, ds, table, error);
}

gboolean
cmd_centrality (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (CentralityOptions) o = {
        .weight = BLOC_OVERLAP_COUNT,
        .side = BLOC_SIDE_ACTORS,
        .top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT),
    };
    g_auto (BlocCliFilter) filter = { 0 };
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
        { "top", 0, 0, G_OPTION_ARG_STRING, &o.top.text,
          "Only the N highest by the first measure, ties broken by the next ones, then by id; "
          "on the two-mode graph, N of each side",
          "N" },
        { "side", 0, 0, G_OPTION_ARG_STRING, &o.side_text,
          "Two-mode graph: only the countries (or actors) or the organizations (or others)",
          "SIDE" },
        { "compare", 0, 0, G_OPTION_ARG_NONE, &o.compare,
          "With --add or --remove: the first measure in the data, in the what-if, and the "
          "change, for the rows that changed",
          NULL },
        { "all", 'a', 0, G_OPTION_ARG_NONE, &o.all, "With --compare: every row, also unchanged",
          NULL },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("centrality", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.top, NULL },
    };
    g_autoptr (BlocCentrality) c = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_filter_options (context, &filter,
                                 "Only this group's members (or ids), ranked among themselves; "
                                 "computed on the whole graph",
                                 "Only entities of this region; computed on the whole graph");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    if (o.compare)
        return compare (&common, &o, &filter, error);
    const BlocDataset *ds = common.ds;
    if (!compute (&c, ds, &common, &o, error))
        return FALSE;

    /* The measures' columns, by BlocCentralityMeasure: their names, as headings. */
    static const char *const measure_headings[] = {
        NC_ ("heading", "degree"),   NC_ ("heading", "strength"),    NC_ ("heading", "closeness"),
        NC_ ("heading", "harmonic"), NC_ ("heading", "betweenness"), NC_ ("heading", "eigenvector"),
        NC_ ("heading", "pagerank"),
    };
    G_STATIC_ASSERT (G_N_ELEMENTS (measure_headings) == BLOC_N_CENTRALITIES);
    g_autoptr (GPtrArray) columns = g_ptr_array_new ();
    g_ptr_array_add (columns, NC_ ("heading", "id"));
    g_ptr_array_add (columns, NC_ ("heading", "name"));
    g_ptr_array_add (columns, NC_ ("heading", "kind"));
    for (guint i = 0; i < o.measures->len; i++)
        g_ptr_array_add (
            columns,
            (gpointer)measure_headings[g_array_index (o.measures, BlocCentralityMeasure, i)]);
    g_ptr_array_add (columns, NULL);
    g_autoptr (BlocTable) table = bloc_cli_table_new (&common, (const char *const *)columns->pdata);

    g_autoptr (GArray) rows = rows_to_show (&common, &o, &filter, c);
    for (guint i = 0; i < rows->len; i++) {
        guint row = g_array_index (rows, guint, i);
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_centrality_entity (c, row));
        bloc_table_add_row (table);
        bloc_table_add_text (table, e->id);
        bloc_table_add_text (table, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (table, TC_ (&common, "kind", bloc_kind_to_string (e->kind)));
        for (guint k = 0; k < o.measures->len; k++)
            bloc_table_add_real (table,
                                 bloc_centrality_value (
                                     c, g_array_index (o.measures, BlocCentralityMeasure, k), row));
    }
    g_autofree char *caption = caption_of (&common, &o, &filter);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
