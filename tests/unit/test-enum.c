/* test-enum.c: names of enumerated values: lookup, aliases, messages and "did you mean". */
#include <string.h>

#include "bloc-analyze.h"
#include "bloc-init.h"
#include "bloc-output.h"
#include "bloc-render.h"
#include "bloc-stats.h"

static void
test_distance (void)
{
    g_assert_cmpuint (bloc_text_distance ("kitten", "sitting"), ==, 3);
    g_assert_cmpuint (bloc_text_distance ("jacard", "jaccard"), ==, 1);
    g_assert_cmpuint (bloc_text_distance ("tabel", "table"), ==, 1); /* one swap */
    g_assert_cmpuint (bloc_text_distance ("", "abc"), ==, 3);
    g_assert_cmpuint (bloc_text_distance ("abc", ""), ==, 3);
    g_assert_cmpuint (bloc_text_distance ("JSON", "json"), ==, 0);
    g_assert_cmpuint (bloc_text_distance ("КАЗАХСТАН", "казахстан"), ==, 0);
    g_assert_cmpuint (bloc_text_distance ("Казахтсан", "Казахстан"), ==, 1);
}

/* bloc_text_suggest() of @text among @candidates, quoted and joined. */
static char *
suggest (const char *text, const char *const *candidates, guint max)
{
    g_auto (GStrv) near = bloc_text_suggest (text, candidates, max);
    return bloc_text_quote_list ((const char *const *)near);
}

static void
test_suggest (void)
{
    const char *const formats[] = { "table", "csv", "json", "markdown", NULL };
    const char *const animals[] = { "cat", "car", "cap", "cow", NULL };
    struct {
        const char *text;
        const char *const *candidates;
        guint max;
        const char *expected;
    } cases[] = {
        { "jsn", formats, 3, "'json'" },
        { "JSON", formats, 3, "'json'" },     /* case only */
        { "tabel", formats, 3, "'table'" },   /* a swap */
        { "mark", formats, 3, "'markdown'" }, /* the start of a name */
        { "xml", formats, 3, "" },
        { "ma", formats, 3, "" }, /* too short to be a start */
        { "caz", animals, 3, "'cat', 'car' or 'cap'" },
        { "caz", animals, 2, "'cat' or 'car'" },
        { "Cap", animals, 3, "'cap'" }, /* an exact match but for case wins alone */
        { "bird", animals, 3, "" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *got = suggest (cases[i].text, cases[i].candidates, cases[i].max);
        g_assert_cmpstr (got, ==, cases[i].expected);
    }
    const char *const none[] = { NULL };
    g_autofree char *empty = suggest ("x", none, 3);
    g_assert_cmpstr (empty, ==, "");
    /* Not UTF-8: nothing to suggest, and no crash. */
    g_autofree char *invalid = suggest ("js\xffn", formats, 3);
    g_assert_cmpstr (invalid, ==, "");
}

static void
test_aliases (void)
{
    BlocKind kind;
    BlocSide side;
    BlocCommunityMethod method;
    g_autoptr (GError) error = NULL;
    int value;

    g_assert_true (bloc_kind_from_string (&kind, "organisation"));
    g_assert_cmpint (kind, ==, BLOC_KIND_ORGANIZATION);
    g_assert_true (bloc_kind_from_string (&kind, "program"));
    g_assert_cmpint (kind, ==, BLOC_KIND_PROGRAMME);
    g_assert_cmpstr (bloc_kind_to_string (kind), ==, "programme"); /* printed canonical */
    g_assert_false (bloc_kind_from_string (&kind, "Country"));     /* case matters */

    const struct {
        const char *text;
        BlocSide side;
    } sides[] = {
        { "countries", BLOC_SIDE_ACTORS },     { "actors", BLOC_SIDE_ACTORS },
        { "organizations", BLOC_SIDE_OTHERS }, { "organisations", BLOC_SIDE_OTHERS },
        { "others", BLOC_SIDE_OTHERS },
    };
    for (guint i = 0; i < G_N_ELEMENTS (sides); i++) {
        g_assert_true (bloc_side_parse (&side, sides[i].text, &error));
        g_assert_no_error (error);
        g_assert_cmpint (side, ==, sides[i].side);
    }
    g_assert_true (bloc_community_method_parse (&method, "louvain", &error));
    g_assert_cmpint (method, ==, BLOC_COMMUNITY_MULTILEVEL);
    g_assert_cmpstr (bloc_community_method_to_string (method), ==, "multilevel");

    BlocKindSet kinds;
    g_assert_true (bloc_kind_set_parse (&kinds, "organisation, country", &error));
    g_assert_cmpuint (kinds, ==,
                      BLOC_KIND_BIT (BLOC_KIND_ORGANIZATION) | BLOC_KIND_BIT (BLOC_KIND_COUNTRY));
    g_assert_true (bloc_enum_lookup (&value, bloc_side_enum (), "others"));
    g_assert_false (bloc_enum_lookup (&value, bloc_side_enum (), "other"));
}

static void
test_messages (void)
{
    g_autoptr (GError) error = NULL;
    BlocOverlapMeasure measure;
    BlocFormat format;
    BlocSide side;
    BlocRoleSet roles;

    g_assert_false (bloc_overlap_measure_parse (&measure, "jacard", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "unknown measure 'jacard'; did you mean 'jaccard'? (expected one of: count, "
                     "weighted, jaccard, overlap, cosine)");
    g_clear_error (&error);
    g_assert_false (bloc_format_parse (&format, "xml", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown format 'xml' (expected one of: table, csv, json, markdown)");
    g_clear_error (&error);
    g_assert_false (bloc_format_parse (&format, "JSON", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown format 'JSON'; did you mean 'json'? (expected one of: table, csv, "
                     "json, markdown)");
    g_clear_error (&error);
    /* A near alias is suggested as written: it is accepted too. */
    g_assert_false (bloc_side_parse (&side, "organisaton", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown side 'organisaton'; did you mean 'organisations'? (expected one "
                     "of: countries, organizations)");
    g_clear_error (&error);
    g_assert_false (bloc_role_set_parse (&roles, "member,obsrver", &error));
    g_assert_true (g_str_has_prefix (error->message,
                                     "unknown role 'obsrver'; did you mean 'observer'? (expected "
                                     "one of: member, associate, observer, "));
    g_clear_error (&error);
    g_assert_false (bloc_role_set_parse (&roles, "", &error));
    g_assert_true (g_str_has_prefix (error->message, "empty list of roles (expected some of: "));
    g_clear_error (&error);
    g_assert_false (bloc_role_set_parse (&roles, "member,,host", &error));
    g_assert_true (g_str_has_prefix (error->message, "unknown role '' (expected one of: "));
    g_clear_error (&error);
    g_assert_true (bloc_role_set_parse (&roles, " member , host ", &error));
    g_assert_cmpuint (roles, ==, BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_HOST));
}

/* The English plural of @word, as a user would type it in a list. Caller frees. */
static char *
plural_of (const char *word)
{
    gsize n = strlen (word);
    if (n > 1 && word[n - 1] == 'y' && !strchr ("aeiou", word[n - 2]))
        return g_strdup_printf ("%.*sies", (int)(n - 1), word);
    return g_strdup_printf ("%ss", word);
}

/* A list reads as plurals: every name and alias of every set-valued table, in the plural, names
 * its own value and no other; a plural of nothing known is still an error. */
static void
test_plurals (void)
{
    g_autoptr (GError) error = NULL;
    BlocKindSet kinds;
    BlocRoleSet roles;
    const BlocEnum *tables[] = { bloc_kind_enum (), bloc_role_enum (), bloc_centrality_enum () };

    g_assert_true (bloc_kind_set_parse (&kinds, "countries, organisations", &error));
    g_assert_no_error (error);
    g_assert_cmpuint (kinds, ==,
                      BLOC_KIND_BIT (BLOC_KIND_COUNTRY) | BLOC_KIND_BIT (BLOC_KIND_ORGANIZATION));
    g_assert_true (bloc_kind_set_parse (&kinds, "bodies,programs,exercises,forums", &error));
    g_assert_cmpuint (kinds, ==,
                      BLOC_KIND_BIT (BLOC_KIND_BODY) | BLOC_KIND_BIT (BLOC_KIND_PROGRAMME) |
                          BLOC_KIND_BIT (BLOC_KIND_EXERCISE) | BLOC_KIND_BIT (BLOC_KIND_FORUM));
    g_assert_true (bloc_role_set_parse (&roles, "members,parties,signatories", &error));
    g_assert_cmpuint (roles, ==,
                      BLOC_ROLE_BIT (BLOC_ROLE_MEMBER) | BLOC_ROLE_BIT (BLOC_ROLE_PARTY) |
                          BLOC_ROLE_BIT (BLOC_ROLE_SIGNATORY));
    for (guint t = 0; t < G_N_ELEMENTS (tables); t++) {
        g_auto (GStrv) all = bloc_enum_names (tables[t], TRUE);
        for (guint i = 0; all[i] != NULL; i++) {
            int value;
            guint32 set;
            g_autofree char *plural = plural_of (all[i]);
            g_assert_true (bloc_enum_lookup (&value, tables[t], all[i]));
            g_assert_true (bloc_enum_parse_set (&set, tables[t], plural, &error));
            g_assert_no_error (error);
            g_assert_cmpuint (set, ==, 1u << value);
        }
    }
    /* Only a list reads plurals; one value does not, nor does a data file's kind. */
    BlocKind kind;
    g_assert_false (bloc_kind_from_string (&kind, "countries"));
    g_assert_false (bloc_kind_set_parse (&kinds, "country,contries", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "unknown kind 'contries'; did you mean 'country'? (expected one of: country, "
                     "person, organization, body, agreement, programme, forum, exercise)");
    g_clear_error (&error);
    g_assert_false (bloc_kind_set_parse (&kinds, "zebras", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown kind 'zebras' (expected one of: country, person, organization, "
                     "body, agreement, programme, forum, exercise)");
}

/* Every table: values distinct, every name and alias distinct, each name printing back. */
static void
test_tables (void)
{
    const BlocEnum *tables[] = {
        bloc_kind_enum (),
        bloc_role_enum (),
        bloc_format_enum (),
        bloc_overlap_measure_enum (),
        bloc_centrality_enum (),
        bloc_side_enum (),
        bloc_community_method_enum (),
        bloc_change_enum (),
        bloc_correction_enum (),
        bloc_backbone_method_enum (),
        bloc_null_model_enum (),
        bloc_view_enum (),
        bloc_theme_enum (),
        bloc_image_format_enum (),
        bloc_layout_enum (),
        bloc_page_enum (),
        bloc_axis_enum (),
    };
    const guint sizes[] = { BLOC_N_KINDS, BLOC_N_ROLES, 4, BLOC_N_OVERLAP_MEASURES,
                            BLOC_N_CENTRALITIES, 2, 3, 5, BLOC_N_CORRECTIONS,
                            BLOC_N_BACKBONE_METHODS, BLOC_N_NULL_MODELS,
                            /* the renderer's */
                            BLOC_N_VIEWS, BLOC_N_THEMES, BLOC_N_IMAGE_FORMATS, BLOC_N_LAYOUTS - 1,
                            BLOC_N_PAGES - 1, BLOC_N_AXES };

    for (guint t = 0; t < G_N_ELEMENTS (tables); t++) {
        const BlocEnum *e = tables[t];
        g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
        g_auto (GStrv) names = bloc_enum_names (e, FALSE);
        g_auto (GStrv) all = bloc_enum_names (e, TRUE);

        g_assert_cmpuint (bloc_enum_n_values (e), ==, sizes[t]);
        g_assert_cmpuint (g_strv_length (names), ==, sizes[t]);
        for (guint i = 0; all[i] != NULL; i++) {
            int value;
            g_assert_true (g_hash_table_add (seen, all[i]));
            g_assert_true (bloc_enum_lookup (&value, e, all[i]));
            if (i < sizes[t]) {
                g_assert_cmpint (value, ==, e->names[i].value);
                g_assert_cmpstr (bloc_enum_to_string (e, value), ==, all[i]);
            }
        }
        for (guint i = 0; i < sizes[t]; i++)
            for (guint j = 0; j < i; j++)
                g_assert_cmpint (e->names[i].value, !=, e->names[j].value);
    }
    g_autofree char *list = bloc_enum_list (bloc_format_enum ());
    g_assert_cmpstr (list, ==, "table, csv, json, markdown");
    g_auto (GStrv) sides = bloc_enum_names (bloc_side_enum (), TRUE);
    g_autofree char *joined = g_strjoinv (" ", sides);
    g_assert_cmpstr (joined, ==, "countries organizations actors organisations others");
    g_assert_null (bloc_enum_to_string (bloc_side_enum (), 7));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/model/enum/distance", test_distance);
    g_test_add_func ("/model/enum/suggest", test_suggest);
    g_test_add_func ("/model/enum/aliases", test_aliases);
    g_test_add_func ("/model/enum/plurals", test_plurals);
    g_test_add_func ("/model/enum/messages", test_messages);
    g_test_add_func ("/model/enum/tables", test_tables);
    return g_test_run ();
}
