/* bloc-model-private.h: the dataset's insides, for the library only.
 *
 * The loader fills a dataset through these fields; the rest of the library may read them
 * directly. Code outside the library uses the accessors of bloc-model.h.
 */
#pragma once

#include "bloc-model.h"

G_BEGIN_DECLS

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
    GHashTable *index;   /* id -> entity index + 1 */
    GStringChunk *strings;
};

/* Copies @text into the dataset's string storage; the copy lives as long as @ds. */
const char *bloc_dataset_intern (BlocDataset *ds, const char *text);

/* Sets the active years of @t from its own since and until and those of its two entities: a tie
 * cannot be active before both ends exist or after either has ended. Each object's interval
 * counts in its year when it begins and ends in the same year; then the latest since and the
 * earliest until win. */
void bloc_dataset_bound_tie (const BlocDataset *ds, BlocTie *t);

/* The position of @column in @columns (a GPtrArray of strings), or -1. */
int bloc_column_index (const GPtrArray *columns, const char *column);

G_END_DECLS
