/* bloc-igraph.c: igraph status to GError, and igraph vectors that know they were initialised. */
#include "bloc-igraph-private.h"

gboolean
bloc_igraph_ok (igraph_error_t status, const char *what, GError **error)
{
    if (status == IGRAPH_SUCCESS)
        return TRUE;
    g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH, "igraph: %s (in %s)",
                 igraph_strerror (status), what);
    return FALSE;
}

gboolean
bloc_igraph_vector_init (BlocIgraphVector *x, igraph_integer_t size, GError **error)
{
    g_return_val_if_fail (!x->ready, FALSE);
    x->ready = bloc_igraph_ok (igraph_vector_init (&x->v, size), "igraph_vector_init", error);
    return x->ready;
}

void
bloc_igraph_vector_clear (BlocIgraphVector *x)
{
    if (x->ready)
        igraph_vector_destroy (&x->v);
    x->ready = FALSE;
}

gboolean
bloc_igraph_int_vector_init (BlocIgraphIntVector *x, igraph_integer_t size, GError **error)
{
    g_return_val_if_fail (!x->ready, FALSE);
    x->ready =
        bloc_igraph_ok (igraph_vector_int_init (&x->v, size), "igraph_vector_int_init", error);
    return x->ready;
}

void
bloc_igraph_int_vector_clear (BlocIgraphIntVector *x)
{
    if (x->ready)
        igraph_vector_int_destroy (&x->v);
    x->ready = FALSE;
}
