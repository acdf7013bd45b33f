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

/* What --group and --region keep of the communities. One-mode communities keep the members the
 * filter keeps. Barber's communities hold both modes, and the filter chooses the actors: each
 * community keeps the actors the filter keeps and all of its others (what they join), and a
 * community left without an actor is not shown. */
typedef struct {
    const BlocCliFilter *filter;
    const BlocMembership *m; /* for barber: which members are actors; NULL for one mode */
} Shown;

static gboolean
is_actor (const BlocMembership *m, guint entity)
{
    gint v = bloc_membership_vertex (m, entity);
    return v >= 0 && (guint)v < bloc_membership_n_actors (m);
}

/* The members of @community that @shown keeps (transfer full); empty when the community is not
 * shown. Without a filter, all of them. */
static GArray *
members_kept (const Shown *shown, const GArray *community)
{
    GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));
    gboolean any_actor = FALSE;
    for (guint k = 0; k < community->len; k++) {
        guint e = g_array_index (community, guint, k);
        gboolean actor = shown->m == NULL || is_actor (shown->m, e);
        if (actor && !bloc_cli_filter_keeps (shown->filter, e))
            continue;
        any_actor |= actor;
        g_array_append_val (kept, e);
    }
    if (shown->filter->keep != NULL && !any_actor)
        g_array_set_size (kept, 0);
    return kept;
}

static void
partition_clear (Partition *p)
{
    g_clear_pointer (&p->communities, g_ptr_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Partition, partition_clear)

static JsonNode *
communities_json (const BlocDataset *ds, const Shown *shown, const Partition *c)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "modularity");
    if (isnan (c->modularity))
        json_builder_add_null_value (b);
    else
        json_builder_add_double_value (b, bloc_round_real (c->modularity));
    bloc_cli_json_scenario (b, ds);
    json_builder_set_member_name (b, "communities");
    json_builder_begin_array (b);
    for (guint i = 0; i < c->communities->len; i++) {
        g_autoptr (GArray) members = members_kept (shown, g_ptr_array_index (c->communities, i));
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
 * keeps some members of each community (numbered as without it), and the communities with
 * any; size counts them all. */
static void
communities_text (const BlocCliCommon *common, const CommunitiesOptions *o, const Shown *shown,
                  const Partition *c, GString *out)
{
    const BlocDataset *ds = common->ds;
    g_autoptr (BlocTable) table = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "community"), NC_ ("heading", "size"),
                                  NC_ ("heading", "members"), NULL });
    for (guint i = 0; i < c->communities->len; i++) {
        const GArray *community = g_ptr_array_index (c->communities, i);
        g_autoptr (GArray) members = members_kept (shown, community);
        if (members->len == 0)
            continue;
        bloc_table_add_row (table);
        bloc_table_add_int (table, i + 1);
        bloc_table_add_int (table, community->len);
        bloc_cli_table_add_ids (table, ds, members);
    }
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    const char *q = isnan (c->modularity)
                        /* TRANSLATORS: the modularity of a graph without edges. */
                        ? T_ (common, "undefined (no edges)")
                        : bloc_format_real (buf, c->modularity);
    g_autofree char *what = NULL;
    g_autofree char *how = NULL;
    g_autofree char *members = NULL;
    if (o->method == BLOC_COMMUNITY_BARBER) {
        /* TRANSLATORS: the caption of communities --method barber: the actors' side. */
        what = g_strdup_printf (T_ (common, "communities of %s and what they join"),
                                bloc_cli_side_name (common, BLOC_SIDE_ACTORS));
        /* TRANSLATORS: in the caption of communities --method barber: the method's name
         * ("barber") and the modularity. */
        how = g_strdup_printf (T_ (common, "%1$s, both modes, bipartite modularity %2$s"),
                               TC_ (common, "method", bloc_community_method_to_string (o->method)),
                               q);
        if (shown->filter->description)
            members = g_strdup_printf ("%s %s", bloc_cli_side_name (common, BLOC_SIDE_ACTORS),
                                       shown->filter->description);
    } else {
        /* TRANSLATORS: the caption of communities: the side ("countries"). */
        what = g_strdup_printf (T_ (common, "communities of %s"),
                                bloc_cli_side_name (common, o->side));
        /* TRANSLATORS: in the caption of communities: the method, the measure of the weights,
         * and the modularity ("leiden, count weights, modularity 0.281"). */
        how = g_strdup_printf (T_ (common, "%1$s, %2$s weights, modularity %3$s"),
                               TC_ (common, "method", bloc_community_method_to_string (o->method)),
                               TC_ (common, "measure", bloc_overlap_measure_to_string (o->weight)),
                               q);
        if (shown->filter->description)
            /* TRANSLATORS: in a caption: the group or region of the members shown. */
            members = g_strdup_printf (T_ (common, "members %s"), shown->filter->description);
    }
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
    g_auto (BlocCliFilter) filter = { 0 };

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_filter_options (
        context, &filter,
        "Only this group's members (or ids) in each community; found on the whole graph (with "
        "barber: the group's actors, and what each community joins)",
        "Only the members of this region in each community (with barber: the region's actors)");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error) ||
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

    const Shown shown = { .filter = &filter, .m = o.method == BLOC_COMMUNITY_BARBER ? m : NULL };
    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = communities_json (common.ds, &shown, &found);
        bloc_json_append (out, root);
    } else {
        communities_text (&common, &o, &shown, &found, out);
    }
    return bloc_cli_emit (&common, out, error);
}
