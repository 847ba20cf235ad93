/*
 * config-fuzzer.c - libFuzzer harness for config_load.
 *
 * config_load reads a path, so each input is written to one temporary file
 * made at start-up and removed at exit.  Checks that a loaded config can be
 * resolved against and freed, and that a refusal says why.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "log.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char fuzz_path[] = "/tmp/tradewatch-config-fuzz.XXXXXX";
static int fuzz_fd = -1;

/* fuzz_cleanup - remove the temporary file. */
static void
fuzz_cleanup(void)
{
	if (fuzz_fd != -1)
		unlink(fuzz_path);
}

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	log_init("config-fuzzer");
	log_set_level(LOG_LEVEL_ERROR);
	if ((fuzz_fd = mkstemp(fuzz_path)) == -1) {
		perror("mkstemp");
		exit(1);
	}
	atexit(fuzz_cleanup);
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct config *cfg;
	char err[512], *resolved;

	if (ftruncate(fuzz_fd, 0) == -1 || pwrite(fuzz_fd, data, size, 0) != (ssize_t)size)
		abort();
	err[0] = '\0';
	if ((cfg = config_load(fuzz_path, err, sizeof(err))) == NULL) {
		if (err[0] == '\0')
			abort();
		return 0;
	}
	resolved = config_resolve(cfg, cfg->rules);
	free(resolved);
	config_free(cfg);
	return 0;
}
