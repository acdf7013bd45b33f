/* test-output.c: tables in every format, and what they do with hostile text. */
#include <string.h>

#include "bloc-init.h"
#include "bloc-output.h"

/* bloc_csv_append_safe() of @text. */
static char *
safe_cell (const char *text)
{
    GString *out = g_string_new (NULL);
    bloc_csv_append_safe (out, text);
    return g_string_free (out, FALSE);
}

static void
test_csv_formulas (void)
{
    static const struct {
        const char *text;
        const char *cell;
    } cases[] = {
        { "=1+1", "'=1+1" },
        { "+SUM(1)", "'+SUM(1)" },
        { "-2+3", "'-2+3" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tx", "'\tx" },
        { "\rx", "\"'\rx\"" },
        { "=HYPERLINK(\"u\",\"x\")", "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"" },
        { "-", "'-" },
        { "+", "'+" },
        /* Numbers stay numbers. */
        { "-2", "-2" },
        { "+0.5", "+0.5" },
        { "-1e-3", "-1e-3" },
        { "2014", "2014" },
        /* Only the first character counts. */
        { "a=b", "a=b" },
        { " =x", "\" =x\"" },
        { "", "" },
        { "Kazakhstan", "Kazakhstan" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *cell = safe_cell (cases[i].text);
        g_assert_cmpstr (cell, ==, cases[i].cell);
        /* A formula is what gets the quote mark. */
        gboolean marked = cases[i].cell[0] == '\'' || g_str_has_prefix (cases[i].cell, "\"'");
        g_assert_cmpint (bloc_csv_is_formula (cases[i].text), ==, marked);
    }
}

static void
test_csv_table (void)
{
    g_autoptr (BlocTable) table = bloc_table_new ((const char *[]){ "id", "n", "x", "list", NULL });
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_table_add_row (table);
    bloc_table_add_text (table, "=A1");
    bloc_table_add_int (table, -2);
    bloc_table_add_real (table, -0.5);
    bloc_table_add_list (table, (const char *[]){ "-a", "b" }, 2);
    bloc_table_add_row (table);
    bloc_table_add_text (table, "-2");
    bloc_table_add_int (table, 3);
    bloc_table_add_null (table);
    bloc_table_add_list (table, (const char *[]){ "a", "@b" }, 2);
    bloc_table_format (table, BLOC_FORMAT_CSV, out);
    g_assert_cmpstr (out->str, ==,
                     "id,n,x,list\r\n"
                     "'=A1,-2,-0.5,'-a;b\r\n"
                     "-2,3,,a;@b\r\n");

    /* The other formats show the text as it is. */
    g_string_truncate (out, 0);
    bloc_table_format (table, BLOC_FORMAT_JSON, out);
    g_assert_nonnull (strstr (out->str, "\"=A1\""));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/output/csv/formulas", test_csv_formulas);
    g_test_add_func ("/output/csv/table", test_csv_table);
    return g_test_run ();
}
