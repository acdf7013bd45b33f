/* bloc-model.h: entities, ties, groups and the dataset that owns them.
 *
 * Ownership: a BlocDataset owns everything reachable from it. It is opaque: read it through the
 * accessors below. Entities, ties and groups are plain structs to read, never to change; every
 * pointer the accessors return (transfer none) stays valid until bloc_dataset_free(), except
 * that a what-if change (bloc_dataset_add_tie(), bloc_dataset_remove_ties()) may move the ties:
 * address ties by index, and look them up again after a change. Functions that return memory
 * the caller frees say so (transfer full).
 */
#pragma once

#include <glib.h>

#include "bloc-enum.h"
#include "bloc-error.h"
#include "bloc-text.h"

G_BEGIN_DECLS

typedef enum {
    BLOC_KIND_COUNTRY,
    BLOC_KIND_PERSON,
    BLOC_KIND_ORGANIZATION,
    BLOC_KIND_BODY,
    BLOC_KIND_AGREEMENT,
    BLOC_KIND_PROGRAMME,
    BLOC_KIND_FORUM,
    BLOC_KIND_EXERCISE,
    BLOC_N_KINDS
} BlocKind;

typedef enum {
    BLOC_ROLE_MEMBER,
    BLOC_ROLE_ASSOCIATE,
    BLOC_ROLE_OBSERVER,
    BLOC_ROLE_PARTNER,
    BLOC_ROLE_SIGNATORY,
    BLOC_ROLE_PARTY,
    BLOC_ROLE_PARTICIPANT,
    BLOC_ROLE_DONOR,
    BLOC_ROLE_IMPLEMENTER,
    BLOC_ROLE_PART_OF, /* structural: a body belongs to an organization */
    BLOC_ROLE_HOST,    /* structural: a seat or host country */
    BLOC_N_ROLES
} BlocRole;

/* A set of kinds or roles, one bit each. */
typedef guint32 BlocKindSet;
typedef guint32 BlocRoleSet;
#define BLOC_KIND_BIT(k) ((BlocKindSet)1u << (k))
#define BLOC_ROLE_BIT(r) ((BlocRoleSet)1u << (r))
#define BLOC_ALL_KINDS   ((BlocKindSet)((1u << BLOC_N_KINDS) - 1))
/* The roles that mean taking part: every role but the structural part_of and host. */
#define BLOC_PARTICIPATION_ROLES                                                                   \
    ((BlocRoleSet)(((1u << BLOC_N_ROLES) - 1) & ~BLOC_ROLE_BIT (BLOC_ROLE_PART_OF) &               \
                   ~BLOC_ROLE_BIT (BLOC_ROLE_HOST)))

/* Parses a year 1..9999 written with digits only into @out. FALSE when @text is not one. */
gboolean bloc_year_parse (const char *text, int *out);
/* Why @id cannot be an entity id (a static message), or NULL when it can. An id is not empty,
 * has no surrounding spaces, is valid UTF-8, holds no ',', ':', ';' (separators on the command
 * line), no control character and no format character (Unicode category Cf: bidirectional
 * controls, zero-width joiners and spaces, byte-order marks, which make two ids look alike), and
 * does not begin with '=', '+', '@', or '-' unless it is a number like -2 (a formula to a
 * spreadsheet). */
const char *bloc_id_problem (const char *id);
/* Checks @id as bloc_id_problem() does. Returns NULL when it can be an id; else the message
 * (caller frees), naming the character at fault when it is a format character, with
 * @out_offset (may be NULL) set to the byte offset of that character in @id (0 when the fault
 * is the whole id). */
char *bloc_id_check (const char *id, gsize *out_offset);

/* The kinds and roles, with their names and aliases (organisation, program). Static. */
const BlocEnum *bloc_kind_enum (void);
const BlocEnum *bloc_role_enum (void);

/* The canonical name of @kind. Static storage. */
const char *bloc_kind_to_string (BlocKind kind);
/* Looks @text up among the names and aliases of kinds. FALSE when it is none. */
gboolean bloc_kind_from_string (BlocKind *out, const char *text);

/* The canonical name of @role. Static storage. */
const char *bloc_role_to_string (BlocRole role);
/* Looks @text up among the names of roles. FALSE when it is none. */
gboolean bloc_role_from_string (BlocRole *out, const char *text);

/* Parses a comma-separated list of kinds ("country,person") into a set; a BLOC_ERROR_USAGE error
 * names an unknown kind and suggests the nearest (see bloc-enum.h). */
gboolean bloc_kind_set_parse (BlocKindSet *out, const char *text, GError **error);
/* Parses a comma-separated list of roles ("member,associate") into a set. */
gboolean bloc_role_set_parse (BlocRoleSet *out, const char *text, GError **error);

/* A calendar date of which only the year may be known. year == 0 means "not set". */
typedef struct {
    gint16 year;
    guint8 month; /* 0 when unknown */
    guint8 day;   /* 0 when unknown */
} BlocDate;

/* Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (years 1..9999, real calendar dates).
 * An empty string gives an unset date. On failure returns FALSE and sets @why to a static
 * description of what was wrong. */
gboolean bloc_date_parse (BlocDate *out, const char *text, const char **why);
/* Compares two set dates at their common precision: 2012-05 and 2012 compare equal. */
int bloc_date_compare (BlocDate a, BlocDate b);

/* `--year` absent: every tie that has not ended counts. */
#define BLOC_YEAR_ALL G_MININT

/* An entity: a country, an organization, ... Read-only; owned by its dataset. */
typedef struct {
    const char *id;
    BlocKind kind;
    const char *name;
    BlocDate since;
    BlocDate until;
    guint line; /* line in entities.csv; 0 when not from a file */
    /* Where the dataset keeps the entity's cells: read them with bloc_entity_cell(). */
    guint cells_at;
    guint n_cells;
} BlocEntity;

/* A tie: @from takes part in @to with @role. Read-only; owned by its dataset. */
typedef struct {
    guint from; /* entity index: the participant */
    guint to;   /* entity index: what it takes part in */
    BlocRole role;
    BlocDate since; /* as written */
    BlocDate until;
    /* The years the tie is active, [first_year, end_year), 0 when open: its own since and until,
     * narrowed by the dates of its two entities (an entity cannot take part before it exists or
     * after it has ended). */
    gint16 first_year;
    gint16 end_year;
    const char *source;
    guint line; /* line in ties.csv; 0 for a tie added by a scenario */
    /* Where the dataset keeps the tie's cells: read them with bloc_tie_cell(). */
    guint cells_at;
    guint n_cells;
} BlocTie;

/* A group of dataset.ini ([group:ID]). Read-only; owned by its dataset. */
typedef struct {
    const char *id;
    const char *name;
    GArray *members; /* guint entity indices, in the order the dataset gives them */
} BlocGroup;

/* A dataset: entities, ties, groups, and the what-if changes applied to it. Opaque. */
typedef struct BlocDataset BlocDataset;

/* Creates an empty dataset; @origin names it in messages. Returns a new dataset (transfer full):
 * free it with bloc_dataset_free(). Datasets come from bloc_load_dataset() (bloc-load.h). */
BlocDataset *bloc_dataset_new (const char *origin);
/* Frees @ds and everything it owns. NULL-safe. */
void bloc_dataset_free (BlocDataset *ds);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocDataset, bloc_dataset_free)

/* Where the data came from ("graphs/x", "embedded:central-asia-security"), for messages. */
const char *bloc_dataset_origin (const BlocDataset *ds);
/* The [dataset] title, or the folder's name. */
const char *bloc_dataset_title (const BlocDataset *ds);
/* The [dataset] description, or "". */
const char *bloc_dataset_description (const BlocDataset *ds);
/* The [dataset] sources, NULL-terminated (maybe empty). */
const char *const *bloc_dataset_sources (const BlocDataset *ds);
/* The [dataset] default-group, or NULL. */
const char *bloc_dataset_default_group (const BlocDataset *ds);
/* The weight of @role in the weighted measures: dataset.ini's [weights], or the default. */
double bloc_dataset_role_weight (const BlocDataset *ds, BlocRole role);

/* The entities, by index 0 .. n - 1 in the order of entities.csv. */
guint bloc_dataset_n_entities (const BlocDataset *ds);
const BlocEntity *bloc_dataset_entity (const BlocDataset *ds, guint index);

/* The ties, by index 0 .. n - 1: those of ties.csv in order, then any added by a scenario. */
guint bloc_dataset_n_ties (const BlocDataset *ds);
const BlocTie *bloc_dataset_tie (const BlocDataset *ds, guint index);

/* The groups, by index, sorted by id. */
guint bloc_dataset_n_groups (const BlocDataset *ds);
const BlocGroup *bloc_dataset_nth_group (const BlocDataset *ds, guint index);
/* The group with id @id, or NULL. */
const BlocGroup *bloc_dataset_group (const BlocDataset *ds, const char *id);

/* The columns of entities.csv and ties.csv, by index, in file order. */
guint bloc_dataset_n_entity_columns (const BlocDataset *ds);
const char *bloc_dataset_entity_column (const BlocDataset *ds, guint index);
guint bloc_dataset_n_tie_columns (const BlocDataset *ds);
const char *bloc_dataset_tie_column (const BlocDataset *ds, guint index);

/* The what-if changes applied, one line each ("added TM -> CSTO (member)"), in order. */
guint bloc_dataset_n_scenario_lines (const BlocDataset *ds);
const char *bloc_dataset_scenario_line (const BlocDataset *ds, guint index);
/* The what-if change @index in parts, for wording it in another language: its two entities
 * (entity indices) in @out_from and @out_to; returns TRUE for a tie added (--add), with its role
 * in @out_role, and FALSE for the ties removed (--remove; @out_role is then meaningless). */
gboolean bloc_dataset_scenario_change (const BlocDataset *ds, guint index, guint *out_from,
                                       guint *out_to, BlocRole *out_role);

/* Looks an entity up by id, setting @out to its index. Returns FALSE when there is none. */
gboolean bloc_dataset_lookup (const BlocDataset *ds, const char *id, guint *out);
/* As bloc_dataset_lookup(), but sets a BLOC_ERROR_NOT_FOUND error naming the id and the nearest
 * ids (see bloc_dataset_unknown_id_message() in bloc-query.h). */
gboolean bloc_dataset_find (const BlocDataset *ds, const char *id, guint *out, GError **error);

/* The value of the entity column @column ("seat", "name@fa", ...), or "" if the dataset has no
 * such column. Owned by @ds. */
const char *bloc_entity_cell (const BlocDataset *ds, const BlocEntity *e, const char *column);
/* The value of the tie column @column, or "" (also for a tie added by a scenario). */
const char *bloc_tie_cell (const BlocDataset *ds, const BlocTie *t, const char *column);
/* The same by the column's index (see bloc_dataset_entity_column() and
 * bloc_dataset_tie_column()), in O(log n) of the row's non-empty cells. */
const char *bloc_entity_cell_at (const BlocDataset *ds, const BlocEntity *e, guint column);
const char *bloc_tie_cell_at (const BlocDataset *ds, const BlocTie *t, guint column);

/* The label of @e in @lang ("fa", "ru", ...): the name@LANG column when it is set, else the
 * name. @lang may be NULL or "en" for the plain name. Owned by @ds. */
const char *bloc_entity_label (const BlocDataset *ds, const BlocEntity *e, const char *lang);

/* TRUE when @e exists in @year by its own since and until (an interval within one year counts
 * in that year). With BLOC_YEAR_ALL, TRUE when it has not ended. */
gboolean bloc_entity_exists (const BlocEntity *e, int year);
/* The years @e exists in by its own since and until: [*out_first, *out_end), each 0 when open.
 * An interval within one year counts in that year (2018-03 to 2018-06 gives 2018, 2019). */
void bloc_entity_years (const BlocEntity *e, int *out_first, int *out_end);

/* The region of @e (the region column), or "" when it has none. Owned by @ds. */
const char *bloc_entity_region (const BlocDataset *ds, const BlocEntity *e);
/* The regions the entities name, each once (the first spelling met), sorted, NULL-terminated;
 * empty when the dataset has no region column. Caller frees with g_strfreev(). */
char **bloc_dataset_regions (const BlocDataset *ds);
/* The entities whose region is @region, compared as bloc_text_fold() compares ("central asia"
 * is "Central Asia"), into @out: entity indices sorted by id (transfer full: g_array_unref()).
 * An unknown region is a BLOC_ERROR_USAGE error that suggests the nearest and lists the
 * regions there are. */
gboolean bloc_dataset_resolve_region (const BlocDataset *ds, const char *region, GArray **out,
                                      GError **error);

/* The languages of the name@LANG columns ("ru", "fa", ...) in column order, NULL-terminated.
 * Caller frees with g_strfreev(). */
char **bloc_dataset_languages (const BlocDataset *ds);

/* The groups @entity is a member of: group indices for bloc_dataset_nth_group(), so sorted by
 * group id. Caller frees with g_array_unref(). */
GArray *bloc_dataset_groups_of (const BlocDataset *ds, guint entity);

/* TRUE when @t is active in @year: first_year <= year < end_year, with a missing bound open. A
 * tie with first_year == end_year is never active. With BLOC_YEAR_ALL, TRUE when the tie has not
 * ended. */
static inline gboolean
bloc_tie_active (const BlocTie *t, int year)
{
    if (year == BLOC_YEAR_ALL)
        return t->end_year == 0;
    if (t->first_year != 0 && t->first_year > year)
        return FALSE;
    if (t->end_year != 0 && year >= t->end_year)
        return FALSE;
    return TRUE;
}

/* Resolves a group specification: the id of a [group:ID] section, or a comma-separated list of
 * entity ids ("KZ,KG,TJ"). Fills @out_members with entity indices (transfer full: free with
 * g_array_unref()) and @out_name with a display name (transfer full: g_free()). An unknown group
 * or id is a BLOC_ERROR_NOT_FOUND error that suggests the nearest groups or ids and lists the
 * groups of the dataset. */
gboolean bloc_dataset_resolve_group (const BlocDataset *ds, const char *spec, GArray **out_members,
                                     char **out_name, GError **error);

/* What-if scenarios. Both change the dataset in memory only, never a file, and record a line
 * (see bloc_dataset_scenario_line()).
 *
 * bloc_dataset_add_tie() takes "FROM:TO[:ROLE]". Without ROLE the new tie takes the role most
 * ties to TO have (ties between roles broken by role order), or member if TO has none.
 * bloc_dataset_remove_ties() takes "FROM:TO" and removes every tie from FROM to TO, whatever its
 * role; it is an error when there is none. */
gboolean bloc_dataset_add_tie (BlocDataset *ds, const char *spec, GError **error);
gboolean bloc_dataset_remove_ties (BlocDataset *ds, const char *spec, GError **error);

/* The ties into @entity (@incoming TRUE: who takes part in it) or out of it (what it takes part
 * in) that are active in @year, or every tie when @all is TRUE. Returns tie indices sorted by the
 * other end's id, then role, then since. Caller frees with g_array_unref(). */
GArray *bloc_dataset_ties_of (const BlocDataset *ds, guint entity, gboolean incoming, int year,
                              gboolean all);

/* Counts for `bloc summary`: a plain struct the caller provides. */
typedef struct {
    guint kinds[BLOC_N_KINDS]; /* entities by kind: every one, or those that exist in the year */
    guint roles[BLOC_N_ROLES]; /* ties by role, active in the year asked for */
    guint n_ties;
    int first_year; /* earliest year any entity or tie is active in by its dates; 0 when none */
    int last_year;
} BlocCounts;

/* Fills @out with the counts of @ds in @year (or BLOC_YEAR_ALL). */
void bloc_dataset_count (const BlocDataset *ds, int year, BlocCounts *out);
/* The same, counting only the entities @keep marks (one gboolean per entity of @ds; NULL for
 * all) and the ties with at least one end among them. */
void bloc_dataset_count_among (const BlocDataset *ds, int year, const gboolean *keep,
                               BlocCounts *out);

/* The ids of @entities (a GArray of entity indices) joined with @separator; with @max > 0, only
 * the first @max, then "and N more". Returns a new string (transfer full). */
char *bloc_dataset_join_ids (const BlocDataset *ds, const GArray *entities, const char *separator,
                             guint max);

/* Sorts a GArray of entity indices by entity id (byte order), in place. */
void bloc_dataset_sort_by_id (const BlocDataset *ds, GArray *indices);
/* strcmp() of the ids of entities @a and @b. */
int bloc_dataset_compare_ids (const BlocDataset *ds, guint a, guint b);

G_END_DECLS
