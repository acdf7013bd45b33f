/* cli-progress.h: the progress bar on standard error, for every command with long work. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One progress bar: its label and the last percentage drawn. Lives on the caller's stack:
 * nothing to free. */
typedef struct {
    const char *what;
    int last; /* the last percentage drawn, or -1 */
} BlocCliProgress;

/* Starts @bar labelled @what and returns it when standard error is a terminal and @quiet is
 * FALSE; returns NULL otherwise, so that the caller passes no callback and draws nothing. */
BlocCliProgress *bloc_cli_progress_start (BlocCliProgress *bar, gboolean quiet, const char *what);

/* A BlocProgressFunc (bloc-stats.h): redraws the bar @user_data in place at each new
 * percentage of @done out of @total, and erases it at @total, so that only the result stays. */
void bloc_cli_progress (guint done, guint total, gpointer user_data);

G_END_DECLS
