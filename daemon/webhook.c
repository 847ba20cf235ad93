/*
 * webhook.c - POST alerts to an HTTP endpoint, signed the Standard Webhooks way.
 *
 * Each alert gets its own evhttp connection, so that one slow receiver never
 * queues another alert behind it, and a total-time timer of its own: evhttp's
 * timeout only bounds each read, write or connect, a peer trickling bytes
 * would hold a request forever.  Names are resolved with evdns, never by a
 * blocking getaddrinfo in the loop.
 *
 * evhttp reports a failed request by calling the request callback with
 * req == NULL (after the error callback, which says why), or with a response
 * code of 0.  The request belongs to evhttp until that callback returns and
 * the connection must not be freed inside it, so the callback only records
 * the result and activates the request's timer event, whose callback frees
 * the connection and reports to the outbox.
 *
 * The signature follows https://www.standardwebhooks.com: HMAC-SHA256 over
 * "{webhook-id}.{webhook-timestamp}.{body}", base64, prefixed "v1,".  A secret
 * "whsec_<base64>" is the base64-decoded key; any other secret is used as raw
 * bytes.  The secret is read once per configuration and never logged.
 *
 * https:// needs libevent_openssl (TW_HAVE_LIBEVENT_OPENSSL): the peer's
 * certificate is verified against the system's trust store (or SSL_CERT_FILE)
 * and its name against the URL's host.
 */
#include "webhook.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/queue.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/buffer.h>
#include <event2/bufferevent.h>
#include <event2/dns.h>
#include <event2/event.h>
#include <event2/http.h>
#include <event2/util.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#ifdef TW_HAVE_LIBEVENT_OPENSSL
#include <arpa/inet.h>
#include <event2/bufferevent_ssl.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>
#endif

#include "log.h"

#define WEBHOOK_SECRET_MAX 4096          /* bytes of a secret file */
#define WEBHOOK_MAX_RESPONSE (1 << 20)   /* a larger response body is an error */
#define WEBHOOK_MAX_HEADERS (64 << 10)

struct webhook_req {
	TAILQ_ENTRY(webhook_req) entry;
	struct webhook *wh;
	struct evhttp_connection *evcon;
	struct event *timer;         /* total timeout, then the deferred finish */
	alert_done_fn done;
	void *arg;
	long long id;
	int completed;               /* evhttp called back */
	int status;                  /* HTTP status, 0 = none */
	int error;                   /* enum evhttp_request_error + 1, 0 = none */
	int sockerr;                 /* errno when the request failed */
	double retry_after;          /* seconds, -1 = none */
};

struct webhook {
	struct event_base *base;
	struct evdns_base *dns;      /* NULL: evhttp resolves synchronously */
	char *url;
	char *host;                  /* for the connection */
	char *host_header;           /* Host: value */
	char *path;                  /* path and query */
	int port;
	int tls;
	long timeout;
	unsigned char *key;          /* NULL = unsigned */
	size_t keylen;
#ifdef TW_HAVE_LIBEVENT_OPENSSL
	SSL_CTX *ssl_ctx;
#endif
	TAILQ_HEAD(, webhook_req) reqs;
};

/* webhook_read_secret - the key in path into wh; -1 with a reason in err. */
static int
webhook_read_secret(struct webhook *wh, const char *path, char *err, size_t errlen)
{
	char buf[WEBHOOK_SECRET_MAX + 1];
	size_t len = 0;
	ssize_t r;
	int fd, rc = -1;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY)) == -1) {
		snprintf(err, errlen, "webhook_secret_file %s: %s", path, strerror(errno));
		return -1;
	}
	while (len < sizeof(buf) && (r = read(fd, buf + len, sizeof(buf) - len)) != 0) {
		if (r == -1) {
			if (errno == EINTR)
				continue;
			snprintf(err, errlen, "webhook_secret_file %s: %s", path, strerror(errno));
			goto out;
		}
		len += (size_t)r;
	}
	if (len > WEBHOOK_SECRET_MAX) {
		snprintf(err, errlen, "webhook_secret_file %s: longer than %d bytes", path,
		    WEBHOOK_SECRET_MAX);
		goto out;
	}
	if ((wh->key = webhook_secret_decode(buf, len, &wh->keylen)) == NULL) {
		snprintf(err, errlen, "webhook_secret_file %s: empty, or whsec_ followed by bad base64",
		    path);
		goto out;
	}
	rc = 0;
out:
	OPENSSL_cleanse(buf, sizeof(buf));
	close(fd);
	return rc;
}

/* webhook_parse_url - fill wh's host, port, path and scheme from url. */
static int
webhook_parse_url(struct webhook *wh, const char *url, char *err, size_t errlen)
{
	struct evhttp_uri *uri;
	const char *scheme, *host, *path, *query;
	char buf[1024];
	int rc = -1, dflt;

	if ((uri = evhttp_uri_parse_with_flags(url, 0)) == NULL) {
		snprintf(err, errlen, "webhook_url: not a URL: %s", url);
		return -1;
	}
	scheme = evhttp_uri_get_scheme(uri);
	host = evhttp_uri_get_host(uri);
	if (scheme == NULL || (strcasecmp(scheme, "http") != 0 && strcasecmp(scheme, "https") != 0)) {
		snprintf(err, errlen, "webhook_url: the scheme must be http or https: %s", url);
		goto out;
	}
	if (host == NULL || *host == '\0') {
		snprintf(err, errlen, "webhook_url: no host: %s", url);
		goto out;
	}
	if (evhttp_uri_get_userinfo(uri) != NULL) {
		snprintf(err, errlen, "webhook_url: user info in the URL is not supported");
		goto out;
	}
	wh->tls = strcasecmp(scheme, "https") == 0;
#ifndef TW_HAVE_LIBEVENT_OPENSSL
	if (wh->tls) {
		snprintf(err, errlen, "webhook_url: https needs a build with libevent_openssl");
		goto out;
	}
#endif
	dflt = wh->tls ? 443 : 80;
	wh->port = evhttp_uri_get_port(uri);
	if (wh->port == -1)
		wh->port = dflt;
	path = evhttp_uri_get_path(uri);
	query = evhttp_uri_get_query(uri);
	if (path == NULL || *path == '\0')
		path = "/";
	snprintf(buf, sizeof(buf), "%s%s%s", path, query ? "?" : "", query ? query : "");
	wh->path = strdup(buf);
	/* An IPv6 literal is bracketed in the Host header, not when connecting. */
	if (strchr(host, ':') != NULL)
		snprintf(buf, sizeof(buf), "[%s]", host);
	else
		snprintf(buf, sizeof(buf), "%s", host);
	if (wh->port != dflt) {
		size_t n = strlen(buf);

		snprintf(buf + n, sizeof(buf) - n, ":%d", wh->port);
	}
	wh->host_header = strdup(buf);
	wh->host = strdup(host);
	if (wh->path == NULL || wh->host_header == NULL || wh->host == NULL) {
		snprintf(err, errlen, "out of memory");
		goto out;
	}
	rc = 0;
out:
	evhttp_uri_free(uri);
	return rc;
}

struct webhook *
webhook_new(struct event_base *base, const char *url, const char *secret_file, long timeout,
    char *err, size_t errlen)
{
	struct webhook *wh;

	if ((wh = calloc(1, sizeof(*wh))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	TAILQ_INIT(&wh->reqs);
	wh->base = base;
	wh->timeout = timeout;
	if ((wh->url = strdup(url)) == NULL) {
		snprintf(err, errlen, "out of memory");
		goto fail;
	}
	if (webhook_parse_url(wh, url, err, errlen) == -1)
		goto fail;
	if (secret_file != NULL && webhook_read_secret(wh, secret_file, err, errlen) == -1)
		goto fail;
#ifdef TW_HAVE_LIBEVENT_OPENSSL
	if (wh->tls) {
		if ((wh->ssl_ctx = SSL_CTX_new(TLS_client_method())) == NULL ||
		    SSL_CTX_set_default_verify_paths(wh->ssl_ctx) != 1 ||
		    SSL_CTX_set_min_proto_version(wh->ssl_ctx, TLS1_2_VERSION) != 1) {
			snprintf(err, errlen, "webhook: TLS set-up failed: %s",
			    ERR_reason_error_string(ERR_get_error()));
			goto fail;
		}
		SSL_CTX_set_verify(wh->ssl_ctx, SSL_VERIFY_PEER, NULL);
	}
#endif
	/* Without evdns a name would be resolved by a blocking call in the loop;
	 * an IP literal needs no resolver at all. */
	wh->dns = evdns_base_new(base, EVDNS_BASE_INITIALIZE_NAMESERVERS);
	if (wh->dns == NULL)
		log_warnx("webhook: no DNS resolver (/etc/resolv.conf?); names resolve blocking");
	return wh;
fail:
	webhook_free(wh);
	return NULL;
}

/* webhook_req_free - free the connection (and with it a pending request). */
static void
webhook_req_free(struct webhook_req *rq)
{
	TAILQ_REMOVE(&rq->wh->reqs, rq, entry);
	if (rq->evcon != NULL)
		evhttp_connection_free(rq->evcon);
	if (rq->timer != NULL)
		event_free(rq->timer);
	free(rq);
}

void
webhook_free(struct webhook *wh)
{
	struct webhook_req *rq;

	if (wh == NULL)
		return;
	while ((rq = TAILQ_FIRST(&wh->reqs)) != NULL)
		webhook_req_free(rq);
	if (wh->dns != NULL)
		evdns_base_free(wh->dns, 0);
#ifdef TW_HAVE_LIBEVENT_OPENSSL
	SSL_CTX_free(wh->ssl_ctx);
#endif
	if (wh->key != NULL)
		OPENSSL_clear_free(wh->key, wh->keylen);
	free(wh->url);
	free(wh->host);
	free(wh->host_header);
	free(wh->path);
	free(wh);
}

void
webhook_cancel(struct webhook_req *rq)
{
	if (rq != NULL)
		webhook_req_free(rq);
}

/* webhook_error_name - words for an evhttp request error. */
static const char *
webhook_error_name(int error)
{
	switch (error - 1) {
	case EVREQ_HTTP_TIMEOUT:
		return "timed out";
	case EVREQ_HTTP_EOF:
		return "connection closed";
	case EVREQ_HTTP_INVALID_HEADER:
		return "invalid response header";
	case EVREQ_HTTP_BUFFER_ERROR:
		return "connection failed";
	case EVREQ_HTTP_REQUEST_CANCEL:
		return "cancelled";
	case EVREQ_HTTP_DATA_TOO_LONG:
		return "response too long";
	case -1:
		/* evhttp fails a connection it could not open without saying why. */
		return "cannot connect";
	default:
		return "request failed";
	}
}

/* webhook_finish_cb - after evhttp let go of the request (or the total
 * timeout struck): free the connection, classify, report. */
static void
webhook_finish_cb(evutil_socket_t fd, short what, void *arg)
{
	struct webhook_req *rq = arg;
	alert_done_fn done = rq->done;
	void *darg = rq->arg;
	enum alert_outcome outcome;
	double retry_after = -1;
	char why[256];

	(void)fd;
	(void)what;
	if (!rq->completed) {
		snprintf(why, sizeof(why), "no answer within %lds", rq->wh->timeout);
		outcome = ALERT_RETRY;
	} else if (rq->status == 0) {
		if (rq->sockerr != 0)
			snprintf(why, sizeof(why), "%s: %s", webhook_error_name(rq->error),
			    strerror(rq->sockerr));
		else
			snprintf(why, sizeof(why), "%s", webhook_error_name(rq->error));
		outcome = ALERT_RETRY;
	} else {
		outcome = webhook_classify(rq->status);
		retry_after = rq->retry_after;
		snprintf(why, sizeof(why), "HTTP %d", rq->status);
	}
	webhook_req_free(rq);
	done(darg, outcome, retry_after, why);
}

/* webhook_error_cb - remember why evhttp failed the request. */
static void
webhook_error_cb(enum evhttp_request_error error, void *arg)
{
	struct webhook_req *rq = arg;

	rq->error = (int)error + 1;
	rq->sockerr = EVUTIL_SOCKET_ERROR();
}

/* webhook_response_cb - evhttp is done with the request: note the result
 * and finish outside evhttp's call stack. */
static void
webhook_response_cb(struct evhttp_request *req, void *arg)
{
	struct webhook_req *rq = arg;

	rq->completed = 1;
	if (req == NULL || evhttp_request_get_response_code(req) == 0) {
		if (rq->error == 0)
			rq->sockerr = 0;  /* errno is stale here: no reason is better */
	} else {
		rq->status = evhttp_request_get_response_code(req);
		if (rq->status == 429 || rq->status == 503)
			rq->retry_after = webhook_retry_after(evhttp_find_header(
			    evhttp_request_get_input_headers(req), "Retry-After"),
			    (long long)time(NULL));
	}
	event_del(rq->timer);
	event_active(rq->timer, EV_TIMEOUT, 0);
}

#ifdef TW_HAVE_LIBEVENT_OPENSSL
/* webhook_tls_peer - the certificate must name host: its IP address for an
 * IP literal, else its DNS name, which is also sent as SNI.  0 or -1. */
static int
webhook_tls_peer(SSL *ssl, const char *host)
{
	unsigned char addr[16];

	if (inet_pton(AF_INET, host, addr) == 1 || inet_pton(AF_INET6, host, addr) == 1)
		return X509_VERIFY_PARAM_set1_ip_asc(SSL_get0_param(ssl), host) == 1 ? 0 : -1;
	if (SSL_set_tlsext_host_name(ssl, host) != 1 || SSL_set1_host(ssl, host) != 1)
		return -1;
	return 0;
}
#endif

/* webhook_connection - a new connection to wh's host, TLS or not. */
static struct evhttp_connection *
webhook_connection(struct webhook *wh)
{
	struct bufferevent *bev = NULL;
	struct evhttp_connection *evcon;

#ifdef TW_HAVE_LIBEVENT_OPENSSL
	if (wh->tls) {
		SSL *ssl;

		if ((ssl = SSL_new(wh->ssl_ctx)) == NULL)
			return NULL;
		if (webhook_tls_peer(ssl, wh->host) == -1) {
			SSL_free(ssl);
			return NULL;
		}
		bev = bufferevent_openssl_socket_new(wh->base, -1, ssl, BUFFEREVENT_SSL_CONNECTING,
		    BEV_OPT_CLOSE_ON_FREE | BEV_OPT_DEFER_CALLBACKS);
		if (bev == NULL) {
			SSL_free(ssl);
			return NULL;
		}
		bufferevent_openssl_set_allow_dirty_shutdown(bev, 1);
	}
#endif
	evcon = evhttp_connection_base_bufferevent_new(wh->base, wh->dns, bev, wh->host,
	    (unsigned short)wh->port);
	if (evcon == NULL) {
		if (bev != NULL)
			bufferevent_free(bev);
		return NULL;
	}
	return evcon;
}

struct webhook_req *
webhook_send(struct webhook *wh, long long id, const char *payload, alert_done_fn done, void *arg)
{
	struct webhook_req *rq;
	struct evhttp_request *req = NULL;
	struct evkeyvalq *hdr;
	struct timeval tv = {wh->timeout, 0};
	size_t len = strlen(payload);
	long long now = (long long)time(NULL);
	char idbuf[32], tsbuf[32], lenbuf[32], sig[WEBHOOK_SIGNATURE_MAX];

	if ((rq = calloc(1, sizeof(*rq))) == NULL) {
		log_warn("webhook: alert %lld", id);
		return NULL;
	}
	rq->wh = wh;
	rq->id = id;
	rq->done = done;
	rq->arg = arg;
	rq->retry_after = -1;
	TAILQ_INSERT_TAIL(&wh->reqs, rq, entry);
	if ((rq->timer = evtimer_new(wh->base, webhook_finish_cb, rq)) == NULL ||
	    (rq->evcon = webhook_connection(wh)) == NULL ||
	    (req = evhttp_request_new(webhook_response_cb, rq)) == NULL) {
		log_warnx("webhook: alert %lld: cannot set up a request", id);
		goto fail;
	}
	evhttp_connection_set_timeout(rq->evcon, (int)wh->timeout);
	evhttp_connection_set_retries(rq->evcon, 0);
	evhttp_connection_set_max_body_size(rq->evcon, WEBHOOK_MAX_RESPONSE);
	evhttp_connection_set_max_headers_size(rq->evcon, WEBHOOK_MAX_HEADERS);
	evhttp_request_set_error_cb(req, webhook_error_cb);

	snprintf(idbuf, sizeof(idbuf), "%lld", id);
	snprintf(tsbuf, sizeof(tsbuf), "%lld", now);
	snprintf(lenbuf, sizeof(lenbuf), "%zu", len);
	hdr = evhttp_request_get_output_headers(req);
	evhttp_add_header(hdr, "Host", wh->host_header);
	evhttp_add_header(hdr, "User-Agent", "tradewatch");
	evhttp_add_header(hdr, "Content-Type", "application/json");
	evhttp_add_header(hdr, "Content-Length", lenbuf);
	evhttp_add_header(hdr, "Connection", "close");
	evhttp_add_header(hdr, "webhook-id", idbuf);
	evhttp_add_header(hdr, "webhook-timestamp", tsbuf);
	if (wh->key != NULL) {
		if (webhook_sign(wh->key, wh->keylen, idbuf, now, payload, len, sig,
		    sizeof(sig)) == -1) {
			log_warnx("webhook: alert %lld: cannot sign", id);
			evhttp_request_free(req);
			goto fail;
		}
		evhttp_add_header(hdr, "webhook-signature", sig);
	}
	evbuffer_add(evhttp_request_get_output_buffer(req), payload, len);
	/* The connection owns req from here on, even when this fails. */
	if (evhttp_make_request(rq->evcon, req, EVHTTP_REQ_POST, wh->path) == -1) {
		log_warnx("webhook: alert %lld: cannot start the request", id);
		goto fail;
	}
	evtimer_add(rq->timer, &tv);
	return rq;
fail:
	webhook_req_free(rq);
	return NULL;
}

unsigned char *
webhook_secret_decode(const char *text, size_t len, size_t *keylen)
{
	unsigned char *key;
	int n;

	while (len > 0 && (text[len - 1] == '\n' || text[len - 1] == '\r'))
		len--;
	if (len == 0)
		return NULL;
	if (len > 6 && memcmp(text, "whsec_", 6) == 0) {
		text += 6;
		len -= 6;
		if (len % 4 != 0 || len > INT32_MAX)
			return NULL;
		if ((key = malloc(len)) == NULL)
			return NULL;
		if ((n = EVP_DecodeBlock(key, (const unsigned char *)text, (int)len)) <= 0) {
			free(key);
			return NULL;
		}
		/* EVP_DecodeBlock counts the padding as zero bytes. */
		for (size_t i = len; i > 0 && text[i - 1] == '='; i--)
			n--;
		if (n <= 0) {
			free(key);
			return NULL;
		}
		*keylen = (size_t)n;
		return key;
	}
	if ((key = malloc(len)) == NULL)
		return NULL;
	memcpy(key, text, len);
	*keylen = len;
	return key;
}

int
webhook_sign(const unsigned char *key, size_t keylen, const char *id, long long timestamp,
    const char *body, size_t bodylen, char *out, size_t outlen)
{
	unsigned char mac[EVP_MAX_MD_SIZE];
	unsigned int maclen = 0;
	char prefix[128];
	unsigned char *msg;
	size_t plen;
	int n;

	n = snprintf(prefix, sizeof(prefix), "%s.%lld.", id, timestamp);
	if (n < 0 || (size_t)n >= sizeof(prefix) || outlen < WEBHOOK_SIGNATURE_MAX)
		return -1;
	plen = (size_t)n;
	if ((msg = malloc(plen + bodylen + 1)) == NULL)
		return -1;
	memcpy(msg, prefix, plen);
	memcpy(msg + plen, body, bodylen);
	if (HMAC(EVP_sha256(), key, (int)keylen, msg, plen + bodylen, mac, &maclen) == NULL) {
		free(msg);
		return -1;
	}
	free(msg);
	memcpy(out, "v1,", 3);
	EVP_EncodeBlock((unsigned char *)out + 3, mac, (int)maclen);
	OPENSSL_cleanse(mac, sizeof(mac));
	return 0;
}

enum alert_outcome
webhook_classify(int status)
{
	if (status >= 200 && status < 300)
		return ALERT_DELIVERED;
	if (status == 0 || status == 408 || status == 429 || status >= 500)
		return ALERT_RETRY;
	/* 1xx (unexpected), 3xx (we do not follow redirects) and other 4xx. */
	return ALERT_REJECTED;
}

double
webhook_retry_after(const char *value, long long now)
{
	struct tm tm;
	const char *end;
	char *num_end;
	long long secs;

	if (value == NULL)
		return -1;
	while (*value == ' ' || *value == '\t')
		value++;
	if (*value >= '0' && *value <= '9') {
		errno = 0;
		secs = strtoll(value, &num_end, 10);
		while (*num_end == ' ' || *num_end == '\t')
			num_end++;
		if (errno != 0 || *num_end != '\0')
			return -1;
		return (double)secs;
	}
	/* An IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT". */
	memset(&tm, 0, sizeof(tm));
	if ((end = strptime(value, "%a, %d %b %Y %H:%M:%S GMT", &tm)) == NULL || *end != '\0')
		return -1;
	secs = (long long)timegm(&tm) - now;
	return secs > 0 ? (double)secs : 0;
}
