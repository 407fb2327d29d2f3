#!/usr/bin/env bash
# Runs the whole test suite beside CPU-bound processes, as a busy CI machine would: 16 by default, or $LOAD_PROCESSES.
# Each busy process ends on its own after $LOAD_SECONDS (default one hour) should this script be killed; normally
# they are stopped, by their process ids, when the suite finishes. Arguments go to jest (e.g. a path to run one file).
set -uo pipefail
cd "$(dirname "$0")/.."
count=${LOAD_PROCESSES:-16}
seconds=${LOAD_SECONDS:-3600}
pids=()
stop_load() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done; wait "${pids[@]}" 2>/dev/null; }
trap stop_load EXIT
for _ in $(seq "$count"); do
  node -e "const end = Date.now() + ${seconds} * 1000; while (Date.now() < end) {}" &
  pids+=($!)
done
echo "test-under-load: ${count} busy processes started ($(nproc) CPUs); running the suite"
started=$(date +%s)
npm test -- "$@"
status=$?
echo "test-under-load: suite exited ${status} after $(( $(date +%s) - started )) s beside ${count} busy processes"
exit $status
