/* cmd-timeline.c: bloc timeline [ENTITY] — joins and exits by year. */
#include "cli-changes.h"

typedef struct {
    char *roles_text;
    BlocRoleSet roles;
} TimelineOptions;

static void
timeline_options_clear (TimelineOptions *o)
{
    g_clear_pointer (&o->roles_text, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TimelineOptions, timeline_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    TimelineOptions *o = data;
    return o->roles_text == NULL || bloc_role_set_parse (&o->roles, o->roles_text, error);
}

gboolean
cmd_timeline (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (TimelineOptions) o = { NULL, BLOC_PARTICIPATION_ROLES };
    g_auto (BlocCliInt) from_year = BLOC_CLI_YEAR ("--from");
    g_auto (BlocCliInt) to_year = BLOC_CLI_YEAR ("--to");
    const GOptionEntry entries[] = {
        { "roles", 0, 0, G_OPTION_ARG_STRING, &o.roles_text,
          "Roles to follow (default: all but part_of and host)", "ROLE,..." },
        { "from", 0, 0, G_OPTION_ARG_STRING, &from_year.text, "Only changes in Y or later", "Y" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &to_year.text, "Only changes in Y or earlier", "Y" },
        { NULL },
    };
    g_autoptr (GOptionContext) context =
        bloc_cli_context_full ("timeline", "[ENTITY]", entries, &common, BLOC_CLI_ALL_OPTIONS,
                               "Only the joins and exits of year Y");
    const BlocCliSteps steps = {
        .min_args = 0,
        .max_args = 1,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &from_year, &to_year, NULL },
    };
    g_auto (BlocCliFilter) filter = { 0 };
    guint undated = 0;
    gint entity = -1;

    bloc_cli_add_filter_options (context, &filter, NULL,
                                 "Only the changes of ties with an end in this region");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, common.ds, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    int from = (int)from_year.value, to = (int)to_year.value;
    /* --year Y is the one year Y. */
    if (common.year != BLOC_YEAR_ALL)
        from = to = common.year;
    if (argc > 1) {
        guint index;
        if (!bloc_dataset_find (ds, argv[1], &index, error))
            return FALSE;
        entity = (gint)index;
    }
    g_autoptr (GArray) changes = bloc_timeline (ds, entity, o.roles, &undated);
    g_autoptr (GArray) shown = g_array_new (FALSE, FALSE, sizeof (BlocChange));
    for (guint i = 0; i < changes->len; i++) {
        const BlocChange *c = &g_array_index (changes, BlocChange, i);
        if ((from == 0 || c->year >= from) && (to == 0 || c->year <= to) &&
            (bloc_cli_filter_keeps (&filter, c->from) || bloc_cli_filter_keeps (&filter, c->to)))
            g_array_append_val (shown, *c);
    }
    /* The count of undated ties is over every tie followed, so a region leaves it out. */
    g_autofree char *note = undated == 0 || filter.keep != NULL
                                ? g_strdup ("")
                                : g_strdup_printf (" (%u %s with no start date: no join)", undated,
                                                   undated == 1 ? "tie" : "ties");
    /* Within the caption, the name cannot reorder the rest of the line. */
    g_autofree char *name = entity >= 0 ? bloc_text_isolate (argv[1]) : NULL;
    g_autofree char *of = entity >= 0          ? g_strdup_printf (" of %s", name)
                          : filter.description ? g_strdup_printf (" %s", filter.description)
                                               : g_strdup ("");
    g_autofree char *title =
        g_strdup_printf ("timeline%s: %u joins and exits%s", of, shown->len, note);
    return bloc_cli_emit_changes (&common, ds, shown, title, error);
}
