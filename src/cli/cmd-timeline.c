/* cmd-timeline.c: bloc timeline [ENTITY] — joins and exits by year. */
#include "cli-changes.h"

gboolean
cmd_timeline (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    g_autofree char *roles_text = NULL;
    int from = 0, to = 0;
    const GOptionEntry entries[] = {
        { "roles", 0, 0, G_OPTION_ARG_STRING, &roles_text,
          "Roles to follow (default: all but part_of and host)", "ROLE,..." },
        { "from", 0, 0, G_OPTION_ARG_INT, &from, "Only changes in Y or later", "Y" },
        { "to", 0, 0, G_OPTION_ARG_INT, &to, "Only changes in Y or earlier", "Y" },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("timeline", "[ENTITY]", entries, &common, BLOC_CLI_ALL_OPTIONS,
                               "Only the joins and exits of year Y");
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (GArray) changes = NULL;
    g_autoptr (GArray) shown = g_array_new (FALSE, FALSE, sizeof (BlocChange));
    g_autofree char *title = NULL;
    g_autofree char *note = NULL;
    guint undated = 0;
    BlocRoleSet roles = BLOC_PARTICIPATION_ROLES;
    gint entity = -1;
    gboolean ok = FALSE;

    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 1, error) ||
        (roles_text && !bloc_role_set_parse (&roles, roles_text, error)))
        goto out;
    /* --year Y is the one year Y. */
    if (common.year != BLOC_YEAR_ALL)
        from = to = common.year;
    if ((ds = bloc_cli_load (&common, error)) == NULL)
        goto out;
    if (argc > 1) {
        guint index;
        if (!bloc_dataset_find (ds, argv[1], &index, error))
            goto out;
        entity = (gint)index;
    }
    changes = bloc_timeline (ds, entity, roles, &undated);
    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if ((from == 0 || c->year >= from) && (to == 0 || c->year <= to))
            g_array_append_val (shown, *c);
    }
    note = undated == 0 ? g_strdup ("")
                        : g_strdup_printf (" (%u %s with no start date: no join)", undated,
                                           undated == 1 ? "tie" : "ties");
    title = g_strdup_printf ("timeline of %s: %u joins and exits%s",
                             entity >= 0 ? argv[1] : ds->title, shown->len, note);
    ok = bloc_cli_emit_changes (&common, ds, shown, title, error);
out:
    bloc_cli_common_clear (&common);
    return ok;
}
