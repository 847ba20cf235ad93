/*
 * command.h - hand alerts to a local program: fixed argv, JSON on stdin.
 *
 * The program is executed directly (no shell ever sees the alert or the
 * command line), in a process group of its own, with the alert's JSON on its
 * standard input.  Exit status 0 means delivered; any other status, a death
 * by signal or the timeout (SIGTERM, then SIGKILL) means try again later.
 */
#ifndef TW_COMMAND_H
#define TW_COMMAND_H

#include <stddef.h>

#include "alert.h"

struct event_base;
struct command;
struct command_run;

/* command_new - a sink running cmdline (split on blanks; the program must be
 * an absolute path to an executable) for at most timeout seconds; NULL with
 * a reason in err.  Caller frees. */
struct command *command_new(struct event_base *base, const char *cmdline, long timeout,
    char *err, size_t errlen);
/* command_free - kill (SIGKILL) and reap every child still running, free;
 * NULL is a no-op.  No callbacks. */
void command_free(struct command *cmd);
/* command_start - run the program with payload on stdin as alert id;
 * done(arg, ...) is called once, later, from the event loop.  Returns a
 * handle for command_cancel, or NULL (logged; done is not called). */
struct command_run *command_start(struct command *cmd, long long id, const char *payload,
    alert_done_fn done, void *arg);
/* command_cancel - kill and reap the child; done is not called. */
void command_cancel(struct command_run *run);

/* command_split - cmdline split on blanks into a NULL-terminated argv
 * (caller frees with command_argv_free); NULL if empty or out of memory. */
char **command_split(const char *cmdline);
/* command_argv_free - free what command_split returned; NULL is a no-op. */
void command_argv_free(char **argv);

#endif
