#!/bin/sh
# Installs the Debian packages lextab needs to build, test and run the demo,
# when any is missing. Run as root (CI) or with sudo available.
# DEPS_NAME and DEPS_PKGS replace the name it prints and the package list
# (tests/bench/deps.sh installs the bench's packages this way).
set -e
# clang, libclang-rt-14-dev, libomp-14-dev: fuzzing and `make check-tsan`
# (libomp-14-dev ships LLVM's libomp and the Archer tool, libarcher.so);
# e2fsprogs: chattr for the read-only tables test
PKGS="build-essential pkg-config clang libclang-rt-14-dev libomp-dev libomp-14-dev
libpcre2-dev libstemmer-dev libsqlite3-dev libutf8proc-dev libxxhash-dev
libzip-dev libxml2-dev libxml2-utils
sqlite3 snowball-data python3 r-base-core r-cran-rsqlite valgrind e2fsprogs
slurm-wlm libreadstat-dev man-db libyaml-dev r-cran-haven r-cran-sandwich r-cran-mass
python3-pandas python3-statsmodels pspp chromium tidy"
PKGS=${DEPS_PKGS:-$PKGS}
NAME=${DEPS_NAME:-deps}
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
if [ -z "$missing" ]; then
	echo "$NAME: all packages present"
	exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO=sudo
echo "$NAME: installing$missing"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends $missing
