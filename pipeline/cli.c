/* cli.c - placeholder until the run command lands (issue 2). */
#include <stdio.h>
#include "cli.h"
#include "lt.h"

int cli_main(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	printf("lextab %s\n", LT_VERSION);
	return LT_EXIT_OK;
}
