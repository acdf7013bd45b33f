/* bloc-incidence.c: 0/1 matrices as bit sets, and the curveball sampler over them. */
#include "bloc-stats-private.h"

#include <string.h>

BlocBitMatrix *
bloc_bit_matrix_new (guint n_rows, guint n_cols)
{
    BlocBitMatrix *x = g_new0 (BlocBitMatrix, 1);

    x->n_rows = n_rows;
    x->n_cols = n_cols;
    x->words = (n_cols + 63) / 64;
    x->bits = g_new0 (guint64, (gsize)n_rows * x->words + 1);
    x->row_degree = g_new0 (guint, n_rows + 1);
    x->col_degree = g_new0 (guint, n_cols + 1);
    return x;
}

void
bloc_bit_matrix_free (BlocBitMatrix *x)
{
    if (x == NULL)
        return;
    g_free (x->bits);
    g_free (x->row_degree);
    g_free (x->col_degree);
    g_free (x);
}

BlocBitMatrix *
bloc_bit_matrix_copy (const BlocBitMatrix *x)
{
    BlocBitMatrix *y = bloc_bit_matrix_new (x->n_rows, x->n_cols);

    bloc_bit_matrix_assign (y, x);
    return y;
}

void
bloc_bit_matrix_assign (BlocBitMatrix *to, const BlocBitMatrix *from)
{
    g_assert (to->n_rows == from->n_rows && to->n_cols == from->n_cols);
    memcpy (to->bits, from->bits, sizeof (guint64) * (gsize)from->n_rows * from->words);
    memcpy (to->row_degree, from->row_degree, sizeof (guint) * from->n_rows);
    memcpy (to->col_degree, from->col_degree, sizeof (guint) * from->n_cols);
}

void
bloc_bit_matrix_transpose_into (BlocBitMatrix *to, const BlocBitMatrix *x)
{
    g_assert (to->n_rows == x->n_cols && to->n_cols == x->n_rows);
    memset (to->bits, 0, sizeof (guint64) * (gsize)to->n_rows * to->words);
    for (guint r = 0; r < x->n_rows; r++) {
        const guint64 *row = bloc_bit_matrix_row (x, r);
        for (guint w = 0; w < x->words; w++) {
            /* Visit the set bits only: matrices of memberships are sparse. */
            for (guint64 bits = row[w]; bits != 0; bits &= bits - 1)
                bloc_bit_matrix_set (to, w * 64 + (guint)__builtin_ctzll (bits), r);
        }
    }
    memcpy (to->row_degree, x->col_degree, sizeof (guint) * x->n_cols);
    memcpy (to->col_degree, x->row_degree, sizeof (guint) * x->n_rows);
}

void
bloc_bit_matrix_count (BlocBitMatrix *x)
{
    memset (x->col_degree, 0, sizeof (guint) * x->n_cols);
    for (guint r = 0; r < x->n_rows; r++) {
        const guint64 *row = bloc_bit_matrix_row (x, r);
        guint n = 0;
        for (guint w = 0; w < x->words; w++) {
            n += (guint)__builtin_popcountll (row[w]);
            for (guint64 bits = row[w]; bits != 0; bits &= bits - 1)
                x->col_degree[w * 64 + (guint)__builtin_ctzll (bits)]++;
        }
        x->row_degree[r] = n;
    }
}

BlocBitMatrix *
bloc_bit_matrix_from_cells (const guint8 *cells, guint n_rows, guint n_cols)
{
    BlocBitMatrix *x = bloc_bit_matrix_new (n_rows, n_cols);

    for (guint r = 0; r < n_rows; r++)
        for (guint c = 0; c < n_cols; c++)
            if (cells[(gsize)r * n_cols + c])
                bloc_bit_matrix_set (x, r, c);
    bloc_bit_matrix_count (x);
    return x;
}

BlocBitMatrix *
bloc_bit_matrix_from_membership (const BlocMembership *m, BlocSide side)
{
    igraph_integer_t n_actors = bloc_membership_n_actors (m);
    igraph_integer_t n = bloc_membership_n_vertices (m);
    gboolean actors = side == BLOC_SIDE_ACTORS;
    igraph_integer_t first = actors ? 0 : n_actors, end = actors ? n_actors : n;
    igraph_integer_t other_first = actors ? n_actors : 0;
    BlocBitMatrix *x = bloc_bit_matrix_new ((guint)(end - first), (guint)(n - (end - first)));

    for (igraph_integer_t v = first; v < end; v++)
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            bloc_bit_matrix_set (x, (guint)(v - first), (guint)(m->nbr[k] - other_first));
    bloc_bit_matrix_count (x);
    return x;
}

BlocBitMatrix *
bloc_bit_matrix_from_membership_tied (const BlocMembership *m, BlocSide side)
{
    guint n_actors = bloc_membership_n_actors (m), n = bloc_membership_n_vertices (m);
    gboolean actors = side == BLOC_SIDE_ACTORS;
    guint first = actors ? 0 : n_actors, end = actors ? n_actors : n;
    guint other_first = actors ? n_actors : 0, n_other = n - (end - first);
    g_autofree guint *column_of = g_new0 (guint, n_other + 1); /* column + 1, or 0 */
    guint n_cols = 0;

    for (guint v = other_first; v < other_first + n_other; v++)
        if (m->nbr_start[v + 1] > m->nbr_start[v])
            column_of[v - other_first] = ++n_cols;
    BlocBitMatrix *x = bloc_bit_matrix_new (end - first, n_cols);
    for (guint v = first; v < end; v++)
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            bloc_bit_matrix_set (x, v - first, column_of[m->nbr[k] - other_first] - 1);
    bloc_bit_matrix_count (x);
    return x;
}

void
bloc_curveball_init (BlocCurveball *cb, BlocBitMatrix *x, GRand *rand)
{
    cb->x = x;
    cb->rand = rand;
    cb->active = g_new (guint, x->n_rows + 1);
    cb->n_active = 0;
    for (guint r = 0; r < x->n_rows; r++)
        if (x->row_degree[r] > 0 && x->row_degree[r] < x->n_cols)
            cb->active[cb->n_active++] = r;
    cb->pool = g_new (guint, x->n_cols + 1);
}

void
bloc_curveball_clear (BlocCurveball *cb)
{
    g_clear_pointer (&cb->active, g_free);
    g_clear_pointer (&cb->pool, g_free);
    cb->n_active = 0;
}

/* One trade between rows @r and @s. */
static void
trade (BlocCurveball *cb, guint r, guint s)
{
    BlocBitMatrix *x = cb->x;
    guint64 *a = bloc_bit_matrix_row (x, r), *b = bloc_bit_matrix_row (x, s);
    guint n_a = 0, n = 0;

    /* The pool: first the columns only r has, then those only s has. */
    for (guint w = 0; w < x->words; w++)
        for (guint64 bits = a[w] & ~b[w]; bits != 0; bits &= bits - 1)
            cb->pool[n_a++] = w * 64 + (guint)__builtin_ctzll (bits);
    if (n_a == 0)
        return;
    n = n_a;
    for (guint w = 0; w < x->words; w++)
        for (guint64 bits = b[w] & ~a[w]; bits != 0; bits &= bits - 1)
            cb->pool[n++] = w * 64 + (guint)__builtin_ctzll (bits);
    if (n == n_a)
        return;

    /* Deal: a uniform random n_a-subset of the pool goes to r (a partial Fisher–Yates shuffle),
     * the rest to s. */
    for (guint i = 0; i < n_a; i++) {
        guint j = i + (guint)g_rand_int_range (cb->rand, 0, (gint32)(n - i));
        guint t = cb->pool[i];
        cb->pool[i] = cb->pool[j];
        cb->pool[j] = t;
    }
    for (guint w = 0; w < x->words; w++) {
        guint64 both = a[w] & b[w];
        a[w] = both;
        b[w] = both;
    }
    for (guint i = 0; i < n; i++) {
        guint c = cb->pool[i];
        (i < n_a ? a : b)[c / 64] |= (guint64)1 << (c % 64);
    }
}

void
bloc_curveball_run (BlocCurveball *cb, guint64 n_trades)
{
    if (cb->n_active < 2)
        return; /* the degrees fix the matrix */
    for (guint64 t = 0; t < n_trades; t++) {
        guint i = (guint)g_rand_int_range (cb->rand, 0, (gint32)cb->n_active);
        guint j = (guint)g_rand_int_range (cb->rand, 0, (gint32)cb->n_active - 1);
        if (j >= i)
            j++;
        trade (cb, cb->active[i], cb->active[j]);
    }
}
