/*
 * spool.h - the Maildir-style inbox: tmp/ new/ work/ done/ quarantine/.
 *
 * Producers write into tmp/ and rename into new/.  The spool learns about
 * files from inotify on new/ (a hint) and from scans of new/ (the truth):
 * the watch is added before the first scan, an inotify overflow triggers a
 * full rescan, a slow timer rescans for safety, and a drained backlog is
 * followed by a rescan until a pass finds nothing new.
 *
 * spool_claim() renames new/NAME to work/PID.BOOT@HOST:NAME (atomic: of
 * several daemons sharing a spool exactly one wins), reads it without
 * following links or blocking, and hands it to the caller, who ends it with
 * spool_done() (after COMMIT), spool_quarantine() or spool_release().  Files
 * left in work/ by a daemon that died (on this host) are taken back.
 */
#ifndef TW_SPOOL_H
#define TW_SPOOL_H

#include <stddef.h>
#include <time.h>

struct event_base;
struct spool;

/* A claimed file; owned by the caller until spool_done/quarantine/release. */
struct spool_file {
	char *name;     /* the producer's name in new/ */
	char *work;     /* its name in work/ while claimed */
	char *data;     /* contents, NUL-terminated */
	size_t len;
	time_t mtime;
};

/* spool_ready_fn - called after the spool learnt something (new files, a
 * rescan, files that stopped growing): the caller should spool_claim(). */
typedef void spool_ready_fn(void *arg);

/* spool_new - open root on base, creating the five subdirectories when
 * missing; NULL with a reason in err.  Caller frees with spool_free. */
struct spool *spool_new(struct event_base *base, const char *root, char *err, size_t errlen);
/* spool_configure - limits that a reload may change. */
void spool_configure(struct spool *sp, long max_bytes, long rescan_interval);
/* spool_start - add the inotify watch, take back what dead daemons left in
 * work/, scan new/ and start the timers; 0, or -1 with a reason in err. */
int spool_start(struct spool *sp, spool_ready_fn *cb, void *arg, char *err, size_t errlen);
/* spool_claim - claim up to max ready files, together at most about maxbytes
 * (at least one); unusable ones are quarantined on the way.  Fills out and
 * returns how many. */
size_t spool_claim(struct spool *sp, struct spool_file **out, size_t max, size_t maxbytes);
/* spool_done - move f to done/ under its own name and free it. */
void spool_done(struct spool *sp, struct spool_file *f);
/* spool_quarantine - move f to quarantine/ with NAME.reason and free it. */
void spool_quarantine(struct spool *sp, struct spool_file *f, const char *reason);
/* spool_release - give f back to new/ for a later try and free it. */
void spool_release(struct spool *sp, struct spool_file *f);
/* spool_sync - ask for work/, done/ and quarantine/ to be fsynced soon, off
 * the caller's thread (within about a second; at the latest by spool_free);
 * returns at once: 0, or -1 when an earlier round failed (logged). */
int spool_sync(struct spool *sp);
/* spool_rescan - scan new/ (and work/ for dead owners) now. */
void spool_rescan(struct spool *sp);
/* spool_backlog - files known in new/ that are not yet claimed. */
size_t spool_backlog(const struct spool *sp);
/* spool_free - stop the events and free; NULL is a no-op. */
void spool_free(struct spool *sp);

#endif
