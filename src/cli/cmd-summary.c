/* cmd-summary.c: bloc summary — entities by kind, ties by role, years covered, groups. */
#include "cli.h"

/* The members of group @g that @filter keeps (transfer full). */
static GArray *
group_members (const BlocGroup *g, const BlocCliFilter *filter)
{
    GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint k = 0; k < g->members->len; k++)
        if (bloc_cli_filter_keeps (filter, g_array_index (g->members, guint, k)))
            g_array_append_val (kept, g_array_index (g->members, guint, k));
    return kept;
}

static JsonNode *
summary_json (const BlocDataset *ds, int year, const BlocCounts *c, const BlocCliFilter *filter)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "title");
    json_builder_add_string_value (b, bloc_dataset_title (ds));
    json_builder_set_member_name (b, "description");
    json_builder_add_string_value (b, bloc_dataset_description (ds));
    json_builder_set_member_name (b, "year");
    if (year == BLOC_YEAR_ALL)
        json_builder_add_null_value (b);
    else
        json_builder_add_int_value (b, year);
    json_builder_set_member_name (b, "entities");
    json_builder_begin_object (b);
    for (int k = 0; k < BLOC_N_KINDS; k++) {
        json_builder_set_member_name (b, bloc_kind_to_string ((BlocKind)k));
        json_builder_add_int_value (b, c->kinds[k]);
    }
    json_builder_end_object (b);
    json_builder_set_member_name (b, "ties");
    json_builder_begin_object (b);
    for (int r = 0; r < BLOC_N_ROLES; r++) {
        json_builder_set_member_name (b, bloc_role_to_string ((BlocRole)r));
        json_builder_add_int_value (b, c->roles[r]);
    }
    json_builder_end_object (b);
    json_builder_set_member_name (b, "years");
    json_builder_begin_object (b);
    json_builder_set_member_name (b, "first");
    if (c->first_year)
        json_builder_add_int_value (b, c->first_year);
    else
        json_builder_add_null_value (b);
    json_builder_set_member_name (b, "last");
    if (c->last_year)
        json_builder_add_int_value (b, c->last_year);
    else
        json_builder_add_null_value (b);
    json_builder_end_object (b);
    bloc_cli_json_scenario (b, ds);
    json_builder_set_member_name (b, "groups");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
        const BlocGroup *g = bloc_dataset_nth_group (ds, i);
        g_autoptr (GArray) members = group_members (g, filter);
        if (members->len == 0 && g->members->len > 0)
            continue;
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, g->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, g->name);
        json_builder_set_member_name (b, "members");
        bloc_cli_json_ids (b, ds, members);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

/* The summary as tables: kinds, roles, years and groups (with their members that @filter
 * keeps, and only those with any). */
static void
summary_tables (const BlocCliCommon *common, const BlocCounts *c, const BlocCliFilter *filter,
                BlocTable **kinds, BlocTable **roles, BlocTable **groups)
{
    const BlocDataset *ds = common->ds;
    guint total = 0;

    *kinds = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "kind"), NC_ ("heading", "entities"), NULL });
    for (int k = 0; k < BLOC_N_KINDS; k++) {
        if (c->kinds[k] == 0)
            continue;
        bloc_table_add_row (*kinds);
        bloc_table_add_text (*kinds, TC_ (common, "kind", bloc_kind_to_string ((BlocKind)k)));
        bloc_table_add_int (*kinds, c->kinds[k]);
        total += c->kinds[k];
    }
    bloc_table_add_row (*kinds);
    /* TRANSLATORS: the last row of a table of counts. */
    bloc_table_add_text (*kinds, TC_ (common, "cell", "total"));
    bloc_table_add_int (*kinds, total);

    *roles = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "role"), NC_ ("heading", "ties"), NULL });
    for (int r = 0; r < BLOC_N_ROLES; r++) {
        if (c->roles[r] == 0)
            continue;
        bloc_table_add_row (*roles);
        bloc_table_add_text (*roles, TC_ (common, "role", bloc_role_to_string ((BlocRole)r)));
        bloc_table_add_int (*roles, c->roles[r]);
    }
    bloc_table_add_row (*roles);
    bloc_table_add_text (*roles, TC_ (common, "cell", "total"));
    bloc_table_add_int (*roles, c->n_ties);

    *groups = bloc_cli_table_new (common, (const char *[]){ NC_ ("heading", "group"),
                                                            NC_ ("heading", "name"),
                                                            NC_ ("heading", "members"), NULL });
    for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
        const BlocGroup *g = bloc_dataset_nth_group (ds, i);
        g_autoptr (GArray) members = group_members (g, filter);
        if (members->len == 0 && g->members->len > 0)
            continue;
        bloc_table_add_row (*groups);
        bloc_table_add_text (*groups, g->id);
        bloc_table_add_text (*groups, g->name);
        bloc_cli_table_add_ids (*groups, ds, members);
    }
}

/* The summary as one long table for CSV: section, key, value. */
static BlocTable *
summary_long_table (const BlocDataset *ds, const BlocCounts *c, const BlocCliFilter *filter)
{
    BlocTable *t = bloc_table_new ((const char *[]){ "section", "key", "value", NULL });

    for (int k = 0; k < BLOC_N_KINDS; k++) {
        bloc_table_add_row (t);
        bloc_table_add_text (t, "entities");
        bloc_table_add_text (t, bloc_kind_to_string ((BlocKind)k));
        bloc_table_add_int (t, c->kinds[k]);
    }
    for (int r = 0; r < BLOC_N_ROLES; r++) {
        bloc_table_add_row (t);
        bloc_table_add_text (t, "ties");
        bloc_table_add_text (t, bloc_role_to_string ((BlocRole)r));
        bloc_table_add_int (t, c->roles[r]);
    }
    const char *bounds[] = { "first", "last" };
    const int years[] = { c->first_year, c->last_year };
    for (int i = 0; i < 2; i++) {
        bloc_table_add_row (t);
        bloc_table_add_text (t, "years");
        bloc_table_add_text (t, bounds[i]);
        if (years[i])
            bloc_table_add_int (t, years[i]);
        else
            bloc_table_add_null (t);
    }
    for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
        const BlocGroup *g = bloc_dataset_nth_group (ds, i);
        g_autoptr (GArray) members = group_members (g, filter);
        if (members->len == 0 && g->members->len > 0)
            continue;
        bloc_table_add_row (t);
        bloc_table_add_text (t, "group");
        bloc_table_add_text (t, g->id);
        bloc_cli_table_add_ids (t, ds, members);
    }
    return t;
}

gboolean
cmd_summary (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_autoptr (GOptionContext) context = bloc_cli_context ("summary", NULL, NULL, &common);
    g_auto (BlocCliFilter) filter = { 0 };
    g_autoptr (GString) out = g_string_new (NULL);
    g_autoptr (BlocTable) kinds = NULL;
    g_autoptr (BlocTable) roles = NULL;
    g_autoptr (BlocTable) groups = NULL;
    g_autofree char *years = NULL;
    g_autofree char *snapshot = NULL;
    BlocCounts counts;

    bloc_cli_add_filter_options (context, &filter, NULL,
                                 "Only the entities of this region, the ties with an end in it, "
                                 "and the groups' members in it");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &(BlocCliSteps){ .load = TRUE },
                           error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    const BlocDataset *ds = common.ds;

    bloc_dataset_count_among (ds, common.year, filter.keep, &counts);
    summary_tables (&common, &counts, &filter, &kinds, &roles, &groups);
    years = counts.first_year ? g_strdup_printf ("%d-%d", counts.first_year, counts.last_year)
                              /* TRANSLATORS: no years covered. */
                              : g_strdup (T_ (&common, "none"));
    snapshot = common.year == BLOC_YEAR_ALL
                   ? g_strdup (T_ (&common, "current (ties that have not ended)"))
                   : g_strdup_printf ("%d", common.year);

    /* Each on a line of its own, but isolated all the same, as every name in a table is. */
    g_autofree char *title = bloc_text_isolate (bloc_dataset_title (ds));
    g_autofree char *description = bloc_text_isolate (bloc_dataset_description (ds));
    switch (common.format) {
    case BLOC_FORMAT_JSON: {
        g_autoptr (JsonNode) root = summary_json (ds, common.year, &counts, &filter);
        bloc_json_append (out, root);
        break;
    }
    case BLOC_FORMAT_CSV: {
        g_autoptr (BlocTable) long_table = summary_long_table (ds, &counts, &filter);
        bloc_cli_format_table (&common, ds, long_table, out);
        break;
    }
    case BLOC_FORMAT_MARKDOWN:
    case BLOC_FORMAT_TABLE: {
        gboolean md = common.format == BLOC_FORMAT_MARKDOWN;
        g_autofree char *caption = bloc_cli_caption (
            &common, ds, common.year, T_ (&common, "entities by kind"), filter.description);
        bloc_table_set_caption (kinds, caption);
        if (!common.quiet) {
            bloc_table_set_caption (roles, T_ (&common, "ties by role"));
            /* TRANSLATORS: the caption of the table of groups. */
            bloc_table_set_caption (groups, T_ (&common, "groups"));
        }
        if (!common.quiet && md) {
            g_string_append (out, "# ");
            bloc_markdown_append (out, title);
            g_string_append (out, "\n\n");
            if (*description) {
                bloc_markdown_append (out, description);
                g_string_append (out, "\n\n");
            }
        } else if (!common.quiet) {
            g_string_append_printf (out, "%s\n", title);
            if (*description)
                g_string_append_printf (out, "%s\n", description);
        }
        g_string_append_printf (
            out,
            md ?
               /* TRANSLATORS: the summary's lines before its tables, in Markdown and as text. */
                T_ (&common, "Snapshot: %1$s. Years covered: %2$s.\n\n")
               : T_ (&common, "snapshot: %1$s\nyears covered: %2$s\n\n"),
            snapshot, years);
        bloc_cli_format_table (&common, ds, kinds, out);
        g_string_append_c (out, '\n');
        bloc_cli_format_table (&common, ds, roles, out);
        g_string_append_c (out, '\n');
        bloc_cli_format_table (&common, ds, groups, out);
        break;
    }
    }
    return bloc_cli_emit (&common, out, error);
}
