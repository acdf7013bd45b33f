/* cmd-nesting.c: bloc nesting — organizations ordered by inclusion of their member sets. */
#include "cli.h"

static JsonNode *
nesting_json (const BlocDataset *ds, const BlocNesting *n)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    bloc_cli_json_scenario (b, ds);
    json_builder_set_member_name (b, "classes");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_nesting_n_classes (n); i++) {
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, bloc_nesting_class_id (n, ds, i));
        json_builder_set_member_name (b, "equal");
        bloc_cli_json_ids (b, ds, bloc_nesting_class_equal (n, i));
        json_builder_set_member_name (b, "members");
        bloc_cli_json_ids (b, ds, bloc_nesting_class_members (n, i));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_set_member_name (b, "edges");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_nesting_n_edges (n); i++) {
        guint sub, super;
        bloc_nesting_edge (n, i, &sub, &super);
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "sub");
        json_builder_add_string_value (b, bloc_nesting_class_id (n, ds, sub));
        json_builder_set_member_name (b, "super");
        json_builder_add_string_value (b, bloc_nesting_class_id (n, ds, super));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

typedef struct {
    BlocCliInt min_members;
    char *group_spec;
    char *region;
} NestingOptions;

static void
nesting_options_clear (NestingOptions *o)
{
    g_clear_pointer (&o->group_spec, g_free);
    g_clear_pointer (&o->region, g_free);
    bloc_cli_int_clear (&o->min_members);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NestingOptions, nesting_options_clear)

gboolean
cmd_nesting (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (NestingOptions) o = { .min_members = BLOC_CLI_INT ("--min-members", 2, 1, G_MAXINT) };
    const GOptionEntry entries[] = {
        { "min-members", 0, 0, G_OPTION_ARG_STRING, &o.min_members.text,
          "Leave out entities with fewer members (default: 2)", "N" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &o.group_spec,
          "Member sets among the members of group ID, or the listed actors (default: every "
          "actor)",
          "ID|KZ,KG,..." },
        { "region", 0, 0, G_OPTION_ARG_STRING, &o.region,
          "Member sets among the actors of this region; with --group, its members of this region",
          "REGION" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("nesting", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.min_members, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocNesting) n = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_autoptr (GArray) listed = NULL;
    g_autoptr (GArray) among = NULL;
    g_autofree char *group_id = NULL;
    g_autofree char *group_name = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds to compare (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_membership_new (&m, ds, &common.scope, error))
        return FALSE;
    if ((o.group_spec != NULL || o.region != NULL) &&
        (!bloc_cli_group_in_region (&common, o.group_spec, o.region, &listed, &group_id,
                                    &group_name, error) ||
         !bloc_membership_group (&among, m, listed, error)))
        return FALSE;
    if (!bloc_nesting_compute_among (&n, m, among, (guint)o.min_members.value, error))
        return FALSE;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = nesting_json (ds, n);
        bloc_json_append (out, root);
    } else {
        g_autoptr (BlocTable) classes = bloc_cli_table_new (
            &common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "equal"),
                                       NC_ ("heading", "size"), NC_ ("heading", "members"), NULL });
        g_autoptr (BlocTable) edges = bloc_cli_table_new (
            &common, (const char *[]){ NC_ ("heading", "sub"), NC_ ("heading", "super"), NULL });
        for (guint i = 0; i < bloc_nesting_n_classes (n); i++) {
            const GArray *members = bloc_nesting_class_members (n, i);
            bloc_table_add_row (classes);
            bloc_table_add_text (classes, bloc_nesting_class_id (n, ds, i));
            bloc_cli_table_add_ids (classes, ds, bloc_nesting_class_equal (n, i));
            bloc_table_add_int (classes, members->len);
            bloc_cli_table_add_ids (classes, ds, members);
        }
        for (guint i = 0; i < bloc_nesting_n_edges (n); i++) {
            guint sub, super;
            bloc_nesting_edge (n, i, &sub, &super);
            bloc_table_add_row (edges);
            bloc_table_add_text (edges, bloc_nesting_class_id (n, ds, sub));
            bloc_table_add_text (edges, bloc_nesting_class_id (n, ds, super));
        }
        if (common.format == BLOC_FORMAT_CSV) {
            /* The Hasse diagram's edges are the relation; classes are in the JSON. */
            bloc_cli_format_table (&common, ds, edges, out);
        } else {
            g_autofree char *what = g_strdup_printf (
                /* TRANSLATORS: the caption of nesting: the side ("organizations"). */
                T_ (&common, "classes of equal member sets of %s"),
                bloc_cli_side_name (&common, BLOC_SIDE_OTHERS));
            /* Unable to reorder the rest of the caption. */
            g_autofree char *name = group_name ? bloc_text_isolate (group_name) : NULL;
            /* TRANSLATORS: in the caption of nesting: the group whose members count. */
            const char *members_format = T_ (&common, "members among %s");
            g_autofree char *members = name ? g_strdup_printf (members_format, name) : NULL;
            int least_members = (int)o.min_members.value;
            g_autofree char *least = g_strdup_printf (
                /* TRANSLATORS: in the caption of nesting: the threshold of --min-members. */
                TN_ (&common, "at least %d member", "at least %d members", least_members),
                least_members);
            g_autofree char *caption =
                bloc_cli_caption (&common, ds, common.year, what, members, least);
            bloc_table_set_caption (classes, caption);
            if (!common.quiet)
                /* TRANSLATORS: the caption of nesting's second table: "sub" and "super" are its
                 * headings. */
                bloc_table_set_caption (edges, T_ (&common, "inclusions (sub ⊂ super)"));
            bloc_cli_format_table (&common, ds, classes, out);
            g_string_append_c (out, '\n');
            bloc_cli_format_table (&common, ds, edges, out);
        }
    }
    return bloc_cli_emit (&common, out, error);
}
