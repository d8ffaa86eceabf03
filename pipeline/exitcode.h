/* exitcode.h - the process exit codes and the one mapping from a failure
 * (a negative enum lt_status) to them (README "Exit codes", DESIGN.md).
 * Every command returns one of these from its *_main; only main() exits.
 * Pure functions: any thread.
 */
#ifndef LT_EXITCODE_H
#define LT_EXITCODE_H

#include "lt.h"

enum lt_exit {
	LT_EXIT_OK = 0,       /* success: every input processed */
	LT_EXIT_PARTIAL = 1,  /* finished, but some inputs were rejected */
	LT_EXIT_USAGE = 2,    /* usage or configuration error (bad flag, bad lexicon) */
	LT_EXIT_LOCKED = 3,   /* another run holds the database lock */
	LT_EXIT_IO = 4        /* I/O or database failure */
};

/*
 * The exit code for a command that failed with status 'st': LT_ELOCK -> 3;
 * LT_EIO and LT_ESQLITE (a file or the database failed) -> 4; LT_OK -> 0;
 * anything else (usage, a bad lexicon or regex, a limit, a rejected
 * configuration input) -> 2.
 */
static inline int lt_exit_for(int st)
{
	switch (st) {
	case LT_OK:
		return LT_EXIT_OK;
	case LT_ELOCK:
		return LT_EXIT_LOCKED;
	case LT_EIO:
	case LT_ESQLITE:
		return LT_EXIT_IO;
	default:
		return LT_EXIT_USAGE;
	}
}

/* Opening or using a database: a lock is 3, everything else 4 (a damaged
 * or foreign database included: it is never a usage error). */
static inline int lt_exit_for_db(int st)
{
	return st == LT_OK ? LT_EXIT_OK : st == LT_ELOCK ? LT_EXIT_LOCKED : LT_EXIT_IO;
}

#endif /* LT_EXITCODE_H */
