#!/usr/bin/env bash
# Benchmark: this project's full build against Hugo on the same synthetic corpus.
#
#   bench/run.sh [N...]        default: 100 1000 5000
#   RUNS=5 JAVA_OPTS="..." bench/run.sh 1000
#
# For each N: writes a corpus of N articles (bench/make_corpus.py, fixed seed) into
# target/bench/N, copies in the project's real templates, assets and jbake.properties, and the
# minimal Hugo theme from bench/hugo; then builds it RUNS times with each generator, alternating,
# as whole processes. Prints median wall time, peak memory (largest "Maximum resident set size"),
# files written, and ours/Hugo. Then times the preview rebuild on the 1,000-article corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000 5000)
RUNS=${RUNS:-5}
# Whole-process time includes JVM start-up: the C1 compiler only (-XX:TieredStopAtLevel=1) is
# faster for a run of a few seconds, and a class-data archive (AppCDS) saves class loading.
JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx768m}
WORK=target/bench

if ! command -v hugo >/dev/null; then
  echo "Installing Hugo (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq hugo >/dev/null
fi
mkdir -p "$WORK"
mvn -B -q compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" >"$WORK/mvn.log" 2>&1 \
  || { cat "$WORK/mvn.log"; exit 1; }
# A jar, not target/classes: a class-data archive only accepts jars on the class path.
rm -f "$WORK/app-cds.jsa"
jar cf "$WORK/which-therapist.jar" -C target/classes .
CP="$WORK/which-therapist.jar:$(cat "$WORK/classpath.txt")"

corpus() { # N -> target/bench/N/{ours,hugo}
  local n=$1 dir=$WORK/$1
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    python3 bench/make_corpus.py "$n" "$dir"
    cp -r bench/hugo/. "$dir/hugo/"
    touch "$dir/.done"
  fi
  # The project's current templates, assets and settings, every time (they change more than the corpus).
  rm -rf "$dir/ours/templates" "$dir/ours/assets"
  cp -r templates assets jbake.properties "$dir/ours/"
  # Hugo writes no .gz/.br copies, so ours does not either here: the same work on both sides.
  sed -i 's/^site.precompress=.*/site.precompress=false/' "$dir/ours/jbake.properties"
}

# AppCDS: record the classes one build loads, once; later runs map them instead of loading.
corpus 100
CDS="$WORK/app-cds.jsa"
if [ ! -f "$CDS" ]; then
  java $JAVA_OPTS -XX:ArchiveClassesAtExit="$CDS" -cp "$CP" org.whichtherapist.Main build \
    --source "$WORK/100/ours" --output "$WORK/100/out-cds" >/dev/null 2>"$WORK/app-cds.log" || true
fi
[ -f "$CDS" ] && JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=$CDS"

measure() { # label outdir command... -> prints "seconds kilobytes files"
  local out=$2; shift 2
  rm -rf "$out"
  local log; log=$(mktemp)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -v "$@" >"$log.out" 2>"$log" || { cat "$log.out" "$log" >&2; exit 1; }
  end=$(date +%s%N)
  local kb; kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /,"",$2); print $2}' "$log")
  local files; files=$(find "$out" -type f \( -name '*.html' -o -name '*.xml' -o -name '*.txt' \) | wc -l)
  echo "$(( (end - start) / 1000000 )) $kb $files"
  rm -f "$log" "$log.out"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '\n%-6s | %-10s | %-10s | %-7s | %-13s | %-13s | %-11s | %-11s\n' \
  N "ours (s)" "Hugo (s)" ours/Hugo "ours peak MB" "Hugo peak MB" "ours files" "Hugo files" >"$WORK/table.txt"
printf -- '-------|------------|------------|---------|---------------|---------------|-------------|------------\n' >>"$WORK/table.txt"
for n in "${SIZES[@]}"; do
  corpus "$n"
  dir=$WORK/$n
  : >"$dir/ours.txt"; : >"$dir/hugo.txt"
  for run in $(seq "$RUNS"); do
    measure ours "$dir/out-ours" java $JAVA_OPTS -cp "$CP" org.whichtherapist.Main build \
      --source "$dir/ours" --output "$dir/out-ours" >>"$dir/ours.txt"
    measure hugo "$dir/out-hugo" hugo --quiet -s "$dir/hugo" -d "$PWD/$dir/out-hugo" >>"$dir/hugo.txt"
    echo "N=$n run $run: ours $(tail -1 "$dir/ours.txt")  hugo $(tail -1 "$dir/hugo.txt")  (ms KB files)" >&2
  done
  ours=$(cut -d' ' -f1 "$dir/ours.txt" | median); hugo=$(cut -d' ' -f1 "$dir/hugo.txt" | median)
  ours_kb=$(cut -d' ' -f2 "$dir/ours.txt" | sort -n | tail -1); hugo_kb=$(cut -d' ' -f2 "$dir/hugo.txt" | sort -n | tail -1)
  printf '%-6s | %-10.2f | %-10.2f | %-7.2f | %-13d | %-13d | %-11s | %-11s\n' "$n" \
    "$(echo "$ours/1000" | bc -l)" "$(echo "$hugo/1000" | bc -l)" "$(echo "$ours/$hugo" | bc -l)" \
    $((ours_kb / 1024)) $((hugo_kb / 1024)) "$(tail -1 "$dir/ours.txt" | cut -d' ' -f3)" \
    "$(tail -1 "$dir/hugo.txt" | cut -d' ' -f3)" >>"$WORK/table.txt"
done
cat "$WORK/table.txt"

if [ "${PREVIEW:-yes}" = yes ]; then
  corpus 1000
  # The preview runs in Maven's JVM with the default compilers; so does this.
  java -cp "$CP" bench/PreviewLatency.java "$WORK/1000/ours" "$WORK/1000/out-preview" \
    content/articles/article-00500.md 5
fi
