#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Airlock developers
"""Start-up cost of a sandboxed run, against its floors.

Run from the repository root inside the build environment:
    packaging/airlock-dev exec -- python3 tests/bench/run_bench.py [--runs N]

Measures, in one sitting, the median wall time of N runs (default 15) of:
  python     bare `python3 -I -c 'print(1)'` on the host
  bwrap      bare bwrap (all namespaces, /usr read-only) + the same python: the floor
  airlockctl `airlockctl run` of print(1): staging, seccomp, cgroup, launcher, collection
  chart      `airlockctl run` of the bundled chart example (pandas + matplotlib)
  check5000  `airlockctl check` of a 5,000-line request: the static analysis in its sandbox

and, in the workbench (bench_approve: a Workbench driven as the window
drives it, with the request shown and approved), cold and warm:
  approve -> first output, approve -> chart PNG collected (the chart example)
  approve -> first output of print(1)
  a request's arrival -> its check shown, trivial and 5,000 lines
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CTL = os.path.join(ROOT, "build", "dev", "bin", "airlockctl")
APPROVE = os.path.join(ROOT, "build", "dev", "bin", "bench_approve")
CHART = os.path.join(ROOT, "resources", "examples", "chart", "monthly-revenue.airlock.json")
PY = "/usr/bin/python3"


def bwrap_floor():
    args = ["bwrap", "--unshare-all", "--die-with-parent", "--new-session", "--clearenv",
            "--ro-bind", "/usr", "/usr", "--proc", "/proc", "--dev", "/dev"]
    for top in ("bin", "lib", "lib64", "sbin"):
        if os.path.islink("/" + top):
            args += ["--symlink", "usr/" + top, "/" + top]
    return args + ["--", PY, "-I", "-c", "print(1)"]


def five_thousand_lines():
    lines = ["import pandas as pd", "import matplotlib.pyplot as plt", ""]
    i = 0
    while len(lines) + 5 <= 4999:
        lines += ["def step%d(df):" % i,
                  "    total = df['revenue'].sum() * %d" % i,
                  "    kept = [v for v in range(10) if v %% 3 == %d]" % (i % 3),
                  "    return total + len(kept)", ""]
        i += 1
    lines += ["# padding"] * (4999 - len(lines))
    lines.append("print(step0(pd.DataFrame({'revenue': [1, 2]})))")
    return "\n".join(lines) + "\n"


def timed(cmd, runs):
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        samples.append((time.perf_counter() - start) * 1000)
        if done.returncode != 0:
            sys.exit("benchmark command failed (%d): %s" % (done.returncode, " ".join(cmd)))
    return samples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    opts = parser.parse_args()
    if opts.runs < 10:
        sys.exit("at least 10 runs")

    with tempfile.TemporaryDirectory() as tmp:
        request = os.path.join(tmp, "print.json")
        with open(request, "w") as f:
            json.dump({"schema": "airlock.request/v1", "code": "print(1)"}, f)
        big = os.path.join(tmp, "big.json")
        with open(big, "w") as f:
            json.dump({"schema": "airlock.request/v1", "code": five_thousand_lines()}, f)
        run = [CTL, "run", "--approve", "--reviewer", "bench"]
        cases = [
            ("python", [PY, "-I", "-c", "print(1)"]),
            ("bwrap", bwrap_floor()),
            ("airlockctl", run + [request]),
            ("chart", run + [CHART]),
            ("check5000", [CTL, "check", big]),
        ]
        results = {}
        for name, cmd in cases:
            timed(cmd, 2)  # warm the page cache
            samples = timed(cmd, opts.runs)
            results[name] = {"median_ms": round(statistics.median(samples), 1),
                             "min_ms": round(min(samples), 1), "max_ms": round(max(samples), 1)}
        done = subprocess.run([APPROVE, "--chart", CHART, "--print", request, "--big", big,
                               "--runs", str(opts.runs)], stdout=subprocess.PIPE, check=True)
        results["workbench"] = json.loads(done.stdout)

    results["ratio_airlockctl_to_python"] = round(results["airlockctl"]["median_ms"] / results["python"]["median_ms"], 2)
    results["ratio_airlockctl_to_bwrap"] = round(results["airlockctl"]["median_ms"] / results["bwrap"]["median_ms"], 2)
    wb = results["workbench"]
    py = results["python"]["median_ms"]
    results["ratio_warm_print_to_python"] = round(wb["warm"]["print_first_output_ms"] / py, 2)
    results["ratio_warm_print_to_bwrap"] = round(wb["warm"]["print_first_output_ms"] / results["bwrap"]["median_ms"], 2)
    results["ratio_chart_warm_to_cold"] = round(wb["warm"]["chart_collected_ms"] / wb["cold"]["chart_collected_ms"], 2)
    if opts.json:
        print(json.dumps(results, indent=2))
        return
    print("%-12s %10s %10s %10s   (%d runs each)" % ("case", "median ms", "min ms", "max ms", opts.runs))
    for name in ("python", "bwrap", "airlockctl", "chart", "check5000"):
        r = results[name]
        print("%-12s %10.1f %10.1f %10.1f" % (name, r["median_ms"], r["min_ms"], r["max_ms"]))
    print("airlockctl / python: %.2fx   airlockctl / bwrap floor: %.2fx"
          % (results["ratio_airlockctl_to_python"], results["ratio_airlockctl_to_bwrap"]))
    print()
    print("workbench, median of %d (ms)            cold       warm   target" % wb["runs"])
    rows = [("approve -> chart first output", "chart_first_output_ms", ""),
            ("approve -> chart PNG collected", "chart_collected_ms", "<= 300"),
            ("approve -> print(1) output", "print_first_output_ms", "<= python"),
            ("approve -> print(1) recorded", "print_done_ms", "")]
    for label, key, target in rows:
        print("%-38s %8.1f %10.1f   %s" % (label, wb["cold"][key], wb["warm"][key], target))
    print("%-38s %8s %10.1f   %s" % ("arrival -> trivial check shown", "", wb["check_shown_trivial_ms"], "<= 50"))
    print("%-38s %8s %10.1f   %s" % ("arrival -> 5,000-line check shown", "", wb["check_shown_5000_ms"], "<= 300"))
    print("warm print(1) / python: %.2fx   / bwrap floor: %.2fx   warm chart / cold chart: %.2fx"
          % (results["ratio_warm_print_to_python"], results["ratio_warm_print_to_bwrap"],
             results["ratio_chart_warm_to_cold"]))


main()
