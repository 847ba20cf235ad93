/*
 * article-fuzzer.c - libFuzzer harness for article_parse in every format.
 *
 * The first byte picks the format ('j' .json, 'l' .jsonl, 'h' .html,
 * anything else .txt); the rest is the file.  Besides crashes, it checks the parser's
 * promises and aborts when one is broken: on success every body is
 * non-empty valid UTF-8 with no CR, no NUL and no surrounding blanks, its
 * hash is 64 lower-case hex digits, and its date is "" or a calendar date; on
 * failure nothing is added and a reason is given.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article.h"
#include "utf8.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* check - abort with a message when a promise is broken. */
static void
check(int ok, const char *what)
{
	if (!ok) {
		fprintf(stderr, "article-fuzzer: broken promise: %s\n", what);
		abort();
	}
}

/* check_optional - a title, source or url: NULL or one non-empty UTF-8 line. */
static void
check_optional(const char *s)
{
	if (s == NULL)
		return;
	check(s[0] != '\0', "optional field empty instead of NULL");
	check(utf8_valid(s, strlen(s)), "optional field not UTF-8");
	check(strpbrk(s, "\r\n") == NULL, "line break in optional field");
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char blanks[] = " \t\n\v\f\r";
	struct article_list list = {0};
	const char *name = "fuzz.txt";
	char err[256];
	char *copy;
	int rc;

	if (size == 0)
		return 0;
	if (data[0] == 'j')
		name = "dir.d/fuzz.json";
	else if (data[0] == 'l')
		name = "fuzz.jsonl";
	else if (data[0] == 'h')
		name = "fuzz.html";
	/* An exact-size copy so that ASan sees any read past the end. */
	if ((copy = malloc(size - 1 ? size - 1 : 1)) == NULL)
		return 0;
	memcpy(copy, data + 1, size - 1);
	err[0] = '\0';
	rc = article_parse(name, copy, size - 1, "2020-02-29", &list, err, sizeof(err));
	if (rc == -1) {
		check(list.n == 0, "articles left after failure");
		check(err[0] != '\0', "failure without a reason");
		check(strchr(err, '\n') == NULL, "reason spans lines");
	} else {
		check(rc == 0 && list.n > 0, "success without an article");
		for (size_t i = 0; i < list.n; i++) {
			const struct article *a = &list.items[i];

			check(a->file != NULL && strncmp(a->file, name, strlen(name)) == 0, "file name");
			check(a->body_len > 0 && strlen(a->body) == a->body_len, "body length");
			check(utf8_valid(a->body, a->body_len), "body not UTF-8");
			check(memchr(a->body, '\r', a->body_len) == NULL, "CR in body");
			check(strchr(blanks, a->body[0]) == NULL, "leading blank in body");
			check(strchr(blanks, a->body[a->body_len - 1]) == NULL, "trailing blank in body");
			check(strlen(a->sha256) == 64 && strspn(a->sha256, "0123456789abcdef") == 64,
			    "sha256 not hex");
			check(a->published[0] == '\0' || article_date_valid(a->published), "bad date");
			check_optional(a->title);
			check_optional(a->source);
			check_optional(a->url);
		}
	}
	article_list_free(&list);
	free(copy);
	return 0;
}
