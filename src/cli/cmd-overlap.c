/* cmd-overlap.c: bloc overlap — pairwise co-membership. */
#include <math.h>

#include "cli.h"

/* The measures in the order that breaks ties: the one chosen, then the others in column order. */
static void
measure_order (BlocOverlapMeasure chosen, BlocOverlapMeasure out[BLOC_N_OVERLAP_MEASURES])
{
    guint n = 0;
    out[n++] = chosen;
    for (int k = 0; k < BLOC_N_OVERLAP_MEASURES; k++)
        if ((BlocOverlapMeasure)k != chosen)
            out[n++] = (BlocOverlapMeasure)k;
}

/* -1, 0 or 1 as @x is above, equal to or below @y: higher first. */
static int
compare_desc (double x, double y)
{
    return x == y ? 0 : (x > y ? -1 : 1);
}

typedef struct {
    const BlocProjection *p;
    BlocOverlapMeasure order[BLOC_N_OVERLAP_MEASURES];
} Rank;

/* By the chosen measure, highest first, ties broken by the next measures; the edges arrive in
 * id order and the sort is stable, which breaks what is left. */
static int
compare_rank (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const Rank *r = user_data;
    for (int k = 0; k < BLOC_N_OVERLAP_MEASURES; k++) {
        int c = compare_desc (bloc_projection_value (r->p, *(const guint *)a, r->order[k]),
                              bloc_projection_value (r->p, *(const guint *)b, r->order[k]));
        if (c != 0)
            return c;
    }
    return 0;
}

typedef struct {
    char *between;
    char *measure_text;
    BlocCliInt top; /* 0: every pair */
    BlocCliReal min;
    gboolean compare;
    gboolean all;
    BlocSide side;
    BlocOverlapMeasure measure;
} OverlapOptions;

static void
overlap_options_clear (OverlapOptions *o)
{
    g_clear_pointer (&o->between, g_free);
    g_clear_pointer (&o->measure_text, g_free);
    bloc_cli_int_clear (&o->top);
    bloc_cli_real_clear (&o->min);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OverlapOptions, overlap_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    OverlapOptions *o = data;

    if (!bloc_cli_side_parse (&o->side, o->between, error) ||
        (o->measure_text && !bloc_overlap_measure_parse (&o->measure, o->measure_text, error)))
        return FALSE;
    if (o->all && !o->compare)
        return bloc_cli_usage_error (error, "--all is for --compare (expected --compare --all)");
    return TRUE;
}

/* The projection of @ds on the side asked for. The shared entities are listed for the pairs
 * shown only, not kept for every pair. */
static gboolean
project (BlocMembership **out_m, BlocProjection **out_p, const BlocDataset *ds,
         const BlocCliCommon *common, const OverlapOptions *o, GError **error)
{
    const BlocProjectionOptions projection = { .weighted = TRUE, .via = FALSE };
    return bloc_membership_new (out_m, ds, &common->scope, error) &&
           bloc_projection_new_full (out_p, *out_m, o->side, &projection, error);
}

/* The key of the pair of entities @a and @b, whichever comes first. */
static guint64
pair_key (guint a, guint b)
{
    return ((guint64)MIN (a, b) << 32) | MAX (a, b);
}

/* The edges of @p whose two ends pass @filter, by pair key. */
static GHashTable *
edges_by_pair (const BlocProjection *p, const BlocCliFilter *filter)
{
    GHashTable *edges = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    for (guint e = 0; e < bloc_projection_n_edges (p); e++) {
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        if (!bloc_cli_filter_keeps (filter, a) || !bloc_cli_filter_keeps (filter, b))
            continue;
        g_hash_table_insert (edges, g_memdup2 (&(guint64){ pair_key (a, b) }, sizeof (guint64)),
                             GUINT_TO_POINTER (e + 1));
    }
    return edges;
}

/* One row of --compare: a pair, its edge in the baseline and in the scenario (-1: none), and
 * the change of the measure. */
typedef struct {
    guint a, b;
    gint base, scen;
    double before, after;
} Change;

static double
value_or_zero (const BlocProjection *p, gint edge, BlocOverlapMeasure measure)
{
    /* A pair that shares nothing has no edge: every measure is 0. */
    return edge < 0 ? 0.0 : bloc_projection_value (p, (guint)edge, measure);
}

/* Largest change first, then by pair. */
static int
compare_changes (gconstpointer x, gconstpointer y, gpointer user_data)
{
    const Change *a = x, *b = y;
    int c = compare_desc (fabs (a->after - a->before), fabs (b->after - b->before));
    if (c != 0)
        return c;
    c = bloc_dataset_compare_ids (user_data, a->a, b->a);
    return c != 0 ? c : bloc_dataset_compare_ids (user_data, a->b, b->b);
}

static int
compare_pairs (gconstpointer x, gconstpointer y, gpointer user_data)
{
    const Change *a = x, *b = y;
    int c = bloc_dataset_compare_ids (user_data, a->a, b->a);
    return c != 0 ? c : bloc_dataset_compare_ids (user_data, a->b, b->b);
}

/* The shared entities of @edge in @p that are not shared in @other_edge of @other. */
static void
add_via_difference (BlocTable *table, const BlocDataset *ds, const BlocProjection *p, gint edge,
                    const BlocProjection *other, gint other_edge)
{
    g_autoptr (GArray) only = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) via = edge < 0 ? NULL : bloc_projection_shared_entities (p, (guint)edge);
    g_autoptr (GArray) then =
        other_edge < 0 ? NULL : bloc_projection_shared_entities (other, (guint)other_edge);
    for (guint i = 0; via != NULL && i < via->len; i++) {
        guint entity = g_array_index (via, guint, i);
        gboolean shared = FALSE;
        for (guint k = 0; then != NULL && k < then->len && !shared; k++)
            shared = g_array_index (then, guint, k) == entity;
        if (!shared)
            g_array_append_val (only, entity);
    }
    bloc_cli_table_add_ids (table, ds, only);
}

/* overlap --compare: the baseline, the scenario and the change of the measure, per pair. */
static gboolean
compare (const BlocCliCommon *common, const OverlapOptions *o, const BlocCliFilter *filter,
         GError **error)
{
    g_autoptr (BlocDataset) baseline = NULL;
    g_autoptr (BlocMembership) m0 = NULL, m1 = NULL;
    g_autoptr (BlocProjection) p0 = NULL, p1 = NULL;
    const BlocDataset *ds = common->ds;

    if (!bloc_cli_load_baseline (common, &baseline, error) ||
        !project (&m0, &p0, baseline, common, o, error) ||
        !project (&m1, &p1, ds, common, o, error))
        return FALSE;
    /* Entity indices are the same in both: a what-if changes ties, not entities. */
    g_autoptr (GHashTable) before = edges_by_pair (p0, filter);
    g_autoptr (GHashTable) after = edges_by_pair (p1, filter);
    g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (Change));
    GHashTable *both[] = { before, after };
    for (guint side = 0; side < 2; side++) {
        GHashTableIter iter;
        gpointer key, value;
        g_hash_table_iter_init (&iter, both[side]);
        while (g_hash_table_iter_next (&iter, &key, &value)) {
            guint64 pair = *(const guint64 *)key;
            if (side == 1 && g_hash_table_contains (before, key))
                continue;
            Change c = { (guint)(pair >> 32),
                         (guint)(pair & G_MAXUINT32),
                         GPOINTER_TO_INT (g_hash_table_lookup (before, key)) - 1,
                         GPOINTER_TO_INT (g_hash_table_lookup (after, key)) - 1,
                         0,
                         0 };
            c.before = value_or_zero (p0, c.base, o->measure);
            c.after = value_or_zero (p1, c.scen, o->measure);
            if (c.before == c.after && !o->all)
                continue;
            if (MAX (c.before, c.after) < o->min.value)
                continue;
            /* Id order within the pair, as the plain table has it. */
            if (bloc_dataset_compare_ids (ds, c.a, c.b) > 0) {
                guint t = c.a;
                c.a = c.b;
                c.b = t;
            }
            g_array_append_val (changes, c);
        }
    }
    g_array_sort_with_data (changes, o->top.value > 0 ? compare_changes : compare_pairs,
                            (gpointer)ds);
    if (o->top.value > 0)
        g_array_set_size (changes, (guint)MIN (changes->len, o->top.value));

    g_autoptr (BlocTable) table = bloc_cli_table_new (
        common,
        (const char *[]){ NC_ ("heading", "a"), NC_ ("heading", "b"), NC_ ("heading", "baseline"),
                          NC_ ("heading", "scenario"), NC_ ("heading", "change"),
                          NC_ ("heading", "gained"), NC_ ("heading", "lost"), NULL });
    for (guint i = 0; i < changes->len; i++) {
        const Change *c = &g_array_index (changes, Change, i);
        bloc_table_add_row (table);
        bloc_table_add_text (table, bloc_dataset_entity (ds, c->a)->id);
        bloc_table_add_text (table, bloc_dataset_entity (ds, c->b)->id);
        if (o->measure == BLOC_OVERLAP_COUNT) {
            /* Counts are integers, also a change of 1. */
            bloc_table_add_int (table, (gint64)c->before);
            bloc_table_add_int (table, (gint64)c->after);
            bloc_table_add_int (table, (gint64)c->after - (gint64)c->before);
        } else {
            bloc_table_add_real (table, c->before);
            bloc_table_add_real (table, c->after);
            bloc_table_add_real (table, c->after - c->before);
        }
        add_via_difference (table, ds, p1, c->scen, p0, c->base);
        add_via_difference (table, ds, p0, c->base, p1, c->scen);
    }
    /* TRANSLATORS: the caption of overlap --compare: the side ("countries"). */
    g_autofree char *what = g_strdup_printf (T_ (common, "change of overlap between %s"),
                                             bloc_cli_side_name (common, o->side));
    g_autofree char *by = g_strdup_printf (
        /* TRANSLATORS: in a caption: the measure the rows are ordered by. */
        T_ (common, "by %s"), TC_ (common, "measure", bloc_overlap_measure_to_string (o->measure)));
    /* TRANSLATORS: in a caption: --top N with --compare. */
    const char *top_format = T_ (common, "top %d changes");
    g_autofree char *top = o->top.value ? g_strdup_printf (top_format, (int)o->top.value) : NULL;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    /* TRANSLATORS: in a caption: the threshold of --min. */
    const char *min_format = T_ (common, "at least %s");
    g_autofree char *min =
        o->min.value > 0 ? g_strdup_printf (min_format, bloc_format_real_exact (buf, o->min.value))
                         : NULL;
    g_autofree char *caption =
        bloc_cli_caption (common, ds, common->year, what, filter->description, by, min, top,
                          o->all ? T_ (common, "every pair") : T_ (common, "pairs that changed"));
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (common, ds, table, error);
}

gboolean
cmd_overlap (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (OverlapOptions) o = {
        .measure = BLOC_OVERLAP_COUNT,
        .top = BLOC_CLI_INT ("--top", 0, 1, G_MAXINT),
        .min = BLOC_CLI_REAL ("--min", 0),
    };
    g_auto (BlocCliFilter) filter = { 0 };
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Pairs of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { "measure", 'm', 0, G_OPTION_ARG_STRING, &o.measure_text,
          "Measure for --min, --top and --compare: count (default), weighted, jaccard, "
          "overlap, cosine",
          "MEASURE" },
        { "min", 0, 0, G_OPTION_ARG_STRING, &o.min.text, "Drop pairs whose measure is below N",
          "N" },
        { "top", 0, 0, G_OPTION_ARG_STRING, &o.top.text,
          "Only the N pairs with the highest measure (ties broken by the next measures, then "
          "ids); with --compare, the N largest changes",
          "N" },
        { "compare", 0, 0, G_OPTION_ARG_NONE, &o.compare,
          "With --add or --remove: the measure in the data, in the what-if, and the change, for "
          "the pairs that changed",
          NULL },
        { "all", 'a', 0, G_OPTION_ARG_NONE, &o.all, "With --compare: every pair, also unchanged",
          NULL },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("overlap", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.top, NULL },
        .reals = (BlocCliReal *const[]){ &o.min, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_filter_options (context, &filter, "Only pairs inside this group (or ids)",
                                 "Only pairs inside this region");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    if (o.compare)
        return compare (&common, &o, &filter, error);
    const BlocDataset *ds = common.ds;
    if (!project (&m, &p, ds, &common, &o, error))
        return FALSE;

    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    if (o.top.value > 0) {
        Rank rank = { p, { 0 } };
        measure_order (o.measure, rank.order);
        g_array_sort_with_data (edges, compare_rank, &rank);
    }
    g_autoptr (BlocTable) table = bloc_cli_table_new (
        &common, (const char *[]){ NC_ ("heading", "a"), NC_ ("heading", "b"),
                                   NC_ ("heading", "shared"), NC_ ("heading", "weighted"),
                                   NC_ ("heading", "jaccard"), NC_ ("heading", "overlap"),
                                   NC_ ("heading", "cosine"), NC_ ("heading", "via"), NULL });
    guint shown = 0;
    for (guint i = 0; i < edges->len && (o.top.value == 0 || shown < o.top.value); i++) {
        guint e = g_array_index (edges, guint, i);
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        if (bloc_projection_value (p, e, o.measure) < o.min.value ||
            !bloc_cli_filter_keeps (&filter, a) || !bloc_cli_filter_keeps (&filter, b))
            continue;
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
    const char *measure = TC_ (&common, "measure", bloc_overlap_measure_to_string (o.measure));
    g_autofree char *what = g_strdup_printf (
        /* TRANSLATORS: the caption of overlap: the side ("countries"). */
        T_ (&common, "overlap between %s"), bloc_cli_side_name (&common, o.side));
    g_autofree char *top =
        o.top.value ? g_strdup_printf (T_ (&common, "top %1$d by %2$s"), (int)o.top.value, measure)
                    : NULL;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    /* TRANSLATORS: in a caption: the measure, and the threshold of --min. */
    const char *min_format = T_ (&common, "%1$s at least %2$s");
    g_autofree char *min =
        o.min.value > 0
            ? g_strdup_printf (min_format, measure, bloc_format_real_exact (buf, o.min.value))
            : NULL;
    g_autofree char *caption =
        bloc_cli_caption (&common, ds, common.year, what, filter.description, min, top);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
