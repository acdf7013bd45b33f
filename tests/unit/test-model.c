/* test-model.c: the error domain, and the model's small rules. */
#include "bloc-init.h"
#include "bloc-model.h"

static void
test_error_quark (void)
{
    g_assert_cmpstr (g_quark_to_string (BLOC_ERROR), ==, "bloc-error-quark");
    g_assert_true (BLOC_ERROR == g_quark_from_string ("bloc-error-quark"));
    g_assert_true (BLOC_ERROR == bloc_error_quark ());
}

static void
test_id_problem (void)
{
    g_assert_null (bloc_id_problem ("KZ"));
    g_assert_null (bloc_id_problem ("ОДКБ"));
    g_assert_cmpstr (bloc_id_problem (""), ==, "empty id (expected an id like KZ or CSTO)");
    g_assert_cmpstr (bloc_id_problem (" KZ"), ==,
                     "id with surrounding spaces (expected the id alone)");
    const char *control =
        "id with ',', ':', ';' or a control character (expected an id without them)";
    g_assert_cmpstr (bloc_id_problem ("K:Z"), ==, control);
    g_assert_cmpstr (bloc_id_problem ("K\x1bZ"), ==, control);
    g_assert_cmpstr (bloc_id_problem ("K\xc2\x85Z"), ==, control); /* C1 */
    g_assert_cmpstr (bloc_id_problem ("K\xffZ"), ==,
                     "id that is not valid UTF-8 (expected UTF-8 text)");
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/model/error/quark", test_error_quark);
    g_test_add_func ("/model/id-problem", test_id_problem);
    return g_test_run ();
}
