/* bloc-igraph-private.h: how the analyze layer calls igraph and owns its objects.
 *
 * igraph's own error handler is set to ignore errors (see bloc_init()), so every igraph status
 * is checked with bloc_igraph_ok(), which turns a failure into a BLOC_ERROR_GRAPH error and
 * returns FALSE; the caller then returns FALSE too. Nothing jumps.
 *
 * An igraph object must be destroyed exactly when it was initialised. Objects that live in a
 * function are declared with one of the wrappers below and g_auto(): the wrapper records whether
 * igraph initialised the object, and its clear function destroys it only then. Objects that live
 * in a result struct are recorded in that struct's own `ready` bits, which its one _free reads.
 * Never destroy a zero-filled object that igraph did not initialise.
 */
#pragma once

#include <igraph.h>

#include "bloc-error.h"

G_BEGIN_DECLS

/* TRUE when @status is IGRAPH_SUCCESS; otherwise sets @error to "igraph: MESSAGE (in WHAT)",
 * BLOC_ERROR_GRAPH, and returns FALSE. @what names the igraph call, e.g. "igraph_closeness". */
gboolean bloc_igraph_ok (igraph_error_t status, const char *what, GError **error);

/* A real vector that knows whether it was initialised. */
typedef struct {
    igraph_vector_t v;
    gboolean ready;
} BlocIgraphVector;

/* Initialises @x with @size zeros. Returns FALSE with @error set when igraph fails. */
gboolean bloc_igraph_vector_init (BlocIgraphVector *x, igraph_integer_t size, GError **error);
/* Destroys @x if it was initialised, and marks it as not. */
void bloc_igraph_vector_clear (BlocIgraphVector *x);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocIgraphVector, bloc_igraph_vector_clear)

/* An integer vector that knows whether it was initialised. */
typedef struct {
    igraph_vector_int_t v;
    gboolean ready;
} BlocIgraphIntVector;

gboolean bloc_igraph_int_vector_init (BlocIgraphIntVector *x, igraph_integer_t size,
                                      GError **error);
void bloc_igraph_int_vector_clear (BlocIgraphIntVector *x);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocIgraphIntVector, bloc_igraph_int_vector_clear)

G_END_DECLS
