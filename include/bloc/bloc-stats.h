/* bloc-stats.h: statistics on the membership graph — which co-memberships are more than chance
 * (backbones), how nested the memberships are (NODF), and communities of both modes at once
 * (Barber's bipartite modularity).
 *
 * Ownership: every result below is an opaque object made by a _compute function, released by
 * its NULL-safe _free (each has an autoptr cleanup). A result holds entity indices into the
 * dataset of the membership graph it was computed from, and does not keep the graph: the
 * dataset must outlive the result, the graph need not. Accessors return plain values, or
 * pointers that belong to the result (transfer none) and stay valid until it is freed.
 *
 * Determinism: every randomised computation takes a seed and uses its own GLib random number
 * generator (GRand, a Mersenne twister), so the same seed gives the same result on every
 * platform, whatever else in the process draws random numbers.
 *
 * docs/analyses.md gives the formulas, null models, references and edge cases.
 */
#pragma once

#include <glib.h>

#include "bloc-analyze.h"
#include "bloc-enum.h"
#include "bloc-progress.h"

G_BEGIN_DECLS

/* ---- p-values ------------------------------------------------------------------------------ */

/* Multiple-testing corrections. */
typedef enum {
    BLOC_CORRECTION_NONE,
    BLOC_CORRECTION_BONFERRONI, /* min(1, m p) */
    BLOC_CORRECTION_HOLM,       /* Holm (1979), step-down; the default */
    BLOC_CORRECTION_FDR,        /* Benjamini & Hochberg (1995), false discovery rate */
    BLOC_N_CORRECTIONS
} BlocCorrection;

/* The corrections: none, bonferroni, holm, fdr. Static. */
const BlocEnum *bloc_correction_enum (void);
/* The name of @correction. Static storage. */
const char *bloc_correction_to_string (BlocCorrection correction);
/* Parses a correction name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_correction_parse (BlocCorrection *out, const char *text, GError **error);

/* Adjusts the @n p-values @p for testing them together, into @out (may be @p itself).
 * Holm and Benjamini–Hochberg rank the p-values; equal p-values are ranked by their position in
 * @p, and, as both procedures guarantee, get equal adjusted values whatever their rank. Every
 * adjusted value is in [p, 1]. Time O(n log n). */
void bloc_p_adjust (double *out, const double *p, gsize n, BlocCorrection correction);

/* P(X >= @x) for X ~ Hypergeometric(@population, @successes, @draws): the chance that @draws
 * taken without replacement from @population items, @successes of which are marked, include at
 * least @x marked ones. Summed term by term from the largest term outwards, each term a ratio
 * of the next, with the largest taken from log-gamma. Against exact fractions the relative error
 * is below 1e-12 for populations up to a thousand, and 4e-11 at 20,000: it grows with the
 * population through log-gamma's rounding. Returns 1 for x <= max(0, draws + successes -
 * population) and 0 for x > min(successes, draws). Requires successes, draws <= population.
 * Time O(min(successes, draws)). */
double bloc_hypergeometric_upper (guint population, guint successes, guint draws, guint x);
/* P(X <= @x), the lower tail, computed the same way. */
double bloc_hypergeometric_lower (guint population, guint successes, guint draws, guint x);

/* ---- Backbones of the overlap graph -------------------------------------------------------- */

typedef enum {
    BLOC_BACKBONE_HYPERGEOMETRIC, /* fixed degrees of the pair's side (Tumminello et al. 2011) */
    BLOC_BACKBONE_SDSM,           /* stochastic degree sequence model, BiCM (Neal 2014) */
    BLOC_BACKBONE_FDSM,           /* fixed degree sequence model, curveball sampling */
    BLOC_N_BACKBONE_METHODS
} BlocBackboneMethod;

/* The null models of a backbone: hypergeometric, sdsm, fdsm. Static. */
const BlocEnum *bloc_backbone_method_enum (void);
/* The name of @method. Static storage. */
const char *bloc_backbone_method_to_string (BlocBackboneMethod method);
/* Parses a method name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_backbone_method_parse (BlocBackboneMethod *out, const char *text, GError **error);

typedef struct {
    BlocBackboneMethod method; /* default hypergeometric */
    BlocSide side;             /* pairs of actors (default) or of others */
    BlocCorrection correction; /* default Holm */
    double alpha;              /* keep pairs with p_adjusted <= alpha; default 0.05; in (0, 1] */
    gboolean two_sided;        /* also test the lower tail and keep negative ties */
    guint samples;             /* fdsm: sampled matrices; default 1000 */
    guint seed;                /* fdsm: seed of the sampler; default BLOC_DEFAULT_SEED */
    BlocProgressFunc progress; /* fdsm: called after each sample; may be NULL */
    gpointer progress_data;
} BlocBackboneOptions;

/* Fills @options with the defaults. */
void bloc_backbone_options_init (BlocBackboneOptions *options);

/* The pairs of one side whose co-membership is significant under a null model. */
typedef struct BlocBackbone BlocBackbone;

/* Tests every pair of vertices of @options->side in @m — n(n-1)/2 tests, also of pairs that
 * share nothing — corrects the p-values, and keeps the pairs with p_adjusted <= alpha.
 * Fails with BLOC_ERROR_DATA when the sdsm's BiCM has no solution for the degrees (see
 * docs/analyses.md), BLOC_ERROR_USAGE for options out of range, and BLOC_ERROR_LIMIT, before
 * testing, when n(n-1)/2 exceeds bloc_projection_max_pairs(). Columns without ties are left
 * out of the computation: they change no test.
 * Time: hypergeometric O(n^2 (c/64 + d)), sdsm O(n^2 c/64 + k^2 c d) with k distinct degrees,
 * fdsm O(samples (n^2 c/64 + n c)); c vertices on the other side, d the largest degree.
 * @out: (transfer full) the result; free with bloc_backbone_free(). */
gboolean bloc_backbone_compute (BlocBackbone **out, const BlocMembership *m,
                                const BlocBackboneOptions *options, GError **error);
void bloc_backbone_free (BlocBackbone *backbone);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocBackbone, bloc_backbone_free)

/* The options it was computed with (transfer none). */
const BlocBackboneOptions *bloc_backbone_options (const BlocBackbone *backbone);
/* The number of pairs tested: n(n-1)/2 for the n vertices of the side. */
guint64 bloc_backbone_n_tests (const BlocBackbone *backbone);
/* The number of kept pairs. Kept pairs are numbered 0 .. size-1 in the order of (a, b) by id,
 * a's id before b's. */
guint bloc_backbone_size (const BlocBackbone *backbone);
/* The entity indices of kept pair @i, a's id before b's. */
void bloc_backbone_pair (const BlocBackbone *backbone, guint i, guint *out_a, guint *out_b);
/* How many vertices of the other side pair @i shares. */
guint bloc_backbone_shared (const BlocBackbone *backbone, guint i);
/* The expected shared count under the null model. */
double bloc_backbone_expected (const BlocBackbone *backbone, guint i);
/* The raw p-value of the upper tail, P(shared >= observed). */
double bloc_backbone_p (const BlocBackbone *backbone, guint i);
/* The p-value after the correction: of p, or with two_sided of min(1, 2 min(p, p_low)). */
double bloc_backbone_p_adjusted (const BlocBackbone *backbone, guint i);
/* The raw p-value of the lower tail, P(shared <= observed); NaN unless two_sided. */
double bloc_backbone_p_low (const BlocBackbone *backbone, guint i);
/* +1 for a tie stronger than chance, -1 for a weaker one (only with two_sided). */
int bloc_backbone_sign (const BlocBackbone *backbone, guint i);

/* Looks up the pair of entities @a and @b (in either order): TRUE, with its index in @out
 * (may be NULL), when the pair is kept. O(1). For drawing or exporting the backbone: walk the
 * edges of a projection and keep those whose pair is found with sign +1. */
gboolean bloc_backbone_lookup (const BlocBackbone *backbone, guint a, guint b, guint *out);

/* The edges of projection @p that the backbone keeps with sign +1, as edge ids in the order of
 * bloc_projection_sorted_edges(). @p must be of the side and membership graph the backbone was
 * computed on; a negative tie between two vertices that share nothing has no projection edge,
 * so it is not listed.
 * @out: (transfer full) a GArray of guint edge ids; free with g_array_unref(). */
gboolean bloc_backbone_projection_edges (GArray **out, const BlocBackbone *backbone,
                                         const BlocProjection *p, GError **error);

/* ---- Nestedness ---------------------------------------------------------------------------- */

typedef enum {
    BLOC_NULL_EQUIPROBABLE, /* the same number of ties, anywhere in the matrix */
    BLOC_NULL_FIXED,        /* the same row and column degrees (curveball sampling) */
    BLOC_N_NULL_MODELS
} BlocNullModel;

/* The null models of nestedness: equiprobable, fixed. Static. */
const BlocEnum *bloc_null_model_enum (void);
/* The name of @null_model. Static storage. */
const char *bloc_null_model_to_string (BlocNullModel null_model);
/* Parses a null model name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_null_model_parse (BlocNullModel *out, const char *text, GError **error);

typedef struct {
    const GArray *rows;       /* actor entity indices to use as rows, or NULL for every actor */
    BlocNullModel null_model; /* default fixed */
    guint samples;            /* default 1000; 0: no significance test */
    guint seed;               /* default BLOC_DEFAULT_SEED */
    BlocProgressFunc progress;
    gpointer progress_data;
} BlocNestednessOptions;

void bloc_nestedness_options_init (BlocNestednessOptions *options);

/* NODF of an incidence matrix, and its significance. */
typedef struct BlocNestedness BlocNestedness;

/* NODF (Almeida-Neto et al. 2008) of the matrix of @options->rows (or every actor) × the other
 * side of @m, without the rows and columns that have no tie, and, with samples > 0, the z-score
 * and one-sided p-value of the observed NODF against @options->null_model.
 * Time O(samples (r^2 c + c^2 r) / 64) for r rows and c columns. Fails with BLOC_ERROR_LIMIT,
 * before comparing, when r(r-1)/2 + c(c-1)/2 exceeds bloc_projection_max_pairs(), and
 * BLOC_ERROR_DATA when a row asked for is not an actor of @m.
 * @out: (transfer full) free with bloc_nestedness_free(). */
gboolean bloc_nestedness_compute (BlocNestedness **out, const BlocMembership *m,
                                  const BlocNestednessOptions *options, GError **error);
void bloc_nestedness_free (BlocNestedness *nestedness);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocNestedness, bloc_nestedness_free)

/* NODF of the whole matrix, in [0, 100]; NaN when the matrix has fewer than two rows and two
 * columns. */
double bloc_nestedness_nodf (const BlocNestedness *nestedness);
/* The rows' part: the mean over pairs of rows; NaN with fewer than two rows. */
double bloc_nestedness_nodf_rows (const BlocNestedness *nestedness);
/* The columns' part: the mean over pairs of columns; NaN with fewer than two columns. */
double bloc_nestedness_nodf_columns (const BlocNestedness *nestedness);
/* (NODF - mean of the null) / standard deviation of the null; NaN without samples or when the
 * null does not vary. */
double bloc_nestedness_z (const BlocNestedness *nestedness);
/* (1 + samples with NODF >= observed) / (1 + samples); NaN without samples. */
double bloc_nestedness_p (const BlocNestedness *nestedness);
/* The mean and standard deviation of NODF over the null samples; NaN without samples. */
double bloc_nestedness_null_mean (const BlocNestedness *nestedness);
double bloc_nestedness_null_sd (const BlocNestedness *nestedness);
/* The options it was computed with; options->rows is not kept and reads NULL (transfer none). */
const BlocNestednessOptions *bloc_nestedness_options (const BlocNestedness *nestedness);
/* The size of the matrix, without rows and columns that have no tie. */
guint bloc_nestedness_n_rows (const BlocNestedness *nestedness);
guint bloc_nestedness_n_columns (const BlocNestedness *nestedness);

/* ---- Bipartite modularity (Barber 2007) ----------------------------------------------------- */

/* Communities of actors and others together. */
typedef struct BlocBarber BlocBarber;

/* Maximises Barber's bipartite modularity Q_B over partitions of both modes of @m with BRIM
 * (Barber 2007), from @starts random starts for each number of communities from 2 to
 * min(actors, others, 32), seeded with @seed; keeps the best. Vertices without ties are
 * communities of their own. Q_B is then computed from scratch for the partition returned.
 * bloc communities --method barber (BLOC_COMMUNITY_BARBER of bloc-analyze.h) calls this.
 * Time O(starts · 31 · iterations · (edges + vertices · 32)).
 * @out: (transfer full) free with bloc_barber_free(). */
gboolean bloc_barber_compute (BlocBarber **out, const BlocMembership *m, guint seed, guint starts,
                              GError **error);
void bloc_barber_free (BlocBarber *barber);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocBarber, bloc_barber_free)

/* Q_B of the partition; NaN for a graph without edges. */
double bloc_barber_modularity (const BlocBarber *barber);
/* The number of communities; each is numbered 0 .. n-1 in the order of its smallest id. */
guint bloc_barber_n_communities (const BlocBarber *barber);
/* The entity indices of community @i, actors and others together, sorted by id
 * (transfer none: a GArray of guint owned by @barber). */
const GArray *bloc_barber_community (const BlocBarber *barber, guint i);

G_END_DECLS
