/* cmd-backbone.c: bloc backbone — which co-memberships are more than chance. */
#include "cli-backbone.h"

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
    BlocCliBackbone test;
    char *between;
} BackboneOptions;

static void
backbone_options_clear (BackboneOptions *o)
{
    bloc_cli_backbone_clear (&o->test);
    g_clear_pointer (&o->between, g_free);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BackboneOptions, backbone_options_clear)

static gboolean
check_options (const BlocCliCommon *common, gpointer data, GError **error)
{
    BackboneOptions *o = data;

    return bloc_cli_backbone_check (&o->test, error) &&
           bloc_cli_side_parse (&o->test.options.side, o->between, error);
}

gboolean
cmd_backbone (int argc, char **argv, GError **error)
{
    g_auto (BlocCliCommon) common = { 0 };
    g_auto (BlocCliScope) scope_options = { 0 };
    g_auto (BackboneOptions) o = { .test = BLOC_CLI_BACKBONE_INIT };
    const GOptionEntry entries[] = {
        { "between", 0, 0, G_OPTION_ARG_STRING, &o.between,
          "Pairs of countries (or actors; the default) or of organizations (or others, "
          "organisations)",
          "countries|organizations" },
        { NULL },
    };
    g_autoptr (GOptionContext) context = bloc_cli_context ("backbone", NULL, entries, &common);
    const BlocCliSteps steps = {
        .scope = &scope_options,
        .check = check_options,
        .options = &o,
        .load = TRUE,
        .ints = (BlocCliInt *const[]){ &o.test.samples, &o.test.seed, NULL },
        .reals = (BlocCliReal *const[]){ &o.test.alpha, NULL },
    };
    g_autoptr (BlocMembership) m = NULL;
    g_autoptr (BlocBackbone) bb = NULL;
    g_auto (BlocCliFilter) filter = { 0 };

    bloc_cli_add_backbone_options (context, &o.test, "method",
                                   "Null model: hypergeometric (default), sdsm or fdsm");
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
    gboolean two_sided = o.test.options.two_sided;
    if (!bloc_membership_new (&m, ds, &common.scope, error) ||
        !bloc_backbone_compute (&bb, m, bloc_cli_backbone_options (&o.test, common.quiet), error))
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
