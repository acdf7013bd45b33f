/* fuzz.h: what the libFuzzer harnesses of tests/fuzz/ share.
 *
 * Each harness defines LLVMFuzzerTestOneInput() on bloc's public headers (fuzz-csv.c also on the
 * CSV reader's, which is private to the loader). Built with -DBLOC_FUZZ=ON (clang), libFuzzer
 * drives it; in the ordinary builds, replay.c gives it a main() that runs it on files, so the
 * regression inputs are replayed by every `make test`.
 */
#pragma once

#include <glib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "bloc-import.h"
#include "bloc-model.h"

G_BEGIN_DECLS

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* A broken rule is a finding, as a crash is: say which, then abort so that libFuzzer keeps the
 * input. */
#define FUZZ_CHECK(cond, ...)                                                                      \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf (stderr, "fuzz: %s:%d: rule broken: ", __FILE__, __LINE__);                    \
            fprintf (stderr, __VA_ARGS__);                                                         \
            fputc ('\n', stderr);                                                                  \
            abort ();                                                                              \
        }                                                                                          \
    } while (0)

/* TRUE while the known finding @name is tolerated, so that fuzzing goes on past a bug that is
 * reported but not fixed yet. Each known finding has its reproducer in findings/<harness>/ and
 * its name in the list in common.c. With BLOC_FUZZ_STRICT=1 in the environment none is tolerated
 * (make fuzz-findings); with BLOC_FUZZ_STRICT=NAME,NAME... those are not. Once it is fixed, delete
 * the name and move the reproducer to regressions/<harness>/. */
gboolean fuzz_known (const char *name);

/* One piece of the input. */
typedef struct {
    const char *data; /* not NUL-terminated */
    gsize len;
} FuzzPart;

/* Splits @data at NUL bytes into at most @max parts, the last of which takes the rest (NUL bytes
 * included). Returns the number of parts, at least 1. */
guint fuzz_split (const uint8_t *data, size_t size, FuzzPart *parts, guint max);

/* A folder of this process for the harness's files ($TMPDIR/bloc-fuzz-XXXXXX), made on first
 * use and removed at exit. Transfer none. */
const char *fuzz_tmp_dir (void);

/* Writes @len bytes of @data to @name in fuzz_tmp_dir(), or removes that file when @data is
 * NULL. Returns the file's path; caller frees. */
char *fuzz_write (const char *name, const void *data, gsize len);

/* TRUE when every line of @message starts with one of @prefixes (NULL-terminated) and a
 * position ("line:col: "), as bloc's data errors do ("file:line:col: what (expected what)"), but
 * a last line @trailer (may be NULL). */
gboolean fuzz_positioned (const char *message, const char *const *prefixes, const char *trailer);

/* Parses @csv (@len bytes) as RFC 4180 CSV, on its own, not with bloc's reader: fields
 * separated by ',', records ended by CRLF or LF (the last one may not be), fields quoted with
 * '"' with doubled quotes inside. Returns the records, each a GPtrArray of its fields (char *),
 * or NULL when @csv is not such CSV. Transfer full. */
GPtrArray *fuzz_csv_parse (const char *csv, gsize len);

/* TRUE when @text is a number as bloc writes them, by a test of the harness's own:
 * [+-]digits[.digits][e[+-]digits], or with digits only after the point. */
gboolean fuzz_is_number (const char *text);

/* Checks the id rules on every entity of @ds: no id begins with '=', '+' or '@', or with '-'
 * unless it is a number, and none holds a format character (Unicode category Cf). */
void fuzz_check_ids (const BlocDataset *ds);

/* The input of an import harness: options, a NUL byte, then the file (which may hold NUL bytes
 * itself); an input without a NUL byte is the file alone. The options are lines "NAME=VALUE"
 * (a line "NAME" sets NAME to ""); names are those of the command's options. */
typedef struct {
    char *file;      /* the file's path in fuzz_tmp_dir() */
    GPtrArray *keys; /* char *: the options' names, in order */
    GPtrArray *values;
    GPtrArray *lists; /* char **, kept for fuzz_option_all() */
} FuzzImportInput;

/* Splits @data into a FuzzImportInput and writes its file as @name to fuzz_tmp_dir(). */
void fuzz_import_input_init (FuzzImportInput *in, const uint8_t *data, size_t size,
                             const char *name);
void fuzz_import_input_clear (FuzzImportInput *in);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (FuzzImportInput, fuzz_import_input_clear)

/* The value of the last option @name, or NULL when it is not given. Owned by @in. */
const char *fuzz_option (const FuzzImportInput *in, const char *name);
/* The values of every option @name, in order, NULL-terminated, or NULL when none is given.
 * Owned by @in. */
const char *const *fuzz_option_all (FuzzImportInput *in, const char *name);
/* The byte of option "delimiter" (comma, semicolon, tab, ",", ";", "\t"), or 0 (guess). */
char fuzz_option_delimiter (const FuzzImportInput *in);

/* An importer called by fuzz_import(), with its input and options in @data. */
typedef gboolean (*FuzzImportFunc) (BlocImportReport **out, const BlocImportTarget *target,
                                    gpointer data, GError **error);

/* Runs @import into a fresh folder "out" of fuzz_tmp_dir(), with the dataset's title @title (NULL
 * for the importer's own), and checks what every importer promises. Progress: @done never above
 * @total, never going back, @total the same throughout, and @done == @total at the last call of an
 * import that succeeds. A refused import gives a bloc error that is not the importer's own "does
 * not load" (the dataset it wrote was refused by the loader: a defect, unless @known, may be NULL,
 * says the message is a known finding), and leaves nothing behind: no output folder, no temporary
 * one. An accepted import loads with bloc_load_dataset() (whatever an importer writes, bloc check
 * loads), with as many entities and ties as the report says, and its ids follow fuzz_check_ids().
 * Returns the dataset loaded, or NULL when the import was refused (transfer full). */
BlocDataset *fuzz_import (FuzzImportFunc import, gpointer data, const char *title,
                          gboolean (*known) (const char *message));

G_END_DECLS
