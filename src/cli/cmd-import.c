/* cmd-import.c: bloc import FORMAT FILE... -o DIR — other people's data to a dataset folder.
 *
 * The format comes first; each has its own options beside the common -o, --force, --title and
 * --quiet, and its own --help. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "bloc-import.h"
#include "cli.h"

/* Options of every format. */
typedef struct {
    char *output;
    char *title;
    gboolean force;
    gboolean quiet;
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
} Options;

static void
options_clear (Options *o)
{
    char **strings[] = { &o->output,     &o->title,     &o->years,       &o->missing,
                         &o->from,       &o->to,        &o->role,        &o->other_role,
                         &o->since,      &o->until,     &o->year,        &o->from_name,
                         &o->to_name,    &o->from_kind, &o->to_kind,     &o->source,
                         &o->delimiter,  &o->row_kind,  &o->column_kind, &o->kind_attribute,
                         &o->actor_kind, &o->other_kind };
    for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
        g_clear_pointer (strings[i], g_free);
    g_clear_pointer (&o->role_map, g_strfreev);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

typedef struct {
    const char *name;
    const char *parameter;
    const char *summary; /* for the list of formats */
    const char *what;    /* for "Import WHAT into a new dataset folder." */
    const char *description;
} Format;

static const Format formats[] = {
    { "cow-igo", "FILE...", "Correlates of War IGO v3 (state-year or igo-year, .csv or .csv.gz)",
      "the Correlates of War IGO v3 data (state-year or igo-year, .csv or .csv.gz)",
      "Status 1 becomes member, 2 associate, 3 observer; 0, -1 and NA give no tie. A spell of\n"
      "years goes on across -9 (missing) cells unless --missing end. States get ISO 3166-1\n"
      "alpha-2 ids where one exists, historical states their COW abbreviation; IGOs their\n"
      "upper-case COW abbreviation, with -IGO when a state has that id." },
    { "table", "FILE", "A long table: one row per tie, or per tie-year with --year",
      "a long table (one row per tie, or per tie-year)",
      "The participant and what it takes part in come from --from and --to, or from columns\n"
      "named from/to, country, state, member, actor, person, iso2 / organization, org, group,\n"
      "event. The columns bloc export -T edges writes (from, from_name, from_kind, to, to_name,\n"
      "to_kind, role, since, until, source) are read with no options. Cells are trimmed.\n"
      "Role values that are not roles of bloc are listed, with their count and first line,\n"
      "until --role-map or --other-role maps them." },
    { "matrix", "FILE", "An incidence matrix: rows × columns", "an incidence matrix",
      "The first column names the row entities, the header the column entities (its first\n"
      "cell is ignored). A cell is 0 or empty (no tie), 1 (member), a role, or a value of\n"
      "--role-map. The rows take part in the columns' entities; --transpose turns that round." },
    { "graphml", "FILE", "GraphML, as Gephi, yEd, NetworkX and igraph write it", "a GraphML file",
      "Node ids are the GraphML ids; names come from the label or name attribute (or yEd's\n"
      "node label); kinds from --kind-attribute (default kind, else NetworkX's bipartite,\n"
      "whose 0 and 1 become --actor-kind and --other-kind); roles from the edges' role\n"
      "attribute, through --role-map and --other-role." },
};

static const Format *
find_format (const char *name)
{
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        if (strcmp (formats[i].name, name) == 0)
            return &formats[i];
    return NULL;
}

/* The options of @format (NULL for the common ones only), pointing into @o. */
static GOptionEntry *
format_entries (const char *format, Options *o)
{
    const GOptionEntry common[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o->output,
          "The dataset folder to create (required)", "DIR" },
        { "force", 'f', 0, G_OPTION_ARG_NONE, &o->force, "Replace the dataset DIR if it exists",
          NULL },
        { "title", 0, 0, G_OPTION_ARG_STRING, &o->title, "The dataset's title", "TEXT" },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &o->quiet, "No progress bar and no report", NULL },
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
          "The field separator: ',', ';' or tab (default: guessed from the header)", "C" },
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
    if (format == NULL)
        ;
    else if (strcmp (format, "cow-igo") == 0)
        g_array_append_vals (all, cow, G_N_ELEMENTS (cow));
    else if (strcmp (format, "table") == 0) {
        g_array_append_vals (all, table, G_N_ELEMENTS (table));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, other_role, 1);
        g_array_append_vals (all, delimiter, 1);
    } else if (strcmp (format, "matrix") == 0) {
        g_array_append_vals (all, matrix, G_N_ELEMENTS (matrix));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, delimiter, 1);
    } else if (strcmp (format, "graphml") == 0) {
        g_array_append_vals (all, graphml, G_N_ELEMENTS (graphml));
        g_array_append_vals (all, role_map, 1);
        g_array_append_vals (all, other_role, 1);
    }
    return (GOptionEntry *)g_array_free (all, FALSE);
}

/* A progress bar on standard error, redrawn in place, once the work has taken a second. */
typedef struct {
    int last;
    gint64 start;
    gboolean shown;
} Progress;

static void
show_progress (const char *file, double fraction, gpointer user_data)
{
    Progress *p = user_data;
    gint64 now = g_get_monotonic_time ();
    if (p->start == 0)
        p->start = now;
    if (!p->shown && (now - p->start < G_USEC_PER_SEC || fraction >= 1.0))
        return;
    int percent = (int)(fraction * 100 + 0.5);
    if (percent == p->last)
        return;
    p->last = percent;
    p->shown = TRUE;
    g_autofree char *base = g_path_get_basename (file);
    char bar[31];
    int filled = percent * 30 / 100;
    for (int i = 0; i < 30; i++)
        bar[i] = i < filled ? '#' : '.';
    bar[30] = '\0';
    fprintf (stderr, "\r%-32.32s [%s] %3d%%", base, bar, percent);
    if (percent >= 100) {
        fputc ('\n', stderr);
        p->last = -1;
        p->shown = FALSE;
        p->start = 0;
    }
    fflush (stderr);
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

/* The general help: the formats and the common options. */
static gboolean
general_help (Options *o, gboolean to_stdout, GError **error)
{
    g_autofree GOptionEntry *entries = format_entries (NULL, o);
    g_autoptr (GOptionContext) context = g_option_context_new ("FORMAT FILE... -o DIR");
    GString *summary = g_string_new ("Import other people's data into a new dataset folder.\n\n"
                                     "Formats:\n");
    for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
        g_string_append_printf (summary, "  %-9s %s\n", formats[i].name, formats[i].summary);
    g_string_append (summary, "\nRun 'bloc import FORMAT --help' for the options of a format.");
    g_option_context_set_summary (context, summary->str);
    g_string_free (summary, TRUE);
    g_option_context_add_main_entries (context, entries, NULL);
    g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
    if (to_stdout) {
        fputs (help, stdout);
        return TRUE;
    }
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                 "missing format (expected one of: cow-igo, table, matrix, graphml)");
    return FALSE;
}

static gboolean
run (const char *format, const char *const *files, int n_files, const Options *o,
     const BlocImportTarget *target, BlocImportReport **report, GError **error)
{
    BlocImportMissing missing = BLOC_IMPORT_MISSING_CARRY;
    char delimiter = 0;
    if (o->missing != NULL && !bloc_import_missing_parse (&missing, o->missing, error))
        return FALSE;
    if (o->delimiter != NULL && !bloc_import_delimiter_parse (&delimiter, o->delimiter, error))
        return FALSE;
    if (strcmp (format, "cow-igo") != 0 && n_files != 1) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%d input files (expected one FILE for import %s)", n_files, format);
        return FALSE;
    }
    const char *const *role_map = (const char *const *)o->role_map;

    if (strcmp (format, "cow-igo") == 0) {
        BlocImportCowOptions cow = { 0, 0, missing };
        if (o->years != NULL && !parse_years (o->years, &cow.year_from, &cow.year_to, error))
            return FALSE;
        return bloc_import_cow (report, files, &cow, target, error);
    }
    if (strcmp (format, "table") == 0) {
        BlocImportTableOptions table = { o->from,       o->to,        o->role,    role_map,
                                         o->other_role, o->since,     o->until,   o->year,
                                         missing,       o->from_name, o->to_name, o->from_kind,
                                         o->to_kind,    o->source,    delimiter };
        return bloc_import_table (report, files[0], &table, target, error);
    }
    if (strcmp (format, "matrix") == 0) {
        BlocImportMatrixOptions matrix = { o->row_kind, o->column_kind, role_map, o->transpose,
                                           delimiter };
        return bloc_import_matrix (report, files[0], &matrix, target, error);
    }
    BlocImportGraphmlOptions graphml = { o->kind_attribute, o->actor_kind, o->other_kind, role_map,
                                         o->other_role };
    return bloc_import_graphml (report, files[0], &graphml, target, error);
}

gboolean
cmd_import (int argc, char **argv, GError **error)
{
    g_auto (Options) o = { 0 };

    g_set_prgname ("bloc import");
    if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0)
        return general_help (&o, argc >= 2, error);
    const Format *format = find_format (argv[1]);
    if (format == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "%s '%s' (expected the format first: cow-igo, table, matrix or graphml)",
                     argv[1][0] == '-' ? "an option before the format:" : "unknown format",
                     argv[1]);
        return FALSE;
    }

    g_autofree char *parameter = g_strdup_printf ("%s %s -o DIR", format->name, format->parameter);
    g_autoptr (GOptionContext) context = g_option_context_new (parameter);
    g_autofree char *summary = g_strdup_printf ("Import %s into a new dataset folder.\n\n%s",
                                                format->what, format->description);
    g_option_context_set_summary (context, summary);
    g_autofree GOptionEntry *entries = format_entries (format->name, &o);
    g_option_context_add_main_entries (context, entries, NULL);
    argc--, argv++; /* the format stands where the command name was */
    if (!g_option_context_parse (context, &argc, &argv, error))
        return FALSE;
    if (argc < 2) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "missing input file (expected %s)",
                     format->parameter);
        return FALSE;
    }
    if (o.output == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "missing -o DIR (expected the folder to create)");
        return FALSE;
    }

    Progress progress = { -1, 0, FALSE };
    gboolean bar = !o.quiet && isatty (STDERR_FILENO);
    BlocImportTarget target = { o.output, o.force, o.title, bar ? show_progress : NULL, &progress };
    g_autoptr (BlocImportReport) report = NULL;
    if (!run (format->name, (const char *const *)argv + 1, argc - 1, &o, &target, &report, error)) {
        if (progress.shown)
            fputc ('\n', stderr);
        return FALSE;
    }
    if (!o.quiet)
        for (const char *const *line = bloc_import_report_lines (report); *line; line++)
            printf ("%s\n", *line);
    return TRUE;
}
