#!/usr/bin/env bash
# Keeps a copy of the editor's script (Sveltia CMS, the release pinned in
# src/main/resources/org/whichtherapist/publish/editor-release.properties) for the browser tests, in
# target/editor/<version>/, so no test downloads anything. npm fetches the package (checking npm's own
# checksum); this script then checks the script's SHA-384 against the pinned integrity hash.
# Run by `mvn verify` before the tests (exec-maven-plugin); does nothing when the copy is there.
# --update: print the integrity hash of the version in the properties file (to pin a new release).
set -euo pipefail
cd "$(dirname "$0")/.."
props=src/main/resources/org/whichtherapist/publish/editor-release.properties
get() { sed -n "s/^$1=//p" "$props"; }
package=$(get package); version=$(get version); file=$(get file); integrity=$(get integrity)
dest="target/editor/$version"
script="$dest/$(basename "$file")"
hash_of() { echo "sha384-$(openssl dgst -sha384 -binary "$1" | base64 | tr -d '\n')"; }

if [ "${1:-}" != "--update" ] && [ -f "$script" ] && [ "$(hash_of "$script")" = "$integrity" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "The browser tests need a copy of the editor's script, fetched with npm, which is not installed." >&2
  echo "Install Node.js and npm (on Debian: apt-get install npm), then run $0 again." >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "$package@$version" >/dev/null)
tar -xzf "$work"/*.tgz -C "$work" "package/$file" "package/LICENSE.txt"
mkdir -p "$dest"
cp "$work/package/$file" "$script"
cp "$work/package/LICENSE.txt" "$dest/LICENSE.txt"
actual=$(hash_of "$script")
if [ "${1:-}" = "--update" ]; then
  echo "integrity=$actual"
  exit 0
fi
if [ "$actual" != "$integrity" ]; then
  rm -f "$script"
  echo "npm's $package@$version has $file with the hash $actual, but $props pins $integrity." >&2
  echo "If you meant to move to this version, run $0 --update and put the hash it prints in $props." >&2
  exit 1
fi
echo "Kept $package@$version's $file for the browser tests in $dest"
