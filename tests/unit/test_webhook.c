/*
 * test_webhook.c - the alert sinks: signatures, classification, backoff, and
 * real deliveries on a real event loop.
 *
 * The signature is checked against the Standard Webhooks reference vector.
 * The webhook is sent to an evhttp server listening on 127.0.0.1 in the same
 * event base (scripted status codes, recorded headers); the command sink runs
 * real programs (/bin/cp, /bin/false, /bin/sleep).  Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/keyvalq_struct.h>
#include <event2/listener.h>

#include "alert.h"
#include "command.h"
#include "webhook.h"

/* From https://github.com/standard-webhooks/standard-webhooks (spec tests). */
#define SW_SECRET "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
#define SW_ID "msg_p5jXN8AQM9LWM0D4loKWxJek"
#define SW_TS 1614265330LL
#define SW_BODY "{\"test\": 2432232314}"
#define SW_SIG "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="

static void
test_sign_vector(void **state)
{
	unsigned char *key;
	size_t keylen;
	char sig[WEBHOOK_SIGNATURE_MAX];

	(void)state;
	key = webhook_secret_decode(SW_SECRET "\n", strlen(SW_SECRET) + 1, &keylen);
	assert_non_null(key);
	assert_int_equal(keylen, 24);
	assert_int_equal(webhook_sign(key, keylen, SW_ID, SW_TS, SW_BODY, strlen(SW_BODY), sig,
	    sizeof(sig)), 0);
	assert_string_equal(sig, SW_SIG);
	/* Any change to id, timestamp or body changes the signature. */
	assert_int_equal(webhook_sign(key, keylen, SW_ID, SW_TS + 1, SW_BODY, strlen(SW_BODY), sig,
	    sizeof(sig)), 0);
	assert_string_not_equal(sig, SW_SIG);
	assert_int_equal(webhook_sign(key, keylen, "msg_other", SW_TS, SW_BODY, strlen(SW_BODY),
	    sig, sizeof(sig)), 0);
	assert_string_not_equal(sig, SW_SIG);
	free(key);
}

static void
test_secret_decode(void **state)
{
	unsigned char *key;
	size_t keylen;

	(void)state;
	/* A secret without the prefix is its raw bytes, minus the newline. */
	key = webhook_secret_decode("hunter2\r\n", 9, &keylen);
	assert_non_null(key);
	assert_int_equal(keylen, 7);
	assert_memory_equal(key, "hunter2", 7);
	free(key);
	/* Padding is not key material. */
	key = webhook_secret_decode("whsec_YWJjZA==", 14, &keylen);
	assert_non_null(key);
	assert_int_equal(keylen, 4);
	assert_memory_equal(key, "abcd", 4);
	free(key);
	assert_null(webhook_secret_decode("whsec_abc", 9, &keylen));
	assert_null(webhook_secret_decode("whsec_!!!!", 10, &keylen));
	assert_null(webhook_secret_decode("\n", 1, &keylen));
	assert_null(webhook_secret_decode("", 0, &keylen));
}

static void
test_classify(void **state)
{
	(void)state;
	assert_int_equal(webhook_classify(200), ALERT_DELIVERED);
	assert_int_equal(webhook_classify(204), ALERT_DELIVERED);
	assert_int_equal(webhook_classify(0), ALERT_RETRY);
	assert_int_equal(webhook_classify(408), ALERT_RETRY);
	assert_int_equal(webhook_classify(429), ALERT_RETRY);
	assert_int_equal(webhook_classify(500), ALERT_RETRY);
	assert_int_equal(webhook_classify(503), ALERT_RETRY);
	assert_int_equal(webhook_classify(400), ALERT_REJECTED);
	assert_int_equal(webhook_classify(404), ALERT_REJECTED);
	assert_int_equal(webhook_classify(410), ALERT_REJECTED);
	assert_int_equal(webhook_classify(301), ALERT_REJECTED);
}

static void
test_retry_after(void **state)
{
	/* Wed, 21 Oct 2015 07:28:00 GMT */
	long long then = 1445412480LL;

	(void)state;
	assert_true(webhook_retry_after(NULL, 0) < 0);
	assert_true(webhook_retry_after("soon", 0) < 0);
	assert_true(webhook_retry_after("12abc", 0) < 0);
	assert_true(webhook_retry_after(" 120 ", 0) == 120.0);
	assert_true(webhook_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", then - 30) == 30.0);
	assert_true(webhook_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", then + 30) == 0.0);
}

static void
test_backoff_bounds(void **state)
{
	(void)state;
	for (int a = 0; a < 200; a++) {
		double bound = a < 30 ? 0.5 * (double)(1LL << a) : 1e300;

		if (bound > 300)
			bound = 300;
		for (int i = 0; i < 50; i++) {
			double r = (double)rand() / ((double)RAND_MAX + 1);
			double d = alert_backoff(0.5, 300, a, r);

			assert_true(d >= 0);
			assert_true(d <= bound);
		}
		/* r close to 1 reaches the bound: the window really grows. */
		assert_true(alert_backoff(0.5, 300, a, 0.999999) > bound * 0.999);
	}
	assert_true(alert_backoff(1, 300, 0, 0) == 0);
	assert_true(alert_backoff(1, 300, -5, 0.5) == 0.5);
	assert_true(alert_backoff(1, 300, 1000000, 0.5) == 150);
}

static void
test_command_split(void **state)
{
	char **argv;

	(void)state;
	argv = command_split("  /usr/bin/logger\t-t  tradewatch ");
	assert_non_null(argv);
	assert_string_equal(argv[0], "/usr/bin/logger");
	assert_string_equal(argv[1], "-t");
	assert_string_equal(argv[2], "tradewatch");
	assert_null(argv[3]);
	command_argv_free(argv);
	/* Shell syntax is just text: nothing is expanded or split on ';'. */
	argv = command_split("/bin/echo $(id);rm");
	assert_non_null(argv);
	assert_string_equal(argv[1], "$(id);rm");
	assert_null(argv[2]);
	command_argv_free(argv);
	assert_null(command_split("   "));
}

/* One delivery's report. */
struct report {
	struct event_base *base;
	int called;
	enum alert_outcome outcome;
	double retry_after;
	char why[256];
};

static void
report_cb(void *arg, enum alert_outcome outcome, double retry_after, const char *why)
{
	struct report *r = arg;

	r->called++;
	r->outcome = outcome;
	r->retry_after = retry_after;
	snprintf(r->why, sizeof(r->why), "%s", why);
	event_base_loopexit(r->base, NULL);
}

/* The receiver: answers each request with the next scripted status. */
struct receiver {
	struct evhttp *http;
	int port;
	int status;             /* 0 = never answer */
	const char *retry_after;
	int requests;
	char id[64], ts[64], sig[128], type[64], body[1024];
};

static void
receiver_cb(struct evhttp_request *req, void *arg)
{
	struct receiver *rc = arg;
	struct evkeyvalq *h = evhttp_request_get_input_headers(req);
	struct evbuffer *in = evhttp_request_get_input_buffer(req);
	const char *v;
	size_t n;

	rc->requests++;
	snprintf(rc->id, sizeof(rc->id), "%s", (v = evhttp_find_header(h, "webhook-id")) ? v : "");
	snprintf(rc->ts, sizeof(rc->ts), "%s",
	    (v = evhttp_find_header(h, "webhook-timestamp")) ? v : "");
	snprintf(rc->sig, sizeof(rc->sig), "%s",
	    (v = evhttp_find_header(h, "webhook-signature")) ? v : "");
	snprintf(rc->type, sizeof(rc->type), "%s",
	    (v = evhttp_find_header(h, "Content-Type")) ? v : "");
	n = evbuffer_get_length(in);
	assert_true(n < sizeof(rc->body));
	evbuffer_remove(in, rc->body, n);
	rc->body[n] = '\0';
	if (rc->status == 0)
		return;  /* hold the request: the client must time out */
	if (rc->retry_after != NULL)
		evhttp_add_header(evhttp_request_get_output_headers(req), "Retry-After",
		    rc->retry_after);
	evhttp_send_reply(req, rc->status, "scripted", NULL);
}

static void
receiver_start(struct receiver *rc, struct event_base *base)
{
	struct evhttp_bound_socket *bs;
	struct sockaddr_in sin;
	socklen_t len = sizeof(sin);

	memset(rc, 0, sizeof(*rc));
	rc->http = evhttp_new(base);
	assert_non_null(rc->http);
	evhttp_set_gencb(rc->http, receiver_cb, rc);
	bs = evhttp_bind_socket_with_handle(rc->http, "127.0.0.1", 0);
	assert_non_null(bs);
	assert_int_equal(getsockname(evhttp_bound_socket_get_fd(bs), (struct sockaddr *)&sin, &len),
	    0);
	rc->port = ntohs(sin.sin_port);
}

/* send_one - one webhook delivery to rc with secret; the report in *r. */
static void
send_one(struct event_base *base, const char *url, const char *secret_file, long timeout,
    long long id, const char *payload, struct report *r)
{
	struct webhook *wh;
	char err[256];

	memset(r, 0, sizeof(*r));
	r->base = base;
	wh = webhook_new(base, url, secret_file, timeout, err, sizeof(err));
	assert_non_null(wh);
	assert_non_null(webhook_send(wh, id, payload, report_cb, r));
	event_base_dispatch(base);
	assert_int_equal(r->called, 1);
	webhook_free(wh);
}

static void
test_webhook_http(void **state)
{
	struct event_base *base = event_base_new();
	struct receiver rc;
	struct report r;
	char url[128], secret[] = "/tmp/tw-test-secret-XXXXXX", sig[WEBHOOK_SIGNATURE_MAX];
	const char *payload = "{\"alert_id\":42,\"new_status\":\"pledged\"}";
	unsigned char *key;
	size_t keylen;
	int fd;
	time_t t0;

	(void)state;
	fd = mkstemp(secret);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, SW_SECRET "\n", strlen(SW_SECRET) + 1),
	    (ssize_t)strlen(SW_SECRET) + 1);
	close(fd);
	receiver_start(&rc, base);
	snprintf(url, sizeof(url), "http://127.0.0.1:%d/hook?x=1", rc.port);

	/* 200: delivered, with the Standard Webhooks headers and a valid signature. */
	rc.status = 200;
	send_one(base, url, secret, 5, 42, payload, &r);
	assert_int_equal(r.outcome, ALERT_DELIVERED);
	assert_string_equal(rc.id, "42");
	assert_string_equal(rc.type, "application/json");
	assert_string_equal(rc.body, payload);
	assert_true(llabs(atoll(rc.ts) - (long long)time(NULL)) < 5);
	key = webhook_secret_decode(SW_SECRET, strlen(SW_SECRET), &keylen);
	assert_non_null(key);
	assert_int_equal(webhook_sign(key, keylen, "42", atoll(rc.ts), payload, strlen(payload),
	    sig, sizeof(sig)), 0);
	assert_string_equal(rc.sig, sig);
	free(key);

	/* 503 with Retry-After: retried, and the delay requested is passed on. */
	rc.status = 503;
	rc.retry_after = "7";
	send_one(base, url, secret, 5, 43, payload, &r);
	assert_int_equal(r.outcome, ALERT_RETRY);
	assert_true(r.retry_after == 7.0);
	assert_string_equal(r.why, "HTTP 503");

	/* 410: refused for good. */
	rc.status = 410;
	rc.retry_after = NULL;
	send_one(base, url, NULL, 5, 44, payload, &r);
	assert_int_equal(r.outcome, ALERT_REJECTED);
	assert_string_equal(rc.sig, "");  /* no secret, no signature */

	/* No answer: the timeout ends the attempt, as a retry. */
	rc.status = 0;
	t0 = time(NULL);
	send_one(base, url, NULL, 1, 45, payload, &r);
	assert_int_equal(r.outcome, ALERT_RETRY);
	assert_true(time(NULL) - t0 <= 3);
	assert_int_equal(rc.requests, 4);

	/* Nobody listening: a network error, retried. */
	evhttp_free(rc.http);
	send_one(base, url, NULL, 5, 46, payload, &r);
	assert_int_equal(r.outcome, ALERT_RETRY);
	if (strstr(r.why, "cannot connect") == NULL)
		fail_msg("why: %s", r.why);

	unlink(secret);
	event_base_free(base);
}

static void
test_webhook_bad_config(void **state)
{
	struct event_base *base = event_base_new();
	char err[256];

	(void)state;
	assert_null(webhook_new(base, "ftp://example.org/", NULL, 5, err, sizeof(err)));
	assert_non_null(strstr(err, "scheme"));
	assert_null(webhook_new(base, "http:///nohost", NULL, 5, err, sizeof(err)));
	assert_null(webhook_new(base, "http://127.0.0.1/", "/nonexistent/secret", 5, err,
	    sizeof(err)));
	assert_non_null(strstr(err, "/nonexistent/secret"));
	event_base_free(base);
}

/* run_one - one command delivery; the report in *r. */
static void
run_one(struct event_base *base, const char *cmdline, long timeout, const char *payload,
    struct report *r)
{
	struct command *cmd;
	char err[256];

	memset(r, 0, sizeof(*r));
	r->base = base;
	cmd = command_new(base, cmdline, timeout, err, sizeof(err));
	assert_non_null(cmd);
	assert_non_null(command_start(cmd, 7, payload, report_cb, r));
	event_base_dispatch(base);
	assert_int_equal(r->called, 1);
	command_free(cmd);
}

static void
test_command(void **state)
{
	struct event_base *base = event_base_new();
	struct report r;
	char dir[] = "/tmp/tw-test-cmd-XXXXXX", line[512], out[256], got[256];
	const char *payload = "{\"alert_id\":7}";
	FILE *f;
	size_t n;
	time_t t0;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(out, sizeof(out), "%s/out", dir);
	snprintf(line, sizeof(line), "/bin/cp /dev/stdin %s", out);
	run_one(base, line, 5, payload, &r);
	assert_int_equal(r.outcome, ALERT_DELIVERED);
	f = fopen(out, "r");
	assert_non_null(f);
	n = fread(got, 1, sizeof(got) - 1, f);
	got[n] = '\0';
	fclose(f);
	assert_string_equal(got, payload);
	unlink(out);
	rmdir(dir);

	run_one(base, "/bin/false", 5, payload, &r);
	assert_int_equal(r.outcome, ALERT_RETRY);
	assert_string_equal(r.why, "exit status 1");

	/* A program that hangs is terminated at the timeout. */
	t0 = time(NULL);
	run_one(base, "/bin/sleep 30", 1, payload, &r);
	assert_int_equal(r.outcome, ALERT_RETRY);
	assert_non_null(strstr(r.why, "timed out"));
	assert_true(time(NULL) - t0 <= 3);
	event_base_free(base);
}

static void
test_command_bad_config(void **state)
{
	char err[256];

	(void)state;
	assert_null(command_new(NULL, "logger -t x", 5, err, sizeof(err)));
	assert_non_null(strstr(err, "absolute"));
	assert_null(command_new(NULL, "/nonexistent/program", 5, err, sizeof(err)));
	assert_null(command_new(NULL, "/etc", 5, err, sizeof(err)));
	assert_null(command_new(NULL, " ", 5, err, sizeof(err)));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sign_vector),
		cmocka_unit_test(test_secret_decode),
		cmocka_unit_test(test_classify),
		cmocka_unit_test(test_retry_after),
		cmocka_unit_test(test_backoff_bounds),
		cmocka_unit_test(test_command_split),
		cmocka_unit_test(test_webhook_http),
		cmocka_unit_test(test_webhook_bad_config),
		cmocka_unit_test(test_command),
		cmocka_unit_test(test_command_bad_config),
	};

	/* As in tradewatchd: a child that exits without reading its stdin. */
	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
