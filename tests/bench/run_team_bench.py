#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""The team trail's benchmarks on a real PostgreSQL (inside the Debian 13
environment: packaging/airlock-dev exec -- python3 tests/bench/run_team_bench.py).

Starts a throw-away server in build/bench-postgresql (tests/postgresql.sh),
measures durable appends per second with three writers at once (each
records a step in its local trail and ships it), then fills the trail to
--records records over three chains (directly in SQL, as the bench's own
data: the append trigger is off while it loads) and measures a reviewer's
first page, a page deep down, one analyst's page and full-text searches.
Targets: reads <= 100 ms each, as History's on SQLite."""

import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "build", "dev", "bin", "bench_teamtrail")
SERVER = os.path.join(ROOT, "tests", "postgresql.sh")
SETUP = os.path.join(ROOT, "resources", "postgresql", "team-trail.sql")
DIR = os.path.join(ROOT, "build", "bench-postgresql")

FILL = """
SET client_min_messages = warning;
ALTER TABLE airlock.records DISABLE TRIGGER records_append;
INSERT INTO airlock.chains (chain_id, owner, analyst, machine, public_key)
SELECT format('00000000-0000-4000-8000-%%s', lpad(c::text, 12, '0')), 'writer1', 'analyst-' || c, 'machine-' || c,
       repeat('0', 64)
FROM generate_series(0, 2) c;
INSERT INTO airlock.records (chain_id, seq, kind, request_id, run_id, at, agent, reviewer, status, body, prev_hash, hash)
SELECT format('00000000-0000-4000-8000-%%s', lpad(((g / 4) %% 3)::text, 12, '0')),
       row_number() OVER (PARTITION BY (g / 4) %% 3 ORDER BY g),
       (ARRAY['request', 'decision', 'run_started', 'run_finished'])[g %% 4 + 1],
       'req-' || (g / 4), CASE WHEN g %% 4 >= 2 THEN 'run-' || (g / 4) ELSE '' END,
       to_char(timestamp '2026-01-01' + (g || ' seconds')::interval, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
       'agent-' || (g / 4) %% 7, CASE WHEN g %% 4 = 1 THEN 'reviewer-' || (g / 4) %% 5 ELSE '' END,
       (ARRAY['', 'approved', '', 'succeeded'])[g %% 4 + 1],
       convert_to(CASE WHEN g %% 4 = 0 THEN json_build_object('prompt',
                      'Summarise revenue by region ' || (g / 4) %% 977 || ' word' || (g / 4),
                      'code', 'import pandas as pd' || chr(10) || 'print(' || g || ')',
                      'agent', 'agent-' || (g / 4) %% 7)::text
                  ELSE json_build_object('outcome', 'approved', 'status', 'succeeded')::text END, 'UTF8'),
       repeat('0', 64), repeat('0', 64)
FROM generate_series(0, %d - 1) g
ORDER BY g;
ALTER TABLE airlock.records ENABLE TRIGGER records_append;
ANALYZE;
"""


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=1000000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args()
    bindir = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]
    run([SERVER, "start", DIR, bindir, SETUP], stdout=subprocess.DEVNULL)
    url = lambda role: "postgresql://%s@/airlock?host=%s/socket" % (role, DIR)
    results = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            os.chmod(tmp, 0o700)
            done = run([BENCH, "appends", str(opts.seconds), tmp] + [url("writer%d" % i) for i in (1, 2, 3)],
                       stdout=subprocess.PIPE)
            results["appends"] = json.loads(done.stdout)
        run([SERVER, "psql", DIR, "airlock_admin", "-q", "-c", FILL % opts.records], stdout=subprocess.DEVNULL)
        done = run([BENCH, "read", url("reviewer1")], stdout=subprocess.PIPE)
        results["read"] = json.loads(done.stdout)
        results["read"]["records"] = opts.records
    finally:
        subprocess.run([SERVER, "stop", DIR], stdout=subprocess.DEVNULL)
    if opts.json:
        print(json.dumps(results, indent=2))
        return
    a = results["appends"]
    print("durable appends, %d writers at once: %.1f records/s (%d in %.1f s)"
          % (a["writers"], a["records_per_second"], a["records"], a["seconds"]))
    r = results["read"]
    print("reads on %d records (median of 7, ms; target <= 100):" % r["records"])
    for key in ("first_page_ms", "page_100_deep_ms", "analyst_page_ms", "search_rare_ms", "search_common_ms",
                "search_nowhere_ms", "chains_ms"):
        print("  %-18s %8.1f" % (key[:-3], r[key]))


main()
