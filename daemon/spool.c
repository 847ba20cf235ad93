/*
 * spool.c - watch new/, claim files into work/, finish them in done/ or
 * quarantine/.
 *
 * Like Postfix pickup, the directory is the truth and events are hints: a
 * name reported by inotify or found by a scan becomes an entry; an entry is
 * "ready" when the file is complete (IN_MOVED_TO arrived, or its mtime is a
 * few seconds old and its size stopped changing) and "waiting" otherwise, so
 * that a producer writing straight into new/ is never read half-way.
 * IN_CLOSE_WRITE alone proves nothing: a producer may append in several
 * open-write-close rounds, so it only makes the name wait for settling.  Entries live in a hash table by name, so a scan of
 * a directory of ten thousand files costs one lookup per name.
 *
 * A claimed file's name in work/ carries its owner ("PID.BOOT@HOST:NAME"):
 * a daemon takes back only files whose owner on this host is dead (or from
 * an earlier boot), never those of a live daemon sharing the spool, nor its
 * own, which may belong to a batch still in flight on the database (its own
 * pid counts as dead only at start-up: an earlier life of the pid).
 * Every move uses RENAME_NOREPLACE: a name taken in the target directory
 * gets a ".N" suffix instead of overwriting a file.
 *
 * The moves after a COMMIT need no durability of their own: a file that
 * reappears in new/ or work/ after a power loss is stored again as a sha256
 * duplicate and ends in done/.  So the directories are not fsynced on the
 * event loop between one file and the next (on a busy disk two directory
 * fsyncs take tens of milliseconds, which is what a lone article's alert
 * would wait): spool_sync() only asks a helper thread, which fsyncs work/,
 * done/ and quarantine/ at most every SPOOL_SYNC_GAP_MS, and once more when
 * the spool is freed.  The thread touches nothing but those three
 * descriptors and the request flags under sync_mu.
 */
#include "spool.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/queue.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "log.h"

#define SPOOL_SETTLE_SEC 2      /* a direct write is complete after this long */
#define SPOOL_WAIT_TICK_MS 500  /* how often waiting files are looked at */
#define SPOOL_NAME_MAX 200      /* longer names cannot carry an owner in work/ */
#define SPOOL_HASH_MIN 1024
#define SPOOL_SYNC_GAP_MS 1000  /* at most one round of directory fsyncs this often */

enum spool_dir { SPOOL_TMP, SPOOL_NEW, SPOOL_WORK, SPOOL_DONE, SPOOL_QUARANTINE, SPOOL_NDIRS };

static const char *const SPOOL_DIRS[SPOOL_NDIRS] = {"tmp", "new", "work", "done", "quarantine"};

struct spool_entry {
	TAILQ_ENTRY(spool_entry) link;
	struct spool_entry *hnext;
	int ready;
	int held;               /* released by us: ignore the IN_MOVED_TO of that rename */
	off_t size;             /* while waiting: last size seen */
	struct timespec mtime;  /* while waiting: last mtime seen */
	char name[];
};

TAILQ_HEAD(spool_queue, spool_entry);

struct spool {
	struct event_base *base;
	char *root;
	int dirfd[SPOOL_NDIRS];
	int ifd;                        /* inotify */
	struct event *inotify_ev;
	struct event *rescan_ev;
	struct event *wait_ev;
	spool_ready_fn *ready_cb;
	void *ready_arg;
	long max_bytes;
	long rescan_interval;
	struct spool_queue ready, waiting;
	size_t nready, nwaiting;
	struct spool_entry **table;
	size_t tsize, tcount;
	size_t claimed_since_scan;
	char owner[96];                 /* "PID.BOOT@HOST:" prefix of our work names */
	char host[33];
	char boot[9];
	pthread_t syncer;               /* the fsync thread, when sync_running */
	pthread_mutex_t sync_mu;        /* guards the three fields below */
	pthread_cond_t sync_cv;
	int sync_want;                  /* a round of fsyncs was asked for */
	int sync_stop;                  /* spool_free: last round, then exit */
	int sync_errno;                 /* the last failure, reported by spool_sync */
	int sync_init;                  /* sync_mu and sync_cv exist */
	int sync_running;
};

static void spool_scan(struct spool *sp);
static void spool_sync_start(struct spool *sp);

/* spool_hash - FNV-1a of a name. */
static size_t
spool_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

/* spool_lookup - the entry of name, or NULL. */
static struct spool_entry *
spool_lookup(const struct spool *sp, const char *name)
{
	struct spool_entry *e;

	for (e = sp->table[spool_hash(name) & (sp->tsize - 1)]; e != NULL; e = e->hnext)
		if (strcmp(e->name, name) == 0)
			return e;
	return NULL;
}

/* spool_grow - double the hash table; -1 on allocation failure. */
static int
spool_grow(struct spool *sp)
{
	size_t nsize = sp->tsize * 2;
	struct spool_entry **nt = calloc(nsize, sizeof(*nt));

	if (nt == NULL)
		return -1;
	for (size_t i = 0; i < sp->tsize; i++) {
		struct spool_entry *e, *next;

		for (e = sp->table[i]; e != NULL; e = next) {
			size_t b = spool_hash(e->name) & (nsize - 1);

			next = e->hnext;
			e->hnext = nt[b];
			nt[b] = e;
		}
	}
	free(sp->table);
	sp->table = nt;
	sp->tsize = nsize;
	return 0;
}

/* spool_add - a new entry for name in the ready or waiting queue; NULL if
 * memory ran out (the next scan finds the file again). */
static struct spool_entry *
spool_add(struct spool *sp, const char *name, int ready)
{
	size_t len = strlen(name), b;
	struct spool_entry *e;

	if (sp->tcount * 4 >= sp->tsize * 3 && spool_grow(sp) == -1)
		return NULL;
	if ((e = calloc(1, sizeof(*e) + len + 1)) == NULL)
		return NULL;
	memcpy(e->name, name, len + 1);
	b = spool_hash(name) & (sp->tsize - 1);
	e->hnext = sp->table[b];
	sp->table[b] = e;
	sp->tcount++;
	e->ready = ready;
	if (ready) {
		TAILQ_INSERT_TAIL(&sp->ready, e, link);
		sp->nready++;
	} else {
		TAILQ_INSERT_TAIL(&sp->waiting, e, link);
		sp->nwaiting++;
	}
	return e;
}

/* spool_remove - unlink e from its queue and the table, and free it. */
static void
spool_remove(struct spool *sp, struct spool_entry *e)
{
	struct spool_entry **pp = &sp->table[spool_hash(e->name) & (sp->tsize - 1)];

	while (*pp != e)
		pp = &(*pp)->hnext;
	*pp = e->hnext;
	sp->tcount--;
	if (e->ready) {
		TAILQ_REMOVE(&sp->ready, e, link);
		sp->nready--;
	} else {
		TAILQ_REMOVE(&sp->waiting, e, link);
		sp->nwaiting--;
	}
	free(e);
}

/* spool_make_ready - move a waiting entry to the ready queue. */
static void
spool_make_ready(struct spool *sp, struct spool_entry *e)
{
	if (e->ready)
		return;
	TAILQ_REMOVE(&sp->waiting, e, link);
	sp->nwaiting--;
	TAILQ_INSERT_TAIL(&sp->ready, e, link);
	sp->nready++;
	e->ready = 1;
}

/* spool_schedule_wait - look at the waiting files again soon. */
static void
spool_schedule_wait(struct spool *sp)
{
	struct timeval tv = {0, SPOOL_WAIT_TICK_MS * 1000};

	if (sp->nwaiting > 0 && !evtimer_pending(sp->wait_ev, NULL))
		evtimer_add(sp->wait_ev, &tv);
}

/* spool_notify - tell the owner that there may be work. */
static void
spool_notify(struct spool *sp)
{
	spool_schedule_wait(sp);
	if (sp->ready_cb != NULL)
		sp->ready_cb(sp->ready_arg);
}

/* spool_settled - 1 if a regular file with this stat looks complete. */
static int
spool_settled(const struct stat *st, time_t now)
{
	return now - st->st_mtim.tv_sec >= SPOOL_SETTLE_SEC;
}

/* spool_consider - a name seen in new/ by a scan: enter it as ready when
 * it is complete or not a regular file (it will be quarantined), else as
 * waiting.  Returns 1 if it is new to us. */
static int
spool_consider(struct spool *sp, const char *name, time_t now)
{
	struct spool_entry *e;
	struct stat st;

	if (name[0] == '.' || spool_lookup(sp, name) != NULL)
		return 0;
	if (fstatat(sp->dirfd[SPOOL_NEW], name, &st, AT_SYMLINK_NOFOLLOW) == -1) {
		if (errno != ENOENT)
			log_warn("spool: stat new/%s", name);
		return 0;
	}
	if (!S_ISREG(st.st_mode) || spool_settled(&st, now))
		return spool_add(sp, name, 1) != NULL;
	if ((e = spool_add(sp, name, 0)) == NULL)
		return 0;
	e->size = st.st_size;
	e->mtime = st.st_mtim;
	return 1;
}

/* spool_rename - move from/name to to/want without replacing anything: on a
 * name clash try "want.1", "want.2", ...  The final name is copied to got
 * (gotlen bytes) when given.  0, or -1 with errno set. */
static int
spool_rename(struct spool *sp, enum spool_dir from, const char *name, enum spool_dir to,
    const char *want, char *got, size_t gotlen)
{
	char buf[NAME_MAX + 1];
	const char *target = want;

	for (int i = 0; i < 1000; i++) {
		if (i > 0) {
			if (snprintf(buf, sizeof(buf), "%.*s.%d", SPOOL_NAME_MAX + 40, want, i) >=
			    (int)sizeof(buf)) {
				errno = ENAMETOOLONG;
				return -1;
			}
			target = buf;
		}
		if (renameat2(sp->dirfd[from], name, sp->dirfd[to], target, RENAME_NOREPLACE) == 0)
			goto out;
		if (errno == EINVAL || errno == ENOSYS) {
			/* No RENAME_NOREPLACE on this filesystem: check, then rename. */
			struct stat st;

			if (fstatat(sp->dirfd[to], target, &st, AT_SYMLINK_NOFOLLOW) == 0) {
				errno = EEXIST;
			} else if (renameat(sp->dirfd[from], name, sp->dirfd[to], target) == 0) {
				goto out;
			}
		}
		if (errno != EEXIST)
			return -1;
	}
	errno = EEXIST;
	return -1;
out:
	if (got != NULL)
		snprintf(got, gotlen, "%s", target);
	return 0;
}

/* spool_write_reason - quarantine/NAME.reason holding reason on one line. */
static void
spool_write_reason(struct spool *sp, const char *qname, const char *reason)
{
	char path[NAME_MAX + 16], line[1024];
	size_t n;
	int fd;

	snprintf(path, sizeof(path), "%s.reason", qname);
	n = (size_t)snprintf(line, sizeof(line), "%s", reason);
	if (n >= sizeof(line) - 1)
		n = sizeof(line) - 2;
	for (size_t i = 0; i < n; i++)
		if (line[i] == '\n' || line[i] == '\r')
			line[i] = ' ';
	line[n++] = '\n';
	fd = openat(sp->dirfd[SPOOL_QUARANTINE], path,
	    O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC, 0640);
	if (fd == -1) {
		log_warn("spool: quarantine/%s", path);
		return;
	}
	if (write(fd, line, n) != (ssize_t)n)
		log_warn("spool: write quarantine/%s", path);
	close(fd);
}

/* spool_quarantine_from - move dir/name to quarantine/ under shown (the
 * producer's name, shortened if it is too long) and write the reason. */
static void
spool_quarantine_from(struct spool *sp, enum spool_dir from, const char *name,
    const char *shown, const char *reason)
{
	char want[SPOOL_NAME_MAX + 1], got[NAME_MAX + 1];

	snprintf(want, sizeof(want), "%s", shown);
	if (spool_rename(sp, from, name, SPOOL_QUARANTINE, want, got, sizeof(got)) == -1) {
		if (errno != ENOENT)
			log_warn("spool: cannot quarantine %s/%s", SPOOL_DIRS[from], name);
		return;
	}
	spool_write_reason(sp, got, reason);
	log_warnx("quarantined %s: %s", shown, reason);
}

/* spool_kind - what a non-regular file is, for a quarantine reason. */
static const char *
spool_kind(mode_t mode)
{
	if (S_ISLNK(mode))
		return "a symbolic link";
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISFIFO(mode))
		return "a FIFO";
	if (S_ISSOCK(mode))
		return "a socket";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "a device";
	return "not a regular file";
}

/* spool_owner_dead - 1 if the owner of a work/ name is a dead daemon on this
 * host (or of an earlier boot, or, when ours_dead, us in an earlier life with
 * our pid); 0 if it is alive or on another host.  *orig points to the
 * original name.  A name without an owner (put there by hand) counts as
 * dead. */
static int
spool_owner_dead(const struct spool *sp, const char *wname, const char **orig, int ours_dead)
{
	const char *at, *colon;
	char *end, path[64], comm[32];
	long pid;
	ssize_t n;
	int fd;

	*orig = wname;
	errno = 0;
	pid = strtol(wname, &end, 10);
	if (errno || end == wname || pid <= 0 || *end != '.' || (at = strchr(end, '@')) == NULL ||
	    (colon = strchr(at, ':')) == NULL)
		return 1;
	*orig = colon + 1;
	if ((size_t)(colon - at - 1) != strlen(sp->host) ||
	    strncmp(at + 1, sp->host, strlen(sp->host)) != 0)
		return 0;
	if ((size_t)(at - end - 1) != strlen(sp->boot) ||
	    strncmp(end + 1, sp->boot, strlen(sp->boot)) != 0)
		return 1;
	if (pid == (long)getpid())
		return ours_dead;
	if (kill((pid_t)pid, 0) == -1 && errno == ESRCH)
		return 1;
	/* The pid may have been reused by an unrelated process. */
	snprintf(path, sizeof(path), "/proc/%ld/comm", pid);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1)
		return 0;
	n = read(fd, comm, sizeof(comm) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	comm[n] = '\0';
	comm[strcspn(comm, "\n")] = '\0';
	return strcmp(comm, "tradewatchd") != 0;
}

/*
 * spool_recover - move the files of dead owners from work/ back to new/.
 * At start-up (ours_dead) a name with our pid is from an earlier life of the
 * pid (a restart in a container, say) and is taken back too; later it is a
 * file we hold: claimed for a batch that may still be in flight on the
 * database while the event loop runs this rescan.
 */
static void
spool_recover(struct spool *sp, int ours_dead)
{
	struct dirent *de;
	DIR *dir;
	int fd;

	if ((fd = openat(sp->dirfd[SPOOL_WORK], ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    (dir = fdopendir(fd)) == NULL) {
		log_warn("spool: open work/");
		if (fd != -1)
			close(fd);
		return;
	}
	while ((de = readdir(dir)) != NULL) {
		const char *orig;
		char got[NAME_MAX + 1];

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if (!spool_owner_dead(sp, de->d_name, &orig, ours_dead) || *orig == '\0')
			continue;
		if (spool_rename(sp, SPOOL_WORK, de->d_name, SPOOL_NEW, orig, got, sizeof(got)) == -1) {
			if (errno != ENOENT)
				log_warn("spool: take back work/%s", de->d_name);
			continue;
		}
		log_info("took back %s from work/ (its daemon is gone)", got);
		if (spool_lookup(sp, got) == NULL)
			spool_add(sp, got, 1);
	}
	closedir(dir);
}

/* spool_scan - enter every name of new/ that we do not know yet. */
static void
spool_scan(struct spool *sp)
{
	struct dirent *de;
	DIR *dir;
	time_t now = time(NULL);
	size_t found = 0;
	int fd;

	sp->claimed_since_scan = 0;
	if ((fd = openat(sp->dirfd[SPOOL_NEW], ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1 ||
	    (dir = fdopendir(fd)) == NULL) {
		log_warn("spool: open new/");
		if (fd != -1)
			close(fd);
		return;
	}
	while ((de = readdir(dir)) != NULL)
		found += (size_t)spool_consider(sp, de->d_name, now);
	closedir(dir);
	if (found > 0)
		log_debug("spool: scan found %zu new file(s)", found);
}

/* spool_inotify_cb - names moved or written into new/; an overflow means
 * events were lost, so the directory is scanned in full. */
static void
spool_inotify_cb(evutil_socket_t fd, short what, void *arg)
{
	struct spool *sp = arg;
	char buf[16384] __attribute__((aligned(__alignof__(struct inotify_event))));
	ssize_t n;
	int rescan = 0;

	(void)what;
	while ((n = read(fd, buf, sizeof(buf))) > 0) {
		for (char *p = buf; p < buf + n;) {
			struct inotify_event *ev = (struct inotify_event *)p;
			struct spool_entry *e;

			p += sizeof(*ev) + ev->len;
			if (ev->mask & IN_Q_OVERFLOW) {
				rescan = 1;
				continue;
			}
			if (ev->mask & IN_IGNORED) {
				log_error("spool: %s/new is gone; only rescans will find files", sp->root);
				continue;
			}
			if (ev->len == 0 || ev->name[0] == '.')
				continue;
			e = spool_lookup(sp, ev->name);
			if (!(ev->mask & IN_MOVED_TO)) {
				/* IN_CLOSE_WRITE: a producer writing straight into new/
				 * may open, append and close many times; the file is
				 * complete only once it has settled. */
				if (e == NULL && (e = spool_add(sp, ev->name, 0)) != NULL)
					e->size = -1;
				continue;
			}
			if (e != NULL && e->held) {
				e->held = 0;  /* our own spool_release(): let it settle */
				continue;
			}
			if (e != NULL)
				spool_make_ready(sp, e);
			else
				spool_add(sp, ev->name, 1);
		}
	}
	if (n == -1 && errno != EAGAIN && errno != EINTR)
		log_warn("spool: read inotify");
	if (rescan) {
		log_warnx("spool: inotify queue overflowed; rescanning %s/new", sp->root);
		spool_scan(sp);
	}
	spool_notify(sp);
}

/* spool_wait_cb - look again at files that were still being written. */
static void
spool_wait_cb(evutil_socket_t fd, short what, void *arg)
{
	struct spool *sp = arg;
	struct spool_entry *e, *next;
	time_t now = time(NULL);
	struct stat st;

	(void)fd;
	(void)what;
	for (e = TAILQ_FIRST(&sp->waiting); e != NULL; e = next) {
		next = TAILQ_NEXT(e, link);
		if (fstatat(sp->dirfd[SPOOL_NEW], e->name, &st, AT_SYMLINK_NOFOLLOW) == -1) {
			spool_remove(sp, e);
			continue;
		}
		if (!S_ISREG(st.st_mode) || (spool_settled(&st, now) && st.st_size == e->size &&
		    st.st_mtim.tv_sec == e->mtime.tv_sec && st.st_mtim.tv_nsec == e->mtime.tv_nsec)) {
			spool_make_ready(sp, e);
			continue;
		}
		e->size = st.st_size;
		e->mtime = st.st_mtim;
	}
	spool_notify(sp);
}

/* spool_rescan_cb - the slow safety rescan. */
static void
spool_rescan_cb(evutil_socket_t fd, short what, void *arg)
{
	(void)fd;
	(void)what;
	spool_rescan(arg);
}

void
spool_rescan(struct spool *sp)
{
	spool_recover(sp, 0);
	spool_scan(sp);
	spool_notify(sp);
}

/* spool_identity - the owner prefix of our work/ names. */
static void
spool_identity(struct spool *sp)
{
	char host[256] = "localhost", boot[64] = "";
	int fd;
	ssize_t n;

	if (gethostname(host, sizeof(host) - 1) == -1)
		strcpy(host, "localhost");
	host[sizeof(host) - 1] = '\0';
	/* ':' and '@' separate the parts; keep them out of the host part. */
	for (char *p = host; *p; p++)
		if (*p == ':' || *p == '@' || *p == '/')
			*p = '_';
	snprintf(sp->host, sizeof(sp->host), "%.32s", host);
	strcpy(sp->boot, "00000000");
	if ((fd = open("/proc/sys/kernel/random/boot_id", O_RDONLY | O_CLOEXEC)) != -1) {
		n = read(fd, boot, sizeof(boot) - 1);
		close(fd);
		if (n >= 8)
			memcpy(sp->boot, boot, 8);
	}
	snprintf(sp->owner, sizeof(sp->owner), "%ld.%s@%s:", (long)getpid(), sp->boot, sp->host);
}

struct spool *
spool_new(struct event_base *base, const char *root, char *err, size_t errlen)
{
	struct spool *sp;
	int rootfd = -1;

	if ((sp = calloc(1, sizeof(*sp))) == NULL || (sp->root = strdup(root)) == NULL ||
	    (sp->table = calloc(SPOOL_HASH_MIN, sizeof(*sp->table))) == NULL) {
		snprintf(err, errlen, "spool: out of memory");
		goto fail;
	}
	sp->base = base;
	sp->tsize = SPOOL_HASH_MIN;
	sp->ifd = -1;
	sp->max_bytes = 8L << 20;
	sp->rescan_interval = 60;
	TAILQ_INIT(&sp->ready);
	TAILQ_INIT(&sp->waiting);
	for (int i = 0; i < SPOOL_NDIRS; i++)
		sp->dirfd[i] = -1;
	if (mkdir(root, 02770) == -1 && errno != EEXIST) {
		snprintf(err, errlen, "%s: %s", root, strerror(errno));
		goto fail;
	}
	if ((rootfd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {
		snprintf(err, errlen, "%s: %s", root, strerror(errno));
		goto fail;
	}
	for (int i = 0; i < SPOOL_NDIRS; i++) {
		if (mkdirat(rootfd, SPOOL_DIRS[i], 02770) == -1 && errno != EEXIST) {
			snprintf(err, errlen, "%s/%s: %s", root, SPOOL_DIRS[i], strerror(errno));
			goto fail;
		}
		sp->dirfd[i] = openat(rootfd, SPOOL_DIRS[i],
		    O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
		if (sp->dirfd[i] == -1) {
			snprintf(err, errlen, "%s/%s: %s", root, SPOOL_DIRS[i], strerror(errno));
			goto fail;
		}
	}
	close(rootfd);
	rootfd = -1;
	sp->rescan_ev = event_new(base, -1, EV_PERSIST, spool_rescan_cb, sp);
	sp->wait_ev = evtimer_new(base, spool_wait_cb, sp);
	if (sp->rescan_ev == NULL || sp->wait_ev == NULL) {
		snprintf(err, errlen, "spool: out of memory");
		goto fail;
	}
	spool_identity(sp);
	spool_sync_start(sp);
	return sp;
fail:
	if (rootfd != -1)
		close(rootfd);
	spool_free(sp);
	return NULL;
}

void
spool_configure(struct spool *sp, long max_bytes, long rescan_interval)
{
	struct timeval tv = {rescan_interval, 0};

	sp->max_bytes = max_bytes;
	if (rescan_interval != sp->rescan_interval && event_pending(sp->rescan_ev, EV_TIMEOUT, NULL))
		event_add(sp->rescan_ev, &tv);
	sp->rescan_interval = rescan_interval;
}

int
spool_start(struct spool *sp, spool_ready_fn *cb, void *arg, char *err, size_t errlen)
{
	struct timeval tv = {sp->rescan_interval, 0};
	char path[PATH_MAX];

	sp->ready_cb = cb;
	sp->ready_arg = arg;
	if ((sp->ifd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) == -1) {
		snprintf(err, errlen, "inotify: %s", strerror(errno));
		return -1;
	}
	/* The watch comes before the scan: a file arriving in between is seen twice, never missed. */
	snprintf(path, sizeof(path), "%s/new", sp->root);
	if (inotify_add_watch(sp->ifd, path, IN_MOVED_TO | IN_CLOSE_WRITE | IN_ONLYDIR) == -1) {
		snprintf(err, errlen, "inotify watch %s: %s", path, strerror(errno));
		return -1;
	}
	sp->inotify_ev = event_new(sp->base, sp->ifd, EV_READ | EV_PERSIST, spool_inotify_cb, sp);
	if (sp->inotify_ev == NULL || event_add(sp->inotify_ev, NULL) == -1 ||
	    event_add(sp->rescan_ev, &tv) == -1) {
		snprintf(err, errlen, "spool: cannot add events");
		return -1;
	}
	spool_recover(sp, 1);
	spool_scan(sp);
	spool_schedule_wait(sp);
	return 0;
}

/* spool_read - read the claimed work/wname into f; NULL on success, else why
 * the file cannot be used (it is then quarantined), or "" if it should be
 * given back to new/ (still being written). */
static const char *
spool_read(struct spool *sp, struct spool_file *f, char *why, size_t whylen)
{
	struct stat st, st2;
	size_t cap, len = 0;
	ssize_t n;
	const char *ret = NULL;
	int fd;

	fd = openat(sp->dirfd[SPOOL_WORK], f->work,
	    O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd == -1) {
		if (errno == ELOOP)
			return "a symbolic link";
		snprintf(why, whylen, "cannot open: %s", strerror(errno));
		return why;
	}
	if (fstat(fd, &st) == -1) {
		snprintf(why, whylen, "cannot stat: %s", strerror(errno));
		ret = why;
		goto out;
	}
	if (!S_ISREG(st.st_mode)) {
		ret = spool_kind(st.st_mode);
		goto out;
	}
	if (st.st_size > sp->max_bytes) {
		snprintf(why, whylen, "%lld bytes exceed max_article_bytes %ld",
		    (long long)st.st_size, sp->max_bytes);
		ret = why;
		goto out;
	}
	cap = (size_t)st.st_size + 1;
	if ((f->data = malloc(cap + 1)) == NULL) {
		ret = "";
		goto out;
	}
	/* Read one byte past the size: a file that grew is noticed. */
	while (len < cap && (n = read(fd, f->data + len, cap - len)) != 0) {
		if (n == -1) {
			if (errno == EINTR)
				continue;
			snprintf(why, whylen, "cannot read: %s", strerror(errno));
			ret = why;
			goto out;
		}
		len += (size_t)n;
	}
	if (fstat(fd, &st2) == -1 || len != (size_t)st.st_size || st2.st_size != st.st_size ||
	    st2.st_mtim.tv_sec != st.st_mtim.tv_sec || st2.st_mtim.tv_nsec != st.st_mtim.tv_nsec) {
		ret = "";  /* changed under us: a producer is still writing */
		goto out;
	}
	f->data[len] = '\0';
	f->len = len;
	f->mtime = st.st_mtim.tv_sec;
out:
	close(fd);
	return ret;
}

/* spool_file_free - free a claimed file's memory. */
static void
spool_file_free(struct spool_file *f)
{
	if (f == NULL)
		return;
	free(f->name);
	free(f->work);
	free(f->data);
	free(f);
}

/* spool_claim_one - claim the ready entry name; the file, or NULL when it
 * vanished, was quarantined or must wait. */
static struct spool_file *
spool_claim_one(struct spool *sp, const char *name)
{
	struct spool_file *f = NULL;
	char wname[NAME_MAX + 96 + 1], why[256];
	const char *reason;
	struct stat st;

	if (fstatat(sp->dirfd[SPOOL_NEW], name, &st, AT_SYMLINK_NOFOLLOW) == -1) {
		if (errno == ENOENT)
			log_debug("spool: new/%s vanished before it was claimed", name);
		else
			log_warn("spool: stat new/%s", name);
		return NULL;
	}
	if (!S_ISREG(st.st_mode)) {
		spool_quarantine_from(sp, SPOOL_NEW, name, name, spool_kind(st.st_mode));
		return NULL;
	}
	if (st.st_size > sp->max_bytes) {
		snprintf(why, sizeof(why), "%lld bytes exceed max_article_bytes %ld",
		    (long long)st.st_size, sp->max_bytes);
		spool_quarantine_from(sp, SPOOL_NEW, name, name, why);
		return NULL;
	}
	if (strlen(name) > SPOOL_NAME_MAX) {
		spool_quarantine_from(sp, SPOOL_NEW, name, name, "file name too long");
		return NULL;
	}
	snprintf(wname, sizeof(wname), "%s%s", sp->owner, name);
	if ((f = calloc(1, sizeof(*f))) == NULL || (f->name = strdup(name)) == NULL ||
	    (f->work = strdup(wname)) == NULL) {
		log_warnx("spool: out of memory; new/%s waits for the next scan", name);
		spool_file_free(f);
		return NULL;
	}
	if (renameat2(sp->dirfd[SPOOL_NEW], name, sp->dirfd[SPOOL_WORK], wname,
	    RENAME_NOREPLACE) == -1 &&
	    ((errno != EINVAL && errno != ENOSYS) ||
	    renameat(sp->dirfd[SPOOL_NEW], name, sp->dirfd[SPOOL_WORK], wname) == -1)) {
		if (errno == ENOENT)
			log_debug("spool: new/%s was claimed by another daemon", name);
		else
			log_warn("spool: claim new/%s", name);
		spool_file_free(f);
		return NULL;
	}
	sp->claimed_since_scan++;
	if ((reason = spool_read(sp, f, why, sizeof(why))) != NULL) {
		if (*reason == '\0') {
			log_debug("spool: %s is still changing; waiting", name);
			spool_release(sp, f);
			return NULL;
		}
		spool_quarantine(sp, f, reason);
		return NULL;
	}
	return f;
}

/* spool_shrink - after a large backlog is drained (nothing known any more):
 * the hash table back to its first size, and the freed entries (about 90
 * bytes per file name) back to the system, so that the daemon's size after a
 * burst of a hundred thousand files is that of before.  malloc_trim() walks
 * the free lists: a few milliseconds, once per drained large backlog. */
static void
spool_shrink(struct spool *sp)
{
	struct spool_entry **nt;

	if (sp->tcount > 0 || sp->tsize <= SPOOL_HASH_MIN ||
	    (nt = calloc(SPOOL_HASH_MIN, sizeof(*nt))) == NULL)
		return;
	free(sp->table);
	sp->table = nt;
	sp->tsize = SPOOL_HASH_MIN;
#ifdef __GLIBC__
	malloc_trim(0);
#endif
}

size_t
spool_claim(struct spool *sp, struct spool_file **out, size_t max, size_t maxbytes)
{
	size_t n = 0, bytes = 0;
	struct spool_entry *e;

	/* A drained backlog is followed by a rescan until one finds nothing new. */
	if (sp->nready == 0 && sp->claimed_since_scan > 0)
		spool_scan(sp);
	while (n < max && (n == 0 || bytes < maxbytes) && (e = TAILQ_FIRST(&sp->ready)) != NULL) {
		char name[NAME_MAX + 1];
		struct spool_file *f;

		snprintf(name, sizeof(name), "%s", e->name);
		spool_remove(sp, e);
		if ((f = spool_claim_one(sp, name)) == NULL)
			continue;
		out[n++] = f;
		bytes += f->len;
	}
	if (n == 0)
		spool_shrink(sp);
	spool_schedule_wait(sp);
	return n;
}

/* spool_finish - move the claimed f from work/ to dir under its own name. */
static int
spool_finish(struct spool *sp, struct spool_file *f, enum spool_dir to, char *got, size_t gotlen)
{
	if (spool_rename(sp, SPOOL_WORK, f->work, to, f->name, got, gotlen) == -1) {
		log_warn("spool: move work/%s to %s/", f->work, SPOOL_DIRS[to]);
		return -1;
	}
	return 0;
}

void
spool_done(struct spool *sp, struct spool_file *f)
{
	if (f == NULL)
		return;
	spool_finish(sp, f, SPOOL_DONE, NULL, 0);
	spool_file_free(f);
}

void
spool_quarantine(struct spool *sp, struct spool_file *f, const char *reason)
{
	if (f == NULL)
		return;
	spool_quarantine_from(sp, SPOOL_WORK, f->work, f->name, reason);
	spool_file_free(f);
}

void
spool_release(struct spool *sp, struct spool_file *f)
{
	char got[NAME_MAX + 1];
	struct spool_entry *e;

	if (f == NULL)
		return;
	if (spool_finish(sp, f, SPOOL_NEW, got, sizeof(got)) == 0 &&
	    spool_lookup(sp, got) == NULL && (e = spool_add(sp, got, 0)) != NULL) {
		/* Waiting, so that a file still being written settles first. */
		e->size = -1;
		e->held = 1;
	}
	spool_file_free(f);
}

/* spool_fsync_dirs - fsync work/, done/ and quarantine/; 0 or an errno. */
static int
spool_fsync_dirs(const struct spool *sp)
{
	static const enum spool_dir DIRS[] = {SPOOL_WORK, SPOOL_DONE, SPOOL_QUARANTINE};
	int err = 0;

	for (size_t i = 0; i < sizeof(DIRS) / sizeof(DIRS[0]); i++)
		if (fsync(sp->dirfd[DIRS[i]]) == -1 && err == 0)
			err = errno;
	return err;
}

/* spool_sync_main - the fsync thread: a round per request, at most one per
 * SPOOL_SYNC_GAP_MS (requests meanwhile join the next round), and a last
 * one for a request still pending at stop. */
static void *
spool_sync_main(void *arg)
{
	struct spool *sp = arg;
	struct timespec next = {0, 0};  /* CLOCK_MONOTONIC: earliest next round */
	int err;

	pthread_mutex_lock(&sp->sync_mu);
	for (;;) {
		while (!sp->sync_want && !sp->sync_stop)
			pthread_cond_wait(&sp->sync_cv, &sp->sync_mu);
		while (!sp->sync_stop &&
		    pthread_cond_timedwait(&sp->sync_cv, &sp->sync_mu, &next) != ETIMEDOUT)
			;
		if (!sp->sync_want)
			break;
		sp->sync_want = 0;
		pthread_mutex_unlock(&sp->sync_mu);
		err = spool_fsync_dirs(sp);
		clock_gettime(CLOCK_MONOTONIC, &next);
		next.tv_nsec += SPOOL_SYNC_GAP_MS % 1000 * 1000000L;
		next.tv_sec += SPOOL_SYNC_GAP_MS / 1000 + next.tv_nsec / 1000000000L;
		next.tv_nsec %= 1000000000L;
		pthread_mutex_lock(&sp->sync_mu);
		if (err != 0)
			sp->sync_errno = err;
	}
	pthread_mutex_unlock(&sp->sync_mu);
	return NULL;
}

/* spool_sync_start - start the fsync thread with every signal blocked (they
 * belong to the event loop); without it spool_sync() fsyncs in place. */
static void
spool_sync_start(struct spool *sp)
{
	pthread_condattr_t ca;
	sigset_t all, old;

	if (pthread_condattr_init(&ca) != 0)
		return;
	if (pthread_condattr_setclock(&ca, CLOCK_MONOTONIC) != 0 ||
	    pthread_mutex_init(&sp->sync_mu, NULL) != 0) {
		pthread_condattr_destroy(&ca);
		return;
	}
	if (pthread_cond_init(&sp->sync_cv, &ca) != 0) {
		pthread_condattr_destroy(&ca);
		pthread_mutex_destroy(&sp->sync_mu);
		return;
	}
	pthread_condattr_destroy(&ca);
	sp->sync_init = 1;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	sp->sync_running = pthread_create(&sp->syncer, NULL, spool_sync_main, sp) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!sp->sync_running)
		log_warnx("spool: no fsync thread; directories are synced in place");
}

/* spool_sync_stop - the last round of fsyncs, then join the thread. */
static void
spool_sync_stop(struct spool *sp)
{
	if (sp->sync_running) {
		pthread_mutex_lock(&sp->sync_mu);
		sp->sync_stop = 1;
		pthread_cond_signal(&sp->sync_cv);
		pthread_mutex_unlock(&sp->sync_mu);
		pthread_join(sp->syncer, NULL);
		sp->sync_running = 0;
		if (sp->sync_errno != 0)
			log_warnx("spool: fsync: %s", strerror(sp->sync_errno));
	}
	if (sp->sync_init) {
		pthread_cond_destroy(&sp->sync_cv);
		pthread_mutex_destroy(&sp->sync_mu);
		sp->sync_init = 0;
	}
}

int
spool_sync(struct spool *sp)
{
	int err;

	if (!sp->sync_running) {
		err = spool_fsync_dirs(sp);
	} else {
		pthread_mutex_lock(&sp->sync_mu);
		err = sp->sync_errno;
		sp->sync_errno = 0;
		sp->sync_want = 1;
		pthread_cond_signal(&sp->sync_cv);
		pthread_mutex_unlock(&sp->sync_mu);
	}
	if (err != 0) {
		log_warnx("spool: fsync: %s", strerror(err));
		return -1;
	}
	return 0;
}

size_t
spool_backlog(const struct spool *sp)
{
	return sp->nready + sp->nwaiting;
}

void
spool_free(struct spool *sp)
{
	if (sp == NULL)
		return;
	spool_sync_stop(sp);
	if (sp->inotify_ev != NULL)
		event_free(sp->inotify_ev);
	if (sp->rescan_ev != NULL)
		event_free(sp->rescan_ev);
	if (sp->wait_ev != NULL)
		event_free(sp->wait_ev);
	if (sp->ifd != -1)
		close(sp->ifd);
	for (int i = 0; i < SPOOL_NDIRS; i++)
		if (sp->dirfd[i] != -1)
			close(sp->dirfd[i]);
	if (sp->table != NULL) {
		for (size_t i = 0; i < sp->tsize; i++) {
			struct spool_entry *e, *next;

			for (e = sp->table[i]; e != NULL; e = next) {
				next = e->hnext;
				free(e);
			}
		}
	}
	free(sp->table);
	free(sp->root);
	free(sp);
}
