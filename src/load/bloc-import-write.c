/* bloc-import-write.c: the dataset an importer builds, checked as the loader checks it, written
 * into a hidden folder, loaded back, and renamed into place. */
#include <errno.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include "bloc-import-private.h"
#include "bloc-load.h"
#include "bloc-output.h"
#include "bloc-text.h"

typedef struct {
    const char *id;
    const char *name; /* NULL until one is given */
    const char *since;
    const char *until;
    const char **extra;
    BlocKind kind;
    BlocImportSpot id_at;
    BlocImportSpot kind_at;
    BlocImportSpot name_at;
} Entity;

typedef struct {
    guint from;
    guint to;
    BlocRole role;
    const char *since; /* NULL when open */
    const char *until;
    const char *source;
    const char *note;
    BlocImportSpot at;
} Tie;

struct BlocImportBuilder {
    char *file;
    GArray *tie_order; /* guint: the ties in the order they are written, once checked */
    GStringChunk *strings;
    GArray *entities;  /* Entity */
    GHashTable *by_id; /* id -> index + 1 */
    GArray *ties;      /* Tie */
    GPtrArray *extra;  /* char *: extra entity columns */
};

BlocImportBuilder *
bloc_import_builder_new (const char *file, const char *const *extra_columns)
{
    BlocImportBuilder *b = g_new0 (BlocImportBuilder, 1);
    b->file = g_strdup (file);
    b->strings = g_string_chunk_new (64 * 1024);
    b->entities = g_array_new (FALSE, FALSE, sizeof (Entity));
    b->by_id = g_hash_table_new (g_str_hash, g_str_equal);
    b->ties = g_array_new (FALSE, FALSE, sizeof (Tie));
    b->extra = g_ptr_array_new_with_free_func (g_free);
    for (guint i = 0; extra_columns != NULL && extra_columns[i] != NULL; i++)
        g_ptr_array_add (b->extra, g_strdup (extra_columns[i]));
    return b;
}

void
bloc_import_builder_free (BlocImportBuilder *b)
{
    if (b == NULL)
        return;
    for (guint i = 0; i < b->entities->len; i++)
        g_free (g_array_index (b->entities, Entity, i).extra);
    g_free (b->file);
    g_string_chunk_free (b->strings);
    g_array_unref (b->entities);
    g_hash_table_unref (b->by_id);
    g_array_unref (b->ties);
    g_ptr_array_unref (b->extra);
    if (b->tie_order != NULL)
        g_array_unref (b->tie_order);
    g_free (b);
}

static const char *
intern (BlocImportBuilder *b, const char *text)
{
    return text == NULL ? NULL : g_string_chunk_insert_const (b->strings, text);
}

static Entity *
entity_at (const BlocImportBuilder *b, guint index)
{
    return &g_array_index (b->entities, Entity, index);
}

static const char *
an (BlocKind kind)
{
    return kind == BLOC_KIND_ORGANIZATION || kind == BLOC_KIND_AGREEMENT ||
                   kind == BLOC_KIND_EXERCISE
               ? "an"
               : "a";
}

gboolean
bloc_import_builder_entity (BlocImportBuilder *b, guint *out, const BlocImportEntityRef *ref,
                            BlocImportProblems *p)
{
    const char *why = bloc_id_problem (ref->id);
    if (why != NULL) {
        bloc_import_problem (p, b->file, ref->id_at.line, ref->id_at.col, "%s", why);
        return FALSE;
    }
    const char *name = ref->name != NULL && *ref->name != '\0' ? ref->name : NULL;
    guint index = GPOINTER_TO_UINT (g_hash_table_lookup (b->by_id, ref->id));
    if (index == 0) {
        Entity e = { 0 };
        e.id = intern (b, ref->id);
        e.name = intern (b, name);
        e.kind = ref->kind;
        e.id_at = ref->id_at;
        e.kind_at = ref->kind_at.line != 0 ? ref->kind_at : ref->id_at;
        e.name_at = ref->name_at;
        e.extra = g_new0 (const char *, b->extra->len + 1);
        g_array_append_val (b->entities, e);
        index = b->entities->len;
        g_hash_table_insert (b->by_id, (gpointer)e.id, GUINT_TO_POINTER (index));
        *out = index - 1;
        return TRUE;
    }

    Entity *e = entity_at (b, index - 1);
    gboolean ok = TRUE;
    if (e->kind != ref->kind) {
        BlocImportSpot at = ref->kind_at.line != 0 ? ref->kind_at : ref->id_at;
        bloc_import_problem (p, b->file, at.line, at.col,
                             "'%s' is %s %s here but %s %s at line %u (expected one kind for "
                             "each id)",
                             ref->id, an (ref->kind), bloc_kind_to_string (ref->kind), an (e->kind),
                             bloc_kind_to_string (e->kind), e->kind_at.line);
        ok = FALSE;
    }
    if (name != NULL && e->name == NULL) {
        e->name = intern (b, name);
        e->name_at = ref->name_at;
    } else if (name != NULL && strcmp (name, e->name) != 0) {
        bloc_import_problem (p, b->file, ref->name_at.line, ref->name_at.col,
                             "'%s' is named '%s' here but '%s' at line %u (expected one name for "
                             "each id)",
                             ref->id, name, e->name, e->name_at.line);
        ok = FALSE;
    }
    *out = index - 1;
    return ok;
}

guint
bloc_import_builder_n_entities (const BlocImportBuilder *b)
{
    return b->entities->len;
}

const char *
bloc_import_builder_entity_id (const BlocImportBuilder *b, guint entity)
{
    return entity_at (b, entity)->id;
}

BlocKind
bloc_import_builder_entity_kind (const BlocImportBuilder *b, guint entity)
{
    return entity_at (b, entity)->kind;
}

void
bloc_import_builder_entity_dates (BlocImportBuilder *b, guint entity, const char *since,
                                  const char *until)
{
    Entity *e = entity_at (b, entity);
    e->since = intern (b, since);
    e->until = intern (b, until);
}

void
bloc_import_builder_entity_extra (BlocImportBuilder *b, guint entity, guint column,
                                  const char *value)
{
    g_return_if_fail (column < b->extra->len);
    entity_at (b, entity)->extra[column] = intern (b, value);
}

gboolean
bloc_import_builder_tie (BlocImportBuilder *b, guint from, guint to, BlocRole role,
                         const char *since, const char *until, const char *source, const char *note,
                         BlocImportSpot at, BlocImportProblems *p)
{
    if (from == to) {
        bloc_import_problem (p, b->file, at.line, at.col,
                             "tie from '%s' to itself (expected two different entities)",
                             entity_at (b, from)->id);
        return FALSE;
    }
    Tie t = { from,
              to,
              role,
              since != NULL && *since ? intern (b, since) : NULL,
              until != NULL && *until ? intern (b, until) : NULL,
              source != NULL && *source ? intern (b, source) : NULL,
              note != NULL && *note ? intern (b, note) : NULL,
              at };
    g_array_append_val (b->ties, t);
    return TRUE;
}

guint
bloc_import_builder_n_ties (const BlocImportBuilder *b)
{
    return b->ties->len;
}

/* ---- Order and checks -------------------------------------------------------------------- */

static int
compare_text (const char *a, const char *b)
{
    /* An open date (NULL) before any date. */
    if (a == NULL || b == NULL)
        return (a != NULL) - (b != NULL);
    return strcmp (a, b);
}

static int
compare_entities (gconstpointer a, gconstpointer b, gpointer data)
{
    const BlocImportBuilder *builder = data;
    return strcmp (entity_at (builder, *(const guint *)a)->id,
                   entity_at (builder, *(const guint *)b)->id);
}

/* Ties in the order they are written: by from, to, since, role, until, then where read. */
static int
compare_ties (gconstpointer a, gconstpointer b, gpointer data)
{
    const BlocImportBuilder *builder = data;
    const Tie *x = &g_array_index (builder->ties, Tie, *(const guint *)a);
    const Tie *y = &g_array_index (builder->ties, Tie, *(const guint *)b);
    int c;
    if (x->from != y->from)
        return strcmp (entity_at (builder, x->from)->id, entity_at (builder, y->from)->id);
    if (x->to != y->to)
        return strcmp (entity_at (builder, x->to)->id, entity_at (builder, y->to)->id);
    if ((c = compare_text (x->since, y->since)) != 0)
        return c;
    if (x->role != y->role)
        return x->role < y->role ? -1 : 1;
    if ((c = compare_text (x->until, y->until)) != 0)
        return c;
    if (x->at.line != y->at.line)
        return x->at.line < y->at.line ? -1 : 1;
    return x->at.col < y->at.col ? -1 : x->at.col > y->at.col;
}

/* The loader refuses two ties with the same ends, role and since. */
static void
check_repeated_ties (const BlocImportBuilder *b, const GArray *order, BlocImportProblems *p)
{
    for (guint i = 1; i < order->len; i++) {
        const Tie *x = &g_array_index (b->ties, Tie, g_array_index (order, guint, i - 1));
        const Tie *y = &g_array_index (b->ties, Tie, g_array_index (order, guint, i));
        if (x->from != y->from || x->to != y->to || x->role != y->role ||
            compare_text (x->since, y->since) != 0)
            continue;
        const Tie *first = x->at.line <= y->at.line ? x : y;
        const Tie *again = first == x ? y : x;
        bloc_import_problem (p, b->file, again->at.line, again->at.col,
                             "tie %s -> %s (%s%s%s) again (expected each tie once; first at line "
                             "%u)",
                             entity_at (b, y->from)->id, entity_at (b, y->to)->id,
                             bloc_role_to_string (y->role), y->since ? ", since " : "",
                             y->since ? y->since : "", first->at.line);
    }
}

/* ---- Writing ----------------------------------------------------------------------------- */

static void
append_row (GString *out, const char *const *fields, guint n)
{
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append_c (out, ',');
        if (fields[i] != NULL)
            bloc_csv_append (out, fields[i]);
    }
    g_string_append_c (out, '\n');
}

static GString *
entities_csv (const BlocImportBuilder *b, const GArray *order)
{
    gboolean dated = FALSE;
    for (guint i = 0; i < b->entities->len && !dated; i++)
        dated = entity_at (b, i)->since != NULL || entity_at (b, i)->until != NULL;

    GString *out = g_string_new ("id,kind,name");
    for (guint c = 0; c < b->extra->len; c++) {
        g_string_append_c (out, ',');
        bloc_csv_append (out, g_ptr_array_index (b->extra, c));
    }
    g_string_append (out, dated ? ",since,until\n" : "\n");

    guint n = 3 + b->extra->len + (dated ? 2 : 0);
    g_autofree const char **fields = g_new0 (const char *, n);
    for (guint i = 0; i < order->len; i++) {
        const Entity *e = entity_at (b, g_array_index (order, guint, i));
        fields[0] = e->id;
        fields[1] = bloc_kind_to_string (e->kind);
        fields[2] = e->name != NULL ? e->name : e->id;
        for (guint c = 0; c < b->extra->len; c++)
            fields[3 + c] = e->extra[c];
        if (dated) {
            fields[n - 2] = e->since;
            fields[n - 1] = e->until;
        }
        append_row (out, fields, n);
    }
    return out;
}

static GString *
ties_csv (const BlocImportBuilder *b, const GArray *order)
{
    gboolean notes = FALSE;
    for (guint i = 0; i < b->ties->len && !notes; i++)
        notes = g_array_index (b->ties, Tie, i).note != NULL;

    GString *out = g_string_new (notes ? "from,to,role,since,until,source,note\n"
                                       : "from,to,role,since,until,source\n");
    for (guint i = 0; i < order->len; i++) {
        const Tie *t = &g_array_index (b->ties, Tie, g_array_index (order, guint, i));
        const char *fields[] = { entity_at (b, t->from)->id,
                                 entity_at (b, t->to)->id,
                                 bloc_role_to_string (t->role),
                                 t->since,
                                 t->until,
                                 t->source,
                                 t->note };
        append_row (out, fields, notes ? 7 : 6);
    }
    return out;
}

/* "12 country, 3 organization", by kind order. */
static char *
kind_counts (const BlocImportBuilder *b)
{
    guint counts[BLOC_N_KINDS] = { 0 };
    for (guint i = 0; i < b->entities->len; i++)
        counts[entity_at (b, i)->kind]++;
    GString *s = g_string_new (NULL);
    for (int k = 0; k < BLOC_N_KINDS; k++)
        if (counts[k] > 0)
            g_string_append_printf (s, "%s%u %s", s->len ? ", " : "", counts[k],
                                    bloc_kind_to_string ((BlocKind)k));
    return g_string_free (s, FALSE);
}

static char *
role_counts (const BlocImportBuilder *b)
{
    guint counts[BLOC_N_ROLES] = { 0 };
    for (guint i = 0; i < b->ties->len; i++)
        counts[g_array_index (b->ties, Tie, i).role]++;
    GString *s = g_string_new (NULL);
    for (int r = 0; r < BLOC_N_ROLES; r++)
        if (counts[r] > 0)
            g_string_append_printf (s, "%s%u %s", s->len ? ", " : "", counts[r],
                                    bloc_role_to_string ((BlocRole)r));
    return g_string_free (s, FALSE);
}

/* ---- The target folder ------------------------------------------------------------------- */

static const char *const dataset_files[] = { "entities.csv", "ties.csv", "dataset.ini", NULL };

typedef enum { FOLDER_MISSING, FOLDER_EMPTY, FOLDER_DATASET, FOLDER_OTHER } FolderState;

/* What @dir holds: nothing, an empty folder, only dataset files, or anything else. */
static FolderState
folder_state (const char *dir)
{
    GStatBuf st;
    if (g_lstat (dir, &st) != 0)
        return FOLDER_MISSING;
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    if (d == NULL)
        return FOLDER_OTHER;
    const char *name;
    gboolean empty = TRUE;
    while ((name = g_dir_read_name (d)) != NULL) {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        if (!g_strv_contains (dataset_files, name) || g_file_test (path, G_FILE_TEST_IS_SYMLINK) ||
            !g_file_test (path, G_FILE_TEST_IS_REGULAR))
            return FOLDER_OTHER;
        empty = FALSE;
    }
    return empty ? FOLDER_EMPTY : FOLDER_DATASET;
}

/* Removes the dataset files of @dir and the folder. */
static gboolean
remove_dataset (const char *dir)
{
    for (int i = 0; dataset_files[i] != NULL; i++) {
        g_autofree char *path = g_build_filename (dir, dataset_files[i], NULL);
        if (g_file_test (path, G_FILE_TEST_EXISTS) && g_remove (path) != 0)
            return FALSE;
    }
    return g_rmdir (dir) == 0;
}

/* @dir without trailing separators: "DIR/" from shell completion is DIR. */
static char *
clean_dir (const char *dir)
{
    char *clean = g_strdup (dir);
    gsize len = strlen (clean);
    while (len > 1 && clean[len - 1] == G_DIR_SEPARATOR)
        clean[--len] = '\0';
    return clean;
}

gboolean
bloc_import_target_check (const BlocImportTarget *target, GError **error)
{
    /* The title goes into dataset.ini, which the loader reads as any dataset text: refuse here,
     * in the words of the option, what the loader would refuse there. */
    g_autofree char *why = NULL;
    if (target->title != NULL &&
        !bloc_text_validate (target->title, strlen (target->title), NULL, &why)) {
        g_autofree char *shown = bloc_text_for_terminal (target->title);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "--title '%s': %s", shown, why);
        return FALSE;
    }
    if (target->out_dir == NULL || *target->out_dir == '\0') {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "-o '': no folder name (expected a name for the new folder)");
        return FALSE;
    }
    g_autofree char *dir = clean_dir (target->out_dir);
    g_autofree char *base = g_path_get_basename (dir);
    if (strcmp (base, ".") == 0 || strcmp (base, "..") == 0 ||
        strcmp (base, G_DIR_SEPARATOR_S) == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "-o %s: not a folder name (expected a name for the new folder, like cow)",
                     dir);
        return FALSE;
    }
    if (g_file_test (dir, G_FILE_TEST_IS_SYMLINK)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: a symbolic link (expected a folder or a new path, not a link)", dir);
        return FALSE;
    }
    g_autofree char *parent = g_path_get_dirname (dir);
    if (!g_file_test (parent, G_FILE_TEST_IS_DIR)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: no folder %s to create it in (expected an existing parent folder)", dir,
                     parent);
        return FALSE;
    }
    switch (folder_state (dir)) {
    case FOLDER_MISSING:
    case FOLDER_EMPTY:
        return TRUE;
    case FOLDER_DATASET:
        if (target->replace)
            return TRUE;
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: already exists (expected a new folder; --force replaces it)", dir);
        return FALSE;
    case FOLDER_OTHER:
    default:
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: holds other files (expected a new folder, or with --force a dataset "
                     "folder to replace)",
                     dir);
        return FALSE;
    }
}

/* @message with every mention of the temporary folder @tmp written as @dir. */
static char *
with_user_path (const char *message, const char *tmp, const char *dir)
{
    g_autoptr (GString) s = g_string_new (message);
    g_string_replace (s, tmp, dir, 0);
    return g_strdup (s->str);
}

/* Moves the complete folder @tmp to @dir, which is missing, empty, or (checked by the caller) a
 * dataset to replace, with bloc_output_replace_dir(): @dir names the old folder or the new one at
 * every moment, in one exchange where the file system can, else in two renames. Then removes the
 * old folder. On failure @tmp is removed and @dir left as it was. */
static gboolean
move_into_place (const char *tmp, const char *dir, GError **error)
{
    g_autofree char *old = NULL;

    if (!bloc_output_replace_dir (&old, tmp, dir, error)) {
        remove_dataset (tmp);
        return FALSE;
    }
    if (old != NULL && !remove_dataset (old)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO,
                     "%s: written, but the old dataset is left in %s: %s", dir, old,
                     g_strerror (errno));
        return FALSE;
    }
    return TRUE;
}

/* Writes the files into @tmp and loads them back. */
static gboolean
write_and_check (const char *tmp, const char *dir, GString *const *contents, GError **error)
{
    for (int i = 0; dataset_files[i] != NULL; i++) {
        g_autofree char *path = g_build_filename (tmp, dataset_files[i], NULL);
        g_autoptr (GError) local = NULL;
        if (!bloc_output_write (path, contents[i]->str, contents[i]->len, &local)) {
            g_autofree char *message = with_user_path (local->message, tmp, dir);
            g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_IO, message);
            return FALSE;
        }
    }
    /* Whatever an importer writes, the loader must load: a dataset that it would refuse is never
     * put in place. */
    g_autoptr (GError) local = NULL;
    g_autoptr (BlocDataset) ds = bloc_load_dataset (tmp, &local);
    if (ds == NULL) {
        g_autofree char *message = with_user_path (local->message, tmp, dir);
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                     "the dataset imported does not load, so it was not written (a defect of "
                     "the importer; please report it):\n%s",
                     message);
        return FALSE;
    }
    return TRUE;
}

void
bloc_import_builder_check (BlocImportBuilder *b, BlocImportProblems *p)
{
    if (b->tie_order != NULL)
        g_array_unref (b->tie_order);
    b->tie_order = g_array_sized_new (FALSE, FALSE, sizeof (guint), b->ties->len);
    for (guint i = 0; i < b->ties->len; i++)
        g_array_append_val (b->tie_order, i);
    g_array_sort_with_data (b->tie_order, compare_ties, b);
    check_repeated_ties (b, b->tie_order, p);
}

gboolean
bloc_import_builder_write (BlocImportBuilder *b, GKeyFile *ini, const BlocImportTarget *target,
                           BlocImportReport *report, BlocImportProblems *p, GError **error)
{
    g_autoptr (GArray) entity_order =
        g_array_sized_new (FALSE, FALSE, sizeof (guint), b->entities->len);
    for (guint i = 0; i < b->entities->len; i++)
        g_array_append_val (entity_order, i);
    g_array_sort_with_data (entity_order, compare_entities, b);
    if (b->tie_order == NULL || b->tie_order->len != b->ties->len)
        bloc_import_builder_check (b, p);
    if (!bloc_import_problems_check (p, error))
        return FALSE;
    const GArray *tie_order = b->tie_order;

    g_autoptr (GString) entities = entities_csv (b, entity_order);
    g_autoptr (GString) ties = ties_csv (b, tie_order);
    gsize ini_len;
    g_autofree char *ini_text = g_key_file_to_data (ini, &ini_len, NULL);
    g_autoptr (GString) ini_data = g_string_new_len (ini_text, (gssize)ini_len);
    GString *contents[] = { entities, ties, ini_data };

    g_autofree char *dir = clean_dir (target->out_dir);
    g_autofree char *parent = g_path_get_dirname (dir);
    g_autofree char *base = g_path_get_basename (dir);
    g_autofree char *tmp = g_strdup_printf ("%s/.%s.tmp-XXXXXX", parent, base);
    FolderState state = folder_state (dir);

    if (g_file_test (dir, G_FILE_TEST_IS_SYMLINK) || state == FOLDER_OTHER ||
        (state == FOLDER_DATASET && !target->replace)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: changed during the import", dir);
        return FALSE;
    }
    /* Permissions as mkdir gives them (0777 less the umask), not g_mkdtemp's 0700. */
    if (g_mkdtemp_full (tmp, 0777) == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_IO, "%s: cannot create a folder: %s", parent,
                     g_strerror (errno));
        return FALSE;
    }
    if (!write_and_check (tmp, dir, contents, error)) {
        remove_dataset (tmp);
        return FALSE;
    }
    if (!move_into_place (tmp, dir, error))
        return FALSE;

    report->entities = b->entities->len;
    report->ties = b->ties->len;
    g_autofree char *kinds = kind_counts (b);
    g_autofree char *roles = role_counts (b);
    g_autofree char *first = g_strdup_printf ("%s: %u entities (%s), %u ties (%s)", dir,
                                              report->entities, kinds, report->ties, roles);
    bloc_import_report_prepend (report, first);
    return TRUE;
}

GKeyFile *
bloc_import_ini_new (const BlocImportTarget *target, const char *title, const char *description,
                     const char *const *sources)
{
    GKeyFile *ini = g_key_file_new ();
    g_key_file_set_list_separator (ini, ';');
    g_key_file_set_string (ini, "dataset", "title", target->title != NULL ? target->title : title);
    g_key_file_set_string (ini, "dataset", "description", description);
    g_key_file_set_string_list (ini, "dataset", "sources", sources,
                                g_strv_length ((char **)sources));
    return ini;
}
