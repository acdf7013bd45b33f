/* test-analyze-figures.c: the selections the figures draw, from the analyze layer: the ties of a
 * two-mode figure, an entity's neighbourhood, and the ranking of the gaps matrix, on fixtures
 * small enough to work out by hand (tests/data/structure, tests/data/blocs). */
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
membership (const BlocDataset *ds, int year)
{
    g_autoptr (GError) error = NULL;
    BlocMembership *m = NULL;
    BlocScope scope;
    bloc_scope_init (&scope);
    scope.year = year;
    g_assert_true (bloc_membership_new (&m, ds, &scope, &error));
    g_assert_no_error (error);
    return m;
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

/* The ties of @ties as "FROM-TO" words, in their order. */
static char *
ties_text (const BlocDataset *ds, const GArray *ties)
{
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        g_string_append_printf (s, "%s%s-%s", i ? " " : "", bloc_dataset_entity (ds, t->from)->id,
                                bloc_dataset_entity (ds, t->to)->id);
    }
    return g_string_free (s, FALSE);
}

static void
check_membership_ties (const BlocDataset *ds, int year, const char *group, const char *expected)
{
    g_autoptr (BlocMembership) m = membership (ds, year);
    g_autoptr (GArray) members = group ? entities (ds, group) : NULL;
    g_autoptr (GArray) ties = bloc_membership_ties (m, members);
    g_autofree char *text = ties_text (ds, ties);
    g_assert_cmpstr (text, ==, expected);
}

/* Participation between an actor and the other side, then part_of and host ties between what
 * those reach; ties between two countries or two organizations are not memberships. */
static void
test_membership_ties (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("structure");
    check_membership_ties (ds, BLOC_YEAR_ALL, NULL, "K-O L-O OB-O K-OB M-P K-X L-X");
    /* K reaches O and its body, not X: the part_of tie stays, the host tie goes. */
    check_membership_ties (ds, BLOC_YEAR_ALL, "K", "K-O OB-O K-OB");
    check_membership_ties (ds, BLOC_YEAR_ALL, "M", "M-P");
    check_membership_ties (ds, BLOC_YEAR_ALL, "N", "");
    /* K was a member of P until 2000. */
    check_membership_ties (ds, 1995, "K", "K-O OB-O K-OB K-P");
    /* A group member that is not an actor is ignored. */
    check_membership_ties (ds, BLOC_YEAR_ALL, "O", "");

    g_autoptr (BlocDataset) blocs = load_fixture ("blocs");
    check_membership_ties (blocs, BLOC_YEAR_ALL, NULL, "A-P B-P D-Q E-Q F-Q A-R B-R");
    check_membership_ties (blocs, 2005, NULL, "A-P B-P C-P D-Q E-Q F-Q A-R B-R A-EX D-EX");
    check_membership_ties (blocs, 2005, "A D", "A-P D-Q A-R A-EX D-EX");
}

static BlocEgo *
ego (const BlocDataset *ds, const char *focus, guint depth, int year, BlocRoleSet roles)
{
    g_autoptr (GError) error = NULL;
    BlocEgo *e = NULL;
    BlocScope scope;
    guint index;
    bloc_scope_init (&scope);
    scope.year = year;
    if (roles != 0)
        scope.roles = roles;
    g_assert_true (bloc_dataset_lookup (ds, focus, &index));
    g_assert_true (bloc_ego_compute (&e, ds, &scope, index, depth, &error));
    g_assert_no_error (error);
    return e;
}

static int
distance (const BlocDataset *ds, const BlocEgo *e, const char *id)
{
    guint index;
    g_assert_true (bloc_dataset_lookup (ds, id, &index));
    return bloc_ego_distance (e, index);
}

/* Distances by breadth-first search over every tie followed (also between two countries), and
 * the ties of the focus, then at depth 2 of its neighbours. */
static void
test_ego (void)
{
    g_autoptr (BlocDataset) ds = load_fixture ("structure");

    g_autoptr (BlocEgo) one = ego (ds, "K", 1, BLOC_YEAR_ALL, 0);
    static const char *const ids[] = { "K", "O", "OB", "X", "N", "L", "P", "M" };
    static const int at_one[] = { 0, 1, 1, 1, 1, -1, -1, -1 };
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        g_assert_cmpint (distance (ds, one, ids[i]), ==, at_one[i]);
    g_assert_cmpuint (bloc_ego_n_entities (one), ==, 5);
    g_autofree char *one_ties = ties_text (ds, bloc_ego_ties (one));
    g_assert_cmpstr (one_ties, ==, "K-O K-OB K-X N-K");

    g_autoptr (BlocEgo) two = ego (ds, "K", 2, BLOC_YEAR_ALL, 0);
    static const int at_two[] = { 0, 1, 1, 1, 1, 2, 2, -1 };
    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
        g_assert_cmpint (distance (ds, two, ids[i]), ==, at_two[i]);
    g_assert_cmpuint (bloc_ego_n_entities (two), ==, 7);
    g_autofree char *two_ties = ties_text (ds, bloc_ego_ties (two));
    g_assert_cmpstr (two_ties, ==, "K-O L-O OB-O K-OB K-X L-X P-O N-K");

    /* Members only (with part_of and host, which the figure always follows). */
    g_autoptr (BlocEgo) members = ego (ds, "K", 1, BLOC_YEAR_ALL, BLOC_ROLE_BIT (BLOC_ROLE_MEMBER));
    g_autofree char *member_ties = ties_text (ds, bloc_ego_ties (members));
    g_assert_cmpstr (member_ties, ==, "K-O K-OB K-X");
    g_assert_cmpint (distance (ds, members, "N"), ==, -1);

    /* In 1995 K was also a member of P. */
    g_autoptr (BlocEgo) then = ego (ds, "K", 1, 1995, 0);
    g_assert_cmpint (distance (ds, then, "P"), ==, 1);
    g_autofree char *then_ties = ties_text (ds, bloc_ego_ties (then));
    g_assert_cmpstr (then_ties, ==, "K-O K-OB K-X N-K K-P");

    /* An entity with no tie is alone. */
    g_autoptr (BlocEgo) alone = ego (ds, "M", 1, BLOC_YEAR_ALL, BLOC_ROLE_BIT (BLOC_ROLE_MEMBER));
    g_assert_cmpuint (bloc_ego_n_entities (alone), ==, 1);
    g_assert_cmpuint (bloc_ego_ties (alone)->len, ==, 0);
}

/* Gaps rows by coverage, highest first, then by id. */
static void
test_gaps_rank (void)
{
    g_autoptr (GError) error = NULL;
    g_autoptr (BlocDataset) ds = load_fixture ("blocs");
    g_autoptr (BlocMembership) m = membership (ds, 2005);
    g_autoptr (GArray) group = entities (ds, "A B C D");
    g_autoptr (BlocGaps) gaps = NULL;
    g_assert_true (bloc_gaps_compute (&gaps, m, group, 1, &error));
    g_assert_no_error (error);

    g_autoptr (GArray) rank = bloc_gaps_rank (gaps);
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < rank->len; i++) {
        guint entity = bloc_gaps_entity (gaps, g_array_index (rank, guint, i));
        g_string_append_printf (s, "%s%s", i ? " " : "", bloc_dataset_entity (ds, entity)->id);
    }
    /* P has A, B and C; EX and R two each (EX first by id); Q only D. */
    g_autofree char *text = g_string_free (s, FALSE);
    g_assert_cmpstr (text, ==, "P EX R Q");
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/analyze/figures/membership-ties", test_membership_ties);
    g_test_add_func ("/analyze/figures/ego", test_ego);
    g_test_add_func ("/analyze/figures/gaps-rank", test_gaps_rank);
    return g_test_run ();
}
