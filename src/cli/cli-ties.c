/* cli-ties.c: the shared body of `bloc members` and `bloc memberships`. */
#include "cli-ties.h"

gboolean
bloc_cli_ties_command (int argc, char **argv, gboolean incoming, GError **error)
{
    BlocCliCommon common = { 0 };
    gboolean all = FALSE;
    g_autofree char *roles_text = NULL;
    BlocRoleSet roles = ~(BlocRoleSet)0;
    const GOptionEntry entries[] = {
        { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
          "Every tie, also those that ended or have not begun", NULL },
        { "roles", 0, 0, G_OPTION_ARG_STRING, &roles_text, "Only ties with these roles",
          "ROLE,..." },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context (incoming ? "members" : "memberships", "ENTITY", entries, &common);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocTable) table = NULL;
    g_autoptr (GArray) ties = NULL;
    gboolean ok = FALSE;
    guint entity;

    if (!bloc_cli_parse (context, &common, &argc, &argv, 1, 1, error))
        goto out;
    if (roles_text != NULL && !bloc_role_set_parse (&roles, roles_text, error))
        goto out;
    if ((ds = bloc_cli_load (&common, error)) == NULL)
        goto out;
    if (!bloc_dataset_find (ds, argv[1], &entity, error))
        goto out;

    ties = bloc_dataset_ties_of (ds, entity, incoming, common.year, all);
    table = bloc_table_new (
        (const char *[]){ "id", "name", "kind", "role", "since", "until", "source", NULL });
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        const BlocEntity *other = bloc_dataset_entity (ds, incoming ? t->from : t->to);
        if (!(roles & BLOC_ROLE_BIT (t->role)))
            continue;
        const char *since = bloc_tie_cell (ds, t, "since");
        const char *until = bloc_tie_cell (ds, t, "until");
        bloc_table_add_row (table);
        bloc_table_add_text (table, other->id);
        bloc_table_add_text (table, bloc_entity_label (ds, other, common.lang));
        bloc_table_add_text (table, bloc_kind_to_string (other->kind));
        bloc_table_add_text (table, bloc_role_to_string (t->role));
        bloc_table_add_text (table, *since ? since : NULL);
        bloc_table_add_text (table, *until ? until : NULL);
        bloc_table_add_text (table, *t->source ? t->source : NULL);
    }
    ok = bloc_cli_emit_table (&common, ds, table, error);
out:
    bloc_cli_common_clear (&common);
    return ok;
}
