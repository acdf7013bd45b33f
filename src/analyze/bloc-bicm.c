/* bloc-bicm.c: the bipartite configuration model (BiCM) fitted to a matrix's degrees.
 *
 * The BiCM (Saracco et al. 2015, "Randomizing bipartite networks: the case of the World Trade
 * Web", Scientific Reports 5) is the maximum-entropy distribution over 0/1 matrices whose
 * expected row and column sums are the observed ones. Cells are independent, with
 * p_rc = x_r y_c / (1 + x_r y_c), and x, y solve
 *
 *     k_r = Σ_c x_r y_c / (1 + x_r y_c),    d_c = Σ_r x_r y_c / (1 + x_r y_c).
 *
 * Rows (columns) of equal degree have equal x (y): the equations are solved once per distinct
 * degree, weighted by how many rows (columns) have it. The solution exists when some matrix
 * with entries strictly between 0 and 1 has these sums. A row or column that is empty or full
 * has its cells fixed at 0 or 1 and is set aside first (which may empty or fill others); what
 * remains must satisfy the Gale–Ryser inequalities strictly, or some cell is forced without the
 * model having finite parameters for it.
 */
#include "bloc-stats-private.h"

#include <math.h>
#include <string.h>

/* A degree and how many rows (columns) have it. */
typedef struct {
    guint degree;
    guint count;
} Class;

static int
compare_guint_desc (gconstpointer a, gconstpointer b)
{
    guint x = *(const guint *)a, y = *(const guint *)b;
    return x > y ? -1 : (x < y ? 1 : 0);
}

/* The distinct values of @deg[@n] with their counts, and for each index its class in @of. */
static GArray *
classes_of (const guint *deg, guint n, const gboolean *active, guint *of)
{
    GArray *classes = g_array_new (FALSE, FALSE, sizeof (Class));
    g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);

    for (guint i = 0; i < n; i++) {
        if (!active[i])
            continue;
        gpointer found;
        if (g_hash_table_lookup_extended (index, GUINT_TO_POINTER (deg[i]), NULL, &found)) {
            of[i] = GPOINTER_TO_UINT (found);
            g_array_index (classes, Class, of[i]).count++;
        } else {
            of[i] = classes->len;
            g_hash_table_insert (index, GUINT_TO_POINTER (deg[i]), GUINT_TO_POINTER (of[i]));
            Class c = { deg[i], 1 };
            g_array_append_val (classes, c);
        }
    }
    return classes;
}

/* TRUE when the remaining degrees (@rows active rows, @cols active columns) satisfy the
 * Gale–Ryser inequalities strictly: for every k in 1 .. rows - 1, the k largest row degrees sum
 * to less than Σ_c min(d_c, k). */
static gboolean
strictly_feasible (const guint *row_deg, const gboolean *row_on, guint n_rows, const guint *col_deg,
                   const gboolean *col_on, guint n_cols)
{
    g_autoptr (GArray) r = g_array_new (FALSE, FALSE, sizeof (guint));
    g_autofree guint *cols_with = NULL; /* cols_with[k] = columns of degree >= k */
    guint rows = 0, max_deg = 0;

    for (guint i = 0; i < n_rows; i++)
        if (row_on[i]) {
            g_array_append_val (r, row_deg[i]);
            rows++;
        }
    g_array_sort (r, compare_guint_desc);
    cols_with = g_new0 (guint, rows + 2);
    for (guint c = 0; c < n_cols; c++)
        if (col_on[c]) {
            max_deg = MAX (max_deg, col_deg[c]);
            for (guint k = 1; k <= MIN (col_deg[c], rows); k++)
                cols_with[k]++;
        }
    /* Σ_c min(d_c, k) = Σ_{j=1..k} (columns of degree >= j). */
    guint64 left = 0, right = 0;
    for (guint k = 1; k < rows; k++) {
        left += g_array_index (r, guint, k - 1);
        right += cols_with[k];
        if (left >= right)
            return FALSE;
    }
    return TRUE;
}

gboolean
bloc_bicm_fit (double **out_p, guint *out_iterations, const BlocBitMatrix *x, GError **error)
{
    guint R = x->n_rows, C = x->n_cols;
    g_autofree double *p = g_new0 (double, (gsize)R *C + 1);
    g_autofree guint *row_deg = g_memdup2 (x->row_degree, sizeof (guint) * (R + 1));
    g_autofree guint *col_deg = g_memdup2 (x->col_degree, sizeof (guint) * (C + 1));
    g_autofree gboolean *row_on = g_new (gboolean, R + 1);
    g_autofree gboolean *col_on = g_new (gboolean, C + 1);
    guint n_rows_on = R, n_cols_on = C, sweeps = 0;

    for (guint r = 0; r < R; r++)
        row_on[r] = TRUE;
    for (guint c = 0; c < C; c++)
        col_on[c] = TRUE;

    /* Set aside the empty and full rows and columns until none is left: their cells are 0 or
     * 1 in every matrix with these degrees. */
    for (gboolean changed = TRUE; changed;) {
        changed = FALSE;
        for (guint r = 0; r < R; r++) {
            if (!row_on[r] || (row_deg[r] != 0 && row_deg[r] != n_cols_on))
                continue;
            gboolean full = row_deg[r] != 0;
            for (guint c = 0; c < C; c++)
                if (col_on[c] && full) {
                    p[(gsize)r * C + c] = 1.0;
                    col_deg[c]--;
                }
            row_on[r] = FALSE;
            n_rows_on--;
            changed = TRUE;
        }
        for (guint c = 0; c < C; c++) {
            if (!col_on[c] || (col_deg[c] != 0 && col_deg[c] != n_rows_on))
                continue;
            gboolean full = col_deg[c] != 0;
            for (guint r = 0; r < R; r++)
                if (row_on[r] && full) {
                    p[(gsize)r * C + c] = 1.0;
                    row_deg[r]--;
                }
            col_on[c] = FALSE;
            n_cols_on--;
            changed = TRUE;
        }
    }

    if (n_rows_on > 0) {
        if (!strictly_feasible (row_deg, row_on, R, col_deg, col_on, C)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "the degrees force some ties, which the BiCM cannot model (expected "
                         "degrees that some matrix with no cell certain fits; use fdsm)");
            return FALSE;
        }
        g_autofree guint *row_class = g_new (guint, R + 1);
        g_autofree guint *col_class = g_new (guint, C + 1);
        g_autoptr (GArray) rc = classes_of (row_deg, R, row_on, row_class);
        g_autoptr (GArray) cc = classes_of (col_deg, C, col_on, col_class);
        guint nr = rc->len, nc = cc->len;
        const Class *rcl = (const Class *)rc->data, *ccl = (const Class *)cc->data;
        g_autofree double *xr = g_new (double, nr + 1);
        g_autofree double *yc = g_new (double, nc + 1);
        double total = 0;

        for (guint a = 0; a < nr; a++)
            total += (double)rcl[a].degree * rcl[a].count;
        for (guint a = 0; a < nr; a++)
            xr[a] = rcl[a].degree / sqrt (total);
        for (guint b = 0; b < nc; b++)
            yc[b] = ccl[b].degree / sqrt (total);

        /* Fixed-point sweeps, each equation solved for its own variable with the others held
         * (Gauss–Seidel order), until every expected degree is within 1e-10 of the observed
         * one. */
        const guint max_sweeps = 200000;
        double worst = INFINITY;
        for (sweeps = 1; sweeps <= max_sweeps; sweeps++) {
            for (guint a = 0; a < nr; a++) {
                double s = 0;
                for (guint b = 0; b < nc; b++)
                    s += ccl[b].count * yc[b] / (1.0 + xr[a] * yc[b]);
                xr[a] = rcl[a].degree / s;
            }
            for (guint b = 0; b < nc; b++) {
                double s = 0;
                for (guint a = 0; a < nr; a++)
                    s += rcl[a].count * xr[a] / (1.0 + xr[a] * yc[b]);
                yc[b] = ccl[b].degree / s;
            }
            /* The columns are exact after their update; check the rows. */
            worst = 0;
            for (guint a = 0; a < nr; a++) {
                double s = 0;
                for (guint b = 0; b < nc; b++)
                    s += ccl[b].count * xr[a] * yc[b] / (1.0 + xr[a] * yc[b]);
                worst = MAX (worst, fabs (s - rcl[a].degree));
            }
            if (worst < 1e-10)
                break;
        }
        if (!(worst < 1e-10)) {
            g_set_error (error, BLOC_ERROR, BLOC_ERROR_DATA,
                         "the BiCM did not converge in %u sweeps (largest degree error %g)",
                         max_sweeps, worst);
            return FALSE;
        }
        for (guint r = 0; r < R; r++) {
            if (!row_on[r])
                continue;
            for (guint c = 0; c < C; c++) {
                if (!col_on[c])
                    continue;
                double xy = xr[row_class[r]] * yc[col_class[c]];
                p[(gsize)r * C + c] = xy / (1.0 + xy);
            }
        }
    }
    if (out_iterations != NULL)
        *out_iterations = sweeps;
    *out_p = g_steal_pointer (&p);
    return TRUE;
}
