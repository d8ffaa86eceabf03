/* cli.h - command line: option parsing, subcommands, exit codes. */
#ifndef LT_CLI_H
#define LT_CLI_H

/* Exit codes (README "Exit codes", DESIGN.md). */
enum lt_exit {
	LT_EXIT_OK = 0,       /* success: every input processed */
	LT_EXIT_PARTIAL = 1,  /* finished, but some inputs were rejected */
	LT_EXIT_USAGE = 2,    /* usage or configuration error (bad flag, bad lexicon) */
	LT_EXIT_LOCKED = 3,   /* another run holds the database lock */
	LT_EXIT_IO = 4        /* I/O or database failure */
};

int cli_main(int argc, char **argv);

#endif
