#!/usr/bin/env bash
# Rebuilds geodata/gazetteer/places.tsv.gz and build-info.json from the npm packages pinned in package.json
# and package-lock.json. Needs node >= 18 and the npm registry. supplement.tsv is hand-edited, not built.
set -euo pipefail
cd "$(dirname "$0")"
if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
node build-gazetteer.mjs
