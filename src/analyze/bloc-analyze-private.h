/* bloc-analyze-private.h: the insides of the analysis results, for the library only.
 *
 * Code outside the library reads results through the accessors of bloc-analyze.h. Inside, the
 * analyses and the renderer read these fields directly. igraph objects that a result owns are
 * destroyed by its _free only when its `ready` bits (or flag) say igraph initialised them.
 */
#pragma once

#include <igraph.h>

#include "bloc-analyze.h"
#include "bloc-igraph-private.h"
#include "bloc-model-private.h"

G_BEGIN_DECLS

struct BlocMembership {
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
    guint ready; /* which igraph members igraph initialised; bits of bloc-membership.c */
};

struct BlocProjection {
    const BlocMembership *m;
    BlocSide side;
    igraph_t graph;
    igraph_vector_int_t entity; /* vertex -> entity index */
    igraph_vector_int_t shared; /* edge -> shared count (igraph's multiplicity) */
    igraph_vector_t values[BLOC_N_OVERLAP_MEASURES]; /* edge -> each measure */
    GPtrArray *via; /* edge -> GArray of shared entity indices sorted by id; NULL without details */
    guint ready;    /* which igraph members igraph initialised; bits of bloc-overlap.c */
    gboolean weighted; /* values[BLOC_OVERLAP_WEIGHTED] holds numbers, not NaN */
};

/* A limit from environment variable @name when it holds a whole number >= 1, else @fallback. */
guint64 bloc_analyze_limit (const char *name, guint64 fallback);

/* Checks that a computation over @n_pairs pairs stays within @max_pairs (0 for
 * bloc_projection_max_pairs()). Returns FALSE with a BLOC_ERROR_LIMIT error in the words of
 * every pair limit: "@what N pairs, more than the limit of M (@which) (expected fewer pairs:
 * narrow the graph ...)". @what and @which are only read when the check fails. */
gboolean bloc_analyze_check_pairs (guint64 n_pairs, guint64 max_pairs, const char *what,
                                   const char *which, GError **error);

struct BlocCentrality {
    igraph_vector_int_t entity;          /* row -> entity index, sorted by id */
    gboolean entity_ready;               /* igraph initialised entity */
    BlocCentralitySet measures;          /* which columns are filled */
    double *values[BLOC_N_CENTRALITIES]; /* row -> value; NaN where undefined */
};

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

struct BlocGaps {
    GArray *group;       /* guint entity indices of the group members that exist, sorted by id */
    GPtrArray *entities; /* BlocGapEntity *, sorted by id */
    GPtrArray *members;  /* BlocGapMember *, by gap count (most first), then id */
    GArray *one_short;   /* guint: entities that lack exactly one group member, sorted by id */
};

typedef struct {
    GArray *equal; /* guint entity indices with the same member set, sorted by id; the first is the
                      class id */
    GArray *members; /* guint actor entity indices, sorted by id */
} BlocNestClass;

struct BlocNesting {
    GPtrArray *classes; /* BlocNestClass *, sorted by class id */
    GArray *edges;      /* pairs of guint class indices: sub, super (the Hasse diagram) */
};

struct BlocCommunities {
    double modularity;
    GPtrArray *communities; /* GArray of guint entity indices, sorted by id; communities sorted by
                               their first id */
    igraph_vector_int_t membership; /* projection vertex -> index into communities */
    gboolean membership_ready;      /* igraph initialised membership */
};

G_END_DECLS
