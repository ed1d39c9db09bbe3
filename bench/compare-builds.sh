#!/usr/bin/env bash
# Another checkout's build (e.g. main before Java 25, on JDK 17 with its AppCDS archive) against
# this one, measured by bench/run-all.sh's scenarios in one run on this machine, alternating:
# baseline, this build, baseline, this build... Each run starts from empty databases (down.sh
# --purge), so neither sees the other's data. Not a test: run it on demand.
#   bench/compare-builds.sh BASELINE_CHECKOUT [ROUNDS]
#   BASELINE_ENV  the environment the baseline's up.sh runs with (default: the JDK 17 in /usr/lib/jvm)
#   DURATION, CONNECTIONS, THREADS as for run-all.sh (DURATION defaults to 10s here)
# Writes bench/results/compare-builds.md (every figure of every run, and the ratios of the medians);
# each run's own report is kept beside it as compare-builds-<label>-<round>.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BASELINE=$(cd "${1:?usage: bench/compare-builds.sh BASELINE_CHECKOUT [ROUNDS]}" && pwd)
ROUNDS=${2:-2}
OUT=$ROOT/bench/results
JDK17=/usr/lib/jvm/java-17-openjdk-amd64
BASELINE_ENV=${BASELINE_ENV:-"JAVA_HOME=$JDK17 PATH=$JDK17/bin:$(tr ':' '\n' <<< "$PATH" | grep -v temurin | paste -sd:)"}
export DURATION=${DURATION:-10s}
[[ -f $BASELINE/catalog-service/target/quarkus-app/quarkus-run.jar ]] \
  || { echo "build the baseline first: (cd $BASELINE && env $BASELINE_ENV mvn -q install -DskipTests)" >&2; exit 1; }

purge_all() { # both checkouts share the databases and ports: stop both, drop the data
  env $BASELINE_ENV "$BASELINE/deploy/local/down.sh" --purge > /dev/null 2>&1 || true
  "$ROOT/deploy/local/down.sh" --purge > /dev/null
}
reports=()
for round in $(seq 1 "$ROUNDS"); do
  for label in baseline this; do
    purge_all
    report=$OUT/compare-builds-$label-$round.md
    if [[ $label == baseline ]]; then
      PLATFORM=$BASELINE PLATFORM_ENV=$BASELINE_ENV REPORT=$report LABEL="baseline, round $round" \
        "$ROOT/bench/run-all.sh" > /dev/null
    else
      REPORT=$report LABEL="this build, round $round" "$ROOT/bench/run-all.sh" > /dev/null
    fi
    reports+=("$label:$report")
    echo "round $round, $label: $report"
  done
done
purge_all

python3 - "$OUT/compare-builds.md" "$BASELINE" "$BASELINE_ENV" "$DURATION" "${reports[@]}" <<'PY'
import re, statistics, sys, collections
out, baseline, baseline_env, duration, *reports = sys.argv[1:]
rps = collections.defaultdict(lambda: collections.defaultdict(list))
start = collections.defaultdict(lambda: collections.defaultdict(list))
memory = collections.defaultdict(lambda: collections.defaultdict(list))
order = []
for entry in reports:
    label, path = entry.split(":", 1)
    for line in open(path, encoding="utf-8"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 8 and cells[1] in ("direct", "gateway"):
            key = f"{cells[0]} ({cells[1]})"
            if key not in order:
                order.append(key)
            rps[key][label].append(float(cells[2]))
        elif len(cells) == 2 and cells[1].endswith(" s"):
            start[cells[0]][label].append(float(cells[1][:-2]))
        elif len(cells) == 4 and cells[0] == "after the load run":
            name = cells[1].strip("*")
            memory[name][label].append((int(cells[2].strip("*").split()[0]), int(cells[3].strip("*").split()[0])))

def figures(values):
    return " ".join(f"{v:g}" for v in values)

def ratio(new, old):
    return f"{statistics.median(new) / statistics.median(old):.2f}"

with open(out, "w", encoding="utf-8") as f:
    f.write("# This build against a baseline, bench/run-all.sh's scenarios alternated in one run\n\n")
    f.write(f"Baseline: `{baseline}`, its up.sh run with `{baseline_env.split(' PATH=')[0]}`.\n")
    f.write(f"This build: this checkout, up.sh's defaults. Each run from empty databases; {duration} per scenario\n")
    f.write("after 5 s of warm-up; the runs alternate (baseline first in each round). Ratio: this build's\n")
    f.write("median over the baseline's (above 1 is better for requests/s, below 1 for time and memory).\n\n")
    f.write("| scenario | baseline requests/s, each run | this build, each run | ratio of medians |\n|---|---|---|---|\n")
    for key in order:
        f.write(f"| {key} | {figures(rps[key]['baseline'])} | {figures(rps[key]['this'])} | {ratio(rps[key]['this'], rps[key]['baseline'])} |\n")
    f.write("\n| service | baseline ready after (s) | this build (s) | ratio of medians |\n|---|---|---|---|\n")
    for name, runs in start.items():
        f.write(f"| {name} | {figures(runs['baseline'])} | {figures(runs['this'])} | {ratio(runs['this'], runs['baseline'])} |\n")
    f.write("\n| after the load run | baseline RSS / PSS (MB), each run | this build | ratio of median PSS |\n|---|---|---|---|\n")
    for name, runs in memory.items():
        show = lambda pairs: " ".join(f"{r}/{p}" for r, p in pairs)
        f.write(f"| {name} | {show(runs['baseline'])} | {show(runs['this'])} | "
                f"{ratio([p for _, p in runs['this']], [p for _, p in runs['baseline']])} |\n")
PY
cat "$OUT/compare-builds.md"
