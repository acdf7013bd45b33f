/* cli-ties.c: the shared body of `bloc members` and `bloc memberships`. */
#include "cli-ties.h"

typedef struct {
    char *roles_text;
    BlocRoleSet roles;
} TiesOptions;

static void
ties_options_clear (TiesOptions *o)
{
    g_clear_pointer (&o->roles_text, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TiesOptions, ties_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    TiesOptions *o = data;
    return o->roles_text == NULL || bloc_role_set_parse (&o->roles, o->roles_text, error);
}

gboolean
bloc_cli_ties_command (int argc, char **argv, gboolean incoming, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (TiesOptions) o = { NULL, ~(BlocRoleSet)0 };
    gboolean all = FALSE;
    const GOptionEntry entries[] = {
        { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
          "Every tie, also those that ended or have not begun", NULL },
        { "roles", 0, 0, G_OPTION_ARG_STRING, &o.roles_text, "Only ties with these roles",
          "ROLE,..." },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context (incoming ? "members" : "memberships", "ENTITY", entries, &common);
    const BlocCliSteps steps = {
        .min_args = 1, .max_args = 1, .check = check_options, .options = &o, .load = TRUE
    };
    guint entity;

    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_dataset_find (ds, argv[1], &entity, error))
        return FALSE;

    g_autoptr (GArray) ties = bloc_dataset_ties_of (ds, entity, incoming, common.year, all);
    g_autoptr (BlocTable) table = bloc_table_new (
        (const char *[]){ "id", "name", "kind", "role", "since", "until", "source", NULL });
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        const BlocEntity *other = bloc_dataset_entity (ds, incoming ? t->from : t->to);
        if (!(o.roles & BLOC_ROLE_BIT (t->role)))
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
    return bloc_cli_emit_table (&common, ds, table, error);
}
