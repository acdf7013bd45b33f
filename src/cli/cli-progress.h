/* cli-progress.h: the progress bar on standard error, for every command with long work. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One progress bar: its label, how it ends, and the last percentage drawn. Lives on the
 * caller's stack: nothing to free. */
typedef struct {
    const char *what; /* the label, unless an update gives one */
    int width;        /* the label is padded or cut to this many bytes; 0: as it is */
    gboolean keep;    /* at 100%, end the line and keep the bar; otherwise erase it */
    int last;         /* the last percentage drawn, or -1 */
    gint64 delay;     /* microseconds of work before the bar shows; 0: at once */
    gint64 start;     /* when the first update of the work came, for @delay */
} BlocCliProgress;

/* Starts @bar labelled @what and returns it when standard error is a terminal and @quiet is
 * FALSE; returns NULL otherwise, so that the caller passes no callback and draws nothing. A bar
 * is erased when it reaches 100%, so that only the result stays; set @bar->keep and
 * @bar->width after starting it for a bar per file that stays on the screen, and @bar->delay for
 * work that is often quick, so that it draws no bar at all. */
BlocCliProgress *bloc_cli_progress_start (BlocCliProgress *bar, gboolean quiet, const char *what);

/* Draws @fraction (0 to 1) of the work done, labelled @label (or @bar->what when NULL), in
 * place, at each new percentage. */
void bloc_cli_progress_update (BlocCliProgress *bar, const char *label, double fraction);

/* A BlocProgressFunc (bloc-stats.h): draws @done of @total in the bar @user_data. */
void bloc_cli_progress (guint done, guint total, gpointer user_data);

/* Ends a bar that stopped before 100% (the work failed): ends its line, so that the error
 * message starts on a line of its own. NULL-safe. */
void bloc_cli_progress_abandon (BlocCliProgress *bar);

G_END_DECLS
