/*
 * store.c - the database behind one door: the only file that speaks libpq.
 *
 * Every operation is one call of an SQL function of migrations/ (tw_ingest,
 * tw_mark_overdue, tw_alerts_claim, ...) with parameters, never SQL built
 * from data; the logic that must stay consistent across daemons lives in
 * those functions.  Statements are prepared once per connection, on first
 * use (the schema may not exist yet when we connect).
 *
 * store_articles() sends its n articles as one statement, a call of
 * tw_ingest_batch() with the JSON array of their documents and, beside it,
 * their bodies as a binary text[] (neither escaped into JSON nor parsed
 * back): one round trip and one transaction per batch, and the per-article
 * work that can be done set-based (articles, keys, claims) done once for
 * the batch.  A database not yet migrated to 005 (tradewatch import run
 * before tradewatch migrate) gets the bodies inside the documents, through
 * tw_ingest_many().
 *
 * Errors are sorted by SQLSTATE: a lost connection, a server shutting down,
 * a serialization failure or a deadlock is STORE_RETRY (the connection is
 * dropped when it is broken, and store_connect() makes a new one); data
 * exceptions (22), integrity violations (23) and limits (54) are
 * STORE_REJECT.  An unknown error is STORE_RETRY: keeping an article for
 * later never loses it.
 */
#include "store.h"

#include <sys/types.h>

#include <arpa/inet.h>

#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>
#include <libpq-fe.h>

#include "article.h"
#include "extract.h"
#include "log.h"

#define STORE_CHANNEL      "tradewatch"
#define STORE_MIGRATE_LOCK "SELECT pg_advisory_lock(7478, 1)"
#define STORE_MIGRATE_FREE "SELECT pg_advisory_unlock(7478, 1)"
#define STORE_MIGRATION_MAX (16 * 1024 * 1024)

/* Prepared statements, prepared on first use per connection. */
enum store_stmt {
	STMT_INGEST,
	STMT_INGEST_MANY,
	STMT_INGEST_BATCH,
	STMT_REPLACE,
	STMT_OVERDUE,
	STMT_SINK,
	STMT_CLAIM,
	STMT_DONE,
	STMT_RETRY,
	STMT_ARTICLES,
	STMT_COUNT
};

static const struct {
	const char *name;
	const char *sql;
} STORE_STMTS[STMT_COUNT] = {
	[STMT_INGEST] = {"tw_ingest", "SELECT stored, alerts FROM tw_ingest($1::jsonb, $2::float8)"},
	[STMT_INGEST_MANY] = {"tw_ingest_many",
	    "SELECT stored, alerts FROM tw_ingest_many($1::jsonb, $2::float8)"},
	[STMT_INGEST_BATCH] = {"tw_ingest_batch",
	    "SELECT stored, alerts FROM tw_ingest_batch($1::jsonb, $2::text[], $3::float8)"},
	[STMT_REPLACE] = {"tw_replace", "SELECT tw_replace_claims($1::jsonb, $2::float8)"},
	[STMT_OVERDUE] = {"tw_overdue", "SELECT tw_mark_overdue()"},
	[STMT_SINK] = {"tw_sink", "SELECT tw_sink_register($1::text)"},
	[STMT_CLAIM] = {"tw_claim",
	    "SELECT id, payload, attempts, age FROM tw_alerts_claim($1::text, $2::int, $3::float8)"},
	[STMT_DONE] = {"tw_done", "SELECT tw_alert_done($1::text, $2::bigint)"},
	[STMT_RETRY] = {"tw_retry", "SELECT tw_alert_retry($1::text, $2::bigint, $3::float8, $4::text)"},
	[STMT_ARTICLES] = {"tw_articles",
	    "SELECT id, file_name, sha256, coalesce(published::text, ''), title, source, url, body"
	    " FROM articles WHERE id > $1::bigint ORDER BY id LIMIT $2::int"},
};

struct store {
	char *conninfo;
	PGconn *conn;
	int down;                   /* an outage is being reported */
	int listening;              /* LISTEN was asked for: renew it on reconnect */
	int quiet;                  /* outages are logged at debug level only */
	unsigned prepared;          /* bit per enum store_stmt */
	int batch;                  /* tw_ingest_batch exists: 1, no: 0, not asked: -1 */
	char error[512];            /* the last error, for the caller's logs */
};

struct store *
store_new(const char *conninfo)
{
	struct store *st;

	if ((st = calloc(1, sizeof(*st))) == NULL)
		return NULL;
	if ((st->conninfo = strdup(conninfo != NULL ? conninfo : "")) == NULL) {
		free(st);
		return NULL;
	}
	st->batch = -1;
	return st;
}

void
store_free(struct store *st)
{
	if (st == NULL)
		return;
	if (st->conn != NULL)
		PQfinish(st->conn);
	free(st->conninfo);
	free(st);
}

/*
 * store_oneline - copy the server's text src into dst (size n) as one line:
 * every run of control characters (newlines of DETAIL and HINT, tabs, ESC)
 * becomes one space, and trailing space is dropped.
 */
static void
store_oneline(char *dst, size_t n, const char *src)
{
	size_t len = 0;
	int space = 0;

	for (; *src != '\0' && len + 1 < n; src++) {
		unsigned char ch = (unsigned char)*src;

		if (ch < 0x20 || ch == 0x7f) {
			space = len > 0;
			continue;
		}
		if (space && len + 2 < n)
			dst[len++] = ' ';
		space = 0;
		dst[len++] = (char)ch;
	}
	while (len > 0 && dst[len - 1] == ' ')
		len--;
	dst[len] = '\0';
}

/* store_seterr - remember msg (one line) as the last error. */
static void
store_seterr(struct store *st, const char *what, const char *msg)
{
	char raw[sizeof(st->error)];

	snprintf(raw, sizeof(raw), "%s: %s", what, msg != NULL ? msg : "unknown error");
	store_oneline(st->error, sizeof(st->error), raw);
}

/*
 * store_notice - libpq's notice processor: a server NOTICE or WARNING
 * (RAISE in a migration, a skipped object) goes to our log as one line,
 * never raw to stderr.  Warnings at info level, the rest at debug.
 */
static void
store_notice(void *arg, const char *message)
{
	char line[1024];

	(void)arg;
	store_oneline(line, sizeof(line), message);
	if (strncmp(line, "WARNING:", 8) == 0)
		log_info("database: %s", line);
	else
		log_debug("database: %s", line);
}

const char *
store_error(const struct store *st)
{
	return st->error;
}

/* store_drop - forget a broken connection; store_connect() makes a new one. */
static void
store_drop(struct store *st)
{
	if (st->conn != NULL)
		PQfinish(st->conn);
	st->conn = NULL;
	st->prepared = 0;
	st->batch = -1;
}

/* store_outage - log the first failure of an outage, the next ones at debug. */
static void
store_outage(struct store *st)
{
	if (!st->down && !st->quiet) {
		log_warnx("database unavailable: %s", st->error);
		st->down = 1;
	} else
		log_debug("database still unavailable: %s", st->error);
}

int
store_connect(struct store *st)
{
	PGresult *res;

	if (st->conn != NULL && PQstatus(st->conn) == CONNECTION_OK)
		return 0;
	store_drop(st);
	st->conn = PQconnectdb(st->conninfo);
	if (st->conn == NULL || PQstatus(st->conn) != CONNECTION_OK) {
		store_seterr(st, "connect", st->conn != NULL ? PQerrorMessage(st->conn) : "out of memory");
		store_drop(st);
		store_outage(st);
		return -1;
	}
	PQsetNoticeProcessor(st->conn, store_notice, NULL);
	if (PQsetClientEncoding(st->conn, "UTF8") != 0) {
		store_seterr(st, "client_encoding", PQerrorMessage(st->conn));
		store_drop(st);
		store_outage(st);
		return -1;
	}
	if (st->listening) {
		res = PQexec(st->conn, "LISTEN " STORE_CHANNEL);
		if (PQresultStatus(res) != PGRES_COMMAND_OK) {
			store_seterr(st, "listen", PQerrorMessage(st->conn));
			PQclear(res);
			store_drop(st);
			store_outage(st);
			return -1;
		}
		PQclear(res);
	}
	if (st->down && !st->quiet)
		log_info("database connection restored");
	st->down = 0;
	return 0;
}

int
store_connected(const struct store *st)
{
	return st->conn != NULL && PQstatus(st->conn) == CONNECTION_OK;
}

int
store_socket(const struct store *st)
{
	return st->conn != NULL ? PQsocket(st->conn) : -1;
}

/*
 * store_classify - what a failed result means for the caller.  res may be
 * NULL (no result at all: the connection is gone).  Drops a broken
 * connection.
 */
static enum store_result
store_classify(struct store *st, const PGresult *res, const char *what)
{
	const char *state = res != NULL ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
	const char *msg = res != NULL ? PQresultErrorMessage(res) : NULL;

	if (msg == NULL || *msg == '\0')
		msg = st->conn != NULL ? PQerrorMessage(st->conn) : "no connection";
	store_seterr(st, what, msg);
	if (st->conn == NULL || PQstatus(st->conn) != CONNECTION_OK || state == NULL ||
	    strncmp(state, "08", 2) == 0 || strncmp(state, "57P0", 4) == 0) {
		store_drop(st);
		store_outage(st);
		return STORE_RETRY;
	}
	if (strncmp(state, "22", 2) == 0 || strncmp(state, "23", 2) == 0 ||
	    strncmp(state, "54", 2) == 0)
		return STORE_REJECT;
	if (strcmp(state, "40001") != 0 && strcmp(state, "40P01") != 0 && strcmp(state, "57014") != 0)
		log_warnx("%s (SQLSTATE %s)", st->error, state);
	return STORE_RETRY;
}

/* store_prepare - prepare statement s on this connection if not yet done. */
static enum store_result
store_prepare(struct store *st, enum store_stmt s)
{
	PGresult *res;
	enum store_result r = STORE_OK;

	if (st->prepared & (1u << s))
		return STORE_OK;
	res = PQprepare(st->conn, STORE_STMTS[s].name, STORE_STMTS[s].sql, 0, NULL);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		r = store_classify(st, res, "prepare");
	else
		st->prepared |= 1u << s;
	PQclear(res);
	return r;
}

/*
 * store_call - run prepared statement s with nparams text parameters and
 * expect rows; *out gets the result (caller clears) on STORE_OK.
 */
static enum store_result
store_call(struct store *st, enum store_stmt s, int nparams, const char *const *params,
    PGresult **out)
{
	PGresult *res;
	enum store_result r;

	*out = NULL;
	if (store_connect(st) == -1)
		return STORE_RETRY;
	if ((r = store_prepare(st, s)) != STORE_OK)
		return r;
	res = PQexecPrepared(st->conn, STORE_STMTS[s].name, nparams, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		r = store_classify(st, res, STORE_STMTS[s].name);
		PQclear(res);
		return r;
	}
	*out = res;
	return STORE_OK;
}

/* store_bool - 1 if the text value v is PostgreSQL's true. */
static int
store_bool(const char *v)
{
	return v != NULL && v[0] == 't';
}

/* store_exec - run sql (no parameters, no rows wanted); 0 or -1. */
static int
store_exec(struct store *st, const char *sql)
{
	PGresult *res = PQexec(st->conn, sql);
	int rc = 0;

	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
		store_classify(st, res, sql);
		rc = -1;
	}
	PQclear(res);
	return rc;
}

/* One migration file: NNN_name.sql. */
struct store_migration {
	int version;
	char *file;
};

/* store_migration_cmp - qsort by version. */
static int
store_migration_cmp(const void *a, const void *b)
{
	const struct store_migration *x = a, *y = b;

	return (x->version > y->version) - (x->version < y->version);
}

/*
 * store_migrations_list - the NNN_name.sql files of dir sorted by version;
 * *out (caller frees each file and the array), *n.  0, or -1 with err.
 */
static int
store_migrations_list(const char *dir, struct store_migration **out, size_t *n, char *err,
    size_t errlen)
{
	struct store_migration *v = NULL, *nv;
	size_t cap = 0, len = 0;
	struct dirent *de;
	DIR *d;

	*out = NULL;
	*n = 0;
	if ((d = opendir(dir)) == NULL) {
		snprintf(err, errlen, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		const char *name = de->d_name;
		size_t nl = strlen(name);
		char *end;
		long ver;

		if (nl < 9 || strcmp(name + nl - 4, ".sql") != 0 ||
		    name[0] < '0' || name[0] > '9')
			continue;
		ver = strtol(name, &end, 10);
		if (*end != '_' || ver <= 0 || ver > 99999)
			continue;
		if (len == cap) {
			cap = cap ? cap * 2 : 16;
			if ((nv = realloc(v, cap * sizeof(*v))) == NULL)
				goto oom;
			v = nv;
		}
		if ((v[len].file = strdup(name)) == NULL)
			goto oom;
		v[len++].version = (int)ver;
	}
	closedir(d);
	qsort(v, len, sizeof(*v), store_migration_cmp);
	for (size_t i = 1; i < len; i++)
		if (v[i].version == v[i - 1].version) {
			snprintf(err, errlen, "%s and %s: same version", v[i - 1].file, v[i].file);
			*out = v;
			*n = len;
			return -1;
		}
	*out = v;
	*n = len;
	return 0;
oom:
	closedir(d);
	snprintf(err, errlen, "out of memory");
	*out = v;
	*n = len;
	return -1;
}

/* store_read_file - the contents of path, NUL-terminated; caller frees. */
static char *
store_read_file(const char *path, char *err, size_t errlen)
{
	FILE *f;
	char *buf = NULL;
	long len;

	if ((f = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if (fseek(f, 0, SEEK_END) == -1 || (len = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) == -1) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto out;
	}
	if (len > STORE_MIGRATION_MAX) {
		snprintf(err, errlen, "%s: too large", path);
		goto out;
	}
	if ((buf = malloc((size_t)len + 1)) == NULL) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	if (fread(buf, 1, (size_t)len, f) != (size_t)len) {
		snprintf(err, errlen, "%s: short read", path);
		free(buf);
		buf = NULL;
		goto out;
	}
	buf[len] = '\0';
out:
	fclose(f);
	return buf;
}

/*
 * store_migrate_one - apply migration m of dir in its own transaction and
 * record it; 0, or -1 with err.
 */
static int
store_migrate_one(struct store *st, const char *dir, const struct store_migration *m, char *err,
    size_t errlen)
{
	char path[4096], ver[16], *sql;
	const char *params[2] = {ver, m->file};
	PGresult *res;
	int rc = -1;

	snprintf(path, sizeof(path), "%s/%s", dir, m->file);
	if ((sql = store_read_file(path, err, errlen)) == NULL)
		return -1;
	snprintf(ver, sizeof(ver), "%d", m->version);
	if (store_exec(st, "BEGIN") == -1)
		goto fail;
	/* A file may hold many statements: the simple query protocol runs them all. */
	res = PQexec(st->conn, sql);
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK &&
	    PQresultStatus(res) != PGRES_EMPTY_QUERY) {
		store_classify(st, res, m->file);
		PQclear(res);
		goto fail;
	}
	PQclear(res);
	res = PQexecParams(st->conn,
	    "INSERT INTO schema_migrations (version, name) VALUES ($1::int, $2::text)",
	    2, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(res) != PGRES_COMMAND_OK) {
		store_classify(st, res, m->file);
		PQclear(res);
		goto fail;
	}
	PQclear(res);
	if (store_exec(st, "COMMIT") == -1)
		goto fail;
	log_info("migration %s applied", m->file);
	rc = 0;
	goto out;
fail:
	snprintf(err, errlen, "%s", st->error);
	if (st->conn != NULL && PQtransactionStatus(st->conn) != PQTRANS_IDLE)
		store_exec(st, "ROLLBACK");
out:
	free(sql);
	return rc;
}

int
store_migrate(struct store *st, const char *dir, char *err, size_t errlen)
{
	struct store_migration *v = NULL;
	size_t n = 0;
	PGresult *res = NULL;
	int applied = -1, locked = 0;

	err[0] = '\0';
	if (store_migrations_list(dir, &v, &n, err, errlen) == -1)
		goto out;
	if (store_connect(st) == -1) {
		snprintf(err, errlen, "%s", st->error);
		goto out;
	}
	/* Five daemons starting together: one migrates, the others wait, then
	 * find nothing left to do. */
	if (store_exec(st, STORE_MIGRATE_LOCK) == -1)
		goto dberr;
	locked = 1;
	res = PQexec(st->conn, "SELECT to_regclass('schema_migrations') IS NULL");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		store_classify(st, res, "schema_migrations");
		goto dberr;
	}
	if (store_bool(PQgetvalue(res, 0, 0)) && store_exec(st,
	    "CREATE TABLE schema_migrations (version int PRIMARY KEY, name text NOT NULL,"
	    " applied_at timestamptz NOT NULL DEFAULT now())") == -1)
		goto dberr;
	PQclear(res);
	res = PQexec(st->conn, "SELECT version FROM schema_migrations");
	if (PQresultStatus(res) != PGRES_TUPLES_OK) {
		store_classify(st, res, "schema_migrations");
		goto dberr;
	}
	applied = 0;
	for (size_t i = 0; i < n; i++) {
		int done = 0;

		for (int r = 0; r < PQntuples(res) && !done; r++)
			done = atoi(PQgetvalue(res, r, 0)) == v[i].version;
		if (done)
			continue;
		if (store_migrate_one(st, dir, &v[i], err, errlen) == -1) {
			applied = -1;
			goto out;
		}
		applied++;
	}
	goto out;
dberr:
	snprintf(err, errlen, "%s", st->error);
	applied = -1;
out:
	PQclear(res);
	if (locked && st->conn != NULL)
		store_exec(st, STORE_MIGRATE_FREE);
	for (size_t i = 0; i < n; i++)
		free(v[i].file);
	free(v);
	return applied;
}

/*
 * store_doc - the JSON text that tw_ingest() takes for a and ex (the
 * contract's object plus the body); caller frees, NULL on allocation failure.
 */
static char *
store_doc(const struct article *a, const struct extraction *ex)
{
	return extract_json_text(a, ex, a->body != NULL ? a->body : "", NULL);
}

/*
 * store_batch_doc - the JSON array of the documents of items: each element
 * the object of store_doc(), without the body unless body is set
 * (tw_ingest_many).  Caller frees; NULL on allocation failure.
 */
static char *
store_batch_doc(const struct store_item *items, size_t n, int body)
{
	char *buf = NULL, *doc, *nbuf;
	size_t len = 1, cap = 0, dlen;

	for (size_t i = 0; i < n; i++) {
		const struct article *a = items[i].article;

		if ((doc = extract_json_text(a, items[i].extraction,
		    body ? (a->body != NULL ? a->body : "") : NULL, &dlen)) == NULL)
			goto fail;
		if (len + dlen + 3 > cap) {
			size_t ncap = cap == 0 ? 65536 : cap;

			while (len + dlen + 3 > ncap)
				ncap *= 2;
			if ((nbuf = realloc(buf, ncap)) == NULL) {
				free(doc);
				goto fail;
			}
			buf = nbuf;
			cap = ncap;
		}
		buf[len - 1] = i == 0 ? '[' : ',';
		memcpy(buf + len, doc, dlen);
		len += dlen + 1;
		free(doc);
	}
	buf[len - 1] = ']';
	buf[len] = '\0';
	return buf;
fail:
	free(buf);
	return NULL;
}

/* store_put32 - p gets v in network byte order; returns p + 4. */
static char *
store_put32(char *p, uint32_t v)
{
	v = htonl(v);
	memcpy(p, &v, 4);
	return p + 4;
}

/*
 * store_batch_bodies - the bodies of items as a one-dimensional text[] in
 * PostgreSQL's binary array format (array_recv): dimensions, then each body
 * as its length and bytes.  *len gets the size; caller frees; NULL on
 * allocation failure or a body beyond 1 GB.
 */
static char *
store_batch_bodies(const struct store_item *items, size_t n, size_t *len)
{
	size_t total = 20;
	char *buf, *p;

	for (size_t i = 0; i < n; i++) {
		const char *b = items[i].article->body;

		total += 4 + (b != NULL ? strlen(b) : 0);
	}
	if (n > INT32_MAX || total > (1u << 30) || (buf = malloc(total)) == NULL)
		return NULL;
	p = store_put32(buf, 1);        /* dimensions */
	p = store_put32(p, 0);          /* no NULL element */
	p = store_put32(p, 25);         /* element type: text */
	p = store_put32(p, (uint32_t)n);
	p = store_put32(p, 1);          /* lower bound */
	for (size_t i = 0; i < n; i++) {
		const char *b = items[i].article->body;
		size_t bl = b != NULL ? strlen(b) : 0;

		p = store_put32(p, (uint32_t)bl);
		if (bl > 0)
			memcpy(p, b, bl);
		p += bl;
	}
	*len = total;
	return buf;
}

/* store_articles_result - read res, tw_ingest_batch()'s rows, into items. */
static enum store_result
store_articles_result(struct store *st, const PGresult *res, struct store_item *items, size_t n)
{
	if ((size_t)PQntuples(res) != n || PQnfields(res) != 2) {
		/* Committed but unreadable: a retry finds duplicates, loses nothing. */
		store_seterr(st, "store_articles", "tw_ingest_batch: unexpected result");
		return STORE_RETRY;
	}
	for (size_t i = 0; i < n; i++) {
		items[i].result = store_bool(PQgetvalue(res, (int)i, 0)) ? STORE_OK : STORE_DUPLICATE;
		items[i].alerts = atoi(PQgetvalue(res, (int)i, 1));
	}
	return STORE_OK;
}

/*
 * store_batch_known - find out once per connection whether the database has
 * tw_ingest_batch() (migration 005) into st->batch.
 */
static enum store_result
store_batch_known(struct store *st)
{
	PGresult *res;
	enum store_result r = STORE_OK;

	if (st->batch != -1)
		return STORE_OK;
	res = PQexec(st->conn,
	    "SELECT to_regprocedure('tw_ingest_batch(jsonb, text[], float8)') IS NOT NULL");
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		r = store_classify(st, res, "tw_ingest_batch");
	else
		st->batch = store_bool(PQgetvalue(res, 0, 0));
	PQclear(res);
	return r;
}

enum store_result
store_articles_send(struct store *st, const struct store_item *items, size_t n,
    double min_confidence)
{
	enum store_result r;
	enum store_stmt s;
	const char *params[3];
	int lengths[3] = {0, 0, 0}, formats[3] = {0, 1, 0}, np = 0;
	char minconf[32], *docs, *bodies = NULL;
	size_t blen = 0;

	if (store_connect(st) == -1)
		return STORE_RETRY;
	if ((r = store_batch_known(st)) != STORE_OK)
		return r;
	s = st->batch ? STMT_INGEST_BATCH : STMT_INGEST_MANY;
	if ((r = store_prepare(st, s)) != STORE_OK)
		return r;
	if ((docs = store_batch_doc(items, n, !st->batch)) == NULL ||
	    (st->batch && (bodies = store_batch_bodies(items, n, &blen)) == NULL)) {
		free(docs);
		store_seterr(st, "store_articles", "out of memory");
		return STORE_RETRY;
	}
	snprintf(minconf, sizeof(minconf), "%.17g", min_confidence);
	params[np++] = docs;
	if (st->batch) {
		lengths[np] = (int)blen;
		params[np++] = bodies;
	} else
		formats[1] = 0;
	params[np++] = minconf;
	/* One statement: its own transaction, NOTIFYs sent at its commit. */
	r = STORE_OK;
	if (!PQsendQueryPrepared(st->conn, STORE_STMTS[s].name, np, params, lengths, formats, 0))
		r = store_classify(st, NULL, STORE_STMTS[s].name);
	free(docs);
	free(bodies);
	return r;
}

enum store_result
store_articles_recv(struct store *st, struct store_item *items, size_t n, int wait, int *pending)
{
	enum store_result r = STORE_OK;
	PGresult *res, *extra;

	*pending = 0;
	if (st->conn == NULL)
		return store_classify(st, NULL, STORE_STMTS[STMT_INGEST_BATCH].name);
	if (!wait) {
		if (!PQconsumeInput(st->conn))
			return store_classify(st, NULL, STORE_STMTS[STMT_INGEST_BATCH].name);
		if (PQisBusy(st->conn)) {
			*pending = 1;
			return STORE_OK;
		}
	}
	res = PQgetResult(st->conn);
	/* Read up to the end of the statement, so the connection is idle again. */
	while ((extra = PQgetResult(st->conn)) != NULL)
		PQclear(extra);
	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		r = store_classify(st, res, STORE_STMTS[STMT_INGEST_BATCH].name);
	else
		r = store_articles_result(st, res, items, n);
	PQclear(res);
	return r;
}

enum store_result
store_articles(struct store *st, struct store_item *items, size_t n, double min_confidence)
{
	enum store_result r;
	int pending;

	if (n == 0)
		return STORE_OK;
	if ((r = store_articles_send(st, items, n, min_confidence)) != STORE_OK)
		return r;
	return store_articles_recv(st, items, n, 1, &pending);
}

void
store_quiet(struct store *st)
{
	st->quiet = 1;
}

enum store_result
store_replace_claims(struct store *st, const struct article *a, const struct extraction *ex,
    double min_confidence, int *alerts)
{
	const char *params[2];
	char minconf[32], *doc;
	PGresult *res;
	enum store_result r;

	*alerts = 0;
	if ((doc = store_doc(a, ex)) == NULL) {
		store_seterr(st, "store_replace_claims", "out of memory");
		return STORE_RETRY;
	}
	snprintf(minconf, sizeof(minconf), "%.17g", min_confidence);
	params[0] = doc;
	params[1] = minconf;
	r = store_call(st, STMT_REPLACE, 2, params, &res);
	free(doc);
	if (r != STORE_OK)
		return r;
	if (PQgetisnull(res, 0, 0))
		r = STORE_REJECT;  /* no such article */
	else
		*alerts = atoi(PQgetvalue(res, 0, 0));
	if (r == STORE_REJECT)
		store_seterr(st, "store_replace_claims", "article not stored");
	PQclear(res);
	return r;
}

enum store_result
store_ingest_json(struct store *st, const char *json, double min_confidence, int *alerts)
{
	const char *params[2];
	char minconf[32];
	PGresult *res;
	enum store_result r;

	*alerts = 0;
	snprintf(minconf, sizeof(minconf), "%.17g", min_confidence);
	params[0] = json;
	params[1] = minconf;
	if ((r = store_call(st, STMT_INGEST, 2, params, &res)) != STORE_OK)
		return r;
	if (!store_bool(PQgetvalue(res, 0, 0)))
		r = STORE_DUPLICATE;
	*alerts = atoi(PQgetvalue(res, 0, 1));
	PQclear(res);
	return r;
}

int
store_each_article(struct store *st, int (*cb)(const struct article *, void *), void *arg)
{
	const char *params[2];
	char after[32] = "0";
	PGresult *res;
	long long count = 0;
	int rows;

	params[0] = after;
	params[1] = "200";
	do {
		if (store_call(st, STMT_ARTICLES, 2, params, &res) != STORE_OK)
			return -1;
		rows = PQntuples(res);
		for (int i = 0; i < rows; i++) {
			struct article a;

			memset(&a, 0, sizeof(a));
			a.file = PQgetvalue(res, i, 1);
			snprintf(a.sha256, sizeof(a.sha256), "%s", PQgetvalue(res, i, 2));
			snprintf(a.published, sizeof(a.published), "%s", PQgetvalue(res, i, 3));
			a.title = PQgetisnull(res, i, 4) ? NULL : PQgetvalue(res, i, 4);
			a.source = PQgetisnull(res, i, 5) ? NULL : PQgetvalue(res, i, 5);
			a.url = PQgetisnull(res, i, 6) ? NULL : PQgetvalue(res, i, 6);
			a.body = PQgetvalue(res, i, 7);
			a.body_len = (size_t)PQgetlength(res, i, 7);
			snprintf(after, sizeof(after), "%s", PQgetvalue(res, i, 0));
			count++;
			if (cb(&a, arg) == -1) {
				PQclear(res);
				return -1;
			}
		}
		PQclear(res);
	} while (rows > 0);
	return count > 0x7fffffff ? 0x7fffffff : (int)count;
}

int
store_listen(struct store *st)
{
	st->listening = 1;
	if (store_connect(st) == -1)
		return -1;
	return store_exec(st, "LISTEN " STORE_CHANNEL);
}

int
store_drain_notifies(struct store *st)
{
	PGnotify *nf;
	int n = 0;

	if (st->conn == NULL)
		return -1;
	if (!PQconsumeInput(st->conn)) {
		store_seterr(st, "notifies", PQerrorMessage(st->conn));
		store_drop(st);
		store_outage(st);
		return -1;
	}
	while ((nf = PQnotifies(st->conn)) != NULL) {
		n++;
		PQfreemem(nf);
	}
	return n;
}

int
store_mark_overdue(struct store *st)
{
	PGresult *res;
	int n;

	if (store_call(st, STMT_OVERDUE, 0, NULL, &res) != STORE_OK)
		return -1;
	n = atoi(PQgetvalue(res, 0, 0));
	PQclear(res);
	return n;
}

int
store_sink_register(struct store *st, const char *sink)
{
	PGresult *res;

	if (store_call(st, STMT_SINK, 1, &sink, &res) != STORE_OK)
		return -1;
	PQclear(res);
	return 0;
}

int
store_alerts_claim(struct store *st, const char *sink, int max, int lease,
    struct store_alert **out, size_t *n)
{
	char smax[16], slease[16];
	const char *params[3] = {sink, smax, slease};
	struct store_alert *v = NULL;
	PGresult *res;
	int rows;

	*out = NULL;
	*n = 0;
	if (max <= 0)
		return 0;
	snprintf(smax, sizeof(smax), "%d", max);
	snprintf(slease, sizeof(slease), "%d", lease);
	if (store_call(st, STMT_CLAIM, 3, params, &res) != STORE_OK)
		return -1;
	if ((rows = PQntuples(res)) > 0 && (v = calloc((size_t)rows, sizeof(*v))) == NULL) {
		/* The leases lapse on their own. */
		PQclear(res);
		return -1;
	}
	for (int i = 0; i < rows; i++) {
		v[i].id = strtoll(PQgetvalue(res, i, 0), NULL, 10);
		v[i].attempts = atoi(PQgetvalue(res, i, 2));
		v[i].age = strtod(PQgetvalue(res, i, 3), NULL);
		if ((v[i].payload = strdup(PQgetvalue(res, i, 1))) == NULL) {
			store_alerts_free(v, (size_t)i);
			PQclear(res);
			return -1;
		}
	}
	PQclear(res);
	*out = v;
	*n = (size_t)rows;
	return 0;
}

int
store_alert_done(struct store *st, const char *sink, long long id)
{
	char sid[24];
	const char *params[2] = {sink, sid};
	PGresult *res;

	snprintf(sid, sizeof(sid), "%lld", id);
	if (store_call(st, STMT_DONE, 2, params, &res) != STORE_OK)
		return -1;
	PQclear(res);
	return 0;
}

int
store_alert_retry(struct store *st, const char *sink, long long id, double delay,
    const char *error)
{
	char sid[24], sdelay[32];
	const char *params[4] = {sink, sid, sdelay, error != NULL ? error : ""};
	PGresult *res;

	snprintf(sid, sizeof(sid), "%lld", id);
	snprintf(sdelay, sizeof(sdelay), "%.3f", delay);
	if (store_call(st, STMT_RETRY, 4, params, &res) != STORE_OK)
		return -1;
	PQclear(res);
	return 0;
}

void
store_alerts_free(struct store_alert *alerts, size_t n)
{
	if (alerts == NULL)
		return;
	for (size_t i = 0; i < n; i++)
		free(alerts[i].payload);
	free(alerts);
}
