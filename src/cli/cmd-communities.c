/* cmd-communities.c: bloc communities — blocs found by community detection. */
#include <math.h>
#include <string.h>

#include "bloc-stats.h"
#include "cli.h"

/* Random starts of BRIM for each number of communities. */
#define BARBER_STARTS 20

/* --method barber: communities of both modes by bipartite modularity, in the same shapes as the
 * projection methods' output. */
static gboolean
communities_barber (const BlocCliCommon *common, const BlocDataset *ds, const BlocMembership *m,
                    guint seed, GError **error)
{
    g_autoptr (BlocBarber) barber = NULL;
    g_autoptr (GString) out = g_string_new (NULL);

    if (!bloc_barber_compute (&barber, m, seed, BARBER_STARTS, error))
        return FALSE;
    double q = bloc_barber_modularity (barber);
    guint n = bloc_barber_n_communities (barber);
    if (common->format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "modularity");
        if (isnan (q))
            json_builder_add_null_value (b);
        else
            json_builder_add_double_value (b, bloc_round_real (q));
        json_builder_set_member_name (b, "communities");
        json_builder_begin_array (b);
        for (guint i = 0; i < n; i++) {
            json_builder_begin_object (b);
            json_builder_set_member_name (b, "id");
            json_builder_add_int_value (b, i + 1);
            json_builder_set_member_name (b, "members");
            bloc_cli_json_ids (b, ds, bloc_barber_community (barber, i));
            json_builder_end_object (b);
        }
        json_builder_end_array (b);
        json_builder_end_object (b);
        g_autoptr (JsonNode) root = json_builder_get_root (b);
        bloc_json_append (out, root);
    } else {
        g_autoptr (BlocTable) table =
            bloc_table_new ((const char *[]){ "community", "size", "members", NULL });
        for (guint i = 0; i < n; i++) {
            const GArray *members = bloc_barber_community (barber, i);
            bloc_table_add_row (table);
            bloc_table_add_int (table, i + 1);
            bloc_table_add_int (table, members->len);
            bloc_cli_table_add_ids (table, ds, members);
        }
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        const char *text = isnan (q) ? "undefined (no edges)" : bloc_format_real (buf, q);
        if (!common->quiet && common->format == BLOC_FORMAT_TABLE)
            g_string_append_printf (out, "barber, both modes, bipartite modularity %s\n\n", text);
        else if (!common->quiet && common->format == BLOC_FORMAT_MARKDOWN)
            g_string_append_printf (out, "Bipartite modularity: %s (Barber, both modes)\n\n", text);
        bloc_cli_scenario_note (common, ds, out);
        bloc_table_format (table, common->format, out);
    }
    return bloc_cli_emit (common, out, error);
}

gboolean
cmd_communities (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    BlocCliScope scope_options = { 0 };
    g_autofree char *between = NULL;
    g_autofree char *method_text = NULL;
    g_autofree char *weight_text = NULL;
    int seed = (int)BLOC_DEFAULT_SEED;
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &between,
          "Communities of countries (default) or of organizations", "countries|organizations" },
        { "method", 0, 0, G_OPTION_ARG_STRING, &method_text,
          "leiden (default), multilevel, or barber (both modes, bipartite modularity)", "METHOD" },
        { "weight", 'w', 0, G_OPTION_ARG_STRING, &weight_text,
          "Edge weight: count (default), weighted, jaccard, overlap, cosine", "MEASURE" },
        { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random number generator", "N" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("communities", NULL, entries, &common);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocProjection) p = NULL;
    g_autoptr (BlocCommunities) c = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    BlocOverlapMeasure weight = BLOC_OVERLAP_COUNT;
    BlocCommunityMethod method = BLOC_COMMUNITY_LEIDEN;
    gboolean barber = FALSE;
    BlocSide side;
    BlocScope scope;
    gboolean ok = FALSE;

    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 0, error) ||
        !bloc_cli_side_parse (&side, between, error) ||
        (weight_text && !bloc_overlap_measure_parse (&weight, weight_text, error)) ||
        !bloc_cli_scope_resolve (&scope_options, &common, &scope, error))
        goto out;
    if (method_text != NULL && strcmp (method_text, "multilevel") == 0) {
        method = BLOC_COMMUNITY_MULTILEVEL;
    } else if (method_text != NULL && strcmp (method_text, "barber") == 0) {
        barber = TRUE;
    } else if (method_text != NULL && strcmp (method_text, "leiden") != 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "unknown method '%s' (expected leiden, multilevel or barber)", method_text);
        goto out;
    }
    if (barber && (between != NULL || weight_text != NULL)) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "--%s does not apply to --method barber (expected no --between or --weight: "
                     "it groups both modes, by unweighted ties)",
                     between != NULL ? "between" : "weight");
        goto out;
    }
    if ((ds = bloc_cli_load (&common, error)) == NULL ||
        !bloc_membership_new (&m, ds, &scope, error))
        goto out;
    if (barber) {
        ok = communities_barber (&common, ds, m, (guint)seed, error);
        goto out;
    }
    if (!bloc_projection_new (&p, m, side, weight == BLOC_OVERLAP_WEIGHTED, error) ||
        !bloc_communities_compute (&c, p, weight, method, (guint)seed, error))
        goto out;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonBuilder) b = json_builder_new ();
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "modularity");
        if (isnan (c->modularity))
            json_builder_add_null_value (b);
        else
            json_builder_add_double_value (b, bloc_round_real (c->modularity));
        json_builder_set_member_name (b, "communities");
        json_builder_begin_array (b);
        for (guint i = 0; i < c->communities->len; i++) {
            json_builder_begin_object (b);
            json_builder_set_member_name (b, "id");
            json_builder_add_int_value (b, i + 1);
            json_builder_set_member_name (b, "members");
            bloc_cli_json_ids (b, ds, g_ptr_array_index (c->communities, i));
            json_builder_end_object (b);
        }
        json_builder_end_array (b);
        json_builder_end_object (b);
        g_autoptr (JsonNode) root = json_builder_get_root (b);
        bloc_json_append (out, root);
    } else {
        g_autoptr (BlocTable) table =
            bloc_table_new ((const char *[]){ "community", "size", "members", NULL });
        for (guint i = 0; i < c->communities->len; i++) {
            GArray *members = g_ptr_array_index (c->communities, i);
            bloc_table_add_row (table);
            bloc_table_add_int (table, i + 1);
            bloc_table_add_int (table, members->len);
            bloc_cli_table_add_ids (table, ds, members);
        }
        char buf[G_ASCII_DTOSTR_BUF_SIZE];
        const char *q =
            isnan (c->modularity) ? "undefined (no edges)" : bloc_format_real (buf, c->modularity);
        if (!common.quiet && common.format == BLOC_FORMAT_TABLE)
            g_string_append_printf (out, "%s, %s weights, modularity %s\n\n",
                                    method == BLOC_COMMUNITY_LEIDEN ? "leiden" : "multilevel",
                                    bloc_overlap_measure_to_string (weight), q);
        else if (!common.quiet && common.format == BLOC_FORMAT_MARKDOWN)
            g_string_append_printf (out, "Modularity: %s (%s, %s weights)\n\n", q,
                                    method == BLOC_COMMUNITY_LEIDEN ? "Leiden" : "multilevel",
                                    bloc_overlap_measure_to_string (weight));
        bloc_cli_scenario_note (&common, ds, out);
        bloc_table_format (table, common.format, out);
    }
    ok = bloc_cli_emit (&common, out, error);
out:
    bloc_cli_common_clear (&common);
    bloc_cli_scope_clear (&scope_options);
    return ok;
}
