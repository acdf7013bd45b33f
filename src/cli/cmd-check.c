/* cmd-check.c: bloc check — validate a dataset and print its counts. */
#include "cli.h"

gboolean
cmd_check (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_autoptr (GOptionContext) context = bloc_cli_context ("check", NULL, NULL, &common);
    g_autoptr (GString) out = g_string_new (NULL);

    if (!bloc_cli_prepare (&common, context, &argc, &argv, &(BlocCliSteps){ .load = TRUE }, error))
        return FALSE;
    const BlocDataset *ds = common.ds;

    if (common.quiet) {
        /* The exit status is the whole answer. */
    } else if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "dataset");
        json_builder_add_string_value (b, bloc_dataset_origin (ds));
        json_builder_set_member_name (b, "ok");
        json_builder_add_boolean_value (b, TRUE);
        json_builder_set_member_name (b, "entities");
        json_builder_add_int_value (b, bloc_dataset_n_entities (ds));
        json_builder_set_member_name (b, "ties");
        json_builder_add_int_value (b, bloc_dataset_n_ties (ds));
        json_builder_set_member_name (b, "groups");
        json_builder_add_int_value (b, bloc_dataset_n_groups (ds));
        bloc_cli_json_scenario (b, ds);
        json_builder_end_object (b);
        g_autoptr (JsonNode) root = json_builder_get_root (b);
        bloc_json_append (out, root);
    } else {
        g_autoptr (BlocTable) table = bloc_cli_table_new (
            &common, (const char *[]){ NC_ ("heading", "item"), NC_ ("heading", "count"), NULL });
        const char *items[] = { NC_ ("cell", "entities"), NC_ ("cell", "ties"),
                                NC_ ("cell", "groups") };
        const guint counts[] = { bloc_dataset_n_entities (ds), bloc_dataset_n_ties (ds),
                                 bloc_dataset_n_groups (ds) };
        for (guint i = 0; i < G_N_ELEMENTS (items); i++) {
            bloc_table_add_row (table);
            bloc_table_add_text (table, TC_ (&common, "cell", items[i]));
            bloc_table_add_int (table, counts[i]);
        }
        /* TRANSLATORS: the caption of check: the dataset checked, and that it is sound. */
        g_autofree char *what = g_strdup_printf (T_ (&common, "%s: ok"), bloc_dataset_origin (ds));
        g_autofree char *caption = bloc_cli_caption (&common, ds, 0, what, NULL);
        bloc_table_set_caption (table, caption);
        bloc_cli_format_table (&common, ds, table, out);
    }
    return bloc_cli_emit (&common, out, error);
}
