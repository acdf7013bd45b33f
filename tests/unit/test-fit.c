/* test-fit.c: tables for people: captions, integers, and fitting to a terminal's width. */
#include <string.h>

#include "bloc-init.h"
#include "bloc-output.h"

/* The widest line of @text, in terminal columns. */
static gsize
widest_line (const char *text)
{
    g_auto (GStrv) lines = g_strsplit (text, "\n", -1);
    gsize widest = 0;
    for (guint i = 0; lines[i] != NULL; i++)
        widest = MAX (widest, bloc_display_width (lines[i]));
    return widest;
}

static void
test_shorten (void)
{
    g_autofree char *fits = bloc_display_shorten ("Uzbekistan", 10);
    g_assert_cmpstr (fits, ==, "Uzbekistan");
    g_autofree char *cut = bloc_display_shorten ("Uzbekistan", 6);
    g_assert_cmpstr (cut, ==, "Uzbek…");
    g_autofree char *space = bloc_display_shorten ("Central Asia", 9);
    g_assert_cmpstr (space, ==, "Central…"); /* no space before the ellipsis */
    g_autofree char *wide = bloc_display_shorten ("中华人民共和国", 5);
    g_assert_cmpstr (wide, ==, "中华…");
    g_assert_cmpuint (bloc_display_width (wide), ==, 5);
    g_autofree char *none = bloc_display_shorten ("abc", 0);
    g_assert_cmpstr (none, ==, "");
    /* An isolate cut open is closed, so that it cannot reorder the rest of the line. */
    g_autofree char *isolated = bloc_display_shorten ("\u2068ازبکستان\u2069", 4);
    g_assert_cmpstr (isolated, ==, "\u2068ازب\u2069…");
}

static void
test_wrap (void)
{
    g_auto (GStrv) lines = bloc_display_wrap ("Collective Security Treaty Organization", 16);
    g_autofree char *joined = g_strjoinv ("|", lines);
    g_assert_cmpstr (joined, ==, "Collective|Security Treaty|Organization");

    /* A word longer than the line is shortened: wrapping would not help. */
    g_auto (GStrv) long_word = bloc_display_wrap ("see 000_90c2a75fab52158d.txt", 10);
    g_autofree char *joined_long = g_strjoinv ("|", long_word);
    g_assert_cmpstr (joined_long, ==, "see|000_90c2a…");

    /* A line that ends inside an isolate closes it, and the next line opens it again. */
    g_auto (GStrv) isolated = bloc_display_wrap ("\u2068قزاق ستان\u2069 x", 5);
    g_autofree char *joined_isolated = g_strjoinv ("|", isolated);
    g_assert_cmpstr (joined_isolated, ==, "\u2068قزاق\u2069|\u2068ستان\u2069|x");

    g_auto (GStrv) empty = bloc_display_wrap ("", 10);
    g_assert_cmpuint (g_strv_length (empty), ==, 1);
    g_assert_cmpstr (empty[0], ==, "");
}

static void
test_list (void)
{
    const char *const items[] = { "BOMCA", "CADAP", "CIS", "CSTO", "SCO", NULL };
    g_autofree char *all = bloc_display_list (items, 40);
    g_assert_cmpstr (all, ==, "BOMCA, CADAP, CIS, CSTO, SCO");
    g_autofree char *some = bloc_display_list (items, 24);
    g_assert_cmpstr (some, ==, "BOMCA, CADAP and 3 more");
    g_autofree char *count = bloc_display_list (items, 8);
    g_assert_cmpstr (count, ==, "5 items");
    g_autofree char *tiny = bloc_display_list (items, 4);
    g_assert_cmpstr (tiny, ==, "5 i…");
}

static BlocTable *
sample_table (void)
{
    BlocTable *t =
        bloc_table_new ((const char *[]){ "id", "name", "degree", "jaccard", "via", "note", NULL });
    const char *via[] = { "BOMCA", "CA-JPOA-2022", "CADAP", "CARICC", "CIS", "CIS-ATC", "CSTO" };
    bloc_table_set_caption (t, "overlap between countries — Central Asia security mechanisms");
    bloc_table_add_row (t);
    bloc_table_add_text (t, "CIS-TJ-BORDER-2014");
    bloc_table_add_text (t, "CIS decision on assisting Tajikistan in strengthening the "
                            "Tajik-Afghan border");
    bloc_table_add_real (t, 21);
    bloc_table_add_real (t, 1);
    bloc_table_add_list (t, via, G_N_ELEMENTS (via));
    bloc_table_add_text (t, "Adopted by the CIS Council of Heads of State in Minsk; Turkmenistan "
                            "and Uzbekistan did not sign it, which the Persian article notes as "
                            "a gap in the region's border cooperation");
    bloc_table_add_row (t);
    bloc_table_add_text (t, "KZ");
    bloc_table_add_text (t, "Kazakhstan");
    bloc_table_add_real (t, 18);
    bloc_table_add_real (t, 0.5);
    bloc_table_add_list (t, via, 2);
    bloc_table_add_null (t);
    return t;
}

static void
test_integers_and_caption (void)
{
    g_autoptr (BlocTable) t = sample_table ();
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_table_format (t, BLOC_FORMAT_TABLE, out);
    g_assert_true (g_str_has_prefix (
        out->str, "overlap between countries — Central Asia security mechanisms\n\nid  "));
    /* Degrees are integers; a ratio keeps its decimals. */
    g_assert_nonnull (strstr (out->str, "     21    1.000  "));
    g_assert_nonnull (strstr (out->str, "     18    0.500  "));
    /* Without a width nothing is cut. */
    g_assert_nonnull (strstr (out->str, "BOMCA, CA-JPOA-2022, CADAP, CARICC, CIS, CIS-ATC, CSTO"));
    g_assert_nonnull (strstr (out->str, "border cooperation\n"));

    g_string_truncate (out, 0);
    bloc_table_format (t, BLOC_FORMAT_MARKDOWN, out);
    g_assert_true (g_str_has_prefix (
        out->str, "Table: overlap between countries — Central Asia security mechanisms\n\n|"));
    g_assert_nonnull (strstr (out->str, "| 21 | 1.000 |"));

    /* CSV and JSON stay plain data: no caption. */
    g_string_truncate (out, 0);
    bloc_table_format (t, BLOC_FORMAT_CSV, out);
    g_assert_true (g_str_has_prefix (out->str, "id,name,degree,jaccard,via,note\r\n"));
    g_assert_nonnull (strstr (out->str, ",21,1,"));
    g_string_truncate (out, 0);
    bloc_table_format (t, BLOC_FORMAT_JSON, out);
    g_assert_null (strstr (out->str, "overlap between"));
}

static void
test_fit (void)
{
    g_autoptr (BlocTable) t = sample_table ();

    /* From the narrowest the columns can be (57 here: headings, numbers, text and lists to 8,
     * ids to 10) upwards, every line fits, and numbers stay whole. */
    for (guint width = 57; width <= 200; width += 3) {
        g_autoptr (GString) out = g_string_new (NULL);
        bloc_table_format_fit (t, BLOC_FORMAT_TABLE, width, out);
        g_assert_cmpuint (widest_line (out->str), <=, width);
        g_assert_nonnull (strstr (out->str, " 21  "));
        g_assert_nonnull (strstr (out->str, " 0.500  "));
    }
    /* Narrower, it is printed at those widths rather than cut further. */
    g_autoptr (GString) narrow = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 40, narrow);
    g_assert_cmpuint (widest_line (narrow->str), ==, 57);
    g_assert_nonnull (strstr (narrow->str, "\nCIS-TJ-BOR…  "));

    g_autoptr (GString) out = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 90, out);
    g_assert_cmpstr (out->str, ==,
                     "overlap between countries — Central Asia security mechanisms\n"
                     "\n"
                     "id                  name             degree  jaccard  via                  "
                     "note\n"
                     "CIS-TJ-BORDER-2014  CIS decision on      21    1.000  BOMCA and 6 more     "
                     "Adopted by the\n"
                     "                    assisting                                              "
                     "CIS Council of\n"
                     "                    Tajikistan in                                          "
                     "Heads of State\n"
                     "                    strengthening…                                         "
                     "in Minsk; Turk…\n"
                     "KZ                  Kazakhstan           18    0.500  BOMCA, CA-JPOA-2022  "
                     "-\n");
    /* The caption wraps too. */
    g_autoptr (GString) caption = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 40, caption);
    g_assert_true (g_str_has_prefix (caption->str, "overlap between countries — Central Asia\n"
                                                   "security mechanisms\n\nid "));
}

static void
test_constant_column (void)
{
    g_autoptr (BlocTable) t = sample_table ();
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_table_add_constant_column (t, "scenario", "added TM -> CSTO (member)");
    bloc_table_format (t, BLOC_FORMAT_CSV, out);
    g_assert_true (g_str_has_prefix (out->str, "id,name,degree,jaccard,via,note,scenario\r\n"));
    g_assert_nonnull (strstr (out->str, "\r\nKZ,Kazakhstan,18,0.5,BOMCA;CA-JPOA-2022,,added TM "
                                        "-> CSTO (member)\r\n"));
}

/* A table in another language: its list separator, "and N more" and "N items" are the
 * language's in table and Markdown output; CSV keeps ';'. */
static void
test_language (void)
{
    g_autoptr (BlocTable) t = bloc_table_new ((const char *[]){ "id", "via", NULL });
    const char *via[] = { "BOMCA", "CADAP", "CIS", "CSTO", "SCO" };
    bloc_table_add_row (t);
    bloc_table_add_text (t, "KZ");
    bloc_table_add_list (t, via, G_N_ELEMENTS (via));
    bloc_table_set_language (t, "fa");

    g_autoptr (GString) whole = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 0, whole);
    g_assert_nonnull (strstr (whole->str, "BOMCA، CADAP، CIS، CSTO، SCO"));
    g_autoptr (GString) markdown = g_string_new (NULL);
    bloc_table_format (t, BLOC_FORMAT_MARKDOWN, markdown);
    g_assert_nonnull (strstr (markdown->str, "| BOMCA، CADAP، CIS، CSTO، SCO |"));
    g_autoptr (GString) csv = g_string_new (NULL);
    bloc_table_format (t, BLOC_FORMAT_CSV, csv);
    g_assert_nonnull (strstr (csv->str, "KZ,BOMCA;CADAP;CIS;CSTO;SCO"));

    /* Cut to fit: the first items, then the rest counted in Persian. */
    g_autoptr (GString) cut = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 31, cut);
    g_assert_nonnull (strstr (cut->str, "BOMCA، CADAP و 3 مورد دیگر"));
    g_assert_cmpuint (widest_line (cut->str), <=, 31);

    /* Russian counts with its three plural forms. */
    bloc_table_set_language (t, "ru");
    g_autoptr (GString) ru = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 26, ru);
    g_assert_nonnull (strstr (ru->str, "BOMCA, CADAP и ещё 3"));
    /* English, for the record: the same table without a language. */
    bloc_table_set_language (t, NULL);
    g_autoptr (GString) en = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 28, en);
    g_assert_nonnull (strstr (en->str, "BOMCA, CADAP and 3 more"));
}

/* Names and list items hold a right-to-left name and an override: every table for people
 * isolates each of them, also where a fitted list is cut, and CSV keeps them as they are. */
static void
test_isolated (void)
{
    g_autoptr (BlocTable) t = bloc_table_new ((const char *[]){ "id", "name", "via", NULL });
    const char *via[] = { "\u202EABC", "ازبکستان", "CSTO", "SCO", "CIS", "CADAP", "BOMCA" };
    bloc_table_add_row (t);
    bloc_table_add_text (t, "RLO");
    bloc_table_add_text (t, "\u202Eevil name");
    bloc_table_add_list (t, via, G_N_ELEMENTS (via));

    g_autoptr (GString) plain = g_string_new (NULL);
    bloc_table_format (t, BLOC_FORMAT_TABLE, plain);
    g_assert_nonnull (strstr (plain->str, "\u2068\u202Eevil name\u2069"));
    g_assert_nonnull (strstr (plain->str, "\u2068\u202EABC\u2069, \u2068ازبکستان\u2069, CSTO, "));

    /* Fitted, the list is cut with "and N more" after its isolated items. */
    g_autoptr (GString) fitted = g_string_new (NULL);
    bloc_table_format_fit (t, BLOC_FORMAT_TABLE, 50, fitted);
    g_assert_cmpuint (widest_line (fitted->str), <=, 50);
    g_assert_nonnull (strstr (fitted->str, "\u2068\u202Eevil name\u2069"));
    g_assert_nonnull (strstr (fitted->str, "\u2068\u202EABC\u2069, \u2068ازبکستان\u2069"));
    g_assert_nonnull (strstr (fitted->str, " more\n"));

    g_autoptr (GString) md = g_string_new (NULL);
    bloc_table_format (t, BLOC_FORMAT_MARKDOWN, md);
    g_assert_nonnull (strstr (md->str,
                              "| RLO | \u2068\u202Eevil name\u2069 | \u2068\u202EABC\u2069, "
                              "\u2068ازبکستان\u2069, CSTO, SCO, CIS, CADAP, BOMCA |"));

    g_autoptr (GString) csv = g_string_new (NULL);
    bloc_table_format (t, BLOC_FORMAT_CSV, csv);
    g_assert_null (strstr (csv->str, "\u2068"));
    g_assert_nonnull (strstr (csv->str, "RLO,\u202Eevil name,\u202EABC;ازبکستان;CSTO;"));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/fit/shorten", test_shorten);
    g_test_add_func ("/fit/wrap", test_wrap);
    g_test_add_func ("/fit/list", test_list);
    g_test_add_func ("/fit/integers-and-caption", test_integers_and_caption);
    g_test_add_func ("/fit/table", test_fit);
    g_test_add_func ("/fit/constant-column", test_constant_column);
    g_test_add_func ("/fit/language", test_language);
    g_test_add_func ("/fit/isolated", test_isolated);
    return g_test_run ();
}
