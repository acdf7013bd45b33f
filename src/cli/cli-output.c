/* cli-output.c: what every command writes: words in the output's language, captions and the
 * what-if's notes, tables in the chosen format fitted to the terminal, ids in tables and JSON,
 * notes on standard error, and the output itself. The options every command shares are in
 * cli-common.c. */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

gboolean
bloc_cli_for_people (const BlocCliCommon *common)
{
    return common->format == BLOC_FORMAT_TABLE || common->format == BLOC_FORMAT_MARKDOWN;
}

const char *
bloc_cli_gettext (const BlocCliCommon *common, const char *msgid)
{
    return bloc_cli_for_people (common) ? bloc_i18n_gettext (common->lang, msgid) : msgid;
}

const char *
bloc_cli_pgettext (const BlocCliCommon *common, const char *context, const char *msgid)
{
    return bloc_cli_for_people (common) ? bloc_i18n_pgettext (common->lang, context, msgid) : msgid;
}

const char *
bloc_cli_ngettext (const BlocCliCommon *common, const char *msgid, const char *msgid_plural,
                   gulong n)
{
    if (bloc_cli_for_people (common))
        return bloc_i18n_ngettext (common->lang, msgid, msgid_plural, n);
    return n == 1 ? msgid : msgid_plural;
}

BlocTable *
bloc_cli_table_new (const BlocCliCommon *common, const char *const *columns)
{
    g_autoptr (GPtrArray) headings = g_ptr_array_new ();
    for (guint i = 0; columns[i] != NULL; i++)
        g_ptr_array_add (headings, (gpointer)TC_ (common, "heading", columns[i]));
    g_ptr_array_add (headings, NULL);
    return bloc_table_new ((const char *const *)headings->pdata);
}

char *
bloc_cli_column_name (const BlocCliCommon *common, const char *column)
{
    /* The columns docs/data-format.md defines; a dataset's own columns keep their names. */
    static const char *const known[] = {
        NC_ ("heading", "id"),     NC_ ("heading", "kind"),  NC_ ("heading", "name"),
        NC_ ("heading", "region"), NC_ ("heading", "since"), NC_ ("heading", "until"),
        NC_ ("heading", "seat"),   NC_ ("heading", "note"),  NC_ ("heading", "source"),
    };
    const char *at = strchr (column, '@');
    g_autofree char *base = at ? g_strndup (column, at - column) : g_strdup (column);
    for (guint i = 0; i < G_N_ELEMENTS (known); i++)
        if (strcmp (base, known[i]) == 0)
            return g_strconcat (TC_ (common, "heading", known[i]), at, NULL);
    return g_strdup (column);
}

char *
bloc_cli_role_list (const BlocCliCommon *common, BlocRoleSet roles)
{
    GString *s = g_string_new (NULL);
    for (int r = 0; r < BLOC_N_ROLES; r++) {
        if (!(roles & BLOC_ROLE_BIT (r)))
            continue;
        if (s->len > 0)
            g_string_append (s, TC_ (common, "list", ", "));
        g_string_append (s, TC_ (common, "role", bloc_role_to_string ((BlocRole)r)));
    }
    return g_string_free (s, FALSE);
}

const char *
bloc_cli_tie_source (const BlocCliCommon *common, const BlocTie *t)
{
    if (t->line == 0)
        /* TRANSLATORS: the source of a tie that a what-if scenario added. */
        return TC_ (common, "source", "what-if");
    return *t->source ? t->source : NULL;
}

/* What-if change @i of @ds for people, in common->lang ("added TM -> CSTO (member)", as
 * bloc_dataset_scenario_line() words it in English); as that line for scripts. Caller frees. */
static char *
scenario_change (const BlocCliCommon *common, const BlocDataset *ds, guint i)
{
    guint from, to;
    BlocRole role;

    if (!bloc_cli_for_people (common))
        return g_strdup (bloc_dataset_scenario_line (ds, i));
    gboolean added = bloc_dataset_scenario_change (ds, i, &from, &to, &role);
    const char *a = bloc_dataset_entity (ds, from)->id, *b = bloc_dataset_entity (ds, to)->id;
    if (added)
        /* TRANSLATORS: a what-if change: a tie added, with its role ("added TM -> CSTO
         * (member)"). */
        return g_strdup_printf (T_ (common, "added %1$s -> %2$s (%3$s)"), a, b,
                                TC_ (common, "role", bloc_role_to_string (role)));
    /* TRANSLATORS: a what-if change: the ties between two entities removed. */
    return g_strdup_printf (T_ (common, "removed %1$s -> %2$s"), a, b);
}

void
bloc_cli_scenario_note (const BlocCliCommon *common, const BlocDataset *ds, GString *out)
{
    guint n = bloc_dataset_n_scenario_lines (ds);

    if (n == 0)
        return;
    if (common->format == BLOC_FORMAT_TABLE) {
        for (guint i = 0; i < n; i++) {
            g_autofree char *line = scenario_change (common, ds, i);
            /* TRANSLATORS: a line before a table: one change of a what-if scenario. */
            g_string_append_printf (out, T_ (common, "what-if: %s"), line);
            g_string_append_c (out, '\n');
        }
        g_string_append_c (out, '\n');
    } else if (common->format == BLOC_FORMAT_MARKDOWN) {
        g_string_append (out, "> **");
        bloc_markdown_append (out, T_ (common, "What-if scenario:"));
        g_string_append (out, "** ");
        for (guint i = 0; i < n; i++) {
            g_autofree char *line = scenario_change (common, ds, i);
            if (i > 0)
                bloc_markdown_append (out, TC_ (common, "list", "; "));
            bloc_markdown_append (out, line);
        }
        g_string_append (out, "\n\n");
    }
}

char *
bloc_cli_caption_v (const BlocCliCommon *common, const BlocDataset *ds, int year, const char *what,
                    const char *const *details, guint n_details)
{
    guint n = bloc_dataset_n_scenario_lines (ds);

    if (common->quiet && n == 0)
        return NULL;
    /* TRANSLATORS: what separates the items of a list: ", " in English. */
    const char *comma = TC_ (common, "list", ", ");
    GString *s = g_string_new (what);
    /* The title cannot reorder the rest of the caption. */
    g_autofree char *title = bloc_text_isolate (bloc_dataset_title (ds));
    g_string_append_printf (s, " — %s", title);
    if (year == BLOC_YEAR_ALL) {
        g_string_append (s, comma);
        /* TRANSLATORS: in a table's caption: the ties that have not ended. */
        g_string_append (s, T_ (common, "current"));
    } else if (year != 0) {
        g_string_append (s, comma);
        /* TRANSLATORS: in a table's caption: a snapshot year ("in 2010"). */
        g_string_append_printf (s, T_ (common, "in %d"), year);
    }
    for (guint i = 0; i < n_details; i++)
        if (details[i] != NULL && *details[i] != '\0')
            g_string_append_printf (s, "%s%s", comma, details[i]);
    for (guint i = 0; i < n; i++) {
        g_autofree char *change = scenario_change (common, ds, i);
        /* TRANSLATORS: what separates the parts of a caption, and the what-if changes: "; " in
         * English. */
        g_string_append (s, TC_ (common, "list", "; "));
        if (i == 0)
            /* TRANSLATORS: in a table's caption, before the changes of a what-if scenario. */
            g_string_append_printf (s, "%s ", T_ (common, "what-if:"));
        g_string_append (s, change);
    }
    return g_string_free (s, FALSE);
}

guint
bloc_cli_width (const BlocCliCommon *common)
{
    struct winsize size;
    guint64 columns;

    if (common->wide || common->format != BLOC_FORMAT_TABLE ||
        (common->output != NULL && strcmp (common->output, "-") != 0) || !isatty (STDOUT_FILENO))
        return 0;
    const char *env = g_getenv ("COLUMNS");
    if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 100000, &columns, NULL))
        return (guint)columns;
    if (ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

void
bloc_cli_note (const BlocCliCommon *common, const char *format, ...)
{
    va_list args;

    if (common->quiet)
        return;
    va_start (args, format);
    g_autofree char *message = g_strdup_vprintf (format, args);
    va_end (args);
    g_autofree char *shown = bloc_text_for_terminal (message);
    fflush (stdout);
    fprintf (stderr, "bloc: %s\n", shown);
}

/* The what-if changes on one line, or NULL when none is applied. Caller frees. */
static char *
scenario_line (const BlocDataset *ds)
{
    guint n = bloc_dataset_n_scenario_lines (ds);
    if (n == 0)
        return NULL;
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%s%s", i ? "; " : "", bloc_dataset_scenario_line (ds, i));
    return g_string_free (s, FALSE);
}

void
bloc_cli_format_table (const BlocCliCommon *common, const BlocDataset *ds, BlocTable *table,
                       GString *out)
{
    g_autofree char *scenario = scenario_line (ds);

    if (scenario != NULL &&
        (common->format == BLOC_FORMAT_CSV || common->format == BLOC_FORMAT_JSON))
        bloc_table_add_constant_column (table, "what_if", scenario);
    if (bloc_table_get_caption (table) == NULL)
        bloc_cli_scenario_note (common, ds, out);
    if (bloc_cli_for_people (common))
        bloc_table_set_language (table, common->lang);
    bloc_table_format_fit (table, common->format, bloc_cli_width (common), out);
}

void
bloc_cli_json_scenario (JsonBuilder *b, const BlocDataset *ds)
{
    guint n = bloc_dataset_n_scenario_lines (ds);
    if (n == 0)
        return;
    json_builder_set_member_name (b, "what_if");
    json_builder_begin_array (b);
    for (guint i = 0; i < n; i++)
        json_builder_add_string_value (b, bloc_dataset_scenario_line (ds, i));
    json_builder_end_array (b);
}

gboolean
bloc_cli_emit (const BlocCliCommon *common, const GString *out, GError **error)
{
    return bloc_output_write (common->output, out->str, out->len, error);
}

gboolean
bloc_cli_emit_table (const BlocCliCommon *common, const BlocDataset *ds, BlocTable *table,
                     GError **error)
{
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_cli_format_table (common, ds, table, out);
    return bloc_cli_emit (common, out, error);
}

void
bloc_cli_json_ids (JsonBuilder *b, const BlocDataset *ds, const GArray *entities)
{
    json_builder_begin_array (b);
    for (guint i = 0; i < entities->len; i++)
        json_builder_add_string_value (
            b, bloc_dataset_entity (ds, g_array_index (entities, guint, i))->id);
    json_builder_end_array (b);
}

void
bloc_cli_table_add_ids (BlocTable *table, const BlocDataset *ds, const GArray *entities)
{
    g_autofree const char **ids = g_new (const char *, entities->len + 1);
    for (guint i = 0; i < entities->len; i++)
        ids[i] = bloc_dataset_entity (ds, g_array_index (entities, guint, i))->id;
    bloc_table_add_list (table, ids, entities->len);
}

char *
bloc_cli_existence (const BlocEntity *e, const char *lang)
{
    gboolean event = e->kind == BLOC_KIND_FORUM || e->kind == BLOC_KIND_EXERCISE;
    int first, end;

    bloc_entity_years (e, &first, &end);
    if (end == 0 && first == 0)
        return g_strdup (event ? bloc_i18n_gettext (lang, "takes place at no known date")
                               : bloc_i18n_gettext (lang, "exists at no known date"));
    if (end == 0)
        return g_strdup_printf (event ? bloc_i18n_gettext (lang, "has taken place since %d")
                                      : bloc_i18n_gettext (lang, "has existed since %d"),
                                first);
    if (first == 0)
        return g_strdup_printf (event ? bloc_i18n_gettext (lang, "took place until %d")
                                      : bloc_i18n_gettext (lang, "existed until %d"),
                                end - 1);
    if (first == end - 1)
        return g_strdup_printf (event ? bloc_i18n_gettext (lang, "took place in %d")
                                      : bloc_i18n_gettext (lang, "existed in %d"),
                                first);
    return g_strdup_printf (event ? bloc_i18n_gettext (lang, "took place from %1$d to %2$d")
                                  : bloc_i18n_gettext (lang, "existed from %1$d to %2$d"),
                            first, end - 1);
}
