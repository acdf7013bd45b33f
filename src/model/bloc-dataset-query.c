/* bloc-dataset-query.c: what a dataset answers beyond its accessors: groups and regions resolved
 * from what a user writes, the groups and ties of an entity, the years entities and ties are
 * active, and the counts of bloc summary. */
#include "bloc-model-private.h"

#include "bloc-query.h"
#include "bloc-text.h"

#include <string.h>

/* The message for a group that is neither a group nor an entity: the nearest groups (by id, or
 * by name), else the nearest entity ids, and the groups there are. */
static char *
unknown_group_message (const BlocDataset *ds, const char *spec)
{
    g_autoptr (GStrvBuilder) ids = g_strv_builder_new ();
    g_autofree char *folded = bloc_text_fold (spec);
    g_autoptr (GStrvBuilder) named = g_strv_builder_new ();
    GString *s = g_string_new (NULL);

    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        g_autofree char *name = bloc_text_fold (g->name);
        g_strv_builder_add (ids, g->id);
        if (*name != '\0' && strcmp (name, folded) == 0)
            g_strv_builder_add (named, g->id);
    }
    g_auto (GStrv) group_ids = g_strv_builder_end (ids);
    g_auto (GStrv) near = g_strv_builder_end (named);
    if (near[0] == NULL) {
        g_strfreev (near);
        near = bloc_text_suggest (spec, (const char *const *)group_ids, 3);
    }
    if (near[0] == NULL) {
        g_strfreev (near);
        near = bloc_dataset_suggest_ids (ds, spec, 3);
    }
    g_string_append_printf (s, "unknown group '%s'", spec);
    if (near[0] != NULL) {
        g_autofree char *hint = bloc_text_quote_list ((const char *const *)near);
        g_string_append_printf (s, "; did you mean %s?", hint);
    }
    if (group_ids[0] == NULL) {
        g_string_append_printf (s, " (%s defines no group; expected a list of ids like KZ,KG)",
                                ds->origin);
    } else {
        g_autofree char *list = g_strjoinv (", ", group_ids);
        g_string_append_printf (s, " (expected a group of %s: %s; or a list of ids like KZ,KG)",
                                ds->origin, list);
    }
    return g_string_free (s, FALSE);
}

gboolean
bloc_dataset_resolve_group (const BlocDataset *ds, const char *spec, GArray **out_members,
                            char **out_name, GError **error)
{
    const BlocGroup *group = bloc_dataset_group (ds, spec);

    if (group != NULL) {
        g_autoptr (GArray) members = g_array_copy (group->members);
        *out_members = g_steal_pointer (&members);
        *out_name = g_strdup (*group->name ? group->name : group->id);
        return TRUE;
    }
    if (*spec == '\0') {
        g_set_error (
            error, BLOC_ERROR, BLOC_ERROR_USAGE,
            "empty group (expected a [group:ID] of dataset.ini or a list of ids like KZ,KG)");
        return FALSE;
    }
    if (strchr (spec, ',') == NULL && !bloc_dataset_lookup (ds, spec, &(guint){ 0 })) {
        g_autofree char *message = unknown_group_message (ds, spec);
        g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND, message);
        return FALSE;
    }

    g_auto (GStrv) ids = g_strsplit (spec, ",", -1);
    g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
    for (int i = 0; ids[i] != NULL; i++) {
        guint index;
        const char *id = g_strstrip (ids[i]);
        if (*id == '\0')
            continue;
        if (!bloc_dataset_find (ds, id, &index, error))
            return FALSE;
        if (g_hash_table_add (seen, GUINT_TO_POINTER (index + 1)))
            g_array_append_val (members, index);
    }
    if (members->len == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "empty group '%s'", spec);
        return FALSE;
    }
    *out_members = g_steal_pointer (&members);
    *out_name = g_strdup (spec);
    return TRUE;
}

/* The years [*first, *end) of one object's own since and until, 0 when open. An interval that
 * begins and ends in the same year (joined in March, left in June) counts in that year. */
static void
own_years (BlocDate since, BlocDate until, int *first, int *end)
{
    *first = since.year;
    *end = until.year;
    if (*first != 0 && *end == *first)
        *end = *first + 1;
}

gboolean
bloc_entity_exists (const BlocEntity *e, int year)
{
    int first, end;

    own_years (e->since, e->until, &first, &end);
    if (year == BLOC_YEAR_ALL)
        return end == 0;
    return (first == 0 || first <= year) && (end == 0 || year < end);
}

void
bloc_entity_years (const BlocEntity *e, int *out_first, int *out_end)
{
    own_years (e->since, e->until, out_first, out_end);
}

const char *
bloc_entity_region (const BlocDataset *ds, const BlocEntity *e)
{
    return bloc_entity_cell (ds, e, "region");
}

/* strcmp() for a GPtrArray of strings: byte order, the same under every locale. */
static int
compare_strings (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

char **
bloc_dataset_regions (const BlocDataset *ds)
{
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    g_autoptr (GPtrArray) regions = g_ptr_array_new ();

    for (guint i = 0; i < ds->entities->len; i++) {
        const char *region = bloc_entity_region (ds, bloc_dataset_entity (ds, i));
        if (*region == '\0')
            continue;
        if (g_hash_table_add (seen, bloc_text_fold (region)))
            g_ptr_array_add (regions, (gpointer)region);
    }
    g_ptr_array_sort (regions, compare_strings);
    char **out = g_new0 (char *, regions->len + 1);
    for (guint i = 0; i < regions->len; i++)
        out[i] = g_strdup (g_ptr_array_index (regions, i));
    return out;
}

gboolean
bloc_dataset_resolve_region (const BlocDataset *ds, const char *region, GArray **out,
                             GError **error)
{
    g_autofree char *wanted = bloc_text_fold (region);
    g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; *wanted != '\0' && i < ds->entities->len; i++) {
        const char *own = bloc_entity_region (ds, bloc_dataset_entity (ds, i));
        if (*own == '\0')
            continue;
        g_autofree char *folded = bloc_text_fold (own);
        if (strcmp (folded, wanted) == 0)
            g_array_append_val (members, i);
    }
    if (members->len > 0) {
        bloc_dataset_sort_by_id (ds, members);
        *out = g_steal_pointer (&members);
        return TRUE;
    }
    g_auto (GStrv) regions = bloc_dataset_regions (ds);
    if (regions[0] == NULL) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "unknown region '%s' (the entities of %s have no region)", region, ds->origin);
        return FALSE;
    }
    g_auto (GStrv) near = bloc_text_suggest (region, (const char *const *)regions, 3);
    g_autofree char *list = g_strjoinv (", ", regions);
    GString *message = g_string_new (NULL);
    g_string_append_printf (message, "unknown region '%s'", region);
    if (near[0] != NULL) {
        g_autofree char *hint = bloc_text_quote_list ((const char *const *)near);
        g_string_append_printf (message, "; did you mean %s?", hint);
    }
    g_string_append_printf (message, " (expected one of: %s)", list);
    g_set_error_literal (error, BLOC_ERROR, BLOC_ERROR_USAGE, message->str);
    g_string_free (message, TRUE);
    return FALSE;
}

char **
bloc_dataset_languages (const BlocDataset *ds)
{
    g_autoptr (GStrvBuilder) languages = g_strv_builder_new ();

    for (guint i = 0; i < ds->entity_columns->len; i++) {
        const char *column = g_ptr_array_index (ds->entity_columns, i);
        if (g_str_has_prefix (column, "name@") && column[5] != '\0')
            g_strv_builder_add (languages, column + 5);
    }
    return g_strv_builder_end (languages);
}

GArray *
bloc_dataset_groups_of (const BlocDataset *ds, guint entity)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < ds->groups->len; i++) {
        const BlocGroup *g = g_ptr_array_index (ds->groups, i);
        for (guint k = 0; k < g->members->len; k++) {
            if (g_array_index (g->members, guint, k) == entity) {
                g_array_append_val (out, i);
                break;
            }
        }
    }
    return out;
}

void
bloc_dataset_bound_tie (const BlocDataset *ds, BlocTie *t)
{
    const BlocEntity *from = bloc_dataset_entity (ds, t->from);
    const BlocEntity *to = bloc_dataset_entity (ds, t->to);
    int firsts[3], ends[3], first = 0, end = 0;

    /* Each object's own years first, then their intersection: a tie that left in 2012 stays out
     * of 2012 even when its organization was founded in 2012. */
    own_years (t->since, t->until, &firsts[0], &ends[0]);
    own_years (from->since, from->until, &firsts[1], &ends[1]);
    own_years (to->since, to->until, &firsts[2], &ends[2]);
    for (int i = 0; i < 3; i++) {
        if (firsts[i] != 0 && firsts[i] > first)
            first = firsts[i];
        if (ends[i] != 0 && (end == 0 || ends[i] < end))
            end = ends[i];
    }
    /* An empty intersection: never active (first == end). */
    if (first != 0 && end != 0 && end < first)
        end = first;
    t->first_year = (gint16)first;
    t->end_year = (gint16)end;
}

typedef struct {
    const BlocDataset *ds;
    gboolean incoming;
} TieOrder;

static int
compare_ties (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const TieOrder *order = user_data;
    const BlocTie *ta = bloc_dataset_tie (order->ds, *(const guint *)a);
    const BlocTie *tb = bloc_dataset_tie (order->ds, *(const guint *)b);
    int c = bloc_dataset_compare_ids (order->ds, order->incoming ? ta->from : ta->to,
                                      order->incoming ? tb->from : tb->to);
    if (c != 0)
        return c;
    if (ta->role != tb->role)
        return ta->role < tb->role ? -1 : 1;
    /* Full dates, unknown parts first: a total order, unlike the common-precision compare. */
    guint32 a_date =
        ((guint32)(guint16)ta->since.year << 16) | (ta->since.month << 8) | ta->since.day;
    guint32 b_date =
        ((guint32)(guint16)tb->since.year << 16) | (tb->since.month << 8) | tb->since.day;
    return a_date < b_date ? -1 : a_date > b_date;
}

GArray *
bloc_dataset_ties_of (const BlocDataset *ds, guint entity, gboolean incoming, int year,
                      gboolean all)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    TieOrder order = { ds, incoming };

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if ((incoming ? t->to : t->from) != entity)
            continue;
        if (all || bloc_tie_active (t, year))
            g_array_append_val (out, i);
    }
    g_array_sort_with_data (out, compare_ties, &order);
    return out;
}

static void
widen_year (BlocCounts *c, int year)
{
    if (year == 0)
        return;
    if (c->first_year == 0 || year < c->first_year)
        c->first_year = year;
    if (year > c->last_year)
        c->last_year = year;
}

/* Widens @c to the years an object with @since and @until is active in: until is the first year
 * it is not, so a roadmap for 2024 to 2025 (until 2026) covers 2025 at most. */
static void
widen_years (BlocCounts *c, BlocDate since, BlocDate until)
{
    int first, end;
    own_years (since, until, &first, &end);
    widen_year (c, first);
    widen_year (c, end != 0 ? end - 1 : 0);
}

void
bloc_dataset_count (const BlocDataset *ds, int year, BlocCounts *out)
{
    bloc_dataset_count_among (ds, year, NULL, out);
}

void
bloc_dataset_count_among (const BlocDataset *ds, int year, const gboolean *keep, BlocCounts *out)
{
    memset (out, 0, sizeof *out);
    for (guint i = 0; i < ds->entities->len; i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        if (keep != NULL && !keep[i])
            continue;
        widen_years (out, e->since, e->until);
        if (year == BLOC_YEAR_ALL || bloc_entity_exists (e, year))
            out->kinds[e->kind]++;
    }
    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (keep != NULL && !keep[t->from] && !keep[t->to])
            continue;
        widen_years (out, t->since, t->until);
        if (!bloc_tie_active (t, year))
            continue;
        out->roles[t->role]++;
        out->n_ties++;
    }
}
