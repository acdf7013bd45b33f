/* bloc-report.h: every table and figure of a dataset in one self-contained, interactive HTML page.
 *
 * The page holds, in order: the dataset (title, description, sources, counts, year, what-if), the
 * participation gaps of a group, the overlap of the actors, their centrality and who bridges the
 * blocs, the communities, the nesting of member sets, the timeline, and an index of every entity
 * as a card (bloc_entity_to_json()). Its figures are the SVG that bloc_render() draws, inlined with
 * an id prefix unique to each; a figure that bloc_render() refuses at the data's size is replaced
 * by its scalable counterpart where bloc has one, with a note. The CSS and JavaScript are embedded
 * in the library (GResource) and written into the page; the page asks nothing of any other host,
 * so it works opened from disk, offline, and mailed.
 *
 * The page is written with libxml2's xmlTextWriter as XML-compatible HTML5, so every text and
 * attribute is escaped; the data its script needs is JSON written by json-glib inside a
 * <script type="application/json"> element, with '<', '>' and '&' written as \u escapes.
 *
 * Interface words come in English, Russian, Persian and Arabic (bloc_report_has_language());
 * Persian and Arabic pages run right to left.
 *
 * Ownership: bloc_report_build() returns a new GBytes (transfer full): g_bytes_unref() it. The
 * options only borrow what they point to.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze.h"
#include "bloc-model.h"

G_BEGIN_DECLS

/* What goes into a report: a plain struct the caller fills, after bloc_report_options_init(). */
typedef struct {
    BlocScope scope;        /* the membership graph: year, actors, other kinds, roles */
    const char *lang;       /* labels and interface words; NULL or "en" for English */
    const char *title;      /* the page's title; NULL for the dataset's */
    const GArray *group;    /* guint entity indices whose gaps to show; NULL: no gaps section */
    const char *group_name; /* its display name */
    guint min_present;      /* gaps: what at least this many group members take part in (2) */
    guint top_pairs;        /* overlap: the pairs listed, those that share most (100) */
    /* The dataset without the what-if changes, for a page that shows the baseline beside the
     * scenario where they differ; NULL when no what-if is applied. */
    const BlocDataset *baseline;
} BlocReportOptions;

/* Fills @options with the defaults: bloc_scope_init()'s scope, English, the dataset's title, no
 * group, at least 2 present, the top 100 pairs, no baseline. */
void bloc_report_options_init (BlocReportOptions *options);

/* TRUE when the page's interface words exist in @lang: English, or a language bloc has a
 * catalog for ("ru", "fa", "ar"; see bloc_i18n_has_language()); for another language the page
 * speaks English (its entity names still follow @lang). NULL is English. */
gboolean bloc_report_has_language (const char *lang);

/* TRUE when a page in @lang runs right to left (Persian, Arabic, and the other languages written
 * in the Arabic or Hebrew script). */
gboolean bloc_report_language_is_rtl (const char *lang);

/* Builds the report of @ds as @options says: an HTML5 page in UTF-8. Returns its bytes in @out
 * (transfer full), or FALSE with @error set when an analysis or a figure fails for another
 * reason than its size (a figure too large to draw, or with nothing to draw, gets a note in the
 * page instead). The same input gives byte-identical pages. */
gboolean bloc_report_build (GBytes **out, const BlocDataset *ds, const BlocReportOptions *options,
                            GError **error);

G_END_DECLS
