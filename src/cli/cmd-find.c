/* cmd-find.c: bloc find TEXT — search ids, names in every language, regions and notes. */
#include <string.h>

#include "cli.h"

typedef struct {
    char *kinds_text;
    BlocKindSet kinds;
} FindOptions;

static void
find_options_clear (FindOptions *o)
{
    g_clear_pointer (&o->kinds_text, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FindOptions, find_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    FindOptions *o = data;
    return o->kinds_text == NULL || bloc_kind_set_parse (&o->kinds, o->kinds_text, error);
}

/* For people: the words of a long @value from a few before the first that holds the first word
 * of @text, so that a match deep in a note shows ("… the Persian article notes"). Caller
 * frees. */
static char *
excerpt (const char *value, const char *text)
{
    g_auto (GStrv) words = g_strsplit (value, " ", -1);
    g_auto (GStrv) query = g_strsplit (text, " ", -1);
    g_autofree char *first = NULL;

    for (guint i = 0; query[i] != NULL && first == NULL; i++)
        if (*query[i] != '\0')
            first = bloc_text_fold (query[i]);
    for (guint i = 0; first != NULL && words[i] != NULL; i++) {
        g_autofree char *word = bloc_text_fold (words[i]);
        if (strstr (word, first) == NULL)
            continue;
        if (i <= 3)
            break;
        g_autofree char *rest = g_strjoinv (" ", words + i - 3);
        return g_strconcat ("…", rest, NULL);
    }
    return g_strdup (value);
}

gboolean
cmd_find (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (FindOptions) o = { NULL, BLOC_ALL_KINDS };
    g_auto (BlocCliFilter) filter = { 0 };
    const GOptionEntry entries[] = {
        { "kind", 'k', 0, G_OPTION_ARG_STRING, &o.kinds_text,
          "Only entities of these kinds (country, organization, ...)", "KIND,..." },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("find", "TEXT…", entries, &common);
    const BlocCliSteps steps = {
        .min_args = 1, .max_args = G_MAXINT, .check = check_options, .options = &o, .load = TRUE
    };
    g_autoptr (BlocFindResults) found = NULL;

    g_option_context_set_description (
        context, "TEXT is looked for in ids, names in every language, regions and notes,\n"
                 "ignoring case and accents; several words may come in any order.\n"
                 "Results: exact ids first, then ids that start with TEXT, then names that\n"
                 "start with it, then the rest; each of these by id.\n\n"
                 "Exit status: 0 on success (also when nothing matches), 1 for bad data or a\n"
                 "runtime error, 2 for a bad command line.");
    bloc_cli_add_filter_options (context, &filter, NULL, "Only entities of this region");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    g_autofree char *text = g_strjoinv (" ", argv + 1);
    if (!bloc_cli_filter_resolve (&filter, &common, error) ||
        !bloc_find (&found, ds, text, o.kinds, error))
        return FALSE;

    /* People get the match in one column, an excerpt where it is in a long text; scripts get
     * the kind of match, the field and its whole value. */
    gboolean people = common.format == BLOC_FORMAT_TABLE || common.format == BLOC_FORMAT_MARKDOWN;
    g_autoptr (BlocTable) table =
        people ? bloc_cli_table_new (
                     &common,
                     (const char *[]){ NC_ ("heading", "id"), NC_ ("heading", "kind"),
                                       NC_ ("heading", "name"), NC_ ("heading", "since"),
                                       NC_ ("heading", "until"), NC_ ("heading", "matched"), NULL })
               : bloc_table_new ((const char *[]){ "id", "kind", "name", "since", "until", "match",
                                                   "field", "value", NULL });
    guint shown = 0;
    for (guint i = 0; i < bloc_find_results_n (found); i++) {
        guint index = bloc_find_results_entity (found, i);
        const BlocEntity *e = bloc_dataset_entity (ds, index);
        const char *field = bloc_find_results_field (found, i);
        const char *value = bloc_find_results_value (found, i);
        const char *since = bloc_entity_cell (ds, e, "since");
        const char *until = bloc_entity_cell (ds, e, "until");
        if (!bloc_cli_filter_keeps (&filter, index))
            continue;
        bloc_table_add_row (table);
        bloc_table_add_text (table, e->id);
        bloc_table_add_text (table, TC_ (&common, "kind", bloc_kind_to_string (e->kind)));
        bloc_table_add_text (table, bloc_entity_label (ds, e, common.lang));
        bloc_table_add_text (table, *since ? since : NULL);
        bloc_table_add_text (table, *until ? until : NULL);
        if (people && (strcmp (field, "id") == 0 || strcmp (field, "name") == 0)) {
            g_autofree char *column = bloc_cli_column_name (&common, field);
            bloc_table_add_text (table, column);
        } else if (people) {
            g_autofree char *shortened = excerpt (value, text);
            g_autofree char *column = bloc_cli_column_name (&common, field);
            g_autofree char *matched = g_strdup_printf ("%s: %s", column, shortened);
            bloc_table_add_text (table, matched);
        } else {
            bloc_table_add_text (table, bloc_match_to_string (bloc_find_results_match (found, i)));
            bloc_table_add_text (table, field);
            bloc_table_add_text (table, value);
        }
        shown++;
    }
    if (shown == 0)
        bloc_cli_note (&common, "nothing matches '%s'", text);

    /* Within the caption, the text sought cannot reorder the rest of the line. */
    g_autofree char *sought = bloc_text_isolate (text);
    /* TRANSLATORS: the caption of find: the text sought. */
    g_autofree char *what = g_strdup_printf (T_ (&common, "entities matching '%s'"), sought);
    /* TRANSLATORS: in the caption of find: the kinds asked for with --kind, as given. */
    const char *kinds_format = T_ (&common, "kind %s");
    g_autofree char *kinds = o.kinds_text ? g_strdup_printf (kinds_format, o.kinds_text) : NULL;
    /* TRANSLATORS: in the caption of find: how many entities matched. */
    g_autofree char *count = g_strdup_printf (TN_ (&common, "%u found", "%u found", shown), shown);
    g_autofree char *caption =
        bloc_cli_caption (&common, ds, 0, what, kinds, filter.description, count);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
