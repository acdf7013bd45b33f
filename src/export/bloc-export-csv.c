/* bloc-export-csv.c: the edge list and the incidence matrix, as RFC 4180 CSV (CRLF line ends, as
 * every CSV bloc writes). Text cells go through bloc_csv_append_safe(), as in every CSV bloc
 * writes: a name or source that a spreadsheet would run as a formula gets a leading apostrophe.
 * Ids never do, since the loader refuses an id that begins a formula, so they read back as they
 * are; numbers, kinds and roles are written with bloc_csv_append(). */
#include "bloc-export-private.h"

#include "bloc-output.h"

static void
append_entity_cells (GString *out, const BlocDataset *ds, const BlocEntity *e, const char *lang)
{
    bloc_csv_append_safe (out, e->id);
    g_string_append_c (out, ',');
    bloc_csv_append_safe (out, bloc_entity_label (ds, e, lang));
    g_string_append_c (out, ',');
    bloc_csv_append (out, bloc_kind_to_string (e->kind));
}

gboolean
bloc_export_write_ties_csv (GString *out, const BlocDataset *ds, const BlocExportOptions *o,
                            GError **error)
{
    g_autofree guint *rank = bloc_export_id_ranks (ds);
    g_autoptr (GArray) ties = bloc_export_select_ties (
        ds, &o->scope, o->graph == BLOC_EXPORT_TWO_MODE, o->all_years, rank);

    g_string_append (out,
                     "from,from_name,from_kind,to,to_name,to_kind,role,since,until,source\r\n");
    for (guint i = 0; i < ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, g_array_index (ties, guint, i));
        append_entity_cells (out, ds, bloc_dataset_entity (ds, t->from), o->lang);
        g_string_append_c (out, ',');
        append_entity_cells (out, ds, bloc_dataset_entity (ds, t->to), o->lang);
        g_string_append_c (out, ',');
        g_string_append (out, bloc_role_to_string (t->role));
        g_string_append_c (out, ',');
        /* The effective years: importing them again answers every --year the same. */
        if (t->first_year != 0)
            g_string_append_printf (out, "%d", t->first_year);
        g_string_append_c (out, ',');
        if (t->end_year != 0)
            g_string_append_printf (out, "%d", t->end_year);
        g_string_append_c (out, ',');
        bloc_csv_append_safe (out, t->source != NULL ? t->source : "");
        g_string_append (out, "\r\n");
    }
    return TRUE;
}

gboolean
bloc_export_write_edge_table (GString *out, const BlocExportModel *m, GError **error)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];
    g_string_append (out, "from,from_name,from_kind,to,to_name,to_kind");
    for (guint a = 0; a < m->edge_attrs->len; a++) {
        g_string_append_c (out, ',');
        bloc_csv_append_safe (out, g_array_index (m->edge_attrs, BlocExportAttr, a).name);
    }
    g_string_append (out, "\r\n");
    for (guint i = 0; i < m->edges->len; i++) {
        const BlocExportEdge *e = &g_array_index (m->edges, BlocExportEdge, i);
        const BlocExportNode *from = &g_array_index (m->nodes, BlocExportNode, e->source);
        const BlocExportNode *to = &g_array_index (m->nodes, BlocExportNode, e->target);
        const BlocEntity *ef = bloc_dataset_entity (m->ds, from->entity);
        const BlocEntity *et = bloc_dataset_entity (m->ds, to->entity);
        const char *cells[] = {
            from->id, from->label, bloc_kind_to_string (ef->kind),
            to->id,   to->label,   bloc_kind_to_string (et->kind),
        };
        for (guint c = 0; c < G_N_ELEMENTS (cells); c++) {
            if (c > 0)
                g_string_append_c (out, ',');
            bloc_csv_append_safe (out, cells[c]);
        }
        for (guint a = 0; a < m->edge_attrs->len; a++) {
            const BlocExportValue *v = bloc_export_edge_value (m, i, a);
            BlocExportType type = g_array_index (m->edge_attrs, BlocExportAttr, a).type;
            g_string_append_c (out, ',');
            if (!v->set)
                continue;
            if (type == BLOC_EXPORT_STRING)
                bloc_csv_append_safe (out, bloc_export_value_text (buf, v, type));
            else
                bloc_csv_append (out, bloc_export_value_text (buf, v, type));
        }
        g_string_append (out, "\r\n");
    }
    return TRUE;
}

gboolean
bloc_export_write_incidence (GString *out, const BlocExportModel *m, GError **error)
{
    guint n_actors = m->n_first_mode, n = m->nodes->len;
    int role = -1;

    for (guint a = 0; a < m->edge_attrs->len; a++)
        if (g_str_equal (g_array_index (m->edge_attrs, BlocExportAttr, a).name, "role"))
            role = (int)a;
    g_assert (m->graph == BLOC_EXPORT_TWO_MODE && !m->multigraph && role >= 0);

    g_string_append (out, "id");
    for (guint o = n_actors; o < n; o++) {
        g_string_append_c (out, ',');
        bloc_csv_append_safe (out, g_array_index (m->nodes, BlocExportNode, o).id);
    }
    g_string_append (out, "\r\n");
    /* The edges come sorted by actor, then other: one pass along them, row by row. */
    guint e = 0;
    for (guint a = 0; a < n_actors; a++) {
        bloc_csv_append_safe (out, g_array_index (m->nodes, BlocExportNode, a).id);
        for (guint o = n_actors; o < n; o++) {
            g_string_append_c (out, ',');
            if (e >= m->edges->len)
                continue;
            const BlocExportEdge *edge = &g_array_index (m->edges, BlocExportEdge, e);
            if (edge->source == a && edge->target == o) {
                g_string_append (out, bloc_export_edge_value (m, e, (guint)role)->s);
                e++;
            }
        }
        g_string_append (out, "\r\n");
    }
    g_assert (e == m->edges->len);
    return TRUE;
}
