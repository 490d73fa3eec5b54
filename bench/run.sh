#!/usr/bin/env bash
# Benchmark: the command the owner runs, `mvn package` with the shipped settings, against Hugo on
# the same corpus.
#
#   bench/run.sh [N...]        default: 100 1000 5000
#   RUNS=5 bench/run.sh 1000   PREVIEW=no skips the preview timings; DIRECT=yes adds the build run
#                              as plain `java` with JAVA_OPTS (no Maven) as an extra column
#   SHAPES="grown notes handbook" bench/run.sh 1000
#                              corpora of several shapes (bench/make_corpus.py says what each is;
#                              default: all three)
#
# For each shape and N: writes a corpus (bench/make_corpus.py, fixed seed) into target/bench/SHAPE-N; makes
# target/bench/SHAPE-N/ours a copy of this project (pom.xml, src/main, src/preview, templates, assets,
# jbake.properties as shipped) with the corpus added to the project's own content, and target/bench/N/hugo a Hugo site
# with the same Markdown (minimal theme in bench/hugo). The first `mvn package` of the copy
# compiles it, makes the build's class-data archive (target/cds) and draws every share card into
# target/picture-cache, as on a fresh clone; it is timed apart, and so is one build with the
# content caches removed (target/picture-cache, target/precompressed: what CI pays). Then RUNS
# times, alternating:
#   mvn -o -q validate                 Maven's own start; its median is subtracted from mvn package
#   mvn -o -q package -DskipTests      a full build (target/site and site.zip removed first; the caches
#                                      under target/ kept, as between the owner's builds, and as Hugo
#                                      keeps its resources/_gen; so is target/.site-earlier, the site the
#                                      last build replaced, from which it takes what did not change)
#   the same with no earlier site      target/.site-earlier removed too: a whole bake (an extra column)
#   the same after one post changed    a second build after one article's text changed
#   hugo                               Hugo's full build
# Before the runs, one build after an edit (undone) leaves an earlier site, as any owner's second build does.
# Prints, per N: medians with the spread (min–max), peak memory (bench/measure.py: the process tree
# summed, and the build's JVM alone), the stage times of the median full build (-Dwhichtherapist.timings),
# files written, the largest page, what a two-word search downloads and the most a misspelled word
# fetches of spelling lists (bench/weigh.py), all gzipped.
# Then the preview's rebuild and save-to-page times on the 1,000-article corpus (bench/PreviewLatency.java).
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000 5000)
read -r -a SHAPE_LIST <<<"${SHAPES:-grown notes handbook}"
RUNS=${RUNS:-5}
QUERY=${QUERY:-knee pain}
JAVA_OPTS=${JAVA_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g}
WORK=target/bench
EDITED=content/articles/article-00050.md

if ! command -v hugo >/dev/null; then
  echo "Installing Hugo (apt-get)..." >&2
  apt-get update -qq && apt-get install -y -qq hugo >/dev/null
fi
mkdir -p "$WORK"
mvn -B -q -o compile dependency:build-classpath -DincludeScope=runtime -Dmdep.outputFile="$WORK/classpath.txt" \
  >"$WORK/mvn.log" 2>&1 || { cat "$WORK/mvn.log"; exit 1; }
CP="target/classes:$(cat "$WORK/classpath.txt")"

corpus() { # SHAPE-N -> target/bench/SHAPE-N/{ours,hugo}, ours a copy of this project as it is now
  local name=$1 dir=$WORK/$1
  if [ ! -f "$dir/.done" ]; then
    rm -rf "$dir"
    python3 bench/make_corpus.py "${name#*-}" "$dir" "${name%%-*}" 2>"$dir.shape" || { cat "$dir.shape"; exit 1; }
    cp -r bench/hugo/. "$dir/hugo/"
    touch "$dir/.done"
  fi
  local ours=$dir/ours
  rm -rf "$ours/pom.xml" "$ours/src" "$ours/templates" "$ours/assets" "$ours/jbake.properties" "$ours/target"
  mkdir -p "$ours/src"
  cp -r pom.xml templates assets jbake.properties "$ours/"
  cp -r src/main src/preview "$ours/src/"
  # The project's own content beside the corpus (its data files, care texts, archetypes and its 66 pages,
  # which the people's fields and the search's signposts name): the site an owner's site grows into. Hugo
  # builds the corpus alone, so ours builds those pages more than Hugo does.
  cp -r content/. "$ours/content/"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
spread() { sort -n | awk 'NR==1 {lo=$1} {hi=$1} END {printf "%.2f–%.2f", lo/1000, hi/1000}'; }
seconds() { awk -v ms="$1" 'BEGIN {printf "%.2f", ms/1000}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }

mvn_package() { # dir out -> "ms treeKB largestKB"
  (cd "$1" && python3 ../../../../bench/measure.py --out "$2" --err "$2" \
    mvn -B -q -o package -DskipTests -Dwhichtherapist.timings=true)
}

TABLE=$WORK/table.md
{
  echo "| corpus | Maven start | mvn package | generator (package − start) | Hugo | generator/Hugo | second build, one post changed: generator (mvn package fastest–slowest) | second/Hugo | full build with no earlier site (whole bake): generator | whole/Hugo | peak memory: Maven + build JVM / build JVM | Hugo peak | files ours / Hugo | largest page (gz) | search: KB for \"$QUERY\" (files) | a misspelled word: spelling lists, most KB |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} >"$TABLE"
: >"$WORK/stages.txt"; : >"$WORK/stages.txt.$$"

for shape in "${SHAPE_LIST[@]}"; do
for size in "${SIZES[@]}"; do
  n=$shape-$size
  corpus "$n"
  dir=$WORK/$n
  ours=$dir/ours
  echo "N=$n: $(cat "$dir.shape")" >&2
  rm -f "$dir"/*.log # measure.py appends: logs of an earlier run would be read as this run's
  first=$(mvn_package "$ours" "$PWD/$dir/first.log")
  echo "N=$n first mvn package on a fresh copy (compiles, makes the class-data archive, draws the cards): $first (ms KB KB)" >&2
  rm -rf "$ours/target/site" "$ours/target/site.zip" "$ours/target/picture-cache" "$ours/target/precompressed" "$ours/target/build-cache" "$ours/target/zip-cache"
  cold=$(mvn_package "$ours" "$PWD/$dir/cold.log")
  echo "N=$n mvn package with the content caches removed: $cold (ms KB KB); $(grep -h 'stages:' "$dir/cold.log" | sed 's/^ *//')" >&2
  echo "N=$n mvn package with the content caches removed (picture-cache, precompressed, build-cache, zip-cache): $(seconds "${cold%% *}") s; $(grep -h 'stages:' "$dir/cold.log" | sed 's/^ *//')" >>"$WORK/stages.txt.$$"

  : >"$dir/validate.txt"; : >"$dir/full.txt"; : >"$dir/whole.txt"; : >"$dir/second.txt"; : >"$dir/hugo.txt"; : >"$dir/direct.txt"
  original=$(cat "$ours/$EDITED")
  printf '%s\n\nEdited before the runs.\n' "$original" >"$ours/$EDITED"
  mvn_package "$ours" "$PWD/$dir/edited.log" >/dev/null
  printf '%s' "$original" >"$ours/$EDITED"
  for run in $(seq "$RUNS"); do
    (cd "$ours" && python3 ../../../../bench/measure.py mvn -B -q -o validate) >>"$dir/validate.txt"
    rm -rf "$ours/target/site" "$ours/target/site.zip"
    mvn_package "$ours" "$PWD/$dir/full-$run.log" >>"$dir/full.txt"
    rm -rf "$ours/target/site" "$ours/target/site.zip" "$ours/target/.site-earlier"
    mvn_package "$ours" "$PWD/$dir/whole-$run.log" >>"$dir/whole.txt"
    printf '%s\n\nEdited in run %s.\n' "$original" "$run" >"$ours/$EDITED"
    mvn_package "$ours" "$PWD/$dir/second-$run.log" >>"$dir/second.txt"
    printf '%s' "$original" >"$ours/$EDITED"
    rm -rf "$dir/out-hugo"
    python3 bench/measure.py hugo --quiet -s "$dir/hugo" -d "$PWD/$dir/out-hugo" >>"$dir/hugo.txt"
    if [ "${DIRECT:-no}" = yes ]; then
      rm -rf "$dir/out-direct"
      python3 bench/measure.py java $JAVA_OPTS -cp "$CP" org.whichtherapist.Main build --source "$ours" \
        --output "$dir/out-direct" >>"$dir/direct.txt"
    fi
    echo "N=$n run $run (ms, tree KB, largest KB): validate $(tail -1 "$dir/validate.txt") · package $(tail -1 "$dir/full.txt") · whole $(tail -1 "$dir/whole.txt") · second $(tail -1 "$dir/second.txt") · hugo $(tail -1 "$dir/hugo.txt")" >&2
  done
  start=$(cut -d' ' -f1 "$dir/validate.txt" | median)
  full=$(cut -d' ' -f1 "$dir/full.txt" | median)
  second=$(cut -d' ' -f1 "$dir/second.txt" | median)
  whole=$(cut -d' ' -f1 "$dir/whole.txt" | median)
  hugo=$(cut -d' ' -f1 "$dir/hugo.txt" | median)
  gen=$((full - start)); gen2=$((second - start)); gen3=$((whole - start))
  tree=$(cut -d' ' -f2 "$dir/full.txt" | sort -n | tail -1); jvm=$(cut -d' ' -f3 "$dir/full.txt" | sort -n | tail -1)
  hugo_kb=$(cut -d' ' -f2 "$dir/hugo.txt" | sort -n | tail -1)
  # The stage times of the full build whose time was the median.
  median_run=$(awk '{print $1, NR}' "$dir/full.txt" | sort -n | awk -v m=$(( (RUNS + 1) / 2 )) 'NR==m {print $2}')
  echo "N=$n (median full build): $(grep -h 'stages:' "$dir/full-$median_run.log" | sed 's/^ *//')" >>"$WORK/stages.txt"
  median_second=$(awk '{print $1, NR}' "$dir/second.txt" | sort -n | awk -v m=$(( (RUNS + 1) / 2 )) 'NR==m {print $2}')
  echo "N=$n (median second build): $(grep -h 'stages:' "$dir/second-$median_second.log" | sed 's/^ *//')" >>"$WORK/stages.txt"
  median_whole=$(awk '{print $1, NR}' "$dir/whole.txt" | sort -n | awk -v m=$(( (RUNS + 1) / 2 )) 'NR==m {print $2}')
  echo "N=$n (median whole bake): $(grep -h 'stages:' "$dir/whole-$median_whole.log" | sed 's/^ *//')" >>"$WORK/stages.txt"
  weights=($(python3 bench/weigh.py "$ours/target/site" "$QUERY"))
  files_ours=$(find "$ours/target/site" -type f | wc -l); files_hugo=$(find "$dir/out-hugo" -type f | wc -l)
  printf '| %s | %s s | %s s (%s) | **%s s** | %s s (%s) | **%s** | %s s (%s) | %s | %s s (%s) | %s | %d / %d MB | %d MB | %s / %s | %s %.1f KB (%s over 14 KB) | %.1f KB (%s files, %s matches) | %.1f KB |\n' \
    "$n" "$(seconds "$start")" "$(seconds "$full")" "$(cut -d' ' -f1 "$dir/full.txt" | spread)" "$(seconds "$gen")" \
    "$(seconds "$hugo")" "$(cut -d' ' -f1 "$dir/hugo.txt" | spread)" "$(ratio "$gen" "$hugo")" \
    "$(seconds "$gen2")" "$(cut -d' ' -f1 "$dir/second.txt" | spread)" "$(ratio "$gen2" "$hugo")" \
    "$(seconds "$gen3")" "$(cut -d' ' -f1 "$dir/whole.txt" | spread)" "$(ratio "$gen3" "$hugo")" \
    $((tree / 1024)) $((jvm / 1024)) $((hugo_kb / 1024)) "$files_ours" "$files_hugo" \
    "${weights[0]}" "$(awk -v b="${weights[1]}" 'BEGIN {print b/1024}')" "${weights[2]}" \
    "$(awk -v b="${weights[3]}" 'BEGIN {print b/1024}')" "${weights[4]}" "${weights[5]}" \
    "$(awk -v b="${weights[6]}" 'BEGIN {print b/1024}')" >>"$TABLE"
  if [ "${DIRECT:-no}" = yes ]; then
    echo "N=$n direct java (no Maven): median $(seconds "$(cut -d' ' -f1 "$dir/direct.txt" | median)") s" >>"$WORK/stages.txt"
  fi
  echo "$n $gen" >>"$WORK/generator.txt.$$"
done
done
cat "$WORK/stages.txt.$$" >>"$WORK/stages.txt"; rm -f "$WORK/stages.txt.$$"
cat "$TABLE" "$WORK/stages.txt"
for shape in "${SHAPE_LIST[@]}"; do
  if grep -q "^$shape-1000 " "$WORK/generator.txt.$$" && grep -q "^$shape-5000 " "$WORK/generator.txt.$$"; then
    echo "$shape: 5,000 takes $(ratio "$(awk -v k="$shape-5000" '$1==k {print $2}' "$WORK/generator.txt.$$")" "$(awk -v k="$shape-1000" '$1==k {print $2}' "$WORK/generator.txt.$$")") × the 1,000 time (generator)."
  fi
done
rm -f "$WORK/generator.txt.$$"

if [ "${PREVIEW:-yes}" = yes ]; then
  corpus grown-1000
  # The preview runs in Maven's JVM with the default compilers; so does this.
  java -cp "$CP" bench/PreviewLatency.java "$WORK/grown-1000/ours" "$WORK/grown-1000/out-preview" "$EDITED" "${SAVES:-30}"
fi
