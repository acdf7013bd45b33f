/* bloc-error.h: the one error domain of bloc.
 *
 * Every fallible function in the library is `gboolean f (..., GError **error)` and returns FALSE
 * exactly when it set @error. The library never prints and never exits; src/cli/ maps the codes
 * below to exit statuses.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define BLOC_ERROR (bloc_error_quark ())

typedef enum {
    BLOC_ERROR_DATA,      /* the input data is invalid: file:line:col messages */
    BLOC_ERROR_NOT_FOUND, /* an id named on the command line is not in the data */
    BLOC_ERROR_USAGE,     /* a bad option value */
    BLOC_ERROR_IO,        /* reading or writing a file failed */
    BLOC_ERROR_GRAPH,     /* igraph reported an error */
    BLOC_ERROR_RENDER,    /* Graphviz reported an error */
    BLOC_ERROR_LIMIT,     /* a computation would exceed a size limit (docs/data-format.md) */
} BlocErrorCode;

GQuark bloc_error_quark (void);

G_END_DECLS
