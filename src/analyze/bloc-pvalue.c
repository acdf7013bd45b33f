/* bloc-pvalue.c: hypergeometric tails and multiple-testing corrections. */
#include "bloc-stats-private.h"

#include <glib/gi18n-lib.h>

#include <math.h>

/* Marked for the tables that show them in other languages; fdr is an abbreviation, the same in
 * every language. */
static const BlocEnumName correction_names[] = {
    { BLOC_CORRECTION_NONE, NC_ ("correction", "none"), NULL },
    { BLOC_CORRECTION_BONFERRONI, NC_ ("correction", "bonferroni"), NULL },
    { BLOC_CORRECTION_HOLM, NC_ ("correction", "holm"), NULL },
    { BLOC_CORRECTION_FDR, "fdr", NULL },
    { 0, NULL, NULL },
};
static const BlocEnum correction_enum = { "correction", correction_names };

const BlocEnum *
bloc_correction_enum (void)
{
    return &correction_enum;
}

const char *
bloc_correction_to_string (BlocCorrection correction)
{
    return bloc_enum_to_string (&correction_enum, correction);
}

gboolean
bloc_correction_parse (BlocCorrection *out, const char *text, GError **error)
{
    int value;
    if (!bloc_enum_parse (&value, &correction_enum, text, error))
        return FALSE;
    *out = (BlocCorrection)value;
    return TRUE;
}

typedef struct {
    double p;
    gsize index;
} Ranked;

/* By p-value, then by position: a deterministic ranking whatever the sort algorithm. */
static int
compare_ranked (gconstpointer a, gconstpointer b)
{
    const Ranked *x = a, *y = b;
    if (x->p != y->p)
        return x->p < y->p ? -1 : 1;
    return x->index < y->index ? -1 : (x->index > y->index ? 1 : 0);
}

void
bloc_p_adjust (double *out, const double *p, gsize n, BlocCorrection correction)
{
    double m = (double)n;

    if (correction == BLOC_CORRECTION_NONE || correction == BLOC_CORRECTION_BONFERRONI) {
        for (gsize i = 0; i < n; i++)
            out[i] = correction == BLOC_CORRECTION_NONE ? p[i] : MIN (1.0, m * p[i]);
        return;
    }

    g_autofree Ranked *rank = g_new (Ranked, n + 1);
    for (gsize i = 0; i < n; i++)
        rank[i] = (Ranked){ p[i], i };
    qsort (rank, n, sizeof (Ranked), compare_ranked);

    if (correction == BLOC_CORRECTION_HOLM) {
        /* Step down: the k-th smallest (k from 0) is compared with alpha / (m - k); the adjusted
         * value is the running maximum of (m - k) p, so that it never decreases with rank. */
        double running = 0.0;
        for (gsize k = 0; k < n; k++) {
            running = MAX (running, MIN (1.0, (m - (double)k) * rank[k].p));
            out[rank[k].index] = running;
        }
    } else {
        /* Benjamini–Hochberg step up: the running minimum, from the largest down, of
         * m p / (k + 1). */
        double running = 1.0;
        for (gsize k = n; k-- > 0;) {
            running = MIN (running, m * rank[k].p / (double)(k + 1));
            out[rank[k].index] = running;
        }
    }
}

/* log C(n, k) through log-gamma. */
static double
log_choose (double n, double k)
{
    return lgamma (n + 1.0) - lgamma (k + 1.0) - lgamma (n - k + 1.0);
}

/* The sum of the hypergeometric probabilities of x in [from, to], which contains the mode or
 * lies on one side of it. Starts from the largest term of the range, taken from log-gamma, and
 * walks outwards multiplying by the ratio of consecutive terms, so that no term overflows and
 * the sum adds positive numbers only. */
static double
hypergeometric_sum (guint population, guint successes, guint draws, guint from, guint to)
{
    double N = population, K = successes, n = draws;
    /* The mode of the distribution, clamped into the range: the largest term of the range,
     * because the terms rise up to the mode and fall after it. */
    double mode = floor ((n + 1.0) * (K + 1.0) / (N + 2.0));
    guint peak = (guint)CLAMP (mode, (double)from, (double)to);
    double sum = 1.0, term = 1.0;

    /* Upwards: f(x + 1) / f(x) = (K - x)(n - x) / ((x + 1)(N - K - n + x + 1)). */
    for (guint x = peak; x < to; x++) {
        term *= (K - x) * (n - x) / ((x + 1.0) * (N - K - n + x + 1.0));
        sum += term;
        /* The terms fall from here on: stop once what is left cannot reach the last bit. */
        if (term * (double)(to - x) < sum * 1e-17)
            break;
    }
    /* Downwards: f(x - 1) / f(x) = x (N - K - n + x) / ((K - x + 1)(n - x + 1)). */
    term = 1.0;
    for (guint x = peak; x > from; x--) {
        term *= x * (N - K - n + x) / ((K - x + 1.0) * (n - x + 1.0));
        sum += term;
        if (term * (double)(x - from) < sum * 1e-17)
            break;
    }
    double log_peak = log_choose (K, peak) + log_choose (N - K, n - peak) - log_choose (N, n);
    return MIN (1.0, exp (log_peak) * sum);
}

double
bloc_hypergeometric_upper (guint population, guint successes, guint draws, guint x)
{
    g_return_val_if_fail (successes <= population && draws <= population, NAN);
    guint lo = successes + draws > population ? successes + draws - population : 0;
    guint hi = MIN (successes, draws);

    if (x <= lo)
        return 1.0;
    if (x > hi)
        return 0.0;
    return hypergeometric_sum (population, successes, draws, x, hi);
}

double
bloc_hypergeometric_lower (guint population, guint successes, guint draws, guint x)
{
    g_return_val_if_fail (successes <= population && draws <= population, NAN);
    guint lo = successes + draws > population ? successes + draws - population : 0;
    guint hi = MIN (successes, draws);

    if (x >= hi)
        return 1.0;
    if (x < lo)
        return 0.0;
    return hypergeometric_sum (population, successes, draws, lo, x);
}

void
bloc_poisson_binomial (double *out, const double *q, guint n, guint cap)
{
    /* out[k] = P(X = k) for k <= cap; out[cap + 1] absorbs every count above cap. Each
     * variable moves mass from k to k + 1; sweeping k downwards updates in place. */
    for (guint k = 0; k <= cap + 1; k++)
        out[k] = 0.0;
    out[0] = 1.0;
    for (guint j = 0; j < n; j++) {
        double s = q[j], f = 1.0 - s;
        if (s == 0.0)
            continue;
        out[cap + 1] += out[cap] * s;
        for (guint k = cap; k > 0; k--)
            out[k] = out[k] * f + out[k - 1] * s;
        out[0] *= f;
    }
}
