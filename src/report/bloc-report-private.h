/* bloc-report-private.h: what the files of src/report/ share; nothing outside src/report/ may
 * include it.
 *
 * bloc-report.c builds the page: it opens the document, runs the analyses once per dataset (the
 * what-if and, when there is one, its baseline) into BlocReportData, and calls each section's
 * writer (bloc-report-sections.c, bloc-report-overlap.c, bloc-report-index.c). A section turns
 * its analyses into BlocReportTables (bloc-report-table.c), writes them with the baseline's
 * values beside where they differ, and inlines its figures (bloc-report-figure.c). Every element
 * goes through the writer helpers of bloc-report-html.c, on libxml2's xmlTextWriter; the
 * interface words are bloc's words, translated in po/ (bloc-i18n.h) and written through T_ and
 * its kin below.
 *
 * Entities are addressed by their dataset index everywhere (the what-if and its baseline have
 * the same entities); in the page, by their rank in id order ("the page number" of an entity),
 * which is also the index of the entity in the page's JSON data.
 */
#pragma once

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <libxml/xmlwriter.h>

#include "bloc-analyze.h"
#include "bloc-i18n.h"
#include "bloc-model.h"
#include "bloc-render.h"
#include "bloc-report.h"

G_BEGIN_DECLS

/* ---- The page being written (bloc-report.c, bloc-report-html.c) --------------------------- */

/* The analyses of one dataset that several sections read. */
typedef struct {
    const BlocDataset *ds;
    BlocMembership *m;
    BlocProjection *p;    /* the actors' overlap, with the shared entities of every pair */
    BlocCommunities *c;   /* Leiden on @p weighted by count, as the overlap figure colours */
    BlocCentrality *cp;   /* on @p, weighted by count */
    BlocCentrality *c2;   /* on the two-mode graph */
    BlocGaps *gaps;       /* of the group; NULL without one */
    BlocNesting *nesting; /* of the other side, at least 2 members */
    GArray *changes;      /* bloc_timeline() up to the scope's year */
    guint n_undated;
    /* For each actor of @m (by entity index), what it takes part in on the other side of @m: a
     * GArray of guint entity indices sorted by id; NULL for the other entities. */
    GArray **joins;
} BlocReportData;

/* Computes every analysis of @ds that the page shows into @out (cleared first). */
gboolean bloc_report_data_init (BlocReportData *out, const BlocDataset *ds,
                                const BlocReportOptions *o, GError **error);
void bloc_report_data_clear (BlocReportData *data);

typedef struct {
    const BlocReportOptions *o;
    const BlocDataset *ds;
    const char *lang; /* labels and words: NULL for English */
    BlocReportData now;
    BlocReportData base; /* .ds NULL without a what-if */
    xmlBuffer *buffer;
    xmlTextWriter *w;
    gboolean failed;  /* a write failed: libxml2 could not allocate */
    guint *number;    /* dataset entity index -> the entity's page number */
    guint *entity_at; /* page number -> dataset entity index */
    guint n_figures;  /* figures written, for their id prefixes */
    guint n_tables;
} BlocReport;

/* ---- Words in the page's language (bloc-i18n.h) -------------------------------------------
 *
 * Every word the page shows is English in the sources and goes through one of these, which
 * translate it into the page's language (--lang) with bloc's catalogs, as a figure's words are.
 * xgettext finds them (scripts/update-po): T_ (report, "text"), TC_ (report, "context", "text")
 * for a word whose translation depends on what it names (the names of kinds, roles and changes
 * are those the figures and tables use: TC_ (r, "kind", bloc_kind_to_string (kind))), TN_
 * (report, "one", "many", n) for a word that goes with a number. The context "report" keeps the
 * page's own wording where another part of bloc translates the same English otherwise. Mark
 * words kept in tables with N_() or NC_() and translate them where they are used. */
#define T_(report, msgid)           bloc_i18n_gettext ((report)->lang, msgid)
#define TC_(report, context, msgid) bloc_i18n_pgettext ((report)->lang, context, msgid)
#define TN_(report, msgid, msgid_plural, n)                                                        \
    bloc_i18n_ngettext ((report)->lang, msgid, msgid_plural, n)

/* Opens element @name with the attributes that follow as name, value pairs, NULL-terminated;
 * a NULL value leaves its attribute out. */
G_GNUC_NULL_TERMINATED
void bloc_report_open (BlocReport *r, const char *name, ...);
/* Closes the element opened last, always with an end tag (HTML does not read <div/>). */
void bloc_report_close (BlocReport *r);
/* Writes a void element (meta, input, br): no content, no end tag. */
G_GNUC_NULL_TERMINATED
void bloc_report_void (BlocReport *r, const char *name, ...);
/* Writes @text, escaped. */
void bloc_report_text (BlocReport *r, const char *text);
/* Writes the formatted text, escaped. */
G_GNUC_PRINTF (2, 3)
void bloc_report_textf (BlocReport *r, const char *format, ...);
/* Writes <@name ATTRIBUTES>@text</@name>. */
G_GNUC_NULL_TERMINATED
void bloc_report_element (BlocReport *r, const char *name, const char *text, ...);
/* Writes @len bytes that are already markup (a figure's SVG, the script's escaped JSON). */
void bloc_report_raw (BlocReport *r, const char *markup, gsize len);

/* The label of @entity in the page's language (transfer none: the dataset's). */
const char *bloc_report_label (const BlocReport *r, guint entity);
/* A link to the card of @entity, showing its label. */
void bloc_report_entity_link (BlocReport *r, guint entity);
/* Links to the cards of @entities (guint entity indices), separated as lists are in the page's
 * language; "—" for none. */
void bloc_report_entity_links (BlocReport *r, const GArray *entities);
/* The page numbers of @entities as an attribute value ("3 17 20"), or NULL for none. Caller
 * frees. */
char *bloc_report_entity_numbers (const BlocReport *r, const GArray *entities);
/* What-if change @i of the page's dataset in the page's language, as `bloc` words it in a table
 * ("added TM -> CSTO (member)"). Caller frees. */
char *bloc_report_scenario_line (const BlocReport *r, guint i);
/* The year of the report for sentences: "current ties" or "in 2014", translated. Caller frees. */
char *bloc_report_year_phrase (const BlocReport *r);

/* ---- Tables (bloc-report-table.c) ----------------------------------------------------------- */

typedef enum {
    BLOC_REPORT_CELL_TEXT,
    BLOC_REPORT_CELL_NUMBER,
    BLOC_REPORT_CELL_ENTITIES, /* links to cards */
} BlocReportCellKind;

typedef struct {
    BlocReportCellKind kind;
    char *text;       /* text, or the number exactly, or the ids joined (for comparing) */
    double value;     /* a number; NaN shows as "—" */
    GArray *entities; /* guint entity indices */
    GPtrArray *notes; /* for each entity, a word after it ("observer"), or NULL; may be NULL */
} BlocReportCell;

typedef struct {
    char *key;        /* what identifies the row across the what-if and its baseline */
    GArray *entities; /* what the row is about, for highlighting: guint entity indices */
    GPtrArray *cells; /* BlocReportCell */
} BlocReportRow;

/* A table of the page: typed cells, rows with a key, so that a table of the what-if can be set
 * beside the same table of the baseline. */
typedef struct {
    char *name; /* the table's name in ids and file names ("gaps-entities") */
    char *caption;
    GPtrArray *columns; /* translated column names */
    GPtrArray *rows;    /* BlocReportRow */
    char *note;         /* a line under the table, or NULL */
} BlocReportTable;

/* A new table named @name (for ids) with @caption and the columns (translated, NULL-terminated).
 * Transfer full. */
BlocReportTable *bloc_report_table_new (const char *name, const char *caption,
                                        const char *const *columns);
void bloc_report_table_free (BlocReportTable *t);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocReportTable, bloc_report_table_free)

/* Adds a row with @key; the cells follow from the left (transfer none: the table's). */
BlocReportRow *bloc_report_table_add_row (BlocReportTable *t, const char *key);
/* Marks the row as being about @entity. */
void bloc_report_row_about (BlocReportRow *row, guint entity);
void bloc_report_row_text (BlocReportRow *row, const char *text);
void bloc_report_row_number (BlocReportRow *row, double value);
/* A cell linking to @entity, or to each of @entities. */
void bloc_report_row_entity (BlocReportRow *row, const BlocDataset *ds, guint entity);
void bloc_report_row_entities (BlocReportRow *row, const BlocDataset *ds, const GArray *entities);
/* The same, with @notes[i] (NULL for none) in brackets after entity i. */
void bloc_report_row_entities_noted (BlocReportRow *row, const BlocDataset *ds,
                                     const GArray *entities, const char *const *notes);

/* TRUE when @a and @b hold different rows or values (the captions are not compared). */
gboolean bloc_report_tables_differ (const BlocReportTable *a, const BlocReportTable *b);

/* Writes @t with its caption, a filter box, a copy-as-CSV button and sortable column headers;
 * with @baseline, marks the rows that changed, shows the baseline's value beside each value that
 * differs, and lists the baseline's rows that the what-if lost. */
void bloc_report_write_table (BlocReport *r, const BlocReportTable *t,
                              const BlocReportTable *baseline);

/* ---- Figures (bloc-report-figure.c) -------------------------------------------------------- */

/* Fills @o with the defaults of @view and the page's scope and language, and for the gaps view
 * the page's group. */
void bloc_report_render_options (const BlocReport *r, BlocRenderOptions *o, BlocView view);

/* Writes the figure that bloc_render() draws of @options: inlined, with an id prefix of its own,
 * its title and description as caption, and download buttons; with @baseline TRUE, the
 * baseline's figure beside it. A figure refused for its size is replaced by @counterpart (a view
 * name, when bloc has that view), else by a note; one with nothing to draw by a note. FALSE with
 * @error for any other failure. */
gboolean bloc_report_write_figure (BlocReport *r, const BlocRenderOptions *options,
                                   const char *counterpart, gboolean baseline, GError **error);

/* Writes the figure of view @name ("matrix") with the scope, language and group of the page,
 * when bloc has that view; writes nothing and returns TRUE when it has not. */
gboolean bloc_report_write_view_if_known (BlocReport *r, const char *name, gboolean baseline,
                                          GError **error);

/* ---- Sections (bloc-report-sections.c, bloc-report-overlap.c, bloc-report-index.c) ---------- */

/* The tables of a section: @n of them for the data (@now) and as many for the baseline of a
 * what-if (@base, NULL without one). */
typedef struct {
    BlocReportTable *now[4];
    BlocReportTable *base[4];
    guint n;
} BlocReportSectionTables;

void bloc_report_section_tables_clear (BlocReportSectionTables *t);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocReportSectionTables, bloc_report_section_tables_clear)
/* TRUE when a table of @t differs from its baseline's. */
gboolean bloc_report_section_differs (const BlocReportSectionTables *t);
/* Writes the tables of @t, each beside its baseline's. */
void bloc_report_write_section_tables (BlocReport *r, const BlocReportSectionTables *t);
/* Under a what-if, a paragraph that says whether the section differs from the baseline. */
void bloc_report_write_compare_note (BlocReport *r, const BlocReportSectionTables *t);
/* A row key of two parts, joined by a character no id holds. Caller frees. */
char *bloc_report_key_of (const char *a, const char *b);
/* The id of @entity (transfer none: the dataset's). */
const char *bloc_report_entity_id (const BlocDataset *ds, guint entity);

gboolean bloc_report_section_dataset (BlocReport *r, GError **error);
gboolean bloc_report_section_gaps (BlocReport *r, GError **error);
gboolean bloc_report_section_overlap (BlocReport *r, GError **error);
gboolean bloc_report_section_centrality (BlocReport *r, GError **error);
gboolean bloc_report_section_communities (BlocReport *r, GError **error);
gboolean bloc_report_section_nesting (BlocReport *r, GError **error);
gboolean bloc_report_section_timeline (BlocReport *r, GError **error);
/* The index of entities: one card each. */
void bloc_report_section_index (BlocReport *r);
/* The JSON the page's script reads: the words it shows (those with a number in each form it may
 * need), and for every entity its id, kind, label, searchable fields (as bloc_find() searches
 * them), what it is tied to, and the joins and exits of the timeline figure. Transfer full. */
JsonNode *bloc_report_script_data (const BlocReport *r);

/* Opens a section: <section id="s-@name"> and its numbered heading. Close it with
 * bloc_report_close(). */
void bloc_report_open_section (BlocReport *r, const char *name, guint number, const char *title);

G_END_DECLS
