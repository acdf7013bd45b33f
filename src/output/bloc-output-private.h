/* bloc-output-private.h: what the table formatters share inside the output module.
 *
 * bloc-output.c owns the table and its cells; bloc-fit.c lays a table out as text for people,
 * fitted to a terminal, through these accessors.
 */
#pragma once

#include "bloc-output.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_CELL_NULL,
    BLOC_CELL_TEXT,
    BLOC_CELL_NUMBER,
    BLOC_CELL_LIST,
} BlocCellKind;

/* The number of columns, and the name of column @col (owned by the table). */
guint bloc_table_n_columns (const BlocTable *t);
const char *bloc_table_column (const BlocTable *t, guint col);

/* The language of the table's own words for people (bloc_table_set_language()), or NULL. */
const char *bloc_table_language (const BlocTable *t);
/* What separates the items of a list for people in @lang: ", " in English. Static. */
const char *bloc_table_list_separator (const char *lang);

/* What the cell at @row, @col holds. */
BlocCellKind bloc_table_cell_kind (const BlocTable *t, guint row, guint col);
/* The items of a list cell as people see them, each isolated as bloc_table_cell_text() shows
 * text, or NULL for another cell. Caller frees with g_strfreev(). */
char **bloc_table_cell_items (const BlocTable *t, guint row, guint col);

/* TRUE when column @col holds numbers and nothing else but nulls. */
gboolean bloc_table_column_is_numeric (const BlocTable *t, guint col);
/* TRUE when every real number of column @col is an integer, and not all are 0 or 1: people read
 * them as integers ("21", not "21.000"). A column of only 0s and 1s keeps its decimals: it is
 * most often a ratio at its bounds (a Jaccard index of 1.000). */
gboolean bloc_table_column_is_integral (const BlocTable *t, guint col);

/* The text of a cell for people (tables and Markdown): "-" for null, reals with 3 decimals, or
 * as integers with @integral, text isolated (bloc_text_isolate()) so that it cannot reorder the
 * rest of the line, lists as bloc_table_cell_items() joined with ", ". Caller frees. */
char *bloc_table_cell_text (const BlocTable *t, guint row, guint col, gboolean integral);

/* Appends @t as an aligned plain table, after its caption, fitted into @width terminal columns
 * (0: no limit). In bloc-fit.c. */
void bloc_table_format_plain (const BlocTable *t, guint width, GString *out);

G_END_DECLS
