/* bloc-export-history.c: the history of each actor-entity pair, for exports of every year.
 *
 * The membership graph of one year joins an actor and an entity when some tie with a counted
 * role is active that year, with the heaviest such role. Over all years, a pair's history is
 * then a sequence of stretches with a constant role; a state that left and rejoined has two,
 * a state that went from observer to member has two as well. Filtering the stretches by
 * start <= Y < end gives exactly the edges of year Y, with their roles.
 */
#include "bloc-export-private.h"

#include <string.h>

BlocExportSpan
bloc_export_entity_span (const BlocEntity *e)
{
    BlocExportSpan span = { e->since.year, e->until.year };
    if (span.start != 0 && span.end == span.start)
        span.end = span.start + 1;
    return span;
}

gboolean
bloc_export_tie_ever_active (const BlocTie *t)
{
    return t->first_year == 0 || t->first_year != t->end_year;
}

static int
compare_rank (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const BlocDataset *ds = user_data;
    return bloc_dataset_compare_ids (ds, *(const guint *)a, *(const guint *)b);
}

guint *
bloc_export_id_ranks (const BlocDataset *ds)
{
    guint n = bloc_dataset_n_entities (ds);
    g_autofree guint *order = g_new (guint, n + 1);
    guint *rank = g_new (guint, n + 1);

    for (guint i = 0; i < n; i++)
        order[i] = i;
    g_qsort_with_data (order, (gint)n, sizeof (guint), compare_rank, (gpointer)ds);
    for (guint i = 0; i < n; i++)
        rank[order[i]] = i;
    return rank;
}

/* A counted tie of one pair. */
typedef struct {
    guint actor;
    guint other;
    guint tie;
} PairTie;

static int
compare_pair_ties (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const guint *rank = user_data;
    const PairTie *x = a, *y = b;
    if (x->actor != y->actor)
        return rank[x->actor] < rank[y->actor] ? -1 : 1;
    if (x->other != y->other)
        return rank[x->other] < rank[y->other] ? -1 : 1;
    return x->tie < y->tie ? -1 : x->tie > y->tie;
}

/* TRUE when role @a outweighs role @b, as the membership graph decides: a heavier weight, or
 * the same weight and earlier in role order. */
static gboolean
heavier (const BlocDataset *ds, BlocRole a, BlocRole b)
{
    double wa = bloc_dataset_role_weight (ds, a), wb = bloc_dataset_role_weight (ds, b);
    if (wa != wb)
        return wa > wb;
    return a < b;
}

/* TRUE when tie @t is active in all of [lo, hi) (0: open). The bounds are breakpoints of the
 * pair, so a tie is active in all of the stretch or in none of it. */
static gboolean
covers (const BlocTie *t, int lo, int hi)
{
    gboolean start_ok = t->first_year == 0 || (lo != 0 && t->first_year <= lo);
    gboolean end_ok = t->end_year == 0 || (hi != 0 && t->end_year >= hi);
    return start_ok && end_ok;
}

static int
compare_int (gconstpointer a, gconstpointer b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return x < y ? -1 : x > y;
}

/* The sources of the ties of the pair (@pair[0 .. n)) with role @role that are active
 * somewhere in [lo, hi), distinct, in order of their first year, then of the dataset. */
static const char *
join_sources (const BlocDataset *ds, const PairTie *pair, guint n, BlocRole role, int lo, int hi,
              GStringChunk *strings)
{
    g_autoptr (GPtrArray) seen = g_ptr_array_new ();
    g_autoptr (GString) text = g_string_new (NULL);
    g_autofree guint *order = g_new (guint, n + 1);
    guint n_order = 0;

    for (guint i = 0; i < n; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, pair[i].tie);
        /* Active somewhere in [lo, hi): starts before hi and ends after lo. */
        gboolean starts = t->first_year == 0 || hi == 0 || t->first_year < hi;
        gboolean ends = t->end_year == 0 || lo == 0 || t->end_year > lo;
        if (t->role == role && starts && ends)
            order[n_order++] = pair[i].tie;
    }
    /* Few ties per pair: an insertion sort by first year, then index. */
    for (guint i = 1; i < n_order; i++) {
        for (guint j = i; j > 0; j--) {
            const BlocTie *a = bloc_dataset_tie (ds, order[j - 1]);
            const BlocTie *b = bloc_dataset_tie (ds, order[j]);
            if (a->first_year < b->first_year ||
                (a->first_year == b->first_year && order[j - 1] < order[j]))
                break;
            guint swap = order[j];
            order[j] = order[j - 1];
            order[j - 1] = swap;
        }
    }
    for (guint i = 0; i < n_order; i++) {
        const char *source = bloc_dataset_tie (ds, order[i])->source;
        if (source == NULL || *source == '\0')
            continue;
        gboolean dup = FALSE;
        for (guint k = 0; k < seen->len && !dup; k++)
            dup = strcmp (g_ptr_array_index (seen, k), source) == 0;
        if (dup)
            continue;
        g_ptr_array_add (seen, (gpointer)source);
        if (text->len > 0)
            g_string_append (text, "; ");
        g_string_append (text, source);
    }
    return text->len > 0 ? g_string_chunk_insert_const (strings, text->str) : NULL;
}

/* Appends the stretches of one pair, whose ties are @pair[0 .. n). */
static void
pair_segments (const BlocDataset *ds, const PairTie *pair, guint n, GArray *breaks, GArray *out,
               GStringChunk *strings)
{
    g_array_set_size (breaks, 0);
    for (guint i = 0; i < n; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, pair[i].tie);
        int first = t->first_year, end = t->end_year;
        if (first != 0)
            g_array_append_val (breaks, first);
        if (end != 0)
            g_array_append_val (breaks, end);
    }
    g_array_sort (breaks, compare_int);
    guint k = 0;
    for (guint b = 0; b < breaks->len; b++)
        if (k == 0 || g_array_index (breaks, int, b) != g_array_index (breaks, int, k - 1))
            g_array_index (breaks, int, k++) = g_array_index (breaks, int, b);

    /* The stretches between consecutive breakpoints, with an open one at each end. */
    guint first_new = out->len;
    int lo = 0;
    for (guint b = 0; b <= k; b++) {
        int hi = b < k ? g_array_index (breaks, int, b) : 0;
        gboolean any = FALSE;
        BlocRole role = BLOC_ROLE_MEMBER;
        for (guint i = 0; i < n; i++) {
            const BlocTie *t = bloc_dataset_tie (ds, pair[i].tie);
            if (!covers (t, lo, hi))
                continue;
            if (!any || heavier (ds, t->role, role))
                role = t->role;
            any = TRUE;
        }
        if (any) {
            BlocExportSegment *last =
                out->len > first_new ? &g_array_index (out, BlocExportSegment, out->len - 1) : NULL;
            if (last != NULL && last->role == role && lo != 0 && last->end == lo) {
                last->end = hi;
            } else {
                BlocExportSegment s = { pair[0].actor, pair[0].other, lo, hi, role, NULL };
                g_array_append_val (out, s);
            }
        }
        lo = hi;
    }
    for (guint i = first_new; i < out->len; i++) {
        BlocExportSegment *s = &g_array_index (out, BlocExportSegment, i);
        s->source = join_sources (ds, pair, n, s->role, s->start, s->end, strings);
    }
}

GArray *
bloc_export_segments (const BlocDataset *ds, const BlocScope *scope, const guint *rank,
                      GStringChunk *strings)
{
    g_autoptr (GArray) ties = g_array_new (FALSE, FALSE, sizeof (PairTie));
    g_autoptr (GArray) breaks = g_array_new (FALSE, FALSE, sizeof (int));
    GArray *out = g_array_new (FALSE, FALSE, sizeof (BlocExportSegment));

    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || !bloc_export_tie_ever_active (t))
            continue;
        BlocKind kf = bloc_dataset_entity (ds, t->from)->kind;
        BlocKind kt = bloc_dataset_entity (ds, t->to)->kind;
        gboolean af = (scope->actors & BLOC_KIND_BIT (kf)) != 0;
        gboolean at = (scope->actors & BLOC_KIND_BIT (kt)) != 0;
        gboolean of = !af && (scope->others & BLOC_KIND_BIT (kf)) != 0;
        gboolean ot = !at && (scope->others & BLOC_KIND_BIT (kt)) != 0;
        PairTie p = { 0, 0, i };
        if (af && ot) {
            p.actor = t->from;
            p.other = t->to;
        } else if (at && of) {
            p.actor = t->to;
            p.other = t->from;
        } else {
            continue; /* both actors, neither, or outside the scope's kinds */
        }
        g_array_append_val (ties, p);
    }
    g_array_sort_with_data (ties, compare_pair_ties, (gpointer)rank);

    for (guint i = 0; i < ties->len;) {
        const PairTie *p = &g_array_index (ties, PairTie, i);
        guint j = i + 1;
        while (j < ties->len && g_array_index (ties, PairTie, j).actor == p->actor &&
               g_array_index (ties, PairTie, j).other == p->other)
            j++;
        pair_segments (ds, p, j - i, breaks, out, strings);
        i = j;
    }
    return out;
}
