/* test-stats.c: backbones, nestedness and bipartite modularity, against values worked out by
 * hand, exact integer arithmetic, and values computed independently with Python's exact
 * fractions (math.comb, fractions.Fraction) for the Davis Southern Women data. */
#include <math.h>
#include <string.h>

#include "bloc-stats-private.h"
#include "bloc.h"

static BlocDataset *
load_fixture (const char *name)
{
    g_autoptr (GError) error = NULL;
    g_autofree char *dir = g_build_filename (BLOC_SOURCE_DIR, "tests", "data", name, NULL);
    BlocDataset *ds = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    return ds;
}

static BlocMembership *
membership (const BlocDataset *ds, int year, const char *actors)
{
    g_autoptr (GError) error = NULL;
    BlocMembership *m = NULL;
    BlocScope scope;

    bloc_scope_init (&scope);
    scope.year = year;
    if (actors != NULL) {
        g_assert_true (bloc_kind_set_parse (&scope.actors, actors, &error));
        scope.others = BLOC_ALL_KINDS & ~scope.actors;
    }
    g_assert_true (bloc_membership_new (&m, ds, &scope, &error));
    g_assert_no_error (error);
    return m;
}

static guint
entity (const BlocDataset *ds, const char *id)
{
    guint e;
    g_assert_true (bloc_dataset_lookup (ds, id, &e));
    return e;
}

/* |a - b| <= tol |b|, with a message that shows both. */
#define assert_relative(a, b, tol)                                                                 \
    do {                                                                                           \
        double a_ = (a), b_ = (b);                                                                 \
        if (!(fabs (a_ - b_) <= (tol)*fabs (b_)))                                                  \
            g_error ("%s = %.17g, expected %.17g (relative error %g)", #a, a_, b_,                 \
                     fabs (a_ - b_) / fabs (b_));                                                  \
    } while (0)

/* ---- Hypergeometric tails ------------------------------------------------------------------ */

/* C(n, k) exactly, for n <= 62. */
static guint64
choose (guint n, guint k)
{
    guint64 c = 1;
    if (k > n)
        return 0;
    k = MIN (k, n - k);
    for (guint i = 1; i <= k; i++)
        c = c * (n - k + i) / i; /* exact: c * (n-k+i) is i times C(n-k+i, i) */
    return c;
}

/* Every tail of every hypergeometric distribution with a population up to 30, and some up to
 * 60, against the exact ratio of integers (Σ C(K,y) C(N-K,n-y)) / C(N,n). */
static void
test_hypergeometric_exact (void)
{
    static const guint populations[] = { 1, 2, 3, 5, 8, 13, 14, 21, 30, 45, 60 };
    double worst = 0;

    for (guint i = 0; i < G_N_ELEMENTS (populations); i++) {
        guint N = populations[i];
        guint step = N > 30 ? 3 : 1;
        for (guint K = 0; K <= N; K += step) {
            for (guint n = 0; n <= N; n += step) {
                guint lo = K + n > N ? K + n - N : 0, hi = MIN (K, n);
                double total = (double)choose (N, n);
                for (guint x = 0; x <= hi + 1; x++) {
                    guint64 up = 0, down = 0;
                    for (guint y = x; y <= hi; y++)
                        up += choose (K, y) * choose (N - K, n - y);
                    for (guint y = lo; y <= MIN (x, hi); y++)
                        down += choose (K, y) * choose (N - K, n - y);
                    double p_up = bloc_hypergeometric_upper (N, K, n, x);
                    double p_down = bloc_hypergeometric_lower (N, K, n, x);
                    if (up == 0) {
                        g_assert_cmpfloat (p_up, ==, 0.0);
                    } else {
                        assert_relative (p_up, up / total, 1e-12);
                        worst = MAX (worst, fabs (p_up - up / total) / (up / total));
                    }
                    if (down == 0) {
                        g_assert_cmpfloat (p_down, ==, 0.0);
                    } else {
                        assert_relative (p_down, down / total, 1e-12);
                        worst = MAX (worst, fabs (p_down - down / total) / (down / total));
                    }
                }
            }
        }
    }
    g_test_message ("largest relative error: %g", worst);
}

/* Large populations and far tails: references from Python's math.comb and Fraction, e.g.
 * float(Fraction(sum(comb(K,y)*comb(N-K,n-y) for y in range(x, min(K,n)+1)), comb(N,n))). */
static void
test_hypergeometric_large (void)
{
    static const struct {
        guint N, K, n, x;
        double upper, lower;
    } cases[] = {
        { 309, 150, 120, 80, 2.9317926869482735e-07, 0.9999999173962068 },
        { 309, 200, 190, 150, 4.455342057712891e-11, 0.9999999999916904 },
        { 534, 100, 90, 60, 3.669696587028547e-30, 1.0 },
        { 534, 100, 90, 2, 0.999999970583942, 3.901332017298898e-07 },
        { 1000, 500, 500, 250, 0.5252124088365806, 0.5252124088365806 },
        { 1000, 500, 500, 400, 1.644340268870822e-85, 1.0 },
        { 20000, 3000, 2500, 500, 2.8546433782881995e-13, 0.9999999999998112 },
        { 309, 150, 120, 40, 0.999994865722786, 1.5030513280034876e-05 },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        assert_relative (bloc_hypergeometric_upper (cases[i].N, cases[i].K, cases[i].n, cases[i].x),
                         cases[i].upper, 1e-10);
        assert_relative (bloc_hypergeometric_lower (cases[i].N, cases[i].K, cases[i].n, cases[i].x),
                         cases[i].lower, 1e-10);
    }
}

/* ---- Corrections --------------------------------------------------------------------------- */

static void
test_p_adjust (void)
{
    const double p[] = { 0.01, 0.04, 0.03, 0.005 };
    double out[4];

    /* Holm: sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 = 0.02, 0.03, 0.06, 0.04, then the
     * running maximum: 0.02, 0.03, 0.06, 0.06. */
    bloc_p_adjust (out, p, 4, BLOC_CORRECTION_HOLM);
    g_assert_cmpfloat_with_epsilon (out[0], 0.03, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[1], 0.06, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[2], 0.06, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[3], 0.02, 1e-15);
    /* Benjamini–Hochberg: 4p / rank = 0.02, 0.02, 0.04, 0.04; running minimum from the top. */
    bloc_p_adjust (out, p, 4, BLOC_CORRECTION_FDR);
    g_assert_cmpfloat_with_epsilon (out[0], 0.02, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[1], 0.04, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[2], 0.04, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[3], 0.02, 1e-15);
    bloc_p_adjust (out, p, 4, BLOC_CORRECTION_BONFERRONI);
    g_assert_cmpfloat_with_epsilon (out[0], 0.04, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[1], 0.16, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[2], 0.12, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[3], 0.02, 1e-15);
    bloc_p_adjust (out, p, 4, BLOC_CORRECTION_NONE);
    g_assert_cmpmem (out, sizeof out, p, sizeof p);

    /* Ties: equal p-values get equal adjusted values whichever is ranked first. Holm: 0.01 x 4,
     * then 0.02 x 3 = 0.06 for both 0.02s, then 0.5. BH: 0.5, 0.02 x 4/3 for both, and 0.01 x 4
     * = 0.04 capped by the running minimum 0.0267. */
    const double tied[] = { 0.02, 0.01, 0.02, 0.5 };
    bloc_p_adjust (out, tied, 4, BLOC_CORRECTION_HOLM);
    g_assert_cmpfloat_with_epsilon (out[0], 0.06, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[1], 0.04, 1e-15);
    g_assert_cmpfloat (out[2], ==, out[0]);
    g_assert_cmpfloat_with_epsilon (out[3], 0.5, 1e-15);
    bloc_p_adjust (out, tied, 4, BLOC_CORRECTION_FDR);
    g_assert_cmpfloat_with_epsilon (out[0], 0.08 / 3, 1e-15);
    g_assert_cmpfloat_with_epsilon (out[1], 0.08 / 3, 1e-15);
    g_assert_cmpfloat (out[2], ==, out[0]);
    g_assert_cmpfloat_with_epsilon (out[3], 0.5, 1e-15);

    /* Capped at 1, and in place. */
    double big[] = { 0.6, 0.3 };
    bloc_p_adjust (big, big, 2, BLOC_CORRECTION_HOLM);
    g_assert_cmpfloat (big[0], ==, 0.6);
    g_assert_cmpfloat (big[1], ==, 0.6);
    double one[] = { 0.7 };
    bloc_p_adjust (one, one, 1, BLOC_CORRECTION_BONFERRONI);
    g_assert_cmpfloat (one[0], ==, 0.7);
}

/* ---- Poisson-binomial and BiCM ------------------------------------------------------------- */

/* Against the sum over all 2^10 outcomes. */
static void
test_poisson_binomial (void)
{
    const double q[] = { 0.1, 0.9, 0.5, 0.33, 0.0, 1.0, 0.71, 0.05, 0.25, 0.6 };
    const guint n = G_N_ELEMENTS (q);
    double exact[12] = { 0 };
    double got[6];

    for (guint mask = 0; mask < 1u << n; mask++) {
        double prob = 1;
        for (guint j = 0; j < n; j++)
            prob *= (mask >> j) & 1 ? q[j] : 1 - q[j];
        exact[__builtin_popcount (mask)] += prob;
    }
    bloc_poisson_binomial (got, q, n, 4);
    for (guint k = 0; k <= 4; k++)
        g_assert_cmpfloat_with_epsilon (got[k], exact[k], 1e-15);
    double above = 0;
    for (guint k = 5; k <= n; k++)
        above += exact[k];
    g_assert_cmpfloat_with_epsilon (got[5], above, 1e-15);
}

static void
assert_margins (const double *p, const BlocBitMatrix *x, double tol)
{
    for (guint r = 0; r < x->n_rows; r++) {
        double s = 0;
        for (guint c = 0; c < x->n_cols; c++)
            s += p[(gsize)r * x->n_cols + c];
        g_assert_cmpfloat_with_epsilon (s, x->row_degree[r], tol);
    }
    for (guint c = 0; c < x->n_cols; c++) {
        double s = 0;
        for (guint r = 0; r < x->n_rows; r++)
            s += p[(gsize)r * x->n_cols + c];
        g_assert_cmpfloat_with_epsilon (s, x->col_degree[c], tol);
    }
}

static void
test_bicm (void)
{
    g_autoptr (GError) error = NULL;

    /* Davis: expected degrees equal the observed ones; women of equal degree get equal rows. */
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocBitMatrix) x = bloc_bit_matrix_from_membership (m, BLOC_SIDE_ACTORS);
    g_autofree double *p = NULL;
    guint sweeps = 0;
    g_assert_true (bloc_bicm_fit (&p, &sweeps, x, &error));
    g_assert_no_error (error);
    g_test_message ("Davis BiCM: %u sweeps", sweeps);
    assert_margins (p, x, 1e-9);
    /* EVELYN and THERESA both attend 8 events. */
    guint ev = (guint)bloc_membership_vertex (m, entity (ds, "EVELYN")),
          th = (guint)bloc_membership_vertex (m, entity (ds, "THERESA"));
    g_assert_cmpuint (x->row_degree[ev], ==, 8);
    g_assert_cmpuint (x->row_degree[th], ==, 8);
    for (guint c = 0; c < x->n_cols; c++) {
        g_assert_cmpfloat (p[ev * x->n_cols + c], ==, p[th * x->n_cols + c]);
        g_assert_cmpfloat (p[ev * x->n_cols + c], >, 0.0);
        g_assert_cmpfloat (p[ev * x->n_cols + c], <, 1.0);
    }

    /* A staircase: every cell is forced, by peeling full and empty rows and columns. */
    static const guint8 stairs[] = {
        1, 1, 1, /**/ 1, 1, 0, /**/ 1, 0, 0, /**/ 0, 0, 0,
    };
    g_autoptr (BlocBitMatrix) s = bloc_bit_matrix_from_cells (stairs, 4, 3);
    g_autofree double *ps = NULL;
    g_assert_true (bloc_bicm_fit (&ps, NULL, s, &error));
    for (guint i = 0; i < 12; i++)
        g_assert_cmpfloat (ps[i], ==, (double)stairs[i]);

    /* Rows 3,3,1,1 and columns 3,3,1,1 in a 4 x 4 matrix: the two rows of degree 1 must go to
     * the first two columns, with no full or empty line to show it. No BiCM exists. */
    static const guint8 tight[] = {
        1, 1, 1, 0, /**/ 1, 1, 0, 1, /**/ 1, 0, 0, 0, /**/ 0, 1, 0, 0,
    };
    g_autoptr (BlocBitMatrix) t = bloc_bit_matrix_from_cells (tight, 4, 4);
    g_autofree double *pt = NULL;
    g_assert_false (bloc_bicm_fit (&pt, NULL, t, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
    g_assert_null (pt);
}

/* ---- Curveball ----------------------------------------------------------------------------- */

/* The six 3 x 3 permutation matrices are every matrix with all degrees 1: the chain must keep
 * the degrees and visit them about equally often. */
static void
test_curveball (void)
{
    static const guint8 identity[] = { 1, 0, 0, 0, 1, 0, 0, 0, 1 };
    g_autoptr (BlocBitMatrix) x = bloc_bit_matrix_from_cells (identity, 3, 3);
    g_autoptr (GRand) rand = g_rand_new_with_seed (7);
    g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
    BlocCurveball cb;
    const guint samples = 60000;

    bloc_curveball_init (&cb, x, rand);
    for (guint k = 0; k < samples; k++) {
        bloc_curveball_run (&cb, 3);
        guint code = 0;
        for (guint r = 0; r < 3; r++)
            code = code * 8 + (guint)bloc_bit_matrix_row (x, r)[0];
        gpointer old = g_hash_table_lookup (seen, GUINT_TO_POINTER (code));
        g_hash_table_insert (seen, GUINT_TO_POINTER (code),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (old) + 1));
    }
    bloc_curveball_clear (&cb);
    bloc_bit_matrix_count (x);
    for (guint i = 0; i < 3; i++) {
        g_assert_cmpuint (x->row_degree[i], ==, 1);
        g_assert_cmpuint (x->col_degree[i], ==, 1);
    }
    g_assert_cmpuint (g_hash_table_size (seen), ==, 6);
    GHashTableIter iter;
    gpointer count;
    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, NULL, &count)) {
        double share = GPOINTER_TO_UINT (count) / (double)samples;
        g_assert_cmpfloat (fabs (share - 1.0 / 6), <, 0.01);
    }
}

/* ---- Backbones ----------------------------------------------------------------------------- */

static BlocBackbone *
backbone (const BlocMembership *m, BlocBackboneMethod method, double alpha,
          BlocCorrection correction, gboolean two_sided)
{
    g_autoptr (GError) error = NULL;
    BlocBackboneOptions options;
    BlocBackbone *bb = NULL;

    bloc_backbone_options_init (&options);
    options.method = method;
    options.alpha = alpha;
    options.correction = correction;
    options.two_sided = two_sided;
    g_assert_true (bloc_backbone_compute (&bb, m, &options, &error));
    g_assert_no_error (error);
    return bb;
}

/* Davis, every pair, hypergeometric: references from exact fractions in Python. N = 14 events,
 * e.g. EVELYN (8) and LAURA (7) share 6: P(X >= 6) = 0.0512820512..., P(X <= 6) = 0.99766... */
static void
test_backbone_davis (void)
{
    static const struct {
        const char *a, *b;
        guint shared;
        double p, p_low;
    } expected[] = {
        { "EVELYN", "LAURA", 6, 0.05128205128205128, 0.9976689976689976 },
        { "EVELYN", "THERESA", 7, 0.016317016317016316, 0.9996669996669997 },
        { "FLORA", "OLIVIA", 2, 0.01098901098901099, 1.0 },
        { "EVELYN", "NORA", 2, 1.0, 0.009324009324009324 },
        { "NORA", "SYLVIA", 6, 0.05128205128205128, 0.9976689976689976 },
        { "EVELYN", "FLORA", 1, 0.8351648351648352, 0.6923076923076923 },
    };
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocBackbone) all =
        backbone (m, BLOC_BACKBONE_HYPERGEOMETRIC, 1.0, BLOC_CORRECTION_NONE, TRUE);

    g_assert_cmpuint (bloc_backbone_n_tests (all), ==, 153);
    g_assert_cmpuint (bloc_backbone_size (all), ==, 153);
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
        guint k, a, b;
        g_assert_true (
            bloc_backbone_lookup (all, entity (ds, expected[i].b), entity (ds, expected[i].a), &k));
        bloc_backbone_pair (all, k, &a, &b);
        g_assert_cmpstr (bloc_dataset_entity (ds, a)->id, ==, expected[i].a);
        g_assert_cmpuint (bloc_backbone_shared (all, k), ==, expected[i].shared);
        assert_relative (bloc_backbone_p (all, k), expected[i].p, 1e-12);
        assert_relative (bloc_backbone_p_low (all, k), expected[i].p_low, 1e-12);
        /* Two-sided: twice the smaller tail, uncorrected here. */
        assert_relative (bloc_backbone_p_adjusted (all, k),
                         MIN (1.0, 2 * MIN (expected[i].p, expected[i].p_low)), 1e-12);
        g_assert_cmpint (bloc_backbone_sign (all, k), ==,
                         expected[i].p_low < expected[i].p ? -1 : 1);
    }
    /* Kept pairs come sorted by (a, b) id. */
    for (guint i = 1; i < bloc_backbone_size (all); i++) {
        guint a0, b0, a1, b1;
        bloc_backbone_pair (all, i - 1, &a0, &b0);
        bloc_backbone_pair (all, i, &a1, &b1);
        int c = bloc_dataset_compare_ids (ds, a0, a1);
        g_assert_true (c < 0 || (c == 0 && bloc_dataset_compare_ids (ds, b0, b1) < 0));
        g_assert_cmpint (bloc_dataset_compare_ids (ds, a1, b1), <, 0);
    }

    /* One-sided at 0.05 without correction: exactly the pairs with p <= 0.05. */
    g_autoptr (BlocBackbone) raw =
        backbone (m, BLOC_BACKBONE_HYPERGEOMETRIC, 0.05, BLOC_CORRECTION_NONE, FALSE);
    guint expected_kept = 0;
    for (guint i = 0; i < bloc_backbone_size (all); i++)
        expected_kept += bloc_backbone_p (all, i) <= 0.05;
    g_assert_cmpuint (bloc_backbone_size (raw), ==, expected_kept);
    g_assert_cmpuint (expected_kept, >, 0);
    g_assert_true (isnan (bloc_backbone_p_low (raw, 0)));
    /* With Holm over 153 tests, nothing in Davis is that strong. */
    g_autoptr (BlocBackbone) holm =
        backbone (m, BLOC_BACKBONE_HYPERGEOMETRIC, 0.05, BLOC_CORRECTION_HOLM, FALSE);
    g_assert_cmpuint (bloc_backbone_size (holm), ==, 0);
}

/* sdsm: expected co-memberships are Σ_j p_aj p_bj of the BiCM; the tails come from the exact
 * distribution of that Poisson-binomial. FLORA and OLIVIA attend the same two events. */
static void
test_backbone_sdsm (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocBackbone) bb = backbone (m, BLOC_BACKBONE_SDSM, 1.0, BLOC_CORRECTION_NONE, TRUE);
    g_autoptr (BlocBitMatrix) x = bloc_bit_matrix_from_membership (m, BLOC_SIDE_ACTORS);
    g_autofree double *p = NULL;
    guint k;

    g_assert_true (bloc_bicm_fit (&p, NULL, x, &error));
    g_assert_true (bloc_backbone_lookup (bb, entity (ds, "FLORA"), entity (ds, "OLIVIA"), &k));
    guint r = (guint)bloc_membership_vertex (m, entity (ds, "FLORA"));
    guint s = (guint)bloc_membership_vertex (m, entity (ds, "OLIVIA"));
    double q[14], mean = 0, dist[4];
    for (guint c = 0; c < 14; c++) {
        q[c] = p[r * 14 + c] * p[s * 14 + c];
        mean += q[c];
    }
    bloc_poisson_binomial (dist, q, 14, 2);
    g_assert_cmpuint (bloc_backbone_shared (bb, k), ==, 2);
    assert_relative (bloc_backbone_expected (bb, k), mean, 1e-12);
    assert_relative (bloc_backbone_p (bb, k), dist[2] + dist[3], 1e-12);
    assert_relative (bloc_backbone_p_low (bb, k), dist[0] + dist[1] + dist[2], 1e-12);
    /* A pair that shares nothing has p = 1 exactly. */
    g_assert_true (bloc_backbone_lookup (bb, entity (ds, "BRENDA"), entity (ds, "FLORA"), &k));
    g_assert_cmpuint (bloc_backbone_shared (bb, k), ==, 0);
    g_assert_cmpfloat (bloc_backbone_p (bb, k), ==, 1.0);
}

/* fdsm keeps every event's size, so the number of co-attending pairs, Σ_j C(d_j, 2) = 322 for
 * Davis, is the same in every sample: the expected values must sum to it. */
static void
test_backbone_fdsm (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    BlocBackboneOptions options;
    g_autoptr (BlocBackbone) a = NULL;
    g_autoptr (BlocBackbone) b = NULL;
    g_autoptr (BlocBackbone) c = NULL;

    bloc_backbone_options_init (&options);
    options.method = BLOC_BACKBONE_FDSM;
    options.alpha = 1.0;
    options.correction = BLOC_CORRECTION_NONE;
    options.samples = 200;
    g_assert_true (bloc_backbone_compute (&a, m, &options, &error));
    g_assert_true (bloc_backbone_compute (&b, m, &options, &error));
    options.seed = 1;
    g_assert_true (bloc_backbone_compute (&c, m, &options, &error));
    g_assert_no_error (error);

    double total = 0;
    gboolean differs = FALSE;
    g_assert_cmpuint (bloc_backbone_size (a), ==, 153);
    for (guint i = 0; i < bloc_backbone_size (a); i++) {
        total += bloc_backbone_expected (a, i);
        /* The same seed gives the same answer; another seed another. */
        g_assert_cmpfloat (bloc_backbone_p (a, i), ==, bloc_backbone_p (b, i));
        differs |= bloc_backbone_p (a, i) != bloc_backbone_p (c, i);
        /* (count + 1) / (samples + 1): a multiple of 1/201, at least 1/201. */
        double count = bloc_backbone_p (a, i) * 201 - 1;
        g_assert_cmpfloat_with_epsilon (count, round (count), 1e-9);
        g_assert_cmpfloat (count, >=, -1e-9);
    }
    g_assert_cmpfloat_with_epsilon (total, 322.0, 1e-9);
    g_assert_true (differs);

    /* EVELYN and THERESA (7 shared of 8) are among the strongest under any null. */
    guint k;
    g_assert_true (bloc_backbone_lookup (a, entity (ds, "EVELYN"), entity (ds, "THERESA"), &k));
    g_assert_cmpfloat (bloc_backbone_p (a, k), <, 0.1);

    options.samples = 0;
    g_autoptr (BlocBackbone) none = NULL;
    g_assert_false (bloc_backbone_compute (&none, m, &options, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
}

/* The blocs fixture in 2008: A, B, C in P; D, E, F in Q; A, B in R; Z in nothing. */
static void
test_backbone_projection (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (GArray) edges = NULL;
    g_autoptr (BlocBackbone) bb =
        backbone (m, BLOC_BACKBONE_HYPERGEOMETRIC, 0.5, BLOC_CORRECTION_NONE, FALSE);

    /* 7 countries: 21 tests, Z's six pairs among them. N = 3 organizations. A-B share 2 of
     * degrees 2, 2: P(X >= 2) = C(2,2) C(1,0) / C(3,2) = 1/3. A-C share 1 of 2, 1: P = 2/3. D-E
     * share 1 of 1, 1: P = 1/3. */
    g_assert_cmpuint (bloc_backbone_n_tests (bb), ==, 21);
    guint k;
    g_assert_true (bloc_backbone_lookup (bb, entity (ds, "A"), entity (ds, "B"), &k));
    g_assert_cmpfloat_with_epsilon (bloc_backbone_p (bb, k), 1.0 / 3, 1e-15);
    g_assert_cmpfloat_with_epsilon (bloc_backbone_expected (bb, k), 4.0 / 3, 1e-15);
    g_assert_false (bloc_backbone_lookup (bb, entity (ds, "A"), entity (ds, "C"), NULL));
    g_assert_true (bloc_backbone_lookup (bb, entity (ds, "E"), entity (ds, "D"), &k));
    g_assert_cmpfloat_with_epsilon (bloc_backbone_p (bb, k), 1.0 / 3, 1e-15);
    /* A-B, D-E, D-F, E-F (each 1/3) and B-C (B 2, C 1, share 1: 2/3 > 0.5, out). */
    g_assert_cmpuint (bloc_backbone_size (bb), ==, 4);

    g_assert_true (bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, FALSE, &error));
    g_assert_true (bloc_backbone_projection_edges (&edges, bb, p, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (edges->len, ==, 4);
    const char *want[][2] = { { "A", "B" }, { "D", "E" }, { "D", "F" }, { "E", "F" } };
    for (guint i = 0; i < edges->len; i++) {
        guint a, b;
        bloc_projection_edge (p, g_array_index (edges, guint, i), &a, &b);
        g_assert_cmpstr (bloc_dataset_entity (ds, a)->id, ==, want[i][0]);
        g_assert_cmpstr (bloc_dataset_entity (ds, b)->id, ==, want[i][1]);
    }

    /* A projection of the other side does not match. */
    g_autoptr (BlocProjection) orgs = NULL;
    g_autoptr (GArray) none = NULL;
    g_assert_true (bloc_projection_new (&orgs, m, BLOC_SIDE_OTHERS, FALSE, &error));
    g_assert_false (bloc_backbone_projection_edges (&none, bb, orgs, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
}

/* ---- Nestedness ---------------------------------------------------------------------------- */

static void
nodf_of_cells (double *out_nodf, double *out_rows, double *out_cols, const guint8 *cells, guint r,
               guint c)
{
    g_autoptr (BlocBitMatrix) x = bloc_bit_matrix_from_cells (cells, r, c);
    g_autoptr (BlocBitMatrix) t = bloc_bit_matrix_new (c, r);
    double sr, sc;

    bloc_bit_matrix_transpose_into (t, x);
    bloc_nodf_sums (&sr, &sc, x, t);
    *out_rows = sr / (r * (r - 1) / 2.0);
    *out_cols = sc / (c * (c - 1) / 2.0);
    *out_nodf = (sr + sc) / (r * (r - 1) / 2.0 + c * (c - 1) / 2.0);
}

static void
test_nodf (void)
{
    double nodf, rows, cols;

    /* Perfectly nested: every row a subset of the one above, degrees all different. */
    static const guint8 nested[] = {
        1, 1, 1, 1, /**/ 1, 1, 1, 0, /**/ 1, 1, 0, 0, /**/ 1, 0, 0, 0,
    };
    nodf_of_cells (&nodf, &rows, &cols, nested, 4, 4);
    g_assert_cmpfloat_with_epsilon (nodf, 100.0, 1e-12);
    g_assert_cmpfloat_with_epsilon (rows, 100.0, 1e-12);
    g_assert_cmpfloat_with_epsilon (cols, 100.0, 1e-12);

    /* A checkerboard: all degrees equal, so no pair counts. */
    static const guint8 checker[] = {
        1, 0, 1, 0, /**/ 0, 1, 0, 1, /**/ 1, 0, 1, 0, /**/ 0, 1, 0, 1,
    };
    nodf_of_cells (&nodf, &rows, &cols, checker, 4, 4);
    g_assert_cmpfloat (nodf, ==, 0.0);

    /* Rows 1110, 0111, 1000: (r1, r2) equal degrees 0, (r1, r3) nested 100, (r2, r3) disjoint 0:
     * rows 100 / 3. Columns c1 = 101, c2 = 110, c3 = 110, c4 = 010: c1 with c2 and c3 equal
     * degrees, c1 with c4 disjoint, c2 with c3 equal, c4 inside c2 and inside c3: 200 / 6.
     * NODF = 300 / 9. */
    static const guint8 mixed[] = {
        1, 1, 1, 0, /**/ 0, 1, 1, 1, /**/ 1, 0, 0, 0,
    };
    nodf_of_cells (&nodf, &rows, &cols, mixed, 3, 4);
    g_assert_cmpfloat_with_epsilon (rows, 100.0 / 3, 1e-12);
    g_assert_cmpfloat_with_epsilon (cols, 200.0 / 6, 1e-12);
    g_assert_cmpfloat_with_epsilon (nodf, 300.0 / 9, 1e-12);
}

/* Davis: NODF computed independently in Python from the definition with exact fractions. */
static void
test_nestedness_davis (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocNestedness) fixed = NULL;
    g_autoptr (BlocNestedness) equi = NULL;
    BlocNestednessOptions options;

    bloc_nestedness_options_init (&options);
    options.samples = 300;
    g_assert_true (bloc_nestedness_compute (&fixed, m, &options, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_nestedness_n_rows (fixed), ==, 18);
    g_assert_cmpuint (bloc_nestedness_n_columns (fixed), ==, 14);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf (fixed), 48.58118657298985, 1e-10);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf_rows (fixed), 48.2057267351385, 1e-10);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf_columns (fixed), 49.21245421245421, 1e-10);
    /* Against fixed degrees Davis is about as nested as chance; against a matrix with only its
     * number of ties it is far more nested (its degrees alone make it so). */
    g_assert_cmpfloat (fabs (bloc_nestedness_z (fixed)), <, 2.0);
    g_assert_cmpfloat (bloc_nestedness_p (fixed), >, 0.05);
    options.null_model = BLOC_NULL_EQUIPROBABLE;
    g_assert_true (bloc_nestedness_compute (&equi, m, &options, &error));
    g_assert_cmpfloat (bloc_nestedness_nodf (equi), ==, bloc_nestedness_nodf (fixed));
    g_assert_cmpfloat (bloc_nestedness_z (equi), >, 3.0);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_p (equi), 1.0 / 301, 1e-15);
    g_assert_cmpfloat (bloc_nestedness_null_mean (equi), <, bloc_nestedness_nodf (equi));
}

/* Rows of a group; rows and columns without ties left out. In the blocs fixture in 2008, the
 * group A, B, Z has rows A (P, R) and B (P, R): equal degrees, identical sets. */
static void
test_nestedness_group (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (BlocNestedness) n = NULL;
    BlocNestednessOptions options;
    guint ids[] = { entity (ds, "A"), entity (ds, "B"), entity (ds, "Z") };

    g_array_append_vals (group, ids, 3);
    bloc_nestedness_options_init (&options);
    options.rows = group;
    options.samples = 0;
    g_assert_true (bloc_nestedness_compute (&n, m, &options, &error));
    g_assert_cmpuint (bloc_nestedness_n_rows (n), ==, 2);
    g_assert_cmpuint (bloc_nestedness_n_columns (n), ==, 2);
    /* One pair of rows and one of columns, both of equal degrees. */
    g_assert_cmpfloat (bloc_nestedness_nodf (n), ==, 0.0);
    g_assert_true (isnan (bloc_nestedness_z (n)));
    g_assert_true (isnan (bloc_nestedness_p (n)));

    /* Every country: rows A, B (2 each), C, D, E, F (1 each); columns P (3), Q (3), R (2).
     * Rows: A-B equal; A or B with C: C inside, 100 each; with D, E, F: 0; C-D.. equal.
     * 200 over 15 pairs. Columns: P-Q equal; P-R: R inside P, 100; Q-R: 0. 100 over 3.
     * NODF = 300 / 18. */
    g_autoptr (BlocNestedness) all = NULL;
    options.rows = NULL;
    g_assert_true (bloc_nestedness_compute (&all, m, &options, &error));
    g_assert_cmpuint (bloc_nestedness_n_rows (all), ==, 6);
    g_assert_cmpuint (bloc_nestedness_n_columns (all), ==, 3);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf_rows (all), 200.0 / 15, 1e-12);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf_columns (all), 100.0 / 3, 1e-12);
    g_assert_cmpfloat_with_epsilon (bloc_nestedness_nodf (all), 300.0 / 18, 1e-12);
}

/* ---- Limits -------------------------------------------------------------------------------- */

/* A backbone tests n(n-1)/2 pairs and NODF compares r(r-1)/2 + c(c-1)/2: both are refused
 * above BLOC_MAX_PAIRS, before any work, and run at the limit itself. */
static void
test_pair_limits (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    BlocBackboneOptions bo;
    BlocNestednessOptions no;

    bloc_backbone_options_init (&bo);
    bloc_nestedness_options_init (&no);
    no.samples = 2;
    /* 18 women: 153 pairs; 14 events: 91 more for NODF. */
    g_setenv ("BLOC_MAX_PAIRS", "152", TRUE);
    {
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocBackbone) bb = NULL;
        g_assert_false (bloc_backbone_compute (&bb, m, &bo, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
        g_assert_cmpstr (error->message, ==,
                         "the backbone on countries would test 153 pairs, more than the limit of "
                         "152 (every pair of the 18 countries) (expected fewer pairs: narrow the "
                         "graph with --year, --kinds, --roles or --actors, or raise the limit with "
                         "BLOC_MAX_PAIRS)");
        g_assert_null (bb);
    }
    g_setenv ("BLOC_MAX_PAIRS", "153", TRUE);
    {
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocBackbone) bb = NULL;
        g_assert_true (bloc_backbone_compute (&bb, m, &bo, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (bloc_backbone_n_tests (bb), ==, 153);
    }
    g_setenv ("BLOC_MAX_PAIRS", "243", TRUE);
    {
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocNestedness) n = NULL;
        g_assert_false (bloc_nestedness_compute (&n, m, &no, &error));
        g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
        g_assert_cmpstr (error->message, ==,
                         "nestedness would compare 244 pairs, more than the limit of 243 (the "
                         "pairs of 18 rows and of 14 columns; --group keeps fewer rows) (expected "
                         "fewer pairs: narrow the graph with --year, --kinds, --roles or --actors, "
                         "or raise the limit with BLOC_MAX_PAIRS)");
        g_assert_null (n);
    }
    g_setenv ("BLOC_MAX_PAIRS", "244", TRUE);
    {
        g_autoptr (GError) error = NULL;
        g_autoptr (BlocNestedness) n = NULL;
        g_assert_true (bloc_nestedness_compute (&n, m, &no, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (bloc_nestedness_n_rows (n), ==, 18);
    }
    g_unsetenv ("BLOC_MAX_PAIRS");
}

/* The backbone's matrix leaves out the columns without ties and keeps every row as it is. In
 * the blocs fixture in 2008, organizations by countries: Z takes part in nothing. */
static void
test_matrix_tied (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (BlocBitMatrix) full = bloc_bit_matrix_from_membership (m, BLOC_SIDE_OTHERS);
    g_autoptr (BlocBitMatrix) tied = bloc_bit_matrix_from_membership_tied (m, BLOC_SIDE_OTHERS);

    g_assert_cmpuint (full->n_cols, ==, 7);
    g_assert_cmpuint (tied->n_cols, ==, 6);
    g_assert_cmpuint (tied->n_rows, ==, full->n_rows);
    for (guint r = 0; r < full->n_rows; r++) {
        g_assert_cmpuint (tied->row_degree[r], ==, full->row_degree[r]);
        for (guint c = 0, t = 0; c < full->n_cols; c++) {
            if (full->col_degree[c] == 0)
                continue;
            g_assert_cmpint (bloc_bit_matrix_get (tied, r, t), ==,
                             bloc_bit_matrix_get (full, r, c));
            g_assert_cmpuint (tied->col_degree[t], ==, full->col_degree[c]);
            t++;
        }
    }
}

/* ---- Bipartite modularity ------------------------------------------------------------------ */

/* The blocs fixture in 2008, m = 8 edges. Partition {A, B, C, P, R}, {D, E, F, Q}, {Z}:
 * first: 5 edges inside, actor degrees 2+2+1, other degrees 3+2: 5 - 5·5/8 = 1.875;
 * second: 3 - 3·3/8 = 1.875; Q_B = 3.75 / 8 = 0.46875. */
static void
test_barber (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (BlocBarber) b = NULL;
    g_auto (BlocIgraphIntVector) membership = { 0 };
    double q;

    g_assert_true (
        bloc_igraph_int_vector_init (&membership, bloc_membership_n_vertices (m), &error));
    const char *first[] = { "A", "B", "C", "P", "R" }, *second[] = { "D", "E", "F", "Q" };
    VECTOR (membership.v)[bloc_membership_vertex (m, entity (ds, "Z"))] = 2;
    for (guint i = 0; i < G_N_ELEMENTS (first); i++)
        VECTOR (membership.v)[bloc_membership_vertex (m, entity (ds, first[i]))] = 0;
    for (guint i = 0; i < G_N_ELEMENTS (second); i++)
        VECTOR (membership.v)[bloc_membership_vertex (m, entity (ds, second[i]))] = 1;
    g_assert_true (bloc_barber_score (&q, m, &membership.v, &error));
    g_assert_cmpfloat_with_epsilon (q, 0.46875, 1e-15);
    /* Everything in one community: Q_B = 0. */
    igraph_vector_int_null (&membership.v);
    g_assert_true (bloc_barber_score (&q, m, &membership.v, &error));
    g_assert_cmpfloat_with_epsilon (q, 0.0, 1e-15);
    /* A negative community, or a partition of another size, is refused. */
    VECTOR (membership.v)[0] = -1;
    g_assert_false (bloc_barber_score (&q, m, &membership.v, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
    g_clear_error (&error);
    g_assert_true (bloc_igraph_ok (igraph_vector_int_resize (&membership.v, 3),
                                   "igraph_vector_int_resize", &error));
    igraph_vector_int_null (&membership.v);
    g_assert_false (bloc_barber_score (&q, m, &membership.v, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
    g_clear_error (&error);

    /* BRIM finds that partition; Z stays alone. */
    g_assert_true (bloc_barber_compute (&b, m, BLOC_DEFAULT_SEED, 5, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (bloc_barber_modularity (b), 0.46875, 1e-15);
    g_assert_cmpuint (bloc_barber_n_communities (b), ==, 3);
    const char *want[] = { "A B C P R", "D E F Q", "Z" };
    for (guint i = 0; i < 3; i++) {
        const GArray *c = bloc_barber_community (b, i);
        g_autofree char *ids = bloc_dataset_join_ids (ds, c, " ", 0);
        g_assert_cmpstr (ids, ==, want[i]);
    }
}

/* Davis: Barber (2007) reports Q_B = 0.345 for the Southern Women. */
static void
test_barber_davis (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocBarber) b = NULL;
    g_auto (BlocIgraphIntVector) membership = { 0 };
    double q;
    guint covered = 0;

    g_assert_true (bloc_barber_compute (&b, m, BLOC_DEFAULT_SEED, 20, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (bloc_barber_modularity (b), >=, 0.34);
    g_assert_cmpfloat (bloc_barber_modularity (b), <=, 0.35);
    /* Every vertex of both modes in exactly one community; the score is that partition's. */
    g_assert_true (bloc_igraph_int_vector_init (&membership, 32, &error));
    igraph_vector_int_fill (&membership.v, -1);
    for (guint i = 0; i < bloc_barber_n_communities (b); i++) {
        const GArray *c = bloc_barber_community (b, i);
        for (guint j = 0; j < c->len; j++) {
            gint v = bloc_membership_vertex (m, g_array_index (c, guint, j));
            g_assert_cmpint (VECTOR (membership.v)[v], ==, -1);
            VECTOR (membership.v)[v] = i;
            covered++;
        }
    }
    g_assert_cmpuint (covered, ==, 32);
    g_assert_true (bloc_barber_score (&q, m, &membership.v, &error));
    g_assert_cmpfloat (q, ==, bloc_barber_modularity (b));
}

/* No edges: Q_B is undefined, and every vertex is alone. */
static void
test_barber_empty (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 1980, NULL);
    g_autoptr (BlocBarber) b = NULL;

    g_assert_true (bloc_barber_compute (&b, m, 1, 3, &error));
    g_assert_true (isnan (bloc_barber_modularity (b)));
    g_assert_cmpuint (bloc_barber_n_communities (b), ==, bloc_membership_n_vertices (m));
}

/* ---- Names --------------------------------------------------------------------------------- */

/* Each enumeration parses its names, prints them back, and says what it expected. */
static void
test_names (void)
{
    g_autoptr (GError) error = NULL;
    BlocBackboneMethod method;
    BlocCorrection correction;
    BlocNullModel null_model;

    for (int i = 0; i < BLOC_N_BACKBONE_METHODS; i++) {
        const char *name = bloc_backbone_method_to_string ((BlocBackboneMethod)i);
        g_assert_true (bloc_backbone_method_parse (&method, name, &error));
        g_assert_cmpint (method, ==, i);
    }
    for (int i = 0; i < BLOC_N_CORRECTIONS; i++) {
        const char *name = bloc_correction_to_string ((BlocCorrection)i);
        g_assert_true (bloc_correction_parse (&correction, name, &error));
        g_assert_cmpint (correction, ==, i);
    }
    for (int i = 0; i < BLOC_N_NULL_MODELS; i++) {
        const char *name = bloc_null_model_to_string ((BlocNullModel)i);
        g_assert_true (bloc_null_model_parse (&null_model, name, &error));
        g_assert_cmpint (null_model, ==, i);
    }
    g_assert_cmpuint (bloc_enum_n_values (bloc_backbone_method_enum ()), ==,
                      BLOC_N_BACKBONE_METHODS);
    g_assert_cmpuint (bloc_enum_n_values (bloc_correction_enum ()), ==, BLOC_N_CORRECTIONS);
    g_assert_cmpuint (bloc_enum_n_values (bloc_null_model_enum ()), ==, BLOC_N_NULL_MODELS);

    g_assert_false (bloc_backbone_method_parse (&method, "sdms", &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_cmpstr (error->message, ==,
                     "unknown method 'sdms'; did you mean 'sdsm'? (expected one of: "
                     "hypergeometric, sdsm, fdsm)");
    g_clear_error (&error);
    g_assert_false (bloc_correction_parse (&correction, "bonferoni", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown correction 'bonferoni'; did you mean 'bonferroni'? (expected one "
                     "of: none, bonferroni, holm, fdr)");
    g_clear_error (&error);
    g_assert_false (bloc_null_model_parse (&null_model, "random", &error));
    g_assert_cmpstr (error->message, ==,
                     "unknown null model 'random' (expected one of: equiprobable, fixed)");
    g_clear_error (&error);

    /* barber is a community method, computed on the membership graph, not on a projection. */
    BlocCommunityMethod community;
    g_assert_true (bloc_community_method_parse (&community, "barber", &error));
    g_assert_cmpint (community, ==, BLOC_COMMUNITY_BARBER);
    g_assert_cmpstr (bloc_community_method_to_string (community), ==, "barber");
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    g_assert_true (bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, FALSE, &error));
    g_assert_false (bloc_communities_compute (&c, p, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_BARBER,
                                              BLOC_DEFAULT_SEED, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_null (c);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/stats/names", test_names);
    g_test_add_func ("/stats/hypergeometric/exact", test_hypergeometric_exact);
    g_test_add_func ("/stats/hypergeometric/large", test_hypergeometric_large);
    g_test_add_func ("/stats/p-adjust", test_p_adjust);
    g_test_add_func ("/stats/poisson-binomial", test_poisson_binomial);
    g_test_add_func ("/stats/bicm", test_bicm);
    g_test_add_func ("/stats/curveball", test_curveball);
    g_test_add_func ("/stats/backbone/davis", test_backbone_davis);
    g_test_add_func ("/stats/backbone/sdsm", test_backbone_sdsm);
    g_test_add_func ("/stats/backbone/fdsm", test_backbone_fdsm);
    g_test_add_func ("/stats/backbone/projection", test_backbone_projection);
    g_test_add_func ("/stats/nodf", test_nodf);
    g_test_add_func ("/stats/nestedness/davis", test_nestedness_davis);
    g_test_add_func ("/stats/nestedness/group", test_nestedness_group);
    g_test_add_func ("/stats/limits/pairs", test_pair_limits);
    g_test_add_func ("/stats/limits/matrix-tied", test_matrix_tied);
    g_test_add_func ("/stats/barber", test_barber);
    g_test_add_func ("/stats/barber/davis", test_barber_davis);
    g_test_add_func ("/stats/barber/empty", test_barber_empty);
    return g_test_run ();
}
