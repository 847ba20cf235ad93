/*
 * tradewatch.c - the command-line tool.
 *
 *   tradewatch extract [-j N] [--published DATE] [--rules FILE] [FILE...]
 *   tradewatch check-config [FILE]
 *   tradewatch migrate [-c FILE]
 *   tradewatch import [-c FILE] DIR...
 *   tradewatch reextract [-c FILE]
 *   tradewatch rules-phrases [--rules FILE]
 *
 * Each command reuses the daemon's modules (article, rules, extract, store):
 * what `tradewatch extract` prints is exactly what the daemon would store.
 * Exit codes come from sysexits.h.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sysexits.h>
#include <time.h>
#include <unistd.h>

#include "article.h"
#include "clock.h"
#include "config.h"
#include "extract.h"
#include "ingest.h"
#include "log.h"
#include "rules.h"
#include "store.h"

/* Where the rules are looked for when neither --rules nor a config names them. */
static const char *const RULES_SEARCH[] = {
	"config/rules.json",
	"/etc/tradewatch/rules.json",
	"/usr/local/etc/tradewatch/rules.json",
};

#define CLI_MAX_INPUT (64L << 20)

static _Noreturn void
usage(void)
{
	fprintf(stderr,
	    "usage: tradewatch extract [-j N] [--published YYYY-MM-DD] [--rules FILE] [FILE...]\n"
	    "       tradewatch check-config [FILE]\n"
	    "       tradewatch migrate [-c FILE]\n"
	    "       tradewatch import [-c FILE] DIR...\n"
	    "       tradewatch reextract [-c FILE]\n"
	    "       tradewatch rules-phrases [--rules FILE]\n");
	exit(EX_USAGE);
}

/* cli_read - read all of fd (at most CLI_MAX_INPUT bytes) into *out (caller
 * frees); 0 or -1 with errno set (EFBIG when too large). */
static int
cli_read(int fd, char **out, size_t *len)
{
	size_t cap = 65536, n = 0;
	char *buf = malloc(cap + 1), *grown;
	ssize_t r;

	if (buf == NULL)
		return -1;
	for (;;) {
		if (n == cap) {
			if (cap >= (size_t)CLI_MAX_INPUT) {
				free(buf);
				errno = EFBIG;
				return -1;
			}
			cap *= 2;
			if ((grown = realloc(buf, cap + 1)) == NULL) {
				free(buf);
				return -1;
			}
			buf = grown;
		}
		r = read(fd, buf + n, cap - n);
		if (r == 0)
			break;
		if (r < 0) {
			if (errno == EINTR)
				continue;
			free(buf);
			return -1;
		}
		n += (size_t)r;
	}
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

/* cli_rules - load the rules from path, or from the first of RULES_SEARCH that exists. */
static struct rules *
cli_rules(const char *path)
{
	char err[1024];
	struct rules *rules;

	for (size_t i = 0; path == NULL && i < sizeof(RULES_SEARCH) / sizeof(RULES_SEARCH[0]); i++)
		if (access(RULES_SEARCH[i], R_OK) == 0)
			path = RULES_SEARCH[i];
	if (path == NULL) {
		fprintf(stderr, "tradewatch: no rules file found; use --rules FILE\n");
		exit(EX_CONFIG);
	}
	if ((rules = rules_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "tradewatch: %s\n", err);
		exit(EX_CONFIG);
	}
	return rules;
}

/*
 * `tradewatch extract -j N`: every input is one job (open, read, parse,
 * extract, JSON lines) that a worker runs on its own; the rules are shared and
 * read-only, and the extractor keeps no state between calls (its letter tables
 * are built once, under pthread_once).  The results are printed in input
 * order, by whichever worker finishes the next one to print, so the output
 * is the same for every N: the JSON lines of each input, then its reason on
 * stderr, if any (stdout flushed first).  Workers run at most CLI_WINDOW
 * jobs per worker ahead of the printing, which bounds the results held.
 * Standard input ("-", or no FILE) is read by the main thread, in order,
 * before the workers start; the main thread is one of the N workers.
 */
#define CLI_WINDOW 4
#define CLI_MAX_THREADS 64

/* One input and what extracting it gave. */
struct cli_job {
	const char *name;       /* as given; "stdin.txt" for standard input */
	char *data;             /* standard input's bytes, read beforehand */
	size_t len;
	int read_errno;         /* reading standard input failed */
	int is_stdin;
	char *out;              /* the JSON lines (buffered mode) */
	size_t out_len, out_cap;
	int out_oom;            /* out could not grow: the lines written are lost */
	char *why;              /* the reason for stderr, or NULL */
	char *note;             /* a warning for stderr that fails nothing, or NULL */
	int why_errno;          /* or an errno to print with the name */
	int failed;
	int done;
};

/* The queue the workers take jobs from and the printer waits on. */
struct cli_queue {
	const struct rules *rules;
	const char *published;
	struct cli_job *jobs;
	size_t n, next, printed, window;
	int failed;              /* a printed job failed */
	pthread_mutex_t mu;      /* guards the above, the jobs' done, and the printing */
	pthread_cond_t room_cv;  /* a job was printed: the window moved */
};

/* cli_job_reason - note why job failed: "who: why" for stderr. */
static void
cli_job_reason(struct cli_job *job, const char *who, const char *why)
{
	job->failed = 1;
	if (job->why != NULL)
		return;  /* the first reason is the one printed */
	if (asprintf(&job->why, "tradewatch: %s: %s\n", who, why) == -1)
		job->why = NULL;
}

/* cli_job_note - a warning "who: why" for stderr; the job still succeeds. */
static void
cli_job_note(struct cli_job *job, const char *who, const char *why)
{
	if (job->note == NULL && asprintf(&job->note, "tradewatch: %s: %s\n", who, why) == -1)
		job->note = NULL;
}

/* cli_job_emit - one JSON line of job: to stdout when direct, else to job->out. */
static void
cli_job_emit(struct cli_job *job, int direct, const char *text, size_t len)
{
	char *grown;
	size_t cap;

	if (direct) {
		fwrite(text, 1, len, stdout);
		return;
	}
	if (job->out_oom)
		return;
	if (job->out_len + len > job->out_cap) {
		cap = job->out_cap ? job->out_cap : 16384;
		while (cap < job->out_len + len)
			cap *= 2;
		if ((grown = realloc(job->out, cap)) == NULL) {
			job->out_oom = 1;
			return;
		}
		job->out = grown;
		job->out_cap = cap;
	}
	memcpy(job->out + job->out_len, text, len);
	job->out_len += len;
}

/* cli_job_run - read, parse and extract one input; its lines go to stdout when
 * direct (-j 1), else to job->out for the printer. */
static void
cli_job_run(const struct rules *rules, const char *published, struct cli_job *job, int direct)
{
	struct article_list list = {0};
	char *data = job->data, err[512];
	size_t len = job->len;
	int fd;

	job->data = NULL;
	if (job->is_stdin) {
		if (direct && cli_read(STDIN_FILENO, &data, &len) == -1)
			job->read_errno = errno;
		if (job->read_errno != 0) {
			job->why_errno = job->read_errno;
			job->failed = 1;
			return;
		}
	} else {
		if ((fd = open(job->name, O_RDONLY | O_CLOEXEC)) == -1) {
			job->why_errno = errno;
			job->failed = 1;
			return;
		}
		if (cli_read(fd, &data, &len) == -1) {
			job->why_errno = errno;
			job->failed = 1;
			close(fd);
			return;
		}
		close(fd);
	}
	if (article_parse(job->name, data, len, published, &list, err, sizeof(err)) == -1) {
		cli_job_reason(job, job->name, err);
		goto out;
	}
	for (size_t i = 0; i < list.n; i++) {
		const struct article *a = &list.items[i];
		struct extraction ex = {0};
		char *text, why[128];
		size_t tlen;

		if (extract_text(rules, a->body, a->body_len, a->published, &ex) == -1 ||
		    (text = extract_json_text(a, &ex, NULL, &tlen)) == NULL) {
			extraction_free(&ex);
			cli_job_reason(job, a->file, "out of memory");
			goto out;
		}
		if (extraction_cut_short(&ex, a->body_len, why, sizeof(why)))
			cli_job_note(job, a->file, why);
		text[tlen] = '\n';  /* over the NUL: one write of the line */
		cli_job_emit(job, direct, text, tlen + 1);
		free(text);
		extraction_free(&ex);
	}
	if (job->out_oom)
		cli_job_reason(job, job->name, "out of memory");
out:
	article_list_free(&list);
	free(data);
}

/* cli_job_print - job's lines on stdout, then its reason on stderr; frees them. */
static void
cli_job_print(struct cli_job *job)
{
	if (job->out_len > 0)
		fwrite(job->out, 1, job->out_len, stdout);
	free(job->out);
	job->out = NULL;
	if (job->note != NULL) {
		fflush(stdout);
		fputs(job->note, stderr);
		free(job->note);
		job->note = NULL;
	}
	if (job->failed) {
		fflush(stdout);
		if (job->why != NULL)
			fputs(job->why, stderr);
		else
			fprintf(stderr, "tradewatch: %s: %s\n", job->name,
			    job->why_errno ? strerror(job->why_errno) : "out of memory");
	}
	free(job->why);
	job->why = NULL;
}

/*
 * cli_worker - take the next job within the window and run it; the worker
 * that finishes the job next in input order prints it and every finished job
 * after it (under the lock: stdout and stderr see them in order).  No thread
 * waits for another's job, so a job costs no wake-up.
 */
static void *
cli_worker(void *arg)
{
	struct cli_queue *q = arg;
	size_t i;

	pthread_mutex_lock(&q->mu);
	for (;;) {
		while (q->next < q->n && q->next >= q->printed + q->window)
			pthread_cond_wait(&q->room_cv, &q->mu);
		if (q->next >= q->n)
			break;
		i = q->next++;
		pthread_mutex_unlock(&q->mu);
		cli_job_run(q->rules, q->published, &q->jobs[i], 0);
		pthread_mutex_lock(&q->mu);
		q->jobs[i].done = 1;
		if (i != q->printed)
			continue;
		while (q->printed < q->n && q->jobs[q->printed].done) {
			cli_job_print(&q->jobs[q->printed]);
			q->failed |= q->jobs[q->printed].failed;
			q->printed++;
		}
		pthread_cond_broadcast(&q->room_cv);
	}
	pthread_mutex_unlock(&q->mu);
	return NULL;
}

/* cli_extract_all - run the jobs in nthreads threads (this one among them) and
 * print their results in input order; 1 if any failed, else 0. */
static int
cli_extract_all(const struct rules *rules, const char *published, struct cli_job *jobs,
    size_t n, long nthreads)
{
	struct cli_queue q = {rules, published, jobs, n, 0, 0, 0, 0,
	    PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER};
	pthread_t tids[CLI_MAX_THREADS];
	size_t started = 0;

	if ((size_t)nthreads > n)
		nthreads = (long)n;
	if (nthreads > CLI_MAX_THREADS)
		nthreads = CLI_MAX_THREADS;
	if (nthreads <= 1) {
		/* -j 1: each input read, extracted and printed in turn, as before. */
		for (size_t i = 0; i < n; i++) {
			cli_job_run(rules, published, &jobs[i], 1);
			cli_job_print(&jobs[i]);
			q.failed |= jobs[i].failed;
		}
		return q.failed;
	}
	q.window = (size_t)nthreads * CLI_WINDOW;
	/* Workers read nothing from standard input: it is read here, in order. */
	for (size_t i = 0; i < n; i++)
		if (jobs[i].is_stdin && cli_read(STDIN_FILENO, &jobs[i].data, &jobs[i].len) == -1)
			jobs[i].read_errno = errno;
	for (long t = 1; t < nthreads; t++) {
		if (pthread_create(&tids[started], NULL, cli_worker, &q) != 0)
			break;  /* fewer threads: the same output, later */
		started++;
	}
	cli_worker(&q);
	for (size_t t = 0; t < started; t++)
		pthread_join(tids[t], NULL);
	return q.failed;
}

/* cmd_extract - tradewatch extract: one JSON line per article, in input order. */
static int
cmd_extract(int argc, char **argv)
{
	const char *published = NULL, *rules_path = NULL;
	struct rules *rules;
	struct cli_job *jobs;
	long nthreads = sysconf(_SC_NPROCESSORS_ONLN);
	size_t n;
	int i, failed;

	for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (strcmp(argv[i], "--published") == 0 && i + 1 < argc) {
			published = argv[++i];
			if (!article_date_valid(published)) {
				fprintf(stderr, "tradewatch: --published '%s' is not a date YYYY-MM-DD\n",
				    published);
				return EX_USAGE;
			}
		} else if (strcmp(argv[i], "--rules") == 0 && i + 1 < argc) {
			rules_path = argv[++i];
		} else if (strcmp(argv[i], "-j") == 0 && i + 1 < argc) {
			char *end;

			errno = 0;
			nthreads = strtol(argv[++i], &end, 10);
			if (errno != 0 || end == argv[i] || *end != '\0' || nthreads < 1) {
				fprintf(stderr, "tradewatch: -j '%s' is not a number of threads\n",
				    argv[i]);
				return EX_USAGE;
			}
		} else {
			usage();
		}
	}
	if (nthreads < 1)
		nthreads = 1;
	rules = cli_rules(rules_path);
	n = i == argc ? 1 : (size_t)(argc - i);
	if ((jobs = calloc(n, sizeof(*jobs))) == NULL) {
		fprintf(stderr, "tradewatch: out of memory\n");
		rules_free(rules);
		return EX_OSERR;
	}
	for (size_t j = 0; j < n; j++) {
		const char *name = i == argc ? "-" : argv[i + (int)j];

		jobs[j].is_stdin = strcmp(name, "-") == 0;
		jobs[j].name = jobs[j].is_stdin ? "stdin.txt" : name;
	}
	/* Whole blocks to stdout; a reason on stderr flushes them first. */
	setvbuf(stdout, NULL, _IOFBF, 1 << 16);
	failed = cli_extract_all(rules, published, jobs, n, nthreads);
	free(jobs);
	rules_free(rules);
	if (fflush(stdout) == EOF) {
		fprintf(stderr, "tradewatch: stdout: %s\n", strerror(errno));
		return EX_IOERR;
	}
	return failed ? EX_DATAERR : EX_OK;
}

/* cli_config - load the config named by -c (or the default path); exits on error. */
static struct config *
cli_config(const char *path)
{
	struct config *cfg;
	char err[1024];

	if (path == NULL)
		path = CONFIG_DEFAULT_PATH;
	if ((cfg = config_load(path, err, sizeof(err))) == NULL) {
		fprintf(stderr, "tradewatch: %s\n", err);
		exit(EX_CONFIG);
	}
	return cfg;
}

/* cli_config_rules - the rules the config names, resolved against its folder. */
static struct rules *
cli_config_rules(const struct config *cfg)
{
	char *path = config_resolve(cfg, cfg->rules);
	struct rules *rules;
	char err[1024];

	if (path == NULL)
		fatalx("out of memory");
	rules = rules_load(path, err, sizeof(err));
	if (rules == NULL) {
		fprintf(stderr, "tradewatch: %s\n", err);
		free(path);
		exit(EX_CONFIG);
	}
	free(path);
	return rules;
}

/* cmd_check_config - load a config and its rules without starting anything. */
static int
cmd_check_config(int argc, char **argv)
{
	struct config *cfg;
	struct rules *rules;

	if (argc > 2)
		usage();
	cfg = cli_config(argc == 2 ? argv[1] : NULL);
	rules = cli_config_rules(cfg);
	printf("%s: ok (rules: %s, %zu phrases)\n", cfg->path, cfg->rules,
	    rules_phrase_count(rules));
	rules_free(rules);
	config_free(cfg);
	return EX_OK;
}

/* cli_option_c - parse "[-c FILE]" as the only options of a command. */
static const char *
cli_option_c(int argc, char **argv)
{
	if (argc == 1)
		return NULL;
	if (argc == 3 && strcmp(argv[1], "-c") == 0)
		return argv[2];
	usage();
}

/* cmd_migrate - apply the pending migrations with the owner's connection. */
static int
cmd_migrate(int argc, char **argv)
{
	struct config *cfg = cli_config(cli_option_c(argc, argv));
	const char *conninfo = cfg->migrate_database ? cfg->migrate_database : cfg->database;
	struct store *st = store_new(conninfo);
	char *dir = config_resolve(cfg, cfg->migrations);
	char err[1024];
	int applied, rc = EX_OK;

	if (st == NULL || dir == NULL)
		fatalx("out of memory");
	if (store_connect(st) == -1) {
		rc = EX_UNAVAILABLE;
		goto out;
	}
	if ((applied = store_migrate(st, dir, err, sizeof(err))) == -1) {
		fprintf(stderr, "tradewatch: migrate: %s\n", err);
		rc = EX_SOFTWARE;
		goto out;
	}
	printf("%d migration%s applied\n", applied, applied == 1 ? "" : "s");
out:
	free(dir);
	store_free(st);
	config_free(cfg);
	return rc;
}

/* cli_connect - a connected store for conninfo, waiting up to a minute for
 * the server; exits EX_UNAVAILABLE when it never answers. */
static struct store *
cli_connect(const char *conninfo)
{
	struct store *st = store_new(conninfo);

	if (st == NULL)
		fatalx("out of memory");
	for (int i = 0; store_connect(st) == -1; i++) {
		if (i == 60) {
			fprintf(stderr, "tradewatch: the database does not answer\n");
			exit(EX_UNAVAILABLE);
		}
		sleep(1);
	}
	return st;
}

/* Bulk import: the daemon's parse/extract/store path without the spool. */
struct import {
	const struct config *cfg;
	const struct rules *rules;
	struct store *st;
	struct ingest_doc **docs;  /* parsed, waiting for a transaction */
	size_t ndocs, narticles;
	long files, articles, unusable, alerts;
	double started;
	int tty, failed;
	char **paths;              /* the article files found, sorted before storing */
	size_t npaths, cappaths;
};

static struct import *import_state; /* nftw(3) callbacks take no argument */

/* import_progress - one line on a terminal, rewritten in place. */
static void
import_progress(const struct import *im, const char *end)
{
	double secs = clock_now() - im->started;

	fprintf(stderr, "%s%ld files, %ld articles, %ld unusable, %.1f s, %.0f articles/s%s",
	    im->tty ? "\r" : "", im->files, im->articles, im->unusable, secs,
	    secs > 0 ? (double)im->articles / secs : 0.0, end);
}

/* import_flush - store the waiting docs, retrying while the database is away. */
static void
import_flush(struct import *im)
{
	enum store_result r;
	int alerts = 0;

	if (im->ndocs == 0)
		return;
	for (int attempt = 0;; attempt++) {
		r = ingest_store(im->st, im->docs, im->ndocs, (size_t)im->cfg->batch_size,
		    im->cfg->min_confidence, &alerts);
		if (r != STORE_RETRY)
			break;
		/* Chunks already committed come back as duplicates: nothing twice. */
		sleep(attempt < 5 ? 1 : 5);
		store_connect(im->st);
	}
	if (r == STORE_REJECT) {
		/* Find the refused article(s) one file at a time. */
		for (size_t i = 0; i < im->ndocs; i++)
			if (ingest_store(im->st, &im->docs[i], 1, 1, im->cfg->min_confidence,
			    &alerts) != STORE_OK) {
				fprintf(stderr, "%stradewatch: a file was refused: %s\n",
				    im->tty ? "\n" : "", store_error(im->st));
				im->failed = 1;
			}
	}
	im->articles += (long)im->narticles;
	im->alerts += alerts;
	for (size_t i = 0; i < im->ndocs; i++)
		ingest_doc_free(im->docs[i]);
	im->ndocs = im->narticles = 0;
	if (im->tty)
		import_progress(im, "");
}

/* import_find_cb - nftw(3) visitor: remember each article file's path. */
static int
import_find_cb(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
	struct import *im = import_state;
	char **grown;

	(void)ftw;
	if (type != FTW_F || !S_ISREG(sb->st_mode) || !article_named(path))
		return 0;
	if (im->npaths == im->cappaths) {
		im->cappaths = im->cappaths ? im->cappaths * 2 : 1024;
		if ((grown = realloc(im->paths, im->cappaths * sizeof(*grown))) == NULL)
			fatalx("out of memory");
		im->paths = grown;
	}
	if ((im->paths[im->npaths++] = strdup(path)) == NULL)
		fatalx("out of memory");
	return 0;
}

static int
import_path_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* import_file - parse one article file into the batch, storing a full batch. */
static void
import_file(struct import *im, const char *path)
{
	struct ingest_doc *doc;
	struct stat sb;
	char *data = NULL, err[512];
	size_t len;
	int fd, transient;

	im->files++;
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)) == -1 ||
	    fstat(fd, &sb) == -1) {
		snprintf(err, sizeof(err), "%s", strerror(errno));
		goto unusable;
	}
	if (!S_ISREG(sb.st_mode) || sb.st_size > im->cfg->max_article_bytes) {
		snprintf(err, sizeof(err), "not a regular file of at most max_article_bytes (%ld)",
		    im->cfg->max_article_bytes);
		goto unusable;
	}
	if (cli_read(fd, &data, &len) == -1) {
		snprintf(err, sizeof(err), "%s", strerror(errno));
		goto unusable;
	}
	close(fd);
	doc = ingest_parse(im->rules, path, data, len, sb.st_mtime, &transient, err,
	    sizeof(err));
	free(data);
	if (doc == NULL) {
		fd = -1;
		goto unusable;
	}
	im->docs[im->ndocs++] = doc;
	im->narticles += ingest_doc_articles(doc);
	if (im->narticles >= (size_t)im->cfg->batch_size || im->ndocs == (size_t)im->cfg->batch_size)
		import_flush(im);
	return;
unusable:
	if (fd != -1)
		close(fd);
	im->unusable++;
	fprintf(stderr, "%stradewatch: %s: %s\n", im->tty ? "\n" : "", path, err);
}

/* cmd_import - store directories of archived articles (a backfill). */
static int
cmd_import(int argc, char **argv)
{
	struct import im = {0};
	struct config *cfg;
	struct rules *rules;
	int i = 1;

	if (argc >= 3 && strcmp(argv[1], "-c") == 0)
		i = 3;
	if (i >= argc)
		usage();
	cfg = cli_config(i == 3 ? argv[2] : NULL);
	rules = cli_config_rules(cfg);
	im.cfg = cfg;
	im.rules = rules;
	im.st = cli_connect(cfg->database);
	im.tty = isatty(STDERR_FILENO);
	im.started = clock_now();
	if ((im.docs = calloc((size_t)cfg->batch_size, sizeof(*im.docs))) == NULL)
		fatalx("out of memory");
	import_state = &im;
	/* Archives are named by date far more often than not: storing them in
	 * name order feeds the tracker in publication order, its fast path. */
	for (; i < argc; i++) {
		size_t first = im.npaths;

		if (nftw(argv[i], import_find_cb, 32, FTW_PHYS) == -1) {
			fprintf(stderr, "tradewatch: %s: %s\n", argv[i], strerror(errno));
			im.failed = 1;
		}
		qsort(im.paths + first, im.npaths - first, sizeof(*im.paths), import_path_cmp);
	}
	for (size_t k = 0; k < im.npaths; k++) {
		import_file(&im, im.paths[k]);
		free(im.paths[k]);
	}
	free(im.paths);
	import_flush(&im);
	if (im.tty)
		import_progress(&im, "\n");
	printf("imported %ld files: %ld articles, %ld unusable, %ld alerts, %.0f articles/s\n",
	    im.files, im.articles, im.unusable, im.alerts,
	    (double)im.articles / fmax(clock_now() - im.started, 1e-9));
	free(im.docs);
	store_free(im.st);
	rules_free(rules);
	config_free(cfg);
	return im.failed || im.unusable ? EX_DATAERR : EX_OK;
}

struct reextract {
	const struct rules *rules;
	struct store *st;
	double min_confidence;
	long articles, alerts, failed;
};

/* reextract_cb - extract one stored article again and replace its claims. */
static int
reextract_cb(const struct article *a, void *arg)
{
	struct reextract *re = arg;
	struct extraction ex = {0};
	enum store_result r;
	char why[128];
	int alerts = 0;

	if (extract_text(re->rules, a->body, a->body_len, a->published, &ex) == -1)
		fatalx("out of memory");
	if (extraction_cut_short(&ex, a->body_len, why, sizeof(why)))
		fprintf(stderr, "tradewatch: %s: %s\n", a->file, why);
	r = store_replace_claims(re->st, a, &ex, re->min_confidence, &alerts);
	extraction_free(&ex);
	if (r == STORE_RETRY) {
		fprintf(stderr, "tradewatch: %s: %s\n", a->file, store_error(re->st));
		return -1;
	}
	if (r != STORE_OK) {
		fprintf(stderr, "tradewatch: %s: %s\n", a->file, store_error(re->st));
		re->failed++;
	}
	re->articles++;
	re->alerts += alerts;
	return 0;
}

/* cmd_reextract - run the current rules over every stored article again. */
static int
cmd_reextract(int argc, char **argv)
{
	struct config *cfg = cli_config(cli_option_c(argc, argv));
	struct rules *rules = cli_config_rules(cfg);
	struct reextract re = {rules, NULL, cfg->min_confidence, 0, 0, 0};
	int rc = EX_OK;

	re.st = cli_connect(cfg->database);
	if (store_each_article(re.st, reextract_cb, &re) == -1) {
		fprintf(stderr, "tradewatch: reextract stopped: %s\n", store_error(re.st));
		rc = EX_TEMPFAIL;
	}
	printf("re-extracted %ld articles: %ld status changes alerted, %ld failed\n", re.articles,
	    re.alerts, re.failed);
	store_free(re.st);
	rules_free(rules);
	config_free(cfg);
	return rc != EX_OK ? rc : re.failed ? EX_DATAERR : EX_OK;
}

static void
cli_print_phrase(const char *phrase, void *arg)
{
	(void)arg;
	printf("%s\n", phrase);
}

/* cmd_rules_phrases - every phrase of the rules, one a line (for grep -F -f). */
static int
cmd_rules_phrases(int argc, char **argv)
{
	struct rules *rules;

	if (argc != 1 && !(argc == 3 && strcmp(argv[1], "--rules") == 0))
		usage();
	rules = cli_rules(argc == 3 ? argv[2] : NULL);
	rules_each_phrase(rules, cli_print_phrase, NULL);
	rules_free(rules);
	return EX_OK;
}

static const struct {
	const char *name;
	int (*fn)(int, char **);
} COMMANDS[] = {
	{"extract", cmd_extract},
	{"check-config", cmd_check_config},
	{"migrate", cmd_migrate},
	{"import", cmd_import},
	{"reextract", cmd_reextract},
	{"rules-phrases", cmd_rules_phrases},
};

int
main(int argc, char **argv)
{
	log_init("tradewatch");
	log_set_level(LOG_LEVEL_WARNING);
	if (argc < 2)
		usage();
	for (size_t i = 0; i < sizeof(COMMANDS) / sizeof(COMMANDS[0]); i++)
		if (strcmp(argv[1], COMMANDS[i].name) == 0)
			return COMMANDS[i].fn(argc - 1, argv + 1);
	usage();
}
