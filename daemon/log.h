/*
 * log.h - one line per event on stderr.
 *
 * When the process runs under systemd (JOURNAL_STREAM set) each line starts
 * with a "<N>" syslog priority prefix that journald understands.  log_warn()
 * and fatal() append strerror(errno); log_warnx() and fatalx() do not.
 */
#ifndef TW_LOG_H
#define TW_LOG_H

#include <stdarg.h>

enum log_level { LOG_LEVEL_ERROR = 3, LOG_LEVEL_WARNING = 4, LOG_LEVEL_INFO = 6, LOG_LEVEL_DEBUG = 7 };

/* log_init - set the program name and detect journald; call once at start. */
void log_init(const char *progname);
/* log_set_level - messages above level are dropped. */
void log_set_level(enum log_level level);
/* log_level_parse - "error", "warning", "info", "debug" -> level; -1 if unknown. */
int log_level_parse(const char *name);

void log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* fatal/fatalx - log and exit(1): start-up failures and broken invariants only. */
void fatal(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
void fatalx(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));

#endif
