/* test-noinit.c: a caller who never calls bloc_init() still gets a working library: its entry
 * points set it up. (Every other test calls bloc_init() first, as a program should.) */
#include <igraph.h>

#include "bloc.h"

static void
test_entry_points (void)
{
    g_autoptr (GError) error = NULL;

    /* Before any call into bloc, igraph's handler is its default, which aborts on error. */
    igraph_error_handler_t *before = igraph_set_error_handler (igraph_error_handler_abort);
    g_assert_true (before != igraph_error_handler_ignore);

    /* The embedded dataset needs the resources registered. */
    g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (bloc_dataset_group (ds, "central-asia"));

    /* And igraph now reports errors by status. */
    igraph_error_handler_t *after = igraph_set_error_handler (igraph_error_handler_ignore);
    g_assert_true (after == igraph_error_handler_ignore);

    BlocScope scope;
    g_autoptr (BlocMembership) m = NULL;
    bloc_scope_init (&scope);
    g_assert_true (bloc_membership_new (&m, ds, &scope, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_membership_n_edges (m), >, 0);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/init/entry-points", test_entry_points);
    return g_test_run ();
}
