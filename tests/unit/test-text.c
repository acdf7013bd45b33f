/* test-text.c: bloc's text rules: characters, escapes and positions. */
#include <string.h>

#include "bloc-init.h"
#include "bloc-text.h"

static void
test_characters (void)
{
    g_assert_true (bloc_text_is_control (0x00));
    g_assert_true (bloc_text_is_control ('\t'));
    g_assert_true (bloc_text_is_control (0x1B));
    g_assert_true (bloc_text_is_control (0x7F));
    g_assert_true (bloc_text_is_control (0x85));
    g_assert_false (bloc_text_is_control (' '));
    g_assert_false (bloc_text_is_control (0xA0));
    g_assert_true (bloc_text_is_c1 (0x80));
    g_assert_true (bloc_text_is_c1 (0x9F));
    g_assert_false (bloc_text_is_c1 (0x7F));
    g_assert_false (bloc_text_is_c1 (0xA0));
    g_assert_true (bloc_text_is_noncharacter (0xFDD0));
    g_assert_true (bloc_text_is_noncharacter (0xFFFE));
    g_assert_true (bloc_text_is_noncharacter (0x10FFFF));
    g_assert_false (bloc_text_is_noncharacter (0xFFFD));
    g_assert_true (bloc_text_is_bidi_control (0x202E));
    g_assert_true (bloc_text_is_bidi_control (0x2067));
    g_assert_true (bloc_text_is_bidi_control (0x200F));
    g_assert_false (bloc_text_is_bidi_control (0x0627)); /* ARABIC LETTER ALEF */

    g_assert_cmpint (bloc_text_check_char ('a'), ==, BLOC_TEXT_OK);
    g_assert_cmpint (bloc_text_check_char ('\t'), ==, BLOC_TEXT_OK);
    g_assert_cmpint (bloc_text_check_char ('\n'), ==, BLOC_TEXT_OK);
    g_assert_cmpint (bloc_text_check_char ('\r'), ==, BLOC_TEXT_OK);
    g_assert_cmpint (bloc_text_check_char (0x202E), ==, BLOC_TEXT_OK);
    g_assert_cmpint (bloc_text_check_char (0), ==, BLOC_TEXT_NUL);
    g_assert_cmpint (bloc_text_check_char (0x07), ==, BLOC_TEXT_CONTROL);
    g_assert_cmpint (bloc_text_check_char (0x9F), ==, BLOC_TEXT_CONTROL);
    g_assert_cmpint (bloc_text_check_char (0xFFFF), ==, BLOC_TEXT_NONCHARACTER);

    g_autofree char *control = bloc_text_problem_message (BLOC_TEXT_CONTROL, 0x85);
    g_assert_cmpstr (control, ==, "control character U+0085 (expected text)");
    g_autofree char *nonchar = bloc_text_problem_message (BLOC_TEXT_NONCHARACTER, 0xFDD0);
    g_assert_cmpstr (nonchar, ==, "noncharacter U+FDD0 (expected text)");
}

/* bloc_text_validate() on @data of @len bytes: the offset and message of its first problem. */
static void
assert_invalid (const char *data, gsize len, gsize offset, const char *why)
{
    g_autofree char *got_why = NULL;
    gsize got_offset = G_MAXSIZE;

    g_assert_false (bloc_text_validate (data, len, &got_offset, &got_why));
    g_assert_cmpuint (got_offset, ==, offset);
    g_assert_cmpstr (got_why, ==, why);
}

static void
test_validate (void)
{
    const char ok[] = "id,name\r\nKZ,\tКазахстан\n";
    g_assert_true (bloc_text_validate (ok, strlen (ok), NULL, NULL));
    assert_invalid ("ab\x07"
                    "c",
                    4, 2, "control character U+0007 (expected text)");
    assert_invalid ("a\xc2\x85z", 4, 1, "control character U+0085 (expected text)");
    assert_invalid ("a\xef\xbf\xbe", 4, 1, "noncharacter U+FFFE (expected text)");
    assert_invalid ("abc\0d", 5, 3, "NUL byte (expected text)");
    assert_invalid ("ab\xff", 3, 2, "invalid UTF-8 (expected text encoded as UTF-8)");
    /* The first problem wins, whatever follows. */
    assert_invalid ("\x01\xff", 2, 0, "control character U+0001 (expected text)");
}

static void
test_escapes (void)
{
    g_autofree char *one = bloc_text_one_line ("a\tb\nc\r");
    g_assert_cmpstr (one, ==, "a\\tb\\nc\\r");

    char flat[] = "a\tb\r\nc";
    g_assert_cmpstr (bloc_text_flatten (flat), ==, "a b  c");

    g_autofree char *terminal = bloc_text_for_terminal ("X\x1b[31m\xc2\x85\x7f\t\xe2\x80\xaeY\xff");
    g_assert_cmpstr (terminal, ==, "X\\x1B[31m\\u0085\\x7F\t\\u202EY\xef\xbf\xbd");
    g_autofree char *persian = bloc_text_for_terminal ("ازبکستان");
    g_assert_cmpstr (persian, ==, "ازبکستان");

    g_autofree char *xml = bloc_text_xml_safe ("a\x01\tb\xef\xbf\xbf\xff");
    g_assert_cmpstr (xml, ==, "a\xef\xbf\xbd\tb\xef\xbf\xbd\xef\xbf\xbd");
}

static void
test_direction (void)
{
    g_assert_true (bloc_text_starts_rtl ("2014 ازبکستان"));
    g_assert_true (bloc_text_starts_rtl ("עברית"));
    g_assert_false (bloc_text_starts_rtl ("Uzbekistan ازبکستان"));
    g_assert_false (bloc_text_starts_rtl ("2014"));
    g_autofree char *isolated = bloc_text_isolate_rtl ("ازبکستان");
    g_assert_cmpstr (isolated, ==, "\xe2\x81\xa8ازبکستان\xe2\x81\xa9");
    g_autofree char *plain = bloc_text_isolate_rtl ("Uzbekistan");
    g_assert_cmpstr (plain, ==, "Uzbekistan");
}

/* bloc_text_isolate() of @text is @want. */
static void
assert_isolated (const char *text, const char *want)
{
    g_autofree char *got = bloc_text_isolate (text);
    g_assert_cmpstr (got, ==, want);
}

static void
test_isolate (void)
{
#define FSI "\xe2\x81\xa8"
#define PDI "\xe2\x81\xa9"
#define RLI "\xe2\x81\xa7"
#define RLO "\xe2\x80\xae"
#define PDF "\xe2\x80\xac"
    assert_isolated ("Uzbekistan", "Uzbekistan");
    assert_isolated ("", "");
    assert_isolated ("ازبکستان", FSI "ازبکستان" PDI);
    assert_isolated ("Uzbekistan (ازبکستان)", FSI "Uzbekistan (ازبکستان)" PDI);
    assert_isolated ("עברית", FSI "עברית" PDI);
    /* An override is closed by the isolate's end, whether or not it is closed inside. */
    assert_isolated (RLO "evil", FSI RLO "evil" PDI);
    assert_isolated (RLO "ok" PDF, FSI RLO "ok" PDF PDI);
    /* An isolate end without a start would close ours early: dropped. */
    assert_isolated (PDI RLO "x", FSI RLO "x" PDI);
    assert_isolated ("a" PDI PDI "b" RLO, FSI "ab" RLO PDI);
    /* An isolate left open would take ours: closed. */
    assert_isolated (RLI "x", FSI RLI "x" PDI PDI);
    assert_isolated (RLI "x" PDI, FSI RLI "x" PDI PDI);
    /* A paragraph separator would end every isolate: a space. */
    assert_isolated ("ا\xe2\x80\xa9" RLO "b", FSI "ا " RLO "b" PDI);
    /* Digits alone do not turn a line around. */
    assert_isolated ("١٢٣", "١٢٣");
#undef FSI
#undef PDI
#undef RLI
#undef RLO
#undef PDF
}

static void
test_positions (void)
{
    const char text[] = "\xEF\xBB\xBF"
                        "ab\ncd\r\nef\rКаз!";
    guint line, col;

    bloc_text_locate (text, 3, &line, &col); /* 'a', after the byte-order mark */
    g_assert_cmpuint (line, ==, 1);
    g_assert_cmpuint (col, ==, 1);
    bloc_text_locate (text, 7, &line, &col); /* 'd' */
    g_assert_cmpuint (line, ==, 2);
    g_assert_cmpuint (col, ==, 2);
    bloc_text_locate (text, 10, &line, &col); /* 'e', after CRLF */
    g_assert_cmpuint (line, ==, 3);
    g_assert_cmpuint (col, ==, 1);
    const char *bang = strchr (text, '!');
    bloc_text_locate (text, (gsize)(bang - text), &line, &col); /* after CR and three letters */
    g_assert_cmpuint (line, ==, 4);
    g_assert_cmpuint (col, ==, 4);

    g_autofree char *position = bloc_text_position ("x/ties.csv", 14, 3, "bad 'a\nb'");
    g_assert_cmpstr (position, ==, "x/ties.csv:14:3: bad 'a\\nb'");

    g_autoptr (GError) error = NULL;
    g_assert_false (bloc_text_set_error_at (&error, "f.csv", 2, 5, "unknown %s '%s'", "kind", "x"));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
    g_assert_cmpstr (error->message, ==, "f.csv:2:5: unknown kind 'x'");
}

static void
test_numbers (void)
{
    gint64 i = 42;
    double r = 42;

    g_assert_true (bloc_text_parse_int (&i, "0", 0, 10));
    g_assert_cmpint (i, ==, 0);
    g_assert_true (bloc_text_parse_int (&i, "-7", -10, 10));
    g_assert_cmpint (i, ==, -7);
    g_assert_true (bloc_text_parse_int (&i, "+7", 0, 10));
    g_assert_cmpint (i, ==, 7);
    g_assert_true (bloc_text_parse_int (&i, "0010", 0, 10));
    g_assert_cmpint (i, ==, 10);
    g_assert_true (bloc_text_parse_int (&i, "9223372036854775807", 0, G_MAXINT64));
    g_assert_cmpint (i, ==, G_MAXINT64);
    g_assert_true (bloc_text_parse_int (&i, "-9223372036854775808", G_MININT64, 0));
    g_assert_cmpint (i, ==, G_MININT64);
    i = 42;
    /* Not integers: nothing is stored. */
    static const char *const bad[] = { "",
                                       " 1",
                                       "1 ",
                                       "0x10",
                                       "1e3",
                                       "1.0",
                                       "1,000",
                                       "--1",
                                       "+-1",
                                       "+",
                                       "-",
                                       "١٢",
                                       "12abc",
                                       "9223372036854775808",
                                       "-9223372036854775809",
                                       "99999999999999999999999" };
    for (guint k = 0; k < G_N_ELEMENTS (bad); k++) {
        g_assert_false (bloc_text_parse_int (&i, bad[k], G_MININT64, G_MAXINT64));
        g_assert_cmpint (i, ==, 42);
    }
    /* Out of bounds. */
    g_assert_false (bloc_text_parse_int (&i, "11", 0, 10));
    g_assert_false (bloc_text_parse_int (&i, "-1", 0, 10));
    g_assert_cmpint (i, ==, 42);

    g_assert_true (bloc_text_parse_real (&r, "0.5"));
    g_assert_cmpfloat (r, ==, 0.5);
    g_assert_true (bloc_text_parse_real (&r, "-2"));
    g_assert_cmpfloat (r, ==, -2);
    g_assert_true (bloc_text_parse_real (&r, "+1.5e3"));
    g_assert_cmpfloat (r, ==, 1500);
    g_assert_true (bloc_text_parse_real (&r, ".25"));
    g_assert_cmpfloat (r, ==, 0.25);
    g_assert_true (bloc_text_parse_real (&r, "3."));
    g_assert_cmpfloat (r, ==, 3);
    r = 42;
    static const char *const bad_reals[] = { "",          " 1",  "1 ",    "0x10",  "0x1p3", "inf",
                                             "-infinity", "nan", "NAN",   "1e",    "1e+",   ".",
                                             "-",         "1,5", "1.5.2", "1e999", "--1",   "e3" };
    for (guint k = 0; k < G_N_ELEMENTS (bad_reals); k++) {
        g_assert_false (bloc_text_parse_real (&r, bad_reals[k]));
        g_assert_cmpfloat (r, ==, 42);
    }

    g_assert_true (bloc_text_is_number ("-2"));
    g_assert_true (bloc_text_is_number ("+3.5"));
    g_assert_true (bloc_text_is_number ("1e-3"));
    g_assert_false (bloc_text_is_number ("-2+3"));
    g_assert_false (bloc_text_is_number ("=1"));
    g_assert_false (bloc_text_is_number ("-"));
    g_assert_false (bloc_text_is_number (""));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/model/text/characters", test_characters);
    g_test_add_func ("/model/text/validate", test_validate);
    g_test_add_func ("/model/text/escapes", test_escapes);
    g_test_add_func ("/model/text/direction", test_direction);
    g_test_add_func ("/model/text/isolate", test_isolate);
    g_test_add_func ("/model/text/positions", test_positions);
    g_test_add_func ("/model/text/numbers", test_numbers);
    return g_test_run ();
}
