/* cli.h - command line: option parsing, subcommands. Main thread only. */
#ifndef LT_CLI_H
#define LT_CLI_H

#include "exitcode.h" /* enum lt_exit: what cli_main returns */


int cli_main(int argc, char **argv);

#endif
