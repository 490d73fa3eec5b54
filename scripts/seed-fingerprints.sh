#!/usr/bin/env bash
# Rewrites src/test/resources/seed-fingerprints.txt from the seed texts the project started from
# (default: ../shared/seeds beside the project, which only the team's own machines have). The
# repository keeps these fingerprints, never the texts; SeedTextTest uses them to refuse a page
# that copies a run of eight words from a seed. Run it again when the seed texts change.
#
#   scripts/seed-fingerprints.sh [SEEDS_FOLDER]
set -euo pipefail
cd "$(dirname "$0")/.."
seeds=$(cd "${1:-../shared/seeds}" && pwd)
mvn -B -q test-compile exec:java@seed-fingerprints -Dseeds.folder="$seeds"
