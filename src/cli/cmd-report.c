/* cmd-report.c: bloc report [-o FILE.html] — every table and figure in one HTML page. */
#include "cli.h"

#define DEFAULT_OUTPUT "report.html"

typedef struct {
    char *title;
    char *group;
} ReportArgs;

static void
report_args_clear (ReportArgs *a)
{
    g_clear_pointer (&a->title, g_free);
    g_clear_pointer (&a->group, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ReportArgs, report_args_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    if (common->format_text != NULL)
        return bloc_cli_usage_error (error, "--format is for tables; report writes an HTML page "
                                            "(expected no --format)");
    return TRUE;
}

gboolean
cmd_report (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (ReportArgs) a = { 0 };
    const GOptionEntry entries[] = {
        { "title", 0, 0, G_OPTION_ARG_STRING, &a.title, "The page's title (default: the dataset's)",
          "TEXT" },
        { "group", 'G', 0, G_OPTION_ARG_STRING, &a.group,
          "Whose participation gaps: a group of dataset.ini, or ids (default: the dataset's "
          "default group)",
          "ID|ID,ID,..." },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("report", NULL, entries, &common, BLOC_CLI_NO_FORMAT,
                               "Snapshot: ties active in year Y (the timeline: its story up to Y)");
    const BlocCliSteps steps = {
        .scope = &scope_options, .check = check_options, .options = &a, .load = TRUE
    };
    g_autoptr (GArray) group = NULL;
    g_autofree char *group_id = NULL, *group_name = NULL;
    g_autoptr (BlocDataset) baseline = NULL;
    g_autoptr (GBytes) page = NULL;

    g_option_context_set_description (
        context, "Writes FILE.html (default: report.html in the current folder): the dataset, the "
                 "gaps of the group, overlap, centrality, communities, nesting, the timeline and "
                 "a card for every entity, with search, highlighting and sortable tables. The "
                 "page needs nothing but a browser: open it from disk, offline, or mail it.\n"
                 "Exit status: 0 on success, 1 for bad data or a runtime error, 2 for a bad "
                 "command line.");
    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    /* Without --group, the dataset's group if it has one; a dataset without groups gets a page
     * without gaps. */
    if ((a.group != NULL || bloc_dataset_n_groups (ds) > 0) &&
        !bloc_cli_group (ds, a.group, &group, &group_id, &group_name, error))
        return FALSE;
    if (bloc_dataset_n_scenario_lines (ds) > 0 &&
        !bloc_cli_load_baseline (&common, &baseline, error))
        return FALSE;
    if (!bloc_report_has_language (common.lang))
        bloc_cli_note (&common,
                       "no interface words in '%s': the page speaks English, with the names in "
                       "'%s' where the data has them",
                       common.lang, common.lang);

    BlocReportOptions o;
    bloc_report_options_init (&o);
    o.scope = common.scope;
    o.lang = common.lang;
    o.title = a.title;
    o.group = group;
    o.group_name = group_name;
    o.baseline = baseline;
    if (!bloc_report_build (&page, ds, &o, error))
        return FALSE;

    const char *path = common.output ? common.output : DEFAULT_OUTPUT;
    gsize len;
    const char *html = g_bytes_get_data (page, &len);
    if (!bloc_output_write (path, html, len, error))
        return FALSE;
    if (g_strcmp0 (path, "-") != 0)
        bloc_cli_note (&common, "wrote %s (%" G_GSIZE_FORMAT " KB)", path, (len + 1023) / 1024);
    return TRUE;
}
