/* test-csv.c: the streaming CSV reader. */
#include <string.h>

#include "bloc-csv.h"
#include "bloc-init.h"

typedef struct {
    GPtrArray *records; /* GPtrArray of char * fields, as "text@line:col" */
    GPtrArray *errors;  /* char * messages */
} Result;

static void
result_clear (Result *r)
{
    g_ptr_array_unref (r->records);
    g_ptr_array_unref (r->errors);
}

/* Reads @data (of @len bytes) to the end, collecting records and errors. */
static Result
read_all (const char *data, gssize len)
{
    Result res = { g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref),
                   g_ptr_array_new_with_free_func (g_free) };
    gsize n = len < 0 ? strlen (data) : (gsize)len;
    g_autoptr (GInputStream) in =
        g_memory_input_stream_new_from_data (g_memdup2 (data, n), n, g_free);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");

    for (;;) {
        const BlocCsvRecord *rec;
        g_autoptr (GError) error = NULL;
        if (!bloc_csv_reader_next (reader, &rec, &error)) {
            g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
            g_ptr_array_add (res.errors, g_strdup (error->message));
            continue;
        }
        if (rec == NULL)
            break;
        GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
        for (guint i = 0; i < rec->n_fields; i++) {
            g_assert_cmpuint (strlen (rec->fields[i].text), ==, rec->fields[i].len);
            g_ptr_array_add (fields, g_strdup_printf ("%s@%u:%u", rec->fields[i].text,
                                                      rec->fields[i].line, rec->fields[i].col));
        }
        g_ptr_array_add (res.records, fields);
    }
    g_assert_true (bloc_csv_reader_finished (reader));
    return res;
}

static const char *
field (const Result *r, guint record, guint index)
{
    g_assert_cmpuint (record, <, r->records->len);
    GPtrArray *fields = g_ptr_array_index (r->records, record);
    g_assert_cmpuint (index, <, fields->len);
    return g_ptr_array_index (fields, index);
}

static guint
n_fields (const Result *r, guint record)
{
    return ((GPtrArray *)g_ptr_array_index (r->records, record))->len;
}

static void
test_plain (void)
{
    Result r = read_all ("id,name\nKZ,Kazakhstan\nKG,Kyrgyzstan\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (r.records->len, ==, 3);
    g_assert_cmpstr (field (&r, 0, 0), ==, "id@1:1");
    g_assert_cmpstr (field (&r, 0, 1), ==, "name@1:4");
    g_assert_cmpstr (field (&r, 2, 1), ==, "Kyrgyzstan@3:4");
    result_clear (&r);
}

static void
test_no_final_newline_and_empty_fields (void)
{
    Result r = read_all ("a,,c\n,,\nx", -1);
    g_assert_cmpuint (r.records->len, ==, 3);
    g_assert_cmpstr (field (&r, 0, 1), ==, "@1:3");
    g_assert_cmpuint (n_fields (&r, 1), ==, 3);
    g_assert_cmpstr (field (&r, 1, 2), ==, "@2:3");
    g_assert_cmpstr (field (&r, 2, 0), ==, "x@3:1");
    result_clear (&r);
}

static void
test_quoted (void)
{
    Result r = read_all ("\"a,b\",\"say \"\"hi\"\"\",\"\"\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (n_fields (&r, 0), ==, 3);
    g_assert_cmpstr (field (&r, 0, 0), ==, "a,b@1:1");
    g_assert_cmpstr (field (&r, 0, 1), ==, "say \"hi\"@1:7");
    g_assert_cmpstr (field (&r, 0, 2), ==, "@1:20");
    result_clear (&r);
}

static void
test_newline_in_quotes_counts_lines (void)
{
    /* A line break inside quotes is a physical line: the next record starts on line 4. */
    Result r = read_all ("a,\"one\ntwo\nthree\"\nb,c\n", -1);
    g_assert_cmpuint (r.records->len, ==, 2);
    g_assert_cmpstr (field (&r, 0, 1), ==, "one\ntwo\nthree@1:3");
    g_assert_cmpstr (field (&r, 1, 0), ==, "b@4:1");
    g_assert_cmpstr (field (&r, 1, 1), ==, "c@4:3");
    result_clear (&r);
}

static void
test_line_endings (void)
{
    const char *inputs[] = { "a,b\r\nc,d\r\n", "a,b\rc,d\r", "a,b\nc,d\n", "a,b\r\nc,d" };
    for (guint i = 0; i < G_N_ELEMENTS (inputs); i++) {
        Result r = read_all (inputs[i], -1);
        g_assert_cmpuint (r.errors->len, ==, 0);
        g_assert_cmpuint (r.records->len, ==, 2);
        g_assert_cmpstr (field (&r, 0, 1), ==, "b@1:3");
        g_assert_cmpstr (field (&r, 1, 0), ==, "c@2:1");
        g_assert_cmpstr (field (&r, 1, 1), ==, "d@2:3");
        result_clear (&r);
    }
}

static void
test_crlf_inside_quotes (void)
{
    Result r = read_all ("\"x\r\ny\",z\r\nw\r\n", -1);
    g_assert_cmpstr (field (&r, 0, 0), ==, "x\r\ny@1:1");
    g_assert_cmpstr (field (&r, 0, 1), ==, "z@2:4");
    g_assert_cmpstr (field (&r, 1, 0), ==, "w@3:1");
    result_clear (&r);
}

static void
test_bom_and_empty_lines (void)
{
    Result r = read_all ("\xEF\xBB\xBFid,name\n\n\nKZ,Kazakhstan\n\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (r.records->len, ==, 2);
    g_assert_cmpstr (field (&r, 0, 0), ==, "id@1:1");
    g_assert_cmpstr (field (&r, 1, 0), ==, "KZ@4:1");
    result_clear (&r);
}

static void
test_columns_count_characters (void)
{
    /* Columns count characters, not bytes: Persian letters are two bytes each. */
    Result r = read_all ("قزاقستان,KZ\n", -1);
    g_assert_cmpstr (field (&r, 0, 1), ==, "KZ@1:10");
    result_clear (&r);
}

static void
test_unterminated_quote (void)
{
    Result r = read_all ("a,b\nc,\"open\nmore\n", -1);
    g_assert_cmpuint (r.records->len, ==, 1);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:2:3: unterminated quoted field (expected a closing '\"')");
    result_clear (&r);
}

static void
test_stray_quotes (void)
{
    Result r = read_all ("ab\"c,d\n\"x\"y,z\nok,1\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 2);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:1:3: quote in an unquoted field (expected the whole field in quotes, "
                     "with inner quotes doubled)");
    g_assert_cmpstr (g_ptr_array_index (r.errors, 1), ==,
                     "t.csv:2:4: text after a closing quote (expected ',' or the end of the line)");
    /* The reader recovers at the next record. */
    g_assert_cmpuint (r.records->len, ==, 1);
    g_assert_cmpstr (field (&r, 0, 0), ==, "ok@3:1");
    result_clear (&r);
}

static void
test_nul_byte (void)
{
    static const char data[] = "id,name\nKZ,Kaza\0khstan\nKG,x\n";
    Result r = read_all (data, sizeof data - 1);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==, "t.csv:2:8: NUL byte (expected text)");
    /* A NUL byte says the file is not text: nothing after it is read. */
    g_assert_cmpuint (r.records->len, ==, 1);
    result_clear (&r);

    /* A file of zeros (a link to /dev/zero, a disk image) stops at its first byte, not after
     * the whole file. */
    gsize size = 4 * 1024 * 1024;
    g_autoptr (GInputStream) in =
        g_memory_input_stream_new_from_data (g_malloc0 (size), size, g_free);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "zero.csv");
    const BlocCsvRecord *rec;
    g_autoptr (GError) error = NULL;
    g_assert_false (bloc_csv_reader_next (reader, &rec, &error));
    g_assert_cmpstr (error->message, ==, "zero.csv:1:1: NUL byte (expected text)");
    g_assert_true (bloc_csv_reader_finished (reader));
    g_assert_cmpint (bloc_csv_reader_offset (reader), <=, 64 * 1024);
    g_assert_true (bloc_csv_reader_next (reader, &rec, NULL));
    g_assert_null (rec);
}

static void
test_control_characters (void)
{
    /* C0 and C1 controls and DEL reach terminals as escape sequences; U+00A0 is text. */
    const char *cases[][2] = {
        { "a,b\nx,\x1B[31m\n", "t.csv:2:3: control character U+001B (expected text)" },
        { "a,b\nx,y\x7F\n", "t.csv:2:4: control character U+007F (expected text)" },
        { "a,\xC2\x85\n", "t.csv:1:3: control character U+0085 (expected text)" },
        { "a,\xD9\x81\xC2\x9B\n", "t.csv:1:4: control character U+009B (expected text)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        Result r = read_all (cases[i][0], -1);
        g_assert_cmpuint (r.errors->len, ==, 1);
        g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==, cases[i][1]);
        result_clear (&r);
    }
    Result r = read_all ("a,\xC2\xA0\xC4\x80\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpstr (field (&r, 0, 1), ==, "\xC2\xA0\xC4\x80@1:3");
    result_clear (&r);
}

/* A C1 control is let through only in the fields the caller repairs, at its exact position
 * elsewhere, quotes and line breaks counted. */
static void
test_c1_allowed_columns (void)
{
    static const char data[] = "id,name\n\"a\"\"\xC2\x8E\",\"Comit\xC2\x8E\"\n\"b\nx\xC2\x85\",y\n";
    g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, sizeof data - 1, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");
    const BlocCsvRecord *rec;
    g_autoptr (GError) error = NULL;

    g_assert_true (bloc_csv_reader_next (reader, &rec, &error));
    bloc_csv_reader_allow_c1 (reader, 1);
    g_assert_false (bloc_csv_reader_next (reader, &rec, &error));
    g_assert_cmpstr (error->message, ==, "t.csv:2:5: control character U+008E (expected text)");
    g_clear_error (&error);
    g_assert_false (bloc_csv_reader_next (reader, &rec, &error));
    g_assert_cmpstr (error->message, ==, "t.csv:4:2: control character U+0085 (expected text)");
    g_clear_error (&error);
    g_assert_true (bloc_csv_reader_next (reader, &rec, &error));
    g_assert_null (rec);

    static const char ok[] = "id,name\nCOSAVE,Comit\xC2\x8E\n";
    g_autoptr (GInputStream) in2 = g_memory_input_stream_new_from_data (ok, sizeof ok - 1, NULL);
    g_autoptr (BlocCsvReader) reader2 = bloc_csv_reader_new (in2, "t.csv");
    g_assert_true (bloc_csv_reader_next (reader2, &rec, &error));
    bloc_csv_reader_allow_c1 (reader2, 1);
    g_assert_true (bloc_csv_reader_next (reader2, &rec, &error));
    g_assert_no_error (error);
    g_assert_cmpstr (rec->fields[1].text, ==, "Comit\xC2\x8E");
}

static void
test_invalid_utf8 (void)
{
    const char *cases[][2] = {
        { "a,b\nxy,\xC3\xA9\xC3(\n",
          "t.csv:2:5: invalid UTF-8: byte 0xC3, 'Ã' in Latin-1 (expected text encoded as UTF-8; "
          "convert the file from Latin-1 or Windows-1252)" },
        { "\xFF\n", "t.csv:1:1: invalid UTF-8: byte 0xFF, 'ÿ' in Latin-1 (expected text encoded "
                    "as UTF-8; convert the file from Latin-1 or Windows-1252)" },
        { "ab,\xE0\x80\x80\n",
          "t.csv:1:4: invalid UTF-8 (expected text encoded as UTF-8)" }, /* overlong */
        { "ab,\xED\xA0\x80\n",
          "t.csv:1:4: invalid UTF-8 (expected text encoded as UTF-8)" }, /* surrogate */
        { "ab,c\xE2\x82",
          "t.csv:1:5: invalid UTF-8 at the end of the file (expected text encoded as UTF-8)" },
        /* Latin-1 and Windows-1252 letters, named with the letter they would be. */
        { "id,name\nFR,R\xE9union\n",
          "t.csv:2:5: invalid UTF-8: byte 0xE9, 'é' in Latin-1 (expected text encoded as UTF-8; "
          "convert the file from Latin-1 or Windows-1252)" },
        { "id,name\nx,it\x92s\n",
          "t.csv:2:5: invalid UTF-8: byte 0x92, '’' in Windows-1252 (expected text encoded as "
          "UTF-8; convert the file from Windows-1252)" },
        { "id,name\nx,a\x81\n",
          "t.csv:2:4: invalid UTF-8 (expected text encoded as UTF-8)" }, /* no such letter */
        { "id,name\nx,Sa\xEF",
          "t.csv:2:5: invalid UTF-8 at the end of the file: byte 0xEF, 'ï' in Latin-1 (expected "
          "text encoded as UTF-8; convert the file from Latin-1 or Windows-1252)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        Result r = read_all (cases[i][0], -1);
        g_assert_cmpuint (r.errors->len, ==, 1);
        g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==, cases[i][1]);
        result_clear (&r);
    }
}

static void
test_field_too_long (void)
{
    GString *s = g_string_new ("id,name\nKZ,");
    for (int i = 0; i < BLOC_CSV_MAX_FIELD + 10; i++)
        g_string_append_c (s, 'x');
    g_string_append (s, "\nKG,Kyrgyzstan\n");
    Result r = read_all (s->str, (gssize)s->len);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:2:4: field longer than 65536 bytes (expected at most 65536)");
    g_assert_cmpuint (r.records->len, ==, 2);
    g_assert_cmpstr (field (&r, 1, 1), ==, "Kyrgyzstan@3:4");
    result_clear (&r);
    g_string_free (s, TRUE);
}

/* Past the size limit, reading stops with an error at the position reached. The limit is 1 GiB;
 * the test lowers it so as not to stream a gigabyte. */
static void
test_file_too_large (void)
{
    GString *s = g_string_new (NULL);
    for (int i = 0; i < 20000; i++)
        g_string_append_printf (s, "%05d,row\n", i);
    g_autoptr (GInputStream) in =
        g_memory_input_stream_new_from_data (s->str, (gssize)s->len, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");
    g_autoptr (GError) error = NULL;
    const BlocCsvRecord *rec;
    guint records = 0;

    bloc_csv_reader_set_max_size (reader, 64 * 1024);
    while (bloc_csv_reader_next (reader, &rec, &error) && rec != NULL)
        records++;
    g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
    if (strstr (error->message, "file larger than 64 KiB (expected a smaller file)") == NULL)
        g_error ("unexpected message: %s", error->message);
    g_assert_true (g_str_has_prefix (error->message, "t.csv:"));
    g_assert_true (bloc_csv_reader_finished (reader));
    g_assert_cmpuint (records, >, 5000);
    g_assert_cmpuint (records, <, 20000);
    g_string_free (s, TRUE);
}

/* Reads @data with a size limit of @limit bytes; returns the records read and sets @message to
 * the error, or NULL. */
static guint
read_limited (const GString *data, goffset limit, char **message)
{
    g_autoptr (GInputStream) in =
        g_memory_input_stream_new_from_data (data->str, (gssize)data->len, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");
    const BlocCsvRecord *rec;
    guint records = 0;

    *message = NULL;
    bloc_csv_reader_set_max_size (reader, limit);
    for (;;) {
        g_autoptr (GError) error = NULL;
        if (!bloc_csv_reader_next (reader, &rec, &error)) {
            g_assert_error (error, BLOC_ERROR, BLOC_ERROR_DATA);
            g_assert_null (*message);
            *message = g_strdup (error->message);
            g_assert_true (bloc_csv_reader_finished (reader));
            break;
        }
        if (rec == NULL)
            break;
        records++;
    }
    return records;
}

/* A file of exactly the limit is read whole; one byte more is refused. Both below and at the
 * reader's 64 KiB buffer, where the file ends exactly as a read does. */
static void
test_file_exact_limit (void)
{
    static const gsize sizes[] = { 100, 64 * 1024, 64 * 1024 + 10 };

    for (guint i = 0; i < G_N_ELEMENTS (sizes); i++) {
        g_autoptr (GString) s = g_string_new (NULL);
        while (s->len + 10 <= sizes[i])
            g_string_append_printf (s, "%05u,row\n", (guint)(s->len / 10));
        g_assert_cmpuint (s->len, ==, sizes[i] / 10 * 10);
        g_string_append_len (s, "xxxxxxxxx\n", (gssize)(sizes[i] - s->len));
        g_assert_cmpuint (s->len, ==, sizes[i]);
        guint lines = (guint)((sizes[i] + 9) / 10);
        g_autofree char *message = NULL;

        g_assert_cmpuint (read_limited (s, (goffset)s->len, &message), ==, lines);
        g_assert_null (message);
        g_assert_cmpuint (read_limited (s, (goffset)s->len + 1, &message), ==, lines);
        g_assert_null (message);

        g_assert_cmpuint (read_limited (s, (goffset)s->len - 1, &message), ==, lines - 1);
        g_assert_nonnull (message);
        /* Stopped at the last byte, in the last line. */
        g_autofree char *want =
            g_strdup_printf ("t.csv:%u:%u: file larger than %zu bytes (expected a smaller file)",
                             lines, (guint)(sizes[i] - (lines - 1) * 10), (size_t)sizes[i] - 1);
        g_assert_cmpstr (message, ==, want);
    }
}

static void
test_streams_across_buffers (void)
{
    /* A quoted field that straddles the reader's 64 KiB buffer boundary. */
    GString *s = g_string_new (NULL);
    for (int i = 0; i < 7000; i++)
        g_string_append_printf (s, "%d,\"a \"\"q\"\" b\nline\"\n", i);
    Result r = read_all (s->str, (gssize)s->len);
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (r.records->len, ==, 7000);
    g_assert_cmpstr (field (&r, 6999, 0), ==, "6999@13999:1");
    g_assert_cmpstr (field (&r, 6999, 1), ==, "a \"q\" b\nline@13999:6");
    result_clear (&r);
    g_string_free (s, TRUE);
}

/* UTF-16 and UTF-32, with or without a byte-order mark, are named at 1:1 and end the reading. */
static void
test_utf16 (void)
{
    const struct {
        const char *data;
        gsize len;
        const char *encoding;
    } cases[] = {
        { "\xFF\xFEi\0d\0,\0n\0\n\0", 12, "UTF-16 (little-endian)" },
        { "\xFE\xFF\0i\0d\0,\0n\0\n", 12, "UTF-16 (big-endian)" },
        { "\xFF\xFE\0\0i\0\0\0", 8, "UTF-32 (little-endian)" },
        { "i\0d\0,\0n\0\n\0", 10, "UTF-16 (little-endian, without a byte-order mark)" },
        { "\0i\0d\0,\0n\0\n", 10, "UTF-16 (big-endian, without a byte-order mark)" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++) {
        Result r = read_all (cases[i].data, (gssize)cases[i].len);
        g_assert_cmpuint (r.records->len, ==, 0);
        g_assert_cmpuint (r.errors->len, ==, 1);
        g_autofree char *want = g_strdup_printf (
            "t.csv:1:1: %s text (expected text encoded as UTF-8; convert the file to UTF-8)",
            cases[i].encoding);
        g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==, want);
        result_clear (&r);
    }
}

/* Reads @data with @delimiter to the end, as read_all() does. */
static Result
read_with (const char *data, char delimiter)
{
    Result res = { g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref),
                   g_ptr_array_new_with_free_func (g_free) };
    g_autoptr (GInputStream) in = g_memory_input_stream_new_from_data (data, -1, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");
    const BlocCsvRecord *rec;

    bloc_csv_reader_set_delimiter (reader, delimiter);
    g_assert_cmpint (bloc_csv_reader_delimiter (reader), ==, delimiter);
    for (;;) {
        g_autoptr (GError) error = NULL;
        if (!bloc_csv_reader_next (reader, &rec, &error)) {
            g_ptr_array_add (res.errors, g_strdup (error->message));
            continue;
        }
        if (rec == NULL)
            break;
        GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
        for (guint i = 0; i < rec->n_fields; i++)
            g_ptr_array_add (fields, g_strdup_printf ("%s@%u:%u", rec->fields[i].text,
                                                      rec->fields[i].line, rec->fields[i].col));
        g_ptr_array_add (res.records, fields);
    }
    return res;
}

static void
test_delimiters (void)
{
    Result r = read_with ("a;\"b;c\";d,e\n1;2;3\n", ';');
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (n_fields (&r, 0), ==, 3);
    g_assert_cmpstr (field (&r, 0, 1), ==, "b;c@1:3");
    g_assert_cmpstr (field (&r, 0, 2), ==, "d,e@1:9");
    g_assert_cmpstr (field (&r, 1, 2), ==, "3@2:5");
    result_clear (&r);

    r = read_with ("a\tb c\n\"x\"y\tz\n", '\t');
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:2:4: text after a closing quote (expected a tab or the end of the "
                     "line)");
    g_assert_cmpstr (field (&r, 0, 1), ==, "b c@1:3");
    result_clear (&r);

    /* The guess: the most frequent outside quotes on the first line; ',' on a tie. */
    const struct {
        const char *data;
        char delimiter;
    } guesses[] = {
        { "a,b,c\n1;2;3;4;5\n", ',' },
        { "a;b;c\n1,2\n", ';' },
        { "a\tb\tc;d\n", '\t' },
        { "\"x,y,z\";b\n", ';' },
        { "\xEF\xBB\xBF"
          "a;b\r1,2,3\n",
          ';' },
        { "one\n", ',' },
        { "a;b,c\td\n", ',' },
        { "", ',' },
    };
    for (guint i = 0; i < G_N_ELEMENTS (guesses); i++)
        g_assert_cmpint (
            bloc_csv_guess_delimiter ((const guchar *)guesses[i].data, strlen (guesses[i].data)),
            ==, guesses[i].delimiter);
}

/* A ';'- or tab-separated file read as ',' says what it looks like, at the first ';' or tab;
 * a quoted first field, or a comma, says it is meant. */
static void
test_looks_semicolon_separated (void)
{
    Result r = read_all ("id;kind;name\nKZ;country;Kazakhstan\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:1:3: ';' but no ',' in the first line: the file looks ';'-separated "
                     "(expected fields separated by ',')");
    g_assert_cmpuint (r.records->len, ==, 1); /* the reader goes on */
    result_clear (&r);

    r = read_all ("\xEF\xBB\xBFпункт\tкод\n", -1);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==,
                     "t.csv:1:6: a tab but no ',' in the first line: the file looks tab-separated "
                     "(expected fields separated by ',')");
    result_clear (&r);

    const char *fine[] = { "\"a;b\"\n", "a;b,c\n", "name\nx;y\n" };
    for (guint i = 0; i < G_N_ELEMENTS (fine); i++) {
        r = read_all (fine[i], -1);
        g_assert_cmpuint (r.errors->len, ==, 0);
        result_clear (&r);
    }
    r = read_with ("a;b\n", ';');
    g_assert_cmpuint (r.errors->len, ==, 0);
    g_assert_cmpuint (n_fields (&r, 0), ==, 2);
    result_clear (&r);
}

/* A record of more than BLOC_CSV_MAX_FIELDS fields is an error at the first field too many; the
 * record after it reads normally. */
static void
test_too_many_fields (void)
{
    GString *s = g_string_new ("a");
    for (guint i = 0; i < BLOC_CSV_MAX_FIELDS + 5; i++)
        g_string_append_c (s, ',');
    g_string_append (s, "\nx,y\n");
    Result r = read_all (s->str, (gssize)s->len);
    g_assert_cmpuint (r.errors->len, ==, 1);
    g_autofree char *want =
        g_strdup_printf ("t.csv:1:%u: more than %d fields in a record (expected at most %d)",
                         BLOC_CSV_MAX_FIELDS + 2, BLOC_CSV_MAX_FIELDS, BLOC_CSV_MAX_FIELDS);
    g_assert_cmpstr (g_ptr_array_index (r.errors, 0), ==, want);
    g_assert_cmpuint (r.records->len, ==, 1);
    g_assert_cmpstr (field (&r, 0, 1), ==, "y@2:3");
    result_clear (&r);
    g_string_free (s, TRUE);
}

/* The header index: every column is found, and every repeated name is reported with the column
 * it repeats, on a header far wider than any real file (the check is linear; its time is
 * measured in bench/, not here). */
static void
test_wide_header (void)
{
    const guint n = 150000;
    GString *s = g_string_new (NULL);
    for (guint i = 0; i < n; i++)
        g_string_append_printf (s, "%sc%u", i ? "," : "", i);
    g_string_append (s, ",c77,C149999, c5 \n");
    g_autoptr (GInputStream) in =
        g_memory_input_stream_new_from_data (s->str, (gssize)s->len, NULL);
    g_autoptr (BlocCsvReader) reader = bloc_csv_reader_new (in, "t.csv");
    const BlocCsvRecord *rec;
    g_autoptr (GError) error = NULL;

    g_assert_true (bloc_csv_reader_next (reader, &rec, &error));
    g_assert_cmpuint (rec->n_fields, ==, n + 3);

    g_autoptr (BlocCsvHeader) exact = bloc_csv_header_new (rec, BLOC_CSV_HEADER_EXACT);
    g_assert_cmpuint (bloc_csv_header_n_columns (exact), ==, n + 3);
    for (guint i = 0; i < n; i++) {
        char name[16];
        g_snprintf (name, sizeof name, "c%u", i);
        g_assert_cmpint (bloc_csv_header_find (exact, name), ==, (int)i);
    }
    g_assert_cmpint (bloc_csv_header_find (exact, "c150000"), ==, -1);
    g_assert_cmpint (bloc_csv_header_find (exact, "C149999"), ==, (int)n + 1);
    const GArray *repeats = bloc_csv_header_repeats (exact);
    g_assert_cmpuint (repeats->len, ==, 1);
    g_assert_cmpuint (g_array_index (repeats, BlocCsvRepeat, 0).column, ==, n);
    g_assert_cmpuint (g_array_index (repeats, BlocCsvRepeat, 0).first, ==, 77);

    g_autoptr (BlocCsvHeader) loose =
        bloc_csv_header_new (rec, BLOC_CSV_HEADER_TRIM | BLOC_CSV_HEADER_FOLD_CASE);
    repeats = bloc_csv_header_repeats (loose);
    g_assert_cmpuint (repeats->len, ==, 3);
    const guint want[3][2] = { { n, 77 }, { n + 1, n - 1 }, { n + 2, 5 } };
    for (guint i = 0; i < 3; i++) {
        g_assert_cmpuint (g_array_index (repeats, BlocCsvRepeat, i).column, ==, want[i][0]);
        g_assert_cmpuint (g_array_index (repeats, BlocCsvRepeat, i).first, ==, want[i][1]);
    }
    const BlocCsvField *last = bloc_csv_header_field (loose, n + 2);
    g_assert_cmpstr (last->text, ==, "c5");
    g_assert_cmpuint (last->col, ==, (guint)s->len - 4);
    g_assert_cmpint (bloc_csv_header_find (loose, "C5"), ==, 5);
    g_string_free (s, TRUE);
}

int
main (int argc, char **argv)
{
    g_test_init (&argc, &argv, NULL);
    bloc_init ();
    g_test_add_func ("/load/csv/plain", test_plain);
    g_test_add_func ("/load/csv/empty-fields", test_no_final_newline_and_empty_fields);
    g_test_add_func ("/load/csv/quoted", test_quoted);
    g_test_add_func ("/load/csv/newline-in-quotes", test_newline_in_quotes_counts_lines);
    g_test_add_func ("/load/csv/line-endings", test_line_endings);
    g_test_add_func ("/load/csv/crlf-in-quotes", test_crlf_inside_quotes);
    g_test_add_func ("/load/csv/bom-and-empty-lines", test_bom_and_empty_lines);
    g_test_add_func ("/load/csv/columns-in-characters", test_columns_count_characters);
    g_test_add_func ("/load/csv/unterminated-quote", test_unterminated_quote);
    g_test_add_func ("/load/csv/stray-quotes", test_stray_quotes);
    g_test_add_func ("/load/csv/nul", test_nul_byte);
    g_test_add_func ("/load/csv/invalid-utf8", test_invalid_utf8);
    g_test_add_func ("/load/csv/control-characters", test_control_characters);
    g_test_add_func ("/load/csv/c1-allowed-columns", test_c1_allowed_columns);
    g_test_add_func ("/load/csv/field-too-long", test_field_too_long);
    g_test_add_func ("/load/csv/buffer-boundaries", test_streams_across_buffers);
    g_test_add_func ("/load/csv/file-too-large", test_file_too_large);
    g_test_add_func ("/load/csv/file-exact-limit", test_file_exact_limit);
    g_test_add_func ("/load/csv/utf16", test_utf16);
    g_test_add_func ("/load/csv/delimiters", test_delimiters);
    g_test_add_func ("/load/csv/looks-semicolon-separated", test_looks_semicolon_separated);
    g_test_add_func ("/load/csv/too-many-fields", test_too_many_fields);
    g_test_add_func ("/load/csv/wide-header", test_wide_header);
    return g_test_run ();
}
