/* test-faults.c: what the library does when igraph or Graphviz fails.
 *
 * This program is linked with --wrap for the igraph and Graphviz functions bloc calls
 * (tests/CMakeLists.txt): each call goes through __wrap_NAME below, which counts it and, at the
 * call chosen, fails it as the library would (igraph: an error status; Graphviz: -1). Every
 * analysis is then run once for each call it makes, failing that call: it must return FALSE or
 * NULL with a BLOC_ERROR_GRAPH or BLOC_ERROR_RENDER error that names the failure, and free what
 * it made (the sanitizer build reports any leak at exit). Then the same analysis, with no fault,
 * must succeed.
 *
 * Failed renames of the atomic writes are tested in tests/unit/test-output.c.
 */
#include <string.h>

#include <graphviz/gvc.h>
#include <igraph.h>

#include "bloc.h"

/* The call to fail, counted from 1 across the wrapped functions; 0 fails none. */
static guint fail_at;
static guint n_calls;
/* The function that was failed, or NULL. */
static const char *failed;
/* Graphviz: fail after doing the work (the layout is made, the data rendered) rather than
 * before. */
static gboolean fail_after;

/* While set, calls are neither counted nor failed: the set-up of an analysis. */
static gboolean paused;

static gboolean
inject (const char *name)
{
    if (paused)
        return FALSE;
    n_calls++;
    if (fail_at == 0 || n_calls != fail_at)
        return FALSE;
    failed = name;
    return TRUE;
}

/* WRAP (NAME, (PARAMETERS), (ARGUMENTS)): an igraph function that fails with IGRAPH_ENOMEM. */
#define WRAP(name, params, args)                                                                   \
    igraph_error_t __real_##name params;                                                           \
    igraph_error_t __wrap_##name params;                                                           \
    igraph_error_t __wrap_##name params                                                            \
    {                                                                                              \
        if (inject (#name))                                                                        \
            return IGRAPH_ENOMEM;                                                                  \
        return __real_##name args;                                                                 \
    }

WRAP (igraph_vector_init, (igraph_vector_t * v, igraph_integer_t size), (v, size))
WRAP (igraph_vector_int_init, (igraph_vector_int_t * v, igraph_integer_t size), (v, size))
WRAP (igraph_vector_bool_init, (igraph_vector_bool_t * v, igraph_integer_t size), (v, size))
WRAP (igraph_vector_int_init_copy, (igraph_vector_int_t * to, const igraph_vector_int_t *from),
      (to, from))
WRAP (igraph_vector_reserve, (igraph_vector_t * v, igraph_integer_t capacity), (v, capacity))
WRAP (igraph_vector_int_reserve, (igraph_vector_int_t * v, igraph_integer_t capacity),
      (v, capacity))
WRAP (igraph_vector_push_back, (igraph_vector_t * v, igraph_real_t e), (v, e))
WRAP (igraph_vector_int_push_back, (igraph_vector_int_t * v, igraph_integer_t e), (v, e))
WRAP (igraph_create,
      (igraph_t * graph, const igraph_vector_int_t *edges, igraph_integer_t n,
       igraph_bool_t directed),
      (graph, edges, n, directed))
WRAP (igraph_bipartite_projection,
      (const igraph_t *graph, const igraph_vector_bool_t *types, igraph_t *proj1, igraph_t *proj2,
       igraph_vector_int_t *multiplicity1, igraph_vector_int_t *multiplicity2,
       igraph_integer_t probe1),
      (graph, types, proj1, proj2, multiplicity1, multiplicity2, probe1))
WRAP (igraph_betweenness,
      (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids, igraph_bool_t directed,
       const igraph_vector_t *weights),
      (graph, res, vids, directed, weights))
WRAP (igraph_closeness,
      (const igraph_t *graph, igraph_vector_t *res, igraph_vector_int_t *reachable_count,
       igraph_bool_t *all_reachable, const igraph_vs_t vids, igraph_neimode_t mode,
       const igraph_vector_t *weights, igraph_bool_t normalized),
      (graph, res, reachable_count, all_reachable, vids, mode, weights, normalized))
WRAP (igraph_harmonic_centrality,
      (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids, igraph_neimode_t mode,
       const igraph_vector_t *weights, igraph_bool_t normalized),
      (graph, res, vids, mode, weights, normalized))
WRAP (igraph_strength,
      (const igraph_t *graph, igraph_vector_t *res, const igraph_vs_t vids, igraph_neimode_t mode,
       igraph_bool_t loops, const igraph_vector_t *weights),
      (graph, res, vids, mode, loops, weights))
WRAP (igraph_eigenvector_centrality,
      (const igraph_t *graph, igraph_vector_t *vector, igraph_real_t *value, igraph_bool_t directed,
       igraph_bool_t scale, const igraph_vector_t *weights, igraph_arpack_options_t *options),
      (graph, vector, value, directed, scale, weights, options))
WRAP (igraph_pagerank,
      (const igraph_t *graph, igraph_pagerank_algo_t algo, igraph_vector_t *vector,
       igraph_real_t *value, const igraph_vs_t vids, igraph_bool_t directed, igraph_real_t damping,
       const igraph_vector_t *weights, igraph_arpack_options_t *options),
      (graph, algo, vector, value, vids, directed, damping, weights, options))
WRAP (igraph_community_leiden,
      (const igraph_t *graph, const igraph_vector_t *edge_weights,
       const igraph_vector_t *node_weights, const igraph_real_t resolution_parameter,
       const igraph_real_t beta, const igraph_bool_t start, const igraph_integer_t n_iterations,
       igraph_vector_int_t *membership, igraph_integer_t *nb_clusters, igraph_real_t *quality),
      (graph, edge_weights, node_weights, resolution_parameter, beta, start, n_iterations,
       membership, nb_clusters, quality))
WRAP (igraph_community_multilevel,
      (const igraph_t *graph, const igraph_vector_t *weights, const igraph_real_t resolution,
       igraph_vector_int_t *membership, igraph_matrix_int_t *memberships,
       igraph_vector_t *modularity),
      (graph, weights, resolution, membership, memberships, modularity))
WRAP (igraph_modularity,
      (const igraph_t *graph, const igraph_vector_int_t *membership, const igraph_vector_t *weights,
       const igraph_real_t resolution, const igraph_bool_t directed, igraph_real_t *modularity),
      (graph, membership, weights, resolution, directed, modularity))
WRAP (igraph_connected_components,
      (const igraph_t *graph, igraph_vector_int_t *membership, igraph_vector_int_t *csize,
       igraph_integer_t *no, igraph_connectedness_t mode),
      (graph, membership, csize, no, mode))
WRAP (igraph_bfs_simple,
      (const igraph_t *graph, igraph_integer_t root, igraph_neimode_t mode,
       igraph_vector_int_t *order, igraph_vector_int_t *layers, igraph_vector_int_t *parents),
      (graph, root, mode, order, layers, parents))

/* Graphviz's layout and rendering fail with -1, before or after doing their work. */
int __real_gvLayout (GVC_t *gvc, graph_t *g, const char *engine);
int __wrap_gvLayout (GVC_t *gvc, graph_t *g, const char *engine);
int
__wrap_gvLayout (GVC_t *gvc, graph_t *g, const char *engine)
{
    if (!inject ("gvLayout"))
        return __real_gvLayout (gvc, g, engine);
    if (fail_after)
        __real_gvLayout (gvc, g, engine);
    return -1;
}

int __real_gvRenderData (GVC_t *gvc, graph_t *g, const char *format, char **result,
                         unsigned int *length);
int __wrap_gvRenderData (GVC_t *gvc, graph_t *g, const char *format, char **result,
                         unsigned int *length);
int
__wrap_gvRenderData (GVC_t *gvc, graph_t *g, const char *format, char **result,
                     unsigned int *length)
{
    if (!inject ("gvRenderData"))
        return __real_gvRenderData (gvc, g, format, result, length);
    if (fail_after)
        __real_gvRenderData (gvc, g, format, result, length);
    else
        *result = NULL;
    return -1;
}

/* ---- The analyses, as one call each ------------------------------------------------------- */

static BlocDataset *central;

/* The membership graph of the embedded dataset, made without faults. */
static BlocMembership *
membership (void)
{
    g_autoptr (GError) error = NULL;
    BlocMembership *m = NULL;
    BlocScope scope;
    bloc_scope_init (&scope);
    paused = TRUE;
    g_assert_true (bloc_membership_new (&m, central, &scope, &error));
    paused = FALSE;
    return m;
}

static gboolean
run_membership (GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    BlocScope scope;
    bloc_scope_init (&scope);
    return bloc_membership_new (&m, central, &scope, error);
}

static gboolean
run_centrality_two_mode (GError **error)
{
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocCentrality) c = NULL;
    BlocScope scope;
    bloc_scope_init (&scope);
    return bloc_membership_new (&m, central, &scope, error) &&
           bloc_centrality_two_mode (&c, m, (BlocCentralitySet)~0u, error);
}

static gboolean
run_centrality_projection (GError **error)
{
    g_autoptr (BlocMembership) m = membership ();
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCentrality) c = NULL;
    return bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, TRUE, error) &&
           bloc_centrality_projection (&c, p, BLOC_OVERLAP_JACCARD, (BlocCentralitySet)~0u, error);
}

static gboolean
run_communities (BlocCommunityMethod method, GError **error)
{
    g_autoptr (BlocMembership) m = membership ();
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    return bloc_projection_new (&p, m, BLOC_SIDE_ACTORS, FALSE, error) &&
           bloc_communities_compute (&c, p, BLOC_OVERLAP_COUNT, method, BLOC_DEFAULT_SEED, error);
}

static gboolean
run_leiden (GError **error)
{
    return run_communities (BLOC_COMMUNITY_LEIDEN, error);
}

static gboolean
run_multilevel (GError **error)
{
    return run_communities (BLOC_COMMUNITY_MULTILEVEL, error);
}

static gboolean
run_ego (GError **error)
{
    g_autoptr (BlocEgo) ego = NULL;
    guint uz;
    BlocScope scope;
    bloc_scope_init (&scope);
    g_assert_true (bloc_dataset_find (central, "UZ", &uz, NULL));
    return bloc_ego_compute (&ego, central, &scope, uz, 2, error);
}

/* bloc_render() of @view as @format. */
static gboolean
render (BlocView view, BlocImageFormat format, GError **error)
{
    BlocRenderOptions o;
    g_autoptr (GArray) group = NULL;
    g_autofree char *name = NULL;
    bloc_render_options_init (&o, view);
    g_assert_true (bloc_dataset_resolve_group (central, "central-asia", &group, &name, NULL));
    o.group = group;
    o.group_name = name;
    o.focus = "UZ";
    g_autoptr (GBytes) image = bloc_render (central, &o, format, error);
    return image != NULL;
}

/* ---- The tests ---------------------------------------------------------------------------- */

typedef gboolean (*Analysis) (GError **error);

/* Runs @analysis failing each wrapped call in turn; returns how many calls it made. */
static guint
fail_each_call (Analysis analysis, GQuark domain, int code)
{
    guint k;

    for (k = 1;; k++) {
        g_autoptr (GError) error = NULL;
        fail_at = k;
        n_calls = 0;
        failed = NULL;
        gboolean ok = analysis (&error);
        if (failed == NULL) {
            /* Fewer calls than k: nothing failed, and the analysis must have succeeded. */
            g_assert_no_error (error);
            g_assert_true (ok);
            break;
        }
        if (ok)
            g_error ("call %u (%s) failed, and the analysis succeeded", k, failed);
        g_assert_nonnull (error);
        if (!g_error_matches (error, domain, code))
            g_error ("call %u (%s) failed: %s (domain %s, code %d)", k, failed, error->message,
                     g_quark_to_string (error->domain), error->code);
    }
    fail_at = 0;
    return k - 1;
}

/* Every igraph call of every analysis can fail, and becomes a BLOC_ERROR_GRAPH error that says
 * what igraph said: "igraph: ... (in igraph_...)". */
static void
test_igraph (void)
{
    static const struct {
        const char *name;
        Analysis analysis;
    } analyses[] = {
        { "membership", run_membership },
        { "centrality, two-mode", run_centrality_two_mode },
        { "centrality, projection", run_centrality_projection },
        { "communities, leiden", run_leiden },
        { "communities, multilevel", run_multilevel },
        { "ego", run_ego },
    };
    guint total = 0;

    for (guint i = 0; i < G_N_ELEMENTS (analyses); i++) {
        guint n = fail_each_call (analyses[i].analysis, BLOC_ERROR, BLOC_ERROR_GRAPH);
        g_test_message ("%s: %u igraph calls failed in turn", analyses[i].name, n);
        g_assert_cmpuint (n, >, 0);
        total += n;
    }
    g_assert_cmpuint (total, >, 50);

    /* The message names igraph's error and the call. */
    g_autoptr (GError) error = NULL;
    fail_at = 1;
    n_calls = 0;
    g_assert_false (run_membership (&error));
    fail_at = 0;
    g_autofree char *expected = g_strdup_printf ("igraph: %s", igraph_strerror (IGRAPH_ENOMEM));
    g_assert_true (g_str_has_prefix (error->message, expected));
    g_assert_nonnull (strstr (error->message, "(in igraph_"));
}

static gboolean
render_gaps_svg (GError **error)
{
    return render (BLOC_VIEW_GAPS, BLOC_IMAGE_SVG, error);
}

static gboolean
render_ego_png (GError **error)
{
    return render (BLOC_VIEW_EGO, BLOC_IMAGE_PNG, error);
}

static gboolean
render_overlap_pdf (GError **error)
{
    return render (BLOC_VIEW_OVERLAP, BLOC_IMAGE_PDF, error);
}

/* A layout or a rendering that Graphviz fails, before or after doing its work, is a
 * BLOC_ERROR_RENDER error; an igraph call that fails while a view is built (the ego view's
 * breadth-first search, the overlap view's projection) a BLOC_ERROR_GRAPH error. */
static void
test_graphviz (void)
{
    static const Analysis renders[] = { render_gaps_svg, render_ego_png, render_overlap_pdf };

    for (guint i = 0; i < G_N_ELEMENTS (renders); i++) {
        for (int after = 0; after <= 1; after++) {
            g_autoptr (GError) error = NULL;
            fail_after = after;
            /* Find the layout's call: count the calls of a render that fails none. */
            fail_at = 0;
            n_calls = 0;
            g_assert_true (renders[i](&error));
            guint calls = n_calls;
            gboolean layout_failed = FALSE, render_failed = FALSE;
            for (guint k = 1; k <= calls; k++) {
                g_clear_error (&error);
                fail_at = k;
                n_calls = 0;
                failed = NULL;
                g_assert_false (renders[i](&error));
                g_assert_nonnull (failed);
                if (g_str_has_prefix (failed, "gv")) {
                    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_RENDER);
                    g_assert_true (g_str_has_prefix (error->message, "Graphviz could not "));
                    layout_failed |= strcmp (failed, "gvLayout") == 0;
                    render_failed |= strcmp (failed, "gvRenderData") == 0;
                } else
                    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_GRAPH);
            }
            g_assert_true (layout_failed);
            g_assert_true (render_failed);
        }
    }
    fail_at = 0;
    fail_after = FALSE;
}

int
main (int argc, char **argv)
{
    g_autoptr (GError) error = NULL;

    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_autofree char *dir =
        g_build_filename (BLOC_SOURCE_DIR, "graphs", "central-asia-security", NULL);
    central = bloc_load_dataset (dir, &error);
    g_assert_no_error (error);
    g_test_add_func ("/faults/igraph", test_igraph);
    g_test_add_func ("/faults/graphviz", test_graphviz);
    int status = g_test_run ();
    bloc_dataset_free (central);
    return status;
}
