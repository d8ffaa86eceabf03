#!/bin/sh
# make bench-deps: the Debian packages `make bench` needs beyond `make deps`:
# the tidytext + SnowballC peer (../shared/peers/tidytext_count.R) runs on R
# with tidytext, SnowballC, readr and dplyr. Installs whichever is missing;
# run as root or with sudo available. Without them the bench still runs and
# says the peer was skipped.
set -e
PKGS="r-base-core r-cran-tidytext r-cran-snowballc r-cran-readr r-cran-dplyr"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "bench-deps: all packages present"
	exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "bench-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $missing
