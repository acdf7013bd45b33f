/* bloc-report-table.c: the page's tables, and the what-if set beside its baseline.
 *
 * A table is built from typed cells in rows that carry a key (an entity id, a pair of ids), so
 * that the same table built from the baseline can be matched row by row: a value that differs is
 * shown with the baseline's beside it, a row only the what-if has is marked new, and a row only
 * the baseline has is listed at the end, marked as gone. The marks are words, not only colours.
 */
#include <math.h>
#include <string.h>

#include "bloc-output.h"
#include "bloc-report-private.h"

static void
cell_free (gpointer data)
{
    BlocReportCell *c = data;
    g_free (c->text);
    if (c->entities != NULL)
        g_array_unref (c->entities);
    if (c->notes != NULL)
        g_ptr_array_unref (c->notes);
    g_free (c);
}

static void
row_free (gpointer data)
{
    BlocReportRow *row = data;
    g_free (row->key);
    g_array_unref (row->entities);
    g_ptr_array_unref (row->cells);
    g_free (row);
}

BlocReportTable *
bloc_report_table_new (const char *name, const char *caption, const char *const *columns)
{
    BlocReportTable *t = g_new0 (BlocReportTable, 1);
    t->name = g_strdup (name);
    t->caption = g_strdup (caption);
    t->columns = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; columns[i] != NULL; i++)
        g_ptr_array_add (t->columns, g_strdup (columns[i]));
    t->rows = g_ptr_array_new_with_free_func (row_free);
    return t;
}

void
bloc_report_table_free (BlocReportTable *t)
{
    if (t == NULL)
        return;
    g_free (t->name);
    g_free (t->caption);
    g_free (t->note);
    g_ptr_array_unref (t->columns);
    g_ptr_array_unref (t->rows);
    g_free (t);
}

BlocReportRow *
bloc_report_table_add_row (BlocReportTable *t, const char *key)
{
    BlocReportRow *row = g_new0 (BlocReportRow, 1);
    row->key = g_strdup (key);
    row->entities = g_array_new (FALSE, FALSE, sizeof (guint));
    row->cells = g_ptr_array_new_with_free_func (cell_free);
    g_ptr_array_add (t->rows, row);
    return row;
}

void
bloc_report_row_about (BlocReportRow *row, guint entity)
{
    for (guint i = 0; i < row->entities->len; i++)
        if (g_array_index (row->entities, guint, i) == entity)
            return;
    g_array_append_val (row->entities, entity);
}

void
bloc_report_row_text (BlocReportRow *row, const char *text)
{
    BlocReportCell *c = g_new0 (BlocReportCell, 1);
    c->kind = BLOC_REPORT_CELL_TEXT;
    c->text = g_strdup (text ? text : "");
    g_ptr_array_add (row->cells, c);
}

void
bloc_report_row_number (BlocReportRow *row, double value)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    BlocReportCell *c = g_new0 (BlocReportCell, 1);
    c->kind = BLOC_REPORT_CELL_NUMBER;
    c->value = value;
    c->text = g_strdup (isnan (value) ? "" : bloc_format_real_exact (buf, value));
    g_ptr_array_add (row->cells, c);
}

void
bloc_report_row_entities (BlocReportRow *row, const BlocDataset *ds, const GArray *entities)
{
    BlocReportCell *c = g_new0 (BlocReportCell, 1);
    c->kind = BLOC_REPORT_CELL_ENTITIES;
    c->entities = g_array_new (FALSE, FALSE, sizeof (guint));
    if (entities != NULL)
        g_array_append_vals (c->entities, entities->data, entities->len);
    /* Compared by the ids, which the what-if and its baseline share. */
    c->text = bloc_dataset_join_ids (ds, c->entities, "\n", 0);
    g_ptr_array_add (row->cells, c);
}

void
bloc_report_row_entities_noted (BlocReportRow *row, const BlocDataset *ds, const GArray *entities,
                                const char *const *notes)
{
    bloc_report_row_entities (row, ds, entities);
    BlocReportCell *c = g_ptr_array_index (row->cells, row->cells->len - 1);
    GString *text = g_string_new (c->text);
    c->notes = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; i < c->entities->len; i++) {
        g_ptr_array_add (c->notes, g_strdup (notes[i]));
        g_string_append_printf (text, "\n%s", notes[i] ? notes[i] : "");
    }
    g_free (c->text);
    c->text = g_string_free (text, FALSE);
}

void
bloc_report_row_entity (BlocReportRow *row, const BlocDataset *ds, guint entity)
{
    g_autoptr (GArray) one = g_array_new (FALSE, FALSE, sizeof (guint));
    g_array_append_val (one, entity);
    bloc_report_row_entities (row, ds, one);
}

static gboolean
rows_differ (const BlocReportRow *a, const BlocReportRow *b)
{
    if (a->cells->len != b->cells->len)
        return TRUE;
    for (guint i = 0; i < a->cells->len; i++) {
        const BlocReportCell *x = g_ptr_array_index (a->cells, i),
                             *y = g_ptr_array_index (b->cells, i);
        if (strcmp (x->text, y->text) != 0)
            return TRUE;
    }
    return FALSE;
}

/* The rows of @t by key (transfer container). */
static GHashTable *
rows_by_key (const BlocReportTable *t)
{
    GHashTable *rows = g_hash_table_new (g_str_hash, g_str_equal);
    for (guint i = 0; t != NULL && i < t->rows->len; i++) {
        BlocReportRow *row = g_ptr_array_index (t->rows, i);
        g_hash_table_insert (rows, row->key, row);
    }
    return rows;
}

gboolean
bloc_report_tables_differ (const BlocReportTable *a, const BlocReportTable *b)
{
    if (a->rows->len != b->rows->len)
        return TRUE;
    g_autoptr (GHashTable) in_b = rows_by_key (b);
    for (guint i = 0; i < a->rows->len; i++) {
        const BlocReportRow *row = g_ptr_array_index (a->rows, i);
        const BlocReportRow *other = g_hash_table_lookup (in_b, row->key);
        if (other == NULL || rows_differ (row, other))
            return TRUE;
    }
    return FALSE;
}

/* For each column, TRUE when every number in it (in @t and @baseline) is an integer: those
 * print without decimals, the others with 3. */
static gboolean *
integer_columns (const BlocReportTable *t, const BlocReportTable *baseline)
{
    gboolean *integers = g_new (gboolean, t->columns->len);
    for (guint k = 0; k < t->columns->len; k++)
        integers[k] = TRUE;
    const BlocReportTable *tables[] = { t, baseline };
    for (guint n = 0; n < G_N_ELEMENTS (tables); n++)
        for (guint i = 0; tables[n] != NULL && i < tables[n]->rows->len; i++) {
            const BlocReportRow *row = g_ptr_array_index (tables[n]->rows, i);
            for (guint k = 0; k < row->cells->len && k < t->columns->len; k++) {
                const BlocReportCell *c = g_ptr_array_index (row->cells, k);
                if (c->kind == BLOC_REPORT_CELL_NUMBER && !isnan (c->value) &&
                    c->value != floor (c->value))
                    integers[k] = FALSE;
            }
        }
    return integers;
}

/* Writes the content of @c: its text, number or links. */
static void
write_cell_content (BlocReport *r, const BlocReportCell *c, gboolean integer)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    switch (c->kind) {
    case BLOC_REPORT_CELL_TEXT:
        bloc_report_text (r, c->text);
        break;
    case BLOC_REPORT_CELL_NUMBER:
        if (isnan (c->value))
            bloc_report_text (r, "—");
        else if (integer)
            bloc_report_text (r, g_ascii_formatd (buf, sizeof buf, "%.0f", c->value));
        else
            bloc_report_text (r, bloc_format_real (buf, c->value));
        break;
    case BLOC_REPORT_CELL_ENTITIES:
        if (c->entities->len == 0)
            bloc_report_text (r, "—");
        for (guint i = 0; i < c->entities->len; i++) {
            const char *note = c->notes ? g_ptr_array_index (c->notes, i) : NULL;
            if (i > 0)
                bloc_report_text (r, TC_ (r, "list", ", "));
            bloc_report_entity_link (r, g_array_index (c->entities, guint, i));
            if (note != NULL)
                bloc_report_textf (r, " (%s)", note);
        }
        break;
    }
}

typedef enum { ROW_SAME, ROW_CHANGED, ROW_NEW, ROW_GONE } RowState;

static void
write_row (BlocReport *r, const BlocReportRow *row, const BlocReportRow *base, RowState state,
           const gboolean *integers)
{
    static const char *const classes[] = { NULL, "changed", "new", "gone" };
    static const char *const badges[] = { NULL, N_ ("changed"), N_ ("new in the what-if"),
                                          N_ ("not in the what-if") };
    g_autofree char *about = bloc_report_entity_numbers (r, row->entities);

    bloc_report_open (r, "tr", "data-e", about, "class", classes[state], NULL);
    for (guint k = 0; k < row->cells->len; k++) {
        const BlocReportCell *c = g_ptr_array_index (row->cells, k);
        char value[G_ASCII_DTOSTR_BUF_SIZE];
        const char *v = NULL;
        if (c->kind == BLOC_REPORT_CELL_NUMBER)
            v = isnan (c->value) ? "" : bloc_format_real_exact (value, c->value);
        bloc_report_open (r, k == 0 ? "th" : "td", "scope", k == 0 ? "row" : NULL, "data-v", v,
                          "class", c->kind == BLOC_REPORT_CELL_NUMBER ? "num" : NULL, NULL);
        if (k == 0 && state != ROW_SAME) {
            bloc_report_element (r, "span", T_ (r, badges[state]), "class", "badge", NULL);
            bloc_report_text (r, " ");
        }
        write_cell_content (r, c, integers[k]);
        const BlocReportCell *b =
            base && k < base->cells->len ? g_ptr_array_index (base->cells, k) : NULL;
        if (b != NULL && strcmp (b->text, c->text) != 0) {
            bloc_report_text (r, " ");
            bloc_report_open (r, "span", "class", "base", NULL);
            bloc_report_textf (r, "(%s ", T_ (r, "baseline:"));
            write_cell_content (r, b, integers[k]);
            bloc_report_text (r, ")");
            bloc_report_close (r);
        }
        bloc_report_close (r);
    }
    bloc_report_close (r);
}

/* The column's type for sorting: "number" when its cells are numbers. */
static const char *
column_type (const BlocReportTable *t, guint k)
{
    for (guint i = 0; i < t->rows->len; i++) {
        const BlocReportRow *row = g_ptr_array_index (t->rows, i);
        if (k < row->cells->len)
            return ((const BlocReportCell *)g_ptr_array_index (row->cells, k))->kind ==
                           BLOC_REPORT_CELL_NUMBER
                       ? "number"
                       : "text";
    }
    return "text";
}

void
bloc_report_write_table (BlocReport *r, const BlocReportTable *t, const BlocReportTable *baseline)
{
    g_autofree char *id = g_strdup_printf ("t%u", ++r->n_tables);
    g_autofree char *table_id = g_strconcat (id, "-table", NULL);
    g_autofree char *caption_id = g_strconcat (id, "-caption", NULL);
    g_autofree char *filter_id = g_strconcat (id, "-filter", NULL);
    g_autofree gboolean *integers = integer_columns (t, baseline);
    g_autoptr (GHashTable) in_base = rows_by_key (baseline);
    g_autoptr (GHashTable) in_now = rows_by_key (t);

    bloc_report_open (r, "div", "class", "table-block", "id", id, NULL);
    bloc_report_open (r, "div", "class", "table-tools needs-js", NULL);
    bloc_report_element (r, "label", T_ (r, "Filter rows"), "for", filter_id, NULL);
    bloc_report_void (r, "input", "type", "search", "id", filter_id, "class", "filter",
                      "data-table", table_id, "aria-describedby", caption_id, "autocomplete", "off",
                      NULL);
    bloc_report_element (r, "button", T_ (r, "Copy as CSV"), "type", "button", "class", "copy-csv",
                         "data-table", table_id, "aria-describedby", caption_id, NULL);
    bloc_report_element (r, "span", NULL, "class", "status", "role", "status", NULL);
    bloc_report_close (r);

    bloc_report_open (r, "div", "class", "table-scroll", NULL);
    bloc_report_open (r, "table", "id", table_id, "data-name", t->name, NULL);
    bloc_report_element (r, "caption", t->caption, "id", caption_id, NULL);
    bloc_report_open (r, "thead", NULL);
    bloc_report_open (r, "tr", NULL);
    for (guint k = 0; k < t->columns->len; k++) {
        bloc_report_open (r, "th", "scope", "col", "data-type", column_type (t, k), NULL);
        /* Without the script the header is plain text; the script makes it a sort button. */
        bloc_report_text (r, g_ptr_array_index (t->columns, k));
        bloc_report_close (r);
    }
    bloc_report_close (r);
    bloc_report_close (r);
    bloc_report_open (r, "tbody", NULL);
    for (guint i = 0; i < t->rows->len; i++) {
        const BlocReportRow *row = g_ptr_array_index (t->rows, i);
        const BlocReportRow *base = baseline ? g_hash_table_lookup (in_base, row->key) : NULL;
        RowState state = baseline == NULL          ? ROW_SAME
                         : base == NULL            ? ROW_NEW
                         : rows_differ (row, base) ? ROW_CHANGED
                                                   : ROW_SAME;
        write_row (r, row, base, state, integers);
    }
    for (guint i = 0; baseline != NULL && i < baseline->rows->len; i++) {
        const BlocReportRow *row = g_ptr_array_index (baseline->rows, i);
        if (!g_hash_table_contains (in_now, row->key))
            write_row (r, row, NULL, ROW_GONE, integers);
    }
    bloc_report_close (r);
    bloc_report_close (r);
    bloc_report_close (r);
    if (t->note != NULL)
        bloc_report_element (r, "p", t->note, "class", "note", NULL);
    bloc_report_close (r);
}
