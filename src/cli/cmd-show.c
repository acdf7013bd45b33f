/* cmd-show.c: bloc show ID — everything about one entity. */
#include <string.h>

#include "cli.h"

/* The entity's own columns, one row each: names in every language, kind, dates, region, seat,
 * note, other attributes; then its groups, and whether it exists in the year asked. */
static BlocTable *
facts_table (const BlocCliCommon *common, const BlocDataset *ds, guint entity)
{
    const BlocEntity *e = bloc_dataset_entity (ds, entity);
    BlocTable *t = bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "field"), NC_ ("heading", "value"), NULL });
    g_autofree char *id = bloc_cli_column_name (common, "id");
    g_autofree char *kind = bloc_cli_column_name (common, "kind");
    g_autofree char *name = bloc_cli_column_name (common, "name");

    bloc_table_add_row (t);
    bloc_table_add_text (t, id);
    bloc_table_add_text (t, e->id);
    bloc_table_add_row (t);
    bloc_table_add_text (t, kind);
    bloc_table_add_text (t, TC_ (common, "kind", bloc_kind_to_string (e->kind)));
    bloc_table_add_row (t);
    bloc_table_add_text (t, name);
    bloc_table_add_text (t, e->name);
    for (guint c = 0; c < bloc_dataset_n_entity_columns (ds); c++) {
        const char *column = bloc_dataset_entity_column (ds, c);
        const char *value = bloc_entity_cell (ds, e, column);
        if (*value == '\0' || strcmp (column, "id") == 0 || strcmp (column, "kind") == 0 ||
            strcmp (column, "name") == 0)
            continue;
        g_autofree char *shown = bloc_cli_column_name (common, column);
        bloc_table_add_row (t);
        bloc_table_add_text (t, shown);
        bloc_table_add_text (t, value);
    }
    g_autoptr (GArray) groups = bloc_dataset_groups_of (ds, entity);
    if (groups->len > 0) {
        g_autofree const char **ids = g_new0 (const char *, groups->len + 1);
        for (guint i = 0; i < groups->len; i++)
            ids[i] = bloc_dataset_nth_group (ds, g_array_index (groups, guint, i))->id;
        bloc_table_add_row (t);
        bloc_table_add_text (t, TC_ (common, "heading", "groups"));
        bloc_table_add_list (t, ids, groups->len);
    }
    if (!bloc_entity_exists (e, common->year)) {
        g_autofree char *existence = bloc_cli_existence (e, common->lang);
        g_autofree char *status =
            common->year == BLOC_YEAR_ALL
                /* TRANSLATORS: show's row "exists" for an entity that has ended: when it
                 * existed ("existed from 1992 to 2011"). */
                ? g_strdup_printf (T_ (common, "no longer: it %s"), existence)
                /* TRANSLATORS: show's row "exists" for an entity that did not exist in the year
                 * asked: the year, and when it existed. */
                : g_strdup_printf (T_ (common, "not in %1$d: it %2$s"), common->year, existence);
        bloc_table_add_row (t);
        bloc_table_add_text (t, TC_ (common, "heading", "exists"));
        bloc_table_add_text (t, status);
    }
    return t;
}

/* A table for ties; @with_direction adds the direction and whether each is active, for the one
 * table of CSV output. */
static BlocTable *
ties_table_new (const BlocCliCommon *common, gboolean with_direction)
{
    if (with_direction)
        return bloc_table_new ((const char *[]){ "direction", "id", "name", "kind", "role", "since",
                                                 "until", "active", "source", "note", NULL });
    return bloc_cli_table_new (
        common, (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "name"),
                                  NC_ ("heading", "kind"), NC_ ("heading", "role"),
                                  NC_ ("heading", "since"), NC_ ("heading", "until"),
                                  NC_ ("heading", "source"), NC_ ("heading", "note"), NULL });
}

/* Adds to @t the ties into (@incoming) or out of @entity: every one without --year, those
 * active in the year with it. */
static void
add_ties (BlocTable *t, const BlocCliCommon *common, const BlocDataset *ds, guint entity,
          gboolean incoming, gboolean with_direction)
{
    g_autoptr (GArray) ties =
        bloc_dataset_ties_of (ds, entity, incoming, common->year, common->year == BLOC_YEAR_ALL);

    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *tie = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        const BlocEntity *other = bloc_dataset_entity (ds, incoming ? tie->from : tie->to);
        const char *cells[] = { bloc_tie_cell (ds, tie, "since"),
                                bloc_tie_cell (ds, tie, "until") };
        const char *note = bloc_tie_cell (ds, tie, "note");
        bloc_table_add_row (t);
        if (with_direction)
            bloc_table_add_text (t, incoming ? "members" : "memberships");
        bloc_table_add_text (t, other->id);
        bloc_table_add_text (t, bloc_entity_label (ds, other, common->lang));
        bloc_table_add_text (t, TC_ (common, "kind", bloc_kind_to_string (other->kind)));
        bloc_table_add_text (t, TC_ (common, "role", bloc_role_to_string (tie->role)));
        bloc_table_add_text (t, *cells[0] ? cells[0] : NULL);
        bloc_table_add_text (t, *cells[1] ? cells[1] : NULL);
        if (with_direction)
            bloc_table_add_text (t, bloc_tie_active (tie, common->year) ? "yes" : "no");
        bloc_table_add_text (t, bloc_cli_tie_source (common, tie));
        bloc_table_add_text (t, *note ? note : NULL);
    }
}

/* Appends the ties table @t after a heading, if it has rows. */
static void
append_ties (const BlocCliCommon *common, const BlocDataset *ds, BlocTable *t, const char *heading,
             GString *out)
{
    if (bloc_table_n_rows (t) == 0)
        return;
    g_autofree char *caption = g_strdup_printf ("%s (%u)", heading, bloc_table_n_rows (t));
    bloc_table_set_caption (t, caption);
    g_string_append_c (out, '\n');
    bloc_cli_format_table (common, ds, t, out);
}

gboolean
cmd_show (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_autoptr (GOptionContext) context = bloc_cli_context ("show", "ID", NULL, &common);
    const BlocCliSteps steps = { .min_args = 1, .max_args = 1, .load = TRUE };
    g_autoptr (GString) out = g_string_new (NULL);
    guint entity;

    g_option_context_set_description (
        context, "Without --year, every tie is listed, also those that ended (until) or have not\n"
                 "begun; with --year Y, the ties active in Y. --format json gives the shape that\n"
                 "docs/cli.md describes; --format csv, the ties, one per row.\n\n"
                 "Exit status: 0 on success, 1 for bad data or a runtime error, 2 for a bad\n"
                 "command line (also an id the data does not have).");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_dataset_find (ds, argv[1], &entity, error))
        return FALSE;
    const BlocEntity *e = bloc_dataset_entity (ds, entity);

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = bloc_entity_to_json (ds, entity, common.year, common.lang);
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        bloc_cli_json_scenario (b, ds);
        json_builder_end_object (b);
        g_autoptr (JsonNode) scenario = json_builder_get_root (b);
        JsonObject *what_if = json_node_get_object (scenario);
        if (json_object_has_member (what_if, "what_if"))
            json_object_set_member (json_node_get_object (root), "what_if",
                                    json_object_dup_member (what_if, "what_if"));
        bloc_json_append (out, root);
    } else if (common.format == BLOC_FORMAT_CSV) {
        g_autoptr (BlocTable) ties = ties_table_new (&common, TRUE);
        add_ties (ties, &common, ds, entity, FALSE, TRUE);
        add_ties (ties, &common, ds, entity, TRUE, TRUE);
        bloc_cli_format_table (&common, ds, ties, out);
    } else {
        g_autoptr (BlocTable) facts = facts_table (&common, ds, entity);
        g_autoptr (BlocTable) memberships = ties_table_new (&common, FALSE);
        g_autoptr (BlocTable) members = ties_table_new (&common, FALSE);
        add_ties (memberships, &common, ds, entity, FALSE, FALSE);
        add_ties (members, &common, ds, entity, TRUE, FALSE);
        /* Within captions, the id and name cannot reorder the rest of the line. */
        g_autofree char *id = bloc_text_isolate (e->id);
        g_autofree char *name = bloc_text_isolate (bloc_entity_label (ds, e, common.lang));
        g_autofree char *what = g_strdup_printf ("%s (%s)", id, name);
        gboolean every = common.year == BLOC_YEAR_ALL;
        g_autofree char *caption =
            bloc_cli_caption (&common, ds, every ? 0 : common.year, what,
                              every ? T_ (&common, "every tie, in any year") : "");
        bloc_table_set_caption (facts, caption);
        bloc_cli_format_table (&common, ds, facts, out);
        g_autofree char *takes_part = g_strdup_printf (
            /* TRANSLATORS: the caption of show's table of what the entity takes part in. */
            T_ (&common, "what %s takes part in"), id);
        /* TRANSLATORS: the caption of show's table of who takes part in the entity. */
        g_autofree char *take_part = g_strdup_printf (T_ (&common, "who takes part in %s"), id);
        append_ties (&common, ds, memberships, takes_part, out);
        append_ties (&common, ds, members, take_part, out);
    }
    return bloc_cli_emit (&common, out, error);
}
