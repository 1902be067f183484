#!/usr/bin/env bash
# Installs the offline extension host (code-server 4.100.3 = VS Code 1.100.3, the newest release whose engines
# allow Node 20) into test/host/node_modules from test/host/package-lock.json, without any download besides the
# npm registry. Idempotent: does nothing when the install is complete and the lockfile is unchanged.
#
# Needs the Debian packages: chromium libkrb5-dev ripgrep delve golang-go xvfb build-essential python3
# (kerberos builds against libkrb5-dev; node-pty, spdlog, watcher... build with node-gyp against /usr's Node headers;
# @vscode/ripgrep's download of rg is replaced by Debian's /usr/bin/rg).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

stamp="node_modules/.go-lldb-doctor-install"
vscode="node_modules/code-server/lib/vscode"
fingerprint="$(cat package.json package-lock.json install.sh | sha256sum | cut -d' ' -f1)"

complete() {
  [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$fingerprint" ] &&
    [ -x "$vscode/node_modules/@vscode/ripgrep/bin/rg" ] &&
    [ -d "$vscode/node_modules/node-pty/build/Release" ] &&
    [ -d "$vscode/extensions/node_modules/typescript" ]
}

if complete; then
  echo "test/host: code-server already installed (lockfile unchanged)"
  exit 0
fi

for tool in rg node npm python3 make g++; do
  command -v "$tool" >/dev/null || { echo "test/host/install.sh: '$tool' not found (see the package list at the top)" >&2; exit 1; }
done
[ -x /usr/bin/krb5-config ] || [ -f /usr/include/krb5.h ] ||
  { echo "test/host/install.sh: libkrb5-dev is missing (apt-get install libkrb5-dev)" >&2; exit 1; }

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache in os.tmpdir() holds the tarball:
# seed that cache with Debian's rg. A private TMPDIR keeps the seed (and the build's scratch files) out of /tmp.
export TMPDIR="$here/run/install-tmp"
rm -rf "$TMPDIR"
trap 'rm -rf "$TMPDIR"' EXIT  # also holds a copy of the caller's npm user config
cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
mkdir -p "$cache/stage"
cp "$(command -v rg)" "$cache/stage/rg"
tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$cache/stage" rg
rm -rf "$cache/stage"

# code-server's postinstall runs `npm install` in lib/vscode (pinned by its npm-shrinkwrap.json) and in
# lib/vscode/extensions. npm 11 runs only the install scripts that allowScripts lists; a nested install started
# from a lifecycle script inherits npm_config_allow_scripts and refuses it ("not allowed in project-scoped
# installs"). So package.json allows argon2 and denies code-server's postinstall, and this script runs that
# postinstall itself, with a private user config (the caller's ~/.npmrc plus the list) for the nested installs.
userconfig="$TMPDIR/npmrc"
user_npmrc="$(npm config get userconfig)"
{ [ -f "$user_npmrc" ] && cat "$user_npmrc"; echo
  [ -f /usr/include/node/node.h ] && echo "nodedir=/usr"  # node-gyp: the system headers, no download
  for p in code-server argon2 @parcel/watcher @vscode/deviceid @vscode/ripgrep @vscode/spdlog \
    @vscode/windows-process-tree @vscode/windows-registry kerberos native-watchdog node-pty esbuild; do
    echo "allow-scripts[]=$p"
  done
} >"$userconfig"
export npm_config_userconfig="$userconfig"
export npm_config_yes=true          # node-pty's postinstall runs `npx node-gyp`
export npm_config_unsafe_perm=true  # code-server's postinstall refuses to run as root without it
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

rm -f "$stamp"
npm ci
(
  cd node_modules/code-server
  export npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64"
  sh ./postinstall.sh
)

for f in "$vscode/node_modules/@vscode/ripgrep/bin/rg" "$vscode/node_modules/node-pty/build/Release" \
  "$vscode/extensions/node_modules/typescript"; do
  [ -e "$f" ] || { echo "test/host/install.sh: install incomplete, missing $f" >&2; exit 1; }
done
echo "$fingerprint" >"$stamp"
echo "test/host: code-server $(node -p "require('./node_modules/code-server/package.json').version") installed"
