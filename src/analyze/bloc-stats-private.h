/* bloc-stats-private.h: what the statistics of bloc-stats.h share inside the library — 0/1
 * matrices as bit sets, the curveball sampler, and the pieces the unit tests check on their own.
 * Not installed, not for src/cli/.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze-private.h"
#include "bloc-stats.h"

G_BEGIN_DECLS

/* A 0/1 matrix, one bit set of columns per row. */
typedef struct {
    guint n_rows;
    guint n_cols;
    guint words;       /* 64-bit words per row */
    guint64 *bits;     /* row r is bits[r * words .. (r + 1) * words) */
    guint *row_degree; /* the number of 1s of each row */
    guint *col_degree; /* the number of 1s of each column */
} BlocBitMatrix;

/* An all-zero matrix. */
BlocBitMatrix *bloc_bit_matrix_new (guint n_rows, guint n_cols);
void bloc_bit_matrix_free (BlocBitMatrix *x);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocBitMatrix, bloc_bit_matrix_free)

BlocBitMatrix *bloc_bit_matrix_copy (const BlocBitMatrix *x);
/* Copies the bits of @from into @to, of the same size. */
void bloc_bit_matrix_assign (BlocBitMatrix *to, const BlocBitMatrix *from);
/* Fills @to (columns × rows of @x, already allocated) with the transpose of @x. */
void bloc_bit_matrix_transpose_into (BlocBitMatrix *to, const BlocBitMatrix *x);
/* Recounts the row and column degrees from the bits. */
void bloc_bit_matrix_count (BlocBitMatrix *x);
/* The matrix of ones and zeros in @cells (row-major, @n_rows × @n_cols, non-zero is 1). */
BlocBitMatrix *bloc_bit_matrix_from_cells (const guint8 *cells, guint n_rows, guint n_cols);
/* The incidence matrix of @m with the vertices of @side as rows and those of the other side as
 * columns, both in vertex order (by id). */
BlocBitMatrix *bloc_bit_matrix_from_membership (const BlocMembership *m, BlocSide side);
/* The same, without the columns that have no tie: they change no test of a backbone, and a
 * dataset of many entities without ties would make the full matrix large and slow to scan. */
BlocBitMatrix *bloc_bit_matrix_from_membership_tied (const BlocMembership *m, BlocSide side);

static inline guint64 *
bloc_bit_matrix_row (const BlocBitMatrix *x, guint r)
{
    return x->bits + (gsize)r * x->words;
}

static inline gboolean
bloc_bit_matrix_get (const BlocBitMatrix *x, guint r, guint c)
{
    return (bloc_bit_matrix_row (x, r)[c / 64] >> (c % 64)) & 1u;
}

static inline void
bloc_bit_matrix_set (BlocBitMatrix *x, guint r, guint c)
{
    bloc_bit_matrix_row (x, r)[c / 64] |= (guint64)1 << (c % 64);
}

/* The number of columns where rows @r and @s both have a 1. */
static inline guint
bloc_bit_matrix_common (const BlocBitMatrix *x, guint r, guint s)
{
    const guint64 *a = bloc_bit_matrix_row (x, r), *b = bloc_bit_matrix_row (x, s);
    guint n = 0;
    for (guint w = 0; w < x->words; w++)
        n += (guint)__builtin_popcountll (a[w] & b[w]);
    return n;
}

/* The index of the pair of rows (r, s), r < s, among the n(n-1)/2 pairs of @n rows in the
 * order (0,1), (0,2), ..., (1,2), ... */
static inline guint64
bloc_pair_index (guint64 n, guint64 r, guint64 s)
{
    return r * n - r * (r + 1) / 2 + (s - r - 1);
}

/* The curveball algorithm (Strona et al. 2014): a Markov chain over the 0/1 matrices with the
 * row and column degrees of the one it starts from, uniform in the limit (Carstens 2015). A
 * trade takes two random rows, pools the columns where exactly one of them has a 1, and deals
 * the pool back at random, each row keeping its count. */
typedef struct {
    BlocBitMatrix *x; /* borrowed; changed in place */
    GRand *rand;      /* borrowed */
    guint *active;    /* rows that a trade can change: 0 < degree < n_cols */
    guint n_active;
    guint *pool;
} BlocCurveball;

void bloc_curveball_init (BlocCurveball *cb, BlocBitMatrix *x, GRand *rand);
/* Makes @n_trades trades. */
void bloc_curveball_run (BlocCurveball *cb, guint64 n_trades);
void bloc_curveball_clear (BlocCurveball *cb);

/* Fits the bipartite configuration model (Saracco et al. 2015) to the degrees of @x: fills
 * @out_p (an @x->n_rows × @x->n_cols array, row-major; caller frees with g_free) with the
 * probability of each cell, p_rc = x_r y_c / (1 + x_r y_c), whose row and column sums are the
 * observed degrees. Rows and columns with equal degrees share one probability vector. Fails with
 * BLOC_ERROR_DATA when the degrees admit no such probabilities (they force some cell to 0 or 1
 * without a full or empty row or column), or when the iteration does not converge.
 * @out_iterations (may be NULL) receives the number of sweeps. */
gboolean bloc_bicm_fit (double **out_p, guint *out_iterations, const BlocBitMatrix *x,
                        GError **error);

/* The distribution of a sum of independent Bernoulli variables with success probabilities @q
 * (@n of them), exact up to @cap: fills @out[0 .. cap] with P(X = k) for k < cap + 1 and
 * @out[cap + 1] with P(X > cap). @out has cap + 2 entries. O(n cap). */
void bloc_poisson_binomial (double *out, const double *q, guint n, guint cap);

/* The sums of the pairs' scores that make NODF (Almeida-Neto et al. 2008): for each pair of
 * rows with different degrees, both non-zero, 100 × the share of the smaller row's 1s that the
 * larger row also has; pairs of equal degrees and pairs with an empty row score 0. @t is the
 * transpose of @x, for the columns. */
void bloc_nodf_sums (double *out_rows, double *out_cols, const BlocBitMatrix *x,
                     const BlocBitMatrix *t);

/* Q_B = (1/m) Σ_ij (A_ij - k_i d_j / m) δ(c_i, c_j) of the partition @membership (membership
 * graph vertex -> community number >= 0) of @m, over actors i and others j, with m edges;
 * NaN when @m has no edges. Sets a BLOC_ERROR_GRAPH error for a partition of another size or
 * with a negative community. */
gboolean bloc_barber_score (double *out, const BlocMembership *m,
                            const igraph_vector_int_t *membership, GError **error);

G_END_DECLS
