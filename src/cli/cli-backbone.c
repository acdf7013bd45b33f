/* cli-backbone.c: --backbone METHOD and the options of its test, for render and export. */
#include "cli-backbone.h"

void
bloc_cli_backbone_clear (BlocCliBackbone *bb)
{
    g_clear_pointer (&bb->method, g_free);
    g_clear_pointer (&bb->correction, g_free);
    bloc_cli_real_clear (&bb->alpha);
    bloc_cli_int_clear (&bb->samples);
    bloc_cli_int_clear (&bb->seed);
}

void
bloc_cli_add_backbone_options (GOptionContext *context, BlocCliBackbone *bb,
                               const char *backbone_help)
{
    const GOptionEntry entries[] = {
        { "backbone", 0, 0, G_OPTION_ARG_STRING, &bb->method, backbone_help, "METHOD" },
        { "alpha", 0, 0, G_OPTION_ARG_STRING, &bb->alpha.text,
          "Backbone: keep pairs with p_adjusted <= A (default: 0.05; 1 keeps every pair)", "A" },
        { "correction", 0, 0, G_OPTION_ARG_STRING, &bb->correction,
          "Backbone: holm (default), bonferroni, fdr or none", "CORRECTION" },
        { "signed", 0, 0, G_OPTION_ARG_NONE, &bb->two_sided,
          "Backbone: also keep the pairs that share fewer than chance (negative ties)", NULL },
        { "samples", 0, 0, G_OPTION_ARG_STRING, &bb->samples.text,
          "Backbone fdsm: the number of sampled matrices (default: 1000)", "N" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &bb->seed.text,
          "Backbone fdsm: seed of the random number generator", "S" },
        { NULL },
    };
    bloc_cli_add_entries (context, entries, FALSE);
}

gboolean
bloc_cli_backbone_check (BlocCliBackbone *bb, GError **error)
{
    BlocBackboneOptions *o = &bb->options;

    bloc_backbone_options_init (o);
    if (bb->method == NULL) {
        const char *given = bb->alpha.text != NULL     ? "--alpha"
                            : bb->correction != NULL   ? "--correction"
                            : bb->two_sided            ? "--signed"
                            : bb->samples.text != NULL ? "--samples"
                            : bb->seed.text != NULL    ? "--seed"
                                                       : NULL;
        if (given != NULL)
            return bloc_cli_usage_error (error,
                                         "%s is for a backbone (expected --backbone METHOD: "
                                         "hypergeometric, sdsm or fdsm)",
                                         given);
        return TRUE;
    }
    if (!bloc_backbone_method_parse (&o->method, bb->method, error) ||
        (bb->correction != NULL && !bloc_correction_parse (&o->correction, bb->correction, error)))
        return FALSE;
    if (o->method != BLOC_BACKBONE_FDSM && (bb->samples.text != NULL || bb->seed.text != NULL))
        return bloc_cli_usage_error (error,
                                     "%s is for the fdsm backbone (expected --backbone fdsm)",
                                     bb->samples.text != NULL ? "--samples" : "--seed");
    o->alpha = bb->alpha.value;
    o->two_sided = bb->two_sided;
    o->samples = (guint)bb->samples.value;
    o->seed = (guint)bb->seed.value;
    return TRUE;
}

const BlocBackboneOptions *
bloc_cli_backbone_options (BlocCliBackbone *bb, gboolean quiet)
{
    if (bb->method == NULL)
        return NULL;
    if (bb->options.method == BLOC_BACKBONE_FDSM &&
        bloc_cli_progress_start (&bb->bar, quiet, "fdsm samples") != NULL) {
        bb->options.progress = bloc_cli_progress;
        bb->options.progress_data = &bb->bar;
    }
    return &bb->options;
}
