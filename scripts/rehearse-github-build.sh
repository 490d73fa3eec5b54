#!/usr/bin/env bash
# Runs the GitHub Pages workflow's build commands as a GitHub runner would, as far as one machine
# allows: a fresh clone of the committed main (nothing beside it: no ../shared), a clean
# environment, and the browser given only through CHROME_BIN / CHROMEDRIVER, at paths that no
# default lookup knows. Each `run:` line of the workflow's build job is run in order; the
# `${{ steps.pages.outputs.base_url }}` GitHub fills in becomes a project sub-path, `${{ github.repository }}`
# owner/which-therapist. While the project still
# holds made-up people and contact details, the first step stops with the list of what to fill in
# (README.md, "Before the first publish"), exactly as the workflow does on an unconfigured copy.
#
#   scripts/rehearse-github-build.sh        (needs git, Java 17, Maven, and a Chrome/Chromium + ChromeDriver)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
workflow=.github/workflows/deploy.yml
base_url=https://owner.github.io/which-therapist

chrome=${CHROME_BIN:-$(command -v chromium || command -v google-chrome || echo /usr/bin/chromium)}
driver=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
[ -x "$chrome" ] && [ -x "$driver" ] || { echo "Needs a browser and its driver (set CHROME_BIN and CHROMEDRIVER)." >&2; exit 1; }

runner=$(mktemp -d /tmp/runner-XXXXXX)
trap 'rm -rf "$runner"' EXIT
mkdir -p "$runner/work" "$runner/tools"
ln -s "$chrome" "$runner/tools/browser"
ln -s "$driver" "$runner/tools/driver"
git clone -q --branch "$(git -C "$repo" rev-parse --abbrev-ref HEAD)" "$repo" "$runner/work/which-therapist"
cd "$runner/work/which-therapist"
echo "Fresh clone of $(git rev-parse --short HEAD) in $PWD; beside it: $(ls -A .. | tr '\n' ' ')"

# The build job's commands, in order (WorkflowFileTest keeps each on one line).
mapfile -t commands < <(awk '/^  [a-z]+:$/ {job=$1} job=="build:" && /^ +run: / {sub(/^ +run: /, ""); print}' "$workflow")
[ ${#commands[@]} -gt 0 ] || { echo "No run: steps found in the build job of $workflow" >&2; exit 1; }

log=$runner/log.txt
for command in "${commands[@]}"; do
  command=${command//'${{ steps.pages.outputs.base_url }}'/$base_url}
  command=${command//'${{ github.repository }}'/owner/which-therapist}
  case "$command" in *'${{'*) echo "Cannot stand in for a GitHub expression in: $command" >&2; exit 1 ;; esac
  echo "\$ $command"
  step_log=$runner/step.txt
  if ! env -i HOME="$HOME" PATH="$PATH" LANG=C.UTF-8 CI=true GITHUB_ACTIONS=true \
      CHROME_BIN="$runner/tools/browser" CHROMEDRIVER="$runner/tools/driver" \
      bash -eo pipefail -c "$command" >"$step_log" 2>&1; then
    tail -40 "$step_log"; echo "FAILED: $command"; exit 1
  fi
  sed 's/\x1b\[[0-9;]*m//g' "$step_log" | grep -E 'Tests run:.*Fail|BUILD|Browser tests use|^Built ' | grep -v ' -- in ' || true
  cat "$step_log" >>"$log"
done

grep -q "Browser tests use the browser $runner/tools/browser, driver $runner/tools/driver" "$log" \
  || { echo "The browser tests did not use the browser given in CHROME_BIN/CHROMEDRIVER" >&2; exit 1; }
grep -q "<loc>$base_url/" target/site/sitemap.xml \
  || { echo "target/site was not built for $base_url/" >&2; exit 1; }
echo "Rehearsal passed: every command of the build job ran in a fresh clone with no ../shared;"
echo "the browser came only from CHROME_BIN/CHROMEDRIVER; target/site is built for $base_url/."
