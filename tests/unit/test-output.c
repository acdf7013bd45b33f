/* test-output.c: tables in every format, what they do with hostile text, and atomic writes.
 *
 * The atomic writes are tested with faults injected into rename() and renameat2(): this program
 * defines both, so the library's calls come here, and each fails, kills the process or does the
 * real thing as the test asks. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "bloc-import.h"
#include "bloc-init.h"
#include "bloc-output.h"

/* What the next rename() and renameat2() calls do. */
typedef enum {
    FAULT_NONE,            /* the real call */
    FAULT_FAIL,            /* fail with EIO */
    FAULT_KILL_BEFORE,     /* the process is killed before the call */
    FAULT_KILL_AFTER,      /* ... right after it */
    FAULT_CANNOT_EXCHANGE, /* renameat2: EINVAL, as on a file system that cannot exchange */
} Fault;

static Fault rename_fault, renameat2_fault;
static guint n_renames, n_renameat2;
/* rename_fault applies to this rename() only (counted from 1), or to every one when 0. */
static guint rename_fault_at;

static int
apply_fault (Fault fault, int (*real) (void *), void *args)
{
    if (fault == FAULT_FAIL || fault == FAULT_CANNOT_EXCHANGE) {
        errno = fault == FAULT_FAIL ? EIO : EINVAL;
        return -1;
    }
    if (fault == FAULT_KILL_BEFORE)
        raise (SIGKILL);
    int status = real (args);
    if (fault == FAULT_KILL_AFTER)
        raise (SIGKILL);
    return status;
}

typedef struct {
    const char *from, *to;
    unsigned int flags;
} RenameArgs;

static int
real_rename (void *data)
{
    RenameArgs *a = data;
    return renameat (AT_FDCWD, a->from, AT_FDCWD, a->to);
}

static int
real_renameat2 (void *data)
{
    RenameArgs *a = data;
    return (int)syscall (SYS_renameat2, AT_FDCWD, a->from, AT_FDCWD, a->to, a->flags);
}

int
rename (const char *from, const char *to)
{
    RenameArgs args = { from, to, 0 };
    n_renames++;
    gboolean this_one = rename_fault_at == 0 || rename_fault_at == n_renames;
    return apply_fault (this_one ? rename_fault : FAULT_NONE, real_rename, &args);
}

int
renameat2 (int from_dir, const char *from, int to_dir, const char *to, unsigned int flags)
{
    g_assert_cmpint (from_dir, ==, AT_FDCWD);
    g_assert_cmpint (to_dir, ==, AT_FDCWD);
    RenameArgs args = { from, to, flags };
    n_renameat2++;
    return apply_fault (renameat2_fault, real_renameat2, &args);
}

static void
reset_faults (void)
{
    rename_fault = renameat2_fault = FAULT_NONE;
    n_renames = n_renameat2 = 0;
    rename_fault_at = 0;
}

static int
compare_names (gconstpointer a, gconstpointer b)
{
    return strcmp (*(const char *const *)a, *(const char *const *)b);
}

/* The names in folder @dir, sorted and joined with spaces. */
static char *
list_dir (const char *dir)
{
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    g_autoptr (GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
    const char *name;

    g_assert_nonnull (d);
    while ((name = g_dir_read_name (d)) != NULL)
        g_ptr_array_add (names, g_strdup (name));
    g_ptr_array_sort (names, compare_names);
    g_ptr_array_add (names, NULL);
    return g_strjoinv (" ", (char **)names->pdata);
}

static char *
read_text (const char *path)
{
    char *text = NULL;
    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    return text;
}

/* Writes @text to @path directly (g_file_set_contents() would rename, which counts here). */
static void
write_text (const char *path, const char *text)
{
    FILE *f = fopen (path, "w");
    g_assert_nonnull (f);
    g_assert_cmpint (fputs (text, f), >=, 0);
    g_assert_cmpint (fclose (f), ==, 0);
}

/* Runs @func (@data) in a child process that rename() or renameat2() kills, and checks that it
 * was killed. */
static void
run_killed (void (*func) (gpointer), gpointer data)
{
    pid_t pid = fork ();
    g_assert_cmpint (pid, >=, 0);
    if (pid == 0) {
        func (data);
        _exit (0); /* not killed: the parent says so */
    }
    int status;
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    g_assert_true (WIFSIGNALED (status));
    g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
}

/* bloc_csv_append_safe() of @text. */
static char *
safe_cell (const char *text)
{
    GString *out = g_string_new (NULL);
    bloc_csv_append_safe (out, text);
    return g_string_free (out, FALSE);
}

/* The text of one CSV cell as a CSV reader gives it: outer quotes off, inner ones undoubled. */
static char *
csv_unquote (const char *cell)
{
    if (cell[0] != '"')
        return g_strdup (cell);
    GString *text = g_string_new (NULL);
    for (const char *p = cell + 1; p[1] != '\0'; p++) {
        g_string_append_c (text, *p);
        if (*p == '"')
            p++;
    }
    return g_string_free (text, FALSE);
}

static void
test_csv_formulas (void)
{
    static const struct {
        const char *text;
        const char *cell;
    } cases[] = {
        { "=1+1", "'=1+1" },
        { "+SUM(1)", "'+SUM(1)" },
        { "-2+3", "'-2+3" },
        { "@SUM(A1)", "'@SUM(A1)" },
        { "\tx", "'\tx" },
        { "\rx", "\"'\rx\"" },
        { "=HYPERLINK(\"u\",\"x\")", "\"'=HYPERLINK(\"\"u\"\",\"\"x\"\")\"" },
        { "-", "'-" },
        { "+", "'+" },
        /* Numbers stay numbers. */
        { "-2", "-2" },
        { "+0.5", "+0.5" },
        { "-1e-3", "-1e-3" },
        { "2014", "2014" },
        /* Only the first character counts. */
        { "a=b", "a=b" },
        { " =x", "\" =x\"" },
        { "", "" },
        { "Kazakhstan", "Kazakhstan" },
        /* Text that already looks marked gets one more mark; other apostrophes stay alone. */
        { "'=x", "''=x" },
        { "''+x", "'''+x" },
        { "'-2", "''-2" },
        { "'x", "'x" },
        { "'", "'" },
        { "''", "''" },
        { "a'=b", "a'=b" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        g_autofree char *cell = safe_cell (cases[i].text);
        g_assert_cmpstr (cell, ==, cases[i].cell);
        /* Without an apostrophe of its own, a formula is what gets the quote mark. */
        gboolean marked = cases[i].cell[0] == '\'' || g_str_has_prefix (cases[i].cell, "\"'");
        if (cases[i].text[0] != '\'')
            g_assert_cmpint (bloc_csv_is_formula (cases[i].text), ==, marked);
    }

    /* bloc_csv_unmark() gives back every text from the cell bloc_csv_append_safe() wrote
     * (before CSV quoting, which any CSV reader undoes). */
    static const char *const texts[] = {
        "=1+1", "+SUM(1)", "-2+3", "@x", "\tx", "\rx", "-",    "-2",  "+0.5", "2014", "a=b",
        " =x",  "",        "'",    "''", "'x",  "'=x", "''=x", "'-2", "''",   "'\t",  "Kazakhstan",
    };
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++) {
        g_autofree char *quoted = safe_cell (texts[i]);
        g_autofree char *cell = csv_unquote (quoted);
        g_assert_cmpstr (bloc_csv_unmark (cell), ==, texts[i]);
    }
    /* A cell written by hand: the mark comes off only before a formula's first character. */
    g_assert_cmpstr (bloc_csv_unmark ("'=SUM(A1)"), ==, "=SUM(A1)");
    g_assert_cmpstr (bloc_csv_unmark ("'-2"), ==, "-2");
    g_assert_cmpstr (bloc_csv_unmark ("'abc"), ==, "'abc");
    g_assert_cmpstr (bloc_csv_unmark ("'"), ==, "'");
}

static void
test_csv_table (void)
{
    g_autoptr (BlocTable) table = bloc_table_new ((const char *[]){ "id", "n", "x", "list", NULL });
    g_autoptr (GString) out = g_string_new (NULL);

    bloc_table_add_row (table);
    bloc_table_add_text (table, "=A1");
    bloc_table_add_int (table, -2);
    bloc_table_add_real (table, -0.5);
    bloc_table_add_list (table, (const char *[]){ "-a", "b" }, 2);
    bloc_table_add_row (table);
    bloc_table_add_text (table, "-2");
    bloc_table_add_int (table, 3);
    bloc_table_add_null (table);
    bloc_table_add_list (table, (const char *[]){ "a", "@b" }, 2);
    bloc_table_format (table, BLOC_FORMAT_CSV, out);
    g_assert_cmpstr (out->str, ==,
                     "id,n,x,list\r\n"
                     "'=A1,-2,-0.5,'-a;b\r\n"
                     "-2,3,,a;@b\r\n");

    /* The other formats show the text as it is. */
    g_string_truncate (out, 0);
    bloc_table_format (table, BLOC_FORMAT_JSON, out);
    g_assert_nonnull (strstr (out->str, "\"=A1\""));
}

static void
test_write_new_and_replace (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
    g_autoptr (GError) error = NULL;
    struct stat st;

    reset_faults ();
    mode_t mask = umask (022);
    g_assert_true (bloc_output_write (path, "one\n", 4, &error));
    g_assert_no_error (error);
    g_autofree char *one = read_text (path);
    g_assert_cmpstr (one, ==, "one\n");
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 07777, ==, 0644); /* 0666 less the umask */
    g_autofree char *names = list_dir (dir);
    g_assert_cmpstr (names, ==, "out.txt");

    /* A replaced file keeps its mode. */
    g_assert_cmpint (g_chmod (path, 0640), ==, 0);
    g_assert_true (bloc_output_write (path, "two\n", 4, &error));
    g_autofree char *two = read_text (path);
    g_assert_cmpstr (two, ==, "two\n");
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 07777, ==, 0640);
    g_assert_cmpuint (n_renames, ==, 2);
    umask (mask);

    g_assert_cmpint (g_remove (path), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_refusals (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
    g_autofree char *sub = g_build_filename (dir, "sub", NULL);
    g_autoptr (GError) error = NULL;

    reset_faults ();
    /* A read-only file is not replaced, whoever runs the test (root may write anything, so
     * the mode bits decide, as cp does without -f). */
    write_text (path, "precious\n");
    g_assert_cmpint (g_chmod (path, 0444), ==, 0);
    g_assert_false (bloc_output_write (path, "new\n", 4, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_IO);
    g_autofree char *want = g_strdup_printf (
        "cannot write %s: the file is read-only (expected a file bloc may replace: make it "
        "writable or remove it first)",
        path);
    g_assert_cmpstr (error->message, ==, want);
    g_clear_error (&error);
    g_autofree char *kept = read_text (path);
    g_assert_cmpstr (kept, ==, "precious\n");
    g_assert_cmpuint (n_renames, ==, 0);

    /* A folder. */
    g_assert_cmpint (g_mkdir (sub, 0755), ==, 0);
    g_assert_false (bloc_output_write (sub, "x", 1, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_IO);
    g_autofree char *folder = g_strdup_printf ("cannot write %s: a folder (expected a file)", sub);
    g_assert_cmpstr (error->message, ==, folder);
    g_clear_error (&error);

    /* No name. */
    g_assert_false (bloc_output_write ("", "x", 1, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_USAGE);
    g_clear_error (&error);

    g_autofree char *names = list_dir (dir);
    g_assert_cmpstr (names, ==, "out.txt sub");
    g_assert_cmpint (g_chmod (path, 0644), ==, 0);
    g_assert_cmpint (g_remove (path), ==, 0);
    g_assert_cmpint (g_rmdir (sub), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_write_through_link (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *target = g_build_filename (dir, "target.txt", NULL);
    g_autofree char *link = g_build_filename (dir, "link.txt", NULL);
    g_autoptr (GError) error = NULL;

    reset_faults ();
    write_text (target, "old\n");
    g_assert_cmpint (symlink ("target.txt", link), ==, 0);
    g_assert_true (bloc_output_write (link, "new\n", 4, &error));
    g_assert_no_error (error);
    /* The link stays a link, and the file it names gets the text. */
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
    g_autofree char *text = read_text (target);
    g_assert_cmpstr (text, ==, "new\n");
    g_autofree char *names = list_dir (dir);
    g_assert_cmpstr (names, ==, "link.txt target.txt");

    g_assert_cmpint (g_remove (link), ==, 0);
    g_assert_cmpint (g_remove (target), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct {
    const char *path;
} WriteJob;

static void
write_job (gpointer data)
{
    const WriteJob *job = data;
    bloc_output_write (job->path, "new\n", 4, NULL);
}

static void
test_write_killed_at_rename (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "out.txt", NULL);
    g_autoptr (GError) error = NULL;

    reset_faults ();
    write_text (path, "old\n");
    rename_fault = FAULT_KILL_BEFORE;
    WriteJob job = { path };
    run_killed (write_job, &job);

    /* The old file is whole, and the new text waits in a hidden file beside it. */
    g_autofree char *kept = read_text (path);
    g_assert_cmpstr (kept, ==, "old\n");
    g_autofree char *names = list_dir (dir);
    g_auto (GStrv) parts = g_strsplit (names, " ", -1);
    g_assert_cmpuint (g_strv_length (parts), ==, 2);
    g_assert_true (g_str_has_prefix (parts[0], ".out.txt."));
    g_assert_cmpstr (parts[1], ==, "out.txt");
    g_autofree char *temp = g_build_filename (dir, parts[0], NULL);
    g_autofree char *pending = read_text (temp);
    g_assert_cmpstr (pending, ==, "new\n");
    g_assert_cmpint (g_remove (temp), ==, 0);

    /* A rename that fails: the message names the file asked for, and nothing is left. */
    rename_fault = FAULT_FAIL;
    g_assert_false (bloc_output_write (path, "new\n", 4, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_IO);
    g_autofree char *want = g_strdup_printf ("cannot write %s: %s", path, g_strerror (EIO));
    g_assert_cmpstr (error->message, ==, want);
    g_autofree char *after = list_dir (dir);
    g_assert_cmpstr (after, ==, "out.txt");
    g_autofree char *still = read_text (path);
    g_assert_cmpstr (still, ==, "old\n");

    reset_faults ();
    g_assert_cmpint (g_remove (path), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* A folder @dir/@name holding one file "data" with @text. Returns its path. */
static char *
make_folder (const char *dir, const char *name, const char *text)
{
    char *path = g_build_filename (dir, name, NULL);
    g_autofree char *file = g_build_filename (path, "data", NULL);
    g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
    write_text (file, text);
    return path;
}

/* The text of @dir/data, or "" when there is no such folder. */
static char *
folder_text (const char *dir)
{
    g_autofree char *file = g_build_filename (dir, "data", NULL);
    if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
        return g_strdup ("");
    return read_text (file);
}

static void
remove_folder (const char *dir)
{
    g_autofree char *file = g_build_filename (dir, "data", NULL);
    g_assert_cmpint (g_remove (file), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_replace_dir (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "cow", NULL);
    g_autoptr (GError) error = NULL;
    g_autofree char *old = NULL;

    reset_faults ();
    /* Nothing there yet: a rename. */
    g_autofree char *first = make_folder (dir, ".cow.new1", "1");
    g_assert_true (bloc_output_replace_dir (&old, first, path, &error));
    g_assert_no_error (error);
    g_assert_null (old);
    g_autofree char *text1 = folder_text (path);
    g_assert_cmpstr (text1, ==, "1");

    /* A folder there: exchanged in one step, the old one left where the new one was. */
    g_autofree char *second = make_folder (dir, ".cow.new2", "2");
    g_assert_true (bloc_output_replace_dir (&old, second, path, &error));
    g_assert_cmpuint (n_renameat2, ==, 1);
    g_assert_cmpstr (old, ==, second);
    g_autofree char *text2 = folder_text (path);
    g_assert_cmpstr (text2, ==, "2");
    g_autofree char *text_old = folder_text (old);
    g_assert_cmpstr (text_old, ==, "1");
    remove_folder (old);
    g_clear_pointer (&old, g_free);

    /* Where the file system cannot exchange: the old folder aside under a hidden name, then the
     * new one in its place. */
    renameat2_fault = FAULT_CANNOT_EXCHANGE;
    g_autofree char *third = make_folder (dir, ".cow.new3", "3");
    g_assert_true (bloc_output_replace_dir (&old, third, path, &error));
    g_assert_no_error (error);
    g_autofree char *text3 = folder_text (path);
    g_assert_cmpstr (text3, ==, "3");
    g_autofree char *aside = g_path_get_basename (old);
    g_assert_true (g_str_has_prefix (aside, ".cow.old-"));
    g_autofree char *text_aside = folder_text (old);
    g_assert_cmpstr (text_aside, ==, "2");
    remove_folder (old);
    g_clear_pointer (&old, g_free);

    /* A second rename that fails puts the old folder back. */
    rename_fault = FAULT_FAIL;
    rename_fault_at = n_renames + 2;
    g_autofree char *fourth = make_folder (dir, ".cow.new4", "4");
    g_assert_false (bloc_output_replace_dir (&old, fourth, path, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_IO);
    g_clear_error (&error);
    g_assert_null (old);
    g_autofree char *text_back = folder_text (path);
    g_assert_cmpstr (text_back, ==, "3");
    g_autofree char *names = list_dir (dir);
    g_assert_cmpstr (names, ==, ".cow.new4 cow");
    remove_folder (fourth);

    /* Not a folder. */
    reset_faults ();
    g_autofree char *file = g_build_filename (dir, "file", NULL);
    write_text (file, "x");
    g_autofree char *fifth = make_folder (dir, ".cow.new5", "5");
    g_assert_false (bloc_output_replace_dir (&old, fifth, file, &error));
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_IO);
    g_clear_error (&error);
    remove_folder (fifth);
    g_assert_cmpint (g_remove (file), ==, 0);

    remove_folder (path);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

typedef struct {
    const char *new_dir;
    const char *path;
} ReplaceJob;

static void
replace_job (gpointer data)
{
    const ReplaceJob *job = data;
    g_autofree char *old = NULL;
    bloc_output_replace_dir (&old, job->new_dir, job->path, NULL);
}

/* Where a replacement is killed: the fault of renameat2(), and of the rename() numbered @at. */
typedef struct {
    Fault exchange;
    Fault rename;
    guint at;
} Kill;

/* Kills a replacement of @path (holding "old") by a new folder at each of @kills, and returns
 * what @path holds after each, joined with commas. */
static char *
kill_replacement (const char *dir, const char *path, const Kill *kills, guint n_kills)
{
    GString *seen = g_string_new (NULL);

    for (guint i = 0; i < n_kills; i++) {
        g_autofree char *old = make_folder (dir, "cow", "old");
        g_autofree char *fresh = make_folder (dir, ".cow.new", "new");
        reset_faults ();
        renameat2_fault = kills[i].exchange;
        rename_fault = kills[i].rename;
        rename_fault_at = kills[i].at;
        ReplaceJob job = { fresh, path };
        run_killed (replace_job, &job);
        g_autofree char *text = folder_text (path);
        g_string_append_printf (seen, "%s%s", i > 0 ? "," : "", *text ? text : "nothing");
        /* Clean up whatever is left. */
        g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
        const char *name;
        g_autoptr (GPtrArray) left = g_ptr_array_new_with_free_func (g_free);
        while ((name = g_dir_read_name (d)) != NULL)
            g_ptr_array_add (left, g_build_filename (dir, name, NULL));
        for (guint k = 0; k < left->len; k++)
            remove_folder (g_ptr_array_index (left, k));
    }
    reset_faults ();
    return g_string_free (seen, FALSE);
}

static void
test_replace_dir_killed (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "cow", NULL);

    /* The exchange is one step: killed before it, the old dataset is there; after it, the new
     * one. Never nothing. */
    const Kill exchange[] = {
        { FAULT_KILL_BEFORE, FAULT_NONE, 0 },
        { FAULT_KILL_AFTER, FAULT_NONE, 0 },
    };
    g_autofree char *seen = kill_replacement (dir, path, exchange, G_N_ELEMENTS (exchange));
    g_assert_cmpstr (seen, ==, "old,new");

    /* The fallback's two renames, killed before, between and after them: between them is the
     * window that bloc-output.h states, with the old dataset in a hidden folder beside. */
    const Kill fallback[] = {
        { FAULT_CANNOT_EXCHANGE, FAULT_KILL_BEFORE, 1 },
        { FAULT_CANNOT_EXCHANGE, FAULT_KILL_BEFORE, 2 },
        { FAULT_CANNOT_EXCHANGE, FAULT_KILL_AFTER, 2 },
    };
    g_autofree char *seen_fallback =
        kill_replacement (dir, path, fallback, G_N_ELEMENTS (fallback));
    g_assert_cmpstr (seen_fallback, ==, "old,nothing,new");

    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

/* bloc import --force puts the dataset in place with bloc_output_replace_dir(): renamed when
 * new, exchanged with the old one in one step, or in two renames where the file system cannot
 * exchange; no hidden folder is left behind. */
static void
test_import_force (void)
{
    g_autofree char *dir = g_dir_make_tmp ("bloc-output-XXXXXX", NULL);
    g_autofree char *input = g_build_filename (dir, "table.txt", NULL);
    g_autofree char *path = g_build_filename (dir, "cow", NULL);
    g_autofree char *ties = g_build_filename (path, "ties.csv", NULL);
    const BlocImportTableOptions options = { 0 };
    const BlocImportTarget target = { path, TRUE, NULL, NULL, NULL };
    static const struct {
        const char *table;
        Fault exchange;
        guint n_exchanges;
        const char *tie;
    } imports[] = {
        { "from,to\nKZ,CSTO\n", FAULT_NONE, 0, "\nKZ,CSTO,member," },
        { "from,to\nKZ,SCO\n", FAULT_NONE, 1, "\nKZ,SCO,member," },
        { "from,to\nUZ,SCO\n", FAULT_CANNOT_EXCHANGE, 1, "\nUZ,SCO,member," },
    };

    for (guint i = 0; i < G_N_ELEMENTS (imports); i++) {
        g_autoptr (BlocImportReport) report = NULL;
        g_autoptr (GError) error = NULL;
        reset_faults ();
        renameat2_fault = imports[i].exchange;
        write_text (input, imports[i].table);
        g_assert_true (bloc_import_table (&report, input, &options, &target, &error));
        g_assert_no_error (error);
        g_assert_cmpuint (n_renameat2, ==, imports[i].n_exchanges);
        g_autofree char *text = read_text (ties);
        g_assert_nonnull (strstr (text, imports[i].tie));
        g_autofree char *names = list_dir (dir);
        g_assert_cmpstr (names, ==, "cow table.txt");
    }
    reset_faults ();
    const char *files[] = { "entities.csv", "ties.csv", "dataset.ini" };
    for (guint i = 0; i < G_N_ELEMENTS (files); i++) {
        g_autofree char *file = g_build_filename (path, files[i], NULL);
        g_assert_cmpint (g_remove (file), ==, 0);
    }
    g_assert_cmpint (g_rmdir (path), ==, 0);
    g_assert_cmpint (g_remove (input), ==, 0);
    g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/output/csv/formulas", test_csv_formulas);
    g_test_add_func ("/output/csv/table", test_csv_table);
    g_test_add_func ("/output/write/new-and-replace", test_write_new_and_replace);
    g_test_add_func ("/output/write/refusals", test_write_refusals);
    g_test_add_func ("/output/write/through-link", test_write_through_link);
    g_test_add_func ("/output/write/killed-at-rename", test_write_killed_at_rename);
    g_test_add_func ("/output/replace-dir/steps", test_replace_dir);
    g_test_add_func ("/output/replace-dir/killed", test_replace_dir_killed);
    g_test_add_func ("/output/replace-dir/import-force", test_import_force);
    return g_test_run ();
}
