/* bloc.h: the bloc library, all of it.
 *
 * bloc loads membership data (countries × organizations, people × events) as a two-mode graph,
 * analyses it and writes tables. Include this header, call bloc_init() once (the library's
 * entry points call it too), then:
 *
 *     g_autoptr (GError) error = NULL;
 *     g_autoptr (BlocDataset) ds = bloc_load_dataset (NULL, &error); // the embedded dataset
 *     BlocScope scope;
 *     bloc_scope_init (&scope);
 *     g_autoptr (BlocMembership) m = NULL;
 *     if (ds == NULL || !bloc_membership_new (&m, ds, &scope, &error)) ...
 *
 * The headers:
 * - bloc-init.h: bloc_init() and the versions;
 * - bloc-error.h: the one error domain, BLOC_ERROR;
 * - bloc-model.h: entities, ties, groups and the dataset (opaque, with accessors);
 * - bloc-query.h: searching entities by text, everything about one entity, "did you mean";
 * - bloc-load.h: loading a dataset folder or the embedded dataset;
 * - bloc-import.h: importing COW IGO data, tables, matrices and GraphML into a dataset folder;
 * - bloc-analyze.h: the membership graph and the analyses (opaque results, with accessors);
 * - bloc-stats.h: statistics on the membership graph: backbones, nestedness, bipartite modularity;
 * - bloc-output.h: tables as text, CSV, JSON and Markdown; atomic writes;
 * - bloc-export.h: the graph as GraphML, GEXF, GML, Pajek, node-link JSON and CSV;
 * - bloc-render.h: diagrams (SVG, PNG, PDF, DOT) of the views through Graphviz;
 * - bloc-report.h: every table and figure in one self-contained, interactive HTML page;
 * - bloc-enum.h: names of enumerated values, parsed with "did you mean";
 * - bloc-text.h: which characters text may hold, escapes, and file:line:col positions;
 * - bloc-i18n.h: bloc's own words in other languages (gettext catalogs), per call;
 * - bloc-progress.h: the callback through which long work says how far it has come.
 *
 * Ownership, everywhere: a function whose result the caller frees says "transfer full" and
 * names the function that frees it; "transfer none" results belong to the object they came
 * from and live as long as it does. Fallible functions return FALSE (or NULL) exactly when they
 * set their GError.
 */
#pragma once

#include "bloc-analyze.h"
#include "bloc-enum.h"
#include "bloc-error.h"
#include "bloc-export.h"
#include "bloc-i18n.h"
#include "bloc-import.h"
#include "bloc-init.h"
#include "bloc-load.h"
#include "bloc-model.h"
#include "bloc-output.h"
#include "bloc-progress.h"
#include "bloc-query.h"
#include "bloc-render.h"
#include "bloc-report.h"
#include "bloc-stats.h"
#include "bloc-text.h"
