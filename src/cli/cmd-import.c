/* cmd-import.c: bloc import FORMAT FILE... -o DIR — other people's data to a dataset folder.
 *
 * The format comes first; each has its own options beside the common -o, --force, --title and
 * --quiet, and its own --help. */
#include <stdio.h>
#include <string.h>

#include "cli-progress.h"
#include "cli.h"

/* The options of the formats; -o and --quiet are in BlocCliCommon. */
typedef struct {
    char *title;
    gboolean force;
    /* cow-igo */
    char *years;
    char *missing;
    /* table */
    char *from, *to, *role, *other_role, *since, *until, *year, *from_name, *to_name, *from_kind,
        *to_kind, *source;
    char **role_map;
    char *delimiter;
    /* matrix */
    char *row_kind, *column_kind;
    gboolean transpose;
    /* graphml */
    char *kind_attribute, *actor_kind, *other_kind;
    /* What check_options() makes of them. */
    BlocImportMissing missing_rule;
    char delimiter_byte; /* 0: guessed */
} ImportOptions;

static void
import_options_clear (ImportOptions *o)
{
    char **strings[] = { &o->title,     &o->years,       &o->missing,        &o->from,
                         &o->to,        &o->role,        &o->other_role,     &o->since,
                         &o->until,     &o->year,        &o->from_name,      &o->to_name,
                         &o->from_kind, &o->to_kind,     &o->source,         &o->delimiter,
                         &o->row_kind,  &o->column_kind, &o->kind_attribute, &o->actor_kind,
                         &o->other_kind };
    for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
        g_clear_pointer (strings[i], g_free);
    g_clear_pointer (&o->role_map, g_strfreev);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ImportOptions, import_options_clear)

typedef enum { FORMAT_COW, FORMAT_TABLE, FORMAT_MATRIX, FORMAT_GRAPHML } FormatId;

/* The formats, by name. */
static const BlocEnumName format_names[] = {
    { FORMAT_COW, "cow-igo", NULL },
    { FORMAT_TABLE, "table", NULL },
    { FORMAT_MATRIX, "matrix", NULL },
    { FORMAT_GRAPHML, "graphml", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum format_enum = { "format", format_names };

/* What --help says of each format, indexed by FormatId. */
typedef struct {
    const char *parameter;
    const char *summary; /* for the list of formats */
    const char *what;    /* for "Import WHAT into a new dataset folder." */
    const char *description;
} Format;

static const Format formats[] = {
    [FORMAT_COW] = { "FILE...",
                     "Correlates of War IGO v3 (state-year or igo-year, .csv or .csv.gz)",
                     "the Correlates of War IGO v3 data (state-year or igo-year, .csv or .csv.gz)",
                     "Status 1 becomes member, 2 associate, 3 observer; 0, -1 and NA give no tie. "
                     "A spell of\n"
                     "years goes on across -9 (missing) cells unless --missing end. States get ISO "
                     "3166-1\n"
                     "alpha-2 ids where one exists, historical states their COW abbreviation; IGOs "
                     "their\n"
                     "upper-case COW abbreviation, with -IGO when a state has that id." },
    [FORMAT_TABLE] = { "FILE", "A long table: one row per tie, or per tie-year with --year",
                       "a long table (one row per tie, or per tie-year)",
                       "The participant and what it takes part in come from --from and --to, or "
                       "from columns\n"
                       "named from/to, country, state, member, actor, person, iso2 / organization, "
                       "org, group,\n"
                       "event. The columns bloc export -T edges writes (from, from_name, "
                       "from_kind, to, to_name,\n"
                       "to_kind, role, since, until, source) are read with no options. Cells are "
                       "trimmed.\n"
                       "Role values that are not roles of bloc are listed, with their count and "
                       "first line,\n"
                       "until --role-map or --other-role maps them." },
    [FORMAT_MATRIX] = { "FILE", "An incidence matrix: rows × columns", "an incidence matrix",
                        "The first column names the row entities, the header the column entities "
                        "(its first\n"
                        "cell is ignored). A cell is 0 or empty (no tie), 1 (member), a role, or a "
                        "value of\n"
                        "--role-map. The rows take part in the columns' entities; --transpose "
                        "turns that round." },
    [FORMAT_GRAPHML] = { "FILE", "GraphML, as Gephi, yEd, NetworkX and igraph write it",
                         "a GraphML file",
                         "Node ids are the GraphML ids; names come from the label or name "
                         "attribute (or yEd's\n"
                         "node label); kinds from --kind-attribute (default kind, else NetworkX's "
                         "bipartite,\n"
                         "whose 0 and 1 become --actor-kind and --other-kind); roles from the "
                         "edges' role\n"
                         "attribute, through --role-map and --other-role." },
};

/* The options of @format (-1 for the common ones only), pointing into @c and @o. */
static GOptionEntry *
format_entries (int format, BlocCliCommon *c, ImportOptions *o)
{
    const GOptionEntry common[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &c->output,
          "The dataset folder to create (required)", "DIR" },
        { "force", 'f', 0, G_OPTION_ARG_NONE, &o->force, "Replace the dataset DIR if it exists",
          NULL },
        { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, "The dataset's title", "TEXT" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &c->quiet, "No progress bar and no report", NULL },
    };
    const GOptionEntry cow[] = {
        { "years", 0, 0, G_OPTION_ARG_STRING, &o->years, "Keep only the years A to B", "A-B" },
        { "missing", 0, 0, G_OPTION_ARG_STRING, &o->missing,
          "What -9 (missing) does to a spell: carry (it goes on; the default) or end",
          "carry|end" },
    };
    const GOptionEntry role_map[] = {
        { "role-map", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->role_map,
          "Map values to roles; ROLE may be none (no tie) or missing (repeatable)",
          "VALUE=ROLE,..." },
    };
    const GOptionEntry other_role[] = {
        { "other-role", 0, 0, G_OPTION_ARG_STRING, &o->other_role,
          "The role of values --role-map does not name; the value goes in the note", "ROLE" },
    };
    const GOptionEntry delimiter[] = {
        { "delimiter", 0, 0, G_OPTION_ARG_STRING, &o->delimiter,
          "The field separator: comma (or ','), semicolon (or ';') or tab (default: guessed "
          "from the header)",
          "NAME" },
    };
    const GOptionEntry table[] = {
        { "from", 0, 0, G_OPTION_ARG_STRING, &o->from, "The column of participants", "COL" },
        { "to", 0, 0, G_OPTION_ARG_STRING, &o->to, "The column of what they take part in", "COL" },
        { "role", 0, 0, G_OPTION_ARG_STRING, &o->role,
          "The role column (default: role if present, else every tie is a member)", "COL" },
        { "since", 0, 0, G_OPTION_ARG_STRING, &o->since, "The column of start dates", "COL" },
        { "until", 0, 0, G_OPTION_ARG_STRING, &o->until, "The column of end dates", "COL" },
        { "year", 0, 0, G_OPTION_ARG_STRING, &o->year,
          "Panel data: one row per year; consecutive years with one role become one tie", "COL" },
        { "missing", 0, 0, G_OPTION_ARG_STRING, &o->missing,
          "With --year, what a missing year does to a spell: carry (the default) or end",
          "carry|end" },
        { "from-name", 0, 0, G_OPTION_ARG_STRING, &o->from_name, "The participants' names", "COL" },
        { "to-name", 0, 0, G_OPTION_ARG_STRING, &o->to_name, "The names of the other side", "COL" },
        { "from-kind", 0, 0, G_OPTION_ARG_STRING, &o->from_kind,
          "The participants' kind, or a column of kinds (default: country)", "KIND|COL" },
        { "to-kind", 0, 0, G_OPTION_ARG_STRING, &o->to_kind,
          "The other side's kind, or a column of kinds (default: organization)", "KIND|COL" },
        { "source", 0, 0, G_OPTION_ARG_STRING, &o->source,
          "The column of sources (default: source if present, else FILE:LINE)", "COL" },
    };
    const GOptionEntry matrix[] = {
        { "row-kind", 0, 0, G_OPTION_ARG_STRING, &o->row_kind,
          "The kind of the row entities (default: country)", "KIND" },
        { "column-kind", 0, 0, G_OPTION_ARG_STRING, &o->column_kind,
          "The kind of the column entities (default: organization)", "KIND" },
        { "transpose", 0, 0, G_OPTION_ARG_NONE, &o->transpose,
          "The columns take part in the rows (the kinds' defaults swap)", NULL },
    };
    const GOptionEntry graphml[] = {
        { "kind-attribute", 0, 0, G_OPTION_ARG_STRING, &o->kind_attribute,
          "The node attribute of kinds, or of 0 and 1 (default: kind, else bipartite)", "NAME" },
        { "actor-kind", 0, 0, G_OPTION_ARG_STRING, &o->actor_kind,
          "The kind of the 0 (false) side (default: country)", "KIND" },
        { "other-kind", 0, 0, G_OPTION_ARG_STRING, &o->other_kind,
          "The kind of the 1 (true) side (default: organization)", "KIND" },
    };

    GArray *all = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));
    g_array_append_vals (all, common, G_N_ELEMENTS (common));
    switch (format) {
    case FORMAT_COW:
        g_array_append_vals (all, cow, G_N_ELEMENTS (cow));
        break;
    case FORMAT_TABLE:
        g_array_append_vals (all, table, G_N_ELEMENTS (table));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, other_role, 1);
        g_array_append_vals (all, delimiter, 1);
        break;
    case FORMAT_MATRIX:
        g_array_append_vals (all, matrix, G_N_ELEMENTS (matrix));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, delimiter, 1);
        break;
    case FORMAT_GRAPHML:
        g_array_append_vals (all, graphml, G_N_ELEMENTS (graphml));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, other_role, 1);
        break;
    default: /* the common options alone, for the general help */
        break;
    }
    return (GOptionEntry *)g_array_free (all, FALSE);
}

/* "A-B" with A <= B. */
static gboolean
parse_years (const char *text, int *from, int *to, GError **error)
{
    g_auto (GStrv) parts = g_strsplit (text, "-", 3);
    if (g_strv_length (parts) != 2 || !bloc_year_parse (parts[0], from) ||
        !bloc_year_parse (parts[1], to) || *from > *to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "bad years '%s' (expected A-B, like 1945-2014)", text);
        return FALSE;
    }
    return TRUE;
}

#define EXIT_STATUS                                                                                \
    "Exit status: 0 on success, 1 for bad data or a runtime error, 2 for a bad command line.\n"    \
    "See 'bloc help' for the list of commands."

/* The general help: the formats and the common options. */
static gboolean
general_help (gboolean to_stdout, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (ImportOptions) o = { 0 };
    g_autofree GOptionEntry *entries = format_entries (-1, &common, &o);
    g_autoptr (GOptionContext) context = bloc_cli_context_new ("FORMAT FILE... -o DIR");
    g_autoptr (GString) summary = g_string_new ("Import other people's data into a new dataset "
                                                "folder.\n\nFormats:\n");
    g_autofree char *names = bloc_enum_list (&format_enum);

    for (guint i = 0; i < G_N_ELEMENTS (formats); i++) {
        g_string_append_printf (summary, "  %-9s %s\n", format_names[i].name, formats[i].summary);
        bloc_cli_add_subcommand (format_names[i].name, formats[i].summary);
    }
    g_string_append (summary, "\nRun 'bloc import FORMAT --help' for the options of a format.");
    g_option_context_set_summary (context, summary->str);
    g_option_context_set_description (context, EXIT_STATUS);
    bloc_cli_add_entries (context, entries, FALSE);
    if (bloc_cli_introspecting ())
        return bloc_cli_introspect_stop (context, error);
    if (to_stdout) {
        g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
        fputs (help, stdout);
        return TRUE;
    }
    return bloc_cli_usage_error (error, "missing format (expected one of: %s)", names);
}

/* Parses the enumerated options, before anything is read. */
static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    ImportOptions *o = data;
    int value;

    o->missing_rule = BLOC_IMPORT_MISSING_CARRY;
    if (o->missing != NULL) {
        if (!bloc_enum_parse (&value, bloc_import_missing_enum (), o->missing, error))
            return FALSE;
        o->missing_rule = (BlocImportMissing)value;
    }
    if (o->delimiter != NULL) {
        /* A tab itself, as a shell passes $'\t', has no place in the table's messages. */
        const char *name = strcmp (o->delimiter, "\t") == 0 ? "tab" : o->delimiter;
        if (!bloc_enum_parse (&value, bloc_import_delimiter_enum (), name, error))
            return FALSE;
        o->delimiter_byte = (char)value;
    }
    return TRUE;
}

static gboolean
run (FormatId format, const char *const *files, const ImportOptions *o,
     const BlocImportTarget *target, BlocImportReport **report, GError **error)
{
    const char *const *role_map = (const char *const *)o->role_map;

    switch (format) {
    case FORMAT_COW: {
        BlocImportCowOptions cow = { 0, 0, o->missing_rule };
        if (o->years != NULL && !parse_years (o->years, &cow.year_from, &cow.year_to, error))
            return FALSE;
        return bloc_import_cow (report, files, &cow, target, error);
    }
    case FORMAT_TABLE: {
        BlocImportTableOptions table = { o->from,      o->to,         o->role,
                                         role_map,     o->other_role, o->since,
                                         o->until,     o->year,       o->missing_rule,
                                         o->from_name, o->to_name,    o->from_kind,
                                         o->to_kind,   o->source,     o->delimiter_byte };
        return bloc_import_table (report, files[0], &table, target, error);
    }
    case FORMAT_MATRIX: {
        BlocImportMatrixOptions matrix = { o->row_kind, o->column_kind, role_map, o->transpose,
                                           o->delimiter_byte };
        return bloc_import_matrix (report, files[0], &matrix, target, error);
    }
    case FORMAT_GRAPHML: {
        BlocImportGraphmlOptions graphml = { o->kind_attribute, o->actor_kind, o->other_kind,
                                             role_map, o->other_role };
        return bloc_import_graphml (report, files[0], &graphml, target, error);
    }
    }
    g_assert_not_reached ();
}

gboolean
cmd_import (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (ImportOptions) o = { 0 };
    const BlocCliSteps steps = {
        .min_args = 0,
        .max_args = G_MAXINT,
        .check = check_options,
        .options = &o,
        .output_folder = TRUE,
    };
    BlocCliProgress progress;
    int format;

    g_set_prgname ("bloc import");
    if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
        return general_help (argc >= 2, error);
    if (argv[1][0] == '-') {
        g_autofree char *names = bloc_enum_list (&format_enum);
        return bloc_cli_usage_error (error,
                                     "an option before the format: '%s' (expected the format "
                                     "first, one of: %s)",
                                     argv[1], names);
    }
    if (!bloc_enum_parse (&format, &format_enum, argv[1], error))
        return FALSE;
    const Format *f = &formats[format];
    const char *name = format_names[format].name;

    g_autofree char *parameter = g_strdup_printf ("%s %s -o DIR", name, f->parameter);
    g_autoptr (GOptionContext) context = bloc_cli_context_new (parameter);
    g_autofree char *summary =
        g_strdup_printf ("Import %s into a new dataset folder.\n\n%s", f->what, f->description);
    g_autofree GOptionEntry *entries = format_entries (format, &common, &o);
    g_option_context_set_summary (context, summary);
    g_option_context_set_description (context, EXIT_STATUS);
    bloc_cli_add_entries (context, entries, FALSE);
    argc--, argv++; /* the format stands where the command name was */
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    if (argc < 2)
        return bloc_cli_usage_error (error, "missing input file (expected %s)", f->parameter);
    if (format != FORMAT_COW && argc > 2)
        return bloc_cli_usage_error (error, "%d input files (expected one FILE for import %s)",
                                     argc - 1, name);
    if (common.output == NULL)
        return bloc_cli_usage_error (error, "missing -o DIR (expected the folder to create)");

    /* The bar shows once the work has taken a second, so that a small import draws none. */
    g_autofree char *label =
        argc == 2 ? g_path_get_basename (argv[1]) : g_strdup_printf ("%d files", argc - 1);
    BlocCliProgress *bar = bloc_cli_progress_start (&progress, common.quiet, label);
    if (bar != NULL)
        bar->delay = G_USEC_PER_SEC;
    BlocImportTarget target = { common.output, o.force, o.title, bar ? bloc_cli_progress : NULL,
                                bar };
    g_autoptr (BlocImportReport) report = NULL;
    if (!run ((FormatId)format, (const char *const *)argv + 1, &o, &target, &report, error)) {
        bloc_cli_progress_abandon (bar);
        return FALSE;
    }
    if (!common.quiet)
        for (const char *const *line = bloc_import_report_lines (report); *line; line++)
            printf ("%s\n", *line);
    return TRUE;
}
