/* cli-backbone.h: the options of a backbone's test: --backbone METHOD and the test's options, as
 * render and export take them, and bloc backbone's, whose --method names the test. */
#pragma once

#include "cli-progress.h"
#include "cli.h"

G_BEGIN_DECLS

/* The options as given, and the BlocBackboneOptions bloc_cli_backbone_check() makes of them.
 * Declare it with g_auto (BlocCliBackbone) bb = BLOC_CLI_BACKBONE_INIT. */
typedef struct {
    char *method;       /* --backbone (NULL: no backbone) or bloc backbone's --method */
    const char *option; /* "backbone" or "method": the option that names the test */
    gboolean always;    /* bloc backbone: a test without --method, by the default method */
    char *correction;
    gboolean two_sided; /* --signed */
    BlocCliReal alpha;
    BlocCliInt samples;
    BlocCliInt seed;
    BlocBackboneOptions options;
    BlocCliProgress bar; /* fdsm's progress bar on a terminal */
} BlocCliBackbone;

#define BLOC_CLI_BACKBONE_INIT                                                                     \
    {                                                                                              \
        .alpha = BLOC_CLI_LEVEL ("--alpha", 0.05),                                                 \
        .samples = BLOC_CLI_INT ("--samples", 1000, 1, G_MAXINT32),                                \
        .seed = BLOC_CLI_INT ("--seed", BLOC_DEFAULT_SEED, 0, G_MAXUINT32),                        \
    }

/* Adds the option that names the test, described by @method_help, then the test's options, to
 * @context after the options added before (as bloc_cli_add_filter_options() does). @method_option
 * is "backbone" for render and export, where a backbone is optional and the test's options are
 * described as the backbone's, or "method" for bloc backbone, whose every option is the test's
 * (the method is then hypergeometric unless given). Both strings are static. */
void bloc_cli_add_backbone_options (GOptionContext *context, BlocCliBackbone *bb,
                                    const char *method_option, const char *method_help);

void bloc_cli_backbone_clear (BlocCliBackbone *bb);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCliBackbone, bloc_cli_backbone_clear)

/* Checks the options before the data are loaded: parses the method and --correction into
 * @bb->options, with the numbers bloc_cli_prepare() parsed (list &bb->alpha in the steps' reals,
 * &bb->samples and &bb->seed in its ints). Refuses the test's options without --backbone, and
 * --samples or --seed with a method but fdsm (usage errors that name the first one given). */
gboolean bloc_cli_backbone_check (BlocCliBackbone *bb, GError **error);

/* The backbone options to hand to the library (their side is the actors unless set): NULL
 * without --backbone. With fdsm, starts the
 * progress bar on a terminal (unless @quiet) and sets it as the options' progress callback. */
const BlocBackboneOptions *bloc_cli_backbone_options (BlocCliBackbone *bb, gboolean quiet);

G_END_DECLS
