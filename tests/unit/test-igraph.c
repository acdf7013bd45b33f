/* test-igraph.c: igraph statuses become errors, and igraph vectors are destroyed only when igraph
 * initialised them. */
#include "bloc-igraph-private.h"
#include "bloc-init.h"

static void
test_status (void)
{
    g_autoptr (GError) error = NULL;

    g_assert_true (bloc_igraph_ok (IGRAPH_SUCCESS, "igraph_nothing", &error));
    g_assert_no_error (error);
    g_assert_false (bloc_igraph_ok (IGRAPH_ENOMEM, "igraph_something", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
    g_autofree char *expected =
        g_strdup_printf ("igraph: %s (in igraph_something)", igraph_strerror (IGRAPH_ENOMEM));
    g_assert_cmpstr (error->message, ==, expected);
    /* NULL error: only the answer. */
    g_assert_false (bloc_igraph_ok (IGRAPH_EINVAL, "igraph_something", NULL));
}

/* A real failure: igraph_create rejects an edge list of odd length. */
static void
test_failing_call (void)
{
    g_autoptr (GError) error = NULL;
    g_auto (BlocIgraphIntVector) edges = { 0 };
    igraph_t graph;

    g_assert_true (bloc_igraph_int_vector_init (&edges, 3, &error));
    g_assert_false (bloc_igraph_ok (igraph_create (&graph, &edges.v, 3, IGRAPH_UNDIRECTED),
                                    "igraph_create", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
    g_assert_true (g_str_has_suffix (error->message, " (in igraph_create)"));
}

static void
test_vectors (void)
{
    g_autoptr (GError) error = NULL;

    {
        /* Never initialised: the cleanup has nothing to destroy. */
        g_auto (BlocIgraphVector) unused = { 0 };
        g_auto (BlocIgraphIntVector) unused_int = { 0 };
        g_assert_false (unused.ready);
        g_assert_false (unused_int.ready);
    }
    BlocIgraphVector v = { 0 };
    g_assert_true (bloc_igraph_vector_init (&v, 4, &error));
    g_assert_no_error (error);
    g_assert_true (v.ready);
    g_assert_cmpint (igraph_vector_size (&v.v), ==, 4);
    g_assert_cmpfloat (VECTOR (v.v)[3], ==, 0.0);
    bloc_igraph_vector_clear (&v);
    g_assert_false (v.ready);
    bloc_igraph_vector_clear (&v); /* a second clear does nothing */

    BlocIgraphIntVector w = { 0 };
    g_assert_true (bloc_igraph_int_vector_init (&w, 2, &error));
    g_assert_cmpint (igraph_vector_int_size (&w.v), ==, 2);
    bloc_igraph_int_vector_clear (&w);
    g_assert_false (w.ready);
}

/* bloc_init() sets igraph's handlers, once however often it is called, and names the
 * versions. */
static void
test_init (void)
{
    bloc_init ();
    bloc_init ();
    igraph_error_handler_t *handler = igraph_set_error_handler (igraph_error_handler_ignore);
    g_assert_true (handler == igraph_error_handler_ignore);
    igraph_warning_handler_t *warning = igraph_set_warning_handler (igraph_warning_handler_ignore);
    g_assert_true (warning == igraph_warning_handler_ignore);
    g_assert_cmpstr (bloc_version (), ==, BLOC_VERSION);
    g_assert_cmpstr (bloc_igraph_version (), ==, IGRAPH_VERSION);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    /* igraph then reports errors by status, and never aborts. */
    bloc_init ();
    g_test_add_func ("/analyze/igraph/init", test_init);
    g_test_add_func ("/analyze/igraph/status", test_status);
    g_test_add_func ("/analyze/igraph/failing-call", test_failing_call);
    g_test_add_func ("/analyze/igraph/vectors", test_vectors);
    return g_test_run ();
}
