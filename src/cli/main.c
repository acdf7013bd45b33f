/* main.c: the command table and dispatch. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static gboolean cmd_help (int argc, char **argv, GError **error);

const BlocCommand bloc_commands[] = {
    { "check", cmd_check, "Validate the dataset and print its counts" },
    { "summary", cmd_summary, "Entities by kind, ties by role, years covered, groups" },
    { "members", cmd_members, "Who takes part in ENTITY (role, since, until, source)" },
    { "memberships", cmd_memberships, "What ENTITY takes part in" },
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
    { "export", cmd_export,
      "Write the graph as GraphML, GEXF, GML, Pajek, JSON, an edge list or a matrix" },
    { "import", cmd_import, "Import published data (cow-igo) into a dataset folder" },
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

static gboolean
cmd_help (int argc, char **argv, GError **error)
{
    if (argc < 2 || strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0) {
        print_usage (stdout);
        return TRUE;
    }
    const BlocCommand *c = find_command (argv[1]);
    if (c == NULL || c->func == cmd_help) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "unknown command '%s' (see 'bloc help')",
                     argv[1]);
        return FALSE;
    }
    char *help_argv[] = { argv[1], "--help", NULL };
    return c->func (2, help_argv, error);
}

/* TRUE for errors of the command line: exit status 2 and a hint. */
static gboolean
is_usage_error (const GError *error)
{
    return error->domain == G_OPTION_ERROR || error->domain == G_CONVERT_ERROR ||
           (error->domain == BLOC_ERROR && error->code == BLOC_ERROR_USAGE);
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
    if (command != NULL && strcmp (command, "help") != 0 && is_usage_error (error))
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
    if (strcmp (argv[1], "--version") == 0) {
        printf ("bloc %s (igraph %s, Graphviz via gvc, GLib %u.%u)\n", bloc_version (),
                bloc_igraph_version (), glib_major_version, glib_minor_version);
        return BLOC_EXIT_OK;
    }

    const BlocCommand *command = find_command (argv[1]);
    if (command == NULL) {
        fprintf (stderr, "bloc: unknown command '%s' (see 'bloc help')\n", argv[1]);
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
