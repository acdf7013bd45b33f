/* bloc-error.h: the one error domain of bloc.
 *
 * Every fallible function in the library is `gboolean f (..., GError **error)` and returns FALSE
 * exactly when it set @error. The library never prints and never exits; src/cli/ maps the codes
 * below to exit statuses.
 */
#pragma once

#include <glib.h>
#include <igraph.h>

G_BEGIN_DECLS

#define BLOC_ERROR (bloc_error_quark ())

typedef enum {
    BLOC_ERROR_DATA,      /* the input data is invalid: file:line:col messages */
    BLOC_ERROR_NOT_FOUND, /* an id named on the command line is not in the data */
    BLOC_ERROR_USAGE,     /* a bad option value */
    BLOC_ERROR_IO,        /* reading or writing a file failed */
    BLOC_ERROR_GRAPH,     /* igraph reported an error */
    BLOC_ERROR_RENDER,    /* Graphviz reported an error */
} BlocErrorCode;

GQuark bloc_error_quark (void);

/* Converts an igraph status into a GError. igraph's own error handler is set to ignore errors
 * (see main.c), so every igraph call is checked through this macro. On failure it sets @error and
 * jumps to the label `out`, where the caller releases what it holds.
 */
#define BLOC_IGRAPH_TRY(expr, error)                                                               \
    do {                                                                                           \
        igraph_error_t bloc_rc_ = (expr);                                                          \
        if (bloc_rc_ != IGRAPH_SUCCESS) {                                                          \
            g_set_error ((error), BLOC_ERROR, BLOC_ERROR_GRAPH, "igraph: %s (in %s)",              \
                         igraph_strerror (bloc_rc_), #expr);                                       \
            goto out;                                                                              \
        }                                                                                          \
    } while (0)

G_END_DECLS
