/*
 * command.c - hand alerts to a local program: fixed argv, JSON on stdin.
 *
 * alert_command is split on blanks once, when the configuration is read,
 * into a fixed argv; the alert never becomes part of a command line, and no
 * shell is involved: posix_spawn runs the program itself.  The child gets a
 * process group of its own (so the timeout reaches whatever it started),
 * default signal dispositions, an empty signal mask, no descriptor of ours
 * but the pipe on its stdin, and our environment minus systemd's
 * notification variables, plus TRADEWATCH_ALERT_ID.
 *
 * Nothing here blocks the event loop: the payload is written to a
 * non-blocking pipe as the child reads it, and the exit is noticed through a
 * pidfd becoming readable (or, on kernels without pidfd_open, a short
 * polling timer with waitpid(WNOHANG)), never through a global SIGCHLD
 * handler that other modules would have to share.  The timeout sends SIGTERM
 * to the group, and SIGKILL a few seconds later if it is still there.
 */
#include "command.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/queue.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <event2/event.h>

#include "log.h"

#define COMMAND_KILL_GRACE 3        /* seconds between SIGTERM and SIGKILL */
#define COMMAND_POLL_MSEC 100       /* exit polling without pidfd */

extern char **environ;

struct command_run {
	TAILQ_ENTRY(command_run) entry;
	struct command *cmd;
	pid_t pid;
	int pidfd;                   /* -1: polled */
	int infd;                    /* the write end of the child's stdin, -1 once closed */
	struct event *ev_exit;       /* pidfd readable, or the polling timer */
	struct event *ev_write;
	struct event *ev_timeout;
	char *payload;
	size_t len, off;
	int terminated;              /* SIGTERM sent at the timeout */
	long long id;
	alert_done_fn done;
	void *arg;
};

struct command {
	struct event_base *base;
	char **argv;
	long timeout;
	TAILQ_HEAD(, command_run) runs;
};

char **
command_split(const char *cmdline)
{
	char **argv = NULL, **grown;
	size_t n = 0;
	const char *p = cmdline, *start;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0')
			break;
		start = p;
		while (*p != '\0' && *p != ' ' && *p != '\t')
			p++;
		if ((grown = realloc(argv, (n + 2) * sizeof(*argv))) == NULL)
			goto fail;
		argv = grown;
		if ((argv[n] = strndup(start, (size_t)(p - start))) == NULL)
			goto fail;
		argv[++n] = NULL;
	}
	return argv;
fail:
	if (argv != NULL)
		argv[n] = NULL;
	command_argv_free(argv);
	return NULL;
}

void
command_argv_free(char **argv)
{
	if (argv == NULL)
		return;
	for (char **a = argv; *a != NULL; a++)
		free(*a);
	free(argv);
}

struct command *
command_new(struct event_base *base, const char *cmdline, long timeout, char *err, size_t errlen)
{
	struct command *cmd;
	struct stat sb;

	if ((cmd = calloc(1, sizeof(*cmd))) == NULL) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	TAILQ_INIT(&cmd->runs);
	cmd->base = base;
	cmd->timeout = timeout;
	if ((cmd->argv = command_split(cmdline)) == NULL) {
		snprintf(err, errlen, "alert_command: empty");
		goto fail;
	}
	if (cmd->argv[0][0] != '/') {
		snprintf(err, errlen, "alert_command: %s: the program must be an absolute path",
		    cmd->argv[0]);
		goto fail;
	}
	errno = 0;
	if (stat(cmd->argv[0], &sb) == -1 || !S_ISREG(sb.st_mode) ||
	    access(cmd->argv[0], X_OK) == -1) {
		snprintf(err, errlen, "alert_command: %s: not an executable file%s%s", cmd->argv[0],
		    errno ? ": " : "", errno ? strerror(errno) : "");
		goto fail;
	}
	return cmd;
fail:
	command_free(cmd);
	return NULL;
}

/* command_run_free - kill and reap a child still running, free the run. */
static void
command_run_free(struct command_run *run)
{
	TAILQ_REMOVE(&run->cmd->runs, run, entry);
	if (run->pid > 0) {
		/* SIGKILL cannot be ignored: this wait is short. */
		kill(-run->pid, SIGKILL);
		kill(run->pid, SIGKILL);
		while (waitpid(run->pid, NULL, 0) == -1 && errno == EINTR)
			;
	}
	if (run->ev_exit != NULL)
		event_free(run->ev_exit);
	if (run->ev_write != NULL)
		event_free(run->ev_write);
	if (run->ev_timeout != NULL)
		event_free(run->ev_timeout);
	if (run->pidfd != -1)
		close(run->pidfd);
	if (run->infd != -1)
		close(run->infd);
	free(run->payload);
	free(run);
}

void
command_cancel(struct command_run *run)
{
	if (run != NULL)
		command_run_free(run);
}

void
command_free(struct command *cmd)
{
	struct command_run *run;

	if (cmd == NULL)
		return;
	while ((run = TAILQ_FIRST(&cmd->runs)) != NULL)
		command_run_free(run);
	command_argv_free(cmd->argv);
	free(cmd);
}

/* command_close_input - the child has all of the payload, or will not read it. */
static void
command_close_input(struct command_run *run)
{
	if (run->ev_write != NULL)
		event_del(run->ev_write);
	if (run->infd != -1) {
		close(run->infd);
		run->infd = -1;
	}
}

/* command_write_cb - feed the payload to the child's stdin as it reads. */
static void
command_write_cb(evutil_socket_t fd, short what, void *arg)
{
	struct command_run *run = arg;
	ssize_t n;

	(void)what;
	while (run->off < run->len) {
		n = write(fd, run->payload + run->off, run->len - run->off);
		if (n == -1) {
			if (errno == EINTR)
				continue;
			if (errno == EAGAIN)
				return;
			/* EPIPE: the child closed its stdin; its exit status decides. */
			if (errno != EPIPE)
				log_warn("alert_command: alert %lld: writing stdin", run->id);
			break;
		}
		run->off += (size_t)n;
	}
	command_close_input(run);
}

/* command_exit_cb - the child may have exited: reap it and report. */
static void
command_exit_cb(evutil_socket_t fd, short what, void *arg)
{
	struct command_run *run = arg;
	alert_done_fn done = run->done;
	void *darg = run->arg;
	enum alert_outcome outcome = ALERT_RETRY;
	char why[128];
	int status;
	pid_t r;

	(void)fd;
	(void)what;
	while ((r = waitpid(run->pid, &status, WNOHANG)) == -1 && errno == EINTR)
		;
	if (r == 0)
		return;  /* still running (the polling timer fires again) */
	if (r == -1) {
		snprintf(why, sizeof(why), "waitpid: %s", strerror(errno));
	} else if (run->terminated) {
		snprintf(why, sizeof(why), "timed out after %lds", run->cmd->timeout);
	} else if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		outcome = ALERT_DELIVERED;
		snprintf(why, sizeof(why), "exit status 0");
	} else if (WIFEXITED(status)) {
		snprintf(why, sizeof(why), "exit status %d", WEXITSTATUS(status));
	} else {
		snprintf(why, sizeof(why), "killed by signal %d", WTERMSIG(status));
	}
	run->pid = 0;  /* reaped: command_run_free must not wait for it */
	command_run_free(run);
	done(darg, outcome, -1, why);
}

/* command_timeout_cb - the child took too long: SIGTERM, then SIGKILL. */
static void
command_timeout_cb(evutil_socket_t fd, short what, void *arg)
{
	struct command_run *run = arg;
	struct timeval tv = {COMMAND_KILL_GRACE, 0};

	(void)fd;
	(void)what;
	if (!run->terminated) {
		log_warnx("alert_command: alert %lld: no exit after %lds, sending SIGTERM", run->id,
		    run->cmd->timeout);
		run->terminated = 1;
		kill(-run->pid, SIGTERM);
		command_close_input(run);
		evtimer_add(run->ev_timeout, &tv);
	} else {
		log_warnx("alert_command: alert %lld: still running, sending SIGKILL", run->id);
		kill(-run->pid, SIGKILL);
	}
}

/* command_environment - environ minus systemd's notification variables
 * (only the daemon may talk to systemd), plus TRADEWATCH_ALERT_ID. */
static char **
command_environment(long long id)
{
	static const char *const DROP[] = {"NOTIFY_SOCKET=", "WATCHDOG_PID=", "WATCHDOG_USEC=",
	    "LISTEN_FDS=", "LISTEN_PID=", "LISTEN_FDNAMES=", "TRADEWATCH_ALERT_ID="};
	char **env;
	size_t n = 0, k = 0;

	while (environ[n] != NULL)
		n++;
	if ((env = calloc(n + 2, sizeof(*env))) == NULL)
		return NULL;
	for (size_t i = 0; i < n; i++) {
		size_t d;

		for (d = 0; d < sizeof(DROP) / sizeof(DROP[0]); d++)
			if (strncmp(environ[i], DROP[d], strlen(DROP[d])) == 0)
				break;
		if (d == sizeof(DROP) / sizeof(DROP[0]))
			env[k++] = environ[i];
	}
	if (asprintf(&env[k], "TRADEWATCH_ALERT_ID=%lld", id) == -1) {
		free(env);
		return NULL;
	}
	return env;
}

/* command_spawn - start cmd's program with its stdin on the pipe's read end;
 * 0 with run->pid set, or -1 with errno. */
static int
command_spawn(struct command_run *run, int infd)
{
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	sigset_t none, all;
	char **env;
	size_t k;
	int rc;

	if ((env = command_environment(run->id)) == NULL)
		return -1;
	sigemptyset(&none);
	sigfillset(&all);
	posix_spawn_file_actions_init(&fa);
	posix_spawnattr_init(&attr);
	posix_spawn_file_actions_adddup2(&fa, infd, STDIN_FILENO);
	/* Only stdin, stdout and stderr cross: no database or inotify socket. */
	posix_spawn_file_actions_addclosefrom_np(&fa, STDERR_FILENO + 1);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setsigmask(&attr, &none);
	posix_spawnattr_setsigdefault(&attr, &all);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
	    POSIX_SPAWN_SETSIGDEF);
	rc = posix_spawn(&run->pid, run->cmd->argv[0], &fa, &attr, run->cmd->argv, env);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	for (k = 0; env[k] != NULL; k++)
		;
	free(env[k - 1]);  /* the TRADEWATCH_ALERT_ID we made; the rest is environ's */
	free(env);
	if (rc != 0) {
		run->pid = 0;
		errno = rc;
		return -1;
	}
	return 0;
}

struct command_run *
command_start(struct command *cmd, long long id, const char *payload, alert_done_fn done,
    void *arg)
{
	struct command_run *run;
	struct timeval tv = {cmd->timeout, 0};
	struct timeval poll = {0, COMMAND_POLL_MSEC * 1000};
	int p[2] = {-1, -1};

	if ((run = calloc(1, sizeof(*run))) == NULL) {
		log_warn("alert_command: alert %lld", id);
		return NULL;
	}
	run->cmd = cmd;
	run->id = id;
	run->done = done;
	run->arg = arg;
	run->pidfd = -1;
	run->infd = -1;
	TAILQ_INSERT_TAIL(&cmd->runs, run, entry);
	run->len = strlen(payload);
	if ((run->payload = strdup(payload)) == NULL) {
		log_warn("alert_command: alert %lld", id);
		goto fail;
	}
	if (pipe2(p, O_CLOEXEC) == -1) {
		log_warn("alert_command: alert %lld: pipe", id);
		goto fail;
	}
	run->infd = p[1];
	if (command_spawn(run, p[0]) == -1) {
		log_warn("alert_command: alert %lld: cannot run %s", id, cmd->argv[0]);
		close(p[0]);
		goto fail;
	}
	close(p[0]);
	if (fcntl(run->infd, F_SETFL, O_NONBLOCK) == -1)
		log_warn("alert_command: alert %lld: O_NONBLOCK", id);

	run->pidfd = (int)syscall(SYS_pidfd_open, run->pid, 0);
	if (run->pidfd != -1)
		run->ev_exit = event_new(cmd->base, run->pidfd, EV_READ | EV_PERSIST,
		    command_exit_cb, run);
	else
		run->ev_exit = event_new(cmd->base, -1, EV_PERSIST, command_exit_cb, run);
	run->ev_write = event_new(cmd->base, run->infd, EV_WRITE | EV_PERSIST, command_write_cb,
	    run);
	run->ev_timeout = evtimer_new(cmd->base, command_timeout_cb, run);
	if (run->ev_exit == NULL || run->ev_write == NULL || run->ev_timeout == NULL) {
		log_warnx("alert_command: alert %lld: out of memory", id);
		goto fail;
	}
	event_add(run->ev_exit, run->pidfd != -1 ? NULL : &poll);
	evtimer_add(run->ev_timeout, &tv);
	/* The payload (under 8 kB) nearly always fits in the pipe at once. */
	command_write_cb(run->infd, EV_WRITE, run);
	if (run->infd != -1)
		event_add(run->ev_write, NULL);
	log_debug("alert_command: alert %lld: started pid %d", id, (int)run->pid);
	return run;
fail:
	command_run_free(run);
	return NULL;
}
