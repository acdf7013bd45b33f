/* bloc-nestedness.c: NODF (Almeida-Neto et al. 2008) and its significance against a null model.
 *
 * NODF asks whether the rows with fewer 1s hold subsets of the 1s of the rows with more, and the
 * same of the columns. For a pair of rows of degrees k_i > k_j > 0, the pair scores
 * 100 |R_i ∩ R_j| / k_j; pairs of equal degree score 0 ("decreasing fill"). NODF_rows is the
 * mean over the r(r-1)/2 pairs of rows, NODF_columns over the c(c-1)/2 pairs of columns, and
 * NODF the mean over all of them. Comparing each pair by degree, not by the rows' order on the
 * page, is the paper's NODF of the matrix sorted by decreasing degrees.
 */
#include "bloc-stats-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

static const BlocEnumName null_names[] = {
    { BLOC_NULL_EQUIPROBABLE, NC_ ("null model", "equiprobable"), NULL },
    { BLOC_NULL_FIXED, NC_ ("null model", "fixed"), NULL },
    { 0, NULL, NULL },
};
static const BlocEnum null_enum = { "null model", null_names };

const BlocEnum *
bloc_null_model_enum (void)
{
    return &null_enum;
}

const char *
bloc_null_model_to_string (BlocNullModel null_model)
{
    return bloc_enum_to_string (&null_enum, null_model);
}

gboolean
bloc_null_model_parse (BlocNullModel *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &null_enum, text, error))
        return FALSE;
    *out = (BlocNullModel)value;
    return TRUE;
}

void
bloc_nestedness_options_init (BlocNestednessOptions *options)
{
    *options = (BlocNestednessOptions){
        .rows = NULL,
        .null_model = BLOC_NULL_FIXED,
        .samples = 1000,
        .seed = BLOC_DEFAULT_SEED,
    };
}

struct BlocNestedness {
    BlocNestednessOptions options;
    guint n_rows;
    guint n_cols;
    double nodf;
    double nodf_rows;
    double nodf_cols;
    double z;
    double p;
    double null_mean;
    double null_sd;
};

void
bloc_nestedness_free (BlocNestedness *nestedness)
{
    g_free (nestedness);
}

/* The sum of the scores of the pairs of rows of @x. */
static double
row_sum (const BlocBitMatrix *x)
{
    double sum = 0;
    for (guint i = 0; i < x->n_rows; i++) {
        guint ki = x->row_degree[i];
        if (ki == 0)
            continue;
        for (guint j = i + 1; j < x->n_rows; j++) {
            guint kj = x->row_degree[j];
            if (kj == 0 || kj == ki)
                continue;
            sum += 100.0 * bloc_bit_matrix_common (x, i, j) / MIN (ki, kj);
        }
    }
    return sum;
}

void
bloc_nodf_sums (double *out_rows, double *out_cols, const BlocBitMatrix *x, const BlocBitMatrix *t)
{
    *out_rows = row_sum (x);
    *out_cols = row_sum (t);
}

static double
pairs (guint n)
{
    return (double)n * (n > 0 ? n - 1 : 0) / 2.0;
}

/* NODF from the sums of the scores of an @r × @c matrix. */
static double
nodf_of (double rows, double cols, guint r, guint c)
{
    return pairs (r) + pairs (c) > 0 ? (rows + cols) / (pairs (r) + pairs (c)) : NAN;
}

/* Puts @ones 1s in cells of @x (all zero) chosen uniformly without replacement, drawing from
 * @cells, a permutation of the cell numbers that is shuffled further in place. */
static void
fill_equiprobable (BlocBitMatrix *x, guint *cells, guint ones, GRand *rand)
{
    guint n = x->n_rows * x->n_cols;

    memset (x->bits, 0, sizeof (guint64) * (gsize)x->n_rows * x->words);
    for (guint i = 0; i < ones; i++) {
        guint j = i + (guint)g_rand_int_range (rand, 0, (gint32)(n - i));
        guint t = cells[i];
        cells[i] = cells[j];
        cells[j] = t;
        bloc_bit_matrix_set (x, cells[i] / x->n_cols, cells[i] % x->n_cols);
    }
    bloc_bit_matrix_count (x);
}

/* The NODF of @options->samples matrices drawn from the null model, against the observed one
 * (@nest->nodf, of @x, whose transpose @t is scratch space): their mean and standard deviation,
 * z and p into @nest. */
static void
null_distribution (BlocNestedness *nest, const BlocBitMatrix *x, BlocBitMatrix *t,
                   const BlocNestednessOptions *options)
{
    guint R = nest->n_rows, C = nest->n_cols;
    double sr, sc;
    g_autoptr (GRand) rand = g_rand_new_with_seed (options->seed);
    g_autoptr (BlocBitMatrix) y = bloc_bit_matrix_copy (x);
    g_autofree guint *cells = NULL;
    guint ones = 0, at_least = 0;
    double mean = 0, m2 = 0;
    BlocCurveball cb = { 0 };

    for (guint i = 0; i < R; i++)
        ones += x->row_degree[i];
    if (options->null_model == BLOC_NULL_FIXED) {
        bloc_curveball_init (&cb, y, rand);
        bloc_curveball_run (&cb, 500 * (guint64)MAX (cb.n_active, 1u));
    } else {
        cells = g_new (guint, (gsize)R * C + 1);
        for (guint i = 0; i < R * C; i++)
            cells[i] = i;
    }
    for (guint k = 0; k < options->samples; k++) {
        if (options->null_model == BLOC_NULL_FIXED)
            bloc_curveball_run (&cb, 5 * (guint64)MAX (cb.n_active, 1u));
        else
            fill_equiprobable (y, cells, ones, rand);
        bloc_bit_matrix_transpose_into (t, y);
        bloc_nodf_sums (&sr, &sc, y, t);
        double v = nodf_of (sr, sc, R, C);
        /* Welford's running mean and variance. */
        double delta = v - mean;
        mean += delta / (k + 1);
        m2 += delta * (v - mean);
        /* Within rounding of the observed value counts as reaching it: a null matrix equal
         * to the observed one gives the same sum in another order. */
        at_least += v >= nest->nodf - 1e-9;
        if (options->progress != NULL)
            options->progress (k + 1, options->samples, options->progress_data);
    }
    bloc_curveball_clear (&cb);
    nest->null_mean = mean;
    nest->null_sd = options->samples > 1 ? sqrt (m2 / (options->samples - 1)) : NAN;
    nest->z = nest->null_sd > 1e-12 ? (nest->nodf - mean) / nest->null_sd : NAN;
    nest->p = (at_least + 1.0) / (options->samples + 1.0);
}

gboolean
bloc_nestedness_compute (BlocNestedness **out, const BlocMembership *m,
                         const BlocNestednessOptions *options, GError **error)
{
    g_autoptr (BlocNestedness) nest = g_new0 (BlocNestedness, 1);
    g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
    guint n_actors = bloc_membership_n_actors (m);
    guint n_others = bloc_membership_n_vertices (m) - n_actors;
    g_autofree gboolean *wanted = NULL;
    /* other vertex - n_actors -> its column + 1, or 0 */
    g_autofree guint *column_of = g_new0 (guint, n_others + 1);

    nest->options = *options;
    nest->options.rows = NULL;
    nest->options.progress = NULL;
    nest->options.progress_data = NULL;

    /* The rows asked for, as actor vertices, in vertex order; then drop those without ties. The
     * matrix is built from the neighbour lists, never as every actor × every other, which a
     * dataset of many entities without ties would make large. */
    if (options->rows != NULL) {
        const BlocDataset *ds = bloc_membership_dataset (m);
        guint n_entities = bloc_dataset_n_entities (ds);
        wanted = g_new0 (gboolean, n_actors + 1);
        for (guint i = 0; i < options->rows->len; i++) {
            guint e = g_array_index (options->rows, guint, i);
            gint v = e < n_entities ? bloc_membership_vertex (m, e) : -1;
            if (v < 0 || (guint)v >= n_actors) {
                g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                             "'%s' is not an actor of the graph (expected actors that exist in "
                             "the year asked for)",
                             e < n_entities ? bloc_dataset_entity (ds, e)->id : "?");
                return FALSE;
            }
            wanted[v] = TRUE;
        }
    }
    for (guint r = 0; r < n_actors; r++)
        if ((wanted == NULL || wanted[r]) && bloc_membership_degree (m, r) > 0)
            g_array_append_val (rows, r);
    /* The columns with a tie to one of those rows, in vertex order. */
    for (guint i = 0; i < rows->len; i++) {
        guint r = g_array_index (rows, guint, i);
        for (igraph_integer_t k = m->nbr_start[r]; k < m->nbr_start[r + 1]; k++)
            column_of[m->nbr[k] - n_actors] = 1;
    }
    guint R = rows->len, C = 0;
    for (guint c = 0; c < n_others; c++)
        if (column_of[c] > 0)
            column_of[c] = ++C;

    /* Each NODF, the observed one and one per null sample, compares every pair of rows and
     * every pair of columns. */
    guint64 n_pairs = (guint64)R * (R > 0 ? R - 1 : 0) / 2 + (guint64)C * (C > 0 ? C - 1 : 0) / 2;
    g_autofree char *which =
        g_strdup_printf ("the pairs of %u rows and of %u columns; --group keeps fewer rows", R, C);
    if (!bloc_analyze_check_pairs (n_pairs, 0, "nestedness would compare", which, error))
        return FALSE;
    /* The equiprobable null deals cells numbered in 31 bits. */
    if ((guint64)R * C > G_MAXINT32) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT,
                     "a matrix of %u rows and %u columns is too large (expected at most %d cells; "
                     "narrow it with --group, --kinds or --year)",
                     R, C, G_MAXINT32);
        return FALSE;
    }
    g_autoptr (BlocBitMatrix) x = bloc_bit_matrix_new (R, C);
    g_autoptr (BlocBitMatrix) t = bloc_bit_matrix_new (C, R);
    for (guint i = 0; i < R; i++) {
        guint r = g_array_index (rows, guint, i);
        for (igraph_integer_t k = m->nbr_start[r]; k < m->nbr_start[r + 1]; k++)
            bloc_bit_matrix_set (x, i, column_of[m->nbr[k] - n_actors] - 1);
    }
    bloc_bit_matrix_count (x);
    bloc_bit_matrix_transpose_into (t, x);

    double sr, sc;
    bloc_nodf_sums (&sr, &sc, x, t);
    nest->n_rows = R;
    nest->n_cols = C;
    nest->nodf = nodf_of (sr, sc, R, C);
    nest->nodf_rows = R >= 2 ? sr / pairs (R) : NAN;
    nest->nodf_cols = C >= 2 ? sc / pairs (C) : NAN;
    nest->z = nest->p = nest->null_mean = nest->null_sd = NAN;

    if (options->samples > 0 && !isnan (nest->nodf))
        null_distribution (nest, x, t, options);
    *out = g_steal_pointer (&nest);
    return TRUE;
}

double
bloc_nestedness_nodf (const BlocNestedness *nestedness)
{
    return nestedness->nodf;
}

double
bloc_nestedness_nodf_rows (const BlocNestedness *nestedness)
{
    return nestedness->nodf_rows;
}

double
bloc_nestedness_nodf_columns (const BlocNestedness *nestedness)
{
    return nestedness->nodf_cols;
}

double
bloc_nestedness_z (const BlocNestedness *nestedness)
{
    return nestedness->z;
}

double
bloc_nestedness_p (const BlocNestedness *nestedness)
{
    return nestedness->p;
}

double
bloc_nestedness_null_mean (const BlocNestedness *nestedness)
{
    return nestedness->null_mean;
}

double
bloc_nestedness_null_sd (const BlocNestedness *nestedness)
{
    return nestedness->null_sd;
}

const BlocNestednessOptions *
bloc_nestedness_options (const BlocNestedness *nestedness)
{
    return &nestedness->options;
}

guint
bloc_nestedness_n_rows (const BlocNestedness *nestedness)
{
    return nestedness->n_rows;
}

guint
bloc_nestedness_n_columns (const BlocNestedness *nestedness)
{
    return nestedness->n_cols;
}
