/* bloc-scenario.c: what-if scenarios: ties added and removed in memory. */
#include "bloc-model-private.h"

/* Splits "A:B[:C]" into 2 or 3 non-empty parts. */
static gboolean
split_tie_spec (const char *spec, gboolean allow_role, char ***out, GError **error)
{
    g_auto (GStrv) parts = g_strsplit (spec, ":", -1);
    guint n = g_strv_length (parts);
    gboolean ok = (n == 2 || (allow_role && n == 3));

    for (guint i = 0; ok && i < n; i++)
        ok = *g_strstrip (parts[i]) != '\0';
    if (!ok) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE, "bad tie '%s' (expected %s)", spec,
                     allow_role ? "FROM:TO or FROM:TO:ROLE" : "FROM:TO");
        return FALSE;
    }
    *out = g_steal_pointer (&parts);
    return TRUE;
}

/* The role most ties to @to have, ties broken by role order; member when there are none. */
static BlocRole
usual_role (const BlocDataset *ds, guint to)
{
    guint count[BLOC_N_ROLES] = { 0 };
    BlocRole best = BLOC_ROLE_MEMBER;

    for (guint i = 0; i < ds->ties->len; i++) {
        const BlocTie *t = bloc_dataset_tie (ds, i);
        if (t->to == to && (BLOC_PARTICIPATION_ROLES & BLOC_ROLE_BIT (t->role)))
            count[t->role]++;
    }
    for (int r = 0; r < BLOC_N_ROLES; r++)
        if (count[r] > count[best])
            best = (BlocRole)r;
    return best;
}

gboolean
bloc_dataset_add_tie (BlocDataset *ds, const char *spec, GError **error)
{
    g_auto (GStrv) parts = NULL;
    guint from, to;
    BlocRole role;

    if (!split_tie_spec (spec, TRUE, &parts, error))
        return FALSE;
    if (!bloc_dataset_find (ds, parts[0], &from, error) ||
        !bloc_dataset_find (ds, parts[1], &to, error))
        return FALSE;
    if (from == to) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_USAGE,
                     "bad tie '%s' (expected two different ids)", spec);
        return FALSE;
    }
    if (parts[2] == NULL) {
        role = usual_role (ds, to);
    } else {
        int value;
        if (!bloc_enum_parse (&value, bloc_role_enum (), parts[2], error))
            return FALSE;
        role = (BlocRole)value;
    }

    BlocTie tie = { 0 };
    tie.from = from;
    tie.to = to;
    tie.role = role;
    tie.source = "what-if";
    bloc_dataset_bound_tie (ds, &tie);
    g_array_append_val (ds->ties, tie);
    g_ptr_array_add (ds->scenario, g_strdup_printf ("added %s -> %s (%s)", parts[0], parts[1],
                                                    bloc_role_to_string (role)));
    g_array_append_val (ds->scenario_changes, ((BlocScenarioChange){ TRUE, from, to, role }));
    return TRUE;
}

gboolean
bloc_dataset_remove_ties (BlocDataset *ds, const char *spec, GError **error)
{
    g_auto (GStrv) parts = NULL;
    guint from, to, removed = 0;

    if (!split_tie_spec (spec, FALSE, &parts, error))
        return FALSE;
    if (!bloc_dataset_find (ds, parts[0], &from, error) ||
        !bloc_dataset_find (ds, parts[1], &to, error))
        return FALSE;
    for (guint i = ds->ties->len; i-- > 0;) {
        BlocTie *t = &g_array_index (ds->ties, BlocTie, i);
        if (t->from == from && t->to == to) {
            g_array_remove_index (ds->ties, i);
            removed++;
        }
    }
    if (removed == 0) {
        g_set_error (error, BLOC_ERROR, BLOC_ERROR_NOT_FOUND, "no tie from %s to %s to remove",
                     parts[0], parts[1]);
        return FALSE;
    }
    g_ptr_array_add (ds->scenario, g_strdup_printf ("removed %s -> %s", parts[0], parts[1]));
    g_array_append_val (ds->scenario_changes,
                        ((BlocScenarioChange){ FALSE, from, to, BLOC_ROLE_MEMBER }));
    return TRUE;
}
