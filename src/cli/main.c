/* main.c: the command table and dispatch. */
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static gboolean cmd_help (int argc, char **argv, GError **error);

const BlocCommand bloc_commands[] = {
    { "check", cmd_check, "Validate the dataset and print its counts" },
    { "summary", cmd_summary, "Entities by kind, ties by role, years covered, groups" },
    { "members", cmd_members, "Who takes part in ENTITY (role, since, until, source)" },
    { "memberships", cmd_memberships, "What ENTITY takes part in" },
    { "find", cmd_find, "Search ids, names in every language, regions and notes for TEXT" },
    { "show", cmd_show, "Everything about one entity: names, dates, ties, sources, groups" },
    { "overlap", cmd_overlap,
      "Pairwise co-membership: shared, weighted, Jaccard, overlap, cosine" },
    { "centrality", cmd_centrality, "Who is central: two-mode or on a projection" },
    { "gaps", cmd_gaps, "Who in a group stays out of what" },
    { "nesting", cmd_nesting, "Organizations ordered by inclusion of their member sets" },
    { "communities", cmd_communities, "Blocs found by community detection on the overlap graph" },
    { "backbone", cmd_backbone, "Co-memberships beyond chance: the backbone of the overlap graph" },
    { "nestedness", cmd_nestedness, "NODF: do actors that join less join subsets of the rest?" },
    { "timeline", cmd_timeline, "Joins and exits by year, of everything or of ENTITY" },
    { "diff", cmd_diff, "What changed between two years: ties, and a group's gaps" },
    { "render", cmd_render, "Draw a view as SVG, PNG, PDF or DOT through Graphviz" },
    { "report", cmd_report, "Every table and figure in one self-contained, interactive HTML page" },
    { "export", cmd_export,
      "Write the graph as GraphML, GEXF, GML, Pajek, JSON, an edge list or a matrix" },
    { "import", cmd_import, "Import a table, matrix, GraphML or COW file into a dataset folder" },
    { "help", cmd_help, "List the commands, or show the help of one" },
    { NULL, NULL, NULL },
};

static const BlocCommand *
find_command (const char *name)
{
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        if (strcmp (c->name, name) == 0)
            return c;
    return NULL;
}

/* The message for a command that is not one, with the nearest names. Caller frees. */
static char *
unknown_command (const char *name)
{
    g_autoptr (GStrvBuilder) names = g_strv_builder_new ();
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        g_strv_builder_add (names, c->name);
    g_auto (GStrv) all = g_strv_builder_end (names);
    g_auto (GStrv) near = bloc_text_suggest (name, (const char *const *)all, 3);
    g_autofree char *hint = near[0] ? bloc_text_quote_list ((const char *const *)near) : NULL;
    return g_strdup_printf ("unknown command '%s'%s%s%s (see 'bloc help')", name,
                            hint ? "; did you mean " : "", hint ? hint : "", hint ? "?" : "");
}

static void
print_usage (FILE *out)
{
    fprintf (out, "Usage: bloc COMMAND [OPTION…] [ARG…]\n\n"
                  "bloc maps who belongs to what: membership graphs of countries, organizations,\n"
                  "agreements and programmes; overlap, centrality, gaps and diagrams.\n\n"
                  "Commands:\n");
    for (const BlocCommand *c = bloc_commands; c->name != NULL; c++)
        fprintf (out, "  %-13s %s\n", c->name, c->summary);
    fprintf (out,
             "\nRun 'bloc COMMAND --help' for the options of a command.\n"
             "Without -d/--data, commands use the embedded dataset '" BLOC_DEFAULT_DATASET "'.\n");
}

/* The manual page of @command where this bloc is installed (BLOC_MANDIR, relative to the
 * program's folder), or NULL. Caller frees. */
static char *
installed_page (const char *command)
{
    g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
    if (exe == NULL)
        return NULL;
    g_autofree char *bindir = g_path_get_dirname (exe);
    g_autofree char *name = g_strdup_printf ("bloc-%s.1", command);
    g_autofree char *page = g_build_filename (bindir, BLOC_MANDIR, "man1", name, NULL);
    g_autofree char *gz = g_strconcat (page, ".gz", NULL);
    if (g_file_test (page, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&page);
    if (g_file_test (gz, G_FILE_TEST_IS_REGULAR))
        return g_steal_pointer (&gz);
    return NULL;
}

/* On a terminal, shows the manual page bloc-@command(1) with man, as git help does: the page
 * installed beside this bloc, else one man finds. Returns only when there is none to show. */
static void
show_manual_page (const char *command)
{
    g_autofree char *page = NULL;
    g_autofree char *name = g_strdup_printf ("bloc-%s", command);
    int status;

    if (!isatty (STDOUT_FILENO))
        return;
    page = installed_page (command);
    if (page != NULL) {
        char *argv[] = { "man", "-l", page, NULL };
        execvp ("man", argv);
        return;
    }
    char *where[] = { "man", "-w", name, NULL };
    if (g_spawn_sync (NULL, where, NULL,
                      G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, NULL, NULL, &status, NULL) &&
        g_spawn_check_wait_status (status, NULL)) {
        char *argv[] = { "man", name, NULL };
        execvp ("man", argv);
    }
}

static gboolean
cmd_help (int argc, char **argv, GError **error)
{
    if (bloc_cli_introspecting ()) {
        g_autoptr (GOptionContext) context = bloc_cli_context_new ("[COMMAND]");
        return bloc_cli_introspect_stop (context, error);
    }
    if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0) {
        print_usage (stdout);
        return TRUE;
    }
    const BlocCommand *c = find_command (argv[1]);
    if (c == NULL || c->func == cmd_help) {
        g_autofree char *message = unknown_command (argv[1]);
        g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message);
        return FALSE;
    }
    show_manual_page (c->name);
    char *help_argv[] = { argv[1], "--help", NULL };
    return c->func (2, help_argv, error);
}

/* TRUE for errors of the command line: exit status 2 and a hint. An id, group or tie named on
 * the command line that the data does not have is one too: the data is fine. */
static gboolean
is_usage_error (const GError *error)
{
    return error->domain == G_OPTION_ERROR || error->domain == G_CONVERT_ERROR ||
           (error->domain == BLOC_ERROR &&
            (error->code == BLOC_ERROR_USAGE || error->code == BLOC_ERROR_NOT_FOUND));
}

/* Prints each line of @message as "bloc: line", escaped so that a value quoted in a message
 * cannot move the cursor, recolour the terminal or reorder the line. */
static void
print_error (const GError *error, const char *command)
{
    g_autofree char *valid = g_utf8_make_valid (error->message, -1);
    g_auto (GStrv) lines = g_strsplit (valid, "\n", -1);
    for (int i = 0; lines[i] != NULL; i++) {
        g_autofree char *line = bloc_text_for_terminal (lines[i]);
        fprintf (stderr, "bloc: %s\n", line);
    }
    if (g_error_matches (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND))
        fprintf (stderr,
                 "Try 'bloc find TEXT' to search ids and names, 'bloc show ID' for ties.\n");
    else if (command != NULL && strcmp (command, "help") != 0 && is_usage_error (error))
        fprintf (stderr, "Try 'bloc %s --help'.\n", command);
}

int
main (int argc, char **argv)
{
    g_autoptr (GError) error = NULL;

    /* Numbers need no C locale here: bloc formats and parses them with g_ascii_*, and the
     * renderer runs Graphviz under a C LC_NUMERIC of its own (see bloc_render()). */
    setlocale (LC_ALL, "");
    /* Ids, names and titles are UTF-8 whatever the locale. Under C or POSIX, GOption would try
     * to convert option values from ASCII and reject "Центральная Азия". */
    const char *charset;
    if (!g_get_charset (&charset))
        setlocale (LC_CTYPE, "C.UTF-8");
    /* The library would set itself up on first use; say so here, where the process starts. */
    bloc_init ();

    if (argc < 2) {
        print_usage (stderr);
        return BLOC_EXIT_USAGE;
    }
    if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0) {
        print_usage (stdout);
        return BLOC_EXIT_OK;
    }
    /* Hidden: the options as data, for the manual pages and the shell completion. */
    if (strcmp (argv[1], "__options") == 0 || strcmp (argv[1], "__complete") == 0)
        return bloc_cli_introspect_main (argc - 1, argv + 1);
    if (strcmp (argv[1], "--version") == 0) {
        printf ("bloc %s (igraph %s, Graphviz via gvc, GLib %u.%u)\n", bloc_version (),
                bloc_igraph_version (), glib_major_version, glib_minor_version);
        return BLOC_EXIT_OK;
    }

    const BlocCommand *command = find_command (argv[1]);
    if (command == NULL) {
        g_autofree char *message = unknown_command (argv[1]);
        g_autofree char *shown = bloc_text_for_terminal (message);
        fprintf (stderr, "bloc: %s\n", shown);
        return BLOC_EXIT_USAGE;
    }
    if (command->func (argc - 1, argv + 1, &error))
        return BLOC_EXIT_OK;

    /* GOption says only that a conversion failed: name the argument. */
    if (error->domain == G_CONVERT_ERROR) {
        for (int i = 2; i < argc; i++) {
            if (g_utf8_validate (argv[i], -1, NULL))
                continue;
            g_autofree char *shown = g_utf8_make_valid (argv[i], -1);
            g_clear_error (&error);
            g_set_error (&error, BLOC_ERROR, BLOC_ERROR_USAGE,
                         "argument '%s' is not valid UTF-8 (expected UTF-8 text)", shown);
            break;
        }
    }

    print_error (error, command->name);
    if (is_usage_error (error))
        return BLOC_EXIT_USAGE;
    return BLOC_EXIT_FAILURE;
}
