/* bloc-analyze.h: the membership graph and every analysis on it.
 *
 * The two-mode graph has the actors (countries by default) on one side and what they take part
 * in on the other. Every graph algorithm goes through igraph, which this header does not
 * expose.
 *
 * Ownership: each analysis returns a new opaque result through its first parameter (transfer
 * full); free it with its NULL-safe _free function, or declare it g_autoptr. A result borrows
 * what it was computed from (the dataset, the membership graph, the projection), which must
 * outlive it. Accessors return values, or pointers owned by the result (transfer none) that stay
 * valid until the result is freed. Entities are addressed by their index in the dataset
 * (bloc_dataset_entity()); indices into a result (vertex, edge, row) count from 0.
 *
 * Determinism: vertices are numbered by entity id within each side, lists come out sorted by id
 * (or ranked with ties broken by id), and igraph's random number generator is seeded before
 * every randomised algorithm.
 */
#pragma once

#include <glib.h>

#include "bloc-enum.h"
#include "bloc-model.h"

G_BEGIN_DECLS

/* What goes into a membership graph: a plain struct the caller fills. */
typedef struct {
    int year;           /* BLOC_YEAR_ALL, or a snapshot year */
    BlocKindSet actors; /* kinds on the actor side; default: country */
    BlocKindSet others; /* kinds on the other side; default: every kind that is not an actor */
    BlocRoleSet roles;  /* roles that count as taking part; default: all but part_of and host */
} BlocScope;

/* Fills @scope with the defaults: current ties, countries as actors, every other kind on the
 * other side, every participation role. */
void bloc_scope_init (BlocScope *scope);

/* ---- The membership graph ------------------------------------------------------------------ */

/* The two-mode membership graph of a dataset, within a scope.
 *
 * Vertices 0 .. n_actors-1 are the actors, sorted by id; the others follow, sorted by id. Every
 * entity of the scope's kinds that exists in the scope's year is a vertex, also without ties (an
 * absent state is exactly that).
 * An actor and another entity are joined by one edge when the actor has at least one active tie
 * with a counted role to it; with several roles, the edge takes the heaviest (ties broken by
 * role order), so a country with two roles in one organization counts once. */
typedef struct BlocMembership BlocMembership;

/* Builds the membership graph of @ds within @scope into @out (transfer full). */
gboolean bloc_membership_new (BlocMembership **out, const BlocDataset *ds, const BlocScope *scope,
                              GError **error);
/* Frees @m and everything it owns. NULL-safe. */
void bloc_membership_free (BlocMembership *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocMembership, bloc_membership_free)

/* The dataset and the scope @m was built from (transfer none). */
const BlocDataset *bloc_membership_dataset (const BlocMembership *m);
const BlocScope *bloc_membership_scope (const BlocMembership *m);
/* The number of vertices, of actors (the first vertices) and of edges. */
guint bloc_membership_n_vertices (const BlocMembership *m);
guint bloc_membership_n_actors (const BlocMembership *m);
guint bloc_membership_n_edges (const BlocMembership *m);
/* The entity index of @vertex. */
guint bloc_membership_entity (const BlocMembership *m, guint vertex);
/* The vertex of entity @entity, or -1 when it is not in the graph (not of the scope's kinds, or
 * not existing in its year). */
gint bloc_membership_vertex (const BlocMembership *m, guint entity);
/* The number of neighbours of @vertex. */
guint bloc_membership_degree (const BlocMembership *m, guint vertex);

/* Checks that every entity of @group is of an actor kind, and gives in @out (a new GArray,
 * transfer full) those that exist in the graph's year, sorted by id. Sets a BLOC_ERROR_DATA
 * error naming the first entity that is not of an actor kind. */
gboolean bloc_membership_group (GArray **out, const BlocMembership *m, const GArray *group,
                                GError **error);

/* ---- Overlap: the bipartite projection ------------------------------------------------- */

typedef enum {
    BLOC_SIDE_ACTORS, /* countries × countries */
    BLOC_SIDE_OTHERS, /* organizations × organizations */
} BlocSide;

/* The sides: countries (or actors) and organizations (or organisations, others). Static. */
const BlocEnum *bloc_side_enum (void);
/* Parses a side name or alias; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_side_parse (BlocSide *out, const char *text, GError **error);

typedef enum {
    BLOC_OVERLAP_COUNT,    /* shared affiliations */
    BLOC_OVERLAP_WEIGHTED, /* sum over shared affiliations of the product of role weights */
    BLOC_OVERLAP_JACCARD,  /* shared / |A ∪ B| */
    BLOC_OVERLAP_OVERLAP,  /* shared / min(|A|, |B|) */
    BLOC_OVERLAP_COSINE,   /* shared / sqrt(|A| |B|) */
    BLOC_N_OVERLAP_MEASURES
} BlocOverlapMeasure;

/* The overlap measures, with their names. Static. */
const BlocEnum *bloc_overlap_measure_enum (void);
/* The name of @measure. Static storage. */
const char *bloc_overlap_measure_to_string (BlocOverlapMeasure measure);
/* Parses a measure name; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_overlap_measure_parse (BlocOverlapMeasure *out, const char *text, GError **error);

/* The weighted one-mode projection of a membership graph on one side.
 *
 * Vertex i is the i-th vertex of that side in the membership graph (so sorted by id). Edges
 * join the pairs that share at least one affiliation. */
typedef struct BlocProjection BlocProjection;

/* The size of a projection grows with the square of the members of an organization: 10,000
 * countries in one make 50 million pairs. Before building one, bloc estimates its pairs from the
 * degrees and refuses it above a limit. A pair takes about 90 bytes (measured: 443 MB for
 * overlap --top 5 on 3,162 countries in one organization, 5.0 million pairs), about 190 with
 * every pair's shared entities. */
#define BLOC_PROJECTION_MAX_PAIRS ((guint64)5000000)

/* The largest projection built, in pairs: the value of the environment variable
 * BLOC_MAX_PAIRS when it is a whole number >= 1 (bloc_text_parse_int()), else
 * BLOC_PROJECTION_MAX_PAIRS. */
guint64 bloc_projection_max_pairs (void);

/* An upper bound on the pairs (edges) of the projection of @m on @side, from the degrees alone,
 * in time linear in the vertices: the sum over the vertices of the other side of d (d - 1) / 2,
 * the pairs that each makes among its d neighbours, and at most n (n - 1) / 2 for the n vertices
 * of @side. */
guint64 bloc_projection_estimate (const BlocMembership *m, BlocSide side);

/* Checks that the projection of @m on @side would hold at most @max_pairs pairs by
 * bloc_projection_estimate() (0 for bloc_projection_max_pairs()). Returns FALSE with a
 * BLOC_ERROR_LIMIT error that gives the estimate and the entity that makes the most pairs, and
 * says what to narrow. A caller that must refuse large graphs anyway (a figure) calls it first,
 * so as not to build a projection only to throw it away. */
gboolean bloc_projection_check_size (const BlocMembership *m, BlocSide side, guint64 max_pairs,
                                     GError **error);

/* What bloc_projection_new_full() computes. */
typedef struct {
    gboolean weighted; /* the weighted measure: an intersection of neighbour lists per pair */
    gboolean via;      /* also keep every pair's shared entities (bloc_projection_via()) */
    guint64 max_pairs; /* refuse above this estimate; 0 for bloc_projection_max_pairs() */
} BlocProjectionOptions;

/* Projects @m on @side with igraph_bipartite_projection and computes the overlap measures on
 * its edges, into @out (transfer full; borrows @m), after bloc_projection_check_size(). Without
 * @options->weighted, the weighted values are NaN; without @options->via, there are no shared
 * lists (bloc_projection_shared_entities() computes one when asked). */
gboolean bloc_projection_new_full (BlocProjection **out, const BlocMembership *m, BlocSide side,
                                   const BlocProjectionOptions *options, GError **error);

/* bloc_projection_new_full() with @details for both the weighted measure and the shared lists,
 * and the default limit. */
gboolean bloc_projection_new (BlocProjection **out, const BlocMembership *m, BlocSide side,
                              gboolean details, GError **error);
/* Frees @p and everything it owns. NULL-safe. */
void bloc_projection_free (BlocProjection *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocProjection, bloc_projection_free)

/* The membership graph @p was projected from (transfer none), and the side. */
const BlocMembership *bloc_projection_membership (const BlocProjection *p);
BlocSide bloc_projection_side (const BlocProjection *p);
/* The number of vertices: the vertices of that side in the membership graph. */
guint bloc_projection_n_vertices (const BlocProjection *p);
/* The entity index of @vertex. */
guint bloc_projection_entity (const BlocProjection *p, guint vertex);
/* The number of edges: the pairs that share at least one affiliation. */
guint bloc_projection_n_edges (const BlocProjection *p);
/* The two entities @edge joins, the one with the smaller id in @out_a. */
void bloc_projection_edge (const BlocProjection *p, guint edge, guint *out_a, guint *out_b);
/* The number of affiliations the two ends of @edge share. */
guint bloc_projection_shared (const BlocProjection *p, guint edge);
/* The value of @measure on @edge (NaN for the weighted measure without details). */
double bloc_projection_value (const BlocProjection *p, guint edge, BlocOverlapMeasure measure);
/* The shared entities of @edge, a GArray of guint entity indices sorted by id (transfer none),
 * or NULL for a projection made without details. */
const GArray *bloc_projection_via (const BlocProjection *p, guint edge);

/* The shared entities of @edge, computed now from the membership graph: a new GArray of guint
 * entity indices sorted by id (transfer full: g_array_unref()). For a projection made without
 * shared lists, to list them for the pairs shown only. */
GArray *bloc_projection_shared_entities (const BlocProjection *p, guint edge);

/* The edges of @p as (a, b) pairs with a's id before b's, sorted by a then b. Returns edge ids
 * (transfer full: g_array_unref()). */
GArray *bloc_projection_sorted_edges (const BlocProjection *p);

/* ---- Centrality ---------------------------------------------------------------------------- */

typedef enum {
    BLOC_CENTRALITY_DEGREE,   /* two-mode: normalised degree; projection: number of partners */
    BLOC_CENTRALITY_STRENGTH, /* projection only: the sum of edge weights */
    BLOC_CENTRALITY_CLOSENESS,
    BLOC_CENTRALITY_HARMONIC,
    BLOC_CENTRALITY_BETWEENNESS,
    BLOC_CENTRALITY_EIGENVECTOR, /* projection only */
    BLOC_CENTRALITY_PAGERANK,    /* projection only */
    BLOC_N_CENTRALITIES
} BlocCentralityMeasure;

typedef guint32 BlocCentralitySet;
#define BLOC_CENTRALITY_BIT(c) ((BlocCentralitySet)1u << (c))

/* The centrality measures, with their names. Static. */
const BlocEnum *bloc_centrality_enum (void);
/* The name of @measure. Static storage. */
const char *bloc_centrality_to_string (BlocCentralityMeasure measure);
/* Parses one measure name. */
gboolean bloc_centrality_parse (BlocCentralityMeasure *out, const char *text, GError **error);
/* Parses "degree,closeness,..." into a set. */
gboolean bloc_centrality_set_parse (BlocCentralitySet *out, const char *text, GError **error);

/* Centralities: one row per vertex of the graph they were computed on, sorted by id. */
typedef struct BlocCentrality BlocCentrality;

/* Degree, closeness, harmonic and betweenness on the two-mode graph, each normalised by its
 * maximum for a vertex of that mode (Borgatti & Everett 1997), into @out (transfer full).
 * Closeness is NaN for a vertex that reaches nothing. Measures not defined on two-mode graphs
 * are left out. */
gboolean bloc_centrality_two_mode (BlocCentrality **out, const BlocMembership *m,
                                   BlocCentralitySet measures, GError **error);

/* Closeness, harmonic and betweenness need a shortest-path search from every vertex: some n × m
 * steps for n vertices and m edges, which on 3,000 countries in one organization (4.5 million
 * pairs) is 1.3 × 10^10, many minutes. Above this many steps they are refused, with the
 * measures that stay cheap named. At the default limit the three take about 35 s (measured on
 * 1,000 countries in one organization, 5 × 10^8 steps: betweenness 18 s, closeness 8.5 s,
 * harmonic 7 s; at 10^9 steps betweenness alone took 70 s). */
#define BLOC_CENTRALITY_MAX_STEPS ((guint64)500000000)

/* The most steps of path-based centralities: the value of the environment variable
 * BLOC_MAX_STEPS when it is a whole number >= 1, else BLOC_CENTRALITY_MAX_STEPS. */
guint64 bloc_centrality_max_steps (void);

/* Strength, closeness, harmonic, betweenness, eigenvector and PageRank on the projection,
 * weighted by @weight, into @out (transfer full). Path-based measures take the distance of an
 * edge as 1 / weight, because co-membership weights are affinities. They are refused with a
 * BLOC_ERROR_LIMIT error when vertices × edges exceeds bloc_centrality_max_steps(). */
gboolean bloc_centrality_projection (BlocCentrality **out, const BlocProjection *p,
                                     BlocOverlapMeasure weight, BlocCentralitySet measures,
                                     GError **error);
/* Frees @c and everything it owns. NULL-safe. */
void bloc_centrality_free (BlocCentrality *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCentrality, bloc_centrality_free)

/* The number of rows: one per vertex of the graph the centralities were computed on. */
guint bloc_centrality_n_rows (const BlocCentrality *c);
/* The entity index of @row. */
guint bloc_centrality_entity (const BlocCentrality *c, guint row);
/* The measures computed. */
BlocCentralitySet bloc_centrality_measures (const BlocCentrality *c);
/* The value of @measure for @row: NaN where it is undefined or was not computed. */
double bloc_centrality_value (const BlocCentrality *c, BlocCentralityMeasure measure, guint row);

/* ---- Participation gaps ---------------------------------------------------------------- */

/* A group member taking part, and with what role. */
typedef struct {
    guint entity;
    BlocRole role;
} BlocPresence;

/* Who in a group takes part in what, and who stays out. */
typedef struct BlocGaps BlocGaps;

/* For each entity on the other side in which at least @min_present members of @group take
 * part: who is present, with what role, who is absent, and the coverage. Into @out (transfer
 * full). */
gboolean bloc_gaps_compute (BlocGaps **out, const BlocMembership *m, const GArray *group,
                            guint min_present, GError **error);
/* Frees @gaps and everything it owns. NULL-safe. */
void bloc_gaps_free (BlocGaps *gaps);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocGaps, bloc_gaps_free)

/* The group members that exist in the graph's year: guint entity indices sorted by id. */
const GArray *bloc_gaps_group (const BlocGaps *gaps);

/* The entities looked at (organizations, agreements, ...), sorted by id. For entity @i: its
 * index in the dataset, its coverage (present / group size), the members present (a GArray of
 * BlocPresence sorted by id) and absent (guint entity indices sorted by id). */
guint bloc_gaps_n_entities (const BlocGaps *gaps);
guint bloc_gaps_entity (const BlocGaps *gaps, guint i);
double bloc_gaps_coverage (const BlocGaps *gaps, guint i);
const GArray *bloc_gaps_present (const BlocGaps *gaps, guint i);
const GArray *bloc_gaps_absent (const BlocGaps *gaps, guint i);

/* The group members by gap count (most first), then id. For member @i: its entity index, and
 * what it is absent from (guint entity indices, by coverage, highest first, then id). */
guint bloc_gaps_n_members (const BlocGaps *gaps);
guint bloc_gaps_member (const BlocGaps *gaps, guint i);
const GArray *bloc_gaps_member_gaps (const BlocGaps *gaps, guint i);

/* The entities that lack exactly one group member: guint entity indices sorted by id. */
const GArray *bloc_gaps_one_short (const BlocGaps *gaps);

/* ---- Nesting ----------------------------------------------------------------------------- */

/* Member-set inclusion: classes of entities with equal member sets, and the Hasse diagram of
 * inclusion between the classes. */
typedef struct BlocNesting BlocNesting;

/* Member-set inclusion between the entities on the other side with at least @min_members
 * members: equal sets merged into classes, and the covering relation (A ⊂ B with nothing in
 * between) as edges. Into @out (transfer full). */
gboolean bloc_nesting_compute (BlocNesting **out, const BlocMembership *m, guint min_members,
                               GError **error);
/* The same, counting in each member set only the actors in @actors (guint entity indices; NULL
 * for every actor), and @min_members among them: which member sets contain which, among a
 * group's or a region's states. A BLOC_ERROR_DATA error names the first entity of @actors that
 * is not an actor of @m (not of an actor kind, or not existing in its year). */
gboolean bloc_nesting_compute_among (BlocNesting **out, const BlocMembership *m,
                                     const GArray *actors, guint min_members, GError **error);
/* Frees @n and everything it owns. NULL-safe. */
void bloc_nesting_free (BlocNesting *n);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocNesting, bloc_nesting_free)

/* The classes, sorted by id. For class @i: the entities with that member set (guint entity
 * indices sorted by id; the first gives the class its id) and the members (guint actor entity
 * indices sorted by id). */
guint bloc_nesting_n_classes (const BlocNesting *n);
const GArray *bloc_nesting_class_equal (const BlocNesting *n, guint i);
const GArray *bloc_nesting_class_members (const BlocNesting *n, guint i);
/* The id of class @i: the id of its first entity. Owned by @ds. */
const char *bloc_nesting_class_id (const BlocNesting *n, const BlocDataset *ds, guint i);

/* The edges of the Hasse diagram: class @out_sub is included in class @out_super with no class
 * in between. */
guint bloc_nesting_n_edges (const BlocNesting *n);
void bloc_nesting_edge (const BlocNesting *n, guint i, guint *out_sub, guint *out_super);

/* ---- Communities -------------------------------------------------------------------------- */

typedef enum {
    BLOC_COMMUNITY_LEIDEN,
    BLOC_COMMUNITY_MULTILEVEL,
    /* Both modes at once, on the membership graph rather than a projection: computed by
     * bloc_barber_compute() (bloc-stats.h), not by bloc_communities_compute(). */
    BLOC_COMMUNITY_BARBER,
} BlocCommunityMethod;

/* The methods: leiden, multilevel (or louvain), barber. Static. */
const BlocEnum *bloc_community_method_enum (void);
/* The name of @method. Static storage. */
const char *bloc_community_method_to_string (BlocCommunityMethod method);
/* Parses a method name or alias; a BLOC_ERROR_USAGE error names the valid ones. */
gboolean bloc_community_method_parse (BlocCommunityMethod *out, const char *text, GError **error);

/* A partition of a projection's vertices into communities. */
typedef struct BlocCommunities BlocCommunities;

#define BLOC_DEFAULT_SEED 20260101u

/* Finds blocs in the weighted projection @p: Leiden optimising modularity (degrees as node
 * weights, resolution 1/2m) or multilevel, with igraph's RNG seeded with @seed. Into @out
 * (transfer full). BLOC_COMMUNITY_BARBER works on the membership graph, not on a projection:
 * asked of this function, it sets a BLOC_ERROR_USAGE error that says to call
 * bloc_barber_compute(). */
gboolean bloc_communities_compute (BlocCommunities **out, const BlocProjection *p,
                                   BlocOverlapMeasure weight, BlocCommunityMethod method,
                                   guint seed, GError **error);
/* Frees @c and everything it owns. NULL-safe. */
void bloc_communities_free (BlocCommunities *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCommunities, bloc_communities_free)

/* The modularity of the partition; NaN on a graph without edges. */
double bloc_communities_modularity (const BlocCommunities *c);
/* The communities, sorted by their first id. For community @i: its members, guint entity
 * indices sorted by id. */
guint bloc_communities_n_communities (const BlocCommunities *c);
const GArray *bloc_communities_members (const BlocCommunities *c, guint i);
/* The community of projection vertex @vertex. */
guint bloc_communities_of_vertex (const BlocCommunities *c, guint vertex);

/* ---- Timeline and diff --------------------------------------------------------------------- */

typedef enum {
    BLOC_CHANGE_JOIN,
    BLOC_CHANGE_EXIT,
    BLOC_CHANGE_GAP_OPENED,
    BLOC_CHANGE_GAP_CLOSED,
    BLOC_CHANGE_FOUNDING, /* an undated tie, active from the year what it ties to began */
} BlocChangeKind;

/* The kinds of change, with their names. Static. */
const BlocEnum *bloc_change_enum (void);
/* The name of @change ("join", "gap_opened"). Static storage. */
const char *bloc_change_to_string (BlocChangeKind change);

/* One change: a plain record, read-only, held by value in the arrays below. */
typedef struct {
    int year;
    guint from;
    guint to;
    BlocRole role;
    gboolean has_role; /* FALSE for gap changes */
    BlocChangeKind change;
    guint tie; /* the tie that changed; G_MAXUINT for gap changes */
} BlocChange;

/* Joins and exits per year, for every tie with a role in @roles that touches @entity (or every
 * tie, with @entity < 0): a join in the tie's first active year when the data dates its start
 * (its own since, or the date of the exercise, forum or agreement it ties to), and an exit in
 * the first year it is no longer active. An undated tie to a lasting organization that is
 * active from the year the organization began (the data makes it a founding member) is a
 * founding change in that year. Any other undated tie (active only from the year its member
 * began, later than the organization) has no join; @n_undated (may be NULL) counts those.
 * Sorted by year, then from, to, role, with a year's exits before its founding changes and
 * joins. Returns a GArray of BlocChange (transfer full: g_array_unref()). */
GArray *bloc_timeline (const BlocDataset *ds, gint entity, BlocRoleSet roles, guint *n_undated);

/* The ties with a role in @scope that are active in @year_to but not in @year_from (joins) and
 * the reverse (exits), and, when @group is not NULL, the group's gaps (see bloc_gaps_compute)
 * that opened and closed between the two years. @out receives a GArray of BlocChange (transfer
 * full), sorted as bloc_timeline() sorts. */
gboolean bloc_diff (GArray **out, const BlocDataset *ds, const BlocScope *scope, int year_from,
                    int year_to, const GArray *group, guint min_present, GError **error);

/* ---- What the figures draw ------------------------------------------------------------- */

/* The selections the figures of bloc-render.h draw, so that no view recomputes an analysis: the
 * ties of a two-mode figure, an entity's neighbourhood and the ranking of the gaps matrix. */

/* The ties a two-mode figure of @m draws, one line per tie (where @m joins each pair once):
 * - every tie active in @m's year with a counted role between an actor vertex of @m (one of
 *   @group, when @group is not NULL) and a vertex on the other side;
 * - then every structural tie (a role outside BLOC_PARTICIPATION_ROLES, such as part_of or
 *   host) active in that year between two entities that the first ties reach.
 * @group holds entity indices; entities that are not actor vertices of @m are ignored.
 * Returns a GArray of guint tie indices in dataset order (transfer full: g_array_unref()).
 * O(ties + entities). */
GArray *bloc_membership_ties (const BlocMembership *m, const GArray *group);

/* An entity's neighbourhood in the dataset's ties. */
typedef struct _BlocEgo BlocEgo;

/* The entities within @depth steps of @focus (an entity index), by a breadth-first search in
 * igraph over the ties of @ds that are active in @scope's year, have a counted role of @scope or
 * a structural one (part_of, host), and join two entities of @scope's kinds (actors or others).
 * Into @out (transfer full; borrows nothing). Returns FALSE with @error set (BLOC_ERROR_GRAPH)
 * only when igraph fails. O(ties + entities). */
gboolean bloc_ego_compute (BlocEgo **out, const BlocDataset *ds, const BlocScope *scope,
                           guint focus, guint depth, GError **error);
/* Frees @ego and everything it owns. NULL-safe. */
void bloc_ego_free (BlocEgo *ego);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocEgo, bloc_ego_free)

/* The number of steps from the focus to @entity (0 for the focus), or -1 beyond the depth. */
int bloc_ego_distance (const BlocEgo *ego, guint entity);
/* How many entities lie within the depth, the focus included. */
guint bloc_ego_n_entities (const BlocEgo *ego);
/* The ties of the neighbourhood: those followed between two entities within the depth of which
 * one is nearer than the depth (the focus's ties; at depth 2 also its neighbours'), as guint tie
 * indices in dataset order (transfer none: owned by @ego). */
const GArray *bloc_ego_ties (const BlocEgo *ego);

/* The entities of @gaps ranked by coverage, highest first, then by id: a GArray of guint
 * positions i as bloc_gaps_entity() and bloc_gaps_coverage() take them (transfer full:
 * g_array_unref()). O(n log n). */
GArray *bloc_gaps_rank (const BlocGaps *gaps);

G_END_DECLS
