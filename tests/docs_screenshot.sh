#!/bin/sh
# make docs-screenshot: the demo's HTML report (make demo) as docs/img/report.png,
# the top of the page (heatmap and legend) in headless Chromium.
set -e
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
[ -f demo-out/report.html ] || BUILD=$BUILD tests/demo.sh > /dev/null
prof=$(mktemp -d)
trap 'rm -rf "$prof"' EXIT
timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$prof" --host-resolver-rules='MAP * ~NOTFOUND' \
	--force-color-profile=srgb --hide-scrollbars --window-size=1280,1100 \
	--screenshot="$PWD/docs/img/report.png" "file://$PWD/demo-out/report.html" 2>/dev/null
echo "docs/img/report.png"
