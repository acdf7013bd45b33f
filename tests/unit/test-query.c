/* test-query.c: search by text, "did you mean" for ids, groups and regions, and the JSON of one
 * entity, on the embedded dataset and a small one. */
#include <string.h>

#include "bloc.h"

static BlocDataset *
load (const char *dir)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *path = dir ? g_build_filename (BLOC_SOURCE_DIR, dir, NULL) : NULL;
    BlocDataset *ds = bloc_load_dataset (path, &error);
    g_assert_no_error (error);
    return ds;
}

/* The ids found for @text, joined with spaces, best first. */
static char *
found_ids (const BlocDataset *ds, const char *text, BlocKindSet kinds)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocFindResults) r = NULL;
    g_assert_true (bloc_find (&r, ds, text, kinds, &error));
    g_assert_no_error (error);
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < bloc_find_results_n (r); i++)
        g_string_append_printf (s, "%s%s", i ? " " : "",
                                bloc_dataset_entity (ds, bloc_find_results_entity (r, i))->id);
    return g_string_free (s, FALSE);
}

static void
test_fold (void)
{
    const char *same[][2] = {
        { "Zürich", "ZURICH" },       { "Казахстан", "казахстан" },
        { "أوزبكستان", "اوزبكستان" }, /* the hamza above the alef is a combining mark */
        { "Straße", "STRASSE" },      { "Ｃｉｓ", "cis" }, /* compatibility forms */
    };
    for (guint i = 0; i < G_N_ELEMENTS (same); i++) {
        g_autofree char *a = bloc_text_fold (same[i][0]);
        g_autofree char *b = bloc_text_fold (same[i][1]);
        g_assert_cmpstr (a, ==, b);
    }
    g_autofree char *bad = bloc_text_fold ("a\xff");
    g_assert_cmpstr (bad, ==, "");
}

/* The four searches of the issue, each in another script, find the entity they name first. */
static void
test_find_every_language (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    const struct {
        const char *text;
        const char *first;
        BlocMatch match;
        const char *field;
    } cases[] = {
        { "uzbek", "UZ", BLOC_MATCH_NAME_PREFIX, "name" },
        { "Казахстан", "KZ", BLOC_MATCH_NAME_PREFIX, "name@ru" },
        { "ازبکستان", "UZ", BLOC_MATCH_NAME_PREFIX, "name@fa" },
        { "shanghai COOPERATION", "SCO", BLOC_MATCH_NAME_PREFIX, "name" },
        { "csto", "CSTO", BLOC_MATCH_ID, "id" },
        { "cooperation shanghai", "SCO", BLOC_MATCH_TEXT, "name" }, /* words in another order */
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocFindResults) r = NULL;
        g_assert_true (bloc_find (&r, ds, cases[i].text, BLOC_ALL_KINDS, &error));
        g_assert_cmpuint (bloc_find_results_n (r), >, 0);
        g_assert_cmpstr (bloc_dataset_entity (ds, bloc_find_results_entity (r, 0))->id, ==,
                         cases[i].first);
        g_assert_cmpint (bloc_find_results_match (r, 0), ==, cases[i].match);
        g_assert_cmpstr (bloc_find_results_field (r, 0), ==, cases[i].field);
    }
}

/* Exact id, then id prefixes, then name prefixes, then the rest; each by id. */
static void
test_find_ranking (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocFindResults) r = NULL;

    g_assert_true (bloc_find (&r, ds, "cis", BLOC_ALL_KINDS, &error));
    g_assert_cmpuint (bloc_find_results_n (r), >, 3);
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_find_results_entity (r, 0))->id, ==, "CIS");
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_find_results_entity (r, 1))->id, ==, "CIS-ATC");
    BlocMatch previous = BLOC_MATCH_ID;
    for (guint i = 0; i < bloc_find_results_n (r); i++) {
        BlocMatch m = bloc_find_results_match (r, i);
        g_assert_cmpint (m, >=, previous);
        previous = m;
    }
    g_assert_cmpint (previous, ==, BLOC_MATCH_TEXT);

    /* --kind narrows the search, and nothing found is an empty result, not an error. */
    g_autofree char *countries = found_ids (ds, "uzbek", BLOC_KIND_BIT (BLOC_KIND_COUNTRY));
    g_assert_cmpstr (countries, ==, "UZ");
    g_autofree char *none = found_ids (ds, "no such thing anywhere", BLOC_ALL_KINDS);
    g_assert_cmpstr (none, ==, "");

    /* A region and a note are searched too, after ids and names. */
    g_autoptr (BlocFindResults) region = NULL;
    g_assert_true (bloc_find (&region, ds, "caucasus", BLOC_ALL_KINDS, &error));
    g_assert_cmpuint (bloc_find_results_n (region), >=, 2);
    g_assert_cmpstr (bloc_find_results_field (region, 0), ==, "region");
    g_assert_cmpstr (bloc_find_results_value (region, 0), ==, "Caucasus");

    g_autoptr (BlocFindResults) empty = NULL;
    g_assert_false (bloc_find (&empty, ds, "  ", BLOC_ALL_KINDS, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_clear_error (&error);
    /* A lead byte at the end must not make anything read past the text. */
    g_assert_false (bloc_find (&empty, ds, "ab\xe0", BLOC_ALL_KINDS, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_auto (GStrv) near = bloc_dataset_suggest_ids (ds, "ab\xe0", 3);
    g_assert_null (near[0]);
}

static void
test_suggest_ids (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    const struct {
        const char *text;
        const char *ids;
    } cases[] = {
        { "csto", "CSTO" },       /* case */
        { "CTSO", "CSTO" },       /* a swap */
        { "Uzbekistan", "UZ" },   /* a name */
        { "Туркменистан", "TM" }, /* a name in Russian */
        { "Kazakh", "KZ" },       /* the start of a name */
        { "qqqqqqqqqqqq", "" },   /* nothing near */
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_auto (GStrv) near = bloc_dataset_suggest_ids (ds, cases[i].text, 3);
        g_autofree char *joined = g_strjoinv (" ", near);
        g_assert_cmpstr (joined, ==, cases[i].ids);
    }

    g_autoptr (GError) error = NULL;
    guint index;
    g_assert_false (bloc_dataset_find (ds, "csto", &index, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "unknown entity 'csto'; did you mean 'CSTO' (Collective Security Treaty "
                     "Organization)? (expected an id of embedded:central-asia-security)");
}

static void
test_suggest_groups_and_regions (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) members = NULL;
    g_autofree char *name = NULL;

    g_assert_false (bloc_dataset_resolve_group (ds, "centralasia", &members, &name, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND);
    g_assert_cmpstr (error->message, ==,
                     "unknown group 'centralasia'; did you mean 'central-asia'? (expected a group "
                     "of embedded:central-asia-security: ca-csto, ca-sco, central-asia, "
                     "external-powers, treaty-2000; or a list of ids like KZ,KG)");
    g_clear_error (&error);
    /* A group's name finds its id. */
    g_assert_false (bloc_dataset_resolve_group (ds, "Central Asia", &members, &name, &error));
    g_assert_true (strstr (error->message, "did you mean 'central-asia'?") != NULL);
    g_clear_error (&error);

    g_assert_true (bloc_dataset_resolve_region (ds, "central asia", &members, &error));
    g_assert_no_error (error);
    g_autofree char *ids = bloc_dataset_join_ids (ds, members, " ", 0);
    g_assert_cmpstr (ids, ==, "KG KZ TJ TM UZ");
    g_clear_pointer (&members, g_array_unref);
    g_assert_false (bloc_dataset_resolve_region (ds, "Centrl Asia", &members, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "unknown region 'Centrl Asia'; did you mean 'Central Asia'? (expected one "
                     "of: Caucasus, Central Asia, East Asia, Eurasia, Europe, Global, Middle East, "
                     "North America, South Asia)");

    g_auto (GStrv) languages = bloc_dataset_languages (ds);
    g_autofree char *joined = g_strjoinv (" ", languages);
    g_assert_cmpstr (joined, ==, "ru fa ar");
}

/* The JSON of one entity: every key, ties both ways, groups, and the snapshot of a year. */
static void
test_entity_json (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    guint uz, consult;
    g_assert_true (bloc_dataset_lookup (ds, "UZ", &uz));
    g_assert_true (bloc_dataset_lookup (ds, "CA-CONSULT-2018", &consult));

    g_autoptr (JsonNode) node = bloc_entity_to_json (ds, uz, BLOC_YEAR_ALL, NULL);
    JsonObject *o = json_node_get_object (node);
    const char *keys[] = { "id",    "kind",   "name",   "names",       "since",
                           "until", "region", "seat",   "note",        "attributes",
                           "year",  "exists", "groups", "memberships", "members" };
    g_assert_cmpuint (json_object_get_size (o), ==, G_N_ELEMENTS (keys));
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        g_assert_true (json_object_has_member (o, keys[i]));
    g_assert_cmpstr (json_object_get_string_member (o, "region"), ==, "Central Asia");
    g_assert_cmpstr (
        json_object_get_string_member (json_object_get_object_member (o, "names"), "fa"), ==,
        "ازبکستان");
    g_assert_true (json_object_get_null_member (o, "seat"));
    JsonArray *groups = json_object_get_array_member (o, "groups");
    g_assert_cmpuint (json_array_get_length (groups), ==, 3);
    g_assert_cmpstr (
        json_object_get_string_member (json_array_get_object_element (groups, 0), "id"), ==,
        "ca-sco");

    /* Uzbekistan left the CSTO in 2012: listed without a year, inactive; absent in 2015. */
    JsonArray *all = json_object_get_array_member (o, "memberships");
    gboolean seen_csto = FALSE;
    for (guint i = 0; i < json_array_get_length (all); i++) {
        JsonObject *tie = json_array_get_object_element (all, i);
        if (strcmp (json_object_get_string_member (tie, "id"), "CSTO") != 0)
            continue;
        seen_csto = TRUE;
        g_assert_false (json_object_get_boolean_member (tie, "active"));
        g_assert_cmpstr (json_object_get_string_member (tie, "until"), ==, "2012");
    }
    g_assert_true (seen_csto);
    g_autoptr (JsonNode) y2015 = bloc_entity_to_json (ds, uz, 2015, NULL);
    JsonArray *snapshot =
        json_object_get_array_member (json_node_get_object (y2015), "memberships");
    for (guint i = 0; i < json_array_get_length (snapshot); i++) {
        JsonObject *tie = json_array_get_object_element (snapshot, i);
        g_assert_cmpstr (json_object_get_string_member (tie, "id"), !=, "CSTO");
        g_assert_true (json_object_get_boolean_member (tie, "active"));
    }
    g_assert_cmpuint (json_array_get_length (snapshot), <, json_array_get_length (all));

    /* A meeting that is over: it does not exist now, and had six ties (five participants and
     * a host). */
    g_autoptr (JsonNode) meeting = bloc_entity_to_json (ds, consult, BLOC_YEAR_ALL, "fa");
    JsonObject *m = json_node_get_object (meeting);
    g_assert_false (json_object_get_boolean_member (m, "exists"));
    g_assert_cmpstr (json_object_get_string_member (m, "seat"), ==, "Astana");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (m, "members")), ==, 6);
    g_assert_cmpstr (
        json_object_get_string_member (
            json_array_get_object_element (json_object_get_array_member (m, "members"), 0), "name"),
        ==, "قرقیزستان"); /* KG, in Persian */
}

static void
test_attributes (void)
{
    /* tests/data/small has a colour column: an attribute. */
    g_autoptr (BlocDataset) ds = load ("tests/data/small");
    guint kz;
    g_assert_true (bloc_dataset_lookup (ds, "KZ", &kz));
    g_autoptr (JsonNode) node = bloc_entity_to_json (ds, kz, BLOC_YEAR_ALL, NULL);
    JsonObject *attributes =
        json_object_get_object_member (json_node_get_object (node), "attributes");
    g_assert_cmpuint (json_object_get_size (attributes), ==, 1);
    g_assert_cmpstr (json_object_get_string_member (attributes, "colour"), ==, "blue");
    /* No region column: no regions, and --region says so. */
    g_auto (GStrv) regions = bloc_dataset_regions (ds);
    g_assert_null (regions[0]);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/query/fold", test_fold);
    g_test_add_func ("/query/find/every-language", test_find_every_language);
    g_test_add_func ("/query/find/ranking", test_find_ranking);
    g_test_add_func ("/query/suggest/ids", test_suggest_ids);
    g_test_add_func ("/query/suggest/groups-and-regions", test_suggest_groups_and_regions);
    g_test_add_func ("/query/entity-json", test_entity_json);
    g_test_add_func ("/query/entity-json/attributes", test_attributes);
    return g_test_run ();
}
