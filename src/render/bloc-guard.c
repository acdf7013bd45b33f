/* bloc-guard.c: how long a figure would take to lay out, the fastest way to draw it that the view
 * allows, and, when even that is too slow or the figure too crowded to read, which options would
 * bring it within the limits on the data at hand.
 *
 * The cost model counts what drives each engine's time. Measured on the Correlates of War data
 * (docs/diagrams.md gives the figures), dot's time grows with the square of the lines, or, where
 * lines cross many ranks, with the square of the virtual nodes dot adds for them; circo's with
 * the square of the lines, steeply (its crossing reduction on the circle); neato's with
 * the square of the nodes; routing splines around nodes (splines=true, the default of every
 * engine but dot) with the lines times the square of the nodes, which is what made an overlap
 * figure of 144 nodes and 1,724 lines take minutes; sfdp and twopi about linearly. The
 * constants are rough and err on the slow side.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "bloc-output.h"
#include "bloc-render-private.h"

#define MAX_NODES BLOC_FIGURE_MAX_NODES
#define MAX_EDGES BLOC_FIGURE_MAX_LINES
/* A figure may take about this long to lay out; past it, it is drawn more simply or refused. */
#define BUDGET_SECONDS 5.0
/* Cairo's bitmaps, and so Graphviz's PNG, are at most this many pixels a side. */
#define MAX_BITMAP_SIDE 32767

/* How a graph is laid out. */
typedef struct {
    const char *engine;
    gboolean splines; /* routed around nodes (not for dot) */
    gboolean quick;   /* dot: one pass of crossing minimisation, one of network simplex */
} Plan;

/* The size of a figure as the cost model sees it. */
typedef struct {
    double nodes, edges;
    double virtual_nodes; /* dot: the ranks lines cross beyond their first */
} Size;

/* Seconds to lay out and write @size with @plan. */
static double
plan_seconds (const Plan *plan, const Size *size)
{
    double n = size->nodes, e = size->edges, v = size->virtual_nodes, t;
    if (strcmp (plan->engine, "dot") == 0)
        t = MAX ((plan->quick ? 6e-7 : 1.3e-6) * e * e,
                 (plan->quick ? 2e-8 : 5e-8) * (n + v) * (e + v)) +
            2e-4 * n;
    else if (strcmp (plan->engine, "neato") == 0)
        t = 1e-5 * n * n + 5e-5 * e;
    else if (strcmp (plan->engine, "fdp") == 0)
        t = 4e-5 * n * n + 1e-4 * e;
    else if (strcmp (plan->engine, "circo") == 0)
        t = 1.6e-4 * e * e + 1e-4 * n;
    else /* sfdp (multilevel) and twopi (radial) */
        t = 1e-4 * (n + e);
    if (plan->splines && strcmp (plan->engine, "dot") != 0)
        t += 3e-6 * e * n * n;
    return t + 5e-5 * (n + e) + 0.05;
}

/* Whether the user chose the engine (then bloc keeps it). */
static gboolean
engine_chosen (const BlocFigure *f)
{
    return f->o->engine != BLOC_LAYOUT_VIEW;
}

/* The configured plan of @f with @engine: splines as the graph says. */
static Plan
configured_plan (const BlocFigure *f, const char *engine)
{
    const char *splines = agget (f->g, "splines");
    Plan plan = { engine, FALSE, FALSE };
    plan.splines = strcmp (engine, "dot") != 0 && splines != NULL &&
                   (strcmp (splines, "true") == 0 || strcmp (splines, "spline") == 0);
    return plan;
}

/* The plans to try for @f, fastest last: as configured; then without routing (or, for dot, with
 * a quick crossing minimisation); then, when the view's own engine is neato or fdp and the user
 * did not choose one, sfdp. Returns how many. */
static guint
candidate_plans (const BlocFigure *f, const char *engine, Plan plans[3])
{
    guint n = 0;
    plans[n++] = configured_plan (f, engine);
    Plan simpler = plans[0];
    if (strcmp (engine, "dot") == 0)
        simpler.quick = TRUE;
    else
        simpler.splines = FALSE;
    if (simpler.quick != plans[0].quick || simpler.splines != plans[0].splines)
        plans[n++] = simpler;
    if (!engine_chosen (f) && (strcmp (engine, "neato") == 0 || strcmp (engine, "fdp") == 0))
        plans[n++] = (Plan){ "sfdp", FALSE, FALSE };
    return n;
}

/* The configured engine of @f. */
static const char *
figure_engine (const BlocFigure *f)
{
    return bloc_layout_to_string (engine_chosen (f) ? f->o->engine : f->view->engine);
}

/* The virtual nodes dot would add for the @m lines @tails[i] -> @heads[i] between @n vertices:
 * the ranks each crosses beyond its first, with ranks by the longest path from the sources (an
 * upper bound of dot's own ranking, which is why the model takes little per pair of them).
 * O(V + E). */
static double
layered_virtual (guint n, const guint *tails, const guint *heads, guint m)
{
    g_autofree guint *indegree = g_new0 (guint, n + 1);
    g_autofree guint *rank = g_new0 (guint, n + 1);
    g_autofree guint *start = g_new0 (guint, n + 2);
    g_autofree guint *out = g_new (guint, m + 1);
    g_autofree guint *queue = g_new (guint, n + 1);
    guint head = 0, tail = 0;
    for (guint i = 0; i < m; i++)
        if (tails[i] != heads[i]) {
            indegree[heads[i]]++;
            start[tails[i] + 1]++;
        }
    for (guint v = 0; v < n; v++)
        start[v + 1] += start[v];
    g_autofree guint *fill = g_memdup2 (start, sizeof (guint) * (n + 1));
    for (guint i = 0; i < m; i++)
        if (tails[i] != heads[i])
            out[fill[tails[i]]++] = heads[i];
    for (guint v = 0; v < n; v++)
        if (indegree[v] == 0)
            queue[tail++] = v;
    while (head < tail) {
        guint v = queue[head++];
        for (guint k = start[v]; k < start[v + 1]; k++) {
            guint w = out[k];
            rank[w] = MAX (rank[w], rank[v] + 1);
            if (--indegree[w] == 0)
                queue[tail++] = w;
        }
    }
    double extra = 0;
    for (guint i = 0; i < m; i++) {
        guint a = rank[tails[i]], b = rank[heads[i]];
        extra += (a > b ? a - b : b - a) > 1 ? (a > b ? a - b : b - a) - 1 : 0;
    }
    return extra;
}

/* The virtual nodes dot would add for @g's lines. */
static double
virtual_nodes (Agraph_t *g)
{
    guint n = (guint)agnnodes (g), m = (guint)agnedges (g), i = 0, k = 0;
    g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autofree guint *tails = g_new (guint, m + 1);
    g_autofree guint *heads = g_new (guint, m + 1);
    for (Agnode_t *v = agfstnode (g); v != NULL; v = agnxtnode (g, v))
        g_hash_table_insert (index, v, GUINT_TO_POINTER (i++));
    for (Agnode_t *v = agfstnode (g); v != NULL; v = agnxtnode (g, v))
        for (Agedge_t *e = agfstout (g, v); e != NULL; e = agnxtout (g, e), k++) {
            tails[k] = GPOINTER_TO_UINT (g_hash_table_lookup (index, agtail (e)));
            heads[k] = GPOINTER_TO_UINT (g_hash_table_lookup (index, aghead (e)));
        }
    return layered_virtual (n, tails, heads, k);
}

static Size
figure_size (const BlocFigure *f)
{
    Size size = { (double)agnnodes (f->g), (double)agnedges (f->g), 0 };
    if (strcmp (figure_engine (f), "dot") == 0)
        size.virtual_nodes = virtual_nodes (f->g);
    return size;
}

/* The fastest of @f's plans for @size, in @out; returns its seconds. */
static double
best_plan (const BlocFigure *f, const Size *size, Plan *out)
{
    Plan plans[3];
    guint n = candidate_plans (f, figure_engine (f), plans);
    double best = G_MAXDOUBLE;
    for (guint i = 0; i < n; i++) {
        double t = plan_seconds (&plans[i], size);
        if (t < best) {
            best = t;
            if (out != NULL)
                *out = plans[i];
        }
    }
    return best;
}

/* Whether a figure like @f but of @size could be drawn: readable, and laid out within the
 * budget the fastest way @f's view allows. */
static gboolean
fits (const BlocFigure *f, const Size *size)
{
    if (size->nodes > MAX_NODES || size->edges > MAX_EDGES)
        return FALSE;
    if (f->format == BLOC_IMAGE_GV)
        return TRUE; /* not laid out */
    return best_plan (f, size, NULL) <= BUDGET_SECONDS;
}

/* A figure like @now with @nodes and @edges, its virtual nodes growing with its lines: for the
 * hints that do not know where lines would run. */
static Size
scaled (const Size *now, double nodes, double edges)
{
    Size size = { nodes, edges, now->edges > 0 ? now->virtual_nodes * edges / now->edges : 0 };
    return size;
}

/* Whether the figure is laid out by dot, whose time depends on where the lines run. */
static gboolean
by_dot (const BlocFigure *f)
{
    return strcmp (figure_engine (f), "dot") == 0;
}

/* ---- Hints ---------------------------------------------------------------------------------- */

/* The hints of a refusal, each an option that brings the figure within the limits. */
typedef struct {
    const BlocFigure *f;
    Size now;         /* the figure as drawn */
    GPtrArray *hints; /* char * */
} Hints;

static void
hint (Hints *h, char *text)
{
    g_ptr_array_add (h->hints, text);
}

/* The largest n in [1, @max] for which @size_at gives a figure that fits, or 0. Sizes grow with
 * n, so this is a binary search. */
static guint
largest_top (Hints *h, guint max, Size (*size_at) (Hints *, gconstpointer, guint),
             gconstpointer data)
{
    guint lo = 0, hi = max;
    while (lo < hi) {
        guint mid = lo + (hi - lo + 1) / 2;
        Size size = size_at (h, data, mid);
        if (fits (h->f, &size))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

/* The size with --top n when the n best ranked are drawn (and @extra nodes besides, the focus
 * of an ego figure) with the lines between them: edges_below[n] counts the lines whose ends both
 * rank n or better (ranks from 1). */
typedef struct {
    guint *edges_below;
    guint extra;
} RankCounts;

static Size
rank_counts_size (Hints *h, gconstpointer data, guint n)
{
    const RankCounts *r = data;
    return scaled (&h->now, n + r->extra, r->edges_below[n]);
}

/* overlap: the projection as the view draws it, with --min and --top. */
typedef struct {
    double weight;
    guint a, b;       /* ranks of the two ends by memberships, from 1 */
    guint tail, head; /* the ends as projection vertices, drawn from tail (the lower id) */
} WeightedEdge;

static int
compare_heavier (const void *pa, const void *pb)
{
    const WeightedEdge *a = pa, *b = pb;
    return a->weight > b->weight ? -1 : a->weight < b->weight;
}

typedef struct {
    const WeightedEdge *edges; /* heaviest first */
    guint n_edges, n_vertices;
    const guint *group_end; /* for --min: group_end[i], the end of the i-th heaviest weight */
} OverlapProbe;

/* The size of the overlap figure of @probe's edges, or with @top > 0 of those whose ends both
 * rank @top or better. */
static Size
overlap_size (Hints *h, const OverlapProbe *probe, guint top)
{
    g_autofree gboolean *seen = g_new0 (gboolean, probe->n_vertices + 1);
    g_autofree guint *tails = g_new (guint, probe->n_edges + 1);
    g_autofree guint *heads = g_new (guint, probe->n_edges + 1);
    Size size = { 0, 0, 0 };
    guint m = 0;
    for (guint i = 0; i < probe->n_edges; i++) {
        const WeightedEdge *e = &probe->edges[i];
        if (top > 0 && MAX (e->a, e->b) > top)
            continue;
        size.nodes += !seen[e->tail] + !seen[e->head];
        seen[e->tail] = seen[e->head] = TRUE;
        tails[m] = e->tail;
        heads[m++] = e->head;
    }
    size.edges = m;
    if (top > 0)
        size.nodes = top; /* the view draws every actor kept, with lines or without */
    if (by_dot (h->f))
        size.virtual_nodes = layered_virtual (probe->n_vertices, tails, heads, m);
    return size;
}

static Size
overlap_top_size (Hints *h, gconstpointer data, guint top)
{
    return overlap_size (h, data, top);
}

/* --min: the lines of the @groups heaviest weights. */
static Size
overlap_min_size (Hints *h, gconstpointer data, guint groups)
{
    const OverlapProbe *probe = data;
    OverlapProbe prefix = *probe;
    prefix.n_edges = groups == 0 ? 0 : probe->group_end[groups - 1];
    return overlap_size (h, &prefix, 0);
}

static void
hints_overlap (Hints *h)
{
    const BlocFigure *f = h->f;
    const BlocRenderOptions *o = f->o;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    if (!bloc_membership_new (&m, f->ds, &o->scope, NULL) ||
        !bloc_projection_new (&p, m, o->between, o->weight == BLOC_OVERLAP_WEIGHTED, NULL))
        return;
    guint n = bloc_projection_n_vertices (p), n_edges = bloc_projection_n_edges (p);
    guint first = o->between == BLOC_SIDE_ACTORS ? 0 : bloc_membership_n_actors (m);
    /* Ranks by memberships (or members), from 1, as --top ranks them. */
    g_autoptr (GArray) ranked = bloc_membership_rank (m, o->between);
    g_autofree guint *rank = g_new0 (guint, n + 1);
    for (guint i = 0; i < ranked->len; i++)
        rank[(guint)bloc_membership_vertex (m, g_array_index (ranked, guint, i)) - first] = i + 1;
    g_autofree WeightedEdge *edges = g_new (WeightedEdge, n_edges + 1);
    guint kept = 0;
    for (guint e = 0; e < n_edges; e++) {
        double w = bloc_projection_value (p, e, o->weight);
        if (!(w >= o->min_weight))
            continue;
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        guint va = (guint)bloc_membership_vertex (m, a) - first;
        guint vb = (guint)bloc_membership_vertex (m, b) - first;
        edges[kept++] = (WeightedEdge){ w, rank[va], rank[vb], va, vb };
    }
    qsort (edges, kept, sizeof *edges, compare_heavier);
    g_autofree guint *group_end = g_new (guint, kept + 1);
    g_autofree double *group_weight = g_new (double, kept + 1);
    guint n_groups = 0;
    for (guint i = 0; i < kept; i++) {
        if (i + 1 == kept || edges[i + 1].weight != edges[i].weight) {
            group_weight[n_groups] = edges[i].weight;
            group_end[n_groups++] = i + 1;
        }
    }
    OverlapProbe probe = { edges, kept, n, group_end };

    /* --min: the smallest threshold at which the heavier lines fit. */
    guint groups = largest_top (h, n_groups, overlap_min_size, &probe);
    if (groups > 0 && group_weight[groups - 1] > o->min_weight)
        hint (h, g_strdup_printf ("--min %s (%u lines)",
                                  bloc_figure_format_at_least (buf, group_weight[groups - 1]),
                                  group_end[groups - 1]));
    /* --top: the most members or memberships. */
    guint best = largest_top (h, n, overlap_top_size, &probe);
    if (best >= 2 && (o->top == 0 || best < o->top))
        hint (h, g_strdup_printf ("--top %u", best));
    hint (h, g_strdup ("--view matrix, which draws every pair"));
}

/* membership: --top N actors and what they take part in. */
typedef struct {
    const BlocMembership *m;
    GArray *ranked; /* actor entities by memberships */
} MembershipTop;

static Size
membership_size (Hints *h, gconstpointer data, guint n)
{
    const MembershipTop *t = data;
    const BlocMembership *m = t->m;
    g_autoptr (GHashTable) others = g_hash_table_new (g_direct_hash, g_direct_equal);
    double edges = 0;
    for (guint i = 0; i < n && i < t->ranked->len; i++) {
        guint v = (guint)bloc_membership_vertex (m, g_array_index (t->ranked, guint, i));
        edges += bloc_membership_degree (m, v);
        for (igraph_integer_t k = m->nbr_start[v]; k < m->nbr_start[v + 1]; k++)
            g_hash_table_add (others, GINT_TO_POINTER ((gint)m->nbr[k] + 1));
    }
    return scaled (&h->now, MIN (n, t->ranked->len) + g_hash_table_size (others), edges);
}

static void
hints_membership (Hints *h)
{
    const BlocFigure *f = h->f;
    g_autoptr (BlocMembership) m = NULL;
    if (!bloc_membership_new (&m, f->ds, &f->o->scope, NULL))
        return;
    g_autoptr (GArray) ranked = bloc_membership_rank (m, BLOC_SIDE_ACTORS);
    MembershipTop t = { m, ranked };
    guint best = largest_top (h, ranked->len, membership_size, &t);
    if (best >= 1 && (f->o->top == 0 || best < f->o->top))
        hint (h, g_strdup_printf ("--top %u", best));
    hint (h, g_strdup ("--view incidence, which draws every membership"));
}

/* nesting: --top N organizations, or --min-members M. */
typedef struct {
    const BlocFigure *f;
    gboolean by_top; /* else by --min-members */
} NestingProbe;

static Size
nesting_size (Hints *h, gconstpointer data, guint n)
{
    const NestingProbe *probe = data;
    const BlocFigure *f = probe->f;
    BlocScope scope = f->o->scope;
    g_autoptr (BlocMembership) all = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GArray) top = NULL;
    g_autoptr (BlocNesting) nest = NULL;
    guint min_members = f->o->min_members;
    Size too_large = { G_MAXDOUBLE, G_MAXDOUBLE, 0 };

    if (!bloc_membership_new (&all, f->ds, &scope, NULL))
        return too_large;
    if (probe->by_top) {
        top = bloc_membership_top (all, BLOC_SIDE_OTHERS, n);
        scope.only_others = top;
        if (!bloc_membership_new (&m, f->ds, &scope, NULL))
            return too_large;
    } else {
        /* n counts down from the largest threshold: M = max + 1 - n. */
        min_members = bloc_membership_n_actors (all) + 1 - n;
    }
    if (!bloc_nesting_compute (&nest, m ? m : all, min_members, NULL))
        return too_large;
    /* The lines run from subset to superset, as the view draws them. */
    guint classes = bloc_nesting_n_classes (nest), lines = bloc_nesting_n_edges (nest);
    g_autofree guint *tails = g_new (guint, lines + 1);
    g_autofree guint *heads = g_new (guint, lines + 1);
    for (guint i = 0; i < lines; i++)
        bloc_nesting_edge (nest, i, &tails[i], &heads[i]);
    Size size = { classes, lines, 0 };
    if (by_dot (f))
        size.virtual_nodes = layered_virtual (classes, tails, heads, lines);
    return size;
}

static void
hints_nesting (Hints *h)
{
    const BlocFigure *f = h->f;
    g_autoptr (BlocMembership) m = NULL;
    if (!bloc_membership_new (&m, f->ds, &f->o->scope, NULL))
        return;
    guint n_others = bloc_membership_n_vertices (m) - bloc_membership_n_actors (m);
    NestingProbe by_top = { f, TRUE };
    /* Classes are at most the entities kept, and a figure holds at most MAX_NODES of them. */
    guint best = largest_top (h, MIN (n_others, 2 * MAX_NODES), nesting_size, &by_top);
    if (best >= 2 && (f->o->top == 0 || best < f->o->top))
        hint (h, g_strdup_printf ("--top %u", best));
    NestingProbe by_min = { f, FALSE };
    guint n_actors = bloc_membership_n_actors (m);
    guint steps = largest_top (h, n_actors, nesting_size, &by_min);
    if (steps >= 1 && n_actors + 1 - steps > f->o->min_members)
        hint (h, g_strdup_printf ("--min-members %u", n_actors + 1 - steps));
    hint (h, g_strdup ("--view upset --top 12, which shows how the largest overlap"));
}

/* ego: --depth 1, or --top N neighbours. */
static void
hints_ego (Hints *h)
{
    const BlocFigure *f = h->f;
    const BlocRenderOptions *o = f->o;
    const BlocDataset *ds = f->ds;
    guint focus;
    if (o->focus == NULL || !bloc_dataset_lookup (ds, o->focus, &focus))
        return;
    if (o->depth > 1) {
        g_autoptr (BlocEgo) near = NULL;
        if (bloc_ego_compute (&near, ds, &o->scope, focus, 1, NULL) &&
            fits (f, &(Size){ bloc_ego_n_entities (near), bloc_ego_ties (near)->len,
                              h->now.edges > 0
                                  ? h->now.virtual_nodes * bloc_ego_ties (near)->len / h->now.edges
                                  : 0 }))
            hint (h, g_strdup ("--depth 1"));
    }
    g_autoptr (BlocEgo) ego = NULL;
    if (!bloc_ego_compute (&ego, ds, &o->scope, focus, (guint)o->depth, NULL))
        return;
    /* Ranks by ties drawn, from 1, as --top ranks them (bloc_figure_scope). */
    guint n = bloc_dataset_n_entities (ds);
    g_autoptr (GArray) byties = bloc_figure_ego_rank (ds, ego, focus);
    g_autofree guint *rank = g_new0 (guint, n + 1);
    const GArray *drawn = bloc_ego_ties (ego);
    for (guint i = 0; i < byties->len; i++)
        rank[g_array_index (byties, guint, i)] = i + 1;
    RankCounts r = { g_new0 (guint, byties->len + 2), 1 };
    for (guint i = 0; i < drawn->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (drawn, guint, i));
        guint ra = t->from == focus ? 0 : rank[t->from], rb = t->to == focus ? 0 : rank[t->to];
        if (ra > 0 || t->from == focus)
            if (rb > 0 || t->to == focus)
                r.edges_below[MAX (ra, rb)]++;
    }
    for (guint k = 1; k <= byties->len; k++)
        r.edges_below[k] += r.edges_below[k - 1];
    guint best = largest_top (h, byties->len, rank_counts_size, &r);
    g_free (r.edges_below);
    if (best >= 1 && (o->top == 0 || best < o->top))
        hint (h, g_strdup_printf ("--top %u", best));
}

static int
compare_ints (gconstpointer a, gconstpointer b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* timeline: --from Y, counted on the graph's years. */
static void
hints_timeline (Hints *h)
{
    const BlocFigure *f = h->f;
    /* The nodes of each year: its node on the axis ("y-YEAR") and its boxes ("t-YEAR__..."),
     * whichever column and row the figure put them in. */
    g_autoptr (GHashTable) per_year = g_hash_table_new (g_direct_hash, g_direct_equal);
    for (Agnode_t *n = agfstnode (f->g); n != NULL; n = agnxtnode (f->g, n)) {
        int year;
        char tail[3] = "";
        const char *name = agnameof (n);
        if (sscanf (name, "y-%d", &year) != 1 &&
            (sscanf (name, "t-%d%2s", &year, tail) != 2 || strcmp (tail, "__") != 0))
            continue;
        gpointer key = GINT_TO_POINTER (year);
        g_hash_table_insert (
            per_year, key,
            GINT_TO_POINTER (GPOINTER_TO_INT (g_hash_table_lookup (per_year, key)) + 1));
    }
    g_autoptr (GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
    GHashTableIter iter;
    gpointer key;
    g_hash_table_iter_init (&iter, per_year);
    while (g_hash_table_iter_next (&iter, &key, NULL)) {
        int year = GPOINTER_TO_INT (key);
        g_array_append_val (years, year);
    }
    g_array_sort (years, compare_ints);
    g_autoptr (GArray) counts = g_array_sized_new (FALSE, FALSE, sizeof (int), years->len);
    for (guint i = 0; i < years->len; i++) {
        int nodes = GPOINTER_TO_INT (
            g_hash_table_lookup (per_year, GINT_TO_POINTER (g_array_index (years, int, i))));
        g_array_append_val (counts, nodes);
    }
    /* From the last year back, as long as the figure fits (each box has its line to the axis,
     * each year its line to the next). */
    double nodes = 0, edges = 0;
    int from = 0;
    for (guint i = years->len; i-- > 0;) {
        double n = g_array_index (counts, int, i);
        Size size = scaled (&h->now, nodes + n, edges + n);
        if (!fits (f, &size))
            break;
        nodes += n;
        edges += n;
        from = g_array_index (years, int, i);
    }
    if (from != 0 && from > f->o->from_year)
        hint (h, g_strdup_printf ("--from %d", from));
    hint (h, g_strdup ("--focus ID"));
}

/* Refuses a figure of @size with the hints of its view. */
static void
refuse (const BlocFigure *f, Size size, GError **error)
{
    Hints h = { f, size, g_ptr_array_new_with_free_func (g_free) };
    switch (f->o->view) {
    case BLOC_VIEW_OVERLAP:
        hints_overlap (&h);
        break;
    case BLOC_VIEW_MEMBERSHIP:
        hints_membership (&h);
        break;
    case BLOC_VIEW_NESTING:
        hints_nesting (&h);
        break;
    case BLOC_VIEW_EGO:
        hints_ego (&h);
        break;
    case BLOC_VIEW_TIMELINE:
        hints_timeline (&h);
        break;
    default:
        hint (&h, g_strdup (f->view->narrow));
        break;
    }
    g_autoptr (GString) list = g_string_new (NULL);
    for (guint i = 0; i < h.hints->len; i++)
        g_string_append_printf (list, "%s%s",
                                i == 0                  ? ""
                                : i + 1 == h.hints->len ? " or "
                                                        : ", ",
                                (char *)g_ptr_array_index (h.hints, i));
    g_ptr_array_unref (h.hints);

    Plan plan = { figure_engine (f), FALSE, FALSE };
    double seconds = best_plan (f, &size, &plan);
    const char *view = bloc_view_to_string (f->o->view);
    if (size.nodes > MAX_NODES || size.edges > MAX_EDGES)
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "the %s view would have %.0f nodes and %.0f lines, more than a readable "
                     "figure holds (expected at most %d and %d; try %s)",
                     view, size.nodes, size.edges, MAX_NODES, MAX_EDGES, list->str);
    else
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "the %s view of %.0f nodes and %.0f lines would take about %.0f s to lay out "
                     "with %s, even drawn the fastest way (expected at most %.0f s; try %s)",
                     view, size.nodes, size.edges, seconds, plan.engine, BUDGET_SECONDS, list->str);
}

gboolean
bloc_figure_too_large (const BlocFigure *f, GError **error)
{
    Size size = figure_size (f);
    if (fits (f, &size))
        return FALSE;
    refuse (f, size, error);
    return TRUE;
}

gboolean
bloc_figure_unreadable (const BlocFigure *f, guint nodes, guint edges, GError **error)
{
    if (nodes <= MAX_NODES && edges <= MAX_EDGES)
        return FALSE;
    refuse (f, (Size){ nodes, edges, 0 }, error);
    return TRUE;
}

/* ---- The plan ------------------------------------------------------------------------------- */

void
bloc_figure_plan_layout (BlocFigure *f, const char **engine)
{
    Size size = figure_size (f);
    Plan plans[3];
    guint n = candidate_plans (f, *engine, plans);
    guint chosen = 0;
    /* The first plan within the budget: the configured one whenever it is. */
    while (chosen + 1 < n && plan_seconds (&plans[chosen], &size) > BUDGET_SECONDS)
        chosen++;
    const Plan *plan = &plans[chosen];
    if (chosen == 0)
        return;
    double before = plan_seconds (&plans[0], &size);
    if (strcmp (plan->engine, *engine) != 0) {
        bloc_figure_note (
            f, g_strdup_printf ("laid out with %s rather than %s, with straight lines: "
                                "%s would take about %.0f s for %.0f nodes and %.0f "
                                "lines",
                                plan->engine, *engine, *engine, before, size.nodes, size.edges));
        *engine = plan->engine;
        bloc_gv_set (f->g, "splines", "false");
        return;
    }
    if (plan->quick) {
        bloc_gv_set (f->g, "mclimit", "0.1");
        bloc_gv_set (f->g, "nslimit", "1");
        bloc_gv_set (f->g, "nslimit1", "1");
        bloc_gv_set (f->g, "splines", "line");
        bloc_figure_note (f, g_strdup_printf ("laid out with one pass of crossing minimisation and "
                                              "straight lines: the full layout of %.0f nodes and "
                                              "%.0f lines would take about %.0f s",
                                              size.nodes, size.edges, before));
        return;
    }
    bloc_gv_set (f->g, "splines", "false");
    bloc_figure_note (f, g_strdup_printf ("drawn with straight lines, which may pass under nodes: "
                                          "routing %.0f lines around %.0f nodes would take about "
                                          "%.0f s",
                                          size.edges, size.nodes, before));
}

/* ---- Bitmaps -------------------------------------------------------------------------------- */

/* Pixels per inch of @f's PNG: the graph's dpi, or Graphviz's 96. */
static double
bitmap_dpi (const BlocFigure *f)
{
    const char *dpi = agget (f->g, "dpi");
    double value = dpi && *dpi ? g_ascii_strtod (dpi, NULL) : 0;
    return value > 0 ? value : 96;
}

void
bloc_figure_limit_bitmap (BlocFigure *f)
{
    /* Graphviz scales a drawing larger than size down to it (inches); it would otherwise scale
     * it itself to cairo's limit, with a message of its own on standard error. */
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    double inches = floor (MAX_BITMAP_SIDE / bitmap_dpi (f) * 10) / 10;
    g_autofree char *size =
        g_strdup_printf ("%s,%s", g_ascii_formatd (buf, sizeof buf, "%.1f", inches), buf);
    bloc_gv_set (f->g, "size", size);
}

void
bloc_figure_check_bitmap (BlocFigure *f, GBytes *png)
{
    gsize len;
    const guchar *data = g_bytes_get_data (png, &len);
    if (len < 24 || memcmp (data + 1, "PNG", 3) != 0)
        return;
    guint32 width =
        (guint32)data[16] << 24 | (guint32)data[17] << 16 | (guint32)data[18] << 8 | data[19];
    guint32 height =
        (guint32)data[20] << 24 | (guint32)data[21] << 16 | (guint32)data[22] << 8 | data[23];
    /* A side at the size limit: Graphviz scaled the drawing down to it. */
    guint32 limit = (guint32)(floor (MAX_BITMAP_SIDE / bitmap_dpi (f) * 10) / 10 * bitmap_dpi (f));
    if (MAX (width, height) + 2 >= limit)
        bloc_figure_note (f, g_strdup_printf ("the PNG was drawn smaller, %u by %u pixels, to stay "
                                              "within cairo's 32,767 pixels a side (SVG and PDF "
                                              "keep the full size)",
                                              width, height));
}
