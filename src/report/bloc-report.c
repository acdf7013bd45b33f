/* bloc-report.c: the page as a whole: the document, the analyses, the sections in order, and
 * the embedded style sheet and script. */
#include <string.h>

#include <gio/gio.h>

#include "bloc-init.h"
#include "bloc-output.h"
#include "bloc-report-private.h"

#define RESOURCE_CSS "/org/bloc/report/report.css"
#define RESOURCE_JS  "/org/bloc/report/report.js"

void
bloc_report_options_init (BlocReportOptions *options)
{
    memset (options, 0, sizeof *options);
    bloc_scope_init (&options->scope);
    options->min_present = 2;
    options->top_pairs = 100;
}

gboolean
bloc_report_has_language (const char *lang)
{
    return bloc_i18n_has_language (lang);
}

gboolean
bloc_report_language_is_rtl (const char *lang)
{
    return bloc_i18n_language_is_rtl (lang);
}

/* ---- The analyses --------------------------------------------------------------------------- */

void
bloc_report_data_clear (BlocReportData *d)
{
    if (d->joins != NULL && d->ds != NULL)
        for (guint i = 0; i < bloc_dataset_n_entities (d->ds); i++)
            if (d->joins[i] != NULL)
                g_array_unref (d->joins[i]);
    g_clear_pointer (&d->joins, g_free);
    g_clear_pointer (&d->changes, g_array_unref);
    g_clear_pointer (&d->nesting, bloc_nesting_free);
    g_clear_pointer (&d->gaps, bloc_gaps_free);
    g_clear_pointer (&d->c2, bloc_centrality_free);
    g_clear_pointer (&d->cp, bloc_centrality_free);
    g_clear_pointer (&d->c, bloc_communities_free);
    g_clear_pointer (&d->p, bloc_projection_free);
    g_clear_pointer (&d->m, bloc_membership_free);
    d->ds = NULL;
}

/* What each actor takes part in, from the ties the membership graph counts. */
static GArray **
joins_of (const BlocDataset *ds, const BlocMembership *m, const BlocScope *scope)
{
    guint n = bloc_dataset_n_entities (ds);
    guint n_actors = bloc_membership_n_actors (m);
    GArray **joins = g_new0 (GArray *, n);

    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!bloc_tie_active (t, scope->year) || !(scope->roles & BLOC_ROLE_BIT (t->role)))
            continue;
        gint from = bloc_membership_vertex (m, t->from), to = bloc_membership_vertex (m, t->to);
        if (from < 0 || to < 0 || (guint)from >= n_actors || (guint)to < n_actors)
            continue;
        if (joins[t->from] == NULL)
            joins[t->from] = g_array_new (FALSE, FALSE, sizeof (guint));
        g_array_append_val (joins[t->from], t->to);
    }
    for (guint e = 0; e < n; e++) {
        GArray *list = joins[e];
        if (list == NULL)
            continue;
        bloc_dataset_sort_by_id (ds, list);
        /* A pair with two roles counts once, as in the membership graph. */
        guint kept = 0;
        for (guint i = 0; i < list->len; i++)
            if (kept == 0 ||
                g_array_index (list, guint, i) != g_array_index (list, guint, kept - 1))
                g_array_index (list, guint, kept++) = g_array_index (list, guint, i);
        g_array_set_size (list, kept);
    }
    return joins;
}

gboolean
bloc_report_data_init (BlocReportData *d, const BlocDataset *ds, const BlocReportOptions *o,
                       GError **error)
{
    const BlocCentralitySet on_projection = BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE) |
                                            BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_STRENGTH) |
                                            BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS) |
                                            BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_EIGENVECTOR) |
                                            BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_PAGERANK);
    const BlocCentralitySet on_two_mode = BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE) |
                                          BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS);

    memset (d, 0, sizeof *d);
    d->ds = ds;
    if (!bloc_membership_new (&d->m, ds, &o->scope, error) ||
        !bloc_projection_new (&d->p, d->m, BLOC_SIDE_ACTORS, TRUE, error) ||
        !bloc_communities_compute (&d->c, d->p, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_LEIDEN,
                                   BLOC_DEFAULT_SEED, error) ||
        !bloc_centrality_projection (&d->cp, d->p, BLOC_OVERLAP_COUNT, on_projection, error) ||
        !bloc_centrality_two_mode (&d->c2, d->m, on_two_mode, error) ||
        (o->group != NULL &&
         !bloc_gaps_compute (&d->gaps, d->m, o->group, o->min_present, error)) ||
        !bloc_nesting_compute (&d->nesting, d->m, 2, error))
        return FALSE;

    /* The story up to the year of the report, as the timeline figure tells it. */
    GArray *changes = bloc_timeline (ds, -1, o->scope.roles, &d->n_undated);
    if (o->scope.year != BLOC_YEAR_ALL) {
        guint kept = 0;
        for (guint i = 0; i < changes->len; i++)
            if (g_array_index (changes, BlocChange, i).year <= o->scope.year)
                g_array_index (changes, BlocChange, kept++) =
                    g_array_index (changes, BlocChange, i);
        g_array_set_size (changes, kept);
    }
    d->changes = changes;
    d->joins = joins_of (ds, d->m, &o->scope);
    return TRUE;
}

/* ---- The page ------------------------------------------------------------------------------- */

static void
report_clear (BlocReport *r)
{
    bloc_report_data_clear (&r->now);
    bloc_report_data_clear (&r->base);
    g_clear_pointer (&r->w, xmlFreeTextWriter);
    g_clear_pointer (&r->buffer, xmlBufferFree);
    g_clear_pointer (&r->number, g_free);
    g_clear_pointer (&r->entity_at, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocReport, report_clear)

/* Numbers the entities in id order: the page's numbering. */
static void
number_entities (BlocReport *r)
{
    guint n = bloc_dataset_n_entities (r->ds);
    g_autoptr (GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
    for (guint i = 0; i < n; i++)
        g_array_append_val (order, i);
    bloc_dataset_sort_by_id (r->ds, order);
    r->number = g_new (guint, MAX (n, 1));
    r->entity_at = g_new (guint, MAX (n, 1));
    for (guint k = 0; k < n; k++) {
        guint e = g_array_index (order, guint, k);
        r->entity_at[k] = e;
        r->number[e] = k;
    }
}

/* The text of an embedded resource, which must end neither the element it goes into (HTML) nor
 * the CDATA section around it (XML). */
static GBytes *
resource (const char *path, GError **error)
{
    GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
    if (bytes == NULL)
        return NULL;
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    if (g_strstr_len (data, (gssize)len, "</") != NULL ||
        g_strstr_len (data, (gssize)len, "]]>") != NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "%s holds '</' or ']]>', which would end its element early (expected "
                     "neither)",
                     path);
        g_bytes_unref (bytes);
        return NULL;
    }
    return bytes;
}

/* Writes @bytes as the content of a <style> or <script>: raw text for HTML, inside a CDATA
 * section commented out for the style sheet or script, so that the page is well-formed XML as
 * well. */
static void
write_resource (BlocReport *r, const char *element, GBytes *bytes, const char *open,
                const char *close)
{
    gsize len;
    const char *data = g_bytes_get_data (bytes, &len);
    bloc_report_open (r, element, NULL);
    bloc_report_raw (r, open, strlen (open));
    bloc_report_raw (r, data, len);
    bloc_report_raw (r, close, strlen (close));
    bloc_report_close (r);
}

/* The script's data as JSON that cannot end its element: '<', '>' and '&' as \u escapes (JSON
 * writes them only inside strings, where the escape means the same). */
static void
write_script_data (BlocReport *r)
{
    g_autoptr (JsonNode) data = bloc_report_script_data (r);
    g_autoptr (JsonGenerator) generator = json_generator_new ();
    json_generator_set_root (generator, data);
    g_autofree char *json = json_generator_to_data (generator, NULL);
    g_autoptr (GString) safe = g_string_sized_new (strlen (json) + 64);
    for (const char *p = json; *p; p++) {
        if (*p == '<')
            g_string_append (safe, "\\u003c");
        else if (*p == '>')
            g_string_append (safe, "\\u003e");
        else if (*p == '&')
            g_string_append (safe, "\\u0026");
        else
            g_string_append_c (safe, *p);
    }
    bloc_report_open (r, "script", "type", "application/json", "id", "bloc-data", NULL);
    bloc_report_raw (r, safe->str, safe->len);
    bloc_report_close (r);
}

static void
write_head (BlocReport *r, const char *title, GBytes *css)
{
    g_autofree char *generator = g_strdup_printf ("bloc %s", bloc_version ());
    bloc_report_open (r, "head", NULL);
    bloc_report_void (r, "meta", "charset", "utf-8", NULL);
    bloc_report_void (r, "meta", "name", "viewport", "content",
                      "width=device-width, initial-scale=1", NULL);
    /* Nothing may come from elsewhere: no fetch, font, frame or image but the page's own. */
    bloc_report_void (r, "meta", "http-equiv", "Content-Security-Policy", "content",
                      "default-src 'none'; style-src 'unsafe-inline'; script-src "
                      "'unsafe-inline'; img-src data: blob:; base-uri 'none'; form-action 'none'",
                      NULL);
    bloc_report_void (r, "meta", "name", "generator", "content", generator, NULL);
    bloc_report_element (r, "title", title, NULL);
    write_resource (r, "style", css, "/*<![CDATA[*/\n", "/*]]>*/");
    bloc_report_close (r);
}

/* The top of the page: title, what the page is of, the what-if, the search box, contents. */
static void
write_header (BlocReport *r, const char *title)
{
    const BlocDataset *ds = r->ds;
    g_autofree char *year = bloc_report_year_phrase (r);
    static const char *const sections[][2] = {
        { "dataset", N_ ("The dataset") },     { "gaps", N_ ("Participation gaps") },
        { "overlap", N_ ("Overlap") },         { "centrality", N_ ("Centrality") },
        { "communities", N_ ("Communities") }, { "nesting", N_ ("Nesting") },
        { "timeline", N_ ("Timeline") },       { "index", N_ ("Index of entities") },
    };

    bloc_report_element (r, "a", T_ (r, "Skip to the report"), "class", "skip", "href", "#main",
                         NULL);
    bloc_report_open (r, "header", "class", "top", NULL);
    bloc_report_element (r, "h1", title, NULL);
    bloc_report_open (r, "p", "class", "subtitle", NULL);
    bloc_report_element (r, "bdi", bloc_dataset_title (ds), NULL);
    bloc_report_textf (r, " — %s", year);
    bloc_report_close (r);
    if (bloc_dataset_n_scenario_lines (ds) > 0) {
        bloc_report_open (r, "div", "class", "whatif", "role", "note", NULL);
        /* TRANSLATORS: before the list of the changes of the report's what-if. */
        bloc_report_element (r, "strong", TC_ (r, "report", "What-if scenario:"), NULL);
        bloc_report_open (r, "ul", NULL);
        for (guint i = 0; i < bloc_dataset_n_scenario_lines (ds); i++) {
            g_autofree char *line = bloc_report_scenario_line (r, i);
            bloc_report_element (r, "li", line, "dir", "auto", NULL);
        }
        bloc_report_close (r);
        bloc_report_element (
            r, "p",
            T_ (r, "Every section shows the data with these changes; where a result differs, the "
                   "baseline (the data as it is) is shown beside it."),
            NULL);
        bloc_report_close (r);
    }
    bloc_report_open (r, "nav", "aria-label", T_ (r, "Contents"), NULL);
    bloc_report_open (r, "ol", NULL);
    for (guint i = 0; i < G_N_ELEMENTS (sections); i++) {
        g_autofree char *href = g_strconcat ("#s-", sections[i][0], NULL);
        bloc_report_open (r, "li", NULL);
        bloc_report_element (r, "a", T_ (r, sections[i][1]), "href", href, NULL);
        bloc_report_close (r);
    }
    bloc_report_close (r);
    bloc_report_close (r);
    bloc_report_close (r);

    /* The search box and the selection, which the script brings to life. */
    bloc_report_open (r, "div", "class", "finder needs-js", "role", "search", NULL);
    bloc_report_element (r, "label", T_ (r, "Find an entity"), "for", "find", NULL);
    bloc_report_void (r, "input", "type", "search", "id", "find", "autocomplete", "off",
                      "aria-describedby", "find-help", "aria-controls", "find-results", NULL);
    bloc_report_element (r, "span", T_ (r, "by id or by any name in any language, as bloc find"),
                         "id", "find-help", "class", "help", NULL);
    bloc_report_element (r, "p", NULL, "id", "find-status", "role", "status", NULL);
    bloc_report_element (r, "ul", NULL, "id", "find-results", "class", "results", NULL);
    bloc_report_open (r, "p", "class", "selection", NULL);
    bloc_report_element (r, "span", NULL, "id", "selected", "role", "status", NULL);
    bloc_report_text (r, " ");
    bloc_report_element (r, "button", T_ (r, "Clear the selection"), "type", "button", "id",
                         "clear-selection", "hidden", "hidden", NULL);
    bloc_report_close (r);
    bloc_report_close (r);
}

static gboolean
write_body (BlocReport *r, const char *title, GBytes *js, GError **error)
{
    bloc_report_open (r, "body", NULL);
    write_header (r, title);
    bloc_report_open (r, "main", "id", "main", NULL);
    if (!bloc_report_section_dataset (r, error) || !bloc_report_section_gaps (r, error) ||
        !bloc_report_section_overlap (r, error) || !bloc_report_section_centrality (r, error) ||
        !bloc_report_section_communities (r, error) || !bloc_report_section_nesting (r, error) ||
        !bloc_report_section_timeline (r, error))
        return FALSE;
    bloc_report_section_index (r);
    bloc_report_close (r);

    /* The card of an entity, opened from anywhere in the page. */
    bloc_report_open (r, "aside", "id", "card-panel", "class", "card-panel", "role", "dialog",
                      "aria-labelledby", "card-panel-title", "hidden", "hidden", "tabindex", "-1",
                      NULL);
    bloc_report_open (r, "div", "class", "panel-head", NULL);
    bloc_report_element (r, "h2", T_ (r, "Entity card"), "id", "card-panel-title", NULL);
    bloc_report_element (r, "button", T_ (r, "Close"), "type", "button", "class", "close", NULL);
    bloc_report_close (r);
    bloc_report_element (r, "div", NULL, "class", "panel-body", NULL);
    bloc_report_close (r);

    bloc_report_open (r, "footer", NULL);
    bloc_report_open (r, "p", NULL);
    bloc_report_textf (r,
                       T_ (r, "Made with bloc %s. The figures are those of bloc render; the "
                              "tables, those of the commands of the same names."),
                       bloc_version ());
    bloc_report_close (r);
    bloc_report_close (r);
    write_script_data (r);
    write_resource (r, "script", js, "//<![CDATA[\n", "//]]>");
    bloc_report_close (r);
    return TRUE;
}

gboolean
bloc_report_build (GBytes **out, const BlocDataset *ds, const BlocReportOptions *o, GError **error)
{
    g_auto (BlocReport) r = { 0 };
    const char *page_lang = o->lang != NULL && bloc_i18n_has_language (o->lang) ? o->lang : "en";
    g_autofree char *title = bloc_text_xml_safe (o->title ? o->title : bloc_dataset_title (ds));

    bloc_init ();
    g_autoptr (GBytes) css = resource (RESOURCE_CSS, error);
    g_autoptr (GBytes) js = css ? resource (RESOURCE_JS, error) : NULL;
    if (js == NULL)
        return FALSE;

    r.o = o;
    r.ds = ds;
    r.lang = o->lang != NULL && strcmp (o->lang, "en") != 0 ? o->lang : NULL;
    if (!bloc_report_data_init (&r.now, ds, o, error) ||
        (o->baseline != NULL && !bloc_report_data_init (&r.base, o->baseline, o, error)))
        return FALSE;
    number_entities (&r);

    r.buffer = xmlBufferCreate ();
    r.w = r.buffer ? xmlNewTextWriterMemory (r.buffer, 0) : NULL;
    if (r.w == NULL)
        g_error ("libxml2 could not allocate a writer");
    if (xmlTextWriterWriteDTD (r.w, (const xmlChar *)"html", NULL, NULL, NULL) < 0)
        r.failed = TRUE;
    bloc_report_raw (&r, "\n", 1);
    bloc_report_open (&r, "html", "lang", page_lang, "dir",
                      bloc_report_language_is_rtl (page_lang) ? "rtl" : "ltr", NULL);
    write_head (&r, title, css);
    if (!write_body (&r, title, js, error))
        return FALSE;
    bloc_report_close (&r);
    if (xmlTextWriterEndDocument (r.w) < 0)
        r.failed = TRUE;
    g_clear_pointer (&r.w, xmlFreeTextWriter); /* flushes into the buffer */
    if (r.failed) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "could not write the report's HTML");
        return FALSE;
    }
    *out = g_bytes_new (xmlBufferContent (r.buffer), (gsize)xmlBufferLength (r.buffer));
    return TRUE;
}
