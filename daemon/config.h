/*
 * config.h - the daemon's settings, read from a "key = value" file.
 *
 * The file has one setting per line, '#' starts a comment, blank lines are
 * ignored.  Keys and their bounds are one table in config.c.  A bad key or
 * value is reported as "FILE:LINE: what is wrong".
 */
#ifndef TW_CONFIG_H
#define TW_CONFIG_H

#include <stddef.h>

#define CONFIG_DEFAULT_PATH "/etc/tradewatch/tradewatch.conf"

struct config {
	char *path;              /* the file it was read from */
	char *database;          /* libpq conninfo; "" = PG* environment */
	char *migrate_database;  /* conninfo of the schema owner for migrations; NULL = database */
	char *spool;             /* spool root: tmp new work done quarantine */
	char *rules;             /* rules.json path */
	char *migrations;        /* directory of NNN_name.sql */
	int log_level;           /* enum log_level */
	long max_article_bytes;  /* larger files are quarantined */
	long rescan_interval;    /* seconds between safety rescans */
	long batch_size;         /* articles per transaction when a backlog exists */
	char *webhook_url;       /* NULL = no webhook sink */
	char *webhook_secret_file; /* NULL = unsigned */
	long webhook_timeout;    /* seconds, connect and total */
	long webhook_max_age;    /* seconds before an undelivered alert is dead */
	double webhook_backoff_base; /* seconds: first retry delay bound */
	double webhook_backoff_cap;  /* seconds: largest retry delay */
	char *alert_command;     /* argv split on blanks, NULL = no command sink */
	long alert_command_timeout; /* seconds */
	long overdue_interval;   /* seconds between overdue sweeps */
	double min_confidence;   /* claims below this do not move a status */
	long watchdog_sec;       /* unused unless WATCHDOG_USEC is absent; 0 = off */
};

/* config_load - read path into a new config (caller frees with config_free);
 * NULL on error with "FILE:LINE: message" in err. */
struct config *config_load(const char *path, char *err, size_t errlen);
/* config_defaults - a new config with every default (caller frees). */
struct config *config_defaults(void);
/* config_free - free a config; NULL is a no-op. */
void config_free(struct config *cfg);
/* config_resolve - path made absolute against the config file's directory;
 * returns a new string (caller frees), or NULL for a NULL path. */
char *config_resolve(const struct config *cfg, const char *path);

#endif
