/* test-report.c: the HTML report. The page is well-formed XML as well as HTML, so these tests
 * read it with libxml2's XML parser and XPath: ids unique across the page, nothing fetched from
 * elsewhere, hostile names kept as text, the sections and figures there, the what-if beside its
 * baseline, right to left in Persian, the same bytes twice; and every interface word translated
 * in every language, with the same printf conversions. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "bloc-report-private.h"
#include "bloc.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathContext, xmlXPathFreeContext)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlXPathObject, xmlXPathFreeObject)

static BlocDataset *
load (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = name ? g_build_filename (BLOC_SOURCE_DIR, name, NULL) : NULL;
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

/* The report of @ds with @o (defaults when NULL), as bytes. */
static GBytes *
build (const BlocDataset *ds, const BlocReportOptions *o)
{
    g_autoptr (GError) error = NULL;
    BlocReportOptions defaults;
    GBytes *page = NULL;
    if (o == NULL) {
        bloc_report_options_init (&defaults);
        o = &defaults;
    }
    g_assert_true (bloc_report_build (&page, ds, o, &error));
    g_assert_no_error (error);
    return page;
}

/* The page parsed as XML; the test fails when it is not well-formed. */
static xmlDoc *
parse (GBytes *page)
{
    gsize len;
    const char *data = g_bytes_get_data (page, &len);
    g_assert_true (g_str_has_prefix (data, "<!DOCTYPE html>\n<html "));
    xmlDoc *doc = xmlReadMemory (data, (int)len, "report.html", "UTF-8",
                                 XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    g_assert_nonnull (doc);
    return doc;
}

/* The nodes @xpath selects (transfer full). */
static xmlXPathObject *
select_nodes (xmlDoc *doc, const char *xpath)
{
    g_autoptr (xmlXPathContext) ctx = xmlXPathNewContext (doc);
    xmlXPathObject *result = xmlXPathEvalExpression ((const xmlChar *)xpath, ctx);
    g_assert_nonnull (result);
    return result;
}

static int
count (xmlDoc *doc, const char *xpath)
{
    g_autoptr (xmlXPathObject) result = select_nodes (doc, xpath);
    return result->nodesetval ? result->nodesetval->nodeNr : 0;
}

/* The text of the first node @xpath selects, or NULL. Caller frees. */
static char *
text_of (xmlDoc *doc, const char *xpath)
{
    g_autoptr (xmlXPathObject) result = select_nodes (doc, xpath);
    if (result->nodesetval == NULL || result->nodesetval->nodeNr == 0)
        return NULL;
    xmlChar *text = xmlNodeGetContent (result->nodesetval->nodeTab[0]);
    char *copy = g_strdup ((const char *)text);
    xmlFree (text);
    return copy;
}

/* Every id of the page is unique: the figures' prefixes keep theirs apart. */
static void
assert_ids_unique (xmlDoc *doc)
{
    g_autoptr (xmlXPathObject) ids = select_nodes (doc, "//@id");
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_assert_cmpint (ids->nodesetval->nodeNr, >, 20);
    for (int i = 0; i < ids->nodesetval->nodeNr; i++) {
        xmlChar *id = xmlNodeGetContent (ids->nodesetval->nodeTab[i]);
        if (g_hash_table_contains (seen, id))
            g_error ("two elements have the id '%s'", id);
        g_hash_table_add (seen, g_strdup ((const char *)id));
        xmlFree (id);
    }
}

/* Nothing comes from elsewhere: no src, no stylesheet link, no link but to the page itself and
 * to the sources a dataset names, which are text, not links. */
static void
assert_self_contained (xmlDoc *doc)
{
    g_assert_cmpint (count (doc, "//@src"), ==, 0);
    g_assert_cmpint (count (doc, "//*[local-name()='link' or local-name()='iframe' or "
                                 "local-name()='img' or local-name()='object' or "
                                 "local-name()='embed' or local-name()='base']"),
                     ==, 0);
    g_assert_cmpint (count (doc, "//@href[not(starts-with(., '#'))]"), ==, 0);
    g_assert_cmpint (count (doc, "//*[local-name()='svg']//@*[local-name()='href' and "
                                 "not(starts-with(., '#'))]"),
                     ==, 0);
    /* Two scripts: the data, then the code; the policy forbids fetching anything. */
    g_assert_cmpint (count (doc, "//script"), ==, 2);
    g_assert_cmpint (count (doc, "//script[@type='application/json'][@id='bloc-data']"), ==, 1);
    g_autofree char *policy =
        text_of (doc, "//meta[@http-equiv='Content-Security-Policy']/@content");
    g_assert_nonnull (policy);
    g_assert_true (g_str_has_prefix (policy, "default-src 'none';"));
}

static void
test_embedded (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    g_autoptr (GArray) group = NULL;
    g_autofree char *name = NULL;
    g_autoptr (GError) error = NULL;
    BlocReportOptions o;

    bloc_report_options_init (&o);
    g_assert_true (bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
    o.group = group;
    o.group_name = name;
    g_autoptr (GBytes) page = build (ds, &o);
    g_autoptr (xmlDoc) doc = parse (page);

    g_autofree char *lang = text_of (doc, "/html/@lang");
    g_autofree char *dir = text_of (doc, "/html/@dir");
    g_assert_cmpstr (lang, ==, "en");
    g_assert_cmpstr (dir, ==, "ltr");
    assert_ids_unique (doc);
    assert_self_contained (doc);

    /* The eight sections in order, each with its numbered h2, and headings that never skip a
     * level. */
    const char *sections[] = { "dataset",     "gaps",    "overlap",  "centrality",
                               "communities", "nesting", "timeline", "index" };
    g_autoptr (xmlXPathObject) found = select_nodes (doc, "//main/section");
    g_assert_cmpint (found->nodesetval->nodeNr, ==, G_N_ELEMENTS (sections));
    for (guint i = 0; i < G_N_ELEMENTS (sections); i++) {
        xmlChar *id = xmlGetProp (found->nodesetval->nodeTab[i], (const xmlChar *)"id");
        g_autofree char *want = g_strconcat ("s-", sections[i], NULL);
        g_assert_cmpstr ((const char *)id, ==, want);
        xmlFree (id);
    }
    g_assert_cmpint (count (doc, "//h1"), ==, 1);
    g_assert_cmpint (count (doc, "//section[h2]"), ==, 8);
    g_assert_cmpint (count (doc, "//h4[not(ancestor::article[h3])]"), ==, 0);

    /* The figures: membership, gaps, overlap, nesting and timeline, each with a prefix of its
     * own, a caption, and the two download buttons. */
    g_assert_cmpint (count (doc, "//figure/div/*[local-name()='svg']"), ==, 5);
    g_assert_cmpint (count (doc, "//figure[@data-prefix]/figcaption/span[@class='figure-title']"),
                     ==, 5);
    g_assert_cmpint (count (doc, "//figure//button[@data-format='png']"), ==, 5);
    g_autofree char *gaps_prefix = text_of (doc, "//section[@id='s-gaps']//figure/@data-prefix");
    g_autofree char *cell = g_strdup_printf (
        "//section[@id='s-gaps']//*[local-name()='g'][@id='%sc-SCO__TM'][@class='cell absent']",
        gaps_prefix);
    g_assert_cmpint (count (doc, cell), ==, 1);

    /* The gaps table ranks by coverage: the first rows are complete, and SCO lacks only TM. */
    g_autofree char *sco_absent =
        text_of (doc, "//table[@data-name='gaps']/tbody/tr[th/a='Shanghai Cooperation "
                      "Organisation']/td[4]");
    g_assert_cmpstr (sco_absent, ==, "Turkmenistan");
    g_autofree char *coverage =
        text_of (doc, "//table[@data-name='gaps']/tbody/tr[th/a='Shanghai Cooperation "
                      "Organisation']/td[2]/@data-v");
    g_assert_cmpstr (coverage, ==, "0.8");

    /* Every entity has a card, and every link leads to one. */
    guint n = bloc_dataset_n_entities (ds);
    g_assert_cmpint (count (doc, "//article[@class='card']"), ==, (int)n);
    g_autoptr (xmlXPathObject) cards = select_nodes (doc, "//article[@class='card']/@id");
    g_autoptr (GHashTable) card_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (int i = 0; i < cards->nodesetval->nodeNr; i++) {
        xmlChar *id = xmlNodeGetContent (cards->nodesetval->nodeTab[i]);
        g_hash_table_add (card_ids, g_strdup ((const char *)id));
        xmlFree (id);
    }
    g_autoptr (xmlXPathObject) links = select_nodes (doc, "//a[@data-e]/@href");
    g_assert_cmpint (links->nodesetval->nodeNr, >, 500);
    for (int i = 0; i < links->nodesetval->nodeNr; i++) {
        xmlChar *href = xmlNodeGetContent (links->nodesetval->nodeTab[i]);
        if (!g_hash_table_contains (card_ids, (const char *)href + 1))
            g_error ("the link to '%s' leads to no card", href);
        xmlFree (href);
    }
    /* The top pairs list what they share. */
    g_autofree char *via = text_of (doc, "//table[@data-name='pairs']/tbody/tr[1]/td[7]");
    g_assert_nonnull (strstr (via, "Shanghai Cooperation Organisation"));

    /* The script's data: as bloc_find() searches, UZ has its Persian name among its fields. */
    g_autofree char *json = text_of (doc, "//script[@id='bloc-data']");
    g_autoptr (JsonParser) parser = json_parser_new ();
    g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
    JsonArray *entities = json_object_get_array_member (
        json_node_get_object (json_parser_get_root (parser)), "entities");
    g_assert_cmpuint (json_array_get_length (entities), ==, n);
    gboolean persian = FALSE;
    for (guint i = 0; i < n; i++) {
        JsonObject *e = json_array_get_object_element (entities, i);
        if (strcmp (json_object_get_string_member (e, "id"), "UZ") != 0)
            continue;
        JsonArray *fields = json_object_get_array_member (e, "fields");
        for (guint k = 0; k < json_array_get_length (fields); k++) {
            JsonArray *f = json_array_get_array_element (fields, k);
            if (strcmp (json_array_get_string_element (f, 1), "name@fa") == 0) {
                g_assert_cmpstr (json_array_get_string_element (f, 2), ==, "ازبکستان");
                g_assert_cmpint (json_array_get_int_element (f, 0), ==, 2);
                persian = TRUE;
            }
        }
    }
    g_assert_true (persian);
}

/* The same input gives the same bytes. */
static void
test_deterministic (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    g_autoptr (GBytes) a = build (ds, NULL);
    g_autoptr (GBytes) b = build (ds, NULL);
    g_assert_true (g_bytes_equal (a, b));
}

/* Names that are markup stay text: the page has its two scripts and no element from the data,
 * and ids with dots, underscores, quotes and Cyrillic letters keep the page's ids unique. */
static void
test_escape (void)
{
    g_autoptr (BlocDataset) ds = load ("tests/data/escape");
    BlocReportOptions o;
    bloc_report_options_init (&o);
    o.title = "</title><script>alert(2)</script> & \x01";
    g_autoptr (GBytes) page = build (ds, &o);
    g_autoptr (xmlDoc) doc = parse (page);
    gsize len;
    const char *data = g_bytes_get_data (page, &len);

    assert_ids_unique (doc);
    assert_self_contained (doc);
    g_assert_cmpint (count (doc, "//b"), ==, 0);
    g_autofree char *title = text_of (doc, "//title");
    g_assert_cmpstr (title, ==, "</title><script>alert(2)</script> & \xef\xbf\xbd");
    g_autofree char *h3 =
        text_of (doc, "//article[.//span[@class='card-id'][starts-with(., '(B,')]]/h3/bdi");
    g_assert_cmpstr (h3, ==, "<script>alert(1)</script>");
    /* In the JSON the markup is \u escaped, so that it cannot end its <script>. */
    g_assert_null (g_strstr_len (data, (gssize)len, "alert(1)</script>"));
    g_assert_nonnull (g_strstr_len (data, (gssize)len, "\\u003cscript\\u003ealert(1)"));
}

/* A Persian page runs right to left, with its interface in Persian. */
static void
test_persian (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    BlocReportOptions o;
    bloc_report_options_init (&o);
    o.lang = "fa";
    g_autoptr (GBytes) page = build (ds, &o);
    g_autoptr (xmlDoc) doc = parse (page);
    g_autofree char *lang = text_of (doc, "/html/@lang");
    g_autofree char *dir = text_of (doc, "/html/@dir");
    g_assert_cmpstr (lang, ==, "fa");
    g_assert_cmpstr (dir, ==, "rtl");
    g_autofree char *h2 = text_of (doc, "//section[@id='s-gaps']/h2");
    g_assert_cmpstr (h2, ==, "2. شکاف‌های مشارکت");
    g_autofree char *label = text_of (doc, "//label[@for='find']");
    g_assert_cmpstr (label, ==, "یافتن موجودیت");
    g_autofree char *uz = text_of (doc, "//article[.//span[@class='card-id'][starts-with(., "
                                        "'(UZ,')]]/h3/bdi");
    g_assert_cmpstr (uz, ==, "ازبکستان");
    /* A language without words speaks English, left to right, with its names. */
    o.lang = "de";
    g_autoptr (GBytes) german = build (ds, &o);
    g_autoptr (xmlDoc) gdoc = parse (german);
    g_autofree char *glang = text_of (gdoc, "/html/@lang");
    g_assert_cmpstr (glang, ==, "en");
    g_assert_false (bloc_report_has_language ("de"));
    g_assert_true (bloc_report_has_language ("ar"));
    g_assert_true (bloc_report_language_is_rtl ("fa-AF"));
    g_assert_false (bloc_report_language_is_rtl ("ru"));
}

/* With a what-if, the page names it and shows the baseline beside the what-if where they
 * differ: Turkmenistan joining the SCO completes it. */
static void
test_what_if (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    g_autoptr (BlocDataset) baseline = load (NULL);
    g_autoptr (GArray) group = NULL;
    g_autofree char *name = NULL;
    g_autoptr (GError) error = NULL;
    BlocReportOptions o;

    g_assert_true (bloc_dataset_add_tie (ds, "TM:SCO", &error));
    g_assert_true (bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
    bloc_report_options_init (&o);
    o.group = group;
    o.group_name = name;
    o.baseline = baseline;
    o.lang = "ar";
    g_autoptr (GBytes) page = build (ds, &o);
    g_autoptr (xmlDoc) doc = parse (page);

    assert_ids_unique (doc);
    g_assert_cmpint (count (doc, "//header/div[@class='whatif']//li"), ==, 1);
    /* The gaps figure twice, what-if and baseline, and the row of the SCO changed from 0.8. */
    g_assert_cmpint (count (doc, "//section[@id='s-gaps']//div[@class='compare']/figure"), ==, 2);
    g_autofree char *sco_id =
        text_of (doc, "//article[.//span[@class='card-id'][starts-with(., '(SCO,')]]/h3/bdi");
    g_autofree char *row = g_strdup_printf (
        "//table[@data-name='gaps']/tbody/tr[@class='changed'][th/a='%s']", sco_id);
    g_autofree char *now_path = g_strconcat (row, "/td[2]/@data-v", NULL);
    g_autofree char *before_path = g_strconcat (row, "/td[2]/span[@class='base']", NULL);
    g_autofree char *now = text_of (doc, now_path);
    g_autofree char *before = text_of (doc, before_path);
    g_assert_cmpstr (now, ==, "1");
    g_assert_nonnull (before);
    g_assert_nonnull (strstr (before, "0.800"));
    /* The index shows the scenario: Turkmenistan takes part in the SCO. */
    g_assert_cmpint (count (doc, "//section[@id='s-dataset']//p[contains(@class, 'compare-note')]"),
                     ==, 1);
}

/* With a year: the timeline stops at it; without a group: the gaps section says so. */
static void
test_year_and_no_group (void)
{
    g_autoptr (BlocDataset) ds = load (NULL);
    BlocReportOptions o;
    bloc_report_options_init (&o);
    o.scope.year = 2010;
    o.lang = "ru";
    g_autoptr (GBytes) page = build (ds, &o);
    g_autoptr (xmlDoc) doc = parse (page);
    g_autoptr (xmlXPathObject) years =
        select_nodes (doc, "//table[@data-name='timeline']/tbody/tr/th/@data-v");
    g_assert_cmpint (years->nodesetval->nodeNr, >, 10);
    for (int i = 0; i < years->nodesetval->nodeNr; i++) {
        xmlChar *year = xmlNodeGetContent (years->nodesetval->nodeTab[i]);
        g_assert_cmpint (atoi ((const char *)year), <=, 2010);
        xmlFree (year);
    }
    g_assert_cmpint (count (doc, "//section[@id='s-gaps']/p[@class='note']"), ==, 1);
    g_assert_cmpint (count (doc, "//section[@id='s-gaps']//table"), ==, 0);

    g_autoptr (BlocDataset) noini = load ("tests/data/noini");
    g_autoptr (GBytes) small = build (noini, NULL);
    g_autoptr (xmlDoc) small_doc = parse (small);
    assert_ids_unique (small_doc);
}

/* Every English word has a translation in every language, with the same conversions. */
static void
test_words (void)
{
    const char *const *english = bloc_report_words_english ();
    const char *const *languages = bloc_report_words_languages ();
    guint n = 0;
    for (guint i = 0; english[i] != NULL; i++, n++)
        for (guint l = 0; languages[l] != NULL; l++) {
            const char *t = bloc_report_words_lookup (languages[l], english[i]);
            if (t == NULL)
                g_error ("'%s' has no translation in %s", english[i], languages[l]);
            g_assert_cmpstr (t, !=, "");
            GString *want = g_string_new (NULL), *have = g_string_new (NULL);
            for (const char *p = english[i]; (p = strchr (p, '%')) != NULL; p += 2)
                g_string_append_len (want, p, 2);
            for (const char *p = t; (p = strchr (p, '%')) != NULL; p += 2)
                g_string_append_len (have, p, 2);
            if (strcmp (want->str, have->str) != 0)
                g_error ("'%s' in %s has the conversions '%s', not '%s'", english[i], languages[l],
                         have->str, want->str);
            g_string_free (want, TRUE);
            g_string_free (have, TRUE);
        }
    g_assert_cmpuint (n, >, 100);
    g_assert_cmpstr (bloc_report_word (bloc_report_words_for ("fa"), "Close"), ==, "بستن");
    g_assert_cmpstr (bloc_report_word (NULL, "Close"), ==, "Close");
}

/* The style sheet and script cannot end their element early. */
static void
test_resources (void)
{
    const char *paths[] = { "/org/bloc/report/report.css", "/org/bloc/report/report.js" };
    bloc_init ();
    for (guint i = 0; i < G_N_ELEMENTS (paths); i++) {
        g_autoptr (GError) error = NULL;
        g_autoptr (GBytes) bytes = g_resources_lookup_data (paths[i], 0, &error);
        g_assert_no_error (error);
        gsize len;
        const char *data = g_bytes_get_data (bytes, &len);
        g_assert_cmpuint (len, >, 1000);
        g_assert_null (g_strstr_len (data, (gssize)len, "</"));
        g_assert_null (g_strstr_len (data, (gssize)len, "]]>"));
    }
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/report/embedded", test_embedded);
    g_test_add_func ("/report/deterministic", test_deterministic);
    g_test_add_func ("/report/escape", test_escape);
    g_test_add_func ("/report/persian", test_persian);
    g_test_add_func ("/report/what-if", test_what_if);
    g_test_add_func ("/report/year-and-no-group", test_year_and_no_group);
    g_test_add_func ("/report/words", test_words);
    g_test_add_func ("/report/resources", test_resources);
    return g_test_run ();
}
