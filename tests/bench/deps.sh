#!/bin/sh
# make bench-deps: the Debian packages `make bench` needs beyond `make deps`:
# the tidytext + SnowballC peer (../shared/peers/tidytext_count.R) runs on R
# with tidytext, SnowballC, readr and dplyr. Installs whichever is missing;
# run as root or with sudo available. Without them the bench still runs and
# says the peer was skipped.
set -e
DEPS_NAME=bench-deps DEPS_PKGS="r-base-core r-cran-tidytext r-cran-snowballc r-cran-readr r-cran-dplyr" \
	exec "$(dirname "$0")/../deps.sh"
