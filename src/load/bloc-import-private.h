/* bloc-import-private.h: what the importers share, internal to src/load/bloc-import-*.c.
 *
 * - BlocImportProblems collects "file:line[:col]: what (expected what)" messages;
 * - BlocRoleMap turns source values into roles, `none` or `missing`, and lists the values it
 *   could not map;
 * - BlocImportBuilder gathers entities and ties, checks them as the loader would, and writes the
 *   dataset folder;
 * - observations of one tie per year collapse into spells;
 * - the report, the input streams and the progress calls.
 */
#pragma once

#include "bloc-csv.h"
#include "bloc-import.h"

G_BEGIN_DECLS

/* ---- Problems ---------------------------------------------------------------------------- */

/* Up to BLOC_LOAD_MAX_ERRORS messages, and the count of all. */
typedef struct {
    GString *text;
    guint shown;
    guint64 total;
    GString *tail; /* text that always comes last, whatever the count (the unmapped values) */
} BlocImportProblems;

void bloc_import_problems_init (BlocImportProblems *p);
void bloc_import_problems_clear (BlocImportProblems *p);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocImportProblems, bloc_import_problems_clear)

/* Adds "file:line:col: what" (with @col 0, "file:line: what"; with @line 0, "file: what"). */
G_GNUC_PRINTF (5, 6)
void bloc_import_problem (BlocImportProblems *p, const char *file, guint line, guint col,
                          const char *format, ...);
/* Adds a message that already names its position (one from the CSV reader). */
void bloc_import_problem_message (BlocImportProblems *p, const char *message);
/* TRUE when there is any problem. */
gboolean bloc_import_problems_any (const BlocImportProblems *p);
/* Sets @error to the problems (BLOC_ERROR_DATA) and returns FALSE when there are any; else
 * returns TRUE. */
gboolean bloc_import_problems_check (BlocImportProblems *p, GError **error);

/* ---- Roles from source values ------------------------------------------------------------ */

typedef enum {
    BLOC_VALUE_ROLE,     /* a tie with a role */
    BLOC_VALUE_NONE,     /* no tie */
    BLOC_VALUE_MISSING,  /* unknown: no tie, counted, and a spell goes on across it */
    BLOC_VALUE_UNMAPPED, /* neither a role nor mapped */
} BlocValueKind;

typedef struct {
    BlocValueKind kind;
    BlocRole role;
    gboolean keep_note; /* mapped by --other-role: the value goes in the tie's note */
} BlocValueMeaning;

typedef struct BlocRoleMap BlocRoleMap;

/* Builds a map from @items ("VALUE=ROLE,..." each; may be NULL) and @other_role (may be NULL).
 * Values and roles are trimmed; ROLE is a role, `none` or `missing`. @option names the option in
 * messages ("--role-map"). Errors are BLOC_ERROR_USAGE. */
gboolean bloc_role_map_new (BlocRoleMap **out, const char *const *items, const char *other_role,
                            GError **error);
void bloc_role_map_free (BlocRoleMap *map);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocRoleMap, bloc_role_map_free)

/* What @value means: the map's entry for it, else a role of that name (ignoring ASCII case),
 * else the other role, else BLOC_VALUE_UNMAPPED, which the map remembers with its @line, to be
 * listed by bloc_role_map_report_unmapped(). */
BlocValueMeaning bloc_role_map_lookup (BlocRoleMap *map, const char *value, guint line);
/* TRUE when @value has an entry of its own in the map. */
gboolean bloc_role_map_has (const BlocRoleMap *map, const char *value);
/* When values were unmapped, adds to @p the list of every one, with its count and first line in
 * @file, and how to map them. @what names where the values are ("the column 'status'"). */
void bloc_role_map_report_unmapped (const BlocRoleMap *map, const char *file, const char *what,
                                    BlocImportProblems *p);

/* ---- The report -------------------------------------------------------------------------- */

struct BlocImportReport {
    guint64 rows;
    guint64 skipped;
    guint64 missing;
    guint entities;
    guint ties;
    GPtrArray *lines;   /* char *, NULL-terminated */
    GPtrArray *reasons; /* char *: why rows were skipped, with their counts in @counts */
    GArray *counts;     /* guint64 */
};

BlocImportReport *bloc_import_report_new (void);
/* Adds a line for people. */
G_GNUC_PRINTF (2, 3)
void bloc_import_report_add (BlocImportReport *report, const char *format, ...);
/* Inserts @line before the others. */
void bloc_import_report_prepend (BlocImportReport *report, const char *line);
/* Adds "skipped: N @unit, no tie (reason: n; ...)" when anything was skipped. */
void bloc_import_report_add_skipped (BlocImportReport *report, const char *unit);
/* Counts @n rows or cells skipped because of @reason ("role mapped to none"). */
void bloc_import_report_skip (BlocImportReport *report, const char *reason, guint64 n);

/* ---- The dataset being built ------------------------------------------------------------- */

/* Where something is in the input; line 0 when it is nowhere in particular. */
typedef struct {
    guint line;
    guint col;
} BlocImportSpot;

/* An entity as a row names it. */
typedef struct {
    const char *id;
    BlocImportSpot id_at;
    BlocKind kind;
    BlocImportSpot kind_at; /* line 0: the kind is not from the data */
    const char *name;       /* NULL: none given */
    BlocImportSpot name_at;
} BlocImportEntityRef;

typedef struct BlocImportBuilder BlocImportBuilder;

/* A builder of a dataset read from @file (for messages). @extra_columns (NULL-terminated, may
 * be NULL) are entity columns beyond id, kind, name, since and until. */
BlocImportBuilder *bloc_import_builder_new (const char *file, const char *const *extra_columns);
void bloc_import_builder_free (BlocImportBuilder *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocImportBuilder, bloc_import_builder_free)

/* Finds or adds the entity @ref names, and sets *out to its index. An id the loader would
 * refuse, a kind or a name that differs from the entity's first mention, are problems at their
 * position; then FALSE. An entity added without a name is named by its id until one comes. */
gboolean bloc_import_builder_entity (BlocImportBuilder *b, guint *out,
                                     const BlocImportEntityRef *ref, BlocImportProblems *p);
guint bloc_import_builder_n_entities (const BlocImportBuilder *b);
const char *bloc_import_builder_entity_id (const BlocImportBuilder *b, guint entity);
BlocKind bloc_import_builder_entity_kind (const BlocImportBuilder *b, guint entity);
/* Sets an entity's dates ("YYYY" or NULL) and the value of extra column @column. */
void bloc_import_builder_entity_dates (BlocImportBuilder *b, guint entity, const char *since,
                                       const char *until);
void bloc_import_builder_entity_extra (BlocImportBuilder *b, guint entity, guint column,
                                       const char *value);

/* A tie. The dates ("YYYY", "YYYY-MM" or "YYYY-MM-DD") are checked by the caller; @source,
 * @note may be NULL. A tie from an entity to itself is a problem at @at; then FALSE. Repeated
 * ties are found when the dataset is written. */
gboolean bloc_import_builder_tie (BlocImportBuilder *b, guint from, guint to, BlocRole role,
                                  const char *since, const char *until, const char *source,
                                  const char *note, BlocImportSpot at, BlocImportProblems *p);
guint bloc_import_builder_n_ties (const BlocImportBuilder *b);

/* Checks what the loader checks across rows: repeated ties, as problems at their line. */
void bloc_import_builder_check (BlocImportBuilder *b, BlocImportProblems *p);

/* Checks what the loader checks across rows (repeated ties) unless bloc_import_builder_check()
 * just did, then writes entities.csv, ties.csv
 * and @ini into a hidden temporary folder beside @target->out_dir, loads it back, and renames it
 * into place. Fills the report's entity and tie counts and its first line. */
gboolean bloc_import_builder_write (BlocImportBuilder *b, GKeyFile *ini,
                                    const BlocImportTarget *target, BlocImportReport *report,
                                    BlocImportProblems *p, GError **error);

/* Checks @target before any reading: a usable -o, not a symbolic link, not a folder with other
 * files, not an existing dataset unless it is to be replaced. */
gboolean bloc_import_target_check (const BlocImportTarget *target, GError **error);

/* A dataset.ini with [dataset] title (@target's, else @title), description and sources. */
GKeyFile *bloc_import_ini_new (const BlocImportTarget *target, const char *title,
                               const char *description, const char *const *sources);

/* ---- Years ------------------------------------------------------------------------------- */

#define BLOC_IMPORT_VALUE_MISSING G_MAXUINT16

/* One pair in one year: @value is the importer's code for what the cell said, or
 * BLOC_IMPORT_VALUE_MISSING. */
typedef struct {
    guint32 from;
    guint32 to;
    guint32 line; /* where it was read */
    gint16 year;
    guint16 value;
    guint8 file; /* the input file, for several files: the first one wins */
} BlocImportObservation;

/* A run of consecutive years of one pair with one value. */
typedef struct {
    guint32 from;
    guint32 to;
    guint32 line; /* of its first year */
    gint16 first;
    gint16 last;
    guint16 value;
} BlocImportSpell;

/* Sorts @observations (BlocImportObservation) and collapses them into spells (appended to
 * @spells, BlocImportSpell), by pair, then by first year. Two observations of a pair in one year
 * count once: a value before a missing one, then the lowest file; when they give two values,
 * *@conflicts is counted. With BLOC_IMPORT_MISSING_CARRY, missing years do not end a spell, at
 * its end either; missing years that no value precedes give nothing. */
void bloc_import_collapse (GArray *observations, BlocImportMissing missing, GArray *spells,
                           guint64 *conflicts);

/* ---- Input ------------------------------------------------------------------------------- */

/* An input file open for reading, gzip-compressed or not (by content). */
typedef struct {
    GInputStream *raw;        /* the file */
    GBufferedInputStream *in; /* what to read: decompressed, peekable */
    goffset size;             /* bytes of the file, 0 when unknown */
    const BlocImportTarget *target;
    const char *path;
    guint rows_since_progress;
    /* For progress over several files: the bytes of the files before this one, and of all. */
    goffset before;
    goffset all;
} BlocImportInput;

/* Opens @path, a regular file. Progress is reported as of this file alone; set @input->before
 * and @input->all for one of several files. */
gboolean bloc_import_input_open (BlocImportInput *input, const char *path,
                                 const BlocImportTarget *target, GError **error);
/* The size of the file at @path in bytes, or 0 when it cannot be known. */
goffset bloc_import_file_size (const char *path);
void bloc_import_input_clear (BlocImportInput *input);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocImportInput, bloc_import_input_clear)
/* Up to @want first bytes of the (decompressed) input, without consuming them. */
const guchar *bloc_import_input_peek (BlocImportInput *input, gsize want, gsize *out_len,
                                      GError **error);
/* Reports progress now and then; call once per row, or per block read. */
void bloc_import_input_tick (BlocImportInput *input);
/* Reports the file as read. */
void bloc_import_input_done (BlocImportInput *input);

/* A CSV reader of @input, with @delimiter, or when it is 0 the one of ',', ';' and tab that the
 * first line has most of (set in *@out_delimiter either way), and its header in *@out_header
 * (valid until the next read). A file without a header line is an error that expects
 * @expected ("a header line, such as from,to,role"). Returns NULL with @error set on failure;
 * free with bloc_csv_reader_free(). */
BlocCsvReader *bloc_import_csv_open (BlocImportInput *input, char delimiter, const char *expected,
                                     char *out_delimiter, const BlocCsvRecord **out_header,
                                     GError **error);

typedef void (*BlocImportRowFunc) (gpointer data, const BlocCsvRecord *record);

/* Reads the data rows of @reader to the end: counts each in @report, reports progress, records
 * the reader's problems and rows whose field count is not @n_columns in @p, and hands every
 * other row to @func. */
void bloc_import_csv_rows (BlocCsvReader *reader, BlocImportInput *input, guint n_columns,
                           BlocImportReport *report, BlocImportProblems *p, BlocImportRowFunc func,
                           gpointer data);

/* Trims ASCII white space from both ends of @text, in place; returns @text. */
char *bloc_import_trim (char *text);
/* Parses a kind option value; @option names it in messages. Errors are BLOC_ERROR_USAGE. */
gboolean bloc_import_kind_parse (BlocKind *out, const char *text, const char *option,
                                 GError **error);

/* ---- GraphML as read (bloc-import-graphml-read.c) ---------------------------------------- */

/* What a key is declared for. */
typedef enum {
    BLOC_GRAPHML_NODE = 1 << 0,
    BLOC_GRAPHML_EDGE = 1 << 1,
    BLOC_GRAPHML_OTHER = 1 << 2,
} BlocGraphmlDomain;

/* A <key>. */
typedef struct {
    char *id;
    char *name;     /* attr.name; the id when there is none */
    char *fallback; /* <default> */
    BlocGraphmlDomain domain;
    gboolean yfiles_label; /* yEd's node graphics, whose NodeLabel is the node's name */
} BlocGraphmlKey;

/* A data value of a node or an edge. */
typedef struct {
    guint key;
    const char *value;
} BlocGraphmlValue;

/* A node, or what an edge has as a node has: its id, line and data values. */
typedef struct {
    const char *id;
    guint line;
    GArray *values; /* BlocGraphmlValue */
} BlocGraphmlItem;

/* An edge. */
typedef struct {
    BlocGraphmlItem item;
    const char *source;
    const char *target;
    int directed; /* -1: as the graph says */
} BlocGraphmlEdge;

/* A GraphML file as read: its keys, nodes and edges, and the reader's state. */
typedef struct {
    const char *file;
    char *base;
    BlocImportProblems *problems;
    GStringChunk *strings;
    GPtrArray *keys;     /* BlocGraphmlKey * */
    GHashTable *key_of;  /* id -> index + 1 */
    GArray *nodes;       /* BlocGraphmlItem */
    GHashTable *node_of; /* id -> index + 1 */
    GArray *edges;       /* BlocGraphmlEdge */
    gboolean directed;   /* the graph's edgedefault */
    guint graphs;
    /* Where the reader is. */
    gboolean root_seen;
    int owner; /* 0 none, 1 a node, 2 an edge, 3 a key */
    int owner_depth;
    int data_key; /* the key of the <data> being read, or -1 */
    int data_depth;
    guint data_line;
    gboolean in_default;
    gboolean in_label;   /* inside a yEd NodeLabel */
    gboolean label_done; /* the node's first NodeLabel is read */
    GString *text;
    GError *read_error;
    gboolean malformed; /* libxml2 stopped on an error: what was read is not the whole file */
    goffset bytes_read;
    gboolean after_cr;    /* the last byte read was a CR */
    char *last_xml_error; /* the last error libxml2 reported, to report it once */
    BlocImportInput *input;
} BlocGraphml;

/* Reads @file, opened as @input, into @g (zeroed), whose problems go to @problems, with
 * libxml2. FALSE with @error set when nothing more can be checked: the file is empty, in another
 * encoding, unreadable, or not well-formed (then @error lists the problems so far). Clear @g with
 * bloc_graphml_clear() whatever it returns. */
gboolean bloc_graphml_read (BlocGraphml *g, const char *file, BlocImportProblems *problems,
                            BlocImportInput *input, GError **error);
void bloc_graphml_clear (BlocGraphml *g);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocGraphml, bloc_graphml_clear)

/* ---- COW IGO v3 as read (bloc-import-cow-read.c) ----------------------------------------- */

/* What the cells of an entity say about one year. */
enum { BLOC_COW_YEAR_KNOWN = 1 << 0, BLOC_COW_YEAR_MISSING = 1 << 1 };

/* A state of the embedded COW state table. */
typedef struct {
    int ccode;
    char *abb;
    char *name;
    char *column;
    char *id;        /* ISO alpha-2 where there is one, else the COW abbreviation */
    int first, last; /* years in the system, within the years kept; 0 when unseen */
} BlocCowState;

/* An IGO, as the files name it. */
typedef struct {
    guint index;  /* the order it was first seen in, which cells refer to */
    char *abbrev; /* lower case, as the state-year columns have it */
    char *name;
    char *cow_code;
    char *id;
    int first, last;
    gboolean repaired; /* its name as written had Mac Roman letters, repaired */
} BlocCowIgo;

/* The files read: states, IGOs, the observations of their status, and the years known. */
typedef struct {
    GPtrArray *states;     /* BlocCowState * */
    GHashTable *by_ccode;  /* ccode -> index + 1 */
    GHashTable *by_column; /* igo-year column name -> index + 1 */
    GPtrArray *igos;       /* BlocCowIgo * */
    GHashTable *by_abbrev; /* lower-case abbreviation -> index + 1 */
    GArray *observations;  /* BlocImportObservation: from a state, to an IGO */
    /* (IGO or state, index, year) -> BLOC_COW_YEAR_KNOWN | BLOC_COW_YEAR_MISSING, for the entities
     * whose years come from cells: IGOs, and states in the igo-year layout. */
    GHashTable *years;
    const BlocImportCowOptions *options;
    const BlocImportTarget *target;
    BlocImportReport *report;
    BlocImportProblems *problems;
    guint64 memberships; /* cells coded 1, 2 or 3 in the years kept */
    guint64 conflicts;   /* cells two files code differently (the first file wins) */
    guint repaired;
    int first_year;
    int last_year;
} BlocCowImport;

/* Sets up @im (zeroed) to read for @options into @target, telling @report and @problems. */
void bloc_cow_import_init (BlocCowImport *im, const BlocImportCowOptions *options,
                           const BlocImportTarget *target, BlocImportReport *report,
                           BlocImportProblems *problems);
void bloc_cow_import_clear (BlocCowImport *im);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BlocCowImport, bloc_cow_import_clear)
/* Reads the embedded state table, then @files (NULL-terminated) into @im, with progress over
 * their bytes. Problems with cells go to @im's problems; FALSE with @error set when a file
 * cannot be read on. */
gboolean bloc_cow_read (BlocCowImport *im, const char *const *files, GError **error);
/* BLOC_COW_YEAR_KNOWN and BLOC_COW_YEAR_MISSING as the cells of IGO (@igo) or state @index say
 * of @year. */
guint bloc_cow_year_flags (const BlocCowImport *im, gboolean igo, guint index, int year);

G_END_DECLS
