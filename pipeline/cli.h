/* cli.h - command line: option parsing, subcommands (cli.c parses each
 * command's options into its *_opts struct and calls its *_main).
 * Owns nothing after cli_main returns: the options point into argv.
 * Threads: main thread only (getopt_long keeps global state). */
#ifndef LT_CLI_H
#define LT_CLI_H

#include "exitcode.h" /* enum lt_exit: what cli_main returns */


int cli_main(int argc, char **argv);

#endif
