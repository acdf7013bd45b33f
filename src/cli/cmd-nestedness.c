/* cmd-nestedness.c: bloc nestedness — do the actors that join less join subsets? */
#include <math.h>

#include "bloc-stats.h"
#include "cli-progress.h"
#include "cli.h"

static void
add_json_real (JsonBuilder *b, const char *name, double value)
{
    json_builder_set_member_name (b, name);
    if (isnan (value))
        json_builder_add_null_value (b);
    else
        json_builder_add_double_value (b, bloc_round_real (value));
}

static JsonNode *
nestedness_json (const BlocNestedness *n)
{
    const BlocNestednessOptions *o = bloc_nestedness_options (n);
    g_autoptr (JsonBuilder) b = json_builder_new ();

    json_builder_begin_object (b);
    add_json_real (b, "nodf", bloc_nestedness_nodf (n));
    add_json_real (b, "nodf_rows", bloc_nestedness_nodf_rows (n));
    add_json_real (b, "nodf_columns", bloc_nestedness_nodf_columns (n));
    add_json_real (b, "z", bloc_nestedness_z (n));
    add_json_real (b, "p", bloc_nestedness_p (n));
    json_builder_set_member_name (b, "null");
    json_builder_add_string_value (b, bloc_null_model_to_string (o->null_model));
    json_builder_set_member_name (b, "samples");
    json_builder_add_int_value (b, o->samples);
    add_json_real (b, "null_mean", bloc_nestedness_null_mean (n));
    add_json_real (b, "null_sd", bloc_nestedness_null_sd (n));
    json_builder_set_member_name (b, "rows");
    json_builder_add_int_value (b, bloc_nestedness_n_rows (n));
    json_builder_set_member_name (b, "columns");
    json_builder_add_int_value (b, bloc_nestedness_n_columns (n));
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

gboolean
cmd_nestedness (int argc, char **argv, GError **error)
{
    BlocCliCommon common = { 0 };
    BlocCliScope scope_options = { 0 };
    g_autofree char *group_spec = NULL;
    g_autofree char *null_text = NULL;
    int samples = 1000;
    int seed = (int)BLOC_DEFAULT_SEED;
    const GOptionEntry entries[] = {
        { "group", 'G', 0, G_OPTION_ARG_STRING, &group_spec,
          "Rows: the members of group ID, or the listed actors (default: every actor)",
          "ID|KZ,KG,..." },
        { "null", 0, 0, G_OPTION_ARG_STRING, &null_text,
          "Null model of the test: fixed (default: the same degrees) or equiprobable (the same "
          "number of ties)",
          "MODEL" },
        { "samples", 0, 0, G_OPTION_ARG_INT, &samples,
          "Matrices sampled from the null model (default: 1000; 0: no test)", "N" },
        { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the random number generator", "S" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("nestedness", NULL, entries, &common);
    g_autoptr (BlocDataset) ds = NULL;
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GArray) listed = NULL;
    g_autoptr (GArray) rows = NULL;
    g_autoptr (BlocNestedness) n = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_autofree char *group_id = NULL;
    g_autofree char *group_name = NULL;
    BlocNestednessOptions options;
    BlocCliProgress bar;
    BlocScope scope;
    gboolean ok = FALSE;

    bloc_nestedness_options_init (&options);
    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Columns: these kinds (default: every kind but the actors')");
    if (!bloc_cli_parse (context, &common, &argc, &argv, 0, 0, error) ||
        (null_text && !bloc_null_model_parse (&options.null_model, null_text, error)) ||
        !bloc_cli_scope_resolve (&scope_options, &common, &scope, error))
        goto out;
    if (samples < 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad --samples %d (expected N >= 0)",
                     samples);
        goto out;
    }
    options.samples = (guint)samples;
    options.seed = (guint)seed;
    if (samples > 0 && bloc_cli_progress_start (&bar, &common, "null samples") != NULL) {
        options.progress = bloc_cli_progress;
        options.progress_data = &bar;
    }
    if ((ds = bloc_cli_load (&common, error)) == NULL ||
        !bloc_membership_new (&m, ds, &scope, error))
        goto out;
    if (group_spec != NULL) {
        if (!bloc_cli_group (ds, group_spec, &listed, &group_id, &group_name, error) ||
            !bloc_membership_group (m, listed, &rows, error))
            goto out;
        options.rows = rows;
    }
    if (!bloc_nestedness_compute (&n, m, &options, error))
        goto out;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = nestedness_json (n);
        bloc_json_append (out, root);
    } else {
        g_autoptr (BlocTable) table = bloc_table_new (
            (const char *[]){ "nodf", "nodf_rows", "nodf_columns", "z", "p", "null", "samples",
                              "null_mean", "null_sd", "rows", "columns", NULL });
        bloc_table_add_row (table);
        bloc_table_add_real (table, bloc_nestedness_nodf (n));
        bloc_table_add_real (table, bloc_nestedness_nodf_rows (n));
        bloc_table_add_real (table, bloc_nestedness_nodf_columns (n));
        bloc_table_add_real (table, bloc_nestedness_z (n));
        bloc_table_add_real (table, bloc_nestedness_p (n));
        bloc_table_add_text (table, bloc_null_model_to_string (options.null_model));
        bloc_table_add_int (table, options.samples);
        bloc_table_add_real (table, bloc_nestedness_null_mean (n));
        bloc_table_add_real (table, bloc_nestedness_null_sd (n));
        bloc_table_add_int (table, bloc_nestedness_n_rows (n));
        bloc_table_add_int (table, bloc_nestedness_n_columns (n));
        if (!common.quiet &&
            (common.format == BLOC_FORMAT_TABLE || common.format == BLOC_FORMAT_MARKDOWN)) {
            gboolean md = common.format == BLOC_FORMAT_MARKDOWN;
            g_string_append_printf (out, "%sNODF of %u actors × %u others, those with ties%s",
                                    md ? "**" : "", bloc_nestedness_n_rows (n),
                                    bloc_nestedness_n_columns (n), md ? "**" : "");
            if (group_name != NULL) {
                g_string_append (out, "; rows: ");
                if (md)
                    bloc_markdown_append (out, group_name);
                else
                    g_string_append (out, group_name);
            }
            if (options.samples > 0)
                g_string_append_printf (out, "; null model %s, %u samples, seed %u",
                                        bloc_null_model_to_string (options.null_model),
                                        options.samples, options.seed);
            g_string_append (out, "\n\n");
        }
        bloc_cli_scenario_note (&common, ds, out);
        bloc_table_format (table, common.format, out);
    }
    ok = bloc_cli_emit (&common, out, error);
out:
    bloc_cli_common_clear (&common);
    bloc_cli_scope_clear (&scope_options);
    return ok;
}
