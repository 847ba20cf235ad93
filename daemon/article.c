/*
 * article.c - parse raw article files into normalised articles.
 *
 * Every format goes through the same two steps so that one story gives one
 * hash whichever way it was delivered:
 *
 *   1. decode the whole file: refuse NUL bytes, transcode UTF-16 that has
 *      its byte-order mark, strip a UTF-8 BOM, take valid UTF-8 as is and
 *      anything else as Windows-1252, turn CRLF and lone CR into LF (valid LF-only UTF-8 is used where it lies, so a
 *      large article is not copied for nothing);
 *   2. cut out the fields (date token, header block, JSON object or JSON
 *      line, or a saved page's story and metadata: html.c) and copy each one
 *      with CR turned into LF again (a JSON string may hold "\r\n" escapes)
 *      and surrounding blanks trimmed; a title, source or url is also made
 *      one line.
 *
 * The body's SHA-256 is taken after step 2.  Dates are kept as written (the
 * calendar date of the writer's zone, never converted to UTC) and must be real
 * calendar dates.  A file that cannot be used gives -1 and a one-line reason
 * that the daemon writes next to the quarantined file.
 *
 * Pure: no I/O, no globals of our own beyond the SHA-256 implementation,
 * fetched from OpenSSL once and only read after (cJSON keeps its last error
 * position in a global, which we never read).
 */
#include "article.h"

#include <ctype.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <cJSON.h>
#include <openssl/evp.h>

#include "html.h"
#include "utf8.h"

#define ARTICLE_QUOTE_MAX 40  /* bytes of a bad value shown in a reason */
#define ARTICLE_KEY_MAX 64    /* longest header key we recognise as one */
#define ARTICLE_DATE_SCAN 120 /* bytes of a date value searched for a date in words */
#define ARTICLE_TOP_LINES 5   /* lines of a bare body searched for its dateline */
#define ARTICLE_TOP_LINE_MAX 80 /* longest line taken for a dateline or byline */

enum article_format { ARTICLE_TXT, ARTICLE_JSON, ARTICLE_JSONL, ARTICLE_HTML };

/* A piece of the decoded text (or of a cJSON string); not owned. */
struct span {
	const char *s;
	size_t len;
};

/* The fields of one article before they are copied into a struct article. */
struct article_fields {
	struct span title, source, url, body;
	char published[11];
};

static const char *const ARTICLE_MONTHS[12] = {
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december",
};

/* article_err - format a reason into err, which may be NULL or empty. */
static void __attribute__((format(printf, 3, 4)))
article_err(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (err == NULL || errlen == 0)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* article_blank - 1 for the blanks we trim: space, tab, LF, VT, FF, CR. */
static int
article_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

/* article_trim - shrink sp to exclude leading and trailing blanks. */
static void
article_trim(struct span *sp)
{
	while (sp->len > 0 && article_blank(sp->s[0])) {
		sp->s++;
		sp->len--;
	}
	while (sp->len > 0 && article_blank(sp->s[sp->len - 1]))
		sp->len--;
}

/*
 * article_crlf - copy src[0..len) to dst turning CRLF and lone CR into LF;
 * dst may equal src (the output is never longer).  Returns the new length.
 */
static size_t
article_crlf(char *dst, const char *src, size_t len)
{
	size_t i = 0, j = 0;

	/* Runs between CRs move whole (memmove: dst may be src, never ahead of it). */
	while (i < len) {
		const char *cr = memchr(src + i, '\r', len - i);
		size_t k = cr != NULL ? (size_t)(cr - src) : len;

		if (dst + j != src + i)
			memmove(dst + j, src + i, k - i);
		j += k - i;
		if (k == len)
			break;
		dst[j++] = '\n';
		i = k + 1;
		if (i < len && src[i] == '\n')
			i++;
	}
	return j;
}

/*
 * article_quote - a printable excerpt of s[0..len) for a reason: at most
 * ARTICLE_QUOTE_MAX bytes cut on a character boundary, control bytes as '?'.
 */
static void
article_quote(char *dst, size_t dstlen, const char *s, size_t len)
{
	size_t n = len, j = 0;
	int cut = 0;

	if (n > ARTICLE_QUOTE_MAX) {
		n = ARTICLE_QUOTE_MAX;
		while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
			n--;
		cut = 1;
	}
	for (size_t i = 0; i < n && j + 1 < dstlen; i++) {
		unsigned char c = (unsigned char)s[i];

		dst[j++] = (c < 0x20 || c == 0x7F) ? '?' : (char)c;
	}
	if (cut && j + 4 < dstlen) {
		memcpy(dst + j, "...", 3);
		j += 3;
	}
	dst[j] = '\0';
}

/* article_text_dup - s trimmed, CR as LF, as a new string; *outlen its length.
 * Returns NULL on allocation failure. */
static char *
article_text_dup(struct span sp, size_t *outlen)
{
	char *p;

	article_trim(&sp);
	if (sp.len == SIZE_MAX || (p = malloc(sp.len + 1)) == NULL)
		return NULL;
	*outlen = article_crlf(p, sp.s, sp.len);
	p[*outlen] = '\0';
	return p;
}

/*
 * article_opt_dup - a title, source or url: trimmed, every run of blanks that
 * holds a line break (a folded header, a JSON "\n") made one space, as a new
 * string in *dst, or NULL when absent or blank.  -1 on allocation failure.
 */
static int
article_opt_dup(char **dst, struct span sp)
{
	size_t j = 0;
	char *p;

	*dst = NULL;
	article_trim(&sp);
	if (sp.s == NULL || sp.len == 0)
		return 0;
	if ((p = malloc(sp.len + 1)) == NULL)
		return -1;
	for (size_t i = 0; i < sp.len;) {
		size_t run = i;
		int brk = 0;

		while (run < sp.len && article_blank(sp.s[run])) {
			brk |= sp.s[run] == '\n' || sp.s[run] == '\r';
			run++;
		}
		if (run == i)
			p[j++] = sp.s[i++];
		else if (brk) {
			p[j++] = ' ';
			i = run;
		} else {
			memcpy(p + j, sp.s + i, run - i);
			j += run - i;
			i = run;
		}
	}
	p[j] = '\0';
	*dst = p;
	return 0;
}

int
article_date_valid(const char *s)
{
	static const int mdays[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int y, m, d;

	if (s == NULL || strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && !isdigit((unsigned char)s[i]))
			return 0;
	y = atoi(s);
	m = (s[5] - '0') * 10 + (s[6] - '0');
	d = (s[8] - '0') * 10 + (s[9] - '0');
	if (y < 1000 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
		return 0;
	return 1;
}

/* article_digits - n decimal digits at s (within len) as an int, or -1. */
static int
article_digits(const char *s, size_t len, size_t n)
{
	int v = 0;

	if (len < n)
		return -1;
	for (size_t i = 0; i < n; i++) {
		if (!isdigit((unsigned char)s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/*
 * article_month - 1..12 for a month name, its 3-letter abbreviation or
 * "Sept", or 0.
 */
static int
article_month(const char *s, size_t len)
{
	for (int m = 0; m < 12; m++) {
		size_t full = strlen(ARTICLE_MONTHS[m]);

		if ((len == 3 || len == full || (m == 8 && len == 4)) && len <= full &&
		    strncasecmp(s, ARTICLE_MONTHS[m], len) == 0)
			return m + 1;
	}
	return 0;
}

/* article_ymd - "YYYY-MM-DD" of y, m, d into out (unchecked: the caller validates). */
static void
article_ymd(char out[11], int year, int month, int day)
{
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)year % 10000, (unsigned)month % 100,
	    (unsigned)day % 100);
}

/*
 * The pieces of a written date, each read at *i within s[0..len) and moving
 * *i past what it read.
 */

/* article_take_blanks - one space or more; -1 if none. */
static int
article_take_blanks(const char *s, size_t len, size_t *i)
{
	if (*i >= len || s[*i] != ' ')
		return -1;
	while (*i < len && s[*i] == ' ')
		(*i)++;
	return 0;
}

/* article_take_day - a day of one or two digits; -1 if none. */
static int
article_take_day(const char *s, size_t len, size_t *i)
{
	size_t start = *i;

	while (*i < len && isdigit((unsigned char)s[*i]))
		(*i)++;
	if (*i - start < 1 || *i - start > 2)
		return -1;
	return article_digits(s + start, len - start, *i - start);
}

/* article_take_month - a month's name (article_month); 0 if the word is none. */
static int
article_take_month(const char *s, size_t len, size_t *i)
{
	size_t start = *i;

	while (*i < len && isalpha((unsigned char)s[*i]))
		(*i)++;
	return article_month(s + start, *i - start);
}

/*
 * article_take_year - four digits ending the date: the text's end or one of
 * the bytes of after must follow; -1 otherwise.
 */
static int
article_take_year(const char *s, size_t len, size_t *i, const char *after)
{
	int year = article_digits(s + *i, len - *i, 4);

	if (year < 0)
		return -1;
	*i += 4;
	if (*i < len && (s[*i] == '\0' || strchr(after, s[*i]) == NULL))
		return -1;
	return year;
}

/*
 * article_date_numeric - the all-digit forms of Asian and European outlets:
 * year first with '-', '/' or '.' and months and days of one or two digits
 * ("2027/3/3", "2027.03.03 14:22", "2027-3-3"), "2027年3月3日", the
 * day-first "3.3.2027" / "03.03.2027", and a date with slashes whose order
 * its numbers tell ("25/11/2025", "11/25/2025"; "03/04/2025" is refused).
 * Something after the date must be set off by a blank, a 'T' or a comma.
 * out is unchecked; -1 otherwise.
 */
static int
article_date_numeric(const char *s, size_t len, char out[11])
{
	static const char *const cjk[3] = {"\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5"};
	size_t i = 0;
	int year, month, day;
	char sep;

	if ((year = article_digits(s, len, 4)) >= 0) {
		i = 4;
		if (len - i >= 3 && memcmp(s + i, cjk[0], 3) == 0) {
			i += 3;
			if ((month = article_take_day(s, len, &i)) < 0 || len - i < 3 ||
			    memcmp(s + i, cjk[1], 3) != 0)
				return -1;
			i += 3;
			if ((day = article_take_day(s, len, &i)) < 0 || len - i < 3 ||
			    memcmp(s + i, cjk[2], 3) != 0)
				return -1;
			article_ymd(out, year, month, day);
			return 0;
		}
		if (i >= len || (sep = s[i]) == '\0' || strchr("-/.", sep) == NULL)
			return -1;
		i++;
		if ((month = article_take_day(s, len, &i)) < 0 || i >= len || s[i] != sep)
			return -1;
		i++;
		if ((day = article_take_day(s, len, &i)) < 0 ||
		    (i < len && s[i] != ' ' && s[i] != 'T' && s[i] != ','))
			return -1;
		article_ymd(out, year, month, day);
		return 0;
	}
	if ((day = article_take_day(s, len, &i)) < 0 || i >= len || (s[i] != '.' && s[i] != '/'))
		return -1;
	sep = s[i++];
	if ((month = article_take_day(s, len, &i)) < 0 || i >= len || s[i] != sep)
		return -1;
	i++;
	if ((year = article_take_year(s, len, &i, " ,T")) < 0)
		return -1;
	if (sep == '/') {
		/* "25/11/2025" is day first, "11/25/2025" month first; "03/04/2025"
		 * is April 3 in London and March 4 in New York: refused. */
		if (day <= 12 && month <= 12)
			return -1;
		if (month > 12) {
			int d = month;

			month = day;
			day = d;
		}
	}
	article_ymd(out, year, month, day);
	return 0;
}

/*
 * article_date_named - the date of the forms US and many other outlets print:
 * "[Weekday,] Month[.] D[st|nd|rd|th], YYYY [time ...]" ("November 25, 2025",
 * "Tue, Nov. 25, 2025 3:15 PM EST", "Sept 3 2025").  out is unchecked; -1
 * if s has not that shape.
 */
static int
article_date_named(const char *s, size_t len, char out[11])
{
	size_t i = 0;
	int day, month, year;

	month = article_take_month(s, len, &i);
	if (i < len && s[i] == ',') {       /* a weekday before the month */
		i++;
		while (i < len && s[i] == ' ')
			i++;
		month = article_take_month(s, len, &i);
	}
	if (month == 0)
		return -1;
	if (i < len && s[i] == '.')
		i++;
	if (article_take_blanks(s, len, &i) == -1 || (day = article_take_day(s, len, &i)) < 0)
		return -1;
	if (len - i >= 2 && (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
	    strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0))
		i += 2;
	if (i < len && s[i] == ',')
		i++;
	if (article_take_blanks(s, len, &i) == -1 ||
	    (year = article_take_year(s, len, &i, " ,")) < 0)
		return -1;
	article_ymd(out, year, month, day);
	return 0;
}

/*
 * article_date_rfc822 - the date of "[Day,] DD Mon YYYY [HH:MM[:SS] [zone]]"
 * into out as "YYYY-MM-DD" (unchecked); -1 if s has not that shape.
 */
static int
article_date_rfc822(const char *s, size_t len, char out[11])
{
	size_t i = 0;
	int day, month, year;

	if (i < len && isalpha((unsigned char)s[i])) {
		while (i < len && isalpha((unsigned char)s[i]))
			i++;
		if (i < len && s[i] == ',')
			i++;
		while (i < len && s[i] == ' ')
			i++;
	}
	if ((day = article_take_day(s, len, &i)) < 0 || article_take_blanks(s, len, &i) == -1 ||
	    (month = article_take_month(s, len, &i)) == 0 ||
	    article_take_blanks(s, len, &i) == -1 ||
	    (year = article_take_year(s, len, &i, " ")) < 0)
		return -1;
	article_ymd(out, year, month, day);
	return 0;
}

/*
 * article_date_shape - the date of s[0..len) in one of the forms
 * article_date_parse reads, into out (unchecked); -1 if it has none.
 */
static int
article_date_shape(const char *s, size_t len, char out[11])
{
	if (len >= 10 && article_digits(s, len, 4) >= 0 && s[4] == '-' &&
	    article_digits(s + 5, 2, 2) >= 0 && s[7] == '-' && article_digits(s + 8, 2, 2) >= 0) {
		/* A date, or a date then 'T' or ' ' and a time. */
		if (len == 10 || (len > 11 && (s[10] == 'T' || s[10] == 't' || s[10] == ' ') &&
		    isdigit((unsigned char)s[11]))) {
			memcpy(out, s, 10);
			out[10] = '\0';
			return 0;
		}
	}
	return article_date_rfc822(s, len, out) == 0 || article_date_named(s, len, out) == 0 ||
	    article_date_numeric(s, len, out) == 0 ? 0 : -1;
}

/*
 * article_date_parse - the calendar date, as written, of an ISO date, an ISO
 * datetime (any offset is ignored: no time-zone conversion), an RFC-822
 * date, a date with the month named first ("November 25, 2025",
 * article_date_named) or an all-digit one (article_date_numeric), at the
 * value's start or, failing that, at the start of a word in it ("Updated:
 * Nov. 25, 2025").  Returns 0 with "YYYY-MM-DD" in out, or -1 with the
 * reason in why.
 */
static int
article_date_parse(struct span sp, char out[11], char *why, size_t whylen)
{
	char q[ARTICLE_QUOTE_MAX + 8];
	int shaped;

	article_trim(&sp);
	shaped = article_date_shape(sp.s, sp.len, out) == 0;
	/* "Updated: Nov. 25, 2025", "Posted 10:32 a.m., 25 November 2025": the
	 * first date that starts a word within the value's first bytes. */
	for (size_t i = 1; !shaped && i < sp.len && i < ARTICLE_DATE_SCAN; i++) {
		if (strchr(" ,:;(|", sp.s[i - 1]) != NULL && !article_blank(sp.s[i]))
			shaped = article_date_shape(sp.s + i, sp.len - i, out) == 0;
	}
	article_quote(q, sizeof(q), sp.s, sp.len);
	if (!shaped) {
		article_err(why, whylen, "'%s' is not a date", q);
		return -1;
	}
	if (!article_date_valid(out)) {
		article_err(why, whylen, "'%s' is not a calendar date", q);
		out[0] = '\0';
		return -1;
	}
	return 0;
}

/* article_free_fields - free what an article owns. */
static void
article_free_fields(struct article *a)
{
	free(a->file);
	free(a->title);
	free(a->source);
	free(a->url);
	free(a->body);
	memset(a, 0, sizeof(*a));
}

void
article_list_free(struct article_list *list)
{
	if (list == NULL)
		return;
	for (size_t i = 0; i < list->n; i++)
		article_free_fields(&list->items[i]);
	free(list->items);
	list->items = NULL;
	list->n = list->cap = 0;
}

static const EVP_MD *article_sha256_md;  /* set once, then only read */
static pthread_once_t article_sha256_once = PTHREAD_ONCE_INIT;

/*
 * article_sha256_fetch - fetch the SHA-256 implementation once: EVP_sha256()
 * passed to EVP_Digest makes OpenSSL 3 look the algorithm up again on every
 * call: 12% of hashing a 3 KB article under callgrind, more with SHA-NI.
 */
static void
article_sha256_fetch(void)
{
	article_sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
}

/* article_sha256 - lower-case hex SHA-256 of s[0..len) into hex; -1 on failure. */
static int
article_sha256(const char *s, size_t len, char hex[65])
{
	static const char HEX[] = "0123456789abcdef";
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;

	if (pthread_once(&article_sha256_once, article_sha256_fetch) != 0 ||
	    article_sha256_md == NULL ||
	    EVP_Digest(s, len, md, &mdlen, article_sha256_md, NULL) != 1 || mdlen != 32)
		return -1;
	for (unsigned int i = 0; i < mdlen; i++) {
		hex[2 * i] = HEX[md[i] >> 4];
		hex[2 * i + 1] = HEX[md[i] & 15];
	}
	hex[64] = '\0';
	return 0;
}

/*
 * article_add - append the article made of f to out, named file.  Returns 0,
 * or -1 with a reason ("empty body", "out of memory") and out unchanged.
 */
static int
article_add(struct article_list *out, const char *file, const struct article_fields *f,
    char *err, size_t errlen)
{
	struct article a;
	struct span body = f->body;

	memset(&a, 0, sizeof(a));
	article_trim(&body);
	if (body.len == 0) {
		article_err(err, errlen, "empty body");
		return -1;
	}
	if (out->n == out->cap) {
		size_t cap = out->cap ? out->cap * 2 : 8;
		struct article *items;

		if (cap > SIZE_MAX / sizeof(*items) ||
		    (items = realloc(out->items, cap * sizeof(*items))) == NULL)
			goto oom;
		out->items = items;
		out->cap = cap;
	}
	if ((a.file = strdup(file)) == NULL ||
	    (a.body = article_text_dup(body, &a.body_len)) == NULL ||
	    article_opt_dup(&a.title, f->title) == -1 ||
	    article_opt_dup(&a.source, f->source) == -1 ||
	    article_opt_dup(&a.url, f->url) == -1)
		goto oom;
	if (article_sha256(a.body, a.body_len, a.sha256) == -1) {
		article_err(err, errlen, "sha256 failed");
		article_free_fields(&a);
		return -1;
	}
	memcpy(a.published, f->published, sizeof(a.published));
	out->items[out->n++] = a;
	return 0;
oom:
	article_free_fields(&a);
	article_err(err, errlen, "out of memory");
	return -1;
}

/*
 * article_decode - step 1: the whole file as UTF-8 with LF line ends, in
 * *text.  Input that is already so (the usual case) is used where it lies,
 * with *buf NULL; otherwise *buf is a new buffer that *text points into
 * (caller frees).  A 50 MB article is then copied only by cJSON and into the
 * article.  Returns -1 with a reason in err.
 */
static int
article_decode(const char *data, size_t len, struct span *text, char **buf, char *err,
    size_t errlen)
{
	const unsigned char *u = (const unsigned char *)data;
	const char *nul;
	size_t n;

	*buf = NULL;
	if (len >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
		/* UTF-16 as Windows tools save it, with its byte-order mark. */
		if ((*buf = utf8_from_utf16(data + 2, len - 2, u[0] == 0xFE, &n)) == NULL)
			goto oom;
		if (memchr(*buf, '\0', n) != NULL) {
			article_err(err, errlen, "NUL character in UTF-16 text");
			free(*buf);
			*buf = NULL;
			return -1;
		}
		n = article_crlf(*buf, *buf, n);
		goto done;
	}
	if ((nul = memchr(data, '\0', len)) != NULL) {
		article_err(err, errlen, "NUL byte at offset %zu", (size_t)(nul - data));
		return -1;
	}
	if (len >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
		data += 3;
		len -= 3;
	}
	if (utf8_valid(data, len)) {
		if (memchr(data, '\r', len) == NULL) {
			text->s = data;
			text->len = len;
			return 0;
		}
		if ((*buf = malloc(len + 1)) == NULL)
			goto oom;
		n = article_crlf(*buf, data, len);
	} else {
		if ((*buf = utf8_from_cp1252(data, len, &n)) == NULL)
			goto oom;
		n = article_crlf(*buf, *buf, n);
	}
done:
	(*buf)[n] = '\0';
	text->s = *buf;
	text->len = n;
	return 0;
oom:
	article_err(err, errlen, "out of memory");
	return -1;
}

/* article_line - the line at p (up to LF or end), and where the next starts. */
static struct span
article_line(const char *p, const char *end, const char **next)
{
	const char *eol = memchr(p, '\n', (size_t)(end - p));
	struct span line;

	if (eol == NULL)
		eol = end;
	line.s = p;
	line.len = (size_t)(eol - p);
	*next = eol < end ? eol + 1 : end;
	return line;
}

/*
 * article_txt_token - form 1, " date YYYY-MM-DD body...".  Returns 1 with the
 * date and body in f, 0 if text does not start with a date token, -1 with a
 * reason when the token's date is bad.
 */
static int
article_txt_token(struct span text, struct article_fields *f, char *err, size_t errlen)
{
	const char *p = text.s, *end = text.s + text.len, *tok;
	char why[128];
	struct span date;

	while (p < end && article_blank(*p))
		p++;
	if (end - p < 5 || strncasecmp(p, "date", 4) != 0 || (p[4] != ' ' && p[4] != '\t'))
		return 0;
	p += 4;
	while (p < end && (*p == ' ' || *p == '\t'))
		p++;
	/* Only an ISO-shaped token ("2025-11-25", "99999-01-01") makes this form:
	 * "Date 12 of the tour ..." is a bare body, not a bad date. */
	tok = p;
	while (p < end && isdigit((unsigned char)*p))
		p++;
	if (p - tok < 4 || p == end || *p != '-')
		return 0;
	while (p < end && !article_blank(*p))
		p++;
	date.s = tok;
	date.len = (size_t)(p - tok);
	if (article_date_parse(date, f->published, why, sizeof(why)) == -1) {
		article_err(err, errlen, "date token: %s", why);
		return -1;
	}
	f->body.s = p;
	f->body.len = (size_t)(end - p);
	return 1;
}

/*
 * The fields of an article, each under our own name first, then under the
 * names common scrapers and feeds give it: JSON members (matched exactly)
 * and .txt header keys (matched without case; the first name listed wins
 * when an article has two of them).
 */
static const char *const ARTICLE_BODY_KEYS[] = {"body", "text", "content", NULL};
static const char *const ARTICLE_TITLE_KEYS[] = {"title", "headline", NULL};
static const char *const ARTICLE_SOURCE_KEYS[] = {"source", NULL};
static const char *const ARTICLE_URL_KEYS[] = {"url", "link", NULL};
static const char *const ARTICLE_DATE_KEYS[] = {"published", "date", "publish_date",
	"published_at", "datePublished", "pubDate", NULL};
static const char *const ARTICLE_TXT_DATE_KEYS[] = {"date", "published", "publish_date",
	"published_at", "datePublished", "pubDate", NULL};  /* "Date:" is ours there */

/*
 * article_header_key - the length of the "Key" of a "Key: value" line (letters,
 * digits, '-' and '_' before the colon), 0 if the line has no such key.
 */
static size_t
article_header_key(struct span line)
{
	size_t k = 0;

	while (k < line.len && (isalnum((unsigned char)line.s[k]) || line.s[k] == '-' ||
	    line.s[k] == '_'))
		k++;
	return (k == 0 || k > ARTICLE_KEY_MAX || k >= line.len || line.s[k] != ':') ? 0 : k;
}

/*
 * article_header_field - which field a header key of length k names: an index
 * into keys (title, date, source, url) with the key's rank in its list in
 * *rank, or -1 for a key we do not know.
 */
static int
article_header_field(const char *const *const *keys, size_t nkeys, struct span line,
    size_t k, size_t *rank)
{
	for (size_t i = 0; i < nkeys; i++)
		for (size_t r = 0; keys[i][r] != NULL; r++)
			if (strlen(keys[i][r]) == k && strncasecmp(line.s, keys[i][r], k) == 0) {
				*rank = r;
				return (int)i;
			}
	return -1;
}

/*
 * article_header_prose - 1 if an unknown "Key: value" line reads as the body's
 * first line rather than a header: a kicker or dateline in capitals before
 * a phrase ("EXCLUSIVE: China agreed ...", "BEIJING: ..."; not "ID: 4411") or
 * a value of eight words or more.
 */
static int
article_header_prose(struct span line, size_t k)
{
	size_t upper = 0, words = 0;
	int in_word = 0;

	for (size_t i = 0; i < k; i++)
		upper += isupper((unsigned char)line.s[i]) != 0;
	for (size_t i = k + 1; i < line.len && words < 8; i++) {
		int w = !isspace((unsigned char)line.s[i]);

		words += w && !in_word;
		in_word = w;
	}
	return words >= 8 || (k >= 2 && upper == k && words >= 3);
}

/*
 * article_header_ahead - the first line from p up to the next blank line that
 * is a header of a field we know, or NULL.
 */
static const char *
article_header_ahead(const char *const *const *keys, size_t nkeys, const char *p,
    const char *end)
{
	for (const char *next; p < end; p = next) {
		struct span line = article_line(p, end, &next), t = line;
		size_t k = article_header_key(line), r;

		article_trim(&t);
		if (t.len == 0)
			return NULL;
		if (k && article_header_field(keys, nkeys, line, k, &r) >= 0)
			return p;
	}
	return NULL;
}

/*
 * article_txt_headers - form 2, "Key: value" lines, a blank line, the body.
 * Keys are case-insensitive; unknown keys are skipped; the first of a repeated
 * key wins, and a field's own name wins over the others of its list
 * ("Headline", "Published", "Link"); a line that starts with a blank continues
 * the previous header (RFC 822 folding).  The block counts as headers only if
 * it names at least one of the fields and every line up to the blank one is
 * a header, so that a bare body opening with "WASHINGTON: ..." stays a body;
 * except that when the writer left out the blank line, the first line after a
 * date header holding a date that is no header (a dateline, a sentence) or reads as prose
 * (article_header_prose: "EXCLUSIVE: China agreed ...") starts the body,
 * provided no known header follows it before the blank line (else a prose
 * line is one more unknown header, and a line with no key is no header).
 * Returns 1 with the fields in f, 0 (f untouched) if text has no header block.
 */
static int
article_txt_headers(struct span text, struct article_fields *f, struct span *date)
{
	static const char *const *const keys[] = {ARTICLE_TITLE_KEYS, ARTICLE_TXT_DATE_KEYS,
		ARTICLE_SOURCE_KEYS, ARTICLE_URL_KEYS};
	const size_t nkeys = sizeof(keys) / sizeof(keys[0]);
	struct span found[4] = {{NULL, 0}, {NULL, 0}, {NULL, 0}, {NULL, 0}};
	size_t rank[4] = {SIZE_MAX, SIZE_MAX, SIZE_MAX, SIZE_MAX};  /* name found[i] has */
	struct span *last = NULL;  /* the value the previous line set, for folding */
	const char *p = text.s, *end = text.s + text.len, *next;
	const char *ahead = text.s;  /* the next known header after a prose line */
	char day[11], why[16];  /* a parse of the date header: only whether it is one */
	int known = 0;

	/* Leading blanks skipped, the first line cannot be a continuation. */
	while (p < end && article_blank(*p))
		p++;
	for (; p < end; p = next) {
		struct span line = article_line(p, end, &next), value = line;
		size_t k, r = 0;
		int i;

		article_trim(&value);
		if (value.len == 0) {
			p = next;
			break;
		}
		if (line.s[0] == ' ' || line.s[0] == '\t') {
			if (last != NULL)
				last->len = (size_t)(line.s + line.len - last->s);
			continue;
		}
		last = NULL;
		k = article_header_key(line);
		i = k ? article_header_field(keys, nkeys, line, k, &r) : -1;
		if (i < 0 && (k == 0 || article_header_prose(line, k)) && found[1].s != NULL &&
		    article_date_parse(found[1], day, why, sizeof(why)) == 0) {
			if (ahead < next)  /* each line is looked ahead over once */
				ahead = article_header_ahead(keys, nkeys, next, end);
			if (ahead == NULL)
				break;  /* the body starts at this line */
		}
		if (k == 0)
			return 0;
		if (i < 0)
			continue;  /* an unknown header, skipped */
		known++;
		if (r < rank[i]) {  /* a repeated key: the first stays */
			found[i] = (struct span){line.s + k + 1, line.len - k - 1};
			rank[i] = r;
			last = &found[i];
		}
	}
	if (known == 0)
		return 0;
	f->title = found[0];
	*date = found[1];
	f->source = found[2];
	f->url = found[3];
	f->body.s = p;
	f->body.len = (size_t)(end - p);
	return 1;
}

/*
 * article_line_date - the date a short line of a pasted article's top gives
 * as its own: the line is a date ("November 25, 2026 3:15 PM EST"), a date
 * after "Published", "Updated", "Posted" or "Date" ("Updated: Nov. 25,
 * 2026"), or a date after the last '|', '·' or '•' of a byline ("By A.
 * Writer | 25 Nov 2026").  A headline that names a date in passing ("China
 * to buy soybeans by March 1, 2027") is none of these.  0 with the date in
 * out, else -1.
 */
static int
article_line_date(struct span line, char out[11])
{
	static const char *const prefixes[] = {"published", "updated", "posted", "date",
		"first published", "last updated"};
	static const char *const seps[] = {"|", "\xc2\xb7", "\xe2\x80\xa2"};
	char why[128];
	const char *after = NULL;

	if (article_date_shape(line.s, line.len, out) == 0)
		return article_date_valid(out) ? 0 : -1;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++) {
		size_t n = strlen(prefixes[i]);

		if (line.len > n && strncasecmp(line.s, prefixes[i], n) == 0 &&
		    !isalpha((unsigned char)line.s[n])) {
			struct span rest = {line.s + n, line.len - n};

			return article_date_parse(rest, out, why, sizeof(why));
		}
	}
	for (size_t i = 0; i < sizeof(seps) / sizeof(seps[0]); i++) {
		const char *p = line.s, *end = line.s + line.len, *hit;

		while ((hit = memmem(p, (size_t)(end - p), seps[i], strlen(seps[i]))) != NULL) {
			p = hit + strlen(seps[i]);
			if (after == NULL || p > after)
				after = p;
		}
	}
	if (after != NULL) {
		struct span rest = {after, (size_t)(line.s + line.len - after)};

		article_trim(&rest);
		if (article_date_shape(rest.s, rest.len, out) == 0)
			return article_date_valid(out) ? 0 : -1;
	}
	return -1;
}

/*
 * article_bare_date - the publication date a bare body gives in one of its
 * first ARTICLE_TOP_LINES lines (article_line_date), as pasted articles carry
 * it under their headline and byline; out is left alone when none does.
 * Lines that end a sentence are body text, not a dateline.
 */
static void
article_bare_date(struct span text, char out[11])
{
	const char *p = text.s, *end = text.s + text.len, *next;
	char date[11];

	for (int seen = 0; p < end && seen < ARTICLE_TOP_LINES; p = next) {
		struct span line = article_line(p, end, &next);

		article_trim(&line);
		if (line.len == 0)
			continue;
		seen++;
		if (line.len > ARTICLE_TOP_LINE_MAX || strchr(".!?", line.s[line.len - 1]) != NULL)
			continue;
		if (article_line_date(line, date) == 0) {
			memcpy(out, date, sizeof(date));
			return;
		}
	}
}

/* article_parse_txt - one article from decoded text in any of the three forms. */
static int
article_parse_txt(const char *name, struct span text, const char *fallback,
    struct article_list *out, char *err, size_t errlen)
{
	struct article_fields f;
	struct span date = {NULL, 0};
	char why[128];
	int r;

	memset(&f, 0, sizeof(f));
	if ((r = article_txt_token(text, &f, err, errlen)) == -1)
		return -1;
	if (r == 0) {
		if (article_txt_headers(text, &f, &date)) {
			article_trim(&date);
			if (date.len > 0 &&
			    article_date_parse(date, f.published, why, sizeof(why)) == -1) {
				article_err(err, errlen, "Date: %s", why);
				return -1;
			}
		} else {
			f.body = text;
			article_bare_date(text, f.published);
		}
		if (f.published[0] == '\0' && article_date_valid(fallback))
			memcpy(f.published, fallback, sizeof(f.published));
	}
	return article_add(out, name, &f, err, errlen);
}

/* article_json_where - "line L, column C" (or "column C" on line 1) of pos in js. */
static void
article_json_where(const char *js, const char *pos, char *buf, size_t buflen)
{
	size_t line = 1, col = 1;

	for (const char *p = js; p < pos; p++) {
		if (*p == '\n') {
			line++;
			col = 1;
		} else if (((unsigned char)*p & 0xC0) != 0x80)
			col++;
	}
	if (line == 1)
		snprintf(buf, buflen, "column %zu", col);
	else
		snprintf(buf, buflen, "line %zu, column %zu", line, col);
}

/*
 * article_json_string - the optional string member of obj named by the first
 * of keys (a NULL-ended list) that obj holds and that is not null, into sp;
 * -1 with a reason if it is there but not a string.  The later keys are the
 * names scrapers and feeds use for the same field ("text" or "content" for
 * the body, "date" or "published_at" for the date).
 */
static int
article_json_string(const cJSON *obj, const char *const keys[], struct span *sp,
    char *err, size_t errlen)
{
	sp->s = NULL;
	sp->len = 0;
	for (size_t k = 0; keys[k] != NULL; k++) {
		const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, keys[k]);

		if (v == NULL || cJSON_IsNull(v))
			continue;
		if (!cJSON_IsString(v) || v->valuestring == NULL) {
			article_err(err, errlen, "\"%s\" is not a string", keys[k]);
			return -1;
		}
		sp->s = v->valuestring;
		sp->len = strlen(v->valuestring);
		return 0;
	}
	return 0;
}

/*
 * article_json_nul - 1 if js[0..len) holds a "\u0000" escape.  cJSON would
 * silently cut the string there; a NUL is refused in JSON as in raw bytes.
 * The escape counts only when an odd run of backslashes precedes the 'u'.
 */
static int
article_json_nul(const char *js, size_t len)
{
	const char *p = js, *end = js + len, *u;

	while ((u = memmem(p, (size_t)(end - p), "u0000", 5)) != NULL) {
		const char *b = u;

		while (b > js && b[-1] == '\\')
			b--;
		if ((u - b) % 2 == 1)
			return 1;
		p = u + 5;
	}
	return 0;
}

/*
 * article_parse_object - one article from the JSON text js[0..len), which
 * must hold one object and nothing else but blanks.
 */
static int
article_parse_object(const char *file, const char *js, size_t len, const char *fallback,
    struct article_list *out, char *err, size_t errlen)
{
	struct article_fields f;
	struct span date;
	const char *endp = NULL;
	cJSON *root;
	char where[64], why[128];
	int rc = -1;

	memset(&f, 0, sizeof(f));
	if (article_json_nul(js, len)) {
		article_err(err, errlen, "NUL character (\\u0000) in a JSON string");
		return -1;
	}
	if ((root = cJSON_ParseWithLengthOpts(js, len, &endp, 0)) == NULL) {
		if (endp == NULL || endp < js || endp > js + len)
			endp = js;
		article_json_where(js, endp, where, sizeof(where));
		article_err(err, errlen, "invalid JSON at %s", where);
		return -1;
	}
	for (const char *p = endp; p < js + len; p++) {
		if (!article_blank(*p)) {
			article_json_where(js, p, where, sizeof(where));
			article_err(err, errlen, "data after the JSON object at %s", where);
			goto out;
		}
	}
	if (!cJSON_IsObject(root)) {
		article_err(err, errlen, "not a JSON object");
		goto out;
	}
	if (article_json_string(root, ARTICLE_BODY_KEYS, &f.body, err, errlen) == -1 ||
	    article_json_string(root, ARTICLE_TITLE_KEYS, &f.title, err, errlen) == -1 ||
	    article_json_string(root, ARTICLE_SOURCE_KEYS, &f.source, err, errlen) == -1 ||
	    article_json_string(root, ARTICLE_URL_KEYS, &f.url, err, errlen) == -1 ||
	    article_json_string(root, ARTICLE_DATE_KEYS, &date, err, errlen) == -1)
		goto out;
	if (f.body.s == NULL) {
		article_err(err, errlen, "no \"body\" string (nor \"text\", \"content\")");
		goto out;
	}
	article_trim(&date);
	if (date.len > 0 && article_date_parse(date, f.published, why, sizeof(why)) == -1) {
		article_err(err, errlen, "published: %s", why);
		goto out;
	}
	if (f.published[0] == '\0' && article_date_valid(fallback))
		memcpy(f.published, fallback, sizeof(f.published));
	rc = article_add(out, file, &f, err, errlen);
out:
	cJSON_Delete(root);
	return rc;
}

/* article_parse_jsonl - one article per non-blank line, named "NAME#LINE". */
static int
article_parse_jsonl(const char *name, struct span text, const char *fallback,
    struct article_list *out, char *err, size_t errlen)
{
	const char *p = text.s, *end = text.s + text.len, *next;
	size_t lineno = 0, found = 0, namelen = strlen(name);
	char *file, why[256];
	int rc = -1;

	/* "#" and up to 20 digits of a size_t. */
	if (namelen > SIZE_MAX - 32 || (file = malloc(namelen + 32)) == NULL) {
		article_err(err, errlen, "out of memory");
		return -1;
	}
	while (p < end) {
		struct span line = article_line(p, end, &next);

		lineno++;
		p = next;
		article_trim(&line);
		if (line.len == 0)
			continue;
		snprintf(file, namelen + 32, "%s#%zu", name, lineno);
		if (article_parse_object(file, line.s, line.len, fallback, out, why,
		    sizeof(why)) == -1) {
			article_err(err, errlen, "line %zu: %s", lineno, why);
			goto out;
		}
		found++;
	}
	if (found == 0) {
		article_err(err, errlen, "no article");
		goto out;
	}
	rc = 0;
out:
	free(file);
	return rc;
}

/* article_span - a span over s (NULL: none). */
static struct span
article_span(const char *s)
{
	struct span sp = {s, s != NULL ? strlen(s) : 0};

	return sp;
}

/*
 * article_parse_html - one article from a saved news page: the story's text
 * and the page's own title, date, site name and address (html.h).  A date
 * the page gives must be one, as in the other forms.
 */
static int
article_parse_html(const char *name, struct span text, const char *fallback,
    struct article_list *out, char *err, size_t errlen)
{
	struct article_fields f;
	struct html_doc doc;
	char why[128];
	int rc = -1;

	memset(&f, 0, sizeof(f));
	if (html_extract(text.s, text.len, &doc) == -1) {
		article_err(err, errlen, "out of memory");
		return -1;
	}
	if (doc.published != NULL &&
	    article_date_parse(article_span(doc.published), f.published, why, sizeof(why)) == -1) {
		article_err(err, errlen, "published: %s", why);
		goto out;
	}
	if (f.published[0] == '\0' && article_date_valid(fallback))
		memcpy(f.published, fallback, sizeof(f.published));
	f.title = article_span(doc.title);
	f.source = article_span(doc.site);
	f.url = article_span(doc.url);
	f.body.s = doc.text;
	f.body.len = doc.text_len;
	rc = article_add(out, name, &f, err, errlen);
out:
	html_doc_free(&doc);
	return rc;
}

/* article_ext - name's extension with its dot, or NULL. */
static const char *
article_ext(const char *name)
{
	const char *slash = strrchr(name, '/'), *dot = strrchr(name, '.');

	return dot == NULL || (slash != NULL && dot < slash) ? NULL : dot;
}

int
article_named(const char *name)
{
	static const char *const exts[] = {".txt", ".json", ".jsonl", ".html", ".htm", ".xhtml"};
	const char *dot = article_ext(name);

	for (size_t i = 0; dot != NULL && i < sizeof(exts) / sizeof(exts[0]); i++)
		if (strcasecmp(dot, exts[i]) == 0)
			return 1;
	return 0;
}

/* article_format - the format named by name's extension (case-insensitive). */
static enum article_format
article_format(const char *name)
{
	const char *dot = article_ext(name);

	if (dot == NULL)
		return ARTICLE_TXT;
	if (strcasecmp(dot, ".json") == 0)
		return ARTICLE_JSON;
	if (strcasecmp(dot, ".jsonl") == 0)
		return ARTICLE_JSONL;
	if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0 ||
	    strcasecmp(dot, ".xhtml") == 0)
		return ARTICLE_HTML;
	return ARTICLE_TXT;
}

int
article_parse(const char *name, const char *data, size_t len, const char *fallback_date,
    struct article_list *out, char *err, size_t errlen)
{
	size_t first = out->n;
	struct span text;
	char *buf;
	int rc = -1;

	if (name == NULL)
		name = "";
	if (data == NULL && len > 0) {
		article_err(err, errlen, "no data");
		return -1;
	}
	if (article_decode(data ? data : "", len, &text, &buf, err, errlen) == -1)
		return -1;
	switch (article_format(name)) {
	case ARTICLE_JSON:
		article_trim(&text);
		if (text.len == 0)
			article_err(err, errlen, "empty file");
		else
			rc = article_parse_object(name, text.s, text.len, fallback_date, out, err,
			    errlen);
		break;
	case ARTICLE_JSONL:
		rc = article_parse_jsonl(name, text, fallback_date, out, err, errlen);
		break;
	case ARTICLE_TXT:
		rc = article_parse_txt(name, text, fallback_date, out, err, errlen);
		break;
	case ARTICLE_HTML:
		rc = article_parse_html(name, text, fallback_date, out, err, errlen);
		break;
	}
	if (rc == -1) {
		while (out->n > first)
			article_free_fields(&out->items[--out->n]);
	}
	free(buf);
	return rc;
}
