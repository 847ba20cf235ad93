/*
 * test_spool.c - the spool on a real directory with a real event loop: a
 * file renamed into new/ is claimable after one turn of the loop (no settle
 * time, no timer), a file written straight into new/ waits until it has
 * settled, claimed files end in done/ or back in new/, and spool_sync()
 * returns at once while its fsync thread is joined by spool_free().
 * Run from tests/unit/.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <event2/event.h>

#include "spool.h"

struct fixture {
	char root[64];
	struct event_base *base;
	struct spool *sp;
	int ready;  /* spool_ready_fn calls */
};

static void
on_ready(void *arg)
{
	((struct fixture *)arg)->ready++;
}

/* path_of - root/sub/name into buf. */
static const char *
path_of(const struct fixture *fx, const char *sub, const char *name, char *buf, size_t len)
{
	snprintf(buf, len, "%s/%s/%s", fx->root, sub, name);
	return buf;
}

/* put - write text to root/sub/name. */
static void
put(const struct fixture *fx, const char *sub, const char *name, const char *text)
{
	char p[256];
	FILE *f = fopen(path_of(fx, sub, name, p, sizeof(p)), "w");

	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* deliver - write text to tmp/name and rename it into new/, as a feeder does. */
static void
deliver(const struct fixture *fx, const char *name, const char *text)
{
	char a[256], b[256];

	put(fx, "tmp", name, text);
	assert_int_equal(rename(path_of(fx, "tmp", name, a, sizeof(a)),
	    path_of(fx, "new", name, b, sizeof(b))), 0);
}

/* count - entries of root/sub, dotfiles aside. */
static int
count(const struct fixture *fx, const char *sub)
{
	char p[256];
	struct dirent *de;
	DIR *d;
	int n = 0;

	snprintf(p, sizeof(p), "%s/%s", fx->root, sub);
	assert_non_null(d = opendir(p));
	while ((de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

/* turn - run the loop until the spool has reported something (inotify is
 * asynchronous: up to a second of non-blocking turns). */
static void
turn(struct fixture *fx)
{
	int before = fx->ready;

	for (int i = 0; i < 1000 && fx->ready == before; i++) {
		event_base_loop(fx->base, EVLOOP_NONBLOCK);
		if (fx->ready == before)
			usleep(1000);
	}
	assert_int_not_equal(fx->ready, before);
}

static int
setup(void **state)
{
	struct fixture *fx = calloc(1, sizeof(*fx));
	char err[256];

	assert_non_null(fx);
	snprintf(fx->root, sizeof(fx->root), "/tmp/tw-test-spool-XXXXXX");
	assert_non_null(mkdtemp(fx->root));
	assert_non_null(fx->base = event_base_new());
	fx->sp = spool_new(fx->base, fx->root, err, sizeof(err));
	assert_non_null(fx->sp);
	assert_int_equal(spool_start(fx->sp, on_ready, fx, err, sizeof(err)), 0);
	*state = fx;
	return 0;
}

static int
teardown(void **state)
{
	struct fixture *fx = *state;
	char cmd[128];

	spool_free(fx->sp);
	event_base_free(fx->base);
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx->root);
	assert_int_equal(system(cmd), 0);
	free(fx);
	return 0;
}

/* A fresh file renamed into new/ is ready at once: settling is only for
 * direct writes, and the alert latency of a lone article depends on it. */
static void
test_renamed_file_is_claimable_at_once(void **state)
{
	struct fixture *fx = *state;
	struct spool_file *f[4];

	deliver(fx, "one.txt", "Title: One\n\nBody.\n");
	turn(fx);
	assert_int_equal(spool_backlog(fx->sp), 1);
	assert_int_equal(spool_claim(fx->sp, f, 4, 1 << 20), 1);
	assert_string_equal(f[0]->name, "one.txt");
	assert_string_equal(f[0]->data, "Title: One\n\nBody.\n");
	assert_int_equal(count(fx, "work"), 1);
	spool_done(fx->sp, f[0]);
	assert_int_equal(spool_sync(fx->sp), 0);
	assert_int_equal(count(fx, "done"), 1);
	assert_int_equal(count(fx, "work"), 0);
	assert_int_equal(spool_backlog(fx->sp), 0);
}

/* A file written straight into new/ may still grow: it waits. */
static void
test_direct_write_waits_to_settle(void **state)
{
	struct fixture *fx = *state;
	struct spool_file *f[4];

	put(fx, "new", "direct.txt", "Title: Direct\n\nStill being written");
	turn(fx);
	assert_int_equal(spool_backlog(fx->sp), 1);
	assert_int_equal(spool_claim(fx->sp, f, 4, 1 << 20), 0);
	assert_int_equal(count(fx, "new"), 1);
	assert_int_equal(count(fx, "work"), 0);
}

/* A released file goes back to new/ under its own name; a batch of
 * several is claimed in one call, and every move is complete once
 * spool_free() has joined the fsync thread. */
static void
test_batch_release_and_free(void **state)
{
	struct fixture *fx = *state;
	struct spool_file *f[8];
	char a[256], name[32];
	size_t n;

	for (int i = 0; i < 5; i++) {
		snprintf(name, sizeof(name), "b%d.txt", i);
		deliver(fx, name, "Title: B\n\nBody.\n");
	}
	for (n = 0; n < 5;) {
		turn(fx);
		n = spool_backlog(fx->sp);
	}
	assert_int_equal(spool_claim(fx->sp, f, 8, 1 << 20), 5);
	spool_release(fx->sp, f[0]);
	for (int i = 1; i < 5; i++)
		spool_done(fx->sp, f[i]);
	assert_int_equal(spool_sync(fx->sp), 0);
	spool_free(fx->sp);
	fx->sp = NULL;
	assert_int_equal(count(fx, "done"), 4);
	assert_int_equal(count(fx, "new"), 1);
	assert_int_equal(count(fx, "work"), 0);
	assert_int_equal(access(path_of(fx, "new", "b0.txt", a, sizeof(a)), F_OK), 0);
}

/* A rescan while a claimed file is still in flight (the daemon stores
 * batches asynchronously) leaves it in work/: only files of a dead owner, or
 * of our pid before our first claim, are taken back. */
static void
test_rescan_keeps_files_in_flight(void **state)
{
	struct fixture *fx = *state;
	struct spool_file *f[4];

	deliver(fx, "slow.txt", "Title: Slow\n\nBody.\n");
	turn(fx);
	assert_int_equal(spool_claim(fx->sp, f, 4, 1 << 20), 1);
	spool_rescan(fx->sp);
	assert_int_equal(count(fx, "work"), 1);
	assert_int_equal(count(fx, "new"), 0);
	assert_int_equal(spool_backlog(fx->sp), 0);
	spool_done(fx->sp, f[0]);
	assert_int_equal(spool_sync(fx->sp), 0);
	assert_int_equal(count(fx, "done"), 1);
	assert_int_equal(count(fx, "work"), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_renamed_file_is_claimable_at_once, setup,
		    teardown),
		cmocka_unit_test_setup_teardown(test_direct_write_waits_to_settle, setup, teardown),
		cmocka_unit_test_setup_teardown(test_batch_release_and_free, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rescan_keeps_files_in_flight, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
