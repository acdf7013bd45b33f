/* cli-changes.c: the output shared by `bloc timeline` and `bloc diff`. */
#include "cli-changes.h"

gboolean
bloc_cli_emit_changes (const BlocCliCommon *common, const BlocDataset *ds, const GArray *changes,
                       const char *title, GError **error)
{
    g_autoptr (BlocTable) table = bloc_cli_table_new (
        common,
        (const char *[]){ NC_ ("heading", "year"), NC_ ("heading", "from"), NC_ ("heading", "to"),
                          NC_ ("heading", "role"), NC_ ("heading", "change"),
                          NC_ ("heading", "from_name"), NC_ ("heading", "to_name"), NULL });
    g_autoptr (GString) out = g_string_new (NULL);

    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        const BlocEntity *from = bloc_dataset_entity (ds, c->from);
        const BlocEntity *to = bloc_dataset_entity (ds, c->to);
        bloc_table_add_row (table);
        bloc_table_add_int (table, c->year);
        bloc_table_add_text (table, from->id);
        bloc_table_add_text (table, to->id);
        bloc_table_add_text (
            table, c->has_role ? TC_ (common, "role", bloc_role_to_string (c->role)) : NULL);
        bloc_table_add_text (table, TC_ (common, "change", bloc_change_to_string (c->change)));
        bloc_table_add_text (table, bloc_entity_label (ds, from, common->lang));
        bloc_table_add_text (table, bloc_entity_label (ds, to, common->lang));
    }
    g_autofree char *caption = bloc_cli_caption (common, ds, 0, title, NULL);
    bloc_table_set_caption (table, caption);
    bloc_cli_format_table (common, ds, table, out);
    return bloc_cli_emit (common, out, error);
}
