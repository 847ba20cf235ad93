/*
 * config.c - parse tradewatch.conf.
 *
 * Settings are a table (name, type, bounds, offset) in the manner of Redis'
 * config.c, so adding a key is one line and every key gets the same checks.
 * Unknown keys, duplicate keys and out-of-range values are errors: a typo in
 * a daemon's config should stop it, not be silently ignored.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"

enum config_type { CONFIG_STRING, CONFIG_LONG, CONFIG_DOUBLE, CONFIG_LEVEL };

struct config_entry {
	const char *name;
	enum config_type type;
	size_t offset;
	const char *def;  /* default as text; NULL = unset */
	double min, max;  /* bounds for numbers */
};

#define OFF(field) offsetof(struct config, field)

static const struct config_entry CONFIG_TABLE[] = {
	{"database", CONFIG_STRING, OFF(database), "", 0, 0},
	{"migrate_database", CONFIG_STRING, OFF(migrate_database), NULL, 0, 0},
	{"spool", CONFIG_STRING, OFF(spool), "/var/spool/tradewatch", 0, 0},
	{"rules", CONFIG_STRING, OFF(rules), "/etc/tradewatch/rules.json", 0, 0},
	{"migrations", CONFIG_STRING, OFF(migrations), "/usr/local/share/tradewatch/migrations", 0, 0},
	{"log_level", CONFIG_LEVEL, OFF(log_level), "info", 0, 0},
	{"max_article_bytes", CONFIG_LONG, OFF(max_article_bytes), "8388608", 1, 1L << 30},
	{"rescan_interval", CONFIG_LONG, OFF(rescan_interval), "60", 1, 86400},
	{"batch_size", CONFIG_LONG, OFF(batch_size), "64", 1, 10000},
	{"webhook_url", CONFIG_STRING, OFF(webhook_url), NULL, 0, 0},
	{"webhook_secret_file", CONFIG_STRING, OFF(webhook_secret_file), NULL, 0, 0},
	{"webhook_timeout", CONFIG_LONG, OFF(webhook_timeout), "10", 1, 3600},
	{"webhook_max_age", CONFIG_LONG, OFF(webhook_max_age), "86400", 1, 365L * 86400},
	{"webhook_backoff_base", CONFIG_DOUBLE, OFF(webhook_backoff_base), "1", 0.001, 3600},
	{"webhook_backoff_cap", CONFIG_DOUBLE, OFF(webhook_backoff_cap), "300", 0.001, 86400},
	{"alert_command", CONFIG_STRING, OFF(alert_command), NULL, 0, 0},
	{"alert_command_timeout", CONFIG_LONG, OFF(alert_command_timeout), "30", 1, 3600},
	{"overdue_interval", CONFIG_LONG, OFF(overdue_interval), "3600", 1, 7L * 86400},
	{"min_confidence", CONFIG_DOUBLE, OFF(min_confidence), "0.5", 0, 1},
	{"watchdog_sec", CONFIG_LONG, OFF(watchdog_sec), "0", 0, 3600},
};

#define CONFIG_NENTRIES (sizeof(CONFIG_TABLE) / sizeof(CONFIG_TABLE[0]))

/* config_set - store text as the value of entry e; -1 with a message in err. */
static int
config_set(struct config *cfg, const struct config_entry *e, const char *text, char *err,
    size_t errlen)
{
	char *p = (char *)cfg + e->offset;
	char *end;

	switch (e->type) {
	case CONFIG_STRING: {
		char *copy = strdup(text);

		if (copy == NULL) {
			snprintf(err, errlen, "out of memory");
			return -1;
		}
		free(*(char **)p);
		*(char **)p = copy;
		return 0;
	}
	case CONFIG_LONG: {
		long v;

		errno = 0;
		v = strtol(text, &end, 10);
		if (errno || end == text || *end != '\0') {
			snprintf(err, errlen, "%s: '%s' is not a whole number", e->name, text);
			return -1;
		}
		if (v < (long)e->min || v > (long)e->max) {
			snprintf(err, errlen, "%s: %ld is out of range [%ld, %ld]", e->name, v,
			    (long)e->min, (long)e->max);
			return -1;
		}
		*(long *)p = v;
		return 0;
	}
	case CONFIG_DOUBLE: {
		double v;

		errno = 0;
		v = strtod(text, &end);
		if (errno || end == text || *end != '\0' || v != v) {
			snprintf(err, errlen, "%s: '%s' is not a number", e->name, text);
			return -1;
		}
		if (v < e->min || v > e->max) {
			snprintf(err, errlen, "%s: %g is out of range [%g, %g]", e->name, v, e->min,
			    e->max);
			return -1;
		}
		*(double *)p = v;
		return 0;
	}
	case CONFIG_LEVEL: {
		int level = log_level_parse(text);

		if (level < 0) {
			snprintf(err, errlen, "%s: '%s' is not one of error, warning, info, debug",
			    e->name, text);
			return -1;
		}
		*(int *)p = level;
		return 0;
	}
	}
	return -1;
}

void
config_free(struct config *cfg)
{
	if (cfg == NULL)
		return;
	for (size_t i = 0; i < CONFIG_NENTRIES; i++)
		if (CONFIG_TABLE[i].type == CONFIG_STRING)
			free(*(char **)((char *)cfg + CONFIG_TABLE[i].offset));
	free(cfg->path);
	free(cfg);
}

struct config *
config_defaults(void)
{
	struct config *cfg = calloc(1, sizeof(*cfg));
	char err[256];

	if (cfg == NULL)
		return NULL;
	for (size_t i = 0; i < CONFIG_NENTRIES; i++) {
		const struct config_entry *e = &CONFIG_TABLE[i];

		if (e->def != NULL && config_set(cfg, e, e->def, err, sizeof(err)) == -1)
			fatalx("config default %s: %s", e->name, err);
	}
	return cfg;
}

/* config_trim - strip leading and trailing blanks in place; returns the start. */
static char *
config_trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

struct config *
config_load(const char *path, char *err, size_t errlen)
{
	struct config *cfg = NULL;
	FILE *fp = NULL;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	unsigned lineno = 0;
	unsigned char seen[CONFIG_NENTRIES] = {0};
	char msg[512];

	if ((fp = fopen(path, "r")) == NULL) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		return NULL;
	}
	if ((cfg = config_defaults()) == NULL || (cfg->path = strdup(path)) == NULL) {
		snprintf(err, errlen, "%s: out of memory", path);
		goto fail;
	}
	while ((len = getline(&line, &cap, fp)) != -1) {
		char *key, *value, *eq, *hash;
		const struct config_entry *e = NULL;

		lineno++;
		if (memchr(line, '\0', (size_t)len) != NULL) {
			snprintf(err, errlen, "%s:%u: NUL byte in line", path, lineno);
			goto fail;
		}
		/* A '#' starts a comment only at the start of a line or after a blank,
		 * so URLs with fragments keep working. */
		for (hash = line; (hash = strchr(hash, '#')) != NULL; hash++)
			if (hash == line || isspace((unsigned char)hash[-1])) {
				*hash = '\0';
				break;
			}
		key = config_trim(line);
		if (*key == '\0')
			continue;
		if ((eq = strchr(key, '=')) == NULL) {
			snprintf(err, errlen, "%s:%u: expected 'key = value'", path, lineno);
			goto fail;
		}
		*eq = '\0';
		key = config_trim(key);
		value = config_trim(eq + 1);
		if (strlen(value) >= 2 && value[0] == '"' && value[strlen(value) - 1] == '"') {
			value[strlen(value) - 1] = '\0';
			value++;
		}
		for (size_t i = 0; i < CONFIG_NENTRIES; i++)
			if (strcmp(key, CONFIG_TABLE[i].name) == 0) {
				e = &CONFIG_TABLE[i];
				if (seen[i]++) {
					snprintf(err, errlen, "%s:%u: %s is set twice", path, lineno, key);
					goto fail;
				}
			}
		if (e == NULL) {
			snprintf(err, errlen, "%s:%u: unknown key '%s'", path, lineno, key);
			goto fail;
		}
		if (config_set(cfg, e, value, msg, sizeof(msg)) == -1) {
			snprintf(err, errlen, "%s:%u: %s", path, lineno, msg);
			goto fail;
		}
	}
	if (ferror(fp)) {
		snprintf(err, errlen, "%s: %s", path, strerror(errno));
		goto fail;
	}
	free(line);
	fclose(fp);
	return cfg;
fail:
	free(line);
	fclose(fp);
	config_free(cfg);
	return NULL;
}

char *
config_resolve(const struct config *cfg, const char *path)
{
	const char *slash;
	char *out;
	size_t dirlen;

	if (path == NULL)
		return NULL;
	if (path[0] == '/' || cfg->path == NULL || (slash = strrchr(cfg->path, '/')) == NULL)
		return strdup(path);
	dirlen = (size_t)(slash - cfg->path);
	if ((out = malloc(dirlen + strlen(path) + 2)) == NULL)
		return NULL;
	memcpy(out, cfg->path, dirlen);
	out[dirlen] = '/';
	strcpy(out + dirlen + 1, path);
	return out;
}
