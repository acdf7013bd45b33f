/* cmd-diff.c: bloc diff --from Y1 --to Y2 — what changed between two snapshots. */
#include <string.h>

#include "cli-changes.h"

typedef struct {
    int from;
    int to;
    int min_present;
} DiffOptions;

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    const DiffOptions *o = data;

    if (o->from < 1 || o->to < 1 || o->from > 9999 || o->to > 9999)
        return bloc_cli_usage_error (
            error, "diff needs --from Y1 and --to Y2 (expected two years like 2005 and 2015)");
    if (o->from > o->to)
        return bloc_cli_usage_error (
            error, "--from %d is after --to %d (expected the earlier year first)", o->from, o->to);
    if (common->year != BLOC_YEAR_ALL)
        return bloc_cli_usage_error (error,
                                     "--year does not apply to diff (expected --from Y1 --to Y2)");
    return bloc_cli_check_at_least (o->min_present, 1, "--min-present", error);
}

gboolean
cmd_diff (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_autofree char *group_spec = NULL;
    DiffOptions o = { 0, 0, 2 };
    const GOptionEntry entries[] = {
        { "from", 0, 0, G_OPTION_ARG_INT, &o.from, "The earlier snapshot (required)", "Y1" },
        { "to", 0, 0, G_OPTION_ARG_INT, &o.to, "The later snapshot (required)", "Y2" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "Whose gaps to compare (default: the dataset's default group; 'none' for none)",
          "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_INT, &o.min_present,
          "Gaps count where at least N group members take part (default: 2)", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("diff", NULL, entries, &common, BLOC_CLI_NO_YEAR, NULL);
    const BlocCliSteps steps = {
        .scope = &scope_options, .check = check_options, .options = &o, .load = TRUE
    };
    g_autoptr (GArray) changes = NULL;
    g_autoptr (GArray) group = NULL;
    g_autofree char *group_name = NULL;
    g_autofree char *group_id = NULL;
    g_auto (BlocCliFilter) filter = { 0 };

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds to compare gaps in (default: every kind but the actors')");
    bloc_cli_add_filter_options (context, &filter, NULL,
                                 "Only the changes of ties (and gaps) with an end in this region");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (group_spec == NULL || strcmp (group_spec, "none") != 0) {
        if (group_spec == NULL && bloc_dataset_n_groups (ds) == 0) {
            /* No group to compare: only the ties. */
        } else if (!bloc_cli_group (ds, group_spec, &group, &group_id, &group_name, error)) {
            return FALSE;
        }
    }
    if (!bloc_diff (&changes, ds, &common.scope, o.from, o.to, group, (guint)o.min_present, error))
        return FALSE;
    for (guint i = changes->len; filter.keep != NULL && i-- > 0;) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if (!bloc_cli_filter_keeps (&filter, c->from) && !bloc_cli_filter_keeps (&filter, c->to))
            g_array_remove_index (changes, i);
    }
    g_autofree char *where =
        filter.description ? g_strdup_printf (" %s", filter.description) : g_strdup ("");
    g_autofree char *title =
        group != NULL
            /* TRANSLATORS: the caption of diff: where (" in region South Asia", or nothing), the
             * two years, and whose gaps. */
            ? g_strdup_printf (T_ (&common, "changes%1$s from %2$d to %3$d, with the gaps of %4$s"),
                               where, o.from, o.to, group_name)
            /* TRANSLATORS: the caption of diff: where (" in region South Asia", or nothing), and
             * the two years. */
            : g_strdup_printf (T_ (&common, "changes%1$s from %2$d to %3$d"), where, o.from, o.to);
    return bloc_cli_emit_changes (&common, ds, changes, title, error);
}
