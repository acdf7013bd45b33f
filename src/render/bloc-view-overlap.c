/* bloc-view-overlap.c: the projection: co-membership, width by weight, colour by community, size
 * by centrality; with a backbone, only the pairs it keeps. */
#include <math.h>

#include <string.h>

#include "bloc-output.h"
#include "bloc-render-private.h"

/* A line to draw: a projection edge, or with a backbone a pair it keeps, which may share nothing
 * (a negative tie, or any pair with alpha 1). */
typedef struct {
    igraph_integer_t va, vb; /* its projection vertices, va < vb */
    igraph_integer_t edge;   /* its projection edge, or -1 */
    double weight;           /* the edge's weight; 0 without an edge */
    guint pair;              /* with a backbone, its pair */
    int sign;                /* -1 for a negative tie, else +1 */
} Line;

/* The analyses the view draws, and what it derives from them. */
typedef struct {
    BlocMembership *m;
    BlocProjection *p;
    BlocCommunities *c;
    BlocCentrality *cent;
    BlocBackbone *bb;         /* with --backbone */
    const igraph_vector_t *w; /* edge -> the weight drawn */
    gboolean *keep;           /* vertex -> drawn */
    guint *colour_of;         /* community -> the colour index, or G_MAXUINT when not drawn */
    GArray *edges;            /* projection edges, sorted */
    GArray *lines;            /* Line: what is drawn, in the order of the edges */
    double wmax, smax;        /* the heaviest edge drawn, the largest node size */
} Overlap;

static void
overlap_clear (Overlap *v)
{
    g_clear_pointer (&v->lines, g_array_unref);
    g_clear_pointer (&v->bb, bloc_backbone_free);
    g_clear_pointer (&v->cent, bloc_centrality_free);
    g_clear_pointer (&v->c, bloc_communities_free);
    g_clear_pointer (&v->p, bloc_projection_free);
    g_clear_pointer (&v->m, bloc_membership_free);
    g_clear_pointer (&v->keep, g_free);
    g_clear_pointer (&v->colour_of, g_free);
    g_clear_pointer (&v->edges, g_array_unref);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Overlap, overlap_clear)

/* The lines at or above --min: every projection edge, or the pairs the backbone keeps. */
static void
collect_lines (Overlap *v, const BlocFigure *f)
{
    const BlocProjection *p = v->p;
    double min = f->o->min_weight;

    v->lines = g_array_new (FALSE, FALSE, sizeof (Line));
    if (v->bb == NULL) {
        for (guint i = 0; i < v->edges->len; i++) {
            guint e = g_array_index (v->edges, guint, i);
            Line line = { MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e)),
                          MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e)),
                          e,
                          VECTOR (*v->w)[e],
                          0,
                          1 };
            if (line.weight >= min)
                g_array_append_val (v->lines, line);
        }
        return;
    }
    igraph_integer_t n = igraph_vcount (&p->graph);
    g_autofree igraph_integer_t *vertex_of =
        g_new0 (igraph_integer_t, bloc_dataset_n_entities (f->ds) + 1);
    for (igraph_integer_t i = 0; i < n; i++)
        vertex_of[VECTOR (p->entity)[i]] = i;
    /* The pairs and the edges both come by (a, b) in id order, the vertices' order: walk the
     * edges along the pairs. */
    guint j = 0;
    for (guint i = 0; i < bloc_backbone_size (v->bb); i++) {
        guint a, b;
        bloc_backbone_pair (v->bb, i, &a, &b);
        Line line = { vertex_of[a], vertex_of[b], -1, 0, i, bloc_backbone_sign (v->bb, i) };
        for (; j < v->edges->len; j++) {
            guint e = g_array_index (v->edges, guint, j);
            igraph_integer_t x = MIN (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
            igraph_integer_t y = MAX (IGRAPH_FROM (&p->graph, e), IGRAPH_TO (&p->graph, e));
            if (x > line.va || (x == line.va && y >= line.vb)) {
                if (x == line.va && y == line.vb) {
                    line.edge = e;
                    line.weight = VECTOR (*v->w)[e];
                }
                break;
            }
        }
        if (line.weight >= min)
            g_array_append_val (v->lines, line);
    }
}

/* Refuses, before the communities and centralities that only a figure needs, more lines than
 * a figure can hold. */
static gboolean
check_readable (const Overlap *v, const BlocFigure *f, GError **error)
{
    guint n = bloc_projection_n_vertices (v->p), nodes = 0;
    g_autofree gboolean *seen = g_new0 (gboolean, n + 1);
    for (guint i = 0; i < v->lines->len; i++) {
        const Line *line = &g_array_index (v->lines, Line, i);
        nodes += !seen[line->va] + !seen[line->vb];
        seen[line->va] = seen[line->vb] = TRUE;
    }
    return !bloc_figure_unreadable (f, nodes, v->lines->len, error);
}

static gboolean
overlap_compute (Overlap *v, const BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    /* The shared entities are listed for the edges drawn only (draw_edges). */
    const BlocProjectionOptions lean = { .weighted = o->weight == BLOC_OVERLAP_WEIGHTED };
    if (!bloc_membership_new (&v->m, f->ds, &o->scope, error) ||
        !bloc_projection_check_size (v->m, o->between, 0, error) ||
        !bloc_projection_new_full (&v->p, v->m, o->between, &lean, error))
        return FALSE;
    if (o->backbone != NULL) {
        BlocBackboneOptions options = *o->backbone;
        options.side = o->between;
        if (!bloc_backbone_compute (&v->bb, v->m, &options, error))
            return FALSE;
    }
    const BlocProjection *p = v->p;
    v->w = &p->values[o->weight];
    v->edges = bloc_projection_sorted_edges (p);
    collect_lines (v, f);
    if (!check_readable (v, f, error) ||
        !bloc_communities_compute (&v->c, v->p, o->weight, BLOC_COMMUNITY_LEIDEN, BLOC_DEFAULT_SEED,
                                   error) ||
        !bloc_centrality_projection (&v->cent, v->p, o->weight, BLOC_CENTRALITY_BIT (o->size_by),
                                     error))
        return FALSE;

    const double *size = v->cent->values[o->size_by];
    igraph_integer_t n = igraph_vcount (&p->graph);
    for (guint i = 0; i < v->lines->len; i++) {
        const Line *line = &g_array_index (v->lines, Line, i);
        if (line->sign > 0)
            v->wmax = MAX (v->wmax, line->weight);
    }
    for (igraph_integer_t i = 0; i < n; i++)
        if (isfinite (size[i]))
            v->smax = MAX (v->smax, size[i]);

    /* Vertices with a line drawn, and group members. */
    v->keep = g_new0 (gboolean, n + 1);
    for (guint i = 0; i < v->lines->len; i++) {
        const Line *line = &g_array_index (v->lines, Line, i);
        v->keep[line->va] = v->keep[line->vb] = TRUE;
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

/* The colour of a negative tie: a warm colour against the grey of the others (Okabe-Ito's
 * vermillion), black in the mono theme; it is dashed in every theme. */
static const char *
negative_colour (BlocTheme theme)
{
    return theme == BLOC_THEME_MONO ? "#000000" : "#d55e00";
}

/* The tooltip of @line: the pair, what it shares, the measure; with a backbone, the test. */
static char *
line_title (const BlocFigure *f, const Overlap *v, const Line *line, guint a, guint b)
{
    const BlocRenderOptions *o = f->o;
    const BlocProjection *p = v->p;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_autofree char *shared = NULL;

    if (line->edge >= 0) {
        g_autoptr (GArray) entities = bloc_projection_shared_entities (p, (guint)line->edge);
        g_autofree char *via = bloc_figure_join_ids (f, entities, 10);
        /* TRANSLATORS: an overlap line's tooltip: the pair, how many they share and which, then
         * the measure and its value ("Kazakhstan and Kyrgyzstan: 9 shared (CIS, CSTO); jaccard
         * 0.8"). */
        const char *format = T_ (f, "%1$s and %2$s: %3$u shared (%4$s); %5$s %6$s");
        shared = g_strdup_printf (format, bloc_figure_text_of (f, a), bloc_figure_text_of (f, b),
                                  (guint)VECTOR (p->shared)[line->edge], via,
                                  bloc_figure_measure_word (f, o->weight),
                                  bloc_format_real (buf, line->weight));
    } else {
        /* TRANSLATORS: the tooltip of a backbone's line between two that share nothing. */
        shared = g_strdup_printf (T_ (f, "%1$s and %2$s: nothing shared"),
                                  bloc_figure_text_of (f, a), bloc_figure_text_of (f, b));
    }
    if (v->bb == NULL)
        return g_steal_pointer (&shared);
    char expected[G_ASCII_DTOSTR_BUF_SIZE], adjusted[G_ASCII_DTOSTR_BUF_SIZE];
    bloc_format_real (expected, bloc_backbone_expected (v->bb, line->pair));
    g_ascii_formatd (adjusted, sizeof adjusted, "%.3g",
                     bloc_backbone_p_adjusted (v->bb, line->pair));
    return g_strdup_printf (
        line->sign < 0
            /* TRANSLATORS: the end of a backbone line's tooltip: what it is, how many the null
             * model expects them to share, and the corrected p-value (p_adjusted is a name). */
            ? T_ (f, "%1$s; fewer than chance: %2$s expected, p_adjusted %3$s")
            /* TRANSLATORS: the same, for a pair that shares more than chance. */
            : T_ (f, "%1$s; more than chance: %2$s expected, p_adjusted %3$s"),
        shared, expected, adjusted);
}

/* Draws the lines; returns how many have each sign. */
static void
draw_edges (BlocFigure *f, const Overlap *v, guint *out_positive, guint *out_negative)
{
    const BlocDataset *ds = f->ds;
    const BlocRenderOptions *o = f->o;
    const BlocProjection *p = v->p;

    *out_positive = *out_negative = 0;
    for (guint i = 0; i < v->lines->len; i++) {
        const Line *line = &g_array_index (v->lines, Line, i);
        guint a = (guint)VECTOR (p->entity)[line->va], b = (guint)VECTOR (p->entity)[line->vb];
        const char *ida = bloc_dataset_entity (ds, a)->id, *idb = bloc_dataset_entity (ds, b)->id;
        g_autofree char *id = bloc_element_id ("e-", ida, idb, NULL);
        Agedge_t *edge = bloc_gv_must (agedge (f->g, bloc_figure_entity_node (f, a, NULL),
                                               bloc_figure_entity_node (f, b, NULL), id, 1));
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        bloc_gv_set (edge, "id", id);
        if (line->sign < 0) {
            /* Fewer shared than chance: dashed, of one width, laid out as the weakest. */
            bloc_gv_set (edge, "class", "overlap negative");
            bloc_gv_set (edge, "style", "dashed");
            bloc_gv_set (edge, "penwidth", "1.2");
            bloc_gv_set (edge, "len", "0.95");
            bloc_gv_set (edge, "color", negative_colour (o->theme));
            (*out_negative)++;
        } else {
            double rel = v->wmax > 0 ? line->weight / v->wmax : 0;
            bloc_gv_set (edge, "class", "overlap");
            bloc_gv_set (edge, "penwidth",
                         g_ascii_formatd (buf, sizeof buf, "%.2f", 0.6 + 5.0 * rel));
            bloc_gv_set (edge, "len",
                         g_ascii_formatd (buf, sizeof buf, "%.2f", 0.35 + 0.6 * (1 - rel)));
            bloc_gv_set (edge, "color", o->theme == BLOC_THEME_DEFAULT ? "#44444488" : "#00000088");
            (*out_positive)++;
        }
        bloc_figure_add_title (f, id, line_title (f, v, line, a, b));
    }
}

/* The backbone's test, as a legend row says it: method, level, correction (and fdsm's samples).
 * Caller frees. */
static char *
backbone_test (const BlocFigure *f, const BlocBackbone *bb)
{
    const BlocBackboneOptions *b = bloc_backbone_options (bb);
    char alpha[G_ASCII_DTOSTR_BUF_SIZE];
    const char *method = TC_ (f, "method", bloc_backbone_method_to_string (b->method));
    const char *correction = TC_ (f, "correction", bloc_correction_to_string (b->correction));

    g_ascii_formatd (alpha, sizeof alpha, "%g", b->alpha);
    g_autofree char *test =
        b->two_sided
            /* The words of bloc backbone's caption. */
            ? g_strdup_printf (T_ (f, "%1$s, p_adjusted <= %2$s, %3$s, two-sided"), method, alpha,
                               correction)
            : g_strdup_printf (T_ (f, "%1$s, p_adjusted <= %2$s, %3$s"), method, alpha, correction);
    if (b->method != BLOC_BACKBONE_FDSM)
        return g_steal_pointer (&test);
    g_autofree char *samples =
        g_strdup_printf (T_ (f, "%1$u samples, seed %2$u"), b->samples, b->seed);
    /* TRANSLATORS: the test of a backbone, then the samples of fdsm ("fdsm, p_adjusted <= 0.05,
     * holm; 1000 samples, seed 1"). */
    return g_strdup_printf (T_ (f, "%1$s; %2$s"), test, samples);
}

/* With a backbone, the legend's row that says its test. */
static void
add_backbone_row (BlocFigure *f, const Overlap *v)
{
    if (v->bb == NULL)
        return;
    g_autofree char *test = backbone_test (f, v->bb);
    /* TRANSLATORS: a legend row of the overlap figure: the backbone's test, which decides
     * the pairs drawn ("backbone: sdsm, p_adjusted <= 0.05, holm"). */
    g_autofree char *text = g_strdup_printf (T_ (f, "backbone: %s"), test);
    bloc_figure_legend_row (f, "white", "", text);
}

/* The legend lists what is drawn: the communities with a colour of their own, then the rest,
 * which share the last colour, in one row; line width only when lines of a positive tie are
 * drawn, the dashed line only when a negative one is. */
static void
add_legend (BlocFigure *f, const Overlap *v, guint shown, guint n_negative)
{
    const BlocRenderOptions *o = f->o;
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    guint shared = 0, first_shared = 0;

    for (guint k = 0; k < v->c->communities->len; k++) {
        GArray *members = g_ptr_array_index (v->c->communities, k);
        if (v->colour_of[k] == G_MAXUINT)
            continue;
        if (v->colour_of[k] >= 7) {
            if (shared++ == 0)
                first_shared = k;
            continue;
        }
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
    if (shared > 0) {
        /* The communities past the seventh share the last colour, and one legend row. */
        BlocColour colour = bloc_style_community_colour (o->theme, 7);
        GArray *members = g_ptr_array_index (v->c->communities, first_shared);
        BlocKind kind = bloc_dataset_entity (f->ds, g_array_index (members, guint, 0))->kind;
        BlocSwatch node = { BLOC_SWATCH_NODE, .shape = bloc_style_kind_shape (kind),
                            .style = bloc_style_kind_style (kind), .fill = colour.fill,
                            .line = colour.line };
        g_autofree char *text =
            shared == 1
                /* TRANSLATORS: a legend row of the overlap figure: one community in grey. */
                ? g_strdup_printf (T_ (f, "community %u"), first_shared + 1)
                /* TRANSLATORS: a legend row of the overlap figure: the communities in grey. */
                : g_strdup_printf (TN_ (f, "community %1$u and %2$u more",
                                        "community %1$u and %2$u more", shared - 1),
                                   first_shared + 1, shared - 1);
        bloc_figure_legend_swatch (f, &node, text);
    }
    if (shown > 0) {
        g_autofree char *width_text = g_strdup_printf (
            /* TRANSLATORS: a legend row of the overlap figure: what the width shows, and its
             * top. */
            T_ (f, "line width: %1$s (up to %2$s)"),
            o->weight == BLOC_OVERLAP_COUNT ? T_ (f, "shared memberships")
                                            : bloc_figure_measure_word (f, o->weight),
            o->weight == BLOC_OVERLAP_COUNT ? g_ascii_formatd (buf, sizeof buf, "%.0f", v->wmax)
                                            : bloc_format_real (buf, v->wmax));
        /* A line drawn as the widest is, tapering to the narrowest: the width is what varies. */
        BlocSwatch line = { BLOC_SWATCH_LINE, .style = "tapered",
                            .line = o->theme == BLOC_THEME_DEFAULT ? "#44444488" : "#00000088",
                            .penwidth = "5.6" };
        bloc_figure_legend_swatch (f, &line, width_text);
    }
    if (n_negative > 0) {
        BlocSwatch dashed = { BLOC_SWATCH_LINE, .style = "dashed",
                              .line = negative_colour (o->theme), .penwidth = "1.2" };
        /* TRANSLATORS: a legend row of the overlap figure with a signed backbone: what a dashed
         * line is. */
        bloc_figure_legend_swatch (f, &dashed, T_ (f, "dashed: shares fewer than chance"));
    }
    g_autofree char *size_text =
        /* TRANSLATORS: a legend row of the overlap figure: the centrality the size shows. */
        g_strdup_printf (T_ (f, "node size: %s centrality"), centrality_word (f, o->size_by));
    bloc_figure_legend_row (f, "white", "", size_text);
    add_backbone_row (f, v);
}

gboolean
bloc_view_overlap_draw (BlocFigure *f, GError **error)
{
    const BlocRenderOptions *o = f->o;
    g_auto (Overlap) v = { 0 };

    if (!overlap_compute (&v, f, error))
        return FALSE;
    draw_nodes (f, &v);
    guint shown, negative;
    draw_edges (f, &v, &shown, &negative);
    if (bloc_figure_too_large (f, error))
        return FALSE;
    add_legend (f, &v, shown, negative);

    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_autofree char *q = g_strdup (
        isnan (v.c->modularity) ? T_ (f, "undefined") : bloc_format_real (buf, v.c->modularity));
    g_autofree char *nodes = bloc_figure_count_of (f, o->between, (guint)f->n_nodes);
    if (v.bb != NULL) {
        g_autofree char *test = backbone_test (f, v.bb);
        g_autofree char *kept = g_strdup_printf (
            TN_ (f, "%u pair kept", "%u pairs kept", shown + negative), shown + negative);
        const char *format =
            /* TRANSLATORS: the overlap figure's description with a backbone: "Backbone of
             * co-membership of 12 countries (sdsm, p_adjusted <= 0.05, holm): 9 pairs kept; line
             * width is the count, colour the Leiden community (modularity 0.2), size the
             * degree." */
            T_ (f, "Backbone of co-membership of %1$s (%2$s): %3$s; line width is the %4$s, "
                   "colour the Leiden community (modularity %5$s), size the %6$s.");
        g_string_append_printf (f->desc, format, nodes, test, kept,
                                bloc_figure_measure_word (f, o->weight), q,
                                centrality_word (f, o->size_by));
        if (negative > 0) {
            g_string_append_c (f->desc, ' ');
            g_string_append_printf (
                f->desc,
                /* TRANSLATORS: the end of the overlap figure's description with a signed
                 * backbone: how many of the pairs drawn share fewer than chance. */
                TN_ (f, "Of these, %u pair shares fewer than chance: a dashed line.",
                     "Of these, %u pairs share fewer than chance: dashed lines.", negative),
                negative);
        }
        return TRUE;
    }
    g_autofree char *pairs =
        g_strdup_printf (TN_ (f, "%u pair shares", "%u pairs share", shown), shown);
    const char *format =
        /* TRANSLATORS: the overlap figure's description: "Co-membership of 12 countries: 30 pairs
         * share at least one affiliation; line width is the count, colour the Leiden community
         * (modularity 0.2), size the degree." */
        T_ (f, "Co-membership of %1$s: %2$s at least one affiliation; line width is the %3$s, "
               "colour the Leiden community (modularity %4$s), size the %5$s.");
    g_string_append_printf (f->desc, format, nodes, pairs, bloc_figure_measure_word (f, o->weight),
                            q, centrality_word (f, o->size_by));
    return TRUE;
}
