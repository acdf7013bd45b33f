/* bloc-analyze.h: the membership graph and every analysis on it.
 *
 * The two-mode graph has the actors (countries by default) on one side and what they take part
 * in on the other. Every graph algorithm goes through igraph. Results are plain structs of
 * entity indices into the dataset; each has one NULL-safe _free and an autoptr cleanup, and
 * borrows the dataset, which must outlive it.
 *
 * Determinism: vertices are numbered by entity id within each side, lists come out sorted by id
 * (or ranked with ties broken by id), and igraph's random number generator is seeded before
 * every randomised algorithm.
 */
#pragma once

#include <glib.h>
#include <igraph.h>

#include "bloc-model.h"

G_BEGIN_DECLS

/* What goes into a membership graph. */
typedef struct {
    int year;           /* BLOC_YEAR_ALL, or a snapshot year */
    BlocKindSet actors; /* kinds on the actor side; default: country */
    BlocKindSet others; /* kinds on the other side; default: every kind that is not an actor */
    BlocRoleSet roles;  /* roles that count as taking part; default: all but part_of and host */
} BlocScope;

/* Fills @scope with the defaults: current ties, countries as actors, every other kind on the
 * other side, every participation role. */
void bloc_scope_init (BlocScope *scope);

/* The two-mode membership graph of a dataset, within a scope.
 *
 * Vertices 0 .. n_actors-1 are the actors, sorted by id; the others follow, sorted by id. Every
 * entity of the scope's kinds that exists in the scope's year is a vertex, also without ties (an
 * absent state is exactly that).
 * An actor and another entity are joined by one edge when the actor has at least one active tie
 * with a counted role to it; with several roles, the edge takes the heaviest (ties broken by
 * role order), so a country with two roles in one organization counts once. */
typedef struct {
    const BlocDataset *ds;
    BlocScope scope;
    igraph_t graph;
    igraph_vector_bool_t types; /* FALSE for actors, TRUE for the other side */
    igraph_vector_int_t entity; /* vertex -> entity index */
    igraph_vector_t weight;     /* edge -> role weight from dataset.ini */
    igraph_vector_int_t role;   /* edge -> BlocRole */
    igraph_integer_t n_actors;
    gint *vertex; /* entity index -> vertex, or -1 */
    /* Sorted neighbour lists of every vertex (compressed rows): the neighbours of v are
     * nbr[nbr_start[v] .. nbr_start[v+1]), with the matching edge ids in nbr_edge. */
    igraph_integer_t *nbr_start;
    igraph_integer_t *nbr;
    igraph_integer_t *nbr_edge;
    gboolean initialised;
} BlocMembership;

/* Builds the membership graph of @ds within @scope. Free with bloc_membership_free(). */
gboolean bloc_membership_new (BlocMembership **out, const BlocDataset *ds, const BlocScope *scope,
                              GError **error);
void bloc_membership_free (BlocMembership *m);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocMembership, bloc_membership_free)

static inline igraph_integer_t
bloc_membership_n_vertices (const BlocMembership *m)
{
    return igraph_vcount (&m->graph);
}

static inline igraph_integer_t
bloc_membership_degree (const BlocMembership *m, igraph_integer_t v)
{
    return m->nbr_start[v + 1] - m->nbr_start[v];
}

/* Checks that every entity of @group is of an actor kind, and gives in @out (a new GArray) those
 * that exist in the graph's year, sorted by id. Sets a BLOC_ERROR_USAGE error naming the first
 * entity that is not of an actor kind. */
gboolean bloc_membership_group (const BlocMembership *m, const GArray *group, GArray **out,
                                GError **error);

/* ---- Overlap: the bipartite projection ------------------------------------------------- */

typedef enum {
    BLOC_SIDE_ACTORS, /* countries × countries */
    BLOC_SIDE_OTHERS, /* organizations × organizations */
} BlocSide;

typedef enum {
    BLOC_OVERLAP_COUNT,    /* shared affiliations */
    BLOC_OVERLAP_WEIGHTED, /* sum over shared affiliations of the product of role weights */
    BLOC_OVERLAP_JACCARD,  /* shared / |A ∪ B| */
    BLOC_OVERLAP_OVERLAP,  /* shared / min(|A|, |B|) */
    BLOC_OVERLAP_COSINE,   /* shared / sqrt(|A| |B|) */
    BLOC_N_OVERLAP_MEASURES
} BlocOverlapMeasure;

const char *bloc_overlap_measure_to_string (BlocOverlapMeasure measure);
gboolean bloc_overlap_measure_parse (BlocOverlapMeasure *out, const char *text, GError **error);

/* The weighted one-mode projection of a membership graph on one side.
 *
 * Vertex i is the i-th vertex of that side in the membership graph (so sorted by id). Edges
 * join the pairs that share at least one affiliation. */
typedef struct {
    const BlocMembership *m;
    BlocSide side;
    igraph_t graph;
    igraph_vector_int_t entity; /* vertex -> entity index */
    igraph_vector_int_t shared; /* edge -> shared count (igraph's multiplicity) */
    igraph_vector_t values[BLOC_N_OVERLAP_MEASURES]; /* edge -> each measure */
    GPtrArray *via; /* edge -> GArray of shared entity indices sorted by id; NULL without details */
    gboolean initialised;
} BlocProjection;

/* Projects @m on @side with igraph_bipartite_projection and computes the overlap measures on
 * its edges. With @details, also computes the weighted measure and lists the shared entities of
 * every edge, which takes an intersection of neighbour lists per edge; without, the weighted
 * values are NaN and via is NULL. */
gboolean bloc_projection_new (BlocProjection **out, const BlocMembership *m, BlocSide side,
                              gboolean details, GError **error);
void bloc_projection_free (BlocProjection *p);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocProjection, bloc_projection_free)

/* The edges of @p as (a, b) pairs with a's id before b's, sorted by a then b. Returns edge ids;
 * caller frees with g_array_unref(). */
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

const char *bloc_centrality_to_string (BlocCentralityMeasure measure);
/* Parses "degree,closeness,..." into a set. */
gboolean bloc_centrality_set_parse (BlocCentralitySet *out, const char *text, GError **error);

typedef struct {
    igraph_vector_int_t entity;          /* row -> entity index, sorted by id */
    BlocCentralitySet measures;          /* which columns are filled */
    double *values[BLOC_N_CENTRALITIES]; /* row -> value; NaN where undefined */
} BlocCentrality;

/* Degree, closeness, harmonic and betweenness on the two-mode graph, each normalised by its
 * maximum for a vertex of that mode (Borgatti & Everett 1997). Closeness is NaN for a vertex
 * that reaches nothing. Measures not defined on two-mode graphs are left out. */
gboolean bloc_centrality_two_mode (BlocCentrality **out, const BlocMembership *m,
                                   BlocCentralitySet measures, GError **error);

/* Strength, closeness, harmonic, betweenness, eigenvector and PageRank on the projection,
 * weighted by @weight. Path-based measures take the distance of an edge as 1 / weight, because
 * co-membership weights are affinities. */
gboolean bloc_centrality_projection (BlocCentrality **out, const BlocProjection *p,
                                     BlocOverlapMeasure weight, BlocCentralitySet measures,
                                     GError **error);
void bloc_centrality_free (BlocCentrality *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCentrality, bloc_centrality_free)

/* ---- Participation gaps ---------------------------------------------------------------- */

typedef struct {
    guint entity;
    BlocRole role;
} BlocPresence;

typedef struct {
    guint entity;    /* the organization, agreement, ... */
    GArray *present; /* BlocPresence, sorted by id */
    GArray *absent;  /* guint entity indices, sorted by id */
    double coverage; /* present / group size */
} BlocGapEntity;

typedef struct {
    guint entity; /* the group member */
    GArray *gaps; /* guint: what it is absent from, by coverage (highest first), then id */
} BlocGapMember;

typedef struct {
    GArray *group;       /* guint entity indices of the group members that exist, sorted by id */
    GPtrArray *entities; /* BlocGapEntity *, sorted by id */
    GPtrArray *members;  /* BlocGapMember *, by gap count (most first), then id */
    GArray *one_short;   /* guint: entities that lack exactly one group member, sorted by id */
} BlocGaps;

/* For each entity on the other side in which at least @min_present members of @group take
 * part: who is present, with what role, who is absent, and the coverage. */
gboolean bloc_gaps_compute (BlocGaps **out, const BlocMembership *m, const GArray *group,
                            guint min_present, GError **error);
void bloc_gaps_free (BlocGaps *gaps);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocGaps, bloc_gaps_free)

/* ---- Nesting ----------------------------------------------------------------------------- */

typedef struct {
    GArray *equal; /* guint entity indices with the same member set, sorted by id; the first is the
                      class id */
    GArray *members; /* guint actor entity indices, sorted by id */
} BlocNestClass;

typedef struct {
    GPtrArray *classes; /* BlocNestClass *, sorted by class id */
    GArray *edges;      /* pairs of guint class indices: sub, super (the Hasse diagram) */
} BlocNesting;

/* Member-set inclusion between the entities on the other side with at least @min_members
 * members: equal sets merged into classes, and the covering relation (A ⊂ B with nothing in
 * between) as edges. */
gboolean bloc_nesting_compute (BlocNesting **out, const BlocMembership *m, guint min_members,
                               GError **error);
void bloc_nesting_free (BlocNesting *n);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocNesting, bloc_nesting_free)

/* The id of class @index of @n: the id of its first entity. */
const char *bloc_nesting_class_id (const BlocNesting *n, const BlocDataset *ds, guint index);

/* ---- Communities -------------------------------------------------------------------------- */

typedef enum {
    BLOC_COMMUNITY_LEIDEN,
    BLOC_COMMUNITY_MULTILEVEL,
} BlocCommunityMethod;

typedef struct {
    double modularity;
    GPtrArray *communities; /* GArray of guint entity indices, sorted by id; communities sorted by
                               their first id */
    igraph_vector_int_t membership; /* projection vertex -> index into communities */
} BlocCommunities;

#define BLOC_DEFAULT_SEED 20260101u

/* Finds blocs in the weighted projection @p: Leiden optimising modularity (degrees as node
 * weights, resolution 1/2m) or multilevel, with igraph's RNG seeded with @seed. */
gboolean bloc_communities_compute (BlocCommunities **out, const BlocProjection *p,
                                   BlocOverlapMeasure weight, BlocCommunityMethod method,
                                   guint seed, GError **error);
void bloc_communities_free (BlocCommunities *c);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocCommunities, bloc_communities_free)

/* ---- Timeline and diff --------------------------------------------------------------------- */

typedef enum {
    BLOC_CHANGE_JOIN,
    BLOC_CHANGE_EXIT,
    BLOC_CHANGE_GAP_OPENED,
    BLOC_CHANGE_GAP_CLOSED,
} BlocChangeKind;

const char *bloc_change_to_string (BlocChangeKind change);

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
 * the first year it is no longer active. An undated tie to a lasting organization has no join
 * (the organization's founding is not the member's); @n_undated (may be NULL) counts them.
 * Sorted by year, then from, to, role, with a year's exits before its joins. Returns a GArray
 * of BlocChange. */
GArray *bloc_timeline (const BlocDataset *ds, gint entity, BlocRoleSet roles, guint *n_undated);

/* The ties with a role in @scope that are active in @year_to but not in @year_from (joins) and
 * the reverse (exits), and, when @group is not NULL, the group's gaps (see bloc_gaps_compute)
 * that opened and closed between the two years. */
gboolean bloc_diff (GArray **out, const BlocDataset *ds, const BlocScope *scope, int year_from,
                    int year_to, const GArray *group, guint min_present, GError **error);

/* ==== What the figures draw ==================================================================
 *
 * The selections the views of src/render/ draw, so that no view recomputes an analysis: the
 * ties of a two-mode figure (bloc-membership-ties.c), an entity's neighbourhood (bloc-ego.c)
 * and the ranking of the gaps matrix (bloc-gaps-rank.c). */

/* The ties a two-mode figure of @m draws, one line per tie (where @m joins each pair once):
 * - every tie active in @m's year with a counted role between an actor vertex of @m (one of
 *   @group, when @group is not NULL) and a vertex on the other side;
 * - then every structural tie (a role outside BLOC_PARTICIPATION_ROLES, such as part_of or
 *   host) active in that year between two entities that the first ties reach.
 * @group holds entity indices; entities that are not actor vertices of @m are ignored.
 * Returns a GArray of guint tie indices in dataset order (transfer full). O(ties + entities). */
GArray *bloc_membership_ties (const BlocMembership *m, const GArray *group);

/* An entity's neighbourhood in the dataset's ties: opaque, freed with bloc_ego_free(). */
typedef struct _BlocEgo BlocEgo;

/* The entities within @depth steps of @focus (an entity index), by a breadth-first search in
 * igraph over the ties of @ds that are active in @scope's year, have a counted role of @scope or
 * a structural one (part_of, host), and join two entities of @scope's kinds (actors or others).
 * Returns FALSE with @error set (BLOC_ERROR_GRAPH) only when igraph fails. O(ties + entities). */
gboolean bloc_ego_compute (BlocEgo **out, const BlocDataset *ds, const BlocScope *scope,
                           guint focus, guint depth, GError **error);
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
 * positions in @gaps->entities (transfer full). O(n log n). */
GArray *bloc_gaps_rank (const BlocGaps *gaps);

G_END_DECLS
