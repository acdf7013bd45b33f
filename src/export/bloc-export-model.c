/* bloc-export-model.c: builds the graph to write from the dataset and the export options. */
#include "bloc-export-private.h"

#include <math.h>
#include <string.h>

/* The membership graph's edges have no public accessors (bloc-analyze.h gives its vertices):
 * the snapshot reads their ends, roles and weights from the inside. */
#include "bloc-analyze-private.h"
#include "bloc-output.h"

void
bloc_export_model_free (BlocExportModel *m)
{
    if (m == NULL)
        return;
    g_clear_pointer (&m->graph_attrs, g_array_unref);
    g_clear_pointer (&m->graph_values, g_array_unref);
    g_clear_pointer (&m->node_attrs, g_array_unref);
    g_clear_pointer (&m->edge_attrs, g_array_unref);
    g_clear_pointer (&m->nodes, g_array_unref);
    g_clear_pointer (&m->edges, g_array_unref);
    g_clear_pointer (&m->node_values, g_array_unref);
    g_clear_pointer (&m->edge_values, g_array_unref);
    g_clear_pointer (&m->spans, g_array_unref);
    if (m->strings != NULL)
        g_string_chunk_free (m->strings);
    g_free (m);
}

const char *
bloc_export_value_text (char buf[G_ASCII_DTOSTR_BUF_SIZE], const BlocExportValue *v,
                        BlocExportType type)
{
    switch (type) {
    case BLOC_EXPORT_INT:
        g_snprintf (buf, G_ASCII_DTOSTR_BUF_SIZE, "%" G_GINT64_FORMAT, v->i);
        return buf;
    case BLOC_EXPORT_DOUBLE:
        return bloc_format_real_exact (buf, v->d);
    case BLOC_EXPORT_STRING:
        break;
    }
    return v->s;
}

/* ---- Filling the model --------------------------------------------------------------------- */

static guint
add_attr (GArray *attrs, const char *name, BlocExportType type)
{
    BlocExportAttr a = { name, type };
    g_array_append_val (attrs, a);
    return attrs->len - 1;
}

static BlocExportValue *
value_slot (GArray *values, const GArray *attrs, guint element, guint attr)
{
    return &g_array_index (values, BlocExportValue, element * attrs->len + attr);
}

static void
set_string (GArray *values, const GArray *attrs, guint element, guint attr, const char *s)
{
    if (s == NULL || *s == '\0')
        return; /* empty text is a missing value */
    BlocExportValue *v = value_slot (values, attrs, element, attr);
    v->set = TRUE;
    v->s = s;
}

static void
set_int (GArray *values, const GArray *attrs, guint element, guint attr, gint64 i)
{
    BlocExportValue *v = value_slot (values, attrs, element, attr);
    v->set = TRUE;
    v->i = i;
}

static void
set_year (GArray *values, const GArray *attrs, guint element, guint attr, int year)
{
    if (year != 0)
        set_int (values, attrs, element, attr, year);
}

static void
set_double (GArray *values, const GArray *attrs, guint element, guint attr, double d)
{
    if (isnan (d))
        return;
    BlocExportValue *v = value_slot (values, attrs, element, attr);
    v->set = TRUE;
    v->d = d;
}

/* The node attributes, by index; -1 when not declared. */
typedef struct {
    int kind, bipartite, region, since, until;
    GArray *columns; /* pairs of guint: attribute index, entity column index */
} NodeAttrs;

/* Declares the node attributes: kind, bipartite, region (when the dataset has the column),
 * since and until (but in a dynamic model), a name@LANG per such column, and with @every_column
 * every other entity column. */
static void
declare_node_attrs (BlocExportModel *m, NodeAttrs *a, gboolean every_column)
{
    const BlocDataset *ds = m->ds;
    guint n_columns = bloc_dataset_n_entity_columns (ds);
    gboolean has_region = FALSE;
    static const char *const fixed[] = { "id", "kind", "name", "region", "since", "until", NULL };

    for (guint c = 0; c < n_columns; c++)
        has_region = has_region || g_str_equal (bloc_dataset_entity_column (ds, c), "region");

    a->kind = (int)add_attr (m->node_attrs, "kind", BLOC_EXPORT_STRING);
    a->bipartite = (int)add_attr (m->node_attrs, "bipartite", BLOC_EXPORT_INT);
    a->region = has_region ? (int)add_attr (m->node_attrs, "region", BLOC_EXPORT_STRING) : -1;
    a->since = m->dynamic ? -1 : (int)add_attr (m->node_attrs, "since", BLOC_EXPORT_INT);
    a->until = m->dynamic ? -1 : (int)add_attr (m->node_attrs, "until", BLOC_EXPORT_INT);
    a->columns = g_array_new (FALSE, FALSE, sizeof (guint));
    for (guint pass = 0; pass < 2; pass++) {
        for (guint c = 0; c < n_columns; c++) {
            const char *name = bloc_dataset_entity_column (ds, c);
            gboolean lang = g_str_has_prefix (name, "name@");
            if (pass == 0 ? !lang : (lang || !every_column || g_strv_contains (fixed, name)))
                continue;
            guint attr = add_attr (m->node_attrs, name, BLOC_EXPORT_STRING);
            g_array_append_val (a->columns, attr);
            g_array_append_val (a->columns, c);
        }
    }
}

static guint
add_node (BlocExportModel *m, const NodeAttrs *a, guint entity, gboolean actor, const char *lang)
{
    const BlocEntity *e = bloc_dataset_entity (m->ds, entity);
    BlocExportNode node = { e->id, bloc_entity_label (m->ds, e, lang), entity, actor,
                            bloc_export_entity_span (e) };
    guint index = m->nodes->len;

    g_array_append_val (m->nodes, node);
    g_array_set_size (m->node_values, m->nodes->len * m->node_attrs->len);
    set_string (m->node_values, m->node_attrs, index, (guint)a->kind,
                bloc_kind_to_string (e->kind));
    set_int (m->node_values, m->node_attrs, index, (guint)a->bipartite, actor ? 0 : 1);
    if (a->region >= 0)
        set_string (m->node_values, m->node_attrs, index, (guint)a->region,
                    bloc_entity_cell (m->ds, e, "region"));
    if (a->since >= 0) {
        set_year (m->node_values, m->node_attrs, index, (guint)a->since, node.span.start);
        set_year (m->node_values, m->node_attrs, index, (guint)a->until, node.span.end);
    }
    for (guint i = 0; i + 1 < a->columns->len; i += 2)
        set_string (m->node_values, m->node_attrs, index, g_array_index (a->columns, guint, i),
                    bloc_entity_cell_at (m->ds, e, g_array_index (a->columns, guint, i + 1)));
    return index;
}

static guint
add_edge (BlocExportModel *m, guint source, guint target)
{
    BlocExportEdge edge = { source, target, 0, 0 };
    g_array_append_val (m->edges, edge);
    g_array_set_size (m->edge_values, m->edges->len * m->edge_attrs->len);
    return m->edges->len - 1;
}

static void
add_span (BlocExportModel *m, guint edge, int start, int end)
{
    BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, edge);
    BlocExportSpan span = { start, end };
    if (e->n_spans == 0)
        e->first_span = m->spans->len;
    g_array_append_val (m->spans, span);
    e->n_spans++;
}

/* ---- The two-mode graph ------------------------------------------------------------------ */

typedef struct {
    guint role, weight, since, until, source;
} EdgeAttrs;

static void
declare_membership_edge_attrs (BlocExportModel *m, EdgeAttrs *a)
{
    a->role = add_attr (m->edge_attrs, "role", BLOC_EXPORT_STRING);
    a->weight = add_attr (m->edge_attrs, "weight", BLOC_EXPORT_DOUBLE);
    m->weight_attr = (int)a->weight;
    if (!m->dynamic) {
        a->since = add_attr (m->edge_attrs, "since", BLOC_EXPORT_INT);
        a->until = add_attr (m->edge_attrs, "until", BLOC_EXPORT_INT);
    }
    a->source = add_attr (m->edge_attrs, "source", BLOC_EXPORT_STRING);
}

static gboolean
segment_contains (const BlocExportSegment *s, int year)
{
    if (year == BLOC_YEAR_ALL)
        return s->end == 0;
    return (s->start == 0 || s->start <= year) && (s->end == 0 || year < s->end);
}

/* The membership graph of one year, with each edge's stretch of history for since, until and
 * source. */
static gboolean
build_two_mode_snapshot (BlocExportModel *m, const BlocExportOptions *o, const guint *rank,
                         GError **error)
{
    g_autoptr (BlocMembership) membership = NULL;
    g_autoptr (GArray) segments = NULL;
    NodeAttrs na;
    EdgeAttrs ea;

    if (!bloc_membership_new (&membership, m->ds, &o->scope, error))
        return FALSE;
    declare_node_attrs (m, &na, FALSE);
    declare_membership_edge_attrs (m, &ea);
    guint n = bloc_membership_n_vertices (membership);
    m->n_first_mode = bloc_membership_n_actors (membership);
    for (guint v = 0; v < n; v++)
        add_node (m, &na, bloc_membership_entity (membership, v), v < m->n_first_mode, o->lang);
    g_array_unref (na.columns);

    segments = bloc_export_segments (m->ds, &o->scope, rank, m->strings);
    guint s = 0;
    igraph_integer_t n_edges = igraph_ecount (&membership->graph);
    for (igraph_integer_t e = 0; e < n_edges; e++) {
        /* igraph may store an undirected edge either way round; actors have the lower ids. */
        igraph_integer_t va =
            MIN (IGRAPH_FROM (&membership->graph, e), IGRAPH_TO (&membership->graph, e));
        igraph_integer_t vo =
            MAX (IGRAPH_FROM (&membership->graph, e), IGRAPH_TO (&membership->graph, e));
        guint actor = bloc_membership_entity (membership, (guint)va);
        guint other = bloc_membership_entity (membership, (guint)vo);
        guint edge = add_edge (m, (guint)va, (guint)vo);
        BlocRole role = (BlocRole)VECTOR (membership->role)[e];

        set_string (m->edge_values, m->edge_attrs, edge, ea.role, bloc_role_to_string (role));
        set_double (m->edge_values, m->edge_attrs, edge, ea.weight,
                    bloc_dataset_role_weight (m->ds, role));
        /* Both lists are sorted by actor id, then other id: walk the segments along. */
        while (s < segments->len) {
            const BlocExportSegment *seg = &g_array_index (segments, BlocExportSegment, s);
            if (rank[seg->actor] > rank[actor] ||
                (seg->actor == actor && rank[seg->other] >= rank[other]))
                break;
            s++;
        }
        for (guint k = s; k < segments->len; k++) {
            const BlocExportSegment *seg = &g_array_index (segments, BlocExportSegment, k);
            if (seg->actor != actor || seg->other != other)
                break;
            if (seg->role == role && segment_contains (seg, o->scope.year)) {
                set_year (m->edge_values, m->edge_attrs, edge, ea.since, seg->start);
                set_year (m->edge_values, m->edge_attrs, edge, ea.until, seg->end);
                set_string (m->edge_values, m->edge_attrs, edge, ea.source, seg->source);
                break;
            }
        }
    }
    return TRUE;
}

/* Appends to the "; "-separated list @sources the items of @more it does not hold yet. */
static void
append_distinct_sources (GString *sources, const char *more)
{
    if (more == NULL)
        return;
    g_auto (GStrv) have = g_strsplit (sources->str, "; ", -1);
    g_auto (GStrv) items = g_strsplit (more, "; ", -1);
    for (guint i = 0; items[i] != NULL; i++) {
        if (g_strv_contains ((const char *const *)have, items[i]))
            continue;
        if (sources->len > 0)
            g_string_append (sources, "; ");
        g_string_append (sources, items[i]);
    }
}

/* Every entity of the scope's kinds, every year: one edge per stretch of history, or in a
 * dynamic model one edge per pair and role, with the stretches as its spans. */
static gboolean
build_two_mode_history (BlocExportModel *m, const BlocExportOptions *o, const guint *rank,
                        GError **error)
{
    const BlocDataset *ds = m->ds;
    g_autoptr (GArray) actors = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) segments = NULL;
    guint n_entities = bloc_dataset_n_entities (ds);
    g_autofree gint *node_of = g_new (gint, n_entities + 1);
    NodeAttrs na;
    EdgeAttrs ea;

    for (guint i = 0; i < n_entities; i++) {
        BlocKindSet bit = BLOC_KIND_BIT (bloc_dataset_entity (ds, i)->kind);
        node_of[i] = -1;
        if (o->scope.actors & bit)
            g_array_append_val (actors, i);
        else if (o->scope.others & bit)
            g_array_append_val (others, i);
    }
    bloc_dataset_sort_by_id (ds, actors);
    bloc_dataset_sort_by_id (ds, others);
    declare_node_attrs (m, &na, FALSE);
    declare_membership_edge_attrs (m, &ea);
    m->n_first_mode = actors->len;
    for (guint i = 0; i < actors->len; i++) {
        guint e = g_array_index (actors, guint, i);
        node_of[e] = (gint)add_node (m, &na, e, TRUE, o->lang);
    }
    for (guint i = 0; i < others->len; i++) {
        guint e = g_array_index (others, guint, i);
        node_of[e] = (gint)add_node (m, &na, e, FALSE, o->lang);
    }
    g_array_unref (na.columns);

    segments = bloc_export_segments (ds, &o->scope, rank, m->strings);
    for (guint i = 0; i < segments->len;) {
        const BlocExportSegment *first = &g_array_index (segments, BlocExportSegment, i);
        guint j = i + 1;
        while (j < segments->len &&
               g_array_index (segments, BlocExportSegment, j).actor == first->actor &&
               g_array_index (segments, BlocExportSegment, j).other == first->other)
            j++;
        guint va = (guint)node_of[first->actor], vo = (guint)node_of[first->other];
        if (!m->dynamic) {
            for (guint k = i; k < j; k++) {
                const BlocExportSegment *s = &g_array_index (segments, BlocExportSegment, k);
                guint edge = add_edge (m, va, vo);
                set_string (m->edge_values, m->edge_attrs, edge, ea.role,
                            bloc_role_to_string (s->role));
                set_double (m->edge_values, m->edge_attrs, edge, ea.weight,
                            bloc_dataset_role_weight (ds, s->role));
                set_year (m->edge_values, m->edge_attrs, edge, ea.since, s->start);
                set_year (m->edge_values, m->edge_attrs, edge, ea.until, s->end);
                set_string (m->edge_values, m->edge_attrs, edge, ea.source, s->source);
            }
        } else {
            /* One edge per role, in the order the roles first appear. */
            guint32 done = 0;
            for (guint k = i; k < j; k++) {
                BlocRole role = g_array_index (segments, BlocExportSegment, k).role;
                if (done & BLOC_ROLE_BIT (role))
                    continue;
                done |= BLOC_ROLE_BIT (role);
                guint edge = add_edge (m, va, vo);
                g_autoptr (GString) sources = g_string_new (NULL);
                set_string (m->edge_values, m->edge_attrs, edge, ea.role,
                            bloc_role_to_string (role));
                set_double (m->edge_values, m->edge_attrs, edge, ea.weight,
                            bloc_dataset_role_weight (ds, role));
                for (guint l = k; l < j; l++) {
                    const BlocExportSegment *s = &g_array_index (segments, BlocExportSegment, l);
                    if (s->role != role)
                        continue;
                    add_span (m, edge, s->start, s->end);
                    append_distinct_sources (sources, s->source);
                }
                if (sources->len > 0)
                    set_string (m->edge_values, m->edge_attrs, edge, ea.source,
                                g_string_chunk_insert_const (m->strings, sources->str));
            }
        }
        i = j;
    }
    return TRUE;
}

/* ---- Every tie ---------------------------------------------------------------------------- */

typedef struct {
    const BlocDataset *ds;
    const guint *rank;
} TieOrder;

static int
compare_ties (gconstpointer a, gconstpointer b, gpointer user_data)
{
    const TieOrder *o = user_data;
    guint x = *(const guint *)a, y = *(const guint *)b;
    const BlocTie *tx = bloc_dataset_tie (o->ds, x), *ty = bloc_dataset_tie (o->ds, y);
    if (tx->from != ty->from)
        return o->rank[tx->from] < o->rank[ty->from] ? -1 : 1;
    if (tx->to != ty->to)
        return o->rank[tx->to] < o->rank[ty->to] ? -1 : 1;
    if (tx->first_year != ty->first_year)
        return tx->first_year < ty->first_year ? -1 : 1;
    if (tx->role != ty->role)
        return tx->role < ty->role ? -1 : 1;
    return x < y ? -1 : x > y;
}

GArray *
bloc_export_select_ties (const BlocDataset *ds, const BlocScope *scope, gboolean two_mode,
                         gboolean all_years, const guint *rank)
{
    GArray *ties = g_array_new (FALSE, FALSE, sizeof (guint));

    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (!bloc_export_tie_ever_active (t))
            continue;
        if (!all_years && !bloc_tie_active (t, scope->year))
            continue;
        if (two_mode) {
            BlocKindSet from = BLOC_KIND_BIT (bloc_dataset_entity (ds, t->from)->kind);
            BlocKindSet to = BLOC_KIND_BIT (bloc_dataset_entity (ds, t->to)->kind);
            gboolean af = (scope->actors & from) != 0, at = (scope->actors & to) != 0;
            gboolean of = !af && (scope->others & from), ot = !at && (scope->others & to);
            if (!(scope->roles & BLOC_ROLE_BIT (t->role)) || !((af && ot) || (at && of)))
                continue;
        }
        g_array_append_val (ties, i);
    }
    TieOrder order = { ds, rank };
    g_array_sort_with_data (ties, compare_ties, &order);
    return ties;
}

static gboolean
build_ties (BlocExportModel *m, const BlocExportOptions *o, const guint *rank, GError **error)
{
    const BlocDataset *ds = m->ds;
    g_autoptr (GArray) entities = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autoptr (GArray) ties = NULL;
    g_autoptr (GArray) columns = g_array_new (FALSE, FALSE, sizeof (guint));
    guint n_entities = bloc_dataset_n_entities (ds);
    g_autofree gint *node_of = g_new (gint, n_entities + 1);
    static const char *const fixed[] = { "from", "to", "role", "since", "until", "source", NULL };
    NodeAttrs na;
    EdgeAttrs ea;
    guint since_date, until_date;

    for (guint i = 0; i < n_entities; i++) {
        node_of[i] = -1;
        if (o->all_years || bloc_entity_exists (bloc_dataset_entity (ds, i), o->scope.year))
            g_array_append_val (entities, i);
    }
    bloc_dataset_sort_by_id (ds, entities);
    declare_node_attrs (m, &na, TRUE);
    for (guint i = 0; i < entities->len; i++) {
        guint e = g_array_index (entities, guint, i);
        gboolean actor = (o->scope.actors & BLOC_KIND_BIT (bloc_dataset_entity (ds, e)->kind)) != 0;
        node_of[e] = (gint)add_node (m, &na, e, actor, o->lang);
    }
    g_array_unref (na.columns);

    declare_membership_edge_attrs (m, &ea);
    since_date = add_attr (m->edge_attrs, "since_date", BLOC_EXPORT_STRING);
    until_date = add_attr (m->edge_attrs, "until_date", BLOC_EXPORT_STRING);
    for (guint c = 0; c < bloc_dataset_n_tie_columns (ds); c++) {
        const char *name = bloc_dataset_tie_column (ds, c);
        if (g_strv_contains (fixed, name))
            continue;
        guint attr = add_attr (m->edge_attrs, name, BLOC_EXPORT_STRING);
        g_array_append_val (columns, attr);
        g_array_append_val (columns, c);
    }

    ties = bloc_export_select_ties (ds, &o->scope, FALSE, o->all_years, rank);
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        if (node_of[t->from] < 0 || node_of[t->to] < 0)
            continue; /* cannot happen: an active tie's entities exist */
        guint edge = add_edge (m, (guint)node_of[t->from], (guint)node_of[t->to]);
        char since[16] = "", until[16] = "";
        set_string (m->edge_values, m->edge_attrs, edge, ea.role, bloc_role_to_string (t->role));
        set_double (m->edge_values, m->edge_attrs, edge, ea.weight,
                    bloc_dataset_role_weight (ds, t->role));
        if (m->dynamic) {
            add_span (m, edge, t->first_year, t->end_year);
        } else {
            set_year (m->edge_values, m->edge_attrs, edge, ea.since, t->first_year);
            set_year (m->edge_values, m->edge_attrs, edge, ea.until, t->end_year);
        }
        if (t->since.year != 0)
            g_snprintf (since, sizeof since,
                        t->since.day     ? "%04d-%02d-%02d"
                        : t->since.month ? "%04d-%02d"
                                         : "%04d",
                        t->since.year, t->since.month, t->since.day);
        if (t->until.year != 0)
            g_snprintf (until, sizeof until,
                        t->until.day     ? "%04d-%02d-%02d"
                        : t->until.month ? "%04d-%02d"
                                         : "%04d",
                        t->until.year, t->until.month, t->until.day);
        set_string (m->edge_values, m->edge_attrs, edge, since_date,
                    since[0] ? g_string_chunk_insert_const (m->strings, since) : NULL);
        set_string (m->edge_values, m->edge_attrs, edge, until_date,
                    until[0] ? g_string_chunk_insert_const (m->strings, until) : NULL);
        set_string (m->edge_values, m->edge_attrs, edge, ea.source, t->source);
        for (guint k = 0; k + 1 < columns->len; k += 2)
            set_string (m->edge_values, m->edge_attrs, edge, g_array_index (columns, guint, k),
                        bloc_tie_cell_at (ds, t, g_array_index (columns, guint, k + 1)));
    }
    return TRUE;
}

/* ---- Projections ------------------------------------------------------------------------ */

static gboolean
build_projection (BlocExportModel *m, const BlocExportOptions *o, GError **error)
{
    g_autoptr (BlocMembership) membership = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (GArray) edges = NULL;
    BlocSide side = o->graph == BLOC_EXPORT_ACTORS ? BLOC_SIDE_ACTORS : BLOC_SIDE_OTHERS;
    NodeAttrs na;
    guint measure[BLOC_N_OVERLAP_MEASURES], via;

    if (!bloc_membership_new (&membership, m->ds, &o->scope, error) ||
        !bloc_projection_new (&p, membership, side, TRUE, error))
        return FALSE;
    declare_node_attrs (m, &na, FALSE);
    /* Node i is projection vertex i; node_of maps an entity back to it. */
    guint n_entities = bloc_dataset_n_entities (m->ds);
    g_autofree guint *node_of = g_new0 (guint, n_entities + 1);
    for (guint v = 0; v < bloc_projection_n_vertices (p); v++) {
        guint entity = bloc_projection_entity (p, v);
        node_of[entity] = add_node (m, &na, entity, side == BLOC_SIDE_ACTORS, o->lang);
    }
    g_array_unref (na.columns);

    /* The shared count is the weight: bloc overlap's "shared". */
    measure[BLOC_OVERLAP_COUNT] = add_attr (m->edge_attrs, "weight", BLOC_EXPORT_INT);
    m->weight_attr = (int)measure[BLOC_OVERLAP_COUNT];
    for (int k = BLOC_OVERLAP_WEIGHTED; k < BLOC_N_OVERLAP_MEASURES; k++)
        measure[k] =
            add_attr (m->edge_attrs, bloc_overlap_measure_to_string (k), BLOC_EXPORT_DOUBLE);
    via = add_attr (m->edge_attrs, "via", BLOC_EXPORT_STRING);

    edges = bloc_projection_sorted_edges (p);
    for (guint i = 0; i < edges->len; i++) {
        guint e = g_array_index (edges, guint, i);
        if (o->filter != NULL && !o->filter (p, e, o->filter_data))
            continue;
        /* The end with the smaller id first: the lower vertex, as vertices are sorted by id. */
        guint a, b;
        bloc_projection_edge (p, e, &a, &b);
        guint edge = add_edge (m, node_of[a], node_of[b]);
        set_int (m->edge_values, m->edge_attrs, edge, measure[BLOC_OVERLAP_COUNT],
                 bloc_projection_shared (p, e));
        for (int k = BLOC_OVERLAP_WEIGHTED; k < BLOC_N_OVERLAP_MEASURES; k++)
            set_double (m->edge_values, m->edge_attrs, edge, measure[k],
                        bloc_projection_value (p, e, (BlocOverlapMeasure)k));
        g_autofree char *ids = bloc_dataset_join_ids (m->ds, bloc_projection_via (p, e), ";", 0);
        set_string (m->edge_values, m->edge_attrs, edge, via,
                    g_string_chunk_insert_const (m->strings, ids));
    }
    return TRUE;
}

/* ---- The model ------------------------------------------------------------------------- */

static void
set_graph_attrs (BlocExportModel *m, const BlocExportOptions *o)
{
    const BlocDataset *ds = m->ds;
    guint title = add_attr (m->graph_attrs, "title", BLOC_EXPORT_STRING);
    guint year = add_attr (m->graph_attrs, "year", BLOC_EXPORT_INT);
    guint scenario = add_attr (m->graph_attrs, "scenario", BLOC_EXPORT_STRING);

    g_array_set_size (m->graph_values, m->graph_attrs->len);
    set_string (m->graph_values, m->graph_attrs, 0, title, bloc_dataset_title (ds));
    if (!o->all_years && o->scope.year != BLOC_YEAR_ALL)
        set_int (m->graph_values, m->graph_attrs, 0, year, o->scope.year);
    if (bloc_dataset_n_scenario_lines (ds) > 0) {
        g_autoptr (GString) text = g_string_new (NULL);
        for (guint i = 0; i < bloc_dataset_n_scenario_lines (ds); i++) {
            if (i > 0)
                g_string_append (text, "; ");
            g_string_append (text, bloc_dataset_scenario_line (ds, i));
        }
        set_string (m->graph_values, m->graph_attrs, 0, scenario,
                    g_string_chunk_insert_const (m->strings, text->str));
    }
}

static void
widen (int year, int *first, int *last)
{
    if (year == 0)
        return;
    if (*first == 0 || year < *first)
        *first = year;
    if (year > *last)
        *last = year;
}

/* The earliest and the latest year any since or until of the dataset names (0 when none). An
 * end year is named too: an open end written as the year after @last is later than any end
 * the data give, so it cannot be mistaken for one. */
static void
dataset_years (const BlocDataset *ds, int *first, int *last)
{
    *first = *last = 0;
    for (guint i = 0; i < bloc_dataset_n_entities (ds); i++) {
        const BlocEntity *e = bloc_dataset_entity (ds, i);
        BlocExportSpan span = bloc_export_entity_span (e);
        widen (span.start, first, last);
        widen (span.end, first, last);
    }
    for (guint i = 0; i < bloc_dataset_n_ties (ds); i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        widen (t->first_year, first, last);
        widen (t->end_year, first, last);
    }
}

gboolean
bloc_export_model_new (BlocExportModel **out, const BlocDataset *ds,
                       const BlocExportOptions *options, gboolean dynamic, GError **error)
{
    g_autoptr (BlocExportModel) m = g_new0 (BlocExportModel, 1);
    g_autofree guint *rank = bloc_export_id_ranks (ds);
    gboolean ok = FALSE;

    m->ds = ds;
    m->graph = options->graph;
    m->dynamic = dynamic;
    m->weight_attr = -1;
    m->graph_attrs = g_array_new (FALSE, TRUE, sizeof (BlocExportAttr));
    m->graph_values = g_array_new (FALSE, TRUE, sizeof (BlocExportValue));
    m->node_attrs = g_array_new (FALSE, TRUE, sizeof (BlocExportAttr));
    m->edge_attrs = g_array_new (FALSE, TRUE, sizeof (BlocExportAttr));
    m->nodes = g_array_new (FALSE, TRUE, sizeof (BlocExportNode));
    m->edges = g_array_new (FALSE, TRUE, sizeof (BlocExportEdge));
    m->node_values = g_array_new (FALSE, TRUE, sizeof (BlocExportValue));
    m->edge_values = g_array_new (FALSE, TRUE, sizeof (BlocExportValue));
    m->spans = g_array_new (FALSE, TRUE, sizeof (BlocExportSpan));
    m->strings = g_string_chunk_new (4096);
    dataset_years (ds, &m->first_year, &m->last_year);
    set_graph_attrs (m, options);

    switch (options->graph) {
    case BLOC_EXPORT_TWO_MODE:
        m->multigraph = options->all_years;
        ok = options->all_years ? build_two_mode_history (m, options, rank, error)
                                : build_two_mode_snapshot (m, options, rank, error);
        break;
    case BLOC_EXPORT_TIES:
        m->directed = TRUE;
        m->multigraph = TRUE;
        ok = build_ties (m, options, rank, error);
        break;
    case BLOC_EXPORT_ACTORS:
    case BLOC_EXPORT_OTHERS:
        ok = build_projection (m, options, error);
        break;
    case BLOC_N_EXPORT_GRAPHS:
        g_assert_not_reached ();
    }
    if (!ok)
        return FALSE;
    *out = g_steal_pointer (&m);
    return TRUE;
}
