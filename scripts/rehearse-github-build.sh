#!/usr/bin/env bash
# Runs the GitHub workflows' commands as a GitHub runner would, as far as one machine allows: a
# fresh clone of the committed branch (nothing beside it: no ../shared), a clean environment, and
# the browser given only through CHROME_BIN / CHROMEDRIVER, at paths that no default lookup knows.
# Each `run:` line of the job is run in order; the `${{ steps.pages.outputs.base_url }}` GitHub fills
# in becomes a project sub-path, `${{ github.repository }}` owner/which-therapist. While the project
# still holds made-up people and contact details, deploy.yml's first step stops with the list of what
# to fill in (README.md, "Before the first publish"), exactly as the workflow does on an unconfigured copy.
#
#   scripts/rehearse-github-build.sh            both: check.yml's tests (mvn verify, ~10 min), then
#                                               deploy.yml's build (mvn package, what publishes)
#   scripts/rehearse-github-build.sh publish    deploy.yml's build only (a content push: minutes)
#   scripts/rehearse-github-build.sh check      check.yml's tests only
#
# Needs git, Java 17 and Maven; the tests also need a Chrome/Chromium and its ChromeDriver.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
what=${1:-all}
base_url=https://owner.github.io/which-therapist
case "$what" in
  all) jobs=(".github/workflows/check.yml verify" ".github/workflows/deploy.yml build") ;;
  check) jobs=(".github/workflows/check.yml verify") ;;
  publish) jobs=(".github/workflows/deploy.yml build") ;;
  *) echo "Usage: $0 [all|check|publish]" >&2; exit 2 ;;
esac

runner=$(mktemp -d /tmp/runner-XXXXXX)
trap 'rm -rf "$runner"' EXIT
mkdir -p "$runner/work" "$runner/tools"
if [ "$what" != publish ]; then
  chrome=${CHROME_BIN:-$(command -v chromium || command -v google-chrome || echo /usr/bin/chromium)}
  driver=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
  [ -x "$chrome" ] && [ -x "$driver" ] || { echo "Needs a browser and its driver (set CHROME_BIN and CHROMEDRIVER)." >&2; exit 1; }
  ln -s "$chrome" "$runner/tools/browser"
  ln -s "$driver" "$runner/tools/driver"
fi
git clone -q --branch "$(git -C "$repo" rev-parse --abbrev-ref HEAD)" "$repo" "$runner/work/which-therapist"
cd "$runner/work/which-therapist"
echo "Fresh clone of $(git rev-parse --short HEAD) in $PWD; beside it: $(ls -A .. | tr '\n' ' ')"

log=$runner/log.txt
for job in "${jobs[@]}"; do
  read -r workflow name <<<"$job"
  # The job's commands, in order (WorkflowFileTest keeps each on one line).
  mapfile -t commands < <(awk -v want="$name:" '/^  [a-z]+:$/ {job=$1} job==want && /^ +run: / {sub(/^ +run: /, ""); print}' "$workflow")
  [ ${#commands[@]} -gt 0 ] || { echo "No run: steps found in the $name job of $workflow" >&2; exit 1; }
  echo "== $workflow, job $name"
  for command in "${commands[@]}"; do
    command=${command//'${{ steps.pages.outputs.base_url }}'/$base_url}
    command=${command//'${{ github.repository }}'/owner/which-therapist}
    case "$command" in *'${{'*) echo "Cannot stand in for a GitHub expression in: $command" >&2; exit 1 ;; esac
    echo "\$ $command"
    step_log=$runner/step.txt
    started=$(date +%s)
    if ! env -i HOME="$HOME" PATH="$PATH" LANG=C.UTF-8 CI=true GITHUB_ACTIONS=true \
        CHROME_BIN="$runner/tools/browser" CHROMEDRIVER="$runner/tools/driver" \
        bash -eo pipefail -c "$command" >"$step_log" 2>&1; then
      tail -40 "$step_log"; echo "FAILED: $command"; exit 1
    fi
    sed 's/\x1b\[[0-9;]*m//g' "$step_log" | grep -E 'Tests run:.*Fail|BUILD|Browser tests use|^Built ' | grep -v ' -- in ' || true
    echo "  ($(( $(date +%s) - started )) s)"
    cat "$step_log" >>"$log"
  done
done

if [ "$what" != publish ]; then
  grep -q "Browser tests use the browser $runner/tools/browser, driver $runner/tools/driver" "$log" \
    || { echo "The browser tests did not use the browser given in CHROME_BIN/CHROMEDRIVER" >&2; exit 1; }
fi
if [ "$what" != check ]; then
  grep -q "<loc>$base_url/" target/site/sitemap.xml \
    || { echo "target/site was not built for $base_url/" >&2; exit 1; }
fi
echo "Rehearsal passed ($what): every command ran in a fresh clone with no ../shared;"
[ "$what" = publish ] || echo "the browser came only from CHROME_BIN/CHROMEDRIVER;"
[ "$what" = check ] || echo "target/site is built for $base_url/."
