#!/usr/bin/env bash
# Rebuilds geodata/gazetteer/places.tsv.gz, facilities.tsv.gz and build-info.json from the npm packages pinned in package.json
# and package-lock.json, then stores each place's folded keys (NameFolding, compiled by Maven) in the file.
# Needs node >= 18, npm, a JDK 17 and Maven. supplement.tsv is hand-edited, not built.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
if [[ -f package-lock.json ]]; then
  npm ci --no-audit --no-fund
else
  npm install --no-audit --no-fund
fi
node build-gazetteer.mjs
node build-arabic-names.mjs
cd "$root"
mvn -q -B compile
java -cp target/classes org.incidentatlas.gazetteer.FoldedKeysWriter geodata/gazetteer/places.tsv.gz
java -cp target/classes org.incidentatlas.gazetteer.FoldedKeysWriter geodata/gazetteer/facilities.tsv.gz
node "$here/build-gazetteer.mjs" --info-only
