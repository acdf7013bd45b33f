/* bloc-find.c: search by text, and the nearest ids to one that is not in the data. */
#include "bloc-model-private.h"
#include "bloc-query.h"

#include <string.h>

static const BlocEnumName match_names[] = {
    { BLOC_MATCH_ID, "id", NULL },
    { BLOC_MATCH_ID_PREFIX, "id_prefix", NULL },
    { BLOC_MATCH_NAME_PREFIX, "name_prefix", NULL },
    { BLOC_MATCH_TEXT, "text", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum match_enum = { "match", match_names };

const BlocEnum *
bloc_match_enum (void)
{
    return &match_enum;
}

const char *
bloc_match_to_string (BlocMatch match)
{
    return bloc_enum_to_string (&match_enum, (int)match);
}

/* The fields searched, in the order they rank when two match alike. */
typedef enum {
    FIELD_ID,
    FIELD_NAME,
    FIELD_OTHER_NAME, /* name@LANG */
    FIELD_REGION,
    FIELD_NOTE,
    FIELD_NONE, /* not searched */
} FieldClass;

static FieldClass
field_class (const char *column)
{
    if (strcmp (column, "id") == 0)
        return FIELD_ID;
    if (strcmp (column, "name") == 0)
        return FIELD_NAME;
    if (g_str_has_prefix (column, "name@"))
        return FIELD_OTHER_NAME;
    if (strcmp (column, "region") == 0)
        return FIELD_REGION;
    if (strcmp (column, "note") == 0)
        return FIELD_NOTE;
    return FIELD_NONE;
}

typedef struct {
    guint entity;
    BlocMatch match;
    FieldClass field;
    const char *column; /* owned by the dataset */
    const char *value;  /* owned by the dataset */
} Hit;

struct BlocFindResults {
    const BlocDataset *ds;
    GArray *hits; /* Hit, best first */
};

void
bloc_find_results_free (BlocFindResults *r)
{
    if (r == NULL)
        return;
    g_array_unref (r->hits);
    g_free (r);
}

guint
bloc_find_results_n (const BlocFindResults *r)
{
    return r->hits->len;
}

static const Hit *
hit_at (const BlocFindResults *r, guint i)
{
    g_return_val_if_fail (i < r->hits->len, NULL);
    return &g_array_index (r->hits, Hit, i);
}

guint
bloc_find_results_entity (const BlocFindResults *r, guint i)
{
    return hit_at (r, i)->entity;
}

BlocMatch
bloc_find_results_match (const BlocFindResults *r, guint i)
{
    return hit_at (r, i)->match;
}

const char *
bloc_find_results_field (const BlocFindResults *r, guint i)
{
    return hit_at (r, i)->column;
}

const char *
bloc_find_results_value (const BlocFindResults *r, guint i)
{
    return hit_at (r, i)->value;
}

/* The query, folded once. */
typedef struct {
    const char *text; /* as given, for g_str_match_string() */
    char *folded;
} Query;

/* How @value of a field of class @field matches @q, or -1 when it does not. */
static int
match_value (const Query *q, FieldClass field, const char *value)
{
    if (*value == '\0')
        return -1;
    g_autofree char *folded = bloc_text_fold (value);
    if (field == FIELD_ID) {
        if (strcmp (folded, q->folded) == 0)
            return BLOC_MATCH_ID;
        if (g_str_has_prefix (folded, q->folded))
            return BLOC_MATCH_ID_PREFIX;
    } else if (field == FIELD_NAME || field == FIELD_OTHER_NAME) {
        if (g_str_has_prefix (folded, q->folded))
            return BLOC_MATCH_NAME_PREFIX;
    }
    /* Within the text, or every word of the query as the start of a word of the value, with
     * GLib's ASCII alternates ("lodz" finds "Łódź"). */
    if (strstr (folded, q->folded) != NULL || g_str_match_string (q->text, value, TRUE))
        return BLOC_MATCH_TEXT;
    return -1;
}

static int
compare_hits (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const Hit *x = a, *y = b;
    if (x->match != y->match)
        return x->match < y->match ? -1 : 1;
    if (x->field != y->field)
        return x->field < y->field ? -1 : 1;
    return strcmp (bloc_dataset_entity (user_data, x->entity)->id,
                   bloc_dataset_entity (user_data, y->entity)->id);
}

gboolean
bloc_find (BlocFindResults **out, const BlocDataset *ds, const char *text, BlocKindSet kinds,
           GError **error)
{
    if (!g_utf8_validate (text, -1, NULL)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "the text to search for is not valid UTF-8 (expected UTF-8 text)");
        return FALSE;
    }
    g_autofree char *stripped = g_strstrip (g_strdup (text));
    Query q = { stripped, bloc_text_fold (stripped) };
    g_autofree char *folded = q.folded;

    if (*q.folded == '\0') {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "nothing to search for (expected some text, like uzbek or CSTO)");
        return FALSE;
    }
    g_autoptr (GArray) hits = g_array_new (FALSE, FALSE, sizeof (Hit));
    guint n_columns = ds->entity_columns->len;
    for (guint i = 0; i < ds->entities->len; i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        if (!(kinds & BLOC_KIND_BIT (e->kind)))
            continue;
        Hit best = { i, BLOC_MATCH_TEXT + 1, FIELD_NONE, NULL, NULL };
        /* The id and the name are fields of every entity, also one made without a file. */
        const char *columns[] = { "id", "name" };
        const char *values[] = { e->id, e->name };
        for (guint c = 0; c < 2 + n_columns; c++) {
            const char *column = c < 2 ? columns[c] : g_ptr_array_index (ds->entity_columns, c - 2);
            FieldClass field = field_class (column);
            if (field == FIELD_NONE || (c >= 2 && field <= FIELD_NAME))
                continue;
            const char *value = c < 2 ? values[c] : bloc_entity_cell_at (ds, e, c - 2);
            int match = match_value (&q, field, value);
            if (match < 0 || (BlocMatch)match > best.match ||
                ((BlocMatch)match == best.match && field >= best.field))
                continue;
            best = (Hit){ i, (BlocMatch)match, field, column, value };
        }
        if (best.field != FIELD_NONE)
            g_array_append_val (hits, best);
    }
    g_array_sort_with_data (hits, compare_hits, (gpointer)ds);

    BlocFindResults *r = g_new0 (BlocFindResults, 1);
    r->ds = ds;
    r->hits = g_steal_pointer (&hits);
    *out = r;
    return TRUE;
}

char **
bloc_dataset_suggest_ids (const BlocDataset *ds, const char *text, guint max)
{
    if (!g_utf8_validate (text, -1, NULL))
        return g_new0 (char *, 1);
    g_autofree const char **ids = g_new (const char *, ds->entities->len + 1);
    for (guint i = 0; i < ds->entities->len; i++)
        ids[i] = bloc_dataset_entity (ds, i)->id;
    ids[ds->entities->len] = NULL;
    char **near = bloc_text_suggest (text, ids, max);
    if (near[0] != NULL || g_utf8_strlen (text, -1) < 3)
        return near;
    g_strfreev (near);

    /* Not an id: perhaps a name. Names equal to @text first; else names that start with it. */
    g_autoptr (BlocFindResults) found = NULL;
    g_autoptr (GStrvBuilder) exact = g_strv_builder_new ();
    g_autoptr (GStrvBuilder) prefix = g_strv_builder_new ();
    g_autofree char *folded = bloc_text_fold (text);
    guint n_exact = 0, n_prefix = 0;
    if (!bloc_find (&found, ds, text, BLOC_ALL_KINDS, NULL))
        return g_new0 (char *, 1);
    for (guint i = 0; i < bloc_find_results_n (found); i++) {
        if (bloc_find_results_match (found, i) != BLOC_MATCH_NAME_PREFIX)
            continue;
        const char *id = bloc_dataset_entity (ds, bloc_find_results_entity (found, i))->id;
        g_autofree char *name = bloc_text_fold (bloc_find_results_value (found, i));
        if (strcmp (name, folded) == 0 && n_exact < max) {
            g_strv_builder_add (exact, id);
            n_exact++;
        } else if (n_prefix < max) {
            g_strv_builder_add (prefix, id);
            n_prefix++;
        }
    }
    return g_strv_builder_end (n_exact > 0 ? exact : prefix);
}

char *
bloc_dataset_unknown_id_message (const BlocDataset *ds, const char *text)
{
    g_auto (GStrv) near = bloc_dataset_suggest_ids (ds, text, 3);
    GString *s = g_string_new (NULL);
    guint n = g_strv_length (near);

    g_string_append_printf (s, "unknown entity '%s'", text);
    for (guint i = 0; i < n; i++) {
        guint index = 0;
        bloc_dataset_lookup (ds, near[i], &index);
        g_string_append (s, i == 0 ? "; did you mean " : i + 1 == n ? " or " : ", ");
        g_string_append_printf (s, "'%s' (%s)", near[i], bloc_dataset_entity (ds, index)->name);
    }
    if (n > 0)
        g_string_append_c (s, '?');
    g_string_append_printf (s, " (expected an id of %s)", bloc_dataset_origin (ds));
    return g_string_free (s, FALSE);
}
