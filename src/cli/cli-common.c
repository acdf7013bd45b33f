/* cli-common.c: the options every command shares and the prologue that reads them (the dataset,
 * the what-if, the scope, groups, regions and filters). What commands write is in cli-output.c. */
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
          "Names and table words in this language (en, ru, fa, ar), falling back to English",
          "LANG" },
        { "format", 0, flags & BLOC_CLI_NO_FORMAT ? G_OPTION_FLAG_HIDDEN : 0, G_OPTION_ARG_STRING,
          &common->format_text, "Output format: table, csv, json or markdown", "FORMAT" },
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &common->output,
          "Write to FILE (atomically) instead of standard output", "FILE" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &common->quiet,
          "Print nothing but the result: no headings (check: nothing, only the exit status)",
          NULL },
        { "wide", 0, flags & BLOC_CLI_NO_FORMAT ? G_OPTION_FLAG_HIDDEN : 0, G_OPTION_ARG_NONE,
          &common->wide, "Do not fit tables to the terminal's width: print every cell whole",
          NULL },
        { NULL },
    };
    const BlocCommand *command = NULL;
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        if (strcmp (c->name, name) == 0)
            command = c;

    g_autofree char *prgname = g_strdup_printf ("bloc %s", name);
    g_set_prgname (prgname);
    GOptionContext *context = bloc_cli_context_new (parameter);
    if (command != NULL)
        g_option_context_set_summary (context, command->summary);
    if (entries != NULL)
        bloc_cli_add_entries (context, entries, FALSE);
    /* The common options follow the command's own, all in one list, so --help shows them. */
    bloc_cli_add_entries (context, common_entries, TRUE);
    g_option_context_set_description (context,
                                      "Exit status: 0 on success, 1 for bad data or a runtime "
                                      "error, 2 for a bad command line.\n"
                                      "See 'bloc help' for the list of commands.");
    common->year = BLOC_YEAR_ALL;
    common->flags = flags;
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

/* The format that the extension of -o @path implies, or -1 for none known. */
static int
format_of_extension (const char *path)
{
    static const struct {
        const char *extension;
        BlocFormat format;
    } extensions[] = {
        { "json", BLOC_FORMAT_JSON },   { "csv", BLOC_FORMAT_CSV },
        { "md", BLOC_FORMAT_MARKDOWN }, { "markdown", BLOC_FORMAT_MARKDOWN },
        { "txt", BLOC_FORMAT_TABLE },   { "text", BLOC_FORMAT_TABLE },
    };
    g_autofree char *base = g_path_get_basename (path);
    const char *dot = strrchr (base, '.');

    if (dot == NULL || dot == base)
        return -1;
    for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
        if (g_ascii_strcasecmp (dot + 1, extensions[i].extension) == 0)
            return (int)extensions[i].format;
    return -1;
}

/* -o FILE.json without --format means --format json; with another --format, a mistake. */
static gboolean
check_format_of_output (BlocCliCommon *common, GError **error)
{
    if ((common->flags & BLOC_CLI_NO_FORMAT) || common->output == NULL ||
        strcmp (common->output, "-") == 0)
        return TRUE;
    int implied = format_of_extension (common->output);
    if (implied < 0)
        return TRUE;
    if (common->format_text == NULL) {
        common->format = (BlocFormat)implied;
        return TRUE;
    }
    if ((int)common->format == implied)
        return TRUE;
    return bloc_cli_usage_error (error,
                                 "--format %s does not match -o %s (expected --format %s, or a "
                                 "file name with another extension)",
                                 common->format_text, common->output,
                                 bloc_enum_to_string (bloc_format_enum (), implied));
}

/* Checks the values of the common options and the number of arguments. */
static gboolean
check_common (BlocCliCommon *common, int argc, char **argv, const BlocCliSteps *steps,
              GError **error)
{
    if (common->data != NULL && *common->data == '\0')
        return bloc_cli_usage_error (
            error, "empty --data (expected a dataset folder, like graphs/central-asia-security)");
    if (common->output != NULL && *common->output == '\0' && !steps->output_folder)
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
    if (!check_format_of_output (common, error))
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
    if (argc - 1 < steps->min_args)
        return bloc_cli_usage_error (error, "missing argument (see the usage line)");
    if (argc - 1 > steps->max_args)
        return bloc_cli_usage_error (error, "unexpected argument '%s'", argv[steps->max_args + 1]);
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

/* GOption stops at "--" but leaves it among the arguments: takes the first one out, so that
 * `bloc find -- -x` looks for "-x" and `bloc show -- --` for "--". */
static void
drop_separator (int *argc, char **argv)
{
    for (int i = 1; i < *argc; i++)
        if (strcmp (argv[i], "--") == 0) {
            memmove (argv + i, argv + i + 1, (*argc - i) * sizeof *argv);
            (*argc)--;
            return;
        }
}

gboolean
bloc_cli_prepare (BlocCliCommon *common, GOptionContext *context, int *argc, char ***argv,
                  const BlocCliSteps *steps, GError **error)
{
    if (bloc_cli_introspecting ())
        return bloc_cli_introspect_stop (context, error);
    if (!g_option_context_parse (context, argc, argv, error))
        return FALSE;
    drop_separator (argc, *argv);
    if (!check_common (common, *argc, *argv, steps, error))
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
bloc_cli_filter_clear (BlocCliFilter *filter)
{
    g_clear_pointer (&filter->group, g_free);
    g_clear_pointer (&filter->region, g_free);
    g_clear_pointer (&filter->keep, g_free);
    g_clear_pointer (&filter->description, g_free);
}

void
bloc_cli_add_filter_options (GOptionContext *context, BlocCliFilter *filter, const char *group_help,
                             const char *region_help)
{
    const GOptionEntry entries[] = {
        { "region", 0, 0, G_OPTION_ARG_STRING, &filter->region, region_help, "REGION" },
        { group_help ? "group" : NULL, 'G', 0, G_OPTION_ARG_STRING, &filter->group, group_help,
          "ID|ID,ID,..." },
        { NULL },
    };
    bloc_cli_add_entries (context, entries, FALSE);
}

gboolean
bloc_cli_filter_resolve (BlocCliFilter *filter, const BlocCliCommon *common, GError **error)
{
    const BlocDataset *ds = common->ds;
    guint n = bloc_dataset_n_entities (ds);
    g_autoptr (GArray) in_group = NULL;
    g_autoptr (GArray) in_region = NULL;
    g_autofree char *group_name = NULL;

    if (filter->group == NULL && filter->region == NULL)
        return TRUE;
    if (filter->group != NULL &&
        !bloc_dataset_resolve_group (ds, filter->group, &in_group, &group_name, error))
        return FALSE;
    if (filter->region != NULL &&
        !bloc_dataset_resolve_region (ds, filter->region, &in_region, error))
        return FALSE;

    g_autofree guint8 *marks = g_new0 (guint8, n);
    guint8 wanted = (in_group ? 1 : 0) | (in_region ? 2 : 0);
    for (guint i = 0; in_group && i < in_group->len; i++)
        marks[g_array_index (in_group, guint, i)] |= 1;
    for (guint i = 0; in_region && i < in_region->len; i++)
        marks[g_array_index (in_region, guint, i)] |= 2;
    g_clear_pointer (&filter->keep, g_free);
    filter->keep = g_new0 (gboolean, n);
    for (guint i = 0; i < n; i++)
        filter->keep[i] = marks[i] == wanted;

    /* The region as the data spells it; both names isolated, for captions. */
    g_autofree char *region =
        in_region ? bloc_text_isolate (bloc_entity_region (
                        ds, bloc_dataset_entity (ds, g_array_index (in_region, guint, 0))))
                  : NULL;
    g_autofree char *group = in_group ? bloc_text_isolate (group_name) : NULL;
    g_free (filter->description);
    if (in_group && in_region)
        filter->description = g_strdup_printf (
            /* TRANSLATORS: in a table's caption: the group and region asked for. */
            T_ (common, "in %1$s, region %2$s"), group, region);
    else if (in_group)
        /* TRANSLATORS: in a table's caption: the group asked for ("in Central Asia"). */
        filter->description = g_strdup_printf (T_ (common, "in %s"), group);
    else
        /* TRANSLATORS: in a table's caption: the region asked for. */
        filter->description = g_strdup_printf (T_ (common, "in region %s"), region);
    return TRUE;
}

gboolean
bloc_cli_filter_keeps (const BlocCliFilter *filter, guint entity)
{
    return filter->keep == NULL || filter->keep[entity];
}

gboolean
bloc_cli_load_baseline (const BlocCliCommon *common, BlocDataset **out, GError **error)
{
    if (bloc_dataset_n_scenario_lines (common->ds) == 0)
        return bloc_cli_usage_error (
            error, "--compare needs a what-if to compare (expected --add FROM:TO or --remove "
                   "FROM:TO)");
    *out = bloc_load_dataset (common->data, error);
    return *out != NULL;
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
    bloc_cli_add_entries (context, entries, FALSE);
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

/* The English name of @side: "countries" and "organizations" when the actors are the
 * countries, else "actors" and "others". */
static const char *
side_word (const BlocCliCommon *common, BlocSide side)
{
    gboolean countries = common->scope.actors == BLOC_KIND_BIT (BLOC_KIND_COUNTRY);
    if (side == BLOC_SIDE_ACTORS)
        return countries ? NC_ ("side", "countries") : NC_ ("side", "actors");
    return countries ? NC_ ("side", "organizations") : NC_ ("side", "others");
}

gboolean
bloc_cli_group_in_region (const BlocCliCommon *common, const char *spec, const char *region,
                          GArray **out_members, char **out_id, char **out_name, GError **error)
{
    const BlocDataset *ds = common->ds;
    g_autoptr (GArray) in_region = NULL;
    g_autoptr (GArray) group = NULL;
    g_autofree char *id = NULL, *name = NULL;

    if (region == NULL)
        return bloc_cli_group (ds, spec, out_members, out_id, out_name, error);
    if (!bloc_dataset_resolve_region (ds, region, &in_region, error) ||
        (spec != NULL && !bloc_cli_group (ds, spec, &group, &id, &name, error)))
        return FALSE;
    const char *spelt =
        bloc_entity_region (ds, bloc_dataset_entity (ds, g_array_index (in_region, guint, 0)));
    g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < in_region->len; i++) {
        guint e = g_array_index (in_region, guint, i);
        gboolean wanted =
            group == NULL
                ? (common->scope.actors & BLOC_KIND_BIT (bloc_dataset_entity (ds, e)->kind)) != 0
                : FALSE;
        for (guint k = 0; group != NULL && k < group->len && !wanted; k++)
            wanted = g_array_index (group, guint, k) == e;
        if (wanted)
            g_array_append_val (members, e);
    }
    if (members->len == 0)
        return bloc_cli_usage_error (
            error, "no %s of %s is in region '%s' (expected a region with some)",
            side_word (common, BLOC_SIDE_ACTORS), group ? name : bloc_dataset_title (ds), spelt);
    *out_members = g_steal_pointer (&members);
    *out_id = group ? g_strdup_printf ("%s,region=%s", id, spelt) : g_strdup (spelt);
    *out_name =
        group
            ? g_strdup_printf (
                  /* TRANSLATORS: a group narrowed to a region ("Central Asia in Central Asia"). */
                  T_ (common, "%1$s in %2$s"), name, spelt)
            : g_strdup (spelt);
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

const char *
bloc_cli_side_name (const BlocCliCommon *common, BlocSide side)
{
    return TC_ (common, "side", side_word (common, side));
}
