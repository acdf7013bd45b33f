/* cmd-communities.c: bloc communities — blocs found by community detection. */
#include <math.h>

#include "cli.h"

/* --method barber: random starts of BRIM for each number of communities. */
#define BARBER_STARTS 20

typedef struct {
    char *between;
    char *method_text;
    char *weight_text;
    BlocSide side;
    BlocOverlapMeasure weight;
    BlocCommunityMethod method;
} CommunitiesOptions;

static void
communities_options_clear (CommunitiesOptions *o)
{
    g_clear_pointer (&o->between, g_free);
    g_clear_pointer (&o->method_text, g_free);
    g_clear_pointer (&o->weight_text, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CommunitiesOptions, communities_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    CommunitiesOptions *o = data;

    if (!bloc_cli_side_parse (&o->side, o->between, error) ||
        (o->weight_text && !bloc_overlap_measure_parse (&o->weight, o->weight_text, error)) ||
        (o->method_text && !bloc_community_method_parse (&o->method, o->method_text, error)))
        return FALSE;
    if (o->method == BLOC_COMMUNITY_BARBER && (o->between != NULL || o->weight_text != NULL))
        return bloc_cli_usage_error (
            error,
            "--%s does not apply to --method barber (expected no --between or --weight: it "
            "groups both modes, by unweighted ties)",
            o->between != NULL ? "between" : "weight");
    return TRUE;
}

/* A partition found by either kind of method: its modularity, and its communities (GArrays of
 * guint entity indices, borrowed from the result) in order. */
typedef struct {
    double modularity;
    GPtrArray *communities;
} Partition;

static void
partition_clear (Partition *p)
{
    g_clear_pointer (&p->communities, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Partition, partition_clear)

static JsonNode *
communities_json (const BlocDataset *ds, const Partition *c)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "modularity");
    if (isnan (c->modularity))
        json_builder_add_null_value (b);
    else
        json_builder_add_double_value (b, bloc_round_real (c->modularity));
    json_builder_set_member_name (b, "communities");
    json_builder_begin_array (b);
    for (guint i = 0; i < c->communities->len; i++) {
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_int_value (b, i + 1);
        json_builder_set_member_name (b, "members");
        bloc_cli_json_ids (b, ds, g_ptr_array_index (c->communities, i));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

/* The communities as a table, after a line with the method and the modularity. */
static void
communities_text (const BlocCliCommon *common, const CommunitiesOptions *o, const Partition *c,
                  GString *out)
{
    const BlocDataset *ds = common->ds;
    g_autoptr (BlocTable) table =
        bloc_table_new ((const char *[]){ "community", "size", "members", NULL });
    for (guint i = 0; i < c->communities->len; i++) {
        const GArray *members = g_ptr_array_index (c->communities, i);
        bloc_table_add_row (table);
        bloc_table_add_int (table, i + 1);
        bloc_table_add_int (table, members->len);
        bloc_cli_table_add_ids (table, ds, members);
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    const char *q =
        isnan (c->modularity) ? "undefined (no edges)" : bloc_format_real (buf, c->modularity);
    gboolean barber = o->method == BLOC_COMMUNITY_BARBER;
    if (!common->quiet && common->format == BLOC_FORMAT_TABLE) {
        if (barber)
            g_string_append_printf (out, "barber, both modes, bipartite modularity %s\n\n", q);
        else
            g_string_append_printf (out, "%s, %s weights, modularity %s\n\n",
                                    bloc_community_method_to_string (o->method),
                                    bloc_overlap_measure_to_string (o->weight), q);
    } else if (!common->quiet && common->format == BLOC_FORMAT_MARKDOWN) {
        if (barber)
            g_string_append_printf (out, "Bipartite modularity: %s (Barber, both modes)\n\n", q);
        else
            g_string_append_printf (out, "Modularity: %s (%s, %s weights)\n\n", q,
                                    o->method == BLOC_COMMUNITY_LEIDEN ? "Leiden" : "multilevel",
                                    bloc_overlap_measure_to_string (o->weight));
    }
    bloc_cli_scenario_note (common, ds, out);
    bloc_table_format (table, common->format, out);
}

gboolean
cmd_communities (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (CommunitiesOptions)
        o = { .weight = BLOC_OVERLAP_COUNT, .method = BLOC_COMMUNITY_LEIDEN };
    g_auto (BlocCliInt) seed = BLOC_CLI_INT ("--seed", BLOC_DEFAULT_SEED, 0, G_MAXUINT32);
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Communities of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { "method", 0, 0, G_OPTION_ARG_STRING, &o.method_text,
          "leiden (default), multilevel, or barber (both modes, bipartite modularity)", "METHOD" },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &o.weight_text,
          "Edge weight: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &seed.text, "Seed of the random number generator",
          "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("communities", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &seed, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    g_autoptr (BlocBarber) barber = NULL;
    g_auto (Partition) found = { 0 };
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_membership_new (&m, common.ds, &common.scope, error))
        return FALSE;

    found.communities = g_ptr_array_new ();
    if (o.method == BLOC_COMMUNITY_BARBER) {
        if (!bloc_barber_compute (&barber, m, (guint)seed.value, BARBER_STARTS, error))
            return FALSE;
        found.modularity = bloc_barber_modularity (barber);
        for (guint i = 0; i < bloc_barber_n_communities (barber); i++)
            g_ptr_array_add (found.communities, (gpointer)bloc_barber_community (barber, i));
    } else {
        if (!bloc_projection_new (&p, m, o.side, o.weight == BLOC_OVERLAP_WEIGHTED, error) ||
            !bloc_communities_compute (&c, p, o.weight, o.method, (guint)seed.value, error))
            return FALSE;
        found.modularity = bloc_communities_modularity (c);
        for (guint i = 0; i < bloc_communities_n_communities (c); i++)
            g_ptr_array_add (found.communities, (gpointer)bloc_communities_members (c, i));
    }

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = communities_json (common.ds, &found);
        bloc_json_append (out, root);
    } else {
        communities_text (&common, &o, &found, out);
    }
    return bloc_cli_emit (&common, out, error);
}
