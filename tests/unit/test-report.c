/* test-report.c: the HTML report. The page is well-formed XML as well as HTML, so these tests
 * read it with libxml2's XML parser and XPath: ids unique across the page, nothing fetched from
 * elsewhere, hostile names kept as text, the sections and figures there, the what-if beside its
 * baseline, right to left in Persian, the same bytes twice; no English interface word left in
 * a page in Russian, Persian or Arabic; and the script's words with a number in every form. */
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>

#include "bloc-report-private.h"
#include "bloc.h"
#include "test-words.h"

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

    /* The figures: membership, gaps, the co-membership matrix and overlap, nesting and timeline,
     * each with a prefix of its own, a caption, and the two download buttons. */
    g_assert_cmpint (count (doc, "//figure/div/*[local-name()='svg']"), ==, 6);
    g_assert_cmpint (count (doc, "//figure[@data-prefix]/figcaption/span[@class='figure-title']"),
                     ==, 6);
    g_assert_cmpint (count (doc, "//figure//button[@data-format='png']"), ==, 6);
    /* The matrix comes first in the overlap section, a diagonal cell per country, its ids after
     * its figure's prefix. */
    g_autofree char *matrix_prefix =
        text_of (doc, "//section[@id='s-overlap']//figure[1]/@data-prefix");
    g_autofree char *self = g_strdup_printf (
        "//section[@id='s-overlap']//*[local-name()='rect'][@id='%sc-KZ__KZ'][@class='cell self']",
        matrix_prefix);
    g_assert_cmpint (count (doc, self), ==, 1);
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

/* ---- No English left ---------------------------------------------------------------------- */

/* bloc's English interface words, as test-i18n reads them for figures; kept as they are in every
 * language: an algorithm's name, the formats of downloads. */
static GHashTable *
english_words (void)
{
    static const char *const kept[] = { "pagerank", "nodf", "upset", "svg", "png", "csv", NULL };
    return test_english_words (kept);
}

/* Adds the words of @text (runs of ASCII letters, in lower case) to @words. */
static void
add_words (GHashTable *words, const char *text)
{
    for (const char *p = text; p != NULL && *p;) {
        if (!g_ascii_isalpha (*p)) {
            p++;
            continue;
        }
        const char *start = p;
        while (g_ascii_isalpha (*p))
            p++;
        g_hash_table_add (words, g_ascii_strdown (start, p - start));
    }
}

/* The words of the data a page may show in @lang: the dataset's title, description and sources,
 * group ids and names, every cell and column name of entities and ties, ids and labels. */
static GHashTable *
data_words (const BlocDataset *ds, const char *lang)
{
    GHashTable *words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    add_words (words, bloc_dataset_title (ds));
    add_words (words, bloc_dataset_description (ds));
    for (const char *const *s = bloc_dataset_sources (ds); *s != NULL; s++)
        add_words (words, *s);
    for (guint i = 0; i < bloc_dataset_n_groups (ds); i++) {
        add_words (words, bloc_dataset_nth_group (ds, i)->id);
        add_words (words, bloc_dataset_nth_group (ds, i)->name);
    }
    for (guint c = 0; c < bloc_dataset_n_entity_columns (ds); c++)
        add_words (words, bloc_dataset_entity_column (ds, c));
    for (guint c = 0; c < bloc_dataset_n_tie_columns (ds); c++)
        add_words (words, bloc_dataset_tie_column (ds, c));
    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        add_words (words, e->id);
        add_words (words, bloc_entity_label (ds, e, lang));
        for (guint c = 0; c < bloc_dataset_n_entity_columns (ds); c++)
            add_words (words, bloc_entity_cell_at (ds, e, c));
    }
    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        add_words (words, t->source);
        for (guint c = 0; c < bloc_dataset_n_tie_columns (ds); c++)
            add_words (words, bloc_tie_cell_at (ds, t, c));
    }
    return words;
}

/* Adds to @found the English words of @text that are not the data's. The program's name before
 * a command or a version ("bloc find", "bloc 0.9") is the same in every language, as is an
 * option's name ("--group"). */
static void
find_english (const char *text, GHashTable *english, GHashTable *data, GHashTable *found)
{
    static GRegex *program;
    if (program == NULL)
        program = g_regex_new ("\\bbloc (find|show|render|[0-9])\\b", 0, 0, NULL);
    g_autofree char *plain = g_regex_replace_literal (program, text, -1, 0, " ", 0, NULL);
    test_find_english (plain, english, data, found);
}

/* The English words of the page @doc that are not the data's: in its text (figures included,
 * not the script and style sheet), the attributes people read (aria-label, title, placeholder),
 * and the words its script shows (the script's data: words, their plural forms, kinds). */
static GHashTable *
english_in_page (xmlDoc *doc, GHashTable *english, GHashTable *data)
{
    GHashTable *found = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr (xmlXPathObject) texts =
        select_nodes (doc, "//text()[not(ancestor::script) and not(ancestor::style)] | "
                           "//@aria-label | //@title | //@placeholder");
    for (int i = 0; texts->nodesetval && i < texts->nodesetval->nodeNr; i++) {
        xmlChar *text = xmlNodeGetContent (texts->nodesetval->nodeTab[i]);
        find_english ((const char *)text, english, data, found);
        xmlFree (text);
    }

    g_autofree char *json = text_of (doc, "//script[@id='bloc-data']");
    g_autoptr (JsonParser) parser = json_parser_new ();
    g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
    JsonObject *root = json_node_get_object (json_parser_get_root (parser));
    JsonObject *words = json_object_get_object_member (root, "words");
    g_autoptr (GList) keys = json_object_get_members (words);
    g_assert_cmpuint (g_list_length (keys), >, 5);
    for (GList *k = keys; k != NULL; k = k->next)
        find_english (json_object_get_string_member (words, k->data), english, data, found);
    JsonObject *plurals = json_object_get_object_member (root, "plurals");
    g_autoptr (GList) plural_keys = json_object_get_members (plurals);
    g_assert_cmpuint (g_list_length (plural_keys), ==, 4);
    for (GList *k = plural_keys; k != NULL; k = k->next) {
        JsonArray *forms = json_object_get_array_member (
            json_object_get_object_member (plurals, k->data), "forms");
        for (guint i = 0; i < json_array_get_length (forms); i++)
            find_english (json_array_get_string_element (forms, i), english, data, found);
    }
    JsonArray *entities = json_object_get_array_member (root, "entities");
    for (guint i = 0; i < json_array_get_length (entities); i++)
        find_english (
            json_object_get_string_member (json_array_get_object_element (entities, i), "kind"),
            english, data, found);
    return found;
}

/* Two pages in each language: with a group and a what-if beside its baseline (the gaps, the
 * marks of changed rows, the what-if's changes), and in a year without a group (what the year
 * ends, the note of no group). In Russian, Persian and Arabic no English interface word is left;
 * in English, the same check finds them, so it can fail. */
static void
test_no_english (void)
{
    static const char *const langs[] = { "en", "ru", "fa", "ar" };
    g_autoptr (GHashTable) english = english_words ();
    g_assert_cmpuint (g_hash_table_size (english), >, 300);

    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        g_autoptr (GHashTable) found =
            g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
        for (guint variant = 0; variant < 2; variant++) {
            g_autoptr (BlocDataset) ds = load (NULL);
            g_autoptr (BlocDataset) baseline = load (NULL);
            g_autoptr (GArray) group = NULL;
            g_autofree char *name = NULL;
            g_autoptr (GError) error = NULL;
            BlocReportOptions o;
            bloc_report_options_init (&o);
            o.lang = langs[l];
            if (variant == 0) {
                g_assert_true (bloc_dataset_add_tie (ds, "TM:SCO", &error));
                g_assert_true (bloc_dataset_remove_ties (ds, "UZ:CSTO", &error));
                g_assert_true (
                    bloc_dataset_resolve_group (ds, "central-asia", &group, &name, &error));
                o.group = group;
                o.group_name = name;
                o.baseline = baseline;
            } else {
                o.scope.year = 2010;
            }
            g_autoptr (GBytes) page = build (ds, &o);
            g_autoptr (xmlDoc) doc = parse (page);
            g_autoptr (GHashTable) data = data_words (ds, langs[l]);
            g_autoptr (GHashTable) left = english_in_page (doc, english, data);
            if (strcmp (langs[l], "en") != 0 && g_hash_table_size (left) > 0) {
                guint n;
                g_autofree gpointer *words = g_hash_table_get_keys_as_array (left, &n);
                g_autofree char *list = g_strjoinv (", ", (char **)words);
                g_error ("the report in '%s' (page %u) has English words: %s", langs[l], variant,
                         list);
            }
            GHashTableIter it;
            gpointer word;
            g_hash_table_iter_init (&it, left);
            while (g_hash_table_iter_next (&it, &word, NULL))
                g_hash_table_add (found, g_strdup (word));
        }
        if (strcmp (langs[l], "en") == 0) {
            /* The check reads the text ("exit": a cell; "removed": a what-if change), the
             * attributes ("contents"), the script's words ("selected") and their forms ("row",
             * from "%u of %u row"). */
            g_assert_cmpuint (g_hash_table_size (found), >, 100);
            static const char *const seen[] = { "filter",   "baseline", "exit", "removed",
                                                "contents", "selected", "row" };
            for (guint i = 0; i < G_N_ELEMENTS (seen); i++)
                if (!g_hash_table_contains (found, seen[i]))
                    g_error ("the check does not see '%s' in the English report", seen[i]);
        }
    }
}

/* The script's words with a number: for every n, the form the data gives (the form of n below
 * the table's end, of 100 + n % 100 past it, as report.js takes it) is the catalog's. */
static void
test_script_plurals (void)
{
    static const struct {
        const char *key, *context, *one;
    } words[] = {
        { "%u found", "report", "%u found" },
        { "and %u more", NULL, "and %u more" },
        { "%u of %u rows", NULL, "%u of %u row" },
        { "Copied %u rows", NULL, "Copied %u row" },
    };
    static const char *const langs[] = { "en", "ru", "fa", "ar" };
    g_autoptr (BlocDataset) ds = load (NULL);

    for (guint l = 0; l < G_N_ELEMENTS (langs); l++) {
        BlocReportOptions o;
        bloc_report_options_init (&o);
        o.lang = langs[l];
        g_autoptr (GBytes) page = build (ds, &o);
        g_autoptr (xmlDoc) doc = parse (page);
        g_autofree char *json = text_of (doc, "//script[@id='bloc-data']");
        g_autoptr (JsonParser) parser = json_parser_new ();
        g_assert_true (json_parser_load_from_data (parser, json, -1, NULL));
        JsonObject *plurals = json_object_get_object_member (
            json_node_get_object (json_parser_get_root (parser)), "plurals");
        for (guint w = 0; w < G_N_ELEMENTS (words); w++) {
            JsonObject *p = json_object_get_object_member (plurals, words[w].key);
            g_assert_nonnull (p);
            JsonArray *of = json_object_get_array_member (p, "of");
            JsonArray *forms = json_object_get_array_member (p, "forms");
            guint len = json_array_get_length (of);
            g_assert_cmpuint (len, ==, 200);
            for (gulong n = 0; n <= 10000; n++) {
                guint i = n < len ? (guint)n : (guint)(100 + n % 100);
                const char *got = json_array_get_string_element (
                    forms, (guint)json_array_get_int_element (of, i));
                const char *want =
                    words[w].context ? bloc_i18n_npgettext (langs[l], words[w].context,
                                                            words[w].one, words[w].key, n)
                                     : bloc_i18n_ngettext (langs[l], words[w].one, words[w].key, n);
                if (strcmp (got, want) != 0)
                    g_error ("'%s' in '%s' for %lu: '%s', not '%s'", words[w].key, langs[l], n, got,
                             want);
            }
        }
    }
    /* The forms are the catalogs': Russian has two for the rows of a table, Arabic four, and the
     * search's status is the report's own. */
    g_assert_cmpstr (bloc_i18n_ngettext ("ru", "%u of %u row", "%u of %u rows", 21), ==,
                     "%u из %u строки");
    g_assert_cmpstr (bloc_i18n_ngettext ("ru", "%u of %u row", "%u of %u rows", 12), ==,
                     "%u из %u строк");
    g_assert_cmpstr (bloc_i18n_ngettext ("ar", "%u of %u row", "%u of %u rows", 2), ==,
                     "%u من %u صفّين");
    g_assert_cmpstr (bloc_i18n_ngettext ("en", "%u of %u row", "%u of %u rows", 1), ==,
                     "%u of %u row");
    g_assert_cmpstr (bloc_i18n_npgettext ("ru", "report", "%u found", "%u found", 5), ==,
                     "Найдено: %u");
    g_assert_cmpstr (bloc_i18n_ngettext ("ru", "%u found", "%u found", 5), ==, "найдено: %u");
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
    g_test_add_func ("/report/no-english", test_no_english);
    g_test_add_func ("/report/script-plurals", test_script_plurals);
    g_test_add_func ("/report/resources", test_resources);
    return g_test_run ();
}
