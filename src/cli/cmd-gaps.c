/* cmd-gaps.c: bloc gaps — who in a group stays out of what. */
#include "cli.h"

static JsonNode *
gaps_json (const BlocDataset *ds, const BlocGaps *gaps, const char *group, const char *group_name,
           int year, const char *lang)
{
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "group");
    json_builder_add_string_value (b, group);
    json_builder_set_member_name (b, "group_name");
    json_builder_add_string_value (b, group_name);
    json_builder_set_member_name (b, "year");
    if (year == BLOC_YEAR_ALL)
        json_builder_add_null_value (b);
    else
        json_builder_add_int_value (b, year);

    json_builder_set_member_name (b, "organizations");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i));
        const GArray *present = bloc_gaps_present (gaps, i);
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, e->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, bloc_entity_label (ds, e, lang));
        json_builder_set_member_name (b, "kind");
        json_builder_add_string_value (b, bloc_kind_to_string (e->kind));
        json_builder_set_member_name (b, "present");
        json_builder_begin_array (b);
        for (guint k = 0; k < present->len; k++) {
            const BlocPresence *p = &g_array_index (present, BlocPresence, k);
            json_builder_begin_object (b);
            json_builder_set_member_name (b, "id");
            json_builder_add_string_value (b, bloc_dataset_entity (ds, p->entity)->id);
            json_builder_set_member_name (b, "role");
            json_builder_add_string_value (b, bloc_role_to_string (p->role));
            json_builder_end_object (b);
        }
        json_builder_end_array (b);
        json_builder_set_member_name (b, "absent");
        bloc_cli_json_ids (b, ds, bloc_gaps_absent (gaps, i));
        json_builder_set_member_name (b, "coverage");
        json_builder_add_double_value (b, bloc_round_real (bloc_gaps_coverage (gaps, i)));
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    json_builder_set_member_name (b, "countries");
    json_builder_begin_array (b);
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_member (gaps, i));
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "id");
        json_builder_add_string_value (b, e->id);
        json_builder_set_member_name (b, "name");
        json_builder_add_string_value (b, bloc_entity_label (ds, e, lang));
        json_builder_set_member_name (b, "gaps");
        bloc_cli_json_ids (b, ds, member_gaps);
        json_builder_set_member_name (b, "gap_count");
        json_builder_add_int_value (b, member_gaps->len);
        json_builder_end_object (b);
    }
    json_builder_end_array (b);

    json_builder_set_member_name (b, "one_short");
    bloc_cli_json_ids (b, ds, bloc_gaps_one_short (gaps));
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

/* The ids present, each with its role where it is not member ("KG (observer)"), as a list cell:
 * separated as every other list of the format is. */
static void
add_present (BlocTable *table, const BlocDataset *ds, const GArray *present)
{
    g_autoptr (GPtrArray) items = g_ptr_array_new_with_free_func (g_free);
    for (guint k = 0; k < present->len; k++) {
        const BlocPresence *p = &g_array_index (present, BlocPresence, k);
        const char *id = bloc_dataset_entity (ds, p->entity)->id;
        g_ptr_array_add (items,
                         p->role == BLOC_ROLE_MEMBER
                             ? g_strdup (id)
                             : g_strdup_printf ("%s (%s)", id, bloc_role_to_string (p->role)));
    }
    bloc_table_add_list (table, (const char *const *)items->pdata, items->len);
}

/* The gaps as tables: entities by coverage, members by gap count, and the one-short list. */
static void
gaps_text (const BlocCliCommon *c, const BlocDataset *ds, const BlocGaps *gaps,
           const char *group_name, int min_present, GString *out)
{
    const BlocCliCommon common = *c;
    g_autoptr (BlocTable) entities = bloc_table_new (
        (const char *[]){ "id", "name", "kind", "coverage", "present", "absent", NULL });
    /* CSV keeps the JSON's order, by id; the tables for people rank by coverage, then id. */
    g_autoptr (GArray) rows = NULL;
    if (common.format == BLOC_FORMAT_CSV) {
        rows = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint i = 0; i < bloc_gaps_n_entities (gaps); i++)
            g_array_append_val (rows, i);
    } else {
        rows = bloc_gaps_rank (gaps);
    }
    for (guint r = 0; r < rows->len; r++) {
        guint i = g_array_index (rows, guint, r);
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_entity (gaps, i));
        bloc_table_add_row (entities);
        bloc_table_add_text (entities, e->id);
        bloc_table_add_text (entities, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (entities, bloc_kind_to_string (e->kind));
        bloc_table_add_real (entities, bloc_gaps_coverage (gaps, i));
        add_present (entities, ds, bloc_gaps_present (gaps, i));
        bloc_cli_table_add_ids (entities, ds, bloc_gaps_absent (gaps, i));
    }
    g_autoptr (BlocTable) members =
        bloc_table_new ((const char *[]){ "id", "name", "gap_count", "gaps", NULL });
    for (guint i = 0; i < bloc_gaps_n_members (gaps); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, bloc_gaps_member (gaps, i));
        const GArray *member_gaps = bloc_gaps_member_gaps (gaps, i);
        bloc_table_add_row (members);
        bloc_table_add_text (members, e->id);
        bloc_table_add_text (members, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_int (members, member_gaps->len);
        bloc_cli_table_add_ids (members, ds, member_gaps);
    }
    g_autofree char *one_short = bloc_dataset_join_ids (ds, bloc_gaps_one_short (gaps), ", ", 0);
    g_autofree char *year =
        common.year == BLOC_YEAR_ALL ? g_strdup ("current") : g_strdup_printf ("%d", common.year);
    /* Within a heading, the name cannot reorder the rest of the line. */
    g_autofree char *shown_name = bloc_text_isolate (group_name);

    if (common.format == BLOC_FORMAT_CSV) {
        /* One table: an entity per row, as in the JSON organizations list. */
        bloc_table_format (entities, common.format, out);
    } else if (common.format == BLOC_FORMAT_MARKDOWN) {
        if (!common.quiet) {
            g_string_append (out, "## Participation gaps: ");
            bloc_markdown_append (out, shown_name);
            g_string_append_printf (out, " (%s, at least %d present)\n\n", year, min_present);
        }
        bloc_cli_scenario_note (&common, ds, out);
        bloc_table_format (entities, common.format, out);
        g_string_append (out, "\n### Gaps by member\n\n");
        bloc_table_format (members, common.format, out);
        g_string_append (out, "\n**One short of complete:** ");
        bloc_markdown_append (out, *one_short ? one_short : "none");
        g_string_append (out, "\n");
    } else {
        if (!common.quiet)
            g_string_append_printf (out, "participation gaps of %s (%s, at least %d present)\n\n",
                                    shown_name, year, min_present);
        bloc_cli_scenario_note (&common, ds, out);
        bloc_table_format (entities, common.format, out);
        g_string_append_c (out, '\n');
        bloc_table_format (members, common.format, out);
        g_string_append_printf (out, "\none short of complete: %s\n",
                                *one_short ? one_short : "none");
    }
}

gboolean
cmd_gaps (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_autofree char *group_spec = NULL;
    g_auto (BlocCliInt) min_present = BLOC_CLI_INT ("--min-present", 2, 1, G_MAXINT);
    const GOptionEntry entries[] = {
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "A group of dataset.ini, or ids (default: the dataset's default group)", "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &min_present.text,
          "Only what at least N group members take part in (default: 2)", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("gaps", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &min_present, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocGaps) gaps = NULL;
    g_autoptr (GArray) group = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_autofree char *group_name = NULL;
    g_autofree char *group_id = NULL;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds to look for gaps in (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_cli_group (ds, group_spec, &group, &group_id, &group_name, error) ||
        !bloc_membership_new (&m, ds, &common.scope, error) ||
        !bloc_gaps_compute (&gaps, m, group, (guint)min_present.value, error))
        return FALSE;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root =
            gaps_json (ds, gaps, group_id, group_name, common.year, common.lang);
        bloc_json_append (out, root);
    } else {
        gaps_text (&common, ds, gaps, group_name, (int)min_present.value, out);
    }
    return bloc_cli_emit (&common, out, error);
}
