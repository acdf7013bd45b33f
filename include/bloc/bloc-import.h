/* bloc-import.h: importers that turn other people's data into bloc dataset folders.
 *
 * - bloc_import_cow(): the Correlates of War IGO v3 data (Pevehouse et al. 2020);
 * - bloc_import_table(): a long table, one row per tie or per tie-year;
 * - bloc_import_matrix(): an incidence matrix, actors × what they take part in;
 * - bloc_import_graphml(): a GraphML file, as Gephi, yEd, NetworkX and igraph write it.
 *
 * Every importer is as strict as the loader: text must be UTF-8 (with or without a byte-order
 * mark; LF, CRLF or CR line ends), and every problem is reported as "file:line[:col]: what
 * (expected what)", up to BLOC_LOAD_MAX_ERRORS of them, then their count. On any problem nothing
 * is written. The dataset is written into a hidden temporary folder beside the target, loaded
 * back with the loader, and only then renamed into place, so whatever an importer writes, `bloc
 * check` loads.
 *
 * The target: a new path, or an empty folder. An existing dataset folder (one holding only
 * entities.csv, ties.csv and dataset.ini) is replaced only with @replace; a folder holding
 * anything else, and a symbolic link, are never touched.
 *
 * Ownership: options and targets are read, never kept (transfer none). A report is returned in
 * *out (transfer full); free it with bloc_import_report_free().
 */
#pragma once

#include <gio/gio.h>

#include "bloc-enum.h"
#include "bloc-model.h"
#include "bloc-progress.h"

G_BEGIN_DECLS

/* What an import did: counts, and lines for people. */
typedef struct BlocImportReport BlocImportReport;

/* Frees @report. NULL-safe. */
void bloc_import_report_free (BlocImportReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocImportReport, bloc_import_report_free)

/* Data rows read (CSV records after the header; GraphML nodes and edges). */
guint64 bloc_import_report_rows (const BlocImportReport *report);
/* Entities and ties written. */
guint bloc_import_report_entities (const BlocImportReport *report);
guint bloc_import_report_ties (const BlocImportReport *report);
/* Rows or cells read that gave no tie, for any reason (coded none, missing, empty, ...). */
guint64 bloc_import_report_skipped (const BlocImportReport *report);
/* Cells or rows coded missing. */
guint64 bloc_import_report_missing (const BlocImportReport *report);
/* The report as lines for people, NULL-terminated; owned by @report (transfer none). */
const char *const *bloc_import_report_lines (const BlocImportReport *report);

/* Where an importer writes, and how. */
typedef struct {
    const char *out_dir; /* the dataset folder to create */
    gboolean replace;    /* replace the dataset already at @out_dir */
    const char *title;   /* the dataset's title; NULL for one the importer makes up. Text
                            a dataset holds (bloc_text_validate()), else BLOC_ERROR_USAGE */
    /* Called while reading with how much of the input files is read (in bytes, or in larger
     * units for inputs over 4 GiB), done == total once all are; NULL for none. */
    BlocProgressFunc progress;
    gpointer user_data; /* for @progress */
} BlocImportTarget;

/* What a missing value (COW's -9, a value mapped to `missing`) does to a spell of years. */
typedef enum {
    BLOC_IMPORT_MISSING_CARRY, /* the spell goes on across it (the default) */
    BLOC_IMPORT_MISSING_END,   /* the spell ends before it */
} BlocImportMissing;

/* The names of BlocImportMissing: carry and end. Static. */
const BlocEnum *bloc_import_missing_enum (void);
/* The field separators the CSV importers read, by name: comma (or ","), semicolon (or ";") and
 * tab (or "\t", a backslash and a t); each value is the separating byte. Static. */
const BlocEnum *bloc_import_delimiter_enum (void);

/* Correlates of War IGO v3, in either published layout:
 * - state-year: `ccode,year,state,<one column per IGO>`;
 * - igo-year: `ioname,orgname,year,<one column per state>,sdate,deaddate,...,longorgname,...`;
 * as .csv or gzip-compressed .csv.gz (detected by content, not by name).
 *
 * Status codes become roles: 1 member, 2 associate, 3 observer. 0 (not a member), -1 and NA (not
 * in the system, or the IGO did not exist) give no tie. -9 (missing) gives no tie of its own:
 * with BLOC_IMPORT_MISSING_CARRY a spell goes on across it (see docs/import-cow.md). Consecutive
 * years with the same status collapse into one tie with since = the first year and until = the
 * year after the last, so that a snapshot of year Y is exactly the data of year Y. A spell that
 * reaches the last year imported stays open.
 *
 * A few IGO names in the published igo-year file hold Mac Roman letters decoded as Latin-1, which
 * gives C1 control characters ("Comit\u008E" for "Comité"). Those characters are mapped back
 * through the Mac Roman table; nowhere else is a control character accepted. */
typedef struct {
    int year_from; /* the first year kept; 0 for no bound */
    int year_to;   /* the last year kept; 0 for no bound */
    BlocImportMissing missing;
} BlocImportCowOptions;

/* Imports the COW IGO v3 @files (NULL-terminated, at most 255). */
gboolean bloc_import_cow (BlocImportReport **out, const char *const *files,
                          const BlocImportCowOptions *options, const BlocImportTarget *target,
                          GError **error);

/* A long table: one row per tie, or with @year one row per tie-year. Column names are matched
 * after trimming, ignoring ASCII case. Every field may be NULL. */
typedef struct {
    const char *from; /* the participant's column; NULL: detected from the header */
    const char *to;   /* the column of what it takes part in; NULL: detected */
    const char *role; /* the role column; NULL: `role` if there is one, else every tie is a
                         member */
    const char *const *role_map; /* NULL-terminated "VALUE=ROLE,VALUE=ROLE" items; ROLE may be
                                    `none` (no tie) or `missing` */
    const char *other_role;      /* the role of values the map does not name; the value is kept
                                    in the tie's note */
    const char *since;           /* date columns; NULL: `since` and `until` if present */
    const char *until;
    const char *year; /* panel data: one row per year */
    BlocImportMissing missing;
    const char *from_name; /* name columns; NULL: `from_name` and `to_name` if present */
    const char *to_name;
    const char *from_kind; /* a kind, or a column of kinds; NULL: `from_kind` if present, else
                              country */
    const char *to_kind;   /* the same; NULL: `to_kind` if present, else organization */
    const char *source;    /* the source column; NULL: `source` if present, else FILE:LINE */
    char delimiter;        /* ',', ';' or '\t'; 0 to guess it from the header */
} BlocImportTableOptions;

gboolean bloc_import_table (BlocImportReport **out, const char *file,
                            const BlocImportTableOptions *options, const BlocImportTarget *target,
                            GError **error);

/* An incidence matrix: the first column names the row entities, the header the column entities
 * (its first cell is ignored), and each cell is 0 or empty (no tie), 1 (member), a role, or a
 * value of @role_map. */
typedef struct {
    const char *row_kind;    /* NULL: country (organization with @transpose) */
    const char *column_kind; /* NULL: organization (country with @transpose) */
    const char *const *role_map;
    gboolean transpose; /* the rows take part in the columns' entities unless this is set */
    char delimiter;
} BlocImportMatrixOptions;

gboolean bloc_import_matrix (BlocImportReport **out, const char *file,
                             const BlocImportMatrixOptions *options, const BlocImportTarget *target,
                             GError **error);

/* GraphML, read with libxml2. Node ids are the GraphML ids; names come from the `label` or
 * `name` attribute (or a yEd node label); kinds from @kind_attribute; roles from the edges'
 * `role` attribute, through @role_map and @other_role as in a table. */
typedef struct {
    const char *kind_attribute; /* NULL: `kind`, else NetworkX's `bipartite` */
    const char *actor_kind;     /* the kind of the 0 or false side; NULL: country */
    const char *other_kind;     /* the kind of the 1 or true side; NULL: organization */
    const char *const *role_map;
    const char *other_role;
} BlocImportGraphmlOptions;

gboolean bloc_import_graphml (BlocImportReport **out, const char *file,
                              const BlocImportGraphmlOptions *options,
                              const BlocImportTarget *target, GError **error);

G_END_DECLS
