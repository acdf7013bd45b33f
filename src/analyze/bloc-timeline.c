/* bloc-timeline.c: joins and exits per year, and the difference between two snapshots. */
#include "bloc-analyze-private.h"

#include <glib/gi18n-lib.h>

/* The kinds of change, marked for the tables that show them in other languages. */
static const BlocEnumName change_names[] = {
    { BLOC_CHANGE_JOIN, NC_ ("change", "join"), NULL },
    { BLOC_CHANGE_EXIT, NC_ ("change", "exit"), NULL },
    { BLOC_CHANGE_GAP_OPENED, NC_ ("change", "gap_opened"), NULL },
    { BLOC_CHANGE_GAP_CLOSED, NC_ ("change", "gap_closed"), NULL },
    { BLOC_CHANGE_FOUNDING, NC_ ("change", "founding"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum change_enum = { "change", change_names };

const BlocEnum *
bloc_change_enum (void)
{
    return &change_enum;
}

const char *
bloc_change_to_string (BlocChangeKind change)
{
    g_return_val_if_fail (change <= BLOC_CHANGE_FOUNDING, "?");
    return change_names[change].name;
}

/* Within a year: what ended, then what began (the founders first). */
static int
change_rank (BlocChangeKind change)
{
    switch (change) {
    case BLOC_CHANGE_EXIT:
        return 0;
    case BLOC_CHANGE_GAP_CLOSED:
        return 1;
    case BLOC_CHANGE_FOUNDING:
        return 2;
    case BLOC_CHANGE_JOIN:
        return 3;
    case BLOC_CHANGE_GAP_OPENED:
        return 4;
    }
    return 5;
}

/* By year, then exits before joins, then from, to and role. */
static int
compare_changes (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const BlocDataset *ds = user_data;
    const BlocChange *x = a, *y = b;
    int c;

    if (x->year != y->year)
        return x->year < y->year ? -1 : 1;
    if (x->change != y->change)
        return change_rank (x->change) - change_rank (y->change);
    if ((c = bloc_dataset_compare_ids (ds, x->from, y->from)) != 0)
        return c;
    if ((c = bloc_dataset_compare_ids (ds, x->to, y->to)) != 0)
        return c;
    return (int)x->role - (int)y->role;
}

/* The year @t began, when the data tells it: the tie's own since, or, for an undated tie to a
 * dated exercise, forum or agreement, that date (taking part begins with the event or the
 * signature). An undated tie to a lasting organization, body or programme has no known start:
 * its first active year is only the year the organization began, and a state may have joined
 * it years later. 0 when unknown. */
static int
known_start (const BlocDataset *ds, const BlocTie *t)
{
    if (t->first_year == 0 || t->since.year != 0)
        return t->first_year;
    const BlocEntity *to = bloc_dataset_entity (ds, t->to);
    gboolean event = to->kind == BLOC_KIND_EXERCISE || to->kind == BLOC_KIND_FORUM ||
                     to->kind == BLOC_KIND_AGREEMENT;
    return event && to->since.year != 0 && to->since.year == t->first_year ? t->first_year : 0;
}

GArray *
bloc_timeline (const BlocDataset *ds, gint entity, BlocRoleSet roles, guint *n_undated)
{
    GArray *out = g_array_new (FALSE, FALSE, sizeof (BlocChange));
    guint undated = 0;

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(roles & BLOC_ROLE_BIT (t->role)))
            continue;
        if (entity >= 0 && t->from != (guint)entity && t->to != (guint)entity)
            continue;
        BlocChange c = { 0, t->from, t->to, t->role, TRUE, BLOC_CHANGE_JOIN, i };
        c.year = known_start (ds, t);
        if (c.year == 0 && t->first_year != 0) {
            /* Active from the year what it ties to began: a founding member, by the data. */
            const BlocEntity *to = bloc_dataset_entity (ds, t->to);
            if (to->since.year != 0 && to->since.year == t->first_year) {
                c.year = t->first_year;
                c.change = BLOC_CHANGE_FOUNDING;
            } else {
                undated++;
            }
        }
        if (c.year != 0) {
            g_array_append_val (out, c);
        }
        if (t->end_year != 0) {
            c.year = t->end_year;
            c.change = BLOC_CHANGE_EXIT;
            g_array_append_val (out, c);
        }
    }
    g_array_sort_with_data (out, compare_changes, (gpointer)ds);
    if (n_undated != NULL)
        *n_undated = undated;
    return out;
}

/* A (member, entity) pair as one number, the key of the pair tables below. */
static gint64
pair_value (guint member, guint entity)
{
    return ((gint64)member << 32) | entity;
}

static gint64 *
pair_key (guint member, guint entity)
{
    return g_memdup2 (&(gint64){ pair_value (member, entity) }, sizeof (gint64));
}

/* The (member, entity) pairs of @group in @year: its gaps in @out_gaps, and in @out_present (when
 * not NULL) every entity each member takes part in. */
static gboolean
gap_pairs (GHashTable **out_gaps, GHashTable **out_present, const BlocDataset *ds,
           const BlocScope *scope, int year, const GArray *group, guint min_present, GError **error)
{
    BlocScope s = *scope;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocGaps) gaps = NULL;

    s.year = year;
    if (!bloc_membership_new (&m, ds, &s, error) ||
        !bloc_gaps_compute (&gaps, m, group, min_present, error))
        return FALSE;
    *out_gaps = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    for (guint i = 0; i < gaps->entities->len; i++) {
        const BlocGapEntity *g = g_ptr_array_index (gaps->entities, i);
        for (guint k = 0; k < g->absent->len; k++)
            g_hash_table_add (*out_gaps, pair_key (g_array_index (g->absent, guint, k), g->entity));
    }
    if (out_present == NULL)
        return TRUE;
    *out_present = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
    for (guint i = 0; i < gaps->group->len; i++) {
        guint member = g_array_index (gaps->group, guint, i);
        gint v = m->vertex[member];
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            g_hash_table_add (*out_present,
                              pair_key (member, (guint)VECTOR (m->entity)[m->nbr[k]]));
    }
    return TRUE;
}

/* Appends the pairs of @a missing from @b, and (when @require is not NULL) found in @require, as
 * changes of kind @change. */
static void
add_gap_changes (GArray *out, GHashTable *a, GHashTable *b, GHashTable *require, int year,
                 BlocChangeKind change)
{
    GHashTableIter it;
    gpointer key;

    g_hash_table_iter_init (&it, a);
    while (g_hash_table_iter_next (&it, &key, NULL)) {
        if (g_hash_table_contains (b, key) || (require && !g_hash_table_contains (require, key)))
            continue;
        gint64 k = *(gint64 *)key;
        BlocChange c = { year,   (guint)(k >> 32), (guint)(k & 0xffffffff), 0, FALSE,
                         change, G_MAXUINT };
        g_array_append_val (out, c);
    }
}

/* Dates the gap changes from @first on with the year they happened: one more than the last year
 * before @year_to in which the pair was still as in @year_from (a gap not yet open, or still
 * open). Walks back from @year_to one snapshot at a time and stops once every change is dated. */
static gboolean
date_gap_changes (GArray *changes, guint first, const BlocDataset *ds, const BlocScope *scope,
                  int year_from, int year_to, const GArray *group, guint min_present,
                  GError **error)
{
    /* Undated until found: year_from + 1, which the walk below never gives. */
    guint undated = changes->len - first;
    for (guint i = first; i < changes->len; i++)
        g_array_index (changes, BlocChange, i).year = year_from + 1;
    for (int y = year_to - 1; y > year_from && undated > 0; y--) {
        g_autoptr (GHashTable) gaps = NULL;
        if (!gap_pairs (&gaps, NULL, ds, scope, y, group, min_present, error))
            return FALSE;
        for (guint i = first; i < changes->len; i++) {
            BlocChange *c = &g_array_index (changes, BlocChange, i);
            if (c->year != year_from + 1)
                continue;
            gint64 key = pair_value (c->from, c->to);
            gboolean gap = g_hash_table_contains (gaps, &key);
            /* Still as it was in year_from: the change came the year after. */
            if (gap == (c->change == BLOC_CHANGE_GAP_CLOSED)) {
                c->year = y + 1;
                undated--;
            }
        }
    }
    return TRUE;
}

gboolean
bloc_diff (GArray **out, const BlocDataset *ds, const BlocScope *scope, int year_from, int year_to,
           const GArray *group, guint min_present, GError **error)
{
    g_autoptr (GArray) changes = g_array_new (FALSE, FALSE, sizeof (BlocChange));

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(scope->roles & BLOC_ROLE_BIT (t->role)))
            continue;
        gboolean before = bloc_tie_active (t, year_from), after = bloc_tie_active (t, year_to);
        if (before == after)
            continue;
        BlocChange c = { year_to, t->from, t->to,
                         t->role, TRUE,    after ? BLOC_CHANGE_JOIN : BLOC_CHANGE_EXIT,
                         i };
        /* The year it happened, when it falls between the two snapshots. */
        int when = after ? t->first_year : t->end_year;
        if (when > MIN (year_from, year_to) && when <= MAX (year_from, year_to))
            c.year = when;
        g_array_append_val (changes, c);
    }

    if (group != NULL) {
        g_autoptr (GHashTable) before = NULL;
        g_autoptr (GHashTable) after = NULL;
        g_autoptr (GHashTable) present_after = NULL;
        if (!gap_pairs (&before, NULL, ds, scope, year_from, group, min_present, error) ||
            !gap_pairs (&after, &present_after, ds, scope, year_to, group, min_present, error))
            return FALSE;
        /* A gap opens when a member leaves, or when something begins without it. It closes only
         * when the member joins: a gap in something that ended is gone, not closed. */
        guint first_gap = changes->len;
        add_gap_changes (changes, after, before, NULL, year_to, BLOC_CHANGE_GAP_OPENED);
        add_gap_changes (changes, before, after, present_after, year_to, BLOC_CHANGE_GAP_CLOSED);
        if (!date_gap_changes (changes, first_gap, ds, scope, year_from, year_to, group,
                               min_present, error))
            return FALSE;
    }
    g_array_sort_with_data (changes, compare_changes, (gpointer)ds);
    *out = g_steal_pointer (&changes);
    return TRUE;
}
