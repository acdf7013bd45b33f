/* cmd-backbone.c: bloc backbone — which co-memberships are more than chance. */
#include "cli-progress.h"
#include "cli.h"

/* A p-value for people: three significant digits, so that 3.2e-12 does not print as 0.000. */
static void
add_p (BlocTable *table, BlocFormat format, double p)
{
    char buf[G_ASCII_DTOSTR_BUF_SIZE];

    if (format == BLOC_FORMAT_TABLE || format == BLOC_FORMAT_MARKDOWN)
        bloc_table_add_text (table, g_ascii_formatd (buf, sizeof buf, "%.3g", p));
    else
        bloc_table_add_real (table, p);
}

/* The caption of table and Markdown output: what was tested, and what was kept. @shown is the
 * number of pairs the filter keeps. */
static char *
caption_of (const BlocCliCommon *common, const BlocBackbone *bb, const BlocCliFilter *filter,
            guint shown)
{
    const BlocBackboneOptions *o = bloc_backbone_options (bb);
    char alpha[G_ASCII_DTOSTR_BUF_SIZE];

    g_ascii_formatd (alpha, sizeof alpha, "%g", o->alpha);
    g_autofree char *what = g_strdup_printf (
        /* TRANSLATORS: the caption of backbone: the side ("countries"). */
        T_ (common, "backbone of %s"), bloc_cli_side_name (common, o->side));
    const char *method = TC_ (common, "method", bloc_backbone_method_to_string (o->method));
    const char *correction = TC_ (common, "correction", bloc_correction_to_string (o->correction));
    g_autofree char *test =
        o->two_sided
            /* TRANSLATORS: in the caption of backbone: the test, the level and the correction;
             * p_adjusted is a heading of the table. */
            ? g_strdup_printf (T_ (common, "%1$s, p_adjusted <= %2$s, %3$s, two-sided"), method,
                               alpha, correction)
            : g_strdup_printf (T_ (common, "%1$s, p_adjusted <= %2$s, %3$s"), method, alpha,
                               correction);
    g_autofree char *samples =
        o->method == BLOC_BACKBONE_FDSM
            ? g_strdup_printf (
                  /* TRANSLATORS: in the caption of backbone: the samples of fdsm, and the seed. */
                  T_ (common, "%1$u samples, seed %2$u"), o->samples, o->seed)
            : NULL;
    guint64 n_tests = bloc_backbone_n_tests (bb);
    g_autofree char *tests = g_strdup_printf ("%" G_GUINT64_FORMAT, n_tests);
    g_autofree char *kept = g_strdup_printf (
        /* TRANSLATORS: in the caption of backbone: the pairs kept, of the pairs tested. */
        TN_ (common, "%1$u of %2$s pair kept", "%1$u of %2$s pairs kept", (gulong)n_tests),
        bloc_backbone_size (bb), tests);
    g_autofree char *inside =
        filter->description ? g_strdup_printf (
                                  /* TRANSLATORS: in the caption of backbone: of the pairs
                                   * kept, those in the group or region. */
                                  T_ (common, "%1$u of them %2$s"), shown, filter->description)
                            : NULL;
    return bloc_cli_caption (common, common->ds, common->year, what, test, samples, kept, inside);
}

/* A sampled p-value is at least 1 / (samples + 1): say so when that alone rules out every pair,
 * rather than leave an empty table unexplained. */
static void
note_too_few_samples (const BlocCliCommon *common, const BlocBackbone *bb)
{
    const BlocBackboneOptions *o = bloc_backbone_options (bb);
    guint64 n_tests = bloc_backbone_n_tests (bb);
    double smallest = 1.0 / (o->samples + 1.0);
    gboolean familywise =
        o->correction == BLOC_CORRECTION_BONFERRONI || o->correction == BLOC_CORRECTION_HOLM;
    double factor = familywise ? (double)n_tests : 1.0;

    if (o->method == BLOC_BACKBONE_FDSM && smallest * factor * (o->two_sided ? 2 : 1) > o->alpha)
        bloc_cli_note (common,
                       "no pair can be kept: with %u samples no p-value is below 1/%u, and %s "
                       "over %" G_GUINT64_FORMAT " tests needs more (raise --samples)",
                       o->samples, o->samples + 1, bloc_correction_to_string (o->correction),
                       n_tests);
}

typedef struct {
    char *method_text;
    char *correction_text;
    char *between;
    BlocCliReal alpha;
    BlocCliInt samples;
    BlocCliInt seed;
    BlocBackboneOptions options;
} BackboneOptions;

static void
backbone_options_clear (BackboneOptions *o)
{
    g_clear_pointer (&o->method_text, g_free);
    g_clear_pointer (&o->correction_text, g_free);
    g_clear_pointer (&o->between, g_free);
    bloc_cli_real_clear (&o->alpha);
    bloc_cli_int_clear (&o->samples);
    bloc_cli_int_clear (&o->seed);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BackboneOptions, backbone_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    BackboneOptions *o = data;

    if ((o->method_text &&
         !bloc_backbone_method_parse (&o->options.method, o->method_text, error)) ||
        (o->correction_text &&
         !bloc_correction_parse (&o->options.correction, o->correction_text, error)) ||
        !bloc_cli_side_parse (&o->options.side, o->between, error))
        return FALSE;
    o->options.alpha = o->alpha.value;
    o->options.samples = (guint)o->samples.value;
    o->options.seed = (guint)o->seed.value;
    return TRUE;
}

gboolean
cmd_backbone (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (BackboneOptions) o = {
        .alpha = BLOC_CLI_LEVEL ("--alpha", 0.05),
        .samples = BLOC_CLI_INT ("--samples", 1000, 1, G_MAXINT32),
        .seed = BLOC_CLI_INT ("--seed", BLOC_DEFAULT_SEED, 0, G_MAXUINT32),
    };
    const GOptionEntry entries[] = {
        { "method", 0, 0, G_OPTION_ARG_STRING, &o.method_text,
          "Null model: hypergeometric (default), sdsm or fdsm", "METHOD" },
        { "alpha", 0, 0, G_OPTION_ARG_STRING, &o.alpha.text,
          "Keep pairs with p_adjusted <= A (default: 0.05; 1 keeps every pair)", "A" },
        { "correction", 0, 0, G_OPTION_ARG_STRING, &o.correction_text,
          "Multiple-testing correction: holm (default), bonferroni, fdr or none", "CORRECTION" },
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Pairs of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { "signed", 0, 0, G_OPTION_ARG_NONE, &o.options.two_sided,
          "Also test for fewer shared than chance, and keep negative ties", NULL },
        { "samples", 0, 0, G_OPTION_ARG_STRING, &o.samples.text,
          "fdsm: the number of sampled matrices (default: 1000)", "N" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &o.seed.text,
          "fdsm: seed of the random number generator", "S" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("backbone", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.samples, &o.seed, NULL },
        .reals = (BlocCliReal *const[]){ &o.alpha, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocBackbone) bb = NULL;
    g_auto (BlocCliFilter) filter = { 0 };
    BlocCliProgress bar;

    bloc_backbone_options_init (&o.options);
    bloc_cli_add_scope_options (context, &scope_options, TRUE,
                                "Kinds on the other side (default: every kind but the actors')");
    bloc_cli_add_filter_options (context, &filter,
                                 "Only pairs inside this group (or ids); tested and corrected "
                                 "over every pair",
                                 "Only pairs inside this region; tested and corrected over every "
                                 "pair");
    if (!bloc_cli_prepare (&common, context, &argc, &argv, &steps, error) ||
        !bloc_cli_filter_resolve (&filter, &common, error))
        return FALSE;
    const BlocDataset *ds = common.ds;
    gboolean two_sided = o.options.two_sided;
    if (o.options.method == BLOC_BACKBONE_FDSM &&
        bloc_cli_progress_start (&bar, common.quiet, "fdsm samples") != NULL) {
        o.options.progress = bloc_cli_progress;
        o.options.progress_data = &bar;
    }
    if (!bloc_membership_new (&m, ds, &common.scope, error) ||
        !bloc_backbone_compute (&bb, m, &o.options, error))
        return FALSE;

    /* p is the name of what it is: the same in every language. */
    g_autoptr (BlocTable) table = bloc_cli_table_new (
        &common, two_sided
                     ? (const char *[]){ NC_ ("heading", "a"), NC_ ("heading", "b"),
                                         NC_ ("heading", "shared"), NC_ ("heading", "expected"),
                                         "p", NC_ ("heading", "p_adjusted"),
                                         NC_ ("heading", "p_low"), NC_ ("heading", "sign"), NULL }
                     : (const char *[]){ NC_ ("heading", "a"), NC_ ("heading", "b"),
                                         NC_ ("heading", "shared"), NC_ ("heading", "expected"),
                                         "p", NC_ ("heading", "p_adjusted"), NULL });
    for (guint i = 0; i < bloc_backbone_size (bb); i++) {
        guint a, b;
        bloc_backbone_pair (bb, i, &a, &b);
        if (!bloc_cli_filter_keeps (&filter, a) || !bloc_cli_filter_keeps (&filter, b))
            continue;
        bloc_table_add_row (table);
        bloc_table_add_text (table, bloc_dataset_entity (ds, a)->id);
        bloc_table_add_text (table, bloc_dataset_entity (ds, b)->id);
        bloc_table_add_int (table, bloc_backbone_shared (bb, i));
        bloc_table_add_real (table, bloc_backbone_expected (bb, i));
        add_p (table, common.format, bloc_backbone_p (bb, i));
        add_p (table, common.format, bloc_backbone_p_adjusted (bb, i));
        if (two_sided) {
            add_p (table, common.format, bloc_backbone_p_low (bb, i));
            bloc_table_add_int (table, bloc_backbone_sign (bb, i));
        }
    }
    note_too_few_samples (&common, bb);
    g_autofree char *caption = caption_of (&common, bb, &filter, bloc_table_n_rows (table));
    bloc_table_set_caption (table, caption);
    return bloc_cli_emit_table (&common, ds, table, error);
}
