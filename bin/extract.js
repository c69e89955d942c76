#!/bin/sh
':' /*
# This file is a POSIX shell script and a JavaScript module at once. Run as a command (`extract`,
# or `./bin/extract.js`), the shell reads it: when this install has a start-up snapshot ready for
# the `node` on PATH, it starts node straight from the snapshot, which saves the 0.1 s of a
# second node start-up. In every other case, and under `node bin/extract.js`, the JavaScript
# after this comment runs (dist/launch.js explains the snapshot, its pointer file and its checks).
set -f
self=$0
case $self in *[/]*) ;; *) self=./$self ;; esac
# npm installs the command as a symbolic link to this file
while [ -h "$self" ]; do
  link=$(readlink "$self") || break
  case $link in /*) self=$link ;; *) self=${self%/*}/$link ;; esac
done
ordinary() { exec node "$self" "$@"; }
case ${EXTRACT_SNAPSHOT-} in 0 | off) ordinary "$@" ;; esac
dist=$(cd "${self%/*}/../dist" 2>/dev/null && pwd -P) || ordinary "$@"
bundle=$dist/extract.cjs
place=$(printf '%s' "$bundle" | cksum) || ordinary "$@"
cache=${EXTRACT_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/news-extract}
pointer=$cache/extract-${place%% *}.snapshot
node=$(command -v node) || ordinary "$@"
{ read -r blob && read -r flags && read -r size; } 2>/dev/null <"$pointer" || ordinary "$@"
# the node binary that made the snapshot (the pointer carries its time), and the same bundle
[ -f "$blob" ] && [ -f "$bundle" ] || ordinary "$@"
if [ "$node" -nt "$pointer" ] || [ "$node" -ot "$pointer" ] || [ "$bundle" -nt "$blob" ]; then ordinary "$@"; fi
[ "$(wc -c <"$bundle")" -eq "$size" ] 2>/dev/null || ordinary "$@"
# archives (a directory, a glob, many files, over 1 MB in all) go the ordinary way, as in launch.js
bytes=0
files=0
for arg; do
  case $arg in -*) continue ;; *'*'* | *'?'* | *'['* | *'{'*) ordinary "$@" ;; esac
  [ -d "$arg" ] && ordinary "$@"
  [ -f "$arg" ] || continue
  files=$((files + 1))
  [ "$files" -gt 8 ] && ordinary "$@"
  size=$(wc -c <"$arg") || ordinary "$@"
  bytes=$((bytes + size))
  [ "$bytes" -gt 1048576 ] && ordinary "$@"
done
# the command never opens a connection: node need not parse a certificate bundle (launch.js offlineEnv)
unset NODE_EXTRA_CA_CERTS
exec "$node" $flags --snapshot-blob "$blob" -- "$@"
*/
// The command starts from a V8 snapshot when one is ready (dist/launch.js says how and why).
import { launch } from '../dist/launch.js';

await launch(process.argv.slice(2));
