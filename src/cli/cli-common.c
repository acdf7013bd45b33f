/* cli-common.c: the options and plumbing every command shares. */
#include "cli.h"

#include <stdarg.h>
#include <string.h>

GOptionContext *
bloc_cli_context_full (const char *name, const char *parameter, const GOptionEntry *entries,
                       BlocCliCommon *common, BlocCliOptionFlags flags, const char *year_help)
{
    const GOptionEntry common_entries[] = {
        { "data", 'd', 0, G_OPTION_ARG_FILENAME, &common->data,
          "Dataset folder (default: the embedded one)", "DIR" },
        { "year", 0, flags & BLOC_CLI_NO_YEAR ? G_OPTION_FLAG_HIDDEN : 0, G_OPTION_ARG_STRING,
          &common->year_text,
          year_help ? year_help : "Snapshot: ties active in year Y (since <= Y < until)", "Y" },
        { "add", 0, 0, G_OPTION_ARG_STRING_ARRAY, &common->add, "What-if: add a tie (repeatable)",
          "FROM:TO[:ROLE]" },
        { "remove", 0, 0, G_OPTION_ARG_STRING_ARRAY, &common->remove,
          "What-if: remove the ties from FROM to TO (repeatable)", "FROM:TO" },
        { "lang", 0, 0, G_OPTION_ARG_STRING, &common->lang,
          "Labels in this language (en, ru, fa, ar), falling back to the name", "LANG" },
        { "format", 0, flags & BLOC_CLI_NO_FORMAT ? G_OPTION_FLAG_HIDDEN : 0, G_OPTION_ARG_STRING,
          &common->format_text, "Output format: table, csv, json or markdown", "FORMAT" },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &common->output,
          "Write to FILE (atomically) instead of standard output", "FILE" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &common->quiet,
          "Print nothing but the result: no headings (check: nothing, only the exit status)",
          NULL },
        { NULL },
    };
    const BlocCommand *command = NULL;
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        if (strcmp (c->name, name) == 0)
            command = c;

    g_autofree char *prgname = g_strdup_printf ("bloc %s", name);
    g_set_prgname (prgname);
    GOptionContext *context = g_option_context_new (parameter);
    if (command != NULL)
        g_option_context_set_summary (context, command->summary);
    if (entries != NULL)
        g_option_context_add_main_entries (context, entries, NULL);
    /* The common options follow the command's own, all in one list, so --help shows them. */
    g_option_context_add_main_entries (context, common_entries, NULL);
    g_option_context_set_description (context,
                                      "Exit status: 0 on success, 1 for bad data or a runtime "
                                      "error, 2 for a bad command line.\n"
                                      "See 'bloc help' for the list of commands.");
    common->year = BLOC_YEAR_ALL;
    return context;
}

GOptionContext *
bloc_cli_context (const char *name, const char *parameter, const GOptionEntry *entries,
                  BlocCliCommon *common)
{
    return bloc_cli_context_full (name, parameter, entries, common, BLOC_CLI_ALL_OPTIONS, NULL);
}

void
bloc_cli_common_clear (BlocCliCommon *common)
{
    g_clear_pointer (&common->data, g_free);
    g_clear_pointer (&common->add, g_strfreev);
    g_clear_pointer (&common->remove, g_strfreev);
    g_clear_pointer (&common->lang, g_free);
    g_clear_pointer (&common->output, g_free);
    g_clear_pointer (&common->year_text, g_free);
    g_clear_pointer (&common->format_text, g_free);
    g_clear_pointer (&common->ds, bloc_dataset_free);
}

gboolean
bloc_cli_usage_error (GError **error, const char *format, ...)
{
    va_list args;

    va_start (args, format);
    g_autofree char *message = g_strdup_vprintf (format, args);
    va_end (args);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message);
    return FALSE;
}

gboolean
bloc_cli_check_at_least (int value, int min, const char *option, GError **error)
{
    if (value >= min)
        return TRUE;
    return bloc_cli_usage_error (error, "bad %s %d (expected N >= %d)", option, value, min);
}

void
bloc_cli_int_clear (BlocCliInt *number)
{
    g_clear_pointer (&number->text, g_free);
}

void
bloc_cli_real_clear (BlocCliReal *number)
{
    g_clear_pointer (&number->text, g_free);
}

gboolean
bloc_cli_int_parse (BlocCliInt *number, GError **error)
{
    if (number->text == NULL ||
        bloc_text_parse_int (&number->value, number->text, number->min, number->max))
        return TRUE;
    if (number->max == G_MAXINT64)
        return bloc_cli_usage_error (error, "bad %s '%s' (expected %s >= %" G_GINT64_FORMAT ")",
                                     number->option, number->text, number->what, number->min);
    return bloc_cli_usage_error (
        error, "bad %s '%s' (expected %s from %" G_GINT64_FORMAT " to %" G_GINT64_FORMAT ")",
        number->option, number->text, number->what, number->min, number->max);
}

gboolean
bloc_cli_real_parse (BlocCliReal *number, GError **error)
{
    double value;

    if (number->text == NULL)
        return TRUE;
    if (bloc_text_parse_real (&value, number->text) &&
        (number->min_excluded ? value > number->min : value >= number->min) &&
        value <= number->max) {
        number->value = value;
        return TRUE;
    }
    if (number->min == -G_MAXDOUBLE && number->max == G_MAXDOUBLE)
        return bloc_cli_usage_error (error, "bad %s '%s' (expected a number like 0.5)",
                                     number->option, number->text);
    char min[G_ASCII_DTOSTR_BUF_SIZE], max[G_ASCII_DTOSTR_BUF_SIZE];
    char like[G_ASCII_DTOSTR_BUF_SIZE];
    g_ascii_formatd (min, sizeof min, "%g", number->min);
    g_ascii_formatd (max, sizeof max, "%g", number->max);
    g_ascii_formatd (like, sizeof like, "%g", number->value);
    return bloc_cli_usage_error (error, "bad %s '%s' (expected a number %s %s %s %s, like %s)",
                                 number->option, number->text,
                                 number->min_excluded ? "above" : "from", min,
                                 number->min_excluded ? "and at most" : "to", max, like);
}

/* Checks a limit that the environment may set (the library ignores a bad one). */
static gboolean
check_limit (const char *name, GError **error)
{
    const char *text = g_getenv (name);
    gint64 value;
    if (text == NULL || bloc_text_parse_int (&value, text, 1, G_MAXINT64))
        return TRUE;
    return bloc_cli_usage_error (error, "bad %s '%s' in the environment (expected an integer >= 1)",
                                 name, text);
}

/* Checks the values of the common options and the number of arguments. */
static gboolean
check_common (BlocCliCommon *common, int argc, char **argv, int min_args, int max_args,
              GError **error)
{
    if (common->data != NULL && *common->data == '\0')
        return bloc_cli_usage_error (
            error, "empty --data (expected a dataset folder, like graphs/central-asia-security)");
    if (common->output != NULL && *common->output == '\0')
        return bloc_cli_usage_error (error,
                                     "empty --output (expected a file name, or - for standard "
                                     "output)");
    if (!check_limit ("BLOC_MAX_PAIRS", error) || !check_limit ("BLOC_MAX_STEPS", error))
        return FALSE;
    if (common->year_text != NULL && !bloc_year_parse (common->year_text, &common->year))
        return bloc_cli_usage_error (error, "bad year '%s' (expected a year like 2014)",
                                     common->year_text);
    common->format = BLOC_FORMAT_TABLE;
    if (common->format_text != NULL &&
        !bloc_format_parse (&common->format, common->format_text, error))
        return FALSE;
    if (common->lang != NULL) {
        gsize n = strlen (common->lang);
        gboolean ok = n >= 2 && n <= 8;
        for (const char *p = common->lang; ok && *p; p++)
            ok = g_ascii_isalpha (*p) || *p == '-';
        if (!ok)
            return bloc_cli_usage_error (
                error, "bad language '%s' (expected a code like en, ru, fa or ar)", common->lang);
    }
    if (argc - 1 < min_args)
        return bloc_cli_usage_error (error, "missing argument (see the usage line)");
    if (argc - 1 > max_args)
        return bloc_cli_usage_error (error, "unexpected argument '%s'", argv[max_args + 1]);
    return TRUE;
}

/* Turns the scope options and --year into a BlocScope. */
static gboolean
scope_resolve (const BlocCliScope *options, int year, BlocScope *out, GError **error)
{
    bloc_scope_init (out);
    out->year = year;
    if (options == NULL)
        return TRUE;
    if (options->actors != NULL && !bloc_kind_set_parse (&out->actors, options->actors, error))
        return FALSE;
    out->others = BLOC_ALL_KINDS & ~out->actors;
    if (options->kinds != NULL) {
        if (!bloc_kind_set_parse (&out->others, options->kinds, error))
            return FALSE;
        if (out->others & out->actors)
            return bloc_cli_usage_error (
                error, "--kinds '%s' overlaps the actors (expected kinds of the other side)",
                options->kinds);
    }
    if (options->roles != NULL && !bloc_role_set_parse (&out->roles, options->roles, error))
        return FALSE;
    return TRUE;
}

gboolean
bloc_cli_load (BlocCliCommon *common, GError **error)
{
    g_autoptr (BlocDataset) ds = bloc_load_dataset (common->data, error);

    if (ds == NULL)
        return FALSE;
    for (int i = 0; common->remove && common->remove[i]; i++)
        if (!bloc_dataset_remove_ties (ds, common->remove[i], error))
            return FALSE;
    for (int i = 0; common->add && common->add[i]; i++)
        if (!bloc_dataset_add_tie (ds, common->add[i], error))
            return FALSE;
    g_clear_pointer (&common->ds, bloc_dataset_free);
    common->ds = g_steal_pointer (&ds);
    return TRUE;
}

gboolean
bloc_cli_prepare (BlocCliCommon *common, GOptionContext *context, int *argc, char ***argv,
                  const BlocCliSteps *steps, GError **error)
{
    if (!g_option_context_parse (context, argc, argv, error) ||
        !check_common (common, *argc, *argv, steps->min_args, steps->max_args, error))
        return FALSE;
    for (BlocCliInt *const *n = steps->ints; n != NULL && *n != NULL; n++)
        if (!bloc_cli_int_parse (*n, error))
            return FALSE;
    for (BlocCliReal *const *n = steps->reals; n != NULL && *n != NULL; n++)
        if (!bloc_cli_real_parse (*n, error))
            return FALSE;
    if (!scope_resolve (steps->scope, common->year, &common->scope, error))
        return FALSE;
    if (steps->check != NULL && !steps->check (common, steps->options, error))
        return FALSE;
    return !steps->load || bloc_cli_load (common, error);
}

void
bloc_cli_scenario_note (const BlocCliCommon *common, const BlocDataset *ds, GString *out)
{
    guint n = bloc_dataset_n_scenario_lines (ds);

    if (n == 0)
        return;
    if (common->format == BLOC_FORMAT_TABLE) {
        for (guint i = 0; i < n; i++)
            g_string_append_printf (out, "what-if: %s\n", bloc_dataset_scenario_line (ds, i));
        g_string_append_c (out, '\n');
    } else if (common->format == BLOC_FORMAT_MARKDOWN) {
        g_string_append (out, "> **What-if scenario:** ");
        for (guint i = 0; i < n; i++) {
            if (i > 0)
                g_string_append (out, "; ");
            bloc_markdown_append (out, bloc_dataset_scenario_line (ds, i));
        }
        g_string_append (out, "\n\n");
    }
}

gboolean
bloc_cli_emit (const BlocCliCommon *common, const GString *out, GError **error)
{
    return bloc_output_write (common->output, out->str, out->len, error);
}

gboolean
bloc_cli_emit_table (const BlocCliCommon *common, const BlocDataset *ds, const BlocTable *table,
                     GError **error)
{
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_cli_scenario_note (common, ds, out);
    bloc_table_format (table, common->format, out);
    return bloc_cli_emit (common, out, error);
}

void
bloc_cli_add_scope_options (GOptionContext *context, BlocCliScope *scope, gboolean with_kinds,
                            const char *kinds_help)
{
    const GOptionEntry entries[] = {
        { "actors", 0, 0, G_OPTION_ARG_STRING, &scope->actors,
          "Kinds on the actor side of the two-mode graph (default: country)", "KIND,..." },
        { "roles", 0, 0, G_OPTION_ARG_STRING, &scope->roles,
          "Roles that count as taking part (default: all but part_of and host)", "ROLE,..." },
        { with_kinds ? "kinds" : NULL, 0, 0, G_OPTION_ARG_STRING, &scope->kinds, kinds_help,
          "KIND,..." },
        { NULL },
    };
    g_option_context_add_main_entries (context, entries, NULL);
}

void
bloc_cli_scope_clear (BlocCliScope *scope)
{
    g_clear_pointer (&scope->actors, g_free);
    g_clear_pointer (&scope->roles, g_free);
    g_clear_pointer (&scope->kinds, g_free);
}

gboolean
bloc_cli_group (const BlocDataset *ds, const char *spec, GArray **out_members, char **out_id,
                char **out_name, GError **error)
{
    if (spec == NULL) {
        if (bloc_dataset_default_group (ds) != NULL)
            spec = bloc_dataset_default_group (ds);
        else if (bloc_dataset_n_groups (ds) > 0)
            spec = bloc_dataset_nth_group (ds, 0)->id;
        else {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "the dataset defines no group (expected --group ID or --group KZ,KG,...)");
            return FALSE;
        }
    }
    if (!bloc_dataset_resolve_group (ds, spec, out_members, out_name, error))
        return FALSE;
    *out_id = g_strdup (spec);
    return TRUE;
}

gboolean
bloc_cli_side_parse (BlocSide *out, const char *text, GError **error)
{
    if (text == NULL) {
        *out = BLOC_SIDE_ACTORS;
        return TRUE;
    }
    return bloc_side_parse (out, text, error);
}

static const BlocEnumName graph_names[] = {
    { BLOC_CLI_GRAPH_TWO_MODE, "two-mode", NULL },
    { BLOC_CLI_GRAPH_COUNTRIES, "countries", BLOC_ENUM_ALIASES ("actors") },
    { BLOC_CLI_GRAPH_ORGANIZATIONS, "organizations",
      BLOC_ENUM_ALIASES ("organisations", "others") },
    { 0, NULL, NULL },
};
static const BlocEnum graph_enum = { "graph", graph_names };

const BlocEnum *
bloc_cli_graph_enum (void)
{
    return &graph_enum;
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
