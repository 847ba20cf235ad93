/*
 * ingest.h - one claimed spool file into articles, commitments and rows.
 *
 * ingest_parse() turns a file's bytes into its articles (article.h) and the
 * commitments of each (extract.h); ingest_store() stores several parsed
 * files through the store's one door (store.h), at most batch articles per
 * transaction, and logs each stored article with its file, hash prefix and
 * number of commitments.  No file system and no SQL here: the spool moves
 * the files, db/ speaks to PostgreSQL.
 */
#ifndef TW_INGEST_H
#define TW_INGEST_H

#include <stddef.h>
#include <time.h>

#include "store.h"

struct rules;
struct ingest_doc;

/* ingest_parse - the articles of name (data[0..len), dated by mtime when
 * they carry no date) and their commitments.  Returns a new doc (caller
 * frees with ingest_doc_free), or NULL with why in err: the file is
 * unusable when *transient is 0, else (out of memory) it may work later. */
struct ingest_doc *ingest_parse(const struct rules *rules, const char *name, const char *data,
    size_t len, time_t mtime, int *transient, char *err, size_t errlen);
/* ingest_doc_free - NULL is a no-op. */
void ingest_doc_free(struct ingest_doc *doc);
/* ingest_doc_articles - how many articles doc holds. */
size_t ingest_doc_articles(const struct ingest_doc *doc);

/*
 * ingest_store - store the articles of docs[0..n) in transactions of at most
 * batch articles.  STORE_OK when all are committed (new or duplicates; each
 * is logged), STORE_RETRY or STORE_REJECT as store_articles() says for the
 * first chunk that failed (chunks before it stay committed: storing them
 * again yields duplicates, never double rows).  *alerts is incremented by
 * the alerts the committed articles raised.
 */
enum store_result ingest_store(struct store *st, struct ingest_doc **docs, size_t n,
    size_t batch, double min_confidence, int *alerts);

#endif
