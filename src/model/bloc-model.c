/* bloc-model.c: the dataset: its life, its accessors, its cells, labels and ids. The values it
 * holds are parsed in bloc-values.c; what it answers beyond its accessors is in
 * bloc-dataset-query.c, its what-if changes in bloc-scenario.c. */
#include "bloc-model-private.h"

#include "bloc-init.h"
#include "bloc-query.h"

#include <string.h>

static void
group_free (gpointer data)
{
    BlocGroup *g = data;
    g_array_unref (g->members);
    g_free (g);
}

BlocDataset *
bloc_dataset_new (const char *origin)
{
    BlocDataset *ds;

    bloc_init ();
    ds = g_new0 (BlocDataset, 1);

    ds->origin = g_strdup (origin);
    ds->strings = g_string_chunk_new (64 * 1024);
    ds->title = "";
    ds->description = "";
    ds->sources = (const char *const *)g_new0 (char *, 1);
    ds->entity_columns = g_ptr_array_new ();
    ds->tie_columns = g_ptr_array_new ();
    ds->entities = g_array_new (FALSE, TRUE, sizeof (BlocEntity));
    ds->ties = g_array_new (FALSE, TRUE, sizeof (BlocTie));
    ds->groups = g_ptr_array_new_with_free_func (group_free);
    ds->scenario = g_ptr_array_new_with_free_func (g_free);
    ds->scenario_changes = g_array_new (FALSE, FALSE, sizeof (BlocScenarioChange));
    ds->index = g_hash_table_new (g_str_hash, g_str_equal);
    ds->cells = g_array_new (FALSE, FALSE, sizeof (BlocCell));
    ds->cell_text = g_byte_array_new ();
    g_byte_array_append (ds->cell_text, (const guint8 *)"", 1); /* offset 0: "" */
    ds->entity_id_column = ds->entity_name_column = -1;
    ds->tie_from_column = ds->tie_to_column = ds->tie_role_column = -1;
    /* Default role weights, for weighted overlap and for picking a pair's strongest role; a
     * dataset's [weights] section overrides them. Full roles count 1, partial ones less. */
    static const double default_weights[BLOC_N_ROLES] = {
        [BLOC_ROLE_MEMBER] = 1.0,      [BLOC_ROLE_ASSOCIATE] = 0.5, [BLOC_ROLE_OBSERVER] = 0.25,
        [BLOC_ROLE_PARTNER] = 0.25,    [BLOC_ROLE_SIGNATORY] = 1.0, [BLOC_ROLE_PARTY] = 1.0,
        [BLOC_ROLE_PARTICIPANT] = 0.5, [BLOC_ROLE_DONOR] = 0.5,     [BLOC_ROLE_IMPLEMENTER] = 0.5,
        [BLOC_ROLE_PART_OF] = 1.0,     [BLOC_ROLE_HOST] = 1.0,
    };
    for (int r = 0; r < BLOC_N_ROLES; r++)
        ds->weights[r] = default_weights[r];
    return ds;
}

void
bloc_dataset_free (BlocDataset *ds)
{
    if (ds == NULL)
        return;
    g_free (ds->origin);
    g_free ((gpointer)ds->sources);
    g_ptr_array_unref (ds->entity_columns);
    g_ptr_array_unref (ds->tie_columns);
    g_array_unref (ds->cells);
    g_byte_array_unref (ds->cell_text);
    g_array_unref (ds->entities);
    g_array_unref (ds->ties);
    g_ptr_array_unref (ds->groups);
    g_ptr_array_unref (ds->scenario);
    g_array_unref (ds->scenario_changes);
    g_hash_table_unref (ds->index);
    g_string_chunk_free (ds->strings);
    g_free (ds);
}

const char *
bloc_dataset_origin (const BlocDataset *ds)
{
    return ds->origin;
}

const char *
bloc_dataset_title (const BlocDataset *ds)
{
    return ds->title;
}

const char *
bloc_dataset_description (const BlocDataset *ds)
{
    return ds->description;
}

const char *const *
bloc_dataset_sources (const BlocDataset *ds)
{
    return ds->sources;
}

const char *
bloc_dataset_default_group (const BlocDataset *ds)
{
    return ds->default_group;
}

double
bloc_dataset_role_weight (const BlocDataset *ds, BlocRole role)
{
    g_return_val_if_fail (role < BLOC_N_ROLES, 0.0);
    return ds->weights[role];
}

guint
bloc_dataset_n_entities (const BlocDataset *ds)
{
    return ds->entities->len;
}

const BlocEntity *
bloc_dataset_entity (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->entities->len, NULL);
    return &g_array_index (ds->entities, BlocEntity, index);
}

guint
bloc_dataset_n_ties (const BlocDataset *ds)
{
    return ds->ties->len;
}

const BlocTie *
bloc_dataset_tie (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->ties->len, NULL);
    return &g_array_index (ds->ties, BlocTie, index);
}

guint
bloc_dataset_n_groups (const BlocDataset *ds)
{
    return ds->groups->len;
}

const BlocGroup *
bloc_dataset_nth_group (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->groups->len, NULL);
    return g_ptr_array_index (ds->groups, index);
}

guint
bloc_dataset_n_entity_columns (const BlocDataset *ds)
{
    return ds->entity_columns->len;
}

const char *
bloc_dataset_entity_column (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->entity_columns->len, NULL);
    return g_ptr_array_index (ds->entity_columns, index);
}

guint
bloc_dataset_n_tie_columns (const BlocDataset *ds)
{
    return ds->tie_columns->len;
}

const char *
bloc_dataset_tie_column (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->tie_columns->len, NULL);
    return g_ptr_array_index (ds->tie_columns, index);
}

guint
bloc_dataset_n_scenario_lines (const BlocDataset *ds)
{
    return ds->scenario->len;
}

const char *
bloc_dataset_scenario_line (const BlocDataset *ds, guint index)
{
    g_return_val_if_fail (index < ds->scenario->len, NULL);
    return g_ptr_array_index (ds->scenario, index);
}

gboolean
bloc_dataset_scenario_change (const BlocDataset *ds, guint index, guint *out_from, guint *out_to,
                              BlocRole *out_role)
{
    g_return_val_if_fail (index < ds->scenario_changes->len, FALSE);
    const BlocScenarioChange *c = &g_array_index (ds->scenario_changes, BlocScenarioChange, index);
    *out_from = c->from;
    *out_to = c->to;
    *out_role = c->role;
    return c->added;
}

const char *
bloc_dataset_intern (BlocDataset *ds, const char *text)
{
    return g_string_chunk_insert_const (ds->strings, text);
}

gboolean
bloc_dataset_lookup (const BlocDataset *ds, const char *id, guint *out)
{
    guint v = GPOINTER_TO_UINT (g_hash_table_lookup (ds->index, id));
    if (v == 0)
        return FALSE;
    *out = v - 1;
    return TRUE;
}

gboolean
bloc_dataset_find (const BlocDataset *ds, const char *id, guint *out, GError **error)
{
    if (bloc_dataset_lookup (ds, id, out))
        return TRUE;
    g_autofree char *message = bloc_dataset_unknown_id_message (ds, id);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND, message);
    return FALSE;
}

const BlocGroup *
bloc_dataset_group (const BlocDataset *ds, const char *id)
{
    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        if (strcmp (g->id, id) == 0)
            return g;
    }
    return NULL;
}

int
bloc_column_index (const GPtrArray *columns, const char *column)
{
    for (guint i = 0; i < columns->len; i++)
        if (strcmp (g_ptr_array_index (columns, i), column) == 0)
            return (int)i;
    return -1;
}

guint32
bloc_dataset_cell_text (BlocDataset *ds, const char *text, gsize len)
{
    guint32 at = ds->cell_text->len;
    /* One-byte cells (codes, flags) are common in wide files: they share one copy each. */
    guint32 *shared = len == 1 ? &ds->one_byte[(guchar)text[0]] : NULL;

    if (shared != NULL && *shared != 0)
        return *shared;
    if (len >= G_MAXUINT32 - at)
        return 0;
    g_byte_array_append (ds->cell_text, (const guint8 *)text, (guint)len);
    g_byte_array_append (ds->cell_text, (const guint8 *)"", 1);
    if (shared != NULL)
        *shared = at;
    return at;
}

void
bloc_dataset_cells_add (BlocDataset *ds, guint column, guint32 text)
{
    BlocCell cell = { column, text };
    g_array_append_val (ds->cells, cell);
}

const char *
bloc_dataset_cell (const BlocDataset *ds, guint at, guint n, guint column)
{
    if (n == 0)
        return "";
    const BlocCell *cells = &g_array_index (ds->cells, BlocCell, at);
    guint lo = 0, hi = n;

    /* A binary search of the row's columns. */
    while (lo < hi) {
        guint mid = lo + (hi - lo) / 2;
        if (cells[mid].column < column)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo < n && cells[lo].column == column)
        return (const char *)ds->cell_text->data + cells[lo].text;
    return "";
}

const char *
bloc_entity_cell_at (const BlocDataset *ds, const BlocEntity *e, guint column)
{
    if ((int)column == ds->entity_id_column)
        return e->id;
    if ((int)column == ds->entity_name_column)
        return e->name;
    return bloc_dataset_cell (ds, e->cells_at, e->n_cells, column);
}

const char *
bloc_tie_cell_at (const BlocDataset *ds, const BlocTie *t, guint column)
{
    if (t->line == 0) /* added by a scenario: no cells */
        return "";
    if ((int)column == ds->tie_from_column)
        return bloc_dataset_entity (ds, t->from)->id;
    if ((int)column == ds->tie_to_column)
        return bloc_dataset_entity (ds, t->to)->id;
    if ((int)column == ds->tie_role_column)
        return bloc_role_to_string (t->role);
    return bloc_dataset_cell (ds, t->cells_at, t->n_cells, column);
}

const char *
bloc_entity_cell (const BlocDataset *ds, const BlocEntity *e, const char *column)
{
    int i = bloc_column_index (ds->entity_columns, column);
    return i < 0 ? "" : bloc_entity_cell_at (ds, e, (guint)i);
}

const char *
bloc_tie_cell (const BlocDataset *ds, const BlocTie *t, const char *column)
{
    int i = bloc_column_index (ds->tie_columns, column);
    return i < 0 ? "" : bloc_tie_cell_at (ds, t, (guint)i);
}

const char *
bloc_entity_label (const BlocDataset *ds, const BlocEntity *e, const char *lang)
{
    if (lang != NULL && *lang != '\0' && strcmp (lang, "en") != 0) {
        char column[32];
        g_snprintf (column, sizeof column, "name@%s", lang);
        const char *label = bloc_entity_cell (ds, e, column);
        if (*label != '\0')
            return label;
    }
    return e->name;
}

int
bloc_dataset_compare_ids (const BlocDataset *ds, guint a, guint b)
{
    return strcmp (bloc_dataset_entity (ds, a)->id, bloc_dataset_entity (ds, b)->id);
}

char *
bloc_dataset_join_ids (const BlocDataset *ds, const GArray *entities, const char *separator,
                       guint max)
{
    GString *s = g_string_new (NULL);
    guint n = max > 0 ? MIN (max, entities->len) : entities->len;
    for (guint i = 0; i < n; i++) {
        if (i > 0)
            g_string_append (s, separator);
        g_string_append (s, bloc_dataset_entity (ds, g_array_index (entities, guint, i))->id);
    }
    if (n < entities->len)
        g_string_append_printf (s, " and %u more", entities->len - n);
    return g_string_free (s, FALSE);
}

static int
compare_index_by_id (gconstpointer a, gconstpointer b, gpointer user_data)
{
    return bloc_dataset_compare_ids (user_data, *(const guint *)a, *(const guint *)b);
}

void
bloc_dataset_sort_by_id (const BlocDataset *ds, GArray *indices)
{
    g_array_sort_with_data (indices, compare_index_by_id, (gpointer)ds);
}
