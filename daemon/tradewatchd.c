/*
 * tradewatchd.c - the daemon's lifecycle: spool -> articles -> PostgreSQL.
 *
 * usage: tradewatchd [-c FILE] [-f]
 *
 * main() reads the configuration and the rules (a bad one exits 78,
 * EX_CONFIG, with "FILE:LINE: what is wrong"), creates the one event_base and
 * hands it to every module: the spool (inotify and rescans), the store's
 * LISTEN socket, the alert sinks, and our own timers and signals.  The daemon
 * never forks: under systemd (Type=notify) it reports READY=1 on
 * $NOTIFY_SOCKET once the database is reached, migrated and the start-up
 * backlog is stored.  -f (foreground, log to stderr) is therefore what it
 * always does; the flag is accepted for the scripts that pass it.
 *
 * The database may be down at any time: files then wait in new/, the
 * connection is retried with capped exponential backoff (0.1 s .. 10 s), the
 * outage is logged once, and the backlog flows when the server is back.
 * SIGHUP reloads the configuration and the rules, keeping the old ones when
 * the new ones are bad; SIGTERM and SIGINT finish the batches at hand and exit 0.
 *
 * A backlog is stored on TWD_LANES connections of their own, each with one
 * batch (one transaction) in flight, sent without waiting: while PostgreSQL
 * commits them the daemon claims and parses the next batch, and a batch's
 * files move to done/ when its result arrives.  On two cores this keeps both
 * busy: the database's work per article is what limits the rate.  A batch
 * locks its commitment keys (tw_lock_keys) until it commits, so a file with
 * a key of the batch in flight on the other lane is kept back, parsed, and
 * goes first in the batch sent once that one has committed: the lanes never
 * wait for each other's row locks, and each key's files are stored in the
 * order they were claimed.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "alert.h"
#include "config.h"
#include "ingest.h"
#include "log.h"
#include "notify.h"
#include "rules.h"
#include "spool.h"
#include "store.h"

#define TWD_BACKOFF_MIN 0.1          /* seconds before the first reconnect */
#define TWD_BACKOFF_MAX 10.0         /* longest wait between reconnects */
#define TWD_BATCH_BYTES (32u << 20)  /* file bytes held in memory per batch */
#define TWD_READY_GRACE 10           /* seconds of start-up backlog before READY=1 anyway */
#define TWD_STOP_GRACE_TICKS 50      /* 100 ms ticks SIGTERM waits for deliveries */
#define TWD_LANES 2                  /* batches stored at once, one per connection */

/* Claimed and parsed files on their way to one transaction. */
struct twd_batch {
	struct spool_file **files;
	struct ingest_doc **docs;
	size_t n;                     /* files parsed; 0: the batch is empty */
	size_t cap;                   /* room in files and docs */
	size_t articles;
	struct ingest_batch *sent;    /* in flight on the ingest connection */
	struct ingest_keys keys;      /* the commitment keys it locks, once sent */
};

/* An ingest connection and the batch in flight on it. */
struct twd_lane {
	struct twd *d;
	struct store *st;
	struct event *ev;
	int fd;
	ino_t ino;
	struct twd_batch fly;    /* sent, waiting for its COMMIT; empty when idle */
};

struct twd {
	struct event_base *base;
	const char *conf_path;
	struct config *cfg;
	struct rules *rules;
	struct spool *spool;
	struct store *st;        /* the daemon's connection */
	struct store *mst;       /* the schema owner's, until migrated */
	struct twd_lane lanes[TWD_LANES];
	struct twd_batch next;   /* parsed meanwhile, sent when a lane is free;
				  * kept-back files first */
	struct alerts *alerts;
	struct event *sig_ev[3];
	struct event *process_ev;
	struct event *connect_ev;
	struct event *listen_ev;
	int listen_fd;           /* the socket listen_ev watches, and its inode: */
	ino_t listen_ino;        /* the store may reconnect behind our back */
	struct event *overdue_ev;
	struct event *watchdog_ev;
	struct event *status_ev;
	struct event *stop_ev;
	double backoff;
	int db_up;
	int migrated;
	int outage_logged;
	int ready_sent;
	int stopping;
	int stop_ticks;
	time_t ready_deadline;   /* 0 until the database is first reached */
	char status[160];
	char last_err[512];
};

static void twd_process_cb(evutil_socket_t, short, void *);
static void twd_listen_cb(evutil_socket_t, short, void *);
static void twd_batch_release(struct twd *, struct twd_batch *);
static void twd_ingest_cb(evutil_socket_t, short, void *);
static int twd_watch_socket(struct twd *d);
static void twd_status(struct twd *d);

/* twd_usage - print the synopsis and exit EX_USAGE. */
static void __attribute__((noreturn))
twd_usage(void)
{
	fprintf(stderr, "usage: tradewatchd [-c FILE] [-f]\n");
	exit(EX_USAGE);
}

/* twd_tv - seconds as a struct timeval. */
static struct timeval
twd_tv(double sec)
{
	struct timeval tv;

	tv.tv_sec = (time_t)sec;
	tv.tv_usec = (suseconds_t)((sec - (double)tv.tv_sec) * 1e6);
	return tv;
}

/* twd_load - the configuration at path and its rules; 0, or -1 with the
 * reason in err (nothing is returned then). */
static int
twd_load(const char *path, struct config **cfgp, struct rules **rulesp, char *err, size_t errlen)
{
	struct config *cfg;
	struct rules *rules;
	char *p;

	if ((cfg = config_load(path, err, errlen)) == NULL)
		return -1;
	/* Relative paths in the file are relative to the file. */
	if ((p = config_resolve(cfg, cfg->rules)) == NULL)
		goto oom;
	free(cfg->rules);
	cfg->rules = p;
	if ((p = config_resolve(cfg, cfg->spool)) == NULL)
		goto oom;
	free(cfg->spool);
	cfg->spool = p;
	if ((p = config_resolve(cfg, cfg->migrations)) == NULL)
		goto oom;
	free(cfg->migrations);
	cfg->migrations = p;
	if ((rules = rules_load(cfg->rules, err, errlen)) == NULL) {
		config_free(cfg);
		return -1;
	}
	*cfgp = cfg;
	*rulesp = rules;
	return 0;
oom:
	snprintf(err, errlen, "%s: out of memory", path);
	config_free(cfg);
	return -1;
}

/* twd_kick - schedule a round of claiming and storing.  A zero timeout,
 * not event_active(): an event activated from its own callback runs again
 * in the same pass over the active queue, so a long backlog would starve
 * timers (WATCHDOG=1), signals, inotify and the alert sinks until drained.
 * Timers wait for the next loop iteration, after I/O has been polled. */
static void
twd_kick(struct twd *d)
{
	struct timeval now = {0, 0};

	if (d->db_up && !d->stopping && !evtimer_pending(d->process_ev, NULL))
		evtimer_add(d->process_ev, &now);
}

/* twd_spool_ready_cb - the spool found files. */
static void
twd_spool_ready_cb(void *arg)
{
	twd_kick(arg);
}

/* twd_busy - how many lanes have a batch in flight. */
static int
twd_busy(const struct twd *d)
{
	int n = 0;

	for (int i = 0; i < TWD_LANES; i++)
		n += d->lanes[i].fly.n > 0;
	return n;
}

/* twd_check_ready - READY=1 once the database is reached and the start-up
 * backlog is stored (or has taken longer than TWD_READY_GRACE): none waiting
 * in the spool, none parsed and unsent, no batch still in flight (claimed
 * files leave the spool's count before their COMMIT). */
static void
twd_check_ready(struct twd *d)
{
	int left;

	if (d->ready_sent || !d->db_up)
		return;
	left = spool_backlog(d->spool) > 0 || d->next.n > 0 || twd_busy(d) > 0;
	if (left && time(NULL) < d->ready_deadline)
		return;
	d->ready_sent = 1;
	log_info("ready: database reached, start-up backlog %s",
	    left ? "still being stored" : "stored");
	d->status[0] = '\0';
	twd_status(d);
	notify_send("READY=1");
}

/* twd_status - STATUS= with the backlog and the database state, when it changed. */
static void
twd_status(struct twd *d)
{
	char s[sizeof(d->status)];

	snprintf(s, sizeof(s), "backlog %zu file(s); database %s%s", spool_backlog(d->spool),
	    d->db_up ? "up" : d->migrated ? "down, reconnecting" : "not reached yet",
	    d->stopping ? "; stopping" : "");
	if (strcmp(s, d->status) == 0)
		return;
	snprintf(d->status, sizeof(d->status), "%s", s);
	notify_send("STATUS=%s", s);
}

/* twd_db_down - the connection broke: stop storing, reconnect with backoff. */
static void
twd_db_down(struct twd *d)
{
	struct timeval tv;

	if (!d->db_up)
		return;
	d->db_up = 0;
	twd_batch_release(d, &d->next);
	if (d->listen_ev != NULL) {
		event_free(d->listen_ev);
		d->listen_ev = NULL;
	}
	/* The store has logged the outage (once); say what it means here. */
	if (!d->outage_logged) {
		log_debug("database down; files wait in new/, reconnecting");
		d->outage_logged = 1;
	}
	d->backoff = TWD_BACKOFF_MIN;
	tv = twd_tv(d->backoff);
	evtimer_add(d->connect_ev, &tv);
	twd_status(d);
}

/* twd_drain - free the notifications libpq has queued and pump the alerts
 * if there were any; 0, or -1 when the connection broke.  While a backlog
 * is stored the socket is never readable between batches (libpq reads our
 * own NOTIFYs together with the results), so this runs after every batch
 * too: else every alert's notification would stay queued in libpq (about
 * 700 bytes each) until the backlog drained. */
static int
twd_drain(struct twd *d)
{
	int n;

	if ((n = store_drain_notifies(d->st)) == -1)
		return -1;
	if (n > 0) {
		log_debug("%d notification(s): pumping alerts", n);
		alerts_kick(d->alerts);
	}
	return 0;
}

/* twd_listen_cb - NOTIFY tradewatch from any daemon: alerts may be waiting. */
static void
twd_listen_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;

	(void)fd;
	(void)what;
	if (twd_drain(d) == -1) {
		twd_db_down(d);
		return;
	}
	twd_watch_socket(d);
}

/* twd_watch - make *ev an EV_READ event on st's socket calling cb, unless it
 * already watches that very socket; 1 when (re)created, 0 when unchanged,
 * -1 if st has no connection. */
static int
twd_watch(struct twd *d, struct store *st, struct event **ev, int *fd, ino_t *ino,
    event_callback_fn cb, void *arg)
{
	int sock = store_socket(st);
	struct stat sb;

	if (sock == -1 || fstat(sock, &sb) == -1)
		return -1;
	if (*ev != NULL && *fd == sock && *ino == sb.st_ino)
		return 0;
	if (*ev != NULL)
		event_free(*ev);
	*ev = event_new(d->base, sock, EV_READ | EV_PERSIST, cb, arg);
	if (*ev == NULL || event_add(*ev, NULL) == -1)
		fatalx("cannot watch the database socket");
	*fd = sock;
	*ino = sb.st_ino;
	return 1;
}

/* twd_watch_socket - (re)create the EV_READ event on the store's socket when
 * the connection changed (the store reconnects by itself, and LISTENs again,
 * whenever a call finds it broken); a new connection may hold alerts that
 * were raised meanwhile, so the outbox is pumped.  0, or -1 if there is no
 * connection. */
static int
twd_watch_socket(struct twd *d)
{
	int r = twd_watch(d, d->st, &d->listen_ev, &d->listen_fd, &d->listen_ino, twd_listen_cb,
	    d);

	if (r == 1)
		alerts_kick(d->alerts);
	return r == -1 ? -1 : 0;
}

/* twd_migrate - apply the migrations once; 0 or -1 (not now). */
static int
twd_migrate(struct twd *d)
{
	struct store *m = d->mst != NULL ? d->mst : d->st;
	char err[512];
	int n;

	if (d->migrated)
		return 0;
	if (store_connect(m) == -1)
		return -1;
	if ((n = store_migrate(m, d->cfg->migrations, err, sizeof(err))) == -1) {
		/* The same failure on every retry is logged once. */
		if (strcmp(err, d->last_err) != 0)
			log_warnx("migrations: %s; retrying", err);
		snprintf(d->last_err, sizeof(d->last_err), "%s", err);
		return -1;
	}
	if (n > 0)
		log_info("applied %d migration(s) from %s", n, d->cfg->migrations);
	d->migrated = 1;
	d->last_err[0] = '\0';
	store_free(d->mst);
	d->mst = NULL;
	return 0;
}

/* twd_connect_cb - reach (or reach again) the database, LISTEN, go on storing. */
static void
twd_connect_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;
	struct timeval tv;

	(void)fd;
	(void)what;
	if (d->stopping)
		return;
	if (twd_migrate(d) == -1 || store_connect(d->st) == -1)
		goto retry;
	if (store_listen(d->st) == -1 || twd_watch_socket(d) == -1)
		goto retry;
	d->db_up = 1;
	if (d->outage_logged)
		log_info("database is back; storing the waiting files");
	else
		log_info("database reached");
	d->outage_logged = 0;
	d->backoff = TWD_BACKOFF_MIN;
	if (d->ready_deadline == 0)
		d->ready_deadline = time(NULL) + TWD_READY_GRACE;
	alerts_kick(d->alerts);
	twd_status(d);
	/* Files released during the outage went back to new/: look again. */
	spool_rescan(d->spool);
	twd_kick(d);
	twd_check_ready(d);
	return;
retry:
	d->db_up = 0;
	if (!d->outage_logged) {
		log_debug("database not reached; retrying with backoff");
		d->outage_logged = 1;
	}
	if (!d->ready_sent)
		notify_send("EXTEND_TIMEOUT_USEC=%llu", (unsigned long long)(TWD_BACKOFF_MAX + 30) * 1000000ULL);
	tv = twd_tv(d->backoff);
	d->backoff = d->backoff * 2 > TWD_BACKOFF_MAX ? TWD_BACKOFF_MAX : d->backoff * 2;
	evtimer_add(d->connect_ev, &tv);
	twd_status(d);
}

/* twd_reject - a batch was refused: store its files one by one and
 * quarantine only those the database refuses.  Returns 0, or -1 if the
 * database went away (the remaining files are released). */
static int
twd_reject(struct twd *d, struct spool_file **files, struct ingest_doc **docs, size_t n,
    int *alerts)
{
	size_t i;

	for (i = 0; i < n; i++) {
		enum store_result r = ingest_store(d->st, &docs[i], 1, (size_t)d->cfg->batch_size,
		    d->cfg->min_confidence, alerts);

		if (r == STORE_OK) {
			spool_done(d->spool, files[i]);
		} else if (r == STORE_REJECT) {
			char why[600];

			snprintf(why, sizeof(why), "refused by the database: %s", store_error(d->st));
			spool_quarantine(d->spool, files[i], why);
		} else {
			break;
		}
	}
	if (i == n)
		return 0;
	for (; i < n; i++)
		spool_release(d->spool, files[i]);
	return -1;
}

/* twd_batch_clear - free the docs of b and empty it (its files are gone). */
static void
twd_batch_clear(struct twd_batch *b)
{
	for (size_t i = 0; b->docs != NULL && i < b->n; i++)
		ingest_doc_free(b->docs[i]);
	free(b->docs);
	free(b->files);
	ingest_batch_free(b->sent);
	ingest_keys_clear(&b->keys);
	memset(b, 0, sizeof(*b));
}

/* twd_batch_release - give the files of b back to new/ and empty it. */
static void
twd_batch_release(struct twd *d, struct twd_batch *b)
{
	for (size_t i = 0; i < b->n; i++)
		spool_release(d->spool, b->files[i]);
	twd_batch_clear(b);
}

/* twd_prepare - claim files into b up to batch_size of them and parse
 * them after the ones b holds (kept back); unusable files are quarantined
 * on the way.  Returns how many were claimed (b stays empty when none is
 * usable). */
static size_t
twd_prepare(struct twd *d, struct twd_batch *b)
{
	size_t max = (size_t)d->cfg->batch_size, n = 0;
	char err[512];

	if (b->files == NULL) {
		if ((b->files = calloc(max, sizeof(*b->files))) == NULL ||
		    (b->docs = calloc(max, sizeof(*b->docs))) == NULL) {
			log_warnx("out of memory; retrying at the next rescan");
			goto out;
		}
		b->cap = max;
	}
	/* A reload may have made batch_size larger than the room of b. */
	if (max > b->cap)
		max = b->cap;
	if (b->n >= max ||
	    (n = spool_claim(d->spool, b->files + b->n, max - b->n, TWD_BATCH_BYTES)) == 0)
		goto out;
	for (size_t i = 0, first = b->n; i < n; i++) {
		int transient;
		struct spool_file *f = b->files[first + i];
		struct ingest_doc *doc = ingest_parse(d->rules, f->name, f->data, f->len, f->mtime,
		    &transient, err, sizeof(err));

		if (doc == NULL) {
			if (transient)
				spool_release(d->spool, f);
			else
				spool_quarantine(d->spool, f, err);
			continue;
		}
		/* The bytes are parsed: drop them before the next file is read. */
		free(f->data);
		f->data = NULL;
		b->files[b->n] = f;
		b->docs[b->n++] = doc;
		b->articles += ingest_doc_articles(doc);
	}
out:
	if (b->n == 0)
		twd_batch_clear(b);
	return n;
}

/* twd_full - whether b holds a batch's worth of files or articles. */
static int
twd_full(const struct twd *d, const struct twd_batch *b)
{
	return b->n >= (size_t)d->cfg->batch_size || b->articles >= (size_t)d->cfg->batch_size;
}

/* twd_pick - move into the empty s, in order, the files of d->next that may
 * be stored now: at most batch_size articles (or one larger file), none with
 * a commitment key of a batch in flight, none with a key of a file kept back
 * before it.  The others stay in d->next, in order.  Returns 0, or -1 out of
 * memory (nothing moved). */
static int
twd_pick(struct twd *d, struct twd_batch *s)
{
	struct twd_batch *b = &d->next;
	struct ingest_keys back = {NULL, 0};
	size_t max = (size_t)d->cfg->batch_size, k = 0, held = 0;
	int all = 0;

	if ((s->files = calloc(b->n, sizeof(*s->files))) == NULL ||
	    (s->docs = calloc(b->n, sizeof(*s->docs))) == NULL) {
		twd_batch_clear(s);
		return -1;
	}
	s->cap = b->n;
	for (size_t i = 0; i < b->n; i++) {
		struct ingest_doc *doc = b->docs[i];
		size_t a = ingest_doc_articles(doc);
		int keep = all || ingest_keys_meet(&back, doc);

		for (int j = 0; j < TWD_LANES && !keep; j++)
			if (d->lanes[j].fly.n > 0 && ingest_keys_meet(&d->lanes[j].fly.keys, doc)) {
				keep = 1;
				held++;
			}
		/* Full: the rest waits for the next batch, in order. */
		if (!keep && s->n > 0 && s->articles + a > max)
			keep = all = 1;
		if (keep) {
			/* Out of memory: keep every later file back too. */
			if (!all && ingest_keys_add(&back, doc) == -1)
				all = 1;
			b->files[k] = b->files[i];
			b->docs[k++] = doc;
			continue;
		}
		s->files[s->n] = b->files[i];
		s->docs[s->n++] = doc;
		s->articles += a;
	}
	ingest_keys_clear(&back);
	b->n = k;
	b->articles -= s->articles;
	if (held > 0)
		log_debug("kept %zu file(s) back: a batch in flight locks their keys", held);
	return 0;
}

/* twd_finish - the outcome r of batch b: move each file on, pump the alerts,
 * and empty b.  Returns -1 when the database went away, else 0. */
static int
twd_finish(struct twd *d, struct twd_batch *b, struct store *st, enum store_result r,
    int alerts)
{
	int down = 0;

	if (r == STORE_OK) {
		for (size_t i = 0; i < b->n; i++)
			spool_done(d->spool, b->files[i]);
	} else if (r == STORE_REJECT) {
		log_warnx("the database refused a batch of %zu file(s); trying them one by one", b->n);
		down = twd_reject(d, b->files, b->docs, b->n, &alerts) == -1;
	} else {
		/* Deadlocks and serialization failures keep the connection: the
		 * files just wait for their next turn. */
		log_debug("store: %s; %zu file(s) back to new/", store_error(st), b->n);
		for (size_t i = 0; i < b->n; i++)
			spool_release(d->spool, b->files[i]);
		down = !store_connected(st);
	}
	/* Every file has been moved on (twd_reject moves them all too). */
	twd_batch_clear(b);
	/* The moves need no fsync before the next file (spool.c says why). */
	spool_sync(d->spool);
	if (alerts > 0)
		alerts_kick(d->alerts);
	if (!down && twd_drain(d) == -1)
		down = 1;
	if (down) {
		twd_db_down(d);
		return -1;
	}
	twd_watch_socket(d);
	return 0;
}

/* twd_send - start storing on an idle lane, without waiting (its result
 * comes to twd_ingest_cb), what twd_pick takes of the prepared files, or,
 * when that is one file with more articles than one transaction may,
 * through ingest_store() at once. */
static void
twd_send(struct twd *d)
{
	struct twd_batch s;
	struct twd_lane *l = NULL;
	enum store_result r;
	int alerts = 0;

	memset(&s, 0, sizeof(s));
	for (int i = 0; i < TWD_LANES && l == NULL; i++)
		if (d->lanes[i].fly.n == 0)
			l = &d->lanes[i];
	if (l == NULL || d->next.n == 0 || !d->db_up || d->stopping)
		return;
	if (twd_pick(d, &s) == -1) {
		log_warnx("out of memory; the prepared files wait for the next batch");
		return;
	}
	if (d->next.n == 0)
		twd_batch_clear(&d->next);
	if (s.n == 0) {
		/* All kept back: sent when the batch holding their keys commits. */
		twd_batch_clear(&s);
		return;
	}
	if (s.articles > (size_t)d->cfg->batch_size) {
		r = ingest_store(d->st, s.docs, s.n, (size_t)d->cfg->batch_size,
		    d->cfg->min_confidence, &alerts);
		twd_finish(d, &s, d->st, r, alerts);
		return;
	}
	if ((s.sent = ingest_send(l->st, s.docs, s.n, d->cfg->min_confidence, &r)) == NULL) {
		twd_finish(d, &s, l->st, r, 0);
		return;
	}
	/* Out of memory here only costs the other lane a wait for a lock. */
	for (size_t i = 0; i < s.n; i++)
		if (ingest_keys_add(&s.keys, s.docs[i]) == -1)
			break;
	twd_watch(d, l->st, &l->ev, &l->fd, &l->ino, twd_ingest_cb, l);
	l->fly = s;
}

/* twd_ingest_cb - a lane's connection is readable: its batch may be
 * committed; move its files on, send the next, prepare another. */
static void
twd_ingest_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd_lane *l = arg;
	struct twd *d = l->d;
	enum store_result r;
	int alerts = 0, pending;

	(void)fd;
	(void)what;
	if (l->fly.sent == NULL) {
		/* Idle, yet readable: the server closed it (or said why it
		 * will).  Read it; once broken, stop watching it (the next
		 * send reconnects), lest the event fire for ever. */
		if (store_drain_notifies(l->st) == -1 && l->ev != NULL) {
			event_free(l->ev);
			l->ev = NULL;
		}
		return;
	}
	r = ingest_recv(l->st, l->fly.sent, 0, &pending, &alerts);
	if (pending)
		return;
	twd_finish(d, &l->fly, l->st, r, alerts);
	twd_send(d);
	twd_kick(d);
	twd_status(d);
	twd_check_ready(d);
}

/* twd_process_cb - claim and parse a batch while the previous one is being
 * stored, and send it as soon as that one is committed. */
static void
twd_process_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;

	(void)fd;
	(void)what;
	if (!d->db_up || d->stopping || twd_full(d, &d->next))
		return;
	/* Nothing claimed: idle until the spool finds more.  Else more may be
	 * waiting: prepare it in the next round (other events run in between)
	 * while this one is stored, or once its batch is sent, or to fill up
	 * the files kept back. */
	if (twd_prepare(d, &d->next) == 0)
		goto out;
	twd_send(d);
	if (!twd_full(d, &d->next))
		twd_kick(d);
out:
	twd_status(d);
	twd_check_ready(d);
}

/* twd_overdue_cb - the periodic sweep for deadlines that passed. */
static void
twd_overdue_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;
	int n;

	(void)fd;
	(void)what;
	if (!d->db_up)
		return;
	if ((n = store_mark_overdue(d->st)) == -1) {
		if (!store_connected(d->st))
			twd_db_down(d);
		return;
	}
	twd_watch_socket(d);
	if (n > 0) {
		log_info("%d commitment(s) became overdue", n);
		alerts_kick(d->alerts);
	}
}

/* twd_watchdog_cb - WATCHDOG=1: the loop still turns. */
static void
twd_watchdog_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	(void)arg;
	notify_send("WATCHDOG=1");
}

/* twd_status_cb - the periodic STATUS= and the READY=1 deadline. */
static void
twd_status_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;

	(void)fd;
	(void)what;
	if (d->db_up && twd_watch_socket(d) == -1 && store_connect(d->st) == -1)
		twd_db_down(d);
	twd_status(arg);
	twd_check_ready(arg);
}

/* twd_timer - (re)arm a persistent timer of sec seconds. */
static void
twd_timer(struct event *ev, double sec)
{
	struct timeval tv = twd_tv(sec);

	event_add(ev, &tv);
}

/* twd_reload - SIGHUP: new configuration and rules, or keep the old ones. */
static void
twd_reload(struct twd *d)
{
	struct config *cfg;
	struct rules *rules;
	struct timespec now;
	char err[512];

	clock_gettime(CLOCK_MONOTONIC, &now);
	notify_send("RELOADING=1\nMONOTONIC_USEC=%llu",
	    (unsigned long long)now.tv_sec * 1000000ULL + (unsigned long long)now.tv_nsec / 1000);
	if (twd_load(d->conf_path, &cfg, &rules, err, sizeof(err)) == -1) {
		log_warnx("reload: %s; keeping the old configuration", err);
		goto out;
	}
	if (alerts_reconfigure(d->alerts, cfg) == -1) {
		log_warnx("reload: alert settings refused; keeping the old configuration");
		config_free(cfg);
		rules_free(rules);
		goto out;
	}
	if (strcmp(cfg->database, d->cfg->database) != 0 || strcmp(cfg->spool, d->cfg->spool) != 0)
		log_warnx("reload: database and spool changes take effect at the next start");
	rules_free(d->rules);
	d->rules = rules;
	config_free(d->cfg);
	d->cfg = cfg;
	log_set_level((enum log_level)cfg->log_level);
	spool_configure(d->spool, cfg->max_article_bytes, cfg->rescan_interval);
	twd_timer(d->overdue_ev, (double)cfg->overdue_interval);
	log_info("reloaded %s (%zu rule phrases)", d->conf_path, rules_phrase_count(rules));
	spool_rescan(d->spool);
out:
	notify_send("READY=1");
	twd_status(d);
}

/* twd_stop_cb - wait a little for deliveries in flight, then leave the loop. */
static void
twd_stop_cb(evutil_socket_t fd, short what, void *arg)
{
	struct twd *d = arg;

	(void)fd;
	(void)what;
	/* The batch in flight is committed or refused first: its files move on. */
	if (twd_busy(d) > 0)
		return;
	if (alerts_busy(d->alerts) > 0 && d->stop_ticks++ < TWD_STOP_GRACE_TICKS)
		return;
	event_base_loopbreak(d->base);
}

/* twd_signal_cb - SIGHUP reloads; SIGTERM and SIGINT stop after the batches
 * in flight (twd_stop_cb waits for their results); a batch parsed but not
 * yet sent goes back to new/. */
static void
twd_signal_cb(evutil_socket_t sig, short what, void *arg)
{
	struct twd *d = arg;

	(void)what;
	if (sig == SIGHUP) {
		if (!d->stopping)
			twd_reload(d);
		return;
	}
	if (d->stopping)
		return;
	d->stopping = 1;
	twd_batch_release(d, &d->next);
	log_info("%s: stopping", strsignal((int)sig));
	notify_send("STOPPING=1");
	twd_status(d);
	alerts_stop(d->alerts);
	twd_timer(d->stop_ev, 0.1);
}

/* twd_events - create our events on the base; exits on failure. */
static void
twd_events(struct twd *d)
{
	static const int SIGNALS[3] = {SIGHUP, SIGTERM, SIGINT};
	unsigned long long wd = notify_watchdog_usec();

	for (int i = 0; i < 3; i++) {
		d->sig_ev[i] = evsignal_new(d->base, SIGNALS[i], twd_signal_cb, d);
		if (d->sig_ev[i] == NULL || event_add(d->sig_ev[i], NULL) == -1)
			fatalx("cannot set up signal %d", SIGNALS[i]);
	}
	d->process_ev = event_new(d->base, -1, 0, twd_process_cb, d);
	d->connect_ev = evtimer_new(d->base, twd_connect_cb, d);
	d->overdue_ev = event_new(d->base, -1, EV_PERSIST, twd_overdue_cb, d);
	d->watchdog_ev = event_new(d->base, -1, EV_PERSIST, twd_watchdog_cb, d);
	d->status_ev = event_new(d->base, -1, EV_PERSIST, twd_status_cb, d);
	d->stop_ev = event_new(d->base, -1, EV_PERSIST, twd_stop_cb, d);
	if (d->process_ev == NULL || d->connect_ev == NULL || d->overdue_ev == NULL ||
	    d->watchdog_ev == NULL || d->status_ev == NULL || d->stop_ev == NULL)
		fatalx("out of memory");
	if (wd == 0 && d->cfg->watchdog_sec > 0)
		wd = (unsigned long long)d->cfg->watchdog_sec * 1000000ULL;
	if (wd > 0) {
		/* Half the period, as sd_watchdog_enabled(3) advises. */
		twd_timer(d->watchdog_ev, (double)wd / 2e6);
		notify_send("WATCHDOG=1");
	}
	twd_timer(d->overdue_ev, (double)d->cfg->overdue_interval);
	twd_timer(d->status_ev, 1.0);
	twd_timer(d->connect_ev, 0);
}

/* twd_free - free everything main() made. */
static void
twd_free(struct twd *d)
{
	struct event *evs[] = {d->process_ev, d->connect_ev, d->listen_ev, d->overdue_ev,
	    d->watchdog_ev, d->status_ev, d->stop_ev, d->sig_ev[0], d->sig_ev[1], d->sig_ev[2]};

	for (size_t i = 0; i < sizeof(evs) / sizeof(evs[0]); i++)
		if (evs[i] != NULL)
			event_free(evs[i]);
	alerts_free(d->alerts);
	if (d->spool != NULL) {
		twd_batch_release(d, &d->next);
		for (int i = 0; i < TWD_LANES; i++)
			twd_batch_release(d, &d->lanes[i].fly);
	}
	for (int i = 0; i < TWD_LANES; i++) {
		if (d->lanes[i].ev != NULL)
			event_free(d->lanes[i].ev);
		store_free(d->lanes[i].st);
	}
	spool_free(d->spool);
	store_free(d->mst);
	store_free(d->st);
	rules_free(d->rules);
	config_free(d->cfg);
	if (d->base != NULL)
		event_base_free(d->base);
	notify_close();
}

int
main(int argc, char *argv[])
{
	struct twd d;
	char err[512];
	int ch;

	memset(&d, 0, sizeof(d));
	d.conf_path = CONFIG_DEFAULT_PATH;
	d.backoff = TWD_BACKOFF_MIN;
	log_init(argv[0]);
	while ((ch = getopt(argc, argv, "c:fh")) != -1) {
		switch (ch) {
		case 'c':
			d.conf_path = optarg;
			break;
		case 'f':
			/* Always in the foreground, logging to stderr (see the top). */
			break;
		default:
			twd_usage();
		}
	}
	if (optind != argc)
		twd_usage();
	if (twd_load(d.conf_path, &d.cfg, &d.rules, err, sizeof(err)) == -1) {
		fprintf(stderr, "%s\n", err);
		return EX_CONFIG;
	}
	log_set_level((enum log_level)d.cfg->log_level);
	notify_init();
	signal(SIGPIPE, SIG_IGN);
	if ((d.base = event_base_new()) == NULL)
		fatalx("cannot create the event base");
	if ((d.spool = spool_new(d.base, d.cfg->spool, err, sizeof(err))) == NULL) {
		log_error("spool: %s", err);
		twd_free(&d);
		return EX_CANTCREAT;
	}
	spool_configure(d.spool, d.cfg->max_article_bytes, d.cfg->rescan_interval);
	for (int i = 0; i < TWD_LANES; i++) {
		d.lanes[i].d = &d;
		if ((d.lanes[i].st = store_new(d.cfg->database)) == NULL)
			fatalx("out of memory");
		/* The lanes' outages are the daemon's: logged by d.st. */
		store_quiet(d.lanes[i].st);
	}
	if ((d.st = store_new(d.cfg->database)) == NULL ||
	    (d.cfg->migrate_database != NULL && (d.mst = store_new(d.cfg->migrate_database)) == NULL))
		fatalx("out of memory");
	if ((d.alerts = alerts_new(d.base, d.st, d.cfg)) == NULL) {
		twd_free(&d);
		return EX_CONFIG;
	}
	twd_events(&d);
	/* The watch is added before the start-up scan; storing waits for the database. */
	if (spool_start(d.spool, twd_spool_ready_cb, &d, err, sizeof(err)) == -1) {
		log_error("spool: %s", err);
		twd_free(&d);
		return EX_OSERR;
	}
	log_info("started: spool %s, %zu file(s) waiting, %zu rule phrases", d.cfg->spool,
	    spool_backlog(d.spool), rules_phrase_count(d.rules));
	twd_status(&d);
	event_base_dispatch(d.base);
	log_info("stopped");
	twd_free(&d);
	return 0;
}
