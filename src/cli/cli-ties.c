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

/* The number of ties of @entity in direction @incoming, in any year. */
static guint
count_ties (const BlocDataset *ds, guint entity, gboolean incoming)
{
    g_autoptr (GArray) ties = bloc_dataset_ties_of (ds, entity, incoming, BLOC_YEAR_ALL, TRUE);
    return ties->len;
}

/* The year to list: --year, or, for an entity that no longer exists (a meeting that is over, an
 * organization that was dissolved), its last year, said on standard error. */
static int
year_to_show (const BlocCliCommon *common, const BlocEntity *e)
{
    int first, end;

    if (bloc_entity_exists (e, common->year))
        return common->year;
    g_autofree char *existence = bloc_cli_existence (e, NULL);
    bloc_entity_years (e, &first, &end);
    if (common->year != BLOC_YEAR_ALL) {
        gboolean event = e->kind == BLOC_KIND_FORUM || e->kind == BLOC_KIND_EXERCISE;
        bloc_cli_note (common, "%s did not %s in %d (it %s)", e->id, event ? "take place" : "exist",
                       common->year, existence);
        return common->year;
    }
    bloc_cli_note (common, "%s %s; showing %d", e->id, existence, end - 1);
    return end - 1;
}

gboolean
bloc_cli_ties_command (int argc, char **argv, gboolean incoming, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (TiesOptions) o = { NULL, ~(BlocRoleSet)0 };
    g_auto (BlocCliFilter) filter = { 0 };
    gboolean all = FALSE, notes = FALSE;
    const GOptionEntry entries[] = {
        { "all", 'a', 0, G_OPTION_ARG_NONE, &all,
          "Every tie, also those that ended or have not begun", NULL },
        { "roles", 0, 0, G_OPTION_ARG_STRING, &o.roles_text, "Only ties with these roles",
          "ROLE,..." },
        { "notes", 0, 0, G_OPTION_ARG_NONE, &notes, "Add the note of each tie as a column", NULL },
        { NULL },
    };
    const char *command = incoming ? "members" : "memberships";
    g_autoptr (GOptionContext) context = bloc_cli_context (command, "ENTITY", entries, &common);
    const BlocCliSteps steps = {
        .min_args = 1, .max_args = 1, .check = check_options, .options = &o, .load = TRUE
    };
    guint entity;

    bloc_cli_add_filter_options (context, &filter, NULL,
                                 incoming ? "Only members of this region"
                                          : "Only what belongs to this region");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (!bloc_dataset_find (ds, argv[1], &entity, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    const BlocEntity *e = bloc_dataset_entity (ds, entity);
    int year = all ? common.year : year_to_show (&common, e);

    /* Asked the wrong way round: say which command answers. */
    if (count_ties (ds, entity, incoming) == 0 && count_ties (ds, entity, !incoming) > 0) {
        if (incoming)
            bloc_cli_note (&common,
                           "nothing takes part in %s (a %s); 'bloc memberships %s' lists what it "
                           "takes part in",
                           e->id, bloc_kind_to_string (e->kind), e->id);
        else
            bloc_cli_note (&common,
                           "%s takes part in nothing; 'bloc members %s' lists who takes part in it",
                           e->id, e->id);
    }

    g_autoptr (GArray) ties = bloc_dataset_ties_of (ds, entity, incoming, year, all);
    g_autoptr (GPtrArray) columns = g_ptr_array_new ();
    const char *base[] = { NC_ ("heading", "id"),    NC_ ("heading", "name"),
                           NC_ ("heading", "kind"),  NC_ ("heading", "role"),
                           NC_ ("heading", "since"), NC_ ("heading", "until"),
                           NC_ ("heading", "source") };
    for (guint i = 0; i < G_N_ELEMENTS (base); i++)
        g_ptr_array_add (columns, (gpointer)base[i]);
    if (notes)
        g_ptr_array_add (columns, NC_ ("heading", "note"));
    g_ptr_array_add (columns, NULL);
    g_autoptr (BlocTable) table = bloc_cli_table_new (&common, (const char *const *)columns->pdata);
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        guint other_index = incoming ? t->from : t->to;
        const BlocEntity *other = bloc_dataset_entity (ds, other_index);
        if (!(o.roles & BLOC_ROLE_BIT (t->role)) || !bloc_cli_filter_keeps (&filter, other_index))
            continue;
        const char *since = bloc_tie_cell (ds, t, "since");
        const char *until = bloc_tie_cell (ds, t, "until");
        const char *note = bloc_tie_cell (ds, t, "note");
        bloc_table_add_row (table);
        bloc_table_add_text (table, other->id);
        bloc_table_add_text (table, bloc_entity_label (ds, other, common.lang));
        bloc_table_add_text (table, TC_ (&common, "kind", bloc_kind_to_string (other->kind)));
        bloc_table_add_text (table, TC_ (&common, "role", bloc_role_to_string (t->role)));
        bloc_table_add_text (table, *since ? since : NULL);
        bloc_table_add_text (table, *until ? until : NULL);
        bloc_table_add_text (table, bloc_cli_tie_source (&common, t));
        if (notes)
            bloc_table_add_text (table, *note ? note : NULL);
    }

    /* Within the caption, the id and name cannot reorder the rest of the line. */
    g_autofree char *id = bloc_text_isolate (e->id);
    g_autofree char *name = bloc_text_isolate (bloc_entity_label (ds, e, common.lang));
    g_autofree char *what =
        incoming
            /* TRANSLATORS: the caption of members: the entity's id and name. */
            ? g_strdup_printf (T_ (&common, "who takes part in %1$s (%2$s)"), id, name)
            /* TRANSLATORS: the caption of memberships: the entity's id and name. */
            : g_strdup_printf (T_ (&common, "what %1$s (%2$s) takes part in"), id, name);
    g_autofree char *role_list = bloc_cli_role_list (&common, o.roles);
    /* TRANSLATORS: in a caption: the roles asked for with --roles ("roles member, observer"). */
    const char *roles_format = T_ (&common, "roles %s");
    g_autofree char *roles = o.roles_text ? g_strdup_printf (roles_format, role_list) : NULL;
    /* --all lists the ties of every year. */
    g_autofree char *caption = bloc_cli_caption (&common, ds, all ? 0 : year, what,
                                                 all ? T_ (&common, "every tie, in any year") : "",
                                                 filter.description, roles);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
