/*
 * extract.h - commitments, their status, deadline and quantity, from text.
 *
 * Pure: text and publication date in, commitments out; no I/O, no globals.
 * The vocabulary comes from a struct rules (rules.h).  The contract is
 * shared/spec/commitments.md (the project's docs/EXTRACTION.md restates it).
 */
#ifndef TW_EXTRACT_H
#define TW_EXTRACT_H

#include <stddef.h>

#include "quantity.h"

struct rules;
struct article;

enum status {
	STATUS_PROPOSED,
	STATUS_PLEDGED,
	STATUS_IN_PROGRESS,
	STATUS_FULFILLED,
	STATUS_STALLED,
	STATUS_BROKEN,
	STATUS_OVERDUE, /* derived by the tracker, never extracted */
	STATUS_COUNT
};

struct commitment {
	char actor[8];         /* "CN", "US", "EU" */
	char counterparty[8];  /* "" = null */
	char action[32];       /* "purchase", ... */
	char object[40];       /* "soybeans", ... */
	char hs[16];           /* HS heading of the object, "" if none */
	enum status status;
	char deadline[11];     /* "YYYY-MM-DD" or "" */
	char expires[11];      /* "YYYY-MM-DD" or "" */
	struct quantity quantity;  /* .present == 0 = null */
	struct quantity progress;
	double confidence;     /* [0, 1] */
	char *evidence;        /* the sentence, owned by the extraction */
	char *attribution;     /* "Trump", "Xinhua", or NULL; owned */
	size_t offset;         /* byte offset of evidence in the body */
};

/*
 * An article is read until it has given this many statements (mentions of a
 * commitment; news has tens): a bound on the work one text can cause, since
 * statements are compared in pairs.  The rest of a longer text is not read.
 */
#define EXTRACT_MAX_STATEMENTS 4096

struct extraction {
	struct commitment *items;
	size_t n, cap;
	size_t body_read;  /* bytes of the body read: its length unless it held more
	                    * than EXTRACT_MAX_STATEMENTS statements */
};

/*
 * extract_text - find the commitments in body[0..len) published on published
 * ("YYYY-MM-DD" or NULL/"" when unknown).  Fills out (caller frees with
 * extraction_free).  Returns 0, or -1 on allocation failure.
 */
int extract_text(const struct rules *rules, const char *body, size_t len,
    const char *published, struct extraction *out);

/*
 * extract_lexicon - call fn(word, length, class bit, arg) for each word that
 * the rules' automaton must also report (rules.c adds them while compiling
 * rules): the extractor's own fixed words and those of rules' word lists it
 * looks for in whole sentences; stops at and returns the first nonzero fn
 * returns, else 0.
 */
int extract_lexicon(const struct rules *rules, int (*fn)(const char *w, size_t n, unsigned bit,
    void *arg), void *arg);

/*
 * extraction_cut_short - if ex stopped reading a body of body_len bytes at the
 * statement bound, write why into buf ("more than 4096 statements: not read
 * past byte N of M") and return 1; else 0.  The CLI, the daemon and
 * reextract report it the same way.
 */
int extraction_cut_short(const struct extraction *ex, size_t body_len, char *buf,
    size_t buflen);

/* extraction_free - free the items of ex and reset it; NULL is a no-op. */
void extraction_free(struct extraction *ex);

/* status_name - "proposed", ... "overdue"; status_parse - the reverse, -1 if unknown. */
const char *status_name(enum status s);
int status_parse(const char *name);

/*
 * extract_json - the contract's JSON object for one article and its
 * commitments: {"article": {...}, "commitments": [...]}.  Returns a new
 * cJSON tree (caller deletes) or NULL on allocation failure.  Declared as
 * void * so that users of this header need not include cJSON.
 */
void *extract_json(const struct article *a, const struct extraction *ex);

/*
 * extract_json_text - the same object as extract_json() as text, byte for byte
 * what cJSON_PrintUnformatted prints for its tree, written without building
 * one.  When body is not NULL the article object also gets "body" (last), as
 * the store's tw_ingest() takes it.  Returns a NUL-terminated string (caller
 * frees) and its length in *len (len may be NULL), or NULL on allocation
 * failure.
 */
char *extract_json_text(const struct article *a, const struct extraction *ex,
    const char *body, size_t *len);

#endif
