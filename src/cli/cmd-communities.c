/* cmd-communities.c: bloc communities — blocs found by community detection. */
#include <math.h>

#include "cli.h"

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
        (o->weight_text && !bloc_overlap_measure_parse (&o->weight, o->weight_text, error)))
        return FALSE;
    return o->method_text == NULL ||
           bloc_community_method_parse (&o->method, o->method_text, error);
}

/* The members of community @i that pass @filter (transfer full). */
static GArray *
members_kept (const BlocCommunities *c, guint i, const BlocCliFilter *filter)
{
    const GArray *members = bloc_communities_members (c, i);
    GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint k = 0; k < members->len; k++)
        if (bloc_cli_filter_keeps (filter, g_array_index (members, guint, k)))
            g_array_append_val (kept, g_array_index (members, guint, k));
    return kept;
}

static JsonNode *
communities_json (const BlocDataset *ds, const BlocCommunities *c, const BlocCliFilter *filter)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "modularity");
    double modularity = bloc_communities_modularity (c);
    if (isnan (modularity))
        json_builder_add_null_value (b);
    else
        json_builder_add_double_value (b, bloc_round_real (modularity));
    bloc_cli_json_scenario (b, ds);
    json_builder_set_member_name (b, "communities");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_communities_n_communities (c); i++) {
        g_autoptr (GArray) members = members_kept (c, i, filter);
        if (members->len == 0)
            continue;
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_int_value (b, i + 1);
        json_builder_set_member_name (b, "members");
        bloc_cli_json_ids (b, ds, members);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

/* The communities as a table, with the method and the modularity in the caption. A filter
 * keeps its members in each community (numbered as without it), and the communities with
 * any; size counts them all. */
static void
communities_text (const BlocCliCommon *common, const CommunitiesOptions *o,
                  const BlocCliFilter *filter, const BlocCommunities *c, GString *out)
{
    const BlocDataset *ds = common->ds;
    g_autoptr (BlocTable) table =
        bloc_table_new ((const char *[]){ "community", "size", "members", NULL });
    for (guint i = 0; i < bloc_communities_n_communities (c); i++) {
        g_autoptr (GArray) members = members_kept (c, i, filter);
        if (members->len == 0)
            continue;
        bloc_table_add_row (table);
        bloc_table_add_int (table, i + 1);
        bloc_table_add_int (table, bloc_communities_members (c, i)->len);
        bloc_cli_table_add_ids (table, ds, members);
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    double modularity = bloc_communities_modularity (c);
    const char *q =
        isnan (modularity) ? "undefined (no edges)" : bloc_format_real (buf, modularity);
    g_autofree char *what =
        g_strdup_printf ("communities of %s", bloc_cli_side_name (common, o->side));
    g_autofree char *how = g_strdup_printf ("%s, %s weights, modularity %s",
                                            bloc_community_method_to_string (o->method),
                                            bloc_overlap_measure_to_string (o->weight), q);
    g_autofree char *members =
        filter->description ? g_strdup_printf ("members %s", filter->description) : NULL;
    g_autofree char *caption = bloc_cli_caption (common, ds, common->year, what, how, members);
    bloc_table_set_caption (table, caption);
    bloc_cli_format_table (common, ds, table, out);
}

gboolean
cmd_communities (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (CommunitiesOptions)
        o = { .weight = BLOC_OVERLAP_COUNT, .method = BLOC_COMMUNITY_LEIDEN };
    int seed = (int)BLOC_DEFAULT_SEED;
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Communities of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { "method", 0, 0, G_OPTION_ARG_STRING, &o.method_text, "leiden (default) or multilevel",
          "METHOD" },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &o.weight_text,
          "Edge weight: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random number generator", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("communities", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options, .check = check_options, .options = &o, .load = TRUE
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_auto (BlocCliFilter) filter = { 0 };

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_filter_options (context, &filter,
                                 "Only this group's members (or ids) in each community; found on "
                                 "the whole graph",
                                 "Only the members of this region in each community");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, common.ds, error) ||
        !bloc_membership_new (&m, common.ds, &common.scope, error) ||
        !bloc_projection_new (&p, m, o.side, o.weight == BLOC_OVERLAP_WEIGHTED, error) ||
        !bloc_communities_compute (&c, p, o.weight, o.method, (guint)seed, error))
        return FALSE;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = communities_json (common.ds, c, &filter);
        bloc_json_append (out, root);
    } else {
        communities_text (&common, &o, &filter, c, out);
    }
    return bloc_cli_emit (&common, out, error);
}
