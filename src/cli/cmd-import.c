/* cmd-import.c: bloc import cow-igo FILE... -o DIR — published data to a dataset folder. */
#include <stdio.h>
#include <string.h>

#include "bloc-import.h"
#include "cli-progress.h"
#include "cli.h"

/* A bar per file, labelled with its name, that stays on the screen. */
static void
show_progress (const char *file, double fraction, gpointer user_data)
{
    g_autofree char *base = g_path_get_basename (file);
    bloc_cli_progress_update (user_data, base, fraction);
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

gboolean
cmd_import (int argc, char **argv, GError **error)
{
    g_autofree char *output = NULL;
    g_autofree char *years = NULL;
    gboolean force = FALSE, quiet = FALSE;
    const GOptionEntry entries[] = {
        { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
          "The dataset folder to create (required)", "DIR" },
        { "years", 0, 0, G_OPTION_ARG_STRING, &years, "Keep only the years A to B", "A-B" },
        { "force", 'f', 0, G_OPTION_ARG_NONE, &force, "Replace DIR if it exists", NULL },
        { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, "No progress bar and no report", NULL },
        { NULL },
    };
    g_set_prgname ("bloc import");
    g_autoptr (GOptionContext) context = g_option_context_new ("cow-igo FILE... -o DIR");
    g_option_context_set_summary (
        context, "Import the Correlates of War IGO v3 data (state-year or igo-year, .csv or "
                 ".csv.gz) into a new dataset folder.\n\nStatus 1 becomes member, 2 associate, 3 "
                 "observer; 0, -1 and -9 give no tie.\nStates get ISO 3166-1 alpha-2 ids where one "
                 "exists, historical states their COW\nabbreviation; IGOs their upper-case COW "
                 "abbreviation, with -IGO when a state has that id.");
    g_option_context_add_main_entries (context, entries, NULL);
    int year_from = 0, year_to = 0;
    BlocImportStats stats;
    BlocCliProgress progress;

    if (!g_option_context_parse (context, &argc, &argv, error))
        return FALSE;
    if (argc < 2 || strcmp (argv[1], "cow-igo") != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "%s (expected the format cow-igo)",
                     argc < 2 ? "missing format" : "unknown format");
        return FALSE;
    }
    if (argc < 3) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "missing input file (expected FILE...)");
        return FALSE;
    }
    if (output == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "missing -o DIR (expected the folder to create)");
        return FALSE;
    }
    if (years != NULL && !parse_years (years, &year_from, &year_to, error))
        return FALSE;

    BlocCliProgress *bar = bloc_cli_progress_start (&progress, quiet, NULL);
    if (bar != NULL) {
        bar->width = 32;
        bar->keep = TRUE;
    }
    if (!bloc_import_cow ((const char *const *)argv + 2, year_from, year_to, output, force,
                          bar ? show_progress : NULL, bar, &stats, error)) {
        bloc_cli_progress_abandon (bar);
        return FALSE;
    }
    if (!quiet) {
        printf ("%s: %u states, %u IGOs, %u ties, %d-%d, from %u rows\n", output, stats.states,
                stats.igos, stats.ties, stats.first_year, stats.last_year, stats.rows);
        printf ("memberships: %" G_GUINT64_FORMAT " state-years coded 1, 2 or 3\n",
                stats.memberships);
        printf ("missing: %" G_GUINT64_FORMAT " cells coded -9, left out\n", stats.missing);
        if (stats.files > 1)
            printf ("conflicts: %" G_GUINT64_FORMAT " cells coded differently by two files "
                    "(the first file's code kept)\n",
                    stats.conflicts);
        if (stats.repaired > 0)
            printf ("names: %u IGO %s had Mac Roman letters stored as control characters, "
                    "repaired\n",
                    stats.repaired, stats.repaired == 1 ? "name" : "names");
    }
    return TRUE;
}
