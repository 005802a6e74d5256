#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Rewrites tests/data/golden/*.json from `airlockctl check --json` on every
# request of tests/data/corpus under the default policy. Run it inside the
# build environment after a change that is meant to change verdicts, and
# review the diff before committing:
#   packaging/airlock-dev exec -- tests/data/regenerate-golden.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ctl="${AIRLOCKCTL:-$here/../../build/dev/bin/airlockctl}"
mkdir -p "$here/golden"
for request in "$here"/corpus/*.json; do
    name="$(basename "$request" .json)"
    set +e
    "$ctl" check --json "$request" > "$here/golden/$name.json.tmp"
    rc=$?
    set -e
    if [[ $rc -ne 0 && $rc -ne 3 ]]; then
        echo "check failed for $name (exit $rc)" >&2
        rm -f "$here/golden/$name.json.tmp"
        exit 1
    fi
    # Keep what the policy decided; drop what depends on the machine.
    python3 - "$here/golden/$name.json.tmp" "$rc" > "$here/golden/$name.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))
json.dump({"exit_code": int(sys.argv[2]), "runnable": result["runnable"], "verdicts": result["verdicts"]},
          sys.stdout, indent=2, sort_keys=True, ensure_ascii=False)
print()
PY
    rm -f "$here/golden/$name.json.tmp"
done
echo "regenerated $(ls "$here"/golden/*.json | wc -l) golden files"
