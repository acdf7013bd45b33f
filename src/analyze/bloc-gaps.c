/* bloc-gaps.c: participation gaps of a group. */
#include "bloc-analyze-private.h"

#include <math.h>

static void
gap_entity_free (gpointer data)
{
    BlocGapEntity *g = data;
    g_array_unref (g->present);
    g_array_unref (g->absent);
    g_free (g);
}

static void
gap_member_free (gpointer data)
{
    BlocGapMember *g = data;
    g_array_unref (g->gaps);
    g_free (g);
}

void
bloc_gaps_free (BlocGaps *gaps)
{
    if (gaps == NULL)
        return;
    g_clear_pointer (&gaps->group, g_array_unref);
    g_clear_pointer (&gaps->entities, g_ptr_array_unref);
    g_clear_pointer (&gaps->members, g_ptr_array_unref);
    g_clear_pointer (&gaps->one_short, g_array_unref);
    g_free (gaps);
}

const GArray *
bloc_gaps_group (const BlocGaps *gaps)
{
    return gaps->group;
}

guint
bloc_gaps_n_entities (const BlocGaps *gaps)
{
    return gaps->entities->len;
}

/* Entity @i of @gaps; NULL (after a critical warning) when there is none. */
static const BlocGapEntity *
gap_entity (const BlocGaps *gaps, guint i)
{
    g_return_val_if_fail (i < gaps->entities->len, NULL);
    return g_ptr_array_index (gaps->entities, i);
}

guint
bloc_gaps_entity (const BlocGaps *gaps, guint i)
{
    const BlocGapEntity *g = gap_entity (gaps, i);
    return g ? g->entity : 0;
}

double
bloc_gaps_coverage (const BlocGaps *gaps, guint i)
{
    const BlocGapEntity *g = gap_entity (gaps, i);
    return g ? g->coverage : NAN;
}

const GArray *
bloc_gaps_present (const BlocGaps *gaps, guint i)
{
    const BlocGapEntity *g = gap_entity (gaps, i);
    return g ? g->present : NULL;
}

const GArray *
bloc_gaps_absent (const BlocGaps *gaps, guint i)
{
    const BlocGapEntity *g = gap_entity (gaps, i);
    return g ? g->absent : NULL;
}

guint
bloc_gaps_n_members (const BlocGaps *gaps)
{
    return gaps->members->len;
}

guint
bloc_gaps_member (const BlocGaps *gaps, guint i)
{
    g_return_val_if_fail (i < gaps->members->len, 0);
    return ((const BlocGapMember *)g_ptr_array_index (gaps->members, i))->entity;
}

const GArray *
bloc_gaps_member_gaps (const BlocGaps *gaps, guint i)
{
    g_return_val_if_fail (i < gaps->members->len, NULL);
    return ((const BlocGapMember *)g_ptr_array_index (gaps->members, i))->gaps;
}

const GArray *
bloc_gaps_one_short (const BlocGaps *gaps)
{
    return gaps->one_short;
}

typedef struct {
    const BlocDataset *ds;
    GHashTable *coverage; /* entity index + 1 -> BlocGapEntity * */
} RankContext;

/* Gaps of one member: by the coverage of what it misses (highest first), then id. */
static int
compare_gaps (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const RankContext *ctx = user_data;
    guint ea = *(const guint *)a, eb = *(const guint *)b;
    const BlocGapEntity *ga = g_hash_table_lookup (ctx->coverage, GUINT_TO_POINTER (ea + 1));
    const BlocGapEntity *gb = g_hash_table_lookup (ctx->coverage, GUINT_TO_POINTER (eb + 1));
    if (ga->coverage != gb->coverage)
        return ga->coverage > gb->coverage ? -1 : 1;
    return bloc_dataset_compare_ids (ctx->ds, ea, eb);
}

/* Members: by gap count (most first), then id. */
static int
compare_members (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const BlocGapMember *ma = *(BlocGapMember *const *)a, *mb = *(BlocGapMember *const *)b;
    if (ma->gaps->len != mb->gaps->len)
        return ma->gaps->len > mb->gaps->len ? -1 : 1;
    return bloc_dataset_compare_ids (user_data, ma->entity, mb->entity);
}

gboolean
bloc_gaps_compute (BlocGaps **out, const BlocMembership *m, const GArray *group, guint min_present,
                   GError **error)
{
    const BlocDataset *ds = m->ds;
    g_autoptr (BlocGaps) gaps = g_new0 (BlocGaps, 1);
    g_autoptr (GHashTable) by_entity = g_hash_table_new (g_direct_hash, g_direct_equal);
    igraph_integer_t n = bloc_membership_n_vertices (m);

    if (!bloc_membership_group (&gaps->group, m, group, error))
        return FALSE;
    gaps->entities = g_ptr_array_new_with_free_func (gap_entity_free);
    gaps->members = g_ptr_array_new_with_free_func (gap_member_free);
    gaps->one_short = g_array_new (FALSE, FALSE, sizeof (guint));

    /* in_group[v] is the position of actor vertex v in the group, or -1. */
    g_autofree gint *in_group = g_new (gint, m->n_actors + 1);
    for (igraph_integer_t v = 0; v < m->n_actors; v++)
        in_group[v] = -1;
    for (guint i = 0; i < gaps->group->len; i++)
        in_group[m->vertex[g_array_index (gaps->group, guint, i)]] = (gint)i;
    g_autofree gint *role_of = g_new (gint, gaps->group->len + 1);

    /* Other-side vertices are sorted by id, so the result is too. */
    for (igraph_integer_t v = m->n_actors; v < n; v++) {
        guint present = 0;
        for (guint i = 0; i < gaps->group->len; i++)
            role_of[i] = -1;
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++) {
            gint pos = in_group[m->nbr[k]];
            if (pos >= 0) {
                role_of[pos] = VECTOR (m->role)[m->nbr_edge[k]];
                present++;
            }
        }
        if (present < min_present || present == 0)
            continue;

        BlocGapEntity *g = g_new0 (BlocGapEntity, 1);
        g->entity = (guint)VECTOR (m->entity)[v];
        g->present = g_array_new (FALSE, FALSE, sizeof (BlocPresence));
        g->absent = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint i = 0; i < gaps->group->len; i++) {
            guint member = g_array_index (gaps->group, guint, i);
            if (role_of[i] >= 0) {
                BlocPresence p = { member, (BlocRole)role_of[i] };
                g_array_append_val (g->present, p);
            } else {
                g_array_append_val (g->absent, member);
            }
        }
        g->coverage = (double)present / (double)gaps->group->len;
        if (g->absent->len == 1)
            g_array_append_val (gaps->one_short, g->entity);
        g_ptr_array_add (gaps->entities, g);
        g_hash_table_insert (by_entity, GUINT_TO_POINTER (g->entity + 1), g);
    }

    for (guint i = 0; i < gaps->group->len; i++) {
        BlocGapMember *gm = g_new0 (BlocGapMember, 1);
        gm->entity = g_array_index (gaps->group, guint, i);
        gm->gaps = g_array_new (FALSE, FALSE, sizeof (guint));
        for (guint j = 0; j < gaps->entities->len; j++) {
            const BlocGapEntity *g = g_ptr_array_index (gaps->entities, j);
            for (guint k = 0; k < g->absent->len; k++)
                if (g_array_index (g->absent, guint, k) == gm->entity)
                    g_array_append_val (gm->gaps, g->entity);
        }
        RankContext ctx = { ds, by_entity };
        g_array_sort_with_data (gm->gaps, compare_gaps, &ctx);
        g_ptr_array_add (gaps->members, gm);
    }
    g_ptr_array_sort_with_data (gaps->members, compare_members, (gpointer)ds);

    *out = g_steal_pointer (&gaps);
    return TRUE;
}
