/* test-model.c: the error domain, and the model's small rules. */
#include "bloc-model.h"

static void
test_error_quark (void)
{
    g_assert_cmpstr (g_quark_to_string (BLOC_ERROR), ==, "bloc-error-quark");
    g_assert_true (BLOC_ERROR == g_quark_from_string ("bloc-error-quark"));
    g_assert_true (BLOC_ERROR == bloc_error_quark ());
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/model/error/quark", test_error_quark);
    return g_test_run ();
}
