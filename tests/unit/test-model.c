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

    /* What a spreadsheet runs, and what cannot be seen. */
    const char *formula = "id beginning with '=', '+', '-' or '@', which a spreadsheet runs as "
                          "a formula (expected an id that begins otherwise, or a number like -2)";
    g_assert_cmpstr (bloc_id_problem ("=A1"), ==, formula);
    g_assert_cmpstr (bloc_id_problem ("+A"), ==, formula);
    g_assert_cmpstr (bloc_id_problem ("@A"), ==, formula);
    g_assert_cmpstr (bloc_id_problem ("-A"), ==, formula);
    g_assert_cmpstr (bloc_id_problem ("-2+3"), ==, formula);
    g_assert_cmpstr (bloc_id_problem ("-"), ==, formula);
    g_assert_null (bloc_id_problem ("-2"));
    g_assert_null (bloc_id_problem ("-0.5e3"));
    g_assert_null (bloc_id_problem ("A-B"));
    g_assert_null (bloc_id_problem ("A=B"));
    const char *format = "id with an invisible format character (expected an id without format "
                         "or bidirectional controls)";
    g_assert_cmpstr (bloc_id_problem ("K\u202eZ"), ==, format);
    g_assert_cmpstr (bloc_id_problem ("\ufeffKZ"), ==, format);
    g_assert_cmpstr (bloc_id_problem ("K\u200dZ"), ==, format);
    g_assert_cmpstr (bloc_id_problem ("KZ\u2069"), ==, format);
    g_assert_null (bloc_id_problem ("ازبکستان"));

    /* The same checks, with the place of the character at fault. */
    gsize offset = 99;
    g_autofree char *ok = bloc_id_check ("KZ", &offset);
    g_assert_null (ok);
    g_autofree char *rlo = bloc_id_check ("ab\u202ec", &offset);
    g_assert_cmpstr (rlo, ==,
                     "id with the invisible format character U+202E (expected an id without "
                     "format or bidirectional controls)");
    g_assert_cmpuint (offset, ==, 2);
    g_autofree char *tag = bloc_id_check ("Кз\U000E0041", &offset);
    g_assert_cmpstr (tag, ==,
                     "id with the invisible format character U+E0041 (expected an id without "
                     "format or bidirectional controls)");
    g_assert_cmpuint (offset, ==, 4);
    g_autofree char *colon = bloc_id_check ("KZ:X", &offset);
    g_assert_cmpstr (colon, ==, control);
    g_assert_cmpuint (offset, ==, 2);
    g_autofree char *at = bloc_id_check ("@X", &offset);
    g_assert_cmpstr (at, ==, formula);
    g_assert_cmpuint (offset, ==, 0);
    g_autofree char *spaces = bloc_id_check ("X ", &offset);
    g_assert_cmpstr (spaces, ==, "id with surrounding spaces (expected the id alone)");
    g_assert_cmpuint (offset, ==, 0);
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
