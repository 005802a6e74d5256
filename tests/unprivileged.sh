#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
#
# Runs a test as an ordinary user, the way analysts run Airlock: a uid of
# its own from a range no account uses, with its own home, runtime folder
# and temporary folder, no capabilities and no supplementary groups.
#
#   unprivileged.sh UID STATE_DIR -- COMMAND [ARGS...]
#
# Only root can switch to another uid; anyone else already runs every test
# as an ordinary user, so here the test is skipped (exit 77, SKIP_RETURN_CODE).
set -euo pipefail

uid="$1"
state="$2"
shift 2
[[ "${1:-}" == "--" ]] && shift

if [[ $EUID -ne 0 ]]; then
    echo "unprivileged.sh: not root; the suite already runs as the ordinary user $(id -un)"
    exit 77
fi
if ! command -v setpriv >/dev/null; then
    echo "unprivileged.sh: setpriv (util-linux) is needed to run tests as an ordinary user" >&2
    exit 1
fi

rm -rf "$state"
mkdir -p "$state/home" "$state/runtime" "$state/tmp"
chown -R "$uid:$uid" "$state"
chmod 0700 "$state/home" "$state/runtime" "$state/tmp"
# Every folder above must let the user through (a clone in a 0700 folder
# would not), or the test cannot even be started.
dir="$(dirname "$(readlink -f "$1")")"
if ! setpriv --reuid "$uid" --regid "$uid" --clear-groups test -x "$dir"; then
    echo "unprivileged.sh: uid $uid cannot reach $dir; every folder above the build must be" \
         "searchable by others (chmod o+x)" >&2
    exit 1
fi

exec setpriv --reuid "$uid" --regid "$uid" --clear-groups --inh-caps=-all \
    env HOME="$state/home" XDG_RUNTIME_DIR="$state/runtime" TMPDIR="$state/tmp" \
    XDG_CONFIG_HOME="$state/home/.config" XDG_DATA_HOME="$state/home/.local/share" \
    XDG_CACHE_HOME="$state/home/.cache" USER=airlock-test LOGNAME=airlock-test "$@"
