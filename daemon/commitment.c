/*
 * commitment.c - what every user of extract.h shares: status names, freeing
 * an extraction, and the contract's JSON shape of an article's commitments.
 *
 * Kept apart from the extractor proper so that the store, the CLI and the
 * tests speak the same JSON without linking the matching engine's logic.
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "article.h"
#include "extract.h"

static const char *const STATUS_NAMES[STATUS_COUNT] = {
	"proposed", "pledged", "in_progress", "fulfilled", "stalled", "broken", "overdue",
};

const char *
status_name(enum status s)
{
	return (unsigned)s < STATUS_COUNT ? STATUS_NAMES[s] : "unknown";
}

int
status_parse(const char *name)
{
	for (int i = 0; i < STATUS_COUNT; i++)
		if (strcmp(name, STATUS_NAMES[i]) == 0)
			return i;
	return -1;
}

int
extraction_cut_short(const struct extraction *ex, size_t body_len, char *buf, size_t buflen)
{
	if (ex->body_read >= body_len)
		return 0;
	snprintf(buf, buflen, "more than %d statements: not read past byte %zu of %zu",
	    EXTRACT_MAX_STATEMENTS, ex->body_read, body_len);
	return 1;
}

void
extraction_free(struct extraction *ex)
{
	if (ex == NULL)
		return;
	for (size_t i = 0; i < ex->n; i++) {
		free(ex->items[i].evidence);
		free(ex->items[i].attribution);
	}
	free(ex->items);
	ex->items = NULL;
	ex->n = ex->cap = 0;
}

/*
 * The contract's JSON is built by one walk over the fields (extract_walk)
 * that drives one of two back ends: a cJSON tree (extract_json, for callers
 * that want a tree) or text written straight into a buffer
 * (extract_json_text, for the CLI and the store, which only ever printed the
 * tree: building, printing and deleting it was a third of `tradewatch
 * extract`'s time).  The text back end writes exactly the bytes that
 * cJSON_PrintUnformatted writes for the tree: the same escapes and the same
 * number format.
 */
#define JSON_DEPTH_MAX 4  /* root, article or commitments, a commitment, a quantity */

struct json_out {
	int tree;                       /* 1: build a cJSON tree; 0: write text */
	int failed;                     /* an allocation failed */
	int depth;
	cJSON *node[JSON_DEPTH_MAX];    /* tree: the open containers */
	int comma[JSON_DEPTH_MAX];      /* text: the open container has a member */
	char *buf;                      /* text: the output, NUL-terminated */
	size_t len, cap;
};

/* json_reserve - room for n more bytes and a NUL in o's text; 0 or -1. */
static int
json_reserve(struct json_out *o, size_t n)
{
	size_t cap;
	char *nb;

	if (o->failed)
		return -1;
	if (o->len + n + 1 <= o->cap)
		return 0;
	cap = o->cap ? o->cap : 1024;
	while (cap < o->len + n + 1)
		cap *= 2;
	if ((nb = realloc(o->buf, cap)) == NULL) {
		o->failed = 1;
		return -1;
	}
	o->buf = nb;
	o->cap = cap;
	return 0;
}

/* json_put - append s[0..n) to o's text. */
static inline void
json_put(struct json_out *o, const char *s, size_t n)
{
	if (o->len + n + 1 > o->cap && json_reserve(o, n) == -1)
		return;
	memcpy(o->buf + o->len, s, n);
	o->len += n;
}

/* The bytes cJSON escapes in a string: below 0x20, '"' and '\\'. */
static const unsigned char JSON_ESCAPED[256] = {
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

/*
 * json_put_string - append s as a JSON string the way cJSON prints one:
 * '"' and '\\' escaped, \b \f \n \r \t by name, other bytes below 0x20 as
 * \u00XX, everything else (UTF-8 included) as is; NULL prints "".  Runs of
 * plain bytes are copied whole.
 */
static void
json_put_string(struct json_out *o, const char *s)
{
	static const char HEX[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)(s != NULL ? s : "");
	char esc[6] = {'\\', 'u', '0', '0', 0, 0};

	json_put(o, "\"", 1);
	for (;;) {
		const unsigned char *run = p;
		unsigned char c;

		while (!JSON_ESCAPED[*p])
			p++;
		json_put(o, (const char *)run, (size_t)(p - run));
		if ((c = *p++) == '\0')
			break;
		switch (c) {
		case '"':  json_put(o, "\\\"", 2); break;
		case '\\': json_put(o, "\\\\", 2); break;
		case '\b': json_put(o, "\\b", 2); break;
		case '\f': json_put(o, "\\f", 2); break;
		case '\n': json_put(o, "\\n", 2); break;
		case '\r': json_put(o, "\\r", 2); break;
		case '\t': json_put(o, "\\t", 2); break;
		default:
			esc[4] = HEX[c >> 4];
			esc[5] = HEX[c & 15];
			json_put(o, esc, 6);
		}
	}
	json_put(o, "\"", 1);
}

/*
 * json_put_number - append d the way cJSON (1.7.15) prints a number: %1.15g,
 * or %1.17g when that does not read back as d; null for NaN and infinities;
 * the decimal point always '.' whatever the locale.
 *
 * What the contract holds (offsets, amounts, two-decimal confidences) is
 * almost always m / 100 for an integer m: printed here without printf, in
 * the digits %1.15g gives.  For |d| < 1e13 and d the double nearest m / 100,
 * d is within half an ulp (1.1e-16 relative) of m / 100, which has at most
 * 15 significant digits; rounding d to 15 digits gives m / 100 exactly, with
 * no exponent (10^-2 <= |d| < 10^15) and trailing zeros dropped, and it reads
 * back as d.  -0 prints "-0" as %1.15g does (later cJSON versions print "0",
 * which test_commitment would notice).
 */
static void
json_put_number(struct json_out *o, double d)
{
	char num[32], *q = num + sizeof(num);
	double back;
	long long m;
	int n;

	if (isnan(d) || isinf(d)) {
		json_put(o, "null", 4);
		return;
	}
	if (fabs(d) < 1e13 && (double)(m = llround(d * 100)) / 100 == d) {
		unsigned long long u = m < 0 ? -(unsigned long long)m : (unsigned long long)m;
		unsigned cents = (unsigned)(u % 100);

		u /= 100;
		if (cents != 0) {
			if (cents % 10 != 0)
				*--q = (char)('0' + cents % 10);
			*--q = (char)('0' + cents / 10);
			*--q = '.';
		}
		do
			*--q = (char)('0' + u % 10);
		while ((u /= 10) != 0);
		if (signbit(d))
			*--q = '-';
		json_put(o, q, (size_t)(num + sizeof(num) - q));
		return;
	}
	n = snprintf(num, sizeof(num), "%1.15g", d);
	if (sscanf(num, "%lg", &back) != 1 ||
	    !(fabs(back - d) <= fmax(fabs(back), fabs(d)) * DBL_EPSILON))
		n = snprintf(num, sizeof(num), "%1.17g", d);
	if (n < 0 || (size_t)n >= sizeof(num)) {
		o->failed = 1;
		return;
	}
	for (q = num; *q != '\0'; q++)
		if (*q == ',')
			*q = '.';
	json_put(o, num, (size_t)n);
}

/* json_key - text: the separator and "key": before a member (key NULL in an array). */
static void
json_key(struct json_out *o, const char *key)
{
	size_t n = key != NULL ? strlen(key) : 0;
	char *b;

	/* ",\"key\":" written at once: our own literals, nothing to escape. */
	if (o->len + n + 5 > o->cap && json_reserve(o, n + 4) == -1)
		return;
	b = o->buf + o->len;
	if (o->comma[o->depth - 1])
		*b++ = ',';
	o->comma[o->depth - 1] = 1;
	if (key != NULL) {
		*b++ = '"';
		memcpy(b, key, n);
		b += n;
		*b++ = '"';
		*b++ = ':';
	}
	o->len = (size_t)(b - o->buf);
}

/*
 * json_attach - tree: add item under key (a string literal, kept by pointer:
 * cJSON_AddItemToObjectCS) to the open container, or to the array when key
 * is NULL.  Returns item, or NULL (item freed, failed set) when item is NULL
 * or cannot be added.
 */
static cJSON *
json_attach(struct json_out *o, const char *key, cJSON *item)
{
	cJSON *parent = o->node[o->depth - 1];
	int ok;

	if (item != NULL) {
		ok = key != NULL ? cJSON_AddItemToObjectCS(parent, key, item) :
		    cJSON_AddItemToArray(parent, item);
		if (ok)
			return item;
	}
	cJSON_Delete(item);
	o->failed = 1;
	return NULL;
}

/* json_open - open an object ('{') or array ('[') under key (NULL in an array). */
static void
json_open(struct json_out *o, const char *key, char kind)
{
	cJSON *item = NULL;

	if (o->failed || o->depth == JSON_DEPTH_MAX) {
		o->failed = 1;
		return;
	}
	if (o->tree) {
		item = kind == '{' ? cJSON_CreateObject() : cJSON_CreateArray();
		if (o->depth == 0) {
			if (item == NULL) {
				o->failed = 1;
				return;
			}
		} else if ((item = json_attach(o, key, item)) == NULL)
			return;
	} else {
		if (o->depth > 0)
			json_key(o, key);
		json_put(o, &kind, 1);
	}
	o->node[o->depth] = item;
	o->comma[o->depth] = 0;
	o->depth++;
}

/* json_close - close the innermost container, an object ('}') or array (']'). */
static void
json_close(struct json_out *o, char kind)
{
	if (o->failed)
		return;
	if (!o->tree)
		json_put(o, &kind, 1);
	o->depth--;
}

/* json_string - member key: s as a string (NULL prints as ""). */
static void
json_string(struct json_out *o, const char *key, const char *s)
{
	if (o->failed)
		return;
	if (o->tree) {
		json_attach(o, key, cJSON_CreateString(s != NULL ? s : ""));
		return;
	}
	json_key(o, key);
	json_put_string(o, s);
}

/* json_number - member key: d as a number. */
static void
json_number(struct json_out *o, const char *key, double d)
{
	if (o->failed)
		return;
	if (o->tree) {
		json_attach(o, key, cJSON_CreateNumber(d));
		return;
	}
	json_key(o, key);
	json_put_number(o, d);
}

/* json_text - member key: s as a string, or null when s is NULL or empty. */
static void
json_text(struct json_out *o, const char *key, const char *s)
{
	if (s != NULL && *s != '\0')
		json_string(o, key, s);
	else if (o->failed)
		return;
	else if (o->tree)
		json_attach(o, key, cJSON_CreateNull());
	else {
		json_key(o, key);
		json_put(o, "null", 4);
	}
}

/* json_quantity - member key: {"amount","unit","per"} or null. */
static void
json_quantity(struct json_out *o, const char *key, const struct quantity *q)
{
	if (!q->present) {
		json_text(o, key, NULL);
		return;
	}
	json_open(o, key, '{');
	json_number(o, "amount", q->amount);
	json_string(o, "unit", q->unit);
	json_text(o, "per", q->per_year ? "year" : NULL);
	json_close(o, '}');
}

/*
 * extract_walk - the contract's object for a and ex, field by field, into o;
 * body, when not NULL, is added to the article object (the store's form).
 */
static void
extract_walk(struct json_out *o, const struct article *a, const struct extraction *ex,
    const char *body)
{
	json_open(o, NULL, '{');
	json_open(o, "article", '{');
	json_text(o, "file", a->file);
	json_string(o, "sha256", a->sha256);
	json_text(o, "published", a->published);
	json_text(o, "title", a->title);
	json_text(o, "source", a->source);
	json_text(o, "url", a->url);
	if (body != NULL)
		json_string(o, "body", body);
	json_close(o, '}');
	json_open(o, "commitments", '[');
	for (size_t i = 0; ex != NULL && i < ex->n; i++) {
		const struct commitment *c = &ex->items[i];

		json_open(o, NULL, '{');
		json_string(o, "actor", c->actor);
		json_text(o, "counterparty", c->counterparty);
		json_string(o, "action", c->action);
		json_string(o, "object", c->object);
		json_text(o, "hs", c->hs);
		json_string(o, "status", status_name(c->status));
		json_text(o, "deadline", c->deadline);
		json_text(o, "expires", c->expires);
		json_quantity(o, "quantity", &c->quantity);
		json_quantity(o, "progress", &c->progress);
		/* Two decimals are all the precision a confidence has. */
		json_number(o, "confidence", (double)(long)(c->confidence * 100 + 0.5) / 100);
		json_text(o, "evidence", c->evidence);
		json_text(o, "attribution", c->attribution);
		json_number(o, "offset", (double)c->offset);
		json_close(o, '}');
	}
	json_close(o, ']');
	json_close(o, '}');
}

void *
extract_json(const struct article *a, const struct extraction *ex)
{
	struct json_out o = {.tree = 1};

	extract_walk(&o, a, ex, NULL);
	if (o.failed) {
		cJSON_Delete(o.node[0]);
		return NULL;
	}
	return o.node[0];
}

char *
extract_json_text(const struct article *a, const struct extraction *ex, const char *body,
    size_t *len)
{
	struct json_out o = {.tree = 0};

	/* Most of the text is the evidence (and the body): one allocation, mostly. */
	if (json_reserve(&o, 1024 + (body != NULL ? strlen(body) + strlen(body) / 16 : 0)) == -1)
		return NULL;
	extract_walk(&o, a, ex, body);
	if (o.failed) {
		free(o.buf);
		return NULL;
	}
	o.buf[o.len] = '\0';
	if (len != NULL)
		*len = o.len;
	return o.buf;
}
