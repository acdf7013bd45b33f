/* cmd-nestedness.c: bloc nestedness — do the actors that join less join subsets? */
#include <math.h>

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
nestedness_json (const BlocDataset *ds, const BlocNestedness *n)
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
    bloc_cli_json_scenario (b, ds);
    json_builder_end_object (b);
    return json_builder_get_root (b);
}

typedef struct {
    char *group_spec;
    char *region;
    char *null_text;
    BlocCliInt samples;
    BlocCliInt seed;
    BlocNestednessOptions options;
} NestednessOptions;

static void
nestedness_options_clear (NestednessOptions *o)
{
    g_clear_pointer (&o->group_spec, g_free);
    g_clear_pointer (&o->region, g_free);
    g_clear_pointer (&o->null_text, g_free);
    bloc_cli_int_clear (&o->samples);
    bloc_cli_int_clear (&o->seed);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (NestednessOptions, nestedness_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    NestednessOptions *o = data;

    if (o->null_text && !bloc_null_model_parse (&o->options.null_model, o->null_text, error))
        return FALSE;
    o->options.samples = (guint)o->samples.value;
    o->options.seed = (guint)o->seed.value;
    return TRUE;
}

/* The caption of table and Markdown output: the matrix, its rows, and the test. */
static char *
caption_of (const BlocCliCommon *common, const BlocNestedness *n, const char *group_name)
{
    const BlocNestednessOptions *o = bloc_nestedness_options (n);
    /* TRANSLATORS: the caption of nestedness: the matrix's rows and columns ("countries ×
     * organizations"); NODF is the measure's name. */
    g_autofree char *what = g_strdup_printf (T_ (common, "NODF of %1$s × %2$s"),
                                             bloc_cli_side_name (common, BLOC_SIDE_ACTORS),
                                             bloc_cli_side_name (common, BLOC_SIDE_OTHERS));
    /* Unable to reorder the rest of the caption. */
    g_autofree char *name = group_name ? bloc_text_isolate (group_name) : NULL;
    /* TRANSLATORS: in the caption of nestedness: the group whose members are the rows. */
    const char *rows_format = T_ (common, "rows: %s");
    g_autofree char *rows = name ? g_strdup_printf (rows_format, name) : NULL;
    g_autofree char *size = g_strdup_printf (
        /* TRANSLATORS: in the caption of nestedness: the matrix's size, without the empty rows and
         * columns. */
        T_ (common, "%1$u × %2$u with ties"), bloc_nestedness_n_rows (n),
        bloc_nestedness_n_columns (n));
    g_autofree char *test =
        o->samples > 0 ? g_strdup_printf (
                             /* TRANSLATORS: in the caption of nestedness: the test's null model,
                                samples, seed. */
                             T_ (common, "null model %1$s, %2$u samples, seed %3$u"),
                             TC_ (common, "null model", bloc_null_model_to_string (o->null_model)),
                             o->samples, o->seed)
                       : NULL;
    return bloc_cli_caption (common, common->ds, common->year, what, rows, size, test);
}

gboolean
cmd_nestedness (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (NestednessOptions) o = {
        .samples = BLOC_CLI_INT ("--samples", 1000, 0, G_MAXINT32),
        .seed = BLOC_CLI_INT ("--seed", BLOC_DEFAULT_SEED, 0, G_MAXUINT32),
    };
    const GOptionEntry entries[] = {
        { "group", 'G', 0, G_OPTION_ARG_STRING, &o.group_spec,
          "Rows: the members of group ID, or the listed actors (default: every actor)",
          "ID|KZ,KG,..." },
        { "region", 0, 0, G_OPTION_ARG_STRING, &o.region,
          "Rows: the actors of this region; with --group, its members of this region", "REGION" },
        { "null", 0, 0, G_OPTION_ARG_STRING, &o.null_text,
          "Null model of the test: fixed (default: the same degrees) or equiprobable (the same "
          "number of ties)",
          "MODEL" },
        { "samples", 0, 0, G_OPTION_ARG_STRING, &o.samples.text,
          "Matrices sampled from the null model (default: 1000; 0: no test)", "N" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &o.seed.text, "Seed of the random number generator",
          "S" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("nestedness", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.samples, &o.seed, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (GArray) listed = NULL;
    g_autoptr (GArray) rows = NULL;
    g_autoptr (BlocNestedness) n = NULL;
    g_autoptr (GString) out = g_string_new (NULL);
    g_autofree char *group_id = NULL;
    g_autofree char *group_name = NULL;
    BlocCliProgress bar;

    bloc_nestedness_options_init (&o.options);
    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Columns: these kinds (default: every kind but the actors')");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    if (o.options.samples > 0 &&
        bloc_cli_progress_start (&bar, common.quiet, "null samples") != NULL) {
        o.options.progress = bloc_cli_progress;
        o.options.progress_data = &bar;
    }
    if (!bloc_membership_new (&m, ds, &common.scope, error))
        return FALSE;
    if (o.group_spec != NULL || o.region != NULL) {
        if (!bloc_cli_group_in_region (&common, o.group_spec, o.region, &listed, &group_id,
                                       &group_name, error) ||
            !bloc_membership_group (&rows, m, listed, error))
            return FALSE;
        o.options.rows = rows;
    }
    if (!bloc_nestedness_compute (&n, m, &o.options, error))
        return FALSE;

    if (common.format == BLOC_FORMAT_JSON) {
        g_autoptr (JsonNode) root = nestedness_json (ds, n);
        bloc_json_append (out, root);
        return bloc_cli_emit (&common, out, error);
    }
    /* NODF, z and p are the measures' names: the same in every language. */
    g_autoptr (BlocTable) table = bloc_cli_table_new (
        &common,
        (const char *[]){ "nodf", NC_ ("heading", "nodf_rows"), NC_ ("heading", "nodf_columns"),
                          "z", "p", NC_ ("heading", "null"), NC_ ("heading", "samples"),
                          NC_ ("heading", "null_mean"), NC_ ("heading", "null_sd"),
                          NC_ ("heading", "rows"), NC_ ("heading", "columns"), NULL });
    const BlocNestednessOptions *used = bloc_nestedness_options (n);
    bloc_table_add_row (table);
    bloc_table_add_real (table, bloc_nestedness_nodf (n));
    bloc_table_add_real (table, bloc_nestedness_nodf_rows (n));
    bloc_table_add_real (table, bloc_nestedness_nodf_columns (n));
    bloc_table_add_real (table, bloc_nestedness_z (n));
    bloc_table_add_real (table, bloc_nestedness_p (n));
    bloc_table_add_text (table,
                         TC_ (&common, "null model", bloc_null_model_to_string (used->null_model)));
    bloc_table_add_int (table, used->samples);
    bloc_table_add_real (table, bloc_nestedness_null_mean (n));
    bloc_table_add_real (table, bloc_nestedness_null_sd (n));
    bloc_table_add_int (table, bloc_nestedness_n_rows (n));
    bloc_table_add_int (table, bloc_nestedness_n_columns (n));
    g_autofree char *caption = caption_of (&common, n, group_name);
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
