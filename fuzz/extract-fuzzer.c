/*
 * extract-fuzzer.c - libFuzzer harness for extract_text.
 *
 * The shipped rules (config/rules.json, or $TW_FUZZ_RULES) are loaded once.
 * Inputs are put in the domain the daemon feeds the extractor: UTF-8 (other
 * bytes read as Windows-1252, as the article parser does), no NUL, and a
 * NUL-terminated copy.  An input that opens with "YYYY-MM-DD\n" is dated by
 * it.  Every commitment's evidence offset must lie inside the body, and the
 * contract's JSON must be buildable.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "article.h"
#include "extract.h"
#include "rules.h"
#include "utf8.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct rules *fuzz_rules;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *path = getenv("TW_FUZZ_RULES");
	char err[512];

	(void)argc;
	(void)argv;
	if (path == NULL)
		path = "config/rules.json";
	if ((fuzz_rules = rules_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "extract-fuzzer: %s\n", err);
		exit(1);
	}
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct extraction ex = {0};
	struct article a;
	char date[11] = "", *body;
	size_t len;
	cJSON *json;

	if (size >= 11 && data[10] == '\n') {
		memcpy(date, data, 10);
		if (article_date_valid(date)) {
			data += 11;
			size -= 11;
		} else
			date[0] = '\0';
	}
	if (utf8_valid((const char *)data, size)) {
		if ((body = malloc(size + 1)) == NULL)
			return 0;
		memcpy(body, data, size);
		body[size] = '\0';
		len = size;
	} else if ((body = utf8_from_cp1252((const char *)data, size, &len)) == NULL)
		return 0;
	for (size_t i = 0; i < len; i++)
		if (body[i] == '\0')
			body[i] = ' ';
	if (extract_text(fuzz_rules, body, len, date[0] ? date : NULL, &ex) == 0) {
		for (size_t i = 0; i < ex.n; i++)
			if (ex.items[i].offset > len)
				abort();
		memset(&a, 0, sizeof(a));
		a.file = (char *)"fuzz.txt";
		a.body = body;
		a.body_len = len;
		memcpy(a.published, date, sizeof(a.published));
		if ((json = extract_json(&a, &ex)) != NULL)
			cJSON_Delete(json);
	}
	extraction_free(&ex);
	free(body);
	return 0;
}
