/* test-analyze-views.c: what the matrix, incidence and upset views compute, on fixtures small
 * enough to work out by hand (tests/data/order, tests/data/chain, tests/data/blocs): the scope's
 * kept entities, ranks and --top, the community and seriation orders, and the exclusive
 * intersections of an UpSet plot. */
#include <string.h>

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
membership_in (const BlocDataset *ds, const BlocScope *scope)
{
    g_autoptr (GError) error = NULL;
    BlocMembership *m = NULL;
    g_assert_true (bloc_membership_new (&m, ds, scope, &error));
    g_assert_no_error (error);
    return m;
}

static BlocMembership *
membership (const BlocDataset *ds, int year)
{
    BlocScope scope;
    bloc_scope_init (&scope);
    scope.year = year;
    return membership_in (ds, &scope);
}

static BlocProjection *
projection (const BlocMembership *m, BlocSide side)
{
    g_autoptr (GError) error = NULL;
    BlocProjection *p = NULL;
    g_assert_true (bloc_projection_new (&p, m, side, FALSE, &error));
    g_assert_no_error (error);
    return p;
}

/* Entity indices of the ids in @ids, separated by spaces. */
static GArray *
entities (const BlocDataset *ds, const char *ids)
{
    g_auto (GStrv) parts = g_strsplit (ids, " ", -1);
    GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
    for (int i = 0; parts[i] != NULL; i++) {
        guint index;
        g_assert_true (bloc_dataset_lookup (ds, parts[i], &index));
        g_array_append_val (out, index);
    }
    return out;
}

/* The ids of the entities @list holds, separated by spaces. */
static char *
ids_of (const BlocDataset *ds, const GArray *list)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < list->len; i++)
        g_string_append_printf (s, "%s%s", i ? " " : "",
                                bloc_dataset_entity (ds, g_array_index (list, guint, i))->id);
    return g_string_free (s, FALSE);
}

/* The ids of the projection vertices @order holds. */
static char *
vertex_ids (const BlocDataset *ds, const BlocProjection *p, const GArray *order)
{
    g_autoptr (GArray) list = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint i = 0; i < order->len; i++) {
        guint e = bloc_projection_entity (p, g_array_index (order, guint, i));
        g_array_append_val (list, e);
    }
    return ids_of (ds, list);
}

/* Degrees: G takes part in 3; A, B, E, F and H in 2; C and D in 1. */
static void
test_rank_and_top (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("order");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL);

    g_autoptr (GArray) ranked = bloc_membership_rank (m, BLOC_SIDE_ACTORS);
    g_autofree char *rank_text = ids_of (ds, ranked);
    g_assert_cmpstr (rank_text, ==, "G A B E F H C D");
    g_autoptr (GArray) top = bloc_membership_top (m, BLOC_SIDE_ACTORS, 3);
    g_autofree char *top_text = ids_of (ds, top);
    g_assert_cmpstr (top_text, ==, "A B G"); /* the three first, by id */

    /* Organizations by members: X1, X2 and X3 have 3; Y1, Y2 and Z1 have 2. */
    g_autoptr (GArray) orgs = bloc_membership_top (m, BLOC_SIDE_OTHERS, 4);
    g_autofree char *orgs_text = ids_of (ds, orgs);
    g_assert_cmpstr (orgs_text, ==, "X1 X2 X3 Y1");
    g_autoptr (GArray) all = bloc_membership_top (m, BLOC_SIDE_OTHERS, 100);
    g_assert_cmpuint (all->len, ==, 6);
}

/* The scope's lists leave out actors (or others) not listed, and nothing else. */
static void
test_scope_only (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("order");
    g_autoptr (GArray) keep = entities (ds, "E G");
    BlocScope scope;
    bloc_scope_init (&scope);
    g_assert_null (scope.only_actors);
    g_assert_null (scope.only_others);
    scope.only_actors = keep;
    g_autoptr (BlocMembership) m = membership_in (ds, &scope);
    g_assert_cmpuint (bloc_membership_n_actors (m), ==, 2);
    g_assert_cmpuint (bloc_membership_n_vertices (m), ==, 2 + 6);
    guint x1, x2;
    g_assert_true (bloc_dataset_lookup (ds, "X1", &x1));
    g_assert_true (bloc_dataset_lookup (ds, "X2", &x2));
    g_assert_cmpuint (bloc_membership_degree (m, (guint)bloc_membership_vertex (m, x1)), ==, 2);
    g_assert_cmpuint (bloc_membership_degree (m, (guint)bloc_membership_vertex (m, x2)), ==, 1);

    /* The other side: only X2 and Z1; every actor stays. */
    g_autoptr (GArray) orgs = entities (ds, "X2 Z1");
    bloc_scope_init (&scope);
    scope.only_others = orgs;
    g_autoptr (BlocMembership) n = membership_in (ds, &scope);
    g_assert_cmpuint (bloc_membership_n_actors (n), ==, 8);
    g_assert_cmpuint (bloc_membership_n_vertices (n), ==, 8 + 2);
    g_assert_cmpuint (bloc_membership_n_edges (n), ==, 5);

    /* The ego of G follows only ties between kept entities. */
    guint g;
    g_assert_true (bloc_dataset_lookup (ds, "G", &g));
    g_autoptr (BlocEgo) ego = NULL;
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_ego_compute (&ego, ds, &scope, g, 2, &error));
    g_assert_no_error (error);
    /* G, X2, then F and H through X2; not X1, X3 or E. */
    g_assert_cmpuint (bloc_ego_n_entities (ego), ==, 4);
    g_assert_cmpint (bloc_ego_distance (ego, x1), ==, -1);
}

/* Communities: {E, F, G, H} (four, first), {A, B}, {C, D}. Within the first, strength by the
 * shared count: E-G, F-G and G-H share 2, E-F, E-H and F-H 1, so G has 6 and E, F, H have 4. */
static void
test_community_order (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("order");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (BlocCommunities) c = NULL;
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_communities_compute (&c, p, BLOC_OVERLAP_COUNT, BLOC_COMMUNITY_LEIDEN,
                                             BLOC_DEFAULT_SEED, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (bloc_communities_n_communities (c), ==, 3);

    g_autofree guint *rank = NULL;
    g_autoptr (GArray) order = bloc_communities_order (c, p, BLOC_OVERLAP_COUNT, &rank);
    g_autofree char *text = vertex_ids (ds, p, order);
    g_assert_cmpstr (text, ==, "G E F H A B C D");
    /* The ranks follow the order: 0 0 0 0 1 1 2 2. */
    for (guint i = 0; i < order->len; i++)
        g_assert_cmpuint (rank[g_array_index (order, guint, i)], ==, i < 4 ? 0 : i < 6 ? 1 : 2);

    g_autofree double *strength = bloc_projection_strengths (p, BLOC_OVERLAP_COUNT);
    guint g;
    g_assert_true (bloc_dataset_lookup (ds, "G", &g));
    g_assert_cmpfloat_with_epsilon (strength[bloc_membership_vertex (m, g)], 6.0, 1e-12);
}

/* Seriation puts the chain in its order: the Fiedler vector of a path's Laplacian is monotone
 * along the path, cos(pi (k + 1/2) / 5) for the k-th of five. Signed so that lower ids lean to
 * the front (A B C D E have 0.59, -0.59, 0.95, -0.95, 0: the sum of value times position is
 * negative, so the vector is turned), it runs C A E B D. Then the pair F G, then H alone. */
static void
test_seriation (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("chain");
    g_autoptr (BlocMembership) m = membership (ds, BLOC_YEAR_ALL);
    g_autoptr (BlocProjection) p = projection (m, BLOC_SIDE_ACTORS);
    g_autoptr (GArray) order = NULL;
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_projection_seriate (&order, p, BLOC_OVERLAP_COUNT, &error));
    g_assert_no_error (error);
    g_autofree char *text = vertex_ids (ds, p, order);
    g_assert_cmpstr (text, ==, "C A E B D F G H");

    /* Blocs of the order fixture come out whole: the four, then the pairs. */
    g_autoptr (BlocDataset) blocs = load_fixture ("order");
    g_autoptr (BlocMembership) bm = membership (blocs, BLOC_YEAR_ALL);
    g_autoptr (BlocProjection) bp = projection (bm, BLOC_SIDE_ACTORS);
    g_autoptr (GArray) border = NULL;
    g_assert_true (bloc_projection_seriate (&border, bp, BLOC_OVERLAP_JACCARD, &error));
    g_autofree char *btext = vertex_ids (blocs, bp, border);
    g_assert_true (g_str_has_suffix (btext, " A B C D"));
    g_assert_cmpuint (strlen (btext), ==, strlen ("G E F H A B C D"));
}

/* The intersections of @sets (ids) as "SETS:MEMBERS" words, combinations in order. */
static char *
intersections_text (const BlocDataset *ds, const BlocMembership *m, const char *sets,
                    guint *out_outside)
{
    g_autoptr (GArray) chosen = entities (ds, sets);
    g_autoptr (BlocIntersections) x = NULL;
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_intersections_compute (&x, m, chosen, &error));
    g_assert_no_error (error);
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < bloc_intersections_n_sets (x); i++)
        g_string_append_printf (s, "%s%s=%u", i ? " " : "",
                                bloc_dataset_entity (ds, bloc_intersections_set (x, i))->id,
                                bloc_intersections_set_size (x, i));
    g_string_append (s, " |");
    for (guint c = 0; c < bloc_intersections_n_combinations (x); c++) {
        const GArray *in = bloc_intersections_combination_sets (x, c);
        g_string_append_c (s, ' ');
        for (guint k = 0; k < in->len; k++)
            g_string_append_printf (
                s, "%s%s", k ? "+" : "",
                bloc_dataset_entity (ds, bloc_intersections_set (x, g_array_index (in, guint, k)))
                    ->id);
        g_autofree char *members = ids_of (ds, bloc_intersections_combination_members (x, c));
        g_strdelimit (members, " ", ',');
        g_string_append_printf (s, ":%s", members);
    }
    *out_outside = bloc_intersections_n_outside (x);
    return g_string_free (s, FALSE);
}

static void
test_intersections (void)
{
    guint outside;
    /* 2008: P = {A, B, C}, Q = {D, E, F} (F as observer), R = {A, B}; Z takes part in none.
     * Sets by size, then id: P, Q, R. Exclusive combinations: only Q (D, E, F), P and R (A, B),
     * only P (C). */
    g_autoptr (BlocDataset) blocs = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (blocs, 2008);
    g_autofree char *a = intersections_text (blocs, m, "R Q P", &outside);
    g_assert_cmpstr (a, ==, "P=3 Q=3 R=2 | Q:D,E,F P+R:A,B P:C");
    g_assert_cmpuint (outside, ==, 1);

    /* Three sets of three: E in X1 and X3, F in X1 and X2, G in all, H in X2 and X3. Each
     * combination has one member: fewer sets first, then the earlier sets. */
    g_autoptr (BlocDataset) ds = load_fixture ("order");
    g_autoptr (BlocMembership) n = membership (ds, BLOC_YEAR_ALL);
    g_autofree char *b = intersections_text (ds, n, "X3 X2 X1", &outside);
    g_assert_cmpstr (b, ==, "X1=3 X2=3 X3=3 | X1+X2:F X1+X3:E X2+X3:H X1+X2+X3:G");
    g_assert_cmpuint (outside, ==, 4);

    /* One set: everyone in it. */
    g_autofree char *c = intersections_text (ds, n, "Y2", &outside);
    g_assert_cmpstr (c, ==, "Y2=2 | Y2:A,B");
    g_assert_cmpuint (outside, ==, 6);

    /* An actor, an entity given twice, or no set at all are refused. */
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocIntersections) x = NULL;
    g_autoptr (GArray) actor = entities (ds, "X1 A");
    g_assert_false (bloc_intersections_compute (&x, n, actor, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_nonnull (strstr (error->message, "'A' is an actor"));
    g_clear_error (&error);
    g_autoptr (GArray) twice = entities (ds, "X1 X1");
    g_assert_false (bloc_intersections_compute (&x, n, twice, &error));
    g_assert_nonnull (strstr (error->message, "'X1' is given twice"));
    g_clear_error (&error);
    g_autoptr (GArray) none = g_array_new (FALSE, FALSE, sizeof (guint));
    g_assert_false (bloc_intersections_compute (&x, n, none, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_assert_null (x);
}

static void
test_order_names (void)
{
    BlocOrder order;
    g_autoptr (GError) error = NULL;
    g_assert_true (bloc_order_parse (&order, "seriation", &error));
    g_assert_cmpint (order, ==, BLOC_ORDER_SERIATION);
    g_assert_true (bloc_order_parse (&order, "blocs", &error));
    g_assert_cmpint (order, ==, BLOC_ORDER_COMMUNITY);
    g_assert_cmpstr (bloc_order_to_string (BLOC_ORDER_ID), ==, "id");
    g_assert_false (bloc_order_parse (&order, "seriaton", &error));
    g_assert_nonnull (strstr (error->message, "did you mean 'seriation'"));
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    g_test_add_func ("/analyze/views/rank-and-top", test_rank_and_top);
    g_test_add_func ("/analyze/views/scope-only", test_scope_only);
    g_test_add_func ("/analyze/views/community-order", test_community_order);
    g_test_add_func ("/analyze/views/seriation", test_seriation);
    g_test_add_func ("/analyze/views/intersections", test_intersections);
    g_test_add_func ("/analyze/views/order-names", test_order_names);
    return g_test_run ();
}
