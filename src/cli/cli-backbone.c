/* cli-backbone.c: the options of a backbone's test, for render, export and bloc backbone. */
#include "cli-backbone.h"

#include <string.h>

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
                               const char *method_option, const char *method_help)
{
    /* bloc backbone's options are all the test's; render's and export's say whose they are. */
    gboolean own = strcmp (method_option, "method") == 0;
    const GOptionEntry entries[] = {
        { method_option, 0, 0, G_OPTION_ARG_STRING, &bb->method, method_help, "METHOD" },
        { "alpha", 0, 0, G_OPTION_ARG_STRING, &bb->alpha.text,
          own ? "Keep pairs with p_adjusted <= A (default: 0.05; 1 keeps every pair)"
              : "Backbone: keep pairs with p_adjusted <= A (default: 0.05; 1 keeps every pair)",
          "A" },
        { "correction", 0, 0, G_OPTION_ARG_STRING, &bb->correction,
          own ? "Multiple-testing correction: holm (default), bonferroni, fdr or none"
              : "Backbone: holm (default), bonferroni, fdr or none",
          "CORRECTION" },
        { "signed", 0, 0, G_OPTION_ARG_NONE, &bb->two_sided,
          own ? "Also test for fewer shared than chance, and keep negative ties"
              : "Backbone: also keep the pairs that share fewer than chance (negative ties)",
          NULL },
        { "samples", 0, 0, G_OPTION_ARG_STRING, &bb->samples.text,
          own ? "fdsm: the number of sampled matrices (default: 1000)"
              : "Backbone fdsm: the number of sampled matrices (default: 1000)",
          "N" },
        { "seed", 0, 0, G_OPTION_ARG_STRING, &bb->seed.text,
          own ? "fdsm: seed of the random number generator"
              : "Backbone fdsm: seed of the random number generator",
          "S" },
        { NULL },
    };
    bb->option = method_option;
    bb->always = own;
    bloc_cli_add_entries (context, entries, FALSE);
}

gboolean
bloc_cli_backbone_check (BlocCliBackbone *bb, GError **error)
{
    BlocBackboneOptions *o = &bb->options;

    bloc_backbone_options_init (o);
    if (bb->method == NULL && bb->always)
        bb->method = g_strdup (bloc_backbone_method_to_string (o->method));
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
        return bloc_cli_usage_error (error, "%s is for the fdsm backbone (expected --%s fdsm)",
                                     bb->samples.text != NULL ? "--samples" : "--seed", bb->option);
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
