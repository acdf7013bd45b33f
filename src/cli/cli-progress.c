/* cli-progress.c: the progress bar on standard error, for every command with long work. */
#include "cli-progress.h"

#include <stdio.h>
#include <unistd.h>

#define CELLS 30

BlocCliProgress *
bloc_cli_progress_start (BlocCliProgress *bar, gboolean quiet, const char *what)
{
    if (quiet || !isatty (STDERR_FILENO))
        return NULL;
    *bar = (BlocCliProgress){ .what = what, .width = 0, .keep = FALSE, .last = -1, .delay = 0 };
    return bar;
}

void
bloc_cli_progress_update (BlocCliProgress *bar, const char *label, double fraction)
{
    /* Rounded down: the bar says 100% only when the work is done. */
    int percent = (int)(CLAMP (fraction, 0.0, 1.0) * 100);

    if (bar->delay > 0 && bar->last < 0) {
        /* Nothing drawn yet: wait until the work has taken @delay; quick work draws nothing. */
        gint64 now = g_get_monotonic_time ();
        if (bar->start == 0)
            bar->start = now;
        if (percent >= 100)
            bar->start = 0;
        if (percent >= 100 || now - bar->start < bar->delay)
            return;
    }
    if (percent == bar->last)
        return;
    bar->last = percent;
    if (percent >= 100 && !bar->keep) {
        fputs ("\r\033[K", stderr); /* back to the start of the line, and erase it */
        bar->last = -1;
        bar->start = 0;
        fflush (stderr);
        return;
    }
    char cells[CELLS + 1];
    for (int i = 0; i < CELLS; i++)
        cells[i] = i < percent * CELLS / 100 ? '#' : '.';
    cells[CELLS] = '\0';
    label = label != NULL ? label : bar->what;
    if (bar->width > 0)
        fprintf (stderr, "\r%-*.*s [%s] %3d%%", bar->width, bar->width, label, cells, percent);
    else
        fprintf (stderr, "\r%s [%s] %3d%%", label, cells, percent);
    if (percent >= 100) {
        fputc ('\n', stderr);
        bar->last = -1;
        bar->start = 0;
    }
    fflush (stderr);
}

void
bloc_cli_progress (guint done, guint total, gpointer user_data)
{
    bloc_cli_progress_update (user_data, NULL, total > 0 ? (double)done / total : 1.0);
}

void
bloc_cli_progress_abandon (BlocCliProgress *bar)
{
    if (bar == NULL || bar->last < 0)
        return;
    fputc ('\n', stderr);
    bar->last = -1;
    fflush (stderr);
}
