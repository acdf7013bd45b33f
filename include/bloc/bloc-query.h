/* bloc-query.h: asking about entities: search by text, everything about one entity, and the
 * nearest ids to one that is not in the data.
 *
 * Text is compared as people compare it: ignoring case and accents (bloc_text_fold()), so
 * "uzbek", "UZBEK" and "Uzbek" find the same entities, and "Казахстан" or "ازبکستان" find
 * them by their Russian or Persian names.
 *
 * Ownership: bloc_find() returns a new opaque BlocFindResults through @out (transfer full): free
 * it with bloc_find_results_free(), or declare it g_autoptr. Its accessors return values, or
 * strings owned by the dataset (transfer none) that live as long as the dataset. The JSON
 * builders return a new node (transfer full): release it with json_node_unref().
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "bloc-enum.h"
#include "bloc-model.h"

G_BEGIN_DECLS

/* ---- Search --------------------------------------------------------------------------------- */

/* How an entity matches a search, best first. */
typedef enum {
    BLOC_MATCH_ID,          /* the text is the id */
    BLOC_MATCH_ID_PREFIX,   /* the id starts with the text */
    BLOC_MATCH_NAME_PREFIX, /* a name, in any language, starts with the text */
    BLOC_MATCH_TEXT,        /* the text is in the id, a name, the region or the note, or each of
                             * its words starts a word there */
} BlocMatch;

/* The kinds of match, with their names: id, id_prefix, name_prefix, text. Static. */
const BlocEnum *bloc_match_enum (void);
/* The name of @match. Static storage. */
const char *bloc_match_to_string (BlocMatch match);

/* The entities that match a search, best first. Opaque. */
typedef struct BlocFindResults BlocFindResults;

/* Searches the ids, the names in every language (name and name@LANG), the regions and the
 * notes of the entities of @ds whose kind is in @kinds for @text, ignoring case and accents.
 * Each entity is listed once, by its best match; the results are ranked by the kind of match
 * (BlocMatch), then by the field that matched (id, name, names in other languages, region,
 * note), then by id. Into @out (transfer full). An empty @text, or one that is not valid UTF-8,
 * is a BLOC_ERROR_USAGE error.
 * Time: linear in the size of the searched text. */
gboolean bloc_find (BlocFindResults **out, const BlocDataset *ds, const char *text,
                    BlocKindSet kinds, GError **error);
/* Frees @r. NULL-safe. */
void bloc_find_results_free (BlocFindResults *r);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (BlocFindResults, bloc_find_results_free)

/* The number of entities found. */
guint bloc_find_results_n (const BlocFindResults *r);
/* The entity index of result @i. */
guint bloc_find_results_entity (const BlocFindResults *r, guint i);
/* How result @i matched. */
BlocMatch bloc_find_results_match (const BlocFindResults *r, guint i);
/* The field that matched: a column of entities.csv ("id", "name", "name@fa", "region",
 * "note"). Owned by the dataset. */
const char *bloc_find_results_field (const BlocFindResults *r, guint i);
/* The text of that field. Owned by the dataset. */
const char *bloc_find_results_value (const BlocFindResults *r, guint i);

/* ---- Suggestions ---------------------------------------------------------------------------- */

/* The ids nearest to @text, which is not an id of @ds, for a "did you mean": an id equal but
 * for case ("csto"), else the ids at a small edit distance or that start with @text (see
 * bloc_text_suggest()), else the entities named @text in any language ("Uzbekistan" gives UZ),
 * else those whose name starts with it. At most @max, NULL-terminated; empty when nothing is
 * near or @text is not valid UTF-8. Caller frees with g_strfreev(). */
char **bloc_dataset_suggest_ids (const BlocDataset *ds, const char *text, guint max);

/* The message for an id @text that is not in @ds: "unknown entity 'csto'; did you mean 'CSTO'
 * (Collective Security Treaty Organization)? (expected an id of ORIGIN)". Caller frees. */
char *bloc_dataset_unknown_id_message (const BlocDataset *ds, const char *text);

/* ---- One entity ----------------------------------------------------------------------------- */

/* Everything about entity @entity, as JSON, for `bloc show` and for entity cards:
 *
 *     { "id": "UZ", "kind": "country", "name": "Uzbekistan",
 *       "names": { "ru": "Узбекистан", "fa": "ازبکستان", ... },     non-empty name@LANG
 *       "since": null, "until": null,                               as written, or null
 *       "region": "Central Asia", "seat": null, "note": null,       text, or null
 *       "attributes": { "COLUMN": "value", ... },                   other non-empty columns
 *       "year": null,                                               @year, or null
 *       "exists": true,                                             in @year (or not ended)
 *       "groups": [ { "id": "central-asia", "name": "Central Asia" }, ... ],
 *       "memberships": [ TIE, ... ],                                what it takes part in
 *       "members": [ TIE, ... ] }                                   who takes part in it
 *
 * where a TIE is { "id", "name", "kind" } of the entity at the other end (its name in @lang,
 * see bloc_entity_label()), "role", "since" and "until" as written (or null), "active" (TRUE
 * when the tie is active in @year, or has not ended), "source" and "note" (or null), sorted as
 * bloc_dataset_ties_of() sorts them. With @year BLOC_YEAR_ALL, every tie is listed; with a year,
 * only those active in it. Every key is always present. Returns a new object node (transfer
 * full). */
JsonNode *bloc_entity_to_json (const BlocDataset *ds, guint entity, int year, const char *lang);

G_END_DECLS
