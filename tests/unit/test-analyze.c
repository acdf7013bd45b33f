/* test-analyze.c: every analysis on small graphs whose answers were worked out by hand, and the
 * two-mode centralities on the Davis Southern Women data. */
#include <math.h>
#include <string.h>

#include "bloc.h"

#define EPS 1e-6

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

static BlocProjection *
projection (const BlocMembership *m, BlocSide side)
{
    g_autoptr (GError) error = NULL;
    BlocProjection *p = NULL;
    g_assert_true (bloc_projection_new (&p, m, side, TRUE, &error));
    g_assert_no_error (error);
    return p;
}

/* The row of @id in a centrality result. */
static guint
row_of (const BlocDataset *ds, const BlocCentrality *c, const char *id)
{
    for (guint i = 0; i < bloc_centrality_n_rows (c); i++)
        if (strcmp (bloc_dataset_entity (ds, bloc_centrality_entity (c, i))->id, id) == 0)
            return i;
    g_error ("no row for %s", id);
}

static double
value (const BlocDataset *ds, const BlocCentrality *c, BlocCentralityMeasure m, const char *id)
{
    return bloc_centrality_value (c, m, row_of (ds, c, id));
}

/* The projection edge between @a and @b, or -1. Its ends come with the smaller id first. */
static gint
edge_of (const BlocProjection *p, const char *a, const char *b)
{
    const BlocDataset *ds = bloc_membership_dataset (bloc_projection_membership (p));
    for (guint e = 0; e < bloc_projection_n_edges (p); e++) {
        guint x, y;
        bloc_projection_edge (p, e, &x, &y);
        g_assert_cmpint (bloc_dataset_compare_ids (ds, x, y), <, 0);
        const char *x_id = bloc_dataset_entity (ds, x)->id, *y_id = bloc_dataset_entity (ds, y)->id;
        if ((!strcmp (x_id, a) && !strcmp (y_id, b)) || (!strcmp (x_id, b) && !strcmp (y_id, a)))
            return (gint)e;
    }
    return -1;
}

static char *
ids (const BlocDataset *ds, const GArray *entities)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < entities->len; i++)
        g_string_append_printf (s, "%s%s", i ? " " : "",
                                bloc_dataset_entity (ds, g_array_index (entities, guint, i))->id);
    return g_string_free (s, FALSE);
}

#define ALL_TWO_MODE                                                                               \
    (BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE) |                                                \
     BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS) |                                             \
     BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_HARMONIC) |                                              \
     BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS))
#define ALL_PROJECTION ((BlocCentralitySet)((1u << BLOC_N_CENTRALITIES) - 1))

/* A-X-B-Y-C: a path of five vertices. */
static void
test_path (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("path");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, NULL);
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (bloc_membership_n_actors (m), ==, 3);
    g_assert_cmpint (bloc_membership_n_edges (m), ==, 4);
    g_assert_true (bloc_centrality_two_mode (&c, m, ALL_TWO_MODE, &error));

    /* Degree over the size of the other mode. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "A"), 0.5, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "B"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "X"), 2.0 / 3, EPS);
    /* Closeness: (n_other + 2 (n_same - 1)) / sum of distances. A: 6 / 10; B: 6 / 6; X: 5 / 7. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "A"), 0.6, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "B"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "X"), 5.0 / 7, EPS);
    /* Harmonic: A reaches X, B, Y, C at 1..4, against a best of 2 + 2/2. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_HARMONIC, "A"),
                                    (1 + 0.5 + 1.0 / 3 + 0.25) / 3, EPS);
    /* Betweenness: B is on 4 shortest paths, the most a country can be with 3 countries and 2
     * organizations; X is on 3 of the 5 an organization can be. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "B"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "X"), 0.6, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "A"), 0.0, EPS);

    /* Overlap: A and B share X; A and C share nothing. */
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_assert_cmpint (bloc_projection_n_edges (p), ==, 2);
    gint ab = edge_of (p, "A", "B");
    g_assert_cmpint (ab, >=, 0);
    g_assert_cmpint (edge_of (p, "A", "C"), ==, -1);
    g_assert_cmpint (bloc_projection_shared (p, ab), ==, 1);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, ab, BLOC_OVERLAP_JACCARD), 0.5, EPS);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, ab, BLOC_OVERLAP_OVERLAP), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, ab, BLOC_OVERLAP_COSINE),
                                    1 / sqrt (2), EPS);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, ab, BLOC_OVERLAP_WEIGHTED), 1.0, EPS);
    g_autofree char *via = ids (ds, bloc_projection_via (p, ab));
    g_assert_cmpstr (via, ==, "X");

    g_autoptr (BlocProjection) q = projection (m, BLOC_SIDE_OTHERS);
    gint xy = edge_of (q, "X", "Y");
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (q, xy, BLOC_OVERLAP_JACCARD), 1.0 / 3,
                                    EPS);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (q, xy, BLOC_OVERLAP_COSINE), 0.5, EPS);

    /* Gaps of {A, B, C}: X lacks C, Y lacks A; both are one short. */
    g_autoptr (BlocGaps) gaps = NULL;
    g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < 3; i++)
        g_array_append_val (group, i);
    g_assert_true (bloc_gaps_compute (&gaps, m, group, 2, &error));
    g_assert_cmpuint (bloc_gaps_n_entities (gaps), ==, 2);
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_gaps_entity (gaps, 0))->id, ==, "X");
    g_assert_cmpfloat_with_epsilon (bloc_gaps_coverage (gaps, 0), 2.0 / 3, EPS);
    g_autofree char *absent = ids (ds, bloc_gaps_absent (gaps, 0));
    g_assert_cmpstr (absent, ==, "C");
    const GArray *present = bloc_gaps_present (gaps, 0);
    g_assert_cmpuint (present->len, ==, 2);
    g_assert_cmpstr (bloc_dataset_entity (ds, g_array_index (present, BlocPresence, 1).entity)->id,
                     ==, "B");
    g_autofree char *group_ids = ids (ds, bloc_gaps_group (gaps));
    g_assert_cmpstr (group_ids, ==, "A B C");
    g_autofree char *short_ = ids (ds, bloc_gaps_one_short (gaps));
    g_assert_cmpstr (short_, ==, "X Y");
    /* Ranked by gap count, ties by id: A (Y), C (X), then B. */
    g_assert_cmpuint (bloc_gaps_n_members (gaps), ==, 3);
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_gaps_member (gaps, 0))->id, ==, "A");
    g_autofree char *a_gaps = ids (ds, bloc_gaps_member_gaps (gaps, 0));
    g_assert_cmpstr (a_gaps, ==, "Y");
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_gaps_member (gaps, 2))->id, ==, "B");
    g_assert_cmpuint (bloc_gaps_member_gaps (gaps, 2)->len, ==, 0);
}

/* A hub sharing one organization with each of three leaves: the projection is a star. */
static void
test_star (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("star");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, NULL);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (bloc_projection_n_edges (p), ==, 3);
    g_assert_true (bloc_centrality_projection (&c, p, BLOC_OVERLAP_COUNT, ALL_PROJECTION, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "H"), 3, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_STRENGTH, "H"), 3, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "H"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "L1"), 0.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "H"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "L2"), 0.6, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_HARMONIC, "H"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_HARMONIC, "L3"), 2.0 / 3, EPS);
    /* The star's leading eigenvector is (sqrt 3, 1, 1, 1), scaled to a maximum of 1. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_EIGENVECTOR, "H"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_EIGENVECTOR, "L1"), 1 / sqrt (3),
                                    EPS);
    /* PageRank with damping 0.85: h = 0.15/4 + 0.85 (3 l), l = 0.15/4 + 0.85 h / 3. */
    double l = 0.048125 / 0.2775, h = 0.0375 + 2.55 * l;
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_PAGERANK, "H"), h, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_PAGERANK, "L1"), l, EPS);

    /* No inclusion between the three organizations. */
    g_autoptr (BlocNesting) n = NULL;
    g_assert_true (bloc_nesting_compute (&n, m, 2, &error));
    g_assert_cmpuint (bloc_nesting_n_classes (n), ==, 3);
    g_assert_cmpuint (bloc_nesting_n_edges (n), ==, 0);
}

/* K2,3, with B holding two roles in Z: the roles must not count Z twice. */
static void
test_k23 (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("k23");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, NULL);
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (bloc_membership_n_edges (m), ==, 6);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    gint ab = edge_of (p, "A", "B");
    g_assert_cmpint (bloc_projection_shared (p, ab), ==, 3);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, ab, BLOC_OVERLAP_JACCARD), 1.0, EPS);
    g_autofree char *via = ids (ds, bloc_projection_via (p, ab));
    g_assert_cmpstr (via, ==, "X Y Z");

    g_assert_true (bloc_centrality_two_mode (&c, m, ALL_TWO_MODE, &error));
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "A"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, "X"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "A"), 1.0, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, "Y"), 1.0, EPS);
    /* A carries half of each of the 3 pairs of organizations, against a maximum of 5; X a third
     * of the pair A, B, against a maximum of 4. */
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "A"), 1.5 / 5, EPS);
    g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, "X"), 1.0 / 12, EPS);

    /* X, Y and Z have the same members: one class, no inclusion. */
    g_autoptr (BlocNesting) n = NULL;
    g_assert_true (bloc_nesting_compute (&n, m, 2, &error));
    g_assert_cmpuint (bloc_nesting_n_classes (n), ==, 1);
    g_autofree char *equal = ids (ds, bloc_nesting_class_equal (n, 0));
    g_assert_cmpstr (equal, ==, "X Y Z");
    g_assert_cmpuint (bloc_nesting_n_edges (n), ==, 0);
}

/* Two blocs, {A, B, C} in P (with R = {A, B} inside) and {D, E, F} in Q, and Z in nothing. */
static void
test_blocs (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCommunities) comm = NULL;
    g_autoptr (GError) error = NULL;

    /* Role weights: the observer F counts 0.25 in weighted overlap. */
    g_assert_cmpfloat_with_epsilon (
        bloc_projection_value (p, edge_of (p, "A", "B"), BLOC_OVERLAP_WEIGHTED), 2.0, EPS);
    g_assert_cmpfloat_with_epsilon (
        bloc_projection_value (p, edge_of (p, "D", "F"), BLOC_OVERLAP_WEIGHTED), 0.25, EPS);

    g_assert_true (bloc_communities_compute (&comm, p, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_LEIDEN,
                                             BLOC_DEFAULT_SEED, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_communities_n_communities (comm), ==, 3);
    g_autofree char *c1 = ids (ds, bloc_communities_members (comm, 0));
    g_autofree char *c2 = ids (ds, bloc_communities_members (comm, 1));
    g_autofree char *c3 = ids (ds, bloc_communities_members (comm, 2));
    g_assert_cmpstr (c1, ==, "A B C");
    g_assert_cmpstr (c2, ==, "D E F");
    g_assert_cmpstr (c3, ==, "Z");
    /* Q = sum over blocs of L/m - (S/2m)^2 with m = 7: 2 (4/7 - 16/49)... see docs/analyses.md. */
    g_assert_cmpfloat_with_epsilon (bloc_communities_modularity (comm),
                                    (4.0 / 7 - 64.0 / 196) + (3.0 / 7 - 36.0 / 196), EPS);

    g_autoptr (BlocCommunities) multilevel = NULL;
    g_assert_true (bloc_communities_compute (&multilevel, p, BLOC_OVERLAP_COUNT,
                                             BLOC_COMMUNITY_MULTILEVEL, BLOC_DEFAULT_SEED, &error));
    g_assert_cmpfloat_with_epsilon (bloc_communities_modularity (multilevel),
                                    bloc_communities_modularity (comm), EPS);

    /* Nesting: R ⊂ P; Q alone. */
    g_autoptr (BlocNesting) n = NULL;
    g_assert_true (bloc_nesting_compute (&n, m, 2, &error));
    g_assert_cmpuint (bloc_nesting_n_classes (n), ==, 3);
    g_assert_cmpuint (bloc_nesting_n_edges (n), ==, 1);
    guint sub, super;
    bloc_nesting_edge (n, 0, &sub, &super);
    g_assert_cmpstr (bloc_nesting_class_id (n, ds, sub), ==, "R");
    g_assert_cmpstr (bloc_nesting_class_id (n, ds, super), ==, "P");
    g_autofree char *p_members = ids (ds, bloc_nesting_class_members (n, super));
    g_assert_cmpstr (p_members, ==, "A B C");

    /* The isolated Z: closeness undefined, harmonic and degree zero. */
    g_autoptr (BlocCentrality) two = NULL;
    g_assert_true (bloc_centrality_two_mode (&two, m, ALL_TWO_MODE, &error));
    g_assert_true (isnan (value (ds, two, BLOC_CENTRALITY_CLOSENESS, "Z")));
    g_assert_cmpfloat (value (ds, two, BLOC_CENTRALITY_HARMONIC, "Z"), ==, 0.0);
    g_assert_cmpfloat (value (ds, two, BLOC_CENTRALITY_DEGREE, "Z"), ==, 0.0);
    /* A reaches only its own component: P, R (1) and B, C (2): (2 + 2 * 2) / 6. */
    g_assert_cmpfloat_with_epsilon (value (ds, two, BLOC_CENTRALITY_CLOSENESS, "A"), 1.0, EPS);
    g_autoptr (BlocCentrality) proj = NULL;
    g_assert_true (
        bloc_centrality_projection (&proj, p, BLOC_OVERLAP_COUNT, ALL_PROJECTION, &error));
    g_assert_true (isnan (value (ds, proj, BLOC_CENTRALITY_CLOSENESS, "Z")));
    g_assert_cmpfloat (value (ds, proj, BLOC_CENTRALITY_HARMONIC, "Z"), ==, 0.0);
}

/* Snapshots: ties narrowed by their entities' dates, and empty years. */
static void
test_snapshots (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (GError) error = NULL;
    g_autoptr (GArray) group = NULL;
    g_autofree char *name = NULL;
    g_assert_true (bloc_dataset_resolve_group (ds, "ad", &group, &name, &error));

    /* 2005: the one-month exercise joins A and D; Z misses it. */
    g_autoptr (BlocMembership) m2005 = membership (ds, 2005, NULL);
    g_autoptr (BlocGaps) gaps = NULL;
    g_assert_true (bloc_gaps_compute (&gaps, m2005, group, 2, &error));
    g_assert_cmpuint (bloc_gaps_n_entities (gaps), ==, 1);
    g_autofree char *short_ = ids (ds, bloc_gaps_one_short (gaps));
    g_assert_cmpstr (short_, ==, "EX");
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_gaps_member (gaps, 0))->id, ==, "Z");
    g_assert_cmpuint (bloc_gaps_member_gaps (gaps, 0)->len, ==, 1);

    /* Now: C left P in 2010 and the exercise is over. */
    g_autoptr (BlocMembership) now = membership (ds, BLOC_YEAR_ALL, NULL);
    g_autoptr (BlocProjection) p = projection (now, BLOC_SIDE_ACTORS);
    g_assert_cmpint (edge_of (p, "A", "C"), ==, -1);
    g_assert_cmpint (edge_of (p, "A", "D"), ==, -1);
    g_assert_cmpint (bloc_projection_shared (p, edge_of (p, "A", "B")), ==, 2);

    /* 1992: B has not joined P (1995), R does not exist yet (2000). */
    g_autoptr (BlocMembership) m1992 = membership (ds, 1992, NULL);
    g_autoptr (BlocProjection) p1992 = projection (m1992, BLOC_SIDE_ACTORS);
    g_assert_cmpint (edge_of (p1992, "A", "B"), ==, -1);
    g_assert_cmpint (bloc_projection_shared (p1992, edge_of (p1992, "A", "C")), ==, 1);

    /* 1980: nothing exists. Every measure is defined or NaN, never garbage. */
    g_autoptr (BlocMembership) empty = membership (ds, 1980, NULL);
    g_autoptr (BlocProjection) pe = projection (empty, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (BlocCommunities) comm = NULL;
    g_assert_cmpint (bloc_membership_n_edges (empty), ==, 0);
    g_assert_true (bloc_centrality_projection (&c, pe, BLOC_OVERLAP_COUNT, ALL_PROJECTION, &error));
    g_assert_no_error (error);
    g_assert_cmpfloat (value (ds, c, BLOC_CENTRALITY_EIGENVECTOR, "A"), ==, 0.0);
    g_assert_true (bloc_communities_compute (&comm, pe, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_LEIDEN,
                                             BLOC_DEFAULT_SEED, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_communities_n_communities (comm), ==, 7);
    g_assert_true (isnan (bloc_communities_modularity (comm)));

    /* Timeline and diff. */
    guint undated = 0;
    g_autoptr (GArray) changes = bloc_timeline (ds, -1, BLOC_PARTICIPATION_ROLES, &undated);
    guint exits = 0, joins = 0, founding = 0;
    for (guint i = 0; i < changes->len; i++) {
        exits += g_array_index (changes, BlocChange, i).change == BLOC_CHANGE_EXIT;
        joins += g_array_index (changes, BlocChange, i).change == BLOC_CHANGE_JOIN;
        founding += g_array_index (changes, BlocChange, i).change == BLOC_CHANGE_FOUNDING;
    }
    g_assert_cmpuint (exits, ==, 3); /* C left P; A and D's exercise ended */
    /* B joined P in 1995; A and D joined the exercise with it. The undated ties to P, Q and R
     * are active from the years those blocs began: by the data, founding members (A, C in P;
     * D, E, F in Q; A, B in R), in those years. None is left undated. */
    g_assert_cmpuint (joins, ==, 3);
    g_assert_cmpuint (founding, ==, 7);
    g_assert_cmpuint (undated, ==, 0);
    const BlocChange *first = &g_array_index (changes, BlocChange, 0);
    g_assert_cmpint (first->year, ==, 1990);
    g_assert_cmpint (first->change, ==, BLOC_CHANGE_FOUNDING);
    g_assert_cmpstr (bloc_dataset_entity (ds, first->from)->id, ==, "A");
    g_assert_cmpstr (bloc_dataset_entity (ds, first->to)->id, ==, "P");
    g_autoptr (GArray) diff = NULL;
    BlocScope scope;
    bloc_scope_init (&scope);
    g_assert_true (bloc_diff (&diff, ds, &scope, 2004, 2005, group, 2, &error));
    /* A and D join the exercise; Z's gap opens. */
    g_assert_cmpuint (diff->len, ==, 3);
    const BlocChange *opened = &g_array_index (diff, BlocChange, 2);
    g_assert_cmpint (opened->change, ==, BLOC_CHANGE_GAP_OPENED);
    g_assert_cmpstr (bloc_dataset_entity (ds, opened->from)->id, ==, "Z");
}

/* Davis Southern Women: Borgatti & Everett's two-mode normalisations. The expected values are
 * NetworkX's bipartite centralities on the same data, which agree with the values Borgatti and
 * Halgin publish (Evelyn: degree .57, closeness .80, betweenness .10). */
static void
test_davis (void)
{
    static const struct {
        const char *id;
        double degree, closeness, betweenness;
    } expected[] = {
        { "EVELYN", 0.5714285714285714, 0.8, 0.09658472108029267 },
        { "LAURA", 0.5, 0.7272727272727273, 0.05135761326872536 },
        { "THERESA", 0.5714285714285714, 0.8, 0.08759468547944677 },
        { "NORA", 0.5714285714285714, 0.8, 0.11346136204298476 },
        { "FLORA", 0.14285714285714285, 0.5853658536585366, 0.005054505236263333 },
        { "E8", 0.7777777777777777, 0.8461538461538461, 0.24381946234957552 },
        { "E1", 0.16666666666666666, 0.5238095238095238, 0.002154310782629367 },
        { "E14", 0.16666666666666666, 0.5238095238095238, 0.002240655987795576 },
    };
    g_autoptr (BlocDataset) ds = load_fixture ("davis");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL, "person");
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (GError) error = NULL;

    g_assert_cmpint (bloc_membership_n_actors (m), ==, 18);
    g_assert_cmpint (bloc_membership_n_vertices (m), ==, 32);
    g_assert_cmpint (bloc_membership_n_edges (m), ==, 89);
    g_assert_true (bloc_centrality_two_mode (&c, m, ALL_TWO_MODE, &error));
    for (guint i = 0; i < G_N_ELEMENTS (expected); i++) {
        g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_DEGREE, expected[i].id),
                                        expected[i].degree, 1e-12);
        g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_CLOSENESS, expected[i].id),
                                        expected[i].closeness, 1e-12);
        g_assert_cmpfloat_with_epsilon (value (ds, c, BLOC_CENTRALITY_BETWEENNESS, expected[i].id),
                                        expected[i].betweenness, 1e-12);
    }
}

/* The accessors of the opaque results, on the two blocs in 2008 (the exercise is over). */
static void
test_accessors (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2008, NULL);
    g_autoptr (GError) error = NULL;
    guint ex;

    g_assert_true (bloc_membership_dataset (m) == ds);
    g_assert_cmpint (bloc_membership_scope (m)->year, ==, 2008);
    g_assert_cmpuint (bloc_membership_n_vertices (m), ==, 10);
    g_assert_cmpuint (bloc_membership_n_actors (m), ==, 7);
    g_assert_cmpuint (bloc_membership_n_edges (m), ==, 8);
    /* The actors by id, then the others by id. */
    const char *order[] = { "A", "B", "C", "D", "E", "F", "Z", "P", "Q", "R" };
    for (guint v = 0; v < G_N_ELEMENTS (order); v++) {
        guint e = bloc_membership_entity (m, v);
        g_assert_cmpstr (bloc_dataset_entity (ds, e)->id, ==, order[v]);
        g_assert_cmpint (bloc_membership_vertex (m, e), ==, (gint)v);
    }
    g_assert_true (bloc_dataset_lookup (ds, "EX", &ex));
    g_assert_cmpint (bloc_membership_vertex (m, ex), ==, -1);
    g_assert_cmpuint (bloc_membership_degree (m, 0), ==, 2); /* A: P and R */
    g_assert_cmpuint (bloc_membership_degree (m, 6), ==, 0); /* Z */
    g_assert_cmpuint (bloc_membership_degree (m, 7), ==, 3); /* P: A, B and C */

    /* Organizations, without details: no shared lists and no weighted values. */
    g_autoptr (BlocProjection) p = NULL;
    g_assert_true (bloc_projection_new (&p, m, BLOC_SIDE_OTHERS, FALSE, &error));
    g_assert_no_error (error);
    g_assert_true (bloc_projection_membership (p) == m);
    g_assert_cmpint (bloc_projection_side (p), ==, BLOC_SIDE_OTHERS);
    g_assert_cmpuint (bloc_projection_n_vertices (p), ==, 3);
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_projection_entity (p, 2))->id, ==, "R");
    g_assert_cmpuint (bloc_projection_n_edges (p), ==, 1);
    guint x, y;
    bloc_projection_edge (p, 0, &x, &y);
    g_assert_cmpstr (bloc_dataset_entity (ds, x)->id, ==, "P");
    g_assert_cmpstr (bloc_dataset_entity (ds, y)->id, ==, "R");
    g_assert_cmpuint (bloc_projection_shared (p, 0), ==, 2);
    g_assert_cmpfloat (bloc_projection_value (p, 0, BLOC_OVERLAP_COUNT), ==, 2.0);
    g_assert_cmpfloat_with_epsilon (bloc_projection_value (p, 0, BLOC_OVERLAP_JACCARD), 2.0 / 3,
                                    EPS);
    g_assert_true (isnan (bloc_projection_value (p, 0, BLOC_OVERLAP_WEIGHTED)));
    g_assert_null (bloc_projection_via (p, 0));

    /* Only the measures asked for; the others are NaN. */
    g_autoptr (BlocCentrality) c = NULL;
    g_assert_true (
        bloc_centrality_two_mode (&c, m, BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE), &error));
    g_assert_cmpuint (bloc_centrality_measures (c), ==,
                      BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE));
    g_assert_cmpuint (bloc_centrality_n_rows (c), ==, 10);
    g_assert_cmpstr (bloc_dataset_entity (ds, bloc_centrality_entity (c, 0))->id, ==, "A");
    g_assert_cmpfloat_with_epsilon (bloc_centrality_value (c, BLOC_CENTRALITY_DEGREE, 0), 2.0 / 3,
                                    EPS);
    g_assert_true (isnan (bloc_centrality_value (c, BLOC_CENTRALITY_CLOSENESS, 0)));

    /* Each country's community is the one that lists it. */
    g_autoptr (BlocProjection) q = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCommunities) comm = NULL;
    g_assert_true (bloc_communities_compute (&comm, q, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_LEIDEN,
                                             BLOC_DEFAULT_SEED, &error));
    for (guint v = 0; v < bloc_projection_n_vertices (q); v++) {
        const GArray *members =
            bloc_communities_members (comm, bloc_communities_of_vertex (comm, v));
        gboolean found = FALSE;
        for (guint i = 0; i < members->len; i++)
            found |= g_array_index (members, guint, i) == bloc_projection_entity (q, v);
        g_assert_true (found);
    }
    g_assert_cmpuint (bloc_communities_of_vertex (comm, 0), ==, 0); /* A */
    g_assert_cmpuint (bloc_communities_of_vertex (comm, 6), ==, 2); /* Z, alone */
}

/* The projection's size, known from the degrees before it is built, and its limit. */
static void
test_projection_size (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) now = membership (ds, BLOC_YEAR_ALL, NULL);
    g_autoptr (BlocMembership) then = membership (ds, 2005, NULL);
    g_autoptr (BlocDataset) k23 = load_fixture ("k23");
    g_autoptr (BlocMembership) full = membership (k23, BLOC_YEAR_ALL, NULL);
    g_autoptr (GError) error = NULL;

    /* Now: P {A, B}, Q {D, E, F}, R {A, B} make 1 + 3 + 1 pairs of countries (4 distinct), and
     * A and B in two organizations each make 1 + 1 pairs of organizations (1 distinct). */
    g_assert_cmpuint (bloc_projection_estimate (now, BLOC_SIDE_ACTORS), ==, 5);
    g_assert_cmpuint (bloc_projection_estimate (now, BLOC_SIDE_OTHERS), ==, 2);
    /* In 2005, C is in P and the exercise EX {A, D} takes place: 3 + 3 + 1 + 1 pairs of
     * countries; A in 3, B in 2, D in 2 make 3 + 1 + 1 pairs of the 4 others. */
    g_assert_cmpuint (bloc_projection_estimate (then, BLOC_SIDE_ACTORS), ==, 8);
    g_assert_cmpuint (bloc_projection_estimate (then, BLOC_SIDE_OTHERS), ==, 5);
    /* K(2,3): three organizations make the one pair of two countries three times over, and no
     * more than n(n - 1)/2 pairs can exist: 1 pair, and 3 of the three organizations. */
    g_assert_cmpuint (bloc_projection_estimate (full, BLOC_SIDE_ACTORS), ==, 1);
    g_assert_cmpuint (bloc_projection_estimate (full, BLOC_SIDE_OTHERS), ==, 3);
    /* It is an upper bound. */
    BlocMembership *graphs[] = { now, then, full };
    for (guint i = 0; i < G_N_ELEMENTS (graphs); i++) {
        for (BlocSide side = BLOC_SIDE_ACTORS; side <= BLOC_SIDE_OTHERS; side++) {
            g_autoptr (BlocProjection) p = projection (graphs[i], side);
            g_assert_cmpuint (bloc_projection_n_edges (p), <=,
                              bloc_projection_estimate (graphs[i], side));
        }
    }

    /* Over the limit: refused before it is built, naming what makes the pairs. */
    g_assert_true (bloc_projection_check_size (then, BLOC_SIDE_ACTORS, 8, &error));
    g_assert_no_error (error);
    g_assert_false (bloc_projection_check_size (then, BLOC_SIDE_ACTORS, 7, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
    g_assert_cmpstr (error->message, ==,
                     "the projection on countries would hold up to 8 pairs, more than the limit "
                     "of 7 (the most, 3, from the 3 members of 'P') (expected fewer pairs: narrow "
                     "the graph with --year, --kinds, --roles or --actors, or raise the limit "
                     "with BLOC_MAX_PAIRS)");
    g_clear_error (&error);
    g_assert_false (bloc_projection_check_size (then, BLOC_SIDE_OTHERS, 4, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
    g_assert_cmpstr (error->message, ==,
                     "the projection on organizations would hold up to 5 pairs, more than the "
                     "limit of 4 (the most, 3, from the 3 memberships of 'A') (expected fewer "
                     "pairs: narrow the graph with --year, --kinds, --roles or --actors, or raise "
                     "the limit with BLOC_MAX_PAIRS)");
    g_clear_error (&error);

    BlocProjection *p = NULL;
    BlocProjectionOptions small = { TRUE, TRUE, 7 };
    g_assert_false (bloc_projection_new_full (&p, then, BLOC_SIDE_ACTORS, &small, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
    g_assert_null (p);
    g_clear_error (&error);

    /* The limit from the environment, when it is a whole number. */
    g_assert_cmpuint (bloc_projection_max_pairs (), ==, BLOC_PROJECTION_MAX_PAIRS);
    g_setenv ("BLOC_MAX_PAIRS", "4", TRUE);
    g_assert_cmpuint (bloc_projection_max_pairs (), ==, 4);
    g_assert_false (bloc_projection_new (&p, then, BLOC_SIDE_ACTORS, FALSE, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
    g_clear_error (&error);
    g_assert_true (bloc_projection_new (&p, now, BLOC_SIDE_OTHERS, FALSE, &error));
    g_clear_pointer (&p, bloc_projection_free);
    g_setenv ("BLOC_MAX_PAIRS", "0x10", TRUE);
    g_assert_cmpuint (bloc_projection_max_pairs (), ==, BLOC_PROJECTION_MAX_PAIRS);
    g_unsetenv ("BLOC_MAX_PAIRS");
}

/* Shared entities listed for the pairs shown only, and the same as a full projection's. */
static void
test_projection_on_demand (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2005, NULL);
    g_autoptr (BlocProjection) full = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocProjection) lean = NULL;
    g_autoptr (GError) error = NULL;
    BlocProjectionOptions weighted_only = { TRUE, FALSE, 0 };

    g_assert_true (bloc_projection_new_full (&lean, m, BLOC_SIDE_ACTORS, &weighted_only, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_projection_n_edges (lean), ==, bloc_projection_n_edges (full));
    for (guint e = 0; e < bloc_projection_n_edges (full); e++) {
        g_assert_null (bloc_projection_via (lean, e));
        g_assert_cmpfloat (bloc_projection_value (lean, e, BLOC_OVERLAP_WEIGHTED), ==,
                           bloc_projection_value (full, e, BLOC_OVERLAP_WEIGHTED));
        g_autoptr (GArray) shared = bloc_projection_shared_entities (lean, e);
        const GArray *via = bloc_projection_via (full, e);
        g_assert_cmpuint (shared->len, ==, via->len);
        g_assert_cmpuint (shared->len, ==, bloc_projection_shared (lean, e));
        for (guint i = 0; i < shared->len; i++)
            g_assert_cmpuint (g_array_index (shared, guint, i), ==, g_array_index (via, guint, i));
    }
    gint ab = edge_of (lean, "A", "B");
    g_assert_cmpint (ab, >=, 0);
    g_autoptr (GArray) ab_shared = bloc_projection_shared_entities (lean, (guint)ab);
    g_autofree char *ids = bloc_dataset_join_ids (ds, ab_shared, ";", 0);
    g_assert_cmpstr (ids, ==, "P;R");
}

/* Path-based centralities refuse a projection too dense to finish soon; the others do not. */
static void
test_centrality_steps (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2005, NULL);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCentrality) c = NULL;
    g_autoptr (GError) error = NULL;
    const BlocCentralitySet cheap = BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_DEGREE) |
                                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_STRENGTH) |
                                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_EIGENVECTOR) |
                                    BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_PAGERANK);

    /* 7 countries and 7 pairs (AB, AC, BC, AD, DE, DF, EF): 49 steps. */
    g_assert_cmpuint (bloc_projection_n_edges (p), ==, 7);
    g_assert_cmpuint (bloc_centrality_max_steps (), ==, BLOC_CENTRALITY_MAX_STEPS);
    g_setenv ("BLOC_MAX_STEPS", "48", TRUE);
    g_assert_false (bloc_centrality_projection (
        &c, p, BLOC_OVERLAP_COUNT, BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_BETWEENNESS), &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_LIMIT);
    g_assert_cmpstr (error->message, ==,
                     "closeness, harmonic and betweenness on 7 countries joined by 7 pairs would "
                     "take some 49 steps, more than the limit of 48 (expected a smaller graph: "
                     "narrow it with --year, --kinds, --roles or --actors; or only degree, "
                     "strength, eigenvector and pagerank; or raise the limit with "
                     "BLOC_MAX_STEPS)");
    g_clear_error (&error);
    g_assert_null (c);
    g_assert_true (bloc_centrality_projection (&c, p, BLOC_OVERLAP_COUNT, cheap, &error));
    g_assert_no_error (error);
    g_clear_pointer (&c, bloc_centrality_free);
    g_setenv ("BLOC_MAX_STEPS", "49", TRUE);
    g_assert_true (bloc_centrality_projection (
        &c, p, BLOC_OVERLAP_COUNT, BLOC_CENTRALITY_BIT (BLOC_CENTRALITY_CLOSENESS), &error));
    g_assert_no_error (error);
    g_unsetenv ("BLOC_MAX_STEPS");
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/analyze/path", test_path);
    g_test_add_func ("/analyze/star", test_star);
    g_test_add_func ("/analyze/k23", test_k23);
    g_test_add_func ("/analyze/two-blocs", test_blocs);
    g_test_add_func ("/analyze/snapshots", test_snapshots);
    g_test_add_func ("/analyze/davis", test_davis);
    g_test_add_func ("/analyze/accessors", test_accessors);
    g_test_add_func ("/analyze/projection/size", test_projection_size);
    g_test_add_func ("/analyze/projection/on-demand", test_projection_on_demand);
    g_test_add_func ("/analyze/centrality/steps", test_centrality_steps);
    return g_test_run ();
}
