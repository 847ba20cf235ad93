/*
 * alert.c - deliver the alert outbox to the configured sinks.
 *
 * The outbox is the `alerts` table: the tracking SQL adds a row per status
 * change in the ingest transaction, and the store keeps per sink whether it
 * was delivered, when to try next and how often it was tried.  This module
 * pumps it, outside any transaction:
 *
 *   alerts_kick (a commit, a NOTIFY, a reconnect) or the wake timer
 *     -> the pump (a zero-delay event, so a burst of kicks is one pump)
 *     -> per sink, store_alerts_claim leases as many due alerts as there are
 *        free delivery slots (ALERT_MAX_INFLIGHT), FOR UPDATE SKIP LOCKED, so
 *        with several daemons each alert goes to one of them
 *     -> webhook_send / command_start
 *     -> on the sink's report: store_alert_done, or store_alert_retry with a
 *        capped exponential backoff with full jitter, or a dead letter (the
 *        peer refused it, or it is older than webhook_max_age).
 *
 * The lease outlives the longest attempt, so an alert whose daemon died in
 * the middle of delivering it is taken again once the lease runs out:
 * delivery is at least once, and the webhook-id header lets receivers drop
 * the rare duplicate.  The wake timer fires at the earliest retry this
 * daemon scheduled and at least every ALERT_POLL_SECONDS, for retries,
 * expired leases and the alerts of other daemons.
 *
 * The process must ignore SIGPIPE (tradewatchd does): a receiver or an
 * alert command that goes away while we write to it costs one failed
 * attempt (EPIPE), not the daemon.
 *
 * A SIGHUP builds new sinks first and swaps only if all of them could be
 * built; the old ones finish their deliveries and are freed then.
 */
#include "alert.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <time.h>

#include <event2/event.h>
#include <openssl/rand.h>

#include "clock.h"
#include "command.h"
#include "config.h"
#include "log.h"
#include "store.h"
#include "webhook.h"

#define ALERT_MAX_INFLIGHT 8     /* deliveries at once per sink */
#define ALERT_POLL_SECONDS 5     /* the outbox is looked at least this often */
#define ALERT_LEASE_SLACK 10     /* seconds of lease beyond the longest attempt */

enum alert_kind { ALERT_SINK_WEBHOOK, ALERT_SINK_COMMAND, ALERT_NSINKS };

static const char *const ALERT_SINK_NAMES[ALERT_NSINKS] = {"webhook", "command"};

struct alert_delivery {
	TAILQ_ENTRY(alert_delivery) entry;
	struct alert_sink *sink;
	long long id;
	int attempts;               /* failed attempts before this one */
	double age;                 /* the alert's age when claimed */
	double claimed;             /* monotonic seconds */
	struct webhook_req *rq;
	struct command_run *run;
};

struct alert_sink {
	TAILQ_ENTRY(alert_sink) entry;   /* in alerts.retired */
	struct alerts *al;
	enum alert_kind kind;
	const char *name;
	struct webhook *wh;
	struct command *cmd;
	double backoff_base, backoff_cap;
	long max_age;
	int lease;
	int registered;             /* store_sink_register succeeded */
	int more;                   /* the last claim filled every slot */
	int inflight;
	TAILQ_HEAD(, alert_delivery) deliveries;
};

struct alerts {
	struct event_base *base;
	struct store *st;
	struct alert_sink *sinks[ALERT_NSINKS];  /* NULL = not configured */
	TAILQ_HEAD(, alert_sink) retired;        /* replaced, still delivering */
	struct event *pump;
	struct event *wake;
	double wake_due;            /* monotonic seconds, 0 = not armed */
	int stopping;               /* alerts_stop: no new deliveries */
};

/* alert_random - uniform in [0, 1) from the CSPRNG, so that daemons started
 * together do not retry in step. */
static double
alert_random(void)
{
	uint64_t v;

	if (RAND_bytes((unsigned char *)&v, sizeof(v)) != 1)
		return 0.5;
	return (double)(v >> 11) * 0x1p-53;
}

double
alert_backoff(double base, double cap, int attempts, double r)
{
	double bound;

	if (attempts < 0)
		attempts = 0;
	if (attempts > 60)
		attempts = 60;
	bound = ldexp(base, attempts);
	if (bound > cap)
		bound = cap;
	return r * bound;
}

/* alert_wake_in - make sure the pump runs within secs seconds. */
static void
alert_wake_in(struct alerts *al, double secs)
{
	double due = clock_now() + secs;
	struct timeval tv;

	if (al->stopping || (al->wake_due != 0 && al->wake_due <= due))
		return;
	if (secs < 0)
		secs = 0;
	tv.tv_sec = (time_t)secs;
	tv.tv_usec = (suseconds_t)((secs - (double)tv.tv_sec) * 1e6);
	al->wake_due = due;
	evtimer_add(al->wake, &tv);
}

/* alert_sink_free - cancel its deliveries (releasing their leases when the
 * store is up) and free it; NULL is a no-op. */
static void
alert_sink_free(struct alert_sink *sink)
{
	struct alert_delivery *d;

	if (sink == NULL)
		return;
	while ((d = TAILQ_FIRST(&sink->deliveries)) != NULL) {
		TAILQ_REMOVE(&sink->deliveries, d, entry);
		webhook_cancel(d->rq);
		command_cancel(d->run);
		if (store_connected(sink->al->st))
			store_alert_retry(sink->al->st, sink->name, d->id, 0,
			    "cancelled: daemon stopping or reconfigured");
		free(d);
	}
	webhook_free(sink->wh);
	command_free(sink->cmd);
	free(sink);
}

/* alert_sink_new - the sink of kind from cfg, or NULL with *failed = 0 when
 * cfg does not configure it, or NULL with *failed = 1 (logged). */
static struct alert_sink *
alert_sink_new(struct alerts *al, enum alert_kind kind, const struct config *cfg, int *failed)
{
	struct alert_sink *sink;
	char err[512];
	char *secret = NULL;
	long longest;

	*failed = 0;
	if ((kind == ALERT_SINK_WEBHOOK && cfg->webhook_url == NULL) ||
	    (kind == ALERT_SINK_COMMAND && cfg->alert_command == NULL))
		return NULL;
	if ((sink = calloc(1, sizeof(*sink))) == NULL) {
		log_warn("alerts");
		*failed = 1;
		return NULL;
	}
	TAILQ_INIT(&sink->deliveries);
	sink->al = al;
	sink->kind = kind;
	sink->name = ALERT_SINK_NAMES[kind];
	sink->backoff_base = cfg->webhook_backoff_base;
	sink->backoff_cap = cfg->webhook_backoff_cap;
	sink->max_age = cfg->webhook_max_age;
	err[0] = '\0';
	if (kind == ALERT_SINK_WEBHOOK) {
		if (cfg->webhook_secret_file != NULL &&
		    (secret = config_resolve(cfg, cfg->webhook_secret_file)) == NULL) {
			snprintf(err, sizeof(err), "out of memory");
			goto fail;
		}
		sink->wh = webhook_new(al->base, cfg->webhook_url, secret, cfg->webhook_timeout,
		    err, sizeof(err));
		free(secret);
		if (sink->wh == NULL)
			goto fail;
		longest = cfg->webhook_timeout;
	} else {
		sink->cmd = command_new(al->base, cfg->alert_command, cfg->alert_command_timeout,
		    err, sizeof(err));
		if (sink->cmd == NULL)
			goto fail;
		/* The timeout, the SIGTERM grace, and the reaping. */
		longest = cfg->alert_command_timeout + 5;
	}
	sink->lease = (int)(longest + ALERT_LEASE_SLACK);
	return sink;
fail:
	log_warnx("alerts: %s sink: %s", ALERT_SINK_NAMES[kind], err);
	alert_sink_free(sink);
	*failed = 1;
	return NULL;
}

/* alert_sink_release - a delivery ended on sink: free the sink if it was
 * replaced and is now idle, else look for more work if there may be some. */
static void
alert_sink_release(struct alert_sink *sink)
{
	struct alerts *al = sink->al;

	if (al->sinks[sink->kind] != sink) {
		if (sink->inflight == 0) {
			TAILQ_REMOVE(&al->retired, sink, entry);
			alert_sink_free(sink);
		}
		return;
	}
	if (sink->more)
		alerts_kick(al);
}

/* alert_delivery_done_cb - a sink's report on one attempt: record it. */
static void
alert_delivery_done_cb(void *arg, enum alert_outcome outcome, double retry_after, const char *why)
{
	struct alert_delivery *d = arg;
	struct alert_sink *sink = d->sink;
	struct alerts *al = sink->al;
	double age = d->age + (clock_now() - d->claimed), delay;
	char reason[512];
	int rc;

	TAILQ_REMOVE(&sink->deliveries, d, entry);
	sink->inflight--;
	switch (outcome) {
	case ALERT_DELIVERED:
		log_info("alert %lld: delivered to %s (%s)", d->id, sink->name, why);
		rc = store_alert_done(al->st, sink->name, d->id);
		break;
	case ALERT_REJECTED:
		log_warnx("alert %lld: %s refused it (%s): dead letter", d->id, sink->name, why);
		rc = store_alert_retry(al->st, sink->name, d->id, -1, why);
		break;
	case ALERT_RETRY:
	default:
		if (age >= (double)sink->max_age) {
			snprintf(reason, sizeof(reason), "%s; gave up after %.0fs (webhook_max_age)",
			    why, age);
			log_warnx("alert %lld: %s failed (%s) after %d attempts over %.0fs: dead letter",
			    d->id, sink->name, why, d->attempts + 1, age);
			rc = store_alert_retry(al->st, sink->name, d->id, -1, reason);
			break;
		}
		delay = alert_backoff(sink->backoff_base, sink->backoff_cap, d->attempts,
		    alert_random());
		/* A Retry-After may lengthen the wait, up to the cap. */
		if (retry_after > delay)
			delay = fmin(retry_after, sink->backoff_cap);
		/* The last attempt is made when the alert reaches the maximum age. */
		if (age + delay > (double)sink->max_age)
			delay = (double)sink->max_age - age;
		log_info("alert %lld: %s attempt %d failed (%s), next in %.1fs", d->id, sink->name,
		    d->attempts + 1, why, delay);
		rc = store_alert_retry(al->st, sink->name, d->id, delay, why);
		if (rc == 0)
			alert_wake_in(al, delay);
		break;
	}
	/* Unrecorded, the lease runs out and the alert is tried again. */
	if (rc == -1)
		log_warnx("alert %lld: could not record the %s outcome; it will be retried",
		    d->id, sink->name);
	free(d);
	alert_sink_release(sink);
}

/* alert_sink_start - start delivering one claimed alert; 0 or -1. */
static int
alert_sink_start(struct alert_sink *sink, const struct store_alert *a, double now)
{
	struct alert_delivery *d;

	if ((d = calloc(1, sizeof(*d))) == NULL) {
		log_warn("alert %lld", a->id);
		return -1;
	}
	d->sink = sink;
	d->id = a->id;
	d->attempts = a->attempts;
	d->age = a->age;
	d->claimed = now;
	TAILQ_INSERT_TAIL(&sink->deliveries, d, entry);
	sink->inflight++;
	if (sink->kind == ALERT_SINK_WEBHOOK)
		d->rq = webhook_send(sink->wh, a->id, a->payload, alert_delivery_done_cb, d);
	else
		d->run = command_start(sink->cmd, a->id, a->payload, alert_delivery_done_cb, d);
	if (d->rq == NULL && d->run == NULL) {
		/* Could not even start (logged): count it as a failed attempt. */
		alert_delivery_done_cb(d, ALERT_RETRY, -1, "could not start the delivery");
		return -1;
	}
	log_debug("alert %lld: delivering to %s (attempt %d)", a->id, sink->name, a->attempts + 1);
	return 0;
}

/* alert_register - make every active sink a delivery target, once, when the
 * store is connected. */
static void
alert_register(struct alerts *al)
{
	if (!store_connected(al->st))
		return;
	for (int k = 0; k < ALERT_NSINKS; k++)
		if (al->sinks[k] != NULL && !al->sinks[k]->registered &&
		    store_sink_register(al->st, al->sinks[k]->name) == 0)
			al->sinks[k]->registered = 1;
}

/* alert_sink_pump - lease and start as many due alerts as sink has room for. */
static int
alert_sink_pump(struct alert_sink *sink)
{
	struct alerts *al = sink->al;
	struct store_alert *v = NULL;
	size_t n = 0;
	int room = ALERT_MAX_INFLIGHT - sink->inflight;
	double now = clock_now();

	if (!sink->registered)
		return -1;
	sink->more = 0;
	if (room <= 0) {
		sink->more = 1;
		return 0;
	}
	if (store_alerts_claim(al->st, sink->name, room, sink->lease, &v, &n) == -1)
		return -1;
	sink->more = n == (size_t)room;
	for (size_t i = 0; i < n; i++)
		alert_sink_start(sink, &v[i], now);
	store_alerts_free(v, n);
	return 0;
}

/* alert_pump_cb - one pass over the outbox for every sink. */
static void
alert_pump_cb(evutil_socket_t fd, short what, void *arg)
{
	struct alerts *al = arg;

	(void)fd;
	(void)what;
	/* Disconnected: the daemon kicks again once it has reconnected. */
	if (al->stopping || !store_connected(al->st))
		return;
	alert_register(al);
	for (int k = 0; k < ALERT_NSINKS; k++)
		if (al->sinks[k] != NULL && alert_sink_pump(al->sinks[k]) == -1) {
			log_debug("alerts: the store is not answering; waiting for the next kick");
			break;
		}
}

/* alert_wake_cb - a retry may be due, or it is time for the periodic look. */
static void
alert_wake_cb(evutil_socket_t fd, short what, void *arg)
{
	struct alerts *al = arg;

	al->wake_due = 0;
	alert_wake_in(al, ALERT_POLL_SECONDS);
	alert_pump_cb(fd, what, al);
}

/* alert_install - make sinks the active ones; the old ones retire. */
static void
alert_install(struct alerts *al, struct alert_sink *sinks[ALERT_NSINKS])
{
	for (int k = 0; k < ALERT_NSINKS; k++) {
		struct alert_sink *old = al->sinks[k];

		al->sinks[k] = sinks[k];
		if (old == NULL)
			continue;
		if (old->inflight == 0)
			alert_sink_free(old);
		else
			TAILQ_INSERT_TAIL(&al->retired, old, entry);
	}
	for (int k = 0; k < ALERT_NSINKS; k++)
		if (al->sinks[k] != NULL)
			log_info("alerts: delivering to %s", al->sinks[k]->name);
	alert_register(al);
}

/* alert_build - every sink cfg names into sinks; 0, or -1 (logged) with
 * nothing built. */
static int
alert_build(struct alerts *al, const struct config *cfg, struct alert_sink *sinks[ALERT_NSINKS])
{
	int failed;

	for (int k = 0; k < ALERT_NSINKS; k++) {
		sinks[k] = alert_sink_new(al, (enum alert_kind)k, cfg, &failed);
		if (failed) {
			while (k-- > 0)
				alert_sink_free(sinks[k]);
			return -1;
		}
	}
	return 0;
}

struct alerts *
alerts_new(struct event_base *base, struct store *st, const struct config *cfg)
{
	struct alerts *al;
	struct alert_sink *sinks[ALERT_NSINKS];

	if ((al = calloc(1, sizeof(*al))) == NULL) {
		log_warn("alerts");
		return NULL;
	}
	al->base = base;
	al->st = st;
	TAILQ_INIT(&al->retired);
	if ((al->pump = evtimer_new(base, alert_pump_cb, al)) == NULL ||
	    (al->wake = evtimer_new(base, alert_wake_cb, al)) == NULL) {
		log_warnx("alerts: cannot create events");
		goto fail;
	}
	if (alert_build(al, cfg, sinks) == -1)
		goto fail;
	alert_install(al, sinks);
	alert_wake_in(al, ALERT_POLL_SECONDS);
	alerts_kick(al);
	return al;
fail:
	alerts_free(al);
	return NULL;
}

void
alerts_kick(struct alerts *al)
{
	struct timeval zero = {0, 0};

	if (al == NULL || al->stopping || (al->sinks[ALERT_SINK_WEBHOOK] == NULL &&
	    al->sinks[ALERT_SINK_COMMAND] == NULL))
		return;
	/* Register now, not in the pump: the daemon kicks right after it
	 * connects, and alerts raised before a sink is registered would never
	 * get a delivery row for it. */
	alert_register(al);
	if (!evtimer_pending(al->pump, NULL))
		evtimer_add(al->pump, &zero);
}

int
alerts_reconfigure(struct alerts *al, const struct config *cfg)
{
	struct alert_sink *sinks[ALERT_NSINKS];

	if (alert_build(al, cfg, sinks) == -1) {
		log_warnx("alerts: keeping the previous sink settings");
		return -1;
	}
	alert_install(al, sinks);
	alerts_kick(al);
	return 0;
}

void
alerts_stop(struct alerts *al)
{
	if (al == NULL)
		return;
	al->stopping = 1;
	evtimer_del(al->pump);
	evtimer_del(al->wake);
	al->wake_due = 0;
}

int
alerts_busy(const struct alerts *al)
{
	const struct alert_sink *sink;
	int n = 0;

	if (al == NULL)
		return 0;
	for (int k = 0; k < ALERT_NSINKS; k++)
		if (al->sinks[k] != NULL)
			n += al->sinks[k]->inflight;
	TAILQ_FOREACH(sink, &al->retired, entry)
		n += sink->inflight;
	return n;
}

void
alerts_free(struct alerts *al)
{
	struct alert_sink *sink;

	if (al == NULL)
		return;
	for (int k = 0; k < ALERT_NSINKS; k++)
		alert_sink_free(al->sinks[k]);
	while ((sink = TAILQ_FIRST(&al->retired)) != NULL) {
		TAILQ_REMOVE(&al->retired, sink, entry);
		alert_sink_free(sink);
	}
	if (al->pump != NULL)
		event_free(al->pump);
	if (al->wake != NULL)
		event_free(al->wake);
	free(al);
}
