/* cli-progress.h: a progress bar on standard error for long computations. */
#pragma once

#include "cli.h"

/* The state of one progress bar: what it counts, and the last percentage drawn. */
typedef struct {
    const char *what;
    int last;
} BlocCliProgress;

/* Starts a bar labelled @what and returns it when standard error is a terminal and --quiet is not
 * given, NULL otherwise. Pass bloc_cli_progress as the BlocProgressFunc and the bar as its data.
 * The bar belongs to the caller's stack: nothing to free. */
BlocCliProgress *bloc_cli_progress_start (BlocCliProgress *bar, const BlocCliCommon *common,
                                          const char *what);

/* A BlocProgressFunc: redraws the bar @user_data (a BlocCliProgress) in place at each new
 * percentage, and erases it when @done reaches @total, so that only the result stays. */
void bloc_cli_progress (guint done, guint total, gpointer user_data);
