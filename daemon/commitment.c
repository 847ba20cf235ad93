/*
 * commitment.c - what every user of extract.h shares: status names, freeing
 * an extraction, and the contract's JSON shape of an article's commitments.
 *
 * Kept apart from the extractor proper so that the store, the CLI and the
 * tests speak the same JSON without linking the matching engine's logic.
 */
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
 * json_add - add item under key, a string literal: added with
 * cJSON_AddItemToObjectCS, which keeps the pointer instead of copying the
 * key (one malloc and free less per field; the printed JSON is the same).
 * Returns item, or NULL (item freed) when item is NULL or cannot be added.
 */
static cJSON *
json_add(cJSON *obj, const char *key, cJSON *item)
{
	if (item != NULL && !cJSON_AddItemToObjectCS(obj, key, item)) {
		cJSON_Delete(item);
		return NULL;
	}
	return item;
}

/* json_add_string - add s (not NULL) as a string. */
static void
json_add_string(cJSON *obj, const char *key, const char *s)
{
	json_add(obj, key, cJSON_CreateString(s));
}

/* json_add_number - add d as a number. */
static void
json_add_number(cJSON *obj, const char *key, double d)
{
	json_add(obj, key, cJSON_CreateNumber(d));
}

/* json_add_text - add s as a string, or null when s is NULL or empty. */
static void
json_add_text(cJSON *obj, const char *key, const char *s)
{
	if (s != NULL && *s != '\0')
		json_add_string(obj, key, s);
	else
		json_add(obj, key, cJSON_CreateNull());
}

/* json_add_quantity - {"amount","unit","per"} or null. */
static void
json_add_quantity(cJSON *obj, const char *key, const struct quantity *q)
{
	cJSON *jq;

	if (!q->present) {
		json_add(obj, key, cJSON_CreateNull());
		return;
	}
	if ((jq = json_add(obj, key, cJSON_CreateObject())) == NULL)
		return;
	json_add_number(jq, "amount", q->amount);
	json_add_string(jq, "unit", q->unit);
	json_add_text(jq, "per", q->per_year ? "year" : NULL);
}

void *
extract_json(const struct article *a, const struct extraction *ex)
{
	cJSON *root, *ja, *list;

	if ((root = cJSON_CreateObject()) == NULL)
		return NULL;
	ja = json_add(root, "article", cJSON_CreateObject());
	list = json_add(root, "commitments", cJSON_CreateArray());
	if (ja == NULL || list == NULL)
		goto fail;
	json_add_text(ja, "file", a->file);
	json_add_string(ja, "sha256", a->sha256);
	json_add_text(ja, "published", a->published);
	json_add_text(ja, "title", a->title);
	json_add_text(ja, "source", a->source);
	json_add_text(ja, "url", a->url);
	for (size_t i = 0; ex != NULL && i < ex->n; i++) {
		const struct commitment *c = &ex->items[i];
		cJSON *jc = cJSON_CreateObject();

		if (jc == NULL || !cJSON_AddItemToArray(list, jc)) {
			cJSON_Delete(jc);
			goto fail;
		}
		json_add_string(jc, "actor", c->actor);
		json_add_text(jc, "counterparty", c->counterparty);
		json_add_string(jc, "action", c->action);
		json_add_string(jc, "object", c->object);
		json_add_text(jc, "hs", c->hs);
		json_add_string(jc, "status", status_name(c->status));
		json_add_text(jc, "deadline", c->deadline);
		json_add_text(jc, "expires", c->expires);
		json_add_quantity(jc, "quantity", &c->quantity);
		json_add_quantity(jc, "progress", &c->progress);
		/* Two decimals are all the precision a confidence has. */
		json_add_number(jc, "confidence", (double)(long)(c->confidence * 100 + 0.5) / 100);
		json_add_text(jc, "evidence", c->evidence);
		json_add_text(jc, "attribution", c->attribution);
		json_add_number(jc, "offset", (double)c->offset);
	}
	return root;
fail:
	cJSON_Delete(root);
	return NULL;
}
