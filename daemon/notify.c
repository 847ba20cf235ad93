/*
 * notify.c - sd_notify without libsystemd.
 *
 * The protocol is one datagram of newline-separated "KEY=VALUE" lines sent to
 * the AF_UNIX socket named by $NOTIFY_SOCKET ('@' = abstract namespace).  The
 * address is read once at start and the variables are removed from the
 * environment, so that an alert command the daemon execs cannot pose as the
 * daemon.  The socket is opened once and kept; a failed send is never fatal.
 */
#include "notify.h"

#include <errno.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include "log.h"

static int notify_fd = -1;
static struct sockaddr_un notify_addr;
static socklen_t notify_addrlen;
static unsigned long long notify_wd_usec;

/* notify_parse_ull - whole decimal number s into *out; -1 if not one. */
static int
notify_parse_ull(const char *s, unsigned long long *out)
{
	char *end;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	*out = strtoull(s, &end, 10);
	return errno || *end != '\0' ? -1 : 0;
}

int
notify_init(void)
{
	const char *path = getenv("NOTIFY_SOCKET");
	const char *wd = getenv("WATCHDOG_USEC"), *wdpid = getenv("WATCHDOG_PID");
	unsigned long long usec, pid;
	size_t len;
	int ret = 0;

	if (wd != NULL && notify_parse_ull(wd, &usec) == 0 && usec > 0) {
		if (wdpid == NULL || (notify_parse_ull(wdpid, &pid) == 0 &&
		    pid == (unsigned long long)getpid()))
			notify_wd_usec = usec;
	}
	if (path == NULL || *path == '\0')
		goto out;
	len = strlen(path);
	if ((path[0] != '/' && path[0] != '@') || len >= sizeof(notify_addr.sun_path)) {
		log_warnx("NOTIFY_SOCKET '%s' is not a usable unix socket address", path);
		ret = -1;
		goto out;
	}
	memset(&notify_addr, 0, sizeof(notify_addr));
	notify_addr.sun_family = AF_UNIX;
	memcpy(notify_addr.sun_path, path, len);
	if (path[0] == '@')
		notify_addr.sun_path[0] = '\0';
	/* An abstract name is exactly len bytes; a path carries its NUL. */
	notify_addrlen = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + len +
	    (path[0] == '/'));
	if ((notify_fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0)) == -1) {
		log_warn("notify socket");
		ret = -1;
	}
out:
	unsetenv("NOTIFY_SOCKET");
	unsetenv("WATCHDOG_USEC");
	unsetenv("WATCHDOG_PID");
	return ret;
}

int
notify_send(const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	int n;

	if (notify_fd == -1)
		return 0;
	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n < 0)
		return -1;
	if ((size_t)n >= sizeof(msg))
		n = sizeof(msg) - 1;
	if (sendto(notify_fd, msg, (size_t)n, MSG_NOSIGNAL, (struct sockaddr *)&notify_addr,
	    notify_addrlen) == -1) {
		log_debug("notify %.*s: %s", n, msg, strerror(errno));
		return -1;
	}
	return 0;
}

unsigned long long
notify_watchdog_usec(void)
{
	return notify_wd_usec;
}

void
notify_close(void)
{
	if (notify_fd != -1)
		close(notify_fd);
	notify_fd = -1;
}
