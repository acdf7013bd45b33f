/* bloc-load-private.h: what the loader's files share. */
#pragma once

#include <gio/gio.h>

#include "bloc-load.h"

G_BEGIN_DECLS

/* The problems found in a dataset: up to BLOC_LOAD_MAX_ERRORS messages, one per line. */
typedef struct {
    GString *text;
    guint count;
    gboolean overflow; /* more problems were found than kept */
} BlocProblems;

/* TRUE once BLOC_LOAD_MAX_ERRORS problems are kept. */
gboolean bloc_problems_full (const BlocProblems *p);
/* Keeps @message, or notes the overflow when full. */
void bloc_problems_add_message (BlocProblems *p, const char *message);
/* Keeps "file:line:col: what", with what on one line (bloc_text_position()). */
G_GNUC_PRINTF (5, 6)
void bloc_problems_add (BlocProblems *p, const char *file, guint line, guint col,
                        const char *format, ...);

/* The largest dataset.ini bloc reads. */
#define BLOC_LOAD_MAX_INI ((goffset)1 << 20)

/* Opens @file (@path in messages) to read. A file on disk must be a regular file of at most
 * @max_size bytes: it is opened without blocking (a named pipe would wait for a writer) and
 * checked on the open descriptor, before anything is read. Returns a new stream (transfer
 * full); or NULL, with @out_missing TRUE when the file does not exist (nothing recorded), else
 * FALSE with the problem recorded at 1:1. */
GInputStream *bloc_load_open (GFile *file, const char *path, goffset max_size,
                              gboolean *out_missing, BlocProblems *problems);

/* Reads @dir's dataset.ini, when there is one, into @ds: [dataset], [group:ID] and [weights]. */
void bloc_load_ini (BlocDataset *ds, GFile *dir, const char *display, BlocProblems *problems);

G_END_DECLS
