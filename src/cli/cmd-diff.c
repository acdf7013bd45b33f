/* cmd-diff.c: bloc diff --from Y1 --to Y2 — what changed between two snapshots. */
#include <string.h>

#include "cli-changes.h"

gboolean
cmd_diff (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    BlocCliScope scope_options = { 0 };
    g_autofree char *group_spec = NULL;
    int from = 0, to = 0, min_present = 2;
    const GOptionEntry entries[] = {
        { "from", 0, 0, G_OPTION_ARG_INT, &from, "The earlier snapshot (required)", "Y1" },
        { "to", 0, 0, G_OPTION_ARG_INT, &to, "The later snapshot (required)", "Y2" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "Whose gaps to compare (default: the dataset's default group; 'none' for none)",
          "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_INT, &min_present,
          "Gaps count where at least N group members take part (default: 2)", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("diff", NULL, entries, &common, BLOC_CLI_NO_YEAR, NULL);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (GArray) changes = NULL;
    g_autoptr (GArray) group = NULL;
    g_autofree char *group_name = NULL;
    g_autofree char *group_id = NULL;
    g_autofree char *title = NULL;
    BlocScope scope;
    gboolean ok = FALSE;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds to compare gaps in (default: every kind but the actors')");
    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 0, error) ||
        !bloc_cli_scope_resolve (&scope_options, &common, &scope, error))
        goto out;
    if (from < 1 || to < 1 || from > 9999 || to > 9999) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "diff needs --from Y1 and --to Y2 (expected two years like 2005 and 2015)");
        goto out;
    }
    if (from > to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--from %d is after --to %d (expected the earlier year first)", from, to);
        goto out;
    }
    if (common.year != BLOC_YEAR_ALL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--year does not apply to diff (expected --from Y1 --to Y2)");
        goto out;
    }
    if (min_present < 1) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad --min-present %d (expected N >= 1)",
                     min_present);
        goto out;
    }
    if ((ds = bloc_cli_load (&common, error)) == NULL)
        goto out;
    if (group_spec == NULL || strcmp (group_spec, "none") != 0) {
        if (group_spec == NULL && ds->groups->len == 0) {
            /* No group to compare: only the ties. */
        } else if (!bloc_cli_group (ds, group_spec, &group, &group_id, &group_name, error)) {
            goto out;
        }
    }
    if (!bloc_diff (&changes, ds, &scope, from, to, group, (guint)min_present, error))
        goto out;
    title = group != NULL ? g_strdup_printf ("changes from %d to %d, with the gaps of %s", from, to,
                                             group_name)
                          : g_strdup_printf ("changes from %d to %d", from, to);
    ok = bloc_cli_emit_changes (&common, ds, changes, title, error);
out:
    bloc_cli_common_clear (&common);
    bloc_cli_scope_clear (&scope_options);
    return ok;
}
