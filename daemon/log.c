/*
 * log.c - one line per event on stderr, journald priorities under systemd.
 *
 * Modelled on OpenBSD's log.c: the *_warn variants append strerror(errno),
 * the *x variants do not.  A line is written with a single write(2) so that
 * lines of concurrent processes sharing stderr never interleave.
 */
#include "log.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const char *log_progname = "tradewatch";
static int log_journal;
static enum log_level log_max = LOG_LEVEL_INFO;

static const struct {
	const char *name;
	enum log_level level;
} LOG_LEVELS[] = {
	{"error", LOG_LEVEL_ERROR},
	{"warning", LOG_LEVEL_WARNING},
	{"info", LOG_LEVEL_INFO},
	{"debug", LOG_LEVEL_DEBUG},
};

void
log_init(const char *progname)
{
	const char *slash = strrchr(progname, '/');

	log_progname = slash ? slash + 1 : progname;
	log_journal = getenv("JOURNAL_STREAM") != NULL;
}

void
log_set_level(enum log_level level)
{
	log_max = level;
}

int
log_level_parse(const char *name)
{
	for (size_t i = 0; i < sizeof(LOG_LEVELS) / sizeof(LOG_LEVELS[0]); i++)
		if (strcmp(name, LOG_LEVELS[i].name) == 0)
			return (int)LOG_LEVELS[i].level;
	return -1;
}

/* log_vemit - format one line and write it at once; errnum 0 adds no suffix. */
static void
log_vemit(enum log_level level, int errnum, const char *fmt, va_list ap)
{
	char line[4096];
	size_t n = 0;
	int r;

	if (level > log_max)
		return;
	if (log_journal) {
		r = snprintf(line, sizeof(line), "<%d>", (int)level);
	} else {
		struct timespec ts;
		struct tm tm;

		clock_gettime(CLOCK_REALTIME, &ts);
		gmtime_r(&ts.tv_sec, &tm);
		r = snprintf(line, sizeof(line), "%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ %s[%d]: ",
		    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
		    tm.tm_sec, ts.tv_nsec / 1000000, log_progname, (int)getpid());
	}
	n = r > 0 ? (size_t)r : 0;
	r = vsnprintf(line + n, sizeof(line) - n, fmt, ap);
	if (r > 0)
		n += (size_t)r < sizeof(line) - n ? (size_t)r : sizeof(line) - n - 1;
	if (errnum && n < sizeof(line) - 1) {
		r = snprintf(line + n, sizeof(line) - n, ": %s", strerror(errnum));
		if (r > 0)
			n += (size_t)r < sizeof(line) - n ? (size_t)r : sizeof(line) - n - 1;
	}
	/* Control characters from file names or server messages must not split the line. */
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)line[i] < 0x20 && line[i] != '\t')
			line[i] = '?';
	if (n >= sizeof(line) - 1)
		n = sizeof(line) - 2;
	line[n++] = '\n';
	(void)!write(STDERR_FILENO, line, n);
}

#define LOG_FN(name, level, with_errno)                  \
	void name(const char *fmt, ...)                  \
	{                                                \
		int saved = errno;                       \
		va_list ap;                              \
		va_start(ap, fmt);                       \
		log_vemit(level, with_errno ? saved : 0, fmt, ap); \
		va_end(ap);                              \
		errno = saved;                           \
	}

LOG_FN(log_error, LOG_LEVEL_ERROR, 0)
LOG_FN(log_warn, LOG_LEVEL_WARNING, 1)
LOG_FN(log_warnx, LOG_LEVEL_WARNING, 0)
LOG_FN(log_info, LOG_LEVEL_INFO, 0)
LOG_FN(log_debug, LOG_LEVEL_DEBUG, 0)

void
fatal(const char *fmt, ...)
{
	int saved = errno;
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_ERROR, saved, fmt, ap);
	va_end(ap);
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	log_vemit(LOG_LEVEL_ERROR, 0, fmt, ap);
	va_end(ap);
	exit(1);
}
