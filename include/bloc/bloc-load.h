/* bloc-load.h: the strict dataset loader.
 *
 * A dataset is a folder with entities.csv and ties.csv, and optionally dataset.ini (see
 * docs/data-format.md). Loading checks everything and reports up to BLOC_LOAD_MAX_ERRORS
 * problems, each as "file:line:col: what is wrong (what was expected)", one per line of the
 * error message.
 */
#pragma once

#include <gio/gio.h>

#include "bloc-model.h"

G_BEGIN_DECLS

#define BLOC_LOAD_MAX_ERRORS 20

/* The name of the embedded default dataset. */
#define BLOC_DEFAULT_DATASET "central-asia-security"

/* Loads the dataset folder at @dir, or the embedded default dataset when @dir is NULL.
 * Returns a new dataset (transfer full: free with bloc_dataset_free()), or NULL with @error set:
 * BLOC_ERROR_DATA with one "file:line:col: what (expected what)" line per problem. */
BlocDataset *bloc_load_dataset (const char *dir, GError **error);

/* Loads the dataset folder @dir (any GFile: a path, a resource:// URI), naming it @display in
 * messages. Returns as bloc_load_dataset() does. */
BlocDataset *bloc_load_dataset_from (GFile *dir, const char *display, GError **error);

/* Registers bloc's embedded resources (the default dataset and lookup tables). Idempotent;
 * bloc_init() calls it, so callers rarely need to. */
void bloc_load_register_resources (void);

/* The file @name ("entities.csv", ...) of the embedded default dataset. Returns a new GFile
 * (transfer full: g_object_unref()). */
GFile *bloc_load_default_file (const char *name);

G_END_DECLS
