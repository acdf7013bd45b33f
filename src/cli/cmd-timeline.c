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
        !bloc_cli_filter_resolve (&filter, &common, error))
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
    guint founding = 0;
    for (guint i = 0; i < shown->len; i++)
        if (g_array_index (shown, BlocChange, i).change == BLOC_CHANGE_FOUNDING)
            founding++;
    /* The count of undated ties is over every tie followed, so a region leaves it out. */
    g_autoptr (GString) note = g_string_new (NULL);
    if (founding > 0)
        g_string_append_printf (
            note,
            /* TRANSLATORS: in the timeline's caption: how many of the changes are founding
             * members'. */
            TN_ (&common, "%u by a founding member", "%u by founding members", founding), founding);
    if (undated > 0 && filter.keep == NULL) {
        if (note->len > 0)
            g_string_append (note, TC_ (&common, "list", "; "));
        g_string_append_printf (
            note,
            /* TRANSLATORS: in the timeline's caption: ties whose start the data does not give. */
            TN_ (&common, "%u tie with no start date: no join",
                 "%u ties with no start date: no join", undated),
            undated);
    }
    g_autofree char *in_parentheses =
        note->len > 0 ? g_strdup_printf (" (%s)", note->str) : g_strdup ("");
    /* Within the caption, the name cannot reorder the rest of the line. */
    g_autofree char *name = entity >= 0 ? bloc_text_isolate (argv[1]) : NULL;
    g_autofree char *title = NULL;
    if (entity >= 0)
        /* TRANSLATORS: the timeline's caption: whose, how many changes, and a note in
         * parentheses (or nothing): "timeline of UZ: 27 joins and exits (9 by founding
         * members)". */
        title = g_strdup_printf (TN_ (&common, "timeline of %1$s: %2$u joins and exits%3$s",
                                      "timeline of %1$s: %2$u joins and exits%3$s", shown->len),
                                 name, shown->len, in_parentheses);
    else if (filter.description != NULL)
        /* TRANSLATORS: the timeline's caption with a filter: "timeline in region South Asia: 3
         * joins and exits". */
        title = g_strdup_printf (TN_ (&common, "timeline %1$s: %2$u joins and exits%3$s",
                                      "timeline %1$s: %2$u joins and exits%3$s", shown->len),
                                 filter.description, shown->len, in_parentheses);
    else
        /* TRANSLATORS: the timeline's caption: how many changes, and a note in parentheses (or
         * nothing). */
        title = g_strdup_printf (TN_ (&common, "timeline: %1$u joins and exits%2$s",
                                      "timeline: %1$u joins and exits%2$s", shown->len),
                                 shown->len, in_parentheses);
    return bloc_cli_emit_changes (&common, ds, shown, title, error);
}
