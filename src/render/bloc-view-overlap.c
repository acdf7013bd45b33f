/* bloc-view-overlap.c: the projection: co-membership, width by weight, colour by community, size
 * by centrality. */
#include <math.h>

#include <string.h>

#include "bloc-output.h"
#include "bloc-render-private.h"

/* The analyses the view draws, and what it derives from them. */
typedef struct {
    BlocMembership *m;
    BlocProjection *p;
    BlocCommunities *c;
    BlocCentrality *cent;
    const igraph_vector_t *w; /* edge -> the weight drawn */
    gboolean *keep;           /* vertex -> drawn */
    guint *colour_of;         /* community -> the colour index, or G_MAXUINT when not drawn */
    GArray *edges;            /* projection edges, sorted */
    double wmax, smax;        /* the heaviest edge drawn, the largest node size */
} Overlap;

static void
overlap_clear (Overlap *v)
{
    g_clear_pointer (&v->cent, bloc_centrality_free);
    g_clear_pointer (&v->c, bloc_communities_free);
    g_clear_pointer (&v->p, bloc_projection_free);
    g_clear_pointer (&v->m, bloc_membership_free);
    g_clear_pointer (&v->keep, g_free);
    g_clear_pointer (&v->colour_of, g_free);
    g_clear_pointer (&v->edges, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Overlap, overlap_clear)

static gboolean
overlap_compute (Overlap *v, const BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    /* The shared entities are listed for the edges drawn only (draw_edges). */
    const BlocProjectionOptions lean = { .weighted = o->weight == BLOC_OVERLAP_WEIGHTED };
    if (!bloc_membership_new (&v->m, f->ds, &o->scope, error) ||
        !bloc_projection_check_size (v->m, o->between, 0, error) ||
        !bloc_projection_new_full (&v->p, v->m, o->between, &lean, error) ||
        !bloc_communities_compute (&v->c, v->p, o->weight, BLOC_COMMUNITY_LEIDEN, BLOC_DEFAULT_SEED,
                                   error) ||
        !bloc_centrality_projection (&v->cent, v->p, o->weight, BLOC_CENTRALITY_BIT (o->size_by),
                                     error))
        return FALSE;

    const BlocProjection *p = v->p;
    const double *size = v->cent->values[o->size_by];
    igraph_integer_t n = igraph_vcount (&p->graph), n_edges = igraph_ecount (&p->graph);
    v->w = &p->values[o->weight];
    for (igraph_integer_t e = 0; e < n_edges; e++)
        if (VECTOR (*v->w)[e] >= o->min_weight)
            v->wmax = MAX (v->wmax, VECTOR (*v->w)[e]);
    for (igraph_integer_t i = 0; i < n; i++)
        if (isfinite (size[i]))
            v->smax = MAX (v->smax, size[i]);

    /* Vertices with an edge kept, and group members. */
    v->keep = g_new0 (gboolean, n + 1);
    v->edges = bloc_projection_sorted_edges (p);
    for (guint i = 0; i < v->edges->len; i++) {
        guint e = g_array_index (v->edges, guint, i);
        if (VECTOR (*v->w)[e] < o->min_weight)
            continue;
        v->keep[IGRAPH_FROM (&p->graph, e)] = v->keep[IGRAPH_TO (&p->graph, e)] = TRUE;
    }
    for (guint i = 0; o->group != NULL && i < o->group->len; i++)
        for (igraph_integer_t j = 0; j < n; j++)
            if ((guint)VECTOR (p->entity)[j] == g_array_index (o->group, guint, i))
                v->keep[j] = TRUE;

    /* Colours go to the communities drawn, in order, so that hidden ones (a state left out by
     * --min) do not use up the most distinct colours. */
    guint n_communities = v->c->communities->len;
    g_autofree gboolean *drawn = g_new0 (gboolean, n_communities + 1);
    v->colour_of = g_new0 (guint, n_communities + 1);
    for (igraph_integer_t i = 0; i < n; i++)
        if (v->keep[i])
            drawn[VECTOR (v->c->membership)[i]] = TRUE;
    for (guint k = 0, next = 0; k < n_communities; k++)
        v->colour_of[k] = drawn[k] ? next++ : G_MAXUINT;
    return TRUE;
}

/* The names of the measures, as figures write them. Indexed by BlocOverlapMeasure and
 * BlocCentralityMeasure. */
static const char *
measure_word (const BlocFigure *f, BlocOverlapMeasure m)
{
    static const char *const words[] = {
        NC_ ("measure", "count"),   NC_ ("measure", "weighted"), NC_ ("measure", "jaccard"),
        NC_ ("measure", "overlap"), NC_ ("measure", "cosine"),
    };
    return (guint)m < G_N_ELEMENTS (words) ? TC_ (f, "measure", words[m])
                                           : bloc_overlap_measure_to_string (m);
}

static const char *
centrality_word (const BlocFigure *f, BlocCentralityMeasure m)
{
    const char *name = bloc_centrality_to_string (m);
    static const char *const words[] = {
        NC_ ("centrality", "degree"),      NC_ ("centrality", "strength"),
        NC_ ("centrality", "closeness"),   NC_ ("centrality", "betweenness"),
        NC_ ("centrality", "eigenvector"), NC_ ("centrality", "pagerank"),
        NC_ ("centrality", "harmonic"),
    };
    for (guint i = 0; i < G_N_ELEMENTS (words); i++)
        if (strcmp (words[i], name) == 0)
            return TC_ (f, "centrality", words[i]);
    return name;
}

static void
draw_nodes (BlocFigure *f, const Overlap *v)
{
    const BlocRenderOptions *o = f->o;
    const double *size = v->cent->values[o->size_by];
    igraph_integer_t n = igraph_vcount (&v->p->graph);

    for (igraph_integer_t i = 0; i < n; i++) {
        if (!v->keep[i])
            continue;
        guint entity = (guint)VECTOR (v->p->entity)[i];
        guint community = (guint)VECTOR (v->c->membership)[i];
        g_autofree char *cls = g_strdup_printf ("community-%u", community + 1);
        Agnode_t *node = bloc_figure_entity_node (f, entity, cls);
        BlocColour colour = bloc_style_community_colour (o->theme, v->colour_of[community]);
        double s = v->smax > 0 && isfinite (size[i]) ? size[i] / v->smax : 0;
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        bloc_gv_set (node, "fillcolor", colour.fill);
        bloc_gv_set (node, "color", colour.line);
        bloc_gv_set (node, "width", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.4 + 0.5 * s));
        bloc_gv_set (node, "height", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.3 + 0.25 * s));
        bloc_gv_set (node, "fontsize", g_ascii_formatd (buf, sizeof buf, "%.1f", 9 + 3 * s));
        const char *id = agget (node, "id");
        char *old = g_hash_table_lookup (f->titles, id);
        /* TRANSLATORS: the end of an overlap node's tooltip: its community, then its centrality
         * ("degree 0.5"). */
        const char *format = T_ (f, "%1$s; community %2$u; %3$s %4$s");
        bloc_figure_add_title (f, id,
                               g_strdup_printf (format, old, community + 1,
                                                centrality_word (f, o->size_by),
                                                bloc_format_real (buf, size[i])));
    }
}

/* Draws the edges at or above --min; returns how many. */
static guint
draw_edges (BlocFigure *f, const Overlap *v)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    const BlocProjection *p = v->p;
    guint shown = 0;

    for (guint i = 0; i < v->edges->len; i++) {
        guint e = g_array_index (v->edges, guint, i);
        double weight = VECTOR (*v->w)[e];
        if (weight < o->min_weight)
            continue;
        igraph_integer_t va = MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
        igraph_integer_t vb = MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
        guint a = (guint)VECTOR (p->entity)[va], b = (guint)VECTOR (p->entity)[vb];
        const char *ida = bloc_dataset_entity (ds, a)->id, *idb = bloc_dataset_entity (ds, b)->id;
        g_autofree char *id = bloc_element_id ("e-", ida, idb, NULL);
        Agedge_t *edge = bloc_gv_must (agedge (f->g, bloc_figure_entity_node (f, a, NULL),
                                               bloc_figure_entity_node (f, b, NULL), id, 1));
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        double rel = v->wmax > 0 ? weight / v->wmax : 0;
        bloc_gv_set (edge, "id", id);
        bloc_gv_set (edge, "class", "overlap");
        bloc_gv_set (edge, "penwidth", g_ascii_formatd (buf, sizeof buf, "%.2f", 0.6 + 5.0 * rel));
        bloc_gv_set (edge, "len",
                     g_ascii_formatd (buf, sizeof buf, "%.2f", 0.35 + 0.6 * (1 - rel)));
        bloc_gv_set (edge, "color", o->theme == BLOC_THEME_DEFAULT ? "#44444488" : "#00000088");
        g_autoptr (GArray) shared = bloc_projection_shared_entities (p, e);
        g_autofree char *via = bloc_figure_join_ids (f, shared, 10);
        /* TRANSLATORS: an overlap line's tooltip: the pair, how many they share and which, then
         * the measure and its value ("Kazakhstan and Kyrgyzstan: 9 shared (CIS, CSTO); jaccard
         * 0.8"). */
        const char *format = T_ (f, "%1$s and %2$s: %3$u shared (%4$s); %5$s %6$s");
        bloc_figure_add_title (
            f, id,
            g_strdup_printf (format, bloc_figure_text_of (f, a), bloc_figure_text_of (f, b),
                             (guint)VECTOR (p->shared)[e], via, measure_word (f, o->weight),
                             bloc_format_real (buf, weight)));
        shown++;
    }
    return shown;
}

static void
add_legend (BlocFigure *f, const Overlap *v)
{
    const BlocRenderOptions *o = f->o;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    for (guint k = 0, listed = 0; k < v->c->communities->len && listed < 7; k++) {
        GArray *members = g_ptr_array_index (v->c->communities, k);
        if (v->colour_of[k] == G_MAXUINT)
            continue;
        listed++;
        g_autofree char *ids = bloc_figure_join_ids (f, members, 6);
        /* TRANSLATORS: a legend row of the overlap figure: a community and its members. */
        g_autofree char *text = g_strdup_printf (T_ (f, "community %1$u: %2$s"), k + 1, ids);
        /* Drawn as the community's nodes are: their kind's shape, the community's colours. */
        BlocColour colour = bloc_style_community_colour (o->theme, v->colour_of[k]);
        BlocKind kind = bloc_dataset_entity (f->ds, g_array_index (members, guint, 0))->kind;
        BlocSwatch node = { BLOC_SWATCH_NODE, .shape = bloc_style_kind_shape (kind),
                            .style = bloc_style_kind_style (kind), .fill = colour.fill,
                            .line = colour.line };
        bloc_figure_legend_swatch (f, &node, text);
    }
    g_autofree char *width_text = g_strdup_printf (
        /* TRANSLATORS: a legend row of the overlap figure: what the width shows, and its top. */
        T_ (f, "line width: %1$s (up to %2$s)"),
        o->weight == BLOC_OVERLAP_COUNT ? T_ (f, "shared memberships")
                                        : measure_word (f, o->weight),
        o->weight == BLOC_OVERLAP_COUNT ? g_ascii_formatd (buf, sizeof buf, "%.0f", v->wmax)
                                        : bloc_format_real (buf, v->wmax));
    /* A line drawn as the widest is, tapering to the narrowest: the width is what varies. */
    BlocSwatch line = { BLOC_SWATCH_LINE, .style = "tapered",
                        .line = o->theme == BLOC_THEME_DEFAULT ? "#44444488" : "#00000088",
                        .penwidth = "5.6" };
    bloc_figure_legend_swatch (f, &line, width_text);
    g_autofree char *size_text =
        /* TRANSLATORS: a legend row of the overlap figure: the centrality the size shows. */
        g_strdup_printf (T_ (f, "node size: %s centrality"), centrality_word (f, o->size_by));
    bloc_figure_legend_row (f, "white", "", size_text);
}

gboolean
bloc_view_overlap_draw (BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    g_auto (Overlap) v = { 0 };

    if (!overlap_compute (&v, f, error))
        return FALSE;
    draw_nodes (f, &v);
    guint shown = draw_edges (f, &v);
    if (bloc_figure_too_large (f, error))
        return FALSE;
    add_legend (f, &v);

    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_autofree char *q = g_strdup (
        isnan (v.c->modularity) ? T_ (f, "undefined") : bloc_format_real (buf, v.c->modularity));
    g_autofree char *nodes =
        o->between == BLOC_SIDE_ACTORS
            ? g_strdup_printf (TN_ (f, "%u country", "%u countries", (gulong)f->n_nodes),
                               (guint)f->n_nodes)
            : g_strdup_printf (TN_ (f, "%u organization", "%u organizations", (gulong)f->n_nodes),
                               (guint)f->n_nodes);
    g_autofree char *pairs =
        g_strdup_printf (TN_ (f, "%u pair shares", "%u pairs share", shown), shown);
    const char *format =
        /* TRANSLATORS: the overlap figure's description: "Co-membership of 12 countries: 30 pairs
         * share at least one affiliation; line width is the count, colour the Leiden community
         * (modularity 0.2), size the degree." */
        T_ (f, "Co-membership of %1$s: %2$s at least one affiliation; line width is the %3$s, "
               "colour the Leiden community (modularity %4$s), size the %5$s.");
    g_string_append_printf (f->desc, format, nodes, pairs, measure_word (f, o->weight), q,
                            centrality_word (f, o->size_by));
    return TRUE;
}
