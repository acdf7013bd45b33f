/* cmd-diff.c: bloc diff --from Y1 --to Y2 — what changed between two snapshots. */
#include <string.h>

#include "cli-changes.h"

typedef struct {
    BlocCliInt from;
    BlocCliInt to;
    BlocCliInt min_present;
} DiffOptions;

static void
diff_options_clear (DiffOptions *o)
{
    bloc_cli_int_clear (&o->from);
    bloc_cli_int_clear (&o->to);
    bloc_cli_int_clear (&o->min_present);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DiffOptions, diff_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    const DiffOptions *o = data;

    if (o->from.value == 0 || o->to.value == 0)
        return bloc_cli_usage_error (
            error, "diff needs --from Y1 and --to Y2 (expected two years like 2005 and 2015)");
    if (o->from.value > o->to.value)
        return bloc_cli_usage_error (error,
                                     "--from %" G_GINT64_FORMAT " is after --to %" G_GINT64_FORMAT
                                     " (expected the earlier year first)",
                                     o->from.value, o->to.value);
    if (common->year != BLOC_YEAR_ALL)
        return bloc_cli_usage_error (error,
                                     "--year does not apply to diff (expected --from Y1 --to Y2)");
    return TRUE;
}

gboolean
cmd_diff (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_autofree char *group_spec = NULL;
    g_auto (DiffOptions) o = { BLOC_CLI_YEAR ("--from"), BLOC_CLI_YEAR ("--to"),
                               BLOC_CLI_INT ("--min-present", 2, 1, G_MAXINT) };
    const GOptionEntry entries[] = {
        { "from", 0, 0, G_OPTION_ARG_STRING, &o.from.text, "The earlier snapshot (required)",
          "Y1" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &o.to.text, "The later snapshot (required)", "Y2" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "Whose gaps to compare (default: the dataset's default group; 'none' for none)",
          "ID|ID,ID,..." },
        { "min-present", 'n', 0, G_OPTION_ARG_STRING, &o.min_present.text,
          "Gaps count where at least N group members take part (default: 2)", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("diff", NULL, entries, &common, BLOC_CLI_NO_YEAR, NULL);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.from, &o.to, &o.min_present, NULL },
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
    int from = (int)o.from.value, to = (int)o.to.value;
    g_autofree char *shown_name = group != NULL ? bloc_text_isolate (group_name) : NULL;
    if (!bloc_diff (&changes, ds, &common.scope, from, to, group, (guint)o.min_present.value,
                    error))
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
                               where, from, to, shown_name)
            /* TRANSLATORS: the caption of diff: where (" in region South Asia", or nothing), and
             * the two years. */
            : g_strdup_printf (T_ (&common, "changes%1$s from %2$d to %3$d"), where, from, to);
    return bloc_cli_emit_changes (&common, ds, changes, title, error);
}
