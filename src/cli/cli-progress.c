/* cli-progress.c: the progress bar on standard error, for every command with long work. */
#include "cli-progress.h"

#include <stdio.h>
#include <unistd.h>

BlocCliProgress *
bloc_cli_progress_start (BlocCliProgress *bar, gboolean quiet, const char *what)
{
    if (quiet || !isatty (STDERR_FILENO))
        return NULL;
    bar->what = what;
    bar->last = -1;
    return bar;
}

void
bloc_cli_progress (guint done, guint total, gpointer user_data)
{
    BlocCliProgress *bar = user_data;
    int percent = total > 0 ? (int)((guint64)done * 100 / total) : 100;

    if (percent == bar->last)
        return;
    bar->last = percent;
    if (done >= total) {
        fputs ("\r\033[K", stderr); /* back to the start of the line, and erase it */
    } else {
        char cells[31];
        for (int i = 0; i < 30; i++)
            cells[i] = i < percent * 30 / 100 ? '#' : '.';
        cells[30] = '\0';
        fprintf (stderr, "\r%s [%s] %3d%%", bar->what, cells, percent);
    }
    fflush (stderr);
}
