/* bloc-model-private.h: the dataset's insides, for the library only.
 *
 * The loader fills a dataset through these fields; the rest of the library may read them
 * directly. Code outside the library uses the accessors of bloc-model.h.
 */
#pragma once

#include "bloc-model.h"

G_BEGIN_DECLS

/* One what-if change, as applied: the same as a line of BlocDataset.scenario, for code that words
 * it in another language (a figure's subtitle). */
typedef struct {
    gboolean added; /* TRUE for --add (a tie from @from to @to with @role), FALSE for --remove */
    guint from;
    guint to;
    BlocRole role; /* --add only */
} BlocScenarioChange;

struct BlocDataset {
    char *origin; /* where the data came from, for messages and titles */
    const char *title;
    const char *description;
    const char *const *sources; /* NULL-terminated; may be empty */
    const char *default_group;  /* [dataset] default-group, or NULL */
    GPtrArray *entity_columns;  /* const char *, the header of entities.csv */
    GPtrArray *tie_columns;     /* const char *, the header of ties.csv */
    GArray *entities;           /* BlocEntity */
    GArray *ties;               /* BlocTie */
    GPtrArray *groups;          /* BlocGroup *, sorted by id */
    double weights[BLOC_N_ROLES];
    GPtrArray *scenario; /* char *: one line per what-if change applied */
    GArray *scenario_changes; /* BlocScenarioChange: the same changes, in the same order */
    GHashTable *index;   /* id -> entity index + 1 */
    GStringChunk *strings;
    /* The cells of entities.csv and ties.csv, kept sparsely, so that an empty cell costs
     * nothing and another 8 bytes beside its text: a row's non-empty cells are the entries
     * [cells_at, cells_at + n_cells) of @cells, in column order, each the offset of its text
     * in @cell_text. The texts do not move once the dataset is loaded. An entity's id and name,
     * and a tie's ends and role, are not kept as cells: they are the entity's fields, the ids
     * of the tie's entities and its role's name, in the columns below (-1 when there is none). */
    GArray *cells;         /* BlocCell */
    GByteArray *cell_text; /* NUL-terminated texts; offset 0 is "" */
    guint32 one_byte[256]; /* where the text of each one-byte cell is, once there is one */
    int entity_id_column;
    int entity_name_column;
    int tie_from_column;
    int tie_to_column;
    int tie_role_column;
};

/* Binds bloc's text domain to bloc_i18n_localedir() with UTF-8 output; bloc_init() calls it, and
 * so does every lookup of bloc-i18n.h. Idempotent and thread-safe. */
void bloc_i18n_bind (void);

/* A non-empty cell: its column, and where its text is in BlocDataset.cell_text. */
typedef struct {
    guint32 column;
    guint32 text;
} BlocCell;

/* Copies @text into the dataset's string storage; the copy lives as long as @ds. Equal texts
 * share one copy. */
const char *bloc_dataset_intern (BlocDataset *ds, const char *text);

/* Where the cells of the next row will start (its cells_at). */
static inline guint
bloc_dataset_cells_begin (const BlocDataset *ds)
{
    return ds->cells->len;
}
/* Copies the @len bytes of @text into the cells' text, and returns its offset there; returns 0
 * and copies nothing when the texts would pass 4 GiB. */
guint32 bloc_dataset_cell_text (BlocDataset *ds, const char *text, gsize len);
/* Keeps the cell of @column whose text is at @text (from bloc_dataset_cell_text()) for the row
 * being stored, columns in ascending order. The row's n_cells is the count of cells kept since
 * bloc_dataset_cells_begin(). */
void bloc_dataset_cells_add (BlocDataset *ds, guint column, guint32 text);
/* The text of @column among the @n cells kept from @at, or "". */
const char *bloc_dataset_cell (const BlocDataset *ds, guint at, guint n, guint column);

/* Sets the active years of @t from its own since and until and those of its two entities: a tie
 * cannot be active before both ends exist or after either has ended. Each object's interval
 * counts in its year when it begins and ends in the same year; then the latest since and the
 * earliest until win. */
void bloc_dataset_bound_tie (const BlocDataset *ds, BlocTie *t);

/* The position of @column in @columns (a GPtrArray of strings), or -1. */
int bloc_column_index (const GPtrArray *columns, const char *column);

G_END_DECLS
