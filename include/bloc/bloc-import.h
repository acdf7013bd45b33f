/* bloc-import.h: importers that turn published data into bloc dataset folders.
 *
 * Correlates of War IGO v3 (Pevehouse et al. 2020), in either published layout:
 * - state-year: `ccode,year,state,<one column per IGO>`;
 * - igo-year: `ioname,orgname,year,<one column per state>,sdate,deaddate,...,longorgname,...`;
 * as .csv or gzip-compressed .csv.gz (detected by content, not by name).
 *
 * Status codes become roles: 1 member, 2 associate, 3 observer. 0 (not a member), -1 and NA (not
 * in the system, or the IGO did not exist) give no tie; -9 (missing) gives no tie and is counted.
 * Consecutive years with the same status collapse into one tie with since = the first year and
 * until = the year after the last, so that a snapshot of year Y is exactly the data of year Y.
 * A spell that reaches the last year imported stays open.
 *
 * A few IGO names in the published igo-year file hold Mac Roman letters decoded as Latin-1, which
 * gives C1 control characters ("Comit\u008E" for "Comité"). Those characters are mapped back
 * through the Mac Roman table; nowhere else is a control character accepted.
 */
#pragma once

#include <gio/gio.h>

#include "bloc-model.h"

G_BEGIN_DECLS

typedef struct {
    guint files;
    guint rows;          /* data rows read */
    guint64 memberships; /* cells coded 1, 2 or 3 in the years kept */
    guint64 missing;     /* cells coded -9 in the years kept */
    guint64 conflicts;   /* cells two files code differently (the first file wins) */
    guint repaired;      /* IGO names with Mac Roman letters read as C1 controls, repaired */
    guint states;
    guint igos;
    guint ties;
    int first_year;
    int last_year;
} BlocImportStats;

/* Called while reading: @fraction of @file read so far, from 0 to 1. */
typedef void (*BlocImportProgress) (const char *file, double fraction, gpointer user_data);

/* Imports the COW IGO v3 @files (NULL-terminated) into a new dataset folder @out_dir, keeping the
 * years @year_from to @year_to (0 for no bound). The folder is written next to @out_dir under a
 * temporary name and renamed into place at the end, so a failure leaves nothing behind. An
 * existing, non-empty @out_dir is an error unless @replace is TRUE.
 *
 * Errors name the file, line and column ("file:line:col: what (expected what)"). */
gboolean bloc_import_cow (const char *const *files, int year_from, int year_to, const char *out_dir,
                          gboolean replace, BlocImportProgress progress, gpointer user_data,
                          BlocImportStats *stats, GError **error);

G_END_DECLS
