/* bloc-backbone.c: which co-memberships are more than chance.
 *
 * Every pair of vertices of one side is tested against a null model of the two-mode graph:
 * the hypergeometric (fixed degrees of the pair's side), the stochastic degree sequence model
 * (both sides' degrees on average, through the BiCM) or the fixed degree sequence model (both
 * sides' degrees exactly, by curveball sampling). docs/analyses.md has the formulas.
 */
#include "bloc-stats-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <string.h>

/* "hypergeometric" is a word, marked for the tables that show it in other languages; sdsm and
 * fdsm are names. */
static const BlocEnumName method_names[] = {
    { BLOC_BACKBONE_HYPERGEOMETRIC, NC_ ("method", "hypergeometric"), NULL },
    { BLOC_BACKBONE_SDSM, "sdsm", NULL },
    { BLOC_BACKBONE_FDSM, "fdsm", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum method_enum = { "method", method_names };

const BlocEnum *
bloc_backbone_method_enum (void)
{
    return &method_enum;
}

const char *
bloc_backbone_method_to_string (BlocBackboneMethod method)
{
    return bloc_enum_to_string (&method_enum, method);
}

gboolean
bloc_backbone_method_parse (BlocBackboneMethod *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &method_enum, text, error))
        return FALSE;
    *out = (BlocBackboneMethod)value;
    return TRUE;
}

void
bloc_backbone_options_init (BlocBackboneOptions *options)
{
    *options = (BlocBackboneOptions){
        .method = BLOC_BACKBONE_HYPERGEOMETRIC,
        .side = BLOC_SIDE_ACTORS,
        .correction = BLOC_CORRECTION_HOLM,
        .alpha = 0.05,
        .two_sided = FALSE,
        .samples = 1000,
        .seed = BLOC_DEFAULT_SEED,
    };
}

/* A kept pair. */
typedef struct {
    guint a, b;         /* entity indices, a's id before b's */
    guint row_a, row_b; /* rows of the tested side, row_a < row_b */
    guint shared;
    int sign;
    double expected;
    double p;
    double p_adjusted;
    double p_low;
} Pair;

struct BlocBackbone {
    BlocBackboneOptions options;
    guint64 n_tests;
    GArray *pairs;      /* Pair, by (row_a, row_b), which is by (a, b) id */
    GHashTable *row_of; /* entity index -> row + 1 */
    guint n_rows;       /* vertices of the tested side */
    guint n_other;      /* vertices of the other side */
};

void
bloc_backbone_free (BlocBackbone *backbone)
{
    if (backbone == NULL)
        return;
    g_clear_pointer (&backbone->pairs, g_array_unref);
    g_clear_pointer (&backbone->row_of, g_hash_table_unref);
    g_free (backbone);
}

/* Statistics of every pair, indexed by bloc_pair_index(). */
typedef struct {
    guint64 n;
    guint *shared;
    double *expected;
    double *p;
    double *p_low; /* NULL unless two-sided */
} Tests;

static void
tests_clear (Tests *t)
{
    g_clear_pointer (&t->shared, g_free);
    g_clear_pointer (&t->expected, g_free);
    g_clear_pointer (&t->p, g_free);
    g_clear_pointer (&t->p_low, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tests, tests_clear)

static void
test_hypergeometric (Tests *t, const BlocBitMatrix *x, gboolean two_sided)
{
    guint population = 0;

    for (guint c = 0; c < x->n_cols; c++)
        population += x->col_degree[c] > 0;
    for (guint r = 0; r < x->n_rows; r++) {
        for (guint s = r + 1; s < x->n_rows; s++) {
            guint64 i = bloc_pair_index (x->n_rows, r, s);
            guint k = x->row_degree[r], n = x->row_degree[s];
            t->expected[i] = population > 0 ? (double)k * n / population : 0.0;
            t->p[i] = bloc_hypergeometric_upper (population, k, n, t->shared[i]);
            if (two_sided)
                t->p_low[i] = bloc_hypergeometric_lower (population, k, n, t->shared[i]);
        }
    }
}

static gboolean
test_sdsm (Tests *t, const BlocBitMatrix *x, gboolean two_sided, GError **error)
{
    guint R = x->n_rows, C = x->n_cols;
    g_autofree double *prob = NULL;

    if (!bloc_bicm_fit (&prob, NULL, x, error))
        return FALSE;

    /* Rows of equal degree have equal probabilities, so pairs of rows of the same two degrees
     * have one distribution of their shared count: compute it once per pair of degree classes,
     * up to the largest count observed among them. */
    g_autofree guint *class_of = g_new (guint, R + 1);
    g_autoptr (GArray) first = g_array_new (FALSE, FALSE, sizeof (guint)); /* class -> a row */
    {
        g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
        for (guint r = 0; r < R; r++) {
            gpointer found;
            if (g_hash_table_lookup_extended (index, GUINT_TO_POINTER (x->row_degree[r]), NULL,
                                              &found)) {
                class_of[r] = GPOINTER_TO_UINT (found);
            } else {
                class_of[r] = first->len;
                g_hash_table_insert (index, GUINT_TO_POINTER (x->row_degree[r]),
                                     GUINT_TO_POINTER (first->len));
                g_array_append_val (first, r);
            }
        }
    }
    guint k = first->len;
    gsize n_class_pairs = (gsize)k * k;
    g_autofree gint *cap = g_new (gint, n_class_pairs + 1);
    for (gsize i = 0; i < n_class_pairs; i++)
        cap[i] = -1;
    for (guint r = 0; r < R; r++)
        for (guint s = r + 1; s < R; s++) {
            guint a = MIN (class_of[r], class_of[s]), b = MAX (class_of[r], class_of[s]);
            gint shared = (gint)t->shared[bloc_pair_index (R, r, s)];
            cap[(gsize)a * k + b] = MAX (cap[(gsize)a * k + b], shared);
        }

    g_autoptr (GPtrArray) dist = g_ptr_array_new_full ((guint)n_class_pairs, g_free);
    g_autofree double *mean = g_new0 (double, n_class_pairs + 1);
    g_autofree double *q = g_new (double, C + 1);
    g_ptr_array_set_size (dist, (gint)n_class_pairs);
    for (guint a = 0; a < k; a++) {
        for (guint b = a; b < k; b++) {
            gint c_ab = cap[(gsize)a * k + b];
            if (c_ab < 0)
                continue; /* no pair of rows of these two degrees */
            const double *pa = prob + (gsize)g_array_index (first, guint, a) * C;
            const double *pb = prob + (gsize)g_array_index (first, guint, b) * C;
            double sum = 0;
            for (guint c = 0; c < C; c++) {
                q[c] = pa[c] * pb[c];
                sum += q[c];
            }
            /* One more than observed, so that P(X = shared) is exact for the lower tail. */
            guint top = (guint)c_ab + 1;
            double *d = g_new (double, top + 2);
            bloc_poisson_binomial (d, q, C, top);
            mean[(gsize)a * k + b] = sum;
            g_ptr_array_index (dist, (gsize)a * k + b) = d;
        }
    }
    for (guint r = 0; r < R; r++) {
        for (guint s = r + 1; s < R; s++) {
            guint64 i = bloc_pair_index (R, r, s);
            guint a = MIN (class_of[r], class_of[s]), b = MAX (class_of[r], class_of[s]);
            const double *d = g_ptr_array_index (dist, (gsize)a * k + b);
            guint top = (guint)cap[(gsize)a * k + b] + 1, obs = t->shared[i];
            double upper = 0, lower = 0;
            /* Tails are sums of non-negative terms: no cancellation, however small. */
            for (guint j = top + 2; j-- > obs;)
                upper += d[j];
            t->p[i] = obs == 0 ? 1.0 : MIN (1.0, upper);
            t->expected[i] = mean[(gsize)a * k + b];
            if (two_sided) {
                for (guint j = 0; j <= obs; j++)
                    lower += d[j];
                t->p_low[i] = MIN (1.0, lower);
            }
        }
    }
    return TRUE;
}

static void
test_fdsm (Tests *t, const BlocBitMatrix *x, const BlocBackboneOptions *options)
{
    guint R = x->n_rows;
    g_autoptr (BlocBitMatrix) y = bloc_bit_matrix_copy (x);
    g_autoptr (GRand) rand = g_rand_new_with_seed (options->seed);
    g_autofree guint *ge = g_new0 (guint, t->n + 1);
    g_autofree guint *le = g_new0 (guint, t->n + 1);
    g_autofree guint64 *sum = g_new0 (guint64, t->n + 1);
    g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint)); /* rows with ties */
    BlocCurveball cb;

    for (guint r = 0; r < R; r++)
        if (x->row_degree[r] > 0)
            g_array_append_val (rows, r);
    bloc_curveball_init (&cb, y, rand);
    /* Trades between samples: five per row that can trade, so that each such row takes part in
     * about ten trades between two samples; and a hundred times that before the first. */
    guint64 spacing = 5 * (guint64)MAX (cb.n_active, 1u);
    bloc_curveball_run (&cb, 100 * spacing);
    for (guint k = 0; k < options->samples; k++) {
        bloc_curveball_run (&cb, spacing);
        for (guint i = 0; i < rows->len; i++) {
            guint r = g_array_index (rows, guint, i);
            for (guint j = i + 1; j < rows->len; j++) {
                guint s = g_array_index (rows, guint, j);
                guint64 idx = bloc_pair_index (R, r, s);
                guint co = bloc_bit_matrix_common (y, r, s);
                ge[idx] += co >= t->shared[idx];
                le[idx] += co <= t->shared[idx];
                sum[idx] += co;
            }
        }
        if (options->progress != NULL)
            options->progress (k + 1, options->samples, options->progress_data);
    }
    bloc_curveball_clear (&cb);

    /* A row without ties shares nothing in every sample, as observed. */
    for (guint r = 0; r < R; r++)
        for (guint s = r + 1; s < R; s++)
            if (x->row_degree[r] == 0 || x->row_degree[s] == 0) {
                guint64 idx = bloc_pair_index (R, r, s);
                ge[idx] = le[idx] = options->samples;
            }
    /* The p-value counts the observed matrix as one of the samples (Davison & Hinkley 1997;
     * North, Curtis & Sham 2002): never 0, and exact in size under the null. */
    double n1 = (double)options->samples + 1.0;
    for (guint64 i = 0; i < t->n; i++) {
        t->p[i] = t->shared[i] == 0 ? 1.0 : (ge[i] + 1.0) / n1;
        t->expected[i] = (double)sum[i] / options->samples;
        if (t->p_low != NULL)
            t->p_low[i] = (le[i] + 1.0) / n1;
    }
}

gboolean
bloc_backbone_compute (BlocBackbone **out, const BlocMembership *m,
                       const BlocBackboneOptions *options, GError **error)
{
    g_autoptr (BlocBackbone) bb = g_new0 (BlocBackbone, 1);
    g_autoptr (BlocBitMatrix) x = NULL;
    g_auto (Tests) t = { 0 };
    gboolean two_sided = options->two_sided;
    gboolean actors = options->side == BLOC_SIDE_ACTORS;

    if (!(options->alpha > 0.0 && options->alpha <= 1.0)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad alpha %g (expected 0 < alpha <= 1)",
                     options->alpha);
        return FALSE;
    }
    if (options->method == BLOC_BACKBONE_FDSM && options->samples == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "fdsm needs samples (expected at least 1)");
        return FALSE;
    }
    bb->options = *options;
    bb->options.progress = NULL;
    bb->options.progress_data = NULL;
    guint n_actors = bloc_membership_n_actors (m);
    bb->n_rows = actors ? n_actors : bloc_membership_n_vertices (m) - n_actors;
    bb->n_other = bloc_membership_n_vertices (m) - bb->n_rows;
    /* Every pair is tested, also those that share nothing, and each keeps its statistics
     * (some 60 bytes): the pairs are bounded as those of a projection are. */
    guint64 n_pairs = (guint64)bb->n_rows * (bb->n_rows > 0 ? bb->n_rows - 1 : 0) / 2;
    const char *side = bloc_enum_to_string (bloc_side_enum (), options->side);
    g_autofree char *what = g_strdup_printf ("the backbone on %s would test", side);
    g_autofree char *which = g_strdup_printf ("every pair of the %u %s", bb->n_rows, side);
    if (!bloc_analyze_check_pairs (n_pairs, 0, what, which, error))
        return FALSE;

    x = bloc_bit_matrix_from_membership_tied (m, options->side);
    guint R = x->n_rows;
    t.n = (guint64)R * (R > 0 ? R - 1 : 0) / 2;
    t.shared = g_new (guint, t.n + 1);
    t.expected = g_new0 (double, t.n + 1);
    t.p = g_new (double, t.n + 1);
    if (two_sided)
        t.p_low = g_new (double, t.n + 1);
    for (guint r = 0; r < R; r++)
        for (guint s = r + 1; s < R; s++)
            t.shared[bloc_pair_index (R, r, s)] = bloc_bit_matrix_common (x, r, s);

    switch (options->method) {
    case BLOC_BACKBONE_HYPERGEOMETRIC:
        test_hypergeometric (&t, x, two_sided);
        break;
    case BLOC_BACKBONE_SDSM:
        if (!test_sdsm (&t, x, two_sided, error))
            return FALSE;
        break;
    case BLOC_BACKBONE_FDSM:
        test_fdsm (&t, x, options);
        break;
    default:
        g_assert_not_reached ();
    }

    /* Two-sided: the pair's p-value is twice the smaller tail (at most 1), which is Neal's
     * alpha / 2 in each tail; the sign says which tail. */
    g_autofree double *tested = g_new (double, t.n + 1);
    g_autofree double *adjusted = g_new (double, t.n + 1);
    for (guint64 i = 0; i < t.n; i++)
        tested[i] = two_sided ? MIN (1.0, 2.0 * MIN (t.p[i], t.p_low[i])) : t.p[i];
    bloc_p_adjust (adjusted, tested, t.n, options->correction);

    bb->n_tests = t.n;
    bb->pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
    bb->row_of = g_hash_table_new (g_direct_hash, g_direct_equal);
    guint first = actors ? 0 : n_actors;
    for (guint r = 0; r < R; r++)
        g_hash_table_insert (bb->row_of, GUINT_TO_POINTER (bloc_membership_entity (m, first + r)),
                             GUINT_TO_POINTER (r + 1));
    for (guint r = 0; r < R; r++) {
        for (guint s = r + 1; s < R; s++) {
            guint64 i = bloc_pair_index (R, r, s);
            if (!(adjusted[i] <= options->alpha))
                continue;
            Pair pair = {
                .a = bloc_membership_entity (m, first + r),
                .b = bloc_membership_entity (m, first + s),
                .row_a = r,
                .row_b = s,
                .shared = t.shared[i],
                .sign = two_sided && t.p_low[i] < t.p[i] ? -1 : 1,
                .expected = t.expected[i],
                .p = t.p[i],
                .p_adjusted = adjusted[i],
                .p_low = two_sided ? t.p_low[i] : NAN,
            };
            g_array_append_val (bb->pairs, pair);
        }
    }
    *out = g_steal_pointer (&bb);
    return TRUE;
}

static const Pair *
pair_at (const BlocBackbone *backbone, guint i)
{
    g_return_val_if_fail (i < backbone->pairs->len, NULL);
    return &g_array_index (backbone->pairs, Pair, i);
}

const BlocBackboneOptions *
bloc_backbone_options (const BlocBackbone *backbone)
{
    return &backbone->options;
}

guint64
bloc_backbone_n_tests (const BlocBackbone *backbone)
{
    return backbone->n_tests;
}

guint
bloc_backbone_size (const BlocBackbone *backbone)
{
    return backbone->pairs->len;
}

void
bloc_backbone_pair (const BlocBackbone *backbone, guint i, guint *out_a, guint *out_b)
{
    const Pair *pair = pair_at (backbone, i);
    *out_a = pair->a;
    *out_b = pair->b;
}

guint
bloc_backbone_shared (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->shared;
}

double
bloc_backbone_expected (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->expected;
}

double
bloc_backbone_p (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->p;
}

double
bloc_backbone_p_adjusted (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->p_adjusted;
}

double
bloc_backbone_p_low (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->p_low;
}

int
bloc_backbone_sign (const BlocBackbone *backbone, guint i)
{
    return pair_at (backbone, i)->sign;
}

static int
compare_rows (gconstpointer key, gconstpointer element)
{
    const Pair *k = key, *e = element;
    if (k->row_a != e->row_a)
        return k->row_a < e->row_a ? -1 : 1;
    return k->row_b < e->row_b ? -1 : (k->row_b > e->row_b ? 1 : 0);
}

gboolean
bloc_backbone_lookup (const BlocBackbone *backbone, guint a, guint b, guint *out)
{
    guint ra = GPOINTER_TO_UINT (g_hash_table_lookup (backbone->row_of, GUINT_TO_POINTER (a)));
    guint rb = GPOINTER_TO_UINT (g_hash_table_lookup (backbone->row_of, GUINT_TO_POINTER (b)));
    if (ra == 0 || rb == 0 || ra == rb)
        return FALSE;
    Pair key = { .row_a = MIN (ra, rb) - 1, .row_b = MAX (ra, rb) - 1 };
    const Pair *found =
        bsearch (&key, backbone->pairs->data, backbone->pairs->len, sizeof (Pair), compare_rows);
    if (found == NULL)
        return FALSE;
    if (out != NULL)
        *out = (guint)(found - (const Pair *)backbone->pairs->data);
    return TRUE;
}

gboolean
bloc_backbone_projection_edges (GArray **out, const BlocBackbone *backbone, const BlocProjection *p,
                                GError **error)
{
    if (bloc_projection_side (p) != backbone->options.side ||
        bloc_projection_n_vertices (p) != backbone->n_rows) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH,
                     "the projection is not of the graph and side the backbone was computed on");
        return FALSE;
    }
    g_autoptr (GArray) edges = bloc_projection_sorted_edges (p);
    g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i), index, a, b;
        bloc_projection_edge (p, e, &a, &b);
        if (bloc_backbone_lookup (backbone, a, b, &index) &&
            g_array_index (backbone->pairs, Pair, index).sign > 0)
            g_array_append_val (kept, e);
    }
    *out = g_steal_pointer (&kept);
    return TRUE;
}
