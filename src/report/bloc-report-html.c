/* bloc-report-html.c: writing the page's elements through libxml2's xmlTextWriter.
 *
 * The writer escapes every text and attribute value. HTML reads "<div/>" as an open tag, so
 * every element but the void ones is closed with an end tag (xmlTextWriterFullEndElement). A
 * failed write can only mean that libxml2 ran out of memory; it is remembered in r->failed and
 * reported once the page is done.
 */
#include <stdarg.h>
#include <string.h>

#include "bloc-output.h"
#include "bloc-report-private.h"

static void
check (BlocReport *r, int rc)
{
    if (rc < 0)
        r->failed = TRUE;
}

static void
write_attributes (BlocReport *r, va_list args)
{
    const char *name;
    while ((name = va_arg (args, const char *)) != NULL) {
        const char *value = va_arg (args, const char *);
        if (value != NULL)
            check (r, xmlTextWriterWriteAttribute (r->w, (const xmlChar *)name,
                                                   (const xmlChar *)value));
    }
}

void
bloc_report_open (BlocReport *r, const char *name, ...)
{
    va_list args;
    check (r, xmlTextWriterStartElement (r->w, (const xmlChar *)name));
    va_start (args, name);
    write_attributes (r, args);
    va_end (args);
}

void
bloc_report_close (BlocReport *r)
{
    check (r, xmlTextWriterFullEndElement (r->w));
}

void
bloc_report_void (BlocReport *r, const char *name, ...)
{
    va_list args;
    check (r, xmlTextWriterStartElement (r->w, (const xmlChar *)name));
    va_start (args, name);
    write_attributes (r, args);
    va_end (args);
    check (r, xmlTextWriterEndElement (r->w));
}

void
bloc_report_text (BlocReport *r, const char *text)
{
    if (text != NULL && *text != '\0')
        check (r, xmlTextWriterWriteString (r->w, (const xmlChar *)text));
}

void
bloc_report_textf (BlocReport *r, const char *format, ...)
{
    va_list args;
    va_start (args, format);
    g_autofree char *text = g_strdup_vprintf (format, args);
    va_end (args);
    bloc_report_text (r, text);
}

void
bloc_report_element (BlocReport *r, const char *name, const char *text, ...)
{
    va_list args;
    check (r, xmlTextWriterStartElement (r->w, (const xmlChar *)name));
    va_start (args, text);
    write_attributes (r, args);
    va_end (args);
    bloc_report_text (r, text);
    bloc_report_close (r);
}

void
bloc_report_raw (BlocReport *r, const char *markup, gsize len)
{
    /* xmlTextWriterWriteRawLen takes an int length. */
    while (len > 0) {
        int chunk = (int)MIN (len, (gsize)G_MAXINT / 2);
        check (r, xmlTextWriterWriteRawLen (r->w, (const xmlChar *)markup, chunk));
        markup += chunk;
        len -= (gsize)chunk;
    }
}

const char *
bloc_report_label (const BlocReport *r, guint entity)
{
    return bloc_entity_label (r->ds, bloc_dataset_entity (r->ds, entity), r->lang);
}

void
bloc_report_entity_link (BlocReport *r, guint entity)
{
    char href[32], number[16];
    g_snprintf (number, sizeof number, "%u", r->number[entity]);
    g_snprintf (href, sizeof href, "#card-%u", r->number[entity]);
    /* The label keeps its own direction inside a sentence of the other: the style sheet
     * isolates these links as <bdi> would, which a page of 100,000 links cannot spare. */
    bloc_report_element (r, "a", bloc_report_label (r, entity), "href", href, "data-e", number,
                         NULL);
}

void
bloc_report_entity_links (BlocReport *r, const GArray *entities)
{
    if (entities == NULL || entities->len == 0) {
        bloc_report_text (r, "—");
        return;
    }
    const char *separator = TC_ (r, "list", ", ");
    for (guint i = 0; i < entities->len; i++) {
        if (i > 0)
            bloc_report_text (r, separator);
        bloc_report_entity_link (r, g_array_index (entities, guint, i));
    }
}

char *
bloc_report_entity_numbers (const BlocReport *r, const GArray *entities)
{
    if (entities == NULL || entities->len == 0)
        return NULL;
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < entities->len; i++)
        g_string_append_printf (s, "%s%u", i ? " " : "",
                                r->number[g_array_index (entities, guint, i)]);
    return g_string_free (s, FALSE);
}

char *
bloc_report_scenario_line (const BlocReport *r, guint i)
{
    guint from, to;
    BlocRole role;
    gboolean added = bloc_dataset_scenario_change (r->ds, i, &from, &to, &role);
    const char *a = bloc_dataset_entity (r->ds, from)->id, *b = bloc_dataset_entity (r->ds, to)->id;
    if (added)
        return g_strdup_printf (T_ (r, "added %1$s -> %2$s (%3$s)"), a, b,
                                TC_ (r, "role", bloc_role_to_string (role)));
    return g_strdup_printf (T_ (r, "removed %1$s -> %2$s"), a, b);
}

char *
bloc_report_year_phrase (const BlocReport *r)
{
    int year = r->o->scope.year;
    if (year == BLOC_YEAR_ALL)
        /* TRANSLATORS: the year of the report's tables, when it shows the ties of today. */
        return g_strdup (TC_ (r, "report", "current ties"));
    return g_strdup_printf (T_ (r, "in %d"), year);
}
