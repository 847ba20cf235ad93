/*
 * test_article.c - the article parser against golden files and hostile input.
 *
 * Golden cases live in fixtures/article/ (see its README.md): each input is
 * parsed under its own name and its articles are dumped in the .expected
 * format, or its reason compared with the .err file.  The hostile cases
 * (200 KB line, deep JSON, 50 MB string, a million blank lines, invalid UTF-8
 * forms) are built here in memory.  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "article.h"
#include "utf8.h"

#define FIXTURES "fixtures/article"
#define FALLBACK "1999-12-31"
#define MIN_CASES 66

/* A growing string for the dumps. */
struct buf {
	char *s;
	size_t len, cap;
};

static void __attribute__((format(printf, 2, 3)))
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	assert_true(n >= 0);
	if (b->len + (size_t)n + 1 > b->cap) {
		b->cap = (b->len + (size_t)n + 1) * 2;
		b->s = realloc(b->s, b->cap);
		assert_non_null(b->s);
	}
	va_start(ap, fmt);
	vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

/* read_file - the whole of path (NUL-terminated, caller frees), or NULL. */
static char *
read_file(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *data = NULL;
	long n;

	if (fp == NULL)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0 &&
	    (data = malloc((size_t)n + 1)) != NULL) {
		*len = fread(data, 1, (size_t)n, fp);
		data[*len] = '\0';
	}
	fclose(fp);
	return data;
}

/* dump - the articles of list in the .expected format. */
static void
dump(struct buf *b, const struct article_list *list)
{
	for (size_t i = 0; i < list->n; i++) {
		const struct article *a = &list->items[i];

		assert_int_equal(strlen(a->body), a->body_len);
		buf_printf(b, "file: %s\nsha256: %s\npublished: %s\n", a->file, a->sha256,
		    a->published);
		buf_printf(b, "title: %s\nsource: %s\nurl: %s\n", a->title ? a->title : "(null)",
		    a->source ? a->source : "(null)", a->url ? a->url : "(null)");
		buf_printf(b, "body:\n%s\n=== end\n", a->body);
	}
}

/* ends_with - 1 if s ends with suffix. */
static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* run_case - parse one fixture and compare; returns 0 if it matches. */
static int
run_case(const char *name)
{
	char path[300], exp_path[320], err_path[320], err[512];
	char *data, *expected = NULL, *reason = NULL;
	size_t len, elen;
	struct article_list list = {0};
	struct buf got = {0};
	int rc, bad = 0;

	snprintf(path, sizeof(path), "%s/%s", FIXTURES, name);
	snprintf(exp_path, sizeof(exp_path), "%s/%s.expected", FIXTURES, name);
	snprintf(err_path, sizeof(err_path), "%s/%s.err", FIXTURES, name);
	data = read_file(path, &len);
	assert_non_null(data);
	expected = read_file(exp_path, &elen);
	reason = read_file(err_path, &elen);
	if ((expected == NULL) == (reason == NULL)) {
		fprintf(stderr, "%s: needs exactly one of .expected and .err\n", name);
		bad = 1;
		goto out;
	}
	err[0] = '\0';
	rc = article_parse(name, data, len, FALLBACK, &list, err, sizeof(err));
	if (reason != NULL) {
		reason[strcspn(reason, "\n")] = '\0';
		if (rc != -1 || list.n != 0 || strcmp(err, reason) != 0) {
			fprintf(stderr, "%s: want error '%s', got rc %d, %zu articles, '%s'\n", name,
			    reason, rc, list.n, err);
			bad = 1;
		}
		goto out;
	}
	if (rc != 0) {
		fprintf(stderr, "%s: unexpected error '%s'\n", name, err);
		bad = 1;
		goto out;
	}
	dump(&got, &list);
	if (got.s == NULL || strcmp(got.s, expected) != 0) {
		fprintf(stderr, "%s: output differs\n--- want\n%s--- got\n%s---\n", name, expected,
		    got.s ? got.s : "");
		bad = 1;
	}
out:
	article_list_free(&list);
	free(got.s);
	free(data);
	free(expected);
	free(reason);
	return bad;
}

/* test_fixtures - every golden case in fixtures/article/. */
static void
test_fixtures(void **state)
{
	DIR *d = opendir(FIXTURES);
	struct dirent *de;
	int cases = 0, failed = 0;

	(void)state;
	assert_non_null(d);
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' || ends_with(de->d_name, ".expected") ||
		    ends_with(de->d_name, ".err") || ends_with(de->d_name, ".md"))
			continue;
		cases++;
		failed += run_case(de->d_name);
	}
	closedir(d);
	assert_int_equal(failed, 0);
	assert_true(cases >= MIN_CASES);
}

/* parse_one - parse a fixture and return its only article's copy in *list. */
static void
parse_fixture(const char *name, struct article_list *list)
{
	char path[512], err[256];
	size_t len;
	char *data;

	snprintf(path, sizeof(path), "%s/%s", FIXTURES, name);
	assert_non_null(data = read_file(path, &len));
	assert_int_equal(article_parse(name, data, len, NULL, list, err, sizeof(err)), 0);
	free(data);
}

/* test_same_hash - one story as date-token .txt, header .txt and .json: one hash. */
static void
test_same_hash(void **state)
{
	struct article_list list = {0};

	(void)state;
	parse_fixture("token.txt", &list);
	parse_fixture("headers.txt", &list);
	parse_fixture("story.json", &list);
	assert_int_equal(list.n, 3);
	assert_string_equal(list.items[0].sha256, list.items[1].sha256);
	assert_string_equal(list.items[0].sha256, list.items[2].sha256);
	assert_string_equal(list.items[0].body, list.items[2].body);
	article_list_free(&list);
	assert_null(list.items);
	assert_int_equal(list.n, 0);
}

/* parse_mem - parse data as name; returns rc, the reason in err. */
static int
parse_mem(const char *name, const char *data, size_t len, struct article_list *list, char *err,
    size_t errlen)
{
	err[0] = '\0';
	return article_parse(name, data, len, NULL, list, err, errlen);
}

/* test_invalid_utf8 - overlong, surrogate, too large, truncated: Windows-1252. */
static void
test_invalid_utf8(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{"x \xC0\xAF y", "x \xC3\x80\xC2\xAF y"},                            /* overlong '/' */
		{"x \xE0\x80\xAF y", "x \xC3\xA0\xE2\x82\xAC\xC2\xAF y"},            /* overlong, 3 bytes */
		{"x \xED\xA0\x80 y", "x \xC3\xAD\xC2\xA0\xE2\x82\xAC y"},            /* U+D800 */
		{"x \xF4\x90\x80\x80 y", "x \xC3\xB4\xC2\x90\xE2\x82\xAC\xE2\x82\xAC y"}, /* > U+10FFFF */
		{"x \xE2\x82", "x \xC3\xA2\xE2\x80\x9A"},                             /* truncated */
		{"caf\xE9 \xF0\x9F\x8C\xBE", "caf\xC3\xA9 \xC3\xB0\xC5\xB8\xC5\x92\xC2\xBE"}, /* mixed */
		{"ok \xF0\x9F\x8C\xBE \xE2\x80\x9C", "ok \xF0\x9F\x8C\xBE \xE2\x80\x9C"}, /* valid stays */
	};
	char err[256];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct article_list list = {0};

		assert_int_equal(parse_mem("u.txt", cases[i].in, strlen(cases[i].in), &list, err,
		    sizeof(err)), 0);
		assert_int_equal(list.n, 1);
		assert_string_equal(list.items[0].body, cases[i].out);
		assert_int_equal(utf8_valid(list.items[0].body, list.items[0].body_len), 1);
		article_list_free(&list);
	}
}

/* test_utf8_valid - the validator on the edges of each sequence length. */
static void
test_utf8_valid(void **state)
{
	static const struct {
		const char *s;
		int valid;
	} cases[] = {
		{"", 1}, {"ascii", 1}, {"\x7F", 1}, {"\xC2\x80", 1}, {"\xDF\xBF", 1},
		{"\xE0\xA0\x80", 1}, {"\xEF\xBF\xBF", 1}, {"\xED\x9F\xBF", 1}, {"\xEE\x80\x80", 1},
		{"\xF0\x90\x80\x80", 1}, {"\xF4\x8F\xBF\xBF", 1},
		{"\x80", 0}, {"\xBF", 0}, {"\xC0\x80", 0}, {"\xC1\xBF", 0}, {"\xC2", 0},
		{"\xC2\x41", 0}, {"\xE0\x9F\xBF", 0}, {"\xED\xA0\x80", 0}, {"\xED\xBF\xBF", 0},
		{"\xF0\x8F\xBF\xBF", 0}, {"\xF4\x90\x80\x80", 0}, {"\xF5\x80\x80\x80", 0},
		{"\xFE", 0}, {"\xFF", 0}, {"\xE2\x82", 0}, {"\xF0\x9F\x8C", 0},
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		assert_int_equal(utf8_valid(cases[i].s, strlen(cases[i].s)), cases[i].valid);
}

/* test_cp1252 - every byte 0x80..0xFF transcodes to valid UTF-8 of the right width. */
static void
test_cp1252(void **state)
{
	char in[128], *out;
	size_t n;

	(void)state;
	for (int i = 0; i < 128; i++)
		in[i] = (char)(0x80 + i);
	assert_non_null(out = utf8_from_cp1252(in, sizeof(in), &n));
	assert_int_equal(utf8_valid(out, n), 1);
	/* Of 0x80..0x9F, 17 become 3-byte punctuation and 15 2-byte letters or
	 * C1 controls; 0xA0..0xFF are U+00A0..U+00FF, 2 bytes each. */
	assert_int_equal(n, 17 * 3 + 15 * 2 + 96 * 2);
	assert_memory_equal(out, "\xE2\x82\xAC", 3);  /* 0x80 = euro sign */
	free(out);
}

/* test_date_valid - calendar rules, shape, year range. */
static void
test_date_valid(void **state)
{
	(void)state;
	assert_true(article_date_valid("2024-02-29"));
	assert_true(article_date_valid("2000-02-29"));
	assert_true(article_date_valid("1000-01-01"));
	assert_true(article_date_valid("9999-12-31"));
	assert_false(article_date_valid("1900-02-29"));
	assert_false(article_date_valid("2025-02-29"));
	assert_false(article_date_valid("2025-02-30"));
	assert_false(article_date_valid("2025-04-31"));
	assert_false(article_date_valid("2025-13-01"));
	assert_false(article_date_valid("2025-00-10"));
	assert_false(article_date_valid("2025-01-00"));
	assert_false(article_date_valid("0999-01-01"));
	assert_false(article_date_valid("99999-01-01"));
	assert_false(article_date_valid("2025-1-01"));
	assert_false(article_date_valid("2025-01-01T"));
	assert_false(article_date_valid("2025/01/01"));
	assert_false(article_date_valid("+025-01-01"));
	assert_false(article_date_valid(""));
	assert_false(article_date_valid(NULL));
}

/* test_date_forms - date token, header and JSON date forms, and the fallback. */
static void
test_date_forms(void **state)
{
	static const struct {
		const char *name, *text, *date;
	} cases[] = {
		{"a.txt", "Date: 31 Oct 2025\n\nx", "2025-10-31"},
		{"a.txt", "Date: 1 october 2025 09:30 GMT\n\nx", "2025-10-01"},
		{"a.txt", "Date: 2025-10-31 23:59:59-07:00\n\nx", "2025-10-31"},
		{"a.txt", "date: 2025-10-31t23:59\n\nx", "2025-10-31"},
		{"a.txt", "Date:\nTitle: t\n\nx", FALLBACK},
		{"a.txt", "Title: t\n\nx", FALLBACK},
		{"a.txt", "\tdate   2012-12-12\tx", "2012-12-12"},
		{"a.txt", "date 2012-12-12", NULL},  /* the token leaves no body */
		{"a.txt", "date tomorrow, said the editor", FALLBACK},
		{"a.txt", "Date 12 of the tour was cancelled.", FALLBACK},
		{"a.json", "{\"body\":\"x\",\"published\":\"Fri, 31 Oct 2025 09:30:00 +0900\"}",
		    "2025-10-31"},
		{"a.json", "{\"body\":\"x\",\"published\":null}", FALLBACK},
		{"a.json", "{\"body\":\"x\",\"published\":\"2025-10-31T00:30:00-11:00\"}",
		    "2025-10-31"},
		/* The month named first, as US outlets print it; slashes; day-first dots. */
		{"a.txt", "Date: November 25, 2025\n\nx", "2025-11-25"},
		{"a.txt", "Date: Nov. 5, 2025 3:15 PM EST\n\nx", "2025-11-05"},
		{"a.txt", "Date: Tuesday, November 25, 2025\n\nx", "2025-11-25"},
		{"a.txt", "Date: Sept 3 2025, 10:02\n\nx", "2025-09-03"},
		{"a.txt", "Date: March 1st, 2024\n\nx", "2024-03-01"},
		{"a.txt", "Date: 2025/11/25 08:00\n\nx", "2025-11-25"},
		{"a.txt", "Date: 03.04.2025\n\nx", "2025-04-03"},
		{"a.txt", "Date: 2027/3/3\n\nx", "2027-03-03"},
		{"a.txt", "Date: 2027.03.03 14:22\n\nx", "2027-03-03"},
		{"a.txt", "Date: 2027-3-3T09:00\n\nx", "2027-03-03"},
		{"a.txt", "Date: 2027\xe5\xb9\xb4" "3\xe6\x9c\x88" "3\xe6\x97\xa5 14:22\n\nx", "2027-03-03"},
		{"a.txt", "Date: 3.3.2027, 10:00\n\nx", "2027-03-03"},
		/* Slashes: the order the numbers tell. */
		{"a.txt", "Date: 11/25/2025 3:15 PM\n\nx", "2025-11-25"},
		{"a.txt", "Date: 25/11/2025\n\nx", "2025-11-25"},
		{"a.txt", "Date: 1/13/2026\n\nx", "2026-01-13"},
		{"a.txt", "Date: 2025-11-25 at noon\n\nx", "2025-11-25"},
		/* A date inside a longer value: the first that starts a word. */
		{"a.txt", "Date: Updated: Nov. 25, 2025\n\nx", "2025-11-25"},
		{"a.txt", "Date: Posted 10:32 a.m., 25 November 2025\n\nx", "2025-11-25"},
		{"a.txt", "Date: Published on Tuesday, 2025-11-25 at 08:00\n\nx", "2025-11-25"},
		{"a.json", "{\"body\":\"x\",\"published\":\"First published 2025/11/25\"}",
		    "2025-11-25"},
		{"a.json", "{\"body\":\"x\",\"published\":\"Feb 29, 2024\"}", "2024-02-29"},
	};
	char err[256];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct article_list list = {0};
		int rc = article_parse(cases[i].name, cases[i].text, strlen(cases[i].text), FALLBACK,
		    &list, err, sizeof(err));

		if (cases[i].date == NULL) {
			assert_int_equal(rc, -1);
			assert_string_equal(err, "empty body");
			continue;
		}
		assert_int_equal(rc, 0);
		assert_string_equal(list.items[0].published, cases[i].date);
		article_list_free(&list);
	}
}

/*
 * test_date_rejected - a header date that is not one quarantines the file
 * with its reason: no month-first date without a year or day, no US
 * "MM/DD/YYYY" (ambiguous), no day a month lacks.
 */
static void
test_date_rejected(void **state)
{
	static const struct {
		const char *text, *err;
	} cases[] = {
		{"Date: Feb 30, 2025\n\nx", "Date: 'Feb 30, 2025' is not a calendar date"},
		{"Date: 03/04/2025\n\nx", "Date: '03/04/2025' is not a date"},
		{"Date: 11/25/2025x\n\nx", "Date: '11/25/2025x' is not a date"},
		{"Date: 11/25.2025\n\nx", "Date: '11/25.2025' is not a date"},
		{"Date: November 2025\n\nx", "Date: 'November 2025' is not a date"},
		{"Date: Nov 25\n\nx", "Date: 'Nov 25' is not a date"},
		{"Date: Novembre 25, 2025\n\nx", "Date: 'Novembre 25, 2025' is not a date"},
		{"Date: 2025/11/25x\n\nx", "Date: '2025/11/25x' is not a date"},
		{"Date: 31.04.2025\n\nx", "Date: '31.04.2025' is not a calendar date"},
		{"Date: 2027/3-3\n\nx", "Date: '2027/3-3' is not a date"},
		{"Date: 2027.3.3.4\n\nx", "Date: '2027.3.3.4' is not a date"},
		{"Date: 2027\xe5\xb9\xb4" "3\xe6\x9c\x88\n\nx", "Date: '2027\xe5\xb9\xb4" "3\xe6\x9c\x88' is not a date"},
		{"Date: 2027/13/3\n\nx", "Date: '2027/13/3' is not a calendar date"},
		{"Date: Updated 3 hours ago\n\nx", "Date: 'Updated 3 hours ago' is not a date"},
	};
	char err[256];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct article_list list = {0};

		assert_int_equal(article_parse("a.txt", cases[i].text, strlen(cases[i].text),
		    FALLBACK, &list, err, sizeof(err)), -1);
		assert_string_equal(err, cases[i].err);
		assert_int_equal(list.n, 0);
	}
}

/* test_fallback - a NULL or malformed fallback gives "" for an undated article. */
static void
test_fallback(void **state)
{
	struct article_list list = {0};
	char err[64];

	(void)state;
	assert_int_equal(article_parse("a.txt", "body", 4, NULL, &list, err, sizeof(err)), 0);
	assert_int_equal(article_parse("a.txt", "body", 4, "2025-02-30", &list, err,
	    sizeof(err)), 0);
	assert_int_equal(list.n, 2);
	assert_string_equal(list.items[0].published, "");
	assert_string_equal(list.items[1].published, "");
	/* sha256("body") */
	assert_string_equal(list.items[0].sha256,
	    "230d8358dc8e8890b4c58deeb62912ee2f20357ae92a5cc861b98e68fe31acb5");
	article_list_free(&list);
}

/* test_rollback - a failing file leaves earlier articles and adds nothing. */
static void
test_rollback(void **state)
{
	static const char bad[] = "{\"body\":\"a\"}\n{\"body\":\"b\"}\n{\"body\":3}\n";
	struct article_list list = {0};
	char err[128];

	(void)state;
	assert_int_equal(article_parse("ok.txt", "kept", 4, NULL, &list, err, sizeof(err)), 0);
	assert_int_equal(article_parse("b.jsonl", bad, sizeof(bad) - 1, NULL, &list, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "line 3: \"body\" is not a string");
	assert_int_equal(list.n, 1);
	assert_string_equal(list.items[0].body, "kept");
	/* No room for a reason is fine too. */
	assert_int_equal(article_parse("b.jsonl", bad, sizeof(bad) - 1, NULL, &list, NULL, 0), -1);
	assert_int_equal(article_parse("b.jsonl", bad, sizeof(bad) - 1, NULL, &list, err, 1), -1);
	assert_string_equal(err, "");
	assert_int_equal(list.n, 1);
	article_list_free(&list);
	article_list_free(NULL);
}

/* test_long_line - a 200 KB single line is one article. */
static void
test_long_line(void **state)
{
	size_t n = 200 * 1024;
	char *data = malloc(n), err[128];
	struct article_list list = {0};

	(void)state;
	assert_non_null(data);
	for (size_t i = 0; i < n; i++)
		data[i] = "tariff "[i % 7];
	data[n - 1] = '.';
	assert_int_equal(article_parse("long.txt", data, n, NULL, &list, err, sizeof(err)), 0);
	assert_int_equal(list.items[0].body_len, n);
	article_list_free(&list);
	free(data);
}

/* test_deep_json - 100,000 levels of nesting is an error, not a crash. */
static void
test_deep_json(void **state)
{
	size_t depth = 100000, n = 0;
	char *data = malloc(2 * depth + 32), err[128];
	struct article_list list = {0};

	(void)state;
	assert_non_null(data);
	n += (size_t)sprintf(data, "{\"body\":");
	for (size_t i = 0; i < depth; i++)
		data[n++] = '[';
	for (size_t i = 0; i < depth; i++)
		data[n++] = ']';
	data[n++] = '}';
	assert_int_equal(article_parse("deep.json", data, n, NULL, &list, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "invalid JSON at column"));
	assert_int_equal(article_parse("deep.jsonl", data, n, NULL, &list, err, sizeof(err)), -1);
	assert_non_null(strstr(err, "line 1: invalid JSON at column"));
	assert_int_equal(list.n, 0);
	free(data);
}

/* test_big_string - a JSON body of 50 MB parses, and is copied only a few times. */
static void
test_big_string(void **state)
{
	size_t body = 50u * 1024 * 1024, n = 0;
	char *data = malloc(body + 64), err[128];
	struct article_list list = {0};

	(void)state;
	assert_non_null(data);
	n += (size_t)sprintf(data, "{\"body\": \"");
	memset(data + n, 'a', body);
	n += body;
	n += (size_t)sprintf(data + n, "\"}");
	assert_int_equal(article_parse("big.json", data, n, NULL, &list, err, sizeof(err)), 0);
	assert_int_equal(list.items[0].body_len, body);
	article_list_free(&list);
	free(data);
}

/* test_million_blank_lines - fast, and "no article". */
static void
test_million_blank_lines(void **state)
{
	size_t n = 1000000;
	char *data = malloc(n), err[128];
	struct article_list list = {0};
	clock_t t0;
	double secs;

	(void)state;
	assert_non_null(data);
	memset(data, '\n', n);
	t0 = clock();
	assert_int_equal(article_parse("blank.jsonl", data, n, NULL, &list, err, sizeof(err)), -1);
	secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
	assert_string_equal(err, "no article");
	/* Linear work takes milliseconds; a quadratic scan would take minutes. */
	assert_true(secs < 2.0);
	/* A real article on the last line is numbered by physical line. */
	memcpy(data + n - 14, "{\"body\":\"z\"}\n", 13);
	assert_int_equal(article_parse("blank.jsonl", data, n - 1, NULL, &list, err, sizeof(err)),
	    0);
	assert_string_equal(list.items[0].file, "blank.jsonl#999987");
	article_list_free(&list);
	free(data);
}

/* test_controls - NUL anywhere is refused; other control bytes are kept. */
static void
test_controls(void **state)
{
	static const char nul_json[] = "{\"body\":\"a\"}\n\0";
	struct article_list list = {0};
	char err[128];

	(void)state;
	assert_int_equal(article_parse("n.jsonl", nul_json, sizeof(nul_json) - 1, NULL, &list, err,
	    sizeof(err)), -1);
	assert_string_equal(err, "NUL byte at offset 13");
	assert_int_equal(article_parse("c.txt", "a\x01\x1b" "b", 4, NULL, &list, err,
	    sizeof(err)), 0);
	assert_string_equal(list.items[0].body, "a\x01\x1b" "b");
	article_list_free(&list);
	assert_int_equal(article_parse(NULL, NULL, 0, NULL, &list, err, sizeof(err)), -1);
	assert_string_equal(err, "empty body");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fixtures),
		cmocka_unit_test(test_same_hash),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_date_valid),
		cmocka_unit_test(test_date_forms),
		cmocka_unit_test(test_date_rejected),
		cmocka_unit_test(test_fallback),
		cmocka_unit_test(test_rollback),
		cmocka_unit_test(test_long_line),
		cmocka_unit_test(test_deep_json),
		cmocka_unit_test(test_big_string),
		cmocka_unit_test(test_million_blank_lines),
		cmocka_unit_test(test_controls),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
